"""Every stage's IR of every corpus function prints, parses back and prints the same text (both targets)."""

from __future__ import annotations

import functools
import inspect
import itertools
import re

import pytest
from xdsl.dialects.builtin import f32

import corpus
from jic.errors import UnsupportedError
from jic.frontend import build_function
from jic.ir import make_context
from jic.passes import locations, pipeline
from jic.tools import opt


def _kinds_candidates(fn):
    """Argument kinds to try, most common first: tensors of rank r (the first one r+1, as in x[:, t]),
    numbers float or int. The frontend needs only kinds, no values."""
    params = list(inspect.signature(fn).parameters)
    tensors = [p for p in params if p not in ("n", "k", "alpha")]
    for number, (r, first_extra) in itertools.product(
        [("float",), ("int",)], [(2, 1), (2, 0), (1, 1), (3, 1), (1, 0), (3, 0)]
    ):
        kinds = {p: number for p in params}
        for i, p in enumerate(tensors):
            kinds[p] = ("tensor", f32, r + (first_extra if i == 0 else 0))
        yield kinds


def _misplaced(fn, module) -> list[str]:
    """The ops of `module` without a source line of `fn` (containers and terminators need none)."""
    src, first = inspect.getsourcelines(fn)
    want = {f"{fn.__code__.co_filename}:{line}" for line in range(first, first + len(src))}
    return [
        f"{op.name} at {loc.data if loc else None}"
        for op, loc in _located(module)
        if loc is None or loc.data not in want
    ]


def _unlocated(module) -> list[str]:
    """The ops of `module` without a `file:line` location (calls inlined from elsewhere have their own lines)."""
    return [op.name for op, loc in _located(module) if loc is None or not re.fullmatch(r".+:\d+", loc.data)]


def _located(module):
    for op in module.walk():
        if locations.locatable(op) and op.name != "scf.yield":  # the frontend's loop yields are implicit
            yield op, locations.loc_of(op)


def module_stages(fn, kinds, target, check=_unlocated) -> list[tuple[str, str, list[str]]]:
    """(stage, IR text, `check`'s complaints) after the frontend and after each pass."""
    module, _ = build_function(fn, kinds)
    module.verify()
    out = [("jic", str(module), check(module))]
    pipeline.run(make_context(), module, pipeline.compose(target), lambda n, m: out.append((n, str(m), check(m))))
    return out


def assert_round_trips(name: str, stages) -> None:
    for stage, text, _ in stages:
        again = str(opt.parse_ir(text, f"{name}:{stage}"))
        assert again == text, f"{name}: the IR after {stage} prints differently once parsed back"


@functools.cache
def corpus_stages(fn, target) -> list[tuple[str, str, list[str]]]:
    """module_stages for the first argument kinds the frontend and every pass accept; each op must carry a
    line of fn."""
    for kinds in _kinds_candidates(fn):
        try:
            return module_stages(fn, kinds, target, check=lambda m: _misplaced(fn, m))
        except UnsupportedError:
            continue
    raise AssertionError(f"no argument kinds compile {fn.__name__}; give it the kinds it needs in _kinds_candidates")


@pytest.mark.parametrize("target", ["cpu", "nvptx"])
@pytest.mark.parametrize("fn", corpus.ALL, ids=[f.__name__ for f in corpus.ALL])
def test_every_stage_round_trips(fn, target):
    stages = corpus_stages(fn, target)
    if target == "nvptx":  # the stages before lower-to-llvm are the CPU's: parse only what differs
        stages = stages[[s for s, _, _ in stages].index("lower-to-llvm") :]
    assert_round_trips(fn.__name__, stages)
