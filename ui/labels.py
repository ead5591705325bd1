"""Dutch labels that live in app/ and storage/, marked here so lupdate finds them.

Generated from the dictionaries in app.model and the messages of storage.keys;
tests/ui/test_i18n.py checks that it stays complete.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

LABELS = [
    QT_TRANSLATE_NOOP("Labels", "Pijn"),
    QT_TRANSLATE_NOOP("Labels", "Ongemak"),
    QT_TRANSLATE_NOOP("Labels", "Tevreden"),
    QT_TRANSLATE_NOOP("Labels", "Moe"),
    QT_TRANSLATE_NOOP("Labels", "Troost"),
    QT_TRANSLATE_NOOP("Labels", "Niet fijn"),
    QT_TRANSLATE_NOOP("Labels", "Lijkt op een aanval, maar is het niet"),
    QT_TRANSLATE_NOOP("Labels", "Bezwaar in voorbereiding"),
    QT_TRANSLATE_NOOP("Labels", "Bezwaar ingediend"),
    QT_TRANSLATE_NOOP("Labels", "Onbekend"),
    QT_TRANSLATE_NOOP("Labels", "Niet ingevuld"),
    QT_TRANSLATE_NOOP("Labels", "Ja: niets via de mond"),
    QT_TRANSLATE_NOOP("Labels", "Nee"),
    QT_TRANSLATE_NOOP("Labels", "Geen bekende allergieën"),
    QT_TRANSLATE_NOOP("Labels", "Zie de lijst Allergieën"),
    QT_TRANSLATE_NOOP("Labels", "Anders"),
    QT_TRANSLATE_NOOP("Labels", "Via de mond"),
    QT_TRANSLATE_NOOP("Labels", "Via de sonde"),
    QT_TRANSLATE_NOOP("Labels", "Via mond en sonde"),
    QT_TRANSLATE_NOOP("Labels", "Aangevraagd"),
    QT_TRANSLATE_NOOP("Labels", "Toegekend"),
    QT_TRANSLATE_NOOP("Labels", "Deels toegekend"),
    QT_TRANSLATE_NOOP("Labels", "Afgewezen"),
    QT_TRANSLATE_NOOP("Labels", "Verlopen"),
    QT_TRANSLATE_NOOP("Labels", "Ingetrokken"),
    QT_TRANSLATE_NOOP("Labels", "Gegrond"),
    QT_TRANSLATE_NOOP("Labels", "Deels gegrond"),
    QT_TRANSLATE_NOOP("Labels", "Ongegrond"),
    QT_TRANSLATE_NOOP("Labels", "Wens/behoefte"),
    QT_TRANSLATE_NOOP("Labels", "Voorbereiden"),
    QT_TRANSLATE_NOOP("Labels", "Ingediend"),
    QT_TRANSLATE_NOOP("Labels", "Beoordeling"),
    QT_TRANSLATE_NOOP("Labels", "Besluit"),
    QT_TRANSLATE_NOOP("Labels", "Bezwaar"),
    QT_TRANSLATE_NOOP("Labels", "Besteld"),
    QT_TRANSLATE_NOOP("Labels", "Geleverd"),
    QT_TRANSLATE_NOOP("Labels", "In gebruik"),
    QT_TRANSLATE_NOOP("Labels", "Reparatie/vervanging"),
    QT_TRANSLATE_NOOP("Labels", "Nog niet begonnen"),
    QT_TRANSLATE_NOOP("Labels", "Mee bezig"),
    QT_TRANSLATE_NOOP("Labels", "Behaald"),
    QT_TRANSLATE_NOOP("Labels", "Gestopt"),
    QT_TRANSLATE_NOOP("Labels", "Telefoon"),
    QT_TRANSLATE_NOOP("Labels", "E-mail"),
    QT_TRANSLATE_NOOP("Labels", "Brief"),
    QT_TRANSLATE_NOOP("Labels", "Gesprek"),
    QT_TRANSLATE_NOOP("Labels", "Portaal"),
    QT_TRANSLATE_NOOP("Labels", "Over mij"),
    QT_TRANSLATE_NOOP("Labels", "Signaal"),
    QT_TRANSLATE_NOOP("Labels", "Medicijn"),
    QT_TRANSLATE_NOOP("Labels", "Allergie"),
    QT_TRANSLATE_NOOP("Labels", "Epilepsie"),
    QT_TRANSLATE_NOOP("Labels", "Voeding"),
    QT_TRANSLATE_NOOP("Labels", "Ademhaling"),
    QT_TRANSLATE_NOOP("Labels", "Let op"),
    QT_TRANSLATE_NOOP("Labels", "Netwerk"),
    QT_TRANSLATE_NOOP("Labels", "Indicatie of besluit"),
    QT_TRANSLATE_NOOP("Labels", "Hulpmiddel-aanvraag"),
    QT_TRANSLATE_NOOP("Labels", "Zorgplan"),
    QT_TRANSLATE_NOOP("Labels", "Toekomstplan"),
    QT_TRANSLATE_NOOP("Labels", "Contactlog"),
    QT_TRANSLATE_NOOP("Labels", "Noodplan"),
    QT_TRANSLATE_NOOP("Labels", "Wie neemt welke zorg over"),
    QT_TRANSLATE_NOOP("Labels", "Juridisch en geld"),
    QT_TRANSLATE_NOOP("Labels", "Wonen"),
    QT_TRANSLATE_NOOP("Labels", "In onze woorden"),
    QT_TRANSLATE_NOOP("Labels", "Datum om het plan na te lopen"),
]

KEYS = [
    QT_TRANSLATE_NOOP("Keys", "Te kort. Gebruik minstens 12 tekens, of vier losse woorden."),
    QT_TRANSLATE_NOOP(
        "Keys", "Er zitten te veel dezelfde tekens in. Kies iets met meer afwisseling."
    ),
    QT_TRANSLATE_NOOP(
        "Keys",
        "Er staat een naam in die iedereen kan raden. Kies woorden die niets met uw kind of "
        "gezin te maken hebben.",
    ),
    QT_TRANSLATE_NOOP(
        "Keys",
        "Dit wachtwoord is te makkelijk te raden (een bekend woord, een jaartal of getallen). "
        "Kies vier woorden die niemand verwacht.",
    ),
    QT_TRANSLATE_NOOP(
        "Keys", "Alleen cijfers is te makkelijk te raden. Gebruik ook woorden of letters."
    ),
    QT_TRANSLATE_NOOP(
        "Keys",
        "Dit is het voorbeeld uit Zorgmap zelf: dat kent iedereen. Kies vier andere woorden.",
    ),
]
