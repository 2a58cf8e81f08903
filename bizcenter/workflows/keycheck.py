"""This PC's key file held against the database's record of its key (the fingerprint in `sealing_key`).

A counter set up without copying the key file, or a backup restored without its key, is told plainly
before it writes a value no other counter can read; `bizcenter key` and the About box say where the
key is and whether it fits.
"""
from __future__ import annotations

import hmac
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.sealing import SealingKey
from ..secretbox import KeyProblem, fingerprint, key_path, load_key


def check_key(session: Session, *, adopt: bool = True) -> None:
    """Refuse (KeyProblem) unless this PC's key is the database's; a database with no key yet adopts
    this PC's (created if needed) when `adopt`."""
    stored = session.scalar(select(SealingKey.fingerprint).order_by(SealingKey.id).limit(1))
    key = load_key(create=stored is None and adopt)
    path = str(key_path())
    if key is None:
        raise KeyProblem(path=path, problem_zh="不存在", problem_en="is missing")
    if stored is None:
        if adopt:
            session.add(SealingKey(fingerprint=fingerprint(key), created_at=datetime.now(timezone.utc)))
            session.flush()
        return
    if not hmac.compare_digest(stored, fingerprint(key)):
        raise KeyProblem(path=path, problem_zh="与本数据库的密钥不符", problem_en="does not match this database's key")


def key_status(session: Session) -> tuple[bool, str, str]:
    """(matches, zh, en) for `bizcenter key` and the about box: where the key is and whether it fits."""
    try:
        check_key(session, adopt=False)
    except KeyProblem as exc:
        return False, exc.message("zh"), exc.message("en")
    path = key_path()
    return True, f"密钥文件：{path}（与数据库相符）", f"Key file: {path} (matches the database)"
