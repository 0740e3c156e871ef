"""Syncthing, set up and run by the kiosk itself: no web page, no hand-edited XML.

Each kiosk runs its own Syncthing (Debian's `syncthing`, 1.19) with a home folder of its own. Before the first start
its configuration is hardened for an offline hall: it listens and answers its REST API only on the addresses given,
and global discovery, relays, NAT traversal, usage and crash reporting and automatic upgrades are off. Peers are
reached at the static addresses of the fleet file. Everything after that goes through the REST API with the API key.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.core.common.errors import KioskError

PROGRAM = "syncthing"
# Offline and quiet: nothing is looked up or reported outside the hall.
HARDENED = {"globalAnnounceEnabled": "false", "relaysEnabled": "false", "natEnabled": "false", "urAccepted": "-1",
            "crashReportingEnabled": "false", "autoUpgradeIntervalH": "0", "startBrowser": "false",
            "reconnectionIntervalS": "5"}


def available() -> bool:
    return shutil.which(PROGRAM) is not None


class Syncthing:
    def __init__(self, home: Path, *, gui: str, listen: str, lan_discovery: bool = True):
        """`gui` is host:port of the REST API (keep it on 127.0.0.1); `listen` is host:port peers connect to."""
        self.home = Path(home)
        self.gui, self.listen, self.lan_discovery = gui, listen, lan_discovery
        self.process: subprocess.Popen | None = None

    # --- setting up ---

    def generate(self) -> str:
        """Make this instance's identity and hardened configuration (once); returns its device id."""
        if not available():
            raise KioskError("Syncthing is not installed (Debian package `syncthing`): this kiosk runs on its own.")
        config = self.home / "config.xml"
        if not config.exists():
            self.home.mkdir(parents=True, exist_ok=True)
            # A GUI user and password, never used: without them any local process can read the API key.
            _run([PROGRAM, "generate", f"--home={self.home}", "--no-default-folder", "--gui-user=kiosk",
                  f"--gui-password={secrets.token_urlsafe(24)}"])
        tree = ET.parse(config)
        root = tree.getroot()
        gui = root.find("gui")
        gui.find("address").text = self.gui
        if not (gui.findtext("apikey") or "").strip():
            gui.find("apikey").text = secrets.token_urlsafe(24)
        options = root.find("options")
        for key, value in {**HARDENED, "listenAddress": f"tcp://{self.listen}",
                           "localAnnounceEnabled": "true" if self.lan_discovery else "false"}.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        for extra in options.findall("listenAddress")[1:]:
            options.remove(extra)
        tree.write(config, encoding="utf-8", xml_declaration=False)
        os.chmod(config, 0o600)
        return self.device_id()

    def device_id(self) -> str:
        return _run([PROGRAM, "serve", f"--home={self.home}", "--device-id"]).strip()

    @property
    def api_key(self) -> str:
        return ET.parse(self.home / "config.xml").getroot().find("gui").findtext("apikey")

    # --- running ---

    def start(self, timeout: float = 30.0) -> None:
        log = open(self.home / "syncthing.log", "ab")
        self.process = subprocess.Popen(
            [PROGRAM, "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--logflags=3"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env={**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1"})
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise KioskError(f"Syncthing stopped at start (see {self.home / 'syncthing.log'}).")
            try:
                self.rest("GET", "/rest/system/ping")
                return
            except KioskError:
                time.sleep(0.1)
        self.stop()
        raise KioskError(f"Syncthing did not answer on {self.gui} within {timeout:.0f} s.")

    def stop(self) -> None:
        """Stop it by its process id (the monitor stops its child)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)

    # --- the REST API ---

    def rest(self, method: str, path: str, body=None, timeout: float = 10.0):
        # Imported here: the kiosk's start reads the fleet file through this module, and urllib brings http, email
        # and ssl (about 15 ms) that the first frame does not need.
        import urllib.error
        import urllib.request

        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"http://{self.gui}{path}", data=data, method=method,
                                         headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                text = response.read().decode("utf-8")
        except (urllib.error.URLError, OSError) as exc:
            raise KioskError(f"Syncthing at {self.gui} did not answer {method} {path} ({exc}).") from None
        return json.loads(text) if text.strip() else None

    def add_device(self, device_id: str, name: str, addresses: list[str]) -> None:
        self.rest("POST", "/rest/config/devices", {"deviceID": device_id, "name": name, "addresses": addresses,
                                                   "autoAcceptFolders": False})

    def add_folder(self, folder_id: str, path: Path, kind: str, devices: list[str]) -> None:
        """A folder shared with `devices`: "sendonly" for what only this machine writes, "receiveonly" for what
        another writes. Its `.stfolder` marker is made here: without it Syncthing never reads an absent folder (an
        unmounted stick) as everything deleted."""
        Path(path, ".stfolder").mkdir(parents=True, exist_ok=True)
        self.rest("POST", "/rest/config/folders", {
            "id": folder_id, "label": folder_id, "path": str(path), "type": kind,
            "devices": [{"deviceID": d} for d in devices], "fsWatcherEnabled": True, "fsWatcherDelayS": 1,
            "rescanIntervalS": 60})

    def scan(self, folder_id: str) -> None:
        """Look at the folder now (returns when done): a new file is announced at once, not at the next watch."""
        self.rest("POST", f"/rest/db/scan?folder={folder_id}", timeout=30)

    def pause(self, device_id: str) -> None:
        self.rest("POST", f"/rest/system/pause?device={device_id}")

    def resume(self, device_id: str) -> None:
        self.rest("POST", f"/rest/system/resume?device={device_id}")

    def connected(self) -> list[str]:
        """The devices connected now."""
        connections = self.rest("GET", "/rest/system/connections")["connections"]
        return sorted(d for d, c in connections.items() if c.get("connected"))


def _run(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout
    except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        raise KioskError(f"{' '.join(command[:2])} failed ({exc}).") from None
