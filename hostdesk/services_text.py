"""The NAIR service's and the team hub's error sentences, translated for their operators.

``hostdesk-nair`` and ``hostdesk-hub`` are run by the NAIR's and an entity's IT
people, who read Portuguese too. Their tools raise English sentences (the HTTP
answers and the logs stay English); the command lines show them in LANG's
language through these templates, as ``hostdesk.errors_text`` does for the app
(this module imports nothing of the app, which the services must not).
"""

from __future__ import annotations

from hostdesk.i18n import QT_TRANSLATE_NOOP, language, translate_message

CONTEXT = "Errors"

SENTENCES: tuple[str, ...] = (
    # -- the NAIR's key ---------------------------------------------------------------
    QT_TRANSLATE_NOOP("Errors", "%1 already exists: this folder has a NAIR key; entities pinned "
                      "it, so it is never replaced silently."),
    QT_TRANSLATE_NOOP("Errors", "This NAIR key has its post-quantum keys already."),
    QT_TRANSLATE_NOOP("Errors", "%1 does not exist: create the NAIR key first with "
                      "hostdesk-nair init."),
    QT_TRANSLATE_NOOP("Errors", "%1 is damaged or not a NAIR key file."),
    QT_TRANSLATE_NOOP("Errors", "The passphrase does not open the NAIR key (or its file was "
                      "altered)."),
    QT_TRANSLATE_NOOP("Errors", "%1 is damaged: its keys do not match its fingerprint."),
    QT_TRANSLATE_NOOP("Errors", "Cannot read %1 (%2): run hostdesk-nair init."),
    QT_TRANSLATE_NOOP("Errors", "Cannot read %1 (%2)."),
    # -- registering entities ---------------------------------------------------------
    QT_TRANSLATE_NOOP("Errors", "The entity %1 is registered with another key (%2); check the "
                      "new fingerprint with the entity by phone, then register again with "
                      "--replace."),
    QT_TRANSLATE_NOOP("Errors", "The enrollment's %1 is longer than %2 characters; ask the "
                      "entity for a new enrollment file."),
    QT_TRANSLATE_NOOP("Errors", "This file is too large to be a HostDesk enrollment file."),
    QT_TRANSLATE_NOOP("Errors", "This file is not a HostDesk enrollment file (it is not JSON)."),
    QT_TRANSLATE_NOOP("Errors", "This file is not a HostDesk enrollment file (its JSON is too "
                      "deep or big)."),
    QT_TRANSLATE_NOOP("Errors", "This file is not a HostDesk enrollment file (%1)."),
    QT_TRANSLATE_NOOP("Errors", "This file is not a HostDesk enrollment file."),
    QT_TRANSLATE_NOOP("Errors", "This HostDesk enrollment file was altered after it was "
                      "signed."),
    QT_TRANSLATE_NOOP("Errors", "This HostDesk enrollment file has no entity id."),
    # -- the databases ----------------------------------------------------------------
    QT_TRANSLATE_NOOP("Errors", "Cannot open the database (%1): check --db and that the server "
                      "is running."),
    QT_TRANSLATE_NOOP("Errors", "Cannot create the database file (%1): check --db and --data."),
    QT_TRANSLATE_NOOP("Errors", "The database URL is not usable: write sqlite:///FILE or "
                      "postgresql+psycopg://USER@HOST:PORT/DB."),
    QT_TRANSLATE_NOOP("Errors", "The database kept refusing the bundle; try again later."),
)  # fmt: skip


def message_text(error: BaseException) -> str:
    """The error's sentence in LANG's language (the English one when no template fits)."""
    message = str(error)
    if language() != "pt":
        return message
    return translate_message(CONTEXT, message, SENTENCES) or message
