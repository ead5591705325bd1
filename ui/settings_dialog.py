"""Instellingen: auto-lock minutes and 'remember on this computer'."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

from ui.start_flow import _keychain


class SettingsDialog(QDialog):
    """Auto-lock minutes and 'remember on this computer'. Shown with open()."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        dossier = window.session.dossier
        self.setWindowTitle(translate("Main", "Instellingen"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(translate("Main", " minuten"))
        self.minutes.setValue(int(dossier.setting("auto_lock_minutes")))
        self.minutes.setAccessibleName(translate("Main", "Automatisch vergrendelen na"))
        from PySide6.QtWidgets import QCheckBox

        self.remember = QCheckBox(translate("Main", "Onthoud de sleutel op deze computer"), self)
        self.remember.setChecked(_keychain().recall(dossier.dossier_id) is not None)
        note = QLabel(self)
        note.setWordWrap(True)
        if not _keychain().available():
            self.remember.setEnabled(False)
            note.setText(
                translate(
                    "Main",
                    "Deze computer heeft geen sleutelbos. U opent het dossier "
                    "steeds met uw wachtwoord.",
                )
            )
        form = QFormLayout()
        # Long labels go above their field when the row does not fit (large text).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("Main", "Automatisch vergrendelen na:"), self.minutes)
        form.addRow("", self.remember)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Common", "Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Common", "Annuleren")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # The sections scroll above the buttons: at 200% text on a small screen the dialog is
        # taller than the screen, and Qt would squash every row into the rest.
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addLayout(form)
        self.body_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self._sized = False
        if dossier.read_only:
            self.minutes.setEnabled(False)

    def add_section(self, section: QWidget) -> None:
        """Add a section (keys and backups, the folder's name) below the others."""
        self.body_layout.insertWidget(self.body_layout.count() - 1, section)

    def _order_tabs(self) -> None:
        """Tab goes down the sections in reading order, then Bewaren and Annuleren. The
        buttons are made before the sections that add_section inserts later, so Qt's own
        order (creation) put the buttons between the first field and the rest."""
        buttons = self.buttons.buttons()
        chain: list[QWidget] = []
        widget = self.minutes
        while True:
            if (widget not in buttons and self.body.isAncestorOf(widget)
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                chain.append(widget)
            widget = widget.nextInFocusChain()
            if widget is self.minutes or len(chain) > 200:
                break
        chain.sort(key=lambda w: w.mapTo(self.body, w.rect().topLeft()).y())
        chain += [self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._sized:
            self._sized = True
            self._order_tabs()
            room = self.screen().availableGeometry()
            margins = self.layout().contentsMargins()
            bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
            hint = self.body.sizeHint()
            width = min(hint.width() + bar + margins.left() + margins.right(),
                        int(room.width() * 0.95))
            height = min(hint.height() + self.buttons.sizeHint().height()
                         + self.layout().spacing() + margins.top() + margins.bottom(),
                         int(room.height() * 0.9))
            self.resize(max(width, self.width()), height)
        super().showEvent(event)

    def save(self) -> None:
        dossier = self.window_.session.dossier
        if not dossier.read_only:
            dossier.set_setting("auto_lock_minutes", str(self.minutes.value()))
        if self.remember.isEnabled():
            if self.remember.isChecked():
                _keychain().remember(dossier.dossier_id, dossier.data_key())
            else:
                _keychain().forget(dossier.dossier_id)
        self.window_.apply_lock_setting()
        self.accept()
