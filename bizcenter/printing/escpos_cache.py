"""python-escpos's capability cache, made safe for several processes printing at once.

On import, python-escpos reads its printer database (capabilities.json, parsed as YAML: 0.3 s) and
keeps it as a pickle in `ESCPOS_CAPABILITIES_PICKLE_DIR` (a new /tmp folder per process if unset).
It writes that pickle in place: a second process starting meanwhile finds the file empty or half
written and fails with "EOFError: Ran out of input". So before the first import we write the pickle
ourselves — from the same JSON with `json` (1 ms), to a temporary file renamed over the old one, so a
reader sees the whole old file or the whole new one — and python-escpos, finding it newer than the
JSON, only reads it. Where the JSON cannot be found (an odd install), each process gets a private
folder of its own, removed at exit.
"""
from __future__ import annotations

import atexit
import importlib.util
import json
import os
import pickle
import platform
import shutil
import tempfile
import time
from pathlib import Path

PICKLE_DIR, CAPABILITIES_FILE = "ESCPOS_CAPABILITIES_PICKLE_DIR", "ESCPOS_CAPABILITIES_FILE"

_ready = False


def _default_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("bizcenter", "bizcenter")) / "escpos"


def _capabilities_json() -> Path | None:
    """The JSON python-escpos will read (its env override, else the copy in its package), without importing it."""
    if os.environ.get(CAPABILITIES_FILE):
        return Path(os.environ[CAPABILITIES_FILE])
    spec = importlib.util.find_spec("escpos")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "capabilities.json"
        if candidate.is_file():
            return candidate
    return None


def pickle_path(folder: Path) -> Path:
    """Where python-escpos looks for its cache in `folder` (its own naming: one file per Python version)."""
    return folder / f"{platform.python_version()}.capabilities.pickle"


def _write_atomically(source: Path, target: Path) -> None:
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".capabilities-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            pickle.dump(data, out, protocol=2)
        stamp = max(time.time(), source.stat().st_mtime)  # never older than the JSON, or escpos rewrites it
        os.utime(temporary, (stamp, stamp))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _private_folder(parent: Path | None) -> str:
    folder = tempfile.mkdtemp(prefix="escpos-", dir=parent if parent and parent.is_dir() else None)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def prepare(rewrite: bool = False) -> None:
    """Call before the first `import escpos…` in this process; cheap after the first call. `rewrite`:
    the pickle was found damaged (a machine that lost power while an older version wrote it)."""
    global _ready
    if _ready and not rewrite:
        return
    folder = Path(os.environ.get(PICKLE_DIR) or _default_folder())
    source = _capabilities_json()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if source is None or not source.is_file():
            os.environ[PICKLE_DIR] = _private_folder(folder)
        else:
            target = pickle_path(folder)
            if rewrite or not target.is_file() or target.stat().st_mtime < source.stat().st_mtime:
                _write_atomically(source, target)
            os.environ[PICKLE_DIR] = str(folder)
    except OSError:  # a read-only or full cache folder: never share a half-written file, keep one of our own
        os.environ[PICKLE_DIR] = _private_folder(None)
    _ready = True


def import_printer():
    """`escpos.printer`, imported after `prepare`; a damaged cache file is rewritten and the import retried."""
    prepare()
    try:
        from escpos import printer
    except (EOFError, pickle.UnpicklingError):
        prepare(rewrite=True)
        from escpos import printer
    return printer
