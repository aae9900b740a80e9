"""Drawing a synthetic person's legal status and life before arrival, and a family's
ISS meeting, so that the demo follows the programme's rules (docs/programme-rules.md).

- Temporary protection: a one-year permit, renewed by national decisions; no asylum claim.
- Everyone else applies for asylum on arrival and holds ARPs of six months until the
  decision; a positive one brings a residence permit of its own type.
- Occupation before arrival is an ISCO-08 group with the job as told; schooling an
  ISCED level. Skilled trades are common among the men who worked (source l. 334-338).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from hostdesk.domain.permits import first_arp_expiry
from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import AsylumDecision, IssOutcome, PermitType
from hostdesk.storage.demo.numbers import add_months, scramble
from hostdesk.storage.demo.records import SynthFamily, SynthIss, SynthMember, SynthPermit

if TYPE_CHECKING:
    from hostdesk.storage.demo.record_draws import RecordDraws

# (ISCO-08 group, the job as a person tells it, weight), for adults who worked.
OCCUPATIONS_MEN = (
    ("75", "alfaiate", 6), ("72", "mecânico", 6), ("71", "canalizador", 5),
    ("51", "barbeiro", 5), ("71", "pedreiro", 6), ("74", "eletricista", 4),
    ("83", "motorista", 5), ("52", "comerciante", 5), ("61", "agricultor", 6),
    ("93", "trabalhador da construção", 4), ("23", "professor", 2), ("22", "enfermeiro", 1),
    ("25", "técnico de informática", 1), ("33", "contabilista", 1),
)  # fmt: skip
OCCUPATIONS_WOMEN = (
    ("75", "costureira", 6), ("51", "cabeleireira", 4), ("23", "professora", 3),
    ("53", "auxiliar de ação educativa", 2), ("61", "agricultora", 4), ("52", "vendedora", 3),
    ("22", "enfermeira", 1), ("91", "empregada de limpeza", 3), ("94", "cozinheira", 3),
)  # fmt: skip
SCHOOLING = (("0", 12), ("1", 22), ("2", 22), ("3", 22), ("4", 4), ("5", 3), ("6", 11),
             ("7", 3), ("8", 1))  # fmt: skip
ISS_CONTACTS = ("Técnica do ISS, Centro Distrital", "Serviço Local de Ação Social",
                "Gabinete de Atendimento do ISS")  # fmt: skip
REFUGEE_YEARS, SUBSIDIARY_YEARS = 5, 3  # validity of the residence permits after a decision


def _weighted(g: RecordDraws, options: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    total = sum(int(o[-1]) for o in options)
    x = g.rand() * total
    for option in options:
        x -= int(option[-1])
        if x < 0:
            return option
    return options[-1]


def before_arrival(g: RecordDraws, member: SynthMember, age: int, arrival: date) -> None:
    if age >= 15:
        member.schooling_isced = _weighted(g, SCHOOLING)[0]  # type: ignore[arg-type]
    if age < 18 or not g.chance(0.75):
        return  # a child, or nobody asked yet / no work before
    pool = OCCUPATIONS_WOMEN if member.sex == "F" else OCCUPATIONS_MEN
    if member.sex == "F" and not g.chance(0.5):
        return  # fewer women worked outside the home before arrival
    code, text, _weight = _weighted(g, pool)  # type: ignore[arg-type, misc]
    member.occupation_isco, member.occupation_text = code, text


def permits(
    g: RecordDraws,
    member: SynthMember,
    key: int,
    temporary_protection: bool,
    arrival: date,
    last_day: date,
    active: bool,
) -> None:
    """The permits from arrival to ``last_day``; the last one decides the alerts."""
    number = f"ARP{scramble(key, 48_271, 5_550_123, 8):08d}"
    issued = arrival + timedelta(days=g.between(5, 30))
    if issued > last_day:
        return
    kind = PermitType.TEMPORARY_PROTECTION.value if temporary_protection else PermitType.ARP.value
    decided_on: date | None = None
    if not temporary_protection:
        member.asylum_applied_on = min(arrival + timedelta(days=g.between(0, 4)), issued)
        decision = member.asylum_applied_on + timedelta(days=g.between(180, 560))
        if decision <= min(last_day, g.today) and g.chance(0.7):
            decided_on = decision
    while True:
        expires = (
            first_arp_expiry(issued) if kind == PermitType.ARP.value and not member.permits
            else add_months(issued, 12 if temporary_protection else 6) - timedelta(days=1)
        )  # fmt: skip
        ends_here = expires >= last_day or (decided_on is not None and expires >= decided_on)
        if ends_here or len(member.permits) > 8:
            break
        member.permits.append(SynthPermit(number, issued, expires, None, "", kind))
        issued = expires - timedelta(days=g.between(0, 20))
    if decided_on is not None:
        x = g.rand()
        outcome = (AsylumDecision.REFUGEE_STATUS if x < 0.55 else
                   AsylumDecision.SUBSIDIARY_PROTECTION if x < 0.9 else AsylumDecision.REFUSED)
        member.asylum_decision, member.asylum_decision_on = outcome.value, decided_on
        if outcome is not AsylumDecision.REFUSED:
            member.permits.append(SynthPermit(number, issued, decided_on, None, "", kind))
            issued = decided_on + timedelta(days=g.between(10, 40))
            if issued <= last_day:
                refugee = outcome is AsylumDecision.REFUGEE_STATUS
                kind = (PermitType.REFUGEE if refugee else PermitType.SUBSIDIARY_PROTECTION).value
                years = REFUGEE_YEARS if refugee else SUBSIDIARY_YEARS
                expires = add_months(issued, 12 * years) - timedelta(days=1)
                number = f"AR{scramble(key, 7_919, 1_234_567, 8):08d}"
                member.permits.append(SynthPermit(number, issued, expires, None, "", kind))
            return
    # The current permit: for a family still followed, its expiry is spread around today.
    expires = add_months(issued, 12 if temporary_protection else 6) - timedelta(days=1)
    if not member.permits and kind == PermitType.ARP.value:
        expires = first_arp_expiry(issued)
    if active:
        expires = max(g.today + timedelta(days=_days_left(g)), issued + timedelta(days=1))
    appointment = None
    if (expires - g.today).days <= 45 and g.chance(0.6):
        appointment = g.today + timedelta(days=g.between(-20, 40))
    notes = "Prorrogação por decisão nacional" if temporary_protection and member.permits else ""
    member.permits.append(SynthPermit(number, issued, expires, appointment, notes, kind))


def _days_left(g: RecordDraws) -> int:
    x = g.rand()
    if x < 0.03:
        return -g.between(1, 60)  # lapsed: blocks health, work and allowance
    if x < 0.11:
        return g.between(0, 30)  # renew now
    return g.between(31, 180)


def iss_meeting(g: RecordDraws, fam: SynthFamily, last_day: date) -> None:
    """The ISS meeting of the last six months, for most families that reached them."""
    clock = ProgrammeClock(fam.programme_start, fam.programme_months)
    first = clock.transition_start() + timedelta(days=15)
    last = min(last_day, clock.end_date)
    ended = fam.exit_reason == "programme_ended"
    if first > last or not (ended or g.chance(0.6)):
        return
    meeting = g.day_between(first, last)
    outcome = (IssOutcome.SOCIAL_ASSISTANCE_NEEDED if g.chance(0.45)
               else IssOutcome.NO_SOCIAL_ASSISTANCE_NEEDED)  # fmt: skip
    fam.iss = SynthIss(meeting, outcome.value, g.pick_str(ISS_CONTACTS))
