"""The family team in the app: share, add (with the fingerprint), open a shared dossier on a
second "computer", see changes arrive while the app runs, and remove someone."""

from __future__ import annotations

from app.model import Contact
from storage import identity as idmod
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.helpers import settle


def _share(window, qtbot, folder):
    dialog = window.show_team()
    assert dialog.content.isVisible() and not dialog.has_identity
    qtbot.keyClicks(dialog.name, "Mama")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.choose_folder = lambda: str(folder)
    dialog._pick()
    dialog.share_button.click()
    assert dialog.error.text() == ""
    return dialog


def test_share_add_join_sync_and_remove(make_window, open_window, qtbot, tmp_path,
                                        monkeypatch):
    folder = tmp_path / "Syncthing" / "Noor"
    mama = open_window()
    assert mama.team_action.isEnabled()
    dialog = _share(mama, qtbot, folder)
    assert dialog.people_model.rowCount() == 1
    assert dialog.people_model.data(dialog.people_model.index(0, 0)) == "Mama (u)"

    # Papa makes his identity on his own computer (another config folder).
    papa_config = tmp_path / "papa-config"
    papa_identity = idmod.create("Papa", PASSPHRASE, papa_config / "zorgmap" / "identity.json",
                                 kdf=FAST_KDF)

    add = dialog.add_person()
    qtbot.keyClicks(add.name, "Papa")
    add.code.setPlainText("ZM1-ONZIN")
    assert "klopt niet" in add.fingerprint.text() and not add.add_button.isEnabled()
    add.code.setPlainText(papa_identity.public.code())
    assert papa_identity.public.fingerprint() in add.fingerprint.text()
    assert not add.add_button.isEnabled()  # not before the fingerprint was compared
    add.same.setChecked(True)
    assert add.add_button.isEnabled()
    add.add_button.click()
    assert dialog.people_model.rowCount() == 2

    # Papa: "Een gedeeld dossier openen" in his own window.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(papa_config))
    papa = make_window()
    assert papa.welcome.join_button.isVisible() or papa.pages.currentWidget() is not None
    join = papa.show_join()
    assert join.has_identity and join.code_view.toPlainText() == papa_identity.public.code()
    qtbot.keyClicks(join.passphrase, PASSPHRASE)
    join.choose_folder = lambda: str(folder)
    join._pick()
    join.target.setText(str(tmp_path / "papa" / "Noor.zorgmap"))
    assert join.go() is not None, join.error.text()
    assert papa.pages.currentWidget() is papa.recovery_page
    papa.finish_create(False)
    assert papa.session is not None
    assert papa.session.child_name() == "Noor"
    qtbot.waitUntil(lambda: papa.team_sync is not None and not papa.team_sync.running)

    # Papa adds a contact; Mama's app takes it in while it runs.
    seen = []  # connected first: the folder watcher may start Mama's exchange any moment
    mama.session.changed.connect(seen.append)
    papa.session.save(Contact(id="c-papa", name="Fysiotherapeut Bakker"))
    settle(papa)  # the one writer committed it
    papa.team_sync.sync_now()
    qtbot.waitUntil(lambda: not papa.team_sync.running)
    mama.team_sync.sync_now()
    qtbot.waitUntil(lambda: mama.session.records.find("c-papa") is not None)
    qtbot.waitUntil(lambda: "contact" in seen)
    qtbot.waitUntil(lambda: not mama.team_sync.running)

    # Both change the same phone number before either exchanges: Mama is asked to look.
    from storage.team import conflicts

    for window, phone in ((mama, "010-1111111"), (papa, "010-2222222")):
        record = window.session.records.get("c-papa")
        record.phone = phone
        window.session.save(record)
        settle(window)  # the one writer committed it
    papa.team_sync.sync_now()
    qtbot.waitUntil(lambda: not papa.team_sync.running)
    mama.team_sync.sync_now()
    qtbot.waitUntil(lambda: "c-papa" in conflicts(mama.session.dossier.db))
    qtbot.waitUntil(lambda: not mama.team_sync.running)
    assert "Kijk even na" in mama.statusBar().currentMessage()

    # Mama removes Papa (after a confirmation that says what cannot be taken back).
    dialog = mama.show_team()
    assert dialog.conflict_list.count() == 1
    assert "tegelijk gewijzigd door" in dialog.conflict_list.item(0).text()
    asked = []
    dialog.confirm = lambda _parent, _title, text, _yes: asked.append(text) or True
    row = next(i for i, p in enumerate(dialog.people_model.people) if p["name"] == "Papa")
    dialog.table.selectRow(row)
    assert dialog.remove_selected()
    assert "kan niet worden teruggenomen" in asked[0]
    assert not next(p for p in dialog.people_model.people if p["name"] == "Papa")["active"]
    papa.lock()
    mama.lock()
    assert mama.team_sync is None and not mama.team_action.isEnabled()


def test_join_without_identity_makes_one_and_shows_the_code(make_window, qtbot):
    window = make_window()
    join = window.show_join()
    assert not join.has_identity
    qtbot.keyClicks(join.name, "Tante")
    qtbot.keyClicks(join.passphrase, PASSPHRASE)
    assert join.go() is None
    assert join.has_identity and join.code_view.toPlainText().startswith("ZM1-")
    assert "vingerafdruk" in join.error.text()
    assert idmod.identity_path().exists()
