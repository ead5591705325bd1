"""Start with a recent dossier (issue 11: <= 2x a bare PySide6 window): until the unlock page
is first painted, nothing of the dossier's machinery is imported. Storage, cryptography, the
keychain, the copilot and the content model come later, when they are needed; that is what
keeps the start close to a bare window (the time itself is measured by `make bench`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app
real_exec = QApplication.exec
def exec_(self=None):
    app = QApplication.instance()
    def first_turn():
        window = next(w for w in app.topLevelWidgets() if hasattr(w, 'pages'))
        print(json.dumps({'page': type(window.pages.currentWidget()).__name__,
                          'modules': sorted(sys.modules)}))
        app.quit()
    QTimer.singleShot(0, first_turn)
    return real_exec()
QApplication.exec = exec_
ui.app.run()
"""

HEAVY = ("storage.dossier", "storage.keys", "storage.db", "storage.copilot", "storage.records",
         "app.model", "cryptography", "keyring", "sqlcipher3", "reportlab", "pycrdt", "pyrage")


def test_the_unlock_page_is_shown_before_the_dossier_machinery_is_imported(tmp_path):
    from storage.dossier import Dossier
    from tests.conftest import FAST_KDF, PASSPHRASE

    folder = tmp_path / "Noor.zorgmap"
    Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)[0].close()
    config = tmp_path / "config"
    (config / "Zorgmap").mkdir(parents=True)
    (config / "Zorgmap" / "Zorgmap.conf").write_text(f"[General]\nrecent={folder}\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config),
               PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["page"] == "UnlockPage"
    loaded = [m for m in found["modules"] if m.split(".")[0] in {h.split(".")[0] for h in HEAVY}
              and any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert loaded == []
