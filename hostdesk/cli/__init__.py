"""The ``hostdesk`` command line."""
