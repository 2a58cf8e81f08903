"""ESC/POS bytes → a PNG of the paper, as a 203-dpi thermal printer with a Chinese font would print them.

Independent of the product's layout code: it reads the bytes a printer receives, so what it shows is
what the printer does with them. Text is placed on the printer's grid of font A (12 × 24 dots, a line
of 30 dots): in Chinese mode (after `FS &`) every two-byte GB18030/Big5 code is a double-width glyph
(two cells) and ASCII one cell; a line that overflows the paper continues on the next row, as the
printer does; a four-byte GB18030 code, which such printers do not have, prints as a crossed box.
`ESC !` sizes ASCII and `FS !` Chinese (double height/width); `GS v 0` raster images are drawn as they
come; a cut (`GS V`) is a dashed line. Any other command is refused, so a new one is noticed.

Used by the golden-image test and `make golden`; `python tests/core/escpos_png.py JOB.bin OUT.png
--paper 58 --encoding gb18030` draws a captured job (a `file:` printer's output).
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DOTS = {58: 384, 80: 576}
CELL, GLYPH, ROW = 12, 24, 30  # font A: 12-dot cells, 24-dot glyphs, default line spacing 30 dots
TOP = 8


def _font_path() -> str:
    from bizcenter.documents.fonts import cjk_font_path

    return str(cjk_font_path())


@lru_cache(maxsize=1)
def _font() -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_font_path(), 21, index=0)


BASELINE = 19  # in a 24-dot glyph box: Chinese from the top, descenders (g, y) to the bottom


@lru_cache(maxsize=4096)
def _glyph(ch: str, cells: int, unknown: bool) -> Image.Image:
    """One character centred in its cells, 1-bit (thermal dots are on or off); a Latin letter wider
    than its cell (m, W, %) is narrowed to fit, as a printer's 12-dot font draws it."""
    box = cells * CELL
    if unknown:  # a code the printer's font does not have: a crossed box, easy to spot
        img = Image.new("1", (box, GLYPH), 1)
        draw = ImageDraw.Draw(img)
        draw.rectangle((1, 2, box - 2, GLYPH - 3), outline=0)
        draw.line((1, 2, box - 2, GLYPH - 3), fill=0)
        draw.line((1, GLYPH - 3, box - 2, 2), fill=0)
        return img
    if ch.isspace():
        return Image.new("1", (box, GLYPH), 1)
    font = _font()
    left, _, right, _ = font.getbbox(ch, anchor="ls")
    ink = max(right - left, 1)
    wide = Image.new("L", (ink + 2, GLYPH), 255)
    ImageDraw.Draw(wide).text((1 - left, BASELINE), ch, font=font, fill=0, anchor="ls")
    if ink > box - 1:
        wide = wide.resize((box - 1, GLYPH), Image.LANCZOS)
    img = Image.new("L", (box, GLYPH), 255)
    img.paste(wide, ((box - wide.width) // 2, 0))
    return img.point(lambda v: 0 if v < 140 else 255).convert("1", dither=Image.NONE)


@dataclass
class Notes:
    """What the printer did that a reviewer should know about: rows it wrapped, codes it lacks."""
    wrapped: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


class Paper:
    def __init__(self, paper_mm: int, encoding: str):
        self.width = DOTS[paper_mm]
        self.columns = self.width // CELL
        self.encoding = encoding
        self.strips: list[Image.Image] = [Image.new("1", (self.width, TOP), 1)]
        self.notes = Notes()
        self.chinese = False
        self.ascii_size = (1, 1)  # (width, height) multipliers
        self.cjk_size = (1, 1)
        self.row: list[tuple[str, int, tuple[int, int], bool]] = []  # char, cells, size, unknown
        self.used = 0

    # --- text ---------------------------------------------------------------------------------------
    def put(self, ch: str, cells: int, size: tuple[int, int], unknown: bool = False) -> None:
        span = cells * size[0]
        if self.used + span > self.columns:  # the printer moves to the next row by itself
            self.notes.wrapped.append("".join(c for c, *_ in self.row))
            self.newline()
        self.row.append((ch, cells, size, unknown))
        self.used += span

    def newline(self) -> None:
        height = max((size[1] for _, _, size, _ in self.row), default=1)
        strip = Image.new("1", (self.width, ROW * height), 1)
        x = 0
        for ch, cells, (sw, sh), unknown in self.row:
            glyph = _glyph(ch, cells, unknown)
            if (sw, sh) != (1, 1):
                glyph = glyph.resize((glyph.width * sw, glyph.height * sh), Image.NEAREST)
            strip.paste(glyph, (x * CELL, ROW * height - glyph.height - (ROW - GLYPH) // 2))
            x += cells * sw
        self.strips.append(strip)
        self.row, self.used = [], 0

    def flush(self) -> None:
        if self.row:
            self.newline()

    def feed(self, rows: int) -> None:
        self.flush()
        self.strips.append(Image.new("1", (self.width, ROW * rows), 1))

    def cut(self) -> None:
        self.flush()
        strip = Image.new("1", (self.width, 16), 1)
        draw = ImageDraw.Draw(strip)
        for x in range(0, self.width, 12):
            draw.line((x, 8, x + 6, 8), fill=0)
        self.strips.append(strip)

    def raster(self, width_bytes: int, height: int, data: bytes) -> None:
        self.flush()
        img = Image.frombytes("1", (width_bytes * 8, height), bytes(b ^ 0xFF for b in data))
        strip = Image.new("1", (self.width, height), 1)
        strip.paste(img.crop((0, 0, min(img.width, self.width), height)), (0, 0))
        self.strips.append(strip)

    def image(self) -> Image.Image:
        self.flush()
        out = Image.new("1", (self.width, sum(s.height for s in self.strips) + TOP), 1)
        y = 0
        for s in self.strips:
            out.paste(s, (0, y))
            y += s.height
        return out


def _multibyte(data: bytes, i: int, encoding: str) -> int:
    """Length of the character code starting at data[i] in Chinese mode."""
    if data[i] < 0x81 or data[i] == 0xFF:
        return 1
    if encoding == "gb18030" and i + 1 < len(data) and 0x30 <= data[i + 1] <= 0x39:
        return 4
    return 2


def draw_job(data: bytes, paper_mm: int, encoding: str) -> tuple[list[Image.Image], Notes]:
    """The job as the printer prints it: one image per slip (the job split at each cut)."""
    paper, slips = Paper(paper_mm, encoding), []
    text_encoding = encoding if encoding in ("gb18030", "big5") else "gb18030"
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == 0x0A:
            if paper.row:
                paper.newline()
            else:
                paper.feed(1)
            i += 1
        elif b == 0x0D:
            i += 1
        elif b == 0x1B:
            cmd = data[i + 1:i + 2]
            if cmd == b"@":
                paper.ascii_size, paper.cjk_size, i = (1, 1), (1, 1), i + 2
            elif cmd == b"!":
                m = data[i + 2]
                paper.ascii_size, i = (2 if m & 0x20 else 1, 2 if m & 0x10 else 1), i + 3
            elif cmd == b"d":
                paper.feed(data[i + 2])
                i += 3
            elif cmd == b"p":  # drawer pulse: nothing on paper
                i += 5
            elif cmd in (b"a", b"E", b"-", b"M", b"t", b"3"):  # justify, bold, underline, font, code page, spacing
                i += 3
            elif cmd == b"2":  # default line spacing
                i += 2
            else:
                raise ValueError(f"ESC {cmd!r} at byte {i}: not a command this renderer knows")
        elif b == 0x1C:
            cmd = data[i + 1:i + 2]
            if cmd == b"&":
                paper.chinese, i = True, i + 2
            elif cmd == b".":
                paper.chinese, i = False, i + 2
            elif cmd == b"!":
                m = data[i + 2]
                paper.cjk_size, i = (2 if m & 0x04 else 1, 2 if m & 0x08 else 1), i + 3
            else:
                raise ValueError(f"FS {cmd!r} at byte {i}: not a command this renderer knows")
        elif b == 0x1D:
            cmd = data[i + 1:i + 2]
            if cmd == b"V":
                m = data[i + 2]
                i += 4 if m in (65, 66) else 3
                paper.cut()
                slips.append(paper.image())
                paper.strips = [Image.new("1", (paper.width, TOP), 1)]
            elif cmd == b"v" and data[i + 2:i + 3] == b"0":
                xl, xh, yl, yh = data[i + 4:i + 8]
                width_bytes, height = xl + 256 * xh, yl + 256 * yh
                start = i + 8
                paper.raster(width_bytes, height, data[start:start + width_bytes * height])
                i = start + width_bytes * height
            elif cmd == b"!":
                m = data[i + 2]
                size = ((m >> 4) + 1, (m & 0x0F) + 1)
                paper.ascii_size = paper.cjk_size = size
                i += 3
            else:
                raise ValueError(f"GS {cmd!r} at byte {i}: not a command this renderer knows")
        elif b < 0x20 or b == 0x7F:
            raise ValueError(f"control byte 0x{b:02x} at byte {i} would reach the paper")
        elif paper.chinese:
            length = _multibyte(data, i, text_encoding)
            code = data[i:i + length]
            if length == 1:
                paper.put(chr(b), 1, paper.ascii_size)
            elif length == 4:
                ch = code.decode("gb18030", "replace")
                paper.notes.unknown.append(ch)
                paper.put(ch, 2, paper.cjk_size, unknown=True)
            else:
                try:
                    ch = code.decode(text_encoding)
                except UnicodeDecodeError:
                    ch = "?"
                    paper.notes.unknown.append(repr(code))
                paper.put(ch, 2, paper.cjk_size, unknown=ch == "?")
            i += length
        else:  # single-byte mode: code page 437 above 0x7F
            paper.put(bytes([b]).decode("cp437"), 1, paper.ascii_size)
            i += 1
    if paper.row or len(paper.strips) > 1:
        slips.append(paper.image())
    return slips, paper.notes


def save_png(img: Image.Image, path: Path) -> None:
    """1-bit, optimised: a slip is a few kilobytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    img.convert("1").save(path, optimize=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("job", type=Path)
    ap.add_argument("out", type=Path, help="PNG; a job of several slips gives OUT-1.png, OUT-2.png, …")
    ap.add_argument("--paper", type=int, choices=sorted(DOTS), default=80)
    ap.add_argument("--encoding", choices=("gb18030", "big5", "plain", "raster"), default="gb18030")
    args = ap.parse_args()
    slips, notes = draw_job(args.job.read_bytes(), args.paper, args.encoding)
    for k, img in enumerate(slips, 1):
        path = args.out if len(slips) == 1 else args.out.with_name(f"{args.out.stem}-{k}{args.out.suffix}")
        save_png(img, path)
        print(path)
    for row in notes.wrapped:
        print("wrapped:", row)
    if notes.unknown:
        print("codes the printer lacks:", " ".join(notes.unknown))


if __name__ == "__main__":
    main()
