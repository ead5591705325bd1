<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name />
    <message>
        <location filename="../../ui/copilot_share.py" line="56" />
        <source>Eerst een identiteit</source>
        <translation>An identity first</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="57" />
        <source>Om iets met een copiloot te delen, hebt u een identiteit nodig (een sleutel die laat zien dat het pakket van u komt). Maak die met 'Delen met het gezin' of met 'zorgmap identity new'.</source>
        <translation>To share with a copilot you need an identity (a key that shows the package comes from you). Make one with 'Share with the family' or with 'zorgmap identity new'.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="67" />
        <location filename="../../ui/copilot_share.py" line="78" />
        <source>Uw identiteit</source>
        <translation>Your identity</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="56" />
        <location filename="../../ui/copilot_share.py" line="79" />
        <source>Wachtwoord van uw identiteit</source>
        <translation>Passphrase of your identity</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="81" />
        <source>Ondertekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="86" />
        <source>Het pakket wordt ondertekend met uw identiteit. Wachtwoord van uw identiteit:</source>
        <translation>The package is signed with your identity. Your identity's password:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="108" />
        <location filename="../../ui/copilot_share.py" line="287" />
        <source>Delen met mijn copiloot</source>
        <translation>Share with my copilot</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="111" />
        <source>Kies wat de copiloot krijgt. Wat aangevinkt staat, hoort bij dit onderwerp; de rest staat uit. Alleen de copiloot kan het pakket openen, en het deellogboek onthoudt wat u gaf.</source>
        <translation>Choose what the copilot gets. What is ticked belongs to this subject; the rest is off. Only the copilot can open the package, and the share log remembers what you gave.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="117" />
        <source>Wat gaat er mee</source>
        <translation>What goes along</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="122" />
        <source>Code van de copiloot</source>
        <translation>The copilot's code</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="123" />
        <source>De copiloot heeft nog geen code: maak een eenmalige code om aan de telefoon voor te lezen</source>
        <translation>The copilot has no code yet: make a one-time code to read out on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="61" />
        <location filename="../../ui/copilot_share.py" line="127" />
        <source>Bijvoorbeeld Mirjam Hoekstra</source>
        <translation>For example Mirjam Hoekstra</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="128" />
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="137" />
        <source>Code van de copiloot:</source>
        <translation>The copilot's code:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="139" />
        <source>Naam (voor het deellogboek):</source>
        <translation>Name (for the share log):</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="140" />
        <source>Einddatum:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="146" />
        <source>Pakket maken…</source>
        <translation>Make package…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="191" />
        <source>Pakket bewaren</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="192" />
        <source>Zorgmap-pakket (*.zmpakket)</source>
        <translation>Zorgmap package (*.zmpakket)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="212" />
        <source>Vul een einddatum in (dd-mm-jjjj) of zet het vinkje uit.</source>
        <translation>Fill in an end date (dd-mm-yyyy) or untick it.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="230" />
        <location filename="../../ui/copilot_share.py" line="253" />
        <source>Het pakket wordt versleuteld…</source>
        <translation>The package is being encrypted…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="250" />
        <source>Het pakket kon niet worden bewaard in %1.</source>
        <translation>The package could not be saved in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="258" />
        <source>Pakket bewaard in %1 (%2 onderdelen, %3 documenten). Stuur het bestand naar de copiloot.</source>
        <translation>Package saved in %1 (%2 items, %3 documents). Send the file to the copilot.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="263" />
        <source>Lees deze code voor aan de telefoon (niet meesturen met het bestand): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Read this code out on the phone (do not send it with the file): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="266" />
        <source>Alleen de copiloot met vingerafdruk %1 kan het openen.</source>
        <translation>Only the copilot with fingerprint %1 can open it.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="268" />
        <source>Een antwoord van de copiloot opent u met Dossier → Voorstellen van de copiloot…</source>
        <translation>You open an answer from the copilot with Dossier → Proposals from the copilot…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="275" />
        <source>Delen met mijn copiloot…</source>
        <translation>Share with my copilot…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="276" />
        <source>Maak een versleuteld pakket over dit onderwerp voor uw copiloot</source>
        <translation>Make an encrypted package about this subject for your copilot</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="35" />
        <location filename="../../ui/copilot_proposals.py" line="151" />
        <source>Voorstellen van de copiloot</source>
        <translation>Proposals from the copilot</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="37" />
        <source>Copiloot %1 stelt dit voor. Vink aan wat u wilt overnemen; wat u niet aanvinkt, wordt afgewezen. Er verandert niets tot u op „Overnemen” klikt.</source>
        <translation>Copilot %1 proposes this. Tick what you want to take over; what you leave unticked is declined. Nothing changes until you click 'Take over'.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="41" />
        <source>Vingerafdruk van de copiloot: %1</source>
        <translation>The copilot's fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="48" />
        <source>Dit is het eerste antwoord van deze copiloot. Vergelijk de vingerafdruk samen, bijvoorbeeld aan de telefoon.</source>
        <translation>This is this copilot's first answer. Compare the fingerprint together, for example on the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="53" />
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="78" />
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="109" />
        <source>%1 overgenomen, %2 afgewezen. Het deellogboek onthoudt het.</source>
        <translation>%1 taken over, %2 declined. The share log remembers it.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="141" />
        <source>Antwoord van de copiloot openen</source>
        <translation>Open the copilot's answer</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="143" />
        <source>Antwoord van de copiloot (*.zmantwoord);;Alle bestanden (*)</source>
        <translation>Answer from the copilot (*.zmantwoord);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot.py" line="30" />
        <source>Voorstellen van de copiloot…</source>
        <translation>Proposals from the copilot…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot.py" line="31" />
        <source>Een antwoord van uw copiloot openen en kiezen wat u overneemt</source>
        <translation>Open an answer from your copilot and choose what you take over</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="54" />
        <source>Werkplek van copiloot %1</source>
        <translation>Workspace of copilot %1</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="58" />
        <location filename="../../ui/copilot_workspace.py" line="68" />
        <source>Gezinnen</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="62" />
        <source>Pakket openen…</source>
        <translation>Open package…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="64" />
        <source>Mijn code voor gezinnen…</source>
        <translation>My code for families…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="78" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="78" />
        <location filename="../../ui/copilot_workspace.py" line="86" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="78" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="82" />
        <location filename="../../ui/copilot_workspace.py" line="84" />
        <source>Termijnen van alle gezinnen</source>
        <translation>Deadlines of all families</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="112" />
        <source>Gedeelde onderdelen (alleen lezen)</source>
        <translation>Shared items (read only)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="115" />
        <source>Wat er staat</source>
        <translation>What it says</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="118" />
        <source>Gedeelde documenten</source>
        <translation>Shared documents</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="123" />
        <source>Gedeeld door het gezin (alleen lezen):</source>
        <translation>Shared by the family (read only):</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="129" />
        <source>Documenten (dubbelklik om een kopie te bewaren):</source>
        <translation>Documents (double-click to save a copy):</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="38" />
        <source>Uw eigen notities, taken en concepten:</source>
        <translation>Your own notes, tasks and drafts:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="41" />
        <source>Eigen notities, taken en concepten</source>
        <translation>Own notes, tasks and drafts</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="49" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="56" />
        <source>Soort:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="57" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="58" />
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="59" />
        <source>Vóór:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="60" />
        <source>Fase:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="63" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="65" />
        <source>Antwoord maken…</source>
        <translation>Make answer…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="66" />
        <source>Alles wat nog niet verstuurd is, in één versleuteld bestand voor het gezin</source>
        <translation>Everything not sent yet, in one encrypted file for the family</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="69" />
        <source>Bezwaarschrift maken</source>
        <translation>Make bezwaarschrift</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="70" />
        <source>Een concept-bezwaarschrift tegen het gekozen besluit, met wat het gezin deelde; wat onder Tekst staat, wordt de gronden</source>
        <translation>A draft bezwaarschrift against the chosen decision, from what the family shared; what you type under Text becomes the grounds</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="74" />
        <source>Bezwaarschrift (Word)</source>
        <translation>Bezwaarschrift (Word)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="75" />
        <source>Pro-forma bezwaar (Word)</source>
        <translation>Pro-forma bezwaar (Word)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="77" />
        <source>Bezwaarschrift (PDF)</source>
        <translation>Bezwaarschrift (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="153" />
        <source>gesloten: %1</source>
        <translation>closed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="155" />
        <source>tot en met %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="199" />
        <source>Open een pakket van een gezin om te beginnen.</source>
        <translation>Open a family's package to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="204" />
        <source>Dit pakket is gesloten (%1). Vraag het gezin om een nieuw pakket.</source>
        <translation>This package is closed (%1). Ask the family for a new package.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="224" />
        <source>verstuurd</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="144" />
        <source>Kies eerst links het besluit waartegen het gezin bezwaar maakt.</source>
        <translation>First choose, on the left, the decision the family objects to.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="158" />
        <source>Concept gemaakt: %1. Het gezin leest het, past het aan en ondertekent het zelf.</source>
        <translation>Draft made: %1. The family reads it, changes it and signs it themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="251" />
        <source>Mijn code voor gezinnen</source>
        <translation>My code for families</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="252" />
        <source>Stuur deze code aan het gezin (geheim is hij niet). Vergelijk daarna samen de vingerafdruk, bijvoorbeeld aan de telefoon: %1</source>
        <translation>Send this code to the family (it is not secret). Then compare the fingerprint together, for example on the phone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="259" />
        <source>Uw code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="275" />
        <source>Eenmalige code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="276" />
        <source>Dit pakket is met een eenmalige code versleuteld. Welke code las het gezin voor?</source>
        <translation>This package is encrypted with a one-time code. Which code did the family read out?</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="281" />
        <source>Pakket van een gezin openen</source>
        <translation>Open a family's package</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="283" />
        <source>Zorgmap-pakket (*.zmpakket);;Alle bestanden (*)</source>
        <translation>Zorgmap package (*.zmpakket);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="300" />
        <source>Pakket van %1 geopend. Vingerafdruk van het gezin: %2</source>
        <translation>Package of %1 opened. The family's fingerprint: %2</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="108" />
        <source>Een andere fase voorstellen kan alleen bij een pakket over een hulpmiddel-aanvraag.</source>
        <translation>Proposing another stage is only possible for a package about an aid request.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="120" />
        <source>Toegevoegd. Het gezin ziet het pas als u een antwoord maakt.</source>
        <translation>Added. The family sees it only when you make an answer.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="165" />
        <source>Antwoord bewaren</source>
        <translation>Save answer</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="167" />
        <source>Antwoord van de copiloot (*.zmantwoord)</source>
        <translation>Answer from the copilot (*.zmantwoord)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_reply.py" line="183" />
        <source>Antwoord bewaard in %1. Alleen het gezin kan het openen; het ziet elk voorstel apart en kiest zelf.</source>
        <translation>Answer saved in %1. Only the family can open it; they see each proposal separately and choose themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_workspace.py" line="310" />
        <source>Kopie bewaren</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_record.py" line="82" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="39" />
        <source>Werkplek van de copiloot</source>
        <translation>Copilot's workspace</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="40" />
        <source>Voor copiloten en cliëntondersteuners: één versleutelde werkplek met de pakketten van al uw gezinnen. Kies een bestaande werkplek, of een nieuwe naam om er een te maken.</source>
        <translation>For copilots and client supporters: one encrypted workspace with the packages of all your families. Choose an existing workspace, or a new name to make one.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="45" />
        <source>Map van de werkplek</source>
        <translation>Folder of the workspace</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="47" />
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="55" />
        <source>Wachtwoord van de werkplek</source>
        <translation>Password of the workspace</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="60" />
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="63" />
        <source>Werkplek:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="64" />
        <source>Wachtwoord van de werkplek:</source>
        <translation>Password of the workspace:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="66" />
        <source>Uw naam (zoals gezinnen die zien):</source>
        <translation>Your name (as families see it):</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="67" />
        <source>Wachtwoord van uw identiteit:</source>
        <translation>Your identity's password:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="68" />
        <source>Kies een wachtwoord voor uw identiteit:</source>
        <translation>Choose a password for your identity:</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="90" />
        <source>Nieuwe werkplek maken</source>
        <translation>Make a new workspace</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="90" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="93" />
        <source>Werkplek kiezen</source>
        <translation>Choose a workspace</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="106" />
        <source>Vul de map en het wachtwoord in.</source>
        <translation>Fill in the folder and the password.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="118" />
        <source>Vul uw naam in.</source>
        <translation>Fill in your name.</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="144" />
        <source>Werkplek van de copiloot…</source>
        <translation>Copilot's workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_open.py" line="146" />
        <source>Voor copiloten: de pakketten van al uw gezinnen</source>
        <translation>For copilots: the packages of all your families</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="42" />
        <location filename="../../ui/start_page.py" line="140" />
        <location filename="../../ui/toolbar.py" line="63" />
        <source>Over Zorgmap</source>
        <translation>About Zorgmap</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50" />
        <source>Het versleutelde zorgdossier voor gezinnen van een kind met ZEVMB. Alles blijft op deze computer.</source>
        <translation>The encrypted care dossier for families of a child with PIMD. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="61" />
        <source>%1 (automatisch, in de dossiermap). Zet ook af en toe een reservekopie op een USB-stick.</source>
        <translation>%1 (automatic, in the dossier folder). Now and then, also put a backup on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="71" />
        <source>Nog geen dossier geopend. Een nieuw dossier komt in %1.</source>
        <translation>No dossier opened yet. A new dossier goes into %1.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="74" />
        <source>In de map 'backups' in de dossiermap (automatisch).</source>
        <translation>In the 'backups' folder inside the dossier folder (automatic).</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="81" />
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="84" />
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="85" />
        <source>%1 (%2). Vrije software: u mag Zorgmap gebruiken, delen en aanpassen.</source>
        <translation>%1 (%2). Free software: you may use, share and change Zorgmap.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="94" />
        <source>Versleuteling</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="95" />
        <source>SQLCipher %1</source>
        <translation>SQLCipher %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="99" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="100" />
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="103" />
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="106" />
        <source>Foutverslagen</source>
        <translation>Error reports</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="107" />
        <source>%1 (zonder gegevens uit het dossier)</source>
        <translation>%1 (without data from the dossier)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="113" />
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="114" />
        <source>Zorgmap gebruikt geen internet. Het zoekt niet naar updates en stuurt niets weg.</source>
        <translation>Zorgmap does not use the internet. It does not look for updates and sends nothing anywhere.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="120" />
        <source>Gemaakt met</source>
        <translation>Made with</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="130" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backup_check.py" line="28" />
        <source>contactlog</source>
        <translation>contact log</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="29" />
        <source>indicaties en besluiten</source>
        <translation>entitlements and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="30" />
        <source>hulpmiddel-aanvragen</source>
        <translation>requests for aids</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="31" />
        <source>zorgplannen</source>
        <translation>care plans</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="32" />
        <source>mensen in het netwerk</source>
        <translation>people in the network</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="33" />
        <source>medicijnen</source>
        <translation>medicines</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="36" />
        <source>documenten</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="37" />
        <source>wijzigingen in de geschiedenis</source>
        <translation>changes in the history</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="38" />
        <source>keren iets gedeeld of geprint</source>
        <translation>times something was shared or printed</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="46" />
        <source>Reservekopie in orde: %1</source>
        <translation>Backup is fine: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="54" />
        <source>automatische reservekopie</source>
        <translation>automatic backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="56" />
        <source>volledige reservekopie in één bestand</source>
        <translation>full backup in one file</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="60" />
        <source>gemaakt op %1 (%2), schemaversie %3</source>
        <translation>made on %1 (%2), schema version %3</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="66" />
        <source>dossier van: %1</source>
        <translation>dossier of: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="70" />
        <source>onderdelen (zoals besluiten, contacten, logboek): %1</source>
        <translation>items (such as decisions, contacts, log): %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="78" />
        <source>Kies een tweede plek voor de reservekopieën (bijvoorbeeld een USB-stick)</source>
        <extracomment>a dossier this small is backed up right away at lock or close (tens of milliseconds) the second place or its last copy changed (the Overzicht notice re-reads)</extracomment>
        <translation>Choose a second place for the backups (for example a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="244" />
        <source>De tweede plek is niet gevonden. Sluit de USB-stick aan en probeer het opnieuw.</source>
        <translation>The second place was not found. Plug in the USB stick and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="265" />
        <source>Bewaar de reservekopieën ook op een tweede plek, zoals een USB-stick of een andere schijf. Dan raakt u niets kwijt als deze computer stukgaat of wordt gestolen. Zorgmap vraagt dit maar één keer.</source>
        <translation>Keep the backups in a second place too, such as a USB stick or another disk. Then you lose nothing if this computer breaks or is stolen. Zorgmap asks this only once.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="276" />
        <source>Er staat nog geen reservekopie op uw tweede plek (%1).</source>
        <translation>There is no backup in your second place (%1) yet.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="278" />
        <source>De laatste reservekopie op uw tweede plek (%1) is van %2, meer dan 30 dagen geleden.</source>
        <translation>The last backup in your second place (%1) is from %2, more than 30 days ago.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="286" />
        <source>Sluit de USB-stick of schijf aan en kies 'Nu kopiëren'.</source>
        <translation>Plug in the USB stick or disk and choose 'Copy now'.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_notice.py" line="28" />
        <source>Kies een plek…</source>
        <translation>Choose a place…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_notice.py" line="29" />
        <source>Nu kopiëren</source>
        <translation>Copy now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_notice.py" line="30" />
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="22" />
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="24" />
        <source>Stop de reservekopie; Zorgmap probeert het later opnieuw.</source>
        <translation>Stop the backup; Zorgmap tries again later.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="36" />
        <source>Reservekopie wordt gemaakt…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="42" />
        <source>Reservekopie wordt gemaakt… %1 %</source>
        <translation>Making a backup… %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="94" />
        <source>Reservekopie testen</source>
        <translation>Test a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="96" />
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="98" />
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="102" />
        <source>Kies een reservekopie</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="104" />
        <source>Zorgmap-reservekopie (*.zmbak)</source>
        <translation>Zorgmap backup (*.zmbak)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="108" />
        <source>Wachtwoord of noodsleutel van toen</source>
        <translation>Passphrase or recovery code of that time</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="110" />
        <source>Leeg laten: de sleutel van dit dossier</source>
        <translation>Leave empty: this dossier's key</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="121" />
        <source>Testen</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="124" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="129" />
        <source>Zorgmap controleert de hele reservekopie: elk stukje, de versleuteling en de samenhang. Er verandert niets.</source>
        <translation>Zorgmap checks the whole backup: every piece, the encryption and the structure. Nothing is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="178" />
        <source>Kies eerst een reservekopie.</source>
        <translation>Choose a backup first.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="183" />
        <source>Bezig met testen…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="198" />
        <source>Dit bestand kon niet worden gelezen.</source>
        <translation>This file could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="200" />
        <source>Is het een kopie van vóór een nieuwe noodsleutel, of van een ander dossier? Typ dan het wachtwoord of de noodsleutel van toen en test opnieuw.</source>
        <translation>Is it a copy from before a new recovery code, or of another dossier? Then type the passphrase or recovery code of that time and test again.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_check.py" line="213" />
        <source>De reservekopie wordt getest…</source>
        <translation>Testing the backup…</translation>
    </message>
</context>
<context>
    <name>Bezwaar</name>
    <message>
        <location filename="../../ui/bezwaar.py" line="36" />
        <location filename="../../ui/bezwaar.py" line="96" />
        <location filename="../../ui/bezwaar.py" line="99" />
        <source>Bezwaar maken</source>
        <translation>Make a bezwaar (objection)</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="39" />
        <source>Bezwaarschrift bewaren</source>
        <translation>Save the bezwaar letter</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="45" />
        <source>Zorgmap maakt een brief met wat de wet vraagt: uw naam en adres, de datum, het besluit met kenmerk en datum, en waarom u het er niet mee eens bent. Print de PDF, onderteken hem en stuur hem aangetekend op. Het Word-bestand kunt u nog aanpassen.</source>
        <translation>Zorgmap writes a letter with what the law asks: your name and address, the date, the decision with its reference and date, and why you disagree. Print the PDF, sign it and send it by registered post. You can still edit the Word file.</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="54" />
        <source>Bezwaarschrift met de gronden</source>
        <translation>Bezwaar letter with the grounds</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="56" />
        <source>Pro-forma bezwaar: de gronden stuurt u later</source>
        <translation>Pro-forma bezwaar: you send the grounds later</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="67" />
        <source>Bewaren als PDF en Word…</source>
        <translation>Save as PDF and Word…</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="69" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="78" />
        <source>Pro-forma bezwaar</source>
        <translation>Pro-forma bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="78" />
        <source>Bezwaarschrift</source>
        <translation>Bezwaar letter</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="99" />
        <source>De brief kon niet worden bewaard in %1. Kies een andere plek.</source>
        <translation>The letter could not be saved in %1. Choose another place.</translation>
    </message>
    <message>
        <location filename="../../ui/bezwaar.py" line="104" />
        <source>Bewaard: %1 en %2</source>
        <translation>Saved: %1 and %2</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/models/documents.py" line="49" />
        <location filename="../../ui/screens/network.py" line="39" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/documents.py" line="50" />
        <location filename="../../ui/screens/about_sections.py" line="56" />
        <location filename="../../ui/screens/aids.py" line="126" />
        <location filename="../../ui/screens/decisions.py" line="96" />
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/documents.py" line="51" />
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/models/documents.py" line="52" />
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/models/documents.py" line="53" />
        <source>Hoort bij</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="59" />
        <source>Wat u ziet of hoort</source>
        <translation>What you see or hear</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="60" />
        <source>Wat het betekent</source>
        <translation>What it means</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="83" />
        <source>Medicijn</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="84" />
        <source>Dosis</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="85" />
        <source>Tijden</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="86" />
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="88" />
        <source>Noodmedicatie</source>
        <translation>Rescue medication</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="142" />
        <source>Stof</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="143" />
        <source>Reactie</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="144" />
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="160" />
        <source>Let op</source>
        <translation>Take care</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="161" />
        <source>Uitleg</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="122" />
        <source>Aanvraag</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="123" />
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="124" />
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="31" />
        <source>Zorgaanbieder</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="32" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="33" />
        <location filename="../../ui/screens/decisions.py" line="86" />
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="34" />
        <source>Volgende bespreking</source>
        <translation>Next review meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="84" />
        <source>Wet</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="85" />
        <source>Waarover</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="93" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="97" />
        <source>Besluitdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="88" />
        <source>Bezwaar kan tot</source>
        <translation>Bezwaar until</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="122" />
        <location filename="../../ui/screens/journal.py" line="91" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="93" />
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="95" />
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="97" />
        <source>Wat is er gezegd</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="101" />
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="45" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="47" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="44" />
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="50" />
        <source>Wettelijk vertegenwoordiger</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="55" />
        <source>Noodcontact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="123" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="124" />
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="125" />
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="126" />
        <source>Pagina's</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66" />
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="82" />
        <location filename="../../ui/profiles.py" line="64" />
        <location filename="../../ui/screens/aids.py" line="86" />
        <location filename="../../ui/settings_dialog.py" line="68" />
        <location filename="../../ui/util.py" line="68" />
        <location filename="../../ui/widgets.py" line="247" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_record.py" line="82" />
        <location filename="../../ui/field_names.py" line="56" />
        <location filename="../../ui/models/records.py" line="42" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="61" />
        <location filename="../../ui/restore_page.py" line="51" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="79" />
        <location filename="../../ui/copilot_share.py" line="147" />
        <location filename="../../ui/copilot_workspace.py" line="261" />
        <location filename="../../ui/docviewer.py" line="107" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Copilot</name>
    <message>
        <location filename="../../ui/copilot_share.py" line="37" />
        <source>Waar het om gaat</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="38" />
        <source>Besluiten waar het van afhangt</source>
        <translation>Decisions it depends on</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="39" />
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="40" />
        <source>Contactlog hierover</source>
        <translation>Contact log about it</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="41" />
        <source>Over het kind (basis)</source>
        <translation>About the child (basic)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="42" />
        <source>Wie het bezwaar ondertekent</source>
        <translation>Who signs the objection</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_share.py" line="43" />
        <source>Verder in het dossier (staat uit)</source>
        <translation>Elsewhere in the dossier (off)</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="132" />
        <source>overgenomen</source>
        <translation>taken over</translation>
    </message>
    <message>
        <location filename="../../ui/copilot_proposals.py" line="132" />
        <source>afgewezen</source>
        <translation>declined</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/util.py" line="12" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/util.py" line="39" />
        <source>Kies een datum tussen 1900 en 2150.</source>
        <translation>Choose a date between 1900 and 2150.</translation>
    </message>
    <message>
        <location filename="../../ui/util.py" line="40" />
        <source>Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 03-02-2026.</source>
        <translation>Write the date as dd-mm-yyyy, for example 03-02-2026.</translation>
    </message>
    <message>
        <location filename="../../ui/util.py" line="35" />
        <source>Deze datum bestaat niet: die maand heeft %1 dagen.</source>
        <translation>This date does not exist: that month has %1 days.</translation>
    </message>
    <message>
        <location filename="../../ui/util.py" line="37" />
        <source>Deze datum bestaat niet: een maand is 1 tot en met 12.</source>
        <translation>This date does not exist: a month is 1 to 12.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/models/documents.py" line="23" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/models/documents.py" line="24" />
        <source>Afbeelding</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../ui/models/documents.py" line="25" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/models/documents.py" line="26" />
        <source>Ander bestand</source>
        <translation>Other file</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="18" />
        <location filename="../../ui/screens/about_sections.py" line="94" />
        <location filename="../../ui/screens/about_sections.py" line="176" />
        <location filename="../../ui/screens/network.py" line="60" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="19" />
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="21" />
        <source>Allergieën</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="23" />
        <source>Diagnoses (één per regel)</source>
        <translation>Diagnoses (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="26" />
        <source>Wie ik ben</source>
        <translation>Who I am</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="28" />
        <source>Een paar zinnen voor iemand die mij nog niet kent.</source>
        <translation>A few sentences for someone who does not know me yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="30" />
        <source>Hier word ik blij van</source>
        <translation>What makes me happy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="31" />
        <source>Hier houd ik niet van</source>
        <translation>What I dislike</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="32" />
        <source>Zien, horen, voelen</source>
        <translation>Seeing, hearing, feeling</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="33" />
        <source>Dagelijkse zorg</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="34" />
        <source>Mijn dag</source>
        <translation>My day</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="35" />
        <source>Slapen</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="36" />
        <source>Liggen, zitten en verplaatsen</source>
        <translation>Lying, sitting and moving</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="37" />
        <source>Verzorging</source>
        <translation>Personal care</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="40" />
        <source>BSN</source>
        <translation>BSN (citizen number)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="41" />
        <source>Alleen nodig voor aanvragen. 9 cijfers.</source>
        <translation>Only needed for applications. 9 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="43" />
        <source>Nakijken na (maanden)</source>
        <translation>Check again after (months)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="44" />
        <source>Op de papieren staat 'nakijken vóór': zoveel maanden na de laatste keer nakijken. Meestal 6.</source>
        <translation>The papers say 'check before': this many months after the last check. Usually 6.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="46" />
        <location filename="../../ui/screens/about_sections.py" line="74" />
        <location filename="../../ui/screens/about_sections.py" line="104" />
        <location filename="../../ui/screens/about_sections.py" line="151" />
        <location filename="../../ui/screens/about_sections.py" line="166" />
        <location filename="../../ui/screens/about_sections.py" line="198" />
        <location filename="../../ui/screens/about_sections.py" line="215" />
        <location filename="../../ui/screens/about_sections.py" line="223" />
        <location filename="../../ui/screens/aids.py" line="148" />
        <location filename="../../ui/screens/careplans.py" line="82" />
        <location filename="../../ui/screens/decisions.py" line="69" />
        <location filename="../../ui/screens/network.py" line="85" />
        <source>Laatst nagekeken</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="63" />
        <location filename="../../ui/screens/aids.py" line="132" />
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="64" />
        <source>Wat u ziet of hoort</source>
        <translation>What you see or hear</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="65" />
        <source>Wat het betekent</source>
        <translation>What it means</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="66" />
        <source>Wat u dan doet</source>
        <translation>What you do then</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="69" />
        <source>Waaraan te zien</source>
        <translation>How you can tell</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="70" />
        <source>Geluid, gezicht, spierspanning, ademhaling, beweging…</source>
        <translation>Sound, face, muscle tone, breathing, movement…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="95" />
        <source>Dosis</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="96" />
        <source>Hoe toe te dienen</source>
        <translation>How to give it</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="97" />
        <source>Tijden (uu:mm, één per regel)</source>
        <translation>Times (hh:mm, one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="98" />
        <source>Waarvoor</source>
        <translation>What for</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="99" />
        <source>Voorgeschreven door</source>
        <translation>Prescribed by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="100" />
        <source>Begonnen op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="101" />
        <source>Gestopt op</source>
        <translation>Stopped on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="102" />
        <source>Noodmedicatie</source>
        <translation>Rescue medication</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="103" />
        <location filename="../../ui/screens/about_sections.py" line="197" />
        <location filename="../../ui/screens/about_sections.py" line="214" />
        <location filename="../../ui/screens/about_sections.py" line="222" />
        <location filename="../../ui/screens/aids.py" line="147" />
        <location filename="../../ui/screens/careplans.py" line="81" />
        <location filename="../../ui/screens/decisions.py" line="68" />
        <location filename="../../ui/screens/future.py" line="97" />
        <location filename="../../ui/screens/network.py" line="84" />
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="147" />
        <source>Stof</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="148" />
        <source>Reactie</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="149" />
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="150" />
        <source>Intolerantie (geen allergie)</source>
        <translation>Intolerance (not an allergy)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="164" />
        <source>Let op</source>
        <translation>Take care</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="165" />
        <source>Uitleg</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="173" />
        <source>Soorten aanvallen</source>
        <translation>Types of seizure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="177" />
        <source>Hoe het eruitziet</source>
        <translation>What it looks like</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="178" />
        <source>Hoe lang</source>
        <translation>How long</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="179" />
        <source>Hoe vaak</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="180" />
        <source>Wat te doen</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="182" />
        <source>Soort aanval toevoegen</source>
        <translation>Add a type of seizure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="186" />
        <source>Noodmedicatie (oude notitie)</source>
        <translation>Rescue medication (old note)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="188" />
        <source>Laat leeg: het protocol toont het medicijn dat bij Medicijnen als noodmedicatie is aangevinkt, zodat het maar op één plek staat.</source>
        <translation>Leave empty: the protocol shows the medicine ticked as rescue medication under Medicines, so it is kept in one place.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="194" />
        <source>Wanneer noodmedicatie geven</source>
        <translation>When to give rescue medication</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="195" />
        <source>Wanneer 112 bellen</source>
        <translation>When to call 112</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="196" />
        <source>Na de aanval</source>
        <translation>After the seizure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="202" />
        <source>Eten en drinken</source>
        <translation>Eating and drinking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="203" />
        <location filename="../../ui/screens/journal.py" line="107" />
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="205" />
        <source>Niets via de mond</source>
        <translation>Nothing by mouth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="207" />
        <source>Voeding</source>
        <translation>Feeding</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="208" />
        <source>Schema</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="209" />
        <source>Pompsnelheid</source>
        <translation>Pump rate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="210" />
        <source>Houding bij en na het eten</source>
        <translation>Position during and after feeding</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="211" />
        <source>Sonde doorspoelen</source>
        <translation>Flushing the tube</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="212" />
        <source>Slikken: waar op te letten</source>
        <translation>Swallowing: what to watch</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="213" />
        <source>Drinken</source>
        <translation>Drinking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="219" />
        <source>Ademhaling</source>
        <translation>Breathing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="220" />
        <source>Zuurstof</source>
        <translation>Oxygen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="221" />
        <source>Uitzuigen</source>
        <translation>Suction</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="131" />
        <source>Wat is er nodig</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="133" />
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="136" />
        <source>Loketten</source>
        <translation>Counters tried</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="139" />
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="140" />
        <location filename="../../ui/screens/decisions.py" line="50" />
        <source>Wet</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="141" />
        <location filename="../../ui/screens/journal.py" line="106" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="142" />
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="144" />
        <source>Loket toevoegen</source>
        <translation>Add a counter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="145" />
        <source>Welk loket u probeerde en wat ze zeiden.</source>
        <translation>Which counter you tried and what they said.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="37" />
        <source>Zorgaanbieder</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="38" />
        <source>Naam van het plan</source>
        <translation>Name of the plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="39" />
        <location filename="../../ui/screens/decisions.py" line="57" />
        <source>Geldig vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="40" />
        <location filename="../../ui/screens/decisions.py" line="58" />
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="43" />
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="46" />
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="47" />
        <source>Stand</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="49" />
        <source>Doel toevoegen</source>
        <translation>Add a goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="53" />
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="56" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="57" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="58" />
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="60" />
        <source>Afspraak toevoegen</source>
        <translation>Add an agreement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="64" />
        <source>Besprekingen</source>
        <translation>Review meetings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="67" />
        <source>Gepland op</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="68" />
        <source>Gehouden op</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="69" />
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="71" />
        <source>Bespreking toevoegen</source>
        <translation>Add a meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="75" />
        <source>Voor de volgende bespreking</source>
        <translation>For the next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="77" />
        <source>Wat wilt u vragen of veranderen? Schrijf het op als het in u opkomt.</source>
        <translation>What do you want to ask or change? Write it down when it comes to mind.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="51" />
        <source>Wie besliste</source>
        <translation>Who decided</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="52" />
        <source>Soort besluit</source>
        <translation>Type of decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="53" />
        <source>Waarover</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="54" />
        <source>Kenmerk of besluitnummer</source>
        <translation>Reference or decision number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="56" />
        <source>Datum van het besluit</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="59" />
        <source>Zorgprofiel</source>
        <translation>Zorgprofiel (care profile)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="60" />
        <source>Leveringsvorm</source>
        <translation>Form of delivery</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="61" />
        <source>Bezwaar ingediend op</source>
        <translation>Bezwaar (objection) filed on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="64" />
        <source>Beslissing op bezwaar verwacht</source>
        <translation>Decision on the bezwaar expected</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="67" />
        <source>Over het bezwaar</source>
        <translation>About the bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="27" />
        <source>Noodplan</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="29" />
        <source>Als u morgen uitvalt, moet iemand direct weten wat te doen. Dit is het belangrijkste deel: begin hier.</source>
        <translation>If you drop out tomorrow, someone must know at once what to do. This is the most important part: start here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="35" />
        <source>Wie komt er dan</source>
        <translation>Who comes then</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="36" />
        <source>Wie moet gebeld worden</source>
        <translation>Who must be called</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="39" />
        <source>Waar kan ons kind terecht</source>
        <translation>Where can our child stay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="42" />
        <source>De eerste 24 uur</source>
        <translation>The first 24 hours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="45" />
        <source>Wie neemt welke zorg over</source>
        <translation>Who takes over which care</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="47" />
        <source>Zorg is veel losse taken. Per taak één iemand, en iemand als reserve. Zo hoeft niemand alles tegelijk over te nemen.</source>
        <translation>Care is many separate tasks. One person per task, and someone as a backup. Then nobody has to take over everything at once.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="55" />
        <source>Zorgtaken</source>
        <translation>Care tasks</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="58" />
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="59" />
        <source>Wie neemt het over</source>
        <translation>Who takes over</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="60" />
        <source>Reserve</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="61" />
        <source>Wat moet die weten</source>
        <translation>What they must know</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="63" />
        <source>Taak toevoegen</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="67" />
        <source>Juridisch en geld</source>
        <translation>Legal and money</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="69" />
        <source>Vanaf 18 jaar beslist u niet meer vanzelf mee. Mentorschap, curatele of bewind regelt wie dan mag beslissen over zorg en geld.</source>
        <translation>From 18 you no longer decide along automatically. Mentorship, guardianship or administration settles who may decide about care and money.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="75" />
        <source>Mentorschap, curatele, bewind</source>
        <translation>Mentorship, guardianship, administration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="76" />
        <source>Testament</source>
        <translation>Will</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="77" />
        <source>Wie beheert het pgb</source>
        <translation>Who manages the pgb</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="78" />
        <source>Verder over geld en regelingen</source>
        <translation>More on money and arrangements</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="81" />
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="83" />
        <source>Een goede woonplek heeft vaak een lange wachtlijst. Logeren en deeltijd wonen helpen ons kind en u om er stap voor stap aan te wennen.</source>
        <translation>A good place to live often has a long waiting list. Respite stays and part-time living help your child and you get used to it step by step.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="89" />
        <source>Wensen voor later wonen</source>
        <translation>Wishes for living later</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="92" />
        <source>Wachtlijsten</source>
        <translation>Waiting lists</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="95" />
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="96" />
        <source>Ingeschreven op</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="99" />
        <source>Wachtlijst toevoegen</source>
        <translation>Add a waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="101" />
        <source>Logeren en deeltijd wonen</source>
        <translation>Respite and part-time living</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="104" />
        <source>In onze woorden</source>
        <translation>In our words</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="106" />
        <source>Wat alleen u weet: hoe ons kind troost vindt, wat pijn doet, wat een goede dag is. Schrijf het op zoals u het zou vertellen.</source>
        <translation>What only you know: how your child finds comfort, what hurts, what a good day is. Write it as you would tell it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="112" />
        <source>Wat iedereen moet weten</source>
        <translation>What everyone must know</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="115" />
        <source>Nalopen</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="117" />
        <source>Loop het plan elk jaar na, en bij grote veranderingen: 18 jaar, verhuizen, ziekte.</source>
        <translation>Review the plan every year, and at big changes: turning 18, moving, illness.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="122" />
        <source>Volgende keer nalopen op</source>
        <translation>Next review on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="108" />
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="109" />
        <source>Wat is er gezegd</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="110" />
        <source>Wat moet er nog gebeuren</source>
        <translation>What still needs doing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="111" />
        <source>Voor wanneer</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="112" />
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="61" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="62" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="63" />
        <source>Familieband of relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="64" />
        <source>Bijvoorbeeld: tante (zus van vader)</source>
        <translation>For example: aunt (father's sister)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="65" />
        <source>In deze rol vanaf</source>
        <translation>In this role from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="66" />
        <source>In deze rol tot en met</source>
        <translation>In this role until</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="67" />
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="68" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="20" />
        <location filename="../../ui/screens/network.py" line="69" />
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="70" />
        <source>Bellen in een noodgeval</source>
        <translation>Call in an emergency</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="71" />
        <source>Volgorde bij nood (1 = eerst)</source>
        <translation>Order in an emergency (1 = first)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="74" />
        <source>Wettelijk vertegenwoordiger</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="79" />
        <source>Soort vertegenwoordiging</source>
        <translation>Kind of representation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="80" />
        <source>Mentorschap, curatele of bewind</source>
        <translation>Mentorship, guardianship or administration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="82" />
        <source>Vertegenwoordiger sinds</source>
        <translation>Representative since</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="83" />
        <source>Vertegenwoordiger tot</source>
        <translation>Representative until</translation>
    </message>
</context>
<context>
    <name>FolderName</name>
    <message>
        <location filename="../../ui/folder_name.py" line="31" />
        <source>De map van dit dossier heet '%1'. Daarin staat een naam. Een mapnaam is niet versleuteld: iedereen die deze computer gebruikt kan hem zien, en Zorgmap zet hem in de lijst met recente dossiers.</source>
        <translation>This dossier's folder is called '%1'. It contains a name. A folder name is not encrypted: anyone who uses this computer can see it, and Zorgmap puts it in the list of recent dossiers.</translation>
    </message>
    <message>
        <location filename="../../ui/folder_name.py" line="39" />
        <source>Neutrale naam geven…</source>
        <translation>Give it a neutral name…</translation>
    </message>
    <message>
        <location filename="../../ui/folder_name.py" line="54" />
        <source>Zorgmap kan op deze plek geen map hernoemen (bijvoorbeeld een USB-stick die alleen gelezen kan worden). Er is niets veranderd.</source>
        <translation>Zorgmap cannot rename a folder in this place (for example a read-only USB stick). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/folder_name.py" line="62" />
        <source>Neutrale naam geven</source>
        <translation>Give it a neutral name</translation>
    </message>
    <message>
        <location filename="../../ui/folder_name.py" line="63" />
        <source>Zorgmap vergrendelt eerst het dossier. Daarna heet de map '%1'. U opent het dossier weer met uw wachtwoord of de sleutelbos. Er gaat niets verloren.</source>
        <translation>Zorgmap locks the dossier first. Then the folder is called '%1'. You open the dossier again with your passphrase or the keychain. Nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/folder_name.py" line="68" />
        <source>Vergrendelen en hernoemen</source>
        <translation>Lock and rename</translation>
    </message>
    <message>
        <location filename="../../ui/folder_name.py" line="103" />
        <source>De map heet nu '%1'. Open het dossier weer.</source>
        <translation>The folder is now called '%1'. Open the dossier again.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/forms.py" line="85" />
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="86" />
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="87" />
        <source>Zet de vorige versie terug (Ctrl+Z)</source>
        <translation>Bring back the previous version (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="94" />
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="96" />
        <source>Wie wat heeft veranderd, en een oudere versie terugzetten</source>
        <translation>Who changed what, and restore an older version</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="185" />
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything was saved</translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="63" />
        <location filename="../../ui/autosave.py" line="206" />
        <location filename="../../ui/forms.py" line="193" />
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="212" />
        <source>(de andere waarde staat in Geschiedenis)</source>
        <translation>(the other value is in History)</translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="31" />
        <location filename="../../ui/autosave.py" line="78" />
        <location filename="../../ui/autosave.py" line="90" />
        <location filename="../../ui/autosave.py" line="205" />
        <location filename="../../ui/autosave.py" line="228" />
        <location filename="../../ui/screens/future.py" line="236" />
        <source>Wijziging wordt opgeslagen…</source>
        <translation>Saving your change…</translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="50" />
        <location filename="../../ui/autosave.py" line="153" />
        <location filename="../../ui/autosave.py" line="222" />
        <location filename="../../ui/forms.py" line="251" />
        <location filename="../../ui/screens/about.py" line="201" />
        <location filename="../../ui/screens/decisions.py" line="273" />
        <location filename="../../ui/screens/journal.py" line="244" />
        <location filename="../../ui/screens/list_edits.py" line="73" />
        <source>Niet opgeslagen: </source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="135" />
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="157" />
        <source>Niet opgeslagen (%1): </source>
        <translation>Not saved (%1): </translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="187" />
        <source>Dit is niet bewaard: %1. De rest wordt wel opgeslagen.</source>
        <translation>This was not saved: %1. Everything else is being saved.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="247" />
        <source>Niet opgeslagen: kijk naar het veld met de melding.</source>
        <translation>Not saved: look at the field with the message.</translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="234" />
        <source>Vorige versie teruggezet en opgeslagen</source>
        <translation>Previous version restored and saved</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="308" />
        <source>Oudere versie teruggezet en opgeslagen</source>
        <translation>Older version restored and saved</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153" />
        <source>Regel weghalen</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../ui/writes.py" line="133" />
        <source>er ging iets mis dat we niet hadden verwacht</source>
        <extracomment>what a finished job changed (after its own callbacks ran) a job without its own failure handler failed: one Dutch line</extracomment>
        <translation>something went wrong that we did not expect</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/models/history.py" line="26" />
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="27" />
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="28" />
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="29" />
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="31" />
        <source>Tegelijk gewijzigd</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="54" />
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="56" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="65" />
        <source>%1 regels</source>
        <translation>%1 lines</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="81" />
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="82" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="83" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="84" />
        <source>Welke velden</source>
        <translation>Which fields</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="104" />
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="105" />
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="106" />
        <source>Werd</source>
        <translation>Became</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="125" />
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="126" />
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="127" />
        <source>Verwijderd op</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="128" />
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="122" />
        <source>Geschiedenis: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="126" />
        <source>Elke wijziging blijft bewaard: wanneer, door wie en wat er veranderde. Kies een regel om te zien wat er toen veranderde.</source>
        <translation>Every change is kept: when, by whom and what changed. Choose a line to see what changed then.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="132" />
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="135" />
        <source>Wat er veranderde</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="151" />
        <source>Deze versie terugzetten</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="95" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="175" />
        <source>Er is nog niets veranderd sinds dit onderdeel er is.</source>
        <translation>Nothing has changed since this item was made.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="204" />
        <location filename="../../ui/trash.py" line="80" />
        <source>Alleen lezen: dit dossier is ook ergens anders open.</source>
        <translation>Read only: this dossier is also open somewhere else.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="206" />
        <source>Dit is de versie die nu in het dossier staat.</source>
        <translation>This is the version the dossier holds now.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="208" />
        <source>Zet het onderdeel terug zoals het na deze wijziging was.</source>
        <translation>Restore the item as it was after this change.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="215" />
        <source>Op %1 maakte %2 dit onderdeel aan:</source>
        <translation>On %1, %2 created this item:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="216" />
        <source>Op %1 verwijderde %2 dit onderdeel. Zet het terug met de knop hieronder.</source>
        <translation>On %1, %2 deleted this item. Restore it with the button below.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="219" />
        <source>Op %1 zette %2 een oudere versie terug. Dit veranderde toen:</source>
        <translation>On %1, %2 restored an older version. This changed then:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="221" />
        <source>Op %1: %2. Deze versie is niet getoond; zet haar terug als zij klopt:</source>
        <translation>On %1: %2. This version is not shown; restore it if it is right:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="224" />
        <source>Op %1 veranderde %2 dit:</source>
        <translation>On %1, %2 changed this:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="234" />
        <source>Versie terugzetten</source>
        <translation>Restore a version</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="235" />
        <source>Het onderdeel terugzetten zoals het was op %1? Wat er nu staat, blijft in de geschiedenis; u kunt het later ook weer terugzetten.</source>
        <translation>Restore the item as it was on %1? What is there now stays in the history; you can restore it later too.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="240" />
        <location filename="../../ui/trash.py" line="45" />
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="250" />
        <source>Teruggezet en opgeslagen.</source>
        <translation>Restored and saved.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="33" />
        <source>Prullenbak</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="35" />
        <source>Wat in het dossier is verwijderd, staat hier. Is het toch nodig? Kies het en klik op Terugzetten.</source>
        <translation>What was deleted from the dossier is here. Need it after all? Choose it and click Restore.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="41" />
        <source>Verwijderde onderdelen</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="66" />
        <source>De prullenbak is leeg.</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="92" />
        <source>„%1” staat weer in het dossier.</source>
        <translation>'%1' is back in the dossier.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>Te kort. Gebruik minstens 12 tekens, of vier losse woorden.</source>
        <translation>Too short. Use at least 12 characters, or four separate words.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>Er zitten te veel dezelfde tekens in. Kies iets met meer afwisseling.</source>
        <translation>Too many repeated characters. Choose something more varied.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Er staat een naam in die iedereen kan raden. Kies woorden die niets met uw kind of gezin te maken hebben.</source>
        <translation>It contains a name anyone can guess. Choose words that have nothing to do with your child or family.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89" />
        <source>Dit wachtwoord is te makkelijk te raden (een bekend woord, een jaartal of getallen). Kies vier woorden die niemand verwacht.</source>
        <translation>This passphrase is too easy to guess (a well-known word, a year or numbers). Choose four words nobody expects.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>Alleen cijfers is te makkelijk te raden. Gebruik ook woorden of letters.</source>
        <translation>Only digits is too easy to guess. Use words or letters too.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>Dit is het voorbeeld uit Zorgmap zelf: dat kent iedereen. Kies vier andere woorden.</source>
        <translation>This is Zorgmap's own example: everyone knows it. Choose four other words.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="22" />
        <source>Dit wachtwoord of deze noodsleutel klopt niet. Er is niets veranderd.</source>
        <translation>This passphrase or recovery code is not right. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="37" />
        <source>Automatische reservekopieën</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="40" />
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="41" />
        <source>Een reservekopie maken na</source>
        <translation>Make a backup after</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="45" />
        <source>Aantal reservekopieën bewaren</source>
        <translation>Number of backups to keep</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="50" />
        <source>Bij openen een nieuwe maken als de vorige ouder is dan:</source>
        <translation>When opening, make a new one if the last is older than:</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="52" />
        <source>Zoveel dagen bewaren (de nieuwste van elke dag):</source>
        <translation>Keep this many days (the newest of each day):</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="58" />
        <source>nog geen (bijvoorbeeld een USB-stick)</source>
        <translation>none yet (for example a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="62" />
        <source>Tweede plek kiezen…</source>
        <translation>Choose a second place…</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="65" />
        <source>Tweede plek voor reservekopieën:</source>
        <translation>Second place for backups:</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="68" />
        <source>Wachtwoord en noodsleutel</source>
        <translation>Passphrase and recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="69" />
        <source>Wachtwoord veranderen…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="71" />
        <source>Nieuwe noodsleutel maken…</source>
        <translation>Make a new recovery code…</translation>
    </message>
    <message>
        <location filename="../../ui/key_settings.py" line="80" />
        <source>De gegevens blijven hetzelfde; alleen de sleutel verandert. Een sleutel in de sleutelbos van deze computer blijft werken.</source>
        <translation>The data stays the same; only the key changes. A key in this computer's keychain keeps working.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="31" />
        <location filename="../../ui/change_passphrase.py" line="51" />
        <source>Wachtwoord veranderen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="32" />
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="36" />
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="37" />
        <source>Nieuw wachtwoord nog een keer</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="47" />
        <source>Huidig wachtwoord:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="49" />
        <source>Nieuw wachtwoord:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="55" />
        <source>Typ uw huidige wachtwoord (de noodsleutel mag ook) en kies een nieuw. Vier losse woorden werken goed.</source>
        <translation>Type your current passphrase (the recovery code works too) and choose a new one. Four separate words work well.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="75" />
        <source>Typ eerst uw huidige wachtwoord.</source>
        <translation>First type your current passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="101" />
        <source>Wachtwoord veranderd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="102" />
        <source>Het wachtwoord is veranderd. Open het dossier voortaan met het nieuwe wachtwoord. De noodsleutel blijft hetzelfde.</source>
        <translation>The passphrase has been changed. From now on, open the dossier with the new passphrase. The recovery code stays the same.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="119" />
        <source>Het wachtwoord wordt veranderd…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="33" />
        <source>Nieuwe noodsleutel</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="50" />
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="55" />
        <source>Wachtwoord:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="58" />
        <source>Nieuwe noodsleutel maken</source>
        <translation>Make a new recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="62" />
        <source>Maak een nieuwe noodsleutel als de oude kwijt is, of als iemand hem heeft die hem niet meer mag hebben. De oude noodsleutel werkt daarna niet meer.</source>
        <translation>Make a new recovery code if the old one is lost, or if someone has it who should no longer have it. The old recovery code stops working.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="78" />
        <source>Zodra u op Klaar klikt, werkt de oude noodsleutel niet meer. Vernietig dan het oude blad en bewaar deze nieuwe op dezelfde veilige plek.</source>
        <translation>As soon as you click Done, the old recovery code stops working. Then destroy the old sheet and keep this new one in the same safe place.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="101" />
        <source>Ik heb de nieuwe noodsleutel veilig bewaard.</source>
        <translation>I have stored the new recovery code safely.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="103" />
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="113" />
        <source>Dit is de nieuwe noodsleutel. Print het blad of bewaar het als PDF, zodat wie de zorg overneemt het dossier kan openen.</source>
        <translation>This is the new recovery code. Print the sheet or save it as PDF, so whoever takes over the care can open the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="169" />
        <source>De nieuwe noodsleutel wordt gemaakt…</source>
        <translation>Making the new recovery code…</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="195" />
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="207" />
        <source>Bewaard als %1. Print hem en verwijder daarna het bestand, of bewaar het op een USB-stick op een veilige plek.</source>
        <translation>Saved as %1. Print it and then delete the file, or keep it on a USB stick in a safe place.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="10" />
        <source>Pijn</source>
        <translation>Pain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11" />
        <source>Ongemak</source>
        <translation>Discomfort</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Tevreden</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Moe</source>
        <translation>Tired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Troost</source>
        <translation>Comfort</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Niet fijn</source>
        <translation>Dislike</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Lijkt op een aanval, maar is het niet</source>
        <translation>Looks like a seizure, but is not</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Bezwaar in voorbereiding</source>
        <translation>Bezwaar being prepared</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Bezwaar ingediend</source>
        <translation>Bezwaar filed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Niet ingevuld</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Ja: niets via de mond</source>
        <translation>Yes: nothing by mouth</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Geen bekende allergieën</source>
        <translation>No known allergies</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Zie de lijst Allergieën</source>
        <translation>See the list of allergies</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Via de mond</source>
        <translation>By mouth</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Via de sonde</source>
        <translation>By tube</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Via mond en sonde</source>
        <translation>By mouth and tube</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Aangevraagd</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Deels toegekend</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Verlopen</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Gegrond</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Deels gegrond</source>
        <translation>Partly upheld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Ongegrond</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Wens/behoefte</source>
        <translation>Need/idea</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>Voorbereiden</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Bezwaar</source>
        <translation>Bezwaar (objection)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Besteld</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Geleverd</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Reparatie/vervanging</source>
        <translation>Repair/replacement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Nog niet begonnen</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Mee bezig</source>
        <translation>Working on it</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Behaald</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Gesprek</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Portaal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Over mij</source>
        <translation>About me</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Medicijn</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Allergie</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Epilepsie</source>
        <translation>Epilepsy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Voeding</source>
        <translation>Feeding</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Ademhaling</source>
        <translation>Breathing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Let op</source>
        <translation>Take care</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Indicatie of besluit</source>
        <translation>Entitlement or decision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Hulpmiddel-aanvraag</source>
        <translation>Aid request</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Zorgplan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Toekomstplan</source>
        <translation>Future plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Contactlog</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>Noodplan</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>Wie neemt welke zorg over</source>
        <translation>Who takes over which care</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>Juridisch en geld</source>
        <translation>Legal and money</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>In onze woorden</source>
        <translation>In our words</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>Datum om het plan na te lopen</source>
        <translation>Date to review the plan</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/app.py" line="28" />
        <source>Er ging iets mis dat we niet hadden verwacht. Kijk of uw laatste wijziging er nog staat; de status bij het formulier zegt of die is opgeslagen.</source>
        <extracomment>Wait after the window is shown before the start's housekeeping (after its first paint).</extracomment>
        <translation>Something went wrong that we did not expect. Check that your last change is still there; the status beside the form says whether it was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="34" />
        <location filename="../../ui/writes.py" line="135" />
        <source>Een verslag zonder gegevens uit het dossier staat in %1.</source>
        <translation>A report without any dossier data is in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="40" />
        <source>Sorry</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="68" />
        <source>Onderdelen van het dossier</source>
        <translation>Parts of the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="89" />
        <source>Voorbeelddossier: alle namen en gegevens zijn verzonnen. Wat u verandert, wordt na het sluiten weggegooid.</source>
        <translation>Example dossier: all names and data are made up. What you change is thrown away when you close it.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="99" />
        <source>Alleen lezen: dit dossier is al open in een ander venster. Wijzigingen worden niet bewaard.</source>
        <translation>Read only: this dossier is already open in another window. Changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="122" />
        <location filename="../../ui/screens/overview.py" line="47" />
        <source>Over %1</source>
        <extracomment>Parts that should be checked now and then: a wrong medication list is dangerous.</extracomment>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39" />
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41" />
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44" />
        <source>Onthoud de sleutel op deze computer</source>
        <translation>Remember the key on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51" />
        <source>Deze computer heeft geen sleutelbos. U opent het dossier steeds met uw wachtwoord.</source>
        <translation>This computer has no keychain. You open the dossier with your passphrase each time.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60" />
        <source>Automatisch vergrendelen na:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="96" />
        <source>Kies de dossiermap (eindigt op .zorgmap)</source>
        <translation>Choose the dossier folder (ends in .zorgmap)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="101" />
        <source>Kies een reservekopie</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="103" />
        <location filename="../../ui/mainwindow.py" line="109" />
        <source>Zorgmap-reservekopie (*.zmbak)</source>
        <translation>Zorgmap backup (*.zmbak)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="107" />
        <source>Reservekopie bewaren</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113" />
        <location filename="../../ui/new_recovery.py" line="37" />
        <source>Noodsleutel bewaren als PDF</source>
        <translation>Save the recovery code as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="43" />
        <source>Waar wilt u het dossier bewaren?</source>
        <extracomment>Wait before asking the keychain, so the unlock page is painted first.</extracomment>
        <translation>Where do you want to keep the dossier?</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="19" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="24" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="26" />
        <source>Zoeken in het hele dossier (Ctrl+F)</source>
        <translation>Search the whole dossier (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="28" />
        <source>Reservekopie maken…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="30" />
        <source>Reservekopie testen…</source>
        <translation>Test a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="32" />
        <source>Controleer een reservekopie en zie wat erin staat</source>
        <translation>Check a backup and see what it holds</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="35" />
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="37" />
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="39" />
        <source>Vergrendel het dossier (Ctrl+L)</source>
        <translation>Lock the dossier (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="41" />
        <source>Delen en printen…</source>
        <translation>Share and print…</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="44" />
        <source>Zorgpaspoort, noodkaart en meer als PDF bewaren of printen (Ctrl+P)</source>
        <translation>Save or print the care passport, emergency card and more as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="55" />
        <source>Prullenbak…</source>
        <translation>Bin…</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="57" />
        <source>Verwijderde onderdelen bekijken en terugzetten</source>
        <translation>See deleted items and restore them</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="70" />
        <source>Wie en vergrendelen</source>
        <translation>Who and lock</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_actions.py" line="108" />
        <location filename="../../ui/mainwindow.py" line="174" />
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="155" />
        <source>In deze map staat geen Zorgmap-dossier.</source>
        <translation>This folder holds no Zorgmap dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="175" />
        <source>De sleutelbos heeft geen sleutel voor dit dossier. Typ uw wachtwoord.</source>
        <translation>The keychain has no key for this dossier. Type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="206" />
        <source>Sleutelbestand</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="211" />
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="227" />
        <source>Voorbeelddossier (verzonnen) — Zorgmap</source>
        <translation>Example dossier (fictional) — Zorgmap</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="244" />
        <source>Het dossier wordt gemaakt…</source>
        <translation>Creating the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="259" />
        <source>Sleutelbos</source>
        <translation>Keychain</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="260" />
        <source>De sleutel kon niet in de sleutelbos worden bewaard. U opent het dossier met uw wachtwoord.</source>
        <translation>The key could not be stored in the keychain. You open the dossier with your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="286" />
        <source>Noodsleutel Zorgmap.pdf</source>
        <translation>Zorgmap emergency key.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="294" />
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="295" />
        <source>De noodsleutel is bewaard als %1. Print hem en verwijder daarna het bestand, of bewaar het op een USB-stick op een veilige plek.</source>
        <translation>The recovery code is saved as %1. Print it and then delete the file, or keep it on a USB stick in a safe place.</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="334" />
        <source>Het voorbeelddossier wordt klaargezet…</source>
        <translation>Preparing the example dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="350" />
        <source>De reservekopie is teruggezet. Open het dossier met hetzelfde wachtwoord of dezelfde noodsleutel.</source>
        <translation>The backup has been restored. Open the dossier with the same passphrase or recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/start_flow.py" line="361" />
        <source>De reservekopie wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_actions.py" line="96" />
        <source>De reservekopie wordt gemaakt…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_actions.py" line="99" />
        <source>Reservekopie gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_actions.py" line="100" />
        <source>De reservekopie staat in %1. Bewaar hem ook op een USB-stick of een andere schijf.</source>
        <translation>The backup is in %1. Keep a copy on a USB stick or another disk too.</translation>
    </message>
    <message>
        <location filename="../../ui/locking.py" line="146" />
        <source>Het dossier is vergrendeld.</source>
        <translation>The dossier is locked.</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../ui/menus.py" line="155" />
        <source>Zoeken in het hele dossier</source>
        <translation>Search the whole dossier</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="156" />
        <source>Delen en printen</source>
        <translation>Share and print</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="157" />
        <source>Naar een onderdeel: Overzicht, Over mij, …</source>
        <translation>Go to a part: Overview, About me, …</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="158" />
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="159" />
        <source>Zorgmap afsluiten</source>
        <translation>Quit Zorgmap</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="160" />
        <source>Naar het volgende of vorige veld</source>
        <translation>To the next or previous field</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="161" />
        <source>Een regel of knop kiezen</source>
        <translation>Choose a line or button</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="162" />
        <source>Terug naar wat er stond</source>
        <translation>Back to what was there</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="163" />
        <source>Het menu Dossier, Ga naar of Help</source>
        <translation>The Dossier, Go to or Help menu</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="172" />
        <source>Menubalk</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="173" />
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="182" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="188" />
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="197" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="198" />
        <location filename="../../ui/menus.py" line="242" />
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/workers.py" line="80" />
        <location filename="../../ui/writes.py" line="158" />
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="81" />
        <location filename="../../ui/writes.py" line="159" />
        <source>Even geduld</source>
        <translation>One moment</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <location filename="../../ui/dossier_view.py" line="25" />
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="26" />
        <location filename="../../ui/dossier_view.py" line="124" />
        <location filename="../../ui/screens/overview.py" line="48" />
        <source>Over mij</source>
        <translation>About me</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="27" />
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="28" />
        <source>Indicaties en besluiten</source>
        <translation>Entitlements and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="29" />
        <source>Hulpmiddelen</source>
        <translation>Aids</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="30" />
        <source>Zorgplannen</source>
        <translation>Care plans</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="31" />
        <source>Wat als…</source>
        <translation>What if…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="32" />
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="33" />
        <source>Logboek</source>
        <translation>Contact log</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../ui/profiles.py" line="41" />
        <source>Wie werkt er in het dossier?</source>
        <translation>Who is working in the dossier?</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="47" />
        <source>Wie werkt er nu in het dossier?</source>
        <translation>Who is working in the dossier now?</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="48" />
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="49" />
        <source>Dan ziet u later wie wat heeft veranderd.</source>
        <translation>Then you can see later who changed what.</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="54" />
        <source>Bijvoorbeeld Mama, Papa of Copiloot Mirjam</source>
        <translation>For example Mum, Dad or copilot Mirjam</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="55" />
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="60" />
        <source>Dat ben ik</source>
        <translation>That's me</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="64" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="111" />
        <source>Wie er werkt in het dossier</source>
        <translation>Who is working in the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="129" />
        <source>Bezig als: %1</source>
        <translation>Working as: %1</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="131" />
        <source>Alleen lezen: wie er werkt, kan in dit venster niet veranderen.</source>
        <translation>Read only: who is working cannot change in this window.</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="134" />
        <source>Wijzigingen komen in de geschiedenis onder deze naam. Klik om te wisselen.</source>
        <translation>Changes go into the history under this name. Click to switch.</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="174" />
        <source>Iemand anders…</source>
        <translation>Someone else…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="20" />
        <source>Noodsleutel voor het Zorgmap-dossier</source>
        <translation>Recovery code for the Zorgmap dossier</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="21" />
        <source>Dossier van: %1</source>
        <translation>Dossier of: %1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="22" />
        <source>Met deze code kan iemand die u vertrouwt het dossier openen als u het wachtwoord kwijt bent, of als u er zelf niet meer voor kunt zorgen. Bewaar dit blad bij uw testament of geef het aan een vertrouwd persoon.</source>
        <translation>With this code someone you trust can open the dossier if you lose the passphrase, or can no longer care yourself. Keep this sheet with your will or give it to a trusted person.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="28" />
        <source>De code</source>
        <translation>The code</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="29" />
        <source>Waar het dossier staat</source>
        <translation>Where the dossier is</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="30" />
        <source>Er worden ook reservekopieën gemaakt in de map 'backups' in die map.</source>
        <translation>Backups are also made in the 'backups' folder inside that folder.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="33" />
        <source>Wat moet wie het overneemt doen?</source>
        <translation>What should the person taking over do?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="35" />
        <source>Zorgmap staat al op de computer waar het dossier staat. Op een andere computer: installeer Zorgmap %1 of nieuwer (gratis) van de plek die hieronder is opgeschreven, en kopieer de dossiermap naar die computer.</source>
        <translation>Zorgmap is already on the computer where the dossier is. On another computer: install Zorgmap %1 or newer (free) from the place written down below, and copy the dossier folder to that computer.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="56" />
        <source>Zorgmap komt van (schrijf het hier op):</source>
        <translation>Zorgmap comes from (write it down here):</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="41" />
        <source>Kies 'Een bestaand dossier openen' en kies de map hierboven.</source>
        <translation>Choose 'Open an existing dossier' and choose the folder above.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="42" />
        <source>Typ de code hierboven in het wachtwoordveld. Streepjes en kleine letters mogen.</source>
        <translation>Type the code above into the passphrase field. Dashes and lower case are fine.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="46" />
        <source>Kies daarna een eigen nieuw wachtwoord en maak een nieuwe noodsleutel.</source>
        <translation>Then choose your own new passphrase and make a new recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="51" />
        <source>Iedereen met deze code kan het dossier lezen. Bewaar hem zoals u een sleutel van uw huis bewaart.</source>
        <translation>Anyone with this code can read the dossier. Keep it as you keep a key to your house.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/screens/about.py" line="79" />
        <location filename="../../ui/screens/about_sections.py" line="52" />
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="53" />
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="81" />
        <location filename="../../ui/screens/about_sections.py" line="80" />
        <source>Medicijnen</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="81" />
        <source>Nieuw medicijn</source>
        <translation>New medicine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="111" />
        <source>Van 'Begonnen op' weet ik alleen de maand</source>
        <translation>Of 'Started on' I only know the month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="83" />
        <location filename="../../ui/screens/about_sections.py" line="139" />
        <source>Allergieën</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="140" />
        <source>Nieuwe allergie</source>
        <translation>New allergy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="95" />
        <location filename="../../ui/screens/about_sections.py" line="157" />
        <source>Let op</source>
        <translation>Take care</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about_sections.py" line="158" />
        <source>Nieuw aandachtspunt</source>
        <translation>New point of attention</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="41" />
        <location filename="../../ui/screens/about.py" line="101" />
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="49" />
        <source>Foto kiezen</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="51" />
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="67" />
        <location filename="../../ui/screens/about.py" line="182" />
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="68" />
        <source>Foto kiezen…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="76" />
        <source>Profiel en dagelijkse zorg</source>
        <translation>Profile and daily care</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="85" />
        <source>Epilepsie</source>
        <translation>Epilepsy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="93" />
        <source>Voeding en ademhaling</source>
        <translation>Feeding and breathing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="102" />
        <source>Wie ik ben, hoe ik laat merken wat ik voel, en wat iedereen moet weten over mijn zorg.</source>
        <translation>Who I am, how I show what I feel, and what everyone must know about my care.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="147" />
        <source>Over %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="149" />
        <source>Over mij</source>
        <translation>About me</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="163" />
        <source>Nog geen foto</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/about.py" line="198" />
        <source>De foto wordt bewaard…</source>
        <translation>Saving the photo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="55" />
        <source>Naar een volgende fase</source>
        <translation>Move to another stage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="60" />
        <location filename="../../ui/screens/aids.py" line="183" />
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="63" />
        <location filename="../../ui/screens/journal.py" line="181" />
        <source>Datum</source>
        <extracomment>per column, the field SQLite sorts on (None: the date, over the list index)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="67" />
        <source>Bijvoorbeeld: aanvraag per post verstuurd, ontvangstbevestiging gekregen.</source>
        <translation>For example: application sent by post, got an acknowledgement.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="72" />
        <location filename="../../ui/screens/aids.py" line="81" />
        <source>Wat is er gebeurd?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="78" />
        <source>Aanvraag:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="79" />
        <source>Nieuwe fase:</source>
        <translation>New stage:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="80" />
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="84" />
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="106" />
        <source>Vul een datum in.</source>
        <translation>Fill in a date.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="113" />
        <source>Hulpmiddelen</source>
        <translation>Aids</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="114" />
        <source>Aanvragen voor hulpmiddelen, woningaanpassing en vervoer, met de fase waarin ze zijn. Zet een aanvraag door naar de volgende fase zodra er iets gebeurt.</source>
        <translation>Requests for aids, home adaptations and transport, with the stage they are in. Move a request to the next stage as soon as something happens.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="120" />
        <source>Nieuwe aanvraag</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="156" />
        <source>Alle fasen</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="157" />
        <source>Lopend (nog niet in gebruik)</source>
        <translation>Open (not in use yet)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="160" />
        <source>Filter op fase</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="162" />
        <source>Fase:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="197" />
        <source>Andere fase…</source>
        <translation>Other stage…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="210" />
        <source>Geschiedenis van de fasen</source>
        <translation>History of the stages</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="215" />
        <location filename="../../ui/screens/aids.py" line="223" />
        <source>Besluiten waar deze aanvraag van afhangt</source>
        <translation>Decisions this request depends on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="266" />
        <source>Kies links een aanvraag.</source>
        <translation>Choose a request on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="272" />
        <source>Nu: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="274" />
        <source> (sinds %1)</source>
        <translation> (since %1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aids.py" line="291" />
        <source>Naar „%1”…</source>
        <translation>To “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/list_edits.py" line="38" />
        <source>„%1” is verwijderd. &lt;a href='undo'&gt;Ongedaan maken&lt;/a&gt;</source>
        <translation>“%1” was deleted. &lt;a href='undo'&gt;Undo&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/screens/record_list.py" line="35" />
        <source>Zoeken in deze lijst</source>
        <translation>Search this list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="103" />
        <location filename="../../ui/screens/record_list.py" line="77" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="391" />
        <location filename="../../ui/screens/list_edits.py" line="82" />
        <location filename="../../ui/screens/list_edits.py" line="86" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/list_edits.py" line="83" />
        <source>„%1” verwijderen? U kunt dit daarna nog ongedaan maken.</source>
        <translation>Delete “%1”? You can still undo this afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/list_edits.py" line="107" />
        <source>Niet verwijderd: </source>
        <translation>Not deleted: </translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="22" />
        <source>Zorgplannen</source>
        <translation>Care plans</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="23" />
        <source>Het zorgplan van elke zorgaanbieder: doelen, afspraken en wanneer het plan besproken wordt. Schrijf hier ook op wat u de volgende keer wilt bespreken.</source>
        <translation>The care plan of each provider: goals, agreements and when the plan is reviewed. Also note here what you want to discuss next time.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/careplans.py" line="29" />
        <source>Nieuw zorgplan</source>
        <translation>New care plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="41" />
        <source>Indicaties en besluiten</source>
        <translation>Entitlements and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="42" />
        <source>Alle besluiten van CIZ, zorgkantoor, gemeente en zorgverzekeraar. Sleep de brief op dit scherm om hem bij het besluit te bewaren.</source>
        <translation>All decisions of the CIZ, zorgkantoor, municipality and health insurer. Drag the letter onto this screen to keep it with the decision.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="47" />
        <source>Nieuw besluit</source>
        <translation>New decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="77" />
        <source>Brief kiezen</source>
        <translation>Choose the letter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="104" />
        <source>Alle wetten</source>
        <translation>All laws</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="107" />
        <source>Filter op wet</source>
        <translation>Filter by law</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="109" />
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="112" />
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="116" />
        <source>Wet:</source>
        <translation>Law:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="117" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="163" />
        <source>Brieven en documenten bij dit besluit:</source>
        <translation>Letters and documents with this decision:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="166" />
        <source>Documenten bij dit besluit</source>
        <translation>Documents with this decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="172" />
        <source>Brief toevoegen…</source>
        <translation>Add letter…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="175" />
        <source>of sleep een bestand hierheen</source>
        <translation>or drag a file here</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="178" />
        <source>Bezwaar maken…</source>
        <translation>Make a bezwaar…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="179" />
        <source>Een bezwaarschrift (of pro-forma bezwaar) bij dit besluit, als PDF en Word</source>
        <translation>A bezwaar letter (or pro-forma bezwaar) against this decision, as PDF and Word</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decisions.py" line="270" />
        <source>De brief wordt versleuteld bewaard…</source>
        <translation>Storing the letter encrypted…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="36" />
        <location filename="../../ui/screens/documents.py" line="92" />
        <location filename="../../ui/screens/documents.py" line="120" />
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="42" />
        <source>Documenten toevoegen</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="45" />
        <source>Bewaar een kopie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="57" />
        <location filename="../../ui/screens/documents.py" line="58" />
        <source>Zoeken op naam</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="62" />
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="65" />
        <source>Filter op soort</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="67" />
        <source>Bij alles</source>
        <translation>Belonging to anything</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="70" />
        <source>Nergens bij</source>
        <translation>Belonging to nothing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="71" />
        <source>Filter op waar het bij hoort</source>
        <translation>Filter by what it belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="96" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="98" />
        <source>Kopie bewaren…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="100" />
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="121" />
        <source>Brieven, besluiten, offertes en foto's, versleuteld in het dossier. Openen maakt een tijdelijke kopie die weer wordt gewist.</source>
        <translation>Letters, decisions, quotes and photos, encrypted in the dossier. Opening makes a temporary copy that is wiped again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="193" />
        <source>%1 documenten, samen %2.</source>
        <translation>%1 documents, %2 in total.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="270" />
        <location filename="../../ui/screens/documents.py" line="299" />
        <source>Het document wordt geopend…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="290" />
        <source>Geopend. De tijdelijke kopie wordt gewist als u het dossier vergrendelt of sluit.</source>
        <translation>Opened. The temporary copy is wiped when you lock or close the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="321" />
        <source>Kopie wordt bewaard…</source>
        <translation>Saving the copy…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="323" />
        <source>Kopie bewaard in %1 (niet versleuteld).</source>
        <translation>Copy saved in %1 (not encrypted).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="356" />
        <source>Toegevoegd en versleuteld bewaard.</source>
        <translation>Added and stored encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="364" />
        <source>Documenten worden versleuteld bewaard…</source>
        <translation>Storing the documents encrypted…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="380" />
        <source>„%1” verwijderen? Een document kan niet worden teruggehaald.</source>
        <translation>Delete “%1”? A document cannot be brought back.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="384" />
        <source>Het hoort bij: %1.</source>
        <translation>It belongs to: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="389" />
        <source>Document verwijderen</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="127" />
        <source>Wat als…</source>
        <translation>What if…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="136" />
        <source>Delen van het plan</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="146" />
        <source>%v van %m delen ingevuld</source>
        <translation>%v of %m parts filled in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="147" />
        <source>Hoe compleet het plan is</source>
        <translation>How complete the plan is</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="154" />
        <source>Vandaag nagelopen</source>
        <translation>Reviewed today</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="155" />
        <source>Zet de datum van nalopen op vandaag</source>
        <translation>Set the review date to today</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="174" />
        <source>Wat als ik het niet meer kan?</source>
        <translation>What if I can no longer do it?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="175" />
        <source>Niemand kent uw kind zoals u. Dit plan helpt wie het van u overneemt, als u ziek wordt, even niet kunt of er niet meer bent. Vul in wat u kunt; het hoeft niet in één keer.</source>
        <translation>Nobody knows your child like you do. This plan helps whoever takes over from you when you fall ill, cannot for a while, or are no longer here. Fill in what you can; it need not be done in one go.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="206" />
        <source>Laatst nagelopen: %1</source>
        <translation>Last reviewed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="210" />
        <source>Nog niet nagelopen.</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/future.py" line="212" />
        <source>Volgende keer: %1</source>
        <translation>Next time: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="80" />
        <source>Logboek</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="81" />
        <source>Elk telefoontje, elke brief en elk gesprek: wie zei wat en wanneer. Zo weet u het later nog precies.</source>
        <translation>Every call, letter and meeting: who said what and when. So you still know exactly later on.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="86" />
        <source>Uitgebreid invullen</source>
        <translation>Fill in fully</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="89" />
        <source>Zoeken in het hele logboek (Ctrl+F zoekt overal)</source>
        <translation>Search the whole contact log (Ctrl+F searches everything)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="183" />
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="185" />
        <location filename="../../ui/screens/journal.py" line="186" />
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="189" />
        <source>Wat is er gezegd? (Enter bewaart)</source>
        <translation>What was said? (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="191" />
        <source>Wat is er gezegd</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../ui/screens/journal.py" line="194" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="21" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="23" />
        <source>vanaf %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="30" />
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="31" />
        <source>Wie helpt, wie beslist en wie u kunt bellen. Wettelijk vertegenwoordigers (mentor, curator, bewindvoerder) staan vet.</source>
        <translation>Who helps, who decides and whom you can call. Legal representatives (mentor, guardian, administrator) are in bold.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/network.py" line="36" />
        <source>Nieuw contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="156" />
        <location filename="../../ui/screens/overview.py" line="161" />
        <location filename="../../ui/screens/overview.py" line="232" />
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="162" />
        <source>Wat nu aandacht vraagt. Klik op een regel om hem te openen.</source>
        <translation>What needs attention now. Click a line to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="171" />
        <source>Termijnen in de komende 8 weken</source>
        <translation>Deadlines in the next 8 weeks</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="172" />
        <source>Lopende aanvragen voor hulpmiddelen</source>
        <translation>Open requests for aids</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="173" />
        <source>Lang niet nagekeken</source>
        <translation>Not checked for a long time</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="174" />
        <source>Laatst in het logboek</source>
        <translation>Latest in the contact log</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="230" />
        <source>Overzicht voor %1</source>
        <translation>Overview for %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="246" />
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="248" />
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="250" />
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="252" />
        <source>over %1 dagen</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="265" />
        <source>Aanvraag</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="268" />
        <source>(sinds %1)</source>
        <translation>(since %1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="273" />
        <source>%1, nog nooit nagekeken</source>
        <translation>%1, never checked</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="275" />
        <source>%1, laatst nagekeken %2</source>
        <translation>%1, last checked %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="295" />
        <source>Geen termijnen in de komende weken.</source>
        <translation>No deadlines in the coming weeks.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="296" />
        <source>Geen lopende aanvragen.</source>
        <translation>No open requests.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="297" />
        <source>Alles is het afgelopen jaar nagekeken.</source>
        <translation>Everything was checked in the past year.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="298" />
        <source>Het logboek is nog leeg. Noteer daar elk telefoontje en elke brief.</source>
        <translation>The contact log is still empty. Note every call and letter there.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="315" />
        <source>Bezwaar maken (uiterlijk %1)…</source>
        <translation>Make a bezwaar (by %1)…</translation>
    </message>
    <message>
        <location filename="../../ui/docviewer.py" line="100" />
        <source>Openen in een ander programma</source>
        <extracomment>Larger files go to another program: reading them whole into memory is not worth it.</extracomment>
        <translation>Open in another program</translation>
    </message>
    <message>
        <location filename="../../ui/docviewer.py" line="101" />
        <source>Daarvoor komt er even een onversleutelde kopie op deze computer; die wordt gewist als u het dossier vergrendelt of sluit.</source>
        <translation>This puts an unencrypted copy on this computer for a while; it is wiped when you lock or close the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/checked.py" line="18" />
        <source>Klopt nog ✓</source>
        <translation>Still right ✓</translation>
    </message>
    <message>
        <location filename="../../ui/checked.py" line="19" />
        <source>Alles hierboven is nagekeken en klopt nog: zet 'Laatst nagekeken' op vandaag.</source>
        <translation>Everything above was checked and is still right: set 'Last checked' to today.</translation>
    </message>
    <message>
        <location filename="../../ui/checked.py" line="21" />
        <source>Klopt nog: nagekeken vandaag</source>
        <translation>Still right: checked today</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../ui/search.py" line="51" />
        <source>Zoeken in het dossier</source>
        <extracomment>The sidebar part each kind lives in, in sidebar order.</extracomment>
        <translation>Search the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="54" />
        <source>Typ een woord, naam, kenmerk of datum</source>
        <translation>Type a word, name, reference or date</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="55" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="59" />
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="105" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="115" />
        <source>%1 gevonden. Kies een regel en druk op Enter.</source>
        <translation>%1 found. Choose a line and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="121" />
        <source>Niets gevonden. Probeer een deel van het woord.</source>
        <translation>Nothing found. Try part of the word.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <location filename="../../ui/models/share.py" line="28" />
        <source>Zorgpaspoort</source>
        <translation>Care passport</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="29" />
        <source>Noodkaart</source>
        <translation>Emergency card</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="30" />
        <source>Aanvraagdossier</source>
        <translation>Application file</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="31" />
        <source>Toekomstplan</source>
        <translation>Future plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="32" />
        <source>Dossieroverzicht</source>
        <translation>Dossier overview</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="33" />
        <source>Bezwaarschrift</source>
        <translation>Bezwaar letter</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="34" />
        <source>Pro-forma bezwaar</source>
        <translation>Pro-forma bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="37" />
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="38" />
        <source>Wie ik ben</source>
        <translation>Who I am</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="39" />
        <source>Allergieën</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="40" />
        <source>Als ik een aanval heb</source>
        <translation>When I have a seizure</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="41" />
        <source>Let op</source>
        <translation>Take care</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="42" />
        <source>Mijn medicijnen</source>
        <translation>My medicines</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="43" />
        <source>Eten en drinken</source>
        <translation>Eating and drinking</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="44" />
        <source>Ademhaling</source>
        <translation>Breathing</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="45" />
        <source>Wie je belt</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="46" />
        <source>Zo laat ik merken hoe het met me gaat</source>
        <translation>How I show how I am doing</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="47" />
        <source>Dagelijkse verzorging</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="48" />
        <source>Slapen en liggen</source>
        <translation>Sleeping and lying</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="49" />
        <source>Wat ik fijn vind en wat niet</source>
        <translation>What I like and what I don't</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="50" />
        <source>Zien, horen en voelen</source>
        <translation>Seeing, hearing and feeling</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="51" />
        <source>Diagnoses</source>
        <translation>Diagnoses</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="52" />
        <source>Epilepsie en noodmedicatie</source>
        <translation>Epilepsy and rescue medication</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="53" />
        <source>Medicijnen</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="54" />
        <source>Voeding</source>
        <translation>Feeding</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="55" />
        <source>Wettelijk vertegenwoordiger</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="56" />
        <source>Lijkt op een aanval, maar is het niet</source>
        <translation>Looks like a seizure, but is not</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="57" />
        <source>Eten, drinken en sonde</source>
        <translation>Eating, drinking and tube</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="58" />
        <source>Wie beslist vandaag</source>
        <translation>Who decides today</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="59" />
        <source>Lopende indicaties en besluiten</source>
        <translation>Current entitlements and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="60" />
        <source>Wat ik nodig heb</source>
        <translation>What I need</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="61" />
        <source>De aanvraag en het verloop</source>
        <translation>The request and its course</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="62" />
        <source>Loketten en antwoorden</source>
        <translation>Counters and answers</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="63" />
        <source>Offertes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="64" />
        <source>Besluiten en termijnen</source>
        <translation>Decisions and deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="65" />
        <source>Contactlog</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="66" />
        <source>Bijlagen</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="67" />
        <source>Als het morgen misgaat</source>
        <translation>If it goes wrong tomorrow</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="68" />
        <source>Wie neemt welke zorg over</source>
        <translation>Who takes over which care</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="69" />
        <source>Wat je over mij moet weten</source>
        <translation>What you must know about me</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="70" />
        <source>Juridisch en geld</source>
        <translation>Legal and money</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="71" />
        <source>Wonen, wachtlijsten en logeren</source>
        <translation>Housing, waiting lists and respite stays</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="72" />
        <source>In onze woorden</source>
        <translation>In our words</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="73" />
        <source>Wie je kunt bellen</source>
        <translation>Who you can call</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="74" />
        <source>Wanneer we dit plan nalopen</source>
        <translation>When we review this plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="75" />
        <source>Over mij</source>
        <translation>About me</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="76" />
        <source>Signalen: zo laat ik merken hoe het gaat</source>
        <translation>Signals: how I show how I am doing</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="77" />
        <source>Allergieën en intoleranties</source>
        <translation>Allergies and intolerances</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="78" />
        <source>Epilepsie en noodprotocol</source>
        <translation>Epilepsy and emergency protocol</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="79" />
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="80" />
        <source>Indicaties en besluiten</source>
        <translation>Entitlements and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="81" />
        <source>Hulpmiddelen en aanvragen</source>
        <translation>Aids and requests</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="82" />
        <source>Zorgplannen</source>
        <translation>Care plans</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="83" />
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="89" />
        <source>Pakket voor de copiloot</source>
        <translation>Package for the copilot</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="90" />
        <source>Antwoord van de copiloot</source>
        <translation>Answer from the copilot</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="152" />
        <source>alles wat ingevuld is</source>
        <translation>everything filled in</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="154" />
        <source>zonder: %1</source>
        <translation>without: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="159" />
        <source>geprint</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="161" />
        <source>als PDF bewaard</source>
        <translation>saved as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="186" />
        <source>Erin: %1</source>
        <translation>Included: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/share.py" line="188" />
        <source>Vingerafdruk van het bestand (SHA-256): %1</source>
        <translation>Fingerprint of the file (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../../ui/share_log.py" line="27" />
        <source>Alles wat u met Zorgmap hebt bewaard of geprint, met voor wie het was. Typ bijvoorbeeld 'KDC 2025' om te zien wat het KDC in 2025 kreeg.</source>
        <translation>Everything you saved or printed with Zorgmap, and who it was for. Type for example 'KDC 2025' to see what the day centre (KDC) got in 2025.</translation>
    </message>
    <message>
        <location filename="../../ui/share_log.py" line="36" />
        <source>Zoek op naam, jaar of soort…</source>
        <translation>Search by name, year or type…</translation>
    </message>
    <message>
        <location filename="../../ui/share_log.py" line="37" />
        <source>Zoeken in wat we gedeeld hebben</source>
        <translation>Search what we shared</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="122" />
        <location filename="../../ui/share_log.py" line="53" />
        <source>Wat hebben we gedeeld?</source>
        <translation>What did we share?</translation>
    </message>
    <message>
        <location filename="../../ui/share_log.py" line="61" />
        <source>Er is nog niets gedeeld of geprint met Zorgmap.</source>
        <translation>Nothing has been shared or printed with Zorgmap yet.</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="244" />
        <location filename="../../ui/share_log.py" line="68" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="111" />
        <source>Delen en printen</source>
        <translation>Share and print</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="114" />
        <source>Bewaren als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="121" />
        <source>Maken</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="141" />
        <source>Vaste keuze</source>
        <translation>Saved choice</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="143" />
        <source>Keuze bewaren</source>
        <translation>Save choice</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="145" />
        <source>Bewaar deze keuze onder de naam bij 'Voor wie'</source>
        <translation>Save this choice under the name in 'For whom'</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="148" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="152" />
        <source>Wat wilt u maken</source>
        <translation>What do you want to make</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="157" />
        <source>Voor welke aanvraag of welk besluit</source>
        <translation>For which request or decision</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="163" />
        <source>Over:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="165" />
        <source>bijvoorbeeld Logeerhuis De Vlinder</source>
        <translation>for example Respite house De Vlinder</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="166" />
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="168" />
        <source>BSN erin zetten</source>
        <translation>Include the BSN</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="170" />
        <source>Alleen nodig voor een aanvraag of een arts. Standaard staat hij er niet in.</source>
        <translation>Only needed for an application or a doctor. It is left out unless you choose it.</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="182" />
        <source>Vaste keuze:</source>
        <translation>Saved choice:</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="184" />
        <source>Wat:</source>
        <translation>What:</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="186" />
        <source>Voor wie:</source>
        <translation>For whom:</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="189" />
        <source>Wat gaat erin</source>
        <translation>What goes in</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="191" />
        <source>Haal het vinkje weg bij wat niet mee moet.</source>
        <translation>Untick what should be left out.</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="213" />
        <source>Kies wat erin gaat en klik op Voorbeeld.</source>
        <translation>Choose what goes in and click Preview.</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="216" />
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="217" />
        <source>Stop met het maken van deze PDF</source>
        <translation>Stop making this PDF</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="224" />
        <location filename="../../ui/share.py" line="237" />
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="240" />
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="242" />
        <source>Printen…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/share_presets.py" line="19" />
        <source>(geen vaste keuze)</source>
        <translation>(no saved choice)</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="262" />
        <source>Hulpmiddel: %1</source>
        <translation>Aid: %1</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="269" />
        <source>Besluit: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="340" />
        <source>Er staan nog geen aanvragen of besluiten in het dossier. Voeg ze toe onder Hulpmiddelen of Indicaties en besluiten.</source>
        <translation>The dossier has no requests or decisions yet. Add them under Aids or Entitlements and decisions.</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="348" />
        <source>U hebt de keuze veranderd. Klik op Voorbeeld om te zien hoe het nu wordt.</source>
        <translation>You changed the choice. Click Preview to see what it looks like now.</translation>
    </message>
    <message>
        <location filename="../../ui/share_presets.py" line="79" />
        <source>Vul eerst bij 'Voor wie' in voor wie deze keuze is, bijvoorbeeld 'Logeerhuis'.</source>
        <translation>First fill in under 'For whom' who this choice is for, for example 'Respite house'.</translation>
    </message>
    <message>
        <location filename="../../ui/share_presets.py" line="98" />
        <source>Keuze bewaard als '%1'.</source>
        <translation>Choice saved as '%1'.</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="106" />
        <source>Voorlopig voorbeeld: de eerste pagina's. De rest wordt nog gemaakt (pagina %1)…</source>
        <extracomment>Pages of a long output shown before the rest is made (the overzicht of twenty years).</extracomment>
        <translation>Provisional preview: the first pages. The rest is still being made (page %1)…</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="145" />
        <source>Het maken van de PDF is onverwacht gestopt. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>Making the PDF stopped unexpectedly. Nothing has changed. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="149" />
        <source>De PDF kon niet worden gemaakt door een fout in Zorgmap (%1). Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>The PDF could not be made because of an error in Zorgmap (%1). Nothing has changed. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="152" />
        <source>Er is geen PDF gemaakt.</source>
        <translation>No PDF was made.</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="165" />
        <source>Gestopt. Klik op Voorbeeld om het opnieuw te proberen.</source>
        <translation>Stopped. Click Preview to try again.</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="181" />
        <source>De PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="188" />
        <source>%1, 1 pagina</source>
        <translation>%1, 1 page</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="189" />
        <source>%1, %2 pagina's</source>
        <translation>%1, %2 pages</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="192" />
        <source>voor %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="194" />
        <source>met BSN</source>
        <translation>with BSN</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="196" />
        <source>zonder BSN</source>
        <translation>without BSN</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="250" />
        <source>De PDF kon niet worden bewaard in %1. Kies een andere plek.</source>
        <translation>The PDF could not be saved in %1. Choose another place.</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="256" />
        <source>Bewaard als %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="283" />
        <source>De printer kon niet worden gestart.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../ui/share_output.py" line="286" />
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/missing.py" line="20" />
        <location filename="../../ui/missing.py" line="28" />
        <source>Wat ontbreekt nog?</source>
        <translation>What is still missing?</translation>
    </message>
    <message>
        <location filename="../../ui/missing.py" line="45" />
        <source>Dit mist iemand die uw kind niet kent. Dubbelklik om het aan te vullen.</source>
        <translation>Someone who does not know your child will miss this. Double-click to fill it in.</translation>
    </message>
    <message>
        <location filename="../../ui/missing.py" line="48" />
        <source>Niets: alles wat erin hoort is ingevuld en nagekeken.</source>
        <translation>Nothing: everything that belongs in it is filled in and checked.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../ui/start_page.py" line="93" />
        <source>Welkom bij Zorgmap</source>
        <translation>Welcome to Zorgmap</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="96" />
        <source>Zorgmap bewaart alles over de zorg voor uw kind op één plek: wie uw kind is, besluiten, hulpmiddelen, zorgplannen en documenten. Alles blijft op deze computer en is versleuteld met een wachtwoord dat alleen u kent. Er gaat niets naar internet; u bepaalt zelf wat u deelt of print.</source>
        <translation>Zorgmap keeps everything about your child's care in one place: who your child is, decisions, aids, care plans and documents. Everything stays on this computer, encrypted with a passphrase only you know. Nothing goes to the internet; you decide what you share or print.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="107" />
        <source>Nieuw dossier maken</source>
        <translation>Create a new dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="110" />
        <source>Een bestaand dossier openen…</source>
        <translation>Open an existing dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="113" />
        <source>Een reservekopie terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="116" />
        <source>Rondkijken in het voorbeelddossier</source>
        <translation>Look around in the example dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="128" />
        <source>Het voorbeelddossier gaat over een verzonnen gezin. Alle namen en gegevens zijn bedacht; wat u daar verandert, wordt niet bewaard.</source>
        <translation>The example dossier is about a made-up family. All names and data are invented; what you change there is not kept.</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="25" />
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="28" />
        <source>Kies een wachtwoord dat u goed kunt onthouden en dat niemand kan raden. Vier losse woorden werken goed, bijvoorbeeld: paraplu fiets zomer lepel.</source>
        <translation>Choose a passphrase you can remember well and nobody can guess. Four separate words work well, for example: umbrella bicycle summer spoon.</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="39" />
        <source>Naam van uw kind</source>
        <translation>Your child's name</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="95" />
        <source>Wachtwoord</source>
        <extracomment>Enter in the second field</extracomment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="96" />
        <source>Wachtwoord nog een keer</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="104" />
        <source>Wachtwoord laten zien</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="100" />
        <source>Sterkte van het wachtwoord</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="50" />
        <source>Andere plek…</source>
        <translation>Other place…</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="55" />
        <source>Naam van uw kind:</source>
        <translation>Your child's name:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="112" />
        <source>Wachtwoord:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="114" />
        <source>Nog een keer:</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="57" />
        <source>Bewaren in:</source>
        <translation>Keep in:</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="63" />
        <source>Dossier maken</source>
        <translation>Create dossier</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="90" />
        <source>Vul de naam van uw kind in.</source>
        <translation>Fill in your child's name.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="128" />
        <source>Het wachtwoord is nog niet sterk genoeg.</source>
        <translation>The passphrase is not strong enough yet.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="130" />
        <source>De twee wachtwoorden zijn nog niet gelijk.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="80" />
        <location filename="../../ui/passphrase.py" line="136" />
        <source>Minstens 12 tekens, of vier losse woorden.</source>
        <translation>At least 12 characters, or four separate words.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="81" />
        <location filename="../../ui/passphrase.py" line="141" />
        <source>✓ Sterk genoeg.</source>
        <translation>✓ Strong enough.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="102" />
        <location filename="../../ui/passphrase.py" line="144" />
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="103" />
        <location filename="../../ui/passphrase.py" line="147" />
        <source>✓ Gelijk.</source>
        <translation>✓ The same.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="141" />
        <source>Uw noodsleutel</source>
        <translation>Your recovery code (Noodsleutel)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="144" />
        <source>Dit is de noodsleutel van het dossier. Als u het wachtwoord vergeet, of als iemand anders de zorg van u overneemt, opent deze code het dossier. Zonder wachtwoord en zonder noodsleutel kan niemand erbij, ook wij niet.</source>
        <translation>This is the dossier's recovery code. If you forget the passphrase, or someone else takes over the care, this code opens the dossier. Without passphrase and without recovery code nobody can get in, not even us.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="127" />
        <source>Noodsleutel</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="90" />
        <location filename="../../ui/recovery_sheet.py" line="156" />
        <source>Printen…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery.py" line="92" />
        <location filename="../../ui/recovery_sheet.py" line="158" />
        <source>Bewaren als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="165" />
        <source>Ik heb de noodsleutel geprint of opgeschreven en op een veilige plek bewaard.</source>
        <translation>I have printed or written down the recovery code and kept it in a safe place.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="174" />
        <source>Onthoud de sleutel op deze computer, zodat ik niet steeds mijn wachtwoord hoef te typen</source>
        <translation>Remember the key on this computer, so I need not type my passphrase every time</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="186" />
        <source>Naar het dossier</source>
        <translation>Go to the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="206" />
        <source>De sleutel komt dan in de sleutelbos van uw computer. Iedereen die op uw account kan inloggen, kan het dossier dan openen.</source>
        <translation>The key then goes into your computer's keychain. Anyone who can log in to your account can then open the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="214" />
        <source>Deze computer heeft geen sleutelbos die Zorgmap kan gebruiken. U opent het dossier daarom steeds met uw wachtwoord. Dat is even veilig.</source>
        <translation>This computer has no keychain Zorgmap can use. So you open the dossier with your passphrase each time. That is just as safe.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="31" />
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="33" />
        <source>Kies het dossier en typ uw wachtwoord. Een noodsleutel werkt ook.</source>
        <translation>Choose the dossier and type your passphrase. A recovery code works too.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="38" />
        <source>Recente dossiers</source>
        <translation>Recent dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="41" />
        <source>Recente dossiers:</source>
        <translation>Recent dossiers:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="43" />
        <location filename="../../ui/unlock.py" line="43" />
        <location filename="../../ui/unlock.py" line="44" />
        <source>Wachtwoord of noodsleutel</source>
        <translation>Passphrase or recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="49" />
        <source>Ander dossier of nieuw…</source>
        <translation>Other or new dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="52" />
        <source>Openen met de sleutelbos</source>
        <translation>Open with the keychain</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="55" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="119" />
        <source>Het dossier wordt geopend…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="23" />
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="26" />
        <source>Een reservekopie wordt teruggezet als een nieuw dossier. Er wordt niets overschreven. U hebt het wachtwoord of de noodsleutel nodig van toen de reservekopie werd gemaakt.</source>
        <translation>A backup is restored as a new dossier. Nothing is overwritten. You need the passphrase or recovery code from when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="37" />
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="38" />
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="45" />
        <source>Nieuw dossier in</source>
        <translation>New dossier in</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="46" />
        <source>Reservekopie:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="47" />
        <source>Wachtwoord of noodsleutel:</source>
        <translation>Passphrase or recovery code:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="48" />
        <source>Nieuw dossier in:</source>
        <translation>New dossier in:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="53" />
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="74" />
        <source>Vul alle drie de velden in.</source>
        <translation>Fill in all three fields.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../ui/team_add_person.py" line="29" />
        <source>ouder (mag alles lezen en veranderen)</source>
        <translation>parent (may read and change everything)</translation>
    </message>
    <message>
        <location filename="../../ui/team_add_person.py" line="30" />
        <source>lezer (mag alles lezen, niets veranderen)</source>
        <translation>reader (may read everything, change nothing)</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="20" />
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="20" />
        <source>lezer</source>
        <translation>reader</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="25" />
        <source>nog niets</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <location filename="../../ui/team_sync.py" line="85" />
        <source>U bent lezer in dit gedeelde dossier: wat u hier verandert, wordt niet gedeeld.</source>
        <translation>You are a reader in this shared dossier: what you change here is not shared.</translation>
    </message>
    <message>
        <location filename="../../ui/team_sync.py" line="90" />
        <source>U bent uit dit gedeelde dossier verwijderd: wat u hier verandert, wordt niet meer gedeeld.</source>
        <translation>You were removed from this shared dossier: what you change here is no longer shared.</translation>
    </message>
    <message>
        <location filename="../../ui/team_sync.py" line="95" />
        <source>Kijk even na: 1 veld is tegelijk gewijzigd (zie Delen met het gezin).</source>
        <translation>Please check: 1 field was changed at the same time (see Share with the family).</translation>
    </message>
    <message>
        <location filename="../../ui/team_sync.py" line="97" />
        <source>Kijk even na: %1 velden zijn tegelijk gewijzigd (zie Delen met het gezin).</source>
        <translation>Please check: %1 fields were changed at the same time (see Share with the family).</translation>
    </message>
    <message>
        <location filename="../../ui/team_sync.py" line="102" />
        <source>Bijgewerkt vanuit de gedeelde map: %1 onderdelen.</source>
        <translation>Updated from the shared folder: %1 items.</translation>
    </message>
    <message>
        <location filename="../../ui/team_sync.py" line="119" />
        <source>Bijwerken vanuit de gedeelde map lukte niet: %1</source>
        <translation>Updating from the shared folder failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="34" />
        <location filename="../../ui/team_add_person.py" line="62" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="34" />
        <location filename="../../ui/team_add_person.py" line="66" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="35" />
        <source>Laatst actief</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="36" />
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="63" />
        <source> (u)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../../ui/models/team.py" line="64" />
        <source> (verwijderd)</source>
        <translation> (removed)</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="60" />
        <source>Delen met het gezin</source>
        <translation>Share with the family</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="64" />
        <source>Kies de gedeelde map (bijvoorbeeld in Syncthing, Nextcloud of OneDrive)</source>
        <translation>Choose the shared folder (for example in Syncthing, Nextcloud or OneDrive)</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="96" />
        <source>Met delen houdt u samen één dossier bij, ieder op de eigen computer. Kies een map die uw gezin al deelt (Syncthing, Nextcloud, OneDrive, Dropbox of een USB-stick). Daar komen alleen versleutelde bestanden; het dossier zelf blijft op deze computer.</source>
        <translation>Sharing lets you keep one dossier together, each on their own computer. Choose a folder your family already shares (Syncthing, Nextcloud, OneDrive, Dropbox or a USB stick). Only encrypted files go there; the dossier itself stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="110" />
        <source>Uw naam (zoals anderen die zien)</source>
        <translation>Your name (as others see it)</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="111" />
        <source>Wachtwoord van uw identiteit</source>
        <translation>Passphrase of your identity</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="112" />
        <source>Kies een wachtwoord voor uw identiteit</source>
        <translation>Choose a passphrase for your identity</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="119" />
        <location filename="../../ui/team_join.py" line="72" />
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="124" />
        <location filename="../../ui/team_join.py" line="77" />
        <source>Gedeelde map</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="125" />
        <source>Delen</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="143" />
        <location filename="../../ui/team_join.py" line="123" />
        <source>Kies eerst de gedeelde map.</source>
        <translation>First choose the shared folder.</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="149" />
        <source>Vul uw naam in, bijvoorbeeld Mama.</source>
        <translation>Fill in your name, for example Mum.</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="171" />
        <source>Gedeeld via %1.</source>
        <translation>Shared through %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="172" />
        <source>Uw vingerafdruk: %1</source>
        <translation>Your fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="184" />
        <source>Iemand toevoegen…</source>
        <translation>Add someone…</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="185" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="186" />
        <source>Nu bijwerken</source>
        <translation>Update now</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="187" />
        <source>Mijn code kopiëren</source>
        <translation>Copy my code</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="196" />
        <source>Kijk even na (tegelijk gewijzigd):</source>
        <translation>Please check (changed at the same time):</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="233" />
        <source>Laatst bijgewerkt om %1.</source>
        <translation>Last updated at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="239" />
        <source>Niet overgenomen: %1 bestanden (%2).</source>
        <translation>Not taken in: %1 files (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="243" />
        <source>U bent uit dit gedeelde dossier verwijderd.</source>
        <translation>You have been removed from this shared dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="271" />
        <source>Kies eerst iemand in de lijst.</source>
        <translation>First choose someone in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="274" />
        <source>Iemand verwijderen</source>
        <translation>Remove someone</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="274" />
        <source>%1 verwijderen uit het gedeelde dossier? Nieuwe wijzigingen worden dan niet meer voor %1 versleuteld en wat %1 daarna verandert, wordt geweigerd.

Wat %1 al gezien heeft (ook een eigen kopie van het dossier) kan niet worden teruggenomen.</source>
        <translation>Remove %1 from the shared dossier? New changes will no longer be encrypted for %1, and what %1 changes after that is refused.

What %1 has already seen (including their own copy of the dossier) cannot be taken back.</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="278" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/team_add_person.py" line="43" />
        <source>Iemand toevoegen</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <location filename="../../ui/team_add_person.py" line="46" />
        <source>Vraag de ander om de code (zorgmap identity show, of 'Mijn code kopiëren') en plak die hier.</source>
        <translation>Ask the other person for their code (zorgmap identity show, or 'Copy my code') and paste it here.</translation>
    </message>
    <message>
        <location filename="../../ui/team_add_person.py" line="56" />
        <source>Wij hebben de vingerafdruk samen vergeleken: die is gelijk</source>
        <translation>We compared the fingerprint together: it is the same</translation>
    </message>
    <message>
        <location filename="../../ui/team_add_person.py" line="68" />
        <source>Wie u toevoegt, kan daarna alles lezen wat in het dossier staat, ook wat er al in stond. Dat kan niet worden teruggedraaid.</source>
        <translation>Whoever you add can then read everything in the dossier, including what was already in it. That cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/team_add_person.py" line="75" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/team_add_person.py" line="77" />
        <location filename="../../ui/team_join.py" line="89" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/team_add_person.py" line="96" />
        <source>Vingerafdruk: %1
Lees die samen hardop voor, of leg de schermen naast elkaar.</source>
        <translation>Fingerprint: %1
Read it out loud together, or put the screens side by side.</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="36" />
        <source>Een gedeeld dossier openen</source>
        <translation>Open a shared dossier</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="41" />
        <source>Kies de gedeelde map</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="46" />
        <location filename="../../ui/team_join.py" line="65" />
        <source>Uw wachtwoord (ook voor het nieuwe dossier)</source>
        <translation>Your passphrase (also for the new dossier)</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="55" />
        <source>Een ouder moet u eerst toevoegen met uw code (hieronder). Vergelijk samen de vingerafdruk: %1. Kies daarna de gedeelde map.</source>
        <translation>A parent must first add you with your code (below). Compare the fingerprint together: %1. Then choose the shared folder.</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="60" />
        <source>Maak eerst uw identiteit: uw naam en een wachtwoord. U krijgt dan een code; stuur die aan een ouder, die u toevoegt.</source>
        <translation>First make your identity: your name and a passphrase. You then get a code; send it to a parent, who adds you.</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="64" />
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="67" />
        <source>Uw code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="79" />
        <source>Nieuw dossier op deze computer</source>
        <translation>New dossier on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="85" />
        <source>Identiteit maken</source>
        <translation>Make identity</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="86" />
        <location filename="../../ui/team_join.py" line="116" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="110" />
        <source>Vul uw naam in.</source>
        <translation>Fill in your name.</translation>
    </message>
    <message>
        <location filename="../../ui/team_join.py" line="117" />
        <source>Uw identiteit is gemaakt. Stuur de code aan een ouder en vergelijk samen de vingerafdruk: %1. Als u bent toegevoegd, kiest u de map en 'Openen'.</source>
        <translation>Your identity has been made. Send the code to a parent and compare the fingerprint together: %1. Once you have been added, choose the folder and 'Open'.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="22" />
        <source>Delen met het gezin…</source>
        <translation>Share with the family…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="23" />
        <source>Het dossier samen bijhouden, ieder op de eigen computer</source>
        <translation>Keep the dossier together, each on their own computer</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="82" />
        <source>Een gedeeld dossier openen…</source>
        <translation>Open a shared dossier…</translation>
    </message>
</context>
</TS>