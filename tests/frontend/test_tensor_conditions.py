"""`if h.mean() > 0:` outside loops: one device reduction, one read by the host, a branch; inside a loop it would
read the device at every step, so the function runs eagerly (refusals in test_refusals.py)."""

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
