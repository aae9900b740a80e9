"""Which notes mention a person, for a subject-access export."""

from __future__ import annotations

from hostdesk.domain.mentions import distinctive_words, mentions, name_words


def test_a_given_name_singles_a_person_out_but_the_family_name_does_not() -> None:
    fatima = ("Fátima Al-Hassan", "فاطمة الحسن")
    others = [("Mohammed Al-Hassan", "محمد الحسن"), ("Amina Al-Hassan", "")]
    words = distinctive_words(fatima, others)
    assert mentions("Fatima went to the health centre.", words)
    assert mentions("ذهبت فاطمة إلى المركز الصحي", words)
    assert not mentions("The Al-Hassan family moved house.", words)
    assert not mentions("Mohammed starts work on Monday.", words)


def test_particles_short_words_and_digits_never_count() -> None:
    assert name_words("Ali bin Omar al Li 1987") == {"ali", "omar"}
    assert not mentions("anything at all", set())
