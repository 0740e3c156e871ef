"""A list model over plain dicts: every key of the first row becomes a role of the same name."""

from __future__ import annotations

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
