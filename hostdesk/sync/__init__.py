"""Signed and encrypted report bundles, the outbox and transports."""
