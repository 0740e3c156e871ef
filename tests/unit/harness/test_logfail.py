"""The log watch (tests/helpers/logfail.py): a warning a test did not expect fails it, one it expects does not."""

from kiosk import config

pytest_plugins = ["pytester"]

INNER = '''
import logging
import threading

import pytest

log = logging.getLogger("kiosk.core.selftest")


def test_information_is_fine():
    log.info("a backup was written")


def test_an_unexpected_warning_fails():
    log.warning("the backup could not be written")


def test_an_unexpected_error_on_another_thread_fails():
    thread = threading.Thread(target=log.error, args=("a worker failed",))
    thread.start()
    thread.join()


def test_a_warning_the_test_expects_passes(caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk.core.selftest"):
        log.warning("the backup could not be written")
    assert "could not be written" in caplog.text


def test_expecting_a_parent_logger_s_warnings_counts(caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk"):
        log.warning("the backup could not be written")
    assert caplog.records[-1].name == "kiosk.core.selftest"


def test_expecting_a_warning_does_not_expect_an_error(caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk.core.selftest"):
        log.error("the database is damaged")


def test_the_root_logger_already_at_warning_expects_nothing(caplog):
    with caplog.at_level(logging.WARNING):
        log.warning("the backup could not be written")


@pytest.fixture
def noisy():
    yield
    log.warning("closing went wrong")


def test_a_warning_in_a_fixture_s_teardown_is_an_error(noisy):
    pass
'''


def test_the_watch_is_on_in_this_run(request):
    assert request.config.pluginmanager.has_plugin("tests.helpers.logfail")


def test_unexpected_warnings_fail_and_expected_ones_pass(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(config.PROJECT_ROOT))
    monkeypatch.setenv("COLUMNS", "400")  # whole lines in the short summary
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-p", "tests.helpers.logfail", "-p", "no:cacheprovider", "-rfE")
    result.assert_outcomes(passed=4, failed=4, errors=1)
    result.stdout.fnmatch_lines_random([
        "FAILED test_inner.py::test_an_unexpected_warning_fails - Failed: logged during the test's call *",
        "FAILED test_inner.py::test_an_unexpected_error_on_another_thread_fails - Failed: logged *",
        "FAILED test_inner.py::test_expecting_a_warning_does_not_expect_an_error - Failed: logged *",
        "FAILED test_inner.py::test_the_root_logger_already_at_warning_expects_nothing - Failed: logged *",
        ("ERROR test_inner.py::test_a_warning_in_a_fixture_s_teardown_is_an_error - Failed: logged during the test's "
         "teardown *"),
        "  WARNING kiosk.core.selftest: the backup could not be written",
        "  ERROR kiosk.core.selftest: a worker failed",
        "  ERROR kiosk.core.selftest: the database is damaged",
        "  WARNING kiosk.core.selftest: closing went wrong",
        "*caplog.at_level(logging.WARNING, logger='kiosk.core.selftest')*",
    ])
