"""Everything that runs without a display. Never imports PySide6."""
