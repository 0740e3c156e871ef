import shutil
from pathlib import Path

import pytest

from kiosk import config
from kiosk.core.demo import dataset
from kiosk.core.store import database as kdb

# A warning or error logged during a test fails it unless the test expects it (see the module).
pytest_plugins = ["tests.helpers.logfail"]


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """No test touches the real user data folder or inherits a setting from the environment (any variable named in
    config.ENV_VARS)."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    for var in config.ENV_VARS.values():
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory) -> Path:
    """The demo database, built once per test run from the real source files in db/."""
    return dataset.build(tmp_path_factory.mktemp("demo") / "demo.db", config.DEMO_SOURCE)


@pytest.fixture
def demo_db(demo_db_file):
    """A connection to the shared demo database (read-only use)."""
    with kdb.connect(demo_db_file) as db:
        yield db


@pytest.fixture
def writable_db(demo_db_file, tmp_path):
    """A private copy of the demo database that a test may change."""
    path = tmp_path / "copy.db"
    shutil.copyfile(demo_db_file, path)
    with kdb.connect(path) as db:
        yield db


@pytest.fixture
def source_copy(tmp_path) -> Path:
    """A private copy of the demo data set's source files that a test may edit."""
    target = tmp_path / "source"
    shutil.copytree(config.DEMO_SOURCE, target)
    return target
