"""Importing families from a spreadsheet: the rules, with no file and no database.

- ``columns``: the vocabulary of import columns and the guess from header names;
- ``table``: the sheet as rows of cells, its header row found;
- ``values``: one cell read as a date, a choice, a flag, an identifier...;
- ``rows``: every row checked, households formed, problems listed;
- ``duplicates``: people who may already be in the vault, or twice in the file;
- ``flow``: what the import wizard shows next.

Problem messages name rows and columns, never the values in them: they may be
printed or logged.
"""
