"""Every slip kind, at 58 and 80 mm, in GB18030 and Big5 text and as raster, drawn to PNG from the bytes
the printer receives and compared with the reviewed images in tests/golden/.

A slip whose drawing changed fails here with the new image and a diff (red: only in the new one, blue:
only in the reviewed one) written next to the test's tmp_path. Look at them; when the change is right,
`make golden` rewrites tests/golden/ (and the samples in docs/print/) and lists what changed; review the
images and commit them with the change.
"""
from __future__ import annotations

import os
from pathlib import Path

from PIL import Image, ImageChops

from escpos_png import draw_job, save_png
from golden_slips import ENCODINGS, PAPERS, build_jobs, images

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
DOCS = ROOT / "docs" / "print"
REFRESH = os.environ.get("BIZCENTER_GOLDEN") == "refresh"
# Dots that may differ in any band of 30 dot rows (one printed line): a font rasteriser's version moves a
# few dots of many glyphs, a word that moved to another line changes hundreds in two bands. Measured over
# the whole slip instead, a word moving (0.1 % of a long slip's dots) passed unnoticed.
TOLERANCE = 0.01
BAND = 30
# The samples the README shows: (golden stem, docs name)
DOC_SAMPLES = {
    "receipt-58mm-gb18030": "slip-receipt-58mm.png",
    "receipt-80mm-gb18030": "slip-receipt-80mm.png",
    "z-report-58mm-gb18030": "slip-z-58mm.png",
    "z-report-80mm-gb18030": "slip-z-80mm.png",
    "internet-login-58mm-gb18030": "slip-internet-58mm.png",
    "void-80mm-gb18030": "slip-void-80mm.png",
    "room-split-voucher-guest-80mm-gb18030": "slip-voucher-80mm.png",
}


def difference(expected: Image.Image, actual: Image.Image) -> float:
    """The largest fraction of dots that differ in one band of `BAND` rows; a different size counts as
    everything different."""
    if expected.size != actual.size:
        return 1.0
    diff = ImageChops.logical_xor(expected.convert("1"), actual.convert("1")).convert("L")
    worst = 0.0
    for top in range(0, actual.height, BAND):
        band = diff.crop((0, top, actual.width, min(top + BAND, actual.height)))
        worst = max(worst, band.histogram()[255] / (band.width * band.height))
    return worst


def diff_image(expected: Image.Image, actual: Image.Image) -> Image.Image:
    """Black: on both; red: only in the new image; blue: only in the reviewed one."""
    width, height = max(expected.width, actual.width), max(expected.height, actual.height)
    out = Image.new("RGB", (width, height), "white")
    old = Image.new("1", (width, height), 1)
    old.paste(expected.convert("1"), (0, 0))
    new = Image.new("1", (width, height), 1)
    new.paste(actual.convert("1"), (0, 0))
    po, pn, px = old.load(), new.load(), out.load()
    for y in range(height):
        for x in range(width):
            a, b = po[x, y] == 0, pn[x, y] == 0
            if a or b:
                px[x, y] = (0, 0, 0) if a and b else ((220, 0, 0) if b else (0, 90, 230))
    return out


def test_every_slip_looks_as_reviewed(sqlite_engine, tmp_path):
    w, jobs = build_jobs(sqlite_engine)
    drawn, notes = {}, []
    for job in jobs:
        for paper in PAPERS:
            for encoding in ENCODINGS:
                slips, printer_notes = images(w, job, paper, encoding)
                drawn.update(slips)
                notes += [f"{job.name} {paper}mm {encoding}: printer wrapped {row!r}" for row in printer_notes.wrapped]
                if printer_notes.unknown:
                    notes.append(f"{job.name} {paper}mm {encoding}: codes the printer lacks "
                                 f"{' '.join(printer_notes.unknown)}")
    if REFRESH:
        _refresh(drawn, notes)
        return
    assert not notes, "as the printer reads the bytes, lines overflow the paper or use codes it lacks:\n  " + \
        "\n  ".join(notes)
    failures = []
    for stem, img in sorted(drawn.items()):
        golden = GOLDEN / f"{stem}.png"
        if not golden.is_file():
            save_png(img, tmp_path / f"{stem}.actual.png")
            failures.append(f"{stem}: no reviewed image ({tmp_path / stem}.actual.png)")
            continue
        with Image.open(golden) as expected:
            expected.load()
        share = difference(expected, img)
        if share > TOLERANCE:
            save_png(img, tmp_path / f"{stem}.actual.png")
            diff_image(expected, img).save(tmp_path / f"{stem}.diff.png", optimize=True)
            size = "" if expected.size == img.size else f", size {expected.size} → {img.size}"
            failures.append(f"{stem}: {share:.2%} of the dots of a line differ{size}")
    stale = sorted(p.stem for p in GOLDEN.glob("*.png") if p.stem not in drawn)
    failures += [f"{stem}: reviewed image of a slip no longer printed" for stem in stale]
    assert not failures, (
        f"{len(failures)} of {len(drawn)} slip images differ from tests/golden/ "
        f"(new images and diffs in {tmp_path}):\n  " + "\n  ".join(failures) +
        "\nIf the change is intended: `make golden`, look at the images it lists, commit them.")


def _refresh(drawn: dict, notes: list[str]) -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    changed, added, same = [], [], 0
    for stem, img in sorted(drawn.items()):
        path = GOLDEN / f"{stem}.png"
        if path.is_file():
            with Image.open(path) as old:
                old.load()
            if difference(old, img) == 0:  # the reviewed image is exactly what prints now
                same += 1
                continue
            changed.append(stem)
        else:
            added.append(stem)
        save_png(img, path)
    removed = sorted(p.stem for p in GOLDEN.glob("*.png") if p.stem not in drawn)
    for stem in removed:
        (GOLDEN / f"{stem}.png").unlink()
    for stem, name in DOC_SAMPLES.items():
        save_png(drawn[stem], DOCS / name)
    print(f"\ngolden: {len(changed)} changed, {len(added)} new, {len(removed)} removed, {same} unchanged "
          f"(tests/golden/; samples in docs/print/)")
    for label, stems in (("changed", changed), ("new", added), ("removed", removed)):
        for stem in stems:
            print(f"  {label}: tests/golden/{stem}.png")
    for note in notes:
        print(f"  note: {note}")


# --- the renderer itself: what it draws must be what a printer does with the bytes ----------------------
def _rows(data: bytes, paper=58, encoding="gb18030"):
    slips, notes = draw_job(b"\x1b@\x1c&" + data + b"\x1dV\x00", paper, encoding)
    return slips, notes


def test_renderer_counts_a_two_byte_code_as_two_columns_and_wraps_as_the_printer_does():
    fits = ("×" + "x" * 30).encode("gb18030") + b"\n"  # 2 + 30 = 32 columns: one row
    over = ("×" + "x" * 31).encode("gb18030") + b"\n"  # 33 columns: the printer continues on a second row
    (one,), quiet = _rows(fits)
    (two,), noted = _rows(over)
    assert quiet.wrapped == [] and noted.wrapped == ["×" + "x" * 30]
    assert two.height == one.height + 30


def test_renderer_marks_four_byte_gb18030_codes_the_printer_lacks():
    _, notes = _rows("Nguyễn".encode("gb18030") + b"\n")
    assert notes.unknown == ["ễ"]


def test_renderer_draws_raster_images_and_splits_slips_at_each_cut():
    image = b"\x1dv0\x00" + bytes([2, 0, 3, 0]) + b"\xff\x00" * 3  # 16 x 3 dots, left half black
    slips, _ = draw_job(b"\x1b@" + image + b"\x1dV\x00" + b"second\n\x1dV\x00", 58, "raster")
    assert len(slips) == 2
    first = slips[0]
    assert first.getpixel((3, 8 + 1)) == 0 and first.getpixel((12, 8 + 1)) == 255


def test_renderer_refuses_a_command_it_does_not_know():
    import pytest

    with pytest.raises(ValueError, match="GS"):
        draw_job(b"\x1b@\x1dk\x02", 80, "gb18030")


def test_a_word_moved_to_the_next_line_is_a_difference_on_a_long_slip():
    body = b"".join(f"line {k:02d}                  12.00\n".encode() for k in range(40))
    (before,), _ = _rows(body + "  Translation English to Chinese\n  ×2          -400.00\n".encode("gb18030"))
    (after,), _ = _rows(body + "  Translation English to\n  Chinese ×2  -400.00\n".encode("gb18030"))
    assert difference(before, after) > TOLERANCE
    assert difference(before, before.copy()) == 0
