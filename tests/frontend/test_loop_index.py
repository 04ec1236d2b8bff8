"""Indexes affine in the loop index (`x[:, t + 1]`, `x[:, T - 1 - t]`, `x[:, 2 * t]`): one kernel, eager's
negative indexes, and eager's IndexError before anything runs when some step would be out of range.

The programs themselves are in the corpus (programs.py, `index_*`), compared with eager there.
"""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close
from programs import index_offset_argument, index_reversed_in_time, index_stencil_in_time, index_wraps_like_eager


def _schedule(f: jic.CompiledFunction) -> list[str]:
    (v,) = f.cache.values()
    return [r["kind"] for r in v.artifact.schedule]


@pytest.mark.parametrize("fn", [index_reversed_in_time, index_stencil_in_time, index_wraps_like_eager])
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


@pytest.mark.parametrize("n", [-7, 6])
def test_loop_invariant_index_out_of_range(n):
    x, h = torch.randn(2, 6, 3), torch.randn(2, 3)
    with pytest.raises(IndexError):
        _invariant_negative_index(x, h, n)
    with pytest.raises(jic.IndexOutOfRange):
        jic.compile(_invariant_negative_index, fullgraph=True)(x, h, n)
