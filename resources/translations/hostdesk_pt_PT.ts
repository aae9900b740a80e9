<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>About</name>
    <message>
        <source>HostDesk helps hosting entities follow refugee families through the integration programme. The data stay on this computer, encrypted.</source>
        <translation>O HostDesk ajuda as entidades de acolhimento a acompanhar as famílias refugiadas ao longo do programa de integração. Os dados ficam neste computador, cifrados.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Licence: %1 (European Union Public Licence). The bundled Noto fonts are under the SIL Open Font License 1.1.</source>
        <translation>Licença: %1 (Licença Pública da União Europeia). Os tipos de letra Noto incluídos estão sob a SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>About HostDesk</source>
        <translation>Acerca do HostDesk</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add a document</source>
        <translation>Adicionar um documento</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. ARP card, front and back</source>
        <translation>p. ex. cartão da ARP, frente e verso</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Data do documento</translation>
    </message>
    <message>
        <source>Whose document</source>
        <translation>De quem é o documento</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>Toda a família</translation>
    </message>
    <message>
        <source>Make the photo smaller: %1 px on the long side, JPEG quality %2</source>
        <translation>Reduzir a fotografia: %1 px no lado maior, JPEG com qualidade %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>A document cannot be dated in the future.</source>
        <translation>Um documento não pode ter uma data no futuro.</translation>
    </message>
    <message>
        <source>&amp;Whose</source>
        <translation>De &amp;quem</translation>
    </message>
    <message>
        <source>The photo is small enough already.</source>
        <translation>A fotografia já é pequena o suficiente.</translation>
    </message>
    <message>
        <source>Working out how much smaller it would be…</source>
        <translation>A calcular quanto mais pequena ficaria…</translation>
    </message>
    <message>
        <source>Making it smaller would not save space.</source>
        <translation>Reduzi-la não pouparia espaço.</translation>
    </message>
    <message>
        <source>Saves %1: %2 instead of %3 (%4 × %5 pixels).</source>
        <translation>Poupa %1: %2 em vez de %3 (%4 × %5 píxeis).</translation>
    </message>
    <message>
        <source>This photo cannot be made smaller here.</source>
        <translation>Não é possível reduzir esta fotografia aqui.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Adicionar um utilizador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>e.g. joao.silva</source>
        <translation>p. ex. joao.silva</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome de &amp;utilizador</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nome &amp;completo</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>Fu&amp;nção</translation>
    </message>
    <message>
        <source>Agree the first passphrase with the person; they can change it in Settings.</source>
        <translation>Combine a primeira frase-passe com a pessoa; ela pode alterá-la nas Definições.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Adicionar utilizador</translation>
    </message>
</context>
<context>
    <name>AllowanceTab</name>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Month paid for</source>
        <translation>Mês a que se refere</translation>
    </message>
    <message>
        <source>mm/yyyy</source>
        <translation>mm/aaaa</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montante pago</translation>
    </message>
    <message>
        <source>Note on the payment</source>
        <translation>Nota sobre o pagamento</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Registar pagamento</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>M&amp;ontante</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Pago em</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registar um pagamento</translation>
    </message>
    <message>
        <source>Write the month as mm/yyyy, for example 03/2026.</source>
        <translation>Escreva o mês como mm/aaaa, por exemplo 03/2026.</translation>
    </message>
    <message>
        <source>Allowance for %1</source>
        <translation>Apoio mensal de %1</translation>
    </message>
    <message>
        <source>The allowance cannot be computed: check the rates and the head of family.</source>
        <translation>Não é possível calcular o apoio mensal: verifique os valores de referência e o titular.</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Other adults</source>
        <translation>Outros adultos</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Crianças</translation>
    </message>
    <message>
        <source>rates in force since %1</source>
        <translation>valores em vigor desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) counted as children because the date of birth does not say whether they are 18 yet; complete it in the Members tab.</source>
        <translation>
            <numerusform>%Ln membro contado como criança porque a data de nascimento não permite saber se já tem 18 anos; complete-a no separador Membros.</numerusform>
            <numerusform>%Ln membros contados como crianças porque as datas de nascimento não permitem saber se já têm 18 anos; complete-as no separador Membros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Corrija os campos assinalados a vermelho.</translation>
    </message>
    <message>
        <source>Pro-rated</source>
        <translation>Proporcional</translation>
    </message>
    <message>
        <source>Total for the month</source>
        <translation>Total do mês</translation>
    </message>
    <message>
        <source>No allowance is due: this family&apos;s arrival channel has no allowance under its rule (spontaneous asylum seekers receive a subsistence allowance through the ISS).</source>
        <translation>Não há subsídio devido: a regra da via de chegada desta família não prevê subsídio (os requerentes de asilo espontâneos recebem um subsídio de subsistência através do ISS).</translation>
    </message>
    <message>
        <source>No allowance is worked out yet: the entity has not confirmed the rules of this arrival channel. A coordinator confirms them in Settings.</source>
        <translation>O subsídio ainda não é calculado: a entidade não confirmou as regras desta via de chegada. Um coordenador confirma-as nas Definições.</translation>
    </message>
    <message>
        <source>That month ends before the programme starts.</source>
        <translation>Esse mês termina antes do início do programa.</translation>
    </message>
    <message>
        <source>That month starts after the programme ended.</source>
        <translation>Esse mês começa depois do fim do programa.</translation>
    </message>
    <message>
        <source>That month starts after the family&apos;s exit; only months inside the programme can still be paid.</source>
        <translation>Esse mês começa depois da saída da família; só os meses dentro do programa podem ainda ser pagos.</translation>
    </message>
    <message>
        <source>pro-rated: %1 of %2 days in the programme</source>
        <translation>proporcional: %1 de %2 dias no programa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
</context>
<context>
    <name>AnonymisationDialog</name>
    <message>
        <source>Due for anonymisation</source>
        <translation>Famílias por anonimizar</translation>
    </message>
    <message>
        <source>Families due for anonymisation</source>
        <translation>Famílias por anonimizar</translation>
    </message>
    <message>
        <source>&amp;Anonymise the selected families…</source>
        <translation>&amp;Anonimizar as famílias selecionadas…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Families whose retention period after their exit has run out: %1. Anonymising removes names, identifiers, addresses and notes; dates, statuses and figures stay.</source>
        <translation>Famílias cujo prazo de conservação após a saída terminou: %1. A anonimização remove nomes, identificadores, moradas e notas; as datas, os estados e os números ficam.</translation>
    </message>
    <message>
        <source>Anonymise for good?</source>
        <translation>Anonimizar definitivamente?</translation>
    </message>
    <message>
        <source>Anonymise %1 families? This cannot be undone.</source>
        <translation>Anonimizar %1 famílias? Não é possível anular esta ação.</translation>
    </message>
    <message>
        <source>Anonymise this family? This cannot be undone.</source>
        <translation>Anonimizar esta família? Não é possível anular esta ação.</translation>
    </message>
    <message>
        <source>Names, names in their own script, identifiers, permit numbers, addresses, notes, visit texts and referral texts are removed from the vault. The figures and reports keep counting these families.</source>
        <translation>Os nomes, os nomes na escrita original, os identificadores, os números das autorizações, as moradas, as notas e os textos das visitas e dos encaminhamentos são removidos do cofre. Os números e os relatórios continuam a contar estas famílias.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Anonymising the families…</source>
        <translation>A anonimizar as famílias…</translation>
    </message>
    <message>
        <source>Stop after this family</source>
        <translation>Parar depois desta família</translation>
    </message>
    <message>
        <source>Families anonymised: %1.</source>
        <translation>Famílias anonimizadas: %1.</translation>
    </message>
    <message>
        <source>The anonymisation stopped on an error; the families done stay done.</source>
        <translation>A anonimização parou devido a um erro; as famílias já anonimizadas ficam anonimizadas.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation>%1 · processo %2</translation>
    </message>
    <message>
        <source>It leaves the list until the day you choose, then comes back if it still applies.</source>
        <translation>Sai da lista até ao dia que escolher; depois volta, se ainda se aplicar.</translation>
    </message>
    <message>
        <source>It leaves the list while the facts stay the same; it comes back if they change (a new date, a new visit).</source>
        <translation>Sai da lista enquanto os factos forem os mesmos; volta se mudarem (uma nova data, uma nova visita).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. renewal booked at AIMA on 12/01</source>
        <translation>p. ex. renovação marcada na AIMA para 12/01</translation>
    </message>
    <message>
        <source>e.g. the school confirmed the enrolment by phone</source>
        <translation>p. ex. a escola confirmou a matrícula por telefone</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Adiado até</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Porquê</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Say why in a few words: the reason is kept with it.</source>
        <translation>Diga porquê em poucas palavras: o motivo fica guardado.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Who follows this family</source>
        <translation>Quem acompanha esta família</translation>
    </message>
    <message>
        <source>Assigned social worker</source>
        <translation>Técnico/a responsável</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (removido/a)</translation>
    </message>
    <message>
        <source>Also followed by</source>
        <translation>Também acompanhada por</translation>
    </message>
    <message>
        <source>Note for the new worker</source>
        <translation>Nota para o/a novo/a técnico/a</translation>
    </message>
    <message>
        <source>What the next worker should know: agreed visits, pending matters…</source>
        <translation>O que o/a próximo/a técnico/a deve saber: visitas combinadas, assuntos pendentes…</translation>
    </message>
    <message>
        <source>The assigned worker follows the family; a worker it is shared with (cover during leave, say) sees it too. Coordinators see every family. The change and its note are kept in the family&apos;s history and in the audit log.</source>
        <translation>O/A técnico/a responsável acompanha a família; um/a técnico/a com quem é partilhada (para substituir durante férias, por exemplo) também a vê. Os coordenadores veem todas as famílias. A alteração e a sua nota ficam no histórico da família e no registo de auditoria.</translation>
    </message>
    <message>
        <source>Assigned &amp;worker</source>
        <translation>&amp;Técnico/a responsável</translation>
    </message>
    <message>
        <source>Also &amp;followed by</source>
        <translation>Também &amp;acompanhada por</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Pormenores</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>Filter by who</source>
        <translation>Filtrar por quem</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Filter by what</source>
        <translation>Filtrar por ação</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quem</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;O quê</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>A verificar a cadeia de auditoria…</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Cadeia de auditoria</translation>
    </message>
    <message>
        <source>Check &amp;every saved record</source>
        <translation>Verificar &amp;todos os registos guardados</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoria</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>A contar…</translation>
    </message>
    <message>
        <source>Checking every saved record against the audit log… (long for a large vault)</source>
        <translation>A verificar todos os registos guardados contra o registo de auditoria… (demora num cofre grande)</translation>
    </message>
    <message>
        <source>The audit log is empty: it was deleted outside HostDesk.</source>
        <translation>O registo de auditoria está vazio: foi apagado fora do HostDesk.</translation>
    </message>
    <message>
        <source>Saved records do not match the audit log (%1 problem(s)): they were changed outside HostDesk.</source>
        <translation>Há registos guardados que não correspondem ao registo de auditoria (%1 problema(s)): foram alterados fora do HostDesk.</translation>
    </message>
    <message>
        <source>Audit chain intact: every one of the %1 entries follows the one before, and every saved record matches it.</source>
        <translation>Cadeia de auditoria íntegra: cada uma das %1 entradas segue-se à anterior, e todos os registos guardados lhe correspondem.</translation>
    </message>
    <message>
        <source>Audit chain intact: every one of the %1 entries follows the one before.</source>
        <translation>Cadeia de auditoria íntegra: cada uma das %1 entradas segue-se à anterior.</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at entry %1: the log was changed outside HostDesk.</source>
        <translation>Cadeia de auditoria QUEBRADA na entrada %1: o registo foi alterado fora do HostDesk.</translation>
    </message>
    <message>
        <source>Show entry %1</source>
        <translation>Mostrar a entrada %1</translation>
    </message>
    <message>
        <source>The audit log could not be read; see the log.</source>
        <translation>Não foi possível ler o registo de auditoria; consulte o registo da aplicação.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln registo</numerusform>
            <numerusform>%Ln registos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Opened the case file</source>
        <translation>Abriu o processo</translation>
    </message>
    <message>
        <source>Created the case</source>
        <translation>Criou o processo</translation>
    </message>
    <message>
        <source>Changed the case</source>
        <translation>Alterou o processo</translation>
    </message>
    <message>
        <source>Anonymised the case</source>
        <translation>Anonimizou o processo</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Acrescentou um membro</translation>
    </message>
    <message>
        <source>Changed a member&apos;s details</source>
        <translation>Alterou os dados de um membro</translation>
    </message>
    <message>
        <source>Added a document number</source>
        <translation>Acrescentou o número de um documento</translation>
    </message>
    <message>
        <source>Changed a document number</source>
        <translation>Alterou o número de um documento</translation>
    </message>
    <message>
        <source>Removed a document number</source>
        <translation>Retirou o número de um documento</translation>
    </message>
    <message>
        <source>Recorded a residence permit (ARP)</source>
        <translation>Registou uma autorização de residência (ARP)</translation>
    </message>
    <message>
        <source>Changed a residence permit (ARP)</source>
        <translation>Alterou uma autorização de residência (ARP)</translation>
    </message>
    <message>
        <source>Recorded a visit, call or note</source>
        <translation>Registou uma visita, um telefonema ou uma nota</translation>
    </message>
    <message>
        <source>Added a follow-up task</source>
        <translation>Acrescentou uma tarefa de seguimento</translation>
    </message>
    <message>
        <source>Marked a follow-up task done</source>
        <translation>Deu uma tarefa de seguimento como feita</translation>
    </message>
    <message>
        <source>Reopened a follow-up task</source>
        <translation>Reabriu uma tarefa de seguimento</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Fez um encaminhamento</translation>
    </message>
    <message>
        <source>Recorded the answer to a referral</source>
        <translation>Registou a resposta a um encaminhamento</translation>
    </message>
    <message>
        <source>Made a referral without a consent covering it</source>
        <translation>Fez um encaminhamento sem consentimento que o abranja</translation>
    </message>
    <message>
        <source>Recorded an allowance payment</source>
        <translation>Registou um pagamento do apoio mensal</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Registou um consentimento</translation>
    </message>
    <message>
        <source>Recorded that a consent was withdrawn</source>
        <translation>Registou a retirada de um consentimento</translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation>Reconheceu um alerta</translation>
    </message>
    <message>
        <source>Snoozed an alert</source>
        <translation>Adiou um alerta</translation>
    </message>
    <message>
        <source>Showed an alert again</source>
        <translation>Voltou a mostrar um alerta</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data for an access request</source>
        <translation>Exportou os dados de uma pessoa (pedido de acesso)</translation>
    </message>
    <message>
        <source>Imported families from a spreadsheet</source>
        <translation>Importou famílias de uma folha de cálculo</translation>
    </message>
    <message>
        <source>Made the family&apos;s progress report</source>
        <translation>Fez o relatório de acompanhamento da família</translation>
    </message>
    <message>
        <source>Built the monthly report</source>
        <translation>Preparou o relatório mensal</translation>
    </message>
    <message>
        <source>Kept the monthly report as a draft</source>
        <translation>Guardou o relatório mensal como rascunho</translation>
    </message>
    <message>
        <source>Saved the monthly report to files</source>
        <translation>Guardou o relatório mensal em ficheiros</translation>
    </message>
    <message>
        <source>Submitted the monthly report</source>
        <translation>Submeteu o relatório mensal</translation>
    </message>
    <message>
        <source>Created the entity&apos;s signing identity for the NAIR</source>
        <translation>Criou a identidade de assinatura da entidade para o NAIR</translation>
    </message>
    <message>
        <source>Saved the registration file for the NAIR</source>
        <translation>Guardou o ficheiro de inscrição para o NAIR</translation>
    </message>
    <message>
        <source>Set up the NAIR&apos;s key</source>
        <translation>Configurou a chave do NAIR</translation>
    </message>
    <message>
        <source>Replaced the NAIR&apos;s key</source>
        <translation>Substituiu a chave do NAIR</translation>
    </message>
    <message>
        <source>Put a monthly report in the outbox</source>
        <translation>Pôs um relatório mensal na caixa de saída</translation>
    </message>
    <message>
        <source>Locked a monthly report for the NAIR</source>
        <translation>Fechou um relatório mensal com a chave do NAIR</translation>
    </message>
    <message>
        <source>Exported a monthly report to a file</source>
        <translation>Exportou um relatório mensal para ficheiro</translation>
    </message>
    <message>
        <source>The NAIR confirmed receiving a monthly report</source>
        <translation>O NAIR confirmou a receção de um relatório mensal</translation>
    </message>
    <message>
        <source>The NAIR refused a monthly report</source>
        <translation>O NAIR recusou um relatório mensal</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Acrescentou um utilizador</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Retirou um utilizador</translation>
    </message>
    <message>
        <source>Changed their own passphrase</source>
        <translation>Mudou a própria frase-passe</translation>
    </message>
    <message>
        <source>Reset a user&apos;s passphrase</source>
        <translation>Repôs a frase-passe de um utilizador</translation>
    </message>
    <message>
        <source>Created the vault</source>
        <translation>Criou o cofre</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Fez uma cópia de segurança</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Repôs uma cópia de segurança</translation>
    </message>
    <message>
        <source>Upgraded the vault to a newer HostDesk</source>
        <translation>Atualizou o cofre para uma versão mais recente do HostDesk</translation>
    </message>
    <message>
        <source>Changed the vault&apos;s data key</source>
        <translation>Mudou a chave de dados do cofre</translation>
    </message>
    <message>
        <source>Exported the database key</source>
        <translation>Exportou a chave da base de dados</translation>
    </message>
    <message>
        <source>Made a new recovery key</source>
        <translation>Criou uma nova chave de recuperação</translation>
    </message>
    <message>
        <source>Covered the records saved before this version in the audit log</source>
        <translation>Cobriu no registo de auditoria os registos guardados antes desta versão</translation>
    </message>
    <message>
        <source>Saved records</source>
        <translation>Guardou registos</translation>
    </message>
    <message>
        <source>Filled the vault with demo families</source>
        <translation>Preencheu o cofre com famílias de demonstração</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Alterou uma definição</translation>
    </message>
    <message>
        <source>Added a housing record</source>
        <translation>Acrescentou um registo de habitação</translation>
    </message>
    <message>
        <source>Changed a housing record</source>
        <translation>Alterou um registo de habitação</translation>
    </message>
    <message>
        <source>Added a health record</source>
        <translation>Acrescentou um registo de saúde</translation>
    </message>
    <message>
        <source>Changed a health record</source>
        <translation>Alterou um registo de saúde</translation>
    </message>
    <message>
        <source>Added an education record</source>
        <translation>Acrescentou um registo de educação</translation>
    </message>
    <message>
        <source>Changed an education record</source>
        <translation>Alterou um registo de educação</translation>
    </message>
    <message>
        <source>Added a Portuguese course</source>
        <translation>Acrescentou um curso de português</translation>
    </message>
    <message>
        <source>Changed a Portuguese course</source>
        <translation>Alterou um curso de português</translation>
    </message>
    <message>
        <source>Added an employment record</source>
        <translation>Acrescentou um registo de emprego</translation>
    </message>
    <message>
        <source>Changed an employment record</source>
        <translation>Alterou um registo de emprego</translation>
    </message>
    <message>
        <source>Added a plan goal</source>
        <translation>Acrescentou um objetivo do plano</translation>
    </message>
    <message>
        <source>Changed a plan goal</source>
        <translation>Alterou um objetivo do plano</translation>
    </message>
    <message>
        <source>answer date</source>
        <translation>data da resposta</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>sending date</source>
        <translation>data de envio</translation>
    </message>
    <message>
        <source>service</source>
        <translation>serviço</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimensão</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>family</source>
        <translation>família</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>motivo da saída</translation>
    </message>
    <message>
        <source>date of leaving</source>
        <translation>data da saída</translation>
    </message>
    <message>
        <source>arrival channel</source>
        <translation>via de chegada</translation>
    </message>
    <message>
        <source>arrival date</source>
        <translation>data de chegada</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>tipo de caso</translation>
    </message>
    <message>
        <source>NAIR reference</source>
        <translation>referência NAIR</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>concelho</translation>
    </message>
    <message>
        <source>programme start</source>
        <translation>início do programa</translation>
    </message>
    <message>
        <source>programme length</source>
        <translation>duração do programa</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>técnico/a</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>name in the original script</source>
        <translation>nome na escrita original</translation>
    </message>
    <message>
        <source>script</source>
        <translation>escrita</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data de nascimento</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>ano de nascimento</translation>
    </message>
    <message>
        <source>month of birth</source>
        <translation>mês de nascimento</translation>
    </message>
    <message>
        <source>day of birth</source>
        <translation>dia de nascimento</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>parentesco</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nacionalidade</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>línguas</translation>
    </message>
    <message>
        <source>vulnerabilities</source>
        <translation>vulnerabilidades</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>menor não acompanhado</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>in education or training</source>
        <translation>em educação ou formação</translation>
    </message>
    <message>
        <source>head of family</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>data de emissão</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>data de caducidade</translation>
    </message>
    <message>
        <source>renewal appointment</source>
        <translation>marcação da renovação</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>address</source>
        <translation>morada</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>data de início</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data de fim</translation>
    </message>
    <message>
        <source>monthly rent</source>
        <translation>renda mensal</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>SNS registration</source>
        <translation>inscrição no SNS</translation>
    </message>
    <message>
        <source>health centre</source>
        <translation>centro de saúde</translation>
    </message>
    <message>
        <source>family doctor</source>
        <translation>médico de família</translation>
    </message>
    <message>
        <source>vaccinations</source>
        <translation>vacinação</translation>
    </message>
    <message>
        <source>mental health follow-up</source>
        <translation>acompanhamento de saúde mental</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>precisa de intérprete</translation>
    </message>
    <message>
        <source>date recorded</source>
        <translation>data de registo</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>instituição</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nível</translation>
    </message>
    <message>
        <source>kind of course</source>
        <translation>tipo de curso</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>entidade formadora</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>level reached</source>
        <translation>nível atingido</translation>
    </message>
    <message>
        <source>date the level was reached</source>
        <translation>data em que atingiu o nível</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>empregador</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>setor</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>data prevista</translation>
    </message>
    <message>
        <source>date achieved</source>
        <translation>data em que foi alcançado</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Famílias</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <source>Had been done on</source>
        <translation>Tinha sido feita a</translation>
    </message>
    <message>
        <source>Retention (years)</source>
        <translation>Conservação (anos)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Chave mudada</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nova chave de recuperação</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Processo %1</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>Relatório mensal %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>Definição %1</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>O cofre</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilizador %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Printed the family&apos;s progress report</source>
        <translation>Imprimiu o relatório de acompanhamento da família</translation>
    </message>
    <message>
        <source>Printed a visit, call or note</source>
        <translation>Imprimiu uma visita, chamada ou nota</translation>
    </message>
    <message>
        <source>Exported a list to a spreadsheet (not encrypted)</source>
        <translation>Exportou uma lista para uma folha de cálculo (não cifrada)</translation>
    </message>
    <message>
        <source>Printed a list</source>
        <translation>Imprimiu uma lista</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Lista: %1</translation>
    </message>
    <message>
        <source>caseload</source>
        <translation>processos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
</context>
<context>
    <name>BackgroundRead</name>
    <message>
        <source>Reading the caseload</source>
        <translation>A ler os processos</translation>
    </message>
</context>
<context>
    <name>BackgroundSender</name>
    <message>
        <source>Sending to the NAIR failed; see the log for the kind of error.</source>
        <translation>O envio para o NAIR falhou; consulte o registo para saber o tipo de erro.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Fazer uma cópia de segurança do cofre</translation>
    </message>
    <message>
        <source>A backup is encrypted like the vault and opens with the same passphrases. Keep it away from this computer, as safely as the vault.</source>
        <translation>A cópia de segurança é cifrada como o cofre e abre-se com as mesmas frases-passe. Guarde-a longe deste computador, com o mesmo cuidado que o cofre.</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Onde gravar a cópia de segurança</translation>
    </message>
    <message>
        <source>No removable drive is connected; choose a folder.</source>
        <translation>Não há nenhuma unidade amovível ligada; escolha uma pasta.</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>Escolher uma &amp;pasta…</translation>
    </message>
    <message>
        <source>Save as a &amp;file…</source>
        <translation>Guardar como &amp;ficheiro…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progresso da cópia de segurança</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Resultado da cópia de segurança</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>Fazer &amp;cópia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Write the backup to:</source>
        <translation>Gravar a cópia de segurança em:</translation>
    </message>
    <message>
        <source>No backup of this vault has been made yet.</source>
        <translation>Ainda não foi feita nenhuma cópia de segurança deste cofre.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Última cópia de segurança: %1.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup</source>
        <translation>Escolha uma pasta para a cópia de segurança</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar a cópia de segurança como</translation>
    </message>
    <message>
        <source>HostDesk backups (*%1)</source>
        <translation>Cópias de segurança do HostDesk (*%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>A fazer a cópia de segurança…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>A cópia de segurança foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>The backup failed; see the log for the kind of error.</source>
        <translation>A cópia de segurança falhou; consulte o registo para saber o tipo de erro.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>%1 — %2 free (%3)</source>
        <translation>%1 — %2 livres (%3)</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Cópia de segurança guardada em %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Backup reminder</source>
        <translation>Lembrete de cópia de segurança</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Fazer cópia de segurança agora…</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>Ainda não foi feita nenhuma cópia de segurança deste cofre.</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n day(s) ago.</source>
        <translation>
            <numerusform>Última cópia de segurança há %Ln dia.</numerusform>
            <numerusform>Última cópia de segurança há %Ln dias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Case</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>Escrita original</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Técnico(a)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No programme clock for this arrival channel</source>
        <translation>Sem relógio do programa para este canal de chegada</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>sem programa</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Termina a %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>month %1 of %2</source>
        <translation>mês %1 de %2</translation>
    </message>
</context>
<context>
    <name>CaseloadTable</name>
    <message>
        <source>Case</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Name in the original script</source>
        <translation>Nome na escrita original</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Início do programa</translation>
    </message>
    <message>
        <source>Programme end</source>
        <translation>Fim do programa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Técnico/a</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search by name (any script or spelling), case number or identifier</source>
        <translation>Pesquisar por nome (qualquer escrita ou grafia), número de processo ou identificador</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Pesquisar nos processos</translation>
    </message>
    <message>
        <source>&amp;New family</source>
        <translation>&amp;Nova família</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nova família</translation>
    </message>
    <message>
        <source>New family (Ctrl+N)</source>
        <translation>Nova família (Ctrl+N)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Técnico(a)</translation>
    </message>
    <message>
        <source>All social workers</source>
        <translation>Todos os técnicos</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Any alert or none</source>
        <translation>Com ou sem alertas</translation>
    </message>
    <message>
        <source>Programme phase</source>
        <translation>Fase do programa</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Todas as fases</translation>
    </message>
    <message>
        <source>First six months</source>
        <translation>Primeiros seis meses</translation>
    </message>
    <message>
        <source>Midway</source>
        <translation>A meio do programa</translation>
    </message>
    <message>
        <source>ISS transition (last six months)</source>
        <translation>Transição para o ISS (últimos seis meses)</translation>
    </message>
    <message>
        <source>Programme ended</source>
        <translation>Programa terminado</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>Number of families shown</source>
        <translation>Número de famílias mostradas</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xportar a lista…</translation>
    </message>
    <message>
        <source>The families shown, as an .xlsx or .ods spreadsheet (not encrypted)</source>
        <translation>As famílias mostradas, numa folha de cálculo .xlsx ou .ods (não cifrada)</translation>
    </message>
    <message>
        <source>P&amp;rint the list…</source>
        <translation>Imp&amp;rimir a lista…</translation>
    </message>
    <message>
        <source>The families shown, on paper</source>
        <translation>As famílias mostradas, em papel</translation>
    </message>
    <message>
        <source>Export or print result</source>
        <translation>Resultado da exportação ou impressão</translation>
    </message>
    <message>
        <source>Families chosen on the dashboard</source>
        <translation>Famílias escolhidas no Painel</translation>
    </message>
    <message>
        <source>Show &amp;all families</source>
        <translation>Mostrar &amp;todas as famílias</translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%Ln família</numerusform>
            <numerusform>%Ln famílias</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for alerts…</source>
        <translation>A procurar alertas…</translation>
    </message>
    <message>
        <source>The alerts could not be computed; try again.</source>
        <translation>Não foi possível calcular os alertas; tente novamente.</translation>
    </message>
    <message>
        <source>Showing the families of “%1” (%2).</source>
        <translation>A mostrar as famílias de «%1» (%2).</translation>
    </message>
    <message>
        <source>Families: %1</source>
        <translation>Famílias: %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Alterar a minha frase-passe</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase-passe atual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase-passe &amp;atual</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Alterar frase-passe</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Folha do livro</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Folha:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>O que contém cada coluna</translation>
    </message>
    <message>
        <source>As you set them the last time a file with these columns was imported.</source>
        <translation>Como as definiu da última vez que foi importado um ficheiro com estas colunas.</translation>
    </message>
    <message>
        <source>Guessed from the header names (row %1); correct what is wrong. A column set to “Not imported” is left out.</source>
        <translation>Deduzido dos nomes dos cabeçalhos (linha %1); corrija o que estiver errado. Uma coluna definida como “Não importada” fica de fora.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contém</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>Campo da coluna %1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importada</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message>
        <source>municipality</source>
        <translation>concelho</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>name in its own script</source>
        <translation>nome na escrita original</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>data de validade</translation>
    </message>
    <message>
        <source>address</source>
        <translation>morada</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>técnico/a responsável</translation>
    </message>
    <message>
        <source>programme length</source>
        <translation>duração do programa</translation>
    </message>
    <message>
        <source>exit date</source>
        <translation>data de saída</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nacionalidade</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>in education or training</source>
        <translation>em educação ou formação</translation>
    </message>
    <message>
        <source>Conflicts from the team&apos;s laptops</source>
        <translation>Conflitos entre os portáteis da equipa</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflitos por resolver</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>deleted on one laptop, changed on another</source>
        <translation>apagado num portátil, alterado noutro</translation>
    </message>
    <message>
        <source>%1 changed on two laptops</source>
        <translation>%1 alterado em dois portáteis</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Processo %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registar consentimento</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Consentimento de %1</translation>
    </message>
    <message>
        <source>given by their legal guardian</source>
        <translation>dado pelo seu representante legal</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentimento dado em</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Como foi dado o consentimento</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Referência do documento</translation>
    </message>
    <message>
        <source>e.g. signed form in folder 7, sheet 3</source>
        <translation>p. ex. formulário assinado na pasta 7, folha 3</translation>
    </message>
    <message>
        <source>Consents to</source>
        <translation>Consente em</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>Dado &amp;em</translation>
    </message>
    <message>
        <source>A consent cannot be given in the future.</source>
        <translation>A data do consentimento não pode ser futura.</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Como</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>Tick at least one purpose the person consented to.</source>
        <translation>Assinale pelo menos uma finalidade para a qual a pessoa deu consentimento.</translation>
    </message>
    <message>
        <source>Scanned &amp;form</source>
        <translation>&amp;Formulário digitalizado</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dado em</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado em</translation>
    </message>
    <message>
        <source>Consents of the selected member</source>
        <translation>Consentimentos do membro selecionado</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registar &amp;consentimento…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Consents of %1</source>
        <translation>Consentimentos de %1</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimentos</translation>
    </message>
    <message>
        <source>A child&apos;s consent is given by a parent or guardian: record it on the head of family or their spouse; it covers the children.</source>
        <translation>O consentimento de uma criança é dado por um dos pais ou pelo representante legal: registe-o no titular ou no cônjuge; abrange os filhos.</translation>
    </message>
    <message>
        <source>No parent at home: record the consent their legal guardian gave.</source>
        <translation>Sem pais no agregado: registe o consentimento dado pelo representante legal.</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>A&amp;brir digitalização</translation>
    </message>
    <message>
        <source>Open the scanned form</source>
        <translation>Abrir o formulário digitalizado</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>The coordinator</source>
        <translation>O(a) coordenador(a)</translation>
    </message>
    <message>
        <source>The coordinator manages users and submits the monthly reports. Choose a passphrase of a few unrelated words: long is better than complicated.</source>
        <translation>O(a) coordenador(a) gere os utilizadores e submete os relatórios mensais. Escolha uma frase-passe de algumas palavras sem relação entre si: longa é melhor do que complicada.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>e.g. ana.silva</source>
        <translation>p. ex. ana.silva</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome de &amp;utilizador</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nome &amp;completo</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo correu mal</translation>
    </message>
    <message>
        <source>HostDesk met an unexpected problem (%1). Your saved work is safe.</source>
        <translation>O HostDesk encontrou um problema inesperado (%1). O trabalho guardado está seguro.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Click to see these families</source>
        <translation>Clique para ver estas famílias</translation>
    </message>
    <message>
        <source>No active families</source>
        <translation>Sem famílias ativas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the caseload again (F5)</source>
        <translation>Ler novamente os processos (F5)</translation>
    </message>
    <message>
        <source>Active families</source>
        <translation>Famílias ativas</translation>
    </message>
    <message>
        <source>People in active families</source>
        <translation>Pessoas em famílias ativas</translation>
    </message>
    <message>
        <source>In the ISS transition</source>
        <translation>Em transição para o ISS</translation>
    </message>
    <message>
        <source>Still active after the programme end</source>
        <translation>Ainda ativas após o fim do programa</translation>
    </message>
    <message>
        <source>Programme not started yet</source>
        <translation>Programa ainda não iniciado</translation>
    </message>
    <message>
        <source>Families who have exited</source>
        <translation>Famílias que saíram do programa</translation>
    </message>
    <message>
        <source>Followed outside the programme</source>
        <translation>Acompanhadas fora do programa</translation>
    </message>
    <message>
        <source>Active families of a channel with no programme clock (spontaneous asylum, unless the entity set a rule). Click to see them.</source>
        <translation>Famílias ativas de um canal sem relógio do programa (asilo espontâneo, salvo regra definida pela entidade). Clique para as ver.</translation>
    </message>
    <message>
        <source>Month of the programme</source>
        <translation>Mês do programa</translation>
    </message>
    <message>
        <source>Families and people by programme month</source>
        <translation>Famílias e pessoas por mês do programa</translation>
    </message>
    <message>
        <source>Families by status on each dimension</source>
        <translation>Famílias por estado em cada dimensão</translation>
    </message>
    <message>
        <source>Enter or a double click lists these families</source>
        <translation>Enter ou um duplo clique mostra estas famílias</translation>
    </message>
    <message>
        <source>The figures could not be read from the vault. Try again with Refresh.</source>
        <translation>Não foi possível ler os números do cofre. Tente novamente com Atualizar.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Famílias</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case %1</source>
        <translation>Eliminar o processo %1</translation>
    </message>
    <message>
        <source>This cannot be undone. Case %1 and everything recorded in it (people, documents, visits, notes, payments) are removed from the vault for good, as thoroughly as an anonymisation; the audit log keeps only that it was deleted, by whom and why.

Only a case never sent to the NAIR in a monthly report can be deleted. A family that leaves the programme is not deleted: record its exit. A family recorded twice after a report: merge the two cases.</source>
        <translation>Esta operação não pode ser desfeita. O processo %1 e tudo o que nele está registado (pessoas, documentos, visitas, notas, pagamentos) são retirados do cofre de vez, tão completamente como numa anonimização; o registo de auditoria guarda apenas que foi eliminado, por quem e porquê.

Só pode ser eliminado um processo nunca enviado ao NAIR num relatório mensal. Uma família que sai do programa não se elimina: registe a saída. Uma família registada duas vezes depois de um relatório: junte os dois processos.</translation>
    </message>
    <message>
        <source>Why the case is deleted</source>
        <translation>Motivo da eliminação do processo</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Compreendo que esta operação não pode ser desfeita</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Delete case</source>
        <translation>&amp;Eliminar processo</translation>
    </message>
    <message>
        <source>Tick this to confirm the deletion.</source>
        <translation>Assinale para confirmar a eliminação.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating the demo vault with synthetic families…</source>
        <translation>A criar o cofre de demonstração com famílias fictícias…</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Scanned form in the vault</source>
        <translation>Formulário digitalizado no cofre</translation>
    </message>
    <message>
        <source>&amp;Add a scan…</source>
        <translation>&amp;Adicionar digitalização…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>The document</source>
        <translation>O documento</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>A abrir o documento…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>A&amp;justar à janela</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;seguinte</translation>
    </message>
    <message>
        <source>Open in &amp;another program…</source>
        <translation>Abrir n&amp;outro programa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>added by %1 on %2</source>
        <translation>adicionado por %1 em %2</translation>
    </message>
    <message>
        <source>This document is on its way from the team hub…</source>
        <translation>Este documento está a chegar do hub da equipa…</translation>
    </message>
    <message>
        <source>This document could not be shown here; it may be damaged. You can still save a copy or open it in another program.</source>
        <translation>Não foi possível mostrar este documento aqui; pode estar danificado. Pode ainda guardar uma cópia ou abri-lo noutro programa.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeis</translation>
    </message>
    <message>
        <source>This document has not reached the team hub yet, or the hub cannot be reached: the laptop that added it sends it at its next sync. Try again later.</source>
        <translation>Este documento ainda não chegou ao hub da equipa, ou não é possível contactar o hub: o portátil que o adicionou envia-o na próxima sincronização. Tente mais tarde.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>A copy is open in another program. It is at %1 and will be removed when you close this window.</source>
        <translation>Há uma cópia aberta noutro programa. Está em %1 e será apagada quando fechar esta janela.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. The copy at %1 will be removed when you close this window.</source>
        <translation>Nenhum programa deste computador abre este tipo de ficheiro. A cópia em %1 será apagada quando fechar esta janela.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>JPEG or PNG photos and PDF scans, up to %1 each. They are kept encrypted inside the vault, never as loose files, so every backup and every copy made before an upgrade holds them too.</source>
        <translation>Fotografias JPEG ou PNG e digitalizações em PDF, até %1 cada. Ficam cifradas dentro do cofre, nunca como ficheiros soltos, por isso cada cópia de segurança e cada cópia feita antes de uma atualização também as contém.</translation>
    </message>
    <message>
        <source>Choose a scanned document or a photo</source>
        <translation>Escolha um documento digitalizado ou uma fotografia</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Digitalizações e fotografias (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Este ficheiro está vazio.</translation>
    </message>
    <message>
        <source>This file is larger than %1. Scan it again at 200 or 300 dpi, or save the photo at a smaller size, and add it then.</source>
        <translation>Este ficheiro tem mais de %1. Digitalize-o de novo a 200 ou 300 ppp, ou guarde a fotografia num tamanho menor, e adicione-o depois.</translation>
    </message>
    <message>
        <source>Only JPEG and PNG photos and PDF documents can be added. Save the scan as PDF, or the photo as JPEG, and add it then.</source>
        <translation>Só se podem adicionar fotografias JPEG e PNG e documentos PDF. Guarde a digitalização em PDF, ou a fotografia em JPEG, e adicione-a depois.</translation>
    </message>
    <message>
        <source>This file could not be read; check that it is still there.</source>
        <translation>Não foi possível ler este ficheiro; verifique se ainda está no mesmo sítio.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Adicionar um documento</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Show the documents of</source>
        <translation>Mostrar os documentos de</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De quem</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Adicionado por</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Adicionado em</translation>
    </message>
    <message>
        <source>The family&apos;s documents</source>
        <translation>Os documentos da família</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Adicionar documento…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>A&amp;pagar…</translation>
    </message>
    <message>
        <source>Drop a file here to add it.</source>
        <translation>Largue aqui um ficheiro para o adicionar.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>The whole family (not one person)</source>
        <translation>Toda a família (não uma só pessoa)</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>Toda a família</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1</source>
        <translation>
            <numerusform>%Ln documento, %1</numerusform>
            <numerusform>%Ln documentos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>«%1» foi adicionado.</translation>
    </message>
    <message>
        <source>One file at a time: the first one is being added.</source>
        <translation>Um ficheiro de cada vez: está a ser adicionado o primeiro.</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not encrypted: keep it safe, and delete it when it is no longer needed.</source>
        <translation>Foi guardada uma cópia em %1. Não está cifrada: guarde-a num sítio seguro e apague-a quando já não for precisa.</translation>
    </message>
    <message>
        <source>Delete “%1” from the vault? It cannot be brought back, except from a backup made before today.</source>
        <translation>Apagar «%1» do cofre? Não poderá ser recuperado, a não ser de uma cópia de segurança feita antes de hoje.</translation>
    </message>
    <message numerus="yes">
        <source>It is the signed form of %n consent(s): they stay recorded, without it.</source>
        <translation>
            <numerusform>É o formulário assinado de %Ln consentimento: este continua registado, sem ele.</numerusform>
            <numerusform>É o formulário assinado de %Ln consentimentos: estes continuam registados, sem ele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a document</source>
        <translation>Apagar um documento</translation>
    </message>
    <message>
        <source>Save a copy of the document (it will not be encrypted)</source>
        <translation>Guardar uma cópia do documento (não ficará cifrada)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> e mais %Ln</numerusform>
            <numerusform> e mais %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) imported</source>
        <translation>
            <numerusform>%Ln família importada</numerusform>
            <numerusform>%Ln famílias importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n person(s).</source>
        <translation>
            <numerusform>, com %Ln pessoa.</numerusform>
            <numerusform>, com %Ln pessoas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case numbers: %1.</source>
        <translation>Números de processo: %1.</translation>
    </message>
    <message>
        <source>The families are now in the caseload.</source>
        <translation>As famílias já estão nos processos.</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) with errors left out.</source>
        <translation>
            <numerusform>%Ln família com erros ficou de fora.</numerusform>
            <numerusform>%Ln famílias com erros ficaram de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) with a possible duplicate left out.</source>
        <translation>
            <numerusform>%Ln família com um possível duplicado ficou de fora.</numerusform>
            <numerusform>%Ln famílias com um possível duplicado ficaram de fora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Case</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data de saída</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Pendente desde</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Possível duplicado</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar mesmo assim</translation>
    </message>
    <message>
        <source>A birth date known only to its year (or month) counts as the same as any date in that year (or month). Save anyway if this is someone else.</source>
        <translation>Uma data de nascimento conhecida só pelo ano (ou mês) conta como igual a qualquer data desse ano (ou mês). Guarde mesmo assim se for outra pessoa.</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Abrir o processo %1</translation>
    </message>
    <message>
        <source>Someone with the same name (in any script or spelling) and the same birth date is recorded in case %1.</source>
        <translation>Está registada no processo %1 uma pessoa com o mesmo nome (em qualquer escrita ou grafia) e a mesma data de nascimento.</translation>
    </message>
    <message>
        <source>This %1 is already recorded, in case %2: one number belongs to one person. Correct it, or open that case.</source>
        <translation>Este %1 já está registado, no processo %2: um número pertence a uma só pessoa. Corrija-o ou abra esse processo.</translation>
    </message>
    <message>
        <source>The same %1 is recorded in case %2 (children often travel on a parent&apos;s).</source>
        <translation>O mesmo %1 está registado no processo %2 (as crianças viajam muitas vezes com o de um dos pais).</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Your hosting entity</source>
        <translation>A sua entidade de acolhimento</translation>
    </message>
    <message>
        <source>Where the vault will live and whose it is.</source>
        <translation>Onde fica o cofre e a quem pertence.</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Nome da entidade</translation>
    </message>
    <message>
        <source>e.g. Associação de Acolhimento de Viseu</source>
        <translation>p. ex. Associação de Acolhimento de Viseu</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Pasta do cofre</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>&amp;Entity name</source>
        <translation>Nome da &amp;entidade</translation>
    </message>
    <message>
        <source>Vault &amp;folder</source>
        <translation>&amp;Pasta do cofre</translation>
    </message>
    <message>
        <source>Choose the vault&apos;s folder</source>
        <translation>Escolha a pasta do cofre</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Escolha uma pasta para o cofre.</translation>
    </message>
    <message>
        <source>This folder is not empty; choose a new or empty folder.</source>
        <translation>Esta pasta não está vazia; escolha uma pasta nova ou vazia.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The passphrase is not right; check Caps Lock and the keyboard layout and try again, or ask your coordinator to reset it.</source>
        <translation>A frase-passe não está certa; verifique a tecla Caps Lock e a disposição do teclado e tente de novo, ou peça ao(à) coordenador(a) que a reponha.</translation>
    </message>
    <message>
        <source>This recovery key is not right for this vault; compare it character by character with the printed key.</source>
        <translation>Esta chave de recuperação não é a deste cofre; compare-a, carácter a carácter, com a chave impressa.</translation>
    </message>
    <message>
        <source>This user is not known in this vault or was removed; check the name or ask your coordinator.</source>
        <translation>Este utilizador não existe neste cofre ou foi removido; verifique o nome ou fale com o(a) coordenador(a).</translation>
    </message>
    <message>
        <source>There is already a user with this name; choose another.</source>
        <translation>Já existe um utilizador com este nome; escolha outro.</translation>
    </message>
    <message>
        <source>This vault is open in another HostDesk window or command; close it there first.</source>
        <translation>Este cofre está aberto noutra janela ou comando do HostDesk; feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written to; move the vault to a folder you can write to, or ask your administrator for access.</source>
        <translation>Não é possível gravar na pasta do cofre; mova o cofre para uma pasta onde possa gravar, ou peça acesso ao administrador do sistema.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of HostDesk; update HostDesk to open it.</source>
        <translation>Este cofre foi criado por uma versão mais recente do HostDesk; atualize o HostDesk para o abrir.</translation>
    </message>
    <message>
        <source>There is no HostDesk vault in this folder; choose the vault&apos;s folder.</source>
        <translation>Esta pasta não contém nenhum cofre do HostDesk; escolha a pasta do cofre.</translation>
    </message>
    <message>
        <source>This folder has no vault header; choose the vault&apos;s folder, or restore the vault from a backup.</source>
        <translation>Esta pasta não tem o cabeçalho do cofre; escolha a pasta do cofre ou reponha o cofre a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The vault&apos;s header is damaged; restore the vault from a backup (the data are safe, but cannot be unlocked without it).</source>
        <translation>O cabeçalho do cofre está danificado; reponha o cofre a partir de uma cópia de segurança (os dados estão a salvo, mas não podem ser desbloqueados sem ele).</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or belongs to another vault; restore it from a backup.</source>
        <translation>A base de dados do cofre está danificada ou pertence a outro cofre; reponha-a a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The disk holding the vault is full; free some space, then save again (nothing already saved was lost).</source>
        <translation>O disco onde está o cofre está cheio; liberte algum espaço e volte a guardar (nada do que já estava guardado se perdeu).</translation>
    </message>
    <message>
        <source>The disk holding the vault could not be written; check it, then save again (nothing already saved was lost).</source>
        <translation>Não foi possível gravar no disco onde está o cofre; verifique-o e volte a guardar (nada do que já estava guardado se perdeu).</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was left behind.</source>
        <translation>A cópia de segurança foi cancelada; não ficou nada para trás.</translation>
    </message>
    <message>
        <source>This backup file is damaged, incomplete or not a HostDesk backup; use another copy.</source>
        <translation>Este ficheiro de cópia de segurança está danificado, incompleto ou não é do HostDesk; use outra cópia.</translation>
    </message>
    <message>
        <source>This family&apos;s file was anonymised; it can no longer be changed.</source>
        <translation>Este processo foi anonimizado; já não pode ser alterado.</translation>
    </message>
    <message>
        <source>A backup is only restored into an empty folder; choose a new folder.</source>
        <translation>Uma cópia de segurança só é reposta numa pasta vazia; escolha uma pasta nova.</translation>
    </message>
    <message>
        <source>This copy of HostDesk is incomplete: the file %1 it ships with is missing. This is a fault of the package, not of your data; install HostDesk from a complete package or tell whoever installed it.</source>
        <translation>Esta cópia do HostDesk está incompleta: falta o ficheiro %1, que devia vir com ela. A falha é do pacote, não dos seus dados; instale o HostDesk a partir de um pacote completo ou avise quem o instalou.</translation>
    </message>
    <message>
        <source>The passphrase is not right for %1; check Caps Lock and the keyboard layout and try again, or ask your coordinator to reset it.</source>
        <translation>A frase-passe de %1 não está certa; verifique a tecla Caps Lock e a disposição do teclado e tente de novo, ou peça ao(à) coordenador(a) que a reponha.</translation>
    </message>
    <message>
        <source>The passphrase is not right for %1; try again.</source>
        <translation>A frase-passe de %1 não está certa; tente de novo.</translation>
    </message>
    <message>
        <source>This session was opened with the recovery key; close it.</source>
        <translation>Esta sessão foi aberta com a chave de recuperação; feche-a.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this vault; check you have the latest key printed for it (a new one is made whenever a coordinator is removed).</source>
        <translation>Esta chave de recuperação não pertence a este cofre; confirme que tem a última chave impressa para ele (é feita uma nova sempre que um(a) coordenador(a) é removido(a)).</translation>
    </message>
    <message>
        <source>This vault has no recovery key at the moment (it was replaced when a coordinator was removed); a coordinator can make a new one.</source>
        <translation>Este cofre não tem de momento chave de recuperação (foi substituída quando um(a) coordenador(a) foi removido(a)); um(a) coordenador(a) pode criar uma nova.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this vault.</source>
        <translation>Esta chave de recuperação não pertence a este cofre.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; this one has %2. Check you copied all of it.</source>
        <translation>Uma chave de recuperação tem %1 letras e algarismos; esta tem %2. Confirme que a copiou toda.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has characters a recovery key never uses.</source>
        <translation>Isto não é uma chave de recuperação: tem caracteres que uma chave de recuperação nunca usa.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake; compare it character by character.</source>
        <translation>Esta chave de recuperação tem um erro de escrita; compare-a carácter a carácter.</translation>
    </message>
    <message>
        <source>This vault has several users (%1); say which one you are.</source>
        <translation>Este cofre tem vários utilizadores (%1); indique qual deles é o seu.</translation>
    </message>
    <message>
        <source>There is no user “%1” in this vault; the users are: %2.</source>
        <translation>Não existe nenhum utilizador “%1” neste cofre; os utilizadores são: %2.</translation>
    </message>
    <message>
        <source>The user %1 is no longer active in this vault.</source>
        <translation>O utilizador %1 já não está ativo neste cofre.</translation>
    </message>
    <message>
        <source>This user is no longer active in the vault; ask your coordinator.</source>
        <translation>Este utilizador já não está ativo no cofre; fale com o(a) coordenador(a).</translation>
    </message>
    <message>
        <source>There is already a user called %1; choose another name.</source>
        <translation>Já existe um utilizador chamado %1; escolha outro nome.</translation>
    </message>
    <message>
        <source>A vault needs at least one coordinator; add another coordinator first.</source>
        <translation>Um cofre precisa de pelo menos um(a) coordenador(a); acrescente primeiro outro(a) coordenador(a).</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another coordinator to remove your user.</source>
        <translation>Não pode remover-se a si próprio(a); peça a outro(a) coordenador(a) que remova o seu utilizador.</translation>
    </message>
    <message>
        <source>The vault is busy; try again when the current work has finished.</source>
        <translation>O cofre está ocupado; tente de novo quando o trabalho em curso terminar.</translation>
    </message>
    <message>
        <source>The vault is still in use elsewhere; close it there and try again.</source>
        <translation>O cofre ainda está em uso noutro lado; feche-o aí e tente de novo.</translation>
    </message>
    <message>
        <source>Only a coordinator can export the raw database key.</source>
        <translation>Só um(a) coordenador(a) pode exportar a chave da base de dados.</translation>
    </message>
    <message>
        <source>Only a coordinator can make a new recovery key.</source>
        <translation>Só um(a) coordenador(a) pode criar uma nova chave de recuperação.</translation>
    </message>
    <message>
        <source>Open the vault with a coordinator&apos;s passphrase to export the raw key.</source>
        <translation>Abra o cofre com a frase-passe de um(a) coordenador(a) para exportar a chave da base de dados.</translation>
    </message>
    <message>
        <source>Only a coordinator can add users.</source>
        <translation>Só um(a) coordenador(a) pode acrescentar utilizadores.</translation>
    </message>
    <message>
        <source>Only a coordinator can remove users.</source>
        <translation>Só um(a) coordenador(a) pode remover utilizadores.</translation>
    </message>
    <message>
        <source>Only a coordinator can reset passphrases.</source>
        <translation>Só um(a) coordenador(a) pode repor frases-passe.</translation>
    </message>
    <message>
        <source>Only a coordinator can read the audit log.</source>
        <translation>Só um(a) coordenador(a) pode ler o registo de auditoria.</translation>
    </message>
    <message>
        <source>Only a coordinator can submit monthly reports.</source>
        <translation>Só um(a) coordenador(a) pode submeter relatórios mensais.</translation>
    </message>
    <message>
        <source>Only a coordinator can set up sending to the NAIR.</source>
        <translation>Só um(a) coordenador(a) pode configurar o envio para o NAIR.</translation>
    </message>
    <message>
        <source>Only a coordinator can enroll the entity with the NAIR.</source>
        <translation>Só um(a) coordenador(a) pode inscrever a entidade no NAIR.</translation>
    </message>
    <message>
        <source>Only a coordinator can seal a refused report again.</source>
        <translation>Só um(a) coordenador(a) pode selar novamente um relatório recusado.</translation>
    </message>
    <message>
        <source>Only a coordinator can anonymise families.</source>
        <translation>Só um(a) coordenador(a) pode anonimizar famílias.</translation>
    </message>
    <message>
        <source>Only a coordinator can create the team.</source>
        <translation>Só um(a) coordenador(a) pode criar a equipa.</translation>
    </message>
    <message>
        <source>Only a coordinator can invite a device to the team.</source>
        <translation>Só um(a) coordenador(a) pode convidar um dispositivo para a equipa.</translation>
    </message>
    <message>
        <source>Only a coordinator can add a device to the team.</source>
        <translation>Só um(a) coordenador(a) pode acrescentar um dispositivo à equipa.</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke a device.</source>
        <translation>Só um(a) coordenador(a) pode revogar um dispositivo.</translation>
    </message>
    <message>
        <source>This invitation code is not one HostDesk made.</source>
        <translation>Este código de convite não foi feito pelo HostDesk.</translation>
    </message>
    <message>
        <source>This invitation code is incomplete.</source>
        <translation>Este código de convite está incompleto.</translation>
    </message>
    <message>
        <source>This invitation has expired (24 hours); make a new one.</source>
        <translation>Este convite expirou (24 horas); faça um novo.</translation>
    </message>
    <message>
        <source>This invitation was already used, or never made here.</source>
        <translation>Este convite já foi usado, ou nunca foi feito aqui.</translation>
    </message>
    <message>
        <source>The fingerprint read aloud does not match the device that asked to join; do not add it, and make a new invitation.</source>
        <translation>A impressão digital lida em voz alta não corresponde ao dispositivo que pediu para aderir; não o adicione e faça um novo convite.</translation>
    </message>
    <message>
        <source>This join request does not come from the invitation.</source>
        <translation>Este pedido de adesão não vem do convite.</translation>
    </message>
    <message>
        <source>This is not a HostDesk invitation.</source>
        <translation>Isto não é um convite do HostDesk.</translation>
    </message>
    <message>
        <source>This is not a HostDesk join request.</source>
        <translation>Isto não é um pedido de adesão do HostDesk.</translation>
    </message>
    <message>
        <source>This is not a HostDesk welcome file.</source>
        <translation>Isto não é um ficheiro de boas-vindas do HostDesk.</translation>
    </message>
    <message>
        <source>This invitation names no user.</source>
        <translation>Este convite não indica nenhum utilizador.</translation>
    </message>
    <message>
        <source>The device keys in this file are damaged.</source>
        <translation>As chaves de dispositivo deste ficheiro estão danificadas.</translation>
    </message>
    <message>
        <source>This welcome does not come from the invitation&apos;s team.</source>
        <translation>Estas boas-vindas não vêm da equipa do convite.</translation>
    </message>
    <message>
        <source>This welcome is for another device.</source>
        <translation>Estas boas-vindas são para outro dispositivo.</translation>
    </message>
    <message>
        <source>This welcome is incomplete; ask for a new invitation.</source>
        <translation>Estas boas-vindas estão incompletas; peça um novo convite.</translation>
    </message>
    <message>
        <source>This welcome is not for this laptop.</source>
        <translation>Estas boas-vindas não são para este portátil.</translation>
    </message>
    <message>
        <source>This device is already in the team.</source>
        <translation>Este dispositivo já está na equipa.</translation>
    </message>
    <message>
        <source>This vault is already in a team.</source>
        <translation>Este cofre já está numa equipa.</translation>
    </message>
    <message>
        <source>This vault is not in a team yet; create the team first.</source>
        <translation>Este cofre ainda não está numa equipa; crie primeiro a equipa.</translation>
    </message>
    <message>
        <source>There is no active user %1 in this vault.</source>
        <translation>Não há nenhum utilizador ativo %1 neste cofre.</translation>
    </message>
    <message>
        <source>This vault has a user called %1, and so does the team; a coordinator removes that user here first, then asks for a new invitation.</source>
        <translation>Este cofre tem um utilizador chamado %1, e a equipa também; um coordenador remove primeiro esse utilizador aqui e depois pede um novo convite.</translation>
    </message>
    <message>
        <source>This laptop has not asked to join with an invitation file; open the invitation file first.</source>
        <translation>Este portátil não pediu para aderir com um ficheiro de convite; abra primeiro o ficheiro de convite.</translation>
    </message>
    <message>
        <source>No laptop has answered this invitation on the hub yet.</source>
        <translation>Ainda nenhum portátil respondeu a este convite no hub.</translation>
    </message>
    <message>
        <source>There is no such device in this team.</source>
        <translation>Não existe esse dispositivo nesta equipa.</translation>
    </message>
    <message>
        <source>A device cannot revoke itself; revoke it from another one.</source>
        <translation>Um dispositivo não se pode revogar a si próprio; revogue-o a partir de outro.</translation>
    </message>
    <message>
        <source>This device was already revoked.</source>
        <translation>Este dispositivo já foi revogado.</translation>
    </message>
    <message>
        <source>Joining the team was cancelled.</source>
        <translation>A adesão à equipa foi cancelada.</translation>
    </message>
    <message>
        <source>The coordinator did not add this laptop in time; ask for a new invitation.</source>
        <translation>O coordenador não adicionou este portátil a tempo; peça um novo convite.</translation>
    </message>
    <message>
        <source>The rest of the team&apos;s welcome did not arrive in time; ask for a new invitation.</source>
        <translation>O resto das boas-vindas da equipa não chegou a tempo; peça um novo convite.</translation>
    </message>
    <message>
        <source>This is not a HostDesk team file.</source>
        <translation>Isto não é um ficheiro de equipa do HostDesk.</translation>
    </message>
    <message>
        <source>The team file was cut short.</source>
        <translation>O ficheiro de equipa está incompleto (foi cortado).</translation>
    </message>
    <message>
        <source>The team file&apos;s header is damaged.</source>
        <translation>O cabeçalho do ficheiro de equipa está danificado.</translation>
    </message>
    <message>
        <source>The team file was written in a format not known here.</source>
        <translation>O ficheiro de equipa foi escrito num formato que esta versão não conhece; atualize o HostDesk.</translation>
    </message>
    <message>
        <source>The team file is empty.</source>
        <translation>O ficheiro de equipa está vazio.</translation>
    </message>
    <message>
        <source>A change set is not signed by the device it names.</source>
        <translation>Um conjunto de alterações não está assinado pelo dispositivo que indica.</translation>
    </message>
    <message>
        <source>A change set is larger than HostDesk accepts.</source>
        <translation>Um conjunto de alterações é maior do que o HostDesk aceita.</translation>
    </message>
    <message>
        <source>This is not a HostDesk change set.</source>
        <translation>Isto não é um conjunto de alterações do HostDesk.</translation>
    </message>
    <message>
        <source>A change set&apos;s header is damaged.</source>
        <translation>O cabeçalho de um conjunto de alterações está danificado.</translation>
    </message>
    <message>
        <source>A change set was cut short.</source>
        <translation>Um conjunto de alterações está incompleto (foi cortado).</translation>
    </message>
    <message>
        <source>A parcel of a change set was altered or cut short.</source>
        <translation>Uma parcela de um conjunto de alterações foi alterada ou cortada.</translation>
    </message>
    <message>
        <source>This change set was written in a format HostDesk does not know.</source>
        <translation>Este conjunto de alterações foi escrito num formato que o HostDesk não conhece.</translation>
    </message>
    <message>
        <source>A parcel does not open: it was altered or damaged.</source>
        <translation>Uma parcela não abre: foi alterada ou está danificada.</translation>
    </message>
    <message>
        <source>A device&apos;s public keys are damaged.</source>
        <translation>As chaves públicas de um dispositivo estão danificadas.</translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1).</source>
        <translation>Não é possível contactar o hub (%1).</translation>
    </message>
    <message>
        <source>The hub answered %1.</source>
        <translation>O hub respondeu %1.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer was cut short.</source>
        <translation>A resposta do hub veio cortada.</translation>
    </message>
    <message>
        <source>This device is not registered with the hub.</source>
        <translation>Este dispositivo não está registado no hub.</translation>
    </message>
    <message>
        <source>This device was revoked by the team&apos;s coordinator.</source>
        <translation>Este dispositivo foi revogado pelo coordenador da equipa.</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s device may do this.</source>
        <translation>Só o dispositivo de um coordenador pode fazer isto.</translation>
    </message>
    <message>
        <source>The request is not signed by the key it names.</source>
        <translation>O pedido não está assinado pela chave que indica.</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not hold (or the clock is far off).</source>
        <translation>A assinatura do pedido não é válida (ou o relógio está muito desacertado).</translation>
    </message>
    <message>
        <source>This invitation was answered already.</source>
        <translation>Este convite já foi respondido.</translation>
    </message>
    <message>
        <source>No laptop has answered this invitation yet.</source>
        <translation>Ainda nenhum portátil respondeu a este convite.</translation>
    </message>
    <message>
        <source>This invitation has its welcome already.</source>
        <translation>Este convite já tem as suas boas-vindas.</translation>
    </message>
    <message>
        <source>No welcome for this invitation.</source>
        <translation>Não há boas-vindas para este convite.</translation>
    </message>
    <message>
        <source>The coordinator has not added this laptop yet.</source>
        <translation>O coordenador ainda não adicionou este portátil.</translation>
    </message>
    <message>
        <source>There is no vault in %1; check the folder name.</source>
        <translation>Não há nenhum cofre em %1; verifique o nome da pasta.</translation>
    </message>
    <message>
        <source>The vault %1 has a header but no database file (%2); restore the vault from a backup.</source>
        <translation>O cofre %1 tem cabeçalho mas não tem o ficheiro da base de dados (%2); reponha o cofre a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>There is already a vault in %1; open it, or choose an empty folder.</source>
        <translation>Já existe um cofre em %1; abra-o, ou escolha uma pasta vazia.</translation>
    </message>
    <message>
        <source>The folder %1 has no vault header (%2); if it is a vault, restore the header from a backup, otherwise choose the vault&apos;s folder.</source>
        <translation>A pasta %1 não tem o cabeçalho do cofre (%2); se for um cofre, reponha o cabeçalho a partir de uma cópia de segurança; caso contrário, escolha a pasta do cofre.</translation>
    </message>
    <message>
        <source>The vault header in %1 cannot be read; check the folder&apos;s permissions.</source>
        <translation>Não é possível ler o cabeçalho do cofre em %1; verifique as permissões da pasta.</translation>
    </message>
    <message>
        <source>The vault folder %1 cannot be written to; check it is not on a read-only disk and that you may write there.</source>
        <translation>Não é possível gravar na pasta do cofre %1; confirme que não está num disco só de leitura e que tem permissão para gravar lá.</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer HostDesk (format %2); update HostDesk to open it.</source>
        <translation>O cofre em %1 foi gravado por um HostDesk mais recente (formato %2); atualize o HostDesk para o abrir.</translation>
    </message>
    <message>
        <source>The vault %1 was made by a newer version of HostDesk; update HostDesk to open it.</source>
        <translation>O cofre %1 foi criado por uma versão mais recente do HostDesk; atualize o HostDesk para o abrir.</translation>
    </message>
    <message>
        <source>The vault %1 is open in another HostDesk window or command; close it there first.</source>
        <translation>O cofre %1 está aberto noutra janela ou comando do HostDesk; feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>The database %1 does not open with this vault&apos;s key: it is damaged or comes from another vault; restore it from a backup.</source>
        <translation>A base de dados %1 não abre com a chave deste cofre: está danificada ou vem de outro cofre; reponha-a a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>Could not copy the vault aside before upgrading it (%1); free some disk space and try again.</source>
        <translation>Não foi possível guardar uma cópia do cofre antes de o atualizar (%1); liberte espaço no disco e tente de novo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose an existing folder or disk.</source>
        <translation>A pasta %1 não existe; escolha uma pasta ou um disco que exista.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name so no backup is replaced.</source>
        <translation>O ficheiro %1 já existe; escolha outro nome para que nenhuma cópia de segurança seja substituída.</translation>
    </message>
    <message>
        <source>The vault&apos;s users kept changing during the backup; try again in a moment.</source>
        <translation>Os utilizadores do cofre mudaram várias vezes durante a cópia de segurança; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The header of the vault %1 changed identity; reopen it.</source>
        <translation>O cabeçalho do cofre %1 mudou de identidade; volte a abri-lo.</translation>
    </message>
    <message>
        <source>The database copy was not encrypted, so no backup was written.</source>
        <translation>A cópia da base de dados não estava cifrada, por isso não foi gravada nenhuma cópia de segurança.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>A cópia de segurança foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>The backup could not be made: the disk holding the vault %1 is full; free some space and try again.</source>
        <translation>Não foi possível fazer a cópia de segurança: o disco onde está o cofre %1 está cheio; liberte algum espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The backup could not be made: the disk holding the vault %1 failed to read or write; check the disk.</source>
        <translation>Não foi possível fazer a cópia de segurança: o disco onde está o cofre %1 falhou ao ler ou gravar; verifique o disco.</translation>
    </message>
    <message>
        <source>The backup could not be made (%1); try again.</source>
        <translation>Não foi possível fazer a cópia de segurança (%1); tente de novo.</translation>
    </message>
    <message>
        <source>There is no backup file %1; check its name.</source>
        <translation>Não existe o ficheiro de cópia de segurança %1; verifique o nome.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file; choose the file.</source>
        <translation>%1 é uma pasta, não um ficheiro de cópia de segurança; escolha o ficheiro.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read; check its permissions.</source>
        <translation>Não é possível ler o ficheiro de cópia de segurança %1; verifique as permissões.</translation>
    </message>
    <message>
        <source>The file %1 is not a HostDesk backup, or it is damaged or incomplete; use another copy of the backup.</source>
        <translation>O ficheiro %1 não é uma cópia de segurança do HostDesk, ou está danificado ou incompleto; use outra cópia.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer HostDesk (backup format %2); update HostDesk to restore it.</source>
        <translation>A cópia de segurança %1 foi feita por um HostDesk mais recente (formato %2); atualize o HostDesk para a repor.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>A reposição foi cancelada; nada foi reposto.</translation>
    </message>
    <message>
        <source>This backup has several users (%1); say which one you are.</source>
        <translation>Esta cópia de segurança tem vários utilizadores (%1); indique qual deles é o seu.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; restore into a new or empty folder so nothing in it is overwritten.</source>
        <translation>A pasta %1 não está vazia; reponha numa pasta nova ou vazia, para que nada do que lá está seja substituído.</translation>
    </message>
    <message>
        <source>The backup could not be restored into %1: the disk is full; free some space or choose another disk.</source>
        <translation>Não foi possível repor a cópia de segurança em %1: o disco está cheio; liberte algum espaço ou escolha outro disco.</translation>
    </message>
    <message>
        <source>The backup could not be restored into %1: you may not write there; choose another folder.</source>
        <translation>Não foi possível repor a cópia de segurança em %1: não tem permissão para gravar lá; escolha outra pasta.</translation>
    </message>
    <message>
        <source>The backup could not be restored into %1 (%2); check the disk.</source>
        <translation>Não foi possível repor a cópia de segurança em %1 (%2); verifique o disco.</translation>
    </message>
    <message>
        <source>There is no case %1 in this vault.</source>
        <translation>Não existe nenhum processo %1 neste cofre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>&quot;%1&quot; não é um mês; escreva-o como AAAA-MM, p. ex. 2026-11.</translation>
    </message>
    <message>
        <source>Case %1 has a programme length of %2 months; correct it in the case file, then build the monthly report again.</source>
        <translation>O processo %1 tem uma duração do programa de %2 meses; corrija-a no processo e volte a gerar o relatório mensal.</translation>
    </message>
    <message>
        <source>The report for %1 changed since this draft was built (it would now be revision %2); build it again.</source>
        <translation>O relatório de %1 mudou desde que este rascunho foi gerado (seria agora a revisão %2); gere-o de novo.</translation>
    </message>
    <message>
        <source>Nothing changed since revision %1 of %2 was submitted; there is nothing to correct.</source>
        <translation>Nada mudou desde que a revisão %1 de %2 foi submetida; não há nada a corrigir.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 was already submitted.</source>
        <translation>A revisão %1 de %2 já foi submetida.</translation>
    </message>
    <message>
        <source>There is no revision %1 of the report for %2.</source>
        <translation>Não existe a revisão %1 do relatório de %2.</translation>
    </message>
    <message>
        <source>%1 is not a web address; write it as https://server.example/path.</source>
        <translation>%1 não é um endereço web; escreva-o como https://servidor.exemplo/caminho.</translation>
    </message>
    <message>
        <source>Use an https:// address for the NAIR; plain http is only for a test service on this computer.</source>
        <translation>Use um endereço https:// para o NAIR; http simples é só para um serviço de teste neste computador.</translation>
    </message>
    <message>
        <source>The NAIR address must not have a ?query or #fragment; remove it.</source>
        <translation>O endereço do NAIR não pode ter ?consulta nem #fragmento; retire-os.</translation>
    </message>
    <message>
        <source>A different NAIR key is pinned already (%1); the new one is %2. Check the new fingerprint with the NAIR by phone, then confirm that the key is to be replaced.</source>
        <translation>Já está fixada outra chave do NAIR (%1); a nova é %2. Confirme a nova impressão digital com o NAIR por telefone e depois confirme que a chave deve ser substituída.</translation>
    </message>
    <message>
        <source>The NAIR key this bundle was sealed for is missing from the vault.</source>
        <translation>A chave do NAIR para a qual este pacote foi selado não está no cofre.</translation>
    </message>
    <message>
        <source>Give the NAIR&apos;s address to fetch its key from it.</source>
        <translation>Indique o endereço do NAIR para ir buscar a sua chave.</translation>
    </message>
    <message>
        <source>The NAIR at %1 could not be reached (%2); check the address and the network.</source>
        <translation>Não foi possível contactar o NAIR em %1 (%2); verifique o endereço e a rede.</translation>
    </message>
    <message>
        <source>The NAIR at %1 did not give its key (HTTP %2).</source>
        <translation>O NAIR em %1 não forneceu a sua chave (HTTP %2).</translation>
    </message>
    <message>
        <source>The answer of %1 is far larger than a NAIR key file; not read.</source>
        <translation>A resposta de %1 é muito maior do que um ficheiro de chave do NAIR; não foi lida.</translation>
    </message>
    <message>
        <source>This file is too large to be a NAIR public key file.</source>
        <translation>Este ficheiro é demasiado grande para ser um ficheiro de chave pública do NAIR.</translation>
    </message>
    <message>
        <source>This file is not a NAIR public key file (it is not JSON).</source>
        <translation>Este ficheiro não é um ficheiro de chave pública do NAIR (não é JSON).</translation>
    </message>
    <message>
        <source>This file is not a NAIR public key file (its JSON is too deep or big).</source>
        <translation>Este ficheiro não é um ficheiro de chave pública do NAIR (o seu JSON é demasiado profundo ou grande).</translation>
    </message>
    <message>
        <source>This file is not a NAIR public key file (%1).</source>
        <translation>Este ficheiro não é um ficheiro de chave pública do NAIR (%1).</translation>
    </message>
    <message>
        <source>This file is not a NAIR public key file.</source>
        <translation>Este ficheiro não é um ficheiro de chave pública do NAIR.</translation>
    </message>
    <message>
        <source>This NAIR public key file lacks its post-quantum keys.</source>
        <translation>A este ficheiro de chave pública do NAIR faltam as chaves pós-quânticas.</translation>
    </message>
    <message>
        <source>This NAIR public key file was altered: its keys do not match the fingerprint written in it.</source>
        <translation>Este ficheiro de chave pública do NAIR foi alterado: as suas chaves não correspondem à impressão digital nele escrita.</translation>
    </message>
    <message>
        <source>That bundle is not in the outbox; refresh the list.</source>
        <translation>Esse pacote não está na caixa de saída; atualize a lista.</translation>
    </message>
    <message>
        <source>There is no bundle for %1 in the outbox; `hostdesk sync status` lists them.</source>
        <translation>Não há nenhum pacote de %1 na caixa de saída; `hostdesk sync status` lista-os.</translation>
    </message>
    <message>
        <source>There is no bundle %1 in the outbox; `hostdesk sync status` lists them.</source>
        <translation>Não há nenhum pacote %1 na caixa de saída; `hostdesk sync status` lista-os.</translation>
    </message>
    <message>
        <source>Several bundles start with %1; give more of the id.</source>
        <translation>Vários pacotes começam por %1; indique mais caracteres do identificador.</translation>
    </message>
    <message>
        <source>This report is not sealed yet: set up the NAIR (pin its key) first.</source>
        <translation>Este relatório ainda não está selado: configure primeiro o NAIR (fixe a sua chave).</translation>
    </message>
    <message>
        <source>The report of this bundle is missing from the vault.</source>
        <translation>O relatório deste pacote não está no cofre.</translation>
    </message>
    <message>
        <source>Only a bundle the NAIR refused can be sealed again.</source>
        <translation>Só um pacote recusado pelo NAIR pode ser selado novamente.</translation>
    </message>
    <message>
        <source>The NAIR already holds revision %1 of %2; submit a new revision of the month (a correction) instead of sealing this one again.</source>
        <translation>O NAIR já tem a revisão %1 de %2; submeta uma nova revisão do mês (uma correção) em vez de selar esta novamente.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 already has a bundle on its way.</source>
        <translation>A revisão %1 de %2 já tem um pacote a caminho.</translation>
    </message>
    <message>
        <source>Set up the NAIR first (its key must be pinned).</source>
        <translation>Configure primeiro o NAIR (a sua chave tem de estar fixada).</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); choose another folder.</source>
        <translation>Não foi possível gravar %1 (%2); escolha outra pasta.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>Não foi possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>Não é possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>This receipt is for a bundle this vault did not send.</source>
        <translation>Este recibo é de um pacote que este cofre não enviou.</translation>
    </message>
    <message>
        <source>This receipt is for another bundle (%1…), not for %2…; choose the right file.</source>
        <translation>Este recibo é de outro pacote (%1…), não de %2…; escolha o ficheiro certo.</translation>
    </message>
    <message>
        <source>This receipt is for another bundle.</source>
        <translation>Este recibo é de outro pacote.</translation>
    </message>
    <message>
        <source>This receipt is for other bytes than the bundle sent (its SHA-256 differs).</source>
        <translation>Este recibo é de bytes diferentes dos do pacote enviado (o SHA-256 difere).</translation>
    </message>
    <message>
        <source>This file is too large to be a NAIR receipt.</source>
        <translation>Este ficheiro é demasiado grande para ser um recibo do NAIR.</translation>
    </message>
    <message>
        <source>This is not a NAIR receipt, or it is damaged.</source>
        <translation>Isto não é um recibo do NAIR, ou está danificado.</translation>
    </message>
    <message>
        <source>This receipt is not signed by the NAIR key pinned in this vault; it cannot count as delivery.</source>
        <translation>Este recibo não está assinado pela chave do NAIR fixada neste cofre; não pode contar como entrega.</translation>
    </message>
    <message>
        <source>There are no receipts (*%1) in %2.</source>
        <translation>Não há recibos (*%1) em %2.</translation>
    </message>
    <message>
        <source>The NAIR is not set up with an address: its receipts cannot be asked for.</source>
        <translation>O NAIR não está configurado com um endereço: não é possível pedir-lhe os recibos.</translation>
    </message>
    <message>
        <source>The NAIR&apos;s address is not set: its receipts cannot be asked for.</source>
        <translation>O endereço do NAIR não está definido: não é possível pedir-lhe os recibos.</translation>
    </message>
    <message>
        <source>The NAIR did not give this entity&apos;s receipts: %1</source>
        <translation>O NAIR não forneceu os recibos desta entidade: %1</translation>
    </message>
    <message>
        <source>The NAIR&apos;s list of receipts is damaged.</source>
        <translation>A lista de recibos do NAIR está danificada.</translation>
    </message>
    <message>
        <source>entry %1 is missing (next is %2)</source>
        <translation>falta a entrada %1 (a seguinte é a %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2</source>
        <translation>a entrada %1 não se segue à entrada %2</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>a entrada %1 foi alterada depois de escrita</translation>
    </message>
    <message>
        <source>the audit log is empty: it was deleted (a vault&apos;s log begins at its creation)</source>
        <translation>o registo de auditoria está vazio: foi apagado (o registo de um cofre começa na sua criação)</translation>
    </message>
    <message>
        <source>the audit log does not begin with the vault&apos;s creation (entry %1)</source>
        <translation>o registo de auditoria não começa na criação do cofre (entrada %1)</translation>
    </message>
    <message>
        <source>the database is under a key the audit log does not know: it was re-keyed outside HostDesk</source>
        <translation>a base de dados está sob uma chave que o registo de auditoria não conhece: a chave foi mudada fora do HostDesk</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing (the newest entries were deleted)</source>
        <translation>faltam as entradas %1 a %2 (as entradas mais recentes foram apagadas)</translation>
    </message>
    <message>
        <source>the entries from %1 on are missing (the newest entries were deleted)</source>
        <translation>faltam as entradas a partir da %1 (as entradas mais recentes foram apagadas)</translation>
    </message>
    <message>
        <source>rows are recorded for entry %1, which is not in the log (entries were deleted)</source>
        <translation>há registos guardados para a entrada %1, que não está no registo de auditoria (foram apagadas entradas)</translation>
    </message>
    <message>
        <source>the rows recorded for entry %1 were altered</source>
        <translation>os registos guardados para a entrada %1 foram alterados</translation>
    </message>
    <message>
        <source>the rows recorded for entry %1 were deleted</source>
        <translation>os registos guardados para a entrada %1 foram apagados</translation>
    </message>
    <message>
        <source>%1 %2 was added outside HostDesk (no entry covers it)</source>
        <translation>%1 %2: registo acrescentado fora do HostDesk (nenhuma entrada o cobre)</translation>
    </message>
    <message>
        <source>%1 %2 was deleted at entry %3 and is back</source>
        <translation>%1 %2: registo apagado na entrada %3 que voltou a aparecer</translation>
    </message>
    <message>
        <source>%1 %2 was changed outside HostDesk (after entry %3)</source>
        <translation>%1 %2: registo alterado fora do HostDesk (depois da entrada %3)</translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside HostDesk (after entry %3)</source>
        <translation>%1 %2: registo apagado fora do HostDesk (depois da entrada %3)</translation>
    </message>
    <message>
        <source>receipt %1 is for another entity</source>
        <translation>o recibo %1 é de outra entidade</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>recibo %1: %2</translation>
    </message>
    <message>
        <source>not signed by any NAIR key pinned in this vault</source>
        <translation>não está assinado por nenhuma chave do NAIR fixada neste cofre</translation>
    </message>
    <message>
        <source>the NAIR receipted entry %1 (%2 r%3, received %4); the chain no longer has it</source>
        <translation>o NAIR passou recibo da entrada %1 (%2 r%3, recebido a %4); a cadeia já não a tem</translation>
    </message>
    <message>
        <source>entry %1 differs from what the NAIR receipted (%2 r%3, received %4): the history before it was rewritten</source>
        <translation>a entrada %1 difere daquela de que o NAIR passou recibo (%2 r%3, recebido a %4): o histórico anterior foi reescrito</translation>
    </message>
    <message>
        <source>The NAIR did not answer in time; trying again later.</source>
        <translation>O NAIR não respondeu a tempo; volta a tentar-se mais tarde.</translation>
    </message>
    <message>
        <source>The NAIR could not be reached (%1); trying again later.</source>
        <translation>Não foi possível contactar o NAIR (%1); volta a tentar-se mais tarde.</translation>
    </message>
    <message>
        <source>The NAIR is busy (HTTP 429); trying again later.</source>
        <translation>O NAIR está ocupado (HTTP 429); volta a tentar-se mais tarde.</translation>
    </message>
    <message>
        <source>The NAIR had a problem (HTTP %1); trying again later.</source>
        <translation>O NAIR teve um problema (HTTP %1); volta a tentar-se mais tarde.</translation>
    </message>
    <message>
        <source>Unexpected answer from the NAIR (HTTP %1); check its address.</source>
        <translation>Resposta inesperada do NAIR (HTTP %1); verifique o endereço.</translation>
    </message>
    <message>
        <source>The NAIR&apos;s address answered HTTP %1, not the NAIR: check the address (and any proxy) in the set-up; it is tried again later.</source>
        <translation>O endereço do NAIR respondeu HTTP %1, mas não é o NAIR: verifique o endereço (e o proxy, se houver) na configuração; volta a tentar-se mais tarde.</translation>
    </message>
    <message>
        <source>The NAIR&apos;s answer was larger than a receipt can be; it was not read. Check the NAIR&apos;s address (and any proxy); it is tried again later.</source>
        <translation>A resposta do NAIR era maior do que um recibo pode ser; não foi lida. Verifique o endereço do NAIR (e o proxy, se houver); volta a tentar-se mais tarde.</translation>
    </message>
    <message>
        <source>The NAIR already holds other content under this bundle&apos;s id; seal the report again to send it as a new bundle.</source>
        <translation>O NAIR já tem outro conteúdo com o identificador deste pacote; sele novamente o relatório para o enviar como um pacote novo.</translation>
    </message>
    <message>
        <source>The NAIR already holds this revision of the month with other content; submit a new revision of the month (a correction): this one cannot be sent again.</source>
        <translation>O NAIR já tem esta revisão do mês com outro conteúdo; submeta uma nova revisão do mês (uma correção): esta não pode ser enviada de novo.</translation>
    </message>
    <message>
        <source>%1 already exists: this folder has a NAIR key; entities pinned it, so it is never replaced silently.</source>
        <translation>%1 já existe: esta pasta tem uma chave do NAIR; as entidades fixaram-na, por isso nunca é substituída sem aviso.</translation>
    </message>
    <message>
        <source>This NAIR key has its post-quantum keys already.</source>
        <translation>Esta chave do NAIR já tem as suas chaves pós-quânticas.</translation>
    </message>
    <message>
        <source>%1 does not exist: create the NAIR key first with hostdesk-nair init.</source>
        <translation>%1 não existe: crie primeiro a chave do NAIR com hostdesk-nair init.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a NAIR key file.</source>
        <translation>%1 está danificado ou não é um ficheiro de chave do NAIR.</translation>
    </message>
    <message>
        <source>The passphrase does not open the NAIR key (or its file was altered).</source>
        <translation>A frase-passe não abre a chave do NAIR (ou o seu ficheiro foi alterado).</translation>
    </message>
    <message>
        <source>%1 is damaged: its keys do not match its fingerprint.</source>
        <translation>%1 está danificado: as suas chaves não correspondem à sua impressão digital.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): run hostdesk-nair init.</source>
        <translation>Não é possível ler %1 (%2): corra hostdesk-nair init.</translation>
    </message>
    <message>
        <source>The entity %1 is registered with another key (%2); check the new fingerprint with the entity by phone, then register again with --replace.</source>
        <translation>A entidade %1 está registada com outra chave (%2); confirme a nova impressão digital com a entidade por telefone e depois registe-a de novo com --replace.</translation>
    </message>
    <message>
        <source>The enrollment&apos;s %1 is longer than %2 characters; ask the entity for a new enrollment file.</source>
        <translation>O campo %1 da inscrição tem mais de %2 caracteres; peça à entidade um novo ficheiro de inscrição.</translation>
    </message>
    <message>
        <source>This file is too large to be a HostDesk enrollment file.</source>
        <translation>Este ficheiro é demasiado grande para ser um ficheiro de inscrição do HostDesk.</translation>
    </message>
    <message>
        <source>This file is not a HostDesk enrollment file (it is not JSON).</source>
        <translation>Este ficheiro não é um ficheiro de inscrição do HostDesk (não é JSON).</translation>
    </message>
    <message>
        <source>This file is not a HostDesk enrollment file (its JSON is too deep or big).</source>
        <translation>Este ficheiro não é um ficheiro de inscrição do HostDesk (o seu JSON é demasiado profundo ou grande).</translation>
    </message>
    <message>
        <source>This file is not a HostDesk enrollment file (%1).</source>
        <translation>Este ficheiro não é um ficheiro de inscrição do HostDesk (%1).</translation>
    </message>
    <message>
        <source>This file is not a HostDesk enrollment file.</source>
        <translation>Este ficheiro não é um ficheiro de inscrição do HostDesk.</translation>
    </message>
    <message>
        <source>This HostDesk enrollment file was altered after it was signed.</source>
        <translation>Este ficheiro de inscrição do HostDesk foi alterado depois de assinado.</translation>
    </message>
    <message>
        <source>This HostDesk enrollment file has no entity id.</source>
        <translation>Este ficheiro de inscrição do HostDesk não tem identificador da entidade.</translation>
    </message>
    <message>
        <source>Cannot open the database (%1): check --db and that the server is running.</source>
        <translation>Não é possível abrir a base de dados (%1): verifique --db e se o servidor está a correr.</translation>
    </message>
    <message>
        <source>Cannot create the database file (%1): check --db and --data.</source>
        <translation>Não é possível criar o ficheiro da base de dados (%1): verifique --db e --data.</translation>
    </message>
    <message>
        <source>The database URL is not usable: write sqlite:///FILE or postgresql+psycopg://USER@HOST:PORT/DB.</source>
        <translation>O URL da base de dados não é utilizável: escreva sqlite:///FICHEIRO ou postgresql+psycopg://UTILIZADOR@ANFITRIÃO:PORTA/BD.</translation>
    </message>
    <message>
        <source>The database kept refusing the bundle; try again later.</source>
        <translation>A base de dados continuou a recusar o pacote; tente de novo mais tarde.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit from the programme</source>
        <translation>Saída do programa</translation>
    </message>
    <message>
        <source>The family&apos;s file is kept. After the retention period set by the coordinator it will be due for anonymisation.</source>
        <translation>O processo da família é conservado. Depois do prazo de conservação definido pelo(a) coordenador(a), ficará a aguardar anonimização.</translation>
    </message>
    <message>
        <source>Reason for the exit</source>
        <translation>Motivo da saída</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data de saída</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Moti&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>An exit cannot be recorded in the future.</source>
        <translation>A data de saída não pode ser futura.</translation>
    </message>
    <message>
        <source>The programme started on %1; the exit cannot be before.</source>
        <translation>O programa começou a %1; a saída não pode ser anterior.</translation>
    </message>
</context>
<context>
    <name>ExternalViewer</name>
    <message>
        <source>To open this document in another program, HostDesk puts an unencrypted copy in a private folder of yours:
%1

The copy is removed when you close the document&apos;s window (or, if HostDesk is stopped before that, the next time it starts). The other program may still keep a thumbnail of it, or its name in a list of recent files, outside HostDesk&apos;s control. Use this only on your entity&apos;s computer, and only when the document cannot be read here.</source>
        <translation>Para abrir este documento noutro programa, o HostDesk põe uma cópia não cifrada numa pasta privada sua:
%1

A cópia é apagada quando fechar a janela do documento (ou, se o HostDesk for interrompido antes disso, da próxima vez que arrancar). O outro programa pode ainda guardar uma miniatura dele, ou o seu nome numa lista de ficheiros recentes, fora do controlo do HostDesk. Use isto só no computador da sua entidade, e só quando o documento não puder ser lido aqui.</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Abrir noutro programa</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Abrir uma cópia</translation>
    </message>
</context>
<context>
    <name>FamilyDocuments</name>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>Farsi (Persian)</source>
        <translation>farsi (persa)</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>pastó</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrínia</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>Programme information sheet</source>
        <translation>Folha de informação sobre o programa</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto de consentimento</translation>
    </message>
    <message>
        <source>Integration plan</source>
        <translation>Plano de integração</translation>
    </message>
    <message>
        <source>no text yet</source>
        <translation>ainda sem texto</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>não revisto</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisto</translation>
    </message>
</context>
<context>
    <name>FamilyDocumentsDialog</name>
    <message>
        <source>Documents for the family</source>
        <translation>Documentos para a família</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Língua do documento</translation>
    </message>
    <message>
        <source>Add the &amp;Portuguese version after it</source>
        <translation>Juntar a versão em &amp;português a seguir</translation>
    </message>
    <message>
        <source>Whether the document can be printed</source>
        <translation>Se o documento pode ser impresso</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Pré-visualização do documento</translation>
    </message>
    <message>
        <source>A saved PDF is not encrypted: keep it as safe as the vault and delete it once it is handed over. Printing leaves a copy in the computer&apos;s print queue for a while.</source>
        <translation>Um PDF guardado não está cifrado: guarde-o com o mesmo cuidado que o cofre e apague-o depois de o entregar. A impressão deixa uma cópia na fila de impressão do computador durante algum tempo.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>A preparar o documento…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), ready to save or print.</source>
        <translation>
            <numerusform>%Ln página, pronta a guardar ou imprimir.</numerusform>
            <numerusform>%Ln páginas, prontas a guardar ou imprimir.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no text of this document in %1 yet, so it cannot be printed in that language. A coordinator can add one in Settings › Family documents.</source>
        <translation>Ainda não há texto deste documento em %1, por isso não pode ser impresso nessa língua. Um coordenador pode acrescentá-lo em Definições › Documentos para as famílias.</translation>
    </message>
    <message>
        <source>The text of this document in %1 has not been reviewed yet. It prints only after a coordinator has had it checked by someone who reads the language and marked it reviewed (Settings › Family documents).</source>
        <translation>O texto deste documento em %1 ainda não foi revisto. Só é impresso depois de um coordenador o mandar verificar por alguém que lê a língua e o marcar como revisto (Definições › Documentos para as famílias).</translation>
    </message>
    <message>
        <source>The document could not be made; see the log for the kind of error.</source>
        <translation>Não foi possível fazer o documento; veja no registo o tipo de erro.</translation>
    </message>
    <message>
        <source>Save the document (not encrypted)</source>
        <translation>Guardar o documento (não cifrado)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written there; choose another folder.</source>
        <translation>Não foi possível gravar o ficheiro aí; escolha outra pasta.</translation>
    </message>
    <message>
        <source>Saved as %1. The file is not encrypted.</source>
        <translation>Guardado como %1. O ficheiro não está cifrado.</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <source>New family</source>
        <translation>Nova família</translation>
    </message>
    <message>
        <source>Arrival channel</source>
        <translation>Via de chegada</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Tipo de processo</translation>
    </message>
    <message>
        <source>NAIR reference</source>
        <translation>Referência NAIR</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Município</translation>
    </message>
    <message>
        <source>Arrival in Portugal</source>
        <translation>Chegada a Portugal</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Início do programa</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Programme length in months</source>
        <translation>Duração do programa em meses</translation>
    </message>
    <message>
        <source>18 months in the standard programme, 24 for PAR-Famílias; extensions happen.</source>
        <translation>18 meses no programa normal, 24 no PAR-Famílias; pode haver prorrogações.</translation>
    </message>
    <message>
        <source>Assigned social worker</source>
        <translation>Técnico/a responsável</translation>
    </message>
    <message>
        <source>Who follows the family; a coordinator can change it later</source>
        <translation>Quem acompanha a família; um/a coordenador/a pode alterá-lo mais tarde</translation>
    </message>
    <message>
        <source>Arrival &amp;channel</source>
        <translation>&amp;Via de chegada</translation>
    </message>
    <message>
        <source>Case &amp;type</source>
        <translation>&amp;Tipo de processo</translation>
    </message>
    <message>
        <source>NAIR &amp;reference</source>
        <translation>Re&amp;ferência NAIR</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>M&amp;unicípio</translation>
    </message>
    <message>
        <source>Assigned &amp;worker</source>
        <translation>&amp;Técnico/a responsável</translation>
    </message>
    <message>
        <source>&amp;Arrival in Portugal</source>
        <translation>&amp;Chegada a Portugal</translation>
    </message>
    <message>
        <source>Programme &amp;start</source>
        <translation>&amp;Início do programa</translation>
    </message>
    <message>
        <source>Programme &amp;length</source>
        <translation>&amp;Duração do programa</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Other members of the household</source>
        <translation>Outros membros do agregado familiar</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Outros membros</translation>
    </message>
    <message>
        <source>A&amp;dd member…</source>
        <translation>Adicionar mem&amp;bro…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Alterar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Reason for this programme length</source>
        <translation>Motivo desta duração do programa</translation>
    </message>
    <message>
        <source>Needed for a length other than the standard one</source>
        <translation>Necessário para uma duração diferente da habitual</translation>
    </message>
    <message>
        <source>Reason for the len&amp;gth</source>
        <translation>Moti&amp;vo da duração</translation>
    </message>
    <message>
        <source>Give the reason for this length: 24 months are for PAR members hosting a family with children; any other length than the channel&apos;s needs one too.</source>
        <translation>Indique o motivo desta duração: os 24 meses são para membros da PAR que acolhem uma família com crianças; qualquer duração diferente da habitual da via de chegada também precisa de motivo.</translation>
    </message>
</context>
<context>
    <name>FamilyHeader</name>
    <message>
        <source>Head of family</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Head of family in the original script</source>
        <translation>Titular na escrita original</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Programme progress</source>
        <translation>Progresso no programa</translation>
    </message>
    <message>
        <source>Residence permit (ARP)</source>
        <translation>Autorização de residência (ARP)</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas em aberto</translation>
    </message>
    <message>
        <source>Exit from the programme</source>
        <translation>Saída do programa</translation>
    </message>
    <message>
        <source>Record e&amp;xit…</source>
        <translation>Registar &amp;saída…</translation>
    </message>
    <message>
        <source>The family leaves the programme; its file is kept</source>
        <translation>A família sai do programa; o processo é conservado</translation>
    </message>
    <message>
        <source>Who follows this family</source>
        <translation>Quem acompanha esta família</translation>
    </message>
    <message>
        <source>&amp;Worker…</source>
        <translation>&amp;Técnico/a…</translation>
    </message>
    <message>
        <source>Give the family to another worker, or share it with one (coordinator)</source>
        <translation>Passar a família para outro/a técnico/a ou partilhá-la (coordenador/a)</translation>
    </message>
    <message>
        <source>(no head of family)</source>
        <translation>(sem titular)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Processo %1</translation>
    </message>
    <message>
        <source>NAIR %1</source>
        <translation>NAIR %1</translation>
    </message>
    <message>
        <source>starts on %1</source>
        <translation>começa a %1</translation>
    </message>
    <message>
        <source>month %1 of %2</source>
        <translation>mês %1 de %2</translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation>termina a %1</translation>
    </message>
    <message>
        <source>Anonymised on %1: names, identifiers and notes were removed</source>
        <translation>Anonimizada a %1: os nomes, identificadores e notas foram removidos</translation>
    </message>
    <message>
        <source>Left on %1 (%2)</source>
        <translation>Saiu a %1 (%2)</translation>
    </message>
    <message>
        <source>Change e&amp;xit…</source>
        <translation>Alterar &amp;saída…</translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation>sem técnico/a atribuído/a</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Técnico/a: %1</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>também %1</translation>
    </message>
    <message>
        <source>ARP: no expiry date recorded</source>
        <translation>ARP: sem data de validade registada</translation>
    </message>
    <message>
        <source>ARP of %1 expired on %2</source>
        <translation>ARP de %1 caducou a %2</translation>
    </message>
    <message>
        <source>ARP: next expiry %2 (%1)</source>
        <translation>ARP: a próxima caduca a %2 (%1)</translation>
    </message>
    <message>
        <source>ARP of %1 expires on %2</source>
        <translation>ARP de %1 caduca a %2</translation>
    </message>
    <message>
        <source>The protection of %1 as a young adult ends on %2: arrange the support that follows</source>
        <translation>A proteção de %1 como jovem adulto termina a %2: prepare o apoio seguinte</translation>
    </message>
    <message>
        <source>A visit is due since %2</source>
        <translation>Visita em atraso desde %2</translation>
    </message>
    <message>
        <source>%1 is of school age and not enrolled in a school</source>
        <translation>%1 está em idade escolar e sem matrícula numa escola</translation>
    </message>
    <message>
        <source>%1 has no Portuguese course yet</source>
        <translation>%1 ainda não tem curso de português</translation>
    </message>
    <message>
        <source>Referral to %3 not answered (answer due %2)</source>
        <translation>Encaminhamento para %3 sem resposta (prazo: %2)</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Sem alertas em aberto.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the Today screen</source>
        <translation>
            <numerusform>e mais %Ln no ecrã Hoje</numerusform>
            <numerusform>e mais %Ln no ecrã Hoje</numerusform>
        </translation>
    </message>
    <message>
        <source>1 follow-up task overdue</source>
        <translation>1 tarefa de seguimento em atraso</translation>
    </message>
    <message>
        <source>%1 follow-up tasks overdue</source>
        <translation>%1 tarefas de seguimento em atraso</translation>
    </message>
    <message>
        <source>ISS &amp;transition…</source>
        <translation>&amp;Transição ISS…</translation>
    </message>
    <message>
        <source>Record the ISS meeting of the programme&apos;s last months</source>
        <translation>Registar a reunião com o ISS dos últimos meses do programa</translation>
    </message>
    <message>
        <source>No programme clock for this arrival channel (support since %1)</source>
        <translation>Sem contagem do programa para esta via de chegada (apoio desde %1)</translation>
    </message>
    <message>
        <source>No programme clock until the entity confirms this channel&apos;s rules</source>
        <translation>Sem contagem do programa até a entidade confirmar as regras desta via de chegada</translation>
    </message>
    <message>
        <source>The programme ends on %2</source>
        <translation>O programa termina a %2</translation>
    </message>
    <message>
        <source>ISS transition: the programme ends on %2; record the ISS meeting</source>
        <translation>Transição ISS: o programa termina a %2; registe a reunião com o ISS</translation>
    </message>
    <message>
        <source>%1 has no residence permit recorded</source>
        <translation>%1 não tem autorização de residência registada</translation>
    </message>
    <message>
        <source>Permit renewal appointment of %1 on %2</source>
        <translation>Renovação da autorização de %1 marcada para %2</translation>
    </message>
    <message>
        <source>%1 (unaccompanied minor) turns 18 on %2</source>
        <translation>%1 (menor não acompanhado) faz 18 anos a %2</translation>
    </message>
    <message>
        <source>%1 is a young adult since %2: review the support</source>
        <translation>%1 é jovem adulto desde %2: reveja o apoio</translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>terminou há %Ln dia</numerusform>
            <numerusform>terminou há %Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>ended on %1</source>
        <translation>terminou a %1</translation>
    </message>
    <message numerus="yes">
        <source>The programme ended on %2, %n day(s) ago: record the exit or an extension</source>
        <translation>
            <numerusform>O programa terminou a %2, há %Ln dia: registe a saída ou o prolongamento</numerusform>
            <numerusform>O programa terminou a %2, há %Ln dias: registe a saída ou o prolongamento</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Eliminar processo…</translation>
    </message>
    <message>
        <source>Only for a case created by mistake and never sent to the NAIR</source>
        <translation>Só para um processo criado por engano e nunca enviado ao NAIR</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Juntar com…</translation>
    </message>
    <message>
        <source>One family recorded in two cases: make them one</source>
        <translation>Uma família registada em dois processos: juntá-los num só</translation>
    </message>
</context>
<context>
    <name>FamilyReport</name>
    <message>
        <source>Where reports are saved</source>
        <translation>Onde se guardam os relatórios</translation>
    </message>
    <message>
        <source>Choose once the folder where HostDesk saves progress reports; it remembers it.

Reports saved there are ordinary PDF files, not encrypted like the vault: anyone who can open that folder can read them. Prefer a folder only you use, on this computer; avoid folders copied to a cloud (on Windows, Documents and Desktop often are).</source>
        <translation>Escolha uma vez a pasta onde o HostDesk guarda os relatórios de acompanhamento; ele lembra-se dela.

Os relatórios guardados aí são ficheiros PDF comuns, não cifrados como o cofre: quem puder abrir essa pasta pode lê-los. Prefira uma pasta só sua, neste computador; evite pastas copiadas para uma nuvem (no Windows, os Documentos e o Ambiente de trabalho muitas vezes são).</translation>
    </message>
    <message>
        <source>Choose the folder for reports</source>
        <translation>Escolha a pasta dos relatórios</translation>
    </message>
    <message>
        <source>Progress report saved</source>
        <translation>Relatório de acompanhamento guardado</translation>
    </message>
    <message>
        <source>The progress report was saved as:
%1</source>
        <translation>O relatório de acompanhamento foi guardado em:
%1</translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it, and send it, with care.</source>
        <translation>O ficheiro não está cifrado: guarde-o e envie-o com cuidado.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>The report could not be written in the reports folder; check that it still exists and that you may write there.</source>
        <translation>Não foi possível escrever o relatório na pasta dos relatórios; verifique se ainda existe e se pode escrever nela.</translation>
    </message>
    <message>
        <source>The report could not be made; see the log for the kind of error.</source>
        <translation>Não foi possível fazer o relatório; veja no registo o tipo de erro.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Relatório de acompanhamento</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Relatório de acompanhamento %1</translation>
    </message>
</context>
<context>
    <name>FamilyTexts</name>
    <message>
        <source>An unchecked consent text is not informed consent. Mark a text reviewed only after someone who reads the language well has compared it, line by line, with the Portuguese text; the review is recorded with your name and the time.</source>
        <translation>Um texto de consentimento que ninguém verificou não é consentimento informado. Marque um texto como revisto só depois de alguém que lê bem a língua o ter comparado, linha a linha, com o texto em português; a revisão fica registada com o seu nome e a hora.</translation>
    </message>
    <message>
        <source>The text is not written in its language&apos;s script.</source>
        <translation>O texto não está escrito no alfabeto da sua língua.</translation>
    </message>
    <message>
        <source>This is another language&apos;s text, not a translation.</source>
        <translation>Este é o texto de outra língua, não uma tradução.</translation>
    </message>
</context>
<context>
    <name>FamilyTextsDialog</name>
    <message>
        <source>Family documents: texts and translations</source>
        <translation>Documentos para as famílias: textos e traduções</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Texts and their review state</source>
        <translation>Textos e o estado da sua revisão</translation>
    </message>
    <message>
        <source>The text, as printed</source>
        <translation>O texto, tal como é impresso</translation>
    </message>
    <message>
        <source>No text yet in this language: paste a translation here, with its header, and save it.</source>
        <translation>Ainda sem texto nesta língua: cole aqui uma tradução, com o seu cabeçalho, e guarde-a.</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>&amp;Marcar como revisto…</translation>
    </message>
    <message>
        <source>&amp;Withdraw review</source>
        <translation>&amp;Retirar a revisão</translation>
    </message>
    <message>
        <source>Save &amp;correction</source>
        <translation>Guardar a &amp;correção</translation>
    </message>
    <message>
        <source>Back to the &amp;shipped text</source>
        <translation>Voltar ao texto &amp;original</translation>
    </message>
    <message>
        <source>Contacts printed on the documents</source>
        <translation>Contactos impressos nos documentos</translation>
    </message>
    <message>
        <source>Address (if not the entity&apos;s)</source>
        <translation>Morada (se não for a da entidade)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>Contacto para a proteção de dados</translation>
    </message>
    <message>
        <source>Save c&amp;ontacts</source>
        <translation>Guardar os c&amp;ontactos</translation>
    </message>
    <message>
        <source>reviewed by the HostDesk project</source>
        <translation>revisto pelo projeto HostDesk</translation>
    </message>
    <message>
        <source>reviewed by %1 on %2</source>
        <translation>revisto por %1 em %2</translation>
    </message>
    <message>
        <source>corrected by the entity</source>
        <translation>corrigido pela entidade</translation>
    </message>
    <message>
        <source>Mark the %1 text of “%2” as reviewed?</source>
        <translation>Marcar o texto em %1 de “%2” como revisto?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The change could not be saved; see the log for the kind of error.</source>
        <translation>Não foi possível guardar a alteração; veja no registo o tipo de erro.</translation>
    </message>
    <message>
        <source>The contacts could not be saved.</source>
        <translation>Não foi possível guardar os contactos.</translation>
    </message>
    <message>
        <source>Contacts saved.</source>
        <translation>Contactos guardados.</translation>
    </message>
</context>
<context>
    <name>FamilyWorkspace</name>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Habitação</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emprego</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Apoio mensal</translation>
    </message>
    <message>
        <source>Case file sections</source>
        <translation>Secções do processo</translation>
    </message>
    <message>
        <source>This file was anonymised on %1; it can no longer be changed.</source>
        <translation>Este processo foi anonimizado em %1; já não pode ser alterado.</translation>
    </message>
    <message>
        <source>Documents for the famil&amp;y…</source>
        <translation>Documentos para a famíl&amp;ia…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Cases merged</source>
        <translation>Processos juntos</translation>
    </message>
    <message>
        <source>Monthly reports already sent to the NAIR named case %1. Build the report of %2 again in Reports and submit it: it goes as a correction.</source>
        <translation>Relatórios mensais já enviados ao NAIR incluíam o processo %1. Volte a gerar o relatório de %2 em Relatórios e submeta-o: segue como correção.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheet file</source>
        <translation>Ficheiro da folha de cálculo</translation>
    </message>
    <message>
        <source>A .csv, .xlsx, .ods or .xls file</source>
        <translation>Um ficheiro .csv, .xlsx, .ods ou .xls</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>A ler o ficheiro</translation>
    </message>
    <message>
        <source>Import families from a spreadsheet</source>
        <translation>Importar famílias de uma folha de cálculo</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel (.xlsx, .xls) or OpenDocument (.ods) file with one row per person. Rows with the same household key (a case number or family id) become one family. You will match the columns and see every row checked before anything is saved; then every family is saved, or none.</source>
        <translation>Escolha um ficheiro CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods) com uma linha por pessoa. As linhas com a mesma chave de agregado (um número de processo ou de família) formam uma família. Vai fazer corresponder as colunas e ver cada linha verificada antes de se guardar o que quer que seja; depois guardam-se todas as famílias, ou nenhuma.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xls *.ods *.txt);;All files (*)</source>
        <translation>Folhas de cálculo (*.csv *.xlsx *.xls *.ods *.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Escolha a folha de cálculo</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>HostDesk — first run</source>
        <translation>HostDesk — primeira utilização</translation>
    </message>
    <message>
        <source>The vault could not be created; see the log.</source>
        <translation>Não foi possível criar o cofre; consulte o registo.</translation>
    </message>
</context>
<context>
    <name>ForgottenPassphraseDialog</name>
    <message>
        <source>Forgotten passphrase</source>
        <translation>Frase-passe esquecida</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the vault was created (the coordinator keeps it), then choose a new passphrase. Nothing else changes.</source>
        <translation>Escreva a chave de recuperação impressa quando o cofre foi criado (o(a) coordenador(a) guarda-a) e escolha uma nova frase-passe. Nada mais muda.</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Chave de recuperação</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilizador</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Repor frase-passe</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>The change could not be saved; nothing you typed was lost. Try again.</source>
        <translation>Não foi possível guardar a alteração; nada do que escreveu se perdeu. Tente novamente.</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>Estado do formulário</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Correct the fields marked in red; nothing you typed was lost.</source>
        <translation>Corrija os campos assinalados a vermelho; nada do que escreveu se perdeu.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações por guardar</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Save them before closing?</source>
        <translation>Este formulário tem alterações por guardar. Guardá-las antes de fechar?</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Cases (caseload)</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>A family&apos;s file</source>
        <translation>O processo de uma família</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Sending to the NAIR</source>
        <translation>Enviar ao NAIR</translation>
    </message>
    <message>
        <source>Settings, users and backups</source>
        <translation>Definições, utilizadores e cópias de segurança</translation>
    </message>
    <message>
        <source>Importing a spreadsheet</source>
        <translation>Importar uma folha de cálculo</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Proteção de dados</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>HostDesk guide</source>
        <translation>Guia do HostDesk</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Temas do guia</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página do guia</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand a caseload over</source>
        <translation>Passar os casos</translation>
    </message>
    <message numerus="yes">
        <source>%1 follows %n family(ies). They all go to the worker chosen here.</source>
        <translation>
            <numerusform>%1 acompanha %Ln família. Passa para o/a técnico/a escolhido/a aqui.</numerusform>
            <numerusform>%1 acompanha %Ln famílias. Todas passam para o/a técnico/a escolhido/a aqui.</numerusform>
        </translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>Novo/a técnico/a</translation>
    </message>
    <message>
        <source>Note for the new worker</source>
        <translation>Nota para o/a novo/a técnico/a</translation>
    </message>
    <message>
        <source>What the next worker should know: agreed visits, pending matters…</source>
        <translation>O que o/a próximo/a técnico/a deve saber: visitas combinadas, assuntos pendentes…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Passar</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <source>Column %1: does &quot;M&quot; mean Masculino (male) or Mulher (female)? Rows %2.</source>
        <translation>Coluna %1: o &quot;M&quot; quer dizer Masculino ou Mulher? Linhas %2.</translation>
    </message>
    <message>
        <source>Column %1: &quot;%3&quot; names more than one country. Which one is it? Rows %2.</source>
        <translation>Coluna %1: &quot;%3&quot; designa mais de um país. Qual é? Linhas %2.</translation>
    </message>
    <message>
        <source>Column %1: &quot;%3&quot; is not an arrival channel (people of every channel may have it), and the channel decides the programme&apos;s rules. Which channel? Rows %2.</source>
        <translation>Coluna %1: &quot;%3&quot; não é uma via de chegada (pessoas de qualquer via o podem ter), e a via decide as regras do programa. Qual é a via? Linhas %2.</translation>
    </message>
    <message>
        <source>Male (M is Masculino)</source>
        <translation>Masculino (M de Masculino)</translation>
    </message>
    <message>
        <source>Female (M is Mulher)</source>
        <translation>Feminino (M de Mulher)</translation>
    </message>
    <message>
        <source>Questions about the file</source>
        <translation>Perguntas sobre o ficheiro</translation>
    </message>
    <message>
        <source>Leave these columns out: their data are not imported</source>
        <translation>Deixar estas colunas de fora: os seus dados não são importados</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 linhas</translation>
    </message>
    <message>
        <source>Columns with data that are not imported: %1.</source>
        <translation>Colunas com dados que não são importadas: %1.</translation>
    </message>
    <message>
        <source>The letters of this file read as names in two ways. Which reading is right? Rows %1.</source>
        <translation>As letras deste ficheiro leem-se como nomes de duas maneiras. Qual é a leitura certa? Linhas %1.</translation>
    </message>
    <message>
        <source>Windows (Excel for Windows)</source>
        <translation>Windows (Excel para Windows)</translation>
    </message>
    <message>
        <source>Mac (Excel for Mac)</source>
        <translation>Mac (Excel para Mac)</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Ler como %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Household (case or family key)</source>
        <translation>Agregado (processo ou chave da família)</translation>
    </message>
    <message>
        <source>Head of family (yes/no)</source>
        <translation>Titular (sim/não)</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>Parentesco com o titular</translation>
    </message>
    <message>
        <source>Name (or first names) in Latin letters</source>
        <translation>Nome (ou nomes próprios) em carateres latinos</translation>
    </message>
    <message>
        <source>Surname(s), joined after the name</source>
        <translation>Apelido(s), juntos a seguir ao nome</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>Nome na escrita original</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>NISS</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>SNS user number</source>
        <translation>Número de utente do SNS</translation>
    </message>
    <message>
        <source>Citizen Card number</source>
        <translation>Número do Cartão de Cidadão</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de passaporte</translation>
    </message>
    <message>
        <source>Arrival in Portugal</source>
        <translation>Chegada a Portugal</translation>
    </message>
    <message>
        <source>Arrival channel</source>
        <translation>Via de chegada</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Início do programa</translation>
    </message>
    <message>
        <source>Programme length (months)</source>
        <translation>Duração do programa (meses)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Município</translation>
    </message>
    <message>
        <source>NAIR reference</source>
        <translation>Referência NAIR</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Address (the family&apos;s housing)</source>
        <translation>Morada (a habitação da família)</translation>
    </message>
    <message>
        <source>Notes (a note in the timeline)</source>
        <translation>Observações (uma nota no histórico)</translation>
    </message>
    <message>
        <source>Two columns are set to “%1”; keep one.</source>
        <translation>Há duas colunas definidas como “%1”; mantenha só uma.</translation>
    </message>
    <message>
        <source>No column is set to “%1”; every family needs it.</source>
        <translation>Nenhuma coluna está definida como “%1”; todas as famílias precisam deste campo.</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importar de uma folha de cálculo</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seguinte &gt;</translation>
    </message>
    <message>
        <source>&amp;Check the rows &gt;</source>
        <translation>&amp;Verificar as linhas &gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n family(ies)</source>
        <translation>
            <numerusform>&amp;Importar %Ln família</numerusform>
            <numerusform>&amp;Importar %Ln famílias</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Choose how the file&apos;s letters are read (above).</source>
        <translation>Escolha como se leem as letras do ficheiro (acima).</translation>
    </message>
    <message>
        <source>Answer the questions above, or import only the families without errors.</source>
        <translation>Responda às perguntas acima, ou importe só as famílias sem erros.</translation>
    </message>
    <message>
        <source>Confirm above that the columns not imported may be left out.</source>
        <translation>Confirme acima que as colunas não importadas podem ficar de fora.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved. Try again.</source>
        <translation>Algo correu mal; nada foi guardado. Tente novamente.</translation>
    </message>
    <message>
        <source>%1 of %2 families</source>
        <translation>%1 de %2 famílias</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop to the team</source>
        <translation>Convidar um portátil para a equipa</translation>
    </message>
    <message>
        <source>The user the laptop is for</source>
        <translation>O utilizador a quem se destina o portátil</translation>
    </message>
    <message>
        <source>Create invitation</source>
        <translation>Criar convite</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código do convite</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Impressão digital deste dispositivo</translation>
    </message>
    <message>
        <source>Save invitation file…</source>
        <translation>Guardar ficheiro do convite…</translation>
    </message>
    <message>
        <source>1. The invitation</source>
        <translation>1. O convite</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>2. The laptop that answered</source>
        <translation>2. O portátil que respondeu</translation>
    </message>
    <message>
        <source>Look on the hub</source>
        <translation>Procurar no hub</translation>
    </message>
    <message>
        <source>Open a join request file…</source>
        <translation>Abrir um ficheiro de pedido de adesão…</translation>
    </message>
    <message>
        <source>The new laptop&apos;s fingerprint</source>
        <translation>Impressão digital do novo portátil</translation>
    </message>
    <message>
        <source>Its user read me this fingerprint and it matches</source>
        <translation>O utilizador leu-me esta impressão digital e coincide</translation>
    </message>
    <message>
        <source>Add the laptop</source>
        <translation>Adicionar o portátil</translation>
    </message>
    <message>
        <source>One use, valid until %1.</source>
        <translation>Uma utilização, válido até %1.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Guardar o convite</translation>
    </message>
    <message>
        <source>No laptop has answered on the hub yet.</source>
        <translation>Ainda nenhum portátil respondeu no hub.</translation>
    </message>
    <message>
        <source>%1 asked to join, for %2.</source>
        <translation>%1 pediu para entrar, para %2.</translation>
    </message>
    <message>
        <source>Open the join request</source>
        <translation>Abrir o pedido de adesão</translation>
    </message>
    <message>
        <source>A join request from a file.</source>
        <translation>Um pedido de adesão de um ficheiro.</translation>
    </message>
    <message>
        <source>The laptop was added; it receives its welcome from the hub.</source>
        <translation>O portátil foi adicionado; recebe as boas-vindas através do hub.</translation>
    </message>
    <message>
        <source>Save the welcome for the laptop</source>
        <translation>Guardar as boas-vindas para o portátil</translation>
    </message>
    <message>
        <source>The laptop was added; give it the welcome file.</source>
        <translation>O portátil foi adicionado; entregue-lhe o ficheiro de boas-vindas.</translation>
    </message>
    <message>
        <source>Adding the laptop: its families go to the hub (part %1 of %2)…</source>
        <translation>A adicionar o portátil: as suas famílias vão para o hub (parte %1 de %2)…</translation>
    </message>
</context>
<context>
    <name>IssDialog</name>
    <message>
        <source>ISS transition</source>
        <translation>Transição ISS</translation>
    </message>
    <message>
        <source>In the programme&apos;s last six months the ISS meets the family to decide whether social assistance will be needed after it. The outcome goes to the NAIR; the contact stays here.</source>
        <translation>Nos últimos seis meses do programa, o ISS reúne com a família para decidir se vai precisar de apoio social depois dele. O resultado segue para o NAIR; o contacto fica aqui.</translation>
    </message>
    <message>
        <source>Date of the ISS meeting</source>
        <translation>Data da reunião com o ISS</translation>
    </message>
    <message>
        <source>Outcome of the ISS meeting</source>
        <translation>Resultado da reunião com o ISS</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ainda não decidido</translation>
    </message>
    <message>
        <source>ISS contact</source>
        <translation>Contacto no ISS</translation>
    </message>
    <message>
        <source>Who follows the family at the ISS</source>
        <translation>Quem acompanha a família no ISS</translation>
    </message>
    <message>
        <source>&amp;Meeting on</source>
        <translation>&amp;Reunião a</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>ISS &amp;contact</source>
        <translation>&amp;Contacto no ISS</translation>
    </message>
    <message>
        <source>A meeting cannot be recorded in the future.</source>
        <translation>Não é possível registar uma reunião no futuro.</translation>
    </message>
</context>
<context>
    <name>JoinByFileDialog</name>
    <message>
        <source>Join my entity&apos;s team with files</source>
        <translation>Juntar-me à equipa da minha entidade com ficheiros</translation>
    </message>
    <message>
        <source>With no network: your coordinator gives you an invitation file on a USB stick, you give back a join request, they give you a welcome file. This laptop&apos;s families stay on it, seen by no one else, until you offer them.</source>
        <translation>Sem rede: o seu coordenador dá-lhe um ficheiro de convite numa pen USB, devolve-lhe um pedido de adesão e ele dá-lhe um ficheiro de boas-vindas. As famílias deste portátil ficam nele, sem que mais ninguém as veja, até as oferecer.</translation>
    </message>
    <message>
        <source>1. The invitation file</source>
        <translation>1. O ficheiro de convite</translation>
    </message>
    <message>
        <source>Open the invitation file…</source>
        <translation>Abrir o ficheiro de convite…</translation>
    </message>
    <message>
        <source>The coordinator&apos;s fingerprint</source>
        <translation>Impressão digital do coordenador</translation>
    </message>
    <message>
        <source>A name for this laptop</source>
        <translation>Um nome para este portátil</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>A sua frase-passe</translation>
    </message>
    <message>
        <source>Save the join request…</source>
        <translation>Guardar o pedido de adesão…</translation>
    </message>
    <message>
        <source>Check aloud</source>
        <translation>Confirmar em voz alta</translation>
    </message>
    <message>
        <source>This &amp;laptop&apos;s name</source>
        <translation>Nome deste &amp;portátil</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>A sua &amp;frase-passe</translation>
    </message>
    <message>
        <source>2. The welcome file</source>
        <translation>2. O ficheiro de boas-vindas</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>Impressão digital deste portátil</translation>
    </message>
    <message>
        <source>Open the welcome file…</source>
        <translation>Abrir o ficheiro de boas-vindas…</translation>
    </message>
    <message>
        <source>Forget this request</source>
        <translation>Esquecer este pedido</translation>
    </message>
    <message>
        <source>When the coordinator did not add this laptop: ask them for a new invitation</source>
        <translation>Quando o coordenador não adicionou este portátil: peça-lhe um novo convite</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Joining message</source>
        <translation>Mensagem da adesão</translation>
    </message>
    <message>
        <source>Your join request for %1 waits for the coordinator. Read them this fingerprint, then open the welcome file they give back.</source>
        <translation>O seu pedido de adesão para %1 aguarda o coordenador. Leia-lhe esta impressão digital e depois abra o ficheiro de boas-vindas que lhe devolver.</translation>
    </message>
    <message>
        <source>Open the invitation file</source>
        <translation>Abrir o ficheiro de convite</translation>
    </message>
    <message>
        <source>Ask your coordinator to read their fingerprint aloud: it must be the one shown. If it is not, do not go on.</source>
        <translation>Peça ao seu coordenador que leia em voz alta a impressão digital dele: tem de ser a que está indicada. Se não for, não continue.</translation>
    </message>
    <message>
        <source>Save the join request</source>
        <translation>Guardar o pedido de adesão</translation>
    </message>
    <message>
        <source>Join request saved to %1: give it to your coordinator.</source>
        <translation>Pedido de adesão guardado em %1: entregue-o ao seu coordenador.</translation>
    </message>
    <message>
        <source>Open the welcome file</source>
        <translation>Abrir o ficheiro de boas-vindas</translation>
    </message>
    <message>
        <source>Joined the team. %1 of this laptop&apos;s families wait for you to offer them or keep them apart (%2 may already be in the team): see &quot;This laptop&apos;s own families&quot; in the Team tab.</source>
        <translation>Juntou-se à equipa. %1 famílias deste portátil esperam que as ofereça ou as mantenha à parte (%2 talvez já estejam na equipa): veja &quot;Famílias próprias deste portátil&quot; no separador Equipa.</translation>
    </message>
    <message>
        <source>Receiving your families…</source>
        <translation>A receber as suas famílias…</translation>
    </message>
    <message>
        <source>The join request was forgotten; open a new invitation file to ask again.</source>
        <translation>O pedido de adesão foi esquecido; abra um novo ficheiro de convite para pedir de novo.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join my entity&apos;s team</source>
        <translation>Juntar-me à equipa da minha entidade</translation>
    </message>
    <message>
        <source>Your coordinator gives you an invitation code and the team hub&apos;s address. This laptop will hold the families you follow, encrypted.</source>
        <translation>O coordenador dá-lhe um código de convite e o endereço do hub da equipa. Este portátil guardará, cifradas, as famílias que acompanha.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código do convite</translation>
    </message>
    <message>
        <source>Team hub address</source>
        <translation>Endereço do hub da equipa</translation>
    </message>
    <message>
        <source>A name for this laptop</source>
        <translation>Um nome para este portátil</translation>
    </message>
    <message>
        <source>e.g. Portátil da Ana</source>
        <translation>p. ex. Portátil da Ana</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Pasta do cofre</translation>
    </message>
    <message>
        <source>Invitation &amp;code</source>
        <translation>&amp;Código do convite</translation>
    </message>
    <message>
        <source>Team &amp;hub</source>
        <translation>&amp;Hub da equipa</translation>
    </message>
    <message>
        <source>This &amp;laptop&apos;s name</source>
        <translation>Nome deste &amp;portátil</translation>
    </message>
    <message>
        <source>Vault &amp;folder</source>
        <translation>&amp;Pasta do cofre</translation>
    </message>
    <message>
        <source>This code is incomplete or mistyped: 26 letters and digits.</source>
        <translation>Este código está incompleto ou mal escrito: 26 letras e algarismos.</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <source>Join my entity&apos;s team</source>
        <translation>Juntar-me à equipa da minha entidade</translation>
    </message>
    <message>
        <source>This laptop&apos;s families stay on it, seen by no one else, until you offer them to the team; each is first checked against the team&apos;s families. You keep your passphrase; your user takes the name and role the team gave you.</source>
        <translation>As famílias deste portátil ficam nele, sem que mais ninguém as veja, até as oferecer à equipa; cada uma é primeiro comparada com as famílias da equipa. Mantém a sua frase-passe; o seu utilizador passa a ter o nome e a função que a equipa lhe deu.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código do convite</translation>
    </message>
    <message>
        <source>Team hub address</source>
        <translation>Endereço do hub da equipa</translation>
    </message>
    <message>
        <source>A name for this laptop</source>
        <translation>Um nome para este portátil</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>A sua frase-passe</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>Impressão digital deste portátil</translation>
    </message>
    <message>
        <source>Joining message</source>
        <translation>Mensagem da adesão</translation>
    </message>
    <message>
        <source>Invitation &amp;code</source>
        <translation>&amp;Código do convite</translation>
    </message>
    <message>
        <source>Team &amp;hub</source>
        <translation>&amp;Hub da equipa</translation>
    </message>
    <message>
        <source>This &amp;laptop&apos;s name</source>
        <translation>Nome deste &amp;portátil</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>A sua &amp;frase-passe</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Juntar</translation>
    </message>
    <message>
        <source>Read this fingerprint to your coordinator; this laptop joins as soon as they add it.</source>
        <translation>Leia esta impressão digital ao seu coordenador; este portátil junta-se à equipa assim que ele o adicionar.</translation>
    </message>
    <message>
        <source>Added: receiving your families…</source>
        <translation>Adicionado: a receber as suas famílias…</translation>
    </message>
    <message>
        <source>Added: receiving your families (part %1 of %2)…</source>
        <translation>Adicionado: a receber as suas famílias (parte %1 de %2)…</translation>
    </message>
    <message>
        <source>Joined the team. %1 of this laptop&apos;s families wait for you to offer them or keep them apart (%2 may already be in the team): see &quot;This laptop&apos;s own families&quot; in the Team tab.</source>
        <translation>Juntou-se à equipa. %1 famílias deste portátil esperam que as ofereça ou as mantenha à parte (%2 talvez já estejam na equipa): veja &quot;Famílias próprias deste portátil&quot; no separador Equipa.</translation>
    </message>
    <message>
        <source>Some of the team&apos;s families are still on their way: they arrive with the next sync.</source>
        <translation>Algumas famílias da equipa ainda estão a caminho: chegam na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Saiu do programa</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador(a)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Técnico(a)</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Habitação</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emprego</translation>
    </message>
    <message>
        <source>End of the programme</source>
        <translation>Fim do programa</translation>
    </message>
    <message>
        <source>Left Portugal</source>
        <translation>Saiu de Portugal</translation>
    </message>
    <message>
        <source>Transferred to another entity</source>
        <translation>Transferida para outra entidade</translation>
    </message>
    <message>
        <source>Withdrew from the programme</source>
        <translation>Desistiu do programa</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Gestão do processo</translation>
    </message>
    <message>
        <source>Referrals to other services</source>
        <translation>Encaminhamentos para outros serviços</translation>
    </message>
    <message>
        <source>Reports to ACM/AIMA</source>
        <translation>Relatórios para o ACM/AIMA</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>Orally, with an interpreter</source>
        <translation>Oralmente, com intérprete</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Oralmente</translation>
    </message>
    <message>
        <source>Consent is being collected</source>
        <translation>O consentimento está a ser recolhido</translation>
    </message>
    <message>
        <source>Vital interest of the person (urgent)</source>
        <translation>Interesse vital da pessoa (urgente)</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obrigação jurídica</translation>
    </message>
    <message>
        <source>Task in the public interest</source>
        <translation>Funções de interesse público</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>ARP expiring</source>
        <translation>ARP a caducar</translation>
    </message>
    <message>
        <source>ARP expired</source>
        <translation>ARP caducada</translation>
    </message>
    <message>
        <source>ISS transition</source>
        <translation>Transição para o ISS</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>Visita em atraso</translation>
    </message>
    <message>
        <source>Child without school</source>
        <translation>Criança sem escola</translation>
    </message>
    <message>
        <source>No Portuguese course</source>
        <translation>Sem curso de português</translation>
    </message>
    <message>
        <source>Referral unanswered</source>
        <translation>Encaminhamento sem resposta</translation>
    </message>
    <message>
        <source>EU relocation</source>
        <translation>Recolocação (UE)</translation>
    </message>
    <message>
        <source>Resettlement</source>
        <translation>Reinstalação</translation>
    </message>
    <message>
        <source>Spontaneous asylum</source>
        <translation>Pedido de asilo espontâneo</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Proteção temporária</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Menor não acompanhado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Cônjuge ou companheiro(a)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Filho(a)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Pai ou mãe</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Irmão ou irmã</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Neto(a)</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Outro familiar</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Chamada telefónica</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Marcação</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Health service (SNS)</source>
        <translation>Serviço de saúde (SNS)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Employment institute (IEFP)</source>
        <translation>Instituto do emprego (IEFP)</translation>
    </message>
    <message>
        <source>Social security (ISS)</source>
        <translation>Segurança Social (ISS)</translation>
    </message>
    <message>
        <source>Telephone translation (TTS)</source>
        <translation>Tradução telefónica (STT)</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psicólogo(a)</translation>
    </message>
    <message>
        <source>Legal counselling</source>
        <translation>Apoio jurídico</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Outro serviço</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Portuguese as a host language (PLA)</source>
        <translation>Português Língua de Acolhimento (PLA)</translation>
    </message>
    <message>
        <source>Non-formal classes</source>
        <translation>Aulas não formais</translation>
    </message>
    <message>
        <source>Technical Portuguese</source>
        <translation>Português técnico</translation>
    </message>
    <message>
        <source>Literacy programme</source>
        <translation>Programa de alfabetização</translation>
    </message>
    <message>
        <source>Below A1</source>
        <translation>Abaixo de A1</translation>
    </message>
    <message>
        <source>School enrolment</source>
        <translation>Matrícula escolar</translation>
    </message>
    <message>
        <source>Recognition of qualifications</source>
        <translation>Reconhecimento de habilitações</translation>
    </message>
    <message>
        <source>Prior learning (Centro Qualifica)</source>
        <translation>Reconhecimento de competências (Centro Qualifica)</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formação profissional</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Ensino superior</translation>
    </message>
    <message>
        <source>IEFP registration</source>
        <translation>Inscrição no IEFP</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formação</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Procura de emprego</translation>
    </message>
    <message>
        <source>Employment contract</source>
        <translation>Contrato de trabalho</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Trabalho por conta própria</translation>
    </message>
    <message>
        <source>Rented by the entity</source>
        <translation>Arrendada pela entidade</translation>
    </message>
    <message>
        <source>Rented by the family</source>
        <translation>Arrendada pela família</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>Habitação social</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Centro de acolhimento</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Família de acolhimento</translation>
    </message>
    <message>
        <source>NIF (tax number)</source>
        <translation>NIF (número fiscal)</translation>
    </message>
    <message>
        <source>NISS (social security)</source>
        <translation>NISS (Segurança Social)</translation>
    </message>
    <message>
        <source>SNS user number</source>
        <translation>Número de utente do SNS</translation>
    </message>
    <message>
        <source>Citizen Card</source>
        <translation>Cartão de Cidadão</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Documento de viagem</translation>
    </message>
    <message>
        <source>NAIR reference</source>
        <translation>Referência NAIR</translation>
    </message>
    <message>
        <source>Provisional residence permit (ARP)</source>
        <translation>Autorização de residência provisória (ARP)</translation>
    </message>
    <message>
        <source>Residence permit (refugee)</source>
        <translation>Autorização de residência (refugiado)</translation>
    </message>
    <message>
        <source>Residence permit (subsidiary protection)</source>
        <translation>Autorização de residência (proteção subsidiária)</translation>
    </message>
    <message>
        <source>Temporary protection permit</source>
        <translation>Título de proteção temporária</translation>
    </message>
    <message>
        <source>Refugee status granted</source>
        <translation>Estatuto de refugiado concedido</translation>
    </message>
    <message>
        <source>Subsidiary protection granted</source>
        <translation>Proteção subsidiária concedida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation>Inadmissível</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Social assistance needed after the programme</source>
        <translation>Precisa de apoio social depois do programa</translation>
    </message>
    <message>
        <source>No social assistance needed</source>
        <translation>Não precisa de apoio social</translation>
    </message>
    <message>
        <source>Young adult (came as an unaccompanied minor)</source>
        <translation>Jovem adulto (chegou como menor não acompanhado)</translation>
    </message>
    <message>
        <source>Adult (came as an unaccompanied minor)</source>
        <translation>Adulto (chegou como menor não acompanhado)</translation>
    </message>
    <message>
        <source>EU-scheme allowance</source>
        <translation>Subsídio dos programas da UE</translation>
    </message>
    <message>
        <source>No allowance</source>
        <translation>Sem subsídio</translation>
    </message>
    <message>
        <source>Programme ending</source>
        <translation>Fim do programa próximo</translation>
    </message>
    <message>
        <source>No valid permit</source>
        <translation>Sem autorização válida</translation>
    </message>
    <message>
        <source>Permit renewal appointment</source>
        <translation>Renovação da autorização marcada</translation>
    </message>
    <message>
        <source>Minor turning 18</source>
        <translation>Menor faz 18 anos</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Jovem adulto</translation>
    </message>
    <message>
        <source>Young adult&apos;s protection ending</source>
        <translation>Fim da proteção de jovem adulto</translation>
    </message>
    <message>
        <source>Portuguese for All (PPT, before 2020)</source>
        <translation>Português para Todos (PPT, antes de 2020)</translation>
    </message>
    <message>
        <source>Signed consent form</source>
        <translation>Consentimento assinado</translation>
    </message>
    <message>
        <source>Residence permit (ARP)</source>
        <translation>Autorização de residência (ARP)</translation>
    </message>
    <message>
        <source>Identity or travel document</source>
        <translation>Documento de identificação ou de viagem</translation>
    </message>
    <message>
        <source>Tenancy contract</source>
        <translation>Contrato de arrendamento</translation>
    </message>
    <message>
        <source>Medical letter or report</source>
        <translation>Carta ou relatório médico</translation>
    </message>
    <message>
        <source>Employment or training</source>
        <translation>Emprego ou formação</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Outro documento</translation>
    </message>
    <message>
        <source>Waiting: sending is not set up</source>
        <translation>À espera: o envio não está configurado</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>À espera de ser enviado</translation>
    </message>
    <message>
        <source>The family was already recorded (a duplicate)</source>
        <translation>A família já estava registada (um duplicado)</translation>
    </message>
    <message>
        <source>Created by mistake (no such family)</source>
        <translation>Criado por engano (essa família não existe)</translation>
    </message>
</context>
<context>
    <name>LearningQuestion</name>
    <message>
        <source>In education or training</source>
        <translation>Em educação ou formação</translation>
    </message>
    <message>
        <source>For a young adult who came as an unaccompanied minor, protection measures may continue to 21, or to 25 in education or training.</source>
        <translation>Para um jovem adulto que chegou como menor não acompanhado, as medidas de proteção podem continuar até aos 21 anos, ou até aos 25 se estiver em educação ou formação.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>What follows for protection</source>
        <translation>O que decorre para a proteção</translation>
    </message>
    <message>
        <source>As the records show: yes</source>
        <translation>Conforme os registos: sim</translation>
    </message>
    <message>
        <source>As the records show: no</source>
        <translation>Conforme os registos: não</translation>
    </message>
    <message>
        <source>Comes of age on %1; protection may then continue until %2.</source>
        <translation>Atinge a maioridade a %1; a proteção pode depois continuar até %2.</translation>
    </message>
    <message>
        <source>A young adult: protection may continue until %1.</source>
        <translation>Jovem adulto: a proteção pode continuar até %1.</translation>
    </message>
    <message>
        <source>An adult since %1: protection continues to 25 only in education or training.</source>
        <translation>Adulto desde %1: a proteção só continua até aos 25 anos em educação ou formação.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export a list</source>
        <translation>Exportar uma lista</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>Folha de cálculo OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>The list could not be exported; nothing was written.</source>
        <translation>Não foi possível exportar a lista; nada foi escrito.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Não foi possível ler a lista.</translation>
    </message>
    <message>
        <source>The spreadsheet will hold the name of 1 family and is not encrypted: anyone who can open the folder can read it. Keep it only where your entity allows it, and delete it when it is no longer needed. Continue?</source>
        <translation>A folha de cálculo vai conter o nome de 1 família e não é cifrada: quem conseguir abrir a pasta consegue lê-la. Guarde-a só onde a sua entidade o permitir e apague-a quando já não for precisa. Continuar?</translation>
    </message>
    <message>
        <source>The spreadsheet will hold the names of %1 families and is not encrypted: anyone who can open the folder can read it. Keep it only where your entity allows it, and delete it when it is no longer needed. Continue?</source>
        <translation>A folha de cálculo vai conter os nomes de %1 famílias e não é cifrada: quem conseguir abrir a pasta consegue lê-la. Guarde-a só onde a sua entidade o permitir e apague-a quando já não for precisa. Continuar?</translation>
    </message>
    <message>
        <source>1 row written to %2 (not encrypted).</source>
        <translation>1 linha escrita em %2 (não cifrado).</translation>
    </message>
    <message>
        <source>%1 rows written to %2 (not encrypted).</source>
        <translation>%1 linhas escritas em %2 (não cifrado).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>HostDesk is locked</source>
        <translation>O HostDesk está bloqueado</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1 to continue where you left off.</source>
        <translation>Introduza a frase-passe de %1 para continuar onde ficou.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Erro ao desbloquear</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Esqueceu-se da frase-passe?</translation>
    </message>
    <message>
        <source>Choose a new passphrase with the vault&apos;s recovery key</source>
        <translation>Escolha uma nova frase-passe com a chave de recuperação do cofre</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Mudar de utilizador…</translation>
    </message>
    <message>
        <source>Sign in as another user of this vault</source>
        <translation>Entrar como outro utilizador deste cofre</translation>
    </message>
    <message>
        <source>The passphrase of %1 was reset; unlock with the new one.</source>
        <translation>A frase-passe de %1 foi reposta; desbloqueie com a nova.</translation>
    </message>
    <message>
        <source>The passphrase could not be checked; try again.</source>
        <translation>Não foi possível verificar a frase-passe; tente novamente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HostDesk</source>
        <translation>HostDesk</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>← Back to the caseload</source>
        <translation>← Voltar aos processos</translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation>Voltar aos processos</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ecrãs</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilizador com sessão iniciada</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sincronização: não configurada</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock HostDesk (Ctrl+L)</source>
        <translation>Bloquear o HostDesk (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nova família…</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Nova &amp;visita…</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Importar de uma folha de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Progress report of this family…</source>
        <translation>Relatório de &amp;acompanhamento desta família…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fazer &amp;cópia de segurança agora…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registo de auditoria…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find a family</source>
        <translation>&amp;Procurar uma família</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Guide (this screen)</source>
        <translation>&amp;Guia (este ecrã)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Novidades</translation>
    </message>
    <message>
        <source>&amp;About HostDesk</source>
        <translation>&amp;Acerca do HostDesk</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nova visita</translation>
    </message>
    <message>
        <source>Open a family first, then record the visit.</source>
        <translation>Abra primeiro uma família e depois registe a visita.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Relatório de acompanhamento</translation>
    </message>
    <message>
        <source>Open a family first, then make its report.</source>
        <translation>Abra primeiro uma família e depois faça o seu relatório.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Mudar de utilizador</translation>
    </message>
    <message>
        <source>%1 left forms open. Switching user closes them, and what was typed in them and not saved is lost. Switch user?</source>
        <translation>%1 deixou formulários abertos. Mudar de utilizador fecha-os, e o que foi escrito neles e não foi guardado perde-se. Mudar de utilizador?</translation>
    </message>
    <message>
        <source>Find a family</source>
        <translation>Procurar uma família</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nova família</translation>
    </message>
    <message>
        <source>New visit (in a family)</source>
        <translation>Nova visita (numa família)</translation>
    </message>
    <message>
        <source>Progress report (in a family)</source>
        <translation>Relatório de acompanhamento (numa família)</translation>
    </message>
    <message>
        <source>Save a form</source>
        <translation>Guardar um formulário</translation>
    </message>
    <message>
        <source>Lock HostDesk</source>
        <translation>Bloquear o HostDesk</translation>
    </message>
    <message>
        <source>Open the selected family</source>
        <translation>Abrir a família selecionada</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>This screen&apos;s page of the guide</source>
        <translation>A página do guia sobre este ecrã</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações por guardar</translation>
    </message>
    <message>
        <source>The family you are editing has unsaved changes. Discard them?</source>
        <translation>A família que está a editar tem alterações por guardar. Descartá-las?</translation>
    </message>
    <message>
        <source>Sync: %1 pending, %2 failed</source>
        <translation>Sincronização: %1 por enviar, %2 com falha</translation>
    </message>
    <message>
        <source>Sync: all delivered</source>
        <translation>Sincronização: tudo entregue</translation>
    </message>
    <message>
        <source>Sync: nothing to send</source>
        <translation>Sincronização: nada para enviar</translation>
    </message>
    <message>
        <source>Sync: not set up, 1 waiting</source>
        <translation>Sincronização: não configurada, 1 em espera</translation>
    </message>
    <message>
        <source>Sync: not set up, %1 waiting</source>
        <translation>Sincronização: não configurada, %1 em espera</translation>
    </message>
    <message>
        <source>P&amp;rint the progress report of this family…</source>
        <translation>Im&amp;primir o relatório de acompanhamento desta família…</translation>
    </message>
    <message>
        <source>Open a family first, then print its report.</source>
        <translation>Abra primeiro uma família e depois imprima o relatório.</translation>
    </message>
    <message>
        <source>Print the progress report (in a family)</source>
        <translation>Imprimir o relatório de acompanhamento (numa família)</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nome em letras latinas</translation>
    </message>
    <message>
        <source>Name in the original script</source>
        <translation>Nome na escrita original</translation>
    </message>
    <message>
        <source>As written in Arabic, Ge&apos;ez, Cyrillic…</source>
        <translation>Como se escreve em árabe, ge&apos;ez, cirílico…</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Relationship to the head of family</source>
        <translation>Parentesco com o titular</translation>
    </message>
    <message>
        <source>Nationality (country code)</source>
        <translation>Nacionalidade (código do país)</translation>
    </message>
    <message>
        <source>e.g. SY, AF, ER, UA</source>
        <translation>ex.: SY, AF, ER, UA</translation>
    </message>
    <message>
        <source>&amp;Unaccompanied minor</source>
        <translation>Menor não acompan&amp;hado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>e.g. +351 912 345 678</source>
        <translation>p. ex. +351 912 345 678</translation>
    </message>
    <message>
        <source>ARP number</source>
        <translation>Número da ARP</translation>
    </message>
    <message>
        <source>ARP issued on</source>
        <translation>ARP emitida em</translation>
    </message>
    <message>
        <source>ARP expires on</source>
        <translation>ARP válida até</translation>
    </message>
    <message>
        <source>ARP renewal appointment</source>
        <translation>Marcação da renovação da ARP</translation>
    </message>
    <message>
        <source>&amp;Name (Latin letters)</source>
        <translation>&amp;Nome (letras latinas)</translation>
    </message>
    <message>
        <source>Name in &amp;original script</source>
        <translation>Nome na escrita &amp;original</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Data de na&amp;scimento</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Pa&amp;rentesco</translation>
    </message>
    <message>
        <source>Na&amp;tionality</source>
        <translation>Naciona&amp;lidade</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>Em educação ou formação</translation>
    </message>
    <message>
        <source>ARP n&amp;umber</source>
        <translation>Número da AR&amp;P</translation>
    </message>
    <message>
        <source>ARP &amp;issued on</source>
        <translation>ARP &amp;emitida em</translation>
    </message>
    <message>
        <source>ARP &amp;expires on</source>
        <translation>ARP &amp;válida até</translation>
    </message>
    <message>
        <source>The ARP cannot expire before it was issued.</source>
        <translation>A ARP não pode caducar antes de ser emitida.</translation>
    </message>
    <message>
        <source>ARP rene&amp;wal appointment</source>
        <translation>&amp;Marcação da renovação</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Documents and residence permit (ARP)</source>
        <translation>Documentos e autorização de residência (ARP)</translation>
    </message>
    <message>
        <source>Occupation before arrival</source>
        <translation>Profissão antes da chegada</translation>
    </message>
    <message>
        <source>Job as told</source>
        <translation>Profissão (como contada)</translation>
    </message>
    <message>
        <source>Highest schooling</source>
        <translation>Escolaridade mais alta</translation>
    </message>
    <message>
        <source>Permit t&amp;ype</source>
        <translation>T&amp;ipo de autorização</translation>
    </message>
    <message>
        <source>Asylum applied on</source>
        <translation>Pedido de asilo a</translation>
    </message>
    <message>
        <source>Asylum decision</source>
        <translation>Decisão sobre o asilo</translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation>Decisão a</translation>
    </message>
    <message>
        <source>The decision cannot come before the application.</source>
        <translation>A decisão não pode ser anterior ao pedido.</translation>
    </message>
    <message>
        <source>Write the phone with digits and spaces only, + at the start for another country, at most 20 characters: e.g. +351 912 345 678.</source>
        <translation>Escreva o telefone só com algarismos e espaços, com + no início para outro país, até 20 caracteres: p. ex. +351 912 345 678.</translation>
    </message>
    <message>
        <source>Occupation before arrival (ISCO-08 group)</source>
        <translation>Profissão antes da chegada (grupo ISCO-08)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Job before arrival, as the person tells it</source>
        <translation>Profissão antes da chegada, como a pessoa a conta</translation>
    </message>
    <message>
        <source>e.g. tailor, mechanic, barber</source>
        <translation>p. ex. alfaiate, mecânico, barbeiro</translation>
    </message>
    <message>
        <source>Highest schooling completed (ISCED)</source>
        <translation>Escolaridade mais alta concluída (ISCED)</translation>
    </message>
    <message>
        <source>Permit type</source>
        <translation>Tipo de autorização</translation>
    </message>
    <message>
        <source>Pending or not applied</source>
        <translation>Pendente ou sem pedido</translation>
    </message>
    <message>
        <source>Asylum decision date</source>
        <translation>Data da decisão sobre o asilo</translation>
    </message>
    <message>
        <source>A first ARP is valid for six months: check the expiry date.</source>
        <translation>A primeira ARP é válida por seis meses: verifique a data de validade.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Change member</source>
        <translation>Alterar membro</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Novo membro</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>Escrita original</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>ARP expires</source>
        <translation>Validade da ARP</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Membros do agregado familiar</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Adicionar membro…</translation>
    </message>
    <message>
        <source>&amp;Change member…</source>
        <translation>A&amp;lterar membro…</translation>
    </message>
    <message>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation>E&amp;xportar os dados desta pessoa…</translation>
    </message>
    <message>
        <source>Everything held on the selected person (JSON and PDF), for an access request</source>
        <translation>Todos os dados guardados sobre a pessoa selecionada (JSON e PDF), para um pedido de acesso</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonimizado)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case %1 with another</source>
        <translation>Juntar o processo %1 com outro</translation>
    </message>
    <message>
        <source>Use this when one family was recorded twice. The two cases become one: the older case number stays, and the other becomes an alias that search still finds. Every person and record of both cases is kept. This cannot be undone.

If a monthly report already sent to the NAIR named either case, that month needs a correction revision: build it again in Reports after the merge.</source>
        <translation>Use isto quando uma família foi registada duas vezes. Os dois processos passam a um só: fica o número de processo mais antigo e o outro passa a ser um número alternativo que a pesquisa continua a encontrar. Todas as pessoas e registos dos dois processos são conservados. Esta operação não pode ser desfeita.

Se um relatório mensal já enviado ao NAIR incluía algum dos processos, esse mês precisa de uma revisão de correção: volte a gerá-lo em Relatórios depois de juntar.</translation>
    </message>
    <message>
        <source>Name, case number or document number</source>
        <translation>Nome, número de processo ou de documento</translation>
    </message>
    <message>
        <source>Find the other case</source>
        <translation>Procurar o outro processo</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Processos encontrados</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Compreendo que esta operação não pode ser desfeita</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Procurar</translation>
    </message>
    <message>
        <source>&amp;Other case</source>
        <translation>&amp;Outro processo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Juntar</translation>
    </message>
    <message>
        <source>Choose the other case in the list.</source>
        <translation>Escolha o outro processo na lista.</translation>
    </message>
    <message>
        <source>Tick this to confirm the merge.</source>
        <translation>Assinale para confirmar a junção.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita a frase-passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Força da frase-passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase-passe</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Força</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repita-a</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters</source>
        <translation>Demasiado curta: pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>Fraca: fácil de adivinhar</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-passe são diferentes.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nova chave de recuperação</translation>
    </message>
    <message>
        <source>The previous recovery key no longer works. This one is shown only now: save it as a PDF or print it, and keep it locked away.</source>
        <translation>A chave de recuperação anterior deixou de funcionar. Esta só é mostrada agora: guarde-a em PDF ou imprima-a, e guarde-a fechada à chave.</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Já a guardei</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Última tentativa</translation>
    </message>
    <message>
        <source>Last error or reason</source>
        <translation>Último erro ou motivo</translation>
    </message>
    <message>
        <source>Receipt from the NAIR: %1</source>
        <translation>Recibo do NAIR: %1</translation>
    </message>
    <message>
        <source>Refused for now: tried again</source>
        <translation>Recusado por agora: volta a ser tentado</translation>
    </message>
    <message>
        <source>%1 (a later one replaces it)</source>
        <translation>%1 (substituído por um posterior)</translation>
    </message>
</context>
<context>
    <name>OwnFamiliesBox</name>
    <message>
        <source>This laptop&apos;s own families</source>
        <translation>Famílias próprias deste portátil</translation>
    </message>
    <message>
        <source>These families were on this laptop before it joined the team. Nobody else sees them. Tick those to share with the team and press Share; the others stay on this laptop only, and you can share them later.</source>
        <translation>Estas famílias já estavam neste portátil antes de se juntar à equipa. Mais ninguém as vê. Assinale as que quer partilhar com a equipa e carregue em Partilhar; as outras ficam só neste portátil e pode partilhá-las mais tarde.</translation>
    </message>
    <message>
        <source>Share the ticked families with the team</source>
        <translation>Partilhar com a equipa as famílias assinaladas</translation>
    </message>
    <message>
        <source>same name and year of birth</source>
        <translation>mesmo nome e ano de nascimento</translation>
    </message>
    <message>
        <source>same %1</source>
        <translation>mesmo %1</translation>
    </message>
    <message>
        <source>may be the team&apos;s %1: %2</source>
        <translation>pode ser o processo %1 da equipa: %2</translation>
    </message>
    <message>
        <source>Share possible duplicates?</source>
        <translation>Partilhar possíveis duplicados?</translation>
    </message>
    <message>
        <source>%1 may already be in the team. Shared, the team holds two records of one family, to be merged by a coordinator. Share anyway?</source>
        <translation>%1 talvez já esteja na equipa. Se partilhar, a equipa fica com dois registos da mesma família, que um coordenador terá de juntar. Partilhar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>This could not be done; see the log for the kind of error.</source>
        <translation>Não foi possível fazer isto; consulte o registo para saber o tipo de erro.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Family no.</source>
        <translation>N.º da família</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Rows shown</source>
        <translation>Linhas mostradas</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>Linhas com um problema</translation>
    </message>
    <message>
        <source>Rows with an error</source>
        <translation>Linhas com um erro</translation>
    </message>
    <message>
        <source>Rows of the spreadsheet</source>
        <translation>Linhas da folha de cálculo</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>Problemas da linha selecionada</translation>
    </message>
    <message>
        <source>Import only the families without errors</source>
        <translation>Importar só as famílias sem erros</translation>
    </message>
    <message>
        <source>Leave out families with a possible duplicate</source>
        <translation>Deixar de fora as famílias com um possível duplicado</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n household(s): </source>
        <translation>
            <numerusform> em %Ln agregado: </numerusform>
            <numerusform> em %Ln agregados: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%Ln com erros</numerusform>
            <numerusform>%Ln com erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n possible duplicate(s).</source>
        <translation>
            <numerusform>, %Ln possível duplicado.</numerusform>
            <numerusform>, %Ln possíveis duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: no problem.</source>
        <translation>Linha %1: sem problemas.</translation>
    </message>
    <message>
        <source>Row %1:</source>
        <translation>Linha %1:</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows have errors: correct them in the file and choose it again, or import only the families without errors.</source>
        <translation>Não é possível importar nada enquanto houver linhas com erros: corrija-as no ficheiro e escolha-o novamente, ou importe só as famílias sem erros.</translation>
    </message>
    <message>
        <source>No family is left to import.</source>
        <translation>Não resta nenhuma família para importar.</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%Ln família</numerusform>
            <numerusform>%Ln famílias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n person(s)) will be imported, all in one go.</source>
        <translation>
            <numerusform> (%Ln pessoa) a importar, tudo de uma só vez.</numerusform>
            <numerusform> (%Ln pessoas) a importar, tudo de uma só vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The computer keeps a copy of what is printed in its print queue until the printer has it, and sometimes longer. Print families&apos; data only on a printer of your entity, and collect the pages at once.</source>
        <translation>O computador guarda uma cópia do que se imprime na fila de impressão até a impressora a receber, e por vezes mais tempo. Imprima dados das famílias só numa impressora da sua entidade e recolha logo as folhas.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Do not tell me again</source>
        <translation>Não voltar a avisar</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Imprimir: %1</translation>
    </message>
    <message>
        <source>The printer did not take the pages.</source>
        <translation>A impressora não recebeu as páginas.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>Enviada 1 página para a impressora.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Enviadas %1 páginas para a impressora.</translation>
    </message>
    <message>
        <source>The document could not be made; nothing was printed.</source>
        <translation>Não foi possível preparar o documento; nada foi impresso.</translation>
    </message>
    <message>
        <source>Sent the list to the printer.</source>
        <translation>A lista foi enviada para a impressora.</translation>
    </message>
</context>
<context>
    <name>ProgrammeBox</name>
    <message>
        <source>Programme rules</source>
        <translation>Regras do programa</translation>
    </message>
    <message>
        <source>Reading the programme rules</source>
        <translation>A ler as regras do programa</translation>
    </message>
    <message>
        <source>The entity is a &amp;PAR member (PAR-Famílias)</source>
        <translation>A entidade é membro da &amp;PAR (PAR-Famílias)</translation>
    </message>
    <message>
        <source>PAR members commit to 24 months and host only families with children.</source>
        <translation>Os membros da PAR comprometem-se com 24 meses e acolhem apenas famílias com crianças.</translation>
    </message>
    <message>
        <source>Pro-rate the allowance of partial &amp;first and last months</source>
        <translation>Subsídio proporcional nos meses &amp;inicial e final incompletos</translation>
    </message>
    <message>
        <source>Temporary protection rule</source>
        <translation>Regra da proteção temporária</translation>
    </message>
    <message>
        <source>Rule applies from</source>
        <translation>A regra aplica-se desde</translation>
    </message>
    <message>
        <source>no programme clock</source>
        <translation>sem contagem do programa</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Programme length for temporary protection</source>
        <translation>Duração do programa para a proteção temporária</translation>
    </message>
    <message>
        <source>Allowance for temporary protection</source>
        <translation>Subsídio para a proteção temporária</translation>
    </message>
    <message>
        <source>ISS &amp;transition in the last months</source>
        <translation>&amp;Transição ISS nos últimos meses</translation>
    </message>
    <message>
        <source>Counts in the NAIR&apos;s &amp;programme figures</source>
        <translation>Conta nos números do &amp;programa do NAIR</translation>
    </message>
    <message>
        <source>&amp;Confirm the temporary-protection rule</source>
        <translation>&amp;Confirmar a regra da proteção temporária</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Subsídio</translation>
    </message>
    <message>
        <source>Only a coordinator can change the programme rules.</source>
        <translation>Só um coordenador pode alterar as regras do programa.</translation>
    </message>
    <message>
        <source>Temporary protection: the programme&apos;s sources set no rule. Until you confirm one, no programme clock, allowance or NAIR figures are worked out for these families (%1 active).</source>
        <translation>Proteção temporária: as fontes do programa não definem regra. Até confirmar uma, não se calcula contagem do programa, subsídio nem números para o NAIR para estas famílias (%1 ativas).</translation>
    </message>
    <message>
        <source>Temporary protection follows the entity&apos;s choice since %1: %2; %3.</source>
        <translation>A proteção temporária segue a escolha da entidade desde %1: %2; %3.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>The programme rules could not be read; see the log.</source>
        <translation>Não foi possível ler as regras do programa; veja o registo.</translation>
    </message>
    <message>
        <source>Enter the date from which the rule applies.</source>
        <translation>Indique a data a partir da qual a regra se aplica.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>The rule was confirmed.</source>
        <translation>A regra foi confirmada.</translation>
    </message>
    <message>
        <source>The rule could not be confirmed; see the log.</source>
        <translation>Não foi possível confirmar a regra; veja o registo.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Ficheiro %1</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Pasta de ficheiros</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheiros do &amp;tipo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do ficheiro:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Procurar pasta</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Es&amp;colher</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Recuar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Recuar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Pasta acima</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Criar pasta nova</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Criar uma pasta nova</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Mudar para a vista de lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista de detalhes</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Mudar para a vista de detalhes</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista de locais e marcadores</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Mudar o nome</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar ficheiros &amp;ocultos</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Tem a certeza de que quer eliminar «%1»?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Não foi possível eliminar a pasta.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nome de ficheiro inválido</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>O meu computador</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar tudo</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Não guardar</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Repor predefinições</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Pormenores</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar alterações</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>A data de fim não pode ser anterior à data de início.</translation>
    </message>
    <message>
        <source>Needed.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Toda a família</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações por guardar</translation>
    </message>
    <message>
        <source>The record you were changing is not saved. Discard the changes?</source>
        <translation>O registo que estava a alterar não foi guardado. Descartar as alterações?</translation>
    </message>
    <message>
        <source>Correct the fields marked in red; nothing was lost.</source>
        <translation>Corrija os campos assinalados a vermelho; nada se perdeu.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>No current housing recorded.</source>
        <translation>Sem habitação atual registada.</translation>
    </message>
    <message>
        <source>Current housing: %1, %2</source>
        <translation>Habitação atual: %1, %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Município</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Renda mensal</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Renda</translation>
    </message>
    <message>
        <source>Registered with the SNS</source>
        <translation>Inscrito(a) no SNS</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Centro de saúde</translation>
    </message>
    <message>
        <source>Has a family doctor</source>
        <translation>Tem médico de família</translation>
    </message>
    <message>
        <source>Vaccinations up to date</source>
        <translation>Vacinação em dia</translation>
    </message>
    <message>
        <source>Mental health follow-up</source>
        <translation>Acompanhamento em saúde mental</translation>
    </message>
    <message>
        <source>Needs an interpreter (TTS)</source>
        <translation>Precisa de intérprete (STT)</translation>
    </message>
    <message>
        <source>SNS</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>Family doctor</source>
        <translation>Médico de família</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vacinação</translation>
    </message>
    <message>
        <source>School or institution</source>
        <translation>Escola ou instituição</translation>
    </message>
    <message>
        <source>Year, level or qualification</source>
        <translation>Ano, nível ou habilitação</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Entidade formadora</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Horas frequentadas</translation>
    </message>
    <message>
        <source>Level reached (CEFR)</source>
        <translation>Nível alcançado (CEFR)</translation>
    </message>
    <message>
        <source>Level reached on</source>
        <translation>Nível alcançado em</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Employer or organisation</source>
        <translation>Empregador ou organização</translation>
    </message>
    <message>
        <source>Sector or trade</source>
        <translation>Setor ou profissão</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empregador</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensão</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data prevista</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Alcançado em</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar em &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>I have &amp;saved the recovery key in a safe place</source>
        <translation>&amp;Guardei a chave de recuperação num lugar seguro</translation>
    </message>
    <message>
        <source>Last four characters of the recovery key</source>
        <translation>Últimos quatro caracteres da chave de recuperação</translation>
    </message>
    <message>
        <source>To confirm, type the &amp;last four characters of the key:</source>
        <translation>Para confirmar, escreva os ú&amp;ltimos quatro caracteres da chave:</translation>
    </message>
    <message>
        <source>HostDesk recovery key</source>
        <translation>Chave de recuperação do HostDesk</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, apart from the computer. Anyone with this key and the vault can read it.</source>
        <translation>Guarde esta folha fechada à chave, longe do computador. Quem tiver esta chave e o cofre pode lê-lo.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar a chave de recuperação</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>A sua chave de recuperação</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way into the vault. It is shown only now: save it as a PDF or print it, and keep it locked away.</source>
        <translation>Se todas as frases-passe forem esquecidas, esta chave é a única forma de abrir o cofre. Só é mostrada agora: guarde-a em PDF ou imprima-a, e guarde-a fechada à chave.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>A criar o cofre…</translation>
    </message>
    <message>
        <source>Read this fingerprint aloud to your coordinator, who adds this laptop to the team; it waits here meanwhile:
%1</source>
        <translation>Leia esta impressão digital em voz alta ao coordenador, que adiciona este portátil à equipa; entretanto, aguarde aqui:
%1</translation>
    </message>
    <message>
        <source>Creating the vault… (choosing the key strength takes a moment)</source>
        <translation>A criar o cofre… (escolher a força da chave demora um momento)</translation>
    </message>
    <message>
        <source>Added to the team: receiving your families (part %1 of %2)…</source>
        <translation>Adicionado à equipa: a receber as suas famílias (parte %1 de %2)…</translation>
    </message>
    <message>
        <source>The vault is ready. Here is its recovery key:</source>
        <translation>O cofre está pronto. Esta é a sua chave de recuperação:</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Sent on</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondido em</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Novo encaminhamento</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>&amp;Enviado em</translation>
    </message>
    <message>
        <source>A referral cannot be sent in the future.</source>
        <translation>A data de envio não pode ser futura.</translation>
    </message>
    <message>
        <source>Referral answered</source>
        <translation>Resposta ao encaminhamento</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>Respondido &amp;em</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Referral to %1, sent on %2.</source>
        <translation>Encaminhamento para %1, enviado a %2.</translation>
    </message>
    <message>
        <source>An answer cannot come in the future.</source>
        <translation>A data da resposta não pode ser futura.</translation>
    </message>
    <message>
        <source>The answer cannot come before the referral was sent.</source>
        <translation>A resposta não pode ser anterior ao envio do encaminhamento.</translation>
    </message>
</context>
<context>
    <name>ReferralFields</name>
    <message>
        <source>Service referred to</source>
        <translation>Serviço de destino</translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation>Pessoa encaminhada</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Toda a família</translation>
    </message>
    <message>
        <source>Dimension of the referral</source>
        <translation>Dimensão do encaminhamento</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motivo do encaminhamento</translation>
    </message>
    <message>
        <source>Ground for referring without consent</source>
        <translation>Fundamento para encaminhar sem consentimento</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
    <message>
        <source>Why it cannot wait for consent</source>
        <translation>Porque não pode esperar pelo consentimento</translation>
    </message>
    <message>
        <source>Optional; kept in the case file</source>
        <translation>Opcional; fica no processo</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>&amp;Serviço</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Pessoa</translation>
    </message>
    <message>
        <source>Dime&amp;nsion</source>
        <translation>Dime&amp;nsão</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Moti&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation>&amp;Fundamento</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplicação</translation>
    </message>
    <message>
        <source>No consent to referrals is recorded for %1. Say on what ground the referral is made without it.</source>
        <translation>Não está registado nenhum consentimento para encaminhamentos de %1. Indique com que fundamento é feito o encaminhamento sem ele.</translation>
    </message>
    <message>
        <source>Choose the ground for referring without consent, or record the consent first.</source>
        <translation>Escolha o fundamento para encaminhar sem consentimento, ou registe primeiro o consentimento.</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Prepared, not submitted</source>
        <translation>Preparado, não submetido</translation>
    </message>
    <message>
        <source>Delivered to the NAIR (receipt of %1)</source>
        <translation>Entregue ao NAIR (recibo de %1)</translation>
    </message>
    <message>
        <source>Refused by the NAIR</source>
        <translation>Recusado pelo NAIR</translation>
    </message>
    <message>
        <source>Submitted, refused for now: trying again</source>
        <translation>Submetido, recusado por agora: nova tentativa</translation>
    </message>
    <message>
        <source>Submitted, waiting: sending is not set up</source>
        <translation>Submetido, à espera: o envio não está configurado</translation>
    </message>
    <message>
        <source>Submitted, waiting to be exported to a file</source>
        <translation>Submetido, à espera de ser exportado para ficheiro</translation>
    </message>
    <message>
        <source>Submitted, exported: waiting for the NAIR&apos;s receipt</source>
        <translation>Submetido, exportado: à espera do recibo do NAIR</translation>
    </message>
    <message>
        <source>Submitted, waiting to be sent</source>
        <translation>Submetido, à espera de envio</translation>
    </message>
    <message>
        <source>Revision %1 is prepared but not submitted: the NAIR does not have it.</source>
        <translation>A revisão %1 está preparada mas não foi submetida: o NAIR não a tem.</translation>
    </message>
    <message>
        <source>Revision %1 was delivered: the NAIR&apos;s receipt is dated %2.</source>
        <translation>A revisão %1 foi entregue: o recibo do NAIR tem a data de %2.</translation>
    </message>
    <message>
        <source>The NAIR refused revision %1. Its reason: %2</source>
        <translation>O NAIR recusou a revisão %1. O motivo: %2</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <source>Revision %1 is submitted but the NAIR does not have it yet: %2</source>
        <translation>A revisão %1 foi submetida mas o NAIR ainda não a tem: %2</translation>
    </message>
    <message>
        <source>the last try failed</source>
        <translation>a última tentativa falhou</translation>
    </message>
    <message>
        <source>HostDesk tries again at %1.</source>
        <translation>O HostDesk volta a tentar às %1.</translation>
    </message>
    <message>
        <source>Revision %1 is submitted but has not left this computer: sending to the NAIR is not set up yet. It goes as soon as the NAIR&apos;s key is added on the Sync screen.</source>
        <translation>A revisão %1 foi submetida mas ainda não saiu deste computador: o envio para o NAIR ainda não está configurado. Segue assim que a chave do NAIR for acrescentada no ecrã Sincronização.</translation>
    </message>
    <message>
        <source>Revision %1 is submitted but has not left this computer: there is no NAIR address, so export it to a file on the Sync screen and send that file to the NAIR.</source>
        <translation>A revisão %1 foi submetida mas ainda não saiu deste computador: não há endereço do NAIR; exporte-a para ficheiro no ecrã Sincronização e envie esse ficheiro ao NAIR.</translation>
    </message>
    <message>
        <source>Revision %1 is submitted and was exported to a file; it counts as delivered once the NAIR&apos;s receipt is imported on the Sync screen.</source>
        <translation>A revisão %1 foi submetida e exportada para ficheiro; conta como entregue quando o recibo do NAIR for importado no ecrã Sincronização.</translation>
    </message>
    <message>
        <source>Revision %1 is submitted and waits to be sent; HostDesk sends it by itself.</source>
        <translation>A revisão %1 foi submetida e está à espera de envio; o HostDesk envia-a sozinho.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Family progress report</source>
        <translation>Relatório de acompanhamento da família</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período de</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Período até</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Língua do relatório</translation>
    </message>
    <message>
        <source>Português</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Save reports of all active families…</source>
        <translation>Guardar relatórios de todas as famílias ativas…</translation>
    </message>
    <message>
        <source>Save reports of all active families</source>
        <translation>Guardar relatórios de todas as famílias ativas</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de processo</translation>
    </message>
    <message>
        <source>Save one…</source>
        <translation>Guardar um…</translation>
    </message>
    <message>
        <source>Save one family&apos;s report</source>
        <translation>Guardar o relatório de uma família</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Língua:</translation>
    </message>
    <message>
        <source>All families:</source>
        <translation>Todas as famílias:</translation>
    </message>
    <message>
        <source>One family:</source>
        <translation>Uma família:</translation>
    </message>
    <message>
        <source>NAIR monthly report</source>
        <translation>Relatório mensal para o NAIR</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>Prepare the monthly report</source>
        <translation>Preparar o relatório mensal</translation>
    </message>
    <message>
        <source>Build the month&apos;s report and keep it as a draft</source>
        <translation>Gerar o relatório do mês e guardá-lo como rascunho</translation>
    </message>
    <message>
        <source>Revisions of the month&apos;s report</source>
        <translation>Revisões do relatório do mês</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Save JSON and PDF…</source>
        <translation>Guardar JSON e PDF…</translation>
    </message>
    <message>
        <source>Save the selected revision as JSON and PDF</source>
        <translation>Guardar a revisão selecionada em JSON e PDF</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submeter</translation>
    </message>
    <message>
        <source>Submit the selected revision</source>
        <translation>Submeter a revisão selecionada</translation>
    </message>
    <message>
        <source>Only a coordinator can submit monthly reports.</source>
        <translation>Só um(a) coordenador(a) pode submeter relatórios mensais.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mês:</translation>
    </message>
    <message>
        <source>The period starts after it ends; correct the dates.</source>
        <translation>O período começa depois de terminar; corrija as datas.</translation>
    </message>
    <message>
        <source>Type a case number first.</source>
        <translation>Escreva primeiro um número de processo.</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Guardar o relatório de acompanhamento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>O relatório foi guardado como %1.</translation>
    </message>
    <message>
        <source>Choose a folder for the progress reports</source>
        <translation>Escolha uma pasta para os relatórios de acompanhamento</translation>
    </message>
    <message>
        <source>Making the progress reports…</source>
        <translation>A preparar os relatórios de acompanhamento…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Family progress reports</source>
        <translation>Relatórios de acompanhamento das famílias</translation>
    </message>
    <message>
        <source>Progress of the reports</source>
        <translation>Progresso dos relatórios</translation>
    </message>
    <message>
        <source>Making the progress reports… %1 of %2</source>
        <translation>A preparar os relatórios de acompanhamento… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) saved.</source>
        <translation>
            <numerusform>%Ln relatório guardado.</numerusform>
            <numerusform>%Ln relatórios guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Cancelado antes do fim.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) failed:</source>
        <translation>
            <numerusform>%Ln relatório falhou:</numerusform>
            <numerusform>%Ln relatórios falharam:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the monthly report</source>
        <translation>Escolha uma pasta para o relatório mensal</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Guardados %1 e %2.</translation>
    </message>
    <message>
        <source>Submit the monthly report</source>
        <translation>Submeter o relatório mensal</translation>
    </message>
    <message>
        <source>A submitted report is frozen; a correction becomes a new revision.</source>
        <translation>Um relatório submetido fica fixo; uma correção torna-se uma nova revisão.</translation>
    </message>
    <message>
        <source>Submit revision %1?</source>
        <translation>Submeter a revisão %1?</translation>
    </message>
    <message>
        <source>The report could not be made; see the log for the kind of error.</source>
        <translation>Não foi possível fazer o relatório; consulte o registo para saber o tipo de erro.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State of the selected revision</source>
        <translation>Estado da revisão escolhida</translation>
    </message>
    <message>
        <source>Set up sending…</source>
        <translation>Configurar o envio…</translation>
    </message>
    <message>
        <source>Opens the Sync screen, where the NAIR is set up</source>
        <translation>Abre o ecrã Sincronização, onde se configura o NAIR</translation>
    </message>
    <message>
        <source>Several cases match %1: %2. Type more of the number.</source>
        <translation>Há vários processos que correspondem a %1: %2. Escreva mais do número.</translation>
    </message>
    <message>
        <source>There is no case %1 in this vault. Type the number as the caseload shows it, or its last digits (e.g. 297).</source>
        <translation>Não há nenhum processo %1 neste cofre. Escreva o número como aparece nos processos, ou os últimos algarismos (p. ex. 297).</translation>
    </message>
    <message>
        <source>No revision of this month yet: Prepare builds one.</source>
        <translation>Ainda não há nenhuma revisão deste mês: Preparar faz uma.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Reset a passphrase</source>
        <translation>Repor uma frase-passe</translation>
    </message>
    <message>
        <source>New passphrase for %1. Their old passphrase stops working at once.</source>
        <translation>Nova frase-passe para %1. A frase-passe antiga deixa de funcionar imediatamente.</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Repor frase-passe</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Resolver um conflito</translation>
    </message>
    <message>
        <source>Case %1: this record was deleted on one laptop and changed on another. Keep it deleted, or restore it?</source>
        <translation>Processo %1: este registo foi apagado num portátil e alterado noutro. Mantê-lo apagado, ou restaurá-lo?</translation>
    </message>
    <message>
        <source>Case %1: “%2” was changed on two laptops that had not seen each other&apos;s change. Which value is right?</source>
        <translation>Processo %1: «%2» foi alterado em dois portáteis que não tinham visto a alteração um do outro. Qual é o valor certo?</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Mantê-lo apagado</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Restaurá-lo</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Data protection</source>
        <translation>Proteção de dados</translation>
    </message>
    <message>
        <source>Counting the families due</source>
        <translation>A contar as famílias por anonimizar</translation>
    </message>
    <message>
        <source>Years a file is kept after the family&apos;s exit</source>
        <translation>Anos de conservação do processo após a saída da família</translation>
    </message>
    <message>
        <source>Families due for anonymisation</source>
        <translation>Famílias por anonimizar</translation>
    </message>
    <message>
        <source>Re&amp;view and anonymise…</source>
        <translation>&amp;Rever e anonimizar…</translation>
    </message>
    <message>
        <source>Anonymise a family&apos;s file after its &amp;exit (years)</source>
        <translation>Anonimizar o processo após a &amp;saída (anos)</translation>
    </message>
    <message>
        <source>Due for anonymisation</source>
        <translation>Por anonimizar</translation>
    </message>
    <message>
        <source>Only a coordinator can change this or anonymise.</source>
        <translation>Só um(a) coordenador(a) pode alterar isto ou anonimizar.</translation>
    </message>
    <message>
        <source>%1 families</source>
        <translation>%1 famílias</translation>
    </message>
    <message>
        <source>1 family</source>
        <translation>1 família</translation>
    </message>
    <message>
        <source>The families due could not be counted; see the log.</source>
        <translation>Não foi possível contar as famílias por anonimizar; veja o registo.</translation>
    </message>
</context>
<context>
    <name>RetryGate</name>
    <message>
        <source>Wait %1 s</source>
        <translation>Aguarde %1 s</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Interface language</source>
        <translation>Língua da interface</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear após minutos de inatividade</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>ARP warning days</source>
        <translation>Dias de aviso da ARP</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Dias sem visita</translation>
    </message>
    <message>
        <source>Days for a referral answer</source>
        <translation>Dias para resposta a encaminhamento</translation>
    </message>
    <message>
        <source>Months of ISS transition</source>
        <translation>Meses de transição para o ISS</translation>
    </message>
    <message>
        <source>Months before a course</source>
        <translation>Meses até um curso</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <source>A new language applies the next time HostDesk starts.</source>
        <translation>A nova língua aplica-se da próxima vez que o HostDesk arrancar.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Este cofre</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time</source>
        <translation>Bloquear após &amp;inatividade</translation>
    </message>
    <message>
        <source>Warn of an &amp;ARP expiring within (days)</source>
        <translation>Avisar de uma &amp;ARP que caduca dentro de (dias)</translation>
    </message>
    <message>
        <source>Warn when no &amp;visit for (days)</source>
        <translation>Avisar quando não há &amp;visita há (dias)</translation>
    </message>
    <message>
        <source>Warn of a &amp;referral unanswered after (days)</source>
        <translation>Avisar de um &amp;encaminhamento sem resposta após (dias)</translation>
    </message>
    <message>
        <source>ISS &amp;transition starts (months before the end)</source>
        <translation>A &amp;transição para o ISS começa (meses antes do fim)</translation>
    </message>
    <message>
        <source>Warn of an adult without a &amp;Portuguese course after (months)</source>
        <translation>Avisar de um adulto sem curso de &amp;português após (meses)</translation>
    </message>
    <message>
        <source>Only a coordinator can change the alerts.</source>
        <translation>Só um(a) coordenador(a) pode alterar os alertas.</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Relatórios de acompanhamento</translation>
    </message>
    <message>
        <source>Who receives the progress reports</source>
        <translation>Quem recebe os relatórios de acompanhamento</translation>
    </message>
    <message>
        <source>e.g. AIMA — Integration unit</source>
        <translation>p. ex. AIMA — Unidade de Integração</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>Escol&amp;her logótipo…</translation>
    </message>
    <message>
        <source>No l&amp;ogo</source>
        <translation>Sem l&amp;ogótipo</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinatário</translation>
    </message>
    <message>
        <source>Entity logo</source>
        <translation>Logótipo da entidade</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Backup reminder days</source>
        <translation>Dias até ao lembrete de cópia de segurança</translation>
    </message>
    <message>
        <source>Remind when the last &amp;backup is older than (days)</source>
        <translation>Lembrar quando a última &amp;cópia de segurança tiver mais de (dias)</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Fa&amp;zer cópia de segurança agora…</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>A sua frase-passe</translation>
    </message>
    <message>
        <source>Change m&amp;y passphrase…</source>
        <translation>Alterar a mi&amp;nha frase-passe…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar definições</translation>
    </message>
    <message>
        <source>Save settings (Ctrl+S)</source>
        <translation>Guardar definições (Ctrl+S)</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Definições guardadas</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>A guardar as definições</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>A sua frase-passe foi alterada.</translation>
    </message>
    <message>
        <source>A logo is set.</source>
        <translation>Há um logótipo definido.</translation>
    </message>
    <message>
        <source>No logo.</source>
        <translation>Sem logótipo.</translation>
    </message>
    <message>
        <source>Choose the entity&apos;s logo</source>
        <translation>Escolha o logótipo da entidade</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image smaller than 1 MB.</source>
        <translation>Escolha uma imagem PNG ou JPEG com menos de 1 MB.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The settings could not be saved; see the log for the kind of error.</source>
        <translation>Não foi possível guardar as definições; veja no registo o tipo de erro.</translation>
    </message>
    <message>
        <source>&amp;Family documents: texts and translations…</source>
        <translation>Documentos para as &amp;famílias: textos e traduções…</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Open a vault</source>
        <translation>Abrir um cofre</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>HostDesk cannot open its window: Qt&apos;s %1 display plugin needs %2, which this system lacks; on Debian or Ubuntu install them with: sudo apt install %3</source>
        <translation>O HostDesk não consegue abrir a janela: o módulo de ecrã %1 do Qt precisa das bibliotecas %2, que faltam neste sistema; no Debian ou no Ubuntu, instale-as com: sudo apt install %3</translation>
    </message>
    <message>
        <source>HostDesk cannot open its window: there is no graphical display (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>O HostDesk não consegue abrir a janela: não há ecrã gráfico (DISPLAY e WAYLAND_DISPLAY não estão definidas); inicie-o numa sessão de ambiente de trabalho.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Choose a folder for the person&apos;s data (keep it as safe as the vault)</source>
        <translation>Escolha uma pasta para os dados da pessoa (guarde-os com o mesmo cuidado que o cofre)</translation>
    </message>
    <message>
        <source>The person&apos;s data were saved as %1 and %2. Check them before handing them over.</source>
        <translation>Os dados da pessoa foram guardados como %1 e %2. Verifique-os antes de os entregar.</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>Direito de acesso</translation>
    </message>
    <message>
        <source>The files could not be written in that folder; choose another.</source>
        <translation>Não foi possível gravar os ficheiros nessa pasta; escolha outra.</translation>
    </message>
    <message>
        <source>The export could not be made; see the log for the kind of error.</source>
        <translation>Não foi possível fazer a exportação; consulte o registo para saber o tipo de erro.</translation>
    </message>
    <message>
        <source>1 scanned document was saved beside them.</source>
        <translation>Foi guardado ao lado 1 documento digitalizado.</translation>
    </message>
    <message>
        <source>%1 scanned documents were saved beside them.</source>
        <translation>Foram guardados ao lado %1 documentos digitalizados.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>NAIR set-up</source>
        <translation>Configuração do NAIR</translation>
    </message>
    <message>
        <source>NAIR address</source>
        <translation>Endereço do NAIR</translation>
    </message>
    <message>
        <source>https://… (empty: send by file only)</source>
        <translation>https://… (vazio: enviar só por ficheiro)</translation>
    </message>
    <message>
        <source>Choose key file…</source>
        <translation>Escolher ficheiro da chave…</translation>
    </message>
    <message>
        <source>Fetch from the address</source>
        <translation>Obter do endereço</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>NAIR key</source>
        <translation>Chave do NAIR</translation>
    </message>
    <message>
        <source>Only a coordinator can set up sending to the NAIR.</source>
        <translation>Só um(a) coordenador(a) pode configurar o envio para o NAIR.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Bundles for the NAIR</source>
        <translation>Pacotes para o NAIR</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>Exportar para ficheiro…</translation>
    </message>
    <message>
        <source>Import receipt…</source>
        <translation>Importar recibo…</translation>
    </message>
    <message>
        <source>Sync message</source>
        <translation>Mensagem da sincronização</translation>
    </message>
    <message>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (por %2, %3)</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Próxima tentativa: %1</translation>
    </message>
    <message>
        <source>That did not work; see the log for the kind of error.</source>
        <translation>Não resultou; consulte o registo para saber o tipo de erro.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Choose the NAIR&apos;s key file</source>
        <translation>Escolha o ficheiro da chave do NAIR</translation>
    </message>
    <message>
        <source>NAIR key (*.json)</source>
        <translation>Chave do NAIR (*.json)</translation>
    </message>
    <message>
        <source>Choose the NAIR&apos;s key file, or fetch it from its address, first.</source>
        <translation>Escolha primeiro o ficheiro da chave do NAIR, ou obtenha-a do seu endereço.</translation>
    </message>
    <message>
        <source>Replace the NAIR key</source>
        <translation>Substituir a chave do NAIR</translation>
    </message>
    <message>
        <source>Another NAIR key is pinned.

Pinned now: %1
New key: %2

Replace it only if the NAIR read you the new fingerprint over the phone. Replace the key?</source>
        <translation>Está fixada outra chave do NAIR.

Fixada agora: %1
Nova chave: %2

Substitua-a só se o NAIR lhe tiver lido a nova impressão digital por telefone. Substituir a chave?</translation>
    </message>
    <message>
        <source>Save the enrollment file</source>
        <translation>Guardar o ficheiro de inscrição</translation>
    </message>
    <message>
        <source>Enrollment file (*.json)</source>
        <translation>Ficheiro de inscrição (*.json)</translation>
    </message>
    <message>
        <source>Enrollment file saved. Read this fingerprint to the NAIR: %1</source>
        <translation>Ficheiro de inscrição guardado. Leia esta impressão digital ao NAIR: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>Exportar o pacote</translation>
    </message>
    <message>
        <source>HostDesk bundle (*.hdbundle)</source>
        <translation>Pacote do HostDesk (*.hdbundle)</translation>
    </message>
    <message>
        <source>Saved %1. Bring the NAIR&apos;s receipt back with Import receipt.</source>
        <translation>%1 guardado. Traga o recibo do NAIR com Importar recibo.</translation>
    </message>
    <message>
        <source>Import the NAIR&apos;s receipt</source>
        <translation>Importar o recibo do NAIR</translation>
    </message>
    <message>
        <source>NAIR receipt (*.json)</source>
        <translation>Recibo do NAIR (*.json)</translation>
    </message>
    <message>
        <source>Delivered: %1, revision %2.</source>
        <translation>Entregue: %1, revisão %2.</translation>
    </message>
    <message>
        <source>Sealed again as a new bundle; it is queued.</source>
        <translation>Selado novamente como um novo pacote; está em fila.</translation>
    </message>
    <message>
        <source>NAIR</source>
        <translation>NAIR</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Sending to the NAIR: set-up</source>
        <translation>Envio para o NAIR: configuração</translation>
    </message>
    <message>
        <source>Monthly reports go to the NAIR locked with the NAIR&apos;s key, so that only the NAIR can read them. Add that key once: from a file the NAIR sent you, or fetched from its address. Then call the NAIR and check the code below.</source>
        <translation>Os relatórios mensais seguem para o NAIR fechados com a chave do NAIR, para que só o NAIR os possa ler. Acrescente essa chave uma vez: de um ficheiro que o NAIR lhe enviou, ou obtida do seu endereço. Depois telefone ao NAIR e confirme o código abaixo.</translation>
    </message>
    <message>
        <source>Code to check with the NAIR</source>
        <translation>Código a confirmar com o NAIR</translation>
    </message>
    <message>
        <source>Read this code to the NAIR over the phone; use the key only if the NAIR reads you the same code.</source>
        <translation>Leia este código ao NAIR por telefone; use a chave só se o NAIR lhe ler o mesmo código.</translation>
    </message>
    <message>
        <source>The NAIR read me this code by phone and it matches</source>
        <translation>O NAIR leu-me este código por telefone e coincide</translation>
    </message>
    <message>
        <source>Use this key and save</source>
        <translation>Usar esta chave e guardar</translation>
    </message>
    <message>
        <source>Use the NAIR key and save the address</source>
        <translation>Usar a chave do NAIR e guardar o endereço</translation>
    </message>
    <message>
        <source>Save registration file…</source>
        <translation>Guardar ficheiro de inscrição…</translation>
    </message>
    <message>
        <source>The file the NAIR needs once to recognise this entity&apos;s reports</source>
        <translation>O ficheiro de que o NAIR precisa uma vez para reconhecer os relatórios desta entidade</translation>
    </message>
    <message>
        <source>Code to check</source>
        <translation>Código a confirmar</translation>
    </message>
    <message>
        <source>Key in use</source>
        <translation>Chave em uso</translation>
    </message>
    <message>
        <source>Choose the NAIR&apos;s key first</source>
        <translation>Escolha primeiro a chave do NAIR</translation>
    </message>
    <message>
        <source>The file the NAIR sent back for an exported report</source>
        <translation>O ficheiro que o NAIR devolveu por um relatório exportado</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>Send a report the NAIR refused once more, locked with the current key</source>
        <translation>Enviar outra vez um relatório que o NAIR recusou, fechado com a chave atual</translation>
    </message>
    <message>
        <source>Set up now</source>
        <translation>Configurar agora</translation>
    </message>
    <message>
        <source>None yet: nothing can be sent to the NAIR until its key is added.</source>
        <translation>Nenhuma ainda: nada pode ser enviado ao NAIR até a sua chave ser acrescentada.</translation>
    </message>
    <message>
        <source>To export a report to a file, select it in the list first.</source>
        <translation>Para exportar um relatório para ficheiro, escolha-o primeiro na lista.</translation>
    </message>
    <message>
        <source>This report can be exported once the NAIR&apos;s key is set up: it is locked with that key first.</source>
        <translation>Este relatório pode ser exportado quando a chave do NAIR estiver configurada: primeiro é fechado com essa chave.</translation>
    </message>
    <message>
        <source>Export to file: for a USB stick or an e-mail to the NAIR.</source>
        <translation>Exportar para ficheiro: para uma pen USB ou um e-mail ao NAIR.</translation>
    </message>
    <message>
        <source>Saved. Reports now go locked with the NAIR key %1.</source>
        <translation>Guardado. Os relatórios seguem agora fechados com a chave do NAIR %1.</translation>
    </message>
    <message>
        <source>Nothing can be sent yet: sending to the NAIR is not set up. Add the NAIR&apos;s key above (Set up now), and what waits goes at once.</source>
        <translation>Ainda não se pode enviar nada: o envio para o NAIR não está configurado. Acrescente a chave do NAIR acima (Configurar agora) e o que está à espera segue logo.</translation>
    </message>
    <message>
        <source>Nothing can be sent yet: sending to the NAIR is not set up. Ask a coordinator to set it up on this screen.</source>
        <translation>Ainda não se pode enviar nada: o envio para o NAIR não está configurado. Peça a um(a) coordenador(a) que o configure neste ecrã.</translation>
    </message>
    <message>
        <source>There is no NAIR address, so reports go by file: select one and use Export to file, or add the NAIR&apos;s address above.</source>
        <translation>Não há endereço do NAIR, por isso os relatórios seguem por ficheiro: escolha um e use Exportar para ficheiro, ou acrescente o endereço do NAIR acima.</translation>
    </message>
    <message>
        <source>Sent. Everything the NAIR should have, it has.</source>
        <translation>Enviado. O NAIR tem tudo o que devia ter.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Não há nada à espera de envio.</translation>
    </message>
    <message numerus="yes">
        <source>Not everything was delivered: %n report(s) still wait.</source>
        <translation>
            <numerusform>Nem tudo foi entregue: %Ln relatório ainda está à espera.</numerusform>
            <numerusform>Nem tudo foi entregue: %Ln relatórios ainda estão à espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>HostDesk tries again at %1.</source>
        <translation>O HostDesk volta a tentar às %1.</translation>
    </message>
    <message>
        <source>Type the NAIR&apos;s address if it gave you one, then choose its key file or fetch the key from the address.</source>
        <translation>Escreva o endereço do NAIR, se lho deram, e depois escolha o ficheiro da chave ou obtenha a chave do endereço.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>activity</source>
        <translation>atividade</translation>
    </message>
    <message>
        <source>alert_response</source>
        <translation>resposta a alerta</translation>
    </message>
    <message>
        <source>allowance_payment</source>
        <translation>pagamento de apoio</translation>
    </message>
    <message>
        <source>allowance_rate</source>
        <translation>valor de apoio</translation>
    </message>
    <message>
        <source>app_user</source>
        <translation>utilizador</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>case_alias</source>
        <translation>número de processo fundido</translation>
    </message>
    <message>
        <source>channel_rule</source>
        <translation>regra de canal de chegada</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimento</translation>
    </message>
    <message>
        <source>education</source>
        <translation>educação</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>emprego</translation>
    </message>
    <message>
        <source>family</source>
        <translation>família</translation>
    </message>
    <message>
        <source>family_share</source>
        <translation>partilha de família</translation>
    </message>
    <message>
        <source>follow_up_task</source>
        <translation>tarefa de seguimento</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>passagem de processos</translation>
    </message>
    <message>
        <source>health_record</source>
        <translation>registo de saúde</translation>
    </message>
    <message>
        <source>hosting_entity</source>
        <translation>entidade de acolhimento</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>habitação</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identificador</translation>
    </message>
    <message>
        <source>iss_transition</source>
        <translation>passagem para a Segurança Social</translation>
    </message>
    <message>
        <source>language_course</source>
        <translation>curso de português</translation>
    </message>
    <message>
        <source>member</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>monthly_report</source>
        <translation>relatório mensal</translation>
    </message>
    <message>
        <source>nair_key</source>
        <translation>chave do NAIR</translation>
    </message>
    <message>
        <source>plan_goal</source>
        <translation>objetivo do plano</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>encaminhamento</translation>
    </message>
    <message>
        <source>residence_permit</source>
        <translation>autorização de residência</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>definição</translation>
    </message>
    <message>
        <source>sync_identity</source>
        <translation>identidade de envio ao NAIR</translation>
    </message>
    <message>
        <source>sync_identity_pq</source>
        <translation>identidade pós-quântica de envio ao NAIR</translation>
    </message>
    <message>
        <source>team_device</source>
        <translation>dispositivo da equipa</translation>
    </message>
    <message>
        <source>team_withheld</source>
        <translation>família retida fora da equipa</translation>
    </message>
</context>
<context>
    <name>TeamErrors</name>
    <message>
        <source>The team hub could not be reached or refused: %1</source>
        <translation>Não foi possível contactar o hub da equipa, ou este recusou: %1</translation>
    </message>
    <message>
        <source>The file could not be read or written; check the USB stick and try again.</source>
        <translation>Não foi possível ler ou gravar o ficheiro; verifique a pen USB e tente de novo.</translation>
    </message>
    <message>
        <source>That did not work; see the log for the kind of error.</source>
        <translation>Não resultou; consulte o registo para saber o tipo de erro.</translation>
    </message>
</context>
<context>
    <name>TeamFiles</name>
    <message>
        <source>There is not enough room in %1: the file needs %2 and %3 are free. Use another USB stick or free some space; nothing was written.</source>
        <translation>Não há espaço suficiente em %1: o ficheiro precisa de %2 e há %3 livres. Use outra pen USB ou liberte espaço; nada foi gravado.</translation>
    </message>
    <message>
        <source>The file will be %1 (documents: %2, %3). Write it?</source>
        <translation>O ficheiro terá %1 (documentos: %2, %3). Gravá-lo?</translation>
    </message>
    <message>
        <source>Written to %1 (%2). Changes: %3. Documents: %4 (%5).</source>
        <translation>Gravado em %1 (%2). Alterações: %3. Documentos: %4 (%5).</translation>
    </message>
    <message>
        <source>Documents that did not fit go in the next file: %1 (%2).</source>
        <translation>Os documentos que não couberam seguem no próximo ficheiro: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 merged, %2 already here, %3 held back.</source>
        <translation>%1 integrados, %2 já existentes, %3 retidos.</translation>
    </message>
    <message>
        <source>Documents received: %1 (%2).</source>
        <translation>Documentos recebidos: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Waiting for it</source>
        <translation>À espera dele</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <translation>%1 (este)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>This entity&apos;s team</source>
        <translation>A equipa desta entidade</translation>
    </message>
    <message>
        <source>Team hub address</source>
        <translation>Endereço do hub da equipa</translation>
    </message>
    <message>
        <source>https://… (empty: files only)</source>
        <translation>https://… (vazio: só ficheiros)</translation>
    </message>
    <message>
        <source>Create the team</source>
        <translation>Criar a equipa</translation>
    </message>
    <message>
        <source>Share the caseload with the entity&apos;s other laptops, end-to-end encrypted: each laptop holds only the families of its worker.</source>
        <translation>Partilhe os processos com os outros portáteis da entidade, com cifra ponto a ponto: cada portátil guarda só as famílias do seu técnico.</translation>
    </message>
    <message>
        <source>Join my entity&apos;s team…</source>
        <translation>Juntar-me à equipa da minha entidade…</translation>
    </message>
    <message>
        <source>With an invitation code from your coordinator; this laptop&apos;s families stay here until you offer them</source>
        <translation>Com um código de convite do seu coordenador; as famílias deste portátil ficam aqui até as oferecer</translation>
    </message>
    <message>
        <source>Join with an invitation file…</source>
        <translation>Juntar-me com um ficheiro de convite…</translation>
    </message>
    <message>
        <source>With no network: an invitation file on a USB stick; this laptop&apos;s families stay here until you offer them</source>
        <translation>Sem rede: um ficheiro de convite numa pen USB; as famílias deste portátil ficam aqui até as oferecer</translation>
    </message>
    <message>
        <source>Team devices</source>
        <translation>Dispositivos da equipa</translation>
    </message>
    <message>
        <source>Team summary</source>
        <translation>Resumo da equipa</translation>
    </message>
    <message>
        <source>Families the selected device held</source>
        <translation>Famílias que o dispositivo selecionado tinha</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronizar com o hub</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>Exportar para ficheiro…</translation>
    </message>
    <message>
        <source>What the laptop selected above lacks (every laptop, when none is selected), documents included, for a USB stick</source>
        <translation>O que falta ao portátil selecionado acima (a todos os portáteis, se nenhum estiver selecionado), documentos incluídos, para uma pen USB</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Importar de ficheiro…</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Convidar um portátil…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revogar…</translation>
    </message>
    <message>
        <source>For a lost or retired laptop</source>
        <translation>Para um portátil perdido ou retirado</translation>
    </message>
    <message>
        <source>Team sync message</source>
        <translation>Mensagem da sincronização da equipa</translation>
    </message>
    <message>
        <source>none: exchange files</source>
        <translation>nenhum: trocar ficheiros</translation>
    </message>
    <message>
        <source>Hub: %1.</source>
        <translation>Hub: %1.</translation>
    </message>
    <message>
        <source>Changes made here not sent yet: %1.</source>
        <translation>Alterações feitas aqui ainda não enviadas: %1.</translation>
    </message>
    <message>
        <source>Conflicts to resolve (in Today): %1.</source>
        <translation>Conflitos por resolver (em Hoje): %1.</translation>
    </message>
    <message>
        <source>Changes from a newer HostDesk wait here: update HostDesk.</source>
        <translation>Há alterações de um HostDesk mais recente à espera: atualize o HostDesk.</translation>
    </message>
    <message>
        <source>Changes held back for now: %1.</source>
        <translation>Alterações retidas por agora: %1.</translation>
    </message>
    <message>
        <source>Families this laptop shared: %1; a coordinator&apos;s laptop has %2 of them (as of its last file imported here).</source>
        <translation>Famílias que este portátil partilhou: %1; o portátil de um coordenador tem %2 delas (segundo o último ficheiro dele importado aqui).</translation>
    </message>
    <message>
        <source>This revoked laptop held these families (for the breach notice, within 72 hours): %1</source>
        <translation>Este portátil revogado tinha estas famílias (para a notificação de violação de dados, no prazo de 72 horas): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Sent %1, received %2 (%3 merged).</source>
        <translation>Enviados %1, recebidos %2 (%3 integrados).</translation>
    </message>
    <message>
        <source>Documents received: %1 of %2 (the others follow at a later sync).</source>
        <translation>Documentos recebidos: %1 de %2 (os outros seguem numa próxima sincronização).</translation>
    </message>
    <message>
        <source>Export the team&apos;s changes</source>
        <translation>Exportar as alterações da equipa</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nada foi gravado.</translation>
    </message>
    <message>
        <source>Import the team&apos;s changes</source>
        <translation>Importar as alterações da equipa</translation>
    </message>
    <message>
        <source>%1 families offered to the team; they travel with the next sync.</source>
        <translation>%1 famílias oferecidas à equipa; seguem na próxima sincronização.</translation>
    </message>
    <message>
        <source>Revoke this laptop?</source>
        <translation>Revogar este portátil?</translation>
    </message>
    <message>
        <source>Revoke %1 of %2? From now on its changes are refused and nothing sealed can be read by it. This cannot be undone.</source>
        <translation>Revogar %1 de %2? A partir de agora as suas alterações são recusadas e não poderá ler nada do que for selado. Não é possível anular esta ação.</translation>
    </message>
    <message>
        <source>This team has no hub; exchange files instead.</source>
        <translation>Esta equipa não tem hub; troque ficheiros.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Show dimension</source>
        <translation>Mostrar dimensão</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Todas as dimensões</translation>
    </message>
    <message>
        <source>Show member</source>
        <translation>Mostrar membro</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>&amp;Nova visita…</translation>
    </message>
    <message>
        <source>Record a visit, call or note (Alt+N)</source>
        <translation>Registar uma visita, chamada ou nota (Alt+N)</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Novo &amp;encaminhamento…</translation>
    </message>
    <message>
        <source>Referral &amp;answered…</source>
        <translation>Encaminhamento &amp;respondido…</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensão</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensões</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Registo selecionado</translation>
    </message>
    <message>
        <source>Open follow-up tasks</source>
        <translation>Tarefas de seguimento em aberto</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;concluída</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ainda nada registado.</translation>
    </message>
    <message>
        <source>Referral to %1 (not answered)</source>
        <translation>Encaminhamento para %1 (sem resposta)</translation>
    </message>
    <message>
        <source>Referral to %1 (answered)</source>
        <translation>Encaminhamento para %1 (respondido)</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Presentes: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation>Respondido a %1</translation>
    </message>
    <message>
        <source>Re&amp;open task</source>
        <translation>Re&amp;abrir tarefa</translation>
    </message>
    <message>
        <source>The selected task was not done after all: open it again</source>
        <translation>A tarefa escolhida afinal não foi feita: abri-la outra vez</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Ainda sem resposta.</translation>
    </message>
    <message>
        <source>Arrival in Portugal</source>
        <translation>Chegada a Portugal</translation>
    </message>
    <message>
        <source>Programme starts</source>
        <translation>Início do programa</translation>
    </message>
    <message>
        <source>Exit from the programme</source>
        <translation>Saída do programa</translation>
    </message>
    <message>
        <source>Housing begins: %1</source>
        <translation>Início da habitação: %1</translation>
    </message>
    <message>
        <source>Housing ends: %1</source>
        <translation>Fim da habitação: %1</translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation>Objetivo alcançado</translation>
    </message>
    <message>
        <source>Health record opened</source>
        <translation>Registo de saúde aberto</translation>
    </message>
    <message>
        <source>%1 begins</source>
        <translation>Início: %1</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>Fim: %1</translation>
    </message>
    <message>
        <source>Portuguese level %1 reached</source>
        <translation>Nível de português %1 atingido</translation>
    </message>
    <message>
        <source>ARP issued</source>
        <translation>ARP emitida</translation>
    </message>
    <message>
        <source>ARP renewal appointment</source>
        <translation>Marcação da renovação da ARP</translation>
    </message>
    <message>
        <source>ARP lapsed</source>
        <translation>ARP caducada</translation>
    </message>
    <message>
        <source>Consent given: %1</source>
        <translation>Consentimento dado: %1</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1</source>
        <translation>Consentimento retirado: %1</translation>
    </message>
    <message>
        <source>Completed by %1</source>
        <translation>Concluída por %1</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Tarefa concluída</translation>
    </message>
    <message>
        <source>Pr&amp;int this record…</source>
        <translation>Im&amp;primir este registo…</translation>
    </message>
    <message>
        <source>The selected visit, call or note with its tasks and referrals, on paper.</source>
        <translation>A visita, chamada ou nota escolhida, com as tarefas e os encaminhamentos, em papel.</translation>
    </message>
    <message>
        <source>Printing result</source>
        <translation>Resultado da impressão</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>O que há a fazer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln urgent</source>
        <translation>
            <numerusform>%Ln urgente</numerusform>
            <numerusform>%Ln urgentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter folds or unfolds the group</source>
        <translation>Enter recolhe ou expande o grupo</translation>
    </message>
</context>
<context>
    <name>TodayTable</name>
    <message>
        <source>Section</source>
        <translation>Secção</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Name in the original script</source>
        <translation>Nome na escrita original</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>O que há a fazer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximos</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>ARP expired</source>
        <translation>ARP caducada</translation>
    </message>
    <message>
        <source>ARP expiring</source>
        <translation>ARP a caducar</translation>
    </message>
    <message>
        <source>ISS transition and programme end</source>
        <translation>Transição para o ISS e fim do programa</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>Visitas em atraso</translation>
    </message>
    <message>
        <source>Children without school</source>
        <translation>Crianças sem escola</translation>
    </message>
    <message>
        <source>Without a Portuguese course</source>
        <translation>Sem curso de português</translation>
    </message>
    <message>
        <source>Referrals unanswered</source>
        <translation>Encaminhamentos sem resposta</translation>
    </message>
    <message>
        <source>Young adults whose protection is ending</source>
        <translation>Jovens adultos no fim da proteção</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tarefas de seguimento</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>A verificar</translation>
    </message>
    <message>
        <source>SNS (health)</source>
        <translation>SNS (saúde)</translation>
    </message>
    <message>
        <source>school</source>
        <translation>escola</translation>
    </message>
    <message>
        <source>IEFP</source>
        <translation>IEFP</translation>
    </message>
    <message>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <source>TTS (interpreting)</source>
        <translation>STT (tradução telefónica)</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psicólogo(a)</translation>
    </message>
    <message>
        <source>legal counselling</source>
        <translation>apoio jurídico</translation>
    </message>
    <message>
        <source>another service</source>
        <translation>outro serviço</translation>
    </message>
    <message>
        <source>ARP expires today</source>
        <translation>A ARP caduca hoje</translation>
    </message>
    <message>
        <source>Young-adult protection ends today: arrange the support after it</source>
        <translation>A proteção de jovem adulto termina hoje: prepare o apoio seguinte</translation>
    </message>
    <message>
        <source>Young-adult protection ends in 1 day: arrange the support after it</source>
        <translation>A proteção de jovem adulto termina dentro de 1 dia: prepare o apoio seguinte</translation>
    </message>
    <message>
        <source>Young-adult protection ends in %1 days: arrange the support after it</source>
        <translation>A proteção de jovem adulto termina dentro de %1 dias: prepare o apoio seguinte</translation>
    </message>
    <message>
        <source>May be of school age (birth date incomplete); no school enrolment</source>
        <translation>Pode estar em idade escolar (data de nascimento incompleta); sem matrícula escolar</translation>
    </message>
    <message>
        <source>No school enrolment recorded</source>
        <translation>Sem matrícula escolar registada</translation>
    </message>
    <message>
        <source>No Portuguese course recorded</source>
        <translation>Sem curso de português registado</translation>
    </message>
    <message>
        <source>Referral to %1 sent on %2, not answered yet</source>
        <translation>Encaminhamento para %1 enviado a %2, ainda sem resposta</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Filter by case number or name</source>
        <translation>Filtrar por número de processo ou nome</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar a lista</translation>
    </message>
    <message>
        <source>Kind of alert</source>
        <translation>Tipo de alerta</translation>
    </message>
    <message>
        <source>&amp;Urgent only</source>
        <translation>Só &amp;urgentes</translation>
    </message>
    <message>
        <source>Only &amp;my families</source>
        <translation>Só as &amp;minhas famílias</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the caseload again (F5)</source>
        <translation>Ler novamente os processos (F5)</translation>
    </message>
    <message>
        <source>Alerts and tasks</source>
        <translation>Alertas e tarefas</translation>
    </message>
    <message>
        <source>The alerts could not be read from the vault. Try again with Refresh.</source>
        <translation>Não foi possível ler os alertas do cofre. Tente novamente com Atualizar.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nada corresponde ao filtro.</translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>Nada precisa de atenção hoje.</translation>
    </message>
    <message>
        <source>Without a valid permit</source>
        <translation>Sem autorização válida</translation>
    </message>
    <message>
        <source>Permit renewal appointments</source>
        <translation>Renovações de autorização marcadas</translation>
    </message>
    <message>
        <source>Unaccompanied minors turning 18</source>
        <translation>Menores não acompanhados a fazer 18 anos</translation>
    </message>
    <message>
        <source>Young adults who came as unaccompanied minors</source>
        <translation>Jovens adultos que chegaram como menores não acompanhados</translation>
    </message>
    <message>
        <source>ISS transition to record</source>
        <translation>Transição ISS por registar</translation>
    </message>
    <message>
        <source>No residence permit recorded</source>
        <translation>Sem autorização de residência registada</translation>
    </message>
    <message>
        <source>This week: must be done by %1</source>
        <translation>Esta semana: a fazer até %1</translation>
    </message>
    <message>
        <source>Coming up (can wait past this week)</source>
        <translation>Próximos (podem esperar para além desta semana)</translation>
    </message>
    <message>
        <source>snoozed until %1 by %2: %3</source>
        <translation>adiado até %1 por %2: %3</translation>
    </message>
    <message>
        <source>acknowledged on %1 by %2: %3</source>
        <translation>reconhecido a %1 por %2: %3</translation>
    </message>
    <message>
        <source>ARP expires in 1 day</source>
        <translation>A ARP caduca dentro de 1 dia</translation>
    </message>
    <message>
        <source>ARP expires in %1 days</source>
        <translation>A ARP caduca dentro de %1 dias</translation>
    </message>
    <message>
        <source>ARP expired 1 day ago</source>
        <translation>A ARP caducou há 1 dia</translation>
    </message>
    <message>
        <source>ARP expired %1 days ago</source>
        <translation>A ARP caducou há %1 dias</translation>
    </message>
    <message>
        <source>Programme ends in 1 day: plan the transition with ISS</source>
        <translation>O programa termina dentro de 1 dia: planeie a transição com o ISS</translation>
    </message>
    <message>
        <source>Programme ends in %1 days: plan the transition with ISS</source>
        <translation>O programa termina dentro de %1 dias: planeie a transição com o ISS</translation>
    </message>
    <message>
        <source>Programme ended 1 day ago: record the exit or an extension</source>
        <translation>O programa terminou há 1 dia: registe a saída ou o prolongamento</translation>
    </message>
    <message>
        <source>Programme ended %1 days ago: record the exit or an extension</source>
        <translation>O programa terminou há %1 dias: registe a saída ou o prolongamento</translation>
    </message>
    <message>
        <source>No visit recorded for 1 day</source>
        <translation>Sem visita registada há 1 dia</translation>
    </message>
    <message>
        <source>No visit recorded for %1 days</source>
        <translation>Sem visita registada há %1 dias</translation>
    </message>
    <message>
        <source>Programme ends in 1 day: no ISS meeting recorded yet</source>
        <translation>O programa termina dentro de 1 dia: ainda sem reunião com o ISS registada</translation>
    </message>
    <message>
        <source>Programme ends in %1 days: no ISS meeting recorded yet</source>
        <translation>O programa termina dentro de %1 dias: ainda sem reunião com o ISS registada</translation>
    </message>
    <message>
        <source>Permit renewal appointment in 1 day</source>
        <translation>Renovação da autorização dentro de 1 dia</translation>
    </message>
    <message>
        <source>Permit renewal appointment in %1 days</source>
        <translation>Renovação da autorização dentro de %1 dias</translation>
    </message>
    <message>
        <source>Turns 18 in 1 day</source>
        <translation>Faz 18 anos dentro de 1 dia</translation>
    </message>
    <message>
        <source>Turns 18 in %1 days</source>
        <translation>Faz 18 anos dentro de %1 dias</translation>
    </message>
    <message>
        <source>Turned 18 1 day ago: review the support as a young adult</source>
        <translation>Fez 18 anos há 1 dia: reveja o apoio como jovem adulto</translation>
    </message>
    <message>
        <source>Turned 18 %1 days ago: review the support as a young adult</source>
        <translation>Fez 18 anos há %1 dias: reveja o apoio como jovem adulto</translation>
    </message>
    <message>
        <source>S&amp;how acknowledged and snoozed</source>
        <translation>Mostrar reconhecidos e adia&amp;dos</translation>
    </message>
    <message>
        <source>&amp;Open the family</source>
        <translation>Abrir a &amp;família</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>Re&amp;conhecer…</translation>
    </message>
    <message>
        <source>Seen and being dealt with: it leaves the list until the facts change</source>
        <translation>Visto e a ser tratado: sai da lista até os factos mudarem</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>Adia&amp;r…</translation>
    </message>
    <message>
        <source>Not now: it leaves the list until the day you choose</source>
        <translation>Agora não: sai da lista até ao dia que escolher</translation>
    </message>
    <message>
        <source>Show a&amp;gain</source>
        <translation>Mostrar &amp;outra vez</translation>
    </message>
    <message>
        <source>Take back the acknowledgement or the snooze</source>
        <translation>Desfazer o reconhecimento ou o adiamento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to do this week</source>
        <translation>
            <numerusform>%Ln para fazer esta semana</numerusform>
            <numerusform>%Ln para fazer esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coming up</source>
        <translation>
            <numerusform>%Ln nos próximos</numerusform>
            <numerusform>%Ln nos próximos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged or snoozed (hidden)</source>
        <translation>
            <numerusform>%Ln reconhecido ou adiado (escondido)</numerusform>
            <numerusform>%Ln reconhecidos ou adiados (escondidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>That could not be saved; try again.</source>
        <translation>Não foi possível guardar; tente outra vez.</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xportar a lista…</translation>
    </message>
    <message>
        <source>The items shown, both sections, as an .xlsx or .ods spreadsheet (not encrypted)</source>
        <translation>Os itens mostrados, das duas secções, numa folha de cálculo .xlsx ou .ods (não cifrada)</translation>
    </message>
    <message>
        <source>Pr&amp;int the list…</source>
        <translation>&amp;Imprimir a lista…</translation>
    </message>
    <message>
        <source>The items shown, both sections, on paper.</source>
        <translation>Os itens mostrados, das duas secções, em papel.</translation>
    </message>
    <message>
        <source>Export or print result</source>
        <translation>Resultado da exportação ou impressão</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock HostDesk</source>
        <translation>Desbloquear o HostDesk</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilizador</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase-passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Esqueceu-se da frase-passe?</translation>
    </message>
    <message>
        <source>Choose a new passphrase with the vault&apos;s recovery key</source>
        <translation>Escolha uma nova frase-passe com a chave de recuperação do cofre</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Cofre: %1</translation>
    </message>
    <message>
        <source>The passphrase of %1 was reset; unlock with the new one.</source>
        <translation>A frase-passe de %1 foi reposta; desbloqueie com a nova.</translation>
    </message>
    <message>
        <source>The vault could not be opened; see the log for details.</source>
        <translation>Não foi possível abrir o cofre; consulte o registo para mais pormenores.</translation>
    </message>
</context>
<context>
    <name>UserRemovalFlow</name>
    <message>
        <source>Removing %1 and re-encrypting the vault under a new key…</source>
        <translation>A remover %1 e a cifrar de novo o cofre com uma chave nova…</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>Remover um utilizador</translation>
    </message>
    <message>
        <source>These users had not signed in since HostDesk was updated, so the new key could not be given to them: give each a new passphrase (Reset passphrase): %1</source>
        <translation>Estes utilizadores não entraram desde que o HostDesk foi atualizado, por isso não foi possível dar-lhes a chave nova: dê a cada um uma frase-passe nova (Repor frase-passe): %1</translation>
    </message>
    <message>
        <source>A coordinator was removed, and they had seen the recovery key.</source>
        <translation>Foi removido um coordenador, que tinha visto a chave de recuperação.</translation>
    </message>
    <message>
        <source>The user could not be removed; see the log for the kind of error.</source>
        <translation>Não foi possível remover o utilizador; consulte o registo para saber o tipo de erro.</translation>
    </message>
    <message>
        <source>A new recovery key was made.</source>
        <translation>Foi criada uma chave de recuperação nova.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Utilizadores</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>A ler os utilizadores</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>A&amp;dd user…</source>
        <translation>Adicionar &amp;utilizador…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <source>R&amp;eset passphrase…</source>
        <translation>Repor &amp;frase-passe…</translation>
    </message>
    <message>
        <source>&amp;Hand caseload over…</source>
        <translation>&amp;Passar os casos…</translation>
    </message>
    <message>
        <source>Every family of the selected user goes to another worker, with a note</source>
        <translation>Todas as famílias do utilizador selecionado passam para outro/a técnico/a, com uma nota</translation>
    </message>
    <message>
        <source>New re&amp;covery key…</source>
        <translation>Nova chave de re&amp;cuperação…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>Users removed since this backup</source>
        <translation>Utilizadores removidos depois desta cópia de segurança</translation>
    </message>
    <message>
        <source>This computer removed %1 from this vault, but this copy (restored from a backup, or an older copy) still lets them in. Remove them again now? The vault is then re-encrypted under a new key.</source>
        <translation>Este computador removeu %1 deste cofre, mas esta cópia (reposta de uma cópia de segurança, ou uma cópia mais antiga) ainda os deixa entrar. Removê-los de novo agora? O cofre é então cifrado de novo com uma chave nova.</translation>
    </message>
    <message>
        <source>No recovery key</source>
        <translation>Sem chave de recuperação</translation>
    </message>
    <message>
        <source>This vault has no recovery key: the last one was withdrawn when a coordinator was removed. Make a new one now and keep it safe?</source>
        <translation>Este cofre não tem chave de recuperação: a última foi retirada quando um coordenador foi removido. Criar uma nova agora e guardá-la em segurança?</translation>
    </message>
    <message>
        <source>The users could not be read; see the log for the kind of error.</source>
        <translation>Não foi possível ler os utilizadores; veja no registo o tipo de erro.</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>Remover um utilizador</translation>
    </message>
    <message>
        <source>Remove %1? The vault is re-encrypted under a new key, so that nothing they kept opens it again (this takes a while for a large vault). What they recorded and the audit log keep their name.</source>
        <translation>Remover %1? O cofre é cifrado de novo com uma chave nova, para que nada do que guardou o volte a abrir (num cofre grande demora algum tempo). O que registou e o registo de auditoria mantêm o seu nome.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nova chave de recuperação</translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one stops working at once.</source>
        <translation>Criar uma chave de recuperação nova? A atual deixa de funcionar imediatamente.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 31/12/2026.</source>
        <translation>Escreva a data como dia/mês/ano, por exemplo 31/12/2026.</translation>
    </message>
    <message>
        <source>yyyy, mm/yyyy or dd/mm/yyyy</source>
        <translation>dd/mm/aaaa ou aaaa</translation>
    </message>
    <message>
        <source>Write the year (1987), month and year (03/1987) or the full date.</source>
        <translation>Escreva o ano (1987), o mês e o ano (03/1987) ou a data completa.</translation>
    </message>
    <message>
        <source>Write an amount in euros, for example 107,50.</source>
        <translation>Escreva um montante em euros, por exemplo 107,50.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>A data de nascimento não pode ser futura.</translation>
    </message>
    <message>
        <source>This field is needed.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>A NIF has only digits.</source>
        <translation>Um NIF só tem algarismos.</translation>
    </message>
    <message>
        <source>A NIF has %1 digits; this one has %2.</source>
        <translation>Um NIF tem %1 algarismos; este tem %2.</translation>
    </message>
    <message>
        <source>A NIF cannot start with %1.</source>
        <translation>Um NIF não pode começar por %1.</translation>
    </message>
    <message>
        <source>The last digit of this NIF should be %1; check the number.</source>
        <translation>O último algarismo deste NIF devia ser %1; verifique o número.</translation>
    </message>
    <message>
        <source>A NISS has only digits.</source>
        <translation>Um NISS só tem algarismos.</translation>
    </message>
    <message>
        <source>A NISS has %1 digits; this one has %2.</source>
        <translation>Um NISS tem %1 algarismos; este tem %2.</translation>
    </message>
    <message>
        <source>A NISS starts with %1 (a person) or %2 (an organisation).</source>
        <translation>Um NISS começa por %1 (pessoa singular) ou %2 (pessoa coletiva).</translation>
    </message>
    <message>
        <source>The last digit of this NISS should be %1; check the number.</source>
        <translation>O último algarismo deste NISS devia ser %1; verifique o número.</translation>
    </message>
    <message>
        <source>An SNS user number has only digits.</source>
        <translation>Um número de utente do SNS só tem algarismos.</translation>
    </message>
    <message>
        <source>An SNS user number has %1 digits; this one has %2.</source>
        <translation>Um número de utente do SNS tem %1 algarismos; este tem %2.</translation>
    </message>
    <message>
        <source>A Citizen Card number has %1 characters; this one has %2.</source>
        <translation>Um número do Cartão de Cidadão tem %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <source>A Citizen Card number is %1 digits, then %2 letters or digits, then %3 digit.</source>
        <translation>Um número do Cartão de Cidadão tem %1 algarismos, depois %2 letras ou algarismos e depois %3 algarismo.</translation>
    </message>
    <message>
        <source>The last digit of this Citizen Card number should be %1; check the number.</source>
        <translation>O último algarismo deste número do Cartão de Cidadão devia ser %1; verifique o número.</translation>
    </message>
    <message>
        <source>A passport number has at most %1 characters.</source>
        <translation>Um número de passaporte tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A passport number has only Latin letters and digits.</source>
        <translation>Um número de passaporte só tem letras latinas e algarismos.</translation>
    </message>
    <message>
        <source>A travel document number has at most %1 characters.</source>
        <translation>Um número de documento de viagem tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A travel document number has only Latin letters and digits.</source>
        <translation>Um número de documento de viagem só tem letras latinas e algarismos.</translation>
    </message>
    <message>
        <source>A NAIR reference has at most %1 characters.</source>
        <translation>Uma referência NAIR tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A NAIR reference has only Latin letters, digits and slashes.</source>
        <translation>Uma referência NAIR só tem letras latinas, algarismos e barras.</translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>Problema neste campo</translation>
    </message>
    <message>
        <source>This cell has more than %1,%2 characters.</source>
        <translation>Esta célula tem mais de %1 %2 caracteres.</translation>
    </message>
    <message>
        <source>This number is not a date Excel would show.</source>
        <translation>Este número não é uma data que o Excel possa mostrar.</translation>
    </message>
    <message>
        <source>This is not a date; write it as %1/%2/%3, %4/%5 or %6.</source>
        <translation>Isto não é uma data; escreva-a como %1/%2/%3, %4/%5 ou %6.</translation>
    </message>
    <message>
        <source>This date&apos;s year is before %1 or after %2.</source>
        <translation>O ano desta data é anterior a %1 ou posterior a %2.</translation>
    </message>
    <message>
        <source>This date does not exist (no such day or month).</source>
        <translation>Esta data não existe (o dia ou o mês não existem).</translation>
    </message>
    <message>
        <source>This date needs the day, month and year.</source>
        <translation>Esta data precisa do dia, do mês e do ano.</translation>
    </message>
    <message>
        <source>The programme length is a whole number of months, %1 to %2.</source>
        <translation>A duração do programa é um número inteiro de meses, de %1 a %2.</translation>
    </message>
    <message>
        <source>This is not a sex HostDesk knows; write F, M, X or leave it empty.</source>
        <translation>O HostDesk não conhece este sexo; escreva F, M, X ou deixe vazio.</translation>
    </message>
    <message>
        <source>This is not a sex HostDesk knows; write F (feminino), M, H (homem), X or leave it empty.</source>
        <translation>Este não é um sexo que o HostDesk conheça; escreva F (feminino), M, H (homem), X ou deixe vazio.</translation>
    </message>
    <message>
        <source>This is not an arrival channel HostDesk knows; write relocation, resettlement, spontaneous asylum or temporary protection.</source>
        <translation>O HostDesk não conhece esta via de chegada; escreva recolocação, reinstalação, asilo espontâneo ou proteção temporária.</translation>
    </message>
    <message>
        <source>This is not an arrival channel HostDesk knows; write Recolocação, Reinstalação, Asilo espontâneo or Proteção temporária.</source>
        <translation>Esta não é uma via de chegada que o HostDesk conheça; escreva Recolocação, Reinstalação, Asilo espontâneo ou Proteção temporária.</translation>
    </message>
    <message>
        <source>This is not a relationship HostDesk knows; write head, spouse, child, parent, sibling or other.</source>
        <translation>O HostDesk não conhece este parentesco; escreva chefe, cônjuge, filho, pai/mãe, irmão ou outro.</translation>
    </message>
    <message>
        <source>This is not a relationship HostDesk knows; write titular, cônjuge, filho, pai, irmão or outro.</source>
        <translation>Este não é um parentesco que o HostDesk conheça; escreva titular, cônjuge, filho, pai, irmão ou outro.</translation>
    </message>
    <message>
        <source>This is not a nationality HostDesk knows; write the country (Síria, Syria), the nationality (sírio, Syrian) or its two-letter code (SY).</source>
        <translation>Esta não é uma nacionalidade que o HostDesk conheça; escreva o país (Síria, Syria), a nacionalidade (sírio, Syrian) ou o código de duas letras (SY).</translation>
    </message>
    <message>
        <source>This value needs an answer (see the questions); HostDesk does not guess it.</source>
        <translation>Este valor precisa de uma resposta (veja as perguntas); o HostDesk não o adivinha.</translation>
    </message>
    <message>
        <source>Two-digit years: a date of birth is the latest year that is not in the future (%1/%2/%3 is %4, %5/%6/%7 is %8); other dates are in the %9s.</source>
        <translation>Anos com dois algarismos: uma data de nascimento fica no ano mais recente que não esteja no futuro (%1/%2/%3 é %4, %5/%6/%7 é %8); as outras datas ficam nos anos %9.</translation>
    </message>
    <message>
        <source>Write yes or no (sim or não), or leave it empty.</source>
        <translation>Escreva sim ou não, ou deixe vazio.</translation>
    </message>
    <message>
        <source>The last digit of this NIF is wrong; check the number.</source>
        <translation>O último algarismo deste NIF está errado; verifique o número.</translation>
    </message>
    <message>
        <source>The last digit of this NISS is wrong; check the number.</source>
        <translation>O último algarismo deste NISS está errado; verifique o número.</translation>
    </message>
    <message>
        <source>The last digit of this Citizen Card number is wrong; check the number.</source>
        <translation>O último algarismo deste número do Cartão de Cidadão está errado; verifique o número.</translation>
    </message>
    <message>
        <source>A NIF cannot start with these digits.</source>
        <translation>Um NIF não pode começar por estes algarismos.</translation>
    </message>
    <message>
        <source>The name in Latin letters is needed.</source>
        <translation>O nome em letras latinas é obrigatório.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>A data de nascimento está no futuro.</translation>
    </message>
    <message>
        <source>This differs from row %1 of the same household; a household has one value here.</source>
        <translation>Isto difere da linha %1 do mesmo agregado; um agregado tem um só valor aqui.</translation>
    </message>
    <message>
        <source>No row of this household gives the arrival channel.</source>
        <translation>Nenhuma linha deste agregado indica a via de chegada.</translation>
    </message>
    <message>
        <source>No row of this household gives the programme start.</source>
        <translation>Nenhuma linha deste agregado indica o início do programa.</translation>
    </message>
    <message>
        <source>No one in this household (rows %1 to %2) is marked as its head.</source>
        <translation>Ninguém neste agregado (linhas %1 a %2) está assinalado como titular.</translation>
    </message>
    <message>
        <source>This household has its head on row %1.</source>
        <translation>Este agregado tem o titular na linha %1.</translation>
    </message>
    <message>
        <source>This NIF is already recorded, in case HD-%1-%2.</source>
        <translation>Este NIF já está registado, no processo HD-%1-%2.</translation>
    </message>
    <message>
        <source>This NISS is already recorded, in case HD-%1-%2.</source>
        <translation>Este NISS já está registado, no processo HD-%1-%2.</translation>
    </message>
    <message>
        <source>This SNS number is already recorded, in case HD-%1-%2.</source>
        <translation>Este número do SNS já está registado, no processo HD-%1-%2.</translation>
    </message>
    <message>
        <source>This citizen card number is already recorded, in case HD-%1-%2.</source>
        <translation>Este número do Cartão de Cidadão já está registado, no processo HD-%1-%2.</translation>
    </message>
    <message>
        <source>This passport number is already recorded, in case HD-%1-%2.</source>
        <translation>Este número de passaporte já está registado, no processo HD-%1-%2.</translation>
    </message>
    <message>
        <source>The same NIF is also on row %1.</source>
        <translation>O mesmo NIF está também na linha %1.</translation>
    </message>
    <message>
        <source>The same NISS is also on row %1.</source>
        <translation>O mesmo NISS está também na linha %1.</translation>
    </message>
    <message>
        <source>The same SNS number is also on row %1.</source>
        <translation>O mesmo número do SNS está também na linha %1.</translation>
    </message>
    <message>
        <source>The same citizen card number is also on row %1.</source>
        <translation>O mesmo número do Cartão de Cidadão está também na linha %1.</translation>
    </message>
    <message>
        <source>The same passport number is also on row %1.</source>
        <translation>O mesmo número de passaporte está também na linha %1.</translation>
    </message>
    <message>
        <source>Possibly already in case HD-%1-%2: same name and year of birth.</source>
        <translation>Possivelmente já está no processo HD-%1-%2: mesmo nome e ano de nascimento.</translation>
    </message>
    <message>
        <source>Possibly the same person as row %1: same name and year of birth.</source>
        <translation>Possivelmente a mesma pessoa da linha %1: mesmo nome e ano de nascimento.</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet HostDesk reads; save it from the spreadsheet program as CSV, .xlsx or .ods.</source>
        <translation>Este ficheiro não é uma folha de cálculo que o HostDesk leia; guarde-o a partir do programa de folhas de cálculo como CSV, .xlsx ou .ods.</translation>
    </message>
    <message>
        <source>This workbook could not be read; it may be damaged: open it in Excel or LibreOffice and save it again (or save it as CSV).</source>
        <translation>Não foi possível ler este livro; pode estar danificado: abra-o no Excel ou no LibreOffice e guarde-o de novo (ou guarde-o como CSV).</translation>
    </message>
    <message>
        <source>This zip file is not a spreadsheet (.xlsx or .ods); choose the spreadsheet itself.</source>
        <translation>Este ficheiro zip não é uma folha de cálculo (.xlsx ou .ods); escolha a própria folha de cálculo.</translation>
    </message>
    <message>
        <source>This workbook has no sheet of cells.</source>
        <translation>Este livro não tem nenhuma folha com células.</translation>
    </message>
    <message>
        <source>This workbook has no sheet with this name or number; it has %1.</source>
        <translation>Este livro não tem nenhuma folha com este nome ou número; tem %1.</translation>
    </message>
    <message>
        <source>This sheet has cells far beyond its rows of people (an import takes at most %1,%2 rows and %3 columns); delete the rows and columns after the data, or save the sheet as CSV.</source>
        <translation>Esta folha tem células muito para lá das linhas de pessoas (uma importação aceita no máximo %1 %2 linhas e %3 colunas); apague as linhas e colunas depois dos dados, ou guarde a folha como CSV.</translation>
    </message>
    <message>
        <source>An answer is written VALUE=CHOICE, for example --answer &quot;Guineense=GW&quot;.</source>
        <translation>Uma resposta escreve-se VALOR=ESCOLHA, por exemplo --answer &quot;Guineense=GW&quot;.</translation>
    </message>
    <message>
        <source>This file says it is Unicode text but is damaged; save it again as CSV UTF-%1.</source>
        <translation>Este ficheiro diz ser texto Unicode mas está danificado; guarde-o novamente como CSV UTF-%1.</translation>
    </message>
    <message>
        <source>This encoding is not one HostDesk knows; write windows-%1, mac-roman, utf-%2 or utf-%3.</source>
        <translation>Esta codificação não é uma que o HostDesk conheça; escreva windows-%1, mac-roman, utf-%2 ou utf-%3.</translation>
    </message>
    <message>
        <source>This file cannot be read in the encoding given; try another one, or leave it out.</source>
        <translation>Este ficheiro não pode ser lido na codificação indicada; experimente outra, ou não a indique.</translation>
    </message>
    <message>
        <source>A cell of this file holds more than %1,%2 characters; this does not look like a spreadsheet of people.</source>
        <translation>Uma célula deste ficheiro tem mais de %1 %2 caracteres; não parece uma folha de cálculo de pessoas.</translation>
    </message>
    <message>
        <source>This CSV file is damaged near row %1; open it in the spreadsheet program and save it again.</source>
        <translation>Este ficheiro CSV está danificado perto da linha %1; abra-o no programa de folhas de cálculo e guarde-o novamente.</translation>
    </message>
    <message>
        <source>This file is larger than %1 MB; keep only the sheet of families, or split it.</source>
        <translation>Este ficheiro tem mais de %1 MB; mantenha só a folha das famílias, ou divida-o.</translation>
    </message>
    <message>
        <source>This workbook is far too large once unpacked; keep only the sheet of families.</source>
        <translation>Este livro fica demasiado grande depois de descompactado; mantenha só a folha das famílias.</translation>
    </message>
    <message>
        <source>Row %1 has cells beyond column CV; an import takes at most %2 columns: delete the others.</source>
        <translation>A linha %1 tem células para lá da coluna CV; uma importação aceita no máximo %2 colunas: elimine as restantes.</translation>
    </message>
    <message>
        <source>The sheet has more than %1,%2 rows; split it into smaller files.</source>
        <translation>A folha tem mais de %1 %2 linhas; divida-a em ficheiros mais pequenos.</translation>
    </message>
    <message>
        <source>The sheet is empty: it has no header row and no rows of people.</source>
        <translation>A folha está vazia: não tem linha de cabeçalho nem linhas de pessoas.</translation>
    </message>
    <message>
        <source>No header row found: the first row must name the columns (see docs/import.md).</source>
        <translation>Não se encontrou a linha de cabeçalho: a primeira linha tem de dar nome às colunas (veja docs/import.md).</translation>
    </message>
    <message>
        <source>Some rows have errors, so nothing was imported; correct them, or choose to import only the families without errors.</source>
        <translation>Algumas linhas têm erros, por isso nada foi importado; corrija-as, ou escolha importar só as famílias sem erros.</translation>
    </message>
    <message>
        <source>No family is left to import; nothing was saved.</source>
        <translation>Não resta nenhuma família para importar; nada foi guardado.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>A importação foi cancelada; nada foi guardado.</translation>
    </message>
    <message>
        <source>The vault changed since the preview and the check now finds other duplicates; look at the preview again, then import.</source>
        <translation>O cofre mudou desde a pré-visualização e a verificação encontra agora outros duplicados; veja novamente a pré-visualização e depois importe.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Nova visita</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Data da visita</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>e.g. at home, at the office, health centre</source>
        <translation>p. ex. em casa, no gabinete, centro de saúde</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Membros presentes</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>A visit cannot be in the future.</source>
        <translation>A data da visita não pode ser futura.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>&amp;Members present (Space ticks)</source>
        <translation>&amp;Membros presentes (Espaço assinala)</translation>
    </message>
    <message>
        <source>Notes (a note for each dimension touched)</source>
        <translation>Notas (uma por cada dimensão abordada)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tarefas de seguimento</translation>
    </message>
    <message>
        <source>Add &amp;another task</source>
        <translation>Adicionar &amp;outra tarefa</translation>
    </message>
    <message>
        <source>&amp;Refer to a service</source>
        <translation>&amp;Encaminhar para um serviço</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tarefa %1</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>O que há a fazer</translation>
    </message>
    <message>
        <source>Task %1 due on</source>
        <translation>Prazo da tarefa %1</translation>
    </message>
    <message>
        <source>due</source>
        <translation>até</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to HostDesk</source>
        <translation>Bem-vindo(a) ao HostDesk</translation>
    </message>
    <message>
        <source>HostDesk keeps your entity&apos;s case files on this computer, encrypted.</source>
        <translation>O HostDesk guarda os processos da sua entidade neste computador, cifrados.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault for my entity</source>
        <translation>&amp;Criar um cofre novo para a minha entidade</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault</source>
        <translation>&amp;Abrir um cofre existente</translation>
    </message>
    <message>
        <source>&amp;Explore the demo (synthetic families, no real data)</source>
        <translation>&amp;Explorar a demonstração (famílias fictícias, sem dados reais)</translation>
    </message>
    <message>
        <source>&amp;Join my entity&apos;s team</source>
        <translation>&amp;Juntar-me à equipa da minha entidade</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new in HostDesk %1</source>
        <translation>Novidades do HostDesk %1</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar consentimento</translation>
    </message>
    <message>
        <source>%1, given on %2.</source>
        <translation>%1, dado a %2.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado em</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Retirado em</translation>
    </message>
    <message>
        <source>A withdrawal cannot be in the future.</source>
        <translation>A data da retirada não pode ser futura.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Um consentimento não pode ser retirado antes de ter sido dado.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilização: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar a versão do programa e sair</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: erro: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>são obrigatórios os seguintes argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>é obrigatório um dos argumentos %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperava-se um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperava-se no máximo um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperava-se pelo menos um argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>esperava-se %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>esperavam-se %s argumentos</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não é permitido com o argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado: %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opção inesperada: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando desconhecido %(parser_name)r (opções: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não é possível abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>a opção &apos;%(option)s&apos; está obsoleta</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>o argumento &apos;%(argument_name)s&apos; está obsoleto</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>o comando &apos;%(parser_name)s&apos; está obsoleto</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The mapping file names a column this file does not have: {0}.</source>
        <translation>O ficheiro de correspondência indica uma coluna que este ficheiro não tem: {0}.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read; write it as JSON: {&quot;Nome&quot;: &quot;name_latin&quot;}.</source>
        <translation>Não é possível ler o ficheiro de correspondência; escreva-o em JSON: {&quot;Nome&quot;: &quot;name_latin&quot;}.</translation>
    </message>
    <message>
        <source>The mapping file is not a JSON object: {&quot;Nome&quot;: &quot;name_latin&quot;}.</source>
        <translation>O ficheiro de correspondência não é um objeto JSON: {&quot;Nome&quot;: &quot;name_latin&quot;}.</translation>
    </message>
    <message>
        <source>The mapping file sets an unknown field {0}; use {1}.</source>
        <translation>O ficheiro de correspondência indica um campo desconhecido, {0}; use {1}.</translation>
    </message>
    <message>
        <source>Set the columns with --mapping FILE.json (see docs/import.md).</source>
        <translation>Defina as colunas com --mapping FICHEIRO.json (veja docs/import.md).</translation>
    </message>
    <message>
        <source>Nothing was imported: answer what is asked above, then run the import again.</source>
        <translation>Nada foi importado: responda ao que é perguntado acima e volte a correr a importação.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above (or answer the questions) and run the import again, or add --only-valid to import only the families without errors.</source>
        <translation>Nada foi importado: corrija as linhas acima (ou responda às perguntas) e volte a correr a importação, ou acrescente --only-valid para importar só as famílias sem erros.</translation>
    </message>
    <message>
        <source>Nothing was imported: no family is left once those with problems are left out.</source>
        <translation>Nada foi importado: não resta nenhuma família depois de deixadas de fora as que têm problemas.</translation>
    </message>
    <message>
        <source>{0} families ({1} people) to import.</source>
        <translation>A importar: {0} famílias ({1} pessoas).</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Ensaio: nada foi guardado.</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> e mais {0}</translation>
    </message>
    <message>
        <source>Imported {0} families ({1} people): {2}.</source>
        <translation>Importadas {0} famílias ({1} pessoas): {2}.</translation>
    </message>
    <message>
        <source>{0} families were left out (see the rows above).</source>
        <translation>{0} famílias ficaram de fora (veja as linhas acima).</translation>
    </message>
    <message>
        <source>Two columns are set to {0}; keep one.</source>
        <translation>Há duas colunas definidas como {0}; mantenha uma.</translation>
    </message>
    <message>
        <source>No column is set to {0}; it is needed.</source>
        <translation>Nenhuma coluna está definida como {0}; é necessária.</translation>
    </message>
    <message>
        <source>Sheet read: &quot;{0}&quot; (of {1}: {2}); --sheet reads another.</source>
        <translation>Folha lida: &quot;{0}&quot; (de {1}: {2}); --sheet lê outra.</translation>
    </message>
    <message>
        <source>Text encoding: {0}.</source>
        <translation>Codificação do texto: {0}.</translation>
    </message>
    <message>
        <source>as saved last time</source>
        <translation>como guardadas da última vez</translation>
    </message>
    <message>
        <source>guessed from the headers</source>
        <translation>adivinhadas pelos cabeçalhos</translation>
    </message>
    <message>
        <source>Columns ({0}; header on row {1}):</source>
        <translation>Colunas ({0}; cabeçalho na linha {1}):</translation>
    </message>
    <message>
        <source>  (no name on the header row is one HostDesk knows; the names are not shown)</source>
        <translation>  (nenhum nome da linha de cabeçalho é conhecido do HostDesk; os nomes não são mostrados)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(não importada)</translation>
    </message>
    <message>
        <source>Columns with data that are not imported (left out, as asked):</source>
        <translation>Colunas com dados que não são importadas (deixadas de fora, como pedido):</translation>
    </message>
    <message>
        <source>Columns with data that are not imported; set them with --mapping, or confirm leaving them out with --leave-out-columns:</source>
        <translation>Colunas com dados que não são importadas; defina-as com --mapping, ou confirme que ficam de fora com --leave-out-columns:</translation>
    </message>
    <message>
        <source>  {0}: {1} rows have a value</source>
        <translation>  {0}: {1} linhas têm um valor</translation>
    </message>
    <message>
        <source>Column {0}: does &quot;M&quot; mean male (M for Masculino, beside F) or female (M for Mulher)? Rows {1}. Answer with --m-means male or --m-means female.</source>
        <translation>Coluna {0}: o &quot;M&quot; quer dizer masculino (M de Masculino, ao lado de F) ou feminino (M de Mulher)? Linhas {1}. Responda com --m-means male ou --m-means female.</translation>
    </message>
    <message>
        <source>Column {0}: &quot;{1}&quot; names more than one country ({2}). Rows {3}. Answer with --answer &quot;{1}={4}&quot; (or another of them).</source>
        <translation>Coluna {0}: &quot;{1}&quot; designa mais de um país ({2}). Linhas {3}. Responda com --answer &quot;{1}={4}&quot; (ou outro deles).</translation>
    </message>
    <message>
        <source>Column {0}: &quot;{1}&quot; is not an arrival channel (people of every channel may have it), and the channel decides the programme&apos;s rules. Rows {2}. Answer with --answer &quot;{1}=CHANNEL&quot;, CHANNEL being one of {3}.</source>
        <translation>Coluna {0}: &quot;{1}&quot; não é uma via de chegada (pessoas de qualquer via o podem ter), e a via decide as regras do programa. Linhas {2}. Responda com --answer &quot;{1}=VIA&quot;, sendo VIA uma de {3}.</translation>
    </message>
    <message>
        <source>Questions (HostDesk does not guess these; answer, then run again):</source>
        <translation>Perguntas (o HostDesk não as adivinha; responda e volte a correr):</translation>
    </message>
    <message>
        <source>The letters of this file read as names both in Windows-1252 (Excel for Windows) and in Mac Roman (Excel for Mac). Rows {0}. Answer with --encoding windows-1252 or --encoding mac-roman.</source>
        <translation>As letras deste ficheiro leem-se como nomes tanto em Windows-1252 (Excel para Windows) como em Mac Roman (Excel para Mac). Linhas {0}. Responda com --encoding windows-1252 ou --encoding mac-roman.</translation>
    </message>
    <message>
        <source>  (run it in a terminal to see both readings of those names)</source>
        <translation>  (corra-o num terminal para ver as duas leituras desses nomes)</translation>
    </message>
    <message>
        <source>row</source>
        <translation>linha</translation>
    </message>
    <message>
        <source>column</source>
        <translation>coluna</translation>
    </message>
    <message>
        <source>{0} rows in {1} households: {2} rows with errors (in {3} households), {4} rows with a possible duplicate.</source>
        <translation>{0} linhas em {1} agregados: {2} linhas com erros (em {3} agregados), {4} linhas com um possível duplicado.</translation>
    </message>
    <message>
        <source>hostdesk: the entity is not marked as a PAR member (Settings); there is no PAR export to make.</source>
        <translation>hostdesk: a entidade não está marcada como membro da PAR (Definições); não há exportação para a PAR.</translation>
    </message>
    <message>
        <source>PAR figures for %1 (aggregates only): %2.json and .%3</source>
        <translation>Números para a PAR de %1 (apenas agregados): %2.json e .%3</translation>
    </message>
    <message>
        <source>a document for a family in its language (information sheet, consent text, integration plan) as PDF</source>
        <translation>um documento para uma família na sua língua (folha de informação, texto de consentimento, plano de integração) em PDF</translation>
    </message>
    <message>
        <source>case number, e.g. HD-2026-00042</source>
        <translation>número do processo, p. ex. HD-2026-00042</translation>
    </message>
    <message>
        <source>which document</source>
        <translation>que documento</translation>
    </message>
    <message>
        <source>the document&apos;s language</source>
        <translation>a língua do documento</translation>
    </message>
    <message>
        <source>add the Portuguese version after it</source>
        <translation>juntar a versão em português a seguir</translation>
    </message>
    <message>
        <source>There is no text of this document in %1 yet; it cannot be printed in that language.</source>
        <translation>Ainda não há texto deste documento em %1; não pode ser impresso nessa língua.</translation>
    </message>
    <message>
        <source>The text of this document in %1 has not been reviewed: a coordinator must read it and mark it reviewed (Settings &gt; Family documents) before it can be printed; an unchecked consent text is not informed consent.</source>
        <translation>O texto deste documento em %1 não foi revisto: um coordenador tem de o ler e marcar como revisto (Definições &gt; Documentos para as famílias) antes de poder ser impresso; um texto de consentimento não verificado não é consentimento informado.</translation>
    </message>
    <message>
        <source>Written to %1. The file is not encrypted: keep it as safe as the vault and delete it once it is printed or handed over.</source>
        <translation>Gravado em %1. O ficheiro não está cifrado: guarde-o com o mesmo cuidado que o cofre e apague-o depois de o imprimir ou entregar.</translation>
    </message>
    <message>
        <source>share the caseload between the entity&apos;s laptops</source>
        <translation>partilhar os processos entre os portáteis da entidade</translation>
    </message>
    <message>
        <source>invite a laptop, or add the one that asked</source>
        <translation>convidar um portátil, ou adicionar o que pediu para entrar</translation>
    </message>
    <message>
        <source>the user the new laptop is for</source>
        <translation>o utilizador a quem se destina o novo portátil</translation>
    </message>
    <message>
        <source>write the invitation (with --accept: the welcome) here</source>
        <translation>gravar aqui o convite (com --accept: as boas-vindas)</translation>
    </message>
    <message>
        <source>the team hub&apos;s address, if any</source>
        <translation>o endereço do hub da equipa, se existir</translation>
    </message>
    <message>
        <source>add the laptop whose join request this is</source>
        <translation>adicionar o portátil que fez este pedido de adesão</translation>
    </message>
    <message>
        <source>the fingerprint the new laptop&apos;s user read to you</source>
        <translation>a impressão digital que o utilizador do novo portátil lhe leu</translation>
    </message>
    <message>
        <source>list (or, with --accept-hub, add) laptops that asked on the hub</source>
        <translation>listar (ou, com --accept-hub, adicionar) os portáteis que pediram adesão no hub</translation>
    </message>
    <message>
        <source>add the laptop that answered this invitation on the hub</source>
        <translation>adicionar o portátil que respondeu a este convite no hub</translation>
    </message>
    <message>
        <source>make this laptop&apos;s vault from an invitation</source>
        <translation>criar o cofre deste portátil a partir de um convite</translation>
    </message>
    <message>
        <source>the invitation code (with --hub)</source>
        <translation>o código do convite (com --hub)</translation>
    </message>
    <message>
        <source>the team hub&apos;s address</source>
        <translation>o endereço do hub da equipa</translation>
    </message>
    <message>
        <source>write the join request here (first step)</source>
        <translation>gravar aqui o pedido de adesão (primeiro passo)</translation>
    </message>
    <message>
        <source>the welcome file the coordinator gave back (second step)</source>
        <translation>o ficheiro de boas-vindas devolvido pelo coordenador (segundo passo)</translation>
    </message>
    <message>
        <source>a name for this laptop</source>
        <translation>um nome para este portátil</translation>
    </message>
    <message>
        <source>this laptop&apos;s own families: list them, or share some</source>
        <translation>as famílias próprias deste portátil: listá-las, ou partilhar algumas</translation>
    </message>
    <message>
        <source>share these families (by case number) with the team</source>
        <translation>partilhar estas famílias (pelo número de processo) com a equipa</translation>
    </message>
    <message>
        <source>this device, the others, what waits</source>
        <translation>este dispositivo, os outros, o que está à espera</translation>
    </message>
    <message>
        <source>exchange changes by file (or hub)</source>
        <translation>trocar alterações por ficheiro (ou pelo hub)</translation>
    </message>
    <message>
        <source>merge what this file carries (any order, any times)</source>
        <translation>integrar o que este ficheiro traz (por qualquer ordem, quantas vezes for)</translation>
    </message>
    <message>
        <source>write what another device lacks to this file</source>
        <translation>gravar neste ficheiro o que falta a outro dispositivo</translation>
    </message>
    <message>
        <source>the device the file is for (default: everything)</source>
        <translation>o dispositivo a que se destina o ficheiro (por omissão: tudo)</translation>
    </message>
    <message>
        <source>revoke a lost or retired device</source>
        <translation>revogar um dispositivo perdido ou retirado</translation>
    </message>
    <message>
        <source>the device&apos;s id (or its first characters)</source>
        <translation>o identificador do dispositivo (ou os seus primeiros caracteres)</translation>
    </message>
    <message>
        <source>list the team&apos;s devices</source>
        <translation>listar os dispositivos da equipa</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Warning: the laptop {label} of {user} has not been in contact since {month} ended (last contact: {when}); what it changed may be missing from this report.</source>
        <translation>Atenção: o portátil {label} de {user} não contactou a equipa desde o fim de {month} (último contacto: {when}); o que alterou pode faltar neste relatório.</translation>
    </message>
    <message>
        <source>join with this vault, which holds families already (with --code and --hub, or --invitation and --out, then --welcome; they stay here until offered)</source>
        <translation>aderir com este cofre, que já tem famílias (com --code e --hub, ou --invitation e --out, depois --welcome; ficam aqui até serem oferecidas)</translation>
    </message>
    <message>
        <source>say who the laptop is for with --for-user NAME and where to write the invitation with --out FILE.</source>
        <translation>indique a quem se destina o portátil com --for-user NOME e onde gravar o convite com --out FICHEIRO.</translation>
    </message>
    <message>
        <source>This vault is now the first device of team {team}.</source>
        <translation>Este cofre é agora o primeiro dispositivo da equipa {team}.</translation>
    </message>
    <message>
        <source>Invitation for {user} written to {path}.</source>
        <translation>Convite para {user} gravado em {path}.</translation>
    </message>
    <message>
        <source>Invitation code (one use, valid until {when}): {code}</source>
        <translation>Código do convite (uma utilização, válido até {when}): {code}</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, to read aloud to the new laptop&apos;s user: {fp}</source>
        <translation>Impressão digital deste dispositivo, para ler em voz alta ao utilizador do novo portátil: {fp}</translation>
    </message>
    <message>
        <source>ask the new laptop&apos;s user to read its fingerprint aloud, then run again with --fingerprint FP.</source>
        <translation>peça ao utilizador do novo portátil que leia em voz alta a impressão digital e volte a executar com --fingerprint IMPRESSÃO.</translation>
    </message>
    <message>
        <source>The new laptop&apos;s fingerprint should be: {fp}</source>
        <translation>A impressão digital do novo portátil deve ser: {fp}</translation>
    </message>
    <message>
        <source>Did its user read you exactly this fingerprint? Type yes: </source>
        <translation>O utilizador leu-lhe exatamente esta impressão digital? Escreva yes: </translation>
    </message>
    <message>
        <source>the laptop was not added.</source>
        <translation>o portátil não foi adicionado.</translation>
    </message>
    <message>
        <source>say where to write the welcome with --out FILE.</source>
        <translation>indique onde gravar as boas-vindas com --out FICHEIRO.</translation>
    </message>
    <message>
        <source>The laptop was added; give it the welcome file {path}.</source>
        <translation>O portátil foi adicionado; entregue-lhe o ficheiro de boas-vindas {path}.</translation>
    </message>
    <message>
        <source>No laptop is waiting to join.</source>
        <translation>Nenhum portátil está à espera de entrar.</translation>
    </message>
    <message>
        <source>{invite}  for {user}, {label}: fingerprint {fp}</source>
        <translation>{invite}  para {user}, {label}: impressão digital {fp}</translation>
    </message>
    <message>
        <source>no single waiting laptop matches {id}.</source>
        <translation>não há um único portátil em espera que corresponda a {id}.</translation>
    </message>
    <message>
        <source>give the fingerprint its user read to you with --fingerprint FP.</source>
        <translation>indique a impressão digital que o utilizador lhe leu com --fingerprint IMPRESSÃO.</translation>
    </message>
    <message>
        <source>The laptop was added; it receives its welcome from the hub.</source>
        <translation>O portátil foi adicionado; recebe as boas-vindas através do hub.</translation>
    </message>
    <message>
        <source>the coordinator did not add this laptop in time; ask for a new invitation.</source>
        <translation>o coordenador não adicionou este portátil a tempo; peça um novo convite.</translation>
    </message>
    <message>
        <source>Joined the team.</source>
        <translation>Entrou na equipa.</translation>
    </message>
    <message>
        <source>a code needs the hub&apos;s address: --hub URL.</source>
        <translation>um código precisa do endereço do hub: --hub URL.</translation>
    </message>
    <message>
        <source>--existing needs --code CODE and --hub URL, or --invitation FILE and --out REQUEST, then --welcome FILE.</source>
        <translation>--existing precisa de --code CÓDIGO e --hub URL, ou de --invitation FICHEIRO e --out PEDIDO, depois --welcome FICHEIRO.</translation>
    </message>
    <message>
        <source>give the invitation with --invitation FILE, or --code CODE and --hub URL.</source>
        <translation>indique o convite com --invitation FICHEIRO, ou --code CÓDIGO e --hub URL.</translation>
    </message>
    <message>
        <source>Joined the team: {n} change sets merged.</source>
        <translation>Entrou na equipa: {n} conjuntos de alterações integrados.</translation>
    </message>
    <message>
        <source>say where to write the join request with --out FILE.</source>
        <translation>indique onde gravar o pedido de adesão com --out FICHEIRO.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s device fingerprint (check it aloud): {fp}</source>
        <translation>Impressão digital do dispositivo do coordenador (confirme-a em voz alta): {fp}</translation>
    </message>
    <message>
        <source>Join request written to {path}; give it to the coordinator.</source>
        <translation>Pedido de adesão gravado em {path}; entregue-o ao coordenador.</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint, to read aloud to the coordinator: {fp}</source>
        <translation>Impressão digital deste portátil, para ler em voz alta ao coordenador: {fp}</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only now; print it or write it down and keep it locked away):</source>
        <translation>CHAVE DE RECUPERAÇÃO (mostrada só agora; imprima-a ou escreva-a e guarde-a fechada à chave):</translation>
    </message>
    <message>
        <source>This vault is not in a team.</source>
        <translation>Este cofre não faz parte de nenhuma equipa.</translation>
    </message>
    <message>
        <source>Team {team}; this device {device} (code {code}).</source>
        <translation>Equipa {team}; este dispositivo {device} (código {code}).</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hub: {hub}</translation>
    </message>
    <message>
        <source>none (files only)</source>
        <translation>nenhum (só ficheiros)</translation>
    </message>
    <message>
        <source>Rows changed here and not sealed yet: {n}</source>
        <translation>Registos alterados aqui e ainda não selados: {n}</translation>
    </message>
    <message>
        <source>Held back ({reason}): {n}</source>
        <translation>Retidos ({reason}): {n}</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {n} in {families} families</source>
        <translation>Conflitos por resolver: {n} em {families} famílias</translation>
    </message>
    <message>
        <source>Edits dropped because their family was erased: {n}</source>
        <translation>Alterações descartadas porque a família foi apagada: {n}</translation>
    </message>
    <message>
        <source>(revoked)</source>
        <translation>(revogado)</translation>
    </message>
    <message>
        <source>last contact {when}, {n} waiting for it</source>
        <translation>último contacto {when}, {n} à espera dele</translation>
    </message>
    <message>
        <source>a newer HostDesk wrote it: update HostDesk</source>
        <translation>foi escrito por um HostDesk mais recente: atualize o HostDesk</translation>
    </message>
    <message>
        <source>its device&apos;s clock is ahead of this one</source>
        <translation>o relógio do dispositivo de origem está adiantado em relação a este</translation>
    </message>
    <message>
        <source>from a device not known here yet</source>
        <translation>de um dispositivo ainda desconhecido aqui</translation>
    </message>
    <message>
        <source>there is not enough room in {folder}: the file needs {size} and {free} are free; nothing was written.</source>
        <translation>não há espaço suficiente em {folder}: o ficheiro precisa de {size} e há {free} livres; nada foi gravado.</translation>
    </message>
    <message>
        <source>{path}: {merged} merged, {dup} already here, {held} held back, {refused} refused.</source>
        <translation>{path}: {merged} integrados, {dup} já existentes, {held} retidos, {refused} recusados.</translation>
    </message>
    <message>
        <source>Documents received: {n} ({size}).</source>
        <translation>Documentos recebidos: {n} ({size}).</translation>
    </message>
    <message>
        <source>Written to {path} ({size}).</source>
        <translation>Gravado em {path} ({size}).</translation>
    </message>
    <message>
        <source>Changes: {n}. Documents: {docs} ({size}).</source>
        <translation>Alterações: {n}. Documentos: {docs} ({size}).</translation>
    </message>
    <message>
        <source>Documents that did not fit go in the next file: {n} ({size}).</source>
        <translation>Os documentos que não couberam seguem no próximo ficheiro: {n} ({size}).</translation>
    </message>
    <message>
        <source>this team has no hub; exchange files with --to-file and --from-file.</source>
        <translation>esta equipa não tem hub; troque ficheiros com --to-file e --from-file.</translation>
    </message>
    <message>
        <source>Sent {up}; received {down}: {merged} merged, {held} held back, {refused} refused.</source>
        <translation>Enviados {up}; recebidos {down}: {merged} integrados, {held} retidos, {refused} recusados.</translation>
    </message>
    <message>
        <source>Documents: {sent} sent, {got} received.</source>
        <translation>Documentos: {sent} enviados, {got} recebidos.</translation>
    </message>
    <message>
        <source>no single device&apos;s id starts with {id}.</source>
        <translation>não há um único dispositivo cujo identificador comece por {id}.</translation>
    </message>
    <message>
        <source>Device {id} revoked: its changes from now on are refused, and nothing sealed from now on can be read by it.</source>
        <translation>Dispositivo {id} revogado: as suas alterações passam a ser recusadas e nada do que for selado a partir de agora poderá ser lido por ele.</translation>
    </message>
    <message>
        <source>It held these families (for the breach notice, within 72 hours):</source>
        <translation>Tinha estas famílias (para a notificação de violação de dados, no prazo de 72 horas):</translation>
    </message>
    <message>
        <source>The hub could not be told yet ({reason}); it will be at the next sync.</source>
        <translation>Ainda não foi possível avisar o hub ({reason}); será avisado na próxima sincronização.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>revoked {when}</source>
        <translation>revogado em {when}</translation>
    </message>
    <message>
        <source>This computer removed these users after the backup was made, but the restored copy still lets them in: %1</source>
        <translation>Este computador removeu estes utilizadores depois de a cópia de segurança ser feita, mas a cópia reposta ainda os deixa entrar: %1</translation>
    </message>
    <message>
        <source>Remove them again now (the vault is re-encrypted)? [y/N] </source>
        <translation>Removê-los de novo agora (o cofre é cifrado de novo)? [s/N] </translation>
    </message>
    <message>
        <source>Remove them with: hostdesk user remove --vault %1 --name USER</source>
        <translation>Remova-os com: hostdesk user remove --vault %1 --name UTILIZADOR</translation>
    </message>
    <message>
        <source>Passphrase again, to export the raw key: </source>
        <translation>Frase-passe de novo, para exportar a chave em bruto: </translation>
    </message>
    <message>
        <source>NEW RECOVERY KEY (shown only now; print it or write it down and keep it locked away; the previous one no longer works):</source>
        <translation>NOVA CHAVE DE RECUPERAÇÃO (só é mostrada agora; imprima-a ou escreva-a e guarde-a fechada à chave; a anterior deixou de funcionar):</translation>
    </message>
    <message>
        <source>Removing the user and re-encrypting the vault under a new key…</source>
        <translation>A remover o utilizador e a cifrar de novo o cofre com uma chave nova…</translation>
    </message>
    <message>
        <source>Removed: %1. The vault now has a new key: what they kept no longer opens it.</source>
        <translation>Removido(s): %1. O cofre tem agora uma chave nova: o que guardaram já não o abre.</translation>
    </message>
    <message>
        <source>These users must be given a new passphrase (hostdesk user reset-passphrase): %1</source>
        <translation>Estes utilizadores têm de receber uma frase-passe nova (hostdesk user reset-passphrase): %1</translation>
    </message>
    <message>
        <source>import families from a spreadsheet (CSV, .xlsx, .ods, .xls), all or nothing</source>
        <translation>importar famílias de uma folha de cálculo (CSV, .xlsx, .ods, .xls), todas ou nenhuma</translation>
    </message>
    <message>
        <source>the .csv, .xlsx, .ods or .xls</source>
        <translation>o ficheiro .csv, .xlsx, .ods ou .xls</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet to read, by name or number (default: the one whose headers HostDesk knows)</source>
        <translation>a folha do livro a ler, por nome ou número (por omissão: aquela cujos cabeçalhos o HostDesk conhece)</translation>
    </message>
    <message>
        <source>a CSV&apos;s text encoding: windows-1252, mac-roman, utf-8, utf-16 (default: guessed)</source>
        <translation>a codificação do texto de um CSV: windows-1252, mac-roman, utf-8, utf-16 (por omissão: adivinhada)</translation>
    </message>
    <message>
        <source>columns to set by hand: {&quot;Header or column letter&quot;: &quot;field&quot;, ...} (&quot;&quot; leaves a column out); see docs/import.md</source>
        <translation>colunas a definir à mão: {&quot;Cabeçalho ou letra da coluna&quot;: &quot;campo&quot;, ...} (&quot;&quot; deixa a coluna de fora); veja docs/import.md</translation>
    </message>
    <message>
        <source>what a lone &quot;M&quot; means in the sex column when HostDesk asks</source>
        <translation>o que quer dizer um &quot;M&quot; sozinho na coluna do sexo, quando o HostDesk pergunta</translation>
    </message>
    <message>
        <source>what a value HostDesk asks about means: &quot;Guineense=GW&quot;, &quot;Pedido de Proteção Internacional=resettlement&quot; (repeat for each)</source>
        <translation>o que quer dizer um valor sobre o qual o HostDesk pergunta: &quot;Guineense=GW&quot;, &quot;Pedido de Proteção Internacional=resettlement&quot; (repita para cada um)</translation>
    </message>
    <message>
        <source>confirm that columns with data that are not imported are left out</source>
        <translation>confirmar que as colunas com dados que não são importadas ficam de fora</translation>
    </message>
    <message>
        <source>check and report; save nothing</source>
        <translation>verificar e relatar; não guardar nada</translation>
    </message>
    <message>
        <source>import the families whose rows have no errors and leave the others out</source>
        <translation>importar as famílias cujas linhas não têm erros e deixar as outras de fora</translation>
    </message>
    <message>
        <source>leave out families with someone who may already be in the vault</source>
        <translation>deixar de fora as famílias com alguém que talvez já esteja no cofre</translation>
    </message>
    <message>
        <source>An answer is written VALUE=CHOICE, for example --answer &quot;Guineense=GW&quot;.</source>
        <translation>Uma resposta escreve-se VALOR=ESCOLHA, por exemplo --answer &quot;Guineense=GW&quot;.</translation>
    </message>
    <message>
        <source>progress reports (PDF) and the NAIR monthly report</source>
        <translation>relatórios de acompanhamento (PDF) e o relatório mensal para o NAIR</translation>
    </message>
    <message>
        <source>one family&apos;s progress report for a period</source>
        <translation>o relatório de acompanhamento de uma família num período</translation>
    </message>
    <message>
        <source>first day of the period (YYYY-MM-DD)</source>
        <translation>primeiro dia do período (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>last day of the period (YYYY-MM-DD)</source>
        <translation>último dia do período (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>o ficheiro PDF a gravar</translation>
    </message>
    <message>
        <source>the month&apos;s report to the NAIR (JSON + PDF)</source>
        <translation>o relatório do mês para o NAIR (JSON + PDF)</translation>
    </message>
    <message>
        <source>the month, e.g. 2026-11</source>
        <translation>o mês, p. ex. 2026-11</translation>
    </message>
    <message>
        <source>also store it as the month&apos;s next revision and freeze it (coordinator only)</source>
        <translation>guardá-lo também como a próxima revisão do mês e fixá-lo (só coordenador/a)</translation>
    </message>
    <message>
        <source>the month&apos;s entity-level figures for the PAR coordinator (JSON + sheet)</source>
        <translation>os números do mês ao nível da entidade para a coordenação da PAR (JSON + folha de cálculo)</translation>
    </message>
    <message>
        <source>spreadsheet format beside the JSON (default: ods)</source>
        <translation>formato da folha de cálculo ao lado do JSON (por omissão: ods)</translation>
    </message>
    <message>
        <source>spreadsheet headers</source>
        <translation>cabeçalhos da folha de cálculo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>&quot;%1&quot; não é uma data; escreva-a como AAAA-MM-DD, p. ex. 2026-11-30.</translation>
    </message>
    <message>
        <source>hostdesk: the period ends before it starts; swap --from and --to.</source>
        <translation>hostdesk: o período acaba antes de começar; troque --from e --to.</translation>
    </message>
    <message>
        <source>Progress report for %1 written to %2.</source>
        <translation>Relatório de acompanhamento de %1 gravado em %2.</translation>
    </message>
    <message>
        <source>queued for the NAIR</source>
        <translation>em fila para o NAIR</translation>
    </message>
    <message>
        <source>waiting for NAIR set-up (hostdesk sync configure)</source>
        <translation>à espera da configuração do NAIR (hostdesk sync configure)</translation>
    </message>
    <message>
        <source>submitted and frozen</source>
        <translation>submetido e fixado</translation>
    </message>
    <message>
        <source>draft, not submitted</source>
        <translation>rascunho, não submetido</translation>
    </message>
    <message>
        <source>Monthly report %1, revision %2 (%3): %4.json/.pdf</source>
        <translation>Relatório mensal %1, revisão %2 (%3): %4.json/.pdf</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1</source>
        <translation>SHA-256 do JSON: %1</translation>
    </message>
    <message>
        <source>Bundle: %1.</source>
        <translation>Pacote: %1.</translation>
    </message>
    <message>
        <source>hostdesk: say who the coordinator is with --user NAME.</source>
        <translation>hostdesk: indique quem é o(a) coordenador(a) com --user NOME.</translation>
    </message>
    <message>
        <source>Vault created in %1 for %2; coordinator: %3.</source>
        <translation>Cofre criado em %1 para %2; coordenador(a): %3.</translation>
    </message>
    <message>
        <source>With it a coordinator can open the vault and reset a forgotten passphrase.</source>
        <translation>Com ela, um(a) coordenador(a) pode abrir o cofre e repor uma frase-passe esquecida.</translation>
    </message>
    <message>
        <source>%1/%2 families</source>
        <translation>%1/%2 famílias</translation>
    </message>
    <message>
        <source>Demo vault with %1 synthetic families created in %2.</source>
        <translation>Cofre de demonstração com %1 famílias fictícias criado em %2.</translation>
    </message>
    <message>
        <source>database integrity: FAILED</source>
        <translation>integridade da base de dados: FALHOU</translation>
    </message>
    <message>
        <source>database integrity: ok</source>
        <translation>integridade da base de dados: ok</translation>
    </message>
    <message>
        <source>audit chain: EMPTY (0 entries): the audit log was deleted</source>
        <translation>cadeia de auditoria: VAZIA (0 entradas): o registo de auditoria foi apagado</translation>
    </message>
    <message>
        <source>audit chain: ok (%1 entries)</source>
        <translation>cadeia de auditoria: ok (%1 entradas)</translation>
    </message>
    <message>
        <source>audit chain: BROKEN at entry %1: %2</source>
        <translation>cadeia de auditoria: QUEBRADA na entrada %1: %2</translation>
    </message>
    <message>
        <source>saved rows: FAILED (%1 problem(s))</source>
        <translation>registos guardados: FALHOU (%1 problema(s))</translation>
    </message>
    <message>
        <source>saved rows: ok (%1 rows match the audit log)</source>
        <translation>registos guardados: ok (%1 registos coincidem com o registo de auditoria)</translation>
    </message>
    <message>
        <source>audit chain against %1: ok (%2 receipts, %3 with the chain&apos;s head, up to entry %4)</source>
        <translation>cadeia de auditoria comparada com %1: ok (%2 recibos, %3 com o topo da cadeia, até à entrada %4)</translation>
    </message>
    <message>
        <source>audit chain against %1: FAILED</source>
        <translation>cadeia de auditoria comparada com %1: FALHOU</translation>
    </message>
    <message>
        <source>the receipts in %1</source>
        <translation>os recibos em %1</translation>
    </message>
    <message>
        <source>the NAIR&apos;s receipts</source>
        <translation>os recibos do NAIR</translation>
    </message>
    <message>
        <source>write an encrypted backup of a vault (it may stay open in the app)</source>
        <translation>gravar uma cópia de segurança cifrada de um cofre (pode continuar aberto na aplicação)</translation>
    </message>
    <message>
        <source>backup file to write, or an existing folder (e.g. a USB stick) to write it in</source>
        <translation>ficheiro de cópia de segurança a gravar, ou uma pasta existente (p. ex. uma pen USB) onde o gravar</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>substituir FILE se já existir</translation>
    </message>
    <message>
        <source>restore a backup into a new, empty folder</source>
        <translation>repor uma cópia de segurança numa pasta nova e vazia</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>ficheiro da cópia de segurança</translation>
    </message>
    <message>
        <source>new vault folder</source>
        <translation>pasta do novo cofre</translation>
    </message>
    <message>
        <source>user name (default: the backup&apos;s only user)</source>
        <translation>nome de utilizador (por omissão: o único utilizador da cópia de segurança)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of F (also HOSTDESK_PASSPHRASE_FILE)</source>
        <translation>ler a frase-passe da primeira linha de F (também HOSTDESK_PASSPHRASE_FILE)</translation>
    </message>
    <message>
        <source>unlock with the recovery key written on the first line of F</source>
        <translation>desbloquear com a chave de recuperação escrita na primeira linha de F</translation>
    </message>
    <message>
        <source>remove again, without asking, the users this computer removed after the backup was made (the restored copy still lets them in)</source>
        <translation>remover de novo, sem perguntar, os utilizadores que este computador removeu depois de a cópia de segurança ter sido feita (a cópia restaurada ainda os deixa entrar)</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2); keep it as safe as the vault.</source>
        <translation>Cópia de segurança gravada em %1 (%2); guarde-a com o mesmo cuidado que o cofre.</translation>
    </message>
    <message>
        <source>Vault restored into %1.</source>
        <translation>Cofre reposto em %1.</translation>
    </message>
    <message>
        <source>hostdesk: the restored vault does not verify; run “hostdesk verify”.</source>
        <translation>hostdesk: o cofre reposto não passa a verificação; corra “hostdesk verify”.</translation>
    </message>
    <message>
        <source>Opened with the recovery key; the users&apos; passphrases are those of the backup.</source>
        <translation>Aberto com a chave de recuperação; as frases-passe dos utilizadores são as da cópia de segurança.</translation>
    </message>
    <message>
        <source>export everything held on one person (JSON and PDF), for an access request</source>
        <translation>exportar tudo o que existe sobre uma pessoa (JSON e PDF), para um pedido de acesso</translation>
    </message>
    <message>
        <source>Without --member, lists the case&apos;s members and their numbers.</source>
        <translation>Sem --member, lista os membros do processo e os seus números.</translation>
    </message>
    <message>
        <source>the person&apos;s member number (without it: a list)</source>
        <translation>o número de membro da pessoa (sem ele: uma lista)</translation>
    </message>
    <message>
        <source>folder to write the two files in</source>
        <translation>pasta onde gravar os dois ficheiros</translation>
    </message>
    <message>
        <source>language of the PDF</source>
        <translation>língua do PDF</translation>
    </message>
    <message>
        <source>there is no case %1 in this vault.</source>
        <translation>não existe nenhum processo %1 neste cofre.</translation>
    </message>
    <message>
        <source>Members of %1 (choose one with --member ID, and --out DIR):</source>
        <translation>Membros de %1 (escolha um com --member ID, e --out DIR):</translation>
    </message>
    <message>
        <source> (head)</source>
        <translation> (titular)</translation>
    </message>
    <message>
        <source>member %1 is not in case %2; run without --member to list them.</source>
        <translation>o membro %1 não pertence ao processo %2; corra sem --member para os listar.</translation>
    </message>
    <message>
        <source>Subject-access export written: %1 and %2.</source>
        <translation>Exportação para o pedido de acesso gravada: %1 e %2.</translation>
    </message>
    <message>
        <source>Keep it as safe as the vault, and check it before handing it over.</source>
        <translation>Guarde-a com o mesmo cuidado que o cofre e verifique-a antes de a entregar.</translation>
    </message>
    <message>
        <source>Case management for hosting entities of the refugee integration programme.</source>
        <translation>Gestão de processos para as entidades de acolhimento do programa de integração de refugiados.</translation>
    </message>
    <message>
        <source>log more (never personal data)</source>
        <translation>registar mais (nunca dados pessoais)</translation>
    </message>
    <message>
        <source>open the desktop application (the default)</source>
        <translation>abrir a aplicação (o comando por omissão)</translation>
    </message>
    <message>
        <source>open a synthetic demo vault</source>
        <translation>abrir um cofre de demonstração fictício</translation>
    </message>
    <message>
        <source>create an empty vault</source>
        <translation>criar um cofre vazio</translation>
    </message>
    <message>
        <source>hosting entity&apos;s name</source>
        <translation>nome da entidade de acolhimento</translation>
    </message>
    <message>
        <source>create a vault filled with synthetic families</source>
        <translation>criar um cofre com famílias fictícias</translation>
    </message>
    <message>
        <source>how many synthetic families (default %(default)s)</source>
        <translation>quantas famílias fictícias (por omissão %(default)s)</translation>
    </message>
    <message>
        <source>another seed makes other families (default %(default)s)</source>
        <translation>outra semente gera outras famílias (por omissão %(default)s)</translation>
    </message>
    <message>
        <source>find families and members</source>
        <translation>procurar famílias e membros</translation>
    </message>
    <message>
        <source>a name in any script or spelling, a case number or an identifier</source>
        <translation>um nome em qualquer escrita ou grafia, um número de processo ou um identificador</translation>
    </message>
    <message>
        <source>at most this many results (default %(default)s)</source>
        <translation>no máximo este número de resultados (por omissão %(default)s)</translation>
    </message>
    <message>
        <source>check the database and the audit chain</source>
        <translation>verificar a base de dados e a cadeia de auditoria</translation>
    </message>
    <message>
        <source>also check the chain against the NAIR&apos;s receipts</source>
        <translation>comparar também a cadeia com os recibos do NAIR</translation>
    </message>
    <message>
        <source>also check the chain against receipts saved in DIR</source>
        <translation>comparar também a cadeia com os recibos guardados em DIR</translation>
    </message>
    <message>
        <source>key management</source>
        <translation>gestão de chaves</translation>
    </message>
    <message>
        <source>print the raw database key in hex, to open the data in any SQLCipher 4 tool (coordinator; asks the passphrase again; audited)</source>
        <translation>mostrar a chave da base de dados em hexadecimal, para abrir os dados em qualquer ferramenta SQLCipher 4 (coordenador; pede de novo a frase-passe; fica no registo de auditoria)</translation>
    </message>
    <message>
        <source>replace the recovery key and print the new one once (coordinator)</source>
        <translation>substituir a chave de recuperação e mostrar a nova uma única vez (coordenador)</translation>
    </message>
    <message>
        <source>hostdesk: interrupted; nothing was left half-done.</source>
        <translation>hostdesk: interrompido; nada ficou feito a meio.</translation>
    </message>
    <message>
        <source>vault folder</source>
        <translation>pasta do cofre</translation>
    </message>
    <message>
        <source>user name (default: the vault&apos;s only user)</source>
        <translation>nome de utilizador (por omissão: o único utilizador do cofre)</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1 (%2).</source>
        <translation>Não é possível ler o ficheiro da frase-passe %1 (%2).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase-passe: </translation>
    </message>
    <message>
        <source>No passphrase given: run in a terminal, or use --passphrase-file or %1.</source>
        <translation>Não foi indicada nenhuma frase-passe: corra num terminal, ou use --passphrase-file ou %1.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nova frase-passe: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita a frase-passe: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>As duas frases-passe são diferentes; nada foi criado.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters, for example a few unrelated words.</source>
        <translation>A frase-passe é demasiado curta: use pelo menos %1 caracteres, por exemplo algumas palavras sem relação entre si.</translation>
    </message>
    <message>
        <source>Cannot read the recovery key file %1 (%2).</source>
        <translation>Não é possível ler o ficheiro da chave de recuperação %1 (%2).</translation>
    </message>
    <message>
        <source>waiting for NAIR set-up</source>
        <translation>à espera da configuração do NAIR</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>em fila</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>a enviar</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>send the monthly reports to the NAIR</source>
        <translation>enviar os relatórios mensais ao NAIR</translation>
    </message>
    <message>
        <source>write the enrollment file for the NAIR</source>
        <translation>gravar o ficheiro de inscrição para o NAIR</translation>
    </message>
    <message>
        <source>the enrollment file to write</source>
        <translation>o ficheiro de inscrição a gravar</translation>
    </message>
    <message>
        <source>set the NAIR&apos;s address and pin its key</source>
        <translation>definir o endereço do NAIR e fixar a sua chave</translation>
    </message>
    <message>
        <source>the NAIR&apos;s https:// address (default: the one saved)</source>
        <translation>o endereço https:// do NAIR (por omissão: o guardado)</translation>
    </message>
    <message>
        <source>no address: bundles go by file only</source>
        <translation>sem endereço: os pacotes seguem só por ficheiro</translation>
    </message>
    <message>
        <source>the NAIR&apos;s key file (default: the key pinned)</source>
        <translation>o ficheiro da chave do NAIR (por omissão: a chave fixada)</translation>
    </message>
    <message>
        <source>fetch the key from the address</source>
        <translation>ir buscar a chave ao endereço</translation>
    </message>
    <message>
        <source>the fingerprint the NAIR read to you by phone</source>
        <translation>a impressão digital que o NAIR lhe leu por telefone</translation>
    </message>
    <message>
        <source>replace another key pinned before (checked by phone)</source>
        <translation>substituir outra chave fixada antes (confirmado por telefone)</translation>
    </message>
    <message>
        <source>list the bundles and their state</source>
        <translation>listar os pacotes e o seu estado</translation>
    </message>
    <message>
        <source>send what is due now; exit 1 if something failed</source>
        <translation>enviar o que está por enviar; termina com 1 se algo falhar</translation>
    </message>
    <message>
        <source>also send the bundles still waiting out their retry pause</source>
        <translation>enviar também os pacotes ainda em pausa antes de nova tentativa</translation>
    </message>
    <message>
        <source>write a bundle to a file (USB stick, e-mail)</source>
        <translation>gravar um pacote num ficheiro (pen USB, e-mail)</translation>
    </message>
    <message>
        <source>the bundle&apos;s id (or its first characters)</source>
        <translation>o identificador do pacote (ou os seus primeiros caracteres)</translation>
    </message>
    <message>
        <source>the month&apos;s newest bundle</source>
        <translation>o pacote mais recente do mês</translation>
    </message>
    <message>
        <source>the file to write the bundle to</source>
        <translation>o ficheiro onde gravar o pacote</translation>
    </message>
    <message>
        <source>mark a bundle delivered by its receipt</source>
        <translation>marcar um pacote como entregue pelo seu recibo</translation>
    </message>
    <message>
        <source>the NAIR&apos;s receipt file</source>
        <translation>o ficheiro do recibo do NAIR</translation>
    </message>
    <message>
        <source>the bundle the receipt must be for</source>
        <translation>o pacote a que o recibo tem de corresponder</translation>
    </message>
    <message>
        <source>copy the NAIR&apos;s receipts to a folder outside the vault</source>
        <translation>copiar os recibos do NAIR para uma pasta fora do cofre</translation>
    </message>
    <message>
        <source>the folder to copy the receipts to</source>
        <translation>a pasta para onde copiar os recibos</translation>
    </message>
    <message>
        <source>seal a refused report again as a new bundle</source>
        <translation>selar novamente um relatório recusado como um pacote novo</translation>
    </message>
    <message>
        <source>the refused bundle&apos;s id (or its first characters)</source>
        <translation>o identificador do pacote recusado (ou os seus primeiros caracteres)</translation>
    </message>
    <message>
        <source>the fingerprint you gave does not match the NAIR&apos;s key; nothing was pinned.</source>
        <translation>a impressão digital indicada não corresponde à chave do NAIR; nada foi fixado.</translation>
    </message>
    <message>
        <source>check the fingerprint with the NAIR by phone, then run again with --fingerprint FP.</source>
        <translation>confirme a impressão digital com o NAIR por telefone e volte a correr com --fingerprint FP.</translation>
    </message>
    <message>
        <source>Did the NAIR read you this fingerprint over the phone? Type yes: </source>
        <translation>O NAIR leu-lhe esta impressão digital ao telefone? Escreva sim: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Enrollment file written to %1.</source>
        <translation>Ficheiro de inscrição gravado em %1.</translation>
    </message>
    <message>
        <source>Fingerprint (read it to the NAIR by phone): %1</source>
        <translation>Impressão digital (leia-a ao NAIR por telefone): %1</translation>
    </message>
    <message>
        <source>No NAIR key is pinned yet: give its key file (--nair-key FILE) or --fetch.</source>
        <translation>Ainda não há nenhuma chave do NAIR fixada: indique o ficheiro da chave (--nair-key FICHEIRO) ou --fetch.</translation>
    </message>
    <message>
        <source>NAIR key: %1</source>
        <translation>Chave do NAIR: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Impressão digital: %1</translation>
    </message>
    <message>
        <source>the fingerprint you gave does not match the NAIR&apos;s key; nothing was changed.</source>
        <translation>a impressão digital indicada não corresponde à chave do NAIR; nada foi alterado.</translation>
    </message>
    <message>
        <source>no address: bundles go by file</source>
        <translation>sem endereço: os pacotes seguem por ficheiro</translation>
    </message>
    <message>
        <source>Pinned. NAIR: %1.</source>
        <translation>Chave fixada. NAIR: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>Não é possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Não é possível usar %1: %2</translation>
    </message>
    <message>
        <source>%1 (set aside)</source>
        <translation>%1 (posto de parte)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recebido a %1</translation>
    </message>
    <message>
        <source>NAIR: not set up (hostdesk sync configure).</source>
        <translation>NAIR: não configurado (hostdesk sync configure).</translation>
    </message>
    <message>
        <source>NAIR: %1  key %2</source>
        <translation>NAIR: %1  chave %2</translation>
    </message>
    <message>
        <source>files only</source>
        <translation>só ficheiros</translation>
    </message>
    <message>
        <source>%1 pending (%2 refused for now), %3 rejected, %4 delivered</source>
        <translation>%1 por enviar (%2 recusados por agora), %3 recusados, %4 entregues</translation>
    </message>
    <message>
        <source>%1 pending, %3 rejected, %4 delivered</source>
        <translation>%1 por enviar, %3 recusados, %4 entregues</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>rev</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>pacote</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>tries</source>
        <translation>tentativas</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>última tentativa</translation>
    </message>
    <message>
        <source>last error / receipt</source>
        <translation>último erro / recibo</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>entregue %1</translation>
    </message>
    <message>
        <source>not delivered %1: %2</source>
        <translation>não entregue %1: %2</translation>
    </message>
    <message>
        <source>rejected %1: %2</source>
        <translation>recusado %1: %2</translation>
    </message>
    <message>
        <source>The NAIR is not set up yet: reports wait (hostdesk sync configure).</source>
        <translation>O NAIR ainda não está configurado: os relatórios ficam à espera (hostdesk sync configure).</translation>
    </message>
    <message>
        <source>No NAIR address: send the bundles by file (hostdesk sync export).</source>
        <translation>Sem endereço do NAIR: envie os pacotes por ficheiro (hostdesk sync export).</translation>
    </message>
    <message>
        <source>%1 refused for now by the NAIR (hostdesk sync status says why); sent again after a pause, or at once with --retry-now.</source>
        <translation>%1 recusados por agora pelo NAIR (hostdesk sync status diz porquê); voltam a ser enviados depois de uma pausa, ou já com --retry-now.</translation>
    </message>
    <message>
        <source>%1 pending, %2 rejected.</source>
        <translation>%1 por enviar, %2 recusados.</translation>
    </message>
    <message>
        <source>Bundle written to %1; bring the NAIR&apos;s receipt back with hostdesk sync import-receipt.</source>
        <translation>Pacote gravado em %1; traga o recibo do NAIR com hostdesk sync import-receipt.</translation>
    </message>
    <message>
        <source>Delivered: %1 revision %2 (received %3).</source>
        <translation>Entregue: %1, revisão %2 (recebido a %3).</translation>
    </message>
    <message>
        <source>Sealed again as bundle %1; it is queued.</source>
        <translation>Selado novamente como pacote %1; está em fila.</translation>
    </message>
    <message>
        <source>%1 receipt(s) saved in %2; keep them where the vault&apos;s key does not reach, and check with hostdesk verify --receipts.</source>
        <translation>%1 recibo(s) guardado(s) em %2; guarde-os onde a chave do cofre não chegue, e verifique com hostdesk verify --receipts.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordenador(a)</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>técnico/a</translation>
    </message>
    <message>
        <source>list, add and remove users; reset a passphrase</source>
        <translation>listar, acrescentar e remover utilizadores; repor uma frase-passe</translation>
    </message>
    <message>
        <source>every user: name, full name, role, active</source>
        <translation>todos os utilizadores: nome, nome completo, função, ativo</translation>
    </message>
    <message>
        <source>add a user with their own passphrase (coordinator)</source>
        <translation>acrescentar um utilizador com a sua própria frase-passe (coordenador/a)</translation>
    </message>
    <message>
        <source>the user&apos;s role</source>
        <translation>a função do utilizador</translation>
    </message>
    <message>
        <source>the person&apos;s full name</source>
        <translation>o nome completo da pessoa</translation>
    </message>
    <message>
        <source>remove users: their key slots go, the vault gets a new key, their history stays (coordinator)</source>
        <translation>remover utilizadores: as suas entradas de chave desaparecem, o cofre recebe uma nova chave, o seu histórico fica (coordenador)</translation>
    </message>
    <message>
        <source>a user to remove (repeat for several: one change of key for all)</source>
        <translation>um utilizador a remover (repetir para vários: uma só mudança de chave para todos)</translation>
    </message>
    <message>
        <source>give a user a new passphrase (coordinator, or anyone with the recovery key)</source>
        <translation>dar uma nova frase-passe a um utilizador (coordenador/a, ou quem tiver a chave de recuperação)</translation>
    </message>
    <message>
        <source>use the recovery key on the first line of F instead of a coordinator&apos;s passphrase</source>
        <translation>usar a chave de recuperação da primeira linha de F em vez da frase-passe de um(a) coordenador(a)</translation>
    </message>
    <message>
        <source>the user acted on</source>
        <translation>o utilizador em causa</translation>
    </message>
    <message>
        <source>read the user&apos;s new passphrase from the first line of F (default: ask twice)</source>
        <translation>ler a nova frase-passe do utilizador da primeira linha de F (por omissão: perguntar duas vezes)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>Utilizador %1 acrescentado como %2.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was reset; the old one no longer works.</source>
        <translation>A frase-passe de %1 foi reposta; a antiga já não funciona.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registada</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <source>updated (same key, new details)</source>
        <translation>atualizada (mesma chave, dados novos)</translation>
    </message>
    <message>
        <source>key replaced</source>
        <translation>chave substituída</translation>
    </message>
    <message>
        <source>The NAIR&apos;s service that receives monthly reports.</source>
        <translation>O serviço do NAIR que recebe os relatórios mensais.</translation>
    </message>
    <message>
        <source>log more (never contents)</source>
        <translation>registar mais (nunca conteúdos)</translation>
    </message>
    <message>
        <source>create the NAIR key pair and its public key file</source>
        <translation>criar o par de chaves do NAIR e o seu ficheiro de chave pública</translation>
    </message>
    <message>
        <source>the name entities see with the key</source>
        <translation>o nome que as entidades veem com a chave</translation>
    </message>
    <message>
        <source>add post-quantum keys (ML-KEM-768, ML-DSA-65) to the NAIR key</source>
        <translation>acrescentar chaves pós-quânticas (ML-KEM-768, ML-DSA-65) à chave do NAIR</translation>
    </message>
    <message>
        <source>run the HTTP service</source>
        <translation>correr o serviço HTTP</translation>
    </message>
    <message>
        <source>the address to listen on (default %(default)s)</source>
        <translation>o endereço onde escutar (por omissão %(default)s)</translation>
    </message>
    <message>
        <source>the port to listen on (default %(default)s)</source>
        <translation>a porta onde escutar (por omissão %(default)s)</translation>
    </message>
    <message>
        <source>largest bundle accepted (default 8 MiB)</source>
        <translation>maior pacote aceite (por omissão 8 MiB)</translation>
    </message>
    <message>
        <source>bodies of --max-body held at once (default %(default)s)</source>
        <translation>corpos de --max-body guardados ao mesmo tempo (por omissão %(default)s)</translation>
    </message>
    <message>
        <source>open connections; idle ones make room (default %(default)s)</source>
        <translation>ligações abertas; as inativas dão lugar a outras (por omissão %(default)s)</translation>
    </message>
    <message>
        <source>register an entity&apos;s enrollment file</source>
        <translation>registar o ficheiro de inscrição de uma entidade</translation>
    </message>
    <message>
        <source>the entity&apos;s enrollment file</source>
        <translation>o ficheiro de inscrição da entidade</translation>
    </message>
    <message>
        <source>accept a new key for an entity already registered</source>
        <translation>aceitar uma chave nova para uma entidade já registada</translation>
    </message>
    <message>
        <source>list the registered entities</source>
        <translation>listar as entidades registadas</translation>
    </message>
    <message>
        <source>list the reports received, by entity and month</source>
        <translation>listar os relatórios recebidos, por entidade e mês</translation>
    </message>
    <message>
        <source>write the national CSV of the indicators</source>
        <translation>gravar o CSV nacional dos indicadores</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>o ficheiro CSV a gravar</translation>
    </message>
    <message>
        <source>service folder</source>
        <translation>pasta do serviço</translation>
    </message>
    <message>
        <source>database URL (also %1); default sqlite in DIR, or postgresql+psycopg://USER@HOST:PORT/DB</source>
        <translation>URL da base de dados (também %1); por omissão sqlite em DIR, ou postgresql+psycopg://UTILIZADOR@ANFITRIÃO:PORTA/BD</translation>
    </message>
    <message>
        <source>read the key&apos;s passphrase from the first line of F (also %1)</source>
        <translation>ler a frase-passe da chave da primeira linha de F (também %1)</translation>
    </message>
    <message>
        <source>serve HTTPS with this certificate</source>
        <translation>servir HTTPS com este certificado</translation>
    </message>
    <message>
        <source>the certificate&apos;s private key</source>
        <translation>a chave privada do certificado</translation>
    </message>
    <message>
        <source>NAIR key passphrase: </source>
        <translation>Frase-passe da chave do NAIR: </translation>
    </message>
    <message>
        <source>New passphrase for the NAIR key: </source>
        <translation>Nova frase-passe para a chave do NAIR: </translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>A frase-passe é demasiado curta: use pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>NAIR key created in %1 (keep its passphrase safe).</source>
        <translation>Chave do NAIR criada em %1 (guarde a sua frase-passe em segurança).</translation>
    </message>
    <message>
        <source>Public key file for entities: %1</source>
        <translation>Ficheiro de chave pública para as entidades: %1</translation>
    </message>
    <message>
        <source>Fingerprint (read it to each entity by phone): %1</source>
        <translation>Impressão digital (leia-a a cada entidade por telefone): %1</translation>
    </message>
    <message>
        <source>Post-quantum keys added; new public key file: %1</source>
        <translation>Chaves pós-quânticas acrescentadas; novo ficheiro de chave pública: %1</translation>
    </message>
    <message>
        <source>New fingerprint (read it to each entity by phone): %1</source>
        <translation>Nova impressão digital (leia-a a cada entidade por telefone): %1</translation>
    </message>
    <message>
        <source>Bundles sealed to the previous key are still opened.</source>
        <translation>Os pacotes selados para a chave anterior continuam a ser abertos.</translation>
    </message>
    <message>
        <source>NAIR service %1 on %2:%3</source>
        <translation>Serviço do NAIR %1 em %2:%3</translation>
    </message>
    <message>
        <source>Previous key fingerprint: %1</source>
        <translation>Impressão digital da chave anterior: %1</translation>
    </message>
    <message>
        <source>Fingerprint (check it with the entity by phone): %1</source>
        <translation>Impressão digital (confirme-a com a entidade por telefone): %1</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>ENTIDADE</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MÊS</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>REVISÃO</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>RECEBIDO</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PACOTE</translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation> (mais recente)</translation>
    </message>
    <message>
        <source>%1 report(s), %2 entity-month(s)</source>
        <translation>%1 relatório(s), %2 mês(es)-entidade</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2</source>
        <translation>%1 linha(s) gravada(s) em %2</translation>
    </message>
    <message>
        <source>The team hub: relays a hosting entity&apos;s sealed change sets between laptops.</source>
        <translation>O hub da equipa: passa os conjuntos de alterações selados de uma entidade de acolhimento entre portáteis.</translation>
    </message>
    <message>
        <source>the hub&apos;s folder (its SQLite database by default)</source>
        <translation>a pasta do hub (por omissão, a sua base de dados SQLite)</translation>
    </message>
    <message>
        <source>postgresql+psycopg://USER@HOST:PORT/DB (also %1)</source>
        <translation>postgresql+psycopg://UTILIZADOR@ANFITRIÃO:PORTA/BD (também %1)</translation>
    </message>
    <message>
        <source>largest change set accepted, in bytes (default %(default)s)</source>
        <translation>maior conjunto de alterações aceite, em bytes (por omissão %(default)s)</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>à escuta em %1:%2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>o ficheiro ou a pasta não existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>sem permissão</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operação não permitida</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>não é uma pasta</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>já existe</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>não há espaço livre no disco</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>o disco é só de leitura</translation>
    </message>
    <message>
        <source>the disk failed to read or write</source>
        <translation>o disco falhou ao ler ou gravar</translation>
    </message>
    <message>
        <source>Joined the team. {n} of this laptop&apos;s families stay here until you share them ({d} may already be in the team): hostdesk team offers.</source>
        <translation>Entrou na equipa. {n} famílias deste portátil ficam aqui até as partilhar ({d} talvez já estejam na equipa): hostdesk team offers.</translation>
    </message>
    <message>
        <source>Some of the team&apos;s families are still on their way: they arrive with hostdesk team sync.</source>
        <translation>Algumas famílias da equipa ainda estão a caminho: chegam com hostdesk team sync.</translation>
    </message>
    <message>
        <source>Then open the welcome file they give back: hostdesk team join --existing --welcome FILE.</source>
        <translation>Depois abra o ficheiro de boas-vindas que lhe devolverem: hostdesk team join --existing --welcome FICHEIRO.</translation>
    </message>
    <message>
        <source>not among this laptop&apos;s own families: {cases}.</source>
        <translation>não está entre as famílias próprias deste portátil: {cases}.</translation>
    </message>
    <message>
        <source>{n} families shared; they travel with the next sync.</source>
        <translation>{n} famílias partilhadas; seguem na próxima sincronização.</translation>
    </message>
    <message>
        <source>Shared with the team: {sent}; a coordinator&apos;s laptop has them: {received} (as of its last file imported here).</source>
        <translation>Partilhadas com a equipa: {sent}; o portátil de um coordenador tem-nas: {received} (segundo o último ficheiro dele importado aqui).</translation>
    </message>
    <message>
        <source>This laptop holds no families of its own outside the team.</source>
        <translation>Este portátil não tem famílias próprias fora da equipa.</translation>
    </message>
    <message>
        <source>(may be the team&apos;s {case})</source>
        <translation>(pode ser o processo {case} da equipa)</translation>
    </message>
</context>
</TS>
