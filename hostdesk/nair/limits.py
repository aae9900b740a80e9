"""The service's limits on what uploads may take: one place, read by the app, server and CLI.

Together they bound memory: at most ``MAX_UPLOADS`` bodies of ``MAX_BODY``
bytes are held at once (documented in docs/nair-service.md).
"""

from __future__ import annotations

# A real bundle of 999 families is about 0.7 MB; the format allows 64 MiB, this service less.
MAX_BODY = 8 * 1024 * 1024
# Bundles read and taken in at once; more are answered 503 with Retry-After.
MAX_UPLOADS = 8
# Open connections and requests in progress past which uvicorn answers 503 at once,
# so idle or slow clients cannot pile up without bound.
MAX_CONNECTIONS = 100
# What a client turned away is asked to wait, in seconds.
BUSY_RETRY_AFTER = 30
