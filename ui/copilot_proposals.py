"""The copilot's answer ("Voorstellen van de copiloot"): open a reply file and take over or
decline each proposal (`ProposalsDialog`, `open_reply`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from storage import copilot as cp
from storage.errors import StorageError
from ui.copilot import KEY_ROLE, tr
from ui.i18n import translate
from ui.widgets import action_row, resize_in_text


class ProposalsDialog(QDialog):
    """Voorstellen van de copiloot: tick what to take over; the rest is declined."""

    def __init__(self, session, reply: cp.Reply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reply = reply
        self.result_: cp.Accepted | None = None
        self.setWindowTitle(tr("Voorstellen van de copiloot"))
        resize_in_text(self, 91, 30)
        head = QLabel(tr("Copiloot %1 stelt dit voor. Vink aan wat u wilt overnemen; wat u "
                         "niet aanvinkt, wordt afgewezen. Er verandert niets tot u op "
                         "„Overnemen” klikt.").replace("%1", reply.copilot), self)
        head.setWordWrap(True)
        finger = QLabel(tr("Vingerafdruk van de copiloot: %1").replace(
            "%1", reply.signer.fingerprint()), self)
        finger.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(finger)
        if reply.first_contact:
            warn = QLabel(tr("Dit is het eerste antwoord van deze copiloot. Vergelijk de "
                             "vingerafdruk samen, bijvoorbeeld aan de telefoon."), self)
            warn.setWordWrap(True)
            layout.addWidget(warn)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Voorstellen"))
        self.list.setWordWrap(True)
        for proposal in reply.proposals:
            state = reply.decided.get(proposal.id)
            text = proposal.describe()
            if proposal.file_name:  # a letter made as a file: its name and what it is about
                about = [line for line in proposal.text.splitlines()
                         if line.startswith("Betreft:")]
                text += "\n" + _preview("\n".join([proposal.file_name, *about[:1]]))
            elif proposal.kind in ("note", "draft") and proposal.text.strip():
                text += "\n" + _preview(proposal.text)
            if state:
                text += "  [" + translate("Copilot", state) + "]"
            item = QListWidgetItem(text, self.list)
            item.setData(KEY_ROLE, proposal.id)
            if state:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        layout.addWidget(self.list, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.accept_button, buttons = action_row(
            self, tr("Overnemen"), self.apply, self.reject,
            cancel_text=translate("Common", "Sluiten"), default=False)
        self.accept_button.setEnabled(not session.read_only and any(
            p.id not in reply.decided for p in reply.proposals))
        layout.addLayout(buttons)

    def set_checked(self, number: int, on: bool = True) -> None:
        self.list.item(number).setCheckState(Qt.CheckState.Checked if on
                                             else Qt.CheckState.Unchecked)

    def checked(self) -> set[str]:
        return {self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())
                if self.list.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
                and self.list.item(i).checkState() == Qt.CheckState.Checked}

    def apply(self) -> cp.Accepted | None:
        view = getattr(self.parent(), "view", None)
        if view is not None:
            view.flush()  # pending edits first: the accepted items build on what is saved
        try:
            result = cp.accept_reply(self.session.dossier, self.reply, self.checked(),
                                     today=self.session.today())
        except StorageError as exc:
            self.status.setText(exc.user_text())
            return None
        self.result_ = result
        for kind in ("journal_entry", "decision", "aid_request", "future_plan", "document"):
            self.session.changed.emit(kind)
        if view is not None:
            _reload(view)
        self.accept_button.setEnabled(False)
        self.status.setText(tr("%1 overgenomen, %2 afgewezen. Het deellogboek onthoudt het.")
                            .replace("%1", str(len(result.applied)))
                            .replace("%2", str(len(result.declined))))
        for i in range(self.list.count()):
            self.list.item(i).setFlags(Qt.ItemFlag.NoItemFlags)
        return result


def _reload(view) -> None:
    """Show what was taken over on every screen built so far (the forms read it again)."""
    for screen in view.screens.values():
        form = getattr(screen, "form", None)
        if form is not None and hasattr(screen, "model"):
            form.set_record(None)
        screen.refresh()


def _preview(text: str, lines: int = 3) -> str:
    kept = [line for line in text.strip().splitlines() if line.strip()][:lines]
    return "\n".join("    " + line[:100] for line in kept)


# Marked for lupdate: the states of a decided proposal.
_STATES = (QT_TRANSLATE_NOOP("Copilot", "overgenomen"), QT_TRANSLATE_NOOP("Copilot", "afgewezen"))


def open_reply(window, path: Path | None = None) -> ProposalsDialog | None:
    """Ask for a reply file and show its proposals (the main window's toolbar action)."""
    session = getattr(window, "session", None)
    if session is None:
        return None
    if path is None:
        name, _ = QFileDialog.getOpenFileName(window, tr("Antwoord van de copiloot openen"),
                                              str(Path.home()),
                                              tr("Antwoord van de copiloot (*.zmantwoord);;"
                                                 "Alle bestanden (*)"))
        if not name:
            return None
        path = Path(name)
    try:
        reply = cp.read_reply(session.dossier, cp.read_file(path, "reply"))
    except StorageError as exc:
        QMessageBox.warning(window, tr("Voorstellen van de copiloot"), exc.user_text())
        return None
    dialog = ProposalsDialog(session, reply, window)
    window.proposals_dialog = dialog
    dialog.show()
    return dialog

