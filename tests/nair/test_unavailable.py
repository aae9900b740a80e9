"""When the database does not answer, the service says so with 503 and the client retries."""

from __future__ import annotations

import httpx
from sqlalchemy import create_engine

from hostdesk.nair.app import create_app
from hostdesk.nair.store import Store
from hostdesk.serving import BackgroundServer
from hostdesk.sync.keys import NairKeyPair
from tests.nair_support import get_receipt, make_entity, seal_report


def test_a_database_that_does_not_answer_gives_503_not_a_crash() -> None:
    keys = NairKeyPair.generate("NAIR")
    # Nothing listens on port 1: every connection is refused at once.
    gone = Store(create_engine("postgresql+psycopg://nair@127.0.0.1:1/nair"))
    server = BackgroundServer(create_app(keys, gone))
    try:
        health = httpx.get(f"{server.url}/v1/health")
        assert (health.status_code, health.json()) == (503, {"status": "unavailable"})
        entity = make_entity()
        sealed = seal_report(entity, keys.public())
        posted = httpx.post(f"{server.url}/v1/bundles", content=sealed.data)
        assert posted.status_code == 503
        assert posted.json()["code"] == "unavailable"
        receipt = get_receipt(server.url, entity, sealed.header.bundle_id)
        assert receipt.status_code == 503
    finally:
        server.stop()
        gone.close()
