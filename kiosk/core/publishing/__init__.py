"""What goes outside the kiosk: the static microsite behind the QR codes (with its assets) and printed QR posters.
Imports `common`, `store`, `catalog` and `floor`.
"""
