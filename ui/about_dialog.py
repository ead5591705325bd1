"""Over Zorgmap: version, licence, the SQLCipher in use, and where the dossier and backups are.

(Not ui/screens/about.py: that is the child's "Over [naam]" screen.) Shown with open(); it
says plainly that Zorgmap uses no internet, because a parent may wonder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.version import VERSION
from storage.dossier import BACKUP_DIR
from ui import appinfo
from ui.errorlog import log_dir
from ui.i18n import translate


def _value(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """Facts about this copy of Zorgmap; the paths can be selected and copied."""

    def __init__(self, parent: QWidget | None = None, *, dossier_folder: Path | None = None,
                 recent: list[Path] | None = None, default_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "Over Zorgmap"))
        self.setObjectName("aboutDialog")
        title = QLabel(f"Zorgmap {VERSION}", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            translate(
                "About",
                "Het versleutelde zorgdossier voor gezinnen van een kind met ZEVMB. Alles "
                "blijft op deze computer.",
            ),
            self,
        )
        intro.setWordWrap(True)

        if dossier_folder is not None:
            where = str(dossier_folder)
            backups = translate(
                "About",
                "%1 (automatisch, in de dossiermap). Zet ook af en toe een reservekopie op "
                "een USB-stick.",
            ).replace("%1", str(dossier_folder / BACKUP_DIR))
        else:
            folders = [str(p) for p in (recent or [])]
            where = (
                "\n".join(folders)
                if folders
                else translate("About", "Nog geen dossier geopend. Een nieuw dossier komt in %1.")
                .replace("%1", str(default_folder or appinfo.default_dossier_folder()))
            )
            backups = translate(
                "About", "In de map 'backups' in de dossiermap (automatisch)."
            )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            ("version", translate("About", "Versie"), VERSION),
            (
                "licence",
                translate("About", "Licentie"),
                translate(
                    "About",
                    "%1 (%2). Vrije software: u mag Zorgmap gebruiken, delen en aanpassen.",
                )
                .replace("%1", appinfo.LICENCE)
                .replace("%2", appinfo.LICENCE_NAME),
            ),
            (
                "sqlcipher",
                translate("About", "Versleuteling"),
                translate("About", "SQLCipher %1").replace("%1", appinfo.sqlcipher_version()),
            ),
            (
                "dossier",
                translate("About", "Dossier") if dossier_folder is not None
                else translate("About", "Dossiers"),
                where,
            ),
            ("backups", translate("About", "Reservekopieën"), backups),
            (
                "logs",
                translate("About", "Foutverslagen"),
                translate("About", "%1 (zonder gegevens uit het dossier)").replace(
                    "%1", str(log_dir())
                ),
            ),
            (
                "network",
                translate("About", "Internet"),
                translate(
                    "About",
                    "Zorgmap gebruikt geen internet. Het zoekt niet naar updates en stuurt "
                    "niets weg.",
                ),
            ),
            ("built", translate("About", "Gemaakt met"), appinfo.qt_version()),
        ]
        self.values: dict[str, QLabel] = {}
        for key, caption, text in rows:
            value = _value(text, self, f"about_{key}")
            self.values[key] = value
            form.addRow(caption + ":", value)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("About", "Sluiten")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # Wrapped labels: the height follows from the width, which is known only now.
        height = self.layout().heightForWidth(self.width())
        if height > 0:
            self.resize(self.width(), height)
