"""What a parent opens from an unlocked dossier: search, settings, backups, about, share
and print, the Prullenbak. A mixin of MainWindow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from storage.errors import StorageError
from ui.i18n import translate
from ui.util import notify

if TYPE_CHECKING:
    from ui.search import SearchDialog
    from ui.settings_dialog import SettingsDialog


class DossierActionsMixin:
    """The dialogs and actions of the toolbar and menus; MainWindow holds the state."""

    def show_search(self) -> SearchDialog | None:
        if self.view is None:
            return None
        if self.search_dialog is None:
            from ui.search import SearchDialog

            self.search_dialog = SearchDialog(self.session, self.view.part_titles(), self)
            self.search_dialog.open_requested.connect(self.view.open_record)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.field.setFocus()
        self.search_dialog.field.selectAll()
        return self.search_dialog

    def show_settings(self) -> SettingsDialog | None:
        if self.session is None:
            return None
        from ui.folder_name import add_folder_name_notice
        from ui.key_settings import add_key_settings
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        add_key_settings(dialog, self)
        add_folder_name_notice(dialog, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_backup_test(self):
        """"Reservekopie testen": non-modal, closed when locking."""
        if self.session is None:
            return None
        from ui.backup_check import BackupTestDialog

        dialog = BackupTestDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self):
        """The non-modal "Over Zorgmap" dialog (ui/about_dialog.py)."""
        from ui.about_dialog import AboutDialog

        dialog = AboutDialog(
            self,
            dossier_folder=self.session.dossier.folder if self.session is not None else None,
            recent=[p for p in self.recent() if p.exists()],
            default_folder=self.default_folder,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def make_backup(self):
        if self.session is None:
            return None
        dossier = self.session.dossier
        stamp = dt.datetime.now().strftime("%Y-%m-%d")
        target = self.choose_backup_target(f"{dossier.folder.stem}-{stamp}.zmbak")
        if not target:
            return None
        self.view.flush()

        def work(progress, db):
            from storage.backup import write_backup

            return write_backup(dossier, Path(target), progress, db=db)

        return self._run(
            work,
            dossier=dossier,
            label=translate("Main", "De reservekopie wordt gemaakt…"),
            on_success=lambda p: notify(
                self,
                translate("Main", "Reservekopie gemaakt"),
                translate(
                    "Main",
                    "De reservekopie staat in %1. Bewaar hem ook op een "
                    "USB-stick of een andere schijf.",
                ).replace("%1", str(p)),
            ),
            on_failure=lambda exc: notify(
                self,
                translate("Main", "Dat lukte niet"),
                exc.user_text() if isinstance(exc, StorageError) else str(type(exc).__name__),
                QMessageBox.Icon.Warning,
            ),
        )


    def show_share(self):
        """The non-modal "Delen en printen" dialog; one at a time, closed when locking."""
        if self.session is None:
            return None
        dialog = getattr(self, "share_dialog", None)
        if dialog is None or not dialog.alive or dialog.session is not self.session:
            from ui.share import ShareDialog

            if self.view is not None:
                self.view.flush()  # the PDF shows what the forms say now
            dialog = self.share_dialog = ShareDialog(self.session, self._run, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda: setattr(self, "share_dialog", None))
            # "Wat ontbreekt nog?": a double-click opens the record to fill it in.
            dialog.missing.open_requested.connect(self.view.open_record)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # ----- history ----------

    def show_trash(self):
        """The non-modal Prullenbak (ui/trash.py); closed with the other dialogs on lock."""
        if self.session is None:
            return None
        from shiboken6 import isValid

        from ui.trash import TrashDialog

        dialog = getattr(self, "trash_dialog", None)
        if dialog is None or not isValid(dialog) or dialog.session is not self.session:
            if self.view is not None:
                self.view.flush()
            dialog = self.trash_dialog = TrashDialog(
                self.session, self, on_restored=self._show_restored
            )
        else:
            dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _show_restored(self, record) -> None:
        """Show a record brought back from the Prullenbak where it lives."""
        if self.view is None:
            return
        current = self.view.current_screen()
        if hasattr(current, "refresh"):
            current.refresh()
        self.view.open_record(record.KIND, record.id)
