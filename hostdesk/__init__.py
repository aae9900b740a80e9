"""HostDesk: case management for hosting entities of Portugal's refugee integration programme."""

# The one place the version is written: pyproject.toml reads it from here for the wheel.
__version__ = "0.1.0"
# SPDX identifier of the project's licence (the bundled Noto fonts are under the SIL OFL 1.1).
LICENCE = "EUPL-1.2"
