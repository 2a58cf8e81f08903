"""Simple services as data: a per-unit service added, priced, taxed or not, grouped, ordered and retired
by publishing a price list — no code. Malformed rows are refused with a message naming what to correct."""
from __future__ import annotations

import pytest

from bizcenter.errors import InvalidInput
from bizcenter.pricing import PriceItem, check_item, load_default_pricelist, load_default_zones, price
from bizcenter.workflows.catalogue import current_pricelist, publish_pricelist
from bizcenter.workflows.sellable import sellable, sellable_of
from scenario import T0, build_world, line, refused, sell

ZONES = load_default_zones()
LAMINATING = PriceItem("laminating", "过塑", "Laminating", "sheet", {
    "unit_zh": "张", "unit_en": "sheet", "default": "A4", "group": "documents", "order": 70,
    "options": {"A4": {"zh": "A4", "en": "A4", "rate_minor": 500}, "A3": {"zh": "A3", "en": "A3", "rate_minor": 800}}})
STATIONERY = PriceItem("stationery", "文具", "Stationery", "item", {
    "unit_zh": "件", "unit_en": "item", "group": "retail", "order": 10, "tax": False,
    "options": {"pen": {"zh": "签字笔", "en": "Pen", "rate_minor": 1000},
                "envelope": {"zh": "信封", "en": "Envelope", "rate_minor": 200}}})
SHOE_SHINE = PriceItem("shoe_shine", "擦鞋", "Shoe shine", "pair", {
    "unit_zh": "双", "unit_en": "pair", "rate_minor": 2000, "service_charge": False, "tax": False})


def with_rule(item: PriceItem, **changes) -> PriceItem:
    rule = {k: v for k, v in {**item.rule, **changes}.items() if v is not None}
    return PriceItem(item.code, item.name_zh, item.name_en, item.unit, rule)


@pytest.fixture
def w(engine):
    return build_world(engine)


def publish(w, *extra: PriceItem, at=None) -> int:
    at = at or w.clock()
    return w.run(lambda s: publish_pricelist(s, w.sup_id, load_default_pricelist() + list(extra), at, "new services"))


def test_a_simple_service_is_priced_per_unit_of_the_chosen_option():
    c = price(LAMINATING, {"option": "A3", "quantity": 3}, ZONES)
    assert (c.name_zh, c.name_en, c.quantity, c.unit, c.unit_price_minor, c.amount_minor) == (
        "过塑 A3", "Laminating A3", 3, "sheet", 800, 2400)
    assert price(LAMINATING, {}, ZONES).amount_minor == 500  # the default option, one unit
    assert price(SHOE_SHINE, {"quantity": 2}, ZONES).amount_minor == 4000
    with pytest.raises(InvalidInput) as e:
        price(LAMINATING, {"option": "A0"}, ZONES)
    assert e.value.code == "unknown_option" and "A3" in e.value.message("en") and "A4" in e.value.message("zh")
    with pytest.raises(InvalidInput) as e:
        price(LAMINATING, {"quantity": 0}, ZONES)
    assert e.value.code == "bad_quantity"


@pytest.mark.parametrize("item, says_en, says_zh", [
    (PriceItem("Lamin ating", "过塑", "Laminating", "sheet", LAMINATING.rule), "service code", "服务代码"),
    (PriceItem("damage", "赔偿", "Damage", "item", SHOE_SHINE.rule), "damage", "damage"),  # the workflow's code
    (PriceItem("laminating", "", "Laminating", "sheet", LAMINATING.rule), "Chinese and English names", "中文和英文名称"),
    (PriceItem("laminating", "过塑", "Laminating", "Sheet!", LAMINATING.rule), "unit code", "单位代码"),
    (with_rule(LAMINATING, unit_en=None), "unit's name", "单位"),
    (with_rule(LAMINATING, options=None, default=None), "at least one option", "至少一个选项"),
    (with_rule(LAMINATING, options={}), "at least one", "至少"),
    (with_rule(LAMINATING, options={"A4": {"zh": "A4", "en": "A4", "rate_minor": -5}}), "rate of option 'A4'", "单价"),
    (with_rule(LAMINATING, options={"A4": {"zh": "A4", "rate_minor": 5}}), "option 'A4' needs", "中文和英文名称"),
    (with_rule(SHOE_SHINE, rate_minor=10_000_001), "rate of the service", "单价"),
    (with_rule(SHOE_SHINE, rate_minor=True), "rate of the service", "单价"),
    (with_rule(LAMINATING, default="A5"), "default 'A5'", "默认选项"),
    (with_rule(LAMINATING, order="first"), "order", "顺序"),
    (with_rule(LAMINATING, group=7), "group", "分组"),
    (with_rule(LAMINATING, tax="no"), "'tax' must be true or false", "true 或 false"),
    (with_rule(LAMINATING, colour_minor=100), "unknown rule entries: colour_minor", "未知的规则项"),
])
def test_a_malformed_simple_row_is_refused_naming_what_to_correct(item, says_en, says_zh):
    with pytest.raises(InvalidInput) as e:
        check_item(item)
    assert says_en in e.value.message("en") and says_zh in e.value.message("zh")
    assert "{" not in e.value.bilingual()


def test_publishing_a_malformed_simple_service_is_refused_and_nothing_is_published(w):
    before = w.run(lambda s: current_pricelist(s).version_id)
    e = refused(w, lambda s: publish_pricelist(s, w.sup_id, load_default_pricelist() + [with_rule(SHOE_SHINE, rate_minor=-1)],
                                               T0, None), "bad_rule")
    assert "shoe_shine" in e.message("en")
    assert w.run(lambda s: current_pricelist(s).version_id) == before


def test_published_services_sell_and_honour_their_service_charge_and_tax_flags(w):
    publish(w, LAMINATING, STATIONERY, SHOE_SHINE)
    r = sell(w, w.clerk, [line("laminating", option="A3", quantity=10)])  # ¥80.00, both apply
    assert (r.subtotal_minor, r.service_charge_minor, r.tax_minor) == (8000, 800, 528)
    assert r.lines[0].name_zh == "过塑 A3" and r.lines[0].unit == "sheet"
    r = sell(w, w.clerk, [line("stationery", option="pen", quantity=10)])  # ¥100.00, service charge only, no tax
    assert (r.subtotal_minor, r.service_charge_minor, r.tax_minor) == (10_000, 1_000, 0)
    r = sell(w, w.clerk, [line("shoe_shine", quantity=1)])  # neither
    assert (r.subtotal_minor, r.service_charge_minor, r.tax_minor) == (2000, 0, 0)
    mixed = sell(w, w.clerk, [line("laminating", option="A3", quantity=10), line("stationery", option="pen", quantity=10),
                              line("shoe_shine", quantity=1)])
    # service charge on 80 + 100; tax on 80 and on the service charge of those 80 only
    assert (mixed.subtotal_minor, mixed.service_charge_minor, mixed.tax_minor) == (20_000, 1_800, 528)
    assert mixed.lines[1].detail.get("no_tax") and mixed.lines[2].detail.get("no_service_charge")


def test_the_counter_lists_services_in_force_grouped_ordered_and_without_retired_ones(w):
    publish(w, LAMINATING, STATIONERY, SHOE_SHINE)
    offered = w.run(sellable)
    codes = [s.code for s in offered]
    assert {"laminating", "stationery", "shoe_shine", "copy"} <= set(codes)
    lam = next(s for s in offered if s.code == "laminating")
    assert (lam.group, lam.group_zh, lam.order, lam.simple, lam.unit_zh, lam.default) == (
        "documents", "文件处理", 70, True, "张", "A4")
    assert [(o.key, o.name_en, o.rate_minor) for o in lam.options] == [("A4", "A4", 500), ("A3", "A3", 800)]
    documents = [s.code for s in offered if s.group == "documents"]
    assert documents.index("binding") < documents.index("translation") < documents.index("laminating")  # 50, 60, 70
    groups = list(dict.fromkeys(s.group for s in offered))
    assert groups.index("documents") < groups.index("retail") < groups.index("other")  # shoe shine: no group given


def test_a_retired_service_is_hidden_and_refused_at_the_counter_but_kept_in_the_price_list(w):
    publish(w, LAMINATING)
    publish(w, with_rule(LAMINATING, retired=True))
    assert "laminating" not in [s.code for s in w.run(sellable)]
    kept = [s for s in w.run(lambda s: sellable(s, include_retired=True)) if s.code == "laminating"]
    assert kept and kept[0].retired
    e = refused(w, lambda s: __import__("bizcenter.workflows.counter", fromlist=["x"]).quote(
        s, (line("laminating", option="A4"),), w.clock.t), "service_retired")
    assert "过塑" in e.message("zh") and "Laminating" in e.message("en")


def test_a_stored_rule_edited_around_the_checks_is_left_off_the_counter(w):
    version = publish(w, LAMINATING)
    pl = w.run(lambda s: current_pricelist(s))
    broken = type(pl)(pl.version_id, pl.effective_from, pl.items,
                      {"laminating": InvalidInput("bad_rule", "坏", "bad")})
    assert "laminating" not in [s.code for s in sellable_of(broken)] and version == pl.version_id
