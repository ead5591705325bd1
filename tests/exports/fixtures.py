"""A small fictional dossier, a drawn placeholder photo and in-memory documents for PDF tests."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.model import (
    Agreement,
    AidRequest,
    AidStage,
    Alert,
    Allergy,
    Breathing,
    CarePlan,
    CareTask,
    Contact,
    CounterAttempt,
    Decision,
    DecisionStatus,
    DossierContent,
    EmergencyPlan,
    EpilepsyProtocol,
    Evaluation,
    Feeding,
    FeedingMethod,
    FuturePlan,
    Goal,
    GoalStatus,
    Housing,
    JournalChannel,
    JournalEntry,
    LegalMoney,
    Medication,
    Quote,
    SeizureType,
    Signal,
    SignalCategory,
    StageTransition,
    WaitingListRegistration,
)
from exports.pdf._base import FONT, register_fonts

TODAY = date(2026, 11, 23)
BSN = "111222333"  # passes the elfproef; fictional
PHOTO_ID = "f" * 32
QUOTE_PDF_ID = "a" * 32
IMAGE_DOC_ID = "b" * 32
WORD_DOC_ID = "c" * 32
QUOTE_PDF_MARKER = "OFFERTE-KLAVERTJE-7731"


def placeholder_photo(size: tuple[int, int] = (480, 600)) -> bytes:
    """A drawn, friendly illustration (not a real person) as JPEG bytes."""
    w, h = size
    img = Image.new("RGB", size, (214, 234, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, int(h * 0.78), w, h], fill=(171, 214, 163))
    d.ellipse([w * 0.22, h * 0.16, w * 0.78, h * 0.62], fill=(242, 204, 170))  # face
    d.pieslice([w * 0.18, h * 0.08, w * 0.82, h * 0.52], 180, 360, fill=(120, 72, 40))  # hair
    d.ellipse([w * 0.36, h * 0.34, w * 0.42, h * 0.40], fill=(60, 60, 60))
    d.ellipse([w * 0.58, h * 0.34, w * 0.64, h * 0.40], fill=(60, 60, 60))
    d.arc([w * 0.38, h * 0.40, w * 0.62, h * 0.52], 20, 160, fill=(170, 60, 60), width=6)
    d.rectangle([w * 0.30, h * 0.62, w * 0.70, h * 0.80], fill=(235, 120, 90))  # shirt
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def small_pdf(marker: str = QUOTE_PDF_MARKER, pages: int = 2) -> bytes:
    register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, invariant=1, initialFontName=FONT)
    for i in range(pages):
        c.setFont(FONT, 14)
        c.drawString(72, 760, f"Offerte Revalidatietechniek Klavertje, blad {i + 1}")
        c.drawString(72, 730, marker)
        c.rect(60, 60, A4[0] - 120, A4[1] - 120)
        c.showPage()
    c.save()
    return out.getvalue()


def image_document() -> bytes:
    img = Image.new("RGB", (800, 500), (250, 250, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([100, 200, 700, 300], outline=(40, 40, 40), width=8)  # a drawn "wheelchair" bar
    d.ellipse([150, 280, 300, 430], outline=(40, 40, 40), width=8)
    d.ellipse([500, 280, 650, 430], outline=(40, 40, 40), width=8)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


class MemoryDocuments:
    """DocumentSource in memory."""

    def __init__(self) -> None:
        self.docs: dict[str, tuple[str, str, bytes]] = {
            PHOTO_ID: ("noor.jpg", "image/jpeg", placeholder_photo()),
            QUOTE_PDF_ID: ("offerte-klavertje.pdf", "application/pdf", small_pdf()),
            IMAGE_DOC_ID: ("foto-huidige-rolstoel.png", "image/png", image_document()),
            WORD_DOC_ID: ("verslag-ergotherapeut.docx", "application/vnd.openxmlformats-"
                          "officedocument.wordprocessingml.document", b"PK\x03\x04fake"),
        }  # fmt: skip

    def info(self, doc_id: str) -> tuple[str, str]:
        name, mime, _ = self.docs[doc_id]
        return name, mime

    def read(self, doc_id: str) -> bytes:
        return self.docs[doc_id][2]


def content() -> DossierContent:
    checked = date(2026, 11, 1)
    mama = Contact(
        name="Sanne Bakker", role="ouder", phone="06-11111111", is_emergency_contact=True,
        priority=1, is_legal_representative=True, legal_scope="mentorschap", checked_on=checked,
    )  # fmt: skip
    papa = Contact(
        name="Ruben Bakker", role="ouder", phone="06-22222222", is_emergency_contact=True,
        priority=2, checked_on=checked,
    )  # fmt: skip
    neuro = Contact(
        name="dr. L. Verhoef", organisation="Kinderneurologie Zuiderziekenhuis",
        role="medisch_specialist", phone="010-3333333", checked_on=checked,
    )  # fmt: skip
    ergo = Contact(
        name="Femke de Wit", organisation="Revalidatiecentrum De Brug", role="ergotherapeut",
        phone="010-4444444", checked_on=checked,
    )  # fmt: skip
    gemeente = Contact(organisation="Gemeente Waalstad, Wmo-loket", role="gemeente",
                       phone="14 0999")  # fmt: skip
    decision = Decision(
        law="Wmo", financier="gemeente", kind="beschikking", reference="WMO-2026-0815",
        subject="Aangepaste rolstoel met zitschelp", decision_date=date(2026, 10, 28),
        status=DecisionStatus.REJECTED,
        notes="Afgewezen: volgens de gemeente is de huidige rolstoel nog passend.",
        checked_on=date(2026, 11, 2),
    )  # fmt: skip
    wlz = Decision(
        law="Wlz", financier="ciz", kind="indicatiebesluit", reference="CIZ-778812",
        subject="Wlz-indicatie", decision_date=date(2019, 5, 14), start_date=date(2019, 6, 1),
        status=DecisionStatus.GRANTED, zorgprofiel="VG7", leveringsvorm="pgb",
        checked_on=date(2026, 1, 10),
    )  # fmt: skip
    request = AidRequest(
        title="Rolstoel met zitschelp",
        category="rolstoel",
        why="Noor zakt onderuit in haar huidige rolstoel. Ze krijgt dan minder lucht en "
        "verslikt zich vaker. Een zitschelp geeft steun aan romp en hoofd.",
        counters=[
            CounterAttempt(counter="Zorgverzekeraar", law="Zvw", on=date(2026, 6, 3),
                           answer="Niet via de zorgverzekering: dit is Wmo."),
            CounterAttempt(counter="Wmo-loket gemeente", law="Wmo", on=date(2026, 6, 10),
                           answer="Melding genoteerd, keukentafelgesprek gepland."),
        ],  # fmt: skip
        stage=AidStage.BEZWAAR,
        transitions=[
            StageTransition(stage=AidStage.PREPARING, on=date(2026, 6, 1)),
            StageTransition(stage=AidStage.SUBMITTED, on=date(2026, 7, 15),
                            note="Aanvraag met offerte en verslag ergotherapeut."),
            StageTransition(stage=AidStage.DECISION, on=date(2026, 10, 28), note="Afgewezen."),
            StageTransition(stage=AidStage.BEZWAAR, on=date(2026, 11, 5)),
        ],  # fmt: skip
        quotes=[Quote(supplier="Revalidatietechniek Klavertje", amount_cents=1234550,
                      on=date(2026, 7, 1), document_id=QUOTE_PDF_ID)],
        professionals=[ergo.id],
        decision_ids=[decision.id],
        document_ids=[QUOTE_PDF_ID, IMAGE_DOC_ID, WORD_DOC_ID],
        checked_on=date(2026, 11, 5),
    )  # fmt: skip
    return DossierContent(
        child=ChildProfileFactory.make(checked),
        signals=[
            Signal(
                category=SignalCategory.PAIN,
                what_you_see="Ik trek mijn knieën op en kreun zacht, mijn gezicht wordt bleek.",
                meaning="Ik heb pijn, vaak in mijn buik.",
                what_to_do="Leg me op mijn zij, voel of mijn buik hard is. "
                "Bel mama als het na een half uur niet minder wordt.",
                channel="geluid en houding",
                checked_on=checked,
            ),
            Signal(
                category=SignalCategory.DISCOMFORT,
                what_you_see="Ik draai mijn hoofd weg en word onrustig.",
                meaning="Het is me te druk of te fel.",
                what_to_do="Doe het licht zachter en praat rustig.",
                checked_on=checked,
            ),
            Signal(
                category=SignalCategory.CONTENTMENT,
                what_you_see="Ik maak zachte geluidjes en mijn handen worden los.",
                meaning="Ik voel me fijn.",
                what_to_do="Blijf lekker bij me.",
                checked_on=checked,
            ),
            Signal(
                category=SignalCategory.TIREDNESS,
                what_you_see="Mijn ogen draaien weg en ik gaap veel.",
                meaning="Ik ben moe.",
                what_to_do="Laat me rusten in de ligstoel.",
                checked_on=checked,
            ),
        ],  # fmt: skip
        medications=[
            Medication(
                name="Levetiracetam",
                dose="250 mg",
                form_route="drank via sonde",
                times=["08:00", "20:00"],
                purpose="epilepsie",
                checked_on=checked,
            ),
            Medication(
                name="Valproïnezuur",
                dose="150 mg",
                form_route="drank via sonde",
                times=["08:00", "20:00"],
                purpose="epilepsie",
                checked_on=checked,
            ),
            Medication(
                name="Macrogol",
                dose="1 sachet",
                form_route="via sonde",
                times=["08:00"],
                purpose="ontlasting",
                checked_on=checked,
            ),
            Medication(  # stopped: no output may print it as current
                name="Carbamazepine",
                dose="100 mg",
                form_route="drank via sonde",
                times=["08:00"],
                purpose="epilepsie (gestopt om bijwerkingen)",
                start_date=date(2023, 3, 1),
                stop_date=date(2025, 6, 1),
                checked_on=checked,
            ),
            Medication(
                name="Midazolam",
                dose="5 mg",
                form_route="in het wangslijmvlies",
                purpose="noodmedicatie bij een lange aanval",
                is_rescue=True,
                checked_on=checked,
            ),
        ],  # fmt: skip
        allergies=[
            Allergy(
                substance="Penicilline",
                reaction="Huiduitslag en benauwd",
                severity="ernstig",
                checked_on=checked,
            ),
            Allergy(
                substance="Pleisters met latex",
                reaction="Rode, jeukende huid",
                is_intolerance=True,
                checked_on=checked,
            ),
        ],  # fmt: skip
        epilepsy=EpilepsyProtocol(
            seizure_types=[
                SeizureType(
                    name="Tonisch-clonische aanval",
                    what_it_looks_like="Armen en "
                    "benen worden stijf en gaan dan schokken; ik reageer niet.",
                    usual_duration="1 tot 3 minuten",
                    what_to_do="Leg me op mijn zij, haal dingen weg, kijk op de klok.",
                ),
                SeizureType(
                    name="Absence",
                    what_it_looks_like="Ik staar en knipper met mijn ogen.",
                    usual_duration="enkele seconden",
                    what_to_do="Noteer het in het aanvallenschrift.",
                ),
            ],  # fmt: skip
            rescue_medication_when="De aanval duurt langer dan 5 minuten, of drie "
            "aanvallen binnen een uur.",
            rescue_medication="Midazolam 5 mg in het wangslijmvlies (rode tas in de rolstoel).",
            call_112_when="Na de midazolam is de aanval na 10 minuten nog niet over, of mijn "
            "lippen worden blauw.",
            after_seizure="Ik ben daarna erg moe en slaap 1 à 2 uur. Laat me op mijn zij "
            "liggen en let op mijn ademhaling.",
            checked_on=date(2026, 11, 10),
        ),
        feeding=Feeding(
            method=FeedingMethod.SONDE,
            product="Nutrini Energy Multi Fibre",
            schedule="4 keer per dag 250 ml: 07:00, 11:00, 15:00, 19:00",
            pump_rate="125 ml per uur",
            swallowing_risks="Ik verslik me snel in dun drinken. "
            "Geef alleen een likje vla of yoghurt, nooit water via de mond.",
            drinking="Water via de sonde, 4 keer 100 ml.",
            checked_on=checked,
        ),  # fmt: skip
        breathing=Breathing(
            suction="Soms slijm uitzuigen met de uitzuigpomp (naast mijn bed).",
            notes="Bij verkoudheid extra rechtop zitten.",
            checked_on=checked,
        ),
        alerts=[
            Alert(
                title="Geen bloeddruk meten aan mijn linkerarm",
                details="Daar zit een oud infuuslitteken dat snel pijn doet.",
                checked_on=checked,
            )
        ],  # fmt: skip
        network=[mama, papa, neuro, ergo, gemeente],
        decisions=[decision, wlz],
        aid_requests=[request],
        care_plans=[
            CarePlan(
                provider="KDC De Regenboog",
                title="Zorgplan 2026",
                goals=[
                    Goal(
                        text="Noor zit elke dag een uur in de stastoel.", status=GoalStatus.WORKING
                    )
                ],
                agreements=[
                    Agreement(
                        what="Fysio oefent de stastoel", who="fysiotherapeut", when="elke dinsdag"
                    )
                ],
                evaluation_dates=[Evaluation(planned_on=date(2027, 3, 1))],
                next_meeting_prep="Vragen naar de nieuwe stastoel.",
                valid_from=date(2026, 1, 1),
                valid_until=date(2026, 12, 31),
                checked_on=date(2026, 2, 1),
            )
        ],  # fmt: skip
        future_plan=FuturePlan(
            emergency_plan=EmergencyPlan(
                who_comes="Tante Mirjam (zus van Sanne) komt binnen een uur.",
                who_to_call="Eerst papa of mama, dan tante Mirjam, dan het logeerhuis.",
                where_child_can_stay="Logeerhuis De Vlinder kan Noor met spoed opnemen.",
                first_24_hours="De sondevoeding en medicijnen gaan gewoon door; het schema "
                "hangt op de koelkast.",
            ),
            care_tasks=[
                CareTask(
                    task="Sondevoeding en medicijnen",
                    who_takes_over="Tante Mirjam",
                    backup="Thuiszorg Samen",
                    what_they_must_know="Het schema ligt in "
                    "de rode map. Spoel de sonde na elk medicijn.",
                ),
                CareTask(
                    task="Afspraken met artsen",
                    who_takes_over="Opa Henk",
                    backup="Copiloot Annelies",
                ),
            ],  # fmt: skip
            legal=LegalMoney(
                representation="Mentorschap en bewind vanaf 18 jaar aangevraagd.",
                representative_contact_id=mama.id,
                will="Testament bij notaris Smit (2024).",
                pgb_budget_holder="Sanne Bakker",
            ),  # fmt: skip
            housing=Housing(
                wishes="Later wonen in een kleine groep dichtbij, met een eigen kamer.",
                waiting_lists=[
                    WaitingListRegistration(
                        where="Woonvorm Het Anker", registered_on=date(2025, 4, 1)
                    )
                ],
                respite="Eén weekend per maand in Logeerhuis De Vlinder.",
            ),  # fmt: skip
            parents_words="Noor is ons zonnetje. Ze laat je heel goed merken wat ze wil, "
            "als je de tijd neemt om naar haar te kijken.",
            review_date=date(2027, 6, 1),
            checked_on=date(2026, 9, 1),
        ),
        journal=[
            JournalEntry(
                on=date(2026, 6, 10),
                who="Wmo-consulent mevr. Jansen",
                channel=JournalChannel.PHONE,
                contact_id=gemeente.id,
                summary="Melding gedaan voor een nieuwe rolstoel.",
                linked_ids=[request.id],
            ),
            JournalEntry(
                on=date(2026, 10, 30),
                who="Wmo-consulent mevr. Jansen",
                channel=JournalChannel.LETTER,
                summary="Afwijzing ontvangen.",
                follow_up="Bezwaar maken",
                follow_up_on=date(2026, 12, 8),
                linked_ids=[request.id, decision.id],
            ),
            JournalEntry(on=date(2026, 8, 1), who="Apotheek", summary="Niet over de rolstoel."),
        ],  # fmt: skip
    )


class ChildProfileFactory:
    @staticmethod
    def make(checked: date):
        from app.model import ChildProfile

        return ChildProfile(
            name="Noor Bakker",
            date_of_birth=date(2015, 4, 12),
            photo_document_id=PHOTO_ID,
            bsn=BSN,
            diagnoses=["Ernstige meervoudige beperking (ZEVMB)", "Epilepsie",
                       "Cerebrale parese"],
            about_me="Ik ben Noor, ik ben 11 jaar. Ik praat niet met woorden, maar met mijn "
            "gezicht, geluiden en mijn lijf. Ik woon thuis met papa, mama en mijn broer Tijn.",
            happy_with="Muziek van Kinderen voor Kinderen, schommelen, warm water, de stem "
            "van mijn broer.",
            dislikes="Harde geluiden, fel licht in mijn ogen, koude handen.",
            daily_rhythm="Ik word om 07:00 wakker. Van 09:00 tot 15:00 ben ik op het KDC.",
            sleep="Ik slaap van 19:30 tot 07:00 in mijn hoog-laagbed met zijkanten.",
            positioning="Draai me 's nachts om de 3 uur. Overdag een kussen tussen mijn "
            "knieën.",
            personal_care="Luiers; verschonen op de verzorgingstafel. Tanden poetsen met "
            "een kleine zachte borstel.",
            sensory_profile="Ik zie slecht aan de linkerkant. Praat tegen me aan mijn "
            "rechterkant.",
            checked_on=checked,
        )  # fmt: skip
