"""Deterministic synthetic families for the demo vault and the benchmark.

Pure Python, no database: every family is drawn from its own ``random.Random``
seeded with ``(seed, index)``, so family 42 is the same whether 60 or 25,000
are generated, and the same seed always gives the same data. Dates are laid
out around ``today`` so that the alerts a social worker sees (ARP expiring,
ISS transition, unanswered referrals, children without school) all occur.

Names are written in their own script (Arabic, Dari/Pashto, Tigrinya and
Amharic in Ge'ez, Ukrainian in Cyrillic) beside a Latin transliteration, and
the Latin spelling varies from one document to the next as it does in real
case files. All people, addresses, numbers and notes are invented.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import PAR_FAMILIES_MONTHS, STANDARD_MONTHS, ProgrammeClock
from hostdesk.domain.vocabulary import (
    CaseType,
    ExitReason,
    FamilyStatus,
    Relationship,
    Script,
    Sex,
)
from hostdesk.storage.demo import status_draws
from hostdesk.storage.demo.casework_data import MUNICIPALITIES, VULNERABILITIES
from hostdesk.storage.demo.name_data import ASYLUM, ORIGINS, RELOCATE, Name, Origin, variants_of
from hostdesk.storage.demo.numbers import (
    nif_with_check,
    niss_with_check,
    weighted,
)
from hostdesk.storage.demo.record_draws import RecordDraws
from hostdesk.storage.demo.records import (
    SynthActivity,
    SynthConsent,
    SynthCourse,
    SynthEducation,
    SynthFamily,
    SynthGoal,
    SynthHealth,
    SynthHousing,
    SynthIdentifier,
    SynthJob,
    SynthMember,
    SynthPayment,
    SynthPermit,
    SynthReferral,
    SynthTask,
)
from hostdesk.storage.demo.rules import DEMO_PAR_MEMBER, EXTENSION_REASON, demo_rule

# What other code imports from here; the records and names live in their own modules.
__all__ = [
    "Name",
    "Origin",
    "SynthActivity",
    "SynthConsent",
    "SynthCourse",
    "SynthEducation",
    "SynthFamily",
    "SynthGoal",
    "SynthHealth",
    "SynthHousing",
    "SynthIdentifier",
    "SynthJob",
    "SynthMember",
    "SynthPayment",
    "SynthPermit",
    "SynthReferral",
    "SynthTask",
    "generate_families",
    "generate_family",
    "nif_with_check",
    "niss_with_check",
    "variants_of",
]


_ORIGIN_CUM = tuple(weighted([(o.key, o.weight) for o in ORIGINS])[1])
_MUNI_VALUES, _MUNI_CUM = weighted(MUNICIPALITIES)
_CHANNELS = {o.key: weighted(o.channels) for o in ORIGINS}
_SIZES, _SIZE_CUM = weighted(
    [("1", 12), ("2", 11), ("3", 15), ("4", 18), ("5", 17), ("6", 13), ("7", 8), ("8", 6)]
)
# Days before ``today`` on which programmes start: spread over about three years.
_START_SPREAD_DAYS = 1080


class _Gen(RecordDraws):
    """One family's draw: the family and its people; the records come from RecordDraws."""

    # -- the family -------------------------------------------------------------

    def family(self) -> SynthFamily:
        origin = ORIGINS[self._origin_index()]
        channel = self.cum_pick(*_CHANNELS[origin.key])
        is_minor = self.chance(origin.minor_share)
        size = 1 if is_minor else int(self.cum_pick(_SIZES, _SIZE_CUM))
        start = date.fromordinal(self.today_ord - self.between(5, _START_SPREAD_DAYS))
        if channel == ASYLUM:
            # Spontaneous asylum seekers wait months in a reception centre first.
            arrival = start - timedelta(days=self.between(30, 240))
        else:
            arrival = start - timedelta(days=self.between(0, 20))
        members = self.household(origin, size, is_minor, start)
        has_children = any(m.relationship == Relationship.CHILD.value for m in members)
        rule = demo_rule(channel, start)
        reason = ""
        if not rule.has_clock:
            months = STANDARD_MONTHS  # stored, never used: this channel has no programme clock
        else:
            months = rule.programme_months or STANDARD_MONTHS
            if months == STANDARD_MONTHS and DEMO_PAR_MEMBER and has_children and self.chance(0.25):
                months = PAR_FAMILIES_MONTHS  # PAR-Famílias: families with children only
            if self.chance(0.04):
                months += 6  # an extension, with its reason
                reason = EXTENSION_REASON
        end = ProgrammeClock(start, months).end_date
        status, exit_reason, exit_date = self.outcome(channel, start, end, rule.has_clock)
        municipality = self.cum_pick(_MUNI_VALUES, _MUNI_CUM)
        year = start.year
        fam = SynthFamily(
            index=self.index,
            origin=origin.key,
            case_number=f"HD-{year}-{self.index + 1:05d}",
            nair_reference=f"NAIR/{year}/{self.between(100, 9999):04d}" if self.chance(0.9) else "",
            case_type=CaseType.UNACCOMPANIED_MINOR.value if is_minor else CaseType.FAMILY.value,
            arrival_channel=channel,
            arrival_date=arrival,
            programme_start=start,
            programme_months=months,
            programme_end=end,
            status=status,
            exit_reason=exit_reason,
            exit_date=exit_date,
            municipality=municipality,
            worker=int(self.rand() * 1000),
            members=members,
            programme_reason=reason,
        )
        last_day = exit_date or self.today
        if rule.iss_transition:
            status_draws.iss_meeting(self, fam, last_day)
        for position, member in enumerate(members):
            self.member_records(fam, origin, position, member, arrival, start, last_day)
        self.housing(fam, start, last_day)
        self.goals(fam, start, last_day)
        self.activities(fam, origin, start, last_day)
        self.referrals(fam, start, last_day)
        self.payments(fam, start, last_day)
        return fam

    def _origin_index(self) -> int:
        x = self.rand() * _ORIGIN_CUM[-1]
        for i, bound in enumerate(_ORIGIN_CUM):
            if x < bound:
                return i
        return len(ORIGINS) - 1

    def outcome(
        self, channel: str, start: date, end: date, has_clock: bool = True
    ) -> tuple[str, str | None, date | None]:
        today = self.today
        # Many relocated people moved on to other countries; fewer from other channels.
        left_share = 0.3 if channel == RELOCATE else 0.08
        if self.chance(left_share + 0.05) and (today - start).days > 45:
            reason = ExitReason.LEFT_PORTUGAL.value
            if self.chance(0.05 / (left_share + 0.05)):
                reason = self.pick_str((ExitReason.TRANSFERRED.value, ExitReason.WITHDRAWN.value))
            exit_day = self.day_between(start + timedelta(days=30), min(today, end))
            return FamilyStatus.EXITED.value, reason, exit_day
        if has_clock and end < today - timedelta(days=20) and not self.chance(0.05):
            exit_day = min(end + timedelta(days=self.between(0, 10)), today)
            return FamilyStatus.EXITED.value, ExitReason.PROGRAMME_ENDED.value, exit_day
        # Still active, including a few past their end: the exit was never recorded.
        return FamilyStatus.ACTIVE.value, None, None

    # -- people -------------------------------------------------------------------

    def household(
        self, origin: Origin, size: int, is_minor: bool, start: date
    ) -> list[SynthMember]:
        """Who lives together: head, spouse, an elder or sibling sometimes, children."""
        ukrainian = origin.key == "ukrainian"
        if is_minor:
            head_sex = Sex.MALE.value if self.chance(0.85) else Sex.FEMALE.value
            head_age = self.between(14, 17)
        elif ukrainian:
            # Men of fighting age mostly stayed: the households are women, children, elders.
            head_sex = Sex.FEMALE.value if self.chance(0.75) else Sex.MALE.value
            head_age = self.between(24, 62)
        else:
            head_sex = Sex.MALE.value if self.chance(0.75) else Sex.FEMALE.value
            head_age = self.between(20, 58) if size > 1 else self.between(19, 45)
        people: list[tuple[str, str, int]] = [(Relationship.HEAD.value, head_sex, head_age)]
        spouse_age = None
        if size >= 2 and self.chance(0.3 if ukrainian else 0.85):
            spouse_sex = Sex.FEMALE.value if head_sex == Sex.MALE.value else Sex.MALE.value
            gap = self.between(-3, 8)
            spouse_age = max(18, head_age - gap if spouse_sex == "F" else head_age + gap)
            people.append((Relationship.SPOUSE.value, spouse_sex, spouse_age))
        if len(people) < size and self.chance(0.35 if ukrainian else 0.12):
            elder_age = head_age + 22 + self.between(0, 14)
            people.append((Relationship.PARENT.value, self.pick_str("FFM"), elder_age))
        if len(people) < size and self.chance(0.08):
            sibling_age = max(15, head_age + self.between(-10, 6))
            people.append((Relationship.SIBLING.value, self.pick_str("FM"), sibling_age))
        if head_sex == "F":
            mother_age = head_age
        else:
            mother_age = spouse_age if spouse_age is not None else head_age - 4
        oldest_child = max(0, min(mother_age - 17, 22))
        ages = sorted(self.between(0, oldest_child) for _ in range(size - len(people)))
        people += [(Relationship.CHILD.value, self.pick_str("FM"), a) for a in reversed(ages)]

        # The head's line, and the other parent's (present or not).
        male, female, surnames = origin.male, origin.female, origin.surnames
        head_father, head_grandfather = self.pick_name(male), self.pick_name(male)
        head_surname = self.pick_name(surnames) if surnames else None
        other_given = self.pick_name(male if head_sex == "F" else female)
        other_father = self.pick_name(male)
        other_surname = self.pick_name(surnames) if surnames else None
        head_given = self.pick_name(female if head_sex == "F" else male)
        if head_sex == "M":
            father, grandfather, paternal, maternal = (
                head_given,
                head_father,
                head_surname,
                other_surname,
            )
        else:
            father, grandfather, paternal, maternal = (
                other_given,
                other_father,
                other_surname,
                head_surname,
            )
        if head_sex == "F" and spouse_age is None and origin.style == "surname":
            # With no father in the household, the children carry their mother's family name.
            paternal = head_surname
        members: list[SynthMember] = []
        used = [head_given, other_given, father]
        for rel, sex, age in people:
            if rel == Relationship.HEAD.value:
                parts = self.name_parts(
                    origin, head_given, head_father, head_grandfather, head_surname
                )
            elif rel == Relationship.SPOUSE.value:
                parts = self.name_parts(
                    origin, other_given, other_father, self.pick_name(male), other_surname
                )
            elif rel == Relationship.PARENT.value and sex == "M":
                parts = self.name_parts(
                    origin, head_father, head_grandfather, self.pick_name(male), head_surname
                )
            elif rel == Relationship.PARENT.value:
                parts = self.name_parts(
                    origin,
                    self.pick_name(female),
                    self.pick_name(male),
                    self.pick_name(male),
                    self.pick_name(surnames) if surnames else None,
                )
            elif rel == Relationship.SIBLING.value:
                given = self.pick_name(female if sex == "F" else male)
                parts = self.name_parts(origin, given, head_father, head_grandfather, head_surname)
            else:
                given = self.pick_name(female if sex == "F" else male)
                # Parents seldom give two children, or a child and themselves, one name.
                for _ in range(3):
                    if given not in used:
                        break
                    given = self.pick_name(female if sex == "F" else male)
                used.append(given)
                parts = self.name_parts(origin, given, father, grandfather, paternal, maternal)
            members.append(self.person(origin, rel, sex, age, parts, is_minor, start))
        return members  # fmt: skip

    def pick_name(self, seq: Sequence[Name]) -> Name:
        return seq[int(self.rand() * len(seq))]

    def name_parts(
        self,
        origin: Origin,
        given: Name,
        father: Name,
        grandfather: Name,
        surname: Name | None,
        second_surname: Name | None = None,
    ) -> list[Name]:
        """A full name as the origin composes it."""
        if origin.style == "patronymic" or surname is None:
            parts = [given, father]
            if self.chance(0.5):
                parts.append(grandfather)
            return parts
        if origin.style == "hispanic":
            return [given, surname, second_surname or self.pick_name(origin.surnames)]
        # Arabic documents often carry the father's name in the middle.
        if origin.script == Script.ARABIC.value and self.chance(0.35):
            return [given, father, surname]
        return [given, surname]

    def person(
        self,
        origin: Origin,
        rel: str,
        sex: str,
        age: int,
        parts: list[Name],
        is_minor: bool,
        start: date,
    ) -> SynthMember:
        latin = " ".join(self.spelling(p) for p in parts)
        original = " ".join(p.original for p in parts) if parts[0].original else ""
        birth = self.birth(origin, age, rel)
        vulnerabilities: list[str] = []
        if self.chance(0.12):
            vulnerabilities.append(self.pick_str(VULNERABILITIES))
        if rel == Relationship.PARENT.value and age >= 65:
            vulnerabilities.append("elderly")
        languages = list(origin.languages)
        if age >= 16 and self.chance(0.25):
            languages.append("en")
        return SynthMember(
            is_head=rel == Relationship.HEAD.value,
            relationship=rel,
            name_latin=latin,
            name_original=original,
            original_script=origin.script if original else Script.LATIN.value,
            sex=sex,
            birth=birth,
            nationality=origin.nationality,
            languages=languages,
            vulnerabilities=vulnerabilities,
            is_unaccompanied_minor=is_minor,
        )

    def birth(self, origin: Origin, age: int, rel: str) -> PartialDate | None:
        year = self.today.year - age - (1 if self.chance(0.5) else 0)
        year = min(year, self.today.year)
        adult = age >= 18
        year_only = origin.year_only_share * (1.5 if rel == Relationship.PARENT.value else 1.0)
        if adult and self.chance(year_only):
            return PartialDate(year)
        if adult and self.chance(0.05):
            return PartialDate(year, self.between(1, 12))
        if self.chance(0.01):
            return None  # still unknown: the record must be completed
        month, day = self.between(1, 12), self.between(1, 28)
        if date(year, month, day) > self.today:
            year -= 1
        return PartialDate(year, month, day)


def generate_family(index: int, seed: int = 1, today: date | None = None) -> SynthFamily:
    """Family number ``index`` (0-based) of the dataset ``seed``, dated around ``today``."""
    return _Gen(index, seed, today or date.today()).family()


def generate_families(
    count: int, seed: int = 1, today: date | None = None, start: int = 0
) -> Iterator[SynthFamily]:
    """Families ``start`` .. ``start + count - 1``, lazily (25,000 do not fit in a list cheaply)."""
    day = today or date.today()
    for index in range(start, start + count):
        yield _Gen(index, seed, day).family()
