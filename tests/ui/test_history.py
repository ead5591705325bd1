"""Who is working, the history of a record, older versions and the Prullenbak."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import key_of
from tests.ui.helpers import settle


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle()


def _new_decision(window, qtbot, subject: str):
    screen = window.view.show_part("decisions")
    _click(qtbot, screen.new_button)
    _type(qtbot, screen.form.editors["subject"], subject)
    assert screen.form.flush()
    settle()
    return screen


def _dialogs(window, cls):
    return [d for d in window.findChildren(QDialog) if isinstance(d, cls) and d.isVisible()]


def test_asked_once_who_works_and_saves_are_recorded_under_that_name(open_window, qtbot):
    from ui.profiles import ProfileDialog

    window = open_window()
    (ask,) = _dialogs(window, ProfileDialog)  # no profiles yet: asked, without blocking
    qtbot.keyClicks(ask.name, "Mama")
    _click(qtbot, ask.ok_button)
    assert window.session.dossier.profiles() == ["Mama"]
    assert window.profile_button.text() == "Bezig als: Mama"

    screen = _new_decision(window, qtbot, "Rolstoel")
    history = window.session.records.history(screen.form.record.id)
    assert [e.action for e in history] == ["update", "create"]
    assert {e.profile for e in history} == {"Mama"}

    # Papa takes over in two clicks: the menu, then "Iemand anders…" the first time.
    window.profile_button.menu().aboutToShow.emit()
    other = window.profile_button.menu().actions()[-1]
    assert other.text() == "Iemand anders…"
    other.trigger()
    settle()
    (ask,) = _dialogs(window, ProfileDialog)
    _click(qtbot, ask.ok_button)  # empty name: a gentle message, nothing changes
    assert ask.error.isVisibleTo(ask) and window.session.dossier.profile == "Mama"
    qtbot.keyClicks(ask.name, "Papa")
    _click(qtbot, ask.ok_button)
    _type(qtbot, screen.form.editors["subject"], "Rolstoel met kantelfunctie")
    assert screen.form.flush()
    settle()
    assert window.session.records.history(screen.form.record.id)[0].profile == "Papa"

    # Next unlock: the most recent name, no question.
    window.lock()
    window._open_with_key(window.last_folder, key_of(window.last_folder))
    assert not _dialogs(window, ProfileDialog)
    assert window.session.dossier.profile == "Papa"
    menu = window.profile_button.menu()
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions() if a.isCheckable()]
    assert names == ["Papa", "Mama"]
    menu.actions()[1].trigger()
    settle()
    assert window.profile_button.text() == "Bezig als: Mama"


def test_later_means_not_asked_again(open_window):
    from ui.profiles import ProfileDialog

    window = open_window()
    (ask,) = _dialogs(window, ProfileDialog)
    ask.skip()
    window.lock()
    window._open_with_key(window.last_folder, key_of(window.last_folder))
    assert not _dialogs(window, ProfileDialog)
    assert window.profile_button.text() == "Bezig als: ouder"


def test_history_lists_changes_and_an_older_version_comes_back(open_window, qtbot):
    window = open_window()
    screen = _new_decision(window, qtbot, "Traplift")
    form = screen.form
    _type(qtbot, form.editors["decision_date"], "02-11-2026")
    _type(qtbot, form.editors["notes"], "Eerste gesprek")
    assert form.flush()
    settle()
    _type(qtbot, form.editors["notes"], "Afgewezen, bezwaar maken")
    # Pending typing is saved before the history opens.
    _click(qtbot, form.history_button)
    dialog = form.history_dialog
    assert dialog.isVisible() and not dialog.isModal()
    texts = [[dialog.model.index(r, c).data() for c in range(4)]
             for r in range(dialog.model.rowCount())]
    assert [t[2] for t in texts] == ["Gewijzigd", "Gewijzigd", "Gewijzigd", "Aangemaakt"]
    assert texts[0][1] == "ouder"
    assert texts[0][3] == "Notities"
    assert texts[1][3] == "Datum van het besluit, Notities"
    assert len(texts[0][0]) == len("10-11-2026 21:05")
    changes = [[dialog.changes_model.index(r, c).data() for c in range(3)]
               for r in range(dialog.changes_model.rowCount())]
    assert changes == [["Notities", "Eerste gesprek", "Afgewezen, bezwaar maken"]]
    dialog.select_row(1)
    changes = [[dialog.changes_model.index(r, c).data() for c in range(3)]
               for r in range(dialog.changes_model.rowCount())]
    assert ["Datum van het besluit", "(leeg)", "02-11-2026"] in changes
    # The newest line is what the dossier holds now: nothing to put back.
    dialog.select_row(0)
    assert not dialog.restore_button.isEnabled()

    dialog.select_row(2)  # the version with only the subject typed
    asked = []
    dialog.confirm = lambda *args: asked.append(args) or True
    _click(qtbot, dialog.restore_button)
    assert len(asked) == 1
    stored = window.session.records.get(form.record.id)
    assert stored.notes == "" and stored.decision_date is None
    assert form.editors["notes"].toPlainText() == ""
    assert dialog.model.index(0, 2).data() == "Teruggezet"
    # Ctrl+Z in the form goes back to what was there before restoring.
    form.undo()
    settle()
    assert window.session.records.get(form.record.id).notes == "Afgewezen, bezwaar maken"


def test_single_record_forms_have_a_history(open_window, qtbot):
    window = open_window()
    about = window.view.show_part("about")
    form = about.profile.form
    _type(qtbot, form.editors["name"], "Noor de Vries")
    assert form.flush()
    settle()
    dialog = form.show_history()
    assert dialog.model.index(0, 3).data() == "Naam"
    assert dialog.changes_model.index(0, 1).data() == "Noor"
    dialog.confirm = lambda *args: True
    dialog.select_row(1)
    dialog.restore_selected()
    settle()
    assert form.editors["name"].text() == "Noor"
    assert window.view.sidebar.item(1).text() == "Over Noor"


def test_deleted_decision_comes_back_from_the_prullenbak(open_window, qtbot):
    window = open_window()
    screen = _new_decision(window, qtbot, "Douchebrancard")
    record_id = screen.form.record.id
    screen.confirm = lambda *args: True
    _click(qtbot, screen.delete_button)
    assert window.session.records.find(record_id) is None

    window.view.show_part("network")
    dialog = window.show_trash()
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.model.rowCount() == 1
    row = [dialog.model.index(0, c).data() for c in range(4)]
    assert row[0] == "Indicatie of besluit" and row[1] == "Douchebrancard"
    assert row[3] == "ouder"
    _click(qtbot, dialog.restore_button)
    assert window.session.records.get(record_id).subject == "Douchebrancard"
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    # The record is shown where it lives.
    assert window.view.current_screen() is screen
    assert screen.form.record.id == record_id
    # Its history tells the whole story.
    actions = [e.action for e in window.session.records.history(record_id)]
    assert actions == ["restore", "delete", "update", "create"]


def test_read_only_shows_history_but_restores_nothing(open_window, make_window, closed_dossier,
                                                     qtbot):
    first = open_window()
    screen = _new_decision(first, qtbot, "Tillift")
    _type(qtbot, screen.form.editors["notes"], "Offerte gevraagd")
    assert screen.form.flush()
    settle()
    record_id = screen.form.record.id
    screen.confirm = lambda *args: True
    other = _new_decision(first, qtbot, "Aangepaste fiets")
    other.form.flush()
    settle()
    _click(qtbot, other.delete_button)

    second = make_window()
    second._open_with_key(closed_dossier, key_of(closed_dossier))
    assert second.session.read_only
    assert not second.profile_button.isEnabled()
    view = second.view.show_part("decisions")
    view.select(record_id)
    dialog = view.form.show_history()
    assert dialog.model.rowCount() == 3
    dialog.select_row(2)
    assert not dialog.restore_button.isEnabled()
    dialog.confirm = lambda *args: True
    assert dialog.restore_selected() is None
    trash = second.show_trash()
    assert trash.model.rowCount() == 1
    assert not trash.restore_button.isEnabled()
    assert trash.restore_selected() is None
    second.lock()


def test_locking_closes_and_drops_the_dialogs(open_window, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.history import HistoryDialog
    from ui.profiles import ProfileDialog
    from ui.trash import TrashDialog

    window = open_window()
    screen = _new_decision(window, qtbot, "Rolstoel")
    screen.form.show_history()
    window.show_trash()
    assert _dialogs(window, HistoryDialog) and _dialogs(window, TrashDialog)
    window.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [d for d in window.findChildren(QDialog)
            if isinstance(d, HistoryDialog | TrashDialog | ProfileDialog)]
    assert left == []
    assert window.profile_button.text() == ""


def test_models(qtmodeltester, open_window, qtbot):
    from ui.field_names import FieldNames
    from ui.models.history import HistoryModel, TrashModel

    window = open_window()
    screen = _new_decision(window, qtbot, "Rolstoel")
    model = HistoryModel()
    model.set_entries(window.session.records.history(screen.form.record.id), FieldNames())
    qtmodeltester.check(model)
    trash = TrashModel()
    trash.set_entries(window.session.records.deleted())
    qtmodeltester.check(trash)
