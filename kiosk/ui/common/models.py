"""List models over plain dicts (every key of a row is a role of the same name): a short list held whole, and a long
one read a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)


class RowsModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, roles: tuple[str, ...], parent=None):
        super().__init__(parent)
        self._role_ids = {Qt.ItemDataRole.UserRole + 1 + i: name for i, name in enumerate(roles)}
        self._rows: list[dict] = []

    def roleNames(self):
        return {role: QByteArray(name.encode()) for role, name in self._role_ids.items()}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._role_ids.get(role)
        return self._rows[index.row()].get(name) if name else None

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def rows(self) -> list[dict]:
        return self._rows

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)


class PagedModel(QAbstractListModel):
    """A long list read a page at a time, as the view comes to it: it knows how many rows there are (so the view's
    scroll range and a jump to any row are right from the start) and fetches a row's page when the view first asks
    for it. A page that follows one in hand starts where that one ended (`place` of its last row: through the index,
    not by counting rows), so scrolling down costs one small query per page however long the list is. A few dozen
    pages are kept; reading the list again (`reset`) forgets them."""

    countChanged = Signal()
    PAGE = 50
    KEPT_PAGES = 40

    def __init__(self, roles: tuple[str, ...], parent=None):
        super().__init__(parent)
        self._role_ids = {Qt.ItemDataRole.UserRole + 1 + i: name for i, name in enumerate(roles)}
        self._count = 0
        self._fetch: Callable[[int, int, tuple | None], list[dict]] = lambda offset, limit, after: []
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()

    def reset(self, count: int, fetch: Callable[[int, int, tuple | None], list[dict]]) -> None:
        """`count` rows, read by `fetch(offset, limit, after)` (`after`: the `place` of the row before `offset`)."""
        self.beginResetModel()
        self._count, self._fetch = count, fetch
        self._pages.clear()
        self.endResetModel()
        self.countChanged.emit()

    def roleNames(self):
        return {role: QByteArray(name.encode()) for role, name in self._role_ids.items()}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        name = self._role_ids.get(role)
        if not index.isValid() or name is None or not 0 <= index.row() < self._count:
            return None
        page = self._page(index.row() // self.PAGE)
        offset = index.row() % self.PAGE
        return page[offset].get(name) if offset < len(page) else None

    def _page(self, number: int) -> list[dict]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        before = self._pages.get(number - 1)
        after = before[-1].get("place") if before and len(before) == self.PAGE else None
        page = self._fetch(number * self.PAGE, self.PAGE, after)
        self._pages[number] = page
        while len(self._pages) > self.KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    def rows(self) -> list[dict]:
        """Every row, page by page (for a caller that needs them all: tests, a short list)."""
        return [row for number in range((self._count + self.PAGE - 1) // self.PAGE) for row in self._page(number)]

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return self._count
