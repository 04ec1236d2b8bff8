"""The acceptance corpus: each program compiled with fullgraph=True, compared with eager on fresh random inputs."""

from __future__ import annotations

import dis
import sys

import pytest
import torch

import jic
from conftest import assert_close
from jic.frontend import opcodes
from programs import PROGRAMS, Program

VERSION = f"{sys.version_info[0]}.{sys.version_info[1]}"
_COMPILED: dict[str, jic.CompiledFunction] = {}


def compiled(p: Program) -> jic.CompiledFunction:
    if p.name not in _COMPILED:
        _COMPILED[p.name] = jic.compile(p.fn, fullgraph=True)
    return _COMPILED[p.name]


def _on(device: str, args: tuple) -> tuple:
    """The program's fresh inputs on `device` (numbers stay numbers)."""
    return tuple(a.to(device) if isinstance(a, torch.Tensor) else a for a in args)


def _check(p: Program, args: tuple) -> None:
    out = compiled(p)(*args)
    ref = p.fn(*args)
    outs, refs = (out, ref) if isinstance(ref, tuple) else ((out,), (ref,))
    assert len(outs) == len(refs)
    for o, r in zip(outs, refs):
        assert_close(o, r)


def test_corpus_is_large_enough():
    assert len(PROGRAMS) >= 40
    assert len({p.name for p in PROGRAMS}) == len(PROGRAMS)


@pytest.mark.parametrize("p", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_matches_eager(p: Program, device: str):
    """On the CPU always; on CUDA (marked `gpu`) where a GPU is present: one compiled function, a variant per device."""
    for make in (p.make_args, *p.extra_args):
        _check(p, _on(device, make()))
        _check(p, _on(device, make()))  # fresh inputs again, same compiled variant


@pytest.mark.parametrize("p", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_bytecode_has_the_targeted_opcode(p: Program):
    names = {i.opname for i in dis.get_instructions(p.fn)}
    for const in p.fn.__code__.co_consts:  # comprehensions and lambdas are their own code objects
        if hasattr(const, "co_code"):
            names |= {i.opname for i in dis.get_instructions(const)}
    targets = p.targets(VERSION)
    assert targets, f"{p.name} names no opcode for Python {VERSION}"
    missing = [t for t in targets if t not in names]
    assert not missing, f"{p.name}: {missing} not in its bytecode on Python {VERSION}"


@pytest.mark.parametrize("p", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_every_opcode_of_the_program_has_a_handler(p: Program):
    missing = sorted({i.opname for i in dis.get_instructions(p.fn)} - set(opcodes.HANDLERS))
    assert not missing, f"{p.name}: no handler for {missing} on Python {VERSION}"


def test_int_argument_does_not_recompile():
    p = next(p for p in PROGRAMS if p.name == "int_bound")
    f = jic.compile(p.fn, fullgraph=True)
    for n in (1, 3, 5, 0):
        x, h, _ = p.make_args()
        assert_close(f(x, h, n), p.fn(x, h, n))
    assert f.compile_count == 1


def test_loops_are_not_unrolled():
    p = next(p for p in PROGRAMS if p.name == "if_elif_else")
    x, h = p.make_args()
    ir = jic.compile(p.fn, fullgraph=True).stages(x, h)["jic"]
    assert ir.count("scf.for") == 1
    assert ir.count("jic.tanh") == 1 and ir.count("jic.sigmoid") == 1
