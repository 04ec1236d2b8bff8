"""`if h.mean() > 0:`: one device reduction, one read by the host, a branch. Inside a loop the host reads the
device at every step, as eager does: the loop steps on the host, each step's work in fused kernels."""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close
from programs import if_on_tensor_value


def _kinds(f: jic.CompiledFunction) -> list[str]:
    (v,) = f.cache.values()
    return [r["kind"] for r in v.artifact.schedule]


@pytest.mark.parametrize("shift", [3.0, -3.0, 0.0])
def test_each_branch_against_eager(shift, device):
    x, h = torch.randn(3, 6, 5, device=device), torch.randn(3, 5, device=device) + shift
    f = jic.compile(if_on_tensor_value, fullgraph=True)
    assert_close(f(x, h), if_on_tensor_value(x, h))


def test_one_read_per_condition_evaluated():
    """The schedule reads the device once for the `if` and once more only on the `elif` path."""
    f = jic.compile(if_on_tensor_value, fullgraph=True)
    f(torch.randn(2, 3, 4), torch.randn(2, 4))
    kinds = _kinds(f)
    assert kinds.count("truth") == 2 and kinds.count("if") == 2
    assert "for" not in kinds  # the loop before still sinks into its kernel


def _two_elements(x, h):
    if h.sum(0) > 0:  # a 1-d tensor: eager raises unless it has one element
        h = h + 1.0
    return h


def test_condition_on_a_tensor_of_more_dims_is_refused():
    with pytest.raises(jic.UnsupportedError, match="a branch on the value of a 1-d tensor"):
        jic.compile(_two_elements, fullgraph=True)(torch.randn(2, 3, 4), torch.randn(2, 3))


def halves_when_positive(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(h + x[:, t])
        if h.mean() > 0:  # read at every step
            h = h * 0.5
    return h


def halves_until_small(x, h):
    err = h.abs() + x[:, 0].abs()
    while err.max() > 0.1:  # the `while` test on a tensor, read before every step
        err = err * 0.5
    return err


@pytest.mark.parametrize("shift", [1.0, -1.0, 0.0])
def test_a_branch_on_a_tensor_in_a_loop(shift, device):
    x, h = torch.randn(3, 7, 5, device=device) + shift, torch.randn(3, 5, device=device)
    f = jic.compile(halves_when_positive, fullgraph=True)
    assert_close(f(x, h), halves_when_positive(x, h))
    kinds = _kinds(f)
    assert kinds.count("truth") == 1 and kinds.index("for") < kinds.index("truth")  # in the loop, on the host


@pytest.mark.parametrize("scale", [0.01, 1.0, 100.0])
def test_a_while_on_a_tensor(scale, device):
    x, h = torch.randn(3, 2, 6, device=device), torch.randn(3, 6, device=device) * scale
    f = jic.compile(halves_until_small, fullgraph=True)
    assert torch.equal(f(x, h), halves_until_small(x, h))  # halving is exact: the same number of steps
