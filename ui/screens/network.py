"""Netwerk: people and organisations by role; legal representation clearly marked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as N

from app.reference import load_reference
from ui.forms import F
from ui.i18n import tr
from ui.models.records import Column
from ui.screens.base import RecordListScreen


def role_label(code: str) -> str:
    return load_reference().contact_roles.label_for(code) if code else ""


def _legal(contact) -> str:
    if not contact.is_legal_representative:
        return ""
    scope = contact.legal_scope or tr("Screens", "ja")
    return f"⚖ {scope}"


class NetworkScreen(RecordListScreen):
    kind = "contact"
    title = N("Screens", "Netwerk")
    intro = N("Screens", "Wie helpt, wie beslist en wie u kunt bellen. Wettelijk "
                         "vertegenwoordigers (mentor, curator, bewindvoerder) staan vet.")
    new_text = N("Screens", "Nieuw contact")
    columns = [
        Column(N("Columns", "Naam"), lambda c: c.name or c.organisation,
               bold=lambda c: c.is_legal_representative),
        Column(N("Columns", "Rol"), lambda c: role_label(c.role)),
        Column(N("Columns", "Organisatie"), lambda c: c.organisation if c.name else ""),
        Column(N("Columns", "Telefoon"), lambda c: c.phone),
        Column(N("Columns", "Wettelijk vertegenwoordiger"), _legal,
               bold=lambda c: c.is_legal_representative),
        Column(N("Columns", "Noodcontact"), lambda c: c.priority or ("✓" if
                                                     c.is_emergency_contact else "")),
    ]
    fields = [
        F("name", N("Fields", "Naam")),
        F("organisation", N("Fields", "Organisatie")),
        F("role", N("Fields", "Rol"), "ref", "contact_roles"),
        F("phone", N("Fields", "Telefoon")),
        F("email", N("Fields", "E-mail")),
        F("address", N("Fields", "Adres"), "long"),
        F("is_emergency_contact", N("Fields", "Bellen in een noodgeval"), "bool"),
        F("priority", N("Fields", "Volgorde bij nood (1 = eerst)"), "int"),
        F("is_legal_representative", N("Fields", "Wettelijk vertegenwoordiger"), "bool"),
        F("legal_scope", N("Fields", "Soort vertegenwoordiging"),
          help=N("Fields", "Mentorschap, curatele of bewind")),
        F("legal_start", N("Fields", "Vertegenwoordiger sinds"), "date"),
        F("legal_end", N("Fields", "Vertegenwoordiger tot"), "date"),
        F("notes", N("Fields", "Notities"), "long"),
        F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
    ]

    def load(self):
        contacts = self.session.records.list(self.kind)
        # Legal representatives first, then emergency order, then by name.
        return sorted(contacts, key=lambda c: (not c.is_legal_representative,
                                               c.priority or 999, (c.name or c.organisation)
                                               .casefold()))
