"""HostDesk: case management for hosting entities of Portugal's refugee integration programme."""

__version__ = "0.1.0"
