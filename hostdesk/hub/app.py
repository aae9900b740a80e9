"""The hub's HTTP API (Starlette). Documented in docs/team-hub.md.

Every request but the health check and a new laptop's join request is signed
by a device of the team (``hostdesk.sync.team.hub_auth``). Bodies are read
through ``hostdesk.serving.UploadGate``: each within its endpoint's size
limit, and at most ``max_uploads`` times that held at once, counted in bytes
really received (past it, 503 ``busy`` with Retry-After); the server under it
(``hostdesk.serving``) stops heads and bodies that come too slowly and closes
idle connections to make room. Checking and storing a change set, and putting
a page together, run in worker threads, at most ``max_uploads`` of each at
once. Refusals are JSON ``{"code", "reason"}``; no log line names more than ids.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import json
import logging
import re
import struct
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hostdesk.hub import limits, withdrawals
from hostdesk.hub.store import Conflict, DeviceKey, HubStore, StoreUnavailable
from hostdesk.serving.uploads import BodyRefused, UploadGate
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team import hub_auth
from hostdesk.sync.team.sealing import SealError, signing_public

log = logging.getLogger(__name__)

_ID = re.compile(r"\A[0-9a-f]{32}\Z")
_CURSOR = struct.Struct(">QI")
Handler = Callable[[Request], Awaitable[Response]]


class Refused(Exception):
    def __init__(self, status: int, code: str, reason: str) -> None:
        super().__init__(reason)
        self.status, self.code, self.reason = status, code, reason


def create_app(
    store: HubStore,
    *,
    max_body: int = limits.MAX_BODY,
    max_uploads: int = limits.MAX_UPLOADS,
) -> Starlette:
    def gate(largest: int) -> UploadGate:
        return UploadGate(max_uploads * largest, largest, retry_after=limits.BUSY_RETRY_AFTER)

    uploads, rosters, small, empty = (
        gate(max_body), gate(limits.MAX_ROSTER_BYTES), gate(limits.MAX_JOIN_BYTES), gate(0)
    )  # fmt: skip
    # Documents' bytes: a few at once (20 MB each), apart from the change sets' budget.
    blobs = UploadGate(limits.MAX_BLOB_UPLOADS * limits.MAX_BLOB, limits.MAX_BLOB,
                       retry_after=limits.BUSY_RETRY_AFTER)  # fmt: skip
    blob_reads = asyncio.Semaphore(limits.MAX_BLOB_UPLOADS)
    working = asyncio.Semaphore(max_uploads)  # change sets checked and stored at once
    pages = asyncio.Semaphore(max_uploads)  # downloads put together at once

    def guarded(
        handler: Callable[[Request, bytes], Awaitable[Response]],
        bodies: UploadGate,
        slots: asyncio.Semaphore | None = None,
    ) -> Handler:
        """Read the body through ``bodies``, then run the handler (a download only when one
        of its ``slots`` is free: busy otherwise); refusals as JSON."""

        async def endpoint(request: Request) -> Response:
            if slots is not None and slots.locked():  # no await before acquiring
                return _busy()
            try:
                async with bodies.body(request) as body:
                    if slots is None:
                        return await handler(request, body)
                    async with slots:
                        return await handler(request, body)
            except BodyRefused as refused:
                answer = _refusal(refused.status, refused.code, refused.reason)
                answer.headers.update(refused.headers)
                return answer
            except Refused as refusal:
                return _refusal(refusal.status, refusal.code, refusal.reason)
            except ClientDisconnect:
                return _refusal(400, "incomplete", "The upload was cut off; send it again.")
            except (SQLAlchemyError, StoreUnavailable) as error:
                log.error("database error: %s", type(error).__name__)
                return _unavailable()

        return endpoint

    async def authenticate(
        request: Request, body: bytes, *, coordinator: bool = False
    ) -> tuple[str, DeviceKey]:
        team = _id(request.path_params.get("team") or request.headers.get(hub_auth.TEAM, ""))
        device_id = request.headers.get(hub_auth.DEVICE, "")
        known = await run_in_threadpool(store.device, team, device_id) if _ID.match(
            device_id) else None  # fmt: skip
        if known is None:
            raise Refused(401, "unknown_device", "This device is not registered with the hub.")
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        # Hashing a body of megabytes: off the event loop.
        signed = await run_in_threadpool(
            hub_auth.check, signing_public(base64.b64decode(known.signing_public)),
            request.method, path, request.headers.get(hub_auth.TIME, ""),
            request.headers.get(hub_auth.SIGNATURE, ""), body, skew=limits.CLOCK_SKEW_SECONDS,
        )  # fmt: skip
        if not signed:
            raise Refused(
                401,
                "bad_signature",
                "The request's signature does not hold (or the clock is far off).",
            )
        if known.revoked:
            raise Refused(403, "revoked", "This device was revoked by the team's coordinator.")
        if coordinator and not known.coordinator:
            raise Refused(403, "not_coordinator", "Only a coordinator's device may do this.")
        await run_in_threadpool(store.touch, team, device_id)
        return team, known

    async def register(request: Request, body: bytes) -> Response:
        team = _id(request.path_params["team"])
        data = _json(body)
        device_id, signing = _id(str(data.get("device", ""))), str(data.get("signing", ""))
        try:
            key = signing_public(base64.b64decode(signing, validate=True))
        except (binascii.Error, SealError):
            raise Refused(400, "malformed", "The device's signing key is damaged.") from None
        path = request.url.path
        if request.headers.get(hub_auth.DEVICE) != device_id or not hub_auth.check(
            key, request.method, path, request.headers.get(hub_auth.TIME, ""),
            request.headers.get(hub_auth.SIGNATURE, ""), body,
            skew=limits.CLOCK_SKEW_SECONDS,
        ):  # fmt: skip
            raise Refused(401, "bad_signature", "The request is not signed by the key it names.")
        try:
            created = await run_in_threadpool(store.create_team, team, device_id, signing)
        except Conflict:
            raise Refused(
                409, "team_exists", "This team is registered with another device."
            ) from None
        return JSONResponse({"created": created}, status_code=201 if created else 200)

    async def roster(request: Request, body: bytes) -> Response:
        team, _ = await authenticate(request, body, coordinator=True)
        devices = _json(body).get("devices")
        if not isinstance(devices, list) or not all(_roster_entry(d) for d in devices):
            raise Refused(400, "malformed", "The list of devices is damaged.")
        await run_in_threadpool(store.replace_roster, team, devices)
        return JSONResponse({"devices": len(devices)})

    def check_envelope(team: str, known: DeviceKey, body: bytes) -> env.Envelope:
        try:
            envelope = env.parse(body)
        except env.EnvelopeError as error:
            raise Refused(400, "malformed", str(error)) from None
        if envelope.team != team or envelope.origin != known.device:
            raise Refused(403, "not_yours", "A device uploads its own change sets only.")
        try:
            envelope.check_signature(signing_public(base64.b64decode(known.signing_public)))
        except env.EnvelopeError as error:
            raise Refused(400, "bad_signature", str(error)) from None
        return envelope

    async def upload(request: Request, body: bytes) -> Response:
        async with working:
            team, known = await authenticate(request, body)
            envelope = await run_in_threadpool(check_envelope, team, known, body)
            try:
                created = await run_in_threadpool(
                    store.put_changeset, team, envelope.origin, envelope.seq, envelope.sha256(),
                    body,
                )  # fmt: skip
            except Conflict:
                raise Refused(
                    409, "seq_taken", "Another change set was stored under this number."
                ) from None
        return JSONResponse({"stored": created}, status_code=201 if created else 200)

    def page_for(device: str, rows: list[tuple[int, bytes]]) -> tuple[bytes, bool]:
        """The change sets after the cursor, each without the parcels not addressed to
        ``device``, within the page's size."""
        parts, size, more = [], 0, len(rows) == limits.MAX_PAGE_COUNT
        for cursor, data in rows:
            stripped = env.parse(data).to_bytes(only_for=device)
            if parts and size + len(stripped) > limits.MAX_PAGE_BYTES:
                more = True
                break
            parts += [_CURSOR.pack(cursor, len(stripped)), stripped]
            size += len(stripped)
        return b"".join(parts), more

    async def download(request: Request, body: bytes) -> Response:
        team, known = await authenticate(request, body)
        try:
            after = int(request.query_params.get("after", "0"))
        except ValueError:
            raise Refused(400, "malformed", "'after' is a number.") from None
        rows = await run_in_threadpool(store.changesets_after, team, after, limits.MAX_PAGE_COUNT)
        data, more = await run_in_threadpool(page_for, known.device, rows)
        headers = {"X-HostDesk-More": "1" if more else "0"}
        return Response(data, media_type="application/octet-stream", headers=headers)

    async def status(request: Request, body: bytes) -> Response:
        team, _ = await authenticate(request, body)
        holds = await run_in_threadpool(store.holdings, team)
        devices = await run_in_threadpool(store.devices, team)
        listed = {d.device: {"last_seen": d.last_seen, "revoked": d.revoked} for d in devices}
        return JSONResponse({"holds": holds, "devices": listed})

    async def put_blob(request: Request, body: bytes) -> Response:
        team, known = await authenticate(request, body)
        if not body:
            raise Refused(400, "malformed", "A document's bytes are missing.")
        family = request.query_params.get("family")
        await run_in_threadpool(
            store.put_blob, team, _id(request.path_params["blob"]), known.device, body,
            None if family is None else _id(family),
        )  # fmt: skip
        return JSONResponse({"stored": True}, status_code=201)

    async def get_blob(request: Request, body: bytes) -> Response:
        team, _ = await authenticate(request, body)
        found = await run_in_threadpool(store.blob, team, _id(request.path_params["blob"]))
        if found is None:
            raise Refused(404, "not_found", "The hub does not have this document's bytes yet.")
        return Response(found, media_type="application/octet-stream")

    async def post_withdrawals(request: Request, body: bytes) -> Response:
        """A coordinator's device names erased families and their erasures' change sets;
        their other parcels leave every change set kept here (``withdrawals``)."""
        team, _ = await authenticate(request, body, coordinator=True)
        listed = _json(body).get("families")
        if not isinstance(listed, list) or len(listed) > limits.MAX_WITHDRAWALS:
            raise Refused(400, "malformed", "The list of erased families is damaged.")
        keep: dict[str, tuple[str, int]] = {}
        for item in listed:
            if not (isinstance(item, dict) and isinstance(item.get("seq"), int)
                    and _ID.match(str(item.get("family", "")))
                    and _ID.match(str(item.get("origin", "")))):  # fmt: skip
                raise Refused(400, "malformed", "The list of erased families is damaged.")
            keep[str(item["family"])] = (str(item["origin"]), int(item["seq"]))
        async with working:
            changed = await run_in_threadpool(withdrawals.withdraw, store, team, keep)
            documents = await run_in_threadpool(store.withdraw_blobs, team, list(keep))
        return JSONResponse({"families": len(keep), "changesets": changed,
                             "documents": documents})  # fmt: skip

    async def post_join(request: Request, body: bytes) -> Response:
        invite = _id(request.path_params["invite"])
        poll_hash = request.headers.get("X-HostDesk-Poll-Hash", "")
        if not re.fullmatch(r"[0-9a-f]{64}", poll_hash):
            raise Refused(400, "malformed", "The join request lacks its poll hash.")
        _json(body)
        try:
            await run_in_threadpool(store.put_join, invite, body, poll_hash)
        except Conflict:
            raise Refused(409, "join_exists", "This invitation was answered already.") from None
        return JSONResponse({"stored": True}, status_code=201)

    async def get_join(request: Request, body: bytes) -> Response:
        await authenticate(request, body, coordinator=True)
        found = await run_in_threadpool(store.join, _id(request.path_params["invite"]))
        if found is None:
            raise Refused(404, "not_found", "No laptop has answered this invitation yet.")
        return Response(found[0], media_type="application/json")

    async def put_welcome(request: Request, body: bytes) -> Response:
        await authenticate(request, body, coordinator=True)
        stored = await run_in_threadpool(
            store.put_welcome, _id(request.path_params["invite"]), body
        )
        if not stored:
            raise Refused(409, "welcome_exists", "This invitation has its welcome already.")
        return JSONResponse({"stored": True}, status_code=201)

    async def polled(request: Request) -> tuple[str, bytes | None]:
        """The invitation a new laptop asks about with its poll token, and its welcome's
        head if there; not_found for a wrong token (the hub says nothing more)."""
        invite = _id(request.path_params["invite"])
        found = await run_in_threadpool(store.join, invite)
        token = request.headers.get("X-HostDesk-Poll", "")
        if found is None or hashlib.sha256(token.encode()).hexdigest() != found[1]:
            raise Refused(404, "not_found", "No welcome for this invitation.")
        return invite, found[2]

    async def get_welcome(request: Request, body: bytes) -> Response:
        _invite, head = await polled(request)
        if head is None:
            raise Refused(404, "not_yet", "The coordinator has not added this laptop yet.")
        return Response(head, media_type="application/octet-stream")

    async def put_welcome_part(request: Request, body: bytes) -> Response:
        await authenticate(request, body, coordinator=True)
        if not body:
            raise Refused(400, "malformed", "A welcome's part is missing.")
        stored = await run_in_threadpool(
            store.put_welcome_part, _id(request.path_params["invite"]),
            _part(request.path_params["part"]), body,
        )  # fmt: skip
        if not stored:
            raise Refused(409, "welcome_exists", "This part of the welcome is there already, "
                          "or its first part is not.")  # fmt: skip
        return JSONResponse({"stored": True}, status_code=201)

    async def get_welcome_part(request: Request, body: bytes) -> Response:
        invite, _head = await polled(request)
        part = await run_in_threadpool(
            store.welcome_part, invite, _part(request.path_params["part"])
        )
        if part is None:
            raise Refused(404, "not_yet", "This part of the welcome has not arrived yet.")
        return Response(part, media_type="application/octet-stream")

    async def delete_join(request: Request, body: bytes) -> Response:
        """The new laptop has its whole welcome: the hub forgets the join and the welcome."""
        invite, _head = await polled(request)
        await run_in_threadpool(store.forget_join, invite)
        return JSONResponse({"forgotten": True})

    async def health(_request: Request) -> Response:
        if await run_in_threadpool(store.ping):
            return JSONResponse({"status": "ok"})
        return JSONResponse({"status": "unavailable"}, status_code=503)

    return Starlette(routes=[
        Route("/v1/health", health, methods=["GET"]),
        Route("/v1/teams/{team}/register", guarded(register, small), methods=["POST"]),
        Route("/v1/teams/{team}/roster", guarded(roster, rosters), methods=["PUT"]),
        Route("/v1/teams/{team}/changesets", guarded(upload, uploads), methods=["POST"]),
        Route("/v1/teams/{team}/changesets", guarded(download, empty, pages), methods=["GET"]),
        Route("/v1/teams/{team}/status", guarded(status, empty, pages), methods=["GET"]),
        Route("/v1/teams/{team}/blobs/{blob}", guarded(put_blob, blobs), methods=["PUT"]),
        Route("/v1/teams/{team}/blobs/{blob}", guarded(get_blob, empty, blob_reads),
              methods=["GET"]),
        Route("/v1/teams/{team}/withdrawals", guarded(post_withdrawals, rosters),
              methods=["POST"]),
        Route("/v1/joins/{invite}", guarded(post_join, small), methods=["POST"]),
        Route("/v1/joins/{invite}", guarded(get_join, empty), methods=["GET"]),
        Route("/v1/joins/{invite}", guarded(delete_join, empty), methods=["DELETE"]),
        Route("/v1/joins/{invite}/welcome", guarded(put_welcome, uploads), methods=["PUT"]),
        Route("/v1/joins/{invite}/welcome", guarded(get_welcome, empty), methods=["GET"]),
        Route("/v1/joins/{invite}/welcome/{part}", guarded(put_welcome_part, uploads),
              methods=["PUT"]),
        Route("/v1/joins/{invite}/welcome/{part}", guarded(get_welcome_part, empty),
              methods=["GET"]),
    ])  # fmt: skip


def _part(value: str) -> int:
    """A welcome's later part: 1 to 99,999 (the head is the welcome itself)."""
    if not re.fullmatch(r"[1-9][0-9]{0,4}", value):
        raise Refused(400, "malformed", "A welcome's part is a number from 1.")
    return int(value)


def _id(value: str) -> str:
    if not _ID.match(value):
        raise Refused(400, "malformed", "An id is 32 hexadecimal digits.")
    return value


def _json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "malformed", "The body is not JSON.") from None
    if not isinstance(data, dict):
        raise Refused(400, "malformed", "The body is not a JSON object.")
    return data


def _roster_entry(entry: Any) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("device"), str)
            and bool(_ID.match(entry["device"])) and isinstance(entry.get("signing"), str)
            and isinstance(entry.get("coordinator"), bool)
            and isinstance(entry.get("revoked"), bool))  # fmt: skip


def _refusal(status: int, code: str, reason: str) -> JSONResponse:
    return JSONResponse({"code": code, "reason": reason}, status_code=status)


def _busy() -> JSONResponse:
    answer = _refusal(503, "busy", "The hub is busy; try again in a few seconds.")
    answer.headers["Retry-After"] = str(limits.BUSY_RETRY_AFTER)
    return answer


def _unavailable() -> JSONResponse:
    return _refusal(503, "unavailable", "The hub's database is not answering; try again later.")
