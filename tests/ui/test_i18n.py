"""The English translation is complete and used; labels from app/ are all marked."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n import TRANSLATIONS

TS = TRANSLATIONS / "zorgmap_en.ts"


def test_every_string_has_an_english_translation():
    tree = ET.parse(TS)
    unfinished = [m.find("source").text for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.find("translation").text or "").strip()]
    assert unfinished == []


def test_the_compiled_translation_is_the_one_lrelease_makes_from_the_ts(tmp_path):
    """The .qm shipped is built from the .ts as it is (by content: file times say nothing
    after a checkout that rewrote only the .ts)."""
    import shutil
    import subprocess
    import sys

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease comes with PySide6-Essentials"
    out = tmp_path / "zorgmap_en.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], check=True,
                   capture_output=True, timeout=120)
    assert out.read_bytes() == (TRANSLATIONS / "zorgmap_en.qm").read_bytes()


def test_labels_from_app_are_marked_for_translation():
    import app.model as m
    from ui import labels

    marked = set(labels.LABELS)
    for table in (m.SIGNAL_CATEGORY_LABELS, m.FEEDING_METHOD_LABELS, m.DECISION_STATUS_LABELS,
                  m.BEZWAAR_OUTCOME_LABELS, m.AID_STAGE_LABELS, m.GOAL_STATUS_LABELS,
                  m.JOURNAL_CHANNEL_LABELS, m.KIND_LABELS, m.FuturePlan.SECTIONS):
        assert set(table.values()) <= marked


@pytest.fixture
def english(qapp):
    from ui import i18n

    assert i18n.install(qapp, "en") == "en"
    yield
    i18n.install(qapp, "nl")


def test_app_speaks_english_when_asked(english, make_window, qtbot):
    window = make_window()
    assert window.welcome.create_button.text() == "Create a new dossier"
    from app.model import AID_STAGE_LABELS, AidStage
    from ui.util import label

    assert label(AID_STAGE_LABELS[AidStage.IN_USE]) == "In use"


def test_dutch_is_the_default(make_window):
    window = make_window()
    assert window.welcome.create_button.text() == "Nieuw dossier maken"


def test_source_of_the_translation_lives_beside_it():
    assert Path(TRANSLATIONS / "english.py").is_file()


def _module_tr_calls() -> dict[str, set[str]]:
    """Literal strings passed to a module-level `tr(...)` (not `self.tr`), by the module that
    defines that `tr`."""
    import ast

    root = TRANSLATIONS.parents[1]
    found: dict[str, set[str]] = {}
    for path in sorted((root / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        provider = None
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                provider = module
            elif isinstance(node, ast.ImportFrom) and any(a.name == "tr" for a in node.names):
                provider = node.module
        if provider is None:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(provider, set()).add(node.args[0].value)
    return found


def test_a_module_level_tr_finds_the_english_lupdate_collected(english):
    """lupdate files a plain `tr("…")` call under the empty context; a module-level `tr` that
    asks another context at run time finds nothing and leaves the window Dutch."""
    import importlib

    english_of = {m.find("source").text: m.find("translation").text
                  for m in ET.parse(TS).getroot().iter("message")}
    calls = _module_tr_calls()
    assert calls, "the copilot modules use a module-level tr()"
    for provider, texts in calls.items():
        tr = importlib.import_module(provider).tr
        untranslated = [t for t in sorted(texts) if tr(t) != english_of[t]]
        assert untranslated == [], provider
