"""Where a passphrase comes from: a file (for scripts and tests) or a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from hostdesk.domain.passphrases import MIN_LENGTH
from hostdesk.storage.errors import VaultError

ENV_FILE = "HOSTDESK_PASSPHRASE_FILE"


class PassphraseUnavailable(VaultError):
    pass


def _first_line(path: str, what: str) -> str:
    try:
        content = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise PassphraseUnavailable(
            f"Cannot read the {what} file {path} ({error.strerror})."
        ) from error
    return content.splitlines()[0] if content else ""


def _from_file(path: str) -> str:
    # Only the line ending goes: spaces inside or around a passphrase are part of it.
    return _first_line(path, "passphrase")


def read_passphrase(file_option: str | None, prompt: str = "Passphrase: ") -> str:
    """The passphrase from ``--passphrase-file``, then the environment, then a prompt."""
    path = file_option or os.environ.get(ENV_FILE)
    if path:
        return _from_file(path)
    return _prompt(prompt)


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise PassphraseUnavailable(
            f"No passphrase given: run in a terminal, or use --passphrase-file or {ENV_FILE}."
        )
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
        passphrase = _prompt("New passphrase: ")
        if _prompt("Repeat the passphrase: ") != passphrase:
            raise PassphraseUnavailable("The two passphrases differ; nothing was created.")
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseUnavailable(
            f"The passphrase is too short: use at least {MIN_LENGTH} characters, "
            "for example a few unrelated words."
        )
    return passphrase


def read_recovery_key(path: str) -> str:
    """The recovery key written on the first line of the file ``path``."""
    return _first_line(path, "recovery key").strip()
