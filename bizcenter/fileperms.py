"""Files only their owner may read: the database, its backups, exports, reports and keys.

The ledger holds guests' names, rooms and payments: on a shared PC another login must not read it.
On POSIX every folder the program writes into is 0700 and every file it writes is 0600, made so at
creation (`new_private_file`, or `private_umask()` around a library that creates the file itself),
and tightened again right after (`private_file`). SQLite makes a database's -wal, -shm and -journal
files with the database file's own mode, so a 0600 database keeps them 0600 too. A folder or file
made earlier with wider modes is tightened at start (`tighten`). On Windows the user's profile
folders are already private to that user: nothing to do.
"""
from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

POSIX = os.name == "posix"
DIR_MODE, FILE_MODE = 0o700, 0o600


def private_dir(path: str | os.PathLike, *, tighten: bool = True) -> Path:
    """Create the folder (and missing parents, each 0700) if needed, and make it 0700; returns it.

    `tighten=False` for a folder the user chose (an export folder they share with the front office):
    one the program creates is 0700, one that exists keeps its mode (the files in it are 0600)."""
    path = Path(path)
    if not path.is_dir():
        with private_umask():
            path.mkdir(parents=True, exist_ok=True)
    elif not tighten:
        return path
    _chmod(path, DIR_MODE)
    return path


def private_file(path: str | os.PathLike) -> Path:
    """Make an existing file 0600 (no-op on Windows); returns it."""
    path = Path(path)
    _chmod(path, FILE_MODE)
    return path


def new_private_file(path: str | os.PathLike) -> Path:
    """Create the file empty with mode 0600 if it does not exist (then SQLite, ReportLab or a writer
    opening it keeps that mode); an existing file is only tightened."""
    path = Path(path)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    return private_file(path)


def private_opener(path: str, flags: int) -> int:
    """For `open(..., opener=private_opener)`: a new file is created 0600."""
    return os.open(path, flags, FILE_MODE)


@contextlib.contextmanager
def private_umask():
    """Within the block, files and folders this process creates are private (umask 077).

    The umask is the process's: used around a short creation only (another thread creating a file at
    the same moment would get a narrower mode, never a wider one)."""
    if not POSIX:
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def tighten(folder: str | os.PathLike, *, names: tuple[str, ...] = ()) -> list[Path]:
    """Make `folder` 0700 and the files directly in it 0600 (or only those whose name starts with one of
    `names`); returns what was changed. For folders made by an earlier version with wider modes."""
    folder = Path(folder)
    changed: list[Path] = []
    if not POSIX or not folder.is_dir():
        return changed
    if _chmod(folder, DIR_MODE):
        changed.append(folder)
    for entry in folder.iterdir():
        if names and not entry.name.startswith(names):
            continue
        if entry.is_symlink():
            continue
        if entry.is_dir():
            changed += tighten(entry)
        elif entry.is_file() and _chmod(entry, FILE_MODE):
            changed.append(entry)
    return changed


def mode(path: str | os.PathLike) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _chmod(path: Path, wanted: int) -> bool:
    """Set the mode if it differs; True when it was changed."""
    if not POSIX:
        return False
    try:
        if stat.S_IMODE(path.stat().st_mode) == wanted:
            return False
        os.chmod(path, wanted)
    except FileNotFoundError:
        return False
    except PermissionError:  # another user's file (a --db given by path): theirs to protect
        return False
    return True
