"""Joining a team with a code through the hub, as one call for the first-run wizard."""

from __future__ import annotations

import time
from pathlib import Path

from hostdesk.storage.vault import Vault
from hostdesk.sync.team.hub_client import HubClient, HubError
from hostdesk.sync.team.invite import PendingJoin, complete_join, poll_token

WAIT_SECONDS = 30 * 60
POLL_SECONDS = 3.0


def join_by_code(
    pending: PendingJoin,
    hub_url: str,
    folder: Path,
    passphrase: str,
    *,
    wait: float | None = None,
    poll: float | None = None,
) -> tuple[Vault, str]:
    """Post the join request, wait for the coordinator to add this laptop, make its vault.

    Returns the open vault and its recovery key (to show once).
    """
    token = poll_token(pending.secret)
    with HubClient(hub_url, pending.keys, "") as client:
        client.post_join(pending.invite, pending.request, token)
        deadline = time.monotonic() + (wait if wait is not None else WAIT_SECONDS)
        welcome = client.welcome(pending.invite, token)
        while welcome is None:
            if time.monotonic() > deadline:
                raise HubError("timeout", "The coordinator did not add this laptop in time; "
                               "ask for a new invitation.")  # fmt: skip
            time.sleep(poll if poll is not None else POLL_SECONDS)
            welcome = client.welcome(pending.invite, token)
    return complete_join(folder, pending, welcome, passphrase, hub_url)
