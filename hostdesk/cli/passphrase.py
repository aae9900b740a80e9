"""Where a passphrase comes from: a file (for scripts and tests) or a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from hostdesk.domain.passphrases import MIN_LENGTH
from hostdesk.i18n import fill, os_error_text, translate
from hostdesk.storage.errors import VaultError

ENV_FILE = "HOSTDESK_PASSPHRASE_FILE"


class PassphraseUnavailable(VaultError):
    pass


def _first_line(path: str, unreadable: str) -> str:
    """The file's first line; ``unreadable`` (%1 the file, %2 why) if it cannot be read."""
    try:
        content = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise PassphraseUnavailable(fill(unreadable, path, os_error_text(error))) from error
    return content.splitlines()[0] if content else ""


def _from_file(path: str) -> str:
    # Only the line ending goes: spaces inside or around a passphrase are part of it.
    return _first_line(path, translate("cli", "Cannot read the passphrase file %1 (%2)."))


def read_passphrase(file_option: str | None, prompt: str | None = None) -> str:
    """The passphrase from ``--passphrase-file``, then the environment, then a prompt."""
    path = file_option or os.environ.get(ENV_FILE)
    if path:
        return _from_file(path)
    return _prompt(prompt or translate("cli", "Passphrase: "))


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise PassphraseUnavailable(fill(translate(
            "cli", "No passphrase given: run in a terminal, or use --passphrase-file or %1."
        ), ENV_FILE))  # fmt: skip
    return getpass.getpass(prompt)


def read_new_passphrase(file_option: str | None, *, from_environment: bool = True) -> str:
    """A new passphrase, asked twice at a prompt, at least MIN_LENGTH characters.

    ``from_environment`` False: the environment's file is the signed-in user's
    passphrase, never another user's new one.
    """
    path = file_option or (os.environ.get(ENV_FILE) if from_environment else None)
    if path:
        passphrase = _from_file(path)
    else:
        passphrase = _prompt(translate("cli", "New passphrase: "))
        if _prompt(translate("cli", "Repeat the passphrase: ")) != passphrase:
            raise PassphraseUnavailable(
                translate("cli", "The two passphrases differ; nothing was created.")
            )
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseUnavailable(fill(translate(
            "cli", "The passphrase is too short: use at least %1 characters, for example a few "
            "unrelated words."), MIN_LENGTH))  # fmt: skip
    return passphrase


def read_recovery_key(path: str) -> str:
    """The recovery key written on the first line of the file ``path``."""
    return _first_line(path, translate("cli", "Cannot read the recovery key file %1 (%2).")).strip()
