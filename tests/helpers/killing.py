"""Killing a writer (SIGKILL) at a random moment: the shared part of the crash tests."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_until_killed(code: str, args: list, seconds: float) -> list[str]:
    """Run `python -c code *args`, wait for its "ready" line, kill it after `seconds` (if it is still running), and
    return the lines it finished printing before it died."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen([sys.executable, "-c", code, *map(str, args)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, encoding="utf-8") as child:
        if child.stdout.readline() != "ready\n":
            child.kill()
            pytest.fail(f"the writing process did not start: {child.stderr.read()}")
        try:
            child.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL, child.stderr.read()
        return [line.rstrip("\n") for line in child.stdout.read().splitlines(keepends=True) if line.endswith("\n")]
