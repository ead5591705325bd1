"""Dossier folder names: the default is neutral and never taken twice."""

from __future__ import annotations

from app.folders import neutral_folder


def test_a_second_dossier_gets_its_own_neutral_folder(tmp_path):
    first = neutral_folder(tmp_path)
    first.mkdir()
    second = neutral_folder(tmp_path)
    assert first.name == "Zorgmap-dossier.zorgmap"
    assert second.name == "Zorgmap-dossier-2.zorgmap"
