"""`make soak STEPS=N [SEED=S]`: a long random walk over the real window (tests/ui/walk.py).

Runs outside pytest (offscreen Qt, a private state folder, a fictional demo dossier) and
keeps walking after a failure (it locks and unlocks to start clean). Prints each failure with
the steps before it, and as its last line `soak: N steps, M failures`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="soak")
    parser.add_argument("steps", type=int, nargs="?", default=2000)
    parser.add_argument("--seed", type=int, default=20261126)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = Path(tempfile.mkdtemp(prefix="zorgmap-soak-"))
    os.environ["ZORGMAP_STATE_DIR"] = str(base / "state")
    os.environ["XDG_RUNTIME_DIR"] = str(base / "runtime")
    os.environ["XDG_CONFIG_HOME"] = str(base / "config")
    (base / "runtime").mkdir(mode=0o700)

    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from storage.dossier import Dossier
    from storage.keys import KeyFile
    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.ui.conftest import TODAY
    from tests.ui.walk import Walk, run
    from ui.composition import fill_demo
    from ui.mainwindow import MainWindow, Options

    def quiet(_mode, _context, message) -> None:
        # The offscreen platform's notes about the fake screen (as tests/ui/conftest.py).
        if any(note in message for note in ("does not support propagateSizeHints",
                                             "does not support raise",
                                             "does not support grabbing the keyboard")):
            return
        print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = base / "soak.zorgmap"
    dossier, _code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        fill_demo(dossier, today=TODAY)
    key = bytes(KeyFile.load(folder / "keys.json").unlock(PASSPHRASE))
    settings = QSettings(str(base / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Options(kdf=FAST_KDF, settings=settings, today=TODAY,
                                default_folder=base / "dossiers"))
    window.show()
    window._open_with_key(folder, key)
    letter = base / "brief.pdf"
    letter.write_bytes(b"%PDF-1.4 verzonnen brief\n" * 200)
    walk = Walk(window, folder, key, args.seed, import_file=letter,
                log_file=base / "state" / "fouten.log")

    def start_clean(w: Walk) -> None:
        w.window.lock()
        w.window._open_with_key(folder, key)

    began = time.monotonic()
    failures = run(walk, args.steps, stop_on_failure=False, on_failure=start_clean)
    window.lock()
    window.close()
    app.processEvents()
    for failure in failures:
        print(failure, end="\n\n")
    print(f"(seed {args.seed}, {time.monotonic() - began:.0f} s)")
    print(f"soak: {walk.steps} steps, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
