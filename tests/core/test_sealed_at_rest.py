"""Guests' ID numbers and internet passwords are sealed at rest: a copied database or backup does not
show them, the app does; a missing or wrong key is told plainly and leaves the till selling."""
from __future__ import annotations

import os
import stat
from datetime import date, datetime

import pytest
from sqlalchemy import text

from bizcenter import secretbox
from bizcenter.cli import main
from bizcenter.db.migrate import current_revision, downgrade, head_revision, upgrade
from bizcenter.workflows import internet, tickets
from bizcenter.workflows.tickets_input import OrderInput, PassengerInput, SegmentInput
from scenario import SH, all_text, build_world, copies, refused, sell

ID_NUMBER = "110101199001011234"


@pytest.fixture
def w(engine):
    return build_world(engine)


@pytest.fixture
def other_key(tmp_path, monkeypatch):
    """This PC gets a key file of its own, unlike the one the database was sealed with."""
    monkeypatch.setenv(secretbox.KEY_ENV, str(tmp_path / "keys" / "secret.key"))
    secretbox.forget_key()
    yield tmp_path / "keys" / "secret.key"
    secretbox.forget_key()


def order_and_login(w):
    order = OrderInput(contact_name="张三", contact_phone="13800138000",
                       passengers=(PassengerInput("ZHANG/SAN", "Zhang San", "id_card", ID_NUMBER, date(2030, 1, 1)),),
                       segments=(SegmentInput("CA", "1501", "PEK", "SHA", datetime(2026, 3, 12, 8, 30), "economy"),),
                       fare_minor=120_000, taxes_minor=5_000, agency="国旅票务 CITS", pay_method="cash", room="0808")
    o = w.run(lambda s: tickets.create_order(s, w.clerk, order, w.clock()))
    login = w.run(lambda s: internet.start_session(s, w.clerk, guest_name="Hans Müller", room="1208", at=w.clock()))
    return o.id, login


def shown(w, order_id, session_id):
    view = w.run(lambda s: tickets.view(s, order_id, w.sup_id))
    login = w.run(lambda s: internet.find(s, session_id))
    return view.passengers[0].id_number, login.password


def raw_values(engine) -> tuple[str, str]:
    with engine.connect() as conn:
        return (conn.execute(text("SELECT id_number FROM ticket_passenger")).scalar_one(),
                conn.execute(text("SELECT password FROM internet_session")).scalar_one())


def test_a_raw_read_of_the_database_shows_neither_the_id_number_nor_the_password_and_the_app_does(w):
    order_id, login = order_and_login(w)
    everything = " ".join(all_text(w.engine))
    assert ID_NUMBER not in everything and login.password not in everything
    assert all(v.startswith("enc1:") for v in raw_values(w.engine))
    assert shown(w, order_id, login.id) == (ID_NUMBER, login.password)
    assert w.run(lambda s: tickets.view(s, order_id, w.clerk.staff_id)).passengers[0].id_number == "11**************34"


@pytest.mark.sqlite
def test_a_backup_file_holds_neither_and_the_backup_command_names_the_key_file(w, sqlite_url, tmp_path, capsys):
    _, login = order_and_login(w)
    dest = tmp_path / "copy.sqlite3"
    assert main(["--db", sqlite_url, "--lang", "en", "backup", str(dest)]) == 0
    out = capsys.readouterr().out
    assert f"back it up separately: {secretbox.key_path()}" in out
    data = dest.read_bytes()
    assert ID_NUMBER.encode() not in data and login.password.encode() not in data


def test_the_key_file_is_private_to_its_owner(w):
    order_and_login(w)
    path = secretbox.key_path()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_with_another_key_the_values_read_encrypted_the_message_is_plain_and_sales_go_on(w, other_key):
    secretbox.forget_key()
    with pytest.MonkeyPatch.context() as mp:  # sealed with the database's own key first
        mp.delenv(secretbox.KEY_ENV)
        order_id, login = order_and_login(w)
    secretbox.forget_key()
    other_key.parent.mkdir()
    other_key.write_bytes(__import__("cryptography.fernet", fromlist=["Fernet"]).Fernet.generate_key())
    assert shown(w, order_id, login.id) == ("[encrypted]", "[encrypted]")
    assert w.run(lambda s: tickets.view(s, order_id, w.clerk.staff_id)).passengers[0].id_number == "[encrypted]"
    err = refused(w, lambda s: internet.start_session(s, w.clerk, guest_name="Hans Müller", room="1208",
                                                      at=w.clock()), "sealing_key")
    assert str(other_key) in err.message("en") and "does not match this database's key" in err.message("en")
    assert sell(w, w.clerk, [copies(3)]).sale_id  # the till still sells


def test_without_a_key_file_the_key_command_says_so(w, db_url, other_key, capsys):
    assert main(["--db", db_url, "--lang", "en", "key"]) == 2
    out = capsys.readouterr().out
    assert str(other_key) in out and "is missing" in out


def test_the_key_command_confirms_a_matching_key(w, db_url, capsys):
    assert main(["--db", db_url, "--lang", "en", "key"]) == 0
    assert "(matches the database)" in capsys.readouterr().out




def test_an_upgrade_seals_the_clear_values_an_older_version_stored(w):
    order_id, login = order_and_login(w)
    downgrade(w.engine, "0014")  # back to the schema before sealing: the values are opened again
    assert raw_values(w.engine) == (ID_NUMBER, login.password)
    upgrade(w.engine)
    assert current_revision(w.engine) == head_revision()
    number, password = raw_values(w.engine)
    assert number.startswith("enc1:") and password.startswith("enc1:")
    assert shown(w, order_id, login.id) == (ID_NUMBER, login.password)


def test_erased_id_numbers_stay_erased_and_a_sealed_value_is_never_sealed_twice():
    assert secretbox.seal(None) is None and secretbox.seal("") == ""
    sealed = secretbox.seal(ID_NUMBER)
    assert secretbox.seal(sealed) == sealed and secretbox.open_sealed(sealed) == ID_NUMBER
