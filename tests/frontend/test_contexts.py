"""`with torch.no_grad():` and `torch.inference_mode()` compile as if the `with` line were not there (a compiled
variant never has an argument autograd records: frontend/contexts.py); any other manager is refused at its line."""

from __future__ import annotations

import warnings

import pytest
import torch

import jic
from conftest import assert_close


def cell_without_grad(x, h):
    with torch.no_grad():
        for t in range(x.size(1)):
            h = torch.tanh(x[:, t] + h)
    return h


def returns_inside(x, h, k: int):
    for t in range(x.size(1)):
        with torch.inference_mode():
            h = torch.tanh(x[:, t] + h)
            if t == k:
                return h * 2.0  # leaves the block and the loop: CPython's exit call first
    return h


def nested(x, h, w):
    with torch.no_grad():
        h = h @ w
        with torch.no_grad() as g:
            assert g is None
            h = torch.sigmoid(h)
    return h + 1.0


def test_no_grad_around_a_loop_is_one_kernel(device):
    x, h = torch.randn(3, 7, 5, device=device), torch.randn(3, 5, device=device)
    f = jic.compile(cell_without_grad, fullgraph=True)
    assert_close(f(x, h), cell_without_grad(x, h))
    report = jic.explain(cell_without_grad, x, h)
    assert len(report.kernels) == 1 and report.host_loops == 0, str(report)


@pytest.mark.parametrize("k", [0, 3, 100])
def test_return_inside_a_with_block(device, k):
    x, h = torch.randn(2, 6, 4, device=device), torch.randn(2, 4, device=device)
    assert_close(jic.compile(returns_inside, fullgraph=True)(x, h, k), returns_inside(x, h, k))


def test_nested_blocks_and_as(device):
    x, h, w = torch.randn(3, 4, device=device), torch.randn(3, 4, device=device), torch.randn(4, 4, device=device)
    assert_close(jic.compile(nested, fullgraph=True)(x, h, w), nested(x, h, w))


def test_an_argument_that_records_grad_runs_eagerly_as_before():
    x, h = torch.randn(3, 7, 5), torch.randn(3, 5, requires_grad=True)
    f = jic.compile(cell_without_grad)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = f(x, h)
    ref = cell_without_grad(x, h)
    assert torch.equal(out, ref) and not out.requires_grad and not ref.requires_grad
    with torch.no_grad():  # no recording: the compiled variant
        assert_close(f(x, h), ref)
    assert f.stats.eager_calls == 1 and f.stats.compiles + f.stats.disk_hits == 1


def enables_grad(x):
    with torch.enable_grad():  # outputs would record: not a no-op
        return x * 2.0


def test_other_managers_are_refused_at_their_line():
    line = enables_grad.__code__.co_firstlineno + 1
    with pytest.raises(jic.UnsupportedError, match=rf"test_contexts.py:{line}: .*enable_grad"):
        jic.compile(enables_grad, fullgraph=True)(torch.randn(3))
    f = jic.compile(enables_grad)
    x = torch.randn(3)
    with pytest.warns(UserWarning, match=rf"test_contexts.py:{line}: .*a `with` block on the result of"):
        out = f(x)
    assert torch.equal(out, enables_grad(x)) and f.stats.eager_calls == 1
