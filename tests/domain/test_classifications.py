"""The reviewed classification tables: ISCO-08's 10 major and 43 sub-major groups, ISCED 0-8."""

from __future__ import annotations

import json

import pytest

from hostdesk import resources
from hostdesk.domain.classifications import parse_isced, parse_isco
from hostdesk.storage.classifications import isced2011, isco08


def test_isco08_has_its_10_major_and_43_sub_major_groups() -> None:
    codes = [c.code for c in isco08().codes]
    assert len([c for c in codes if len(c) == 1]) == 10
    assert len([c for c in codes if len(c) == 2]) == 43
    assert isco08().get("72").en == "Metal, machinery and related trades workers"  # type: ignore[union-attr]
    assert all(c.pt and c.en for c in isco08().codes)


def test_isced_has_levels_0_to_8() -> None:
    assert [c.code for c in isced2011().codes] == [str(n) for n in range(9)]


def test_the_report_schema_knows_the_same_codes() -> None:
    schema = json.loads(resources.read_text("schemas", "monthly-report-v2.json"))
    assert set(schema["$defs"]["isco08"]["enum"]) - {None} == isco08().known()
    assert set(schema["$defs"]["isced"]["enum"]) - {None} == isced2011().known()


def test_a_broken_table_is_refused() -> None:
    data = json.loads(resources.read_text("data", "isco08-groups.json"))
    twice = {**data, "groups": [*data["groups"], data["groups"][5]]}
    with pytest.raises(ValueError):
        parse_isco(json.dumps(twice))
    stray = {**data, "groups": [*data["groups"], {"code": "A7", "en": "x", "pt": "x"}]}
    with pytest.raises(ValueError):
        parse_isco(json.dumps(stray))
    with pytest.raises(ValueError):
        parse_isced('{"classification": "x", "levels_list": [{"code": "1", "en": "", "pt": ""}]}')
