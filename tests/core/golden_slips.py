"""Every kind of slip the counter prints, from one fixed world, as the printer receives it.

The world is `scenario.build_world` (fake clock from 2026-03-10 09:00 Shanghai, fixed guests and staff)
plus fixed sales, reversals, an internet login, a fax, an air-ticket order and two shift slips. What is
random or salted in the product is pinned here: internet account and password, the ledger chain's head
(it covers salted PIN hashes) and the printing time. Each slip goes through the print queue's
`build_slips` and `escpos_out.render`, exactly as a print job does, then `escpos_png` draws it.
"""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from unittest import mock

import time_machine

from bizcenter.chain.head import ChainHead
from bizcenter.documents.slip import PAPER_COLUMNS, Paper
from bizcenter.models.printing import PrintJob
from bizcenter.printing import escpos_out, queue
from bizcenter.printing.target import PrinterSpec
from bizcenter.workflows import directory, fax_in, internet, messages, reversal, tickets
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.fax_in import IncomingFax
from bizcenter.workflows.staff import Credentials
from escpos_png import draw_job
from scenario import SH, SUP, build_world, card, cash, close_shift, copies, line, room, sell, total_of

PAPERS = (58, 80)
ENCODINGS = ("gb18030", "big5", "raster", "plain")  # plain: ASCII printers, the English half
PRINTED_AT = datetime(2026, 3, 10, 18, 30, tzinfo=SH)
CHAIN_HEAD = ChainHead(1234, "9f3a0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccdd")


@dataclass(frozen=True)
class Job:
    name: str
    job_id: int
    slip_names: tuple[str, ...]  # one per slip the job prints (a room charge adds two vouchers)


def _pinned():
    """Random and salted values pinned for the whole build (codes, chain head, the clock)."""
    stack = ExitStack()
    codes = iter(["HK7P3W", "MX9RT4QE"] * 4)
    stack.enter_context(mock.patch.object(internet, "_code", lambda n: next(codes)[:n]))
    stack.enter_context(mock.patch("bizcenter.chain.checkpoints.now", lambda session: CHAIN_HEAD))
    stack.enter_context(time_machine.travel(PRINTED_AT, tick=False))
    return stack


def _enqueue(w, kind: str, sale_id=None, args=None, copy=False) -> int:
    return w.run(lambda s: queue.enqueue(s, counter_id=w.c1, staff_id=w.clerk.staff_id, kind=kind,
                                         sale_id=sale_id, args=args, copy=copy)).id


def build_jobs(engine) -> tuple[object, list[Job]]:
    """The world and one print job per kind of slip; nothing printed yet."""
    with _pinned():
        w = build_world(engine)
        jobs: list[Job] = []

        def add(name, kind, sale_id=None, args=None, copy=False, slips=None):
            jobs.append(Job(name, _enqueue(w, kind, sale_id, args, copy), tuple(slips or (name,))))

        plain = [copies(12), line("copy", pages=3, size="A3", colour="colour"), line("scan", pages=2)]
        total = total_of(w, plain)
        cash_sale = sell(w, w.clerk, plain, [cash(total, tendered=(total // 10000 + 1) * 10000)])
        add("receipt", "receipt", cash_sale.sale_id)
        add("receipt-reprint", "receipt", cash_sale.sale_id, copy=True)

        discounted = [LineRequest("copy", {"pages": 12}, discount_minor=240, reason="常客 Regular guest",
                                  record=line("copy", pages=12).record),
                      line("binding", type="comb", items=2)]
        d_sale = sell(w, w.clerk, discounted, [card(total_of(w, discounted))], approval=SUP)
        add("receipt-discount", "receipt", d_sale.sale_id)

        split = [line("typing", language="en", pages=3), copies(40), line("binding", type="thermal")]
        total = total_of(w, split)
        split_sale = sell(w, w.clerk, split, [room(total - 10000 - 2050, "1208", "Müller, Hans"),
                                              card(10000), cash(2050, tendered=2100)])
        add("room-split", "receipt", split_sale.sale_id,
            slips=("room-split-receipt", "room-split-voucher-guest", "room-split-voucher-accounts"))

        void_me = sell(w, w.clerk, [copies(5)])
        void = w.run(lambda s: reversal.void_sale(s, w.clerk, void_me.sale_id, "会议取消 Meeting cancelled, "
                                                  "guest left before the copies were made", SUP, w.clock()))
        add("void", "receipt", void.sale_id)

        charged = [line("translation", pair="en-zh", words=1800)]
        r_sale = sell(w, w.clerk, charged, [room(total_of(w, charged), "1501", "Mrs Jane Smith")])
        refund = w.run(lambda s: reversal.refund_sale(s, w.clerk, r_sale.sale_id, "译文有误 Translation had errors",
                                                      Credentials("S02", "8642"), w.clock()))
        add("refund-room", "receipt", refund.sale_id,
            slips=("refund-room-receipt", "refund-room-voucher-guest", "refund-room-voucher-accounts"))

        info = w.run(lambda s: internet.start_session(s, w.clerk, guest_name="张三", room="0808", at=w.clock()))
        add("internet-login", "internet_slip", args={"session_id": info.id})

        fax = w.run(lambda s: fax_in.register(
            s, w.clerk, IncomingFax(4, True, True, "Hans Mueller", "1208", "西门子采购部 Siemens Procurement team"),
            w.stays["1208"], "Müller, Hans", w.clock()))
        add("fax-arrived", "fax_notice", args={"fax_id": fax.id})

        msg = w.run(lambda s: messages.take(s, w.clerk, messages.NewMessage(
            "phone", "1501", "Jane Smith", "周女士 Ms Zhou", "下午三点的会议改到四点。The 3 pm meeting moved to 4 pm; "
            "please call back before six.", "+86 21 5555 0101", "上海电气集团 Shanghai Electric", True), w.clock()))
        add("message", "message_slip", args={"message_id": msg.id})

        entry = w.run(lambda s: directory.save(s, w.sup_id, directory.EntryInput(
            "hospital", "华山医院国际医疗中心", "Huashan Hospital International Medical Center",
            "上海市静安区乌鲁木齐中路12号8号楼", "Building 8, 12 Middle Urumqi Road, Jing'an District", "021 5288 7999",
            "24小时 24 hours", "", "英语服务 English-speaking doctors"), at=w.clock()))
        add("city-directory", "directory_slip", args={"entry_id": entry})

        add("itinerary", "lines", args={"lines": _itinerary(w), "title": "机票行程单 Itinerary"})

        sell(w, w.clerk2, [copies(2)])
        add("x-report", "x_slip", args={"shift_id": w.shifts[w.clerk2]})
        close_shift(w, w.clerk, off_by=-50)
        add("z-report", "z_slip", args={"shift_id": w.shifts[w.clerk]})
        return w, jobs


def _itinerary(w) -> list[str]:
    from datetime import date

    from bizcenter.documents.itinerary import itinerary_slip
    from bizcenter.workflows.settings import load_settings
    from bizcenter.workflows.tickets_input import OrderInput, PassengerInput, SegmentInput

    order = OrderInput(contact_name="张三", contact_phone="13800138000",
                       passengers=(PassengerInput("ZHANG/SAN", "Zhang San", "id_card", "110101199001011234",
                                                  date(2030, 1, 1)),),
                       segments=(SegmentInput("CA", "1501", "PEK", "SHA", datetime(2026, 3, 12, 8, 30), "economy"),),
                       fare_minor=120_000, taxes_minor=5_000, agency="国旅票务 CITS", pay_method="cash", room="0808")
    o = w.run(lambda s: tickets.create_order(s, w.clerk, order, w.clock()))
    w.run(lambda s: tickets.reserve(s, w.clerk, o.id, "HX7K2P", at=w.clock()))
    return w.run(lambda s: itinerary_slip(tickets.view(s, o.id, None), load_settings(s)))


def job_bytes(w, job: Job, paper_mm: int, encoding: str) -> bytes:
    """The bytes the printer receives for this job on this paper and encoding."""
    with _pinned():
        paper = Paper(PAPER_COLUMNS[paper_mm], encoding)  # as the queue's `claim` lays a job out
        slips = w.run(lambda s: queue.build_slips(s, s.get(PrintJob, job.job_id), paper))
    return escpos_out.render(slips, PrinterSpec("file", "/dev/null", paper_mm, encoding))


def images(w, job: Job, paper_mm: int, encoding: str) -> dict[str, object]:
    """{file stem: image} for each slip of the job, e.g. `receipt-58mm-gb18030`; plus the printer's notes."""
    drawn, notes = draw_job(job_bytes(w, job, paper_mm, encoding), paper_mm, encoding)
    names = job.slip_names if len(job.slip_names) == len(drawn) else tuple(
        f"{job.name}-{k}" for k in range(1, len(drawn) + 1))
    return {f"{n}-{paper_mm}mm-{encoding}": img for n, img in zip(names, drawn)}, notes
