"""The floor map: the plan drawn for QML, routes and tours from this kiosk."""
