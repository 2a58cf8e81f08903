"""The guest's air-ticket order confirmation / itinerary: one bilingual A4 page, CJK font embedded.

Built from the order's view as any viewer but a supervisor sees it, so ID numbers are masked on
paper. Departure times are printed in the origin airport's local time, as airlines print them.
"""
from __future__ import annotations

from pathlib import Path

from ..money import plain
from .fonts import register_pdf_font

STATE_NAMES = {"enquiry": ("询价", "Enquiry"), "reserved": ("已订座", "Reserved"), "paid": ("已付款", "Paid"),
               "issued": ("已出票", "Issued"), "delivered": ("已交付", "Delivered"), "changed": ("已改签", "Changed"),
               "refunded": ("已退票", "Refunded"), "cancelled": ("已取消", "Cancelled")}
CABIN_NAMES = {"economy": "经济舱 Economy", "premium": "超级经济舱 Premium", "business": "公务舱 Business",
               "first": "头等舱 First"}
ID_NAMES = {"id_card": "身份证 ID card", "passport": "护照 Passport", "other": "其他 Other"}


def _esc(text) -> str:
    return str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_itinerary(order, settings, path: str | Path) -> str:
    """Write the PDF to `path` and return it; `order` is a TicketOrderView, `settings` the hotel's."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = register_pdf_font()
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("t", parent=body, fontSize=16, leading=22)
    h2 = ParagraphStyle("h", parent=body, fontSize=11.5, leading=16, spaceBefore=8, spaceAfter=3)
    P = lambda t, st=body: Paragraph(_esc(t), st)  # noqa: E731

    def grid(header, rows, widths):
        t = Table([[P(h, small) for h in header]] + [[P(c) for c in r] for r in rows], colWidths=[w * mm for w in widths])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),  # a cell's default is Helvetica, not embedded
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    hotel = f"{settings.hotel_name_zh}  {settings.hotel_name_en}"
    state_zh, state_en = STATE_NAMES.get(order.state, (order.state, order.state))
    story = [P(hotel, small), P("机票订单确认 / 行程单   Air-ticket order confirmation / itinerary", title),
             P(f"订单号 Order {order.number}    状态 Status: {state_zh} {state_en}    "
               f"订座编号 PNR: {order.pnr or '—'}    出票代理 Agency: {order.agency}"),
             P(f"联系人 Contact: {order.contact_name}  {order.contact_phone}"
               + (f"    房号 Room {order.room}" if order.room else "")),
             Spacer(1, 4 * mm), P("航班 Flights", h2)]
    segs = [s for s in order.segments if s.status == "active"]
    story.append(grid(["航班 Flight", "出发 From", "到达 To", "起飞（当地时间） Departs (local)", "舱位 Cabin", "备注 Note"],
                      [[s.flight, f"{s.origin} {s.origin_city}", f"{s.destination} {s.destination_city}",
                        s.departs_local.strftime("%Y-%m-%d %H:%M"), CABIN_NAMES.get(s.cabin, s.cabin),
                        {"delay": "延误 Delayed", "cancellation": "取消 Cancelled"}.get(s.disruption, "")]
                       for s in segs], [20, 32, 34, 34, 34, 24]))
    story += [P("旅客 Passengers", h2),
              grid(["姓名（与证件一致） Name as on ID", "证件 ID", "证件号 ID no.", "有效期 Expires", "票号 Ticket no."],
                   [[p.name, ID_NAMES.get(p.id_type, p.id_type), p.id_number, p.id_expiry.isoformat(),
                     p.ticket_no or "—"] for p in order.passengers], [48, 28, 40, 24, 40])]
    cur = settings.currency
    story += [P("费用 Charges", h2),
              grid(["项目 Item", f"金额 Amount ({cur})"],
                   [["票价 Fare (collected for the agency)", plain(order.fare_minor)],
                    ["税费 Taxes", plain(order.taxes_minor)],
                    ["已收合计（未含服务费与税） Collected, before service charge and tax", plain(order.collected_minor)]],
                   [120, 50])]
    if order.notes:
        story += [P("特殊要求 Special requests", h2), P(order.notes)]
    story += [Spacer(1, 6 * mm),
              P("请携带与订票姓名一致的有效证件，国内航班请于起飞前 90 分钟、国际航班 3 小时到达机场。"
                "Bring the ID named on the ticket; be at the airport 90 minutes before a domestic and 3 hours "
                "before an international departure.", small)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=f"{order.number} itinerary", author=settings.hotel_name_en,
                            initialFontName=font)  # else every page names Helvetica, which is not embedded
    from ..fileperms import private_file, private_umask

    with private_umask():  # passengers' ID numbers: 0600 (bizcenter.fileperms)
        doc.build(story)
    private_file(path)
    return str(path)


def itinerary_slip(order, settings) -> list[str]:
    """The same confirmation as lines for the receipt printer. The paper is not known yet (the queue lays
    the lines out at 58 or 80 mm): titles are marked centred and each label/value marked a pair
    (`slip.CENTRED`, `slip.PAIR`, laid out by `slip.marked`), so a value stays right-aligned on its label's line when both fit."""
    from .slip import CENTRED, PAIR

    def pair(label: str, value) -> str:
        return f"{label}{PAIR}{str(value or '').replace(PAIR, ' ')}"

    state_zh, state_en = STATE_NAMES.get(order.state, (order.state, order.state))
    lines = [CENTRED + settings.hotel_name_zh, CENTRED + settings.hotel_name_en, CENTRED + "机票订单确认 Air-ticket order",
             pair("订单号 Order", order.number), pair("状态 Status", f"{state_zh} {state_en}"),
             pair("代理 Agency", order.agency)]
    if order.pnr:
        lines.append(pair("订座编号 PNR", order.pnr))
    lines.append("")
    for p in order.passengers:
        lines.append(pair(f"旅客 Passenger {p.seq}", p.id_name))
        lines.append(pair(f"  {ID_NAMES.get(p.id_type, p.id_type)}", p.id_number))
        if p.ticket_no:
            lines.append(pair("  票号 Ticket", p.ticket_no))
    lines.append("")
    for s in (s for s in order.segments if s.status != "replaced"):
        lines.append(pair(f"航班 Flight {s.airline}{s.flight_no}", f"{s.origin}→{s.destination}"))
        lines.append(f"  {s.origin_city} → {s.destination_city}")
        lines.append(pair("  起飞 Departs", f"{s.departs_local:%Y-%m-%d %H:%M}"))
        lines.append(pair("  舱位 Cabin", CABIN_NAMES.get(s.cabin, s.cabin)))
        if s.disruption:
            lines.append("  ！航班延误或取消 Flight delayed or cancelled")
    lines += ["", pair("票价 Fare", plain(order.fare_minor)), pair("税费 Taxes", plain(order.taxes_minor)), "",
              "请于起飞前至少 2 小时到达机场", "Please be at the airport 2 hours before departure"]
    return lines
