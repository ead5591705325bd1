"""The `zorgmap` entry point: the desktop app without arguments, headless subcommands otherwise.

This is the composition root: the only place that wires storage, app and ui together for
the command line. `main` parses the command (ui/cli_parser.py), runs it (ui/cli_dossier.py,
ui/cli_export.py, ui/cli_team.py, ui/cli_copilot.py) and turns every failure into one Dutch
line and an exit code. Secrets come from ZORGMAP_PASSPHRASE (and ZORGMAP_NEW_PASSPHRASE when
changing it), else from a prompt without echo.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.errors import ZorgmapError
from storage.errors import StorageError
from ui.cli_common import CliError
from ui.cli_parser import build_parser


def cmd_gui(args) -> int:
    from ui.syscheck import gui_start_problem

    # Qt aborts with an English riddle when a system library is missing: say which, first.
    problem = gui_start_problem()
    if problem:
        raise CliError(problem)
    from ui.app import run

    return run(args)


def main(argv: list[str] | None = None) -> int:
    from ui.hardening import harden_process

    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        if func is not cmd_gui:
            _tidy_after_killed_runs(args)
        return int(func(args) or 0)
    except StorageError as exc:
        print(f"zorgmap: {_one_line(exc.user_text())}", file=sys.stderr)
        return 1
    except ZorgmapError as exc:
        print(f"zorgmap: {_one_line(exc.message)}", file=sys.stderr)
        return 1
    except CliError as exc:
        print(f"zorgmap: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("zorgmap: gestopt.", file=sys.stderr)
        return 130
    except OSError as exc:
        # The file system said no (full, read-only, no access, not a folder): no bug of ours.
        print(f"zorgmap: {_os_error_text(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        from ui.errorlog import log_unexpected

        where = log_unexpected(exc)
        tail = f" Details (zonder dossiergegevens) staan in {where}." if where else ""
        print(f"zorgmap: er ging iets onverwachts mis ({type(exc).__name__}).{tail}",
              file=sys.stderr)
        return 3


def _one_line(text: str) -> str:
    """A message quoting hostile input (an id ending in a newline) stays one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _tidy_after_killed_runs(args) -> None:
    """Every command starts by removing what a killed run left: decrypted view copies, and
    half-made dossiers (import, demo, restore) beside the one named."""
    import contextlib

    from storage.documents import wipe_all_view_folders
    from storage.dossier import remove_stale_partials

    wipe_all_view_folders()
    path = getattr(args, "path", None)
    if path:
        with contextlib.suppress(OSError):
            remove_stale_partials(Path(path).parent)


def _os_error_text(exc: OSError) -> str:
    import errno

    where = f" ({exc.filename})" if exc.filename else ""
    texts = {
        errno.ENOSPC: "De schijf is vol. Maak ruimte vrij en probeer het opnieuw.",
        errno.EROFS: "Deze plek kan alleen worden gelezen (bijvoorbeeld een beveiligde "
                     "USB-stick). Kies een andere plek.",
        errno.EACCES: "Zorgmap heeft geen toegang tot deze plek.",
        errno.EPERM: "Zorgmap heeft geen toegang tot deze plek.",
        errno.ENOTDIR: "Een deel van het pad is een bestand, geen map.",
        errno.EISDIR: "Hier staat een map waar een bestand werd verwacht.",
        errno.ENOENT: "Dit bestand of deze map is niet gevonden.",
        errno.EEXIST: "Hier staat al iets. Kies een andere naam; er is niets overschreven.",
        errno.ENAMETOOLONG: "De naam is te lang.",
        errno.ENOTEMPTY: "Hier staat al een map met inhoud. Kies een andere naam; er is niets "
                         "overschreven.",
        errno.ELOOP: "Het pad verwijst in een kring naar zichzelf (symbolische koppelingen).",
        errno.EIO: "De schijf gaf een leesfout of schrijffout. Controleer de schijf of "
                   "USB-stick.",
        errno.EFBIG: "Het bestand is te groot voor deze schijf.",
        getattr(errno, "EDQUOT", -1): "U heeft op deze schijf geen ruimte meer (quotum vol).",
        errno.EBUSY: "Het bestand of de map is in gebruik.",
        errno.EXDEV: "Dit kan niet tussen twee schijven. Kies een plek op dezelfde schijf.",
    }
    # The OS's own text (strerror) is English: name the error code instead.
    code = errno.errorcode.get(exc.errno, type(exc).__name__)
    text = texts.get(exc.errno, f"Het bestand kon niet worden gelezen of geschreven "
                                f"(foutcode {code}).")
    return text + where


if __name__ == "__main__":
    sys.exit(main())
