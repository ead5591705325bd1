"""Netwerk: people and organisations by role; legal representation clearly marked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.reference import load_reference
from ui.forms import F
from ui.i18n import translate
from ui.models.records import Column
from ui.screens.record_list import RecordListScreen


def role_label(code: str) -> str:
    return load_reference().contact_roles.label_for(code) if code else ""


def _legal(contact) -> str:
    if not contact.is_legal_representative:
        return ""
    scope = contact.legal_scope or translate("Screens", "ja")
    if contact.legal_start is not None:  # a mentor from the 18th birthday is not one yet
        scope += " " + translate("Screens", "vanaf %1").replace(
            "%1", contact.shown_date("legal_start"))
    return f"⚖ {scope}"


class NetworkScreen(RecordListScreen):
    kind = "contact"
    title = QT_TRANSLATE_NOOP("Screens", "Netwerk")
    intro = QT_TRANSLATE_NOOP(
        "Screens",
        "Wie helpt, wie beslist en wie u kunt bellen. Wettelijk "
        "vertegenwoordigers (mentor, curator, bewindvoerder) staan vet.",
    )
    new_text = QT_TRANSLATE_NOOP("Screens", "Nieuw contact")
    columns = [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Naam"),
            lambda c: c.name or c.organisation,
            bold=lambda c: c.is_legal_representative,
        ),
        # Who to call: the number beside the name, visible without scrolling.
        Column(QT_TRANSLATE_NOOP("Columns", "Telefoon"), lambda c: c.phone),
        Column(QT_TRANSLATE_NOOP("Columns", "Rol"), lambda c: role_label(c.role)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Organisatie"), lambda c: c.organisation if c.name else ""
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Wettelijk vertegenwoordiger"),
            _legal,
            bold=lambda c: c.is_legal_representative,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Noodcontact"),
            lambda c: c.priority or ("✓" if c.is_emergency_contact else ""),
        ),
    ]
    fields = [
        F("name", QT_TRANSLATE_NOOP("Fields", "Naam")),
        F("organisation", QT_TRANSLATE_NOOP("Fields", "Organisatie")),
        F("role", QT_TRANSLATE_NOOP("Fields", "Rol"), "ref", "contact_roles"),
        F("relationship", QT_TRANSLATE_NOOP("Fields", "Familieband of relatie"),
          help=QT_TRANSLATE_NOOP("Fields", "Bijvoorbeeld: tante (zus van vader)")),
        F("role_start", QT_TRANSLATE_NOOP("Fields", "In deze rol vanaf"), "date"),
        F("role_end", QT_TRANSLATE_NOOP("Fields", "In deze rol tot en met"), "date"),
        F("phone", QT_TRANSLATE_NOOP("Fields", "Telefoon")),
        F("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        F("address", QT_TRANSLATE_NOOP("Fields", "Adres"), "long"),
        F("is_emergency_contact", QT_TRANSLATE_NOOP("Fields", "Bellen in een noodgeval"), "bool"),
        F("priority", QT_TRANSLATE_NOOP("Fields", "Volgorde bij nood (1 = eerst)"), "int"),
        F(
            "is_legal_representative",
            QT_TRANSLATE_NOOP("Fields", "Wettelijk vertegenwoordiger"),
            "bool",
        ),
        F(
            "legal_scope",
            QT_TRANSLATE_NOOP("Fields", "Soort vertegenwoordiging"),
            help=QT_TRANSLATE_NOOP("Fields", "Mentorschap, curatele of bewind"),
        ),
        F("legal_start", QT_TRANSLATE_NOOP("Fields", "Vertegenwoordiger sinds"), "date"),
        F("legal_end", QT_TRANSLATE_NOOP("Fields", "Vertegenwoordiger tot"), "date"),
        F("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "long"),
        F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
    ]

    def load(self):
        contacts = self.session.records.list(self.kind)
        # Legal representatives first, then emergency order, then by name.
        return sorted(
            contacts,
            key=lambda c: (
                not c.is_legal_representative,
                c.priority or 999,
                (c.name or c.organisation).casefold(),
            ),
        )
