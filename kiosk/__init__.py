"""An exhibition-floor kiosk for touchscreens: cities, booths, programme, floor map and QR codes, offline."""

__version__ = "0.1.0"
