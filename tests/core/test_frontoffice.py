"""The front office's files: the in-house guest CSV comes in all or nothing and updates by folio; the
room charges go out once each, reversals included, with nothing a spreadsheet would run as a formula."""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from bizcenter.db import unit_of_work
from bizcenter.errors import InvalidInput, NotAllowed
from bizcenter.models import AuditEntry, PostingExport, Stay
from bizcenter.workflows.exports import confirm_batch
from bizcenter.workflows.frontoffice import EXPORT_COLUMNS, export_postings, import_guests
from bizcenter.workflows.guests import chargeable_stay, name_key
from bizcenter.workflows.reversal import void_sale
from scenario import (DAY, SUP, assert_bilingual, build_world, copies, ledger_breaches, refused, room, sell, snapshot,
                      total_of)

HEADER = "folio,room,guest_names,arrival,departure,status,vip,no_post,credit_limit"
GOOD = (
    'F001,3208,"Müller, Hans",2026-03-08,2026-03-13,in_house,N,N,5000.00',
    "F002,3301,张伟; 李静,2026-03-09,2026-03-12,in_house,Y,N,",
    "F003,3302,O'Brien Mary,2026-03-09,2026-03-15,,1,0,10000",
    "F004,3303,García López José,2026-03-10,2026-03-12,in_house,no,yes,",
    "F005,3304,Li Lei,2026-03-01,2026-03-05,checked_out,N,N,",
)
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo_guests.csv"


def guest_csv(*lines: str, header: str = HEADER, encoding: str = "utf-8", sep: str = ",") -> bytes:
    text = "\r\n".join([header.replace(",", sep), *lines]) + "\r\n"
    return text.encode(encoding)


def run_import(engine, source, staff_id=None):
    return unit_of_work(engine, lambda s: import_guests(s, staff_id, source))


def rejected(engine, source) -> InvalidInput:
    """Import `source`, expect import_rejected, and check nothing but the audit note was written."""
    before = snapshot(engine)
    with pytest.raises(InvalidInput) as info:
        run_import(engine, source)
    err = info.value
    assert err.code == "import_rejected"
    assert_bilingual(err)
    after = snapshot(engine)
    assert after.pop("audit_log") == before.pop("audit_log") + 1  # the refusal is noted, nothing else
    assert after.pop("ledger_chain") == before.pop("ledger_chain") + 1  # and that note is chained
    assert after == before
    return err


def stays(engine) -> dict[str, Stay]:
    def read(s):
        rows = s.scalars(select(Stay).order_by(Stay.id)).all()
        for r in rows:
            r.guests  # load while the session is open
        return {r.external_ref: r for r in rows}

    return unit_of_work(engine, read)


# --- import -------------------------------------------------------------------------------------------
def test_import_creates_stays_with_every_guest_flag_and_limit(engine):
    result = run_import(engine, guest_csv(*GOOD))
    assert (result.created, result.updated, result.checked_out, result.errors) == (5, 0, 0, ())
    got = stays(engine)
    assert [g.name for g in got["F002"].guests] == ["张伟", "李静"]
    assert all(g.name_key == name_key(g.name) for s in got.values() for g in s.guests)
    f1, f2, f3, f4, f5 = (got[f"F00{i}"] for i in range(1, 6))
    assert (f1.room, f1.arrival, f1.departure, f1.credit_limit_minor) == ("3208", date(2026, 3, 8),
                                                                           date(2026, 3, 13), 500_000)
    assert (f2.vip, f2.no_post, f2.credit_limit_minor) == (True, False, None)
    assert (f3.status, f3.vip, f3.credit_limit_minor) == ("in_house", True, 1_000_000)
    assert (f4.vip, f4.no_post) == (False, True)
    assert f5.status == "checked_out"


def test_the_demo_file_imports_forty_stays_two_of_them_checked_out(engine):
    result = run_import(engine, DEMO)
    got = stays(engine)
    assert result.created == len(got) == 40
    assert sum(s.status == "checked_out" for s in got.values()) == 2
    assert any(len(s.guests) == 2 for s in got.values()) and any(s.no_post for s in got.values())
    assert any(s.vip for s in got.values()) and any(s.credit_limit_minor for s in got.values())


def test_reimport_updates_by_folio_and_never_duplicates(engine):
    run_import(engine, guest_csv(*GOOD))
    changed = (
        'F001,3210,"Müller, Hans; Müller, Anna",2026-03-08,2026-03-14,in_house,Y,N,6000.00',  # moved room
        "F002,3301,张伟; 李静,2026-03-09,2026-03-12,checked_out,Y,N,",                      # left
        "F003,3302,O'Brien Mary,2026-03-09,2026-03-15,,1,0,10000",                          # as before
        "F006,3305,Tanaka Hiroshi,2026-03-10,2026-03-11,,,,",                               # new
    )
    result = run_import(engine, guest_csv(*changed))
    assert (result.created, result.updated, result.checked_out, result.unchanged) == (1, 1, 1, 1)
    got = stays(engine)
    assert len(got) == 6  # F004 and F005 were not in the file and are left as they were
    f1 = got["F001"]
    assert (f1.room, f1.departure, f1.vip, f1.credit_limit_minor) == ("3210", date(2026, 3, 14), True, 600_000)
    assert [g.name for g in f1.guests] == ["Müller, Hans", "Müller, Anna"]
    assert got["F002"].status == "checked_out" and got["F004"].status == "in_house"


def test_an_unchanged_reimport_changes_nothing_but_the_audit_log(engine):
    run_import(engine, guest_csv(*GOOD))
    before = snapshot(engine)
    result = run_import(engine, guest_csv(*GOOD))
    assert (result.created, result.updated, result.checked_out, result.unchanged) == (0, 0, 0, 5)
    after = snapshot(engine)
    assert after.pop("audit_log") == before.pop("audit_log") + 1
    assert after.pop("ledger_chain") == before.pop("ledger_chain") + 1
    assert after == before


def test_the_import_is_audited_with_its_counts_and_file_name(engine, tmp_path):
    path = tmp_path / "fo-2026-03-10.csv"
    path.write_bytes(guest_csv(*GOOD))
    run_import(engine, path)
    entry = unit_of_work(engine, lambda s: s.scalars(select(AuditEntry).where(AuditEntry.action == "guests_imported")).one())
    assert entry.detail["file"] == "fo-2026-03-10.csv"
    assert (entry.detail["created"], entry.detail["rows"]) == (5, 5)


def test_one_bad_row_among_good_ones_rejects_the_file_names_the_row_and_writes_nothing(engine):
    run_import(engine, guest_csv(*GOOD[:2]))
    lines = list(GOOD)
    lines[0] = 'F001,3299,"Müller, Hans",2026-03-08,2026-03-13,in_house,N,N,5000.00'  # an update…
    lines[3] = "F004,3303,García López José,2026-03-12,2026-03-10,in_house,N,N,"  # …and a bad row 5
    err = rejected(engine, guest_csv(*lines))
    [row_error] = err.params["errors"]
    assert row_error.row == 5
    assert str(row_error) == "第 5 行：离店日期早于到店日期 / Row 5: departure is before arrival"
    assert stays(engine)["F001"].room == "3208"  # the good rows did not go in either
    note = unit_of_work(engine, lambda s: s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first())
    assert (note.action, note.detail["errors"]) == ("guest_import_rejected", 1)


@pytest.mark.parametrize("row, en", [
    ("F009,3309,Bob,2026-02-30,2026-03-02,,,,", "arrival is not a date"),
    ("F009,3309,Bob,10/03/2026,2026-03-12,,,,", "arrival is not a date"),
    ("F009,3309,Bob,,2026-03-12,,,,", "the arrival date is missing"),
    ("F009,3309,Bob,2026-03-12,2026-03-11,,,,", "departure is before arrival"),
    ("F009,3309,Bob,2026-03-10,2026-03-12,,,,abc", "credit limit: Not an amount: abc"),
    ("F009,3309,Bob,2026-03-10,2026-03-12,,,,-5", "the credit limit cannot be negative"),
    ("F009,3309,Bob,2026-03-10,2026-03-12,,,,12.345", "credit limit: Too many decimal places"),
    ("F009,3309,Bob,2026-03-10,2026-03-12,,,,99999999.99", "the credit limit is too large"),
    ("F009,3309,Bob,2026-03-10,2026-03-12,,maybe,,", "vip must be Y or N: maybe"),
    ("F009,3309,Bob,2026-03-10,2026-03-12,gone,,,", "status must be in_house or checked_out: gone"),
    ("F009,,Bob,2026-03-10,2026-03-12,,,,", "the room is missing"),
    ("F009,33091234567,Bob,2026-03-10,2026-03-12,,,,", "the room is longer than 10 characters"),
    ("F009,3309, ; ,2026-03-10,2026-03-12,,,,", "at least one guest name is needed"),
    (",3309,Bob,2026-03-10,2026-03-12,,,,", "the folio number is missing"),
    ("F009,3309,O'Brien,Mary,2026-03-10,2026-03-12,,,,", "a comma inside a name must be quoted"),
])
def test_a_bad_value_is_reported_with_its_row_and_nothing_is_imported(engine, row, en):
    err = rejected(engine, guest_csv(GOOD[0], row))
    [row_error] = err.params["errors"]
    assert row_error.row == 3 and en in row_error.message("en"), row_error
    assert row_error.message("zh").startswith("第 3 行：")
    assert "nothing was written" in err.message("en") and "未写入任何内容" in err.message("zh")


def test_every_bad_row_is_reported_not_only_the_first(engine):
    err = rejected(engine, guest_csv("F1,1,A,2026-03-10,2026-03-09,,,,", GOOD[1], "F3,3,C,x,2026-03-09,,,,"))
    assert [e.row for e in err.params["errors"]] == [2, 4]
    assert err.params["count"] == 2


def test_a_folio_twice_in_one_file_is_an_error_naming_both_rows(engine):
    err = rejected(engine, guest_csv(GOOD[0], GOOD[1], GOOD[0].replace("3208", "3209")))
    [row_error] = err.params["errors"]
    assert row_error.row == 4 and "folio F001 repeats row 2" in row_error.message("en")


def test_a_missing_column_is_reported_on_the_header_row(engine):
    err = rejected(engine, guest_csv("F1,3208,2026-03-10,2026-03-12", header="folio,room,arrival,departure"))
    assert [str(e) for e in err.params["errors"]] == ["第 1 行：缺少列：guest_names / Row 1: missing column(s): guest_names"]


def test_chinese_excel_gb18030_file_with_chinese_flags_and_slashed_dates(engine):
    data = guest_csv("F101,0808,张伟；王芳,2026/3/9,2026/3/12,在店,是,否,2000.00",
                     "F102,0809,欧阳娜娜,2026/3/1,2026/3/5,离店,否,否,", encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really not UTF-8
    assert run_import(engine, data).created == 2
    got = stays(engine)
    assert [g.name for g in got["F101"].guests] == ["张伟", "王芳"]
    assert (got["F101"].vip, got["F101"].arrival, got["F102"].status) == (True, date(2026, 3, 9), "checked_out")


@pytest.mark.parametrize("encoding, sep", [("utf-8-sig", ","), ("utf-8", ","), ("utf-8-sig", "\t"), ("utf-8", ";")])
def test_utf8_with_or_without_bom_and_any_usual_separator(engine, encoding, sep):
    data = guest_csv(f"F201{sep}1208{sep}Müller Hans{sep}2026-03-08{sep}2026-03-13{sep}{sep}{sep}{sep}",
                     encoding=encoding, sep=sep)
    assert run_import(engine, data).created == 1
    assert [g.name for g in stays(engine)["F201"].guests] == ["Müller Hans"]


def test_rows_already_read_by_csv_dictreader_import_too(engine):
    rows = list(csv.DictReader(io.StringIO(guest_csv(*GOOD).decode())))
    assert run_import(engine, rows).created == 5


def test_a_file_that_is_not_text_is_refused_plainly(engine):
    with pytest.raises(InvalidInput) as info:
        run_import(engine, b"\x80\xff\xfe\x00binary")
    assert info.value.code == "import_unreadable"
    assert_bilingual(info.value)


@pytest.mark.parametrize("given", ["hans muller", "MÜLLER HANS", "Hans Müller"])
def test_an_imported_accented_name_is_found_at_the_counter_however_it_is_typed(engine, given):
    run_import(engine, guest_csv(*GOOD))
    stay, matched = unit_of_work(engine, lambda s: (lambda r: (s.get(Stay, r[0].id).external_ref, r[1]))(
        chargeable_stay(s, "3208", given, 100, date(2026, 3, 10))))
    assert (stay, matched) == ("F001", "Müller, Hans")


def test_a_stay_entered_by_hand_is_updated_by_the_import_with_its_folio(engine):
    from bizcenter.workflows.stays import StayInput, enter_stay

    w = build_world(engine, open_shifts=False)
    w.run(lambda s: enter_stay(s, w.sup_id, StayInput("3401", ("Anna Berg",), DAY, DAY, external_ref="F301")))
    result = run_import(engine, guest_csv("F301,3401,Anna Berg,2026-03-10,2026-03-12,,,,"))
    assert (result.created, result.updated) == (0, 1)
    assert stays(engine)["F301"].departure == date(2026, 3, 12)


def test_a_clerk_cannot_import_but_a_supervisor_can(engine):
    w = build_world(engine, open_shifts=False)
    with pytest.raises(NotAllowed):
        run_import(engine, guest_csv(*GOOD), staff_id=w.clerk.staff_id)
    assert run_import(engine, guest_csv(*GOOD), staff_id=w.sup_id).created == 5


# --- export -------------------------------------------------------------------------------------------
@pytest.fixture
def w(engine):
    world = build_world(engine)
    run_import(engine, guest_csv(*GOOD, "F007,3305,=cmd|' /C calc'!A0,2026-03-09,2026-03-12,,,,"))
    return world


def charge(w, room_no: str, name: str, pages: int = 10):
    lines = [copies(pages)]
    return sell(w, w.clerk, lines, [room(total_of(w, lines), room_no, name)])


def export(w, **kw):
    return w.run(lambda s: export_postings(s, None, **kw))


def parsed(result) -> list[dict]:
    return list(csv.DictReader(io.StringIO(result.csv_text())))


def confirmed(w, **kw):
    """An export whose batch the front office received and confirmed."""
    result = export(w, **kw)
    if result.batch:
        w.run(lambda s: confirm_batch(s, None, result.batch))
    return result


def marked(w) -> list[str]:
    return w.run(lambda s: s.scalars(select(PostingExport.batch)).all())


def test_export_writes_a_batch_that_marks_nothing_until_confirmed_then_each_posting_goes_once(w):
    a = charge(w, "3208", "hans muller")
    b = charge(w, "1501", "John Smith")
    first = export(w)
    assert first.batch and [r.voucher for r in first.rows] == [a.payments[0].voucher_no, b.payments[0].voucher_no]
    assert marked(w) == []  # written, not known to have arrived
    again = export(w)  # nobody confirmed: the same postings, the same batch
    assert (again.batch, again.rows) == (first.batch, first.rows)
    w.run(lambda s: confirm_batch(s, None, first.batch))
    assert marked(w) == [first.batch, first.batch]
    second = export(w)
    assert (second.batch, second.rows) == (None, ())
    c = charge(w, "3208", "Hans Müller")
    third = export(w)
    assert [r.voucher for r in third.rows] == [c.payments[0].voucher_no] and third.batch != first.batch
    assert ledger_breaches(w.engine) == []


def test_confirming_twice_or_a_stale_batch_is_refused_and_marks_nothing_more(w):
    charge(w, "3208", "hans muller")
    old = export(w).batch
    charge(w, "1501", "John Smith")
    new = export(w).batch  # carries both postings
    assert new != old
    w.run(lambda s: confirm_batch(s, None, new))
    refused(w, lambda s: confirm_batch(s, None, new), "batch_confirmed")
    err = refused(w, lambda s: confirm_batch(s, None, old), "batch_stale")
    assert new in err.message("en") and new in err.message("zh")
    refused(w, lambda s: confirm_batch(s, None, "FO999999"), "no_such_batch")
    assert marked(w) == [new, new]
    assert ledger_breaches(w.engine) == []


def test_export_columns_carry_folio_receipt_local_time_and_plain_amount(w):
    sale = charge(w, "3208", "hans muller")
    [row] = parsed(export(w, business_date=DAY))
    assert list(row) == list(EXPORT_COLUMNS)
    assert (row["folio"], row["room"], row["guest_name"]) == ("F001", "3208", "Müller, Hans")
    assert row["receipt"] == f"BC1-{sale.receipt_no:06d}" and row["business_date"] == DAY.isoformat()
    assert row["posted_at"].endswith("+08:00") and row["posted_at"].startswith("2026-03-10T")
    assert (row["amount"], row["currency"], row["kind"]) == (f"{sale.total_minor / 100:.2f}", "CNY", "sale")


def test_a_day_with_no_postings_exports_nothing_and_marks_nothing(w):
    charge(w, "3208", "hans muller")
    assert export(w, business_date=date(2026, 3, 9)).rows == ()
    assert w.run(lambda s: s.scalars(select(PostingExport)).all()) == []


def test_a_resend_includes_exported_postings_without_marking_them_again(w):
    charge(w, "3208", "hans muller")
    first = confirmed(w, business_date=DAY)
    again = export(w, business_date=DAY, only_unexported=False)
    assert again.batch is None and again.rows == first.rows
    assert len(w.run(lambda s: s.scalars(select(PostingExport)).all())) == 1


def test_a_void_is_exported_as_a_negative_posting(w):
    sale = charge(w, "3208", "hans muller")
    confirmed(w)
    void = w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "wrong room", SUP, w.clock()))
    [row] = parsed(export(w))
    assert (row["amount"], row["kind"]) == (f"-{sale.total_minor / 100:.2f}", "void")  # no quote before the minus
    assert row["voucher"] == void.payments[0].voucher_no


def test_a_formula_in_a_guest_name_is_neutralised_in_the_export(w):
    charge(w, "3305", "=cmd|' /C calc'!A0")
    [row] = parsed(export(w))
    assert row["guest_name"] == "'=cmd|' /C calc'!A0"
    assert not any(v[:1] in "=+@" for v in row.values())


def test_two_confirmations_at_once_never_hand_over_a_posting_twice(w):
    """The front office's feed and a supervisor confirm together: the second waits for the first, then
    finds the batch confirmed (SQLite) or is told to try again (PostgreSQL) — never marked twice."""
    import threading

    from sqlalchemy.orm import Session

    charge(w, "3208", "hans muller")
    batch = export(w).batch
    outcome = {}

    def second():
        try:
            outcome["result"] = w.run(lambda s: confirm_batch(s, None, batch))
        except NotAllowed as exc:
            outcome["refused"] = exc.code

    with Session(w.engine) as s, s.begin():
        first = confirm_batch(s, None, batch)
        thread = threading.Thread(target=second)
        thread.start()
        thread.join(0.5)  # the second confirmation is now waiting for this transaction
    thread.join(10)
    assert first.postings == 1
    assert outcome in ({"refused": "export_in_progress"}, {"refused": "batch_confirmed"}), outcome
    assert marked(w) == [batch]