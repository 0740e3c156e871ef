"""A log record at WARNING or above fails the test that logged it, unless the test expected it.

A test expects a record when, during the test, it set the record's logger (or a parent logger) to exactly the
record's level, which is what a test that asserts on a warning does anyway:

    with caplog.at_level(logging.WARNING, logger="kiosk.core.analytics.events"):
        recorder.flush()
    assert "damaged" in caplog.text

Levels are compared with the ones the loggers had when the test started, so a level that the code (or an earlier
test) set does not count as expecting, nor does a level on the root logger that is already WARNING. Expecting
WARNING does not expect ERROR.

Records are collected while a test's setup, call and teardown run and the phase fails after it has run (the call
fails; setup or teardown errors). Nothing is raised inside `log.warning()` itself, so the code under test keeps its
control flow, and a record logged on another thread or in a Qt slot still counts. Qt's own messages are
pytest-qt's business (`qt_log_level_fail` in pyproject.toml); Python warnings are errors (`filterwarnings`).

Loaded by tests/conftest.py (`pytest_plugins`); another pytest run can load it with `-p tests.helpers.logfail`.
"""

from __future__ import annotations

import logging

import pytest

LEVEL = logging.WARNING
HANDLER = pytest.StashKey["LogFailHandler"]()


def logger_levels() -> dict[str, int]:
    """The level set on each logger now, by name ("" for the root)."""
    levels = {name: logger.level for name, logger in logging.Logger.manager.loggerDict.items()
              if isinstance(logger, logging.Logger)}
    levels[""] = logging.getLogger().level
    return levels


class LogFailHandler(logging.Handler):
    """Keeps the records at LEVEL or above that the running test did not expect."""

    def __init__(self) -> None:
        super().__init__(LEVEL)
        self.levels_at_start: dict[str, int] | None = None  # None between tests: nothing is kept
        self.unexpected: list[logging.LogRecord] = []

    def start(self) -> None:
        self.levels_at_start = logger_levels()
        self.unexpected = []

    def stop(self) -> None:
        self.levels_at_start = None

    def take(self) -> list[logging.LogRecord]:
        taken, self.unexpected = self.unexpected, []
        return taken

    def expected(self, record: logging.LogRecord, levels_at_start: dict[str, int]) -> bool:
        logger: logging.Logger | None = logging.getLogger(record.name)
        while logger is not None:
            name = "" if logger is logging.getLogger() else logger.name
            if logger.level == record.levelno and levels_at_start.get(name, logging.NOTSET) != record.levelno:
                return True
            logger = logger.parent
        return False

    def emit(self, record: logging.LogRecord) -> None:
        levels_at_start = self.levels_at_start
        if levels_at_start is not None and not self.expected(record, levels_at_start):
            self.unexpected.append(record)


def describe(records: list[logging.LogRecord], when: str) -> str:
    lines = [f"logged during the test's {when} without the test expecting it:"]
    lines += [f"  {r.levelname} {r.name}: {r.getMessage()}" for r in records]
    first = records[0]
    lines.append(f"If the test expects it, assert on it inside `with caplog.at_level(logging.{first.levelname}, "
                 f"logger={first.name!r}):`; otherwise find out why it was logged.")
    return "\n".join(lines)


def pytest_configure(config: pytest.Config) -> None:
    handler = LogFailHandler()
    config.stash[HANDLER] = handler
    logging.getLogger().addHandler(handler)


def pytest_unconfigure(config: pytest.Config) -> None:
    handler = config.stash.get(HANDLER, None)
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


def _watch(item: pytest.Item, when: str):
    handler = item.config.stash[HANDLER]
    if when == "setup":
        handler.start()
    else:
        handler.take()  # left over from a phase that failed for another reason
    try:
        result = yield  # a phase that failed by itself says so first
    finally:
        if when == "teardown":
            handler.stop()
    records = handler.take()
    if records:
        pytest.fail(describe(records, when), pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    return (yield from _watch(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    return (yield from _watch(item, "call"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    return (yield from _watch(item, "teardown"))
