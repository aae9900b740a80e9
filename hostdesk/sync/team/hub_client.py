"""The device's side of the hub's HTTP API (docs/team-hub.md): signed requests, bounded
answers, and errors as one sentence."""

from __future__ import annotations

import hashlib
import json
import ssl
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx

from hostdesk.sync.team import hub_auth
from hostdesk.sync.team.sealing import DeviceKeys

_CURSOR = struct.Struct(">QI")
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@cache
def _tls_context() -> ssl.SSLContext:
    """httpx's default context (certificates verified, the system's or certifi's roots),
    made once: loading the roots took ~40 ms for every client, i.e. every sync."""
    return httpx.create_ssl_context()


class HubError(Exception):
    """The hub could not be reached or refused; ``code`` is the hub's, or 'unreachable'."""

    def __init__(self, code: str, reason: str, status: int = 0) -> None:
        super().__init__(reason)
        self.code, self.reason, self.status = code, reason, status


@dataclass(frozen=True)
class Page:
    items: list[tuple[int, bytes]]
    more: bool


class HubClient:
    def __init__(self, url: str, keys: DeviceKeys, team: str, *, timeout: Any = TIMEOUT) -> None:
        self.url = url.rstrip("/")
        self.keys = keys
        self.team = team
        self._http = httpx.Client(timeout=timeout, verify=_tls_context())

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _request(
        self, method: str, path: str, body: bytes = b"", *, signed: bool = True,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:  # fmt: skip
        sent = dict(headers or {})
        if signed:
            sent.update(hub_auth.headers(self.keys, self.team, method, path, body))
        try:
            answer = self._http.request(method, self.url + path, content=body, headers=sent)
        except httpx.HTTPError as error:
            reason = f"The hub cannot be reached ({type(error).__name__})."
            raise HubError("unreachable", reason) from None
        if answer.status_code >= 400:
            try:
                data = answer.json()
                code, reason = str(data["code"]), str(data["reason"])
            except (ValueError, KeyError, TypeError):
                code, reason = "http_error", f"The hub answered {answer.status_code}."
            raise HubError(code, reason, answer.status_code)
        return answer

    # -- the team ---------------------------------------------------------------------

    def register_team(self, signing_b64: str) -> None:
        body = json.dumps({"device": self.keys.device, "signing": signing_b64}).encode()
        self._request("POST", f"/v1/teams/{self.team}/register", body)

    def put_roster(self, devices: list[dict[str, Any]]) -> None:
        body = json.dumps({"devices": devices}, sort_keys=True).encode()
        self._request("PUT", f"/v1/teams/{self.team}/roster", body)

    def upload(self, envelope: bytes) -> bool:
        answer = self._request("POST", f"/v1/teams/{self.team}/changesets", envelope)
        return answer.status_code == 201

    def withdraw(self, families: list[dict[str, Any]]) -> int:
        """Erased families' parcels out of the hub's change sets (a coordinator's device):
        each ``{"family": pseudonym, "origin", "seq"}``, the change set of its erasure kept."""
        body = json.dumps({"families": families}, sort_keys=True).encode()
        answer = self._request("POST", f"/v1/teams/{self.team}/withdrawals", body)
        return int(answer.json().get("changesets", 0))

    def page(self, after: int) -> Page:
        answer = self._request("GET", f"/v1/teams/{self.team}/changesets?after={after}")
        return Page(list(_items(answer.content)), answer.headers.get("X-HostDesk-More") == "1")

    def status(self) -> dict[str, Any]:
        data: dict[str, Any] = self._request("GET", f"/v1/teams/{self.team}/status").json()
        return data

    # -- documents' bytes -------------------------------------------------------------------

    def put_blob(self, blob: str, sealed: bytes, family: str | None = None) -> None:
        """A document's sealed bytes; ``family``, its family's pseudonym, lets the hub drop
        them when the family is erased."""
        query = "" if family is None else f"?family={family}"
        self._request("PUT", f"/v1/teams/{self.team}/blobs/{blob}{query}", sealed)

    def blob(self, blob: str) -> bytes | None:
        """A document's sealed bytes, or None when no device has sent them yet."""
        try:
            return self._request("GET", f"/v1/teams/{self.team}/blobs/{blob}").content
        except HubError as error:
            if error.status == 404:
                return None
            raise

    # -- joining --------------------------------------------------------------------------

    def post_join(self, invite: str, request: bytes, poll_token: str) -> None:
        poll_hash = hashlib.sha256(poll_token.encode()).hexdigest()
        self._request("POST", f"/v1/joins/{invite}", request, signed=False,
                      headers={"X-HostDesk-Poll-Hash": poll_hash})  # fmt: skip

    def join_request(self, invite: str) -> bytes | None:
        try:
            return self._request("GET", f"/v1/joins/{invite}").content
        except HubError as error:
            if error.status == 404:
                return None
            raise

    def put_welcome(self, invite: str, welcome: bytes) -> None:
        self._request("PUT", f"/v1/joins/{invite}/welcome", welcome)

    def put_welcome_part(self, invite: str, part: int, data: bytes) -> None:
        """Part ``part`` of a welcome (0 is its head: ``put_welcome``)."""
        if part == 0:
            self.put_welcome(invite, data)
        else:
            self._request("PUT", f"/v1/joins/{invite}/welcome/{part}", data)

    def welcome_part(self, invite: str, poll_token: str, part: int) -> bytes | None:
        """Part ``part`` of this laptop's welcome, or None while it has not arrived."""
        if part == 0:
            return self.welcome(invite, poll_token)
        try:
            return self._request("GET", f"/v1/joins/{invite}/welcome/{part}", signed=False,
                                 headers={"X-HostDesk-Poll": poll_token}).content  # fmt: skip
        except HubError as error:
            if error.code == "not_yet":
                return None
            raise

    def forget_welcome(self, invite: str, poll_token: str) -> None:
        """This laptop has its whole welcome: the hub need not keep it."""
        self._request("DELETE", f"/v1/joins/{invite}", signed=False,
                      headers={"X-HostDesk-Poll": poll_token})  # fmt: skip

    def welcome(self, invite: str, poll_token: str) -> bytes | None:
        try:
            return self._request("GET", f"/v1/joins/{invite}/welcome", signed=False,
                                 headers={"X-HostDesk-Poll": poll_token}).content  # fmt: skip
        except HubError as error:
            if error.code == "not_yet":
                return None
            raise


def _items(data: bytes) -> Iterator[tuple[int, bytes]]:
    at = 0
    while at < len(data):
        if at + _CURSOR.size > len(data):
            raise HubError("malformed", "The hub's answer was cut short.")
        cursor, size = _CURSOR.unpack_from(data, at)
        at += _CURSOR.size
        if at + size > len(data):
            raise HubError("malformed", "The hub's answer was cut short.")
        yield cursor, data[at : at + size]
        at += size
