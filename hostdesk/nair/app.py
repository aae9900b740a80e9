"""The HTTP API (Starlette): bundles in, receipts out. Documented in docs/nair-service.md.

Endpoints are thin. A body is read through ``hostdesk.serving.UploadGate``:
at most ``max_body`` bytes, and at most ``max_uploads × max_body`` bytes of
bodies held at once, counted as they really arrive; the protocol under it
(``hostdesk.serving``) stops heads and bodies that come too slowly. The work
(decryption, inflation, checks, database) runs in a worker thread through
``Intake``, at most ``max_opening`` at once, so health and receipt requests
keep being answered meanwhile. Receipts are answered only to a request
signed by the entity that sent the bundle, or by the NAIR itself
(``hostdesk.sync.request_auth``: a timestamp within five minutes and a nonce
used once). Refusals are JSON ``{"code", "reason"}``;
nothing of a report reaches a log. A bundle that makes the intake fail in an
unforeseen way is refused with 422 ``unprocessable``: the same bytes would fail
the same way, so a client must not send them again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hostdesk.nair import limits
from hostdesk.nair.errors import StoreUnavailable
from hostdesk.nair.intake import Accepted, Intake, Refused
from hostdesk.nair.store import Store
from hostdesk.serving.uploads import BodyRefused, UploadGate
from hostdesk.sync.keys import NairKeyPair, b64, canonical
from hostdesk.sync.request_auth import (
    NAIR_REQUESTER,
    WINDOW,
    RequestRefused,
    SignedRequest,
    verify_request,
)
from hostdesk.sync.signing import VerifyKey

log = logging.getLogger(__name__)

JSON = "application/json"


def create_app(
    keys: NairKeyPair,
    store: Store,
    *,
    max_body: int = limits.MAX_BODY,
    max_uploads: int = limits.MAX_UPLOADS,
    max_opening: int = limits.MAX_OPENING,
) -> Starlette:
    """The ASGI application over an open store; the caller closes the store."""
    intake = Intake(keys, store)
    own_key = keys.public().verify_key
    public_file = keys.public().to_file_bytes()
    gate = UploadGate(max_uploads * max_body, max_body, retry_after=limits.BUSY_RETRY_AFTER)
    # Its own threads, as many as may open at once: the default pool's dozens of threads
    # would each keep a malloc arena of freed report memory (878 MiB peak measured for eight
    # inflating bundles, against the bound in docs/nair-service.md).
    opening = ThreadPoolExecutor(max_workers=max_opening, thread_name_prefix="nair-opening")

    async def post_bundle(request: Request) -> Response:
        try:
            async with gate.body(request) as data:
                loop = asyncio.get_running_loop()
                accepted = await loop.run_in_executor(opening, _accept, intake, data)
        except BodyRefused as refused:
            answer = _refusal(refused.status, refused.code, refused.reason)
            answer.headers.update(refused.headers)
            if refused.code == "busy":
                log.info("an upload was turned away: the bodies held fill the budget")
            return answer
        except ClientDisconnect:
            log.info("an upload was cut off before its end; nothing was stored")
            return _refusal(400, "incomplete", "The upload was cut off; send the bundle again.")
        except Refused as refusal:
            return _refusal(refusal.status, refusal.code, refusal.reason)
        except (SQLAlchemyError, StoreUnavailable) as error:
            log.error("database error while storing a bundle: %s", type(error).__name__)
            return _unavailable()
        return Response(accepted.receipt, status_code=201 if accepted.created else 200,
                        media_type=JSON)  # fmt: skip

    def key_for(requester: str) -> VerifyKey | None:
        if requester == NAIR_REQUESTER:
            return own_key
        record = store.entity(requester)
        if record is None:
            return None
        return VerifyKey.from_raw(record.signing_public_key, record.mldsa_public_key)

    def authenticate(request: Request) -> SignedRequest:
        """The signer of a request (in a worker thread: it reads the database)."""
        signed = verify_request(request.headers, request.method, request.url.path, key_for)
        if not store.use_nonce(signed.requester, signed.nonce, int(time.time()), 2 * WINDOW):
            raise RequestRefused("This request was made before; a request is answered once.")
        return signed

    def own_receipt(request: Request) -> bytes | None:
        signed = authenticate(request)
        owner = store.bundle_owner(request.path_params["bundle_id"])
        if owner is None or signed.requester not in (owner[0], NAIR_REQUESTER):
            return None  # another entity's bundle is as unknown as a missing one
        return owner[1]

    def own_receipts(request: Request) -> bytes:
        signed = authenticate(request)
        receipts = store.receipts_of(signed.requester)
        return canonical({"receipts": [b64(receipt) for receipt in receipts]})

    async def get_receipt(request: Request) -> Response:
        try:
            receipt = await run_in_threadpool(own_receipt, request)
        except RequestRefused as refused:
            return _refusal(401, "unauthenticated", refused.reason)
        except SQLAlchemyError as error:
            log.error("database error while reading a receipt: %s", type(error).__name__)
            return _unavailable()
        if receipt is None:
            return _refusal(404, "not_found", "No bundle with this id was received from you.")
        return Response(receipt, media_type=JSON)

    async def list_receipts(request: Request) -> Response:
        try:
            body = await run_in_threadpool(own_receipts, request)
        except RequestRefused as refused:
            return _refusal(401, "unauthenticated", refused.reason)
        except SQLAlchemyError as error:
            log.error("database error while listing receipts: %s", type(error).__name__)
            return _unavailable()
        return Response(body, media_type=JSON)

    async def health(_request: Request) -> Response:
        if await run_in_threadpool(store.ping):
            return JSONResponse({"status": "ok"})
        return JSONResponse({"status": "unavailable"}, status_code=503)

    async def key(_request: Request) -> Response:
        return Response(public_file, media_type=JSON)

    return Starlette(
        routes=[
            Route("/v1/bundles", post_bundle, methods=["POST"]),
            Route("/v1/receipts", list_receipts, methods=["GET"]),
            Route("/v1/receipts/{bundle_id}", get_receipt, methods=["GET"]),
            Route("/v1/health", health, methods=["GET"]),
            Route("/v1/key", key, methods=["GET"]),
        ]
    )


def _accept(intake: Intake, data: bytes) -> Accepted:
    """``intake.accept``; an unforeseen failure on these bytes is a refusal, not a 500."""
    try:
        return intake.accept(data)
    except (Refused, SQLAlchemyError, StoreUnavailable):
        raise
    except Exception as error:  # RecursionError, a bug: deterministic on the same bytes
        log.error("a bundle could not be processed: %s", type(error).__name__)
        raise Refused(
            "unprocessable",
            "The NAIR could not process this bundle; sending the same bytes again cannot help.",
        ) from None


def _refusal(status: int, code: str, reason: str) -> JSONResponse:
    return JSONResponse({"code": code, "reason": reason}, status_code=status)


def _unavailable() -> JSONResponse:
    return _refusal(
        503, "unavailable", "The NAIR's database is not answering; send the bundle again later."
    )
