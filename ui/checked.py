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


def mark_checked(session, form, on_done=None) -> bool:
    """Queue "checked_on = today" for the record in `form` on the one writer; returns False
    when there is nothing to mark (no record, a read-only dossier, or a field that still has
    a problem). The change is made on what is stored when the job runs, after the form's own
    pending save, so nothing the parent typed is overwritten. `on_done(stored)` after the
    commit; the screens also learn of it through the writer's changes."""
    if form.record is None or session.read_only or not form.flush():
        return False
    shown = copy.deepcopy(form.record)
    today = session.today()

    def work(tx):
        record = tx.records.find(shown.id)
        if record is None:  # a part the dossier has once, shown but never saved yet
            record = shown
        record.checked_on = today
        tx.records.save(record)
        tx.touched(record)
        return record

    def done(stored) -> None:
        if form.record is not None and form.record.id == stored.id:
            form.show_stored(stored)
        if on_done is not None:
            on_done(stored)

    session.submit(work, on_success=done)
    return True
