"""Dossier folder names: the default is neutral and never taken twice."""

from __future__ import annotations

import pytest

from app.folders import names_the_child, neutral_folder, old_default_name


def test_a_second_dossier_gets_its_own_neutral_folder(tmp_path):
    first = neutral_folder(tmp_path)
    first.mkdir()
    second = neutral_folder(tmp_path)
    assert first.name == "Zorgmap-dossier.zorgmap"
    assert second.name == "Zorgmap-dossier-2.zorgmap"


def test_the_old_default_name_is_the_childs_name_as_typed():
    # The rule of ui/unlock.py before commit 20b90c8.
    assert old_default_name(" Sem de Vries ") == "Sem de Vries.zorgmap"
    assert old_default_name("Noor/Ä.") == "NoorÄ.zorgmap"
    assert old_default_name("?!") == "Dossier.zorgmap"


@pytest.mark.parametrize("folder, child, named", [
    ("Sem de Vries.zorgmap", "Sem de Vries", True),  # the old default
    ("sem.zorgmap", "Sem de Vries", True),
    ("Dossier Vries thuis.zorgmap", "Sem de Vries", True),
    ("Bo.zorgmap", "Bo", True),
    ("Zorgmap-dossier.zorgmap", "Sem", False),
    ("Zorgmap-dossier-3.zorgmap", "Zorgmap", False),  # neutral, whatever the child is called
    ("Semester-2025.zorgmap", "Sem", False),  # whole words only
    ("de map.zorgmap", "Sem de Vries", False),  # "de" says nothing about whose it is
    ("Thuis.zorgmap", "", False),
])
def test_a_folder_name_that_names_the_child(folder, child, named):
    assert names_the_child(folder, child) is named
