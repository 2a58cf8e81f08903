"""Every code word the core defines for a person to see — payment methods, repair states, feedback kinds, audit
actions and the kinds of audited record — has a name in both languages (a new code without one would reach the
screens raw)."""
from __future__ import annotations

import re
from pathlib import Path

from bizcenter.workflows import audit, codenames

CORE = Path(audit.__file__).resolve().parents[1]


def test_every_code_of_the_core_sets_has_a_name_in_both_languages():
    for codes, names in codenames.NAMED:
        assert set(codes) <= set(names), set(codes) - set(names)
        for code in codes:
            zh, en = names[code]
            assert re.search(r"[\u4e00-\u9fff]", zh) and en[:1].isupper() and "_" not in en


def test_every_audited_action_and_record_has_a_name():
    source = "\n".join(p.read_text(encoding="utf-8") for p in CORE.rglob("*.py"))
    actions = set(re.findall(r'audit\.record\(\s*\w+,\s*"([a-z_]+)"', source))
    actions |= {f"supply_{kind}" for kind in ("receive", "use", "count")}  # recorded as f"supply_{kind}"
    actions |= {f"{fax}_charge_reversed" for fax in ("fax_job", "fax_in")}  # as f"{entity}_charge_reversed"
    records = set(re.findall(r'entity="([a-z_]+)"', source))
    assert actions and records
    assert actions - set(audit.ACTIONS) == set()
    assert records - set(audit.RECORDS) == set()
    assert audit.action_name("equipment_checked") == "Equipment checked"
    assert audit.action_name("internet_billed", "zh") == "上网已计费"
    assert audit.record_name("fax_job", "zh") == "传真"
