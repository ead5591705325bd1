"""The Noodsleutel sheet: the page shown once after creating a dossier (confirm it is stored,
then the keychain choice), and the one-page sheet to print or save as PDF."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.i18n import translate
from ui.start_page import Page, page_text, page_title


def recovery_sheet_html(code: str, folder: Path, name: str) -> str:
    """The one-page Noodsleutel sheet: what it is, where the dossier lives, the code, what next."""
    e = html.escape
    title = translate("Recovery", "Noodsleutel voor het Zorgmap-dossier")
    owner = translate("Recovery", "Dossier van: %1").replace("%1", name)
    what = translate(
        "Recovery",
        "Met deze code kan iemand die u vertrouwt het dossier openen als u het wachtwoord kwijt "
        "bent, of als u er zelf niet meer voor kunt zorgen. Bewaar dit blad bij uw testament of "
        "geef het aan een vertrouwd persoon.",
    )
    code_title = translate("Recovery", "De code")
    where_title = translate("Recovery", "Waar het dossier staat")
    backups = translate(
        "Recovery", "Er worden ook reservekopieën gemaakt in de map 'backups' in die map."
    )
    steps_title = translate("Recovery", "Wat moet wie het overneemt doen?")
    steps = [
        translate(
            "Recovery",
            "Zorgmap staat al op de computer waar het dossier staat. Op een andere computer: "
            "installeer Zorgmap %1 of nieuwer (gratis) van de plek die hieronder is "
            "opgeschreven, en kopieer de dossiermap naar die computer.",
        ).replace("%1", _version()),
        translate("Recovery", "Kies 'Een bestaand dossier openen' en kies de map hierboven."),
        translate(
            "Recovery",
            "Typ de code hierboven in het wachtwoordveld. Streepjes en kleine letters mogen.",
        ),
        translate(
            "Recovery",
            "Kies daarna een eigen nieuw wachtwoord en maak een nieuwe noodsleutel.",
        ),
    ]
    warning = translate(
        "Recovery",
        "Iedereen met deze code kan het dossier lezen. Bewaar hem zoals u een sleutel van uw "
        "huis bewaart.",
    )
    source = translate("Recovery", "Zorgmap komt van (schrijf het hier op):")
    items = "".join(f"<li>{e(step)}</li>" for step in steps)
    # The code in lines of four groups that never break inside: a group split over two lines
    # is easily typed wrong by someone who has never seen one.
    groups = code.split("-")
    lines = ["-".join(groups[i:i + 4]) for i in range(0, len(groups), 4)] or [""]
    code_html = "<br>".join(e(line) for line in lines)
    return (
        f"<h1>{e(title)}</h1><p>{e(owner)}</p><p>{e(what)}</p>"
        f"<h2>{e(code_title)}</h2>"
        f"<p style='font-family: monospace; font-size: 18pt; font-weight: bold; "
        f"white-space: nowrap;'>{code_html}</p>"
        f"<h2>{e(where_title)}</h2><p style='font-family: monospace;'>{e(str(folder))}</p>"
        f"<p>{e(backups)}</p><h2>{e(steps_title)}</h2><ol>{items}</ol>"
        f"<p>{e(source)}</p><p>______________________________________________________</p>"
        f"<p><i>{e(warning)}</i></p>"
    )


def _version() -> str:
    from app.version import VERSION

    return VERSION


def write_recovery_pdf(target: Path, code: str, folder: Path, name: str) -> Path:
    """The sheet as a PDF at `target`, 0600 like every file the app writes: it holds the code
    that opens the dossier. Made in memory, then written in one step (an older sheet there is
    replaced, never left half or world-readable)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    from storage.fsutil import atomic_write

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QPageLayout().margins(),
        )
    )
    doc = QTextDocument()
    doc.setHtml(recovery_sheet_html(code, folder, name))
    doc.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    atomic_write(target, bytes(data))
    target.chmod(0o600)
    return target


def code_label(parent: QWidget, font: QFont) -> QLabel:
    """The Noodsleutel itself: large, fixed-width, framed, selectable (not yet filled in)."""
    label = QLabel(parent)
    code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    code_font.setPointSizeF(font.pointSizeF() * 1.6)
    code_font.setBold(True)
    label.setFont(code_font)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(12)
    label.setWordWrap(True)
    label.setAccessibleName(translate("Start", "Noodsleutel"))
    return label


class RecoveryPage(Page):
    """Shows the Noodsleutel once; the parent confirms it is stored, then the keychain choice."""

    done_clicked = Signal(bool)  # remember in keychain
    print_clicked = Signal()
    save_pdf_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.body.addWidget(page_title(translate("Start", "Uw noodsleutel"), self.column))
        self.body.addWidget(
            page_text(
                translate(
                    "Start",
                    "Dit is de noodsleutel van het dossier. Als u het wachtwoord vergeet, of als "
                    "iemand anders de zorg van u overneemt, opent deze code het dossier. Zonder "
                    "wachtwoord en zonder noodsleutel kan niemand erbij, ook wij niet.",
                ),
                self.column,
            )
        )
        self.code_label = code_label(self.column, self.font())
        self.body.addWidget(self.code_label)
        print_row = QHBoxLayout()
        self.print_button = QPushButton(translate("Start", "Printen…"), self.column)
        self.print_button.clicked.connect(self.print_clicked)
        self.pdf_button = QPushButton(translate("Start", "Bewaren als PDF…"), self.column)
        self.pdf_button.clicked.connect(self.save_pdf_clicked)
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.pdf_button)
        print_row.addStretch(1)
        self.body.addLayout(print_row)
        self.stored = QCheckBox(
            translate(
                "Start",
                "Ik heb de noodsleutel geprint of opgeschreven en op een veilige plek bewaard.",
            ),
            self.column,
        )
        self.stored.toggled.connect(self._update)
        self.body.addWidget(self.stored)
        self.keychain_box = QCheckBox(
            translate(
                "Start",
                "Onthoud de sleutel op deze computer, zodat ik "
                "niet steeds mijn wachtwoord hoef te typen",
            ),
            self.column,
        )
        self.keychain_note = page_text("", self.column)
        self.body.addWidget(self.keychain_box)
        self.body.addWidget(self.keychain_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.done_button = QPushButton(translate("Start", "Naar het dossier"), self.column)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(
            lambda: self.done_clicked.emit(self.keychain_box.isChecked())
        )
        buttons.addWidget(self.done_button)
        self.body.addLayout(buttons)
        self.wrap_up()

    def show_code(self, code: str) -> None:
        self.code = code
        self.code_label.setText(code)
        self.stored.setChecked(False)
        from storage import keychain

        has_keychain = keychain.available()
        self.keychain_box.setChecked(False)
        self.keychain_box.setEnabled(has_keychain)
        if has_keychain:
            self.keychain_note.setText(
                translate(
                    "Start",
                    "De sleutel komt dan in de sleutelbos van uw computer. Iedereen die op "
                    "uw account kan inloggen, kan het dossier dan openen.",
                )
            )
        else:
            self.keychain_note.setText(
                translate(
                    "Start",
                    "Deze computer heeft geen sleutelbos die Zorgmap kan gebruiken. U opent "
                    "het dossier daarom steeds met uw wachtwoord. Dat is even veilig.",
                )
            )
        self._update()

    def _update(self) -> None:
        self.done_button.setEnabled(self.stored.isChecked())
