"""The isolation fixture (tests/conftest.py): no test sees the kiosk's settings from the environment it runs in, and
each has a data folder of its own."""

import os

from kiosk import config

pytest_plugins = ["pytester"]

INNER = '''
import os

from kiosk import config

NAMES = sorted(config.ENV_VARS.values())
AT_IMPORT = {name: os.environ.get(name) for name in NAMES}  # before any fixture ran


def test_the_run_was_started_with_every_variable_set():
    assert [name for name in NAMES if AT_IMPORT[name] is None] == []


def test_no_variable_reaches_a_test(tmp_path):
    assert {name: os.environ[name] for name in NAMES if name in os.environ} == {}
    assert os.environ["KIOSK_DATA_DIR"] == str(tmp_path / "data")
'''


def test_no_kiosk_setting_comes_from_the_environment(tmp_path):
    assert [name for name in config.ENV_VARS.values() if name in os.environ] == []
    assert config.data_dir() == tmp_path / "data"


def test_every_variable_set_outside_is_cleared_inside(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(config.PROJECT_ROOT))
    for name in config.ENV_VARS.values():
        monkeypatch.setenv(name, "from-outside")
    monkeypatch.setenv("KIOSK_DATA_DIR", str(pytester.path / "real-data-folder"))
    pytester.makeconftest('pytest_plugins = ["tests.conftest"]\n')
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
