"""Bundles a hostile but registered entity could send: small on the wire, huge once inflated."""

from __future__ import annotations

from hostdesk.nair.validation import REPORT_JSON_LIMITS
from hostdesk.sync.bundle import MAX_FILE_BYTES, REPORT_JSON
from hostdesk.sync.keys import NairPublicKeys
from tests.nair_support import SampleEntity, seal_report


def widest_report() -> bytes:
    """A report.json at every limit the service allows: size, objects and values.

    It inflates from a few tens of kB to 8 MiB and would parse to the most
    Python objects the limits let through (then the schema refuses it).
    """
    objects = REPORT_JSON_LIMITS.max_containers - 1
    pad = (MAX_FILE_BYTES[REPORT_JSON] - 2) // objects - len('{"k":""},')
    item = b'{"k":"' + b"v" * pad + b'"},'
    return (b"[" + item * objects)[:-1] + b"]"


def inflating_bundle(entity: SampleEntity, nair: NairPublicKeys, month: str) -> bytes:
    return seal_report(entity, nair, month=month, report_json=widest_report()).data
