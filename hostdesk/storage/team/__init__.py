"""Team sync inside the vault: what travels, change capture, merging others' changes.

The merge rules themselves are plain code in :mod:`hostdesk.domain.team`; this
package stores their state in the vault and writes merged rows into the
ordinary tables. The format is ``docs/team-sync.md``.
"""
