"""`kiosk doctor` warns when it runs under a desktop or window manager whose menus are a way out of the kiosk."""

import os
import subprocess
import sys

SESSION_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "DESKTOP_SESSION")


def doctor(db, tmp_path, **env):
    clean = {k: v for k, v in os.environ.items() if k not in SESSION_VARS}
    clean["KIOSK_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run([sys.executable, "-m", "kiosk", "doctor", "--db", str(db)], capture_output=True,
                          text=True, env={**clean, **env}, timeout=300)


def fake_xprop(tmp_path, wm_name):
    """An `xprop` that answers as an X server with this window manager running (a real process on PATH)."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    script = folder / "xprop"
    script.write_text(f"""#!/bin/sh
case "$*" in
  "-root _NET_SUPPORTING_WM_CHECK") echo "_NET_SUPPORTING_WM_CHECK(WINDOW): window id # 0x600008" ;;
  "-id 0x600008 _NET_WM_NAME") echo '_NET_WM_NAME(UTF8_STRING) = "{wm_name}"' ;;
  *) exit 1 ;;
esac
""")
    script.chmod(0o755)
    return f"{folder}{os.pathsep}{os.environ['PATH']}"


def test_no_warning_without_a_desktop(demo_db_file, tmp_path):
    result = doctor(demo_db_file, tmp_path)
    assert result.returncode == 0, result.stdout
    assert "window manager" not in result.stdout and "desktop" not in result.stdout.lower()


def test_a_desktop_session_is_named_with_what_to_disable(demo_db_file, tmp_path):
    result = doctor(demo_db_file, tmp_path, XDG_CURRENT_DESKTOP="XFCE", DISPLAY=":0", PATH=fake_xprop(tmp_path, "Xfwm4"))
    assert result.returncode == 0, result.stdout  # a warning: the database itself is healthy
    warning = [line for line in result.stdout.splitlines() if line.startswith("Warning:")]
    assert len(warning) == 1 and "XFCE" in warning[0] and "Alt+Space" in warning[0]
    assert "docs/operations.md" in warning[0]


def test_a_window_manager_found_through_x_is_named(demo_db_file, tmp_path):
    result = doctor(demo_db_file, tmp_path, DISPLAY=":0", PATH=fake_xprop(tmp_path, "Openbox"))
    warning = [line for line in result.stdout.splitlines() if line.startswith("Warning:")]
    assert len(warning) == 1 and "Openbox" in warning[0], result.stdout


def test_cage_on_wayland_needs_no_warning(demo_db_file, tmp_path):
    result = doctor(demo_db_file, tmp_path, WAYLAND_DISPLAY="wayland-0", DISPLAY=":0",
                    PATH=fake_xprop(tmp_path, "wlroots wm"))  # cage runs Xwayland with wlroots' own X helper
    assert "Warning:" not in result.stdout
