"""The host program: a JSON-able flat schedule of registered step kinds, compiled into one Python function."""

from __future__ import annotations

import json

import pytest
import torch

import jic
from conftest import assert_close
from jic.runtime import schedule as sched
from rt_helpers import cell


def _cell_variant():
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(4, 7, 33), torch.randn(4, 33)
    f(x, h)
    (v,) = f.cache.values()
    return v, x, h


def test_cell_schedule_is_json_and_rebuilds():
    v, x, h = _cell_variant()
    records = v.artifact.schedule
    assert [r["kind"] for r in records].count("launch") == 1
    assert records[-1] == {"kind": "return", "tuple": False, "in": records[-1]["in"], "out": []}
    again = json.loads(json.dumps(records))
    assert again == records
    run = sched.build_program(again, [0, 1], v.module, x.device)
    assert_close(run(x, h), cell(x, h))


def test_generated_host_program_is_straight_line():
    v, _, _ = _cell_variant()
    src = v.source
    assert src.startswith("def cell(r0, r1):")
    assert "for " not in src and "while " not in src
    # the launch is in line: one call of the kernel's packed entry (no vector form: vectorize-inner-dim is opt-in)
    assert src.count("_kernel") == len(v.artifact.kernels) == 1
    assert src.count("r0.shape") == 1 and src.count("r0.stride()") == 1  # each read once, at entry


def test_new_step_kind_is_one_function():
    @sched.step_kind("test-scale")
    def _scale(em: sched.Emitter, rec: sched.Record) -> None:
        (a,) = em.regs(rec)
        (o,) = em.regs(rec, "out")
        em.line(f"{o} = {a} * {float(rec['by'])!r}")

    records = [
        {"kind": "test-scale", "in": [0], "out": [1], "by": 3},
        {"kind": "return", "in": [1, 0], "tuple": True},
    ]
    run = sched.build_program(records, [0], None, torch.device("cpu"))
    x = torch.randn(5)
    out, same = run(x)
    assert_close(out, x * 3)
    assert same is x
    assert "test-scale" in sched.kinds()


def test_a_kind_is_registered_once():
    with pytest.raises(ValueError, match="already registered"):

        @sched.step_kind("dim")
        def _other(em, rec):
            pass


def test_unknown_kind_is_an_error_naming_it():
    with pytest.raises(ValueError, match="unknown step kind 'nope'.*launch"):
        sched.build_program([{"kind": "nope", "in": [], "out": []}], [], None, torch.device("cpu"))


def test_blocks_must_be_closed():
    @sched.step_kind("test-open")
    def _open(em: sched.Emitter, rec: sched.Record) -> None:
        em.line("if True:")
        em.indent()

    with pytest.raises(ValueError, match="never closed"):
        sched.build_program([{"kind": "test-open"}], [], None, torch.device("cpu"))


def test_shape_checks_raise_before_any_launch():
    f = jic.compile(fullgraph=True)(cell)
    f(torch.randn(4, 7, 33), torch.randn(4, 33))
    with pytest.raises(jic.ShapeError, match="size 33 does not match size 34"):
        f(torch.randn(4, 7, 33), torch.randn(4, 34))


def test_divsi_rounds_toward_zero():
    from jic.runtime.steps import _divsi

    assert [_divsi(7, 2), _divsi(-7, 2), _divsi(7, -2), _divsi(-7, -2)] == [3, -3, -3, 3]


def test_a_host_while_passes_its_test_values_to_the_body_and_out():
    """i, acc = 0, x; while i < n: i, acc = i + 1, acc * 2  (the loop's results are the test's values at exit)."""
    records = [
        {"kind": "const", "in": [], "out": [2], "value": 0},
        {"kind": "const", "in": [], "out": [3], "value": 1},
        {"kind": "const", "in": [], "out": [4], "value": 2.0},
        {"kind": "while", "in": [2, 0], "out": [5, 6]},
        {"kind": "binop", "op": "lt", "in": [5, 1], "out": [7]},
        {"kind": "condition", "in": [7, 5, 6], "out": [8, 9], "body": [10, 11]},
        {"kind": "binop", "op": "add", "in": [10, 3], "out": [12]},
        {"kind": "binop", "op": "mul", "in": [11, 4], "out": [13]},
        {"kind": "yield", "in": [12, 13], "out": [5, 6]},
        {"kind": "return", "in": [9, 8], "tuple": True},
    ]
    run = sched.build_program(records, [0, 1], None, torch.device("cpu"))
    x = torch.randn(4)
    for n in (0, 1, 5):
        out, i = run(x, n)
        assert_close(out, x * 2.0**n)
        assert i == n
