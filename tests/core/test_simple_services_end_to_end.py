"""Adding a simple service is a price-list edit, end to end: `price-list publish` adds laminating (A4/A3)
and stationery; the counter (through the Desk) sells each; the receipt, the X slip, the daily report, its
PDF and the CSV export show them by name; retiring laminating hides it at the counter and keeps its sales in
the reports; and `simulate` sells whatever simple services the price list in force has."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, time, timedelta

import pytest
import time_machine
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from bizcenter.cli import main
from bizcenter.db import unit_of_work
from bizcenter.demo import install_demo
from bizcenter.desk import Desk
from bizcenter.documents.slip import receipt_lines, shift_slip_lines
from bizcenter.errors import InvalidInput
from bizcenter.models import SaleLine, Staff
from bizcenter.pricing import PriceItem
from bizcenter.simulate import simulate
from bizcenter.workflows import revenue
from bizcenter.workflows.catalogue import current_pricelist, publish_pricelist
from bizcenter.workflows.counter import LineRequest, PaymentRequest, SaleDraft
from bizcenter.workflows.sellable import sellable_of
from bizcenter.workflows.settings import load_settings
from scenario import DAY, SUP, build_world, ledger_breaches

LAMINATING = {"code": "laminating", "name_zh": "过塑", "name_en": "Laminating", "unit": "sheet", "rule": {
    "unit_zh": "张", "unit_en": "sheet", "default": "A4", "group": "documents", "order": 70,
    "options": {"A4": {"zh": "A4", "en": "A4", "rate_minor": 500}, "A3": {"zh": "A3", "en": "A3", "rate_minor": 800}}}}
STATIONERY = {"code": "stationery", "name_zh": "文具", "name_en": "Stationery", "unit": "item", "rule": {
    "unit_zh": "件", "unit_en": "item", "group": "retail", "order": 10, "tax": False,
    "options": {"pen": {"zh": "签字笔", "en": "Pen", "rate_minor": 1000},
                "envelope": {"zh": "信封", "en": "Envelope", "rate_minor": 200}}}}
pdf_tools = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def publish(db_url, tmp_path, monkeypatch, change) -> int:
    """`bizcenter price-list export`, the file edited by `change(items)`, `bizcenter price-list publish`."""
    path = tmp_path / "prices.json"
    assert main(["--db", db_url, "price-list", "export", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["items"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("BIZCENTER_PIN", SUP.pin)
    return main(["--db", db_url, "price-list", "publish", str(path), "--as", SUP.code])


def cash_sale(desk: Desk, op, *lines: LineRequest):
    q = desk.quote(lines)
    return desk.settle(op, SaleDraft(tuple(lines), (PaymentRequest("cash", q.cash_due(), q.cash_due()),)))


def text_of_pdf(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pdf_tools
def test_publish_sell_print_report_export_then_retire(engine, db_url, tmp_path, monkeypatch):
    w = build_world(engine)
    with time_machine.travel(w.clock.t, tick=True):  # the Desk and the command line read the real clock
        assert publish(db_url, tmp_path, monkeypatch, lambda items: items.extend([LAMINATING, STATIONERY])) == 0
        desk = Desk(engine)
        try:
            offered = {s.code: s for s in sellable_of(desk.price_list())}
            assert offered["laminating"].group == "documents" and [o.key for o in offered["laminating"].options] == [
                "A4", "A3"]
            lam = cash_sale(desk, w.clerk, LineRequest("laminating", {"option": "A3", "quantity": 2}))
            pen = cash_sale(desk, w.clerk, LineRequest("stationery", {"option": "pen", "quantity": 3}))
            assert (lam.subtotal_minor, lam.service_charge_minor, lam.tax_minor) == (1600, 160, 106)
            assert (pen.subtotal_minor, pen.service_charge_minor, pen.tax_minor) == (3000, 300, 0)  # no tax on it

            for width in (32, 48):  # 58 and 80 mm paper
                slip = "\n".join(receipt_lines(lam, ("示例大酒店", "Demo Hotel"), width))
                assert "过塑 A3" in slip and "Laminating A3" in slip
                assert "签字笔" in "\n".join(receipt_lines(pen, ("示例大酒店", "Demo Hotel"), width))
            shift_id = desk.current_shift(w.clerk).id
            x_slip = "\n".join(shift_slip_lines(desk.shift_report(shift_id), "BC1", ("示例大酒店", "Demo Hotel"),
                                                w.clock.t, 48))
            assert "过塑" in x_slip and "文具" in x_slip

            def by_service():
                return {r.key: (r.label, r.amount_minor) for r in desk.daily_report(DAY).by_service}

            assert by_service()["laminating"] == ("过塑 Laminating", 1600)
            assert by_service()["stationery"] == ("文具 Stationery", 3000)
            pdf = desk.save_report_pdf(w.sup_id, "day", DAY, None, str(tmp_path / "day.pdf"))
            assert "Laminating" in text_of_pdf(pdf) and "Stationery" in text_of_pdf(pdf)
            csv_path = desk.save_report_csv(w.sup_id, "day", DAY, None, revenue.ReportFilter(),
                                            str(tmp_path / "day.csv"))
            exported = open(csv_path, encoding="utf-8-sig").read()
            assert "过塑 Laminating" in exported and "文具 Stationery" in exported
            only = desk.save_report_csv(w.sup_id, "day", DAY, None, revenue.ReportFilter(service="laminating"),
                                        str(tmp_path / "lam.csv"))
            assert "16.00" in open(only, encoding="utf-8-sig").read()

            def retire(items):
                next(i for i in items if i["code"] == "laminating")["rule"]["retired"] = True

            assert publish(db_url, tmp_path, monkeypatch, retire) == 0
            assert "laminating" not in [s.code for s in sellable_of(desk.price_list())]
            with pytest.raises(InvalidInput) as refused:
                desk.quote([LineRequest("laminating", {"option": "A4"})])
            assert refused.value.code == "service_retired"
            assert by_service()["laminating"] == ("过塑 Laminating", 1600)  # its past sales stay in the reports
            assert "过塑 A3" in "\n".join(receipt_lines(desk.receipt(lam.sale_id), ("酒店", "Hotel"), 32))
            prices = desk.save_price_list_pdf(str(tmp_path / "prices.pdf"))
            listed = text_of_pdf(prices)
            assert "Stationery" in listed and "Laminating" not in listed  # the list on the wall: offered only
            assert "件 item" in listed
        finally:
            desk.close()
    assert ledger_breaches(engine) == []


def test_a_malformed_service_in_a_published_file_is_refused_with_the_reason(engine, db_url, tmp_path, monkeypatch,
                                                                            capsys):
    w = build_world(engine)
    before = unit_of_work(engine, lambda s: current_pricelist(s, w.clock.t).version_id)
    broken = {**STATIONERY, "rule": {**STATIONERY["rule"], "options": {"pen": {"zh": "签字笔", "en": "Pen"}}}}
    with time_machine.travel(w.clock.t, tick=True):
        assert publish(db_url, tmp_path, monkeypatch, lambda items: items.append(broken)) == 2
    err = capsys.readouterr().err
    assert "stationery" in err and "rate of option 'pen'" in err
    assert unit_of_work(engine, lambda s: current_pricelist(s, w.clock.t).version_id) == before


@pytest.fixture
def cheap_pins(monkeypatch):
    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def test_simulate_sells_the_simple_services_of_the_price_list_in_force(engine, cheap_pins):
    today = date(2026, 3, 5)
    start = today - timedelta(days=2)
    install_demo(engine, today)

    def add_services(s):
        sup = s.scalar(select(Staff.id).where(Staff.role == "supervisor").limit(1))
        items = [item for _, item in current_pricelist(s).items.values()]
        retired = {**LAMINATING["rule"], "retired": True}
        items += [PriceItem(**LAMINATING), PriceItem(**STATIONERY),
                  PriceItem("old_service", "旧服务", "Old service", "item", {**retired, "options": {
                      "x": {"zh": "甲", "en": "X", "rate_minor": 100}}, "default": "x"})]
        clock = load_settings(s).clock
        return publish_pricelist(s, sup, items, clock.at(start - timedelta(days=1), time(0, 0)), "new services")

    unit_of_work(engine, add_services)
    simulate(engine, days=1, seed=7, start=start)
    with Session(engine) as s:
        sold = set(s.scalars(select(SaleLine.service_code).distinct()))
    assert {"laminating", "stationery"} <= sold and "old_service" not in sold
    assert ledger_breaches(engine) == []
