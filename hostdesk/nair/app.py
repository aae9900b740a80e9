"""The HTTP API (Starlette): bundles in, receipts out. Documented in docs/nair-service.md.

Endpoints are thin: the body is read with a size limit, and the work
(decryption, checks, database) runs in a worker thread through ``Intake``, so
health and receipt requests keep being answered meanwhile. At most
``max_uploads`` bundles are read and taken in at once; more get 503 with
Retry-After, which bounds the memory uploads can take to about
``max_uploads × max_body``. Refusals are JSON ``{"code", "reason"}``; nothing
of a report reaches a log.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hostdesk.nair import limits
from hostdesk.nair.errors import StoreUnavailable
from hostdesk.nair.intake import Intake, Refused
from hostdesk.nair.store import Store
from hostdesk.sync.keys import NairKeyPair

log = logging.getLogger(__name__)

JSON = "application/json"


def create_app(
    keys: NairKeyPair,
    store: Store,
    *,
    max_body: int = limits.MAX_BODY,
    max_uploads: int = limits.MAX_UPLOADS,
) -> Starlette:
    """The ASGI application over an open store; the caller closes the store."""
    intake = Intake(keys, store)
    public_file = keys.public().to_file_bytes()
    uploads = asyncio.Semaphore(max_uploads)

    async def post_bundle(request: Request) -> Response:
        if uploads.locked():  # no await before acquiring: nothing can slip in between
            log.info("an upload was turned away: %d already in progress", max_uploads)
            return _busy()
        async with uploads:
            return await take_in(request)

    async def take_in(request: Request) -> Response:
        try:
            data = await _read_body(request, max_body)
            accepted = await run_in_threadpool(intake.accept, data)
        except Refused as refusal:
            return _refusal(refusal.status, refusal.code, refusal.reason)
        except ClientDisconnect:
            log.info("an upload was cut off before its end; nothing was stored")
            return _refusal(400, "incomplete", "The upload was cut off; send the bundle again.")
        except (SQLAlchemyError, StoreUnavailable) as error:
            log.error("database error while storing a bundle: %s", type(error).__name__)
            return _unavailable()
        return Response(accepted.receipt, status_code=201 if accepted.created else 200,
                        media_type=JSON)  # fmt: skip

    async def get_receipt(request: Request) -> Response:
        try:
            receipt = await run_in_threadpool(store.receipt, request.path_params["bundle_id"])
        except SQLAlchemyError as error:
            log.error("database error while reading a receipt: %s", type(error).__name__)
            return _unavailable()
        if receipt is None:
            return _refusal(404, "not_found", "No bundle with this id was received.")
        return Response(receipt, media_type=JSON)

    async def health(_request: Request) -> Response:
        if await run_in_threadpool(store.ping):
            return JSONResponse({"status": "ok"})
        return JSONResponse({"status": "unavailable"}, status_code=503)

    async def key(_request: Request) -> Response:
        return Response(public_file, media_type=JSON)

    return Starlette(
        routes=[
            Route("/v1/bundles", post_bundle, methods=["POST"]),
            Route("/v1/receipts/{bundle_id}", get_receipt, methods=["GET"]),
            Route("/v1/health", health, methods=["GET"]),
            Route("/v1/key", key, methods=["GET"]),
        ]
    )


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused as soon as it is known to exceed ``limit`` (announced or counted)."""
    announced = request.headers.get("content-length")
    if announced is not None:
        if not announced.isdigit():
            raise Refused("malformed", "The Content-Length header is not a number.")
        if int(announced) > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> Refused:
    return Refused("too_large", f"The bundle is larger than the {limit} bytes this NAIR accepts.")


def _refusal(status: int, code: str, reason: str) -> JSONResponse:
    return JSONResponse({"code": code, "reason": reason}, status_code=status)


def _busy() -> JSONResponse:
    answer = _refusal(
        503, "busy", "The NAIR is taking in as many bundles as it can; send the bundle again soon."
    )
    answer.headers["Retry-After"] = str(limits.BUSY_RETRY_AFTER)
    return answer


def _unavailable() -> JSONResponse:
    return _refusal(
        503, "unavailable", "The NAIR's database is not answering; send the bundle again later."
    )
