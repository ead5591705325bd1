"""The family's side of working with a copilot (docs/copilot.md): `install_copilot(window)`
hooks "Voorstellen van de copiloot…" (`ui/copilot_proposals.py`) and the copilot's
workspace entry (`ui/copilot_open.py`) into the main window; the screens add
"Delen met mijn copiloot…" themselves (`ui/copilot_share.py`). The translation context
and item role those modules share live here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ui.i18n import translate

KEY_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    # lupdate files a plain tr("…") call under the empty context; ask that one.
    return translate("", text)


def install_copilot(window) -> None:
    """Add "Voorstellen van de copiloot…" to `window`'s Dossier menu (the toolbar is full, and
    an answer comes rarely; the share dialog says where to find it). "Delen met mijn
    copiloot…" sits on the decision, aid request and Wat als… screens."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    action = QAction(tr("Voorstellen van de copiloot…"), window)
    action.setToolTip(tr("Een antwoord van uw copiloot openen en kiezen wat u overneemt"))
    action.setEnabled(False)
    window.proposals_action = action

    def show_proposals(path: Path | None = None):
        # Imported when used: the proposals pull in storage.copilot, app.model and
        # cryptography, ~50 ms that the start would otherwise pay before its first paint.
        from ui.copilot_proposals import open_reply

        if getattr(window, "view", None) is not None:
            window.view.flush()
        return open_reply(window, path)

    window.show_proposals = show_proposals
    action.triggered.connect(lambda: show_proposals())
    for menu in window.menuBar().findChildren(QMenu):
        if window.share_action in menu.actions():
            actions = menu.actions()
            after = actions.index(window.share_action) + 1
            while after < len(actions) and not actions[after].isSeparator():
                after += 1  # after "Delen met het gezin" when the team put it there
            if after < len(actions):
                menu.insertAction(actions[after], action)
            else:
                menu.addAction(action)
            break
    window.unlocked.connect(lambda: action.setEnabled(
        window.session is not None and not window.session.read_only))
    window.locked.connect(lambda: action.setEnabled(False))
    from ui.copilot_open import install_workspace_entry

    install_workspace_entry(window)
