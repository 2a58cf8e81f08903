"""The one link a process runs, started from the settings (`pms_link` and friends) when configured."""
from __future__ import annotations

import threading

from ..db.unit import unit_of_work
from ..workflows.settings import load_settings
from .counter import PmsSettings
from .link import PmsLink

_lock = threading.Lock()
_current: PmsLink | None = None


def configured(engine) -> tuple[str, PmsSettings, str]:
    s = unit_of_work(engine, load_settings)
    return (s.values.get("pms_link") or "", PmsSettings(s.values.get("pms_offline_policy", "queue"),
                                                        float(s.values.get("pms_answer_seconds", 10))),
            s.values.get("pms_outlet", "BC"))


def start(engine) -> PmsLink | None:
    """Start the link when `pms_link` is set (once per process); None when it is not."""
    global _current
    with _lock:
        if _current is None:
            address, _conf, outlet = configured(engine)
            if address:
                _current = PmsLink(address, engine, outlet=outlet).start()
        return _current


def current() -> PmsLink | None:
    return _current


def stop() -> None:
    global _current
    with _lock:
        if _current is not None:
            _current.stop()
            _current = None
