"""The floor: the hall plan as plain data, wayfinding between kiosks and booths, a visit plan's
walking order, and where each kiosk stands.
Imports `common`, `store` and `catalog` (route QR payloads).
"""
