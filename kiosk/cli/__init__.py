"""The `kiosk` command: a click group (main.py), the options every command shares (common.py) and one module
per command family, each handing its commands to the group. Commands parse, call the core and print; they run
no SQL of their own."""
