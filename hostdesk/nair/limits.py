"""The service's limits on what uploads may take: one place, read by the app, server and CLI.

Together they bound memory (docs/nair-service.md, "Limits"): bodies held at
once take at most ``MAX_UPLOADS × MAX_BODY`` bytes, and at most
``MAX_OPENING`` bundles are opened (decrypted, inflated, parsed) at once, each
inflating to at most ``bundle.MAX_CONTENT_BYTES``.
"""

from __future__ import annotations

from hostdesk.serving.limits import ConnectionLimits

# A real bundle of 999 families is about 0.7 MB; the format allows 64 MiB, this service less.
MAX_BODY = 8 * 1024 * 1024
# Bodies held at once take at most this many times MAX_BODY, counted in bytes really
# received; an upload past that is answered 503 with Retry-After.
MAX_UPLOADS = 8
# Bundles opened at once, in worker threads: the machine has few cores, and each opening
# may hold a report's inflated files and parsed JSON. The others wait their turn.
MAX_OPENING = 2
# Open connections; idle ones are closed to make room (hostdesk.serving), never counted
# against requests.
MAX_CONNECTIONS = 512
# What a client turned away is asked to wait, in seconds.
BUSY_RETRY_AFTER = 30


def connection_limits(max_connections: int = MAX_CONNECTIONS) -> ConnectionLimits:
    return ConnectionLimits(max_connections=max_connections)
