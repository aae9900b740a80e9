"""The team hub (``hostdesk-hub``): stores and relays an entity's sealed change sets.

A service with no Qt and no vault, beside the NAIR's: it holds no key that
opens a parcel and sees only team and device ids, family pseudonyms, sizes and
times (docs/team-sync.md §10, docs/team-hub.md).
"""
