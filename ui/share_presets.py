"""Presets of Delen en printen: a named choice of output, sections and recipient, kept in
the dossier. A mixin of ShareDialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter

from ui.i18n import translate
from ui.writes import failure_text


class SharePresetsMixin:
    """Filling, choosing, saving and deleting presets; ShareDialog holds the widgets."""

    def _fill_presets(self, select: str = "") -> None:
        self.preset.blockSignals(True)
        self.preset.clear()
        self.preset.addItem(translate("Share", "(geen vaste keuze)"), "")
        for name in sorted(self.session.records.share_presets(), key=str.casefold):
            self.preset.addItem(name, name)
        index = self.preset.findData(select) if select else 0
        self.preset.setCurrentIndex(max(index, 0))
        self.preset.blockSignals(False)
        self.delete_preset_button.setEnabled(bool(select))
        names = set(self.session.records.share_presets())
        names.update(e.recipient for e in self.session.records.shares() if e.recipient)
        completer = QCompleter(sorted(names, key=str.casefold), self.recipient)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.recipient.setCompleter(completer)


    def _preset_chosen(self, index: int) -> None:
        name = self.preset.itemData(index)
        self.delete_preset_button.setEnabled(bool(name))
        if not name:
            return
        preset = self.session.records.share_presets().get(name)
        if preset is None:
            return
        self.apply_preset(name, preset)

    def apply_preset(self, name: str, preset: dict) -> None:
        output = preset.get("output", "paspoort")
        excluded = frozenset(preset.get("excluded", ()))
        row = self.output.findData(output)
        self.applying_preset = True
        try:
            self.output.blockSignals(True)
            self.output.setCurrentIndex(max(row, 0))
            self.output.blockSignals(False)
            self._output_changed(excluded=excluded)
            self.bsn.setChecked(bool(preset.get("include_bsn", False)))
            self.recipient.setText(name)
        finally:
            self.applying_preset = False
        self._changed()

    def _forget_preset_if_changed(self) -> None:
        """The preset box shows a name only while the choice is still that preset."""
        name = self.preset.currentData()
        if not name or self.applying_preset:
            return
        preset = self.session.records.share_presets().get(name, {})
        choice = self.choice()
        if (
            preset.get("output") != choice.output
            or frozenset(preset.get("excluded", ())) != choice.excluded
            or bool(preset.get("include_bsn")) != choice.include_bsn
            or name != choice.recipient
        ):
            self.preset.setCurrentIndex(0)
            self.delete_preset_button.setEnabled(False)

    def save_preset(self) -> None:
        name = self.recipient.text().strip()
        if not name:
            self.show_error(
                translate(
                    "Share",
                    "Vul eerst bij 'Voor wie' in voor wie deze keuze is, bijvoorbeeld "
                    "'Logeerhuis'.",
                )
            )
            self.recipient.setFocus()
            return
        choice = self.choice()

        def work(tx):
            tx.records.save_share_preset(
                name, choice.output, sorted(choice.excluded), choice.include_bsn
            )
            tx.touched(meta=True)

        def done(_result) -> None:
            self._fill_presets(select=name)
            self.status.setText(
                translate("Share", "Keuze bewaard als '%1'.").replace("%1", name)
            )

        self.session.submit(work, on_success=done,
                            on_failure=lambda exc: self.show_error(failure_text(exc)))

    def delete_preset(self) -> None:
        name = self.preset.currentData()
        if not name:
            return
        def work(tx):
            tx.records.delete_share_preset(name)
            tx.touched(meta=True)

        self.session.submit(work, on_success=lambda _r: self._fill_presets(),
                            on_failure=lambda exc: self.show_error(failure_text(exc)))
