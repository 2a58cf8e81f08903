"""Every service is one record (`bizcenter.services`), and a broken one stops the start."""
from __future__ import annotations

import importlib
import json
import sys
import types
from collections import Counter

import pytest

from bizcenter.datafiles import data_dir
from bizcenter.pricing import TARIFFS, PriceItem, load_default_zones, price
from bizcenter.services import SERVICES, UnknownService, find, service


def _pricelist_codes() -> list[str]:
    data = json.loads((data_dir("resources") / "pricelist.json").read_text(encoding="utf-8"))
    return [item["code"] for item in data["items"]]


def test_every_code_the_price_list_and_the_counter_know_has_exactly_one_record():
    records = Counter(s.code for s in SERVICES)
    assert all(n == 1 for n in records.values()), records
    known = set(_pricelist_codes()) | {t.code for t in TARIFFS}  # the counter also sells damage, not listed
    assert set(records) == known
    for s in SERVICES:
        assert service(s.code) is s and s.tariff in TARIFFS
    assert [s.code for s in SERVICES if s.listed] == _pricelist_codes()  # display order is the price list's


def test_the_price_list_rows_match_their_records():
    data = json.loads((data_dir("resources") / "pricelist.json").read_text(encoding="utf-8"))
    for row in data["items"]:
        s = service(row["code"])
        assert row["unit"] == s.unit
        assert s.name_zh and s.name_en


def test_what_is_special_is_a_flag_on_the_record():
    assert not service("ticket_fare").surcharged and service("ticket_fee").surcharged
    damage = service("damage")
    assert damage.needs_approval and not damage.listed and not damage.surcharged
    assert not any(s.needs_approval for s in SERVICES if s.code != "damage")
    kept = {s.code for s in SERVICES if s.business_record}
    assert kept == {"fax_out", "fax_in", "phone", "internet", "courier", "meeting_room", "equipment", "ticket_fee",
                    "ticket_fare"}
    assert all(s.reverse is not None and s.verify for s in SERVICES if s.business_record)
    assert service("fax_out").missing({"number": "+86 10 6512 3456", "pages": 1}, {}) == ["read_back"]
    assert service("fax_out").followed({"pages": 1}) == {"read_back": True}


def test_an_unknown_code_is_named_and_a_simple_service_has_no_record():
    with pytest.raises(UnknownService, match="laminating"):
        service("laminating")
    assert find("laminating") is None


def test_damage_is_priced_by_its_record_and_never_from_the_price_list():
    c = service("damage").tariff.price(None, {"amount_minor": 5000, "what": "lens"}, load_default_zones())
    assert c.amount_minor == 5000 and c.service_code == "damage"
    with pytest.raises(Exception, match="Unknown service"):
        price(PriceItem("damage", "损坏赔偿", "Damage", "item", {"rate_minor": 1}), {}, load_default_zones())


def _forget(monkeypatch):
    """bizcenter.services is imported anew next (the modules loaded before are put back after the test)."""
    for name in [n for n in sys.modules if n == "bizcenter.services" or n.startswith("bizcenter.services.")]:
        monkeypatch.delitem(sys.modules, name)


def test_a_service_module_that_is_missing_stops_the_start(monkeypatch):
    _forget(monkeypatch)
    monkeypatch.setitem(sys.modules, "bizcenter.services.courier", None)  # as if the file were gone
    with pytest.raises(ImportError, match="bizcenter.services.courier"):
        importlib.import_module("bizcenter.services")


def test_a_broken_import_inside_a_service_stops_the_start(monkeypatch):
    broken = types.ModuleType("bizcenter.workflows.fax_out")  # its hooks gone: a broken workflow module
    monkeypatch.setitem(sys.modules, "bizcenter.workflows.fax_out", broken)
    monkeypatch.setattr(sys.modules["bizcenter.workflows"], "fax_out", broken)
    _forget(monkeypatch)
    with pytest.raises(AttributeError, match="on_line_settled|on_line_reversed|fax_charges_sound"):
        importlib.import_module("bizcenter.services")


def test_the_modules_import_again_after_the_broken_ones(monkeypatch):
    _forget(monkeypatch)
    fresh = importlib.import_module("bizcenter.services")
    assert [s.code for s in fresh.SERVICES] == [s.code for s in SERVICES]
