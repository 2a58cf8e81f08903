"""The designed look as a clerk meets it: the theme is on in the app as built, service tiles are touch size with
an icon each, a message is coloured by what it means (and loses its colour when cleared), and a dialog's
primary action sits right-most, accented."""
from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from uidriver import add_copy_job, idle, open_shift
from ui.widgets import MessageLine


def _ink(widget) -> set[str]:
    """The colours a widget's pixels are drawn in (its text and its band), as #rrggbb."""
    image: QImage = widget.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(image.height())}


def test_tiles_are_touch_size_with_an_icon_each(qtbot, window):
    open_shift(qtbot, window)
    assert QApplication.instance().styleSheet()  # the theme is on, in the tests as in the app
    tiles = window.counter.tile_buttons
    assert len(tiles) >= 15
    for code, tile in tiles.items():
        assert tile.width() >= 96 and tile.height() >= 72, (code, tile.size())
        assert not tile.icon().isNull(), code


def test_a_message_is_coloured_by_its_meaning_and_cleared_with_it(qtbot, window):
    line = MessageLine()
    qtbot.addWidget(line)
    line.resize(400, 40)
    line.show()
    line.error("Refused")
    error_ink = _ink(line)
    assert line.property("role") == "error"
    assert "#fdecea" in error_ink  # the error band
    line.info("Posted")
    assert line.property("role") == "success"
    assert "#e8f5ec" in _ink(line) and "#fdecea" not in _ink(line)
    line.clear()
    assert line.property("role") == "" and not line.text()
    assert "#e8f5ec" not in _ink(line)


def test_the_primary_action_is_right_most_and_accented(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window)
    counter = window.counter
    counter.adjust("discount")
    dialog = counter.dialog
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QDialogButtonBox)
    shown = sorted((b for b in box.buttons() if b.isVisible()), key=lambda b: b.mapTo(dialog, b.rect().topLeft()).x())
    assert shown[-1] is box.button(QDialogButtonBox.Ok)
    assert shown[-1].property("primary") is True
    assert dialog.findChild(type(counter.header), "dialogTitle").text() == dialog.windowTitle()
    dialog.reject()
    idle(qtbot, window)
    assert counter.pay.property("primary") is True


def test_no_state_of_a_widget_changes_its_font():
    """A face made bold or larger when a button is checked, hovered or focused is wider than the text the button
    was sized for: the chosen payment kind ("Room charge F7") was drawn cut off. States show in colour only."""
    import re

    from ui.theme import stylesheet

    states = re.compile(r":(checked|unchecked|hover|focus|pressed|selected|on|off|open|closed|active)\b")
    changing = [selector.strip() for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", stylesheet())
                if states.search(selector) and re.search(r"\bfont(-weight|-size|-family|-style)?\s*:", body)]
    assert changing == []
