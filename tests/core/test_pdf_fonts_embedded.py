"""Every PDF the product makes names only fonts it embeds: poppler's `pdffonts` lists each font a PDF
references, and a font not embedded (Helvetica on a page, Times-Roman in a chart label) is one a
reader substitutes or asks a font pack for. Daily, shift, weekly, yearly, folio, price list, itinerary, fapiao list.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

from bizcenter.documents.itinerary import write_itinerary
from bizcenter.documents.pdf_reports import REPORT_KINDS, write_report
from bizcenter.workflows import tickets
from bizcenter.workflows.settings import load_settings
from scenario import DAY, close_shift
from test_pdf_reports import busy_day
from test_tickets import delivered_order

pytestmark = pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")


def fonts_of(path) -> list[dict]:
    """pdffonts' table as dicts: name, type, emb (yes/no), sub, uni."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    rule = lines[1]  # '---- ---- ...': the column spans
    spans, start = [], 0
    for part in rule.split(" "):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    names = ("name", "type", "encoding", "emb", "sub", "uni", "object", "id")
    return [{k: line[a:b].strip() for k, (a, b) in zip(names, spans)} | {"emb": line.split()[-5]}
            for line in lines[2:] if line.strip()]


@pytest.fixture
def pdfs(engine, tmp_path):
    w = busy_day(engine)
    order = delivered_order(w)
    view, settings = w.run(lambda s: (tickets.view(s, order.id, None), load_settings(s)))
    made = {"itinerary": write_itinerary(view, settings, tmp_path / "itinerary.pdf")}
    made["fapiao"] = fapiao_list_pdf(w, tmp_path / "fapiao.pdf")
    close_shift(w, w.clerk, note="交班 handover")
    args = {"daily": {"day": DAY}, "weekly": {"day": DAY}, "yearly": {"day": DAY},
            "shift": {"shift_id": w.shifts[w.clerk]}, "folio": {"stay_id": w.stays["0808"]}, "pricelist": {}}
    assert set(args) == set(REPORT_KINDS)  # a new report kind must be added here
    for kind, kw in args.items():
        made[kind] = w.run(lambda s, k=kind, a=kw: write_report(s, k, tmp_path / f"{k}.pdf", **a))
    return made


def fapiao_list_pdf(w, path):
    """The finance office's fapiao list, with a special VAT request on it."""
    from bizcenter.documents.fapiao_list import write_pdf
    from bizcenter.workflows import fapiao
    from scenario import copies, sell
    from test_fapiao import SPECIAL

    sale = sell(w, w.clerk, [copies(10)])
    w.run(lambda s: fapiao.request(s, w.clerk, [sale.sale_id], SPECIAL, w.clock()))
    return w.run(lambda s: write_pdf(fapiao.day_list(s, w.sup_id, DAY), path, ("大酒店", "Grand Hotel"),
                                     load_settings(s).clock.now()))


def test_every_pdf_embeds_every_font_it_names(pdfs):
    for kind, path in pdfs.items():
        fonts = fonts_of(path)
        assert fonts, kind
        missing = [f["name"] for f in fonts if f["emb"] != "yes"]
        assert not missing, f"{kind}: fonts not embedded: {missing}"
        assert not [f["name"] for f in fonts if any(base in f["name"] for base in ("Helvetica", "Times", "Courier",
                                                                                   "STSong"))], kind


def test_the_company_statement_embeds_its_fonts(engine, tmp_path):
    from bizcenter.documents.pdf_statement import write_company_statement
    from bizcenter.workflows import companies as co
    from bizcenter.workflows.lines import PaymentRequest
    from scenario import build_world, copies, sell, total_of

    w = build_world(engine)
    data = co.CompanyInput("ACME", "艾克美贸易 Acme Trading", 100_000, 30, "北京市朝阳区", True,
                           (co.ContactInput("张伟", "13812345678"),))
    acme = w.run(lambda s: co.save_company(s, w.sup_id, data, at=w.clock()))
    sell(w, w.clerk, [copies(10)], [PaymentRequest("account", total_of(w, [copies(10)]), guest_name="张伟",
                                                   company_id=acme)])
    path = w.run(lambda s: write_company_statement(s, acme, DAY, tmp_path / "statement.pdf"))
    fonts = fonts_of(path)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    assert not [f["name"] for f in fonts if any(base in f["name"] for base in ("Helvetica", "Times", "STSong"))]
