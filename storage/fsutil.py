"""Small file-system helpers: atomic replacement and an exclusive dossier lock."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from .errors import DiskFull, DossierBusy, ReadOnlyLocation


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (no-op where directories cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some network and FUSE file systems cannot sync a folder; the rename is done.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def rename_no_replace(source: Path, target: Path) -> None:
    """`os.rename` that never replaces what is at `target`, even when it appears after the
    caller checked (an empty folder would be replaced without a word, a symlink or file
    fails with ENOTDIR): FileExistsError then. Linux renameat2(RENAME_NOREPLACE) makes it
    one step; where that is missing (other systems, some filesystems) an exists-check just
    before os.rename narrows the window (Windows' rename never replaces)."""
    import sys

    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = getattr(libc, "renameat2", None)
        if renameat2 is not None:
            at_fdcwd, rename_noreplace = -100, 1
            if renameat2(at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(target),
                         rename_noreplace) == 0:
                return
            code = ctypes.get_errno()
            if code not in (errno.EINVAL, errno.ENOSYS):  # else: not on this filesystem
                raise OSError(code, os.strerror(code), str(source), None, str(target))
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    os.rename(source, target)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` so that `path` holds either the old or the new content, never half."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno == 28:  # ENOSPC
            raise DiskFull() from exc
        raise
    fsync_dir(path.parent)


class DossierLock:
    """An exclusive, advisory lock on a dossier folder, released when the process dies.

    The OS drops the lock with the process, so a crash never leaves a dossier locked.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / "lock"
        self._fh = None

    def acquire(self) -> None:
        try:
            # Owner only, like every file the app writes (the lock holds no data, but a
            # 0644 file in a 0700 folder is a surprise in a permission check).
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            fh = os.fdopen(fd, "a+b")  # held for the dossier's lifetime
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                raise ReadOnlyLocation() from exc
            raise
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise DossierBusy() from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if os.name == "nt":
                import msvcrt

                self._fh.seek(0)
                with contextlib.suppress(OSError):
                    msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None
