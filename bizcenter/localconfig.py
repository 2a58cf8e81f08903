"""What belongs to this PC rather than to the hotel: a small JSON file in the user config directory.

Hotel settings live in the database (every counter sharing it agrees); only what differs from one PC
to the next is kept here, never in the install folder (an upgrade replaces that folder):

    <user config dir>/bizcenter/station.json     e.g. {"counter_code": "BC2"}

The user config dir is platformdirs' (Linux `~/.config/bizcenter`, Windows
`%LOCALAPPDATA%\\bizcenter\\bizcenter`). `$BIZCENTER_COUNTER` still wins over the file.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from .fileperms import private_dir, private_file, private_umask

FILE_NAME = "station.json"


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("bizcenter", "bizcenter"))


def config_path() -> Path:
    return config_dir() / FILE_NAME


def load() -> dict:
    """The file's values; an absent or unreadable file is an empty config (the app still starts)."""
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(**values) -> Path:
    """Merge `values` into the file, written whole to a temporary name and renamed (never half-written)."""
    path = config_path()
    private_dir(path.parent)
    data = load()
    data.update(values)
    tmp = path.with_name(path.name + ".tmp")
    with private_umask():
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    private_file(tmp)
    os.replace(tmp, path)
    return path


def app_folders() -> list[Path]:
    """The folders this program keeps its own files in: the user data directory (database, backups)
    and the config directory. Made 0700, their files 0600, at every start (`fileperms.tighten`)."""
    from .db.engine import data_dir

    return [data_dir(), config_dir()]


def counter_code(default: str = "BC1") -> str:
    """This PC's counter: $BIZCENTER_COUNTER, else the file's `counter_code`, else `default`."""
    env = os.environ.get("BIZCENTER_COUNTER")
    if env:
        return env
    code = load().get("counter_code")
    return code if isinstance(code, str) and code.strip() else default
