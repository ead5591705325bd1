"""English for every Dutch source string; fill_ts() writes them into zorgmap_en.ts.

Run: .venv/bin/python resources/translations/english.py, then pyside6-lrelease.
Care terms that are legal names (Wlz, Wmo, pgb, CIZ, zorgkantoor, bezwaar) stay Dutch on
purpose: they are what the letters say.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    # Columns / fields / common
    "Naam": "Name", "Soort": "Type", "Grootte": "Size", "Toegevoegd": "Added",
    "Hoort bij": "Belongs to", "Wat u ziet of hoort": "What you see or hear",
    "Wat het betekent": "What it means", "Medicijn": "Medicine", "Dosis": "Dose",
    "Tijden": "Times", "Gestopt": "Stopped", "Noodmedicatie": "Rescue medication",
    "Stof": "Substance", "Reactie": "Reaction", "Ernst": "Severity", "Let op": "Take care",
    "Uitleg": "Details", "Aanvraag": "Request", "Fase": "Stage", "Sinds": "Since",
    "Zorgaanbieder": "Care provider", "Plan": "Plan", "Geldig tot": "Valid until",
    "Volgende bespreking": "Next review meeting", "Wet": "Law", "Waarover": "Subject",
    "Status": "Status", "Besluitdatum": "Decision date", "Bezwaar kan tot": "Bezwaar until",
    "Datum": "Date", "Hoe": "How", "Met wie": "With whom", "Wat is er gezegd": "What was said",
    "Actie": "Action", "Rol": "Role", "Organisatie": "Organisation", "Telefoon": "Phone",
    "Wettelijk vertegenwoordiger": "Legal representative", "Noodcontact": "Emergency contact",
    "Bewaren": "Save", "Annuleren": "Cancel", "Ja": "Yes", "Terug": "Back", "ja": "yes",
    "dd-mm-jjjj": "dd-mm-yyyy",
    "Kies een datum tussen 1900 en 2150.": "Choose a date between 1900 and 2150.",
    "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 03-02-2026.":
        "Write the date as dd-mm-yyyy, for example 03-02-2026.",
    "Deze datum bestaat niet. Schrijf hem als dd-mm-jjjj.":
        "This date does not exist. Write it as dd-mm-yyyy.",
    "PDF": "PDF", "Afbeelding": "Image", "Tekst": "Text", "Ander bestand": "Other file",
    "Geboortedatum": "Date of birth", "Diagnoses (één per regel)": "Diagnoses (one per line)",
    "Wie ik ben": "Who I am",
    "Een paar zinnen voor iemand die mij nog niet kent.":
        "A few sentences for someone who does not know me yet.",
    "Hier word ik blij van": "What makes me happy", "Hier houd ik niet van": "What I dislike",
    "Zien, horen, voelen": "Seeing, hearing, feeling", "Dagelijkse zorg": "Daily care",
    "Mijn dag": "My day", "Slapen": "Sleep", "Liggen, zitten en verplaatsen":
        "Lying, sitting and moving", "Verzorging": "Personal care", "BSN": "BSN (citizen number)",
    "Alleen nodig voor aanvragen. 9 cijfers.": "Only needed for applications. 9 digits.",
    "Laatst nagekeken": "Last checked", "Wat u dan doet": "What you do then",
    "Waaraan te zien": "How you can tell",
    "Geluid, gezicht, spierspanning, ademhaling, beweging…":
        "Sound, face, muscle tone, breathing, movement…",
    "Hoe toe te dienen": "How to give it", "Tijden (uu:mm, één per regel)":
        "Times (hh:mm, one per line)", "Waarvoor": "What for",
    "Voorgeschreven door": "Prescribed by", "Begonnen op": "Started on",
    "Gestopt op": "Stopped on", "Notities": "Notes",
    "Intolerantie (geen allergie)": "Intolerance (not an allergy)",
    "Soorten aanvallen": "Types of seizure", "Hoe het eruitziet": "What it looks like",
    "Hoe lang": "How long", "Wat te doen": "What to do",
    "Soort aanval toevoegen": "Add a type of seizure",
    "Wanneer noodmedicatie geven": "When to give rescue medication",
    "Wanneer 112 bellen": "When to call 112", "Na de aanval": "After the seizure",
    "Eten en drinken": "Eating and drinking", "Voeding": "Feeding", "Schema": "Schedule",
    "Pompsnelheid": "Pump rate", "Slikken: waar op te letten": "Swallowing: what to watch",
    "Drinken": "Drinking", "Ademhaling": "Breathing", "Zuurstof": "Oxygen",
    "Uitzuigen": "Suction", "Wat is er nodig": "What is needed", "Waarom": "Why",
    "Loketten": "Counters tried", "Loket": "Counter", "Antwoord": "Answer",
    "Loket toevoegen": "Add a counter",
    "Welk loket u probeerde en wat ze zeiden.": "Which counter you tried and what they said.",
    "Naam van het plan": "Name of the plan", "Geldig vanaf": "Valid from", "Doelen": "Goals",
    "Doel": "Goal", "Stand": "Progress", "Doel toevoegen": "Add a goal",
    "Afspraken": "Agreements", "Wat": "What", "Wie": "Who", "Wanneer": "When",
    "Afspraak toevoegen": "Add an agreement", "Besprekingen": "Review meetings",
    "Gepland op": "Planned for", "Gehouden op": "Held on", "Uitkomst": "Outcome",
    "Bespreking toevoegen": "Add a meeting",
    "Voor de volgende bespreking": "For the next meeting",
    "Wat wilt u vragen of veranderen? Schrijf het op als het in u opkomt.":
        "What do you want to ask or change? Write it down when it comes to mind.",
    "Wie besliste": "Who decided", "Soort besluit": "Type of decision",
    "Kenmerk of besluitnummer": "Reference or decision number",
    "Datum van het besluit": "Date of the decision", "Zorgprofiel": "Zorgprofiel (care profile)",
    "Leveringsvorm": "Form of delivery", "Bezwaar ingediend op": "Bezwaar (objection) filed on",
    "Beslissing op bezwaar verwacht": "Decision on the bezwaar expected",
    "Over het bezwaar": "About the bezwaar", "Noodplan": "Emergency plan",
    "Als u morgen uitvalt, moet iemand direct weten wat te doen. Dit is het belangrijkste deel: "
    "begin hier.": "If you drop out tomorrow, someone must know at once what to do. This is the "
                   "most important part: start here.",
    "Wie komt er dan": "Who comes then", "Wie moet gebeld worden": "Who must be called",
    "Waar kan ons kind terecht": "Where can our child stay", "De eerste 24 uur":
        "The first 24 hours", "Wie neemt welke zorg over": "Who takes over which care",
    "Zorg is veel losse taken. Per taak één iemand, en iemand als reserve. Zo hoeft niemand "
    "alles tegelijk over te nemen.": "Care is many separate tasks. One person per task, and "
                                     "someone as a backup. Then nobody has to take over "
                                     "everything at once.",
    "Zorgtaken": "Care tasks", "Taak": "Task", "Wie neemt het over": "Who takes over",
    "Reserve": "Backup", "Wat moet die weten": "What they must know",
    "Taak toevoegen": "Add a task", "Juridisch en geld": "Legal and money",
    "Vanaf 18 jaar beslist u niet meer vanzelf mee. Mentorschap, curatele of bewind regelt wie "
    "dan mag beslissen over zorg en geld.": "From 18 you no longer decide along automatically. "
                                            "Mentorship, guardianship or administration "
                                            "settles who may decide about care and money.",
    "Mentorschap, curatele, bewind": "Mentorship, guardianship, administration",
    "Testament": "Will", "Wie beheert het pgb": "Who manages the pgb",
    "Verder over geld en regelingen": "More on money and arrangements", "Wonen": "Housing",
    "Een goede woonplek heeft vaak een lange wachtlijst. Logeren en deeltijd wonen helpen ons "
    "kind en u om er stap voor stap aan te wennen.": "A good place to live often has a long "
                                                    "waiting list. Respite stays and part-time "
                                                    "living help your child and you get used "
                                                    "to it step by step.",
    "Wensen voor later wonen": "Wishes for living later", "Wachtlijsten": "Waiting lists",
    "Waar": "Where", "Ingeschreven op": "Registered on", "Wachtlijst toevoegen":
        "Add a waiting list", "Logeren en deeltijd wonen": "Respite and part-time living",
    "In onze woorden": "In our words",
    "Wat alleen u weet: hoe ons kind troost vindt, wat pijn doet, wat een goede dag is. "
    "Schrijf het op zoals u het zou vertellen.": "What only you know: how your child finds "
                                                 "comfort, what hurts, what a good day is. "
                                                 "Write it as you would tell it.",
    "Wat iedereen moet weten": "What everyone must know", "Nalopen": "Review",
    "Loop het plan elk jaar na, en bij grote veranderingen: 18 jaar, verhuizen, ziekte.":
        "Review the plan every year, and at big changes: turning 18, moving, illness.",
    "Volgende keer nalopen op": "Next review on",
    "Wat moet er nog gebeuren": "What still needs doing", "Voor wanneer": "By when",
    "Gedaan": "Done", "E-mail": "Email", "Adres": "Address",
    "Bellen in een noodgeval": "Call in an emergency",
    "Volgorde bij nood (1 = eerst)": "Order in an emergency (1 = first)",
    "Soort vertegenwoordiging": "Kind of representation",
    "Mentorschap, curatele of bewind": "Mentorship, guardianship or administration",
    "Vertegenwoordiger sinds": "Representative since", "Vertegenwoordiger tot":
        "Representative until",
    # Forms
    "Opslagstatus": "Save status", "Ongedaan maken": "Undo",
    "Zet de vorige versie terug (Ctrl+Z)": "Bring back the previous version (Ctrl+Z)",
    "Opgeslagen": "Saved", "Wijziging wordt opgeslagen…": "Saving your change…",
    "Niet opgeslagen: ": "Not saved: ", "Opgeslagen om %1": "Saved at %1",
    "Niet opgeslagen: kijk naar het veld met de melding.":
        "Not saved: look at the field with the message.",
    "Vorige versie teruggezet en opgeslagen": "Previous version restored and saved",
    "Regel weghalen": "Remove line",
    # Keys
    "Te kort. Gebruik minstens 12 tekens, of vier losse woorden.":
        "Too short. Use at least 12 characters, or four separate words.",
    "Er zitten te veel dezelfde tekens in. Kies iets met meer afwisseling.":
        "Too many repeated characters. Choose something more varied.",
    "Er staat een naam in die iedereen kan raden. Kies woorden die niets met uw kind of "
    "gezin te maken hebben.":
        "It contains a name anyone can guess. Choose words that have nothing to do with your "
        "child or family.",
    "Dit wachtwoord is te makkelijk te raden (een bekend woord, een jaartal of getallen). "
    "Kies vier woorden die niemand verwacht.":
        "This passphrase is too easy to guess (a well-known word, a year or numbers). Choose "
        "four words nobody expects.",
    "Niet alles is opgeslagen": "Not everything was saved",
    "Dit is niet bewaard: %1. De rest wordt wel opgeslagen.":
        "This was not saved: %1. Everything else is being saved.",
    "Dit is het voorbeeld uit Zorgmap zelf: dat kent iedereen. Kies vier andere woorden.":
        "This is Zorgmap's own example: everyone knows it. Choose four other words.",
    "Deze datum bestaat niet: die maand heeft %1 dagen.":
        "This date does not exist: that month has %1 days.",
    "Deze datum bestaat niet: een maand is 1 tot en met 12.":
        "This date does not exist: a month is 1 to 12.",
    "Zoeken in deze lijst": "Search this list",
    "Openen in een ander programma": "Open in another program",
    "Daarvoor komt er even een onversleutelde kopie op deze computer; die wordt gewist als u "
    "het dossier vergrendelt of sluit.":
        "This puts an unencrypted copy on this computer for a while; it is wiped when you lock "
        "or close the dossier.",
    "Alleen cijfers is te makkelijk te raden. Gebruik ook woorden of letters.":
        "Only digits is too easy to guess. Use words or letters too.",
    # Labels
    "Pijn": "Pain", "Ongemak": "Discomfort", "Tevreden": "Content", "Moe": "Tired",
    "Anders": "Other", "Via de mond": "By mouth", "Via de sonde": "By tube",
    "Via mond en sonde": "By mouth and tube", "Aangevraagd": "Applied for",
    "Toegekend": "Granted", "Deels toegekend": "Partly granted", "Afgewezen": "Rejected",
    "Verlopen": "Expired", "Ingetrokken": "Withdrawn", "Gegrond": "Upheld",
    "Deels gegrond": "Partly upheld", "Ongegrond": "Dismissed", "Wens/behoefte": "Need/idea",
    "Voorbereiden": "Preparing", "Ingediend": "Submitted", "Beoordeling": "Assessment",
    "Besluit": "Decision", "Bezwaar": "Bezwaar (objection)", "Besteld": "Ordered",
    "Geleverd": "Delivered", "In gebruik": "In use", "Reparatie/vervanging":
        "Repair/replacement", "Nog niet begonnen": "Not started", "Mee bezig": "Working on it",
    "Behaald": "Reached", "Brief": "Letter", "Gesprek": "Meeting", "Portaal": "Portal",
    "Over mij": "About me", "Signaal": "Signal", "Allergie": "Allergy",
    "Epilepsie": "Epilepsy", "Netwerk": "Network", "Indicatie of besluit":
        "Entitlement or decision", "Hulpmiddel-aanvraag": "Aid request", "Zorgplan": "Care plan",
    "Toekomstplan": "Future plan", "Contactlog": "Contact log",
    "Datum om het plan na te lopen": "Date to review the plan",
    # Main
    "Er ging iets mis dat we niet hadden verwacht. Kijk of uw laatste wijziging er nog staat; "
    "de status bij het formulier zegt of die is opgeslagen.":
        "Something went wrong that we did not expect. Check that your last change is still "
        "there; the status beside the form says whether it was saved.",
    # The one writer (ui/writes.py): what was not saved, and why
    "Niet opgeslagen": "Not saved",
    "Niet opgeslagen (%1): ": "Not saved (%1): ",
    "Niet verwijderd: ": "Not deleted: ",
    "er ging iets mis dat we niet hadden verwacht": "something went wrong that we did not expect",
    "Een verslag zonder gegevens uit het dossier staat in %1.":
        "A report without any dossier data is in %1.",
    "Sorry": "Sorry", "Onderdelen van het dossier": "Parts of the dossier",
    "Voorbeelddossier: alle namen en gegevens zijn verzonnen. Wat u verandert, wordt na het "
    "sluiten weggegooid.": "Example dossier: all names and data are made up. What you change "
                           "is thrown away when you close it.",
    "Alleen lezen: dit dossier is al open in een ander venster. Wijzigingen worden niet "
    "bewaard.": "Read only: this dossier is already open in another window. Changes are not "
                "saved.",
    "Over %1": "About %1", "Instellingen": "Settings", " minuten": " minutes",
    "Automatisch vergrendelen na": "Lock automatically after",
    "Onthoud de sleutel op deze computer": "Remember the key on this computer",
    "Deze computer heeft geen sleutelbos. U opent het dossier steeds met uw wachtwoord.":
        "This computer has no keychain. You open the dossier with your passphrase each time.",
    "Automatisch vergrendelen na:": "Lock automatically after:",
    "Kies de dossiermap (eindigt op .zorgmap)": "Choose the dossier folder (ends in .zorgmap)",
    "Kies een reservekopie": "Choose a backup",
    "Zorgmap-reservekopie (*.zmbak)": "Zorgmap backup (*.zmbak)",
    "Reservekopie bewaren": "Save backup", "Noodsleutel bewaren als PDF":
        "Save the recovery code as PDF", "Waar wilt u het dossier bewaren?":
        "Where do you want to keep the dossier?", "Werkbalk": "Toolbar",
    "Wie en vergrendelen": "Who and lock", "Zoeken": "Search",
    "Zoeken in het hele dossier (Ctrl+F)": "Search the whole dossier (Ctrl+F)",
    "Reservekopie maken…": "Make a backup…", "Instellingen…": "Settings…",
    "Vergrendelen": "Lock", "Vergrendel het dossier (Ctrl+L)": "Lock the dossier (Ctrl+L)",
    "Dat lukte niet": "That did not work",
    "In deze map staat geen Zorgmap-dossier.": "This folder holds no Zorgmap dossier.",
    "De sleutelbos heeft geen sleutel voor dit dossier. Typ uw wachtwoord.":
        "The keychain has no key for this dossier. Type your passphrase.",
    "Zorgmap — voorbeelddossier (verzonnen)": "Zorgmap — example dossier (made up)",
    "Het dossier wordt gemaakt…": "Creating the dossier…", "Sleutelbos": "Keychain",
    "Sleutelbestand": "Key file",
    "De sleutel kon niet in de sleutelbos worden bewaard. U opent het dossier met uw "
    "wachtwoord.": "The key could not be stored in the keychain. You open the dossier with "
                   "your passphrase.",
    "Bewaard": "Saved",
    "De noodsleutel is bewaard als %1. Print hem en verwijder daarna het bestand, of bewaar het "
    "op een USB-stick op een veilige plek.": "The recovery code is saved as %1. Print it and "
                                             "then delete the file, or keep it on a USB stick "
                                             "in a safe place.",
    "Het voorbeelddossier wordt klaargezet…": "Preparing the example dossier…",
    "De reservekopie is teruggezet. Open het dossier met hetzelfde wachtwoord of dezelfde "
    "noodsleutel.": "The backup has been restored. Open the dossier with the same passphrase "
                    "or recovery code.",
    "De reservekopie wordt teruggezet…": "Restoring the backup…",
    "De reservekopie wordt gemaakt…": "Making the backup…",
    "Reservekopie gemaakt": "Backup made",
    "De reservekopie staat in %1. Bewaar hem ook op een USB-stick of een andere schijf.":
        "The backup is in %1. Keep a copy on a USB stick or another disk too.",
    "Het dossier is vergrendeld.": "The dossier is locked.",
    "Stoppen": "Stop", "Even geduld": "One moment",
    # Parts
    "Overzicht": "Overview", "Indicaties en besluiten": "Entitlements and decisions",
    "Hulpmiddelen": "Aids", "Zorgplannen": "Care plans", "Wat als…": "What if…",
    "Documenten": "Documents", "Logboek": "Contact log",
    # Screens
    "Signalen": "Signals", "Nieuw signaal": "New signal", "Medicijnen": "Medicines",
    "Nieuw medicijn": "New medicine", "Allergieën": "Allergies",
    "Nieuwe allergie": "New allergy", "Nieuw aandachtspunt": "New point of attention",
    "Over": "About", "Foto kiezen": "Choose a photo",
    "Afbeeldingen (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)", "Foto": "Photo",
    "Foto kiezen…": "Choose photo…", "Profiel en dagelijkse zorg": "Profile and daily care",
    "Voeding en ademhaling": "Feeding and breathing",
    "Wie ik ben, hoe ik laat merken wat ik voel, en wat iedereen moet weten over mijn zorg.":
        "Who I am, how I show what I feel, and what everyone must know about my care.",
    "Nog geen foto": "No photo yet", "De foto wordt bewaard…": "Saving the photo…",
    "Naar een volgende fase": "Move to another stage",
    "Bijvoorbeeld: aanvraag per post verstuurd, ontvangstbevestiging gekregen.":
        "For example: application sent by post, got an acknowledgement.",
    "Wat is er gebeurd?": "What happened?", "Aanvraag:": "Request:",
    "Nieuwe fase:": "New stage:", "Datum:": "Date:", "Vastleggen": "Record",
    "Vul een datum in.": "Fill in a date.",
    "Aanvragen voor hulpmiddelen, woningaanpassing en vervoer, met de fase waarin ze zijn. Zet "
    "een aanvraag door naar de volgende fase zodra er iets gebeurt.":
        "Requests for aids, home adaptations and transport, with the stage they are in. Move "
        "a request to the next stage as soon as something happens.",
    "Nieuwe aanvraag": "New request", "Alle fasen": "All stages",
    "Lopend (nog niet in gebruik)": "Open (not in use yet)", "Filter op fase":
        "Filter by stage", "Fase:": "Stage:", "Andere fase…": "Other stage…",
    "Geschiedenis van de fasen": "History of the stages",
    "Kies links een aanvraag.": "Choose a request on the left.", "Nu: %1": "Now: %1",
    " (sinds %1)": " (since %1)", "Naar „%1”…": "To “%1”…",
    "„%1” is verwijderd. <a href='undo'>Ongedaan maken</a>":
        "“%1” was deleted. <a href='undo'>Undo</a>",
    "Verwijderen…": "Delete…", "Verwijderen": "Delete",
    "„%1” verwijderen? U kunt dit daarna nog ongedaan maken.":
        "Delete “%1”? You can still undo this afterwards.",
    "Het zorgplan van elke zorgaanbieder: doelen, afspraken en wanneer het plan besproken "
    "wordt. Schrijf hier ook op wat u de volgende keer wilt bespreken.":
        "The care plan of each provider: goals, agreements and when the plan is reviewed. "
        "Also note here what you want to discuss next time.",
    "Nieuw zorgplan": "New care plan",
    "Alle besluiten van CIZ, zorgkantoor, gemeente en zorgverzekeraar. Sleep de brief op dit "
    "scherm om hem bij het besluit te bewaren.":
        "All decisions of the CIZ, zorgkantoor, municipality and health insurer. Drag the "
        "letter onto this screen to keep it with the decision.",
    "Nieuw besluit": "New decision", "Brief kiezen": "Choose the letter",
    "Alle wetten": "All laws", "Filter op wet": "Filter by law",
    "Alle statussen": "All statuses", "Filter op status": "Filter by status", "Wet:": "Law:",
    "Status:": "Status:", "Brieven en documenten bij dit besluit:":
        "Letters and documents with this decision:",
    "Documenten bij dit besluit": "Documents with this decision",
    "Brief toevoegen…": "Add letter…", "of sleep een bestand hierheen": "or drag a file here",
    "De brief wordt versleuteld bewaard…": "Storing the letter encrypted…",
    "Documenten toevoegen": "Add documents", "Bewaar een kopie": "Save a copy",
    "Zoeken op naam": "Search by name", "Alle soorten": "All types",
    "Filter op soort": "Filter by type", "Bij alles": "Belonging to anything",
    "Nergens bij": "Belonging to nothing", "Filter op waar het bij hoort":
        "Filter by what it belongs to", "Openen": "Open", "Kopie bewaren…": "Save a copy…",
    "Toevoegen…": "Add…",
    "Brieven, besluiten, offertes en foto's, versleuteld in het dossier. Openen maakt een "
    "tijdelijke kopie die weer wordt gewist.": "Letters, decisions, quotes and photos, "
                                               "encrypted in the dossier. Opening makes a "
                                               "temporary copy that is wiped again.",
    "%1 documenten, samen %2.": "%1 documents, %2 in total.",
    "Geopend. De tijdelijke kopie wordt gewist als u het dossier vergrendelt of sluit.":
        "Opened. The temporary copy is wiped when you lock or close the dossier.",
    "Kopie wordt bewaard…": "Saving the copy…",
    "Kopie bewaard in %1 (niet versleuteld).": "Copy saved in %1 (not encrypted).",
    "Toegevoegd en versleuteld bewaard.": "Added and stored encrypted.",
    "Documenten worden versleuteld bewaard…": "Storing the documents encrypted…",
    "„%1” verwijderen? Een document kan niet worden teruggehaald.":
        "Delete “%1”? A document cannot be brought back.",
    "Het hoort bij: %1.": "It belongs to: %1.", "Document verwijderen": "Delete document",
    "Delen van het plan": "Parts of the plan", "%v van %m delen ingevuld":
        "%v of %m parts filled in", "Hoe compleet het plan is": "How complete the plan is",
    "Vandaag nagelopen": "Reviewed today",
    "Zet de datum van nalopen op vandaag": "Set the review date to today",
    "Wat als ik het niet meer kan?": "What if I can no longer do it?",
    "Niemand kent uw kind zoals u. Dit plan helpt wie het van u overneemt, als u ziek wordt, "
    "even niet kunt of er niet meer bent. Vul in wat u kunt; het hoeft niet in één keer.":
        "Nobody knows your child like you do. This plan helps whoever takes over from you "
        "when you fall ill, cannot for a while, or are no longer here. Fill in what you can; "
        "it need not be done in one go.",
    "Laatst nagelopen: %1": "Last reviewed: %1", "Nog niet nagelopen.": "Not reviewed yet.",
    "Volgende keer: %1": "Next time: %1",
    "Elk telefoontje, elke brief en elk gesprek: wie zei wat en wanneer. Zo weet u het later "
    "nog precies.": "Every call, letter and meeting: who said what and when. So you still "
                    "know exactly later on.",
    "Uitgebreid invullen": "Fill in fully",
    "Zoeken in het hele logboek (Ctrl+F zoekt overal)":
        "Search the whole contact log (Ctrl+F searches everything)",
    "Het document wordt geopend…": "Opening the document…",
    "Zoeken in de geladen regels (Ctrl+F zoekt overal)":
        "Search the loaded lines (Ctrl+F searches everywhere)",
    "Wat is er gezegd? (Enter bewaart)": "What was said? (Enter saves)",
    "Toevoegen": "Add",
    "Wie helpt, wie beslist en wie u kunt bellen. Wettelijk vertegenwoordigers (mentor, "
    "curator, bewindvoerder) staan vet.": "Who helps, who decides and whom you can call. "
                                          "Legal representatives (mentor, guardian, "
                                          "administrator) are in bold.",
    "Nieuw contact": "New contact",
    "Wat nu aandacht vraagt. Klik op een regel om hem te openen.":
        "What needs attention now. Click a line to open it.",
    "Termijnen in de komende 8 weken": "Deadlines in the next 8 weeks",
    "Lopende aanvragen voor hulpmiddelen": "Open requests for aids",
    "Lang niet nagekeken": "Not checked for a long time",
    "Laatst in het logboek": "Latest in the contact log",
    "Overzicht voor %1": "Overview for %1", "te laat": "overdue", "vandaag": "today",
    "morgen": "tomorrow", "over %1 dagen": "in %1 days", "(sinds %1)": "(since %1)",
    "%1: %2, nog nooit nagekeken": "%1: %2, never checked",
    "%1: %2, laatst nagekeken %3": "%1: %2, last checked %3",
    "Geen termijnen in de komende weken.": "No deadlines in the coming weeks.",
    "Geen lopende aanvragen.": "No open requests.",
    "Alles is het afgelopen jaar nagekeken.": "Everything was checked in the past year.",
    "Het logboek is nog leeg. Noteer daar elk telefoontje en elke brief.":
        "The contact log is still empty. Note every call and letter there.",
    # Search
    "Zoeken in het dossier": "Search the dossier",
    "Typ een woord, naam, kenmerk of datum": "Type a word, name, reference or date",
    "Zoekresultaten": "Search results", "Document": "Document",
    "%1 gevonden. Kies een regel en druk op Enter.": "%1 found. Choose a line and press Enter.",
    "Niets gevonden. Probeer een deel van het woord.":
        "Nothing found. Try part of the word.",
    # Start
    "Welkom bij Zorgmap": "Welcome to Zorgmap",
    "Zorgmap bewaart alles over de zorg voor uw kind op één plek: wie uw kind is, besluiten, "
    "hulpmiddelen, zorgplannen en documenten. Alles blijft op deze computer en is versleuteld "
    "met een wachtwoord dat alleen u kent. Er gaat niets naar internet; u bepaalt zelf wat u "
    "deelt of print.": "Zorgmap keeps everything about your child's care in one place: who "
                       "your child is, decisions, aids, care plans and documents. Everything "
                       "stays on this computer, encrypted with a passphrase only you know. "
                       "Nothing goes to the internet; you decide what you share or print.",
    "Nieuw dossier maken": "Create a new dossier",
    "Een bestaand dossier openen…": "Open an existing dossier…",
    "Een reservekopie terugzetten…": "Restore a backup…",
    "Rondkijken in het voorbeelddossier": "Look around in the example dossier",
    "Het voorbeelddossier gaat over een verzonnen gezin. Alle namen en gegevens zijn bedacht; "
    "wat u daar verandert, wordt niet bewaard.": "The example dossier is about a made-up "
                                                 "family. All names and data are invented; "
                                                 "what you change there is not kept.",
    "Nieuw dossier": "New dossier",
    "Kies een wachtwoord dat u goed kunt onthouden en dat niemand kan raden. Vier losse woorden "
    "werken goed, bijvoorbeeld: paraplu fiets zomer lepel.":
        "Choose a passphrase you can remember well and nobody can guess. Four separate words "
        "work well, for example: umbrella bicycle summer spoon.",
    "Naam van uw kind": "Your child's name", "Wachtwoord": "Passphrase",
    "Wachtwoord nog een keer": "Passphrase again", "Wachtwoord laten zien": "Show passphrase",
    "Sterkte van het wachtwoord": "Strength of the passphrase", "Andere plek…":
        "Other place…", "Naam van uw kind:": "Your child's name:", "Wachtwoord:": "Passphrase:",
    "Nog een keer:": "Once more:", "Bewaren in:": "Keep in:", "Dossier maken":
        "Create dossier", "Vul de naam van uw kind in.": "Fill in your child's name.",
    "Het wachtwoord is nog niet sterk genoeg.": "The passphrase is not strong enough yet.",
    "De twee wachtwoorden zijn nog niet gelijk.": "The two passphrases are not the same yet.",
    "Minstens 12 tekens, of vier losse woorden.":
        "At least 12 characters, or four separate words.",
    "✓ Sterk genoeg.": "✓ Strong enough.",
    "De twee wachtwoorden zijn niet gelijk.": "The two passphrases are not the same.",
    "✓ Gelijk.": "✓ The same.", "Uw noodsleutel": "Your recovery code (Noodsleutel)",
    "Dit is de noodsleutel van het dossier. Als u het wachtwoord vergeet, of als iemand anders "
    "de zorg van u overneemt, opent deze code het dossier. Zonder wachtwoord en zonder "
    "noodsleutel kan niemand erbij, ook wij niet.": "This is the dossier's recovery code. If "
                                                    "you forget the passphrase, or someone "
                                                    "else takes over the care, this code opens "
                                                    "the dossier. Without passphrase and "
                                                    "without recovery code nobody can get in, "
                                                    "not even us.",
    "Noodsleutel": "Recovery code", "Printen…": "Print…", "Bewaren als PDF…": "Save as PDF…",
    "Ik heb de noodsleutel geprint of opgeschreven en op een veilige plek bewaard.":
        "I have printed or written down the recovery code and kept it in a safe place.",
    "Onthoud de sleutel op deze computer, zodat ik niet steeds mijn wachtwoord hoef te typen":
        "Remember the key on this computer, so I need not type my passphrase every time",
    "Naar het dossier": "Go to the dossier",
    "De sleutel komt dan in de sleutelbos van uw computer. Iedereen die op uw account kan "
    "inloggen, kan het dossier dan openen.": "The key then goes into your computer's keychain. "
                                             "Anyone who can log in to your account can then "
                                             "open the dossier.",
    "Deze computer heeft geen sleutelbos die Zorgmap kan gebruiken. U opent het dossier daarom "
    "steeds met uw wachtwoord. Dat is even veilig.": "This computer has no keychain Zorgmap "
                                                     "can use. So you open the dossier with "
                                                     "your passphrase each time. That is just "
                                                     "as safe.",
    "Dossier openen": "Open dossier",
    "Kies het dossier en typ uw wachtwoord. Een noodsleutel werkt ook.":
        "Choose the dossier and type your passphrase. A recovery code works too.",
    "Recente dossiers": "Recent dossiers", "Recente dossiers:": "Recent dossiers:",
    "Wachtwoord of noodsleutel": "Passphrase or recovery code",
    "Ander dossier of nieuw…": "Other or new dossier…",
    "Openen met de sleutelbos": "Open with the keychain",
    "Het dossier wordt geopend…": "Opening the dossier…",
    "Reservekopie terugzetten": "Restore a backup",
    "Een reservekopie wordt teruggezet als een nieuw dossier. Er wordt niets overschreven. U "
    "hebt het wachtwoord of de noodsleutel nodig van toen de reservekopie werd gemaakt.":
        "A backup is restored as a new dossier. Nothing is overwritten. You need the "
        "passphrase or recovery code from when the backup was made.",
    "Reservekopie": "Backup", "Kiezen…": "Choose…", "Nieuw dossier in": "New dossier in",
    "Reservekopie:": "Backup:", "Wachtwoord of noodsleutel:": "Passphrase or recovery code:",
    "Nieuw dossier in:": "New dossier in:", "Terugzetten": "Restore",
    "Vul alle drie de velden in.": "Fill in all three fields.",
    # Recovery sheet
    "Noodsleutel voor het Zorgmap-dossier": "Recovery code for the Zorgmap dossier",
    "Dossier van: %1": "Dossier of: %1",
    "Met deze code kan iemand die u vertrouwt het dossier openen als u het wachtwoord kwijt "
    "bent, of als u er zelf niet meer voor kunt zorgen. Bewaar dit blad bij uw testament of "
    "geef het aan een vertrouwd persoon.": "With this code someone you trust can open the "
                                           "dossier if you lose the passphrase, or can no "
                                           "longer care yourself. Keep this sheet with your "
                                           "will or give it to a trusted person.",
    "De code": "The code", "Waar het dossier staat": "Where the dossier is",
    "Er worden ook reservekopieën gemaakt in de map 'backups' in die map.":
        "Backups are also made in the 'backups' folder inside that folder.",
    "Wat moet wie het overneemt doen?": "What should the person taking over do?",
    "Installeer Zorgmap (gratis) op de computer waar het dossier staat, of kopieer de "
    "dossiermap naar een eigen computer.": "Install Zorgmap (free) on the computer where the "
                                           "dossier is, or copy the dossier folder to your "
                                           "own computer.",
    "Kies 'Een bestaand dossier openen' en kies de map hierboven.":
        "Choose 'Open an existing dossier' and choose the folder above.",
    "Typ de code hierboven in het wachtwoordveld. Streepjes en kleine letters mogen.":
        "Type the code above into the passphrase field. Dashes and lower case are fine.",
    "Kies daarna een eigen nieuw wachtwoord en maak een nieuwe noodsleutel.":
        "Then choose your own new passphrase and make a new recovery code.",
    "Iedereen met deze code kan het dossier lezen. Bewaar hem zoals u een sleutel van uw huis "
    "bewaart.": "Anyone with this code can read the dossier. Keep it as you keep a key to "
                "your house.",
    # Delen en printen (ui/share.py)
    "Voor wie": "For whom", "Onderdelen": "Sections", "Pagina's": "Pages",
    "Delen en printen…": "Share and print…", "Delen en printen": "Share and print",
    "Zorgpaspoort, noodkaart en meer als PDF bewaren of printen (Ctrl+P)":
        "Save or print the care passport, emergency card and more as PDF (Ctrl+P)",
    "Zorgpaspoort": "Care passport", "Noodkaart": "Emergency card",
    "Aanvraagdossier": "Application file", "Dossieroverzicht": "Dossier overview",
    "Als ik een aanval heb": "When I have a seizure", "Mijn medicijnen": "My medicines",
    "Wie je belt": "Who to call",
    "Zo laat ik merken hoe het met me gaat": "How I show how I am doing",
    "Dagelijkse verzorging": "Daily care", "Slapen en liggen": "Sleeping and lying",
    "Wat ik fijn vind en wat niet": "What I like and what I don't",
    "Zien, horen en voelen": "Seeing, hearing and feeling", "Diagnoses": "Diagnoses",
    "Epilepsie en noodmedicatie": "Epilepsy and rescue medication",
    "Wat ik nodig heb": "What I need", "De aanvraag en het verloop": "The request and its course",
    "Loketten en antwoorden": "Counters and answers", "Offertes": "Quotes",
    "Besluiten en termijnen": "Decisions and deadlines", "Bijlagen": "Appendices",
    "Als het morgen misgaat": "If it goes wrong tomorrow",
    "Wat je over mij moet weten": "What you must know about me",
    "Wonen, wachtlijsten en logeren": "Housing, waiting lists and respite stays",
    "Wie je kunt bellen": "Who you can call",
    "Wanneer we dit plan nalopen": "When we review this plan",
    "Signalen: zo laat ik merken hoe het gaat": "Signals: how I show how I am doing",
    "Allergieën en intoleranties": "Allergies and intolerances",
    "Epilepsie en noodprotocol": "Epilepsy and emergency protocol",
    "Hulpmiddelen en aanvragen": "Aids and requests", "Termijnen": "Deadlines",
    "alles": "everything", "zonder: %1": "without: %1", "Erin: %1": "Included: %1",
    "Vingerafdruk van het bestand (SHA-256): %1": "Fingerprint of the file (SHA-256): %1",
    "Alles wat u met Zorgmap hebt bewaard of geprint, met voor wie het was. Typ bijvoorbeeld "
    "'KDC 2025' om te zien wat het KDC in 2025 kreeg.":
        "Everything you saved or printed with Zorgmap, and who it was for. Type for example "
        "'KDC 2025' to see what the day centre (KDC) got in 2025.",
    "Zoek op naam, jaar of soort…": "Search by name, year or type…",
    "Zoeken in wat we gedeeld hebben": "Search what we shared",
    "Wat hebben we gedeeld?": "What did we share?",
    "Er is nog niets gedeeld of geprint met Zorgmap.":
        "Nothing has been shared or printed with Zorgmap yet.",
    "Sluiten": "Close", "Bewaren als PDF": "Save as PDF", "Maken": "Make",
    "Vaste keuze": "Saved choice", "Vaste keuze:": "Saved choice:",
    "Keuze bewaren": "Save choice",
    "Bewaar deze keuze onder de naam bij 'Voor wie'":
        "Save this choice under the name in 'For whom'",
    "Wat wilt u maken": "What do you want to make",
    "Voor welke aanvraag of welk besluit": "For which request or decision", "Over:": "About:",
    "bijvoorbeeld Logeerhuis De Vlinder": "for example Respite house De Vlinder",
    "BSN erin zetten": "Include the BSN",
    "Alleen nodig voor een aanvraag of een arts. Standaard staat hij er niet in.":
        "Only needed for an application or a doctor. It is left out unless you choose it.",
    "Wat:": "What:", "Voor wie:": "For whom:", "Wat gaat erin": "What goes in",
    "Haal het vinkje weg bij wat niet mee moet.": "Untick what should be left out.",
    "Kies wat erin gaat en klik op Voorbeeld.": "Choose what goes in and click Preview.",
    "Voorbeeld": "Preview", "Opslaan als PDF…": "Save as PDF…",
    "(geen vaste keuze)": "(no saved choice)", "Hulpmiddel: %1": "Aid: %1",
    "Besluit: %1": "Decision: %1",
    "Er staan nog geen aanvragen of besluiten in het dossier. Voeg ze toe onder Hulpmiddelen "
    "of Indicaties en besluiten.": "The dossier has no requests or decisions yet. Add them "
                                   "under Aids or Entitlements and decisions.",
    "U hebt de keuze veranderd. Klik op Voorbeeld om te zien hoe het nu wordt.":
        "You changed the choice. Click Preview to see what it looks like now.",
    "Vul eerst bij 'Voor wie' in voor wie deze keuze is, bijvoorbeeld 'Logeerhuis'.":
        "First fill in under 'For whom' who this choice is for, for example 'Respite house'.",
    "Keuze bewaard als '%1'.": "Choice saved as '%1'.",
    "De PDF wordt gemaakt…": "Making the PDF…", "%1, 1 pagina": "%1, 1 page",
    "%1, %2 pagina's": "%1, %2 pages", "voor %1": "for %1", "met BSN": "with BSN",
    "zonder BSN": "without BSN",
    "Voorlopig voorbeeld: de eerste pagina's. De rest wordt nog gemaakt (pagina %1)…":
        "Provisional preview: the first pages. The rest is still being made (page %1)…",
    "Het maken van de PDF is onverwacht gestopt. Er is niets veranderd. Probeer het opnieuw.":
        "Making the PDF stopped unexpectedly. Nothing has changed. Please try again.",
    "De PDF kon niet worden gemaakt door een fout in Zorgmap (%1). Er is niets veranderd. "
    "Probeer het opnieuw.":
        "The PDF could not be made because of an error in Zorgmap (%1). Nothing has changed. "
        "Please try again.",
    "Er is geen PDF gemaakt.": "No PDF was made.",
    "Gestopt. Klik op Voorbeeld om het opnieuw te proberen.":
        "Stopped. Click Preview to try again.",
    "Stop met het maken van deze PDF": "Stop making this PDF",
    "De PDF kon niet worden bewaard in %1. Kies een andere plek.":
        "The PDF could not be saved in %1. Choose another place.",
    "Bewaard als %1.": "Saved as %1.",
    "De printer kon niet worden gestart.": "The printer could not be started.",
    "Naar de printer gestuurd.": "Sent to the printer.",
    # Keys and backups in Instellingen (ui/key_settings.py, change_passphrase.py, new_recovery.py)
    "Dit wachtwoord of deze noodsleutel klopt niet. Er is niets veranderd.":
        "This passphrase or recovery code is not right. Nothing was changed.",
    "Automatische reservekopieën": "Automatic backups", " uur": " hours",
    "Een reservekopie maken na": "Make a backup after",
    "Aantal reservekopieën bewaren": "Number of backups to keep",
    "Bij openen een nieuwe maken als de vorige ouder is dan:":
        "When opening, make a new one if the last is older than:",
    "Zoveel bewaren in de map 'backups':": "Keep this many in the 'backups' folder:",
    "Wachtwoord en noodsleutel": "Passphrase and recovery code",
    "Wachtwoord veranderen…": "Change passphrase…",
    "Nieuwe noodsleutel maken…": "Make a new recovery code…",
    "De gegevens blijven hetzelfde; alleen de sleutel verandert. Een sleutel in de sleutelbos "
    "van deze computer blijft werken.": "The data stays the same; only the key changes. A key "
                                        "in this computer's keychain keeps working.",
    "Wachtwoord veranderen": "Change passphrase", "Huidig wachtwoord": "Current passphrase",
    "Nieuw wachtwoord": "New passphrase",
    "Nieuw wachtwoord nog een keer": "New passphrase again",
    "Huidig wachtwoord:": "Current passphrase:", "Nieuw wachtwoord:": "New passphrase:",
    "Typ uw huidige wachtwoord (de noodsleutel mag ook) en kies een nieuw. Vier losse woorden "
    "werken goed.": "Type your current passphrase (the recovery code works too) and choose a "
                    "new one. Four separate words work well.",
    "Typ eerst uw huidige wachtwoord.": "First type your current passphrase.",
    "Wachtwoord veranderd": "Passphrase changed",
    "Het wachtwoord is veranderd. Open het dossier voortaan met het nieuwe wachtwoord. De "
    "noodsleutel blijft hetzelfde.": "The passphrase has been changed. From now on, open the "
                                     "dossier with the new passphrase. The recovery code "
                                     "stays the same.",
    "Het wachtwoord wordt veranderd…": "Changing the passphrase…",
    "Nieuwe noodsleutel": "New recovery code",
    "Nieuwe noodsleutel maken": "Make a new recovery code",
    "Maak een nieuwe noodsleutel als de oude kwijt is, of als iemand hem heeft die hem niet "
    "meer mag hebben. De oude noodsleutel werkt daarna niet meer.":
        "Make a new recovery code if the old one is lost, or if someone has it who should no "
        "longer have it. The old recovery code stops working.",
    "Zodra u op Klaar klikt, werkt de oude noodsleutel niet meer. Vernietig dan het oude "
    "blad en bewaar deze nieuwe op dezelfde veilige plek.":
        "As soon as you click Done, the old recovery code stops working. Then destroy the old "
        "sheet and keep this new one in the same safe place.",
    "Ik heb de nieuwe noodsleutel veilig bewaard.": "I have stored the new recovery code safely.",
    "Klaar": "Done",
    "Dit is de nieuwe noodsleutel. Print het blad of bewaar het als PDF, zodat wie de zorg "
    "overneemt het dossier kan openen.": "This is the new recovery code. Print the sheet or "
                                         "save it as PDF, so whoever takes over the care can "
                                         "open the dossier.",
    "De nieuwe noodsleutel wordt gemaakt…": "Making the new recovery code…",
    "Bewaard als %1. Print hem en verwijder daarna het bestand, of bewaar het op een "
    "USB-stick op een veilige plek.": "Saved as %1. Print it and then delete the file, or "
                                      "keep it on a USB stick in a safe place.",
    # Who is working, history and Prullenbak (ui/profiles.py, ui/history.py, ui/trash.py,
    # ui/field_names.py, ui/models/history.py)
    "Geschiedenis…": "History…",
    "Wie wat heeft veranderd, en een oudere versie terugzetten":
        "Who changed what, and restore an older version",
    "Oudere versie teruggezet en opgeslagen": "Older version restored and saved",
    "Aangemaakt": "Created", "Gewijzigd": "Changed", "Verwijderd": "Deleted",
    "Teruggezet": "Restored", "(leeg)": "(empty)", "Nee": "No", "%1 regels": "%1 lines",
    "Welke velden": "Which fields", "Veld": "Field", "Was": "Was", "Werd": "Became",
    "Onderdeel": "Item", "Verwijderd op": "Deleted on", "Door": "By",
    "Geschiedenis: %1": "History: %1",
    "Elke wijziging blijft bewaard: wanneer, door wie en wat er veranderde. Kies een regel om "
    "te zien wat er toen veranderde.": "Every change is kept: when, by whom and what changed. "
                                       "Choose a line to see what changed then.",
    "Wijzigingen": "Changes", "Wat er veranderde": "What changed",
    "Deze versie terugzetten": "Restore this version",
    "Er is nog niets veranderd sinds dit onderdeel er is.":
        "Nothing has changed since this item was made.",
    "Alleen lezen: dit dossier is ook ergens anders open.":
        "Read only: this dossier is also open somewhere else.",
    "Dit is de versie die nu in het dossier staat.":
        "This is the version the dossier holds now.",
    "Zet het onderdeel terug zoals het na deze wijziging was.":
        "Restore the item as it was after this change.",
    "Op %1 maakte %2 dit onderdeel aan:": "On %1, %2 created this item:",
    "Op %1 verwijderde %2 dit onderdeel. Zet het terug met de knop hieronder.":
        "On %1, %2 deleted this item. Restore it with the button below.",
    "Op %1 zette %2 een oudere versie terug. Dit veranderde toen:":
        "On %1, %2 restored an older version. This changed then:",
    "Op %1 veranderde %2 dit:": "On %1, %2 changed this:",
    "Versie terugzetten": "Restore a version",
    "Het onderdeel terugzetten zoals het was op %1? Wat er nu staat, blijft in de "
    "geschiedenis; u kunt het later ook weer terugzetten.":
        "Restore the item as it was on %1? What is there now stays in the history; you can "
        "restore it later too.",
    "Teruggezet en opgeslagen.": "Restored and saved.",
    "Prullenbak": "Bin", "Prullenbak…": "Bin…",
    "Wat in het dossier is verwijderd, staat hier. Is het toch nodig? Kies het en klik op "
    "Terugzetten.": "What was deleted from the dossier is here. Need it after all? Choose it "
                    "and click Restore.",
    "Verwijderde onderdelen": "Deleted items", "De prullenbak is leeg.": "The bin is empty.",
    "„%1” staat weer in het dossier.": "'%1' is back in the dossier.",
    "Verwijderde onderdelen bekijken en terugzetten": "See deleted items and restore them",
    "Wie werkt er in het dossier?": "Who is working in the dossier?",
    "Wie werkt er nu in het dossier?": "Who is working in the dossier now?",
    "Wie bent u?": "Who are you?",
    "Dan ziet u later wie wat heeft veranderd.": "Then you can see later who changed what.",
    "Bijvoorbeeld Mama, Papa of Copiloot Mirjam": "For example Mum, Dad or copilot Mirjam",
    "Uw naam": "Your name", "Dat ben ik": "That's me", "Later": "Later",
    "Wie er werkt in het dossier": "Who is working in the dossier",
    "Bezig als: %1": "Working as: %1",
    "Alleen lezen: wie er werkt, kan in dit venster niet veranderen.":
        "Read only: who is working cannot change in this window.",
    "Wijzigingen komen in de geschiedenis onder deze naam. Klik om te wisselen.":
        "Changes go into the history under this name. Click to switch.",
    "Iemand anders…": "Someone else…",
    # Issue 10: new labels and fields
    "Troost": "Comfort", "Niet fijn": "Dislike",
    "Lijkt op een aanval, maar is het niet": "Looks like a seizure, but is not",
    "Bezwaar in voorbereiding": "Bezwaar being prepared", "Bezwaar ingediend": "Bezwaar filed",
    "Onbekend": "Unknown", "Niet ingevuld": "Not filled in",
    "Ja: niets via de mond": "Yes: nothing by mouth",
    "Hoe vaak": "How often", "Noodmedicatie (oude notitie)": "Rescue medication (old note)",
    "Laat leeg: het protocol toont het medicijn dat bij Medicijnen als noodmedicatie "
    "is aangevinkt, zodat het maar op één plek staat.":
        "Leave empty: the protocol shows the medicine ticked as rescue medication under "
        "Medicines, so it is kept in one place.",
    "Niets via de mond": "Nothing by mouth",
    "Houding bij en na het eten": "Position during and after feeding",
    "Sonde doorspoelen": "Flushing the tube", "Familieband of relatie": "Relationship",
    "Bijvoorbeeld: tante (zus van vader)": "For example: aunt (father's sister)",
    "Eten, drinken en sonde": "Eating, drinking and tube", "Wie beslist vandaag":
        "Who decides today", "In deze rol vanaf": "In this role from",
    "In deze rol tot en met": "In this role until",
    # Bezwaar maken
    "Bezwaar maken": "Make a bezwaar (objection)", "Bezwaar maken…": "Make a bezwaar…",
    "Een bezwaarschrift (of pro-forma bezwaar) bij dit besluit, als PDF en Word":
        "A bezwaar letter (or pro-forma bezwaar) against this decision, as PDF and Word",
    "Bezwaar maken (uiterlijk %1)…": "Make a bezwaar (by %1)…",
    "Bezwaarschrift bewaren": "Save the bezwaar letter",
    "Zorgmap maakt een brief met wat de wet vraagt: uw naam en adres, de datum, het "
    "besluit met kenmerk en datum, en waarom u het er niet mee eens bent. Print de PDF, "
    "onderteken hem en stuur hem aangetekend op. Het Word-bestand kunt u nog aanpassen.":
        "Zorgmap writes a letter with what the law asks: your name and address, the date, the "
        "decision with its reference and date, and why you disagree. Print the PDF, sign it "
        "and send it by registered post. You can still edit the Word file.",
    "Bezwaarschrift met de gronden": "Bezwaar letter with the grounds",
    "Pro-forma bezwaar: de gronden stuurt u later":
        "Pro-forma bezwaar: you send the grounds later",
    "Bewaren als PDF en Word…": "Save as PDF and Word…",
    "Pro-forma bezwaar": "Pro-forma bezwaar", "Bezwaarschrift": "Bezwaar letter",
    "De brief kon niet worden bewaard in %1. Kies een andere plek.":
        "The letter could not be saved in %1. Choose another place.",
    "Bewaard: %1 en %2": "Saved: %1 and %2",
    "Lopende indicaties en besluiten": "Current entitlements and decisions",
    "Besluiten waar deze aanvraag van afhangt": "Decisions this request depends on",
    "Geen bekende allergieën": "No known allergies",
    "Van 'Begonnen op' weet ik alleen de maand": "Of 'Started on' I only know the month",
    "vanaf %1": "from %1",
    "Zie de lijst Allergieën": "See the list of allergies",
    "Nakijken na (maanden)": "Check again after (months)",
    "Op de papieren staat 'nakijken vóór': zoveel maanden na de laatste keer nakijken. "
    "Meestal 6.": "The papers say 'check before': this many months after the last check. "
                  "Usually 6.",
    "Klopt nog ✓": "Still right ✓",
    "Alles hierboven is nagekeken en klopt nog: zet 'Laatst nagekeken' op vandaag.":
        "Everything above was checked and is still right: set 'Last checked' to today.",
    "Klopt nog: nagekeken vandaag": "Still right: checked today",
    "Wat ontbreekt nog?": "What is still missing?",
    "Wie het bezwaar ondertekent": "Who signs the objection",
    "Dit mist iemand die uw kind niet kent. Dubbelklik om het aan te vullen.":
        "Someone who does not know your child will miss this. Double-click to fill it in.",
    "Niets: alles wat erin hoort is ingevuld en nagekeken.":
        "Nothing: everything that belongs in it is filled in and checked.",
    # The copilot (ui/copilot.py, ui/copilot_workspace.py)
    "Eerst een identiteit": "An identity first",
    "Om iets met een copiloot te delen, hebt u een identiteit nodig (een sleutel die laat zien "
    "dat het pakket van u komt). Maak die met 'Delen met het gezin' of met 'zorgmap identity "
    "new'.": "To share with a copilot you need an identity (a key that shows the package comes "
             "from you). Make one with 'Share with the family' or with 'zorgmap identity new'.",
    "Uw identiteit": "Your identity", "Wachtwoord van uw identiteit:": "Your identity's password:",
    "Delen met mijn copiloot": "Share with my copilot",
    "Kies wat de copiloot krijgt. Wat aangevinkt staat, hoort bij dit onderwerp; de rest staat "
    "uit. Alleen de copiloot kan het pakket openen, en het deellogboek onthoudt wat u gaf.":
        "Choose what the copilot gets. What is ticked belongs to this subject; the rest is off. "
        "Only the copilot can open the package, and the share log remembers what you gave.",
    "Wat gaat er mee": "What goes along", "Code van de copiloot": "The copilot's code",
    "De copiloot heeft nog geen code: maak een eenmalige code om aan de telefoon voor te lezen":
        "The copilot has no code yet: make a one-time code to read out on the phone",
    "Bijvoorbeeld Mirjam Hoekstra": "For example Mirjam Hoekstra", "Tot en met": "Until",
    "Code van de copiloot:": "The copilot's code:",
    "Naam (voor het deellogboek):": "Name (for the share log):", "Einddatum:": "End date:",
    "Pakket maken…": "Make package…", "Pakket bewaren": "Save package",
    "Zorgmap-pakket (*.zmpakket)": "Zorgmap package (*.zmpakket)",
    "Vul een einddatum in (dd-mm-jjjj) of zet het vinkje uit.":
        "Fill in an end date (dd-mm-yyyy) or untick it.",
    "Pakket bewaard in %1 (%2 onderdelen, %3 documenten). Stuur het bestand naar de copiloot.":
        "Package saved in %1 (%2 items, %3 documents). Send the file to the copilot.",
    "Lees deze code voor aan de telefoon (niet meesturen met het bestand): <b>%1</b>":
        "Read this code out on the phone (do not send it with the file): <b>%1</b>",
    "Alleen de copiloot met vingerafdruk %1 kan het openen.":
        "Only the copilot with fingerprint %1 can open it.",
    "Delen met mijn copiloot…": "Share with my copilot…",
    "Maak een versleuteld pakket over dit onderwerp voor uw copiloot":
        "Make an encrypted package about this subject for your copilot",
    "Voorstellen van de copiloot": "Proposals from the copilot",
    "Voorstellen van de copiloot…": "Proposals from the copilot…",
    "Een antwoord van uw copiloot openen en kiezen wat u overneemt":
        "Open an answer from your copilot and choose what you take over",
    "Copiloot %1 stelt dit voor. Vink aan wat u wilt overnemen; wat u niet aanvinkt, wordt "
    "afgewezen. Er verandert niets tot u op „Overnemen” klikt.":
        "Copilot %1 proposes this. Tick what you want to take over; what you leave unticked is "
        "declined. Nothing changes until you click 'Take over'.",
    "Vingerafdruk van de copiloot: %1": "The copilot's fingerprint: %1",
    "Dit is het eerste antwoord van deze copiloot. Vergelijk de vingerafdruk samen, "
    "bijvoorbeeld aan de telefoon.": "This is this copilot's first answer. Compare the "
                                     "fingerprint together, for example on the phone.",
    "Voorstellen": "Proposals", "Overnemen": "Take over",
    "%1 overgenomen, %2 afgewezen. Het deellogboek onthoudt het.":
        "%1 taken over, %2 declined. The share log remembers it.",
    "Antwoord van de copiloot openen": "Open the copilot's answer",
    "Antwoord van de copiloot (*.zmantwoord);;Alle bestanden (*)":
        "Answer from the copilot (*.zmantwoord);;All files (*)",
    "Werkplek van copiloot %1": "Workspace of copilot %1", "Gezinnen": "Families",
    "Pakket openen…": "Open package…", "Gezin": "Family",
    "Termijnen van alle gezinnen": "Deadlines of all families",
    "Gedeelde onderdelen (alleen lezen)": "Shared items (read only)",
    "Wat er staat": "What it says", "Gedeelde documenten": "Shared documents",
    "Gedeeld door het gezin (alleen lezen):": "Shared by the family (read only):",
    "Documenten (dubbelklik om een kopie te bewaren):":
        "Documents (double-click to save a copy):",
    "Uw eigen notities, taken en concepten:": "Your own notes, tasks and drafts:",
    "Eigen notities, taken en concepten": "Own notes, tasks and drafts",
    "Soort:": "Type:", "Titel:": "Title:", "Tekst:": "Text:", "Vóór:": "Before:",
    "Antwoord maken…": "Make answer…",
    "Bezwaarschrift maken": "Make bezwaarschrift",
    "Een concept-bezwaarschrift tegen het gekozen besluit, met wat het gezin deelde; wat onder "
    "Tekst staat, wordt de gronden":
        "A draft bezwaarschrift against the chosen decision, from what the family shared; what "
        "you type under Text becomes the grounds",
    "Bezwaarschrift (Word)": "Bezwaarschrift (Word)",
    "Pro-forma bezwaar (Word)": "Pro-forma bezwaar (Word)",
    "Bezwaarschrift (PDF)": "Bezwaarschrift (PDF)",
    "Kies eerst links het besluit waartegen het gezin bezwaar maakt.":
        "First choose, on the left, the decision the family objects to.",
    "Concept gemaakt: %1. Het gezin leest het, past het aan en ondertekent het zelf.":
        "Draft made: %1. The family reads it, changes it and signs it themselves.",
    "Alles wat nog niet verstuurd is, in één versleuteld bestand voor het gezin":
        "Everything not sent yet, in one encrypted file for the family",
    "gesloten: %1": "closed: %1", "tot en met %1": "until %1",
    "Open een pakket van een gezin om te beginnen.": "Open a family's package to begin.",
    "Dit pakket is gesloten (%1). Vraag het gezin om een nieuw pakket.":
        "This package is closed (%1). Ask the family for a new package.",
    "verstuurd": "sent", "Eenmalige code": "One-time code",
    "Dit pakket is met een eenmalige code versleuteld. Welke code las het gezin voor?":
        "This package is encrypted with a one-time code. Which code did the family read out?",
    "Pakket van een gezin openen": "Open a family's package",
    "Zorgmap-pakket (*.zmpakket);;Alle bestanden (*)":
        "Zorgmap package (*.zmpakket);;All files (*)",
    "Pakket van %1 geopend. Vingerafdruk van het gezin: %2":
        "Package of %1 opened. The family's fingerprint: %2",
    "Een andere fase voorstellen kan alleen bij een pakket over een hulpmiddel-aanvraag.":
        "Proposing another stage is only possible for a package about an aid request.",
    "Toegevoegd. Het gezin ziet het pas als u een antwoord maakt.":
        "Added. The family sees it only when you make an answer.",
    "Antwoord bewaren": "Save answer",
    "Antwoord van de copiloot (*.zmantwoord)": "Answer from the copilot (*.zmantwoord)",
    "Antwoord bewaard in %1. Alleen het gezin kan het openen; het ziet elk voorstel apart en "
    "kiest zelf.": "Answer saved in %1. Only the family can open it; they see each proposal "
                   "separately and choose themselves.",
    "Kopie bewaren": "Save a copy", "Waar het om gaat": "What it is about",
    "Besluiten waar het van afhangt": "Decisions it depends on",
    "Contactlog hierover": "Contact log about it",
    "Over het kind (basis)": "About the child (basic)",
    "Verder in het dossier (staat uit)": "Elsewhere in the dossier (off)",
    "overgenomen": "taken over", "afgewezen": "declined",
    "Pakket voor de copiloot": "Package for the copilot",
    "Een antwoord van de copiloot opent u met Dossier → Voorstellen van de copiloot…":
        "You open an answer from the copilot with Dossier → Proposals from the copilot…",
    "Werkplek van de copiloot": "Copilot's workspace",
    "Werkplek van de copiloot…": "Copilot's workspace…",
    "Voor copiloten: de pakketten van al uw gezinnen":
        "For copilots: the packages of all your families",
    "Voor copiloten en cliëntondersteuners: één versleutelde werkplek met de pakketten van al "
    "uw gezinnen. Kies een bestaande werkplek, of een nieuwe naam om er een te maken.":
        "For copilots and client supporters: one encrypted workspace with the packages of all "
        "your families. Choose an existing workspace, or a new name to make one.",
    "Map van de werkplek": "Folder of the workspace",
    "Wachtwoord van de werkplek": "Password of the workspace",
    "Werkplek:": "Workspace:", "Wachtwoord van de werkplek:": "Password of the workspace:",
    "Nieuwe werkplek maken": "Make a new workspace",
    "Werkplek kiezen": "Choose a workspace",
    "Uw naam (zoals gezinnen die zien):": "Your name (as families see it):",
    "Kies een wachtwoord voor uw identiteit:": "Choose a password for your identity:",
    "Mijn code voor gezinnen…": "My code for families…",
    "Mijn code voor gezinnen": "My code for families",
    "Stuur deze code aan het gezin (geheim is hij niet). Vergelijk daarna samen de "
    "vingerafdruk, bijvoorbeeld aan de telefoon: %1":
        "Send this code to the family (it is not secret). Then compare the fingerprint "
        "together, for example on the phone: %1",
    "Ondertekenen": "Sign",
    "Het pakket wordt ondertekend met uw identiteit. Wachtwoord van uw identiteit:":
        "The package is signed with your identity. Your identity's password:",
    "Vul de map en het wachtwoord in.": "Fill in the folder and the password.",
    "Het pakket wordt versleuteld…": "The package is being encrypted…",
    "Het pakket kon niet worden bewaard in %1.": "The package could not be saved in %1.",
    "Antwoord van de copiloot": "Answer from the copilot",
    # The family team (ui/team.py, ui/models/history.py)
    "Kijk even na: %1 velden zijn tegelijk gewijzigd (zie Delen met het gezin).":
        "Please check: %1 fields were changed at the same time (see Share with the family).",
    "Kijk even na: 1 veld is tegelijk gewijzigd (zie Delen met het gezin).":
        "Please check: 1 field was changed at the same time (see Share with the family).",
    "U bent uit dit gedeelde dossier verwijderd: wat u hier verandert, wordt niet meer gedeeld.":
        "You were removed from this shared dossier: what you change here is no longer shared.",
    "U bent lezer in dit gedeelde dossier: wat u hier verandert, wordt niet gedeeld.":
        "You are a reader in this shared dossier: what you change here is not shared.",
    "Tegelijk gewijzigd": "Changed at the same time",
    "(de andere waarde staat in Geschiedenis)": "(the other value is in History)",
    "Op %1: %2. Deze versie is niet getoond; zet haar terug als zij klopt:":
        "On %1: %2. This version is not shown; restore it if it is right:",
    'nog niets': 'nothing yet',
    'Delen met het gezin…': 'Share with the family…',
    'Het dossier samen bijhouden, ieder op de eigen computer':
        'Keep the dossier together, each on their own computer',
    'Een gedeeld dossier openen…': 'Open a shared dossier…',
    'Delen met het gezin': 'Share with the family',
    'Uw naam (zoals anderen die zien)': 'Your name (as others see it)',
    'Map kiezen…': 'Choose folder…',
    'Gedeelde map': 'Shared folder',
    'Delen': 'Share',
    'Iemand toevoegen…': 'Add someone…',
    'Nu bijwerken': 'Update now',
    'Mijn code kopiëren': 'Copy my code',
    'Kijk even na (tegelijk gewijzigd):': 'Please check (changed at the same time):',
    'Iemand verwijderen': 'Remove someone',
    'Iemand toevoegen': 'Add someone',
    'Wij hebben de vingerafdruk samen vergeleken: die is gelijk':
        'We compared the fingerprint together: it is the same',
    'Een gedeeld dossier openen': 'Open a shared dossier',
    'Maak eerst uw identiteit: uw naam en een wachtwoord. U krijgt dan een code; stuur die aan '
    'een ouder, die u toevoegt.':
        'First make your identity: your name and a passphrase. You then get a code; send it to '
        'a parent, who adds you.',
    'Uw wachtwoord (ook voor het nieuwe dossier)': 'Your passphrase (also for the new dossier)',
    'Uw code': 'Your code',
    'Nieuw dossier op deze computer': 'New dossier on this computer',
    'Kies de gedeelde map (bijvoorbeeld in Syncthing, Nextcloud of OneDrive)':
        'Choose the shared folder (for example in Syncthing, Nextcloud or OneDrive)',
    'Met delen houdt u samen één dossier bij, ieder op de eigen computer. Kies een map die uw '
    'gezin al deelt (Syncthing, Nextcloud, OneDrive, Dropbox of een USB-stick). Daar komen '
    'alleen versleutelde bestanden; het dossier zelf blijft op deze computer.':
        'Sharing lets you keep one dossier together, each on their own computer. Choose a '
        'folder your family already shares (Syncthing, Nextcloud, OneDrive, Dropbox or a USB '
        'stick). Only encrypted files go there; the dossier itself stays on this computer.',
    'Wachtwoord van uw identiteit': 'Passphrase of your identity',
    'Kies een wachtwoord voor uw identiteit': 'Choose a passphrase for your identity',
    'Kies eerst iemand in de lijst.': 'First choose someone in the list.',
    "Vraag de ander om de code (zorgmap identity show, of 'Mijn code kopiëren') en plak die hier.":
        "Ask the other person for their code (zorgmap identity show, or 'Copy my code') and "
        'paste it here.',
    'Wie u toevoegt, kan daarna alles lezen wat in het dossier staat, ook wat er al in stond. '
    'Dat kan niet worden teruggedraaid.':
        'Whoever you add can then read everything in the dossier, including what was already '
        'in it. That cannot be undone.',
    'Kies de gedeelde map': 'Choose the shared folder',
    'Identiteit maken': 'Make identity',
    'Bijwerken vanuit de gedeelde map lukte niet: %1': 'Updating from the shared folder failed: %1',
    ' (u)': ' (you)',
    ' (verwijderd)': ' (removed)',
    'Kies eerst de gedeelde map.': 'First choose the shared folder.',
    'Laatst bijgewerkt om %1.': 'Last updated at %1.',
    'U bent uit dit gedeelde dossier verwijderd.':
        'You have been removed from this shared dossier.',
    '%1 verwijderen uit het gedeelde dossier? Nieuwe wijzigingen worden dan niet meer voor %1 '
    'versleuteld en wat %1 daarna verandert, wordt geweigerd.\n\nWat %1 al gezien heeft (ook '
    'een eigen kopie van het dossier) kan niet worden teruggenomen.':
        'Remove %1 from the shared dossier? New changes will no longer be encrypted for %1, '
        'and what %1 changes after that is refused.\n\nWhat %1 has already seen (including '
        'their own copy of the dossier) cannot be taken back.',
    'Een ouder moet u eerst toevoegen met uw code (hieronder). Vergelijk samen de '
    'vingerafdruk: %1. Kies daarna de gedeelde map.':
        'A parent must first add you with your code (below). Compare the fingerprint together: '
        '%1. Then choose the shared folder.',
    'Bijgewerkt vanuit de gedeelde map: %1 onderdelen.':
        'Updated from the shared folder: %1 items.',
    'Vul uw naam in, bijvoorbeeld Mama.': 'Fill in your name, for example Mum.',
    'Gedeeld via %1.': 'Shared through %1.',
    'Uw vingerafdruk: %1': 'Your fingerprint: %1',
    'Vul uw naam in.': 'Fill in your name.',
    'Niet overgenomen: %1 bestanden (%2).': 'Not taken in: %1 files (%2).',
    'Vingerafdruk: %1\nLees die samen hardop voor, of leg de schermen naast elkaar.':
        'Fingerprint: %1\nRead it out loud together, or put the screens side by side.',
    'Uw identiteit is gemaakt. Stuur de code aan een ouder en vergelijk samen de vingerafdruk: '
    "%1. Als u bent toegevoegd, kiest u de map en 'Openen'.":
        'Your identity has been made. Send the code to a parent and compare the fingerprint '
        "together: %1. Once you have been added, choose the folder and 'Open'.",
    'ouder (mag alles lezen en veranderen)': 'parent (may read and change everything)',
    'lezer (mag alles lezen, niets veranderen)': 'reader (may read everything, change nothing)',
    'ouder': 'parent',
    'lezer': 'reader',
    'Laatst actief': 'Last active',
    'Vingerafdruk': 'Fingerprint',
    # Backups (ui/backups.py, backup_notice.py, backup_status.py, backup_check.py)
    "contactlog": "contact log", "indicaties en besluiten": "entitlements and decisions",
    "hulpmiddel-aanvragen": "requests for aids", "zorgplannen": "care plans",
    "mensen in het netwerk": "people in the network", "medicijnen": "medicines",
    "documenten": "documents", "wijzigingen in de geschiedenis": "changes in the history",
    "keren iets gedeeld of geprint": "times something was shared or printed",
    "Reservekopie in orde: %1": "Backup is fine: %1",
    "automatische reservekopie": "automatic backup",
    "volledige reservekopie in één bestand": "full backup in one file",
    "gemaakt op %1 (%2), schemaversie %3": "made on %1 (%2), schema version %3",
    "dossier van: %1": "dossier of: %1",
    "onderdelen (zoals besluiten, contacten, logboek): %1":
        "items (such as decisions, contacts, log): %1",
    "Kies een tweede plek voor de reservekopieën (bijvoorbeeld een USB-stick)":
        "Choose a second place for the backups (for example a USB stick)",
    "De tweede plek is niet gevonden. Sluit de USB-stick aan en probeer het opnieuw.":
        "The second place was not found. Plug in the USB stick and try again.",
    "Bewaar de reservekopieën ook op een tweede plek, zoals een USB-stick of een andere "
    "schijf. Dan raakt u niets kwijt als deze computer stukgaat of wordt gestolen. Zorgmap "
    "vraagt dit maar één keer.":
        "Keep the backups in a second place too, such as a USB stick or another disk. Then "
        "you lose nothing if this computer breaks or is stolen. Zorgmap asks this only once.",
    "Er staat nog geen reservekopie op uw tweede plek (%1).":
        "There is no backup in your second place (%1) yet.",
    "De laatste reservekopie op uw tweede plek (%1) is van %2, meer dan 30 dagen geleden.":
        "The last backup in your second place (%1) is from %2, more than 30 days ago.",
    "Sluit de USB-stick of schijf aan en kies 'Nu kopiëren'.":
        "Plug in the USB stick or disk and choose 'Copy now'.",
    "Kies een plek…": "Choose a place…", "Nu kopiëren": "Copy now", "Niet nu": "Not now",
    "Stop de reservekopie; Zorgmap probeert het later opnieuw.":
        "Stop the backup; Zorgmap tries again later.",
    "Reservekopie wordt gemaakt…": "Making a backup…",
    "Reservekopie wordt gemaakt… %1 %": "Making a backup… %1 %",
    "Reservekopie testen": "Test a backup", "Reservekopie testen…": "Test a backup…",
    "Wachtwoord of noodsleutel van toen": "Passphrase or recovery code of that time",
    "Leeg laten: de sleutel van dit dossier": "Leave empty: this dossier's key",
    "Testen": "Test",
    "Zorgmap controleert de hele reservekopie: elk stukje, de versleuteling en de samenhang. "
    "Er verandert niets.":
        "Zorgmap checks the whole backup: every piece, the encryption and the structure. "
        "Nothing is changed.",
    "Kies eerst een reservekopie.": "Choose a backup first.",
    "Bezig met testen…": "Testing…",
    "Dit bestand kon niet worden gelezen.": "This file could not be read.",
    "Is het een kopie van vóór een nieuwe noodsleutel, of van een ander dossier? Typ dan het "
    "wachtwoord of de noodsleutel van toen en test opnieuw.":
        "Is it a copy from before a new recovery code, or of another dossier? Then type the "
        "passphrase or recovery code of that time and test again.",
    "De reservekopie wordt getest…": "Testing the backup…",
    "Controleer een reservekopie en zie wat erin staat":
        "Check a backup and see what it holds",
    "Zoveel dagen bewaren (de nieuwste van elke dag):":
        "Keep this many days (the newest of each day):",
    "nog geen (bijvoorbeeld een USB-stick)": "none yet (for example a USB stick)",
    "Tweede plek kiezen…": "Choose a second place…",
    "Tweede plek voor reservekopieën:": "Second place for backups:",
    # Menu bar, shortcuts, titles, share log, Noodsleutel sheet (issue 15)
    "Voorbeelddossier (verzonnen) — Zorgmap": "Example dossier (fictional) — Zorgmap",
    "Noodsleutel Zorgmap.pdf": "Zorgmap emergency key.pdf",
    "Zoeken in het hele dossier": "Search the whole dossier",
    "Naar een onderdeel: Overzicht, Over mij, …": "Go to a part: Overview, About me, …",
    "Zorgmap afsluiten": "Quit Zorgmap",
    "Naar het volgende of vorige veld": "To the next or previous field",
    "Een regel of knop kiezen": "Choose a line or button",
    "Terug naar wat er stond": "Back to what was there",
    "Het menu Dossier, Ga naar of Help": "The Dossier, Go to or Help menu",
    "Menubalk": "Menu bar", "&Dossier": "&Dossier", "&Afsluiten": "&Quit",
    "&Ga naar": "&Go to", "&Help": "&Help", "Sneltoetsen": "Keyboard shortcuts",
    "Zorgmap staat al op de computer waar het dossier staat. Op een andere computer: "
    "installeer Zorgmap %1 of nieuwer (gratis) van de plek die hieronder is opgeschreven, "
    "en kopieer de dossiermap naar die computer.":
        "Zorgmap is already on the computer where the dossier is. On another computer: "
        "install Zorgmap %1 or newer (free) from the place written down below, and copy the "
        "dossier folder to that computer.",
    "Zorgmap komt van (schrijf het hier op):": "Zorgmap comes from (write it down here):",
    "%1, nog nooit nagekeken": "%1, never checked",
    "%1, laatst nagekeken %2": "%1, last checked %2",
    "alles wat ingevuld is": "everything filled in",
    "geprint": "printed", "als PDF bewaard": "saved as PDF",
    # Over Zorgmap (ui/about_dialog.py)
    "Over Zorgmap": "About Zorgmap",
    "Het versleutelde zorgdossier voor gezinnen van een kind met ZEVMB. Alles blijft op deze "
    "computer.":
        "The encrypted care dossier for families of a child with PIMD. Everything stays on "
        "this computer.",
    "%1 (automatisch, in de dossiermap). Zet ook af en toe een reservekopie op een USB-stick.":
        "%1 (automatic, in the dossier folder). Now and then, also put a backup on a USB stick.",
    "Nog geen dossier geopend. Een nieuw dossier komt in %1.":
        "No dossier opened yet. A new dossier goes into %1.",
    "In de map 'backups' in de dossiermap (automatisch).":
        "In the 'backups' folder inside the dossier folder (automatic).",
    "Versie": "Version", "Licentie": "Licence", "Versleuteling": "Encryption",
    "%1 (%2). Vrije software: u mag Zorgmap gebruiken, delen en aanpassen.":
        "%1 (%2). Free software: you may use, share and change Zorgmap.",
    "SQLCipher %1": "SQLCipher %1", "Dossier": "Dossier", "Dossiers": "Dossiers",
    "Reservekopieën": "Backups", "Foutverslagen": "Error reports",
    "%1 (zonder gegevens uit het dossier)": "%1 (without data from the dossier)",
    "Internet": "Internet",
    "Zorgmap gebruikt geen internet. Het zoekt niet naar updates en stuurt niets weg.":
        "Zorgmap does not use the internet. It does not look for updates and sends nothing "
        "anywhere.",
    "Gemaakt met": "Made with",
    # A dossier folder named after the child (ui/folder_name.py)
    "De map van dit dossier heet '%1'. Daarin staat een naam. Een mapnaam is niet "
    "versleuteld: iedereen die deze computer gebruikt kan hem zien, en Zorgmap zet hem in de "
    "lijst met recente dossiers.":
        "This dossier's folder is called '%1'. It contains a name. A folder name is not "
        "encrypted: anyone who uses this computer can see it, and Zorgmap puts it in the list "
        "of recent dossiers.",
    "Neutrale naam geven…": "Give it a neutral name…",
    "Neutrale naam geven": "Give it a neutral name",
    "Zorgmap kan op deze plek geen map hernoemen (bijvoorbeeld een USB-stick die alleen "
    "gelezen kan worden). Er is niets veranderd.":
        "Zorgmap cannot rename a folder in this place (for example a read-only USB stick). "
        "Nothing was changed.",
    "Zorgmap vergrendelt eerst het dossier. Daarna heet de map '%1'. U opent het dossier weer "
    "met uw wachtwoord of de sleutelbos. Er gaat niets verloren.":
        "Zorgmap locks the dossier first. Then the folder is called '%1'. You open the dossier "
        "again with your passphrase or the keychain. Nothing is lost.",
    "Vergrendelen en hernoemen": "Lock and rename",
    "De map heet nu '%1'. Open het dossier weer.":
        "The folder is now called '%1'. Open the dossier again.",
}


def fill_ts(path: Path) -> list[str]:
    """Write the translations into the .ts file; return the sources still without one."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    ts = Path(__file__).with_name("zorgmap_en.ts")
    left = fill_ts(ts)
    for source in left:
        print("missing:", source)
    sys.exit(1 if left else 0)
