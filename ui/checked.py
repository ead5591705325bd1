"""'Klopt nog': the one action that marks what is on screen as checked today.

The printed papers say "nagekeken op … · nakijken vóór …" from these dates, and "Wat ontbreekt
nog?" lists what was not checked for a long time; so checking must be one click, not typing a
date into "Laatst nagekeken".
"""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QPushButton, QWidget

from ui.i18n import translate


def checked_button(parent: QWidget) -> QPushButton:
    button = QPushButton(translate("Screens", "Klopt nog ✓"), parent)
    button.setToolTip(translate(
        "Screens", "Alles hierboven is nagekeken en klopt nog: zet 'Laatst nagekeken' op vandaag."))
    button.setAccessibleName(translate("Screens", "Klopt nog: nagekeken vandaag"))
    return button


def mark_checked(session, form):
    """Save the record in `form` with checked_on = today; returns the stored record (or None
    when there is nothing to mark, the dossier is read-only, or a field still has a problem)."""
    if form.record is None or session.read_only or not form.flush():
        return None
    try:
        record = session.records.get(form.record.id)
    except Exception:  # a singleton shown but never saved yet
        record = copy.deepcopy(form.record)
    record.checked_on = session.today()
    stored = session.save(record)
    form.set_record(stored)
    return stored
