"""One passphrase widget for every passphrase form (ui/passphrase.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from tests.conftest import PASSPHRASE


def secret_fields(root) -> list[QLineEdit]:
    return [f for f in root.findChildren(QLineEdit)
            if f.echoMode() == QLineEdit.EchoMode.Password]


def test_every_passphrase_field_is_the_one_widget(open_window, qtbot):
    from ui.change_passphrase import ChangePassphraseDialog
    from ui.new_recovery import NewRecoveryDialog
    from ui.passphrase import NewPassphrase, SecretField

    window = open_window()
    forms = [window.create_page, window.unlock_page, window.restore_page,
             ChangePassphraseDialog(window.session, window._run, window),
             NewRecoveryDialog(window.session, window._run, window)]
    seen = 0
    for form in forms:
        for field in secret_fields(form):
            assert isinstance(field, SecretField), (type(form).__name__, field.accessibleName())
            assert field.accessibleName()
            seen += 1
    assert seen >= 7
    # Creating a dossier and changing the passphrase share the typed-twice part.
    assert isinstance(forms[0].passphrase, NewPassphrase)
    assert isinstance(forms[3].passphrase, NewPassphrase)
    for dialog in forms[3:]:
        dialog.close()


def test_new_passphrase_behaves_the_same_in_both_forms(open_window, qtbot):
    from ui.change_passphrase import ChangePassphraseDialog

    window = open_window()
    dialog = ChangePassphraseDialog(window.session, window._run, window)
    for passphrase in (window.create_page.passphrase, dialog.passphrase):
        qtbot.keyClicks(passphrase.first, "Noor")
        assert passphrase.problem() is not None
        passphrase.first.clear()
        qtbot.keyClicks(passphrase.first, PASSPHRASE)
        qtbot.keyClicks(passphrase.second, PASSPHRASE)
        assert "Sterk genoeg" in passphrase.strength.text()
        assert "Gelijk" in passphrase.match.text()
        assert passphrase.problem() is None
        passphrase.show_box.setChecked(True)
        assert passphrase.first.echoMode() == QLineEdit.EchoMode.Normal
        passphrase.clear()
    assert dialog.current.echoMode() == QLineEdit.EchoMode.Normal  # shown with the others
    dialog.close()
