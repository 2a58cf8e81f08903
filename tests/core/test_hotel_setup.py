"""First start: when the wizard shows, what it saves in one transaction, and each bad answer refused."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bizcenter.db import unit_of_work
from bizcenter.demo import install_demo
from bizcenter.desk import Desk
from bizcenter.errors import DomainError
from bizcenter.workflows import staff
from bizcenter.workflows.firststart import HotelSetup, first_start, needs_first_start
from bizcenter.workflows.settings import load_settings, set_setting
from scenario import assert_bilingual, snapshot
from bizcenter.printing import queue

FORM = HotelSetup(
    hotel_name_zh="海景酒店", hotel_name_en="Harbour View Hotel", currency="hkd", tax_pct="0",
    service_charge_pct="10 %", supervisor_code="S01", supervisor_name="Wong Mei", pin="4826", pin_again="4826",
    counter_code="bc2", counter_name_zh="商务中心 2 号柜台", counter_name_en="Counter 2",
    printer_kind="network", printer_address="192.168.1.50", timezone="Asia/Hong_Kong", language="en",
)


def test_a_new_database_needs_the_wizard_and_the_wizard_sets_up_the_hotel(engine):
    desk = Desk(engine)
    assert desk.needs_first_start()
    done = desk.first_start(FORM)
    assert (done.supervisor.code, done.supervisor.role, done.supervisor.language) == ("S01", "supervisor", "en")
    assert done.counter_code == "BC2"
    settings = desk.settings()
    assert (settings.hotel_name_zh, settings.hotel_name_en, settings.currency, settings.tax_pct,
            settings.service_charge_pct, settings.timezone) == \
        ("海景酒店", "Harbour View Hotel", "HKD", "0", "10", "Asia/Hong_Kong")
    assert done.printer == "tcp://192.168.1.50:9100"
    assert desk.op(queue.printer_for, done.counter_id).spec.url == "tcp://192.168.1.50:9100"  # the counter's printer row
    assert desk.sign_in("S01", "4826", "BC2").name == "Wong Mei"
    assert desk.price_list() is not None  # a database made by the app alone gets the default price list
    assert not desk.needs_first_start()
    with pytest.raises(DomainError) as exc:  # the wizard cannot run twice (a second supervisor by the back door)
        desk.first_start(replace(FORM, supervisor_code="S99"))
    assert exc.value.code == "already_set_up"


def test_no_printer_yet_is_a_choice(engine):
    done = Desk(engine).first_start(replace(FORM, printer_kind="none", printer_address=""))
    assert done.printer is None
    assert Desk(engine).op(queue.printer_for, done.counter_id) is None


def test_databases_with_a_supervisor_or_marked_set_up_skip_the_wizard(engine):
    assert unit_of_work(engine, needs_first_start)
    unit_of_work(engine, lambda s: staff.add_staff(s, "C01", "李娜", "clerk", "1111"))
    assert unit_of_work(engine, needs_first_start), "clerks alone cannot set the hotel up"
    unit_of_work(engine, lambda s: set_setting(s, "setup_done", True))
    assert not unit_of_work(engine, needs_first_start)


def test_the_demo_database_skips_the_wizard(engine, monkeypatch):
    from argon2 import PasswordHasher

    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    install_demo(engine, date(2026, 3, 10))
    assert not Desk(engine).needs_first_start()


@pytest.mark.parametrize("change, code", [
    ({"hotel_name_en": "  "}, "hotel_name"),
    ({"currency": "XYZ"}, None),
    ({"tax_pct": "120"}, None),
    ({"service_charge_pct": "ten"}, "percentage"),
    ({"service_charge_pct": "nan"}, "percentage"),
    ({"tax_pct": "inf"}, "percentage"),
    ({"pin_again": "4827"}, "pin_mismatch"),
    ({"pin": "12", "pin_again": "12"}, None),
    ({"supervisor_name": ""}, None),
    ({"counter_code": "柜台 1"}, "counter_code"),
    ({"printer_kind": "bluetooth"}, "printer_kind"),
    ({"printer_address": ""}, "bad_printer_url"),
    ({"printer_address": "printer:99999"}, "bad_printer_url"),
    ({"printer_kind": "usb", "printer_address": "epson"}, "bad_printer_url"),
    ({"timezone": "Mars/Olympus"}, None),
])
def test_each_bad_answer_is_refused_in_both_languages_and_nothing_is_written(engine, change, code):
    before = snapshot(engine)
    with pytest.raises(DomainError) as exc:
        unit_of_work(engine, lambda s: first_start(s, replace(FORM, **change)))
    assert code is None or exc.value.code == code
    assert_bilingual(exc.value)
    assert snapshot(engine) == before
    assert unit_of_work(engine, lambda s: load_settings(s).hotel_name_en) == "Demo Grand Hotel"
