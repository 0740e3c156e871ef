"""The organizer's screen at the kiosk: backups, checks, this kiosk's place, exit."""
