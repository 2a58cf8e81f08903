"""A scroll area that scrolls only up and down: as wide as what it holds (plus its scroll bar), so nothing in
it is cut at the right edge and the window's minimum width accounts for it (a side column, a long form)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QScrollArea


class VerticalScroll(QScrollArea):
    def __init__(self, widget=None, parent=None, **kwargs):
        super().__init__(parent, widgetResizable=True, **kwargs)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        if widget is not None:
            self.setWidget(widget)

    def setWidget(self, widget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)  # its texts change (a language, a chosen booking): so does our width

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = inner.minimumSizeHint().expandedTo(inner.minimumSize()).width() \
            + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())
