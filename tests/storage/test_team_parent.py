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


def test_a_missing_shared_folder_is_said_not_reported_as_done(tmp_path):
    """The USB stick is out or the sync folder moved: 'sync' said '0 onderdelen bijgewerkt'
    and would have made a fresh, unsynced folder in its place for the next file."""
    import pytest

    from storage.team import TeamError

    folder = tmp_path / "stick" / "Noor"
    mama = Device(tmp_path, "Mama")
    try:
        mama.found(folder)
        mama.put_contact("c1", name="dr. A. Bakker")
        folder.rename(tmp_path / "elders")
        with pytest.raises(TeamError) as caught:
            mama.sync()
        assert "niet gevonden" in caught.value.user_text()
        assert str(folder) in caught.value.user_text()
        assert not folder.exists()  # nothing made in its place
        with pytest.raises(TeamError):
            mama.team.add(Device(tmp_path, "Papa").code, "Papa", "ouder")
        assert not folder.exists()
    finally:
        mama.close()
