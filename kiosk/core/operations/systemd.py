"""Talking to systemd when it supervises the kiosk: "ready", and the watchdog's "still alive" (sd_notify)."""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)


def _address() -> str | None:
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return None
    if address.startswith("@"):  # an abstract socket
        return "\0" + address[1:]
    return address


def notify(state: str) -> bool:
    """Send `state` (e.g. "READY=1", "WATCHDOG=1", "STATUS=…") to systemd; False when not under systemd or the
    message could not be sent. Never raises: the kiosk runs the same without a supervisor."""
    address = _address()
    if address is None:
        return False
    import socket  # only under a supervisor: start-up does not pay for it

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.setblocking(False)  # a supervisor that does not read must never stall the GUI thread
            sock.connect(address)
            sock.send(state.encode("utf-8"))
        return True
    except OSError as exc:
        log.warning("Could not tell systemd %r: %s", state, exc)
        return False


def watchdog_interval_ms() -> int | None:
    """How often to say "still alive": half the watchdog time systemd set for this process, or None."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return max(100, int(usec) // 2000)
    except ValueError:
        return None
