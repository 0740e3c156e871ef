"""Booth staff at the kiosk: sign-in, their own entries, publish, pictures."""
