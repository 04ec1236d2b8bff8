"""A loop that counts on the host (`n += 1`, `if t % 2 == 0: m += 2`, returned after the loop) is still ONE kernel.

split-host-scalars gives such numbers a loop of their own (or a closed form, `n0 + k * trips`), so the tensor
loop no longer stays on the host launching a kernel per step. Every case is checked against eager on fresh
random inputs, the numbers included, and jic.explain must show one kernel and no host loop stepping kernels.
"""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close


def steps(x, h):
    n = 0
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        n += 1
    return h, n


def even_steps(x, h):
    m = 0
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        if t % 2 == 0:
            m = m + 2
    return h, m


def scaled_by_count(x, h):
    n = 0
    m = 1
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] * m + h)  # the kernel reads m: each thread computes it too
        n += 3
        if t % 3 == 1:
            m = m + n
    return h, n, m


def counted_branch(x, h):
    n = 0
    k = 1
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        if t % 3 == 0:  # one branch updates a tensor and the counts: its counts get a branch of their own
            h = h * 0.5
            n += 1
        else:
            k = k * 2 - n
    return h, n, k


def inner_count(x, h):
    n = 0
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        for k in range(3):  # an inner loop of the count alone moves with it
            if (t + k) % 2 == 0:
                n = n + k
    return h, n


def strided(x, h, k: int):
    total = 5
    for t in range(1, x.size(1), 2):
        h = torch.sigmoid(x[:, t] - h)
        total += k
    return h, total


def backwards(x, h):
    seen = 0
    last = -1
    for t in range(x.size(1) - 1, -1, -1):
        h = torch.tanh(x[:, t] + 0.5 * h)
        seen += 1
        last = t * 10 + seen
    return h, seen, last


def float_sum(x, h):
    s = 0.0
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        s = s + 0.1 * t  # float: kept as a host loop, never folded (rounding)
    return h, s


def nested(x, h):
    n = 0
    for _ in range(2):
        for t in range(x.size(1)):
            h = torch.tanh(x[:, t] + h)
            n += 1
    return h, n


CASES = [steps, even_steps, scaled_by_count, counted_branch, inner_count, backwards, float_sum]


def _same(out, ref):
    assert type(out) is type(ref) and len(out) == len(ref)
    assert_close(out[0], ref[0])
    for a, b in zip(out[1:], ref[1:]):
        assert type(a) is type(b) and a == pytest.approx(b), (out[1:], ref[1:])


@pytest.mark.parametrize("fn", CASES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("T", [1, 6, 13])
def test_counts_match_eager(device, fn, T):
    f = jic.compile(fullgraph=True)(fn)
    x = torch.randn(3, T, 8, device=device)
    h = torch.randn(3, 8, device=device)
    _same(f(x, h), fn(x, h))
    x2 = torch.randn(2, T + 4, 8, device=device)  # new sizes: the same variant
    _same(f(x2, h[:2]), fn(x2, h[:2]))


@pytest.mark.parametrize("fn", CASES, ids=lambda f: f.__name__)
def test_one_kernel_and_no_host_loop_stepping(fn):
    x, h = torch.randn(3, 5, 8), torch.randn(3, 8)
    report = jic.explain(fn, x, h)
    assert report.compiled and len(report.kernels) == 1 and report.host_loops == 0, str(report)
    assert report.kernels[0].loops == 1, str(report)


def test_a_plain_counter_needs_no_loop_and_a_branching_one_gets_its_own():
    x, h = torch.randn(3, 5, 8), torch.randn(3, 8)
    assert jic.explain(steps, x, h).arithmetic_loops == 0  # n = 0 + 1 * trips
    report = jic.explain(even_steps, x, h)
    assert report.arithmetic_loops == 1 and "1 loop of scalar arithmetic (no kernel in it)" in str(report)


@pytest.mark.parametrize("k", [2, -7])
def test_a_step_from_an_argument(device, k):
    f = jic.compile(fullgraph=True)(strided)
    for T in (1, 2, 9):
        x, h = torch.randn(4, T, 8, device=device), torch.randn(4, 8, device=device)
        _same(f(x, h, k), strided(x, h, k))


def test_an_inner_loop_counter_across_outer_steps(device):
    f = jic.compile(fullgraph=True)(nested)
    x, h = torch.randn(3, 7, 8, device=device), torch.randn(3, 8, device=device)
    _same(f(x, h), nested(x, h))


def test_a_count_that_reads_a_tensor_keeps_its_loop_and_its_answer():
    def counts_positive(x, h):
        n = 0
        for t in range(x.size(1)):
            h = torch.tanh(x[:, t] + h)
            if h.sum().item() > 0:  # a graph break the count needs: not split, the loop steps on the host
                n += 1
        return h, n

    f = jic.compile(counts_positive)
    for _ in range(3):
        x, h = torch.randn(3, 9, 8), torch.randn(3, 8)
        _same(f(x, h), counts_positive(x, h))
    report = jic.explain(counts_positive, x, h)
    assert report.host_loops == 1 and report.arithmetic_loops == 0 and len(report.graph_breaks) == 1, str(report)
