"""Screenshots for docs/copilot.md: a bezwaar with a copilot, from package to proposals.

`python -m ui.copilot_screenshots DIR` runs offscreen on the fictional demo family (plus two
generated families in the copilot's workspace) with fast keys, and writes copilot-*.png.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

TODAY = dt.date(2026, 11, 26)
#: The grounds the copilot types for the bezwaarschrift (fictional).
GROUNDS = ("Noor kan niet zelf zitten; de ergotherapeut schreef dat een douchestoel niet veilig "
           "is en dat tillen in en uit bad ook voor de ouders niet meer kan. De gemeente noemt "
           "de brancard en de aanpassing 'Wlz', maar het zorgkantoor schreef dat een "
           "woningaanpassing thuis onder de Wmo valt. Een voorliggende voorziening is er dus "
           "niet.")


def make_copilot_screenshots(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.copilot import Proposal
    from app.model import AidStage
    from benchmarks.copilot import family_package
    from storage import identity as idmod
    from storage.dossier import Dossier
    from storage.keys import KdfParams
    from storage.workspace import Workspace
    from ui import i18n
    from ui.composition import fill_demo
    from ui.copilot_record import ID_ROLE
    from ui.copilot_workspace import WorkspaceWindow
    from ui.mainwindow import MainWindow, Options

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["zorgmap"])
    i18n.install(app, "nl")
    work = Path(tempfile.mkdtemp(prefix="zorgmap-copilot-shots-"))
    fast = KdfParams(n=2**12, r=8, p=1)
    written: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(widget, name: str) -> None:
        settle()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    mama = idmod.Identity.generate("Mama")
    mirjam = idmod.Identity.generate("Mirjam Hoekstra")
    window = desk = ws = None
    try:
        folder = work / "Noor.zorgmap"
        dossier, _code = Dossier.create(folder, "regenboog kasteel vlinder trompet", kdf=fast)
        with dossier:
            fill_demo(dossier, today=TODAY)
            # The walk-through starts the day the rejection arrived: no bezwaar yet.
            from storage.records import RecordStore

            store = RecordStore(dossier)
            rejection = next(d for d in store.list("decision") if d.kind == "afwijzing")
            rejection.decision_date = TODAY - dt.timedelta(days=10)
            rejection.bezwaar = None
            store.save(rejection)
            # ... and the aid request it answers waits at "Besluit" (no bezwaar stage yet).
            for request in store.list("aid_request"):
                if rejection.id in request.decision_ids:
                    steps = [t for t in request.transitions if t.on < rejection.decision_date]
                    steps.append(dataclasses.replace(request.transitions[-1],
                                                     stage=AidStage.DECISION,
                                                     on=rejection.decision_date, note="Afgewezen"))
                    request.transitions, request.stage = steps, AidStage.DECISION
                    store.save(request)
            for entry in store.list("journal_entry"):
                if rejection.id not in entry.linked_ids:
                    continue
                if entry.summary.startswith("Afwijzing"):
                    entry.on = rejection.decision_date
                    store.save(entry)
                else:
                    store.delete(entry.id)
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Options(kdf=fast, lock_ms=0, settings=settings, today=TODAY,
                                    default_folder=work))
        window.resize(1280, 800)
        window.show()
        entry = window.show_workspace_entry()
        entry.resize(640, 260)
        shot(entry, "copilot-00b-werkplek-openen")
        entry.close()
        from storage.keys import KeyFile

        key = bytes(KeyFile.load(folder / "keys.json").unlock("regenboog kasteel vlinder trompet"))
        window._open_with_key(folder, key)
        decision = next(d for d in window.session.records.list("decision")
                        if d.kind == "afwijzing")
        window.view.open_record("decision", decision.id)
        shot(window, "copilot-01-besluit")
        screen = window.view.current_screen()
        from PySide6.QtWidgets import QPushButton

        [button] = [b for b in screen.findChildren(QPushButton)
                    if b.text() == "Delen met mijn copiloot…"]
        button.click()
        share = screen.copilot_dialog
        share.identity_source = lambda: mama
        share.code_edit.setText(mirjam.public.code())
        share.name_edit.setText("Mirjam Hoekstra")
        share.until_box.setChecked(True)
        share.until.setDate(dt.date(2027, 1, 31))
        share.resize(760, 720)
        shot(share, "copilot-02-delen")
        share.make(work / "noor.zmpakket")
        while share.package is None:
            app.processEvents()
        shot(share, "copilot-03-pakket-gemaakt")
        share.close()

        ws = Workspace.create(work / "werkplek", "copiloot paraplu zomer fiets", mirjam, kdf=fast)
        for index in (3, 7):
            ws.add_package(family_package(index, mirjam.public), today=TODAY)
        desk = WorkspaceWindow(ws, today=TODAY)
        desk.resize(1280, 800)
        desk.show()
        desk.open_package(work / "noor.zmpakket")
        desk.tabs.setCurrentIndex(0)
        shot(desk, "copilot-04-termijnen")
        family_id = desk.current_family()
        ws.add_item(family_id, Proposal(kind="note", title="Gronden voor het bezwaar", text=(
            "Noor kan niet zelf zitten; de ergotherapeut schreef dat een douchestoel niet "
            "veilig is. De gemeente noemde de brancard 'Wlz', maar het zorgkantoor zei op "
            "30-06 dat woningaanpassing onder de Wmo valt.")))
        ws.add_item(family_id, Proposal(kind="task", title="Verklaring ergotherapeut vragen",
                                        text="Vraag Karin Mulder om een korte verklaring.",
                                        due=dt.date(2026, 12, 4)))
        desk.refresh()
        desk.select_family(family_id)
        desk.tabs.setCurrentWidget(desk.family_tab)
        # The bezwaarschrift against the shared rejection, the grounds typed under Tekst.
        [item] = [desk.records.topLevelItem(g).child(i)
                  for g in range(desk.records.topLevelItemCount())
                  for i in range(desk.records.topLevelItem(g).childCount())
                  if getattr(desk.records.topLevelItem(g).child(i).data(0, ID_ROLE), "id",
                             None) == decision.id]
        desk.records.setCurrentItem(item)
        desk.text.setPlainText(GROUNDS)
        shot(desk, "copilot-05-gezin")
        desk.draft_bezwaar()
        shot(desk, "copilot-05b-concept-bezwaar")
        desk.make_reply(work / "antwoord.zmantwoord")

        proposals = window.show_proposals(work / "antwoord.zmantwoord")
        proposals.set_checked(0)
        proposals.set_checked(2)
        proposals.resize(760, 520)
        shot(proposals, "copilot-06-voorstellen")
        proposals.apply()
        shot(proposals, "copilot-07-overgenomen")
        proposals.close()
        window.view.open_record("decision", decision.id)
        shot(window, "copilot-08-besluit-met-concept")
    finally:
        if desk is not None:
            desk.close()
        if ws is not None:
            ws.close()
        if window is not None:
            window.lock()
            window.close()
        shutil.rmtree(work, ignore_errors=True)
    return written


if __name__ == "__main__":
    for written_path in make_copilot_screenshots(Path(sys.argv[1] if len(sys.argv) > 1
                                                      else "docs/screenshots")):
        print(written_path)
