"""The subject-access export's words, in European Portuguese and English.

Field names and stored values of the vocabulary come from the reports'
catalogue where it has them (``GROUPS`` says which group a field's values
belong to); what it lacks (identifiers, consents, lawful grounds) is here.
"""

from __future__ import annotations

from hostdesk.reports import catalogue
from hostdesk.reports.formatting import Lang

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Dados pessoais guardados sobre uma pessoa", "Personal data held on one person"),
    "intro": (
        "Cópia de todos os dados que a entidade guarda sobre esta pessoa no HostDesk, "
        "em resposta a um pedido de acesso (RGPD, artigo 15.º). Antes de a entregar, "
        "verifique que as notas da família não revelam dados de outras pessoas.",
        "A copy of all the data the entity holds on this person in HostDesk, in answer "
        "to a subject-access request (GDPR, article 15). Before handing it over, check "
        "that the family's notes do not disclose other people's data.",
    ),
    "made": ("Preparado a {date} por {user} · {entity}", "Prepared on {date} by {user} · {entity}"),
    "nothing": ("Nada registado.", "Nothing recorded."),
    "field": ("Campo", "Field"),
    "value": ("Valor", "Value"),
    "yes": ("Sim", "Yes"),
    "no": ("Não", "No"),
    "footer": ("Acesso aos dados · {case}", "Subject access · {case}"),
    "at": ("Quando", "When"),
    "actor": ("Utilizador", "User"),
    "action": ("Ação", "Action"),
    "object": ("Registo", "Record"),
}

SECTIONS: dict[str, tuple[str, str]] = {
    "person": ("A pessoa", "The person"),
    "case": ("O processo da família", "The family's case"),
    "identifiers": ("Identificadores", "Identifiers"),
    "residence_permits": ("Autorização de residência (ARP)", "Residence permit (ARP)"),
    "health": ("Saúde", "Health"),
    "education": ("Educação", "Education"),
    "language_courses": ("Cursos de português", "Portuguese courses"),
    "employment": ("Emprego e formação", "Employment and training"),
    "consents": ("Consentimentos", "Consents"),
    "documents": ("Documentos digitalizados", "Scanned documents"),
    "housing": ("Habitação do agregado", "The household's housing"),
    "plan_goals": ("Plano de integração", "Integration plan"),
    "referrals": ("Encaminhamentos", "Referrals"),
    "activities": ("Visitas, contactos e notas", "Visits, contacts and notes"),
    "follow_up_tasks": ("Tarefas", "Follow-up tasks"),
    "allowance_payments": ("Apoio mensal pago ao agregado", "Allowance paid to the household"),
    "audit": ("Registo de acessos e alterações", "Log of access and changes"),
}

# Field names the reports' catalogue does not already have (see ``field``).
FIELDS: dict[str, tuple[str, str]] = {
    "member_id": ("Referência interna", "Internal reference"),
    "original_script": ("Escrita", "Script"),
    "is_head": ("Titular do agregado", "Head of household"),
    "nationality": ("Nacionalidade", "Nationality"),
    "phone": ("Telefone", "Phone"),
    "languages": ("Línguas", "Languages"),
    "vulnerabilities": ("Vulnerabilidades", "Vulnerabilities"),
    "is_unaccompanied_minor": ("Menor não acompanhado", "Unaccompanied minor"),
    "asylum_applied_on": ("Pedido de asilo", "Asylum application"),
    "asylum_decision": ("Decisão sobre o asilo", "Asylum decision"),
    "asylum_decision_on": ("Data da decisão", "Decision date"),
    "occupation_isco": (
        "Profissão antes da chegada (ISCO-08)",
        "Occupation before arrival (ISCO-08)",
    ),
    "occupation_text": ("Profissão antes da chegada", "Occupation before arrival"),
    "schooling_isced": ("Escolaridade (ISCED)", "Schooling (ISCED)"),
    "in_education_or_training": ("Em educação ou formação", "In education or training"),
    "programme_reason": ("Motivo da duração do programa", "Reason for the programme length"),
    "created_at": ("Registado em", "Recorded on"),
    "updated_at": ("Alterado em", "Changed on"),
    "programme_months": ("Duração (meses)", "Length (months)"),
    "exit_reason": ("Motivo da saída", "Exit reason"),
    "exit_date": ("Data da saída", "Exit date"),
    "municipality": ("Concelho", "Municipality"),
    "anonymised_on": ("Anonimizado em", "Anonymised on"),
    "id": ("N.º", "No."),
    "kind": ("Tipo", "Kind"),
    "value": ("Número", "Number"),
    "issued_by": ("Emitido por", "Issued by"),
    "expires_on": ("Válido até", "Valid until"),
    "number": ("Número", "Number"),
    "issued_on": ("Emitida em", "Issued on"),
    "renewal_appointment": ("Marcação da renovação", "Renewal appointment"),
    "notes": ("Notas", "Notes"),
    "sns_registered": ("Inscrito no SNS", "Registered with the SNS"),
    "health_centre": ("Centro de saúde", "Health centre"),
    "has_family_doctor": ("Tem médico de família", "Has a family doctor"),
    "vaccinations_up_to_date": ("Vacinas em dia", "Vaccinations up to date"),
    "mental_health_followup": ("Acompanhamento psicológico", "Mental health follow-up"),
    "interpreter_needed": ("Precisa de intérprete (STT)", "Needs an interpreter (TTS)"),
    "institution": ("Escola ou instituição", "School or institution"),
    "level": ("Ano, nível ou habilitação", "Year, level or qualification"),
    "start_date": ("Início", "Start"),
    "end_date": ("Fim", "End"),
    "course_type": ("Curso", "Course"),
    "provider": ("Entidade formadora", "Provider"),
    "hours": ("Horas", "Hours"),
    "cefr_level_reached": ("Nível atingido (QECR)", "Level reached (CEFR)"),
    "level_reached_on": ("Nível atingido em", "Level reached on"),
    "employer": ("Empregador ou entidade", "Employer or organisation"),
    "sector": ("Setor ou profissão", "Sector or trade"),
    "scope": ("Finalidade", "Purpose"),
    "given_on": ("Dado em", "Given on"),
    "method": ("Forma", "How given"),
    "document_ref": ("Documento", "Document"),
    "withdrawn_on": ("Retirado em", "Withdrawn on"),
    "address": ("Morada", "Address"),
    "monthly_rent_cents": ("Renda mensal", "Monthly rent"),
    "concerns": ("Diz respeito a", "Concerns"),
    "description": ("Descrição", "Description"),
    "reason": ("Motivo", "Reason"),
    "sent_on": ("Enviado em", "Sent on"),
    "answered_on": ("Resposta em", "Answered on"),
    "sharing_basis": ("Fundamento sem consentimento", "Ground without consent"),
    "sharing_note": ("Justificação", "Explanation"),
    "occurred_on": ("Data", "Date"),
    "author": ("Registado por", "Recorded by"),
    "present": ("Esteve presente", "Was present"),
    "dimensions": ("Dimensões", "Dimensions"),
    "text": ("Notas", "Notes"),
    "activity_id": ("Da visita n.º", "From visit no."),
    "due_on": ("Prazo", "Due"),
    "done_on": ("Feita em", "Done on"),
    "period": ("Mês", "Month"),
    "amount_cents": ("Montante", "Amount"),
    "paid_on": ("Pago em", "Paid on"),
    "note": ("Nota", "Note"),
    "attachment_id": ("Documento digitalizado n.º", "Scanned document no."),
    "title": ("Título", "Title"),
    "document_date": ("Data do documento", "Document date"),
    "mime_type": ("Tipo de ficheiro", "File type"),
    "size_bytes": ("Tamanho", "Size"),
    "sha256": ("Impressão digital (SHA-256)", "Fingerprint (SHA-256)"),
    "added_by": ("Adicionado por", "Added by"),
    "added_at": ("Adicionado em", "Added on"),
    "file": ("Ficheiro junto a esta cópia", "File beside this copy"),
}

_OWN_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "identifier_kind": {
        "nif": ("NIF", "NIF (tax number)"),
        "niss": ("NISS", "NISS (social security)"),
        "sns": ("N.º de utente do SNS", "SNS user number"),
        "citizen_card": ("Cartão de Cidadão", "Citizen Card"),
        "passport": ("Passaporte", "Passport"),
        "travel_document": ("Documento de viagem", "Travel document"),
        "nair_reference": ("Referência NAIR", "NAIR reference"),
    },
    "consent_scope": {
        "case_management": ("Acompanhamento do processo", "Case management"),
        "referrals": ("Encaminhamentos para outros serviços", "Referrals to other services"),
        "reporting": ("Relatórios à ACM/AIMA", "Reports to ACM/AIMA"),
    },
    "consent_method": {
        "written": ("Por escrito", "In writing"),
        "oral_with_interpreter": ("Oralmente, com intérprete", "Orally, with an interpreter"),
        "oral": ("Oralmente", "Orally"),
    },
    "sharing_basis": {
        "consent_pending": ("Consentimento a ser recolhido", "Consent being collected"),
        "vital_interest": ("Interesse vital da pessoa", "The person's vital interest"),
        "legal_obligation": ("Obrigação legal", "Legal obligation"),
        "public_task": ("Missão de interesse público", "Task in the public interest"),
    },
    "attachment_kind": {
        "consent_form": ("Consentimento assinado", "Signed consent form"),
        "residence_permit": ("Autorização de residência (ARP)", "Residence permit (ARP)"),
        "identity_document": (
            "Documento de identificação ou de viagem",
            "Identity or travel document",
        ),
        "school_enrolment": ("Matrícula escolar", "School enrolment"),
        "tenancy_contract": ("Contrato de arrendamento", "Tenancy contract"),
        "medical_letter": ("Carta ou relatório médico", "Medical letter or report"),
        "employment": ("Emprego ou formação", "Employment or training"),
        "other": ("Outro", "Other"),
    },
    "file_type": {
        "image/jpeg": ("Imagem JPEG", "JPEG image"),
        "image/png": ("Imagem PNG", "PNG image"),
        "application/pdf": ("Documento PDF", "PDF document"),
    },
    "concerns": {
        "person": ("A pessoa", "The person"),
        "family": ("Toda a família", "The whole family"),
        "mentioned": ("Mencionada", "Mentioned"),
    },
}

# Which label group names a field's values, per section ("*" for every section).
GROUPS: dict[tuple[str, str], str] = {
    ("*", "sex"): "sex", ("*", "relationship"): "relationship",
    ("*", "case_type"): "case_type", ("*", "arrival_channel"): "arrival_channel",
    ("*", "exit_reason"): "exit_reason", ("*", "dimension"): "dimension",
    ("*", "dimensions"): "dimension", ("*", "service"): "service",
    ("*", "course_type"): "course_type", ("*", "scope"): "consent_scope",
    ("*", "method"): "consent_method", ("*", "sharing_basis"): "sharing_basis",
    ("*", "concerns"): "concerns", ("*", "status"): "dimension_status",
    ("case", "status"): "family_status", ("plan_goals", "status"): "goal_status",
    ("identifiers", "kind"): "identifier_kind", ("education", "kind"): "education_kind",
    ("employment", "kind"): "employment_kind", ("housing", "kind"): "housing_kind",
    ("activities", "kind"): "activity_kind", ("documents", "kind"): "attachment_kind",
    ("documents", "mime_type"): "file_type",
}  # fmt: skip


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "pt" else pair[1]


def text(lang: Lang, key: str, **values: object) -> str:
    return _pick(_TEXT[key], lang).format(**values)


def section(lang: Lang, key: str) -> str:
    return _pick(SECTIONS[key], lang)


def field(lang: Lang, key: str) -> str:
    """A field's name: this module's, else the catalogue's, else the key itself."""
    pair = FIELDS.get(key)
    if pair is not None:
        return _pick(pair, lang)
    return catalogue.text(lang, key) if key in catalogue.sentence_keys() else key


def value_label(lang: Lang, section_key: str, field_key: str, value: str) -> str | None:
    """The reader's name for a stored value, or None when the field is not a vocabulary."""
    group = GROUPS.get((section_key, field_key)) or GROUPS.get(("*", field_key))
    if group is None:
        return None
    own = _OWN_LABELS.get(group)
    if own is not None:
        pair = own.get(value)
        return _pick(pair, lang) if pair else value
    return catalogue.label(lang, group, value)
