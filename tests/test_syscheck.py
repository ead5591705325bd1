"""`make run` on a machine without Qt's xcb libraries: one Dutch line with the install command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui import syscheck

ROOT = Path(__file__).resolve().parent.parent

# `ldd libqxcb.so` on a fresh Debian 12 with a desktop-less install (shortened; the real one).
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x7f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x7f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x7f)
"""
LDD_COMPLETE = LDD_FRESH_DEBIAN.replace("=> not found", "=> /lib/x86_64-linux-gnu/x.so (0x7f)")


X11 = {"DISPLAY": ":0"}


def everything_loads(_soname):
    return True


def test_missing_libraries_named_once_with_the_one_install_line():
    problem = syscheck.gui_start_problem(X11, ldd_output=LDD_FRESH_DEBIAN,
                                         loadable=everything_loads, platform="linux")
    assert problem is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1." in problem
    assert problem.endswith("Installeer ze met: sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert "\n" not in problem


def test_xcb_cursor_is_checked_although_ldd_cannot_see_it():
    # Qt loads libxcb-cursor itself while starting; ldd on the plugin does not list it.
    ldd = "\n".join(line for line in LDD_COMPLETE.splitlines() if "cursor" not in line)
    problem = syscheck.gui_start_problem(X11, ldd_output=ldd, platform="linux",
                                         loadable=lambda so: so != "libxcb-cursor.so.0")
    assert problem is not None and problem.endswith("sudo apt-get install libxcb-cursor0")


def test_nothing_missing_means_no_message():
    assert syscheck.gui_start_problem(X11, ldd_output=LDD_COMPLETE, loadable=everything_loads,
                                      platform="linux") is None


def test_unknown_library_is_still_named():
    ldd = LDD_COMPLETE + "\tlibfoo-bar.so.7 => not found\n"
    problem = syscheck.gui_start_problem(X11, ldd_output=ldd, loadable=everything_loads,
                                         platform="linux")
    assert "libfoo-bar.so.7" in problem and "apt-get install" not in problem


@pytest.mark.parametrize(("environ", "platform", "checked"), [
    (X11, "linux", True),
    ({**X11, "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({**X11, "QT_QPA_PLATFORM": "xcb;wayland"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_checked_only_where_qt_will_use_xcb(environ, platform, checked):
    problem = syscheck.gui_start_problem(environ, ldd_output=LDD_FRESH_DEBIAN,
                                         loadable=everything_loads, platform=platform)
    assert (problem is not None) == checked


def test_no_display_is_said_after_the_libraries():
    assert syscheck.gui_start_problem({}, ldd_output=LDD_COMPLETE, loadable=everything_loads,
                                      platform="linux").startswith("er is geen beeldscherm")
    # Missing libraries come first: installing them is what the parent must do.
    assert "apt-get install" in syscheck.gui_start_problem(
        {}, ldd_output=LDD_FRESH_DEBIAN, loadable=everything_loads, platform="linux")


def test_the_real_check_reads_the_real_plugin():
    """On this machine: ldd runs on PySide6's own libqxcb.so and its output is understood."""
    plugin = syscheck.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    output = syscheck.run_ldd(plugin)
    assert output is not None and "libQt6XcbQpa.so.6" in output


def test_cli_stops_before_qt_with_the_line(monkeypatch, capsys):
    import ui.app
    from ui import cli

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(syscheck.sys, "platform", "linux")
    monkeypatch.setattr(syscheck, "run_ldd", lambda _plugin: LDD_FRESH_DEBIAN)

    def must_not_start(_args):
        raise AssertionError("Qt started although libraries are missing")

    monkeypatch.setattr(ui.app, "run", must_not_start)
    assert cli.main([]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("zorgmap: het venster kan niet openen, want deze onderdelen van het systeem "
                   "ontbreken: libxcb-icccm.so.4, libxcb-keysyms.so.1. Installeer ze met: "
                   "sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_readme_and_ci_list_the_runtime_libraries():
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    line = re.search(r"apt-get install ([^`\n]+)", readme.split("## Runtime libraries")[1])
    assert line is not None, "README: the runtime libraries' install line"
    assert set(line.group(1).split()) >= set(syscheck.RUNTIME_PACKAGES)
    for package in syscheck.RUNTIME_PACKAGES:
        assert package in ci
    # Every package the check can name is a package that exists under that name in the map.
    assert set(syscheck.RUNTIME_PACKAGES) <= set(syscheck.PACKAGES.values())
