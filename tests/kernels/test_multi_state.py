"""Loops carrying several elementwise states (from different arguments) become ONE kernel, against eager.

The benchmark's leaky integrate-and-fire and Van der Pol loops carry two tensors each, whose symbolic
sizes differ (`v.0` vs `n.0`): the grid is the first one's shape and a host check proves the others equal
(a failing check runs the call eagerly). A state that broadcasts against another (a static size 1) keeps
the loop on the host, and jic.explain says why.
"""

from __future__ import annotations

import os
import sys
import warnings

import pytest
import torch

import jic
from conftest import assert_close

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from bench.workloads.euler import van_der_pol  # noqa: E402
from bench.workloads.lif import lif  # noqa: E402


def _launches(stages: dict[str, str]) -> int:
    return stages["outline-kernels"].count("jic.launch")


def _one_kernel(f, *args) -> None:
    report = jic.explain(f, *args)
    assert report.compiled and len(report.kernels) == 1, str(report)
    assert report.kernels[0].loops == 1 and report.host_loops == 0, str(report)
    assert _launches(jic.compile(f).stages(*args)) == 1


def three_states(x, a, b, c):
    for t in range(x.size(1)):
        a = torch.tanh(a + x[:, t] * b)
        b = torch.sigmoid(b - c) * 0.9
        c = c * 0.5 + a
    return a, b, c


def state_and_broadcast_state(x, h):
    g = h.sum(0, keepdim=True)  # (1, H): broadcasts against h in every step
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h + g)
        g = g * 0.5 + 1.0
    return h, g


def _lif_args(B, T, H, device):
    current = torch.rand(B, T, H, device=device) * 0.3  # fires every ~10 steps
    v0 = torch.randn(B, H, device=device) * 0.3
    n0 = torch.randint(0, 5, (B, H), device=device).float()
    return current, v0, n0, 0.9, 1.0, 0.0


@pytest.mark.parametrize("T", [0, 1, 37])
def test_lif_is_one_kernel_and_matches_eager(device, T):
    args = _lif_args(3, T, 20, device)
    _one_kernel(lif, *args)
    _check_lif(jic.compile(lif, fullgraph=True)(*args), lif(*args), device)


def _check_lif(out, ref, device) -> None:
    (v, n), (v_ref, n_ref) = out, ref
    assert v.shape == v_ref.shape and n.shape == n_ref.shape and n.dtype == n_ref.dtype
    # a spike is a step function: rounding may flip one where v lands on the threshold (never on the CPU)
    flipped = (n != n_ref) | ((v - v_ref).abs() > 1e-4)
    assert flipped.float().mean().item() <= (0.0 if device == "cpu" else 0.02)


@pytest.mark.parametrize("steps", [0, 3, 200])
def test_van_der_pol_is_one_kernel_and_matches_eager(device, steps):
    args = (torch.randn(4, 33, device=device), torch.randn(4, 33, device=device), 1.5, 0.005, steps)
    _one_kernel(van_der_pol, *args)
    out, ref = jic.compile(van_der_pol, fullgraph=True)(*args), van_der_pol(*args)
    for o, r in zip(out, ref):
        assert_close(o, r, rtol=1e-5)


def test_three_states_from_three_arguments(device):
    B, T, H = 5, 9, 7
    args = (torch.randn(B, T, H, device=device), *(torch.randn(B, H, device=device) for _ in range(3)))
    _one_kernel(three_states, *args)
    for o, r in zip(jic.compile(three_states, fullgraph=True)(*args), three_states(*args)):
        assert_close(o, r)


def test_states_that_differ_in_size_run_eagerly_and_right(device):
    """v of shape (1, H) next to n of (B, H): legal in eager (v broadcasts); the host check sends the call
    to eager instead of running a grid that fits only one of them."""
    current, _, n0, *rest = _lif_args(4, 11, 6, device)
    current, v0 = current[:1], torch.randn(1, 6, device=device) * 0.3
    args = (current, v0, n0, *rest)
    f = jic.compile(lif)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = f(*args)
    assert any("differ in size along dim 0" in str(w.message) for w in caught)
    for o, r in zip(out, lif(*args)):
        assert_close(o, r)
    # the same compiled function, sizes that agree: one kernel, no fallback
    args = _lif_args(4, 11, 6, device)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = f(*args)
    assert f.stats.eager_calls == 1
    _check_lif(out, lif(*args), device)


def test_a_state_that_broadcasts_stays_on_the_host_and_is_right(device):
    x, h = torch.randn(3, 6, 5, device=device), torch.randn(3, 5, device=device)
    report = jic.explain(state_and_broadcast_state, x, h)
    assert report.compiled and report.host_loops == 1
    (why,) = report.host_loop_reasons
    line = state_and_broadcast_state.__code__.co_firstlineno + 2
    assert f"loop at {__file__}:{line} stays on the host" in why
    assert "`g` and `h` differ in size along dim 0 (1 and h.0)" in why
    out = jic.compile(state_and_broadcast_state, fullgraph=True)(x, h)
    for o, r in zip(out, state_and_broadcast_state(x, h)):
        assert_close(o, r)
