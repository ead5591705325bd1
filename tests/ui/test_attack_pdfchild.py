"""A hostile look at the PDF child process (issue 11): the raw data key goes to it, so it must
be as closed as the app itself, and nothing of a build may stay behind it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HARDENED = r"""
import json
from PySide6.QtCore import QCoreApplication
from tests.ui.helpers import wait_for
from ui.hardening import harden_process

def main():
    app = QCoreApplication([])
    harden_process()  # what `zorgmap` does first
    from ui.pdfprocess import PdfProcess
    child = PdfProcess()
    answers = []
    child.done.connect(answers.append)
    child.failed.connect(lambda kind, text: answers.append((kind, text)))
    wait_for(lambda: child.ready, [child._incoming])
    cmdline = open(f"/proc/{child.pid}/cmdline", "rb").read().decode(errors="replace")
    child.submit({"selftest": "hardening", "key": b""})
    wait_for(lambda: answers, [child.done, child.failed])
    child.stop()
    print(json.dumps({"answer": answers[0], "cmdline": cmdline}))

if __name__ == "__main__":
    main()
"""


def test_the_pdf_child_is_as_closed_as_the_app(tmp_path):
    """The child holds the raw key and the decrypted dossier. A spawned child is a fresh
    exec: the kernel makes it dumpable again (core dumps through a core_pattern pipe, and
    /proc/<pid>/mem for a debugger of the same user), whatever the parent set."""
    script = tmp_path / "hardened.py"
    script.write_text(HARDENED)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert "key" not in found["cmdline"]
    assert found["answer"] == {"dumpable": 0, "core": [0, 0]}


FAILING = r"""
import datetime as dt, json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from tests.ui.helpers import wait_for

def main():
    app = QCoreApplication([])
    from storage.dossier import Dossier
    from tests.conftest import FAST_KDF, PASSPHRASE
    from ui.pdfprocess import PdfProcess
    dossier, _code = Dossier.create(Path(sys.argv[1]), PASSPHRASE, kdf=FAST_KDF)
    key = bytes(dossier.data_key())
    dossier.close()
    child = PdfProcess()
    answers = []
    child.done.connect(answers.append)
    child.failed.connect(lambda kind, text: answers.append((kind, text)))
    # A bug in the build whose message quotes dossier content.
    child.submit({"folder": sys.argv[1], "key": key, "output": "aanvraag",
                  "today": dt.date(2026, 11, 10), "excluded": frozenset(),
                  "request_id": "Noor-epilepsie-Xq7", "recipient": "Noor-epilepsie-Xq7",
                  "include_bsn": False, "first_pages": 1})
    wait_for(lambda: answers, [child.done, child.failed])
    child.stop()
    print(json.dumps({"answer": answers[0]}))

if __name__ == "__main__":
    main()
"""


def test_a_failing_build_writes_no_dossier_content_to_stderr(tmp_path):
    """The child's stderr is the app's: for an app started from the desktop that is the
    session's log on disk (journald, ~/.xsession-errors). Like ui/errorlog.py: where it went
    wrong, never what it said."""
    script = tmp_path / "failing.py"
    script.write_text(FAILING)
    state = tmp_path / "state"
    out = subprocess.run([sys.executable, str(script), str(tmp_path / "d.zorgmap")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env=dict(os.environ, PYTHONPATH=str(ROOT),
                                  ZORGMAP_STATE_DIR=str(state)))
    assert out.returncode == 0, out.stderr
    kind, _text = json.loads(out.stdout.strip().splitlines()[-1])["answer"]
    assert kind in ("bug", "validation", "storage")
    assert "Xq7" not in out.stderr, out.stderr
    logged = "".join(p.read_text() for p in state.rglob("fouten.log"))
    assert "Xq7" not in logged
