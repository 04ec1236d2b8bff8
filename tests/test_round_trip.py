"""Every stage's IR of every corpus function prints, parses back and prints the same text (both targets)."""

from __future__ import annotations

import functools
import inspect
import itertools

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
    """The ops of `module` that carry no source line of `fn` (containers and terminators need none)."""
    src, first = inspect.getsourcelines(fn)
    want = {f"{corpus.__file__}:{line}" for line in range(first, first + len(src))}
    out = []
    for op in module.walk():
        if locations.locatable(op) and op.name != "scf.yield":  # the frontend's loop yields are implicit
            loc = locations.loc_of(op)
            if loc is None or loc.data not in want:
                out.append(f"{op.name} at {loc.data if loc else None}")
    return out


@functools.cache
def corpus_stages(fn, target) -> list[tuple[str, str, list[str]]]:
    """(stage, IR text, ops without a line of fn) after the frontend and each pass, for the first argument
    kinds the frontend and every pass accept."""
    for kinds in _kinds_candidates(fn):
        try:
            module, _ = build_function(fn, kinds)
            module.verify()
            out = [("jic", str(module), _misplaced(fn, module))]
            pipeline.run(
                make_context(),
                module,
                pipeline.compose(target),
                lambda n, m: out.append((n, str(m), _misplaced(fn, m))),
            )
            return out
        except UnsupportedError:
            continue
    raise AssertionError(f"no argument kinds compile {fn.__name__}; give it the kinds it needs in _kinds_candidates")


@pytest.mark.parametrize("target", ["cpu", "nvptx"])
@pytest.mark.parametrize("fn", corpus.ALL, ids=[f.__name__ for f in corpus.ALL])
def test_every_stage_round_trips(fn, target):
    stages = corpus_stages(fn, target)
    if target == "nvptx":  # the stages before lower-to-llvm are the CPU's: parse only what differs
        stages = stages[[s for s, _, _ in stages].index("lower-to-llvm") :]
    for stage, text, _ in stages:
        again = str(opt.parse_ir(text, f"{fn.__name__}:{stage}"))
        assert again == text, f"{fn.__name__}: the IR after {stage} prints differently once parsed back"
