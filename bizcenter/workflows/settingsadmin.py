"""The back office's settings: each setting with its type, range, default and value in use (a stored value
outside its range is shown as such), and a supervisor's change, checked against the schema and audited."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from . import audit
from .settings import load_settings, set_setting
from .settings_schema import SPECS, parse_text, setting_name, shown
from .staff import require_role


@dataclass(frozen=True)
class SettingRow:
    key: str
    kind: str
    range_zh: str
    range_en: str
    default: str  # as JSON, the form `config set` and the back office take
    current: str  # the value stored (also when it is not allowed), else the default
    problem_zh: str = ""  # a stored value outside the range: what is used meanwhile
    problem_en: str = ""
    money: bool = False  # changes amounts of money: a bad stored value refuses the actions that use it
    name_zh: str = ""  # what a person reads; `key` is what `config set` takes
    name_en: str = ""


def setting_rows(session: Session, staff_id: int) -> list[SettingRow]:
    require_role(session, staff_id)
    settings = load_settings(session)
    problems = {p.key: p for p in settings.problems}
    rows = []
    for spec in SPECS:
        p = problems.get(spec.key)
        current = p.value if p else shown(dict.get(settings.values, spec.key))
        rows.append(SettingRow(spec.key, spec.kind, spec.range_zh, spec.range_en, shown(spec.default), current,
                               p.message("zh") if p else "", p.message("en") if p else "", spec.money,
                               setting_name(spec.key, "zh"), setting_name(spec.key)))
    return rows


def check_setting(key: str, text: str):
    """A value as typed, checked (no database): the wizard checks its page before moving on."""
    return parse_text(key, text)


def change_setting(session: Session, staff_id: int, key: str, text: str):
    """A supervisor sets one setting from its typed text (JSON or plain); refused outside its range."""
    require_role(session, staff_id)
    value = parse_text(key, text)
    set_setting(session, key, value)
    audit.record(session, "setting_changed", staff_id=staff_id, key=key, value=value)
    return value
