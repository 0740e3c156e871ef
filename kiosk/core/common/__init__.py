"""Common ground: the error type every wing raises, text cleaning and folding, atomic file writes, and where the
bundled assets (fonts, images) are. Imports nothing of the kiosk.
"""
