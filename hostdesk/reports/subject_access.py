"""Subject-access export: everything held on one person, as JSON and as a readable PDF.

``build_subject_access`` reads and renders (and writes the export to the
audit log: who, whose data, the files' hashes, never the content);
``write_subject_access`` puts both files in a folder, each whole or not at
all, and never one without the other.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hostdesk.reports.family import entity_name
from hostdesk.reports.formatting import check_lang
from hostdesk.reports.subject_access_pdf import render_subject_access_pdf
from hostdesk.storage import audit, subject_access
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.vault import Vault


@dataclass(frozen=True)
class SubjectAccessExport:
    member_id: int
    case_number: str
    data: dict[str, Any]
    json_bytes: bytes
    pdf_bytes: bytes

    def file_stem(self) -> str:
        # No name in the file name: a file list is read by more eyes than the file.
        return f"subject-access-{self.case_number}-{self.member_id}"


def build_subject_access(
    vault: Vault, member_id: int, lang: str = "pt", today: date | None = None
) -> SubjectAccessExport:
    lang = check_lang(lang)
    made_on = today or date.today()
    with vault.session() as session:
        data = subject_access.collect(session, member_id)
        entity = entity_name(session)
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
                      "pdf_sha256": hashlib.sha256(pdf).hexdigest()})  # fmt: skip
    return SubjectAccessExport(member_id, data["case"]["case_number"], data, encoded, pdf)


def write_subject_access(export: SubjectAccessExport, folder: Path) -> list[Path]:
    """The JSON and the PDF in ``folder`` (made if need be); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = export.file_stem()
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    write_atomically(json_path, export.json_bytes)
    try:
        write_atomically(pdf_path, export.pdf_bytes)
    except BaseException:
        json_path.unlink(missing_ok=True)  # one without the other would look complete
        raise
    return [json_path, pdf_path]
