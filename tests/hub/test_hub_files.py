"""The hub's database is the owner's alone, whatever the umask (as the NAIR's is)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from hostdesk.hub.store import HubStore


def test_the_hub_database_is_private_whatever_the_umask(tmp_path: Path) -> None:
    # Before: hub.sqlite3 and its WAL followed the umask (0644 under 022), so another
    # local user could copy the devices' keys and the sealed change sets.
    old = os.umask(0o022)
    try:
        store = HubStore.open(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
        assert store.ping()
        store.create_team("team-1", "device-1", "c2lnbmluZw==")
        store.close()
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert "hub.sqlite3" in modes
    assert modes == {name: 0o600 for name in modes}
