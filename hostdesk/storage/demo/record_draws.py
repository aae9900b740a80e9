"""Drawing one synthetic family's records: identifiers, permits, health, education,
language, jobs, housing, goals, activities, referrals and payments.

:class:`RecordDraws` holds the family's RNG and the small drawing helpers;
:mod:`hostdesk.storage.demo.synthetic` builds the family and its people on top of it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from hostdesk.domain.allowance import DEFAULT_RATES, HouseholdMember, monthly_allowance
from hostdesk.domain.vocabulary import (
    ActivityKind,
    ConsentMethod,
    ConsentScope,
    CourseType,
    Dimension,
    DimensionStatus,
    EducationKind,
    EmploymentKind,
    ExitReason,
    FamilyStatus,
    GoalStatus,
    HousingKind,
    IdentifierKind,
)
from hostdesk.storage.demo import status_draws
from hostdesk.storage.demo.casework_data import (
    ACTIVITY_KINDS,
    BODIES,
    CLOSERS,
    DIMENSIONS,
    EMPLOYERS,
    FLOORS,
    GENERAL,
    GOALS,
    HEALTH_CENTRES,
    LANGUAGE_PROVIDERS,
    LEVELS_REACHED,
    OPENERS,
    OUTCOMES,
    PLACES,
    REFERRALS,
    SITUATED,
    STREETS,
    TASKS,
    TRADES,
    TRANSITION_NOTES,
)
from hostdesk.storage.demo.name_data import Name, Origin
from hostdesk.storage.demo.numbers import (
    nif_with_check,
    niss_with_check,
    scramble,
    weighted,
    years_old,
)
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
    SynthReferral,
    SynthTask,
)
from hostdesk.storage.demo.rules import demo_rule

# ---------------------------------------------------------------------------
# Check digits (the validators in hostdesk.domain.identifiers accept these)


# ---------------------------------------------------------------------------
# The generator


KIND_VALUES, KIND_CUM = weighted(ACTIVITY_KINDS)
ACTIVITIES_PER_MONTH = (2.2, 3.9)


class RecordDraws:
    """One family's draw; a small object so the helpers share the RNG and dates.

    The records part; :class:`hostdesk.storage.demo.synthetic._Gen` adds the family and people."""

    def __init__(self, index: int, seed: int, today: date) -> None:
        # One RNG per family: family N does not depend on how many come before it.
        self.rng = random.Random((seed << 32) ^ index)
        self.rand = self.rng.random
        self.index = index
        self.today = today
        self.today_ord = today.toordinal()
        self.spellings: dict[int, str] = {}

    # -- small helpers --------------------------------------------------------

    def pick(self, seq: Sequence[object]) -> object:
        return seq[int(self.rand() * len(seq))]

    def pick_str(self, seq: Sequence[str]) -> str:
        return seq[int(self.rand() * len(seq))]

    def chance(self, p: float) -> bool:
        return self.rand() < p

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.rand() * (high - low + 1))

    def cum_pick(self, values: Sequence[str], cumulative: Sequence[int]) -> str:
        x = self.rand() * cumulative[-1]
        for value, bound in zip(values, cumulative, strict=True):
            if x < bound:
                return value
        return values[-1]

    def day_between(self, first: date, last: date) -> date:
        a, b = first.toordinal(), last.toordinal()
        if b <= a:
            return first
        return date.fromordinal(a + int(self.rand() * (b - a + 1)))

    def spelling(self, name: Name) -> str:
        """A Latin spelling: mostly the family's usual one, sometimes another document's."""
        if len(name.latin) == 1:
            return name.latin[0]
        usual = self.spellings.get(id(name))
        if usual is not None and self.rand() < 0.85:
            return usual
        if self.rand() < 0.6:
            chosen = name.latin[0]
        else:
            chosen = name.latin[1 + int(self.rand() * (len(name.latin) - 1))]
        self.spellings.setdefault(id(name), chosen)
        return chosen

    # -- per-person records ---------------------------------------------------------

    def member_records(
        self,
        fam: SynthFamily,
        origin: Origin,
        position: int,
        member: SynthMember,
        arrival: date,
        start: date,
        last_day: date,
    ) -> None:
        key = fam.index * 8 + position
        m = fam.municipality
        settled = (last_day - start).days > 30
        age = years_old(member.birth, self.today)
        adult = age >= 18
        ukrainian = origin.key == "ukrainian"
        ids = member.identifiers
        # Temporary protection gives NIF, NISS and SNS at once.
        if ukrainian or (settled and self.chance(0.92 if adult else 0.75)):
            ids.append(SynthIdentifier(
                IdentifierKind.NIF.value,
                nif_with_check(
                    self.pick_str("23") + f"{scramble(key, 7_654_321, 1_234_567, 7):07d}"
                ),
                "AT",
            ))  # fmt: skip
        if ukrainian or (settled and self.chance(0.85 if adult else 0.5)):
            ids.append(SynthIdentifier(
                IdentifierKind.NISS.value,
                niss_with_check("1" + f"{scramble(key, 987_654_323, 123_456_789, 9):09d}"),
                "ISS",
            ))  # fmt: skip
        if ukrainian or (settled and self.chance(0.9)):
            ids.append(SynthIdentifier(
                IdentifierKind.SNS.value,
                "1" + f"{scramble(key, 123_456_791, 76_543_210, 8):08d}",
                "SNS",
            ))  # fmt: skip
        if origin.passport_prefix and self.chance(origin.passport_share):
            digits = 9 - len(origin.passport_prefix)
            expiry = self.day_between(
                self.today - timedelta(days=400), self.today + timedelta(days=2500)
            )
            ids.append(SynthIdentifier(
                IdentifierKind.PASSPORT.value,
                origin.passport_prefix + f"{self.between(0, 10**digits - 1):0{digits}d}",
                origin.nationality, expiry,
            ))  # fmt: skip
        elif adult and self.chance(0.15):
            ids.append(SynthIdentifier(
                IdentifierKind.TRAVEL_DOCUMENT.value,
                f"TD{self.between(0, 9_999_999):07d}", "PT",
            ))  # fmt: skip
        active = fam.status == FamilyStatus.ACTIVE.value
        self.permits(member, key, ukrainian, arrival, last_day, active)
        self.health(member, m, age, adult, origin, settled, start)
        self.education(member, m, age, start, last_day)
        if adult or member.is_unaccompanied_minor:
            self.language(member, m, start, last_day)
        if adult and age < 65:
            self.jobs(member, start, last_day)
        if adult or member.is_head:
            method = self.pick_str((
                ConsentMethod.WRITTEN.value, ConsentMethod.WRITTEN.value,
                ConsentMethod.ORAL_WITH_INTERPRETER.value,
            ))  # fmt: skip
            member.consents.append(SynthConsent(ConsentScope.CASE_MANAGEMENT.value, start, method))
            if self.chance(0.7):
                member.consents.append(SynthConsent(ConsentScope.REFERRALS.value, start, method))
            if self.chance(0.5):
                member.consents.append(SynthConsent(ConsentScope.REPORTING.value, start, method))

    def permits(
        self,
        member: SynthMember,
        key: int,
        ukrainian: bool,
        arrival: date,
        last_day: date,
        active: bool,
    ) -> None:
        status_draws.permits(self, member, key, ukrainian, arrival, last_day, active)
        status_draws.before_arrival(self, member, years_old(member.birth, arrival), arrival)

    def health(
        self, member: SynthMember, m: str, age: int, adult: bool, origin: Origin,
        settled: bool, start: date,
    ) -> None:  # fmt: skip
        registered = settled and self.chance(0.9)
        portuguese_ok = origin.key in ("venezuelan",)
        member.health = SynthHealth(
            sns_registered=registered,
            health_centre=self.pick_str(HEALTH_CENTRES).format(m=m) if registered else "",
            has_family_doctor=registered and self.chance(0.6),
            vaccinations_up_to_date=(self.chance(0.8) if not adult else
                                     (None if self.chance(0.5) else self.chance(0.7))),
            mental_health_followup=self.chance(0.08),
            interpreter_needed=adult and not portuguese_ok and self.chance(0.7),
            status=(DimensionStatus.ACHIEVED.value if registered and self.chance(0.6)
                    else DimensionStatus.IN_PROGRESS.value if settled
                    else DimensionStatus.NOT_STARTED.value),
        )  # fmt: skip

    def education(self, member: SynthMember, m: str, age: int, start: date, last_day: date) -> None:
        if 6 <= age < 18:
            # Some school-age children are still waiting for a place: the alert must show.
            if self.chance(0.88):
                level = ("1.º ciclo" if age < 10 else "2.º ciclo" if age < 12
                         else "3.º ciclo" if age < 15 else "secundário")  # fmt: skip
                member.education.append(SynthEducation(
                    EducationKind.SCHOOL_ENROLMENT.value,
                    f"Agrupamento de Escolas de {m}", level,
                    self.day_between(start, min(start + timedelta(days=60), last_day)), None,
                    DimensionStatus.IN_PROGRESS.value,
                ))  # fmt: skip
        elif 3 <= age < 6 and self.chance(0.5):
            member.education.append(SynthEducation(
                EducationKind.SCHOOL_ENROLMENT.value, f"Jardim de Infância de {m}", "pré-escolar",
                self.day_between(start, last_day), None, DimensionStatus.IN_PROGRESS.value,
            ))  # fmt: skip
        elif age >= 18:
            x = self.rand()
            if x < 0.12:
                member.education.append(SynthEducation(
                    EducationKind.QUALIFICATION_RECOGNITION.value, "DGES",
                    "licenciatura", self.day_between(start, last_day), None,
                    DimensionStatus.IN_PROGRESS.value,
                    "Sem diploma original; pedido com declaração.",
                ))  # fmt: skip
            elif x < 0.22:
                member.education.append(SynthEducation(
                    EducationKind.PRIOR_LEARNING.value, f"Centro Qualifica de {m}",
                    f"certificação profissional ({self.pick_str(TRADES)})",
                    self.day_between(start, last_day), None, DimensionStatus.IN_PROGRESS.value,
                ))  # fmt: skip
            elif x < 0.3:
                first = self.day_between(start, last_day)
                member.education.append(SynthEducation(
                    EducationKind.VOCATIONAL_TRAINING.value, f"IEFP — {m}",
                    self.pick_str(("Curso de cozinha", "Curso de eletricidade",
                                   "Curso de apoio à família", "Curso de soldadura")),
                    first, first + timedelta(days=120) if self.chance(0.5) else None,
                    DimensionStatus.IN_PROGRESS.value,
                ))  # fmt: skip

    def language(self, member: SynthMember, m: str, start: date, last_day: date) -> None:
        months = (last_day - start).days / 30.4
        if months < 1.5 or not self.chance(0.82):
            return  # no course yet: the "no language course" alert fires for some
        begin = self.day_between(start + timedelta(days=14), start + timedelta(days=75))
        begin = min(begin, last_day)
        done = months > 6 and self.chance(0.7)
        end = min(begin + timedelta(days=self.between(120, 200)), last_day) if done else None
        level = None
        reached = None
        if done:
            level = self.pick_str(LEVELS_REACHED)
            reached = end
        kind = CourseType.LITERACY.value if self.chance(0.08) else CourseType.PLA.value
        member.courses.append(SynthCourse(
            kind, self.pick_str(LANGUAGE_PROVIDERS).format(m=m), begin, end,
            (25, 50, 100, 150)[int(self.rand() * 4)] if done else self.between(10, 60),
            level, reached,
        ))  # fmt: skip
        if self.chance(0.25):
            member.courses.append(SynthCourse(
                CourseType.NON_FORMAL.value, "Voluntários da Junta de Freguesia",
                self.day_between(start, last_day), None, self.between(4, 40), None, None,
            ))  # fmt: skip
        if done and self.chance(0.07):
            first = self.day_between(begin, last_day)
            member.courses.append(SynthCourse(
                CourseType.TECHNICAL.value, "IEFP",
                first, first + timedelta(days=30), 25, None, None,
                self.pick_str(("Português técnico: restauração", "Português técnico: comércio",
                               "Português técnico: construção", "Português técnico: estética")),
            ))  # fmt: skip

    def jobs(self, member: SynthMember, start: date, last_day: date) -> None:
        months = (last_day - start).days / 30.4
        if months < 1 or not self.chance(0.7):
            return
        registered = self.day_between(start + timedelta(days=20), last_day)
        member.jobs.append(SynthJob(
            EmploymentKind.IEFP_REGISTRATION.value, "IEFP", "", registered, None,
        ))  # fmt: skip
        if self.chance(0.2):
            first = self.day_between(registered, last_day)
            member.jobs.append(SynthJob(
                EmploymentKind.TRAINING.value, "IEFP", self.pick_str(TRADES), first,
                first + timedelta(days=90) if self.chance(0.6) else None,
            ))  # fmt: skip
        if months > 4 and self.chance(min(0.15 + months / 40, 0.6)):
            employer, sector = self.pick(EMPLOYERS)  # type: ignore[misc]
            first = self.day_between(registered, last_day)
            kind = (
                EmploymentKind.SELF_EMPLOYED.value
                if self.chance(0.05)
                else EmploymentKind.CONTRACT.value
            )
            member.jobs.append(SynthJob(
                kind, employer if kind == EmploymentKind.CONTRACT.value else "", sector, first,
                first + timedelta(days=180) if self.chance(0.25) else None,
                "Contrato a termo certo" if self.chance(0.6) else "",
            ))  # fmt: skip
        elif self.chance(0.4):
            member.jobs.append(SynthJob(
                EmploymentKind.JOB_SEARCH.value, "", self.pick_str(TRADES),
                self.day_between(registered, last_day), None,
            ))  # fmt: skip

    # -- family records ---------------------------------------------------------------

    def housing(self, fam: SynthFamily, start: date, last_day: date) -> None:
        m = fam.municipality
        first = start
        if self.chance(0.2):
            temporary_end = min(start + timedelta(days=self.between(20, 90)), last_day)
            kind = self.pick_str(
                (HousingKind.RECEPTION_CENTRE.value, HousingKind.HOST_FAMILY.value)
            )
            fam.housing.append(SynthHousing(
                kind, "Centro de Acolhimento" if kind == HousingKind.RECEPTION_CENTRE.value else "",
                m, start, temporary_end, None, DimensionStatus.ACHIEVED.value,
            ))  # fmt: skip
            first = temporary_end
        rent = self.between(35, 90) * 1000 + (15000 if m in ("Lisboa", "Porto") else 0)
        address = (f"{self.pick_str(STREETS)}, {self.between(1, 220)}"
                   f"{', ' + floor if (floor := self.pick_str(FLOORS)) else ''}")  # fmt: skip
        ended = fam.exit_reason == ExitReason.LEFT_PORTUGAL.value
        fam.housing.append(SynthHousing(
            HousingKind.RENTED_BY_ENTITY.value, address, m, first,
            fam.exit_date if ended else None, rent,
            DimensionStatus.ACHIEVED.value if self.chance(0.8) else DimensionStatus.AT_RISK.value,
        ))  # fmt: skip
        if fam.exit_reason == ExitReason.PROGRAMME_ENDED.value and self.chance(0.6):
            fam.housing.append(SynthHousing(
                HousingKind.RENTED_BY_FAMILY.value, address, m, fam.exit_date or last_day,
                None, rent, DimensionStatus.ACHIEVED.value, "A família assumiu o contrato.",
            ))  # fmt: skip

    def goals(self, fam: SynthFamily, start: date, last_day: date) -> None:
        for _ in range(self.between(3, 7)):
            dimension = self.pick_str(DIMENSIONS)
            target = self.day_between(start + timedelta(days=60), fam.programme_end)
            x = self.rand()
            if target < last_day and x < 0.6:
                status, achieved = GoalStatus.ACHIEVED.value, self.day_between(start, target)
            elif x < 0.9:
                status, achieved = GoalStatus.IN_PROGRESS.value, None
            elif x < 0.95:
                status, achieved = GoalStatus.PLANNED.value, None
            else:
                status, achieved = GoalStatus.DROPPED.value, None
            fam.goals.append(
                SynthGoal(dimension, self.pick_str(GOALS[dimension]), status, target, achieved)
            )

    def activities(self, fam: SynthFamily, origin: Origin, start: date, last_day: date) -> None:
        span = (last_day - start).days
        months = span / 30.4
        rate = ACTIVITIES_PER_MONTH[0] + self.rand() * (
            ACTIVITIES_PER_MONTH[1] - ACTIVITIES_PER_MONTH[0]
        )
        count = max(1, round(months * rate))
        first_names = [m.name_latin.split(" ", 1)[0] for m in fam.members]
        n_members = len(fam.members)
        ages = [years_old(m.birth, self.today) for m in fam.members]
        adults = [i for i, a in enumerate(ages) if a >= 18] or [0]
        children = [i for i, a in enumerate(ages) if 3 <= a < 18] or adults
        by_dimension = {
            Dimension.HOUSING.value: adults,
            Dimension.HEALTH.value: list(range(n_members)),
            Dimension.EDUCATION.value: children,
            Dimension.LANGUAGE.value: adults,
            Dimension.EMPLOYMENT.value: adults,
        }
        start_ord = start.toordinal()
        rand = self.rand
        lang = origin.language_label
        municipality = fam.municipality
        days = sorted(start_ord + int(rand() * (span + 1)) for _ in range(count))
        active = fam.status == FamilyStatus.ACTIVE.value
        forced_visit = active and rand() < 0.8 and span > 25
        if forced_visit:
            # Most active families had a visit in the last few weeks; the rest raise an alert.
            days[-1] = max(days[-1], self.today_ord - int(rand() * 25))
        out = fam.activities
        for i, day_ord in enumerate(days):
            if forced_visit and i == count - 1:
                kind = ActivityKind.VISIT.value
            else:
                kind = self.cum_pick(KIND_VALUES, KIND_CUM)
            if kind in SITUATED:
                situated = SITUATED[kind]
                opener, place, fixed = situated[int(rand() * len(situated))]
                dim = fixed or DIMENSIONS[int(rand() * 5)]
            else:
                openers = OPENERS[kind]
                opener = openers[int(rand() * len(openers))]
                places = PLACES[kind]
                place = places[int(rand() * len(places))]
                dim = DIMENSIONS[int(rand() * 5)]
            # The person a sentence is about fits it: no toddler starts a job.
            about = by_dimension[dim]
            who = about[int(rand() * len(about))]
            name = first_names[who]
            general = [opener.format(name=name)] if opener else []
            if rand() < 0.2:
                general.append(GENERAL[int(rand() * len(GENERAL))])
            closer = CLOSERS[int(rand() * len(CLOSERS))]
            if closer:
                general.append(closer.format(lang=lang))
            body = BODIES[dim][int(rand() * len(BODIES[dim]))]
            trade = TRADES[int(rand() * len(TRADES))]
            # Sections in the order the casework module writes them: general, then dimensions.
            notes = {"": " ".join(general)} if general else {}
            second = DIMENSIONS[int(rand() * 5)] if rand() < 0.2 else dim
            for d in DIMENSIONS:
                if d == dim:
                    notes[d] = body.format(name=name, trade=trade)
                elif d == second:
                    other = BODIES[d][int(rand() * len(BODIES[d]))]
                    notes[d] = other.format(name=first_names[by_dimension[d][0]], trade=trade)
            if kind == ActivityKind.NOTE.value:
                present: tuple[int, ...] = ()
            elif kind == ActivityKind.CALL.value or n_members == 1:
                present = (who,)
            else:
                other_member = int(rand() * n_members)
                present = tuple(sorted({who, other_member}))
            out.append(SynthActivity(
                kind, date.fromordinal(day_ord), place.format(m=municipality), present, notes,
                tuple(d for d in notes if d), rand() < 0.15,
            ))  # fmt: skip
        if fam.iss is not None:
            # The ISS meeting of the programme's last months, in its place in the timeline.
            meeting = SynthActivity(
                ActivityKind.APPOINTMENT.value, fam.iss.meeting_on,
                f"Segurança Social — {municipality}", (0,), dict(TRANSITION_NOTES),
                (Dimension.HOUSING.value,),
            )  # fmt: skip
            at = sum(1 for a in out if a.occurred_on <= meeting.occurred_on)
            out.insert(at, meeting)
        for _ in range(self.between(0, 3)):
            position = int(rand() * len(out))
            made = out[position].occurred_on
            due = made + timedelta(days=self.between(3, 21))
            done = due <= self.today and self.chance(0.8)
            fam.tasks.append(SynthTask(
                self.pick_str(TASKS), due,
                self.day_between(made, min(due, self.today)) if done else None, position,
            ))  # fmt: skip

    def referrals(self, fam: SynthFamily, start: date, last_day: date) -> None:
        months = (last_day - start).days / 30.4
        count = min(8, int(months / 3 + self.rand() * 2))
        n = len(fam.members)
        for _ in range(count):
            service, dimension, reasons = self.pick(REFERRALS)  # type: ignore[misc]
            sent = self.day_between(start, last_day)
            waited = (self.today - sent).days
            # Recent ones are often still open; a few old ones were never answered.
            open_share = 0.5 if waited <= 15 else 0.15
            if self.chance(open_share):
                answered, outcome = None, ""
            else:
                answered = min(sent + timedelta(days=self.between(2, 30)), self.today)
                outcome = self.pick_str(OUTCOMES)
            fam.referrals.append(SynthReferral(
                service, dimension, self.pick_str(reasons), sent, answered, outcome,
                int(self.rand() * n) if self.chance(0.8) else None,
            ))  # fmt: skip

    def payments(self, fam: SynthFamily, start: date, last_day: date) -> None:
        """Paid month by month inside the programme, for a channel whose rule pays one."""
        if not demo_rule(fam.arrival_channel, start).pays_allowance:
            return  # spontaneous asylum: the ISS pays a subsistence allowance, not the entity
        household = [HouseholdMember(m.is_head, m.birth) for m in fam.members]
        paid_until = last_day
        last_day = min(last_day, fam.programme_end)
        year, month = start.year, start.month
        # The allowance is worked out per month: a child turning 18 changes the amount.
        while (year, month) <= (last_day.year, last_day.month):
            first = date(year, month, 1)
            breakdown = monthly_allowance(household, DEFAULT_RATES, max(first, start))
            paid = max(date(year, month, self.between(1, 8)), start)
            if paid <= paid_until:
                fam.payments.append(
                    SynthPayment(f"{year:04d}-{month:02d}", breakdown.total_cents, paid)
                )
            month += 1
            if month > 12:
                year, month = year + 1, 1
