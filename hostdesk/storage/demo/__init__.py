"""Synthetic demo data: a deterministic generator of families and a bulk writer.

Everything here is invented; no real person's data ever enters the repository.
"""
