"""A dossier folder named after the child (older versions made those): a line in Instellingen
says so, and "Neutrale naam geven…" locks the dossier, renames the folder to the neutral
default and updates the recent list. The keychain keys by dossier id and needs no change."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from app.folders import names_the_child, neutral_folder
from storage.errors import StorageError
from ui.i18n import translate
from ui.secret_dialog import error_label, set_error, wrapped_label
from ui.util import confirm


class FolderNameNotice(QFrame):
    """Shown in Instellingen only when the dossier's folder name holds the child's name."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("folderNameNotice")
        self.confirm = confirm  # tests replace it (a blocking question)
        session = window.session
        self.folder: Path = session.dossier.folder
        self.text = wrapped_label(
            translate(
                "FolderName",
                "De map van dit dossier heet '%1'. Daarin staat een naam. Een mapnaam is niet "
                "versleuteld: iedereen die deze computer gebruikt kan hem zien, en Zorgmap "
                "zet hem in de lijst met recente dossiers.",
            ).replace("%1", self.folder.name),
            self,
        )
        self.button = QPushButton(translate("FolderName", "Neutrale naam geven…"), self)
        self.button.clicked.connect(self.rename)
        self.error = error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.button.setEnabled(not session.dossier.read_only)

    def rename(self) -> Path | None:
        target = neutral_folder(self.folder.parent)
        if not os.access(self.folder.parent, os.W_OK):
            set_error(self.error, translate(
                "FolderName",
                "Zorgmap kan op deze plek geen map hernoemen (bijvoorbeeld een USB-stick die "
                "alleen gelezen kan worden). Er is niets veranderd.",
            ))
            return None
        if not self.confirm(
            self,
            translate("FolderName", "Neutrale naam geven"),
            translate(
                "FolderName",
                "Zorgmap vergrendelt eerst het dossier. Daarna heet de map '%1'. U opent het "
                "dossier weer met uw wachtwoord of de sleutelbos. Er gaat niets verloren.",
            ).replace("%1", target.name),
            translate("FolderName", "Vergrendelen en hernoemen"),
        ):
            return None
        return give_neutral_name(self.window_, self.folder, target)


def _expect_rename(window, old: Path, new: Path) -> None:
    """Before the rename: the new name goes into the recent list beside the old one, so a kill
    between the rename and `rename_recent` still finds the dossier (the list shows only
    folders that exist); `rename_recent` then drops the old one."""
    recent = window.recent()
    at = recent.index(old) + 1 if old in recent else 0
    window._save_recent(recent[:at] + [new] + [p for p in recent[at:] if p != new])


def give_neutral_name(window, folder: Path, target: Path) -> Path | None:
    """Lock (every connection to the dossier closes), rename, then show the unlock page on the
    new folder. On a refusal the folder and the recent list stay as they were."""
    from storage.dossier import rename_folder

    window.lock()
    if window.session is not None:
        return None
    _expect_rename(window, folder, target)
    try:
        rename_folder(folder, target)
    except StorageError as exc:
        window._save_recent([p for p in window.recent() if p != target])  # as it was
        window.show_unlock(folder)
        window.unlock_page.show_error(exc.user_text())
        return None
    window.rename_recent(folder, target)
    window.last_folder = target
    window.show_unlock(target)
    window.unlock_page.locked_note.setText(
        translate("FolderName", "De map heet nu '%1'. Open het dossier weer.")
        .replace("%1", target.name)
    )
    return target


def add_folder_name_notice(dialog: QDialog, window) -> FolderNameNotice | None:
    """Put the notice above the dialog's buttons when the folder name holds the child's name."""
    session = window.session
    if session is None or session.demo:
        return None
    child = session.records.singleton("child_profile")
    if not (child and names_the_child(session.dossier.folder.name, child.name)):
        return None
    notice = FolderNameNotice(window, dialog)
    dialog.add_section(notice)
    dialog.folder_name_notice = notice
    return notice
