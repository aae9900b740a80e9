"""Sending bundles to the NAIR over HTTPS (httpx), and fetching its public key.

Retry policy (docs/sync.md): network errors, timeouts, 5xx and 429 are
transient; any other 4xx is the NAIR refusing this bundle for good, except
409, which says it holds other bytes under this bundle's id: also final, with
a reason that says so. TLS certificates are always verified; plain http is
accepted only for a service on this computer (``endpoint.check_url``).
"""

from __future__ import annotations

import json
import logging
from types import TracebackType

import httpx

from hostdesk.sync.endpoint import check_url
from hostdesk.sync.errors import SyncError
from hostdesk.sync.keys import KeyFileError, NairPublicKeys
from hostdesk.sync.transport import Delivered, Outcome, Rejected, SendJob, Transient

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
MAX_ANSWER_BYTES = 64 * 1024
CONFLICT_REASON = (
    "The NAIR already holds other content under this bundle's id; "
    "seal the report again to send it as a new bundle."
)


def _client(timeout: httpx.Timeout | float, keep_alive: bool = True) -> httpx.Client:
    # verify=True is httpx's default; said here so no one turns it off in passing.
    limits = httpx.Limits() if keep_alive else httpx.Limits(max_keepalive_connections=0)
    return httpx.Client(timeout=timeout, verify=True, follow_redirects=False, limits=limits)


def _reason(response: httpx.Response) -> tuple[str, str]:
    """The NAIR's {"code", "reason"}; a generic sentence if the body is not that."""
    try:
        body = json.loads(response.content[:MAX_ANSWER_BYTES])
        code, reason = str(body["code"]), str(body["reason"])
    except (ValueError, KeyError, TypeError):
        return f"http_{response.status_code}", (
            f"The NAIR refused the bundle (HTTP {response.status_code})."
        )
    return code, reason[:300]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def classify(response: httpx.Response) -> Outcome:
    """What a NAIR answer to an upload means for the bundle."""
    status = response.status_code
    if status in (200, 201):
        return Delivered(response.content)
    if status == 429:
        return Transient("The NAIR is busy (HTTP 429); trying again later.", _retry_after(response))
    if status >= 500:
        return Transient(f"The NAIR had a problem (HTTP {status}); trying again later.")
    if status == 409:
        return Rejected("conflict", CONFLICT_REASON)
    if 400 <= status < 500:
        return Rejected(*_reason(response))
    return Transient(f"Unexpected answer from the NAIR (HTTP {status}); check its address.")


class HttpTransport:
    """One connection pool for a pass over the outbox; use as a context manager."""

    def __init__(
        self, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT, *, keep_alive: bool = True
    ) -> None:
        self._client = _client(timeout, keep_alive)

    def deliver(self, job: SendJob) -> Outcome:
        base = check_url(job.url)
        try:
            if job.recovering:
                # A crash left the outcome unknown: the NAIR may hold it already.
                found = self._client.get(f"{base}/v1/receipts/{job.bundle_id}")
                if found.status_code == 200:
                    return Delivered(found.content)
            response = self._client.post(
                f"{base}/v1/bundles",
                content=job.data,
                headers={"Content-Type": "application/octet-stream"},
            )
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


def fetch_nair_keys(url: str, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT) -> NairPublicKeys:
    """The NAIR's public key file from ``{url}/v1/key`` (still to be checked by phone)."""
    base = check_url(url)
    if not base:
        raise SyncError("Give the NAIR's address to fetch its key from it.")
    try:
        with _client(timeout) as client:
            response = client.get(f"{base}/v1/key")
    except httpx.HTTPError as error:
        raise SyncError(
            f"The NAIR at {base} could not be reached ({type(error).__name__}); "
            "check the address and the network."
        ) from None
    if response.status_code != 200:
        raise SyncError(f"The NAIR at {base} did not give its key (HTTP {response.status_code}).")
    try:
        return NairPublicKeys.from_file_bytes(response.content)
    except KeyFileError as error:
        raise SyncError(str(error)) from None
