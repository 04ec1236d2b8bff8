"""Sizes, ranks and broadcasting: right answers, or a clear error / eager fallback, never a wrong answer."""

from __future__ import annotations

import warnings

import pytest
import torch

import jic
from conftest import assert_close
from corpus import cell, cell_n, cell_rank1, cell_rank3, last_step, scaled, two_states


def test_state_that_would_grow_falls_back_to_eager(device):
    # eager lets h (1, H) broadcast up to (B, H) in the first step; jic keeps carried shapes fixed
    f = jic.compile(cell)
    x = torch.randn(4, 6, 16, device=device)
    h = torch.randn(1, 16, device=device)
    with pytest.warns(UserWarning, match="loop-carried tensor would change its size"):
        out = f(x, h)
    assert_close(out, cell(x, h))
    g = jic.compile(fullgraph=True)(cell)
    with pytest.raises(jic.UnsupportedError, match="loop-carried tensor would change its size"):
        g(x, h)


def test_input_broadcast_along_batch_compiles(device):
    # x with batch 1 is read with stride 0 for every row of h: no fallback
    f = jic.compile(fullgraph=True)(cell)
    x = torch.randn(1, 9, 16, device=device)
    h = torch.randn(5, 16, device=device)
    assert_close(f(x, h), cell(x, h))


def test_expanded_input(device):
    f = jic.compile(fullgraph=True)(cell)
    x = torch.randn(1, 9, 16, device=device).expand(5, 9, 16)
    assert x.stride(0) == 0
    h = torch.randn(5, 16, device=device)
    assert_close(f(x, h), cell(x, h))


def test_loop_bound_past_the_size_is_an_error_not_a_wild_read(device):
    f = jic.compile(fullgraph=True)(cell_n)
    x = torch.randn(2, 5, 8, device=device)
    h = torch.randn(2, 8, device=device)
    with pytest.raises(IndexError):
        cell_n(x, h, 6)  # eager refuses too
    with pytest.raises(jic.ShapeError, match="index out of range"):
        f(x, h, 6)
    assert_close(f(x, h, 5), cell_n(x, h, 5))


def test_incompatible_sizes_raise_like_eager(device):
    f = jic.compile(cell)
    x = torch.randn(3, 4, 8, device=device)
    h = torch.randn(3, 7, device=device)
    with pytest.raises(RuntimeError):
        cell(x, h)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an error, not a fallback
        with pytest.raises(jic.ShapeError, match="cannot be broadcast"):
            f(x, h)


@pytest.mark.parametrize("T", [0, 1, 40])
def test_rank1_state(device, T):
    f = jic.compile(fullgraph=True)(cell_rank1)
    x = torch.randn(T, 37, device=device)
    h = torch.randn(37, device=device)
    assert_close(f(x, h), cell_rank1(x, h))


def test_rank3_state(device):
    f = jic.compile(fullgraph=True)(cell_rank3)
    x = torch.randn(3, 20, 5, 7, device=device)
    h = torch.randn(3, 5, 7, device=device)
    assert_close(f(x, h), cell_rank3(x, h))


def test_int_argument_in_math(device):
    f = jic.compile(fullgraph=True)(scaled)
    x = torch.randn(4, 10, 8, device=device)
    h = torch.randn(4, 8, device=device)
    for k in (2, 3):
        assert_close(f(x, h, k), scaled(x, h, k))
    assert f.compile_count == 1


def test_negative_constant_index(device):
    f = jic.compile(fullgraph=True)(last_step)
    x = torch.randn(4, 10, 8, device=device)
    h = torch.randn(4, 8, device=device)
    assert_close(f(x, h), last_step(x, h))


def test_requires_grad_falls_back(device):
    f = jic.compile(cell)
    x = torch.randn(2, 5, 8, device=device, requires_grad=True)
    h = torch.randn(2, 8, device=device)
    with pytest.warns(UserWarning, match="requires grad"):
        out = f(x, h)
    assert out.requires_grad  # eager ran, autograd works
    out.sum().backward()
    assert x.grad is not None
    with torch.no_grad():
        assert_close(f(x, h), cell(x, h))


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU (none visible to torch)")
def test_mixed_devices_are_refused():
    f = jic.compile(cell)
    with pytest.raises(ValueError, match="different devices"):
        f(torch.randn(2, 3, 4, device="cuda"), torch.randn(2, 4))


def test_loop_with_two_state_shapes_runs_on_the_host(device):
    # h is (B, H) and c is (H,): no single iteration space for one kernel, so the loop stays on
    # the host and runs one kernel per step
    x = torch.randn(3, 4, 8, device=device)
    h, c = torch.randn(3, 8, device=device), torch.randn(8, device=device)
    f = jic.compile(fullgraph=True)(two_states)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = f(x, h, c)
    for o, r in zip(out, two_states(x, h, c)):
        assert_close(o, r)


def test_meta_tensors_fall_back():
    f = jic.compile(cell)
    x, h = torch.randn(2, 3, 4, device="meta"), torch.randn(2, 4, device="meta")
    with pytest.warns(UserWarning, match="on device meta"):
        out = f(x, h)
    assert out.device.type == "meta" and out.shape == (2, 4)
