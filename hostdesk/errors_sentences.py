"""The storage, sync and report layers' own sentences, as templates to translate them by.

Each entry is the English sentence exactly as it is raised, with %1, %2 where
the raise site puts a folder, a user, a month or a revision (see
``hostdesk.errors_text``). ``tests/test_errors_text.py`` checks that every
entry is still raised somewhere in the code, so a reworded message fails a test
rather than falling back to English unnoticed. When two templates could match
one message, the more specific comes first.
"""

from __future__ import annotations

from hostdesk.i18n import QT_TRANSLATE_NOOP

SENTENCES: tuple[str, ...] = (
    # -- opening a vault: passphrases, recovery keys, users -----------------------------
    QT_TRANSLATE_NOOP("Errors", "The passphrase is not right for %1; check Caps Lock and the "
                      "keyboard layout and try again, or ask your coordinator to reset it."),
    QT_TRANSLATE_NOOP("Errors", "The passphrase is not right for %1; try again."),
    QT_TRANSLATE_NOOP("Errors", "This session was opened with the recovery key; close it."),
    QT_TRANSLATE_NOOP("Errors", "This recovery key does not belong to this vault; check you have "
                      "the latest key printed for it (a new one is made whenever a coordinator "
                      "is removed)."),
    QT_TRANSLATE_NOOP("Errors", "This vault has no recovery key at the moment (it was replaced "
                      "when a coordinator was removed); a coordinator can make a new one."),
    QT_TRANSLATE_NOOP("Errors", "This recovery key does not belong to this vault."),
    QT_TRANSLATE_NOOP("Errors", "A recovery key has %1 letters and digits; this one has %2. "
                      "Check you copied all of it."),
    QT_TRANSLATE_NOOP("Errors", "This is not a recovery key: it has characters a recovery key "
                      "never uses."),
    QT_TRANSLATE_NOOP("Errors", "This recovery key has a typing mistake; compare it character by "
                      "character."),
    QT_TRANSLATE_NOOP("Errors", "This vault has several users (%1); say which one you are."),
    QT_TRANSLATE_NOOP("Errors", "There is no user “%1” in this vault; the users are: %2."),
    QT_TRANSLATE_NOOP("Errors", "The user %1 is no longer active in this vault."),
    QT_TRANSLATE_NOOP("Errors", "This user is no longer active in the vault; ask your "
                      "coordinator."),
    QT_TRANSLATE_NOOP("Errors", "There is already a user called %1; choose another name."),
    QT_TRANSLATE_NOOP("Errors", "A vault needs at least one coordinator; add another coordinator "
                      "first."),
    QT_TRANSLATE_NOOP("Errors", "You cannot remove yourself; ask another coordinator to remove "
                      "your user."),
    QT_TRANSLATE_NOOP("Errors", "The vault is busy; try again when the current work has "
                      "finished."),
    QT_TRANSLATE_NOOP("Errors", "The vault is still in use elsewhere; close it there and try "
                      "again."),
    # -- what only a coordinator may do (the command line's and the sync's) -------------
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can export the raw database key."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can make a new recovery key."),
    QT_TRANSLATE_NOOP("Errors", "Open the vault with a coordinator's passphrase to export the "
                      "raw key."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can add users."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can remove users."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can reset passphrases."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can read the audit log."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can submit monthly reports."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can set up sending to the NAIR."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can enroll the entity with the NAIR."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can seal a refused report again."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can anonymise families."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can create the team."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can invite a device to the team."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can add a device to the team."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator can revoke a device."),
    # -- joining a team: invitations, join requests, welcomes, team files --------------
    QT_TRANSLATE_NOOP("Errors", "This invitation code is not one HostDesk made."),
    QT_TRANSLATE_NOOP("Errors", "This invitation code is incomplete."),
    QT_TRANSLATE_NOOP("Errors", "This invitation has expired (24 hours); make a new one."),
    QT_TRANSLATE_NOOP("Errors", "This invitation was already used, or never made here."),
    QT_TRANSLATE_NOOP("Errors", "The fingerprint read aloud does not match the device that asked "
                      "to join; do not add it, and make a new invitation."),
    QT_TRANSLATE_NOOP("Errors", "This join request does not come from the invitation."),
    QT_TRANSLATE_NOOP("Errors", "This is not a HostDesk invitation."),
    QT_TRANSLATE_NOOP("Errors", "This is not a HostDesk join request."),
    QT_TRANSLATE_NOOP("Errors", "This is not a HostDesk welcome file."),
    QT_TRANSLATE_NOOP("Errors", "This invitation names no user."),
    QT_TRANSLATE_NOOP("Errors", "The device keys in this file are damaged."),
    QT_TRANSLATE_NOOP("Errors", "This welcome does not come from the invitation's team."),
    QT_TRANSLATE_NOOP("Errors", "This welcome is for another device."),
    QT_TRANSLATE_NOOP("Errors", "This welcome is incomplete; ask for a new invitation."),
    QT_TRANSLATE_NOOP("Errors", "This welcome is not for this laptop."),
    QT_TRANSLATE_NOOP("Errors", "This device is already in the team."),
    QT_TRANSLATE_NOOP("Errors", "This vault is already in a team."),
    QT_TRANSLATE_NOOP("Errors", "This vault is not in a team yet; create the team first."),
    QT_TRANSLATE_NOOP("Errors", "There is no active user %1 in this vault."),
    QT_TRANSLATE_NOOP("Errors", "This vault has a user called %1, and so does the team; a "
                      "coordinator removes that user here first, then asks for a new "
                      "invitation."),
    QT_TRANSLATE_NOOP("Errors", "This laptop has not asked to join with an invitation file; open "
                      "the invitation file first."),
    QT_TRANSLATE_NOOP("Errors", "No laptop has answered this invitation on the hub yet."),
    QT_TRANSLATE_NOOP("Errors", "There is no such device in this team."),
    QT_TRANSLATE_NOOP("Errors", "A device cannot revoke itself; revoke it from another one."),
    QT_TRANSLATE_NOOP("Errors", "This device was already revoked."),
    QT_TRANSLATE_NOOP("Errors", "Joining the team was cancelled."),
    QT_TRANSLATE_NOOP("Errors", "The coordinator did not add this laptop in time; ask for a new "
                      "invitation."),
    QT_TRANSLATE_NOOP("Errors", "The rest of the team's welcome did not arrive in time; ask for "
                      "a new invitation."),
    QT_TRANSLATE_NOOP("Errors", "This is not a HostDesk team file."),
    QT_TRANSLATE_NOOP("Errors", "The team file was cut short."),
    QT_TRANSLATE_NOOP("Errors", "The team file's header is damaged."),
    QT_TRANSLATE_NOOP("Errors", "The team file was written in a format not known here."),
    QT_TRANSLATE_NOOP("Errors", "The team file is empty."),
    QT_TRANSLATE_NOOP("Errors", "A change set is not signed by the device it names."),
    QT_TRANSLATE_NOOP("Errors", "A change set is larger than HostDesk accepts."),
    QT_TRANSLATE_NOOP("Errors", "This is not a HostDesk change set."),
    QT_TRANSLATE_NOOP("Errors", "A change set's header is damaged."),
    QT_TRANSLATE_NOOP("Errors", "A change set was cut short."),
    QT_TRANSLATE_NOOP("Errors", "A parcel of a change set was altered or cut short."),
    QT_TRANSLATE_NOOP("Errors", "This change set was written in a format HostDesk does not "
                      "know."),
    QT_TRANSLATE_NOOP("Errors", "A parcel does not open: it was altered or damaged."),
    QT_TRANSLATE_NOOP("Errors", "A device's public keys are damaged."),
    # -- the team hub's answers (its refusals are English sentences) ----------------------
    QT_TRANSLATE_NOOP("Errors", "The hub cannot be reached (%1)."),
    QT_TRANSLATE_NOOP("Errors", "The hub answered %1."),
    QT_TRANSLATE_NOOP("Errors", "The hub's answer was cut short."),
    QT_TRANSLATE_NOOP("Errors", "This device is not registered with the hub."),
    QT_TRANSLATE_NOOP("Errors", "This device was revoked by the team's coordinator."),
    QT_TRANSLATE_NOOP("Errors", "Only a coordinator's device may do this."),
    QT_TRANSLATE_NOOP("Errors", "The request is not signed by the key it names."),
    QT_TRANSLATE_NOOP("Errors", "The request's signature does not hold (or the clock is far "
                      "off)."),
    QT_TRANSLATE_NOOP("Errors", "This invitation was answered already."),
    QT_TRANSLATE_NOOP("Errors", "No laptop has answered this invitation yet."),
    QT_TRANSLATE_NOOP("Errors", "This invitation has its welcome already."),
    QT_TRANSLATE_NOOP("Errors", "No welcome for this invitation."),
    QT_TRANSLATE_NOOP("Errors", "The coordinator has not added this laptop yet."),
    # -- the vault's folder and files ---------------------------------------------------
    QT_TRANSLATE_NOOP("Errors", "There is no vault in %1; check the folder name."),
    QT_TRANSLATE_NOOP("Errors", "The vault %1 has a header but no database file (%2); restore "
                      "the vault from a backup."),
    QT_TRANSLATE_NOOP("Errors", "There is already a vault in %1; open it, or choose an empty "
                      "folder."),
    QT_TRANSLATE_NOOP("Errors", "The folder %1 has no vault header (%2); if it is a vault, "
                      "restore the header from a backup, otherwise choose the vault's folder."),
    QT_TRANSLATE_NOOP("Errors", "The vault header in %1 cannot be read; check the folder's "
                      "permissions."),
    QT_TRANSLATE_NOOP("Errors", "The vault folder %1 cannot be written to; check it is not on a "
                      "read-only disk and that you may write there."),
    QT_TRANSLATE_NOOP("Errors", "The vault in %1 was written by a newer HostDesk (format %2); "
                      "update HostDesk to open it."),
    QT_TRANSLATE_NOOP("Errors", "The vault %1 was made by a newer version of HostDesk; update "
                      "HostDesk to open it."),
    QT_TRANSLATE_NOOP("Errors", "The vault %1 is open in another HostDesk window or command; "
                      "close it there first."),
    QT_TRANSLATE_NOOP("Errors", "The database %1 does not open with this vault's key: it is "
                      "damaged or comes from another vault; restore it from a backup."),
    QT_TRANSLATE_NOOP("Errors", "Could not copy the vault aside before upgrading it (%1); free "
                      "some disk space and try again."),
    # -- backups and restores -----------------------------------------------------------
    QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist; choose an existing folder or "
                      "disk."),
    QT_TRANSLATE_NOOP("Errors", "The file %1 already exists; choose another name so no backup is "
                      "replaced."),
    QT_TRANSLATE_NOOP("Errors", "The vault's users kept changing during the backup; try again in "
                      "a moment."),
    QT_TRANSLATE_NOOP("Errors", "The header of the vault %1 changed identity; reopen it."),
    QT_TRANSLATE_NOOP("Errors", "The database copy was not encrypted, so no backup was written."),
    QT_TRANSLATE_NOOP("Errors", "The backup was cancelled; nothing was written."),
    QT_TRANSLATE_NOOP("Errors", "The backup could not be made: the disk holding the vault %1 is "
                      "full; free some space and try again."),
    QT_TRANSLATE_NOOP("Errors", "The backup could not be made: the disk holding the vault %1 "
                      "failed to read or write; check the disk."),
    QT_TRANSLATE_NOOP("Errors", "The backup could not be made (%1); try again."),
    QT_TRANSLATE_NOOP("Errors", "There is no backup file %1; check its name."),
    QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a backup file; choose the file."),
    QT_TRANSLATE_NOOP("Errors", "The backup file %1 cannot be read; check its permissions."),
    QT_TRANSLATE_NOOP("Errors", "The file %1 is not a HostDesk backup, or it is damaged or "
                      "incomplete; use another copy of the backup."),
    QT_TRANSLATE_NOOP("Errors", "The backup %1 was made by a newer HostDesk (backup format %2); "
                      "update HostDesk to restore it."),
    QT_TRANSLATE_NOOP("Errors", "The restore was cancelled; nothing was restored."),
    QT_TRANSLATE_NOOP("Errors", "This backup has several users (%1); say which one you are."),
    QT_TRANSLATE_NOOP("Errors", "The folder %1 is not empty; restore into a new or empty folder "
                      "so nothing in it is overwritten."),
    QT_TRANSLATE_NOOP("Errors", "The backup could not be restored into %1: the disk is full; "
                      "free some space or choose another disk."),
    QT_TRANSLATE_NOOP("Errors", "The backup could not be restored into %1: you may not write "
                      "there; choose another folder."),
    QT_TRANSLATE_NOOP("Errors", "The backup could not be restored into %1 (%2); check the disk."),
    # -- reports ------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("Errors", "There is no case %1 in this vault."),
    QT_TRANSLATE_NOOP("Errors", "\"%1\" is not a month; write it as YYYY-MM, e.g. 2026-11."),
    QT_TRANSLATE_NOOP("Errors", "Case %1 has a programme length of %2 months; correct it in the "
                      "case file, then build the monthly report again."),
    QT_TRANSLATE_NOOP("Errors", "The report for %1 changed since this draft was built (it would "
                      "now be revision %2); build it again."),
    QT_TRANSLATE_NOOP("Errors", "Nothing changed since revision %1 of %2 was submitted; there is "
                      "nothing to correct."),
    QT_TRANSLATE_NOOP("Errors", "Revision %1 of %2 was already submitted."),
    QT_TRANSLATE_NOOP("Errors", "There is no revision %1 of the report for %2."),
    # -- the NAIR: address, key, outbox, receipts ---------------------------------------
    QT_TRANSLATE_NOOP("Errors", "%1 is not a web address; write it as "
                      "https://server.example/path."),
    QT_TRANSLATE_NOOP("Errors", "Use an https:// address for the NAIR; plain http is only for a "
                      "test service on this computer."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR address must not have a ?query or #fragment; remove "
                      "it."),
    QT_TRANSLATE_NOOP("Errors", "A different NAIR key is pinned already (%1); the new one is %2. "
                      "Check the new fingerprint with the NAIR by phone, then confirm that the "
                      "key is to be replaced."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR key this bundle was sealed for is missing from the "
                      "vault."),
    QT_TRANSLATE_NOOP("Errors", "Give the NAIR's address to fetch its key from it."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR at %1 could not be reached (%2); check the address and "
                      "the network."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR at %1 did not give its key (HTTP %2)."),
    QT_TRANSLATE_NOOP("Errors", "The answer of %1 is far larger than a NAIR key file; not read."),
    QT_TRANSLATE_NOOP("Errors", "This file is too large to be a NAIR public key file."),
    QT_TRANSLATE_NOOP("Errors", "This file is not a NAIR public key file (it is not JSON)."),
    QT_TRANSLATE_NOOP("Errors", "This file is not a NAIR public key file (its JSON is too deep "
                      "or big)."),
    QT_TRANSLATE_NOOP("Errors", "This file is not a NAIR public key file (%1)."),
    QT_TRANSLATE_NOOP("Errors", "This file is not a NAIR public key file."),
    QT_TRANSLATE_NOOP("Errors", "This NAIR public key file lacks its post-quantum keys."),
    QT_TRANSLATE_NOOP("Errors", "This NAIR public key file was altered: its keys do not match "
                      "the fingerprint written in it."),
    QT_TRANSLATE_NOOP("Errors", "That bundle is not in the outbox; refresh the list."),
    QT_TRANSLATE_NOOP("Errors", "There is no bundle for %1 in the outbox; `hostdesk sync status` "
                      "lists them."),
    QT_TRANSLATE_NOOP("Errors", "There is no bundle %1 in the outbox; `hostdesk sync status` "
                      "lists them."),
    QT_TRANSLATE_NOOP("Errors", "Several bundles start with %1; give more of the id."),
    QT_TRANSLATE_NOOP("Errors", "This report is not sealed yet: set up the NAIR (pin its key) "
                      "first."),
    QT_TRANSLATE_NOOP("Errors", "The report of this bundle is missing from the vault."),
    QT_TRANSLATE_NOOP("Errors", "Only a bundle the NAIR refused can be sealed again."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR already holds revision %1 of %2; submit a new revision "
                      "of the month (a correction) instead of sealing this one again."),
    QT_TRANSLATE_NOOP("Errors", "Revision %1 of %2 already has a bundle on its way."),
    QT_TRANSLATE_NOOP("Errors", "Set up the NAIR first (its key must be pinned)."),
    QT_TRANSLATE_NOOP("Errors", "Could not write %1 (%2); choose another folder."),
    QT_TRANSLATE_NOOP("Errors", "Could not read %1 (%2)."),
    QT_TRANSLATE_NOOP("Errors", "Cannot read %1 (%2)."),
    QT_TRANSLATE_NOOP("Errors", "This receipt is for a bundle this vault did not send."),
    QT_TRANSLATE_NOOP("Errors", "This receipt is for another bundle (%1…), not for %2…; choose "
                      "the right file."),
    QT_TRANSLATE_NOOP("Errors", "This receipt is for another bundle."),
    QT_TRANSLATE_NOOP("Errors", "This receipt is for other bytes than the bundle sent (its "
                      "SHA-256 differs)."),
    QT_TRANSLATE_NOOP("Errors", "This file is too large to be a NAIR receipt."),
    QT_TRANSLATE_NOOP("Errors", "This is not a NAIR receipt, or it is damaged."),
    QT_TRANSLATE_NOOP("Errors", "This receipt is not signed by the NAIR key pinned in this vault; "
                      "it cannot count as delivery."),
    QT_TRANSLATE_NOOP("Errors", "There are no receipts (*%1) in %2."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR is not set up with an address: its receipts cannot be "
                      "asked for."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR's address is not set: its receipts cannot be asked "
                      "for."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR did not give this entity's receipts: %1"),
    QT_TRANSLATE_NOOP("Errors", "The NAIR's list of receipts is damaged."),
    # -- hostdesk verify: the audit chain, and the chain against the NAIR's receipts --------
    QT_TRANSLATE_NOOP("Errors", "entry %1 is missing (next is %2)"),
    QT_TRANSLATE_NOOP("Errors", "entry %1 does not follow entry %2"),
    QT_TRANSLATE_NOOP("Errors", "entry %1 was altered after it was written"),
    # what the saved rows and the row hashes say (storage/audit_verify.py)
    QT_TRANSLATE_NOOP("Errors", "the audit log is empty: it was deleted (a vault's log begins at "
                      "its creation)"),
    QT_TRANSLATE_NOOP("Errors", "the audit log does not begin with the vault's creation (entry "
                      "%1)"),
    QT_TRANSLATE_NOOP("Errors", "the database is under a key the audit log does not know: it was "
                      "re-keyed outside HostDesk"),
    QT_TRANSLATE_NOOP("Errors", "entries %1 to %2 are missing (the newest entries were deleted)"),
    QT_TRANSLATE_NOOP("Errors", "the entries from %1 on are missing (the newest entries were "
                      "deleted)"),
    QT_TRANSLATE_NOOP("Errors", "rows are recorded for entry %1, which is not in the log "
                      "(entries were deleted)"),
    QT_TRANSLATE_NOOP("Errors", "the rows recorded for entry %1 were altered"),
    QT_TRANSLATE_NOOP("Errors", "the rows recorded for entry %1 were deleted"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 was added outside HostDesk (no entry covers it)"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 was deleted at entry %3 and is back"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 was changed outside HostDesk (after entry %3)"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 was deleted outside HostDesk (after entry %3)"),
    QT_TRANSLATE_NOOP("Errors", "receipt %1 is for another entity"),
    QT_TRANSLATE_NOOP("Errors", "receipt %1: %2"),
    QT_TRANSLATE_NOOP("Errors", "not signed by any NAIR key pinned in this vault"),
    QT_TRANSLATE_NOOP("Errors", "the NAIR receipted entry %1 (%2 r%3, received %4); the chain "
                      "no longer has it"),
    QT_TRANSLATE_NOOP("Errors", "entry %1 differs from what the NAIR receipted (%2 r%3, received "
                      "%4): the history before it was rewritten"),
    # -- why a bundle was not delivered (kept as its last error, shown by sync status) ---
    QT_TRANSLATE_NOOP("Errors", "The NAIR did not answer in time; trying again later."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR could not be reached (%1); trying again later."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR is busy (HTTP 429); trying again later."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR had a problem (HTTP %1); trying again later."),
    QT_TRANSLATE_NOOP("Errors", "Unexpected answer from the NAIR (HTTP %1); check its address."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR's address answered HTTP %1, not the NAIR: check the "
                      "address (and any proxy) in the set-up; it is tried again later."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR's answer was larger than a receipt can be; it was not "
                      "read. Check the NAIR's address (and any proxy); it is tried again later."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR already holds other content under this bundle's id; "
                      "seal the report again to send it as a new bundle."),
    QT_TRANSLATE_NOOP("Errors", "The NAIR already holds this revision of the month with other "
                      "content; submit a new revision of the month (a correction): this one "
                      "cannot be sent again."),
)  # fmt: skip

# The tables ``hostdesk verify`` names in its findings (storage/audit_rows.COVERED):
# in Portuguese they are said as what they hold, not by the database's name.
TABLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Tables", "activity"), QT_TRANSLATE_NOOP("Tables", "alert_response"),
    QT_TRANSLATE_NOOP("Tables", "allowance_payment"), QT_TRANSLATE_NOOP("Tables", "allowance_rate"),
    QT_TRANSLATE_NOOP("Tables", "app_user"), QT_TRANSLATE_NOOP("Tables", "attachment"),
    QT_TRANSLATE_NOOP("Tables", "case_alias"), QT_TRANSLATE_NOOP("Tables", "channel_rule"),
    QT_TRANSLATE_NOOP("Tables", "consent"), QT_TRANSLATE_NOOP("Tables", "education"),
    QT_TRANSLATE_NOOP("Tables", "employment"), QT_TRANSLATE_NOOP("Tables", "family"),
    QT_TRANSLATE_NOOP("Tables", "family_share"), QT_TRANSLATE_NOOP("Tables", "follow_up_task"),
    QT_TRANSLATE_NOOP("Tables", "handover"), QT_TRANSLATE_NOOP("Tables", "health_record"),
    QT_TRANSLATE_NOOP("Tables", "hosting_entity"), QT_TRANSLATE_NOOP("Tables", "housing"),
    QT_TRANSLATE_NOOP("Tables", "identifier"), QT_TRANSLATE_NOOP("Tables", "iss_transition"),
    QT_TRANSLATE_NOOP("Tables", "language_course"), QT_TRANSLATE_NOOP("Tables", "member"),
    QT_TRANSLATE_NOOP("Tables", "monthly_report"), QT_TRANSLATE_NOOP("Tables", "nair_key"),
    QT_TRANSLATE_NOOP("Tables", "plan_goal"), QT_TRANSLATE_NOOP("Tables", "referral"),
    QT_TRANSLATE_NOOP("Tables", "residence_permit"), QT_TRANSLATE_NOOP("Tables", "setting"),
    QT_TRANSLATE_NOOP("Tables", "sync_identity"), QT_TRANSLATE_NOOP("Tables", "sync_identity_pq"),
    QT_TRANSLATE_NOOP("Tables", "team_device"), QT_TRANSLATE_NOOP("Tables", "team_withheld"),
)  # fmt: skip
