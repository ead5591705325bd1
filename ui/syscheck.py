"""Before Qt starts on Linux: are the system libraries of Qt's xcb platform plugin there?

Without them Qt only says it "could not load the Qt platform plugin xcb" and aborts. This
check names the Debian/Ubuntu packages that fix it, in one line a parent can copy. It reads
`ldd` on the plugin (what the dynamic loader cannot find) and tries the libraries that Qt
loads later itself (libxcb-cursor, which `ldd` does not see). No Qt import at module level:
tests feed it a fake `ldd` output.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# soname -> Debian/Ubuntu package. Every library the xcb plugin and Qt's own libraries link
# against that a minimal desktop-less install may lack (from `ldd libqxcb.so`, Qt 6.7-6.11).
PACKAGES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}

# Loaded by Qt itself while starting (dlopen), so `ldd` cannot report them. Since Qt 6.5 the
# xcb plugin refuses to start without libxcb-cursor.
LOADED_AT_RUN_TIME = ("libxcb-cursor.so.0",)

# What the xcb platform needs on a minimal Debian/Ubuntu: the README lists these and .ci/run
# installs them (tests/test_syscheck.py keeps the three in step).
RUNTIME_PACKAGES = (
    "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libxkbcommon0", "libxkbcommon-x11-0",
    "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
)


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Will Qt try the xcb platform first? (Linux without a platform chosen, or xcb chosen.)"""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        first = chosen.split(";")[0].split(":")[0].strip()
        return first == "xcb"
    # Qt prefers Wayland in a Wayland session and then needs none of these libraries.
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def not_found_in_ldd(output: str) -> list[str]:
    """The libraries `ldd` reports as 'not found', each once, in order."""
    missing: list[str] = []
    for line in output.splitlines():
        name, sep, rest = line.strip().partition("=>")
        if sep and rest.strip().startswith("not found"):
            name = name.strip()
            if name and name not in missing:
                missing.append(name)
    return missing


def platform_names() -> set[str]:
    """The platforms this Qt can start on (from its plugin files: libqxcb.so -> xcb)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = set()
    if folder.is_dir():
        for plugin in folder.iterdir():
            stem = plugin.name.split(".")[0]
            names.add(stem[4:] if stem.startswith("libq") else stem[1:])
    return names


def unknown_platform(environ: Mapping[str, str], available: set[str]) -> str | None:
    """The platform QT_QPA_PLATFORM names when none of its choices exists (Qt would abort
    with an English list); None when one does or nothing is chosen."""
    chosen = [c.split(":")[0].strip() for c in environ.get("QT_QPA_PLATFORM", "").split(";")]
    chosen = [c for c in chosen if c]
    if not chosen or not available:
        return None
    # "wayland-egl" is served by the wayland plugin.
    if any(c in available or c.split("-")[0] in available for c in chosen):
        return None
    return chosen[0]


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin of the PySide6 we run with (also inside the bundle)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / "libqxcb.so"
    return plugin if plugin.is_file() else None


def run_ldd(plugin: Path) -> str | None:
    """`ldd PLUGIN`'s output, or None when there is no ldd (then we cannot tell)."""
    ldd = shutil.which("ldd") or ("/usr/bin/ldd" if os.path.exists("/usr/bin/ldd") else None)
    if ldd is None:
        return None
    env = dict(os.environ)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        # The bundle's own libraries count: the loader finds them at run time (PyInstaller
        # starts us with them on LD_LIBRARY_PATH; packaging/zorgmap_main.py hides that path
        # from other programs we start, so give it back to ldd only).
        env["LD_LIBRARY_PATH"] = os.pathsep.join(
            p for p in (bundle, os.environ.get("LD_LIBRARY_PATH", "")) if p
        )
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30,
                              check=False, env=env)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 and "not found" not in done.stdout:
        return None  # ldd itself failed: we cannot tell, and Qt will say what it can
    return done.stdout


def can_load(soname: str) -> bool:
    """Can the dynamic loader find this library? (What Qt's own dlopen will do.)"""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(ldd_output: str | None,
                      loadable: Callable[[str], bool] = can_load) -> list[str]:
    missing = not_found_in_ldd(ldd_output or "")
    for soname in LOADED_AT_RUN_TIME:
        if soname not in missing and not loadable(soname):
            missing.append(soname)
    return missing


def install_line(missing: list[str]) -> str:
    packages: list[str] = []
    for soname in missing:
        package = PACKAGES.get(soname)
        if package and package not in packages:
            packages.append(package)
    return "sudo apt-get install " + " ".join(packages) if packages else ""


def problem_text(missing: list[str]) -> str:
    """One Dutch line: what is missing and the command that fixes it."""
    names = ", ".join(missing)
    line = install_line(missing)
    unknown = [s for s in missing if s not in PACKAGES]
    text = f"het venster kan niet openen, want deze onderdelen van het systeem ontbreken: {names}."
    if line:
        text += f" Installeer ze met: {line}"
    if unknown:
        text += (" Zoek ook het pakket dat " + ", ".join(unknown) + " bevat "
                 "(apt-file search " + unknown[0] + ").")
    return text


def gui_start_problem(environ: Mapping[str, str] | None = None, *,
                      ldd_output: str | None = None,
                      loadable: Callable[[str], bool] = can_load,
                      platform: str = sys.platform,
                      available: set[str] | None = None) -> str | None:
    """A Dutch line saying why the window cannot open, or None when nothing is missing.

    `ldd_output` and `loadable` replace the real `ldd` and dlopen in tests.
    """
    environ = os.environ if environ is None else environ
    available = platform_names() if available is None else available
    unknown = unknown_platform(environ, available)
    if unknown:
        return (f"het scherm-type '{unknown}' uit QT_QPA_PLATFORM bestaat niet in deze "
                "installatie. Haal QT_QPA_PLATFORM weg, of kies een van: "
                + ", ".join(sorted(available)) + ".")
    if not uses_xcb(environ, platform):
        return None
    if ldd_output is None:
        plugin = xcb_plugin()
        if plugin is None:
            return None
        ldd_output = run_ldd(plugin)
        if ldd_output is None:
            return None
    missing = missing_libraries(ldd_output, loadable)
    if missing:
        return problem_text(missing)
    if not environ.get("DISPLAY"):
        # Qt would abort with "could not connect to display" (an ssh session, a console).
        return ("er is geen beeldscherm gevonden (DISPLAY is leeg). Start Zorgmap vanaf het "
                "bureaublad; zonder scherm werken de opdrachten zoals 'zorgmap verify'.")
    return None
