"""``hostdesk family-doc``: a family document in the family's language, as a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options
from hostdesk.errors_text import message_text
from hostdesk.i18n import language, translate

DOCUMENTS = ("info", "consent", "plan")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from hostdesk.domain.family_texts import LANGUAGES

    command = sub.add_parser(
        "family-doc",
        help=translate("cli", "a document for a family in its language (information sheet, "
                       "consent text, integration plan) as PDF"),
    )  # fmt: skip
    vault_options(command)
    command.add_argument("--case", required=True, metavar="N",
                         help=translate("cli", "case number, e.g. HD-2026-00042"))  # fmt: skip
    command.add_argument("--doc", required=True, choices=DOCUMENTS,
                         help=translate("cli", "which document"))  # fmt: skip
    command.add_argument("--lang", required=True, choices=[lang.code for lang in LANGUAGES],
                         metavar="LL",
                         help=translate("cli", "the document's language"))  # fmt: skip
    command.add_argument("--with-portuguese", action="store_true",
                         help=translate("cli", "add the Portuguese version after it"))  # fmt: skip
    command.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    command.set_defaults(run=family_doc)


def family_doc(args: argparse.Namespace) -> int:
    from hostdesk.domain.family_texts import BY_CODE, FamilyDocument, TextState
    from hostdesk.reports.family import ReportError, family_id_for_case
    from hostdesk.reports.family_documents import (
        DocumentError,
        TextNotPrintable,
        record_output,
        render,
    )
    from hostdesk.storage.durable import write_atomically

    document = FamilyDocument(args.doc)
    with open_vault(args) as vault:
        try:
            with vault.session() as session:
                family_id = family_id_for_case(session, args.case)
            rendered = render(vault, family_id, document, args.lang,
                              with_portuguese=args.with_portuguese)  # fmt: skip
        except TextNotPrintable as refused:
            known = BY_CODE[refused.language]
            name = known.name_pt if language() == "pt" else known.name_en
            if refused.state is TextState.MISSING:
                sentence = translate("cli", "There is no text of this document in %1 yet; it "
                                     "cannot be printed in that language.")  # fmt: skip
            else:
                sentence = translate("cli", "The text of this document in %1 has not been "
                                     "reviewed: a coordinator must read it and mark it reviewed "
                                     "(Settings > Family documents) before it can be printed; an "
                                     "unchecked consent text is not informed consent.")  # fmt: skip
            print(f"hostdesk: {sentence.replace('%1', name)}", file=sys.stderr)
            return 1
        except (ReportError, DocumentError) as error:
            print(f"hostdesk: {message_text(error)}", file=sys.stderr)
            return 1
        write_atomically(args.out, rendered.pdf)
        record_output(vault, family_id, rendered, "pdf")
    print(translate("cli", "Written to %1. The file is not encrypted: keep it as safe as the "
                    "vault and delete it once it is printed or handed over.")
          .replace("%1", str(args.out)))  # fmt: skip
    return 0
