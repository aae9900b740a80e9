"""Subject-access export: everything held on one person, as JSON and as a readable PDF.

``build_subject_access`` reads and renders (and writes the export to the
audit log: who, whose data, the files' hashes, never the content);
``write_subject_access`` puts the files in a folder, each whole or not at
all, and never some without the others: the JSON, the PDF, and each of the
person's documents and the family's (scans and photos, as they were added,
named by number, listed in the JSON and the PDF). The documents are held in
memory while the export is made: at most one family's.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hostdesk.domain import attachments as rule
from hostdesk.reports.family import entity_name
from hostdesk.reports.formatting import check_lang
from hostdesk.reports.subject_access_pdf import render_subject_access_pdf
from hostdesk.storage import audit, subject_access
from hostdesk.storage.durable import make_private_folder, write_atomically
from hostdesk.storage.vault import Vault


@dataclass(frozen=True)
class SubjectAccessExport:
    member_id: int
    case_number: str
    data: dict[str, Any]
    json_bytes: bytes
    pdf_bytes: bytes
    # (file name, bytes) of each document listed in ``data["documents"]``.
    documents: tuple[tuple[str, bytes], ...] = ()

    def file_stem(self) -> str:
        return stem_of(self.case_number, self.member_id)


def stem_of(case_number: str, member_id: int) -> str:
    # No name in the file name: a file list is read by more eyes than the file.
    return f"subject-access-{case_number}-{member_id}"


def build_subject_access(
    vault: Vault, member_id: int, lang: str = "pt", today: date | None = None
) -> SubjectAccessExport:
    lang = check_lang(lang)
    made_on = today or date.today()
    with vault.session() as session:
        data = subject_access.collect(session, member_id)
        contents = dict(subject_access.documents(session, member_id))
        entity = entity_name(session)
    stem = stem_of(data["case"]["case_number"], member_id)
    for document in data["documents"]:
        document["file"] = f"{stem}-{rule.file_name(document['id'], document['mime_type'])}"
    files = tuple((d["file"], contents[d["id"]]) for d in data["documents"])
    data = {
        **data,
        "exported": {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "by": vault.user.username,
            "entity": entity,
        },
    }
    encoded = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    pdf = render_subject_access_pdf(
        data, lang, entity=entity, user=vault.user.username, made_on=made_on
    )
    with vault.changing() as session:
        audit.append(session, vault.user.username, "subject_access.export", "member", member_id,
                     {"lang": lang, "json_sha256": hashlib.sha256(encoded).hexdigest(),
                      "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
                      "documents": [d["id"] for d in data["documents"]]})  # fmt: skip
    return SubjectAccessExport(member_id, data["case"]["case_number"], data, encoded, pdf, files)


def write_subject_access(export: SubjectAccessExport, folder: Path) -> list[Path]:
    """The JSON, the PDF and the documents in ``folder`` (made if need be); their paths."""
    make_private_folder(folder)
    stem = export.file_stem()
    wanted = [
        (folder / f"{stem}.json", export.json_bytes),
        (folder / f"{stem}.pdf", export.pdf_bytes),
        *((folder / name, content) for name, content in export.documents),
    ]
    written: list[Path] = []
    try:
        for path, content in wanted:
            write_atomically(path, content)
            written.append(path)
    except BaseException:
        for path in written:  # some without the others would look complete
            path.unlink(missing_ok=True)
        raise
    return written
