"""Places and phrases for the synthetic case files (Portuguese, as a social worker writes them).

Static data for :mod:`hostdesk.storage.demo.synthetic`; all of it is invented.
"""

from __future__ import annotations

from hostdesk.domain.vocabulary import (
    ActivityKind,
    CefrLevel,
    Dimension,
    ReferralService,
)

# ---------------------------------------------------------------------------
# Places and phrases (Portuguese, as a social worker would write them)

MUNICIPALITIES: tuple[tuple[str, int], ...] = (
    ("Lisboa", 14), ("Porto", 9), ("Coimbra", 6), ("Braga", 5), ("Fundão", 4), ("Viseu", 4),
    ("Amadora", 4), ("Sintra", 4), ("Loures", 3), ("Setúbal", 3), ("Vila Nova de Gaia", 3),
    ("Matosinhos", 2), ("Guimarães", 2), ("Aveiro", 2), ("Leiria", 2), ("Évora", 2),
    ("Faro", 2), ("Castelo Branco", 2), ("Guarda", 1), ("Bragança", 1), ("Penela", 1),
    ("Torres Vedras", 1), ("Odemira", 1), ("Santarém", 1),
)  # fmt: skip
STREETS = (
    "Rua da Liberdade", "Rua de São João", "Avenida da República", "Rua do Comércio",
    "Travessa do Carmo", "Rua Dr. António José de Almeida", "Rua 25 de Abril",
    "Largo da Igreja", "Rua das Flores", "Rua Cândido dos Reis", "Avenida Marquês de Pombal",
    "Rua Serpa Pinto", "Bairro da Boavista, Bloco 3", "Rua Alexandre Herculano",
    "Rua Miguel Bombarda", "Estrada Nacional 18", "Rua do Sol", "Rua Nova",
)  # fmt: skip
FLOORS = ("r/c", "1.º Esq.", "1.º Dto.", "2.º Esq.", "2.º Dto.", "3.º Esq.", "3.º Dto.", "")
EMPLOYERS = (
    ("Restaurante O Cantinho, Lda.", "restauração"),
    ("Hotel Miradouro", "hotelaria"),
    ("Construções Silva & Filhos, Lda.", "construção civil"),
    ("Limpezas Brilho, Lda.", "limpezas"),
    ("Supermercado Bom Dia", "comércio"),
    ("Quinta do Vale", "agricultura"),
    ("Oficina Auto Rápida", "mecânica"),
    ("Barbearia Central", "estética"),
    ("Costura Fina, Lda.", "confeção têxtil"),
    ("Pastelaria Doce Lar", "pastelaria"),
    ("Armazém Logístico Norte", "logística"),
    ("Atende+ Contact Center", "contact center"),
    ("Canalizações Ribeiro", "canalização"),
    ("Frutas do Oeste, Lda.", "agricultura"),
)  # fmt: skip
TRADES = ("alfaiate", "mecânico", "canalizador", "barbeiro", "cozinheiro", "eletricista",
           "costureira", "padeiro", "pedreiro", "cabeleireira")  # fmt: skip
LANGUAGE_PROVIDERS = (
    "IEFP — Centro de Emprego de {m}", "Escola Secundária de {m}", "Centro Qualifica de {m}",
    "Agrupamento de Escolas de {m}",
)  # fmt: skip
HEALTH_CENTRES = ("Centro de Saúde de {m}", "USF Ribeirinha ({m})", "UCSP {m}", "USF Arco ({m})")

OPENERS = {
    ActivityKind.CALL.value: (
        "Chamada telefónica com {name}.", "Telefonema de {name}.",
        "Contacto telefónico com a família.", "Chamada de {name} com intérprete do STT.",
    ),
    ActivityKind.NOTE.value: ("", "", "Informação recebida por mensagem."),
}  # fmt: skip
# Appointments happen somewhere, about something: opener, place and dimension go together.
VISITS: tuple[tuple[str, str, str | None], ...] = (
    ("Visita domiciliária.", "Domicílio", None),
    ("Visita domiciliária com intérprete do STT.", "Domicílio", None),
    ("Visita de acompanhamento em casa da família.", "Domicílio", None),
    ("Atendimento na sede da entidade.", "Sede da entidade", None),
    ("Visita à habitação.", "Domicílio", Dimension.HOUSING.value),
)
APPOINTMENTS: tuple[tuple[str, str, str | None], ...] = (
    ("Acompanhamento de {name} à AIMA para renovação da ARP.", "AIMA — {m}", None),
    ("Consulta no hospital com intérprete.", "Hospital de {m}", Dimension.HEALTH.value),
    ("Acompanhamento de {name} ao centro de saúde.", "Centro de Saúde de {m}",
     Dimension.HEALTH.value),
    ("Atendimento no IEFP com {name}.", "IEFP — {m}", Dimension.EMPLOYMENT.value),
    ("Reunião na escola com a diretora de turma.", "Escola Básica de {m}",
     Dimension.EDUCATION.value),
    ("Reunião com o NAIR.", "Sede da entidade", None),
    ("Visita a uma casa para arrendar com {name}.", "{m}", Dimension.HOUSING.value),
)  # fmt: skip
BODIES = {
    Dimension.HOUSING.value: (
        "A casa está em boas condições; a família pede um aquecedor para o quarto das crianças.",
        "Humidade na casa de banho; contactado o senhorio para a reparação.",
        "Conta da luz do mês passado verificada e paga pela entidade.",
        "A família pergunta por uma casa maior, mais perto da escola.",
        "Explicado o funcionamento do contador de gás e a separação do lixo.",
        "Vizinhos queixaram-se do barulho; conversa com a família sobre as regras do prédio.",
    ),
    Dimension.HEALTH.value: (
        "{name} teve consulta no centro de saúde; a médica de família pediu análises.",
        "Marcada consulta de pediatria para o filho mais novo.",
        "Plano de vacinação das crianças atualizado no centro de saúde.",
        "{name} refere dores de dentes; pedido encaminhamento para saúde oral.",
        "Acompanhamento psicológico: {name} tem a segunda sessão marcada.",
        "Registo no SNS concluído; número de utente entregue à família.",
        "Receita levantada na farmácia; isenção de taxas moderadoras explicada.",
    ),
    Dimension.EDUCATION.value: (
        "{name} começou as aulas no agrupamento de escolas; a professora refere boa integração.",
        "Reunião com a diretora de turma sobre a adaptação das crianças.",
        "Entregue no Centro Qualifica o processo de reconhecimento de competências de {name}.",
        "Material escolar entregue; falta o passe do autocarro.",
        "As crianças ainda não têm vaga no jardim de infância; ficam em lista de espera.",
        "Pedido apoio de Português Língua Não Materna na escola.",
    ),
    Dimension.LANGUAGE.value: (
        "{name} frequenta o curso PLA, nível A2, três vezes por semana.",
        "Faltas às aulas de português por causa do horário de trabalho.",
        "Inscrição no curso de Português Língua de Acolhimento feita no IEFP.",
        "{name} concluiu o nível A1 com aproveitamento.",
        "Aulas de português com voluntários às quartas-feiras, na junta de freguesia.",
        "{name} precisa do programa de alfabetização antes do curso PLA.",
    ),
    Dimension.EMPLOYMENT.value: (
        "{name} fez a inscrição no IEFP; entrevista de emprego marcada para a próxima semana.",
        "{name} começou a trabalhar com contrato a termo.",
        "Preparado o currículo de {name} em português e inglês.",
        "Formação em cozinha proposta pelo IEFP; {name} aceitou.",
        "{name} procura trabalho como {trade}; contactadas duas oficinas.",
        "Pedido de equivalência da carta de condução de {name}.",
    ),
}  # fmt: skip
GENERAL = (
    "Explicado o calendário dos pagamentos do apoio mensal.",
    "Renovação da autorização de residência provisória: documentos reunidos.",
    "A família está bem e agradece o apoio.",
    "Discutido o plano de integração e os próximos passos.",
    "Pedido de apoio para o pagamento da farmácia.",
    "Entregue cabaz do banco alimentar.",
)  # fmt: skip
CLOSERS = (
    "Próxima visita dentro de duas semanas.", "Ficou combinado telefonar na sexta-feira.",
    "A técnica vai acompanhar o pedido.", "Sem outras questões.",
    "Aguardar resposta dos serviços.", "Usado o serviço de tradução telefónica (STT) em {lang}.",
    "", "",
)  # fmt: skip
TRANSITION_NOTES = {
    "": "Reunião com a Segurança Social (ISS) para preparar o fim do programa.",
    Dimension.HOUSING.value: (
        "Avaliada a necessidade de apoio social e a continuação do arrendamento "
        "depois do acolhimento."
    ),
}
PLACES = {
    ActivityKind.CALL.value: ("", "Telefone"),
    ActivityKind.NOTE.value: ("",),
}
SITUATED = {ActivityKind.VISIT.value: VISITS, ActivityKind.APPOINTMENT.value: APPOINTMENTS}
ACTIVITY_KINDS = (
    (ActivityKind.VISIT.value, 35), (ActivityKind.CALL.value, 30),
    (ActivityKind.APPOINTMENT.value, 15), (ActivityKind.NOTE.value, 20),
)  # fmt: skip
DIMENSIONS = tuple(d.value for d in Dimension)

REFERRALS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    (ReferralService.SNS.value, Dimension.HEALTH.value, (
        "Inscrição no centro de saúde e atribuição de médico de família",
        "Consulta de especialidade (oftalmologia)", "Saúde oral: cheque-dentista")),
    (ReferralService.SCHOOL.value, Dimension.EDUCATION.value, (
        "Matrícula escolar", "Apoio de Português Língua Não Materna")),
    (ReferralService.IEFP.value, Dimension.EMPLOYMENT.value, (
        "Inscrição para emprego e formação", "Curso de Português Língua de Acolhimento")),
    (ReferralService.ISS.value, None, (
        "Avaliação para apoio social depois do programa", "Pedido de abono de família")),
    (ReferralService.TTS.value, None, ("Pedido de interpretação por marcação",)),
    (ReferralService.PSYCHOLOGIST.value, Dimension.HEALTH.value, (
        "Apoio psicológico (rede da Ordem dos Psicólogos)",)),
    (ReferralService.LEGAL.value, None, (
        "Aconselhamento jurídico sobre o pedido de proteção internacional (CPR)",
        "Reagrupamento familiar")),
    (ReferralService.OTHER.value, Dimension.HOUSING.value, (
        "Banco alimentar", "Loja social: roupa de inverno")),
)  # fmt: skip
OUTCOMES = (
    "Consulta marcada.", "Aceite; inscrição feita.", "Em lista de espera.",
    "Recusado: falta um documento; a reenviar.", "Atendido; processo em curso.",
)  # fmt: skip
GOALS = {
    Dimension.HOUSING.value: (
        "Encontrar habitação autónoma antes do fim do programa",
        "Família gere sozinha o pagamento das contas da casa",
    ),
    Dimension.HEALTH.value: (
        "Todos os membros inscritos no centro de saúde com médico de família",
        "Vacinação das crianças em dia",
    ),
    Dimension.EDUCATION.value: (
        "Matrícula escolar de todas as crianças",
        "Reconhecimento das habilitações do responsável",
    ),
    Dimension.LANGUAGE.value: (
        "Adultos concluem o nível A2 de português",
        "Frequência regular do curso PLA",
    ),
    Dimension.EMPLOYMENT.value: (
        "Inscrição no IEFP dos adultos em idade ativa",
        "Um adulto com contrato de trabalho",
    ),
}  # fmt: skip
TASKS = (
    "Telefonar ao centro de saúde", "Enviar documentos à AIMA", "Confirmar matrícula na escola",
    "Pedir orçamento da reparação", "Marcar intérprete do STT", "Acompanhar resposta do IEFP",
)  # fmt: skip
# Most who finish a course reach A1 or A2; a few B1, a few not even A1.
LEVELS_REACHED = tuple(
    level.value
    for level in (CefrLevel.A1, CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1,
                  CefrLevel.PRE_A1)
)  # fmt: skip
VULNERABILITIES = ("chronic_illness", "disability", "trauma_survivor", "pregnant",
                    "low_literacy")  # fmt: skip
