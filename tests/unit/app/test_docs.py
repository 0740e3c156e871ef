"""Every `kiosk` command, at every depth, says what it does in its --help and is named in README.md or
docs/operations.md by its full name (`kiosk staff add`, `kiosk config set`, `kiosk export-site`)."""

import re

import click
import pytest

from kiosk import config
from kiosk.cli.main import cli

DOCS = [config.PROJECT_ROOT / "README.md", config.PROJECT_ROOT / "docs" / "operations.md"]


def commands(command: click.Command, path: tuple[str, ...] = ("kiosk",)):
    """(full name, command) for the command and every command below it, depth first."""
    yield " ".join(path), command
    if isinstance(command, click.Group):
        context = click.Context(command, info_name=path[-1])
        for name in command.list_commands(context):
            yield from commands(command.get_command(context, name), (*path, name))


def named_in(name: str, text: str) -> bool:
    """Whether `text` names the command as a whole (`kiosk export` is not named by `kiosk export-site`); the words
    may be wrapped onto the next line."""
    words = r"\s+".join(map(re.escape, name.split()))
    return re.search(rf"(?<![\w-]){words}(?![\w-])", text) is not None


COMMANDS = dict(commands(cli))
DOCS_TEXT = "\n".join(path.read_text(encoding="utf-8") for path in DOCS)


def test_the_walk_reaches_every_group_s_commands():
    assert {"kiosk", "kiosk export", "kiosk export-site", "kiosk staff add", "kiosk config set",
            "kiosk organizer set-pin"} <= set(COMMANDS)
    assert len(COMMANDS) >= 25


@pytest.mark.parametrize("name", COMMANDS)
def test_the_command_has_help(name):
    assert (COMMANDS[name].help or "").strip(), f"`{name}` has no help text (give the command a docstring)"


@pytest.mark.parametrize("name", COMMANDS)
def test_the_command_is_named_in_the_readme_or_the_operations_guide(name):
    assert named_in(name, DOCS_TEXT), f"`{name}` is named in neither README.md nor docs/operations.md"


def test_the_checks_notice_a_missing_help_and_a_missing_name():
    @click.group()
    def top():
        """The group."""

    @top.group()
    def staff():
        """Booth staff."""

    @staff.command()
    def add():
        pass

    assert [(name, bool(command.help)) for name, command in commands(top)] == [
        ("kiosk", True), ("kiosk staff", True), ("kiosk staff add", False)]
    assert named_in("kiosk staff add", "then `kiosk staff\n   add --booth C21`")
    assert not named_in("kiosk export", "`kiosk export-site site/`")
    assert not named_in("kiosk staff", "the kiosk staffed by volunteers")
