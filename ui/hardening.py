"""Keep decrypted dossier data and the key out of crash dumps (best effort, per platform)."""

from __future__ import annotations

import contextlib
import sys


def harden_process() -> None:
    """No core files: a crash must not write the key and open records to disk."""
    with contextlib.suppress(Exception):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            pr_set_dumpable = 4
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)
