"""A house a newcomer can find their way in (issue 15): each module of the desktop app is one
thing, small enough to read in one sitting."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 400


def test_no_ui_module_is_over_the_limit():
    over = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / "ui").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert over == {}, f"split these by what a person does there: {over}"
