"""The app shell around the screens: the QML engine, idle reset, speech, crash handling, usage counts, screenshots."""
