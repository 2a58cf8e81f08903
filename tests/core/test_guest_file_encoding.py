"""The front office's guest file in whatever encoding its PMS or Excel saved it: read right, or refused
naming the row — never "M黮ler" stored for Müller."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bizcenter.cli import main
from bizcenter.db import unit_of_work
from bizcenter.errors import InvalidInput
from bizcenter.models import StayGuest
from bizcenter.workflows.fileencoding import decode_file
from bizcenter.workflows.frontoffice import import_guests

HEADER = "folio,room,guest_names,arrival,departure\r\n"
GERMAN = ("Müller, Hans", "Grüße Straßer", "Jürgen Groß")
FRENCH_SPANISH = ("Hélène Dupré", "José García Núñez", "François Çelik")
SIMPLIFIED = ("张伟", "李静; 王芳", "刘洋")
TRADITIONAL = ("陳大文", "黃小明; 林美玲", "張國榮")


def guest_file(names, encoding: str, bom: bytes = b"") -> bytes:
    rows = "".join(f'F{i},{1200 + i},"{n}",2026-03-08,2026-03-12\r\n' for i, n in enumerate(names, start=1))
    return bom + (HEADER + rows).encode(encoding)


def imported_names(engine, data: bytes, encoding: str | None = None) -> list[str]:
    unit_of_work(engine, lambda s: import_guests(s, None, data, encoding=encoding))
    return unit_of_work(engine, lambda s: list(s.scalars(select(StayGuest.name).order_by(StayGuest.id))))


def split(names) -> list[str]:
    return [p.strip() for n in names for p in n.split(";")]


@pytest.mark.parametrize("names, encoding, bom", [
    (GERMAN + SIMPLIFIED, "utf-8", b""),
    (GERMAN + TRADITIONAL, "utf-8", b"\xef\xbb\xbf"),
    (SIMPLIFIED, "gb18030", b""),
    (GERMAN, "latin-1", b""),
    (FRENCH_SPANISH, "cp1252", b""),
    (TRADITIONAL, "big5", b""),
], ids=["utf-8", "utf-8-bom", "gb18030", "latin-1", "cp1252", "big5"])
def test_each_usual_encoding_is_read_as_written(engine, names, encoding, bom):
    assert imported_names(engine, guest_file(names, encoding, bom)) == split(names)


def test_a_latin1_file_is_never_read_as_gb18030():
    data = guest_file(("Müller, Hans", "Jürgen Schön"), "latin-1")
    assert data.decode("gb18030").count("黮") == 1  # the old reading: "M黮ler"
    text, used = decode_file(data)
    assert used == "cp1252" and "Müller, Hans" in text and "黮" not in text


def test_a_file_that_could_be_two_encodings_is_refused_naming_the_row(engine):
    # "李" alone is GB2312 and also a frequent Big5 character: nothing in the file decides
    data = (HEADER + "F1,1201,Anna Berg,2026-03-08,2026-03-12\r\nF2,1202,李,2026-03-08,2026-03-12\r\n").encode("gb18030")
    with pytest.raises(InvalidInput) as info:
        imported_names(engine, data)
    err = info.value
    assert err.code == "import_encoding_unclear"
    assert err.message("en").startswith("Row 3: cannot tell the file's encoding; save it as UTF-8 or pass --encoding")
    assert err.message("zh").startswith("第 3 行：无法确定文件的编码")
    assert imported_names(engine, data, encoding="gb18030")[-1] == "李"


def test_rows_in_different_encodings_are_refused_naming_the_first_that_does_not_fit(engine):
    data = guest_file(SIMPLIFIED, "gb18030") + "F9,1209,Jürgen Groß,2026-03-08,2026-03-12\r\n".encode("latin-1")
    with pytest.raises(InvalidInput) as info:
        imported_names(engine, data)
    assert info.value.code == "import_encoding_unclear" and info.value.params["row"] == 5


def test_a_named_encoding_that_does_not_fit_names_the_row(engine):
    data = guest_file(GERMAN, "latin-1")
    with pytest.raises(InvalidInput) as info:
        imported_names(engine, data, encoding="utf-8")
    assert info.value.code == "import_bad_encoding" and info.value.params["row"] == 2
    with pytest.raises(InvalidInput) as info:
        imported_names(engine, data, encoding="klingon")
    assert info.value.code == "unknown_encoding"


def test_the_command_line_takes_encoding(db_url, engine, tmp_path, capsys):
    path = tmp_path / "guests.csv"
    path.write_bytes((HEADER + "F1,1201,李,2026-03-08,2026-03-12\r\n").encode("gb18030"))
    assert main(["--db", db_url, "--lang", "en", "import-guests", str(path)]) != 0
    assert "Row 2: cannot tell the file's encoding" in capsys.readouterr().err
    assert main(["--db", db_url, "--lang", "en", "import-guests", "--encoding", "gb18030", str(path)]) == 0
    assert unit_of_work(engine, lambda s: s.scalar(select(StayGuest.name))) == "李"


def test_control_characters_in_a_file_are_reported_by_the_command_line(db_url, tmp_path, capsys):
    path = tmp_path / "guests.csv"
    path.write_bytes((HEADER + "F1,1201,Evil\x1bp\x00\x19 Guest,2026-03-08,2026-03-12\r\n").encode("utf-8"))
    assert main(["--db", db_url, "--lang", "en", "import-guests", str(path)]) == 0
    assert "Row 2: invisible control characters removed" in capsys.readouterr().err
