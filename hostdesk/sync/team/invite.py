"""One-time invitations and joining a team (docs/team-sync.md §9).

The coordinator's device makes an invitation for one user: 128 random bits,
shown as 26 characters (base32) or written to a file with the team, the hub's
address and its own public keys; valid 24 hours and once. The new laptop
answers with a join request (its public keys, authenticated with the
invitation's secret); the coordinator checks it and the fingerprint the
laptop's user reads aloud, adds the device, and sends the welcome: the
entity's rows and the user's families, sealed for the new device alone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text
from sqlmodel import Session, select

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit
from hostdesk.storage.kdf import KdfParams
from hostdesk.storage.models import AppUser
from hostdesk.storage.team import collecting, devices, entitlement
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team.models import TeamInvite
from hostdesk.storage.vault import Vault
from hostdesk.sync.keys import canonical, same_fingerprint
from hostdesk.sync.team import exchange, files, welcome
from hostdesk.sync.team.envelope import EnvelopeError
from hostdesk.sync.team.sealing import DeviceKeys, DevicePublic, SealError, open_sealed

INVITATION_FORMAT = "hostdesk-team-invitation-v1"
REQUEST_FORMAT = "hostdesk-team-join-v1"
WELCOME_FORMAT = files.WELCOME_FORMAT
VALID_FOR = timedelta(hours=24)
SECRET_BYTES = 16  # 128 bits: 26 base32 characters


class InvitationError(ValueError):
    """An invitation or join request that cannot be used; the message says why."""


def code_of(secret: bytes) -> str:
    """26 characters in groups of five (A-Z, 2-7): read or typed without ambiguity."""
    text32 = base64.b32encode(secret).decode("ascii").rstrip("=")
    return "-".join(text32[i : i + 5] for i in range(0, len(text32), 5))


def secret_of(code: str) -> bytes:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    try:
        secret = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (binascii.Error, ValueError):
        raise InvitationError("This invitation code is not one HostDesk made.") from None
    if len(secret) != SECRET_BYTES:
        raise InvitationError("This invitation code is incomplete.")
    return secret


def invite_id(secret: bytes) -> str:
    return hashlib.sha256(b"hostdesk-team-invite-id-v1\0" + secret).hexdigest()[:32]


def _mac_key(secret: bytes) -> bytes:
    return hashlib.sha256(b"hostdesk-team-invite-v1\0" + secret).digest()


def _mac(key: bytes, body: dict[str, Any]) -> str:
    return hmac.new(key, canonical(body), hashlib.sha256).hexdigest()


def _device_json(public: DevicePublic) -> dict[str, str]:
    return {"device": public.device, "signing": base64.b64encode(public.signing_raw()).decode(),
            "box": base64.b64encode(public.box_raw()).decode()}  # fmt: skip


def _device_from(data: Any) -> DevicePublic:
    try:
        return DevicePublic.from_raw(str(data["device"]), base64.b64decode(data["signing"]),
                                     base64.b64decode(data["box"]))  # fmt: skip
    except (KeyError, TypeError, binascii.Error):
        raise InvitationError("The device keys in this file are damaged.") from None


def _load(data: bytes, fmt: str, refusal: str) -> dict[str, Any]:
    """The file's JSON when it has the format ``fmt``; else ``refusal`` (a whole sentence,
    so that the window and the command line can translate it)."""
    try:
        loaded = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InvitationError(refusal) from None
    if not isinstance(loaded, dict) or loaded.get("format") != fmt:
        raise InvitationError(refusal)
    return loaded


# -- the coordinator's side ---------------------------------------------------------------


@dataclass(frozen=True)
class Invitation:
    code: str
    file_bytes: bytes
    fingerprint: str  # of the inviting device: the new laptop's user checks it aloud
    expires_at: datetime


def create_invitation(vault: Vault, username: str, hub_url: str = "") -> Invitation:
    vault.require_coordinator("invite a device to the team")
    secret = secrets.token_bytes(SECRET_BYTES)
    now = datetime.now(UTC)
    with vault.changing() as session:
        me = team_device.current(session)
        if me is None:
            raise InvitationError("This vault is not in a team yet; create the team first.")
        user = session.exec(select(AppUser).where(AppUser.username == username.strip())).first()
        if user is None or not user.active:
            raise InvitationError(f"There is no active user {username.strip()} in this vault.")
        mine = exchange.keys_of(session).public()
        session.add(TeamInvite(id=invite_id(secret), secret_hash=_mac_key(secret).hex(),
                               user_uuid=user.user_uuid, created_at=now,
                               expires_at=now + VALID_FOR, used_by_device=""))  # fmt: skip
        audit.append(session, vault.user.username, "team.invite", "app_user", user.id,
                     {"expires_at": (now + VALID_FOR).isoformat(timespec="seconds")})  # fmt: skip
        body = {
            "format": INVITATION_FORMAT, "team": me.team, "hub": hub_url or _hub(session),
            "code": code_of(secret), "expires_at": (now + VALID_FOR).isoformat(),
            "user": {"uuid": user.user_uuid, "username": user.username,
                     "display_name": user.display_name, "role": user.role},
            "inviter": _device_json(mine),
        }  # fmt: skip
    return Invitation(code_of(secret), canonical(body), mine.fingerprint(), now + VALID_FOR)


def _hub(session: Session) -> str:
    return str(session.execute(text("SELECT hub_url FROM team_state")).scalar() or "")


@dataclass(frozen=True)
class JoinRequest:
    invite: str
    device: DevicePublic
    label: str
    body: dict[str, Any]
    mac: str

    def fingerprint(self) -> str:
        return self.device.fingerprint()


def read_join_request(data: bytes, mac_key: bytes | None = None) -> JoinRequest:
    """The request; its laptop's label is readable only with the invitation's key."""
    loaded = _load(data, REQUEST_FORMAT, "This is not a HostDesk join request.")
    mac = loaded.pop("mac", "")
    label = _open_label(mac_key, str(loaded.get("label", ""))) if mac_key else ""
    return JoinRequest(str(loaded.get("invite", "")), _device_from(loaded.get("device")),
                       label, loaded, str(mac))  # fmt: skip


def _label_key(mac_key: bytes) -> bytes:
    # The label travels encrypted: a hub relaying the request learns nothing from it.
    return hashlib.sha256(b"hostdesk-team-join-label-v1\0" + mac_key).digest()


def _seal_label(mac_key: bytes, label: str) -> str:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_label_key(mac_key)).encrypt(nonce, label[:80].encode(), b"label")
    return base64.b64encode(nonce + sealed).decode()


def _open_label(mac_key: bytes, text: str) -> str:
    try:
        raw = base64.b64decode(text, validate=True)
        return AESGCM(_label_key(mac_key)).decrypt(raw[:12], raw[12:], b"label").decode()[:80]
    except (binascii.Error, ValueError, InvalidTag, UnicodeDecodeError):
        return ""


def accept_join(vault: Vault, request_bytes: bytes, confirmed_fingerprint: str) -> bytes:
    """Add the device that sent ``request_bytes`` and return its welcome file: one file
    holding everything (the USB-stick path).

    ``confirmed_fingerprint`` is what the new laptop's user read aloud; it must match.
    """
    (only,) = accept_join_in_parts(vault, request_bytes, confirmed_fingerprint, per_part=None)
    return only.data


def accept_join_in_parts(
    vault: Vault,
    request_bytes: bytes,
    confirmed_fingerprint: str,
    per_part: int | None,
) -> Iterator[welcome.Part]:
    """Add the device that sent ``request_bytes``; its welcome, a part at a time, each as
    soon as it is sealed (``welcome``): the hub passes one on while the next is sealed.

    The head is sealed in the transaction that adds the device, each later part in one
    of its own, and each is handed over only once committed: a laptop never merges a
    change set that its coordinator's device could still lose (and number again).
    """
    vault.require_coordinator("add a device to the team")
    request = read_join_request(request_bytes)
    if not same_fingerprint(confirmed_fingerprint, request.fingerprint()):
        raise InvitationError(
            "The fingerprint read aloud does not match the device that asked to join; "
            "do not add it, and make a new invitation."
        )
    now = datetime.now(UTC)
    with vault.changing() as session:
        invite = session.get(TeamInvite, request.invite)
        if invite is None or invite.used_at is not None:
            raise InvitationError("This invitation was already used, or never made here.")
        if _aware(invite.expires_at) < now:
            raise InvitationError("This invitation has expired (24 hours); make a new one.")
        key = bytes.fromhex(invite.secret_hash)
        if not hmac.compare_digest(_mac(key, request.body), request.mac):
            raise InvitationError("This join request does not come from the invitation.")
        request = read_join_request(request_bytes, key)
        if devices.get(session, request.device.device) is not None:
            raise InvitationError("This device is already in the team.")
        me = team_device.current(session)
        assert me is not None
        code = devices.next_code(session)
        devices.add(session, device=request.device.device, user_uuid=invite.user_uuid,
                    label=request.label, code=code,
                    signing_public=request.body["device"]["signing"],
                    box_public=request.body["device"]["box"], added_by=me.device)  # fmt: skip
        invite.used_at, invite.used_by_device = now, request.device.device
        session.add(invite)
        audit.append(session, vault.user.username, "team.device_add", "team_device",
                     request.device.device, {"code": code})  # fmt: skip
        user = session.exec(select(AppUser).where(AppUser.user_uuid == invite.user_uuid)).one()
        person = {"uuid": user.user_uuid, "username": user.username,
                  "display_name": user.display_name, "role": user.role}  # fmt: skip
        wanted = entitlement.families_of_user(session, invite.user_uuid)
        later = welcome.batches(wanted, per_part)
        count = 1 + len(later)
        head = welcome.head_part(
            session, lambda body: _mac(key, body), request.device, code, person,
            _device_json(exchange.keys_of(session).public()),
            wanted if per_part is None else [], count,
        )  # fmt: skip
    yield head
    device = request.device.device
    for number, batch in enumerate(later, start=1):
        # Each part in a transaction of its own, committed before it is handed over: the
        # laptop never holds a change set its coordinator's device could still lose.
        with vault.changing() as session:
            part = welcome.family_part(session, lambda body: _mac(key, body), device, number,
                                       count, batch)  # fmt: skip
        yield part


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# -- the new laptop's side ----------------------------------------------------------------


@dataclass(frozen=True)
class InvitationFile:
    team: str
    hub: str
    secret: bytes
    user: dict[str, str]
    inviter: DevicePublic

    def fingerprint(self) -> str:
        return self.inviter.fingerprint()


def read_invitation(data: bytes) -> InvitationFile:
    loaded = _load(data, INVITATION_FORMAT, "This is not a HostDesk invitation.")
    user = loaded.get("user")
    if not isinstance(user, dict):
        raise InvitationError("This invitation names no user.")
    return InvitationFile(str(loaded.get("team", "")), str(loaded.get("hub", "")),
                          secret_of(str(loaded.get("code", ""))),
                          {k: str(v) for k, v in user.items()},
                          _device_from(loaded.get("inviter")))  # fmt: skip


def join_request(secret: bytes, keys: DeviceKeys, label: str) -> bytes:
    body = {"format": REQUEST_FORMAT, "invite": invite_id(secret),
            "device": _device_json(keys.public()), "label": _seal_label(_mac_key(secret), label),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds")}  # fmt: skip
    return canonical({**body, "mac": _mac(_mac_key(secret), body)})


def begin_join(
    path: Path,
    invitation: InvitationFile,
    passphrase: str,
    label: str,
    kdf: KdfParams | None = None,
) -> tuple[Vault, bytes, str]:
    """A new vault for the invited user, with its device keys; returns it, the join
    request to give the coordinator, and the vault's recovery key (to show once)."""
    user = invitation.user
    vault, recovery = Vault.create(
        path, entity_name="", username=user["username"], passphrase=passphrase,
        display_name=user.get("display_name", ""), kdf=kdf, user_uuid=user["uuid"],
        role=Role(user.get("role", Role.SOCIAL_WORKER.value)),
    )  # fmt: skip
    keys = DeviceKeys.generate(new_device_id())
    with vault.changing() as session:
        team_device.start(session, team=invitation.team, device=keys.device,
                          hub_url=invitation.hub, adopt=True)  # fmt: skip
        devices.save_keys(session, *keys.raw())
    return vault, join_request(invitation.secret, keys, label), recovery


# Fetches part ``number`` of this laptop's welcome (waiting until it is there).
FetchPart = Callable[[int], bytes]
# What a vault already in use may stop at: None for a part that cannot be had now (the
# hub is out of reach); the join stands, and the rest arrives with the next sync.
FetchPartOrStop = Callable[[int], bytes | None]
# Told (parts merged, parts in all) after each part of the welcome is merged.
JoinProgress = Callable[[int, int], None]


@collecting.paused()  # a whole caseload's objects, part after part
def finish_join(
    vault: Vault,
    welcome_bytes: bytes,
    secret: bytes,
    fetch_part: FetchPartOrStop | None = None,
    progress: JoinProgress | None = None,
) -> files.Imported:
    """Check the welcome against the invitation's secret and merge it, with its later
    parts when it names more than one (``fetch_part`` brings them, one by one)."""
    header, _envelopes = files.read(welcome_bytes)
    mac = header.pop("mac", "")
    if not hmac.compare_digest(_mac(_mac_key(secret), header), str(mac)):
        raise InvitationError("This welcome does not come from the invitation's team.")
    count = welcome.part_count(header)
    if header.get("format") != WELCOME_FORMAT or count is None:
        raise InvitationError("This is not a HostDesk welcome file.")
    if count > 1 and fetch_part is None:
        raise InvitationError("This welcome is incomplete; ask for a new invitation.")
    inviter = _device_from(header.get("inviter"))
    with vault.changing() as session:
        me = team_device.current(session)
        if me is None or header.get("device") != me.device or header.get("team") != me.team:
            raise InvitationError("This welcome is for another device.")
        session.execute(text("UPDATE team_state SET device_code = :c"), {"c": header["code"]})
    imported = [_import(vault, welcome_bytes, inviter)]
    if progress is not None:
        progress(1, count)
    for number in range(1, count):
        assert fetch_part is not None
        data = fetch_part(number)
        if data is None:  # the rest comes with the next sync (``joining.join_existing``)
            return _added_up(imported, complete=False)
        try:
            part, envelopes = files.read(data)
        except EnvelopeError:
            part, envelopes = {}, []
        if not welcome.part_header_ok(
            part, envelopes, team=me.team, device=me.device, number=number, count=count,
            mac=lambda body: _mac(_mac_key(secret), body),
        ):  # fmt: skip
            raise InvitationError("This welcome does not come from the invitation's team.")
        imported.append(_import(vault, data, inviter))
        if progress is not None:
            progress(number + 1, count)
    return _added_up(imported, complete=True)


def _added_up(imported: list[files.Imported], *, complete: bool) -> files.Imported:
    return files.Imported(
        sum(i.merged for i in imported), sum(i.duplicates for i in imported),
        imported[-1].held, sum(i.refused for i in imported), imported[0].writer,
        complete=complete,
    )  # fmt: skip


def _import(vault: Vault, data: bytes, inviter: DevicePublic) -> files.Imported:
    try:
        return files.import_file(vault, data, trusted=[inviter])
    except EnvelopeError as error:
        raise InvitationError(str(error)) from None


def new_device_id() -> str:
    return secrets.token_hex(16)


# -- joining through the hub with a code ---------------------------------------------------


def poll_token(secret: bytes) -> str:
    """What the new laptop shows the hub to collect its welcome (the hub keeps its hash)."""
    return hashlib.sha256(b"hostdesk-hub-poll-v1\0" + secret).hexdigest()


@dataclass(frozen=True)
class PendingJoin:
    secret: bytes
    keys: DeviceKeys
    request: bytes

    @property
    def invite(self) -> str:
        return invite_id(self.secret)

    def fingerprint(self) -> str:
        return self.keys.public().fingerprint()


def new_pending_join(code: str, label: str) -> PendingJoin:
    secret = secret_of(code)
    keys = DeviceKeys.generate(new_device_id())
    return PendingJoin(secret, keys, join_request(secret, keys, label))


def welcome_user(welcome_bytes: bytes, keys: DeviceKeys) -> tuple[str, dict[str, str]]:
    """The team and the user a welcome makes this laptop for (sealed for it alone)."""
    header, _ = files.read(welcome_bytes)
    team = str(header.get("team", ""))
    try:
        sealed = base64.b64decode(str(header.get("user", "")), validate=True)
        plain = open_sealed(sealed, keys, welcome.user_context(team))
    except (binascii.Error, SealError):
        plain = None
    if plain is None or header.get("device") != keys.device:
        raise InvitationError("This welcome is not for this laptop.")
    user = json.loads(plain.decode("utf-8"))
    return team, {k: str(v) for k, v in user.items()}


def complete_join(
    path: Path,
    pending: PendingJoin,
    welcome_bytes: bytes,
    passphrase: str,
    hub_url: str,
    kdf: KdfParams | None = None,
    fetch_part: FetchPart | None = None,
    progress: JoinProgress | None = None,
) -> tuple[Vault, str]:
    """The laptop's vault, made once the coordinator added it; returns it and its
    recovery key (to show once). A join that fails leaves no vault behind: the folder
    made here is removed, so that the user can try again with a new invitation."""
    team, user = welcome_user(welcome_bytes, pending.keys)
    made_here = not path.exists()
    vault, recovery = Vault.create(
        path, entity_name="", username=user["username"], passphrase=passphrase,
        display_name=user.get("display_name", ""), kdf=kdf, user_uuid=user["uuid"],
        role=Role(user.get("role", Role.SOCIAL_WORKER.value)),
    )  # fmt: skip
    try:
        with vault.changing() as session:
            team_device.start(session, team=team, device=pending.keys.device, hub_url=hub_url,
                              adopt=True)  # fmt: skip
            devices.save_keys(session, *pending.keys.raw())
        finish_join(vault, welcome_bytes, pending.secret, fetch_part, progress)
    except BaseException:
        vault.close()
        if made_here:
            shutil.rmtree(path, ignore_errors=True)
        raise
    return vault, recovery


def label_of(session: Session, request_bytes: bytes) -> str:
    """The laptop's label in a join request, read with this vault's invitation key."""
    request = read_join_request(request_bytes)
    invite = session.get(TeamInvite, request.invite)
    if invite is None:
        return ""
    return read_join_request(request_bytes, bytes.fromhex(invite.secret_hash)).label


def open_invites(session: Session) -> list[TeamInvite]:
    now = datetime.now(UTC)
    return [
        i for i in session.exec(select(TeamInvite)).all()
        if i.used_at is None and _aware(i.expires_at) > now
    ]  # fmt: skip
