"""Every stage's IR of every corpus function prints, parses back and prints the same text (both targets)."""

from __future__ import annotations

import inspect
import itertools

import pytest
from xdsl.dialects.builtin import f32

import corpus
from jic.errors import UnsupportedError
from jic.frontend import build_function
from jic.ir import make_context
from jic.passes import pipeline
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


def _stages(fn, target):
    """[(stage, IR text)] for the first argument kinds the frontend and every pass accept."""
    for kinds in _kinds_candidates(fn):
        try:
            module, _ = build_function(fn, kinds)
            module.verify()
            out = [("jic", str(module))]
            pipeline.run(make_context(), module, pipeline.compose(target), lambda n, m: out.append((n, str(m))))
            return out
        except UnsupportedError:
            continue
    raise AssertionError(f"no argument kinds compile {fn.__name__}; give it the kinds it needs in _kinds_candidates")


@pytest.mark.parametrize("target", ["cpu", "nvptx"])
@pytest.mark.parametrize("fn", corpus.ALL, ids=[f.__name__ for f in corpus.ALL])
def test_every_stage_round_trips(fn, target):
    for stage, text in _stages(fn, target):
        again = str(opt.parse_ir(text, f"{fn.__name__}:{stage}"))
        assert again == text, f"{fn.__name__}: the IR after {stage} prints differently once parsed back"
