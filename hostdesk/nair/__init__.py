"""The NAIR receiving service: takes sealed report bundles over HTTP, answers with receipts.

It runs at the coordination unit, not on an entity's laptop: it imports the
bundle format (hostdesk.sync.keys, bundle, receipt) and nothing of the desktop
app (no Qt, no vault, no reports). See docs/nair-service.md.
"""
