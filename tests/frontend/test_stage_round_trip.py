"""The acceptance corpus through every pass: each stage's IR round-trips through print and parse, and every op
carries a `file:line` location (its own line, or the line of an inlined callee)."""

from __future__ import annotations

import pytest
from test_round_trip import assert_round_trips, module_stages

import jic
from programs import PROGRAMS, Program


@pytest.mark.parametrize("p", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_every_stage_round_trips_and_is_located(p: Program):
    kinds = jic.compile(p.fn).kinds_for(*p.make_args())
    stages = module_stages(p.fn, kinds, "cpu")
    for stage, _, unlocated in stages:
        assert not unlocated, f"{p.name}: after {stage}, ops without a location: {unlocated}"
    assert_round_trips(p.name, stages)
