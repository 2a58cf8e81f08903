"""Guests' ID numbers and internet passwords sealed at rest, with a key that never enters the database.

A copied database file, a backup or a PostgreSQL dump shows these values only as `enc1:<Fernet
token>` (AES-128-CBC + HMAC-SHA256, from the well-kept `cryptography` package). The key is a
per-installation key file, not the OS keyring: counters run headless or as a service account where
Linux has no keyring backend, and a file can be backed up and copied to the other counters of a
shared PostgreSQL database — every counter needs the same key.

    <user config dir>/bizcenter/secret.key     (0600, folder 0700; $BIZCENTER_KEY_FILE overrides)

The database keeps a fingerprint of its key (table `sealing_key`), so a PC with another key — a
counter set up without copying the file, a restored backup without its key — is told plainly
(`workflows/keycheck.py`) instead of writing values no other counter can read. A value that cannot be opened (no
key, wrong key) reads as "[encrypted]": the screens and slips go on working, sales are untouched.
Nothing searches by ID number, so no blind index is kept.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import threading
from pathlib import Path

from .errors import DomainError

PREFIX = "enc1:"
UNREADABLE = "[encrypted]"
KEY_ENV = "BIZCENTER_KEY_FILE"
KEY_FILE = "secret.key"
_lock = threading.Lock()
_cache: dict[str, bytes] = {}


class KeyProblem(DomainError):
    code = "sealing_key"
    zh = "本机的密钥文件 {path} {problem_zh}；证件号码和上网密码显示为 [encrypted]。请从第一台收银机（或其备份）复制该密钥文件"
    en = ("This PC's key file {path} {problem_en}; ID numbers and internet passwords show as [encrypted]. "
          "Copy the key file from the first counter (or from its backup)")


def key_path() -> Path:
    env = os.environ.get(KEY_ENV)
    if env:
        return Path(env)
    from .localconfig import config_dir

    return config_dir() / KEY_FILE


def load_key(create: bool = False) -> bytes | None:
    """The installation's key (cached per path); None when there is none and `create` is False."""
    path = key_path()
    with _lock:
        found = _cache.get(str(path))
        if found is not None:
            return found
        try:
            key = path.read_bytes().strip()
        except FileNotFoundError:
            if not create:
                return None
            key = _new_key_file(path)
        except OSError:
            return None
        _cache[str(path)] = key
        return key


def forget_key() -> None:
    """Read the key file again at next use (tests; after copying a key file in)."""
    with _lock:
        _cache.clear()


def _new_key_file(path: Path) -> bytes:
    from cryptography.fernet import Fernet

    from .fileperms import FILE_MODE, private_dir, private_file

    private_dir(path.parent)
    key = Fernet.generate_key()
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as f:
        f.write(key + b"\n")
        f.flush()
        os.fsync(f.fileno())
    try:
        os.link(tmp, path)  # never replaces a key another process made a moment ago
    except FileExistsError:
        key = path.read_bytes().strip()
    finally:
        tmp.unlink(missing_ok=True)
    private_file(path)
    return key


def fingerprint(key: bytes) -> str:
    return hmac.new(key, b"bizcenter sealing key", hashlib.sha256).hexdigest()[:32]


def seal(value: str | None) -> str | None:
    """The value as stored; a value already sealed (or unreadable) is kept as it is."""
    if value is None or value == "" or value.startswith(PREFIX) or value == UNREADABLE:
        return value
    from cryptography.fernet import Fernet

    key = load_key()  # made by the upgrade or `check_key`: never a new one here, unlike the database's
    if key is None:
        raise KeyProblem(path=str(key_path()), problem_zh="不存在", problem_en="is missing")
    return PREFIX + Fernet(key).encrypt(value.encode("utf-8")).decode("ascii")


def open_sealed(stored: str | None) -> str | None:
    """The clear value; UNREADABLE when the key is missing or wrong. Clear text (a row not yet sealed)
    is returned as it is."""
    if stored is None or not stored.startswith(PREFIX):
        return stored
    key = load_key()
    if key is None:
        return UNREADABLE
    from cryptography.fernet import Fernet, InvalidToken

    try:
        return Fernet(key).decrypt(stored[len(PREFIX):].encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError):
        return UNREADABLE
