"""`zorgmap screenshots DIR`: the real app on the demo dossier, one PNG per screen.

Runs offscreen (no window appears) with a fast key derivation: the demo is fictional and
thrown away afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

SIZE = (1280, 800)


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def make_screenshots(
    out_dir: Path,
    *,
    font_scale: float = 1.0,
    today: dt.date | None = None,
    size: tuple[int, int] = SIZE,
) -> list[Path]:
    """One PNG per screen. `font_scale` 1.5 or 2 is a parent's larger text setting; `size`
    the window (1366x768 is a common laptop screen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from storage.dossier import Dossier
    from storage.keys import KdfParams
    from ui import i18n
    from ui.composition import fill_demo
    from ui.mainwindow import Options

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["zorgmap"])
    i18n.install(app)
    if font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    work = Path(tempfile.mkdtemp(prefix="zorgmap-shots-"))
    written: list[Path] = []
    window = None
    try:
        from ui.mainwindow import MainWindow

        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        fast = KdfParams(n=2**12, r=8, p=1)
        options = Options(
            kdf=fast, lock_ms=0, settings=settings, today=today, default_folder=work / "dossiers"
        )
        window = MainWindow(options)
        window.resize(*size)
        window.show()
        _settle(app)

        def shot(name: str) -> None:
            _settle(app)
            path = out_dir / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)

        shot("01-welkom")
        window.show_page(window.create_page)
        window.create_page.name.setText("Noor")
        window.create_page.first.setText("paraplu fiets zomer")
        shot("02-nieuw-dossier")

        folder = work / "dossiers" / "Zorgmap-dossier.zorgmap"
        folder.parent.mkdir(parents=True)
        dossier, code = Dossier.create(folder, "regenboog kasteel vlinder trompet", kdf=fast)
        with dossier:
            fill_demo(dossier, today=today)
        window.pending_code = (code, folder, "Noor")
        window.recovery_page.show_code(code)
        window.show_page(window.recovery_page)
        shot("03-noodsleutel")

        settings.setValue(
            "recent", [str(folder), str(work / "dossiers" / "Zorgmap-dossier-2.zorgmap")]
        )
        window.show_unlock(folder)
        shot("04-openen")

        window._open_with_key(folder, _key(folder, "regenboog kasteel vlinder trompet"))
        view = window.view
        names = [
            "05-overzicht",
            "06-over",
            "07-netwerk",
            "08-besluiten",
            "09-hulpmiddelen",
            "10-zorgplannen",
            "11-wat-als",
            "12-documenten",
            "13-logboek",
        ]
        from ui.mainwindow import PARTS

        for (key, _title), name in zip(PARTS, names, strict=True):
            view.show_part(key)
            shot(name)
        view.show_part("about")
        view.screens["about"].tabs.setCurrentIndex(1)
        shot("06b-over-signalen")
        view.screens["about"].tabs.setCurrentIndex(4)
        shot("06c-over-epilepsie")
        view.show_part("aids")
        aids = view.screens["aids"]
        dialog = aids.ask_stage()
        if dialog is not None:
            dialog.note.setPlainText("Aanvraag per post verstuurd naar de gemeente.")
            _settle(app)
            path = out_dir / "14-fase-vastleggen.png"
            dialog.grab().save(str(path))
            written.append(path)
            dialog.reject()
        search = window.show_search()
        search.field.setText("epilepsie")
        search.run()
        _settle(app)
        path = out_dir / "15-zoeken.png"
        search.grab().save(str(path))
        written.append(path)
        search.hide()
        share = window.show_share()
        if share is not None:
            share.recipient.setText("Logeerhuis Het Anker")
            share.preview()
            _wait(app, lambda: share.result is not None)
            share.resize(min(1180, size[0]), min(800, size[1]))
            _settle(app)
            path = out_dir / "17-delen-en-printen.png"
            share.grab().save(str(path))
            written.append(path)
            share.close()
        settings_dialog = window.show_settings()
        if settings_dialog is not None:
            _settle(app)
            path = out_dir / "19-instellingen.png"
            settings_dialog.grab().save(str(path))
            written.append(path)
            settings_dialog.close()
        window.lock()
        shot("16-vergrendeld")
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
            _settle(app)
        shutil.rmtree(work, ignore_errors=True)
    return written


def _wait(app, done, seconds: float = 30.0) -> None:
    """Let a worker finish (a PDF being made) while Qt delivers its result."""
    import time

    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    _settle(app)


def _key(folder: Path, passphrase: str) -> bytes:
    from storage.dossier import KEYS_NAME
    from storage.keys import KeyFile

    return bytes(KeyFile.load(folder / KEYS_NAME).unlock(passphrase))


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    for p in make_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "shots")):
        print(p)
