"""Sharing with a copilot ("Delen met mijn copiloot"): the family picks what goes in, to
whom and until when, and gets one encrypted, signed package (storage/copilot.py does the
work); `share_button` is the button the decision, aid request and Wat als… screens put
beside their record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.copilot import GROUPS
from storage import copilot as cp
from storage.errors import StorageError
from ui.copilot import KEY_ROLE, tr
from ui.i18n import translate
from ui.widgets import DateEdit, action_row, resize_in_text

# The group names of app.copilot, marked so lupdate finds them.
_GROUP_NAMES = (
    QT_TRANSLATE_NOOP("Copilot", "Waar het om gaat"),
    QT_TRANSLATE_NOOP("Copilot", "Besluiten waar het van afhangt"),
    QT_TRANSLATE_NOOP("Copilot", "Documenten"),
    QT_TRANSLATE_NOOP("Copilot", "Contactlog hierover"),
    QT_TRANSLATE_NOOP("Copilot", "Over het kind (basis)"),
    QT_TRANSLATE_NOOP("Copilot", "Wie het bezwaar ondertekent"),
    QT_TRANSLATE_NOOP("Copilot", "Verder in het dossier (staat uit)"),
)


def family_identity(parent: QWidget, dossier):
    """The identity that signs packages: the one kept in the dossier, else the person's own
    (asked for its passphrase). None when there is none or the person cancels."""
    from storage import identity as idmod

    kept = cp.dossier_identity(dossier)
    if kept is not None:
        return kept
    if not idmod.identity_path().exists():
        QMessageBox.information(parent, tr("Eerst een identiteit"), tr(
            "Om iets met een copiloot te delen, hebt u een identiteit nodig (een sleutel die "
            "laat zien dat het pakket van u komt). Maak die met 'Delen met het gezin' of met "
            "'zorgmap identity new'."))
        return None
    passphrase = ask_identity_passphrase(parent)
    if not passphrase:
        return None
    try:
        return idmod.unlock(passphrase)
    except StorageError as exc:
        QMessageBox.warning(parent, tr("Uw identiteit"), exc.user_text())
        return None


def ask_identity_passphrase(parent: QWidget) -> str | None:
    """The identity's passphrase, asked in a small dialog with the one passphrase widget."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.passphrase import SecretField

    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Uw identiteit"))
    field = SecretField(tr("Wachtwoord van uw identiteit"), dialog)
    buttons = QDialogButtonBox(dialog)
    buttons.addButton(tr("Ondertekenen"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(translate("Common", "Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(tr("Het pakket wordt ondertekend met uw identiteit. Wachtwoord van "
                               "uw identiteit:"), dialog))
    layout.addWidget(field)
    layout.addWidget(buttons)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    secret = field.text()
    field.clear()
    return secret if ok and secret else None


class CopilotShareDialog(QDialog):
    """Delen met mijn copiloot: what goes in, to whom, until when; one file out."""

    def __init__(self, session, kind: str, record_id: str | None, parent: QWidget | None = None,
                 *, identity_source: Callable | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.record_id = record_id
        self.identity_source = identity_source or (lambda: family_identity(self,
                                                                           session.dossier))
        self.package: cp.Package | None = None
        self.setWindowTitle(tr("Delen met mijn copiloot"))
        resize_in_text(self, 103, 46)

        intro = QLabel(tr("Kies wat de copiloot krijgt. Wat aangevinkt staat, hoort bij dit "
                          "onderwerp; de rest staat uit. Alleen de copiloot kan het pakket "
                          "openen, en het deellogboek onthoudt wat u gaf."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(tr("Wat gaat er mee"))
        self._fill()

        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText("ZM1-…")
        self.code_edit.setAccessibleName(tr("Code van de copiloot"))
        self.onetime = QCheckBox(tr("De copiloot heeft nog geen code: maak een eenmalige code "
                                    "om aan de telefoon voor te lezen"), self)
        self.onetime.toggled.connect(lambda on: self.code_edit.setEnabled(not on))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(tr("Bijvoorbeeld Mirjam Hoekstra"))
        self.until_box = QCheckBox(tr("Tot en met"), self)
        self.until = DateEdit(self)
        self.until.setEnabled(False)
        self.until_box.toggled.connect(self.until.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_box)
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Code van de copiloot:"), self.code_edit)
        form.addRow("", self.onetime)
        form.addRow(tr("Naam (voor het deellogboek):"), self.name_edit)
        form.addRow(tr("Einddatum:"), until_row)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.make_button, buttons = action_row(
            self, tr("Pakket maken…"), self._choose_file, self.reject,
            cancel_text=translate("Common", "Sluiten"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for choice in cp.selection(self.session.dossier, self.kind, self.record_id,
                                   self.session.today()):
            parent = groups.get(choice.group)
            if parent is None:
                name = translate("Copilot", GROUPS[choice.group])
                parent = groups[choice.group] = QTreeWidgetItem(self.tree, [name])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsAutoTristate
                                | Qt.ItemFlag.ItemIsUserCheckable)
                parent.setExpanded(choice.group != "other")
            item = QTreeWidgetItem(parent, [choice.label])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(0, KEY_ROLE, choice.key)
            item.setCheckState(0, Qt.CheckState.Checked if choice.selected
                               else Qt.CheckState.Unchecked)

    def items(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            found += [group.child(j) for j in range(group.childCount())]
        return found

    def selected(self) -> set[str]:
        return {item.data(0, KEY_ROLE) for item in self.items()
                if item.checkState(0) == Qt.CheckState.Checked}

    def set_checked(self, key: str, on: bool) -> None:
        for item in self.items():
            if item.data(0, KEY_ROLE) == key:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _choose_file(self) -> None:
        default = str(Path.home() / "pakket-voor-copiloot.zmpakket")
        path, _ = QFileDialog.getSaveFileName(self, tr("Pakket bewaren"), default,
                                              tr("Zorgmap-pakket (*.zmpakket)"))
        if path:
            self.make(Path(path))

    def make(self, path: Path):
        """Make the package and write it to `path`; the result shows in the dialog.

        Reading and signing happen here; encrypting (seconds with a one-time code: age's
        scrypt) runs on a worker thread. Returns the Operation, or None when nothing started.
        """
        from storage import identity as idmod
        from ui.workers import run_operation

        try:
            to = None if self.onetime.isChecked() else idmod.PublicIdentity.from_code(
                self.code_edit.text())
            until = None
            if self.until_box.isChecked():
                until = self.until.date()
                if until is None:
                    raise cp.CopilotError(tr("Vul een einddatum in (dd-mm-jjjj) of zet het "
                                             "vinkje uit."))
        except StorageError as exc:
            self.status.setText(exc.user_text())
            return None
        identity = self.identity_source()
        if identity is None:
            return None
        try:
            prepared = cp.prepare_package(
                self.session.dossier, identity, purpose_kind=self.kind,
                purpose_id=self.record_id, to=to,
                to_name=" ".join(self.name_edit.text().split()), selected=self.selected(),
                expires=until, today=self.session.today())
        except StorageError as exc:
            self.status.setText(exc.user_text())
            return None
        self.make_button.setEnabled(False)
        self.status.setText(tr("Het pakket wordt versleuteld…"))

        def work(_progress, _db):
            from storage.fsutil import atomic_write

            data, code = cp.encrypt_package(prepared)
            atomic_write(path, data)
            return data, code

        def done(result) -> None:
            self.make_button.setEnabled(True)
            if not self.session.dossier.is_open:
                return  # locked meanwhile: the file is there, the log could not be written
            data, code = result
            package = cp.record_package(self.session.dossier, identity, prepared, data, code)
            self._show_made(path, package, to)

        def failed(exc) -> None:
            self.make_button.setEnabled(True)
            self.status.setText(exc.user_text() if isinstance(exc, StorageError) else
                                tr("Het pakket kon niet worden bewaard in %1.")
                                .replace("%1", str(path)))

        return run_operation(work, parent=self, label=tr("Het pakket wordt versleuteld…"),
                             on_success=done, on_failure=failed, show_progress=False)

    def _show_made(self, path: Path, package: cp.Package, to) -> None:
        self.package = package
        lines = [tr("Pakket bewaard in %1 (%2 onderdelen, %3 documenten). Stuur het bestand "
                    "naar de copiloot.").replace("%1", str(path))
                 .replace("%2", str(len(package.records)))
                 .replace("%3", str(len(package.documents)))]
        if package.onetime_code:
            lines.append(tr("Lees deze code voor aan de telefoon (niet meesturen met het "
                            "bestand): <b>%1</b>").replace("%1", package.onetime_code))
        else:
            lines.append(tr("Alleen de copiloot met vingerafdruk %1 kan het openen.")
                         .replace("%1", to.fingerprint()))
        lines.append(tr("Een antwoord van de copiloot opent u met Dossier → Voorstellen van "
                        "de copiloot…"))
        self.status.setText("<br>".join(lines))


def share_button(screen, kind: str, record_id: Callable[[], str | None]) -> QPushButton:
    """The "Delen met mijn copiloot…" button a screen puts beside its record."""
    button = QPushButton(tr("Delen met mijn copiloot…"), screen)
    button.setToolTip(tr("Maak een versleuteld pakket over dit onderwerp voor uw copiloot"))

    def clicked() -> None:
        if hasattr(screen, "flush"):
            screen.flush()
        target = record_id()
        if kind != "future_plan" and target is None:
            return
        try:
            dialog = CopilotShareDialog(screen.session, kind, target, screen)
        except StorageError as exc:
            QMessageBox.information(screen, tr("Delen met mijn copiloot"), exc.user_text())
            return
        screen.copilot_dialog = dialog
        dialog.show()

    button.clicked.connect(clicked)
    return button

