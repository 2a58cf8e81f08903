"""Where a receipt printer is and how it is driven: one frozen spec, written and read as a URL.

URLs: `tcp://host:9100` (network), `usb:04b8:0202` (vendor:product, hex), `serial:/dev/ttyS0`
(optionally `serial:/dev/ttyS0@19200`), `file:/path/to/file` (a device node or a capture file).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..errors import InvalidInput

PAPER_COLUMNS = {58: 32, 80: 48}  # characters per line at the printer's standard font A

KINDS = ("network", "usb", "serial", "file")
ENCODINGS = ("gb18030", "big5", "plain", "raster")
PAPER_MM = (58, 80)
RASTER_PX = {58: 384, 80: 576}  # printable dots per line at 203 dpi


@dataclass(frozen=True)
class PrinterSpec:
    kind: str
    address: str
    paper_mm: int = 80
    encoding: str = "gb18030"
    logo_path: str | None = None
    drawer_kick: bool = False
    timeout_s: int = 8
    check_paper: bool = False  # ask the paper sensor (DLE EOT 4) before sending; the printer must answer

    @property
    def url(self) -> str:
        prefix = {"network": "tcp://", "usb": "usb:", "serial": "serial:", "file": "file:"}[self.kind]
        return prefix + self.address

    @property
    def columns(self) -> int:
        return PAPER_COLUMNS[self.paper_mm]

    def with_options(self, **changes) -> "PrinterSpec":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _bad(text: str) -> InvalidInput:
    return InvalidInput("bad_printer_url", "打印机地址无效：{t}（例如 tcp://192.168.1.50:9100、usb:04b8:0202、"
                        "serial:/dev/ttyS0、file:/tmp/slip.bin）",
                        "Not a printer address: {t} (e.g. tcp://192.168.1.50:9100, usb:04b8:0202, "
                        "serial:/dev/ttyS0, file:/tmp/slip.bin)", t=text)


def parse_url(url: str, **options) -> PrinterSpec:
    text = (url or "").strip()
    if text.startswith("tcp://"):
        spec = PrinterSpec("network", text[len("tcp://"):])
    elif text.startswith("usb:"):
        spec = PrinterSpec("usb", text[4:])
    elif text.startswith("serial:"):
        spec = PrinterSpec("serial", text[7:])
    elif text.startswith("file:"):
        spec = PrinterSpec("file", text[5:].removeprefix("//"))
    else:
        raise _bad(text)
    spec = spec.with_options(**options)
    check(spec)
    return spec


def network_address(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    if not host:
        return address, 9100
    return host.strip("[]"), int(port)


def usb_ids(address: str) -> tuple[int, int]:
    vid, pid = address.split(":")
    return int(vid, 16), int(pid, 16)


def serial_address(address: str) -> tuple[str, int]:
    dev, _, baud = address.partition("@")
    return dev, int(baud or 9600)


def check(spec: PrinterSpec) -> None:
    """Every setting a clerk can type, checked before anything is saved or sent."""
    if spec.kind not in KINDS:
        raise InvalidInput("bad_printer_kind", "打印机类型无效：{k}", "Unknown printer kind: {k}", k=spec.kind)
    if spec.encoding not in ENCODINGS:
        raise InvalidInput("bad_encoding", "编码无效：{e}", "Unknown encoding: {e}", e=spec.encoding)
    if spec.paper_mm not in PAPER_MM:
        raise InvalidInput("bad_paper", "纸宽只能是 58 或 80 毫米", "Paper must be 58 or 80 mm wide")
    if isinstance(spec.timeout_s, bool) or not isinstance(spec.timeout_s, int) or not 1 <= spec.timeout_s <= 120:
        raise InvalidInput("bad_timeout", "超时须为 1 到 120 秒", "The timeout must be 1 to 120 seconds")
    address = (spec.address or "").strip()
    if not address or len(address) > 200:
        raise _bad(spec.url if address else "")
    try:
        if spec.kind == "network":
            host, port = network_address(address)
            if not host or not 0 < port < 65536:
                raise ValueError
        elif spec.kind == "usb":
            vid, pid = usb_ids(address)
            if not (0 < vid < 65536 and 0 < pid < 65536):
                raise ValueError
        elif spec.kind == "serial":
            serial_address(address)
    except ValueError:
        raise _bad(spec.url) from None
