"""A fictional demo family, and a large generated dossier for benchmarks.

Everyone and everything here is invented (names, organisations, reference numbers, BSN from the
999 99x xxx test range). Dates are relative to `today`, so the deadlines are always current.
Ids are drawn from a seeded random generator: the same `today` gives the same dossier.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from app.deadlines import add_months
from app.model import (
    Agreement,
    AidRequest,
    AidStage,
    Alert,
    Allergy,
    Bezwaar,
    Breathing,
    CarePlan,
    CareTask,
    ChildProfile,
    Contact,
    CounterAttempt,
    Decision,
    DecisionStatus,
    DeliveryCheck,
    DossierContent,
    EmergencyPlan,
    EpilepsyProtocol,
    Evaluation,
    Feeding,
    FeedingMethod,
    FuturePlan,
    Goal,
    GoalStatus,
    JournalChannel,
    JournalEntry,
    LegalMoney,
    Medication,
    Quote,
    SeizureType,
    Signal,
    SignalCategory,
    StageTransition,
    reconcile_kind_and_status,
)

DEMO_SEED = 20161114


class _Ids:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def __call__(self) -> str:
        return f"{self.rnd.getrandbits(128):032x}"


def _history(request: AidRequest, steps: list[tuple[AidStage, date, str]]) -> AidRequest:
    transitions = [StageTransition(stage=s, on=on, note=note) for s, on, note in steps]
    return replace(request, transitions=transitions, stage=transitions[-1].stage)


def demo_content(today: date) -> DossierContent:
    """The Vermeulen-de Wit family: Noor (about 9), at home, Wlz VG7 with pgb, meerzorg ending
    soon, a rejected Wmo request in bezwaar, a wheelchair just delivered, two care plans and a
    future plan half done."""
    rnd = random.Random(DEMO_SEED)
    new_id = _Ids(rnd)

    def ago(days: int = 0, weeks: int = 0, months: int = 0) -> date:
        return add_months(today, -months) - timedelta(days=days, weeks=weeks)

    def ahead(days: int = 0, weeks: int = 0, months: int = 0) -> date:
        return add_months(today, months) + timedelta(days=days, weeks=weeks)

    checked = ago(weeks=3)

    child = ChildProfile(
        id=new_id(),
        checked_on=checked,
        name="Noor Vermeulen-de Wit",
        date_of_birth=ago(months=9 * 12 + 4),
        bsn="999990019",
        address="Lindelaan 12, 9999 ZZ Waterveld",
        no_known_allergies=False,
        no_decision_laws={"Jeugdwet": "Noor krijgt haar zorg uit de Wlz (VG7)."},
        diagnoses=[
            "Zeer ernstige verstandelijke en meervoudige beperking (ZEVMB)",
            "Epilepsie (moeilijk in te stellen)",
            "Spastische tetraparese",
            "Slikproblemen, sondevoeding via PEG",
            "Cerebrale visuele stoornis (CVI)",
        ],
        happy_with=(
            "Muziek, vooral als iemand zingt. Schommelen in de hangmat. Warm water in bad. "
            "Mijn broer Daan die gekke geluiden maakt."
        ),
        dislikes=(
            "Harde, plotselinge geluiden. Koude handen. Veel mensen tegelijk. "
            "Als iemand me optilt zonder het eerst te zeggen."
        ),
        daily_rhythm=(
            "07:00 wakker, verschonen en medicijnen. 08:30 busje naar het KDC. "
            "15:30 thuis, rusten op de bank. 18:00 sondevoeding. 19:30 badje en naar bed."
        ),
        sleep=(
            "Slaapt in een hoog-laagbed met zachte zijkanten. Wordt vaak wakker rond 03:00; "
            "dan helpt zacht zingen en haar op haar zij draaien. Epilepsiealarm aan."
        ),
        positioning=(
            "Om de 2 uur van houding wisselen. In de rolstoel met zitorthese; liggen op de zij "
            "met een kussen tussen de knieën. Nooit plat op de rug na het eten (reflux)."
        ),
        personal_care=(
            "Luiers, verschonen op de aankleedtafel of douchebrancard. Tanden poetsen met een "
            "zachte borstel, heel weinig water (verslikken)."
        ),
        sensory_profile=(
            "Ziet vooral licht en contrast, het best van links. Hoort goed. Schrikt van "
            "aanraking zonder aankondiging: eerst praten, dan een hand op de schouder."
        ),
        about_me=(
            "Ik ben Noor. Ik praat niet met woorden, maar met geluiden, mijn gezicht en mijn "
            "lijf. Als je even de tijd neemt, vertel ik je veel."
        ),
    )

    signals = [
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.PAIN,
            what_you_see="Ik maak een hoog geluid en trek mijn knieën op",
            meaning="Ik heb buikpijn (vaak krampen of obstipatie)",
            what_to_do="Sonde ontluchten, buik zacht masseren, warme kruik. "
            "Gaat het niet over binnen een uur: bel mama of papa.",
            channel="geluid en beweging",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.PAIN,
            what_you_see="Ik knars met mijn tanden en mijn ademhaling gaat snel",
            meaning="Ik heb pijn, vaak aan mijn heup of als ik te lang in één houding zit",
            what_to_do="Mijn houding veranderen. Kijk of de zitorthese ergens drukt.",
            channel="gezicht en ademhaling",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.DISCOMFORT,
            what_you_see="Ik draai mijn hoofd weg en word heel stijf",
            meaning="Het is me te veel: te druk, te veel geluid of te veel mensen",
            what_to_do="Breng me naar een rustige plek, dim het licht, praat zacht.",
            channel="spierspanning",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.DISCOMFORT,
            what_you_see="Ik ga hoesten en rochelen en word rood",
            meaning="Ik heb slijm of ik verslik me",
            what_to_do="Rechtop zetten. Zo nodig uitzuigen (zie ademhaling).",
            channel="ademhaling",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.CONTENTMENT,
            what_you_see="Ik lach met open mond en maak zachte 'aa'-geluiden",
            meaning="Ik vind dit fijn, ga door!",
            what_to_do="Genieten en meedoen.",
            channel="gezicht en geluid",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.CONTENTMENT,
            what_you_see="Ik word helemaal ontspannen en mijn handen gaan open",
            meaning="Ik voel me veilig en op mijn gemak",
            what_to_do="Rustig zo laten.",
            channel="spierspanning",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.TIREDNESS,
            what_you_see="Mijn ogen draaien weg en ik reageer minder",
            meaning="Ik ben moe. Let op: na een aanval kan dit er ook zo uitzien",
            what_to_do="Laat me rusten op mijn zij. Twijfel je: kijk bij epilepsie.",
            channel="ogen",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.OTHER,
            what_you_see="Ik sla met mijn hand tegen mijn oor",
            meaning="Soms oorpijn, soms verveling",
            what_to_do="Kijk of ik koorts heb. Geen koorts: iets te doen geven.",
            channel="beweging",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.NOT_A_SEIZURE,
            what_you_see="Ik schrik bij een hard geluid en strek mijn armen en benen even",
            meaning="Een schrikreactie, geen aanval: het is na een paar tellen over",
            what_to_do="Zacht praten en een hand op mijn schouder. Gaat het schokken door of "
            "reageer ik niet: kijk bij epilepsie.",
            channel="beweging",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.COMFORT,
            what_you_see="Ik huil en ben niet te troosten met praten",
            meaning="Ik heb troost nodig",
            what_to_do="Zacht zingen, tegen je aan houden, heen en weer wiegen.",
            channel="geluid",
        ),
        Signal(
            id=new_id(),
            checked_on=checked,
            category=SignalCategory.DISLIKE,
            what_you_see="Ik knijp mijn ogen dicht en draai mijn hoofd weg van mijn eten",
            meaning="Dit wil ik niet (vaak een smaakje of een koud washandje)",
            what_to_do="Stoppen en het later nog eens proberen; niet doorzetten.",
            channel="gezicht",
        ),
    ]

    rescue_id = new_id()
    medications = [
        Medication(
            id=new_id(),
            checked_on=checked,
            name="Levetiracetam drank",
            dose="250 mg",
            form_route="via de sonde",
            times=["08:00", "20:00"],
            purpose="Epilepsie (onderhoud)",
            prescriber="dr. P. Smit, kinderneuroloog",
            start_date=ago(months=40),
        ),
        Medication(
            id=new_id(),
            checked_on=checked,
            name="Omeprazol suspensie",
            dose="10 mg",
            form_route="via de sonde",
            times=["07:30"],
            purpose="Reflux",
            prescriber="dr. M. Jansen, kinderarts",
            # The parents remember the month, not the day.
            start_date=ago(months=60).replace(day=1),
            month_only_dates=["start_date"],
        ),
        Medication(
            id=new_id(),
            checked_on=checked,
            name="Macrogol junior",
            dose="1 sachet",
            form_route="opgelost in water, via de sonde",
            times=["08:00"],
            purpose="Obstipatie",
            prescriber="huisarts",
            start_date=ago(months=30),
        ),
        Medication(
            id=new_id(),
            checked_on=checked,
            name="Melatonine",
            dose="1 mg",
            form_route="via de sonde",
            times=["19:00"],
            purpose="Inslapen",
            prescriber="dr. M. Jansen, kinderarts",
            start_date=ago(months=18),
        ),
        Medication(
            id=rescue_id,
            checked_on=checked,
            name="Midazolam neusspray",
            dose="5 mg (1 pufje in elk neusgat)",
            form_route="in de neus",
            purpose="Noodmedicatie bij een lange aanval",
            prescriber="dr. P. Smit, kinderneuroloog",
            start_date=ago(months=40),
            is_rescue=True,
            notes="Altijd mee: in de rugzak aan de rolstoel. Zie epilepsieprotocol.",
        ),
        Medication(
            id=new_id(),
            checked_on=checked,
            name="Baclofen",
            dose="5 mg",
            form_route="via de sonde",
            times=["08:00", "20:00"],
            purpose="Spasticiteit",
            prescriber="revalidatiearts",
            start_date=ago(months=50),
            stop_date=ago(months=14),
            notes="Gestopt: te suf overdag.",
        ),
    ]

    allergies = [
        Allergy(
            id=new_id(),
            checked_on=checked,
            substance="Pleisters met latex",
            reaction="Rode, jeukende huid met blaasjes",
            severity="matig",
        ),
        Allergy(
            id=new_id(),
            checked_on=checked,
            substance="Koemelkeiwit",
            reaction="Diarree en buikkrampen",
            severity="licht",
            is_intolerance=True,
        ),
    ]

    epilepsy = EpilepsyProtocol(
        id=new_id(),
        checked_on=checked,
        seizure_types=[
            SeizureType(
                name="Tonisch-clonische aanval",
                what_it_looks_like="Wordt stijf, daarna schokken van armen en benen, "
                "blauwe lippen mogelijk",
                usual_duration="1 tot 3 minuten",
                frequency="ongeveer één keer per maand",
                what_to_do="Op de zij leggen, niets in de mond, tijd bijhouden.",
            ),
            SeizureType(
                name="Absence",
                what_it_looks_like="Staart een paar seconden voor zich uit, oogleden trillen",
                usual_duration="5 tot 10 seconden, soms in reeksen",
                frequency="meerdere keren per dag",
                what_to_do="Noteren in het aanvallenlijstje.",
            ),
            SeizureType(
                name="Myoclonie",
                what_it_looks_like="Korte schok in armen of hoofd, vaak bij wakker worden",
                usual_duration="een seconde",
                frequency="een paar keer per week, vooral 's ochtends",
                what_to_do="Niets bijzonders; noteren als het er veel zijn.",
            ),
        ],
        rescue_medication_when="Een tonisch-clonische aanval die langer dan 5 minuten duurt, "
        "of 3 aanvallen binnen een uur.",
        rescue_medication_id=rescue_id,
        call_112_when="Aanval gaat 10 minuten na de midazolam nog door, ademhaling stopt of "
        "blijft blauw, of Noor is gewond geraakt. Daarna mama/papa bellen.",
        after_seizure="Op de zij laten slapen, temperatuur meten, sondevoeding 1 uur uitstellen.",
    )

    feeding = Feeding(
        id=new_id(),
        checked_on=checked,
        method=FeedingMethod.SONDE,
        product="Volledige sondevoeding 1,0 kcal/ml (koemelkeiwitvrij)",
        schedule="07:00, 11:00 (op het KDC), 15:30 en 18:00 elk 250 ml; 's nachts niets",
        pump_rate="100 ml per uur",
        nothing_by_mouth=True,
        position="Tijdens de voeding en tot 30 minuten erna half rechtop (minstens 30 graden).",
        flushing="Sonde doorspoelen met 20 ml lauw water vóór en na de voeding en na elk "
        "medicijn.",
        swallowing_risks="Verslikt zich in dun vloeibaar. Geen eten, drinken of medicijnen "
        "via de mond; smaakjes op een lepeltje alleen door mama of papa.",
        drinking="Water via de sonde: 4x 100 ml per dag, extra bij warm weer of koorts.",
        notes="PEG-sonde: stoma dagelijks schoonmaken en draaien.",
    )

    breathing = Breathing(
        id=new_id(),
        checked_on=checked,
        oxygen="Alleen bij ziekte: 1 liter per minuut via neusbril als de saturatie onder 92% "
        "blijft.",
        suction="Uitzuigapparaat bij veel slijm, alleen voor in de mond en keel.",
        notes="Saturatiemeter 's nachts bij verkoudheid.",
    )

    alerts = [
        Alert(
            id=new_id(),
            checked_on=checked,
            title="Pijn wordt makkelijk gemist",
            details="Noor laat pijn anders zien dan je verwacht. Kijk bij 'Signalen'.",
        ),
        Alert(
            id=new_id(),
            checked_on=checked,
            title="Niet plat leggen na het eten",
            details="Na de sondevoeding minstens 30 minuten half rechtop (reflux).",
        ),
    ]

    # --- network ---
    mother = Contact(
        id=new_id(),
        checked_on=checked,
        name="Sanne Vermeulen",
        role="ouder",
        phone="06-00000001",
        email="sanne@voorbeeld.invalid",
        address="Lindelaan 12, 9999 ZZ Waterveld",
        is_legal_representative=True,
        legal_scope="ouderlijk gezag",
        is_emergency_contact=True,
        priority=1,
    )
    father = Contact(
        id=new_id(),
        checked_on=checked,
        name="Joost de Wit",
        role="ouder",
        phone="06-00000002",
        email="joost@voorbeeld.invalid",
        address="Lindelaan 12, 9999 ZZ Waterveld",
        is_legal_representative=True,
        legal_scope="ouderlijk gezag",
        is_emergency_contact=True,
        priority=2,
    )
    brother = Contact(
        id=new_id(),
        checked_on=checked,
        name="Daan Vermeulen-de Wit",
        role="broer_zus",
        relationship="broer",
        notes="Broer, 13 jaar.",
    )
    aunt = Contact(
        id=new_id(),
        checked_on=checked,
        name="Lies de Wit",
        role="familie",
        relationship="tante (zus van Joost)",
        phone="06-00000003",
        notes="Kent de zorg goed. Wordt mentor als Noor 18 is, samen met ons; het verzoek "
        "gaat naar de kantonrechter vanaf Noors 17e.",
        is_emergency_contact=True,
        priority=3,
        # A representation that starts in the future: outputs say "wordt mentor vanaf".
        is_legal_representative=True,
        legal_scope="mentorschap",
        legal_start=add_months(child.date_of_birth, 18 * 12),
    )
    grandma = Contact(
        id=new_id(),
        checked_on=checked,
        name="Els Vermeulen",
        role="familie",
        relationship="oma (moeder van Sanne)",
        phone="06-00000004",
        notes="Oma. Past elke woensdagmiddag op.",
        is_emergency_contact=True,
        priority=4,
    )
    gp = Contact(
        id=new_id(),
        checked_on=checked,
        name="dr. A. Bakker",
        organisation="Huisartsenpraktijk De Linde",
        role="huisarts",
        phone="0999-000010",
    )
    paediatrician = Contact(
        id=new_id(),
        checked_on=checked,
        name="dr. M. Jansen",
        organisation="Ziekenhuis Rivierland",
        role="kinderarts",
        phone="0999-000020",
    )
    neurologist = Contact(
        id=new_id(),
        checked_on=checked,
        name="dr. P. Smit",
        organisation="Ziekenhuis Rivierland",
        role="kinderneuroloog",
        phone="0999-000021",
    )
    ot = Contact(
        id=new_id(),
        checked_on=checked,
        name="Karin Mulder",
        organisation="Ergotherapie Waterveld",
        role="ergotherapeut",
        phone="0999-000030",
    )
    kdc = Contact(
        id=new_id(),
        checked_on=checked,
        name="Femke (persoonlijk begeleider)",
        organisation="KDC De Vlinder",
        role="kdc",
        phone="0999-000040",
    )
    respite = Contact(
        id=new_id(),
        checked_on=checked,
        organisation="Logeerhuis Het Anker",
        role="logeerhuis",
        phone="0999-000050",
    )
    pgb_worker = Contact(
        id=new_id(),
        checked_on=checked,
        name="Ayla Demir",
        role="pgb_zorgverlener",
        phone="06-00000005",
        notes="Dinsdag- en donderdagavond.",
    )
    zorgkantoor = Contact(
        id=new_id(),
        checked_on=checked,
        organisation="Zorgkantoor Rivierland",
        role="zorgkantoor",
        phone="0999-000060",
    )
    gemeente = Contact(
        id=new_id(),
        checked_on=checked,
        organisation="Gemeente Waterveld",
        name="Wmo-loket",
        role="gemeente",
        phone="14 0999",
    )
    ciz = Contact(id=new_id(), checked_on=checked, organisation="CIZ", role="ciz")
    insurer = Contact(
        id=new_id(),
        checked_on=checked,
        organisation="Zorgverzekeraar Zorgzaam",
        role="zorgverzekeraar",
        phone="0999-000070",
    )
    supplier = Contact(
        id=new_id(),
        checked_on=checked,
        organisation="Revamobiel BV",
        role="leverancier",
        phone="0999-000080",
    )
    copilot = Contact(
        id=new_id(),
        checked_on=checked,
        name="Mirjam Hoekstra",
        organisation="Copiloot Rivierland",
        role="copiloot",
        phone="06-00000006",
    )
    network = [
        mother,
        father,
        brother,
        aunt,
        grandma,
        gp,
        paediatrician,
        neurologist,
        ot,
        kdc,
        respite,
        pgb_worker,
        zorgkantoor,
        gemeente,
        ciz,
        insurer,
        supplier,
        copilot,
    ]

    # --- decisions ---
    old_indication = Decision(
        id=new_id(),
        checked_on=ago(months=40),
        law="Wlz",
        financier="ciz",
        kind="indicatiebesluit",
        reference="CIZ-DEMO-2017-0042",
        subject="Wlz-indicatie",
        decision_date=ago(months=75),
        start_date=ago(months=75),
        end_date=ago(months=38),
        status=DecisionStatus.GRANTED,
        zorgprofiel="VG5",
        leveringsvorm="pgb",
        notes="Vervangen door de herindicatie VG7.",
    )
    indication = Decision(
        id=new_id(),
        checked_on=checked,
        law="Wlz",
        financier="ciz",
        kind="indicatiebesluit",
        reference="CIZ-DEMO-2023-0815",
        subject="Herindicatie Wlz: zorgprofiel VG7",
        decision_date=ago(months=38, days=10),
        start_date=ago(months=38),
        status=DecisionStatus.GRANTED,
        zorgprofiel="VG7",
        leveringsvorm="pgb",
        notes="Geen einddatum. Pgb voor thuis, KDC en logeren in natura (MPT).",
        linked_ids=[old_indication.id],
    )
    pgb = Decision(
        id=new_id(),
        checked_on=checked,
        law="Wlz",
        financier="zorgkantoor",
        kind="pgb_toekenning",
        reference="ZK-DEMO-PGB-7781",
        subject="Pgb Wlz",
        decision_date=ago(months=37),
        start_date=ago(months=37),
        status=DecisionStatus.GRANTED,
        zorgprofiel="VG7",
        leveringsvorm="pgb",
        linked_ids=[indication.id],
    )
    meerzorg = Decision(
        id=new_id(),
        checked_on=checked,
        law="Wlz",
        financier="zorgkantoor",
        kind="meerzorg",
        reference="ZK-DEMO-MZ-3310",
        subject="Meerzorg: extra nachtzorg en 1-op-1 op het KDC",
        decision_date=ago(months=23, days=12),
        start_date=ago(months=23),
        end_date=ahead(weeks=5),
        status=DecisionStatus.GRANTED,
        zorgprofiel="VG7",
        leveringsvorm="pgb",
        linked_ids=[indication.id],
        notes="Toegekend voor twee jaar. Zorgkantoor wil een nieuw zorgplan en urenoverzicht.",
    )
    wheelchair_decision = Decision(
        id=new_id(),
        checked_on=checked,
        law="Wmo",
        financier="gemeente",
        kind="toekenning_hulpmiddel",
        reference="WMO-DEMO-2024-1187",
        subject="Rolstoel met zitorthese in bruikleen",
        decision_date=ago(months=4),
        start_date=ago(months=4),
        status=DecisionStatus.GRANTED,
        leveringsvorm="zin",
    )
    shower_rejection = Decision(
        id=new_id(),
        checked_on=checked,
        law="Wmo",
        financier="gemeente",
        kind="afwijzing",
        reference="WMO-DEMO-2024-1302",
        subject="Douchebrancard en aanpassing badkamer (woningaanpassing)",
        decision_date=ago(weeks=7),
        status=DecisionStatus.REJECTED,
        bezwaar=Bezwaar(
            filed_on=ago(weeks=3),
            decision_period_days=84,
            notes="Bezwaar ingediend met hulp van de copiloot. Hoorzitting "
            "gevraagd. Argument: tillen is niet meer veilig, Wlz dekt "
            "geen woningaanpassing.",
        ),
        notes="Afgewezen: 'valt onder de Wlz'. Het zorgkantoor zegt: 'Wmo'.",
    )
    transport = Decision(
        id=new_id(),
        checked_on=checked,
        law="Wmo",
        financier="gemeente",
        kind="beschikking",
        reference="WMO-DEMO-2024-1399",
        subject="Aangepast vervoer naar het KDC",
        # Ten days left for a bezwaar: the Overzicht offers "Bezwaar maken".
        decision_date=ago(days=32),
        start_date=ago(days=25),
        end_date=ahead(months=12),
        status=DecisionStatus.PARTLY_GRANTED,
        leveringsvorm="zin",
        bezwaar=Bezwaar(
            notes="Noor kan niet alleen heen met het vervoer: 's middags moet zij ook terug "
            "naar huis, en wij kunnen haar niet met de auto halen (rolstoel, geen aangepaste "
            "auto). Zonder terugrit kan zij niet naar het KDC.",
        ),
        notes="Alleen heen, niet terug: terugrit moet opnieuw bekeken worden. Bezwaar in "
        "voorbereiding.",
    )
    feeding_auth = Decision(
        id=new_id(),
        checked_on=checked,
        law="Zvw",
        financier="zorgverzekeraar",
        kind="machtiging",
        reference="ZZ-DEMO-MACHT-55",
        subject="Sondevoeding en toebehoren",
        decision_date=ago(months=10, days=20),
        start_date=ago(months=10),
        end_date=ahead(months=2),
        status=DecisionStatus.GRANTED,
    )
    decisions = [
        old_indication,
        indication,
        pgb,
        meerzorg,
        wheelchair_decision,
        shower_rejection,
        transport,
        feeding_auth,
    ]

    # --- aid requests ---
    wheelchair = _history(
        AidRequest(
            id=new_id(),
            checked_on=ago(days=3),
            title="Rolstoel met zitorthese",
            category="mobiliteit",
            why="Noor is uit haar buggy gegroeid; zit scheef en krijgt pijn in de heup.",
            counters=[
                CounterAttempt(
                    counter="Zorgverzekeraar Zorgzaam",
                    law="Zvw",
                    on=ago(months=10),
                    answer="Rolstoel valt onder de Wmo.",
                ),
                CounterAttempt(
                    counter="Wmo-loket Waterveld",
                    law="Wmo",
                    on=ago(months=9),
                    answer="Melding aangenomen, keukentafelgesprek gepland.",
                ),
            ],
            quotes=[Quote(supplier="Revamobiel BV", amount_cents=1_245_000, on=ago(months=8))],
            professionals=[ot.id, supplier.id],
            decision_ids=[wheelchair_decision.id],
            delivery_check=DeliveryCheck(
                checked_on=ago(days=3),
                is_correct=False,
                issues="Hoofdsteun zit te laag en de voetsteunen zijn te kort. "
                "Leverancier komt terug om aan te passen.",
            ),
        ),
        [
            (AidStage.NEED, ago(months=10, days=5), "Buggy past niet meer"),
            (
                AidStage.PREPARING,
                ago(months=9),
                "Ergotherapeut schrijft advies, passen bij leverancier",
            ),
            (AidStage.SUBMITTED, ago(months=7), "Aanvraag met advies en offerte ingediend"),
            (AidStage.ASSESSMENT, ago(months=6), "Adviseur gemeente komt kijken"),
            (AidStage.DECISION, ago(months=4), "Toegekend in bruikleen"),
            (AidStage.ORDERED, ago(months=3, days=20), "Leverancier bestelt onderstel"),
            (AidStage.DELIVERED, ago(days=5), "Geleverd, afstellen volgt"),
        ],
    )
    shower = _history(
        AidRequest(
            id=new_id(),
            checked_on=ago(weeks=3),
            title="Douchebrancard en badkameraanpassing",
            category="woningaanpassing",
            why="Noor weegt 28 kilo; tillen in en uit bad is niet meer veilig voor haar en "
            "voor ons (rugklachten Sanne).",
            counters=[
                CounterAttempt(
                    counter="Wmo-loket Waterveld",
                    law="Wmo",
                    on=ago(months=5),
                    answer="Wlz-cliënt: vraag het zorgkantoor.",
                ),
                CounterAttempt(
                    counter="Zorgkantoor Rivierland",
                    law="Wlz",
                    on=ago(months=5),
                    answer="Woningaanpassing thuis valt onder de Wmo.",
                ),
                CounterAttempt(
                    counter="Wmo-loket Waterveld",
                    law="Wmo",
                    on=ago(months=4),
                    answer="Toch aanvraag aangenomen na mail van de copiloot.",
                ),
            ],
            quotes=[Quote(supplier="Revamobiel BV", amount_cents=489_500, on=ago(months=4))],
            professionals=[ot.id, copilot.id],
            # The rejection says "voorliggende voorziening Wlz": the Wlz indication belongs
            # beside it in the aanvraagdossier.
            decision_ids=[shower_rejection.id, indication.id],
        ),
        [
            (AidStage.NEED, ago(months=6), ""),
            (AidStage.PREPARING, ago(months=5), "Heen en weer tussen loket en zorgkantoor"),
            (AidStage.SUBMITTED, ago(months=4), ""),
            (AidStage.ASSESSMENT, ago(months=3), "Huisbezoek Wmo-adviseur"),
            (AidStage.DECISION, ago(weeks=7), "Afgewezen"),
            (AidStage.BEZWAAR, ago(weeks=5), "Bezwaar voorbereid met de copiloot"),
            (AidStage.BEZWAAR_FILED, ago(weeks=3), "Aangetekend verstuurd"),
        ],
    )
    communication = _history(
        AidRequest(
            id=new_id(),
            checked_on=ago(months=1),
            title="Communicatiehulpmiddel (schakelaar met spraakuitvoer)",
            category="communicatie",
            why="Op het KDC leert Noor kiezen met een grote knop; thuis willen we dat ook.",
            professionals=[kdc.id],
        ),
        [
            (AidStage.NEED, ago(months=2), "Idee van de logopedist op het KDC"),
            (AidStage.PREPARING, ago(months=1), "Proefperiode met een leenexemplaar"),
        ],
    )
    bed = _history(
        AidRequest(
            id=new_id(),
            checked_on=ago(days=20),
            title="Hoog-laagbed met zachte zijkanten",
            category="slapen",
            why="Veilig slapen, epilepsie 's nachts.",
            notes="Motor maakt lawaai en stopt soms halverwege.",
        ),
        [
            (AidStage.SUBMITTED, ago(months=50), ""),
            (AidStage.DECISION, ago(months=48), "Toegekend"),
            (AidStage.DELIVERED, ago(months=46), ""),
            (AidStage.IN_USE, ago(months=46), ""),
            (AidStage.REPAIR, ago(days=20), "Motor kapot, monteur gebeld"),
        ],
    )
    aid_requests = [wheelchair, shower, communication, bed]

    # --- care plans ---
    kdc_plan = CarePlan(
        id=new_id(),
        checked_on=ago(months=1),
        provider="KDC De Vlinder",
        provider_contact_id=kdc.id,
        title="Ondersteuningsplan",
        goals=[
            Goal(
                text="Noor kiest met de grote knop tussen twee activiteiten",
                status=GoalStatus.WORKING,
            ),
            Goal(
                text="Noor zit elke dag 2 keer 45 minuten in de zitorthese zonder pijn",
                status=GoalStatus.WORKING,
            ),
            Goal(text="Zwemmen in het warmwaterbad eens per week", status=GoalStatus.REACHED),
        ],
        agreements=[
            Agreement(
                what="Overdrachtsschriftje elke dag mee", who="KDC en ouders", when="dagelijks"
            ),
            Agreement(
                what="Aanvallen noteren in de gedeelde lijst", who="KDC", when="bij elke aanval"
            ),
            Agreement(
                what="Fysiotherapie op het KDC", who="fysiotherapeut KDC", when="dinsdag en vrijdag"
            ),
        ],
        evaluation_dates=[
            Evaluation(
                planned_on=ago(months=10, days=3),
                held_on=ago(months=10),
                outcome="Doelen bijgesteld; knop-training gestart.",
            ),
            Evaluation(planned_on=ahead(weeks=6)),
        ],
        next_meeting_prep="Vragen: kan de 1-op-1 begeleiding blijven als de meerzorg stopt? "
        "Hoe gaat het met kiezen met de knop? Nieuwe rolstoel: zit ze goed?",
        valid_from=ago(months=10),
    )
    respite_plan = CarePlan(
        id=new_id(),
        checked_on=ago(months=6),
        provider="Logeerhuis Het Anker",
        provider_contact_id=respite.id,
        title="Zorgplan logeren",
        goals=[
            Goal(text="Noor logeert één weekend per maand ontspannen", status=GoalStatus.REACHED)
        ],
        agreements=[
            Agreement(
                what="Medicijnen in weekdoos mee, met lijst", who="ouders", when="elke logeerpartij"
            ),
            Agreement(
                what="Bellen bij een aanval met noodmedicatie",
                who="logeerhuis",
                when="altijd, ook 's nachts",
            ),
        ],
        evaluation_dates=[
            Evaluation(
                planned_on=ago(months=13),
                held_on=ago(months=13),
                outcome="Gaat goed. Vaste begeleider gevraagd.",
            )
        ],
        next_meeting_prep="Vaste begeleider op zaterdag? Langer logeren in de zomer "
        "(opstap naar deeltijd wonen).",
        valid_from=ago(months=25),
    )

    future_plan = FuturePlan(
        id=new_id(),
        checked_on=ago(months=11),
        emergency_plan=EmergencyPlan(
            who_comes="Tante Lies komt binnen 2 uur; tot dan oma Els (woont om de hoek).",
            who_to_call="1. Lies de Wit 2. Els Vermeulen 3. Copiloot Mirjam 4. Logeerhuis "
            "Het Anker (spoedbed afgesproken)",
            where_child_can_stay="Thuis met Lies en de pgb-zorgverleners; als dat niet gaat "
            "in het logeerhuis (spoedopvang, max. 2 weken).",
            first_24_hours="Medicijnen volgens de lijst op de koelkast. Sondevoeding staat in "
            "de bijkeuken. Het KDC en de bus afbellen.",
        ),
        care_tasks=[
            CareTask(
                task="Sondevoeding en medicijnen",
                who_takes_over="Lies de Wit",
                backup="Ayla Demir (pgb)",
                what_they_must_know="Omeprazol een half uur vóór de voeding. Sonde "
                "altijd doorspoelen met 20 ml water.",
            ),
            CareTask(
                task="Nachten (wakker worden om 03:00, alarm)",
                who_takes_over="Ayla Demir (pgb, extra nachten)",
                backup="",
                what_they_must_know="Zingen helpt; op de zij draaien.",
            ),
        ],
        legal=LegalMoney(
            representation="Vanaf 18 jaar: mentorschap en bewind (samen met tante Lies).",
            representative_contact_id=aunt.id,
            pgb_budget_holder="Sanne (nu); later de mentor of bewindvoerder.",
            notes="Testament nog niet gemaakt.",
        ),
        parents_words="",
    )

    def log(
        days_ago: int,
        who: Contact | None,
        channel: JournalChannel,
        summary: str,
        follow_up: str = "",
        follow_up_in: int | None = None,
        done: bool = False,
        linked: list[str] | None = None,
        who_text: str = "",
    ) -> JournalEntry:
        return JournalEntry(
            id=new_id(),
            on=ago(days=days_ago),
            who=who_text or (who.name or who.organisation if who else ""),
            contact_id=who.id if who else None,
            channel=channel,
            summary=summary,
            follow_up=follow_up,
            follow_up_on=ahead(days=follow_up_in) if follow_up_in is not None else None,
            follow_up_done=done,
            linked_ids=linked or [],
        )

    journal = [
        log(
            300,
            ot,
            JournalChannel.MEETING,
            "Ergotherapeut bekijkt zithouding; adviseert rolstoel met zitorthese.",
            linked=[wheelchair.id],
        ),
        log(
            280,
            gemeente,
            JournalChannel.PHONE,
            "Melding rolstoel gedaan. Keukentafelgesprek over 3 weken.",
            linked=[wheelchair.id],
        ),
        log(
            150,
            gemeente,
            JournalChannel.PHONE,
            "Wmo-loket: douchebrancard is Wlz, bel het zorgkantoor.",
            linked=[shower.id],
        ),
        log(
            149,
            zorgkantoor,
            JournalChannel.PHONE,
            "Zorgkantoor: woningaanpassing valt onder "
            "de Wmo, niet onder de Wlz. Vraag dat schriftelijk!",
            linked=[shower.id],
        ),
        log(
            140,
            copilot,
            JournalChannel.EMAIL,
            "Copiloot mailt het Wmo-loket met uitleg over "
            "de Wlz en de Wmo. Aanvraag alsnog aangenomen.",
            linked=[shower.id],
        ),
        log(
            120,
            gemeente,
            JournalChannel.LETTER,
            "Rolstoel toegekend in bruikleen.",
            linked=[wheelchair_decision.id, wheelchair.id],
        ),
        log(
            100,
            supplier,
            JournalChannel.PHONE,
            "Leverancier: onderstel besteld, levertijd 10 tot 12 weken.",
            linked=[wheelchair.id],
        ),
        log(
            90,
            zorgkantoor,
            JournalChannel.PHONE,
            "Gevraagd hoe meerzorg verlengen gaat. "
            "Antwoord: nieuw zorgplan, urenoverzicht en verklaring AVG-arts of kinderarts.",
            follow_up="Verklaring kinderarts aanvragen voor meerzorg",
            follow_up_in=-30,
            done=True,
            linked=[meerzorg.id],
        ),
        log(
            60,
            paediatrician,
            JournalChannel.PORTAL,
            "Verklaring voor meerzorg gevraagd via het patiëntenportaal.",
            follow_up="Navragen of de verklaring klaar is",
            follow_up_in=-10,
            linked=[meerzorg.id],
        ),
        log(
            49,
            gemeente,
            JournalChannel.LETTER,
            "Afwijzing douchebrancard ontvangen.",
            linked=[shower_rejection.id, shower.id],
        ),
        log(
            45,
            copilot,
            JournalChannel.MEETING,
            "Met copiloot bezwaar voorbereid: foto's badkamer, brief ergotherapeut, rugklachten.",
            linked=[shower_rejection.id],
        ),
        log(
            21,
            gemeente,
            JournalChannel.LETTER,
            "Bezwaar aangetekend verstuurd en ontvangstbevestiging gevraagd.",
            follow_up="Bellen als er geen ontvangstbevestiging is",
            follow_up_in=3,
            linked=[shower_rejection.id],
        ),
        log(
            12,
            gemeente,
            JournalChannel.LETTER,
            "Vervoer naar KDC deels toegekend (alleen heen).",
            follow_up="Met copiloot bespreken: bezwaar tegen alleen heen?",
            follow_up_in=10,
            linked=[transport.id],
        ),
        log(
            5,
            supplier,
            JournalChannel.MEETING,
            "Rolstoel geleverd. Hoofdsteun en voetsteunen kloppen niet.",
            follow_up="Afspraak leverancier voor afstellen bevestigen",
            follow_up_in=7,
            linked=[wheelchair.id],
        ),
        log(
            2,
            kdc,
            JournalChannel.OTHER,
            "Overdrachtsschrift: Noor had 2 korte aanvallen, geen noodmedicatie nodig.",
            who_text="KDC De Vlinder",
        ),
    ]

    return DossierContent(
        child=child,
        signals=signals,
        medications=medications,
        allergies=allergies,
        epilepsy=epilepsy,
        feeding=feeding,
        breathing=breathing,
        alerts=alerts,
        network=network,
        decisions=decisions,
        aid_requests=aid_requests,
        care_plans=[kdc_plan, respite_plan],
        future_plan=future_plan,
        journal=journal,
    )


# --- large dossier for benchmarks -------------------------------------------------------------

_WORDS = (
    "aanvraag besluit zorgkantoor gemeente rolstoel sonde medicatie logeren verlenging bezwaar "
    "offerte ergotherapeut keukentafelgesprek herindicatie meerzorg pgb verantwoording "
    "machtiging voeding aanval nacht evaluatie zorgplan doelen afspraken leverancier "
    "reparatie tillift douchebrancard vervoer KDC dagbesteding copiloot kinderarts AVG-arts "
    "huisarts fysiotherapie wachtlijst mentor bewind toekomst oppas broer oma"
).split()
_LAWS = ("Wlz", "Wmo", "Zvw", "Jeugdwet")
_KINDS = (
    "indicatiebesluit",
    "beschikking",
    "meerzorg",
    "machtiging",
    "pgb_toekenning",
    "afwijzing",
    "toekenning_hulpmiddel",
)
_ROLES = (
    "huisarts",
    "kinderarts",
    "avg_arts",
    "fysiotherapeut",
    "ergotherapeut",
    "logopedist",
    "kdc",
    "logeerhuis",
    "pgb_zorgverlener",
    "zorgkantoor",
    "gemeente",
    "zorgverzekeraar",
    "leverancier",
    "copiloot",
    "familie",
)
_AID_CATEGORIES = (
    "mobiliteit",
    "zitten_houding",
    "tillen_transfer",
    "slapen",
    "hygiene",
    "woningaanpassing",
    "vervoer",
    "communicatie",
)


def large_demo_content(
    today: date,
    years: int = 20,
    seed: int = 7,
    journal_entries: int = 20_000,
    decisions: int = 300,
    aid_requests: int = 400,
    care_plans: int = 60,
    medications: int = 200,
) -> DossierContent:
    """A big, deterministic dossier spanning `years` years (for benchmarks and search tests)."""
    rnd = random.Random(seed)
    new_id = _Ids(rnd)
    span = years * 365
    start = today - timedelta(days=span)

    def day() -> date:
        return start + timedelta(days=rnd.randrange(span))

    def text(n: int) -> str:
        return " ".join(rnd.choice(_WORDS) for _ in range(n)).capitalize() + "."

    base = demo_content(today)
    child = replace(base.child, date_of_birth=start - timedelta(days=400))
    # The mentorschap starts on this (older) child's 18th birthday: she is a mentor now.
    adult = add_months(child.date_of_birth, 18 * 12)
    network = [replace(c, legal_start=adult) if c.legal_scope == "mentorschap" else c
               for c in base.network] + [
        Contact(
            id=new_id(),
            name=f"Contact {i}",
            organisation=text(2),
            role=rnd.choice(_ROLES),
            phone=f"0999-{i:06d}",
            notes=text(8),
        )
        for i in range(120)
    ]
    contact_ids = [c.id for c in network]

    decision_list = []
    for _ in range(decisions):
        decided = day()
        status = rnd.choice(list(DecisionStatus))
        kind = rnd.choice(_KINDS)
        kind, status = reconcile_kind_and_status(kind, status)
        end = decided + timedelta(days=rnd.randrange(180, 1500)) if rnd.random() < 0.7 else None
        bezwaar = None
        if status == DecisionStatus.REJECTED and rnd.random() < 0.5:
            bezwaar = Bezwaar(
                filed_on=decided + timedelta(days=rnd.randrange(1, 40)),
                decision_period_days=rnd.choice((42, 84)),
                notes=text(10),
            )
        decision_list.append(
            Decision(
                id=new_id(),
                law=rnd.choice(_LAWS),
                kind=kind,
                financier=rnd.choice(("ciz", "zorgkantoor", "gemeente", "zorgverzekeraar")),
                reference=f"DEMO-{rnd.randrange(10**6):06d}",
                subject=text(6),
                decision_date=decided,
                start_date=decided,
                end_date=end,
                status=DecisionStatus(status),
                zorgprofiel=rnd.choice(("", "VG5", "VG7", "VG8")),
                bezwaar=bezwaar,
                notes=text(25),
            )
        )
    decision_ids = [d.id for d in decision_list]

    stages = list(AidStage)
    aid_list = []
    for i in range(aid_requests):
        on = day()
        steps = []
        for stage in stages[: rnd.randrange(2, len(stages) + 1)]:
            steps.append((stage, on, text(5)))
            on += timedelta(days=rnd.randrange(1, 60))
        aid_list.append(
            _history(
                AidRequest(
                    id=new_id(),
                    title=f"Hulpmiddel {i}: {text(3)}",
                    category=rnd.choice(_AID_CATEGORIES),
                    why=text(20),
                    counters=[
                        CounterAttempt(
                            counter=text(2), law=rnd.choice(_LAWS), on=day(), answer=text(10)
                        )
                        for _ in range(rnd.randrange(3))
                    ],
                    quotes=[
                        Quote(
                            supplier=text(2),
                            amount_cents=rnd.randrange(10_000, 5_000_000),
                            on=day(),
                        )
                    ],
                    professionals=rnd.sample(contact_ids, 2),
                    decision_ids=rnd.sample(decision_ids, 1),
                    notes=text(15),
                ),
                steps,
            )
        )

    plans = []
    for i in range(care_plans):
        valid_from = day()
        plans.append(
            CarePlan(
                id=new_id(),
                provider=f"Zorgaanbieder {i % 12}",
                title=text(3),
                provider_contact_id=rnd.choice(contact_ids),
                goals=[Goal(text=text(10), status=rnd.choice(list(GoalStatus))) for _ in range(4)],
                agreements=[Agreement(what=text(8), who=text(2), when=text(2)) for _ in range(4)],
                evaluation_dates=[
                    Evaluation(
                        planned_on=valid_from + timedelta(days=365 * k),
                        held_on=valid_from + timedelta(days=365 * k + 3),
                        outcome=text(12),
                    )
                    for k in range(3)
                ],
                next_meeting_prep=text(30),
                valid_from=valid_from,
                valid_until=valid_from + timedelta(days=3 * 365),
            )
        )

    meds = []
    for _ in range(medications):
        begin = day()
        meds.append(
            Medication(
                id=new_id(),
                name=text(1).rstrip("."),
                dose=f"{rnd.randrange(1, 500)} mg",
                form_route="via de sonde",
                times=["08:00", "20:00"],
                purpose=text(3),
                start_date=begin,
                stop_date=begin + timedelta(days=rnd.randrange(30, 2000))
                if rnd.random() < 0.9
                else None,
                notes=text(8),
            )
        )

    record_ids = decision_ids + [a.id for a in aid_list]
    journal = []
    for _ in range(journal_entries):
        follow = rnd.random() < 0.2
        on = day()
        journal.append(
            JournalEntry(
                id=new_id(),
                on=on,
                who=text(2),
                contact_id=rnd.choice(contact_ids),
                channel=rnd.choice(list(JournalChannel)),
                summary=text(rnd.randrange(10, 60)),
                follow_up=text(6) if follow else "",
                follow_up_on=on + timedelta(days=rnd.randrange(1, 30)) if follow else None,
                follow_up_done=follow and rnd.random() < 0.8,
                linked_ids=[rnd.choice(record_ids)] if rnd.random() < 0.5 else [],
            )
        )

    return replace(
        base,
        child=child,
        network=network,
        decisions=base.decisions + decision_list,
        aid_requests=base.aid_requests + aid_list,
        care_plans=base.care_plans + plans,
        medications=base.medications + meds,
        journal=base.journal + journal,
    )
