"""kill -9 right after the dossier folder got its neutral name, before the recent list was
written: the app must still find the dossier at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tests.ui.conftest import key_of


def test_killed_between_the_rename_and_the_recent_list(make_window, closed_dossier, settings,
                                                       monkeypatch, tmp_path):
    import storage.dossier

    real_rename = storage.dossier.rename_folder
    on_disk = []

    def rename_then_killed(folder, target):
        real_rename(folder, target)
        # What the next start reads if the app is killed at this moment.
        stored = QSettings(settings.fileName(), QSettings.Format.IniFormat).value("recent", [])
        stored = [stored] if isinstance(stored, str) else list(stored or [])
        on_disk.append([p for p in stored if (tmp_path / p).exists()])
        return target

    monkeypatch.setattr(storage.dossier, "rename_folder", rename_then_killed)
    window = make_window()
    window._open_with_key(closed_dossier, key_of(closed_dossier))
    notice = window.show_settings().folder_name_notice
    notice.confirm = lambda *args: True
    new = tmp_path / "Zorgmap-dossier.zorgmap"
    assert notice.rename() == new
    assert on_disk == [[str(new)]]
    # And once done, only the new name is left (the child's name is gone from the settings).
    assert window.recent() == [new]
