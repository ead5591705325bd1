"""Opening the copilot's workspace from the welcome page: "Werkplek van de copiloot…"
(`install_workspace_entry`) and its dialog, which opens a workspace or makes one
(`OpenWorkspaceDialog`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from storage.errors import StorageError
from ui.copilot_record import tr
from ui.widgets import action_row

if TYPE_CHECKING:  # imported when a workspace opens: it pulls in the whole copilot model,
    from ui.copilot_workspace import WorkspaceWindow  # ~50 ms the start need not pay


class OpenWorkspaceDialog(QDialog):
    """Werkplek van de copiloot: open an existing workspace, or make one (with the copilot's
    identity, which it keeps inside so working needs only the workspace's passphrase)."""

    def __init__(self, window, default_folder: Path) -> None:
        super().__init__(window)
        self.window_ = window
        self.desk: WorkspaceWindow | None = None
        self.setWindowTitle(tr("Werkplek van de copiloot"))
        intro = QLabel(tr("Voor copiloten en cliëntondersteuners: één versleutelde werkplek "
                          "met de pakketten van al uw gezinnen. Kies een bestaande werkplek, "
                          "of een nieuwe naam om er een te maken."), self)
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(default_folder), self)
        self.folder.setAccessibleName(tr("Map van de werkplek"))
        self.folder.textChanged.connect(self._update)
        choose = QPushButton(tr("Kiezen…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        from storage import identity as idmod
        from ui.passphrase import SecretField

        self.passphrase = SecretField(tr("Wachtwoord van de werkplek"), self)
        self.identity_passphrase = SecretField(tr("Wachtwoord van uw identiteit"), self)
        # Without an identity yet, the copilot makes one here (as joining a family team does).
        self.has_identity = idmod.identity_path().exists()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(tr("Uw naam"))
        self.name.setPlaceholderText(tr("Bijvoorbeeld Mirjam Hoekstra"))
        self.form = QFormLayout()
        self.form.addRow(tr("Werkplek:"), row)
        self.form.addRow(tr("Wachtwoord van de werkplek:"), self.passphrase)
        if not self.has_identity:
            self.form.addRow(tr("Uw naam (zoals gezinnen die zien):"), self.name)
        self.form.addRow(tr("Wachtwoord van uw identiteit:") if self.has_identity
                         else tr("Kies een wachtwoord voor uw identiteit:"),
                         self.identity_passphrase)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.open_button, buttons = action_row(self, "", self.open_workspace, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._update()

    def _is_new(self) -> bool:
        from storage.dossier import is_dossier_folder

        text = self.folder.text().strip()
        return not text or not is_dossier_folder(Path(text).expanduser())

    def _update(self) -> None:
        new = self._is_new()
        self.identity_passphrase.setEnabled(new)
        self.form.labelForField(self.identity_passphrase).setEnabled(new)
        self.open_button.setText(tr("Nieuwe werkplek maken") if new else tr("Openen"))

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Werkplek kiezen"), self.folder.text())
        if name:
            self.folder.setText(name)

    def open_workspace(self) -> WorkspaceWindow | None:
        from storage import identity as idmod
        from storage.keys import DEFAULT_KDF, require_strong
        from storage.workspace import Workspace
        from ui.copilot_workspace import WorkspaceWindow

        path = Path(self.folder.text().strip()).expanduser()
        secret = self.passphrase.text()
        if not self.folder.text().strip() or not secret:
            self.problem.setText(tr("Vul de map en het wachtwoord in."))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self._is_new():
                require_strong(secret)
                kdf = getattr(getattr(self.window_, "options", None), "kdf", None) or DEFAULT_KDF
                if self.has_identity:
                    identity = idmod.unlock(self.identity_passphrase.text())
                else:
                    name = " ".join(self.name.text().split())
                    if not name:
                        raise StorageError(tr("Vul uw naam in."))
                    require_strong(self.identity_passphrase.text())
                    identity = idmod.create(name, self.identity_passphrase.text(), kdf=kdf)
                    self.has_identity = True
                ws = Workspace.create(path, secret, identity, kdf=kdf)
            else:
                ws = Workspace.open(path, secret)
        except StorageError as exc:
            self.problem.setText(exc.user_text())
            return None
        finally:
            QApplication.restoreOverrideCursor()
        today = getattr(getattr(self.window_, "options", None), "today", None)
        desk = self.desk = WorkspaceWindow(ws, today=today)
        desk.close_workspace = True  # this window owns the workspace: closing it closes both
        desk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_.workspace_window = desk
        desk.show()
        self.passphrase.clear()
        self.identity_passphrase.clear()
        self.accept()
        return desk


def install_workspace_entry(window) -> None:
    """"Werkplek van de copiloot…" on the welcome page of `window` (a MainWindow)."""
    button = QPushButton(tr("Werkplek van de copiloot…"), window.welcome.column)
    button.setMinimumHeight(button.sizeHint().height() + 10)
    button.setToolTip(tr("Voor copiloten: de pakketten van al uw gezinnen"))
    default = (getattr(window.options, "default_folder", None) or Path.home() / "Zorgmap")

    def show() -> OpenWorkspaceDialog:
        dialog = OpenWorkspaceDialog(window, default / "Werkplek copiloot")
        window.workspace_dialog = dialog
        dialog.show()
        return dialog

    button.clicked.connect(show)
    window.show_workspace_entry = show
    body = window.welcome.body
    body.insertWidget(body.indexOf(window.welcome.demo_button), button)
    window.welcome.workspace_button = button
