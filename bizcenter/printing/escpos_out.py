"""Slips → ESC/POS bytes → the printer, every attempt bounded by the printer's timeout.

The bytes are built first on python-escpos's `Dummy` (so a slip costs the same whatever the
printer), then written in one go to a Network/Usb/Serial/File printer from python-escpos. Text
modes: GB18030 and Big5 send `FS &` (Chinese mode on Chinese-firmware printers) and every line in
that encoding, ASCII lines included (python-escpos's own code pages turn `，。：` into `?`); a line the
encoding lacks (simplified characters on a Big5 printer) is drawn as an image, as tall as a text line;
`plain` prints the English half of each line and leaves Chinese-only lines out. `raster` draws the whole slip as an image for any ESC/POS printer.

What goes out in text mode is `width.printed(line, encoding)`: every character in one or two bytes of
the code page (a Chinese-firmware printer prints two-byte ones double-width, and the slips were laid
out counting them so); ö, ễ, ă and the like, which GB18030 can only write as four-byte codes and Big5
not at all, go transliterated (o, e, a); a line with a character that has no transliteration (a
simplified character on a Big5 printer) is drawn as raster on the same column grid.
"""
from __future__ import annotations

import copy
import os
import threading
from dataclasses import dataclass

from ..documents.english import english_half
from ..documents.width import TEXT_MODES, fits_code_page, printable_as_text, printed, width
from ..textguard import printable
from .target import RASTER_PX, PrinterSpec, network_address, serial_address, usb_ids

INIT, CHINESE_ON, CHINESE_OFF = b"\x1b\x40", b"\x1c\x26", b"\x1c\x2e"
# ESC ! n sets the size of ASCII, FS ! n that of Chinese characters (bit 0x10 / 0x08: double height)
DOUBLE_HEIGHT, NORMAL_SIZE = b"\x1b\x21\x10\x1c\x21\x08", b"\x1b\x21\x00\x1c\x21\x00"


class PrintFailed(Exception):
    """The printer did not take the job (off, unplugged, out of paper, timed out); the job stays queued."""


@dataclass(frozen=True)
class Slip:
    lines: tuple[str, ...]
    kick_drawer: bool = False  # cash was taken: open the drawer before printing


def _escpos():
    """Import python-escpos lazily, its capabilities cache written whole before it looks (escpos_cache)."""
    from .escpos_cache import import_printer

    return import_printer()


def ascii_line(line: str) -> str | None:
    """The line's English half (`english.py`), padded back to the same width so right-aligned figures
    stay put when the line was laid out with its Chinese; accented Latin transliterated (ö→o), never a
    question mark where a letter was. None for a Chinese-only line (left out, not printed blank)."""
    half = english_half(line)
    if half is None:
        return None
    removed = width(line, "plain") - width(half, "plain")
    text = printed(half, "plain").encode("ascii", "replace").decode("ascii")
    gap = text.rfind("  ")
    if removed > 0 and gap > 0:
        text = text[:gap] + " " * removed + text[gap:]
    return text


def encode_line(line: str, encoding: str) -> bytes:
    """The line as text-mode bytes; in GB18030/Big5 a character with no one- or two-byte code and no
    transliteration becomes "?" (the printing path draws such a line as raster instead)."""
    if encoding in TEXT_MODES:
        text = printed(line, encoding)
        return "".join(ch if fits_code_page(ch, encoding) else "?" for ch in text).encode(encoding)
    return (ascii_line(line) or "").encode("ascii", "replace")


def render(slips, spec: PrinterSpec) -> bytes:
    """All the slips of one job as the bytes a printer of this spec needs. Text from data never
    carries a control byte to the printer (ESC p is the drawer pulse): the only commands in the job
    are the ones written here."""
    slips = [Slip(tuple(printable(line) for line in s.lines), s.kick_drawer) for s in slips]
    printer = _escpos().Dummy()
    printer.profile.profile_data = copy.deepcopy(printer.profile.profile_data)
    printer.profile.profile_data["media"]["width"]["pixels"] = RASTER_PX[spec.paper_mm]
    printer._raw(INIT)
    if any(s.kick_drawer for s in slips) and spec.drawer_kick:
        printer.cashdraw(2)
    if spec.encoding in ("gb18030", "big5"):
        printer._raw(CHINESE_ON)
    elif spec.encoding == "plain":
        printer._raw(CHINESE_OFF)
    for slip in slips:
        if spec.logo_path and os.path.isfile(spec.logo_path):
            _logo(printer, spec)
        if spec.encoding == "raster":
            from .raster import render as draw

            printer.image(draw(slip.lines, spec.paper_mm, spec.columns, "raster", tall_first=True),
                          impl="bitImageRaster")
        else:
            _text_lines(printer, slip.lines, spec)
        printer.cut()
    return printer.output


def _text_lines(printer, lines, spec: PrinterSpec) -> None:
    """Each line in the printer's encoding; a run of lines it cannot encode (simplified Chinese on a Big5
    printer, a rare character) goes as a small raster image instead of question marks."""
    from .raster import render as draw

    pending: list[str] = []
    tall = False  # the pending image starts with the hotel's name: double height as in text

    def flush():
        if pending:
            printer.image(draw(pending, spec.paper_mm, spec.columns, spec.encoding, tall_first=tall),
                          impl="bitImageRaster")
            pending.clear()

    for n, line in enumerate(lines):
        if spec.encoding in TEXT_MODES:
            text = printed(line, spec.encoding)
            if not printable_as_text(text, spec.encoding):
                tall = tall if pending else n == 0
                pending.append(text)
                continue
            data = text.encode(spec.encoding)
        else:
            text = ascii_line(line)
            if text is None:
                continue  # a Chinese-only line: an ASCII printer has nothing of it to print
            data = text.encode("ascii", "replace")
        flush()
        if n == 0 and data.strip() and spec.encoding != "plain":  # the hotel's name: double height, same
            data = DOUBLE_HEIGHT + data + NORMAL_SIZE                # width, so the centring still holds
        printer._raw(data + b"\n")
    flush()


def _logo(printer, spec: PrinterSpec) -> None:
    from PIL import Image

    with Image.open(spec.logo_path) as img:
        width = RASTER_PX[spec.paper_mm]
        logo = img.convert("L")
        if logo.width > width:
            logo = logo.resize((width, max(1, logo.height * width // logo.width)))
        printer.image(logo, impl="bitImageRaster", center=True)


def _device(spec: PrinterSpec):
    printer = _escpos()
    if spec.kind == "network":
        host, port = network_address(spec.address)
        return printer.Network(host, port, timeout=spec.timeout_s)
    if spec.kind == "usb":
        vid, pid = usb_ids(spec.address)
        return printer.Usb(vid, pid, timeout=spec.timeout_s * 1000)
    if spec.kind == "serial":
        dev, baud = serial_address(spec.address)
        return printer.Serial(dev, baudrate=baud, timeout=spec.timeout_s)
    return printer.File(spec.address)


class PaperOut(Exception):
    pass


def _write(spec: PrinterSpec, data: bytes) -> None:
    device = _device(spec)
    device.open()
    try:
        if spec.check_paper and spec.kind != "file" and device.paper_status() == 0:
            raise PaperOut("out of paper")
        device._raw(data)
    finally:
        device.close()


def send(spec: PrinterSpec, data: bytes) -> None:
    """Write the bytes, giving up after `timeout_s` whatever the driver does (a USB write can hang)."""
    outcome: list[BaseException | None] = []

    def work():
        try:
            _write(spec, data)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            outcome.append(exc)

    worker = threading.Thread(target=work, name=f"print-{spec.kind}", daemon=True)
    worker.start()
    worker.join(spec.timeout_s + 1)
    if worker.is_alive() or not outcome:
        raise PrintFailed(f"打印机无响应（{spec.timeout_s} 秒超时，缺纸或未开机？）/ printer did not answer within "
                          f"{spec.timeout_s} s (out of paper or off?) ({spec.url})")
    if outcome[0] is not None:
        exc = outcome[0]
        raise PrintFailed(f"{describe(exc)} ({spec.url})") from exc


def describe(exc: BaseException) -> str:
    """What went wrong, in words a clerk can act on (both languages), from the driver's exception."""
    text = " ".join(str(e) for e in (exc, exc.__cause__, exc.__context__) if e is not None)
    name = type(exc).__name__
    if "refused" in text.lower() or "Errno 111" in text or "No route" in text or "unreachable" in text:
        return "打印机未开机或地址不对 / printer is off or the address is wrong"
    if "timed out" in text.lower() or isinstance(exc, TimeoutError):
        return "打印机无响应（缺纸、卡纸或未开机）/ printer did not answer (out of paper, jammed or off)"
    if isinstance(exc, PaperOut):
        return "打印机缺纸，请换纸后重试 / the printer is out of paper: load a roll, then Retry"
    if name == "NoBackendError" or "No backend available" in text:
        return "未安装 USB 驱动库 libusb / the USB library (libusb) is not installed"
    if name in ("USBNotFoundError", "DeviceNotFoundError") or "not found" in text.lower():
        return "找不到打印机（未连接或已拔出）/ printer not found (unplugged?)"
    if isinstance(exc, PermissionError) or "Permission denied" in text:
        return "无权使用打印机端口 / no permission to use the printer port"
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"打印失败 / print failed: {name} {first}".strip()


def print_slips(slips, spec: PrinterSpec) -> int:
    """Render and send; returns the number of bytes the printer took."""
    data = render(slips, spec)
    send(spec, data)
    return len(data)
