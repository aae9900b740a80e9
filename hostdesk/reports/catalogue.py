"""The reports' words, in European Portuguese and English.

Reports are built without Qt, so they cannot use the UI's ``.qm`` files; this
small catalogue keeps both languages side by side so a missing translation is
visible in review. ``text`` formats a sentence, ``label`` names a stored value
(a dimension, a status, a service...).
"""

from __future__ import annotations

from hostdesk.reports.formatting import Lang

_TEXT: dict[str, tuple[str, str]] = {
    # key: (pt, en)
    "family.title": ("Relatório de acompanhamento da família", "Family progress report"),
    "family.period": ("Período: {start} a {end}", "Period: {start} to {end}"),
    "family.recipient": ("Destinatário: {name}", "To: {name}"),
    "family.case": ("Processo", "Case"),
    "case_number": ("N.º do processo", "Case number"),
    "nair_reference": ("Referência NAIR", "NAIR reference"),
    "case_type": ("Tipo de caso", "Case type"),
    "arrival_channel": ("Via de chegada", "Arrival channel"),
    "arrival_date": ("Data de chegada", "Arrival date"),
    "programme_start": ("Início do programa", "Programme start"),
    "programme_end": ("Fim do programa", "Programme end"),
    "programme_month": ("mês {month} de {months}", "month {month} of {months}"),
    "programme_before": ("o programa ainda não começou", "the programme has not started"),
    "programme_after": ("programa terminado", "programme ended"),
    "programme_after_days": (
        "programa terminado há {days}",
        "programme ended {days} ago",
    ),
    "days.one": ("1 dia", "1 day"),
    "days.many": ("{count} dias", "{count} days"),
    "programme_position": ("Situação no programa", "Stage of the programme"),
    "transition": ("transição ISS", "ISS transition"),
    "status": ("Estado", "Status"),
    "worker": ("Técnico/a responsável", "Social worker"),
    "exit": ("Saída", "Exit"),
    "household": ("Agregado familiar", "Household"),
    "name_latin": ("Nome", "Name"),
    "name_original": ("Nome na escrita original", "Name in its own script"),
    "relationship": ("Parentesco", "Relationship"),
    "sex": ("Sexo", "Sex"),
    "birth": ("Nascimento", "Born"),
    "arp_valid_until": ("ARP válida até", "ARP valid until"),
    # Those who came as unaccompanied minors, on the report's day (reports/minor_status_lines)
    "minor_status.title": (
        "Chegaram como menores não acompanhados: situação a {date}",
        "Came as unaccompanied minors: status on {date}",
    ),
    "minor_status.status": ("Situação", "Status"),
    "minor_status.minor": (
        "Menor; atinge a maioridade a {adult_on}, e a proteção pode depois continuar até {until}",
        "Minor; comes of age on {adult_on}, and protection may then continue until {until}",
    ),
    "minor_status.minor_no_birth": (
        "Menor (data de nascimento por completar)",
        "Minor (birth date to be completed)",
    ),
    "minor_status.young_adult": ("Jovem adulto até {until}", "Young adult until {until}"),
    "minor_status.young_adult_learning": (
        "Jovem adulto até {until} (em educação ou formação)",
        "Young adult until {until} (in education or training)",
    ),
    "minor_status.adult": ("Adulto desde {since}", "Adult since {since}"),
    "dimensions": ("As cinco dimensões", "The five dimensions"),
    "dimension": ("Dimensão", "Dimension"),
    "status_start": ("No início do período", "At the start"),
    "status_end": ("No fim do período", "At the end"),
    "changes": ("O que mudou no período", "What changed in the period"),
    "no_changes": ("Sem alterações registadas.", "No recorded changes."),
    "goals": ("Plano de integração: objetivos", "Integration plan: goals"),
    "goal": ("Objetivo", "Goal"),
    "person": ("Pessoa", "Person"),
    "family_wide": ("Família", "Family"),
    "target_date": ("Data prevista", "Target date"),
    "achieved_on": ("Alcançado em", "Achieved on"),
    "no_goals": ("Sem objetivos registados.", "No goals recorded."),
    "activities": ("Atividades do período", "Activities in the period"),
    "date": ("Data", "Date"),
    "kind": ("Tipo", "Type"),
    "place": ("Local", "Place"),
    "summary": ("Resumo", "Summary"),
    "no_activities": ("Sem atividades registadas no período.", "No activities in the period."),
    "referrals": ("Encaminhamentos", "Referrals"),
    "service": ("Serviço", "Service"),
    "sent_on": ("Enviado", "Sent"),
    "answered_on": ("Resposta", "Answered"),
    "outcome": ("Resultado", "Outcome"),
    "unanswered": ("sem resposta", "no answer"),
    "no_referrals": ("Sem encaminhamentos no período.", "No referrals in the period."),
    "alerts": ("Alertas e riscos em aberto", "Open alerts and risks"),
    "severity": ("Gravidade", "Severity"),
    "alert": ("Alerta", "Alert"),
    "step": ("Passo", "Step"),
    "due": ("Prazo", "Due"),
    "no_alerts": ("Sem alertas em aberto.", "No open alerts."),
    "next_steps": ("Próximos passos", "Next steps"),
    "no_next_steps": ("Sem próximos passos registados.", "No next steps recorded."),
    "signatures": ("Assinaturas", "Signatures"),
    "sign_worker": ("O/A técnico/a responsável", "Social worker"),
    "sign_coordinator": ("O/A coordenador/a", "Coordinator"),
    "sign_date": ("Data: ____/____/________", "Date: ____/____/________"),
    "page_of": ("Página {page} de {pages}", "Page {page} of {pages}"),
    "confidential": ("Confidencial", "Confidential"),
    # One visit, call or note printed from the timeline (reports/visit_record.py).
    "visit.title": ("{kind} de {date}", "{kind} on {date}"),
    "visit.recorded_by": ("Registado por", "Recorded by"),
    "visit.present": ("Presentes", "Present"),
    "visit.nobody": ("ninguém assinalado", "nobody marked"),
    "visit.notes": ("Notas", "Notes"),
    "visit.general": ("Geral", "General"),
    "visit.no_notes": ("Sem notas.", "No notes."),
    "visit.tasks": ("Tarefas de seguimento criadas neste registo", "Follow-up tasks made with it"),
    "visit.task": ("Tarefa", "Task"),
    "visit.done_on": ("Feita em", "Done on"),
    "visit.open": ("em aberto", "open"),
    "visit.no_tasks": ("Sem tarefas de seguimento.", "No follow-up tasks."),
    "visit.referrals": ("Encaminhamentos enviados nesse dia", "Referrals sent that day"),
    "visit.reason": ("Motivo", "Reason"),
    "visit.no_referrals": (
        "Sem encaminhamentos enviados nesse dia.",
        "No referrals sent that day.",
    ),
    "visit.printed_on": ("Impresso em {date}", "Printed on {date}"),
    "allowance": ("Apoio mensal no período", "Monthly allowance in the period"),
    "change.housing_started": (
        "Nova habitação ({kind}) desde {date}",
        "New housing ({kind}) from {date}",
    ),
    "change.housing_ended": (
        "Fim da habitação ({kind}) em {date}",
        "Housing ({kind}) ended on {date}",
    ),
    "change.education_started": ("{person}: {kind} desde {date}", "{person}: {kind} from {date}"),
    "change.education_ended": (
        "{person}: {kind} terminou em {date}",
        "{person}: {kind} ended on {date}",
    ),
    "change.course_started": (
        "{person}: iniciou {kind} em {date}",
        "{person}: started {kind} on {date}",
    ),
    "change.course_ended": (
        "{person}: terminou {kind} em {date}",
        "{person}: finished {kind} on {date}",
    ),
    "change.level_reached": (
        "{person}: atingiu o nível {level} em {date}",
        "{person}: reached level {level} on {date}",
    ),
    "change.job_started": ("{person}: {kind} desde {date}", "{person}: {kind} from {date}"),
    "change.job_ended": ("{person}: {kind} terminou em {date}", "{person}: {kind} ended on {date}"),
    "change.goal_achieved": ("Objetivo alcançado: {goal}", "Goal achieved: {goal}"),
    "change.referral_sent": (
        "Encaminhamento para {service} em {date}",
        "Referral to {service} on {date}",
    ),
    "change.referral_answered": (
        "Resposta de {service} em {date}",
        "Answer from {service} on {date}",
    ),
    "change.contacts": ("{count} contacto(s) registado(s)", "{count} contact(s) recorded"),
    "change.arp_renewed": (
        "{person}: ARP renovada até {date}",
        "{person}: ARP renewed until {date}",
    ),
    "step.task": ("{text}", "{text}"),
    "step.arp_appointment": (
        "{person}: renovação da ARP marcada para {date}",
        "{person}: ARP renewal appointment on {date}",
    ),
    "step.goal": ("{goal} (até {date})", "{goal} (by {date})"),
    "alert.arp_expiring": ("ARP de {person} caduca a {date}", "{person}'s ARP expires on {date}"),
    "alert.arp_expired": ("ARP de {person} caducou a {date}", "{person}'s ARP expired on {date}"),
    "alert.programme_ending": (
        "O programa termina a {date}: transição com o ISS",
        "The programme ends on {date}: transition with ISS",
    ),
    "alert.programme_ended": (
        "O programa terminou a {date}, há {days}: registar a saída ou o prolongamento",
        "The programme ended on {date}, {days} ago: record the exit or the extension",
    ),
    "alert.no_recent_visit": ("Sem visita recente (prazo {date})", "No recent visit (due {date})"),
    "alert.child_without_school": (
        "{person}: em idade escolar e sem matrícula",
        "{person}: of school age and not enrolled",
    ),
    "alert.no_language_course": (
        "{person}: sem curso de português (prazo {date})",
        "{person}: no Portuguese course (due {date})",
    ),
    "alert.no_valid_permit": (
        "{person}: sem autorização de residência registada",
        "{person}: no residence permit recorded",
    ),
    "alert.renewal_appointment": (
        "{person}: renovação da autorização de residência marcada para {date}",
        "{person}: permit renewal appointment on {date}",
    ),
    "alert.minor_turning_18": (
        "{person}: menor não acompanhado(a), faz 18 anos a {date}",
        "{person}: unaccompanied minor, turns 18 on {date}",
    ),
    "alert.young_adult": (
        "{person}: jovem adulto(a) desde {date}; rever o apoio",
        "{person}: young adult since {date}; review the support",
    ),
    "alert.young_adult_protection_ending": (
        "{person}: a proteção de jovem adulto termina a {date}; preparar o apoio seguinte",
        "{person}: protection as a young adult ends on {date}; arrange the support that follows",
    ),
    "alert.iss_transition": (
        "O programa termina a {date}: registar a reunião com o ISS",
        "The programme ends on {date}: record the ISS meeting",
    ),
    "alert.referral_unanswered": (
        "Encaminhamento para {service} sem resposta (prazo {date})",
        "Referral to {service} unanswered (due {date})",
    ),
    # The monthly report
    "monthly.title": ("Relatório mensal para o NAIR", "Monthly report to the NAIR"),
    "monthly.month": ("Mês: {month}", "Month: {month}"),
    "monthly.entity": ("Entidade de acolhimento: {name}", "Hosting entity: {name}"),
    "monthly.nair_code": ("Código NAIR da entidade: {code}", "Entity's NAIR code: {code}"),
    "monthly.revision": ("Revisão {revision}", "Revision {revision}"),
    "monthly.sha": ("SHA-256 dos dados (JSON): {sha}", "SHA-256 of the data (JSON): {sha}"),
    "monthly.indicators": ("Indicadores no fim do mês", "Indicators at the end of the month"),
    "monthly.indicator": ("Indicador", "Indicator"),
    "monthly.count": ("N.º", "Count"),
    "monthly.of": ("de", "of"),
    "monthly.share": ("%", "%"),
    "monthly.summary": ("Resumo", "Summary"),
    "monthly.families_followed": ("Famílias acompanhadas no mês", "Families followed in the month"),
    "monthly.families_active_end": (
        "Famílias em programa no fim do mês",
        "Families in the programme at month end",
    ),
    "monthly.members_active_end": (
        "Pessoas em programa no fim do mês",
        "People in the programme at month end",
    ),
    "monthly.events": ("Acontecimentos do mês", "Events of the month"),
    "monthly.no_events": ("Sem acontecimentos no mês.", "No events in the month."),
    "monthly.families": (
        "Famílias e pessoas: situação no fim do mês",
        "Families and people: status at month end",
    ),
    "monthly.alerts": ("Alertas em aberto no fim do mês", "Open alerts at month end"),
    "monthly.detail": ("Detalhe", "Detail"),
    "monthly.family": ("Família", "Family"),
    "monthly.member": ("Pessoa", "Person"),
    "monthly.age_group": ("Idade", "Age"),
    "monthly.legend": (
        "Pessoas identificadas apenas por referência (P1, P2...): "
        "o relatório não leva nomes nem números de documentos.",
        "People are identified by reference only (P1, P2...): "
        "the report carries no names and no document numbers.",
    ),
    "ind.working_age_active": (
        "Adultos em idade ativa em formação, educação ou emprego",
        "Working-age adults in training, education or employment",
    ),
    "ind.portuguese_access": (
        "Pessoas com acesso a aulas de português",
        "People with access to Portuguese classes",
    ),
    "ind.school_age_enrolled": (
        "Crianças em idade escolar matriculadas",
        "School-age children enrolled",
    ),
    "ind.sns_number": ("Pessoas com número de utente do SNS", "People with an SNS user number"),
    "ind.family_doctor": ("Pessoas com médico de família", "People with a family doctor"),
    "ind.ended_autonomous": (
        "Famílias que terminaram o programa autónomas",
        "Families that ended the programme autonomous",
    ),
    "ind.age_uncertain": (
        "Pessoas com idade incerta (não contadas)",
        "People of uncertain age (not counted)",
    ),
    "event.arrival": ("Chegada", "Arrival"),
    "event.exit": ("Saída", "Exit"),
    "event.arp_issued": ("ARP emitida", "ARP issued"),
    "event.arp_renewed": ("ARP renovada", "ARP renewed"),
    "event.school_enrolment": ("Matrícula escolar", "School enrolment"),
    "event.language_level": ("Nível de português atingido", "Portuguese level reached"),
    "event.job_started": ("Início de trabalho", "Job started"),
    "event.job_ended": ("Fim de trabalho", "Job ended"),
    "event.referral_sent": ("Encaminhamento enviado", "Referral sent"),
    "event.referral_answered": ("Encaminhamento respondido", "Referral answered"),
    # Issue 12: events named by what happened.
    "event.refugee_permit_issued": (
        "Autorização de residência (refugiado)",
        "Refugee permit issued",
    ),
    "event.refugee_permit_renewed": ("Autorização (refugiado) renovada", "Refugee permit renewed"),
    "event.subsidiary_protection_permit_issued": (
        "Autorização (proteção subsidiária)",
        "Subsidiary-protection permit issued",
    ),
    "event.subsidiary_protection_permit_renewed": (
        "Autorização (proteção subsidiária) renovada",
        "Subsidiary-protection permit renewed",
    ),
    "event.temporary_protection_permit_issued": (
        "Título de proteção temporária",
        "Temporary-protection permit issued",
    ),
    "event.temporary_protection_permit_renewed": (
        "Proteção temporária prorrogada",
        "Temporary-protection permit renewed",
    ),
    "event.asylum_applied": ("Pedido de asilo", "Asylum application"),
    "event.asylum_decided": ("Decisão sobre o asilo", "Asylum decision"),
    "event.came_of_age": ("Fez 18 anos (jovem adulto)", "Turned 18 (young adult)"),
    "event.iss_meeting": ("Reunião com o ISS", "ISS meeting"),
    "event.language_course_started": ("Início de curso de português", "Portuguese course started"),
    "event.qualification_recognition_started": (
        "Pedido de reconhecimento",
        "Recognition requested",
    ),
    "event.qualification_recognition_completed": (
        "Habilitações reconhecidas",
        "Qualifications recognised",
    ),
    "event.prior_learning_started": ("Início no Centro Qualifica", "Centro Qualifica started"),
    "event.prior_learning_completed": (
        "Certificação no Centro Qualifica",
        "Centro Qualifica certification",
    ),
    "event.vocational_training_started": ("Início de formação", "Vocational training started"),
    "event.vocational_training_completed": ("Formação concluída", "Vocational training completed"),
    "event.higher_education_started": ("Início no ensino superior", "Higher education started"),
    "event.higher_education_completed": ("Ensino superior concluído", "Higher education completed"),
    "event.iefp_registration": ("Inscrição no IEFP", "IEFP registration"),
    "event.training_started": ("Início de formação do IEFP", "IEFP training started"),
    "event.training_ended": ("Fim de formação do IEFP", "IEFP training ended"),
    "monthly.channels": ("Regras por via de chegada", "Rules per arrival channel"),
    "monthly.channel": ("Via de chegada", "Arrival channel"),
    "monthly.basis": ("Origem da regra", "Rule from"),
    "monthly.counts": ("Nos números do programa", "In the programme figures"),
    "monthly.outside": (
        "Famílias fora dos números do programa",
        "Families outside the programme figures",
    ),
    "monthly.health": ("Saúde (totais da entidade)", "Health (entity totals)"),
    "monthly.health_note": (
        "Sem detalhe de saúde por pessoa ou família; números inferiores a 5 aparecem como «< 5».",
        "No health detail per person or family; numbers under 5 are shown as “< 5”.",
    ),
    "monthly.health_sent": ("Encaminhamentos de saúde enviados", "Health referrals sent"),
    "monthly.health_answered": (
        "Encaminhamentos de saúde respondidos",
        "Health referrals answered",
    ),
    "monthly.health_open": ("Encaminhamentos de saúde em aberto", "Health referrals still open"),
    "monthly.health_status": ("Famílias com saúde: {kind}", "Families with health: {kind}"),
    "yes": ("sim", "yes"),
    "no": ("não", "no"),
}

_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "dimension": {
        "housing": ("Habitação", "Housing"),
        "health": ("Saúde", "Health"),
        "education": ("Educação", "Education"),
        "language": ("Língua", "Language"),
        "employment": ("Emprego", "Employment"),
    },
    "dimension_status": {
        "not_started": ("Por iniciar", "Not started"),
        "in_progress": ("Em curso", "In progress"),
        "achieved": ("Alcançado", "Achieved"),
        "at_risk": ("Em risco", "At risk"),
        "not_applicable": ("Não se aplica", "Not applicable"),
        "before_arrival": ("Por iniciar (antes da chegada)", "Not started (before arrival)"),
    },
    "family_status": {
        "active": ("Em programa", "In the programme"),
        "exited": ("Saiu do programa", "Left the programme"),
    },
    "case_type": {
        "family": ("Família", "Family"),
        "unaccompanied_minor": ("Menor não acompanhado", "Unaccompanied minor"),
    },
    "arrival_channel": {
        "relocation": ("Recolocação", "Relocation"),
        "resettlement": ("Reinstalação", "Resettlement"),
        "spontaneous_asylum": ("Pedido de asilo espontâneo", "Spontaneous asylum"),
        "temporary_protection": ("Proteção temporária", "Temporary protection"),
    },
    "exit_reason": {
        "programme_ended": ("Fim do programa", "End of programme"),
        "left_portugal": ("Saiu de Portugal", "Left Portugal"),
        "transferred": ("Transferida para outra entidade", "Transferred to another entity"),
        "withdrawn": ("Desistência", "Withdrawal"),
    },
    "relationship": {
        "head": ("Titular", "Head"),
        "spouse": ("Cônjuge", "Spouse"),
        "child": ("Filho/a", "Child"),
        "parent": ("Pai/Mãe", "Parent"),
        "sibling": ("Irmão/Irmã", "Sibling"),
        "grandchild": ("Neto/a", "Grandchild"),
        "other_relative": ("Outro familiar", "Other relative"),
        "other": ("Outro", "Other"),
    },
    "sex": {
        "F": ("F", "F"),
        "M": ("M", "M"),
        "X": ("Outro", "Other"),
        "U": ("—", "—"),
    },
    "activity_kind": {
        "visit": ("Visita", "Visit"),
        "call": ("Telefonema", "Call"),
        "appointment": ("Atendimento", "Appointment"),
        "note": ("Nota", "Note"),
    },
    "service": {
        "sns": ("SNS", "SNS"),
        "school": ("Escola", "School"),
        "iefp": ("IEFP", "IEFP"),
        "iss": ("ISS", "ISS"),
        "tts": ("Tradução telefónica (STT)", "Telephone translation (TTS)"),
        "psychologist": ("Psicólogo/a", "Psychologist"),
        "legal": ("Apoio jurídico", "Legal counselling"),
        "other": ("Outro serviço", "Other service"),
    },
    "goal_status": {
        "planned": ("Planeado", "Planned"),
        "in_progress": ("Em curso", "In progress"),
        "achieved": ("Alcançado", "Achieved"),
        "dropped": ("Abandonado", "Dropped"),
    },
    "rule_basis": {
        "sources": ("fontes do programa", "the programme's sources"),
        "entity": ("escolha da entidade", "the entity's choice"),
        "unconfirmed": ("por confirmar pela entidade", "not confirmed by the entity"),
    },
    "asylum_decision": {
        "refugee_status": ("estatuto de refugiado", "refugee status"),
        "subsidiary_protection": ("proteção subsidiária", "subsidiary protection"),
        "refused": ("recusado", "refused"),
        "inadmissible": ("inadmissível", "inadmissible"),
        "withdrawn": ("retirado", "withdrawn"),
    },
    "iss_outcome": {
        "social_assistance_needed": ("precisa de apoio social", "social assistance needed"),
        "no_social_assistance_needed": ("sem apoio social", "no social assistance needed"),
    },
    "course_type": {
        "pla": ("Português Língua de Acolhimento", "Portuguese as a Host Language (PLA)"),
        "ppt": ("Português para Todos", "Portuguese for All (PPT)"),
        "non_formal": ("aulas de português não formais", "non-formal Portuguese classes"),
        "technical": ("português técnico", "technical Portuguese"),
        "literacy": ("alfabetização", "literacy programme"),
    },
    "education_kind": {
        "school_enrolment": ("matrícula escolar", "school enrolment"),
        "qualification_recognition": (
            "reconhecimento de habilitações",
            "recognition of qualifications",
        ),
        "prior_learning": (
            "RVCC (Centro Qualifica)",
            "prior-learning certification (Centro Qualifica)",
        ),
        "vocational_training": ("formação profissional", "vocational training"),
        "higher_education": ("ensino superior", "higher education"),
    },
    "employment_kind": {
        "iefp_registration": ("inscrição no IEFP", "IEFP registration"),
        "training": ("formação", "training"),
        "job_search": ("procura de emprego", "job search"),
        "contract": ("contrato de trabalho", "employment contract"),
        "self_employed": ("trabalho por conta própria", "self-employment"),
    },
    "housing_kind": {
        "rented_by_entity": ("arrendada pela entidade", "rented by the entity"),
        "rented_by_family": ("arrendada pela família", "rented by the family"),
        "social_housing": ("habitação social", "social housing"),
        "reception_centre": ("centro de acolhimento", "reception centre"),
        "host_family": ("família de acolhimento", "host family"),
    },
    "severity": {
        "1": ("Informação", "Info"),
        "2": ("Atenção", "Warning"),
        "3": ("Urgente", "Urgent"),
        "info": ("Informação", "Info"),
        "warning": ("Atenção", "Warning"),
        "urgent": ("Urgente", "Urgent"),
    },
    "alert_kind": {
        "arp_expiring": ("ARP a caducar", "ARP expiring"),
        "arp_expired": ("ARP caducada", "ARP expired"),
        "programme_ending": ("Fim do programa próximo", "Programme ending"),
        "no_recent_visit": ("Sem visita recente", "No recent visit"),
        "child_without_school": ("Criança sem escola", "Child not in school"),
        "no_language_course": ("Sem curso de português", "No Portuguese course"),
        "referral_unanswered": ("Encaminhamento sem resposta", "Referral unanswered"),
        "no_valid_permit": ("Sem autorização de residência", "No valid permit"),
        "renewal_appointment": ("Renovação marcada", "Renewal appointment"),
        "minor_turning_18": ("Menor faz 18 anos", "Minor turning 18"),
        "young_adult": ("Jovem adulto", "Young adult"),
        "iss_transition": ("Transição com o ISS", "ISS transition"),
        "young_adult_protection_ending": (
            "Fim da proteção de jovem adulto",
            "Young adult's protection ending",
        ),
    },
    "age_group": {
        "0-5": ("0–5", "0–5"),
        "6-17": ("6–17", "6–17"),
        "18-64": ("18–64", "18–64"),
        "65+": ("65+", "65+"),
        "unknown": ("?", "?"),
    },
}


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "pt" else pair[1]


def text(lang: Lang, key: str, **values: object) -> str:
    """The sentence ``key`` in ``lang``, with ``values`` filled in."""
    return _pick(_TEXT[key], lang).format(**values)


def label(lang: Lang, group: str, value: object) -> str:
    """The reader's name for a stored value; the value itself if the catalogue lacks it.

    An unknown value (a newer vocabulary) is shown as stored rather than failing
    a report a coordinator needs today.
    """
    if value is None:
        return "—"
    pair = _LABELS[group].get(str(value))
    return _pick(pair, lang) if pair else str(value)


def sentence_keys() -> set[str]:
    """Every sentence key (for tests that look for gaps)."""
    return set(_TEXT)


def label_groups() -> dict[str, set[str]]:
    """Every label group and its values (for tests that compare with the vocabulary)."""
    return {group: set(values) for group, values in _LABELS.items()}
