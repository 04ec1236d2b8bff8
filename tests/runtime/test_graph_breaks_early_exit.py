"""Graph breaks in loops that stop early (`break`, `return`, a `while` test): the loop steps on the host.

Each function is compiled (`stats.eager_calls == 0`, nothing warns) and checked against eager on fresh
random inputs: its result, and its side effects - what it prints or records, how often, in which order -
when the loop stops on its first step, in the middle, never, and when it runs no step at all.
"""

from __future__ import annotations

import warnings

import pytest
import torch

import jic
from conftest import assert_close
from rt_helpers import assert_same_printed

SEEN: list = []


def _both(fn, *args, capsys):
    """`fn` compiled and eagerly on the same inputs: (compiled fn, out, ref, (printed, recorded) of each)."""
    f = jic.compile(fn)
    SEEN.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a graph break is no fallback: nothing warns
        out = f(*args)
    effects = capsys.readouterr().out, [t.clone() if isinstance(t, torch.Tensor) else t for t in SEEN]
    SEEN.clear()
    ref = fn(*args)
    eager_effects = capsys.readouterr().out, list(SEEN)
    assert f.stats.compiles == 1 and f.stats.eager_calls == 0, f.stats
    return f, out, ref, effects, eager_effects


def _same_records(seen: list, eager_seen: list) -> None:
    assert len(seen) == len(eager_seen)
    for a, b in zip(seen, eager_seen):
        if isinstance(b, torch.Tensor):
            assert_close(a, b)
        else:
            assert a == pytest.approx(b, rel=1e-4, abs=1e-5)


# ------------------------------------------------------------------ programs
def for_break(x, h, k: int):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        print("step", t, h.abs().max().item())
        if t >= k:
            break
    return h


def for_return(x, h, k: int):
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] * h)
        print("at", t)
        if t >= k:
            return h * 2.0
    print("fell through")
    return h - 1.0


def _record(v):
    try:  # jic cannot inline this helper: the whole call runs eagerly, with the live `v`
        SEEN.append(v.detach().clone())
    except RuntimeError:
        pass


def while_break(x, h, n: int, k: int):
    t = 0
    while t < n:
        h = torch.tanh(h * 0.9 + x[:, 0])
        _record(h)
        if t == k:
            break
        t += 1
    return h * (t + 1)  # the counter where the loop stopped, in the result


def while_true(x, h, n: int):
    t = 0
    while True:
        h = torch.tanh(x[:, 1] - h)
        t += 1
        print(f"t={t} mean={h.mean():.4f}")
        if t >= n:
            break
    return h


def coupled_break(x, h, w, k: int):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)  # couples the elements: the loop would step on the host anyway
        SEEN.append(h.norm().item())
        if t >= k:
            break
    return h


# ------------------------------------------------------------------ tests
@pytest.mark.parametrize("T, k", [(6, 0), (6, 2), (6, 100), (0, 3)], ids=["first", "middle", "never", "no-step"])
def test_break_after_a_print(device, capsys, T, k):
    x, h = torch.randn(3, T, 4, device=device), torch.randn(3, 4, device=device)
    _, out, ref, (printed, _), (eager_printed, _) = _both(for_break, x, h, k, capsys=capsys)
    assert_close(out, ref)
    assert printed.count("step") == min(T, k + 1)
    assert_same_printed(printed, eager_printed)


@pytest.mark.parametrize("T, k", [(5, 0), (5, 3), (5, 100), (0, 1)], ids=["first", "middle", "never", "no-step"])
def test_return_inside_the_loop(device, capsys, T, k):
    x, h = torch.randn(2, T, 7, device=device), torch.randn(2, 7, device=device)
    _, out, ref, (printed, _), (eager_printed, _) = _both(for_return, x, h, k, capsys=capsys)
    assert_close(out, ref)
    assert printed == eager_printed
    assert printed.count("at") == min(T, k + 1) and ("fell through" in printed) == (k >= T)


@pytest.mark.parametrize("n, k", [(5, 0), (5, 2), (5, -1), (0, 0)], ids=["first", "middle", "never", "no-step"])
def test_while_with_a_break_records_each_step(device, capsys, n, k):
    x, h = torch.randn(3, 2, 5, device=device), torch.randn(3, 5, device=device)
    _, out, ref, (_, seen), (_, eager_seen) = _both(while_break, x, h, n, k, capsys=capsys)
    assert_close(out, ref)
    assert len(seen) == (min(n, k + 1) if k >= 0 else n)
    _same_records(seen, eager_seen)


@pytest.mark.parametrize("n", [1, 4])
def test_while_true_with_a_break(capsys, n):
    x, h = torch.randn(4, 3, 6), torch.randn(4, 6)
    _, out, ref, (printed, _), (eager_printed, _) = _both(while_true, x, h, n, capsys=capsys)
    assert_close(out, ref)
    assert printed.count("t=") == n
    assert_same_printed(printed, eager_printed)


@pytest.mark.parametrize("k", [0, 3])
def test_a_coupled_loop_with_a_break_and_a_graph_break(device, capsys, k):
    x, h, w = torch.randn(3, 5, 4, device=device), torch.randn(3, 4, device=device), torch.randn(4, 4, device=device)
    _, out, ref, (_, seen), (_, eager_seen) = _both(coupled_break, x, h, w, k, capsys=capsys)
    assert_close(out, ref)
    assert len(seen) == k + 1
    _same_records(seen, eager_seen)


def test_explain_lists_each_break_once_and_a_host_loop():
    x, h = torch.randn(2, 5, 7), torch.randn(2, 7)
    report = jic.explain(for_return, x, h, 2)
    assert report.compiled and report.host_loops == 1
    first = for_return.__code__.co_firstlineno
    lines = [b.split(": ")[0].rsplit(":", 1)[1] for b in report.graph_breaks]
    assert lines == [str(first + 3), str(first + 6)]  # the body is interpreted twice, its print listed once


def test_fullgraph_raises_at_the_call_in_a_loop_with_a_break():
    x, h = torch.randn(3, 6, 4), torch.randn(3, 4)
    with pytest.raises(jic.UnsupportedError, match=r"\.item\(\)") as ei:
        jic.compile(for_break, fullgraph=True)(x, h, 2)
    assert ei.value.lineno == for_break.__code__.co_firstlineno + 3


def print_in_a_branch(x, h, k: int):
    if k > 1:  # a branch on a run-time int whose paths differ only by the call
        print("k is", k)
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        if t % 2 == 0:
            print("even", t, f"{h.sum():.3f}")  # a reduction read only on this path
        if t >= k:
            break
    return h


@pytest.mark.parametrize("k", [0, 1, 3, 100])
def test_a_call_on_one_path_of_a_branch_runs_on_that_path(device, capsys, k):
    x, h = torch.randn(3, 6, 4, device=device), torch.randn(3, 4, device=device)
    _, out, ref, (printed, _), (eager_printed, _) = _both(print_in_a_branch, x, h, k, capsys=capsys)
    assert_close(out, ref)
    assert printed.count("even") == len(range(0, min(6, k + 1), 2)) and ("k is" in printed) == (k > 1)
    assert_same_printed(printed, eager_printed)


def tensor_break(x, h, tol: float):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        print("step", t)
        if h.abs().max() < tol:  # the host reads the device at every step, as eager does
            break
    return h


def item_while(u, f, tol: float):
    err = tol + 1.0
    n = 0
    while err > tol:  # a convergence loop: Python's `>` on the number `.item()` read, each step
        u_new = 0.5 * (u + f)  # one rounding a step, the same in eager: the same number of steps
        err = (u_new - u).abs().max().item()
        u = u_new
        n += 1
    print("converged after", n, "steps, err", err)
    return u, n


@pytest.mark.parametrize("tol", [0.0, 0.95, 2.0])
def test_a_break_on_a_tensor_value(device, capsys, tol):
    x, h = torch.randn(3, 6, 4, device=device), torch.randn(3, 4, device=device)
    _, out, ref, (printed, _), (eager_printed, _) = _both(tensor_break, x, h, tol, capsys=capsys)
    assert_close(out, ref)
    assert printed == eager_printed  # the same steps ran


@pytest.mark.parametrize("tol", [1e-1, 1e-4])
def test_a_while_on_an_item_carries_the_number(device, capsys, tol):
    u, f = torch.randn(4, 32, device=device), torch.randn(4, 32, device=device)
    _, (out, n), (ref, ref_n), (printed, _), (eager_printed, _) = _both(item_while, u, f, tol, capsys=capsys)
    assert_close(out, ref)
    assert type(n) is int and n == ref_n and n > 1
    assert_same_printed(printed, eager_printed)
