"""Settings are checked against one schema: `config set` and the core refuse a value outside its range
(naming the setting and the range, nothing stored); a bad value already stored (by an older version or by
SQL) is never a traceback — the default is used with a warning, or, for a setting that changes money, the
actions that use it are refused until a supervisor corrects it."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from bizcenter.cli import main
from bizcenter.db import unit_of_work
from bizcenter.desk import Desk
from bizcenter.errors import DomainError, InvalidInput, NotAllowed
from bizcenter.models import Staff
from bizcenter.workflows import shift
from bizcenter.workflows.settings import DEFAULTS, load_settings, set_setting
from bizcenter.workflows.settings_schema import SCHEMA, parse_text, setting_name, validate
from bizcenter.workflows.settingsadmin import change_setting, setting_rows
from scenario import CLERK, SH, SUP, build_world, cash, copies, open_shift, refused, sell, sell_action, snapshot

REPRODUCTIONS = [  # from the report: each was stored, and later actions raised raw exceptions
    ("lockout_minutes", "Infinity", "1 到 1440", "from 1 to 1440"),
    ("lockout_attempts", "NaN", "1 到 20", "from 1 to 20"),
    ("lockout_attempts", "0", "1 到 20", "from 1 to 20"),
    ("lockout_attempts", "-1", "1 到 20", "from 1 to 20"),
    ("day_cutoff_hour", "99", "0 到 23", "from 0 to 23"),
    ("day_cutoff_hour", "NaN", "0 到 23", "from 0 to 23"),
    ("variance_limit_minor", "-1", "0 到 10000000", "from 0 to 10000000"),
    ("denominations_minor", "[0,-100]", "正整数", "positive whole numbers"),
    ("currency", "XXX", "ISO 4217", "ISO 4217"),
    ("tax_on_service_charge", "maybe", "true 或 false", "true or false"),
]


@pytest.fixture
def w(engine):
    return build_world(engine, open_shifts=False)


def _cli(engine, *args, pin=None, monkeypatch=None):
    if pin is not None:
        monkeypatch.setenv("BIZCENTER_PIN", pin)
    return main(["--db", engine.url.render_as_string(hide_password=False), *args])


def _store(engine, key: str, raw: str) -> None:
    """Write a setting row by SQL, as an older version or a hand edit could (no check on the way in)."""
    cast = "CAST(:v AS JSON)" if engine.dialect.name == "postgresql" else ":v"
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM setting WHERE key = :k"), {"k": key})
        conn.execute(text(f"INSERT INTO setting (key, value) VALUES (:k, {cast})"), {"k": key, "v": raw})


# --- refused when set ------------------------------------------------------------------------------
@pytest.mark.parametrize("key, value, zh, en", REPRODUCTIONS)
def test_config_set_refuses_each_reported_value_naming_the_setting_and_range(w, monkeypatch, capsys,
                                                                               key, value, zh, en):
    before = snapshot(w.engine)
    assert _cli(w.engine, "config", "set", key, value, "--as", SUP.code, pin=SUP.pin, monkeypatch=monkeypatch) == 2
    err = capsys.readouterr().err
    assert f"设置项“{setting_name(key, 'zh')}”" in err and zh in err  # both languages, the setting and its range
    assert f'Setting "{setting_name(key)}"' in err and en in err
    assert snapshot(w.engine) == before  # nothing stored, not even an audit entry


@pytest.mark.parametrize("key, value, zh, en", REPRODUCTIONS)
def test_the_core_refuses_each_reported_value_whoever_calls_it(w, key, value, zh, en):
    typed = json.loads(value) if value not in ("XXX", "maybe") else value
    exc = refused(w, lambda s: set_setting(s, key, typed), "invalid_input")
    assert setting_name(key) in exc.message("en") and en in exc.message("en") and zh in exc.message("zh")
    refused(w, lambda s: change_setting(s, w.sup_id, key, value), "invalid_input")


def test_config_set_stores_a_good_value_normalised_and_audited(w, monkeypatch, capsys):
    assert _cli(w.engine, "config", "set", "denominations_minor", "[10, 10000, 50]", "--as", SUP.code, pin=SUP.pin,
                monkeypatch=monkeypatch) == 0
    assert _cli(w.engine, "config", "set", "currency", "hkd", "--as", SUP.code, pin=SUP.pin,
                monkeypatch=monkeypatch) == 0
    assert _cli(w.engine, "config", "set", "tax_pct", "6.5 %", "--as", SUP.code, pin=SUP.pin,
                monkeypatch=monkeypatch) == 0
    settings = w.run(load_settings)
    assert settings.denominations_minor == [10000, 50, 10]  # largest first, as the count form lists them
    assert settings.currency == "HKD" and settings.tax_pct == "6.5" and not settings.problems
    rows = w.run(lambda s: s.execute(text("SELECT COUNT(*) FROM audit_log WHERE action = 'setting_changed'"))
                 .scalar())
    assert rows == 3


def test_a_clerk_cannot_change_a_setting(w):
    refused(w, lambda s: change_setting(s, w.clerk.staff_id, "tax_pct", "9"), "not_allowed")


def test_an_unknown_setting_is_refused_in_both_languages(w, monkeypatch, capsys):
    assert _cli(w.engine, "config", "set", "tax", "9", "--as", SUP.code, pin=SUP.pin, monkeypatch=monkeypatch) == 2
    assert "未知设置项：tax / Unknown setting: tax" in capsys.readouterr().err


@pytest.mark.parametrize("key, good, bad", [
    ("timezone", "Europe/Berlin", ["Mars/Olympus", "../etc/passwd", ""]),
    ("service_charge_pct", "15", ["101", "-1", "NaN", "Infinity", "ten"]),
    ("cash_rounding", "100", ["5", "0.10", "null"]),
    ("hotel_name_en", "Grand Hotel", ["", "Evil\x1b\x70\x00Hotel", "x" * 101]),
    ("devices", '["Fax", "Copier"]', ['["Fax", "Fax"]', '"Fax"', '[""]']),
    ("equipment_units", '{"projector": 3}', ['{"projector": 0}', '{"projector": "2"}', "[]"]),
    ("rental_deposit_required", '["meeting_room"]', ['["boat"]', '"equipment"']),
    ("backup_keep", "30", ["0", "366", "1.5"]),
    ("setup_done", "true", ["yes", "1"]),
    ("zones", "null", ['{"home_region": "XX"}', "5"]),
    ("counter_printers", '{"BC1": {"kind": "network", "address": "10.0.0.5:9100"}}',
     ['{"BC1": {"kind": "bluetooth", "address": "x"}}', "[]"]),
])
def test_every_other_setting_has_a_type_and_range(w, key, good, bad):
    w.run(lambda s: change_setting(s, w.sup_id, key, good))
    for value in bad:
        with pytest.raises(InvalidInput) as exc:
            parse_text(key, value)
        assert setting_name(key) in exc.value.message("en") and setting_name(key, "zh") in exc.value.message("zh")


def test_every_setting_has_a_schema_entry_whose_default_is_in_range():
    assert set(DEFAULTS) == set(SCHEMA)
    for key, spec in SCHEMA.items():
        assert validate(key, spec.default) == spec.default, key
        assert spec.range_zh and spec.range_en


# --- a bad value already stored ------------------------------------------------------------------------
def test_a_bad_cutoff_hour_stored_by_sql_opens_the_shift_on_the_default_and_verify_warns(w, monkeypatch, capsys):
    _store(w.engine, "day_cutoff_hour", '{"v": 99}')
    settings = w.run(load_settings)
    assert settings.day_cutoff_hour == 4
    assert [p.key for p in settings.problems] == ["day_cutoff_hour"]
    info = open_shift(w, w.clerk, at=datetime(2026, 3, 11, 3, 30, tzinfo=SH))  # before 04:00: still the 10th
    assert info.business_date.isoformat() == "2026-03-10"
    assert _cli(w.engine, "verify") == 0  # a warning, not a breach of the ledger
    out = capsys.readouterr().out
    assert "营业日开始钟点" in out and "99" in out and "0 到 23" in out and "from 0 to 23" in out
    assert "默认值 4" in out and "default 4" in out


def test_bad_lockout_settings_stored_by_sql_still_count_wrong_pins_with_the_defaults(w):
    # Infinity is not JSON PostgreSQL accepts; an older version could store the text, SQLite the bare word
    _store(w.engine, "lockout_minutes",
           '{"v": Infinity}' if w.engine.dialect.name == "sqlite" else '{"v": "Infinity"}')
    _store(w.engine, "lockout_attempts", '{"v": -1}')
    desk = Desk(w.engine)
    for _ in range(5):
        with pytest.raises(NotAllowed) as exc:
            desk.sign_in(CLERK.code, "0000")
        assert exc.value.code == "bad_credentials"
    with pytest.raises(NotAllowed) as exc:
        desk.sign_in(CLERK.code, CLERK.pin)
    assert exc.value.code == "locked_out"  # after the default five, for the default fifteen minutes
    until = w.run(lambda s: s.query(Staff).filter_by(code=CLERK.code).one().locked_until)
    assert timedelta(minutes=14) < until - datetime.now(until.tzinfo) <= timedelta(minutes=15)
    assert {p.key for p in w.run(load_settings).problems} == {"lockout_minutes", "lockout_attempts"}


@pytest.mark.parametrize("key, raw", [("tax_pct", '{"v": "abc"}'), ("tax_on_service_charge", '{"v": "maybe"}'),
                                      ("cash_rounding", '{"v": 7}'), ("currency", '{"v": "XXX"}')])
def test_a_bad_money_setting_stored_by_sql_refuses_the_sale_until_corrected(w, key, raw):
    open_shift(w, w.clerk)
    _store(w.engine, key, raw)
    exc = refused(w, sell_action(w, w.clerk, [copies(3)], [cash(1000)]), "setting_invalid")
    assert setting_name(key) in exc.message("en") and "supervisor" in exc.message("en")
    assert setting_name(key, "zh") in exc.message("zh") and f"config set {key}" in exc.message("zh")
    w.run(lambda s: change_setting(s, w.sup_id, key, json.dumps(DEFAULTS[key])))
    assert sell(w, w.clerk, [copies(3)]).total_minor > 0
    assert not w.run(load_settings).problems


def test_a_row_that_is_not_json_is_named_not_a_traceback(w, monkeypatch, capsys):
    if w.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's json type refuses malformed text")
    _store(w.engine, "fax_rack_days", '{"v": 7')
    assert w.run(load_settings).fax_rack_days == 7
    assert _cli(w.engine, "config", "show") == 0
    assert "fax_rack_days" in capsys.readouterr().out


def test_config_list_prints_type_range_default_and_current_value(w, capsys, monkeypatch):
    _store(w.engine, "variance_limit_minor", '{"v": -1}')
    assert _cli(w.engine, "--lang", "en", "config", "list") == 0
    out = capsys.readouterr().out
    block = out[out.index("variance_limit_minor\n"):].split("\n")[:4]
    assert "type: integer; allowed: a whole number from 0 to 10000000" in block[1]
    assert "default: 1000" in block[2] and "current: -1 (not allowed)" in block[3]
    assert 'WARNING: Setting "Cash variance limit (minor units)" holds -1' in out


def test_the_back_office_rows_name_a_bad_stored_value(w):
    _store(w.engine, "denominations_minor", '{"v": [0, -100]}')
    rows = {r.key: r for r in w.run(lambda s: setting_rows(s, w.sup_id))}
    assert rows["denominations_minor"].current == "[0, -100]"
    assert "Notes and coins counted" in rows["denominations_minor"].problem_en
    assert rows["lockout_attempts"].current == "5" and not rows["lockout_attempts"].problem_en
    assert w.run(load_settings).denominations_minor == DEFAULTS["denominations_minor"]
    with pytest.raises(DomainError):
        w.run(lambda s: setting_rows(s, w.clerk.staff_id))
