"""Joining ("Een gedeeld dossier openen…" on the welcome page, `JoinDialog`): make an identity,
then this computer's copy of a dossier from a shared folder the family added us to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from storage.errors import StorageError
from ui.i18n import translate
from ui.passphrase import SecretField
from ui.widgets import resize_in_text, wrapped_label


class JoinDialog(QDialog):
    """"Een gedeeld dossier openen": make this device's copy from a folder we were added to."""

    def __init__(self, window) -> None:
        super().__init__(window)
        from storage import identity as idmod

        self.window = window
        self.setWindowTitle(translate("Team", "Een gedeeld dossier openen"))
        resize_in_text(self, 89, 30)
        box = QVBoxLayout(self)
        self.has_identity = idmod.identity_path().exists()
        self.choose_folder = lambda: QFileDialog.getExistingDirectory(
            self, translate("Team", "Kies de gedeelde map"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(self)
        self.passphrase = SecretField(
            translate("Team", "Uw wachtwoord (ook voor het nieuwe dossier)"), self)
        self.code_view = QPlainTextEdit(self)
        self.code_view.setReadOnly(True)
        self.code_view.setFixedHeight(70)
        if self.has_identity:
            name, public = idmod.load_public()
            self.name.setText(name)
            self.name.setEnabled(False)
            self.code_view.setPlainText(public.code())
            intro = translate(
                "Team", "Een ouder moet u eerst toevoegen met uw code (hieronder). Vergelijk "
                "samen de vingerafdruk: %1. Kies daarna de gedeelde map.").replace(
                "%1", public.fingerprint())
        else:
            intro = translate(
                "Team", "Maak eerst uw identiteit: uw naam en een wachtwoord. U krijgt dan een "
                "code; stuur die aan een ouder, die u toevoegt.")
        box.addWidget(wrapped_label(intro, self))
        form.addRow(translate("Team", "Uw naam"), self.name)
        form.addRow(translate("Team", "Uw wachtwoord (ook voor het nieuwe dossier)"),
                    self.passphrase)
        form.addRow(translate("Team", "Uw code"), self.code_view)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        # A path needs room: when the row cannot give it, the field goes under its label.
        self.folder.setMinimumWidth(self.folder.fontMetrics().horizontalAdvance("x") * 24)
        pick = QPushButton(translate("Team", "Map kiezen…"), self)
        pick.clicked.connect(self._pick)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(pick)
        form.addRow(translate("Team", "Gedeelde map"), row)
        self.target = QLineEdit(str(window.default_folder / "Gedeeld.zorgmap"), self)
        form.addRow(translate("Team", "Nieuw dossier op deze computer"), self.target)
        box.addLayout(form)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        box.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        first = (QT_TRANSLATE_NOOP("Team", "Identiteit maken") if not self.has_identity
                 else QT_TRANSLATE_NOOP("Team", "Openen"))
        self.make_button = buttons.addButton(translate("Team", first),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Team", "Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.go)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _pick(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder.setText(chosen)

    def go(self):
        from storage import identity as idmod
        from storage.keys import DEFAULT_KDF, require_strong
        from storage.team import Team

        self.error.setText("")
        kdf = self.window.options.kdf or DEFAULT_KDF
        try:
            if not self.has_identity:
                name = " ".join(self.name.text().split())
                if not name:
                    raise StorageError(translate("Team", "Vul uw naam in."))
                require_strong(self.passphrase.text())
                identity = idmod.create(name, self.passphrase.text(), kdf=kdf)
                self.has_identity = True
                self.name.setEnabled(False)
                self.code_view.setPlainText(identity.public.code())
                self.make_button.setText(translate("Team", "Openen"))
                self.error.setText(translate("Team",
                    "Uw identiteit is gemaakt. Stuur de code aan een ouder en vergelijk samen "
                    "de vingerafdruk: %1. Als u bent toegevoegd, kiest u de map en 'Openen'."
                ).replace("%1", identity.public.fingerprint()))
                return None
            if not self.folder.text():
                raise StorageError(translate("Team", "Kies eerst de gedeelde map."))
            identity = idmod.unlock(self.passphrase.text())
            target = Path(self.target.text())
            dossier, code, _report = Team.join(Path(self.folder.text()), identity, target,
                                               self.passphrase.text(), kdf=kdf)
        except StorageError as exc:
            self.error.setText(exc.user_text())
            return None
        key = dossier.data_key()
        dossier.close()
        self.passphrase.clear()
        self.accept()
        # The same path as a new dossier: show the Noodsleutel once, then open.
        self.window.pending_key = key
        self.window.pending_code = (code, target, "")
        self.window.recovery_page.show_code(code)
        self.window.show_page(self.window.recovery_page)
        return target
