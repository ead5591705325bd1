""""Reservekopie testen": check a backup completely and say what it holds (`describe`, which
the `zorgmap verify` command prints too)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from storage.errors import StorageError
from ui.backups import place_folder
from ui.i18n import translate
from ui.util import format_date
from ui.widgets import resize_in_text

_COUNT_LINES = [
    ("journal_entry", QT_TRANSLATE_NOOP("Backups", "contactlog")),
    ("decision", QT_TRANSLATE_NOOP("Backups", "indicaties en besluiten")),
    ("aid_request", QT_TRANSLATE_NOOP("Backups", "hulpmiddel-aanvragen")),
    ("care_plan", QT_TRANSLATE_NOOP("Backups", "zorgplannen")),
    ("contact", QT_TRANSLATE_NOOP("Backups", "mensen in het netwerk")),
    ("medication", QT_TRANSLATE_NOOP("Backups", "medicijnen")),
]
_TABLE_LINES = [
    ("documents", QT_TRANSLATE_NOOP("Backups", "documenten")),
    ("history", QT_TRANSLATE_NOOP("Backups", "wijzigingen in de geschiedenis")),
    ("shares", QT_TRANSLATE_NOOP("Backups", "keren iets gedeeld of geprint")),
]


def describe(info, *, ok_line: bool = True) -> list[str]:
    """What a checked backup holds, as lines for the CLI and the app (Dutch source text)."""
    lines = []
    if ok_line:
        lines.append(translate("Backups", "Reservekopie in orde: %1").replace("%1", str(info.path)))
    when = info.created
    try:
        made = dt.datetime.fromisoformat(info.created).astimezone()
        when = f"{format_date(made.date())} {made.strftime('%H:%M')}"
    except ValueError:
        pass
    kind = (
        translate("Backups", "automatische reservekopie")
        if info.kind == "snapshot"
        else translate("Backups", "volledige reservekopie in één bestand")
    )
    lines.append(
        "  "
        + translate("Backups", "gemaakt op %1 (%2), schemaversie %3")
        .replace("%1", when)
        .replace("%2", kind)
        .replace("%3", str(info.schema_version))
    )
    if info.child:
        lines.append("  " + translate("Backups", "dossier van: %1").replace("%1", info.child))
    total = sum(info.kinds.values()) if info.kinds else info.counts.get("records", 0)
    lines.append(
        "  "
        + translate("Backups", "onderdelen (zoals besluiten, contacten, logboek): %1").replace(
            "%1", str(total)
        )
    )
    parts = [
        f"{translate('Backups', label)}: {info.kinds[kind]}"
        for kind, label in _COUNT_LINES
        if info.kinds.get(kind)
    ]
    if parts:
        lines.append("    " + ", ".join(parts))
    for table, label in _TABLE_LINES:
        if table in info.counts:
            lines.append(f"  {translate('Backups', label)}: {info.counts[table]}")
    return lines


class BackupTestDialog(QDialog):
    """ "Reservekopie testen": check a backup completely and show what it holds."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.setWindowTitle(translate("Backups", "Reservekopie testen"))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(translate("Backups", "Reservekopie"))
        self.path.setText(str(self.default_backup() or ""))
        browse = QPushButton(translate("Backups", "Kiezen…"), self)
        browse.clicked.connect(self.browse)
        self.choose_file = lambda: QFileDialog.getOpenFileName(
            self,
            translate("Backups", "Kies een reservekopie"),
            str(self.path.text()),
            translate("Backups", "Zorgmap-reservekopie (*.zmbak)"),
        )[0]
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(translate("Backups", "Wachtwoord of noodsleutel van toen"))
        self.secret.setPlaceholderText(
            translate("Backups", "Leeg laten: de sleutel van dit dossier")
        )
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setObjectName("backupTestResult")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(self)
        self.test_button = buttons.addButton(
            translate("Backups", "Testen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("Backups", "Sluiten"))
        self.test_button.clicked.connect(self.test)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Backups",
                "Zorgmap controleert de hele reservekopie: elk stukje, de "
                "versleuteling en de samenhang. Er verandert niets.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.secret)
        layout.addWidget(self.result, 1)
        layout.addWidget(buttons)
        resize_in_text(self, 89, 23)
        self.op = None
        self.info = None

    def done(self, result: int) -> None:
        # A check still running must end before the dialog (its parent) goes.
        if self.op is not None:
            self.op.cancel()
            self.op.wait()
        super().done(result)

    def default_backup(self) -> Path | None:
        """The newest copy at the second place if it is there, else the newest beside it."""
        from storage.backup import list_snapshots

        dossier = self.session.dossier
        scheduler = getattr(self.session, "backups", None)
        place = scheduler.place() if scheduler is not None else None
        places = [place_folder(place, dossier.dossier_id)] if place is not None else []
        for folder in [*places, dossier.folder / "backups"]:
            found = list_snapshots(folder)
            if found:
                return found[-1].path
        return None

    def browse(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.path.setText(chosen)

    def test(self):
        from storage.backup import verify_backup
        from ui.workers import run_operation

        text = self.path.text().strip()
        if not text:
            self.result.setText(translate("Backups", "Kies eerst een reservekopie."))
            return None
        path = Path(text)
        secret = self.secret.text() or None
        key = None if secret else self.session.dossier.data_key()
        self.result.setText(translate("Backups", "Bezig met testen…"))
        self.test_button.setEnabled(False)

        def work(progress, _db):
            return verify_backup(path, secret, data_key=key, progress=progress)

        def done(info):
            self.info = info
            self.test_button.setEnabled(True)
            self.result.setText("\n".join(describe(info)))

        def failed(exc):
            self.test_button.setEnabled(True)
            text = exc.user_text() if isinstance(exc, StorageError) else None
            if text is None:
                text = translate("Backups", "Dit bestand kon niet worden gelezen.")
            if key is not None:
                text += " " + translate(
                    "Backups",
                    "Is het een kopie van vóór een nieuwe noodsleutel, of van een "
                    "ander dossier? Typ dan het wachtwoord of de noodsleutel van "
                    "toen en test opnieuw.",
                )
            self.result.setText(text)

        self.op = run_operation(
            work,
            parent=self,
            on_success=done,
            on_failure=failed,
            label=translate("Backups", "De reservekopie wordt getest…"),
        )
        self.op.finished.connect(lambda: setattr(self, "op", None))
        return self.op
