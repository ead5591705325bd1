"""The app writes to an open dossier only through the one writer (storage/writer.py).

A write on the window's own connection would wait for a running import (and then say
"al open in een ander venster"). Screens queue writes with `session.save/delete/restore/
submit`; this test finds code that calls a writing store method on the session instead.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

WRITES = re.compile(
    r"session\.(records|documents|dossier\.db)\.(save|save_many|delete|delete_document|"
    r"restore|replace_content|discard_if_untouched|log_share|save_share_preset|"
    r"delete_share_preset|add_file|add_bytes|add_stream|add_placeholder|transaction|"
    r"execute)\("
)


def test_screens_write_only_through_the_writer():
    found = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WRITES.search(line):
                found.append(f"{path.relative_to(UI.parent)}:{number}: {line.strip()}")
    assert found == [], "write through session.save/delete/restore/submit:\n" + "\n".join(found)
