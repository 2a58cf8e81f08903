"""The first-start wizard checks each page before Next, in the language chosen on the wizard: a tax of "abc"
or 150 % is refused on the hotel page, a counter code or printer address the core would refuse on Save is
refused on the counter page — never three pages later, never in the other language."""
from __future__ import annotations

import re

import pytest

from bizcenter import localconfig
from uidriver import idle, WAIT

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def wizard(qtbot, sqlite_url, monkeypatch):
    monkeypatch.delenv("BIZCENTER_COUNTER", raising=False)
    localconfig.config_path().unlink(missing_ok=True)
    from ui import i18n
    from ui.app import build

    _, win = build(db=sqlite_url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: hasattr(win, "firststart") and win.stack.currentWidget() is win.firststart,
                    timeout=WAIT)
    yield win.firststart
    idle(qtbot, win)
    win.station.desk.close()
    localconfig.config_path().unlink(missing_ok=True)
    i18n.set_language("zh")


def _choose(page, lang: str) -> None:
    page.language.setCurrentIndex(page.language.findData(lang))


def _hotel(page, tax: str) -> None:
    page.hotel_zh.setText("海景酒店")
    page.hotel_en.setText("Harbour View Hotel")
    page.tax.setText(tax)


def _refused_here(page, step: int, lang: str) -> str:
    page.next.click()
    assert page.steps.currentIndex() == step
    text = page.message.text()
    assert text
    assert bool(HAN.search(text)) == (lang == "zh"), text
    return text


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("tax", ["abc", "150"])
def test_a_bad_tax_is_refused_on_the_hotel_page_in_the_chosen_language(wizard, lang, tax):
    _choose(wizard, lang)
    _hotel(wizard, tax)
    text = _refused_here(wizard, 0, lang)
    assert ("tax" in text.lower()) if lang == "en" else ("税" in text)
    wizard.tax.setText("6")
    wizard.next.click()
    assert wizard.steps.currentIndex() == 1 and not wizard.message.text()


def _to_counter_page(page) -> None:
    _hotel(page, "6")
    page.next.click()
    page.sup_code.setText("S01")
    page.sup_name.setText("Wong Mei")
    page.pin.setText("4826")
    page.pin_again.setText("4826")
    page.next.click()
    assert page.steps.currentIndex() == 2


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_counter_code_and_a_printer_address_the_core_refuses_are_refused_before_the_summary(wizard, lang):
    _choose(wizard, lang)
    _to_counter_page(wizard)
    wizard.counter_code.setText("BC 1!")
    _refused_here(wizard, 2, lang)
    wizard.counter_code.setText("BC2")
    wizard.printer_kind.setCurrentIndex(wizard.printer_kind.findData("usb"))
    wizard.printer_address.setText("epson")
    _refused_here(wizard, 2, lang)
    wizard.printer_address.setText("04b8:0202")
    wizard.next.click()
    assert wizard.steps.currentIndex() == 3


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_supervisor_page_speaks_the_chosen_language(wizard, lang):
    _choose(wizard, lang)
    _hotel(wizard, "6")
    wizard.next.click()
    wizard.sup_code.setText("S01")
    wizard.sup_name.setText("Wong Mei")
    wizard.pin.setText("12a4")
    wizard.pin_again.setText("12a4")
    _refused_here(wizard, 1, lang)
