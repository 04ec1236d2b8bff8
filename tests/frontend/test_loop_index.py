"""Indexes affine in the loop index (`x[:, t + 1]`, `x[:, T - 1 - t]`, `x[:, 2 * t]`): one kernel, eager's
negative indexes, and eager's IndexError before anything runs when some step would be out of range.

The programs themselves are in the corpus (programs.py, `index_*`), compared with eager there.
"""

from __future__ import annotations

import warnings

import pytest
import torch

import jic
from conftest import assert_close
from programs import (
    index_offset_argument,
    index_reversed_in_time,
    index_reversed_range,
    index_reversed_range_break,
    index_stencil_in_time,
    index_wraps_like_eager,
)


def _does_what_eager_does(fn, *args) -> jic.CompiledFunction:
    """`fn` compiled returns eager's result on `args`, or raises IndexError where eager does (warnings of a
    fallback allowed); the compiled function, for its stats."""
    try:
        ref, err = fn(*args), None
    except IndexError as e:
        ref, err = None, e
    f = jic.compile(fn)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        if err is not None:
            with pytest.raises(IndexError):
                f(*args)
        else:
            assert_close(f(*args), ref)
    return f


def _schedule(f: jic.CompiledFunction) -> list[str]:
    (v,) = f.cache.values()
    return [r["kind"] for r in v.artifact.schedule]


@pytest.mark.parametrize(
    "fn", [index_reversed_in_time, index_reversed_range, index_stencil_in_time, index_wraps_like_eager]
)
def test_the_loop_is_one_kernel(fn, device):
    x, h = torch.randn(4, 9, 33, device=device), torch.randn(4, 33, device=device)
    f = jic.compile(fn, fullgraph=True)
    assert_close(f(x, h), fn(x, h))
    kinds = _schedule(f)
    assert kinds.count("launch") == 1 and "for" not in kinds, kinds


def test_indexes_the_sizes_prove_need_no_check():
    """t - 1 over range(1, T) and T - 1 - t over range(T) stay in [0, T): no host check, no select."""
    x, h = torch.randn(2, 5, 3), torch.randn(2, 3)
    for fn in (index_reversed_in_time, index_stencil_in_time):
        ir = jic.compile(fn, fullgraph=True).inspect(x, h, stage="infer-shapes")
        assert "jic.index_error" not in ir and "arith.select" not in ir


@pytest.mark.parametrize("n", [1, 7, -10])
def test_out_of_range_in_some_step_is_eager_index_error(n):
    """x[:, t + n] leaves [-T, T) in some step: an IndexError like eager's, at the line, before any kernel."""
    x, h = torch.randn(2, 6, 3), torch.randn(2, 3)
    with pytest.raises(IndexError):
        index_offset_argument(x, h, n)
    f = jic.compile(index_offset_argument, fullgraph=True)
    with pytest.raises(jic.IndexOutOfRange, match=r"programs.py:\d+: index out of range for dimension 1") as e:
        f(x, h, n)
    assert isinstance(e.value, IndexError)
    kinds = _schedule(f)
    assert kinds.index("check") < kinds.index("launch")


def test_empty_loop_checks_nothing():
    """A loop that runs no step reads nothing, so no index of it is out of range (as in eager)."""
    x, h = torch.randn(2, 0, 3), torch.randn(2, 3)
    f = jic.compile(index_offset_argument, fullgraph=True)
    assert_close(f(x, h, 5), index_offset_argument(x, h, 5))


def _negative_range(x, h, n):
    for t in range(-n, n):
        h = torch.tanh(x[:, t] + h)
    return h


def _invariant_negative_index(x, h, n):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, n] + h * 0.5)
    return h


@pytest.mark.parametrize("n", [0, 3, 6])
def test_loop_from_a_negative_start_wraps_like_eager(n, device):
    x, h = torch.randn(2, 6, 3, device=device), torch.randn(2, 3, device=device)
    assert_close(jic.compile(_negative_range, fullgraph=True)(x, h, n), _negative_range(x, h, n))


@pytest.mark.parametrize("n", [-1, -6, 5])
def test_loop_invariant_negative_index_wraps_like_eager(n, device):
    x, h = torch.randn(2, 6, 3, device=device), torch.randn(2, 3, device=device)
    assert_close(jic.compile(_invariant_negative_index, fullgraph=True)(x, h, n), _invariant_negative_index(x, h, n))


def _top_level_index(x, n):
    return x[:, n] * 2.0


@pytest.mark.parametrize("n", [-7, 6])
def test_index_out_of_range_outside_loops_is_eager_index_error(n):
    x = torch.randn(2, 6, 3)
    with pytest.raises(IndexError):
        _top_level_index(x, n)
    with pytest.raises(jic.IndexOutOfRange):
        jic.compile(_top_level_index, fullgraph=True)(x, n)


@pytest.mark.parametrize("T", [0, 4])
def test_invariant_index_in_a_loop_does_what_eager_does(T):
    """x[:, n] in a loop that may run no step: eager reads it only if a step runs; out of range, the call
    runs eagerly (IndexError if a step runs, the result if none does)."""
    x, h = torch.randn(2, 6, 3), torch.randn(2, 3)
    n = 6
    f = jic.compile(_invariant_negative_index)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        if T:
            with pytest.raises(IndexError):
                _invariant_negative_index(x[:, :T], h, n)
            with pytest.raises(IndexError):
                f(x[:, :T], h, n)
        else:
            assert_close(f(x[:, :0], h, n), _invariant_negative_index(x[:, :0], h, n))


def _recurrence_invariant_index(x, h, w, n):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, n] + h @ w)
    return h


def _recurrence_stacked_weight(x, h, w, n):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] @ w[0] + h @ w[n])
    return h


@pytest.mark.parametrize("fn", [_recurrence_invariant_index, _recurrence_stacked_weight])
@pytest.mark.parametrize("T,n", [(0, 7), (4, 7), (4, 1), (4, -2)])
def test_invariant_index_in_a_recurrence_does_what_eager_does(fn, T, n):
    """The recurrence's loop is one block kernel; its invariant selects (x[:, n], the stacked w[n]) move
    before it, yet out of range they are read only if a step runs: a loop of no step returns h as eager does."""
    stacked = fn is _recurrence_stacked_weight
    x, h, w = torch.randn(2, T, 3), torch.randn(2, 3), torch.randn(*[3] * (3 if stacked else 2)) * 0.5
    f = _does_what_eager_does(fn, x, h, w, n)
    size = w.size(0) if stacked else T  # of the dimension n indexes
    if -size <= n < size:
        assert f.stats.eager_calls == 0  # in range: compiled


def test_reversed_range_with_break_is_one_kernel(device):
    """range(T - 1, -1, -1) with a `break`: a counted loop that may stop early, sunk whole."""
    x, h = torch.randn(4, 9, 33, device=device), torch.randn(4, 33, device=device)
    f = jic.compile(index_reversed_range_break, fullgraph=True)
    assert_close(f(x, h, 3), index_reversed_range_break(x, h, 3))
    kinds = _schedule(f)
    assert kinds.count("launch") == 1 and "for" not in kinds, kinds


def _break_before_bad_step(x, h, n):
    for t in range(x.size(1) + n, -1, -2):
        if t == 1:
            break
        h = torch.tanh(x[:, t - 3] + h)
    return h


@pytest.mark.parametrize("T,n", [(1, 0), (0, 1), (0, 0), (6, 1)])
def test_a_loop_that_may_break_first_runs_eagerly_where_its_range_leaves_the_tensor(T, n):
    """The host cannot know whether the `break` comes before the step that would index out of range:
    the call runs eagerly then, and does exactly what eager does (a result or eager's IndexError)."""
    x, h = torch.randn(2, T, 3), torch.randn(2, 3)
    f = _does_what_eager_does(_break_before_bad_step, x, h, n)
    if T == 6:
        assert f.stats.eager_calls == 0  # in range: compiled
