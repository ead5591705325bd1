"""'Bezwaar maken': a small dialog that makes the bezwaarschrift of one decision.

Offered on Indicaties en besluiten (for the shown decision) and on the Overzicht when a bezwaar
deadline is at most 14 days away. The letter itself is built by app.bezwaar; this dialog only
chooses the variant, says how much time is left, and saves the PDF and the .docx.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from app.bezwaar import deadline_line, make_letter
from app.errors import ValidationError
from ui.i18n import translate

#: The Overzicht offers "Bezwaar maken" when the last day is at most this many days away.
OFFER_WITHIN_DAYS = 14


class BezwaarDialog(QDialog):
    def __init__(self, session, decision_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.decision_id = decision_id
        self.saved: list[Path] = []
        self.setWindowTitle(translate("Bezwaar", "Bezwaar maken"))
        # Blocking dialogs open only on a click; tests replace this attribute.
        self.choose_target = lambda name: QFileDialog.getSaveFileName(
            self, translate("Bezwaar", "Bezwaarschrift bewaren"), str(Path.home() / name),
            "PDF (*.pdf)")[0]  # fmt: skip
        layout = QVBoxLayout(self)
        today = session.today()
        self.content = session.content()
        decision = next(d for d in self.content.decisions if d.id == decision_id)
        intro = QLabel(translate(
            "Bezwaar",
            "Zorgmap maakt een brief met wat de wet vraagt: uw naam en adres, de datum, het "
            "besluit met kenmerk en datum, en waarom u het er niet mee eens bent. Print de PDF, "
            "onderteken hem en stuur hem aangetekend op. Het Word-bestand kunt u nog aanpassen."),
            self)  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(QLabel(f"<b>{decision.label()}</b>", self))
        layout.addWidget(intro)
        self.full = QRadioButton(translate("Bezwaar", "Bezwaarschrift met de gronden"), self)
        self.pro_forma = QRadioButton(
            translate("Bezwaar", "Pro-forma bezwaar: de gronden stuurt u later"), self)
        self.full.setChecked(True)
        layout.addWidget(self.full)
        layout.addWidget(self.pro_forma)
        letter = make_letter(self.content, decision_id, today)
        self.deadline = QLabel(deadline_line(letter, today), self)
        self.deadline.setWordWrap(True)
        if letter.last_day is not None and (letter.last_day - today).days <= 7:
            self.pro_forma.setChecked(True)  # little time left: send the short letter first
        layout.addWidget(self.deadline)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(translate("Bezwaar", "Bewaren als PDF en Word…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Bezwaar", "Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        from ui.composition import make_bezwaar

        pro_forma = self.pro_forma.isChecked()
        name = translate("Bezwaar", "Pro-forma bezwaar") if pro_forma else translate(
            "Bezwaar", "Bezwaarschrift")
        target = self.choose_target(f"{name} {self.session.today().strftime('%d-%m-%Y')}.pdf")
        if not target:
            return
        pdf_path = Path(target)
        if pdf_path.suffix.lower() != ".pdf":
            pdf_path = pdf_path.with_name(pdf_path.name + ".pdf")
        docx_path = pdf_path.with_suffix(".docx")
        try:
            _letter, pdf, _pages, document = make_bezwaar(
                self.session.dossier, self.decision_id, today=self.session.today(),
                pro_forma=pro_forma, docx=True)
            from storage.fsutil import atomic_write

            atomic_write(pdf_path, pdf)
            atomic_write(docx_path, document)
        except ValidationError as e:
            QMessageBox.warning(self, translate("Bezwaar", "Bezwaar maken"), e.message)
            return
        except OSError:
            QMessageBox.warning(self, translate("Bezwaar", "Bezwaar maken"), translate(
                "Bezwaar", "De brief kon niet worden bewaard in %1. Kies een andere plek."
            ).replace("%1", str(pdf_path.parent)))
            return
        self.saved = [pdf_path, docx_path]
        self.deadline.setText(translate("Bezwaar", "Bewaard: %1 en %2").replace(
            "%1", pdf_path.name).replace("%2", docx_path.name))
