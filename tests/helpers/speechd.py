"""A real speech-dispatcher for tests, with espeak-ng's voices: its own configuration, socket and log in a temporary
folder, and libao's null driver for sound (a test machine has no sound card). Stopped by its process id."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SYSTEM_CONFIG = Path("/etc/speech-dispatcher")
ESPEAK_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")


def available() -> bool:
    return bool(shutil.which("speech-dispatcher")) and ESPEAK_MODULE.exists() and SYSTEM_CONFIG.is_dir()


@dataclass
class Speechd:
    address: str  # for SPEECHD_ADDRESS, which libspeechd (and so Qt's speechd engine) connects to
    log: Path

    def logged(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@contextmanager
def running(base: Path):
    conf, home, logs = base / "conf", base / "home", base / "log"
    shutil.copytree(SYSTEM_CONFIG, conf)
    with (conf / "speechd.conf").open("a") as f:  # later lines win
        f.write('\nAudioOutputMethod "libao"\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n'
                "DefaultModule espeak-ng\nLogLevel 5\n")
    home.mkdir()
    (home / ".libao").write_text("default_driver=null\n")  # libao reads ~/.libao
    logs.mkdir()
    socket = base / "speechd.sock"
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    server = subprocess.Popen(["speech-dispatcher", "--run-single", "--timeout", "0", "--config-dir", str(conf),
                               "--log-dir", str(logs), "--communication-method", "unix_socket",
                               "--socket-path", str(socket), "--pid-file", str(base / "speechd.pid")],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    modules: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while not socket.exists():
            assert server.poll() is None, f"speech-dispatcher exited with {server.returncode}"
            assert time.monotonic() < deadline, "speech-dispatcher did not open its socket"
            time.sleep(0.05)
        modules = _children(server.pid)
        yield Speechd(f"unix_socket:{socket}", logs / "speech-dispatcher.log")
    finally:
        modules = modules or _children(server.pid)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        for pid in modules:  # its output modules end with it; one that did not is stopped here
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
