"""Making a fleet, adding a kiosk to it with one file, and the Syncthing set-up that follows from the roster.

The organizer's laptop makes the fleet (`init`) and, for each kiosk, one join file (`add_kiosk`): the kiosk's
Syncthing identity, the roster (every member's device and address) and the fleet's PIN secret. The kiosk takes the
file (`join`) and is a member. The organizer's roster also travels in the packages folder, so kiosks that joined
earlier learn of later ones (`configure` adds what is new).

Folders: each member's journal (`journal-<id>`) is sent by that member only and received by all others; the
packages folder (`packages`) is sent by the organizer only; each kiosk's heartbeat (`status-<id>`) goes to the
organizer only.
"""

from __future__ import annotations

import base64
import json
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import require_slug
from kiosk.core.fleet import syncthing
from kiosk.core.fleet.syncthing import Syncthing

FLEET_FILE = "fleet.json"
ROSTER = "roster.json"  # in the packages folder
JOIN_KIND = "kiosk fleet join file"
ORGANIZER = "organizer"


@dataclass
class Member:
    id: str
    role: str  # "organizer" or "kiosk"
    device: str
    address: str  # host:port where its Syncthing listens


@dataclass
class Fleet:
    name: str
    me: str  # this machine's member id
    gui: str  # host:port of this machine's Syncthing REST API (127.0.0.1)
    members: list[Member] = field(default_factory=list)

    def member(self, member_id: str) -> Member:
        found = [m for m in self.members if m.id == member_id]
        if not found:
            raise KioskError(f"{member_id!r} is not a member of the fleet {self.name!r}.")
        return found[0]

    @property
    def others(self) -> list[Member]:
        return [m for m in self.members if m.id != self.me]


def load(folder: Path) -> Fleet | None:
    """This machine's fleet, or None when it is not in one."""
    path = Path(folder) / FLEET_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Fleet(data["name"], data["me"], data["gui"], [Member(**m) for m in data["members"]])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KioskError(f"The fleet file {path} cannot be read ({exc}).") from None


def save(folder: Path, fleet: Fleet) -> None:
    Path(folder).mkdir(parents=True, exist_ok=True)
    files.write_atomically(Path(folder) / FLEET_FILE, json.dumps(asdict(fleet), indent=1).encode(), mode=0o600)


def syncthing_for(folder: Path, fleet: Fleet) -> Syncthing:
    return Syncthing(Path(folder) / "syncthing", gui=fleet.gui, listen=fleet.member(fleet.me).address)


def init(folder: Path, name: str, listen: str, gui: str) -> Fleet:
    """Make a fleet with this machine as its organizer."""
    if load(folder) is not None:
        raise KioskError(f"This machine is already in a fleet ({Path(folder) / FLEET_FILE}).")
    _check_address(listen)
    fleet = Fleet(name, ORGANIZER, gui)
    device = Syncthing(Path(folder) / "syncthing", gui=gui, listen=listen).generate()
    fleet.members.append(Member(ORGANIZER, "organizer", device, listen))
    save(folder, fleet)
    publish_roster(folder, fleet)
    return fleet


def add_kiosk(folder: Path, kiosk_id: str, address: str, out: Path, pepper: Path) -> Member:
    """Add a kiosk to this organizer's fleet and write the one file that makes it a member (it holds secrets)."""
    fleet = _organizer(folder)
    require_slug(kiosk_id, "kiosk id")
    _check_address(address)
    if any(m.id == kiosk_id for m in fleet.members):
        raise KioskError(f"The fleet already has a kiosk {kiosk_id!r}.")
    with tempfile.TemporaryDirectory() as home:
        device = Syncthing(Path(home), gui="127.0.0.1:0", listen=address).generate()
        cert, key = (Path(home, name).read_text(encoding="ascii") for name in ("cert.pem", "key.pem"))
    member = Member(kiosk_id, "kiosk", device, address)
    fleet.members.append(member)
    joining = {"kind": JOIN_KIND, "warning": "This file holds the kiosk's secret key and the fleet's PIN secret: "
                                             "hand it over on a stick you keep, and delete it after joining.",
               "fleet": fleet.name, "kiosk": kiosk_id, "members": [asdict(m) for m in fleet.members],
               "cert": cert, "key": key, "pepper": base64.b64encode(_pepper(pepper)).decode("ascii")}
    files.write_atomically(Path(out), json.dumps(joining, indent=1).encode(), mode=0o600)
    save(folder, fleet)
    publish_roster(folder, fleet)
    return member


def remove_kiosk(folder: Path, kiosk_id: str) -> Member:
    """Take a kiosk out of this organizer's fleet: every member stops sending it anything once the roster reaches
    them (a lost or stolen kiosk; its journal so far stays, so no edit made there is lost)."""
    fleet = _organizer(folder)
    member = fleet.member(kiosk_id)
    if member.role == "organizer":
        raise KioskError("The organizer's machine cannot be taken out of its own fleet.")
    fleet.members.remove(member)
    save(folder, fleet)
    publish_roster(folder, fleet)
    return member


def join(folder: Path, join_file: Path, pepper: Path, gui: str) -> Fleet:
    """Make this machine the kiosk a join file describes."""
    try:
        data = json.loads(Path(join_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KioskError(f"{join_file} cannot be read as a join file ({exc}).") from None
    if not isinstance(data, dict) or data.get("kind") != JOIN_KIND:
        raise KioskError(f"{join_file} is not a kiosk fleet join file (make one with `kiosk fleet add-kiosk`).")
    if load(folder) is not None:
        raise KioskError(f"This machine is already in a fleet ({Path(folder) / FLEET_FILE}).")
    secret = base64.b64decode(data["pepper"])
    if Path(pepper).exists() and Path(pepper).read_bytes() != secret:
        raise KioskError(f"This machine already has another PIN secret at {pepper}: its PINs would stop working. "
                         "Move it away first if they are no longer needed.")
    home = Path(folder) / "syncthing"
    home.mkdir(parents=True, exist_ok=True)
    files.write_atomically(home / "cert.pem", data["cert"].encode("ascii"), mode=0o600)
    files.write_atomically(home / "key.pem", data["key"].encode("ascii"), mode=0o600)
    fleet = Fleet(data["fleet"], data["kiosk"], gui, [Member(**m) for m in data["members"]])
    device = syncthing_for(folder, fleet).generate()
    if device != fleet.member(fleet.me).device:
        raise KioskError("The join file's key does not give the device it names: it was damaged.")
    if not Path(pepper).exists():
        Path(pepper).parent.mkdir(parents=True, exist_ok=True)
        files.write_atomically(Path(pepper), secret, mode=0o600)
    save(folder, fleet)
    return fleet


def publish_roster(folder: Path, fleet: Fleet) -> None:
    """The members, without secrets, where every kiosk receives them (the packages folder)."""
    packages = Path(folder) / "packages"
    packages.mkdir(parents=True, exist_ok=True)
    files.write_atomically(packages / ROSTER, json.dumps([asdict(m) for m in fleet.members], indent=1).encode())


def learn_roster(folder: Path, fleet: Fleet) -> bool:
    """Take in the members the organizer added or took out since this kiosk joined; True when something changed."""
    path = Path(folder) / "packages" / ROSTER
    if fleet.me == ORGANIZER or not path.exists():
        return False
    try:
        members = [Member(**m) for m in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        return False
    if fleet.me not in {m.id for m in members} or {m.id for m in members} == {m.id for m in fleet.members}:
        return False  # unchanged, or this kiosk itself was taken out: it keeps what it has and stops hearing
    fleet.members = members
    save(folder, fleet)
    return True


def configure(st: Syncthing, folder: Path, fleet: Fleet) -> None:
    """Peers and folders for every member (only what is missing is added)."""
    have_devices = {d["deviceID"] for d in st.rest("GET", "/rest/config/devices")}
    current = {m.device for m in fleet.members}
    for device in sorted(have_devices - current):  # taken out of the fleet: nothing more to or from it
        st.rest("DELETE", f"/rest/config/devices/{device}")
    have_folders = {f["id"] for f in st.rest("GET", "/rest/config/folders")}
    for member in fleet.others:
        if member.device not in have_devices:
            st.add_device(member.device, member.id, [f"tcp://{member.address}"])
    me = fleet.member(fleet.me)
    journals = Path(folder) / "journals"
    wanted = {f"journal-{me.id}": (journals / me.id, "sendonly", [m.device for m in fleet.others])}
    for member in fleet.others:
        wanted[f"journal-{member.id}"] = (journals / member.id, "receiveonly", [member.device])
    organizer = fleet.member(ORGANIZER)
    for kind in ("status", "analytics"):  # heartbeats and visitor counts go to the organizer
        if me is organizer:
            for member in fleet.others:
                wanted[f"{kind}-{member.id}"] = (Path(folder) / kind / member.id, "receiveonly", [member.device])
        else:
            wanted[f"{kind}-{me.id}"] = (Path(folder) / kind / me.id, "sendonly", [organizer.device])
    wanted["packages"] = ((Path(folder) / "packages", "sendonly", [m.device for m in fleet.others]) if me is organizer
                          else (Path(folder) / "packages", "receiveonly", [organizer.device]))
    for folder_id, (path, kind, devices) in wanted.items():
        if folder_id not in have_folders:
            st.add_folder(folder_id, path, kind, devices)
        elif kind == "sendonly":  # a member added since: share with it too
            st.rest("PATCH", f"/rest/config/folders/{folder_id}", {"devices": [{"deviceID": d} for d in devices]})


def _organizer(folder: Path) -> Fleet:
    fleet = load(folder)
    if fleet is None or fleet.me != ORGANIZER:
        raise KioskError("Only the organizer's machine adds kiosks: make the fleet there with `kiosk fleet init`.")
    return fleet


def _pepper(path: Path) -> bytes:
    path = Path(path)
    if not path.exists():
        raise KioskError(f"There is no PIN secret at {path} yet: issue the organizer PIN first "
                         "(`kiosk organizer set-pin`), so every kiosk shares it.")
    return path.read_bytes()


def _check_address(address: str) -> None:
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise KioskError(f"{address!r} is not an address such as 192.168.1.20:22000.")


def problems(folder: Path) -> list[str]:
    """What keeps this machine from being in step with its fleet (`kiosk doctor`)."""
    try:
        fleet = load(folder)
    except KioskError as exc:
        return [str(exc)]
    if fleet is None:
        return []
    if not syncthing.available():
        return [f"This machine is {fleet.me} of the fleet {fleet.name!r}, but Syncthing is not installed: it runs on "
                "its own (install the Debian package syncthing, or carry a USB stick with `kiosk fleet usb`)."]
    return []
