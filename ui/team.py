"""The family team in the app (docs/team.md): `install_team(window)` is the one hook into the
main window: the "Delen met het gezin…" action (`ui/team_dialog.py`), the "Een gedeeld dossier
openen…" button on the welcome page (`ui/team_join.py`), and a `TeamSync`
(`ui/team_sync.py`) that starts on unlock and stops on lock.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from ui.i18n import translate

# The dialogs and the sync are imported when first used: not before the first paint.


def install_team(window) -> None:
    """Add the team's entry points to `window` (a MainWindow)."""
    window.team_sync = None
    window.team_dialog = None
    action = QAction(translate("Team", "Delen met het gezin…"), window)
    action.setToolTip(translate("Team", "Het dossier samen bijhouden, ieder op de eigen computer"))
    action.setEnabled(False)
    window.team_action = action

    def show_team():
        if window.session is None:
            return None
        dialog = window.team_dialog
        if dialog is None or dialog.session is not window.session:
            from ui.team_dialog import TeamDialog

            dialog = window.team_dialog = TeamDialog(window, window.session)
        else:
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def team_started():
        from storage.team import Team

        session = window.session
        if session is None or session.demo or not Team.shared(session.dossier):
            return
        from ui.team_sync import TeamSync

        window.team_sync = TeamSync(window, session)
        window.team_sync.finished.connect(
            lambda _r: window.team_dialog.refresh() if window.team_dialog else None)
        window.team_sync.sync_now()

    def unlocked():
        action.setEnabled(window.session is not None and not window.session.demo)
        team_started()

    def locked():
        action.setEnabled(False)
        if window.team_sync is not None:
            window.team_sync.stop()
            window.team_sync = None
        if window.team_dialog is not None:
            window.team_dialog.close()
            window.team_dialog.deleteLater()
            window.team_dialog = None

    def show_join():
        from ui.team_join import JoinDialog

        dialog = JoinDialog(window)
        window.join_dialog = dialog
        dialog.show()
        return dialog

    window.show_team = show_team
    window.show_join = show_join
    window.team_started = team_started
    action.triggered.connect(show_team)
    window.toolbar.insertAction(window.trash_action, action)
    for menu in window.menuBar().findChildren(QMenu):
        actions = menu.actions()
        if window.share_action in actions and actions[-1] is not window.share_action:
            menu.insertAction(actions[actions.index(window.share_action) + 1], action)
            break
    window.unlocked.connect(unlocked)
    window.locked.connect(locked)
    join = QPushButton(translate("Team", "Een gedeeld dossier openen…"), window.welcome.column)
    join.setMinimumHeight(join.sizeHint().height() + 10)
    join.clicked.connect(show_join)
    body = window.welcome.body
    body.insertWidget(body.indexOf(window.welcome.restore_button) + 1, join)
    window.welcome.join_button = join
