"""Supervisor commands: settings, staff, price list and the scripted day close, with their permissions."""
from __future__ import annotations

import json

import pytest

from bizcenter.cli import main
from bizcenter.db import unit_of_work
from bizcenter.workflows import staff
from bizcenter.workflows.catalogue import current_pricelist, install_default_pricelist
from bizcenter.workflows.settings import load_settings


@pytest.fixture
def seeded(engine, db_url):
    def seed(s):
        install_default_pricelist(s)
        staff.add_counter(s, "BC1", "1", "1")
        staff.add_staff(s, "C01", "李娜", "clerk", "1111")
        staff.add_staff(s, "S01", "王强", "supervisor", "9999")

    unit_of_work(engine, seed)
    return db_url


def cli(url, *args, pin=None, monkeypatch=None):
    if monkeypatch is not None and pin is not None:
        monkeypatch.setenv("BIZCENTER_PIN", pin)
    return main(["--db", url, *args])


def test_supervisor_changes_the_tax_rate_and_a_clerk_cannot(seeded, engine, monkeypatch, capsys):
    assert cli(seeded, "config", "set", "tax_pct", "9", "--as", "C01", pin="1111", monkeypatch=monkeypatch) == 2
    assert "supervisors only" in capsys.readouterr().err
    assert cli(seeded, "config", "set", "tax_pct", "9", "--as", "S01", pin="9999", monkeypatch=monkeypatch) == 0
    assert unit_of_work(engine, load_settings).tax == 9


def test_a_percentage_over_100_is_refused(seeded, monkeypatch, capsys):
    assert cli(seeded, "config", "set", "service_charge_pct", "150", "--as", "S01", pin="9999",
               monkeypatch=monkeypatch) == 2
    assert "0 到 100" in capsys.readouterr().err


def test_price_list_export_edit_publish_makes_a_new_version(seeded, engine, tmp_path, monkeypatch):
    path = tmp_path / "prices.json"
    assert cli(seeded, "price-list", "export", str(path)) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    copy = next(i for i in data["items"] if i["code"] == "copy")
    copy["rule"]["options"]["A4"]["bw_minor"] = 250
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = unit_of_work(engine, lambda s: current_pricelist(s).version_id)
    assert cli(seeded, "price-list", "publish", str(path), "--as", "S01", pin="9999", monkeypatch=monkeypatch) == 0
    after = unit_of_work(engine, lambda s: current_pricelist(s))
    assert after.version_id != before
    assert after.items["copy"][1].rule["options"]["A4"]["bw_minor"] == 250


def test_a_malformed_price_list_is_refused_and_nothing_published(seeded, engine, tmp_path, monkeypatch, capsys):
    path = tmp_path / "prices.json"
    cli(seeded, "price-list", "export", str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    next(i for i in data["items"] if i["code"] == "copy")["rule"]["options"]["A4"]["bw_minor"] = -5
    path.write_text(json.dumps(data), encoding="utf-8")
    before = unit_of_work(engine, lambda s: current_pricelist(s).version_id)
    assert cli(seeded, "price-list", "publish", str(path), "--as", "S01", pin="9999", monkeypatch=monkeypatch) == 2
    assert unit_of_work(engine, lambda s: current_pricelist(s).version_id) == before


def test_close_day_refused_to_a_clerk_and_done_by_a_supervisor(seeded, monkeypatch, capsys):
    assert cli(seeded, "close-day", "--date", "2026-01-05", "--as", "C01", pin="1111", monkeypatch=monkeypatch) == 2
    assert cli(seeded, "close-day", "--date", "2026-01-05", "--as", "S01", pin="9999", monkeypatch=monkeypatch) == 0
    assert cli(seeded, "close-day", "--date", "2026-01-05", "--as", "S01", pin="9999", monkeypatch=monkeypatch) == 2
    assert "already closed" in capsys.readouterr().err


def test_staff_add_and_unlock(seeded, engine, monkeypatch):
    monkeypatch.setenv("BIZCENTER_NEW_PIN", "4321")
    assert cli(seeded, "staff", "add", "C09", "Ada", "clerk", "--as", "S01", pin="9999", monkeypatch=monkeypatch) == 0
    info = unit_of_work(engine, lambda s: staff.sign_in(s, staff.Credentials("C09", "4321")))
    assert info.name == "Ada" and info.role == "clerk"
    assert cli(seeded, "staff", "unlock", "C09", "--as", "S01", pin="9999", monkeypatch=monkeypatch) == 0
