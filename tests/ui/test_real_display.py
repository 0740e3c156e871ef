"""`kiosk run` on a real X display: a child process under Xvfb with Qt's xcb platform, driven from outside with real
X input (xdotool). It comes up full screen, tells systemd it is ready and keeps the watchdog fed, shows the attract
slideshow, refuses every way out from the front (keys and a window manager's close request), and closes only by the
organizer's "Exit to desktop", with status 64.

Where to press is learnt from the same QML started in this process (offscreen, at the same size and the X screen's
pixel density): the layout depends on nothing else. Before every press the real screen is compared, loosely (mean
colour per 16-pixel tile, never text pixel by pixel), with the offscreen rendering of the same state, so a layout
that differs fails with both pictures saved instead of pressing the wrong thing.
"""

import ctypes
import ctypes.util
import os
import re
import select
import shutil
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image, ImageGrab
from PySide6.QtCore import QRectF

from kiosk.ui.admin.admin import EXIT_TO_DESKTOP

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1920, 1080
PIN = "135790"
WATCHDOG_USEC = 2_000_000
TILE = 16         # pixels per side of a compared tile
TOLERANCE = 24    # largest difference of a tile's mean colour, per channel (0-255): text is drawn a little
                  # differently offscreen and on X; a different slide or screen differs by far more
AGREEMENT = 0.97  # share of the tiles with something drawn on them that must agree

# Qt messages carry their kind, so warnings are told from debug output.
MESSAGE_PATTERN = "%{type} %{if-category}%{category}: %{endif}%{message}"
# Known noise on a real display, besides what the kiosk itself silences (QUIET_LOGGING in kiosk/ui/app.py): on some
# starts the font fallback for a Khmer name (script 32) tries the Thai font first and says so, then uses the Khmer
# one (the screenshots show the Khmer names drawn correctly).
NOISE = [re.compile(r'^warning qt\.text\.font\.db: OpenType support missing for "Noto Sans[^"]*", script \d+$')]


def require(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        reason = (f"The real-display test needs {', '.join(missing)} (Debian packages xvfb, xdotool, x11-utils; "
                  "scripts/system-deps.sh --test installs them).")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def require_xcb(log: str) -> None:
    """Qt's xcb platform plug-in needs system libraries (libxcb-icccm4, libxcb-keysyms1, …): a set-up problem."""
    reason = ("Qt's xcb platform plug-in does not load; run scripts/system-deps.sh (as root it installs what is "
              f"missing). Qt said:\n{log[-2000:]}")
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def stop(process: subprocess.Popen) -> None:
    """End a process this test started, and whatever it started (it leads its own session and process group)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:  # gone, with everything it started
        process.wait(timeout=5)
        return
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@pytest.fixture
def xvfb(tmp_path):
    """A private X server: Xvfb picks a free display number and writes it once it accepts connections."""
    require("Xvfb", "xdotool", "xwininfo", "xdpyinfo")
    read_end, write_end = os.pipe()
    with open(tmp_path / "xvfb.log", "wb") as log:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-dpi", "96",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=[write_end], stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_end], [], [], left)[0]:
                pytest.fail(f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text(errors='replace')}")
            chunk = os.read(read_end, 32)
            if not chunk:
                pytest.fail(f"Xvfb stopped: {(tmp_path / 'xvfb.log').read_text(errors='replace')}")
            number += chunk
        yield X(f":{int(number)}")
    finally:
        os.close(read_end)
        stop(server)


class X:
    """The X display, seen and touched from outside the kiosk."""

    def __init__(self, display: str):
        self.display = display
        self.env = {**os.environ, "DISPLAY": display}

    def run(self, *args, check: bool = True) -> str:
        done = subprocess.run([str(a) for a in args], env=self.env, capture_output=True, encoding="utf-8",
                              errors="replace", timeout=30)
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(map(str, args))} failed: {done.stderr.strip()}")
        return done.stdout

    def xdotool(self, *args) -> str:
        return self.run("xdotool", *args)

    def grab(self) -> Image.Image:
        return ImageGrab.grab(xdisplay=self.display).convert("RGB")

    def pixel_density(self) -> float:
        """Pixels per millimetre as Qt's Screen.pixelDensity reports it: the mean of horizontal and vertical."""
        found = re.search(r"dimensions:\s+(\d+)x(\d+) pixels \((\d+)x(\d+) millimeters\)", self.run("xdpyinfo"))
        assert found, "xdpyinfo gave no screen dimensions"
        width, height, width_mm, height_mm = map(int, found.groups())
        return (width / width_mm + height / height_mm) / 2

    def window_of(self, pid: int, timeout: float = 10) -> int:
        deadline = time.monotonic() + timeout
        while True:
            found = self.run("xdotool", "search", "--onlyvisible", "--pid", pid, check=False).split()
            if len(found) == 1:
                return int(found[0])
            assert len(found) < 2, f"the kiosk shows {len(found)} windows"
            assert time.monotonic() < deadline, "the kiosk's window never appeared"
            time.sleep(0.1)

    def window_info(self, window: int) -> dict:
        text = self.run("xwininfo", "-id", window)
        fields = dict(re.findall(r"^\s*([A-Za-z -]+):\s+(.*)$", text, re.MULTILINE))
        return {"x": int(fields["Absolute upper-left X"]), "y": int(fields["Absolute upper-left Y"]),
                "width": int(fields["Width"]), "height": int(fields["Height"]), "state": fields["Map State"]}

    def press(self, point: tuple[int, int]) -> None:
        """A short tap, as a finger (the touchscreen's pointer) gives it."""
        self.xdotool("mousemove", *point, "click", "1")

    def hold(self, point: tuple[int, int], seconds: float) -> None:
        self.xdotool("mousemove", *point, "mousedown", "1", "sleep", seconds, "mouseup", "1")

    def close_request(self, window: int) -> None:
        """WM_DELETE_WINDOW, sent the way a window manager asks a window to close (its close button, Alt+F4).
        Through libxcb, which Qt's xcb platform needs anyway; xdotool's `windowclose` destroys the window
        instead of asking."""
        xcb = ctypes.CDLL(ctypes.util.find_library("xcb") or "libxcb.so.1")
        libc = ctypes.CDLL(None)

        class Cookie(ctypes.Structure):
            _fields_ = [("sequence", ctypes.c_uint)]

        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_intern_atom.restype = Cookie
        xcb.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
        xcb.xcb_intern_atom_reply.restype = ctypes.c_void_p
        xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, Cookie, ctypes.c_void_p]
        xcb.xcb_send_event.restype = Cookie
        xcb.xcb_send_event.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32,
                                       ctypes.c_char_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        libc.free.argtypes = [ctypes.c_void_p]
        connection = xcb.xcb_connect(self.display.encode(), None)
        try:
            assert not xcb.xcb_connection_has_error(connection), f"cannot connect to {self.display}"

            def atom(name: bytes) -> int:
                reply = xcb.xcb_intern_atom_reply(connection, xcb.xcb_intern_atom(connection, 0, len(name), name),
                                                  None)
                assert reply, name
                try:  # xcb_intern_atom_reply_t: type, pad, sequence, length, then the atom
                    return struct.unpack_from("=I", ctypes.string_at(reply, 12), 8)[0]
                finally:
                    libc.free(reply)

            # xcb_client_message_event_t: ClientMessage (33), format 32, sequence, window, type, 5 x 32-bit data
            event = struct.pack("=BBHII5I", 33, 32, 0, window, atom(b"WM_PROTOCOLS"), atom(b"WM_DELETE_WINDOW"),
                                0, 0, 0, 0)
            xcb.xcb_send_event(connection, 0, window, 0, event)  # no event mask: to the window's own client
            atom(b"WM_DELETE_WINDOW")  # a round trip: the server has handled the event before this client hangs up
        finally:
            xcb.xcb_disconnect(connection)


# --- loose comparison of pictures ---------------------------------------------------------------------------------

def tiles(image: Image.Image) -> list[tuple[int, int, int]]:
    """The mean colour of every TILE x TILE square."""
    width, height = image.size
    data = image.convert("RGB").resize((max(1, width // TILE), max(1, height // TILE)), Image.Resampling.BOX).tobytes()
    return [tuple(data[i:i + 3]) for i in range(0, len(data), 3)]


def agreement(shot: Image.Image, reference: Image.Image) -> float:
    """The share of the tiles with something drawn on them (in either picture) whose mean colours agree."""
    ours, theirs = tiles(shot), tiles(reference)
    background = Counter(theirs).most_common(1)[0][0]

    def far(a, b) -> bool:
        return max(abs(p - q) for p, q in zip(a, b)) > TOLERANCE

    drawn = [i for i in range(len(theirs)) if far(ours[i], background) or far(theirs[i], background)]
    if not drawn:
        return 1.0
    return sum(not far(ours[i], theirs[i]) for i in drawn) / len(drawn)


class Reference:
    """A state of the kiosk rendered offscreen in this process: the picture, and where its items are."""

    def __init__(self, name: str, image_path: Path, boxes: dict[str, tuple[int, int, int, int]]):
        self.name = name
        self.path = image_path
        self.image = Image.open(image_path).convert("RGB")
        self.boxes = boxes

    def centre(self, item: str) -> tuple[int, int]:
        left, top, right, bottom = self.boxes[item]
        return (left + right) // 2, (top + bottom) // 2

    def score(self, shot: Image.Image, regions: list[str] | None) -> float:
        if not regions:
            return agreement(shot, self.image)
        return min(agreement(shot.crop(self.boxes[r]), self.image.crop(self.boxes[r])) for r in regions)


def snapshot(driver, name: str, folder: Path, items: list[str] = ()) -> Reference:
    driver.settle()
    boxes = {}
    for item_name in items:
        item = driver.visible_item(item_name)
        box = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        boxes[item_name] = (max(0, int(box.left()) - 4), max(0, int(box.top()) - 4),
                            min(WIDTH, int(box.right()) + 5), min(HEIGHT, int(box.bottom()) + 5))
    path = folder / f"reference-{name}.png"
    assert driver.window.grabWindow().save(str(path))
    return Reference(name, path, boxes)


# --- the kiosk as a child process ------------------------------------------------------------------------------------

class Supervisor:
    """What systemd sees: the notification socket (an abstract one, as systemd's own) and what arrives on it."""

    def __init__(self):
        self.address = f"@kiosk-test-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self.socket.bind("\0" + self.address[1:])
        self.socket.settimeout(0.2)
        self.messages: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.socket.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.messages.append((time.monotonic(), data.decode("utf-8", "replace")))

    def wait_for(self, message: str, after: float, timeout: float, child: subprocess.Popen, logged) -> float:
        deadline = time.monotonic() + timeout
        while True:
            for at, text in list(self.messages):
                if at >= after and message in text.splitlines():
                    return at
            if child.poll() is not None:
                if 'Could not load the Qt platform plugin "xcb"' in logged():
                    require_xcb(logged())
                pytest.fail(f"The kiosk stopped with status {child.returncode} before {message}:\n{logged()[-3000:]}")
            assert time.monotonic() < deadline, f"no {message} within {timeout} s"
            time.sleep(0.05)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.socket.close()


def problems_in(stderr: str) -> list[str]:
    """Qt warnings (and worse), Python warnings, tracebacks and log records at WARNING or above."""
    found = []
    for line in stderr.splitlines():
        if any(noise.match(line) for noise in NOISE):
            continue
        if (re.match(r"^(warning|critical|fatal) ", line)  # Qt's messages, QML ones included (MESSAGE_PATTERN)
                or re.search(r"\b[A-Z]\w*Warning: ", line)  # Python's warnings
                or line.startswith("Traceback")
                or re.match(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) ", line)):  # the kiosk's log
            found.append(line)
    return found


def references(start_kiosk, db: Path, pepper: Path, density: float, folder: Path) -> SimpleNamespace:
    """Every state the test waits for, rendered offscreen from the same QML on a copy of the same database, at the
    same size and at the X screen's pixel density (Theme.mm, which sets the size of touch targets)."""

    def offscreen():
        kiosk = start_kiosk(db, lang="th", screen="attract", pepper_path=pepper, speech_engine="none")
        kiosk.kiosk.admin.leave_app = lambda code: None  # a reference never closes this process
        kiosk.evaluate(kiosk.screen(), f"Theme.mm = Math.max(3.5, {density}), true")  # as Main.qml binds it
        return kiosk

    shows = offscreen()  # the slideshow, a slide when asked for
    rendered: dict[int, Reference] = {}

    def slide(k: int) -> Reference:
        for _ in range(3):  # the reference's own slideshow may move on while the snapshot is taken: take it again
            if k in rendered:
                break
            shows.screen().setProperty("slide", k)
            shot = snapshot(shows, f"attract-{k}", folder)
            if shows.screen().property("slide") == k:
                rendered[k] = shot
        assert k in rendered, f"slide {k} could not be rendered still"
        return rendered[k]

    ref = offscreen()  # the way to the organizer's exit, step by step
    ref.evaluate(ref.screen(), 'Nav.open("staffLogin", ""), true')  # where holding the corner leads
    ref.wait_for_screen("staffLoginScreen")
    login = snapshot(ref, "login", folder, ["staffCorner", "boothCodeField"])
    ref.tap("boothCodeField")
    ref.qtbot.waitUntil(lambda: ref.item("keyboard").isVisible())
    login_keyboard = snapshot(ref, "login-keyboard", folder)
    ref.visible_item("boothCodeField").setProperty("text", "organizer")
    login_typed = snapshot(ref, "login-typed", folder, ["boothCodeField"])
    ref.visible_item("pinField").setProperty("text", PIN)
    ref.evaluate(ref.screen(), "signIn(), true")  # the screen's own sign-in, as Enter in the PIN field calls it
    ref.wait_for_screen("staffHomeScreen")
    ref.qtbot.waitUntil(lambda: not ref.item("keyboard").isVisible())
    home = snapshot(ref, "staff-home", folder, ["adminButton"])
    ref.tap("adminButton")
    ref.wait_for_screen("staffAdminScreen")
    actions = ["adminReload", "adminBackupNow", "adminRestart", "adminExit"]
    admin = snapshot(ref, "admin", folder, actions)
    ref.tap("adminExit")
    assert ref.screen().property("confirmExit")
    admin_confirm = snapshot(ref, "admin-confirm", folder, ["adminExit"])
    return SimpleNamespace(
        title=shows.window.title(), background=shows.evaluate(shows.screen(), "String(Theme.primaryDark)"),
        slides=len(shows.kiosk.browse.featured), slide=slide, login=login, login_keyboard=login_keyboard,
        login_typed=login_typed, home=home, admin=admin, actions=actions, admin_confirm=admin_confirm)


def test_the_kiosk_on_a_real_display_locks_and_lets_only_the_organizer_out(xvfb, start_kiosk, demo_db_file,
                                                                          tmp_path):
    timings = {}
    began = time.monotonic()
    data_dir = Path(os.environ["KIOSK_DATA_DIR"])  # the test's own (tests/conftest.py); the pepper goes there
    db_path = tmp_path / "show" / "kiosk.db"
    db_path.parent.mkdir()
    shutil.copyfile(demo_db_file, db_path)
    child_env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb.display, "QT_MESSAGE_PATTERN": MESSAGE_PATTERN,
                 # Every X event the kiosk receives is logged: shows that the keys and the close request reached it.
                 "QT_LOGGING_RULES": "qt.qpa.events.debug=true"}
    for name in ("WATCHDOG_PID", "NOTIFY_SOCKET", "WATCHDOG_USEC", "QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS",
                 "QT_ENABLE_HIGHDPI_SCALING", "QT_FONT_DPI", "QT_QUICK_BACKEND"):
        child_env.pop(name, None)
    pin = subprocess.run([sys.executable, "-m", "kiosk", "organizer", "set-pin", "--pin", PIN, "--db", db_path],
                         cwd=ROOT, env=child_env, capture_output=True, text=True, timeout=60)
    assert pin.returncode == 0, pin.stderr
    assert (data_dir / "pepper").is_file()
    reference_db = tmp_path / "reference.db"
    with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(reference_db)) as copy:
        source.backup(copy)
    ref = references(start_kiosk, reference_db, data_dir / "pepper", xvfb.pixel_density(), tmp_path)
    timings["references"] = time.monotonic() - began

    stderr_path = tmp_path / "kiosk.stderr"
    child = supervisor = None

    def logged() -> str:
        return stderr_path.read_text(errors="replace")

    def wait_until(reference: Reference, regions: list[str] | None = None, timeout: float = 10) -> Image.Image:
        """Until the real screen looks like `reference` (in `regions`, or all of it)."""
        deadline = time.monotonic() + timeout
        while True:
            shot = xvfb.grab()
            score = reference.score(shot, regions)
            if score >= AGREEMENT:
                return shot
            if time.monotonic() > deadline or child.poll() is not None:
                seen = tmp_path / f"xvfb-{reference.name}.png"
                shot.save(seen)
                pytest.fail(f"The real screen never looked like {reference.name} ({score:.0%} of the tiles agree "
                            f"in {regions or 'the whole screen'}): compare {seen} with {reference.path}")
            time.sleep(0.1)

    def attract_slide(timeout: float) -> tuple[int, Image.Image]:
        """Until the real screen shows one of the slideshow's slides; which one, and the screenshot."""
        for k in range(ref.slides):  # every slide's reference rendered first: not counted in the wait for the screen
            ref.slide(k)
        deadline = time.monotonic() + timeout
        while True:
            shot = xvfb.grab()
            shown = next((k for k in range(ref.slides) if ref.slide(k).score(shot, None) >= AGREEMENT), None)
            if shown is not None:
                return shown, shot
            if time.monotonic() > deadline or child.poll() is not None:
                shot.save(tmp_path / "xvfb-attract.png")
                pytest.fail(f"The real screen shows none of the attract slides: see {tmp_path / 'xvfb-attract.png'}")
            time.sleep(0.2)

    try:
        supervisor = Supervisor()
        child_env.update({"NOTIFY_SOCKET": supervisor.address, "WATCHDOG_USEC": str(WATCHDOG_USEC)})
        with open(stderr_path, "wb") as err, open(tmp_path / "kiosk.stdout", "wb") as out:
            started = time.monotonic()
            child = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--db", db_path], cwd=ROOT,
                                     env=child_env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                     start_new_session=True)

        # 1. "Ready" once the first frame is on screen, then the watchdog's pings.
        ready = supervisor.wait_for("READY=1", started, 40, child, logged)
        timings["ready"] = ready - started
        supervisor.wait_for("WATCHDOG=1", ready, 3 * WATCHDOG_USEC / 1e6, child, logged)

        # 2. Full screen: the kiosk's only window covers the whole X screen.
        window = xvfb.window_of(child.pid)
        assert xvfb.window_info(window) == {"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT, "state": "IsViewable"}
        assert xvfb.xdotool("getdisplaygeometry").split() == [str(WIDTH), str(HEIGHT)]
        assert xvfb.xdotool("getwindowname", window).strip() == ref.title

        # 3. The attract slideshow: one of its slides, drawn whole.
        shown, shot = attract_slide(timeout=15)
        shot.save(tmp_path / "xvfb-attract.png")
        colours = shot.getcolors(maxcolors=WIDTH * HEIGHT)
        assert len(colours) > 1000, "too few colours for text drawn with anti-aliasing"
        count, dominant = max(colours)
        background = tuple(int(ref.background[i:i + 2], 16) for i in (1, 3, 5))
        assert max(abs(a - b) for a, b in zip(dominant, background)) <= 2, (dominant, ref.background)
        assert count > 0.6 * WIDTH * HEIGHT, "the slideshow's background should fill most of the screen"
        timings["attract"] = time.monotonic() - started

        # 4. Nothing from the front closes it: the keys, and a window manager's close request.
        keys_before = logged().count("XCB_KEY_PRESS")
        refused = ["Escape", "alt+F4", "ctrl+q", "ctrl+w", "ctrl+F4"]
        for key in refused:
            xvfb.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.2)
        messages_before = logged().count("XCB_CLIENT_MESSAGE")
        xvfb.close_request(window)
        deadline = time.monotonic() + 5
        while logged().count("XCB_CLIENT_MESSAGE") == messages_before:
            assert time.monotonic() < deadline, "the close request never reached the kiosk"
            time.sleep(0.05)
        assert logged().count("XCB_KEY_PRESS") - keys_before >= len(refused), "the keys never reached the kiosk"
        time.sleep(1)
        assert child.poll() is None, f"the kiosk closed (status {child.returncode}) on a key or a close request"
        assert xvfb.window_info(window)["state"] == "IsViewable"
        attract_slide(timeout=7)  # and still the slideshow

        # 5. The organizer's way out, with real X input.
        xvfb.hold(ref.login.centre("staffCorner"), 3.3)  # hold the top-left corner for three seconds
        wait_until(ref.login)
        xvfb.press(ref.login.centre("boothCodeField"))
        wait_until(ref.login_keyboard)  # the field has the focus, and the on-screen keyboard is up
        xvfb.xdotool("type", "--delay", "40", "organizer")  # a physical keyboard, with the on-screen one active
        wait_until(ref.login_typed, ["boothCodeField"], timeout=5)
        xvfb.xdotool("key", "Return")  # Enter: on to the PIN field
        xvfb.xdotool("type", "--delay", "40", PIN)
        xvfb.xdotool("key", "Return")
        wait_until(ref.home, timeout=15)  # signed in (checking a PIN takes a moment by design)
        xvfb.press(ref.home.centre("adminButton"))
        wait_until(ref.admin, ref.actions)
        xvfb.press(ref.admin.centre("adminExit"))
        wait_until(ref.admin_confirm, ["adminExit"], timeout=5)  # "Tap again to close the kiosk"
        second_tap = time.monotonic()
        xvfb.press(ref.admin.centre("adminExit"))
        try:
            code = child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pytest.fail("the kiosk did not close after the organizer's second tap on Exit to desktop")
        ended = time.monotonic()
        timings["exit"] = ended - second_tap
        assert code == EXIT_TO_DESKTOP, logged()[-3000:]
    finally:
        if child is not None:
            stop(child)
        if supervisor is not None:
            supervisor.close()

    stderr = logged()
    assert "The organizer chose exit to desktop." in stderr
    assert not problems_in(stderr), "\n".join(problems_in(stderr))
    said = [text for _, text in supervisor.messages]
    assert said.count("READY=1") == 1, said
    pings = [at for at, text in supervisor.messages if text == "WATCHDOG=1" and at >= ready]
    gaps = [b - a for a, b in zip([ready, *pings], [*pings, ended])]
    assert max(gaps) < WATCHDOG_USEC / 1e6, f"systemd's watchdog would have fired: {max(gaps):.1f} s without a ping"
    timings["total"] = time.monotonic() - began
    print("timings (s):", {name: round(seconds, 2) for name, seconds in timings.items()},
          f"slide {shown}, {len(pings)} pings, longest gap {max(gaps):.2f} s")


def test_a_window_destroyed_from_outside_stops_the_watchdog_and_the_kiosk_leaves(xvfb, demo_db_file, tmp_path):
    """`xdotool windowclose` destroys the X window under the kiosk: Qt keeps the process and its window object,
    with nothing on screen. The watchdog stops being fed and the kiosk leaves, non-zero, to be started again."""
    from kiosk.ui.shell.crash import CRASH_EXIT

    db_path = tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, db_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb.display, "QT_MESSAGE_PATTERN": MESSAGE_PATTERN}
    for name in ("WATCHDOG_PID", "QT_SCALE_FACTOR", "QT_QUICK_BACKEND"):
        env.pop(name, None)
    supervisor = Supervisor()
    env.update({"NOTIFY_SOCKET": supervisor.address, "WATCHDOG_USEC": str(WATCHDOG_USEC)})
    stderr_path = tmp_path / "kiosk.stderr"
    child = None
    try:
        with open(stderr_path, "wb") as err:
            started = time.monotonic()
            child = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--db", db_path], cwd=ROOT, env=env,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                     start_new_session=True)
        logged = lambda: stderr_path.read_text(errors="replace")  # noqa: E731
        ready = supervisor.wait_for("READY=1", started, 40, child, logged)
        supervisor.wait_for("WATCHDOG=1", ready, 3 * WATCHDOG_USEC / 1e6, child, logged)
        window = xvfb.window_of(child.pid)
        closed = time.monotonic()
        xvfb.xdotool("windowclose", window)
        try:
            code = child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("the kiosk lived on after its window was destroyed")
    finally:
        if child is not None:
            stop(child)
        supervisor.close()
    assert code == CRASH_EXIT, logged()[-3000:]
    assert "The kiosk's window is gone" in logged()
    # One check may run before the X server's news of the destroyed window reaches the kiosk; none after it.
    late = [at for at, text in supervisor.messages if text == "WATCHDOG=1" and at > closed]
    assert len(late) <= 1, f"{len(late)} pings after the window was destroyed"
