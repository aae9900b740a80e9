"""Sending bundles to the NAIR over HTTPS (httpx), and fetching its public key.

Retry policy (docs/sync.md): network errors, timeouts, 5xx and 429 are
transient. A 4xx with the NAIR's ``{"code", "reason"}`` is final when it is
about the bundle itself (``FINAL``); a refusal the NAIR can lift (the entity
not registered yet, a schema it does not know yet) and any 4xx that is not the
NAIR answering (a wrong path, a proxy) are retried after a long wait, with the
reason kept as the bundle's last error. TLS certificates are always verified;
plain http is accepted only for a service on this computer (``endpoint.check_url``).

Nothing the client reads can take its memory: every answer is read as a
stream, without content decoding, and dropped as soon as it passes the size
its kind can have (a receipt, a key file, a refusal); JSON is parsed through
``jsonlimits``. A refusal the NAIR can lift is retried, but not forever
(``delivery.HELD_GIVE_UP``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from hostdesk.sync import jsonlimits
from hostdesk.sync.endpoint import check_url
from hostdesk.sync.errors import SyncError
from hostdesk.sync.keys import MAX_KEY_FILE_BYTES, KeyFileError, NairPublicKeys, unb64
from hostdesk.sync.receipt import MAX_RECEIPT_BYTES
from hostdesk.sync.request_auth import sign_request
from hostdesk.sync.signing import SigningKey
from hostdesk.sync.transport import Delivered, Outcome, Rejected, SendJob, Transient

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
MAX_ANSWER_BYTES = 64 * 1024
CONFLICT_REASON = (
    "The NAIR already holds other content under this bundle's id; "
    "seal the report again to send it as a new bundle."
)
REVISION_CONFLICT_REASON = (
    "The NAIR already holds this revision of the month with other content; "
    "submit a new revision of the month (a correction): this one cannot be sent again."
)
# Refusals about the bundle's own bytes or report: sending them again cannot help.
FINAL = frozenset({
    "bad_signature", "decryption_failed", "manifest_mismatch", "file_mismatch", "malformed",
    "invalid_report", "report_mismatch", "too_large", "conflict", "revision_conflict",
    "unprocessable", "hybrid_required",
})  # fmt: skip
# What the NAIR's operator (or this entity's) has to do before a resend can succeed.
ADVICE = {
    "unknown_entity": "ask the NAIR to register this entity; it is sent again by itself",
    "entity_mismatch": "make a new enrollment file (Sync, Enroll) and ask the NAIR to register "
    "it; it is sent again by itself",
    "unregistered_key": "ask the NAIR to register the new enrollment file; it is sent again by "
    "itself",
    "unknown_schema": "the NAIR has to update its service; it is sent again by itself",
}
# Someone has to act first, so hammering the NAIR meanwhile would only add load.
LONG_WAIT_SECONDS = 15 * 60.0


def _client(timeout: httpx.Timeout | float, keep_alive: bool = True) -> httpx.Client:
    # verify=True is httpx's default; said here so no one turns it off in passing.
    limits = httpx.Limits() if keep_alive else httpx.Limits(max_keepalive_connections=0)
    return httpx.Client(timeout=timeout, verify=True, follow_redirects=False, limits=limits)


class AnswerLike(Protocol):
    """What ``classify`` reads: an ``Answer`` or an ``httpx.Response`` read whole (tests)."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def content(self) -> bytes | None: ...


@dataclass(frozen=True)
class Answer:
    """An answer read within its cap; ``content`` is None when it was larger (not kept)."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes | None


def read_capped(response: httpx.Response, cap: int) -> bytes | None:
    """At most ``cap`` bytes of the body as they stream in; None as soon as it is larger.

    Raw bytes only: a compressed answer (which could inflate without bound) is refused.
    """
    if response.headers.get("content-encoding", "identity").strip().lower() != "identity":
        return None
    announced = response.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > cap:
        return None
    body = bytearray()
    for chunk in response.iter_raw():
        body += chunk
        if len(body) > cap:
            return None
    return bytes(body)


def exchange(client: httpx.Client, method: str, url: str, cap: int, **options: Any) -> Answer:
    """One request; the answer's body read within ``cap`` (success) or MAX_ANSWER_BYTES."""
    headers = {"Accept-Encoding": "identity", **options.pop("headers", {})}
    with client.stream(method, url, headers=headers, **options) as response:
        limit = cap if 200 <= response.status_code < 300 else MAX_ANSWER_BYTES
        content = read_capped(response, limit)
    return Answer(response.status_code, response.headers, content)


def _nair_answer(response: AnswerLike) -> tuple[str, str] | None:
    """The NAIR's {"code", "reason"}, or None when the body is not that (not the NAIR)."""
    if response.content is None:
        return None
    try:
        body = jsonlimits.loads(response.content, what="answer")
        code, reason = body["code"], body["reason"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(code, str) or not isinstance(reason, str) or not code:
        return None
    return code, reason[:300]


def _retry_after(response: AnswerLike) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def classify(response: AnswerLike) -> Outcome:
    """What a NAIR answer to an upload means for the bundle."""
    status = response.status_code
    if status in (200, 201):
        if response.content is None:
            return Transient(
                "The NAIR's answer was larger than a receipt can be; it was not read. "
                "Check the NAIR's address (and any proxy); it is tried again later.",
                LONG_WAIT_SECONDS,
                "oversized_answer",
            )
        return Delivered(response.content)
    if status == 429:
        return Transient("The NAIR is busy (HTTP 429); trying again later.", _retry_after(response))
    if status >= 500:
        return Transient(
            f"The NAIR had a problem (HTTP {status}); trying again later.", _retry_after(response)
        )
    if 400 <= status < 500:
        return _refusal(status, _nair_answer(response))
    return Transient(f"Unexpected answer from the NAIR (HTTP {status}); check its address.")


def _refusal(status: int, answer: tuple[str, str] | None) -> Outcome:
    if answer is None:  # a wrong path, a proxy asking to log in, a gateway's timeout
        return Transient(
            f"The NAIR's address answered HTTP {status}, not the NAIR: check the address "
            "(and any proxy) in the set-up; it is tried again later.",
            LONG_WAIT_SECONDS,
            f"http_{status}",
        )
    code, reason = answer
    if code == "conflict":
        return Rejected(code, CONFLICT_REASON)
    if code == "revision_conflict":
        return Rejected(code, REVISION_CONFLICT_REASON)
    if code in FINAL:
        return Rejected(code, reason)
    if code in ("incomplete", "too_slow"):  # cut off, or too slow: like a dropped connection
        return Transient(reason)
    advice = ADVICE.get(code, "it is sent again later")
    return Transient(f"{reason.rstrip('. ')}: {advice}.", LONG_WAIT_SECONDS, code)


class HttpTransport:
    """One connection pool for a pass over the outbox; use as a context manager."""

    def __init__(
        self, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT, *, keep_alive: bool = True
    ) -> None:
        self._client = _client(timeout, keep_alive)

    def deliver(self, job: SendJob) -> Outcome:
        base = check_url(job.url)
        try:
            if job.recovering and job.entity_key:
                # A crash left the outcome unknown: the NAIR may hold it already.
                path = f"/v1/receipts/{job.bundle_id}"
                signer = SigningKey.from_raw(job.entity_key, job.entity_mldsa_seed)
                found = exchange(
                    self._client, "GET", base + path, MAX_RECEIPT_BYTES,
                    headers=sign_request(job.entity_id, signer, "GET", _path_of(base) + path),
                )  # fmt: skip
                if found.status_code == 200 and found.content is not None:
                    return Delivered(found.content)
            response = exchange(
                self._client, "POST", f"{base}/v1/bundles", MAX_RECEIPT_BYTES,
                content=job.data, headers={"Content-Type": "application/octet-stream"},
            )  # fmt: skip
        except httpx.TimeoutException:
            return Transient("The NAIR did not answer in time; trying again later.")
        except httpx.TransportError as error:
            return Transient(
                f"The NAIR could not be reached ({type(error).__name__}); trying again later."
            )
        return classify(response)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpTransport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# Every receipt an entity may hold: a few kB each (ML-DSA signatures), years of months.
MAX_RECEIPT_LIST_BYTES = 8 * 1024 * 1024


def _path_of(base: str) -> str:
    """The path part of the NAIR's address (it may sit under a prefix behind a proxy)."""
    return urlsplit(base).path.rstrip("/")


def fetch_receipts(
    url: str, entity_id: str, signer: SigningKey,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
) -> list[bytes]:  # fmt: skip
    """Every receipt the NAIR gave this entity (a signed request), as the receipt files' bytes."""
    base = check_url(url)
    if not base:
        raise SyncError("The NAIR's address is not set: its receipts cannot be asked for.")
    path = "/v1/receipts"
    try:
        with _client(timeout) as client:
            answer = exchange(client, "GET", base + path, MAX_RECEIPT_LIST_BYTES,
                              headers=sign_request(entity_id, signer, "GET",
                                                   _path_of(base) + path))  # fmt: skip
    except httpx.HTTPError as error:
        raise SyncError(
            f"The NAIR at {base} could not be reached ({type(error).__name__}); "
            "check the address and the network."
        ) from None
    if answer.status_code != 200 or answer.content is None:
        refusal = _nair_answer(answer)
        why = refusal[1] if refusal else f"HTTP {answer.status_code}"
        raise SyncError(f"The NAIR did not give this entity's receipts: {why}")
    try:
        listed = jsonlimits.loads(
            answer.content, jsonlimits.JsonLimits(max_bytes=MAX_RECEIPT_LIST_BYTES), "receipt list"
        )
        return [unb64(item, "receipt") for item in listed["receipts"]]
    except (ValueError, KeyError, TypeError, KeyFileError):
        raise SyncError("The NAIR's list of receipts is damaged.") from None


def fetch_nair_keys(url: str, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT) -> NairPublicKeys:
    """The NAIR's public key file from ``{url}/v1/key`` (still to be checked by phone)."""
    base = check_url(url)
    if not base:
        raise SyncError("Give the NAIR's address to fetch its key from it.")
    try:
        with _client(timeout) as client:
            response = exchange(client, "GET", f"{base}/v1/key", MAX_KEY_FILE_BYTES)
    except httpx.HTTPError as error:
        raise SyncError(
            f"The NAIR at {base} could not be reached ({type(error).__name__}); "
            "check the address and the network."
        ) from None
    if response.status_code != 200:
        raise SyncError(f"The NAIR at {base} did not give its key (HTTP {response.status_code}).")
    if response.content is None:
        raise SyncError(f"The answer of {base} is far larger than a NAIR key file; not read.")
    try:
        return NairPublicKeys.from_file_bytes(response.content)
    except KeyFileError as error:
        raise SyncError(str(error)) from None
