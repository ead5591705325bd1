"""Who a joined device works as (found by the parentqa walk: the aunt's window said
"Bezig als: ouder", and her history rows carried that name)."""

from __future__ import annotations

from tests.storage.teamkit import Device


def test_a_joined_copy_works_under_the_joiners_name(tmp_path):
    folder = tmp_path / "gedeeld"
    mama, tante = Device(tmp_path, "Mama"), Device(tmp_path, "Tante Els")
    try:
        mama.found(folder)
        mama.team.add(tante.code, "Tante Els", "lezer")
        tante.join(folder)
        assert tante.dossier.profile == "Tante Els"
        assert tante.dossier.profiles() == ["Tante Els"]
        # Sharing a dossier without names uses the sharer's name too.
        assert mama.dossier.profile == "Mama"
    finally:
        mama.close()
        tante.close()
