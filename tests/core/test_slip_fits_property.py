"""Every printed line of every slip fits its paper, in every encoding, whatever the bill and the names.

Random bills (services, quantities, discounts, split payments, room charges, rounding), names
(Chinese, accented Latin, Vietnamese, very long), reasons and addresses; each slip is rendered to the
ESC/POS bytes a printer gets at 58 mm (32 columns) and 80 mm (48) in GB18030, Big5 and raster. Text
lines are measured as the printer counts them — one column per byte, a two-byte character double —
and must hold only one- or two-byte characters; raster runs must be exactly as many rows as the
lines drawn (a line the renderer had to wrap would add a row).
"""
from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bizcenter.documents.internet_slip import internet_slip_lines
from bizcenter.documents.directory_slip import directory_slip_lines
from bizcenter.documents.message_slip import message_slip_lines
from bizcenter.documents.slip import (Paper, fax_notice_lines, fit, receipt_lines, shift_slip_lines,
                                      voucher_lines)
from slip_samples import (HOTEL, count, directory_view, fax_view, item, message_view, payment, printed_job, receipt, session_info,
                          shift_report, tariff)

PAPERS = ((58, 32), (80, 48))
ENCODINGS = ("gb18030", "big5", "raster")
SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ["王芳", "Nguyễn Văn Ăn", "Trần Thị Bích Ngọc", "Jürgen Öztürk", "Łukasz Dąbrowski", "José Ñúñez",
         "欧阳娜娜 Nana Ouyang", "Procurement team 采购部", "Ștefan Țurcanu", "Ms. Smith-Wellington-Fairfax III",
         "上海电气集团股份有限公司采购部第三事业部", "Dr. ×￥·—", "Supercalifragilisticexpialidocious"]
TEXT = st.text(st.sampled_from("abcdefghij KLMN 0123 ,./-() 会议取消传真复印分钟台北市 éöüễăđß ×￥¥·—“”…，。："),
               max_size=70)
NAME = st.one_of(st.sampled_from(NAMES), TEXT)
SERVICES = [("复印", "Copy A4"), ("彩色复印", "Copy B5 colour double-sided"), ("传真发送", "Fax out"),
            ("快递", "Courier to 台北市信义区 Taipei, Taiwan"), ("上网", "Internet"), ("装订", "Binding / Typing")]


@st.composite
def bills(draw, kind=None):
    lines = []
    for n in range(draw(st.integers(1, 6))):
        zh, en = draw(st.one_of(st.sampled_from(SERVICES), st.tuples(TEXT, TEXT)))
        qty = draw(st.integers(1, 999))
        amount = draw(st.integers(0, 9_999_999))
        discount = draw(st.one_of(st.just(0), st.integers(1, 100_000)))
        lines.append(item(zh or "服务", en or "Service", qty, amount, discount, n + 1))
    kind = kind or draw(st.sampled_from(["sale", "void", "refund"]))
    if kind != "sale":
        lines = [item(l.name_zh, l.name_en, -l.quantity, -l.amount_minor, -l.discount_minor, l.line_no)
                 for l in lines]
    r = receipt(lines, kind=kind, reason=draw(TEXT) if kind != "sale" else None, clerk=draw(NAME),
                rounding=draw(st.sampled_from([0, -2, 3])))
    methods = draw(st.lists(st.sampled_from(["cash", "card", "room", "qr"]), min_size=1, max_size=3))
    share, payments = r.total_minor // len(methods), []
    for i, m in enumerate(methods):
        amount = share if i < len(methods) - 1 else r.total_minor - share * (len(methods) - 1)
        if m == "room":
            payments.append(payment("room", amount, draw(st.text("0123456789AB", min_size=1, max_size=6)),
                                    draw(NAME), f"V-{i:06d}"))
        elif m == "cash":
            payments.append(payment("cash", amount, tendered=amount + 1000, change=1000))
        elif m == "qr":  # a wallet's name and its transaction reference (up to 40 characters)
            wallet = draw(st.sampled_from(["wechat", "alipay", "unionpay"]))
            reference = draw(st.text("0123456789ABCDEFXYZ-", min_size=4, max_size=40))
            payments.append(replace(payment("qr", amount), provider=wallet, reference=reference))
        else:
            payments.append(payment("card", amount))
    fapiao = draw(st.one_of(st.none(), st.tuples(st.sampled_from(["ordinary", "special"]), NAME)))  # requested
    return replace(r, payments=tuple(payments), fapiao=fapiao)


def assert_fits(make_lines) -> None:
    """`make_lines(width)` for each paper and encoding: every printed line fits."""
    for paper, cols in PAPERS:
        for enc in ENCODINGS:
            lines = make_lines(Paper(cols, enc))
            assert lines, "a slip with no lines"
            text, runs = printed_job(lines, paper, enc)
            too_wide = [l.decode(enc, "replace") for l in text if len(l) > cols]
            assert not too_wide, (paper, enc, too_wide)
            for line in text:
                decoded = line.decode(enc)  # strict: the bytes are the code page's
                assert all(len(ch.encode(enc)) <= 2 for ch in decoded), (enc, decoded)
            assert len(text) + sum(runs) == len(lines), (paper, enc, "a raster line had to wrap")


@SETTINGS
@given(bills(), st.booleans())
def test_receipts_voids_and_refunds_fit(r, copy):
    assert_fits(lambda w: receipt_lines(r, HOTEL, w, copy=copy))


@SETTINGS
@given(bills(), st.sampled_from(["guest", "accounts"]), st.booleans())
def test_room_charge_vouchers_fit(r, who, reprint):
    if not any(p.method == "room" for p in r.payments):
        return
    assert_fits(lambda w: voucher_lines(r, HOTEL, w, who, reprint=reprint))


@SETTINGS
@given(bills(), NAME, NAME, st.sampled_from(["guest", "accounts"]), st.booleans())
def test_company_account_receipts_and_vouchers_fit(r, company, signer, who, reprint):
    from dataclasses import replace

    from bizcenter.workflows.receipts import ReceiptPayment

    charged = ReceiptPayment("account", r.total_minor, None, None, None, None, None, signer, "V-000042",
                             company=company)
    r = replace(r, payments=(charged,))
    assert_fits(lambda w: receipt_lines(r, HOTEL, w))
    assert_fits(lambda w: voucher_lines(r, HOTEL, w, who, reprint=reprint))


@SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from([f"{zh} {en}" for zh, en in SERVICES]), TEXT),
                          st.integers(-99_999_999, 99_999_999)), max_size=16),
       st.lists(st.tuples(TEXT, st.integers(0, 999), st.integers(-9_999_999, 99_999_999)), max_size=4),
       NAME, st.booleans(), st.sampled_from([0, 1, 2]), TEXT)
def test_x_z_and_shift_slips_fit(services, payments, clerk, final, recounts, reason):
    counts = [count(51500 + i, i, approved_by=clerk, reason=reason) for i in range(recounts)]
    report = shift_report(services, payments or [("现金 Cash", 1, 100)], clerk, counts)
    assert_fits(lambda w: shift_slip_lines(report, "BC1", HOTEL, report.business_date and
                                           __import__("datetime").datetime(2026, 12, 6, 23, 59), w,
                                           final=final, counted_minor=51000,
                                           chain_head="#123456:9f3a0b1c2d3e4f50"))


@SETTINGS
@given(NAME, st.one_of(st.none(), NAME), st.one_of(st.none(), st.text("0123456789", min_size=1, max_size=5)))
def test_fax_notices_fit(written, sender, room):
    assert_fits(lambda w: fax_notice_lines(fax_view(written, sender, room), HOTEL, w))


@SETTINGS
@given(NAME, NAME, st.one_of(st.just(""), NAME), st.text("0123456789+-() ", max_size=40),
       st.lists(TEXT, min_size=1, max_size=4), st.booleans(), st.sampled_from(["phone", "visitor"]), NAME)
def test_message_slips_fit(guest, caller, company, phone, paragraphs, callback, kind, clerk):
    view = message_view(guest, caller, company, phone, "\n".join(paragraphs) or "x", callback, kind, clerk)
    assert_fits(lambda w: message_slip_lines(view, HOTEL, w))


@SETTINGS
@given(st.sampled_from(["office", "consulate", "bank", "hospital", "shop", "transport", "restaurant", "other"]),
       NAME, NAME, st.lists(TEXT, max_size=3), st.lists(TEXT, max_size=3), st.text("0123456789+ ", max_size=20),
       TEXT, st.one_of(st.just(""), st.text("abcdefghijklmnopqrstuvwxyz./:-", max_size=90)), TEXT, st.booleans())
def test_city_directory_slips_fit(category, name_zh, name_en, address_zh, address_en, phone, hours, website, notes,
                                  example):
    view = directory_view(category, name_zh, name_en, "\n".join(address_zh), "\n".join(address_en), phone, hours,
                          website, notes, example)
    assert_fits(lambda w: directory_slip_lines(view, HOTEL, w))


@SETTINGS
@given(NAME, st.one_of(st.none(), st.text("0123456789", min_size=1, max_size=5)), NAME,
       st.integers(1, 99_999), st.integers(1, 600), st.integers(1, 9), st.integers(0, 120))
def test_internet_login_slips_fit(guest, room, clerk, rate, block, minimum, grace):
    info = session_info(guest, room, clerk)
    assert_fits(lambda w: internet_slip_lines(info, tariff(rate, block, minimum, grace), HOTEL, "Asia/Shanghai", w))


@SETTINGS
@given(st.lists(st.one_of(TEXT, NAME, st.sampled_from(["寄往 To: 台北市信义区松仁路 100 号 No. 100, Songren Road, "
                                                       "Xinyi District, Taipei, Taiwan"])), min_size=1, max_size=8))
def test_plain_line_jobs_fit(lines):
    """Itineraries, courier slips, test pages: the queue wraps their lines to the printer's paper."""
    assert_fits(lambda w: fit(lines, w))
