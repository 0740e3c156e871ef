"""Which screen a name opens, who may open it, and the "name:id" targets the screens are opened with.

Main.qml asks here and carries the answer out on its stack; it holds only the table from a screen's key to its QML
type (each type compiled when first wanted).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

# A screen's name (as Nav.open and a target give it) -> the key of the screen that shows it.
SCREENS = {"attract": "attract", "home": "home", "cities": "cities", "exhibitors": "exhibitors",
           "projects": "projects", "programme": "programme", "city": "entity", "exhibitor": "entity",
           "project": "entity", "session": "entity", "search": "search", "visit": "visit", "map": "map", "route": "map", "tour": "map",
           "staffLogin": "staffLogin", "staff": "staffHome", "staffEdit": "staffEdit",
           "staffPictures": "staffPictures", "staffAdmin": "staffAdmin", "staffPlace": "staffPlace"}
# Screens behind a PIN: without the right sign-in they open the sign-in screen instead.
FOR_STAFF = {"staff", "staffEdit", "staffPictures"}
FOR_ORGANIZERS = {"staffAdmin", "staffPlace"}


def split(target: str) -> tuple[str, str]:
    """"city:bangkok" -> ("city", "bangkok"); a name alone has no id."""
    name, _, entity_id = target.partition(":")
    return name, entity_id


@QmlElement
@QmlSingleton
class Screens(QObject):
    def __init__(self, staff, parent=None):
        super().__init__(parent)
        self._staff = staff

    @staticmethod
    def create(engine):  # the QML engine asks for the singleton here
        return engine.view_model(Screens)

    @Slot(str, result=str)
    def screenFor(self, name: str) -> str:
        """The key of the screen that opens for `name` now ("" for no screen of that name)."""
        if (name in FOR_STAFF and not self._staff.signedIn) or (name in FOR_ORGANIZERS and not self._staff.organizer):
            return "staffLogin"
        return SCREENS.get(name, "")

    @Slot(str, result="QVariantMap")
    def split(self, target: str) -> dict:
        """A target ("exhibitor:huawei", "home") as {name, id}."""
        name, entity_id = split(target)
        return {"name": name, "id": entity_id}
