"""Team sync on the wire: device keys, sealed parcels, signed change sets, invitations,
and the file and hub transports (docs/team-sync.md §8-§10)."""
