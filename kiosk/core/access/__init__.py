"""Who may do what: staff and organizer principals, PINs hashed with the kiosk-local pepper, sign-in throttling.
Imports `common` and `store`.
"""
