"""Tables that name their entries as "module:name" resolve every entry, and a broken one fails loudly
instead of quietly becoming "no hook" or "plain form"."""
from __future__ import annotations

import sys

import pytest

from bizcenter.lazyload import load
from bizcenter.simulation.workflows import PREPARE
from bizcenter.workflows.linkage import REVERSAL_HOOKS, SETTLE_HOOKS


@pytest.mark.parametrize("target", sorted({*SETTLE_HOOKS.values(), *REVERSAL_HOOKS.values(), *PREPARE.values()}))
def test_every_named_hook_resolves_to_a_function(target):
    assert callable(load(target))


def test_every_screen_and_running_tab_resolves():
    pytest.importorskip("PySide6")
    from ui.sell.screens import RUNNING_PANELS, WORKFLOW_SCREENS

    for target in (*WORKFLOW_SCREENS.values(), *RUNNING_PANELS):
        assert isinstance(load(target), type), target


def test_a_missing_name_or_module_raises_naming_it():
    with pytest.raises(ImportError, match="no_such_hook"):
        load("bizcenter.workflows.fax_out:no_such_hook")
    with pytest.raises(ModuleNotFoundError):
        load("bizcenter.workflows.no_such_module:on_line_settled")
    with pytest.raises(ValueError):
        load("bizcenter.workflows.fax_out")


def test_a_module_that_breaks_on_import_is_not_swallowed(tmp_path, monkeypatch):
    (tmp_path / "broken_service_module.py").write_text("import a_dependency_that_is_not_installed\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError) as err:
        load("broken_service_module:on_line_settled")
    assert err.value.name == "a_dependency_that_is_not_installed"
    sys.modules.pop("broken_service_module", None)
