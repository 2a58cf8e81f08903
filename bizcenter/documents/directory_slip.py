"""The city-directory slip (城市指南) a guest takes away, from `workflows.directory.EntryView`: the place's
name and address in Chinese (for the taxi driver) and in English, phone, opening hours, website and notes;
laid out by the slip helpers so it fits 32 and 48 columns in every encoding the printer takes."""
from __future__ import annotations

from ..workflows.codenames import DIRECTORY_CATEGORIES_NAMED
from .slip import centre, encoding_of, fit, pad, wrapped

TITLE = "城市指南 CITY GUIDE"
FOR_THE_DRIVER = "司机师傅：请送我到以上中文地址"
FOR_THE_GUEST = "Show the Chinese address to the driver"


def _block(text: str, width: int, indent: str = "") -> list[str]:
    return [line for para in text.split("\n") for line in (wrapped(para, width, indent) or [""])]


def directory_slip_lines(view, hotel: tuple[str, str], width: int = 42) -> list[str]:
    zh, en = DIRECTORY_CATEGORIES_NAMED.get(view.category, (view.category, view.category))
    out = [centre(hotel[0], width), centre(hotel[1], width), centre(TITLE, width), "-" * width,
           centre(f"{zh} {en}", width)]
    out += [centre(name, width) for name in (view.name_zh, view.name_en) if name]
    if view.address_zh or view.address_en:
        out += ["-" * width, "地址 Address:"]
        out += _block(view.address_zh, width, "  ") if view.address_zh else []
        out += _block(view.address_en, width, "  ") if view.address_en else []
    out.append("-" * width)
    if view.phone_shown:
        out.append(pad("电话 Phone", view.phone_shown, width))
    if view.hours:
        out += ["营业时间 Hours:", *_block(view.hours, width, "  ")]
    if view.website:
        out += ["网址 Web:", *_block(view.website, width, "  ")]
    if view.notes:
        out += ["备注 Notes:", *_block(view.notes, width, "  ")]
    if view.address_zh and encoding_of(width) != "plain":  # an ASCII printer cannot print the Chinese
        out += ["-" * width, centre(FOR_THE_DRIVER, width), centre(FOR_THE_GUEST, width)]
    if view.example:
        out.append(centre("示例资料，请核实 Example: please check", width))
    out += ["", centre("商务中心 Business Centre", width)]
    return fit(out, width)
