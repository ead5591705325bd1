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
    assert (TRANSLATIONS / "zorgmap_en.qm").stat().st_mtime >= TS.stat().st_mtime - 5


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
