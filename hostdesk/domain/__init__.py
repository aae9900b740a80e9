"""Pure programme rules: no Qt, no SQL, no I/O."""
