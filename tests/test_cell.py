"""Acceptance tests: whole loops compiled (fullgraph=True) against the eager function."""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close
from corpus import (
    cell,
    cell_bias,
    cell_method,
    cell_n,
    cell_shape,
    div_cell,
    div_cell_int,
    ema,
    ema_pair,
    exp_method_cell,
    reassigned_constant,
    relu_exp_cell,
    reused_loop_variable,
    sig_cell,
    sig_cell_int,
)

# ---------------------------------------------------------------- corpus (module level: no closures)


# the same ops with integer literals only
compiled_cell = jic.compile(fullgraph=True)(cell)

TS = [0, 1, 7, 300]
BH = [(4, 33), (16, 128)]


def _inputs(B, T, H, device, dtype=torch.float32):
    x = torch.randn(B, T, H, device=device, dtype=dtype)
    h = torch.randn(B, H, device=device, dtype=dtype)
    return x, h


# ---------------------------------------------------------------- the cell


@pytest.mark.parametrize("B,H", BH)
@pytest.mark.parametrize("T", TS)
def test_cell_matches_eager(device, T, B, H):
    x, h = _inputs(B, T, H, device)
    out = compiled_cell(x, h)
    ref = compiled_cell.fn(x, h)
    if T == 0:
        assert torch.equal(out, h), "T=0 must return h unchanged"
    assert_close(out, ref)


@pytest.mark.parametrize("T", TS)
def test_cell_float64(device, T):
    x, h = _inputs(4, T, 33, device, torch.float64)
    out = compiled_cell(x, h)
    assert_close(out, compiled_cell.fn(x, h))
    if T == 0:
        assert torch.equal(out, h)


def test_cell_does_not_modify_inputs(device):
    x, h = _inputs(4, 7, 33, device)
    x0, h0 = x.clone(), h.clone()
    compiled_cell(x, h)
    assert torch.equal(x, x0) and torch.equal(h, h0)


def test_new_T_does_not_recompile(device):
    f = jic.compile(fullgraph=True)(cell)
    assert f.compile_count == 0
    for T in (0, 1, 7, 300, 13):
        x, h = _inputs(4, T, 33, device)
        assert_close(f(x, h), f.fn(x, h))
        assert f.compile_count == 1, f"recompiled for T={T}"
    # new batch and hidden sizes do not recompile either
    x, h = _inputs(16, 5, 128, device)
    assert_close(f(x, h), f.fn(x, h))
    assert f.compile_count == 1


def test_decorator_form(device):
    @jic.compile(fullgraph=True)
    def dcell(x_seq, h):
        for t in range(x_seq.size(1)):
            h = torch.tanh(x_seq[:, t] + h)
        return h

    x, h = _inputs(4, 7, 33, device)
    assert_close(dcell(x, h), cell(x, h))


def test_plain_compile_form(device):
    f = jic.compile(cell)
    x, h = _inputs(4, 7, 33, device)
    assert_close(f(x, h), cell(x, h))


@pytest.mark.parametrize("fn", [cell_method, cell_shape], ids=["tensor_method", "shape_bound"])
@pytest.mark.parametrize("T", [1, 300])
def test_cell_variants(device, fn, T):
    f = jic.compile(fullgraph=True)(fn)
    x, h = _inputs(4, T, 33, device)
    assert_close(f(x, h), fn(x, h))


# ---------------------------------------------------------------- EMA with a float argument


def test_ema_two_alphas_one_compile(device):
    f = jic.compile(fullgraph=True)(ema)
    x, s = _inputs(4, 300, 33, device)
    for alpha in (0.1, 0.75):
        assert_close(f(x, s, alpha), f.fn(x, s, alpha))
    assert f.compile_count == 1
    # a new T with another alpha: still one compilation
    x2, s2 = _inputs(4, 9, 33, device)
    assert_close(f(x2, s2, 0.3), f.fn(x2, s2, 0.3))
    assert f.compile_count == 1


def test_ema_float64(device):
    f = jic.compile(fullgraph=True)(ema)
    x, s = _inputs(16, 50, 128, device, torch.float64)
    assert_close(f(x, s, 0.2), f.fn(x, s, 0.2))


def test_ema_tuple_result(device):
    f = jic.compile(fullgraph=True)(ema_pair)
    x, s = _inputs(4, 7, 33, device)
    out = f(x, s, 0.25)
    ref = f.fn(x, s, 0.25)
    assert isinstance(out, tuple) and len(out) == 2
    for o, r in zip(out, ref):
        assert_close(o, r)


# ---------------------------------------------------------------- int loop bound


def test_int_bound_shorter_than_T(device):
    f = jic.compile(fullgraph=True)(cell_n)
    x, h = _inputs(4, 20, 33, device)
    for n in (5, 0, 19):
        out = f(x, h, n)
        assert_close(out, f.fn(x, h, n))
    # n < T really stops early: differs from running all T steps
    assert not torch.allclose(f(x, h, 5), cell(x, h))
    assert f.compile_count == 1


# ---------------------------------------------------------------- other elementwise ops


@pytest.mark.parametrize(
    "fn",
    [
        pytest.param(sig_cell, id="sigmoid_float_literal"),
        pytest.param(div_cell, id="div_sub_float_literal"),
        pytest.param(sig_cell_int, id="sigmoid"),
        pytest.param(relu_exp_cell, id="relu_exp"),
        pytest.param(div_cell_int, id="div_sub"),
        pytest.param(exp_method_cell, id="methods"),
    ],
)
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64], ids=["f32", "f64"])
def test_unary_variants(device, fn, dtype):
    f = jic.compile(fullgraph=True)(fn)
    x, h = _inputs(4, 40, 33, device, dtype)
    out = f(x, h)
    ref = fn(x, h)
    assert torch.isfinite(ref).all()
    assert_close(out, ref)


# ---------------------------------------------------------------- layouts and broadcasting


@pytest.mark.parametrize("T", [1, 7, 300])
def test_non_contiguous_time_dim(device, T):
    B, H = 4, 33
    x = torch.randn(B, H, T, device=device).transpose(1, 2)  # (B, T, H), time dim strided
    assert x.stride(1) == 1 and x.stride(2) == T
    h = torch.randn(B, H, device=device)
    assert_close(compiled_cell(x, h), cell(x, h))


def test_non_contiguous_state(device):
    B, H, T = 4, 33, 7
    x = torch.randn(B, T, H, device=device)
    h = torch.randn(H, B, device=device).t()
    assert not h.is_contiguous()
    assert_close(compiled_cell(x, h), cell(x, h))


@pytest.mark.parametrize("T", [0, 1, 300])
def test_loop_invariant_bias(device, T):
    f = jic.compile(fullgraph=True)(cell_bias)
    B, H = 16, 128
    x, h = _inputs(B, T, H, device)
    b = torch.randn(H, device=device)
    assert_close(f(x, h, b), f.fn(x, h, b))


@pytest.mark.parametrize("T", [0, 1, 9])
def test_python_number_locals_around_the_loop(device, T):
    # a constant assigned again inside the body, and a loop variable defined before the loop
    # (after the loop it holds the last index, or its old value when the loop does not run)
    x, h = _inputs(3, T, 16, device)
    for fn in (reassigned_constant, reused_loop_variable):
        f = jic.compile(fullgraph=True)(fn)
        assert_close(f(x, h), fn(x, h))
