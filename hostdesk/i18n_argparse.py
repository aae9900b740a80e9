"""argparse in the user's language: its headings, its help line and its error messages.

argparse marks its words with gettext (``_("usage: ")``) and would look for a
gettext catalogue on disk; HostDesk's words live in the one Qt catalogue the
window uses. So this parser leaves argparse alone and translates at the few
places its words come out: the usage prefix (the formatter), the two group
titles and the ``-h`` help line (set once the parser is built), and every error
message, which reaches ``error()`` already formatted in English and is matched
back to argparse's template (``hostdesk.i18n.match_template``). The templates
below are argparse's own, for Python 3.11 to 3.13; ``tests/test_i18n_argparse.py``
checks that every template the running argparse marks for translation is here
(or listed as a programmer's error no user meets), so a new Python's new
sentence fails a test instead of slipping through in English.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from hostdesk.i18n import QT_TRANSLATE_NOOP, fill, match_template, translate, translate_message

CONTEXT = "argparse"

USAGE = QT_TRANSLATE_NOOP("argparse", "usage: ")
POSITIONALS = QT_TRANSLATE_NOOP("argparse", "positional arguments")
OPTIONALS = QT_TRANSLATE_NOOP("argparse", "options")
HELP = QT_TRANSLATE_NOOP("argparse", "show this help message and exit")
VERSION = QT_TRANSLATE_NOOP("argparse", "show program's version number and exit")
# argparse's template ends in "\n"; the newline is added in error(), not kept in the catalogue.
ERROR = QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s")
ARGUMENT = QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s")

# The messages a person can meet, as argparse formats them before error() sees them.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    # Python 3.13
    QT_TRANSLATE_NOOP("argparse", "option '%(option)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "argument '%(argument_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "command '%(parser_name)s' is deprecated"),
)  # fmt: skip

# Words argparse marks that only a programmer meets (a parser built wrongly), or that
# HostDesk's parsers never produce: left in English on purpose.
NOT_SHOWN = frozenset({
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    'argument "-" with mode %r',
    "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    "conflicting subparser alias: %s",
    "conflicting subparser: %s",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    # Python 3.13: used only for add_subparsers(title=...), ArgumentDefaultsHelpFormatter
    # and deprecated arguments, none of which HostDesk's parsers have.
    "subcommands",
    " (default: %(default)s)",
    "%(heading)s:",
    "%(prog)s: warning: %(message)s\n",
})  # fmt: skip


def message_text(message: str) -> str:
    """One of argparse's error messages in the user's language (unknown ones as they are)."""
    values = match_template(message, ARGUMENT)
    if values is not None:  # "argument --x: <a message of its own>"
        return fill(
            translate(CONTEXT, ARGUMENT),
            argument_name=values["argument_name"],
            message=message_text(values["message"]),
        )
    return translate_message(CONTEXT, message, MESSAGES) or message


def all_templates() -> Iterable[str]:
    """Every argparse template this module translates (for the tests and the catalogue)."""
    return (USAGE, POSITIONALS, OPTIONALS, HELP, VERSION, ERROR, ARGUMENT, *MESSAGES)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with the usage prefix in the user's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        words = translate(CONTEXT, USAGE) if prefix is None else prefix
        super().add_usage(usage, actions, groups, words)


class ArgumentParser(argparse.ArgumentParser):
    """An ``argparse.ArgumentParser`` whose own words follow LANG; its subparsers are too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate(CONTEXT, POSITIONALS)
        self._optionals.title = translate(CONTEXT, OPTIONALS)
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate(CONTEXT, HELP)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        if isinstance(action, argparse._VersionAction) and "help" not in kwargs:
            action.help = translate(CONTEXT, VERSION)
        return action

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = fill(translate(CONTEXT, ERROR), prog=self.prog, message=message_text(message))
        self.exit(2, text + "\n")
