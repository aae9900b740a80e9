"""No dialog taller than the screen: past the limit, its body scrolls and the buttons stay.

A 1366×768 laptop with a taskbar (40 px) and a title bar (30 px) leaves 698
pixels: a dialog that grows past that (the visit form with a referral ticked
grew to 754) hides Save and Cancel below the screen's edge. ``keep_on_screen``
watches a dialog: whenever its content asks for more height than the limit
(or than the screen's free height, if smaller), the content moves into a
scroll area once, the buttons stay below it, and the dialog is held to the limit.
"""

from __future__ import annotations

import itertools

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# 768 minus a 40-pixel taskbar and a 30-pixel title bar.
MAX_DIALOG_HEIGHT = 698
TITLE_BAR = 30


def height_limit(widget: QWidget) -> int:
    """The tallest a dialog may be: 698 px, or the screen's free height if that is less."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return MAX_DIALOG_HEIGHT
    free = screen.availableGeometry().height() - TITLE_BAR
    return max(min(MAX_DIALOG_HEIGHT, free), 200)


class _Keeper(QObject):
    """Watches its parent dialog. It holds no Python reference to the dialog: a cycle
    between the two would let the garbage collector delete the dialog under Qt."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.scroll: QScrollArea | None = None
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest):
            dialog = self.parent()
            if watched is dialog and isinstance(dialog, QDialog) and shiboken6.isValid(dialog):
                self.fit(dialog)
        return False

    def fit(self, dialog: QDialog) -> None:
        limit = height_limit(dialog)
        if self.scroll is None and dialog.sizeHint().height() > limit:
            self.scroll = _scroll_body(dialog)
        if self.scroll is not None:
            # The body's full height where it fits, else the limit with a scroll bar.
            body = self.scroll.widget()
            extra = dialog.sizeHint().height() - self.scroll.sizeHint().height()
            wanted = body.sizeHint().height() + extra + 2 * self.scroll.frameWidth()
            dialog.setMaximumHeight(limit)
            if dialog.isVisible() and dialog.height() < min(wanted, limit):
                dialog.resize(dialog.width(), min(wanted, limit))
        if dialog.height() > limit:
            dialog.resize(dialog.width(), limit)


def keep_on_screen(dialog: QDialog) -> None:
    """Hold ``dialog`` to the screen's height from now on (see the module's note)."""
    if getattr(dialog, "_screen_keeper", None) is None:
        # Held by the dialog's Python object too, so the filter's wrapper lives as long.
        dialog._screen_keeper = _Keeper(dialog)  # type: ignore[attr-defined]


def _scroll_body(dialog: QDialog) -> QScrollArea | None:
    """Move everything but the closing buttons into a scroll area, in the same layout."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    ):
        return None
    # Moving widgets drops the focus and may reorder Tab: note both, to restore them.
    focused = dialog.focusWidget()
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and len(chain) < 2000:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    # What each item holds, read before anything moves: removeWidget deletes the item
    # that wrapped a widget, and takeAt would hand Python an item wrapper that deletes
    # a moved sub-layout when it is collected.
    parts: list[tuple[QWidget | QLayout | QLayoutItem, int]] = []
    for n in range(layout.count()):
        item = layout.itemAt(n)
        part = item.widget() or item.layout() or item
        parts.append((part, layout.stretch(n)))
    for part, _stretch in parts:
        if isinstance(part, QWidget):
            layout.removeWidget(part)
        else:
            layout.removeItem(part)
    # The last button box (and what follows it) stays outside, always in reach.
    cut = len(parts)
    for n in range(len(parts) - 1, -1, -1):
        if isinstance(parts[n][0], QDialogButtonBox):
            cut = n
            break
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    body_layout.setSpacing(layout.spacing())
    for part, stretch in parts[:cut]:
        _move(part, body_layout, stretch)
    scroll = QScrollArea()
    scroll.setObjectName("dialogBody")
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    # As wide as the content: only the height scrolls.
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(body.minimumSizeHint().width() + bar)
    layout.addWidget(scroll, 1)
    for part, stretch in parts[cut:]:
        _move(part, layout, stretch)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    if focused is not None:
        focused.setFocus()
    return scroll


def _move(part: QWidget | QLayout | QLayoutItem, target: QBoxLayout, stretch: int) -> None:
    if isinstance(part, QWidget):
        target.addWidget(part, stretch)
    elif isinstance(part, QLayout):
        part.setParent(None)
        target.addLayout(part, stretch)
    else:
        target.addItem(part)
