class KioskError(Exception):
    """A problem the user can act on; its message is one plain sentence."""
