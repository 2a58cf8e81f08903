"""The message slip (留言条) for a guest, from `workflows.messages.MessageView`: who it is for, who called or
came and how to reach them, the message, whether to call back; laid out by the slip helpers so it fits
32 and 48 columns in every encoding the printer takes."""
from __future__ import annotations

from .slip import centre, fit, pad, wrapped

KIND_TITLES = {"phone": "电话留言 PHONE MESSAGE", "visitor": "访客留言 VISITOR'S MESSAGE"}


def message_slip_lines(view, hotel: tuple[str, str], width: int = 42) -> list[str]:
    out = [centre(hotel[0], width), centre(hotel[1], width), centre(KIND_TITLES.get(view.kind, "留言 MESSAGE"), width),
           "-" * width,
           pad("致 To", view.guest_name, width),
           pad("房号 Room", view.room, width),
           pad("时间 Time", view.taken_at.strftime("%Y-%m-%d %H:%M"), width),
           "-" * width,
           pad("来自 From", view.caller_name, width)]
    if view.caller_company:
        out.append(pad("公司 Company", view.caller_company, width))
    if view.caller_phone:
        out.append(pad("电话 Phone", view.caller_phone, width))
    out += ["-" * width, *[line for para in view.text.split("\n") for line in (wrapped(para, width) or [""])],
            "-" * width]
    if view.callback:
        out.append(centre("请回电 PLEASE CALL BACK", width))
    out += [pad("经办 Taken by", view.taken_by, width),
            pad("编号 Ref.", view.ref, width),
            "", centre("商务中心 Business Centre", width)]
    return fit(out, width)
