"""The screens before a dossier is open: welcome, create, Noodsleutel sheet, unlock, restore.

Pages only show and ask; the main window does the work (off the GUI thread where it is slow).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.passphrase import NewPassphrase, SecretField


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def _text(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("pageError")
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class Page(QWidget):
    """A centred column of limited width: calm and readable at any window size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QWidget(self)
        self.column.setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * 90)
        self.column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.body = QVBoxLayout(self.column)
        self.body.setSpacing(12)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.column, 4)
        outer.addStretch(1)
        self.error = _error_label(self.column)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def wrap_up(self) -> None:
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        outer = self.layout()
        outer.setAlignment(self.column, Qt.AlignmentFlag.AlignTop)


class WelcomePage(Page):
    create_clicked = Signal()
    open_clicked = Signal()
    restore_clicked = Signal()
    demo_clicked = Signal()
    about_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.addSpacing(24)
        self.body.addWidget(_title(translate("Start", "Welkom bij Zorgmap"), self.column))
        self.body.addWidget(
            _text(
                translate(
                    "Start",
                    "Zorgmap bewaart alles over de zorg voor uw kind op één plek: wie uw kind "
                    "is, besluiten, hulpmiddelen, zorgplannen en documenten. Alles blijft op "
                    "deze computer en is versleuteld met een wachtwoord dat alleen u kent. Er "
                    "gaat niets naar internet; u bepaalt zelf wat u deelt of print.",
                ),
                self.column,
            )
        )
        self.body.addSpacing(8)
        self.create_button = QPushButton(translate("Start", "Nieuw dossier maken"), self.column)
        self.create_button.setDefault(True)
        self.open_button = QPushButton(
            translate("Start", "Een bestaand dossier openen…"), self.column
        )
        self.restore_button = QPushButton(
            translate("Start", "Een reservekopie terugzetten…"), self.column
        )
        self.demo_button = QPushButton(
            translate("Start", "Rondkijken in het voorbeelddossier"), self.column
        )
        for button, signal in (
            (self.create_button, self.create_clicked),
            (self.open_button, self.open_clicked),
            (self.restore_button, self.restore_clicked),
            (self.demo_button, self.demo_clicked),
        ):
            button.setMinimumHeight(button.sizeHint().height() + 10)
            button.clicked.connect(signal)
            self.body.addWidget(button)
        note = _text(
            translate(
                "Start",
                "Het voorbeelddossier gaat over een verzonnen gezin. Alle "
                "namen en gegevens zijn bedacht; wat u daar verandert, wordt "
                "niet bewaard.",
            ),
            self.column,
        )
        # A hint, but readable: a disabled label's grey is below 3:1 on the window colour.
        note.setObjectName("hint")
        note.setStyleSheet(HINT_STYLE)
        self.body.addWidget(note)
        self.about_button = QPushButton(translate("About", "Over Zorgmap"), self.column)
        self.about_button.setFlat(True)
        self.about_button.clicked.connect(self.about_clicked)
        self.body.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.wrap_up()


class CreatePage(Page):
    create_clicked = Signal(str, str, Path)  # name, passphrase, folder
    back_clicked = Signal()

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_folder = default_folder
        self.folder_chosen: Path | None = None
        self.choose_folder = None  # set by the main window (a file dialog)
        self.body.addWidget(_title(translate("Start", "Nieuw dossier"), self.column))
        self.body.addWidget(
            _text(
                translate(
                    "Start",
                    "Kies een wachtwoord dat u goed kunt onthouden en dat niemand kan raden. "
                    "Vier losse woorden werken goed, bijvoorbeeld: paraplu fiets zomer lepel.",
                ),
                self.column,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(self.column)
        self.name.setAccessibleName(translate("Start", "Naam van uw kind"))
        self.name.textChanged.connect(self._update)
        self.passphrase = NewPassphrase(self.column, lambda: (self.name.text(),))
        self.passphrase.changed.connect(self._update_button)
        self.passphrase.submitted.connect(self._create)
        # the parts, as tests and the main window know them
        self.first, self.second = self.passphrase.first, self.passphrase.second
        self.strength, self.match = self.passphrase.strength, self.passphrase.match
        self.show_box = self.passphrase.show_box
        self.where = QLabel(self.column)
        self.where.setWordWrap(True)
        self.where_button = QPushButton(translate("Start", "Andere plek…"), self.column)
        self.where_button.clicked.connect(self._choose)
        # The path may wrap (larger text): a label straight in the form gets the height it
        # needs, which it does not inside a row with the button.
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("Start", "Naam van uw kind:"), self.name)
        self.passphrase.add_to(form)
        form.addRow(translate("Start", "Bewaren in:"), self.where)
        form.addRow("", self.where_button)
        self.body.addLayout(form)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("Common", "Terug"), self.column)
        self.back_button.clicked.connect(self.back_clicked)
        self.create_button = QPushButton(translate("Start", "Dossier maken"), self.column)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        self.body.addLayout(buttons)
        self.wrap_up()
        self._update()

    def folder(self) -> Path:
        """Where the dossier goes. The default name is neutral: a folder name is readable by
        anyone with the computer (and lands in the settings' recent list), so it never holds
        the child's name."""
        if self.folder_chosen is not None:
            return self.folder_chosen
        return neutral_folder(self.default_folder)

    def _choose(self) -> None:
        if self.choose_folder is not None:
            folder = self.choose_folder()
            if folder:
                self.folder_chosen = neutral_folder(Path(folder))
                self._update()

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return translate("Start", "Vul de naam van uw kind in.")
        return self.passphrase.problem()

    def _update(self) -> None:
        self.passphrase.update()  # the name may not be in the passphrase

    def _update_button(self) -> None:
        self.where.setText(str(self.folder()))
        self.create_button.setEnabled(self.problem() is None)

    def _create(self) -> None:
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        self.create_clicked.emit(self.name.text().strip(), self.first.text(), self.folder())

    def clear_secrets(self) -> None:
        self.passphrase.clear()


def neutral_folder(parent: Path, stem: str = "Zorgmap-dossier") -> Path:
    """`parent/Zorgmap-dossier.zorgmap`, or -2, -3, … when that exists already."""
    candidate = parent / f"{stem}.zorgmap"
    number = 2
    while candidate.exists():
        candidate = parent / f"{stem}-{number}.zorgmap"
        number += 1
    return candidate


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
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QPageLayout().margins(),
        )
    )
    doc = QTextDocument()
    doc.setHtml(recovery_sheet_html(code, folder, name))
    doc.print_(printer)
    return target


class RecoveryPage(Page):
    """Shows the Noodsleutel once; the parent confirms it is stored, then the keychain choice."""

    done_clicked = Signal(bool)  # remember in keychain
    print_clicked = Signal()
    save_pdf_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.body.addWidget(_title(translate("Start", "Uw noodsleutel"), self.column))
        self.body.addWidget(
            _text(
                translate(
                    "Start",
                    "Dit is de noodsleutel van het dossier. Als u het wachtwoord vergeet, of als "
                    "iemand anders de zorg van u overneemt, opent deze code het dossier. Zonder "
                    "wachtwoord en zonder noodsleutel kan niemand erbij, ook wij niet.",
                ),
                self.column,
            )
        )
        self.code_label = QLabel(self.column)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.code_label.setMargin(12)
        self.code_label.setWordWrap(True)
        self.code_label.setAccessibleName(translate("Start", "Noodsleutel"))
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
        self.keychain_note = _text("", self.column)
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


class UnlockPage(Page):
    unlock_clicked = Signal(Path, str)
    keychain_clicked = Signal(Path)
    other_clicked = Signal()
    forget_clicked = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.addSpacing(24)
        self.body.addWidget(_title(translate("Start", "Dossier openen"), self.column))
        self.intro = _text(
            translate("Start", "Kies het dossier en typ uw wachtwoord. Een noodsleutel werkt ook."),
            self.column,
        )
        self.body.addWidget(self.intro)
        self.recent = QListWidget(self.column)
        self.recent.setAccessibleName(translate("Start", "Recente dossiers"))
        self.recent.setMaximumHeight(self.fontMetrics().height() * 7)
        self.recent.currentRowChanged.connect(lambda _r: self._update())
        self.body.addWidget(QLabel(translate("Start", "Recente dossiers:"), self.column))
        self.body.addWidget(self.recent)
        self.secret = SecretField(translate("Start", "Wachtwoord of noodsleutel"), self.column,
                                  placeholder=translate("Start", "Wachtwoord of noodsleutel"))
        self.secret.returnPressed.connect(self._unlock)
        self.secret.textChanged.connect(lambda _t: self._update())
        self.body.addWidget(self.secret)
        buttons = QHBoxLayout()
        self.other_button = QPushButton(translate("Start", "Ander dossier of nieuw…"), self.column)
        self.other_button.clicked.connect(self.other_clicked)
        self.keychain_button = QPushButton(
            translate("Start", "Openen met de sleutelbos"), self.column
        )
        self.keychain_button.clicked.connect(lambda: self.keychain_clicked.emit(self.selected()))
        self.unlock_button = QPushButton(translate("Start", "Openen"), self.column)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keychain_button)
        buttons.addWidget(self.unlock_button)
        self.body.addLayout(buttons)
        self.locked_note = _text("", self.column)
        self.body.addWidget(self.locked_note)
        self.keychain_ids: dict[str, bool] = {}
        self.wrap_up()

    def set_recent(
        self, folders: list[Path], select: Path | None = None, remembered: set[str] | None = None
    ) -> None:
        self.recent.clear()
        self.keychain_ids = {str(f): str(f) in (remembered or set()) for f in folders}
        for folder in folders:
            item = QListWidgetItem(f"{folder.name.removesuffix('.zorgmap')}   —   {folder.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            item.setToolTip(str(folder))
            self.recent.addItem(item)
        row = 0
        if select is not None:
            for i in range(self.recent.count()):
                if self.recent.item(i).data(Qt.ItemDataRole.UserRole) == str(select):
                    row = i
        self.recent.setCurrentRow(row if self.recent.count() else -1)
        self._update()

    def selected(self) -> Path | None:
        item = self.recent.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _update(self) -> None:
        folder = self.selected()
        self.unlock_button.setEnabled(folder is not None and bool(self.secret.text()))
        self.keychain_button.setVisible(
            folder is not None and self.keychain_ids.get(str(folder), False)
        )

    def _unlock(self) -> None:
        folder = self.selected()
        if folder is None or not self.secret.text():
            return
        self.unlock_clicked.emit(folder, self.secret.text())

    def busy(self, busy: bool) -> None:
        for w in (
            self.secret,
            self.unlock_button,
            self.keychain_button,
            self.recent,
            self.other_button,
        ):
            w.setEnabled(not busy)
        if busy:
            self.show_error("")
            self.locked_note.setText(translate("Start", "Het dossier wordt geopend…"))
        else:
            self.locked_note.setText("")
            self._update()
            self.secret.setFocus()


class RestorePage(Page):
    restore_clicked = Signal(Path, str, Path)
    back_clicked = Signal()

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_folder = default_folder
        self.choose_backup = None
        self.body.addWidget(_title(translate("Start", "Reservekopie terugzetten"), self.column))
        self.body.addWidget(
            _text(
                translate(
                    "Start",
                    "Een reservekopie wordt teruggezet als een nieuw dossier. Er wordt niets "
                    "overschreven. U hebt het wachtwoord of de noodsleutel nodig van toen de "
                    "reservekopie werd gemaakt.",
                ),
                self.column,
            )
        )
        form = QFormLayout()
        self.backup = QLineEdit(self.column)
        self.backup.setAccessibleName(translate("Start", "Reservekopie"))
        choose = QPushButton(translate("Start", "Kiezen…"), self.column)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.backup, 1)
        row.addWidget(choose)
        self.secret = SecretField(translate("Start", "Wachtwoord of noodsleutel"), self.column)
        self.target = QLineEdit(self.column)
        self.target.setAccessibleName(translate("Start", "Nieuw dossier in"))
        form.addRow(translate("Start", "Reservekopie:"), row)
        form.addRow(translate("Start", "Wachtwoord of noodsleutel:"), self.secret)
        form.addRow(translate("Start", "Nieuw dossier in:"), self.target)
        self.body.addLayout(form)
        buttons = QHBoxLayout()
        back = QPushButton(translate("Common", "Terug"), self.column)
        back.clicked.connect(self.back_clicked)
        self.restore_button = QPushButton(translate("Start", "Terugzetten"), self.column)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        self.body.addLayout(buttons)
        self.wrap_up()

    def _choose(self) -> None:
        if self.choose_backup is None:
            return
        path = self.choose_backup()
        if path:
            self.backup.setText(path)
            if not self.target.text():
                stem = Path(path).stem.split("-")[0] or "Teruggezet"
                self.target.setText(str(self.default_folder / f"{stem}-teruggezet.zorgmap"))

    def _restore(self) -> None:
        if not (self.backup.text() and self.secret.text() and self.target.text()):
            self.show_error(translate("Start", "Vul alle drie de velden in."))
            return
        self.restore_clicked.emit(
            Path(self.backup.text()), self.secret.text(), Path(self.target.text())
        )


def bold(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    widget.setFont(font)


RED = "color: #b3261e;"
HINT_STYLE = "color: #4a4a4a;"  # 8:1 on the light window colour (#efefef)
