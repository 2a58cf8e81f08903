"""The procedure's own checks, refused by the core whoever settles the sale (app, command line, simulator):
test copy before a colour or multi-copy run, proof before print and typing, the number read back before a
fax (kept on the fax record), the guest told of an unclear original."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bizcenter.models import SaleLine
from bizcenter.models.fax import FaxJob
from bizcenter.services import SERVICES, service
from bizcenter.workflows import fax_out, procedure
from bizcenter.workflows.counter import LineRequest
from scenario import assert_bilingual, build_world, ledger_breaches, refused, sell, sell_action


@pytest.fixture
def w(engine):
    return build_world(engine)


@pytest.mark.parametrize("service, params, record, missing", [
    ("copy", {"pages": 3, "colour": "colour"}, {}, "test_copy_approved"),
    ("copy", {"pages": 3, "copies": 5}, {"test_copy_approved": "yes"}, "test_copy_approved"),
    ("copy", {"pages": 1}, {"original_unclear": True}, "unclear_told"),
    ("scan", {"pages": 4}, {"original_unclear": True, "unclear_told": False}, "unclear_told"),
    ("print", {"pages": 2}, {"test_copy_approved": True}, "proof_checked"),  # the copy tick is not a proof
    ("typing", {"pages": 2, "language": "en"}, {}, "proof_checked"),
    ("fax_out", {"number": "010 6512 3456", "pages": 1}, {"recipient": "Mr. Tanaka"}, "read_back"),
])
def test_a_line_without_its_procedure_check_is_refused_by_the_core_and_nothing_written(w, service, params,
                                                                                       record, missing):
    err = refused(w, sell_action(w, w.clerk, [LineRequest(service, params, record=record)]),
                  "procedure_check_missing")
    assert err.params["missing"] == missing
    assert_bilingual(err)
    assert procedure.TICKS[missing][1] in err.message("en") and procedure.TICKS[missing][0] in err.message("zh")


@pytest.mark.parametrize("service, params, record", [
    ("copy", {"pages": 3}, {}),  # one black-and-white copy: no test copy asked
    ("copy", {"pages": 3, "colour": "colour", "copies": 4}, {"test_copy_approved": True}),
    ("copy", {"pages": 1}, {"original_unclear": True, "unclear_told": True}),
    ("scan", {"pages": 4}, {}),
    ("print", {"pages": 2}, {"proof_checked": True}),
    ("typing", {"pages": 2, "language": "en"}, {"proof_checked": True}),
    ("fax_out", {"number": "010 6512 3456", "pages": 1}, {"read_back": True}),
])
def test_a_line_with_its_checks_is_charged_and_keeps_them(w, service, params, record):
    receipt = sell(w, w.clerk, [LineRequest(service, params, record=record)])
    for key, value in record.items():
        assert receipt.lines[0].detail[key] == value
    assert ledger_breaches(w.engine) == []


def test_a_fax_is_not_sent_without_the_read_back_and_the_record_keeps_it(w):
    send = lambda read_back: lambda s: fax_out.send(s, w.clerk, "+81 3 1234 5678", "Mr. Tanaka", 2, None,  # noqa: E731
                                                    w.clock(), read_back=read_back)
    refused(w, send(False), "procedure_check_missing")
    job = w.run(send(True))
    assert w.run(lambda s: s.get(FaxJob, job.id).read_back) is True
    sent = w.run(lambda s: fax_out.record_result(s, w.clerk, job.id, "failed", "line dropped", w.clock()))
    again = w.run(lambda s: fax_out.resend(s, w.clerk, sent.id, w.clock()))
    assert w.run(lambda s: s.get(FaxJob, again.id).read_back) is True  # the resend is the same fax, same number
    w.run(lambda s: fax_out.record_result(s, w.clerk, again.id, "sent", None, w.clock()))
    line = w.run(lambda s: fax_out.job_view(s, job.id)).bill_line
    receipt = sell(w, w.clerk, [line])
    assert receipt.lines[0].detail["read_back"] is True


def test_simulated_lines_carry_the_ticks_the_forms_ask(engine, monkeypatch):
    """The simulator keys what the forms ask (proof on print lines, not a test copy) and passes the checks."""
    from argon2 import PasswordHasher

    from bizcenter.demo import install_demo
    from bizcenter.simulate import simulate

    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    today = date(2026, 3, 5)
    install_demo(engine, today)
    simulate(engine, days=1, seed=11, start=today - timedelta(days=1), counters=2)
    with Session(engine) as s:
        lines = s.scalars(select(SaleLine).where(SaleLine.service_code.in_([s.code for s in SERVICES if s.procedure]))).all()
    assert {line.service_code for line in lines} >= {"copy", "print", "fax_out"}
    for line in lines:
        params = {k: line.detail[k] for k in ("colour", "copies") if k in line.detail}
        assert service(line.service_code).missing(params, line.detail) == [], (line.service_code, line.detail)
    assert all("test_copy_approved" not in line.detail for line in lines if line.service_code == "print")
    assert ledger_breaches(engine) == []
