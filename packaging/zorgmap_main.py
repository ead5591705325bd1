"""Entry point of the bundled program (PyInstaller): the same `zorgmap` as `make run`."""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    # PyInstaller puts the bundle's libraries on LD_LIBRARY_PATH for this process (the loader
    # has read it by now). Programs we start (a PDF viewer via xdg-open) must get the system's
    # own libraries, not ours: give them the original value back.
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)

from ui.cli import main  # noqa: E402

if __name__ == "__main__":
    # The PDF of Delen en printen is made in a child process (ui/pdfprocess.py, 'spawn'):
    # in the bundle that child is this program again, and freeze_support() turns it into
    # the child before anything else runs.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
