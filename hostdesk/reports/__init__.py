"""PDF and data renditions of progress and monthly reports (no Qt here).

- :mod:`hostdesk.reports.family`: ``render_family_report`` (one family, a period,
  PDF bytes) and ``render_batch`` (many families, off the UI thread, failures listed).
- :mod:`hostdesk.reports.monthly`: ``build_monthly_report`` (the NAIR's monthly JSON
  and PDF), ``store_revision`` and ``submit_revision`` (frozen revisions).
- :mod:`hostdesk.reports.catalogue`: the reports' words in pt-PT and English.
"""
