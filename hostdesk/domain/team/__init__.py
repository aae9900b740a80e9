"""Team sync's merge rules: plain, deterministic code (no I/O, no SQL, no keys).

The format they implement is written down in ``docs/team-sync.md``. Every
function here is a pure function of its arguments, so that the same change
sets, received in any order and any number of times, give the same content
on every device.
"""
