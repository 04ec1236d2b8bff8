"""What the frontend cannot compile is refused with the construct, the reason and the right line.

The functions live in refused.py, each marking the line that must be reported;
with fullgraph=True the error is raised, without it the call runs eagerly.
"""

from __future__ import annotations

import inspect
import warnings

import pytest
import torch

import jic
import refused
from refused import (
    asserts,
    assigns_nonlocal,
    calls_generator,
    carried_type_changes,
    catches,
    data_dependent_branch,
    index_not_affine,
    index_of_two_loops,
    inplace_on_argument,
    list_grows_in_loop,
    loop_over_tensor,
    maybe_unbound,
    prints,
    star_call,
    symbolic_recursion,
    uses_with,
)

CASES = [
    (data_dependent_branch, "a branch on the value of a 2-d tensor: only a 0-d tensor", ()),
    (inplace_on_argument, "in-place operator `+=` on a tensor the caller passed in", ()),
    (prints, "a call of print()", ()),
    (asserts, "`assert` or `raise`", (3,)),
    (list_grows_in_loop, "growing the list 'outs' in this loop: the loop must run `for t in range(x.size(d))`", (3,)),
    (loop_over_tensor, "a `for` loop over Tensor", ()),
    (assigns_nonlocal, "assigning the nonlocal 'k'", ()),
    (star_call, "a call with `*args` or `**kwargs`", ()),
    (calls_generator, "generators and coroutines are not compiled", ()),
    (symbolic_recursion, "calls nest deeper than", (3,)),
    (carried_type_changes, "loop-carried variable 'k'", ()),
    (maybe_unbound, "the use of 'y' here: it is assigned on some paths only", (2,)),
    (catches, "`try` / `except`", ()),
    (uses_with, "a `with` block on", ()),
    (index_not_affine, "an index computed from loop values: an index must be `a * t + b`", ()),
    (index_of_two_loops, "an index computed from loop values", ()),
]


def _marked_line(fn) -> int:
    src = inspect.getsource(refused).splitlines()
    hits = [i + 1 for i, text in enumerate(src) if text.rstrip().endswith(f"# <- refused: {fn.__name__}")]
    assert len(hits) == 1, fn.__name__
    return hits[0]


def _args(extra):
    return (torch.randn(2, 4, 3), torch.randn(2, 3), *extra)


@pytest.mark.parametrize("fn,message,extra", CASES, ids=[c[0].__name__ for c in CASES])
def test_refusal_names_construct_and_line(fn, message, extra):
    f = jic.compile(fn, fullgraph=True)
    with pytest.raises(jic.UnsupportedError) as info:
        f(*_args(extra))
    e = info.value
    assert message in str(e), str(e)
    assert e.lineno == _marked_line(fn), str(e)
    assert e.filename == refused.__file__
    assert f"# <- refused: {fn.__name__}" in str(e)  # the source line is shown


def test_refused_function_runs_eagerly_without_fullgraph():
    f = jic.compile(carried_type_changes)
    x, h = _args(())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = f(x, h)
    assert any("loop-carried variable 'k'" in str(w.message) for w in caught)
    torch.testing.assert_close(out, carried_type_changes(x, h))
