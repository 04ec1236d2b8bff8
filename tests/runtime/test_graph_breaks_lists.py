"""Lists of eager results: `losses.append(loss.item())` in a loop keeps the function compiled.

The list is a Python list on the host (jic/frontend/host_lists.py). Each function is compiled
(`stats.eager_calls == 0`, nothing warns) and checked against eager on fresh random inputs: the
returned tensors and the returned or printed lists - same length, same order, same numbers up to
float rounding - for loops of no step, one step and several.
"""

from __future__ import annotations

import warnings

import pytest
import torch

import jic
from conftest import assert_close
from rt_helpers import assert_same_printed


def _both(fn, *args, capsys):
    f = jic.compile(fn)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a graph break is no fallback: nothing warns
        out = f(*args)
    printed = capsys.readouterr().out
    ref = fn(*args)
    assert f.stats.compiles == 1 and f.stats.eager_calls == 0, f.stats
    return f, out, ref, printed, capsys.readouterr().out


def _same_list(got, want) -> None:
    assert type(got) is list and len(got) == len(want)
    assert all(type(a) is type(b) for a, b in zip(got, want))
    assert got == pytest.approx(want, rel=1e-4, abs=1e-6)


def _inputs(T, device, H=4):
    return torch.randn(3, T, H, device=device), torch.randn(3, H, device=device), torch.randn(H, H, device=device)


# ------------------------------------------------------------------ programs
def train_like(x, h, w):
    losses = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
        losses.append(h.pow(2).mean().item())  # a Python float per step
    return h, losses


def log_then_print(x, h, w):
    log = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
        log.append(h.norm().item())
    print("total", sum(log), len(log))
    return h * 2.0


def with_a_tensor_list(x, h, w):
    outs = []
    losses = [0.5]  # a number before the loop goes into the Python list too
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] * h)
        outs.append(h)  # a list of tensors: one buffer, as before
        losses.append(h.sum().item())
    return torch.stack(outs, 1), losses


def stops_early(x, h, w, k: int):
    losses = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
        losses.append(h.abs().max().item())
        if t >= k:
            break
    return h, losses


def on_some_steps(x, h, w):
    log = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
        if t % 2 == 0:  # appended on one path: the list is still made once, before the loop
            log.append(h.mean().item())
    return h, log


def nested_loops(x, h, w):
    log = []
    for _ in range(2):
        for t in range(x.size(1)):
            h = torch.tanh(x[:, t] + h @ w)
            log.append(h.mean().item())
    return h, log


@pytest.mark.parametrize("fn", [on_some_steps, nested_loops])
@pytest.mark.parametrize("T", [0, 1, 5])
def test_appends_in_a_branch_or_an_inner_loop(device, capsys, fn, T):
    x, h, w = _inputs(T, device)
    _, (out, log), (ref, ref_log), *_ = _both(fn, x, h, w, capsys=capsys)
    assert_close(out, ref)
    _same_list(log, ref_log)


def while_loop(x, h, w, n: int):
    log = []
    i = 0
    while i < n:
        h = torch.tanh(h @ w + x[:, 0])
        log.append(h.mean().item())
        i += 1
    return h, log


def while_then_more(x, h, w, n: int):
    log = [0.25]
    i = 0
    while i < n:
        h = torch.tanh(h @ w + x[:, 0])
        log.append(h.abs().max().item())
        i += 1
    log.append(-1.0)  # after the loop: the list is on the host on both paths of the `while`'s entry test
    print("log", len(log), log)
    return h, log


@pytest.mark.parametrize("fn", [while_loop, while_then_more])
@pytest.mark.parametrize("n", [0, 1, 4])
def test_a_while_loop_and_a_list_used_after_it(device, capsys, fn, n):
    # CPython tests a `while` once before its loop: the list is made on both paths of that test
    x, h, w = _inputs(2, device)
    _, (out, log), (ref, ref_log), printed, eager_printed = _both(fn, x, h, w, n, capsys=capsys)
    assert_close(out, ref)
    _same_list(log, ref_log)
    assert len(log) == n + 2 * (fn is while_then_more)
    assert_same_printed(printed, eager_printed)


def picks_an_item(x, h, w, k: float):
    h = torch.tanh(x[:, 0] + h @ w)
    if h.sum() > k:
        r = h.max().item()
    else:
        r = h.min().item()
    print("picked", r)
    return h * 2.0, r  # a Python float out of a branch, returned as eager returns it


@pytest.mark.parametrize("k", [-100.0, 0.0, 100.0])
def test_a_branch_picks_an_eager_result(device, capsys, k):
    x, h, w = _inputs(3, device)
    _, (out, r), (ref, ref_r), printed, eager_printed = _both(picks_an_item, x, h, w, k, capsys=capsys)
    assert_close(out, ref)
    assert type(r) is float and r == pytest.approx(ref_r, rel=1e-5, abs=1e-6)
    assert_same_printed(printed, eager_printed)


def outside_a_loop(x, h, w):
    stats = []
    stats.append(h.max().item())
    h = torch.tanh(x[:, 0] + h)
    stats.append(h.min().item())
    return h, stats


# ------------------------------------------------------------------ tests
@pytest.mark.parametrize("T", [0, 1, 5])
def test_a_loss_list_returned_alongside_h(device, capsys, T):
    x, h, w = _inputs(T, device)
    f, (out, losses), (ref, ref_losses), *_ = _both(train_like, x, h, w, capsys=capsys)
    assert_close(out, ref)
    _same_list(losses, ref_losses)
    out2, losses2 = f(x, h, w)  # every call makes its own list
    assert losses2 is not losses and losses2 == losses


@pytest.mark.parametrize("T", [0, 1, 6])
def test_a_list_printed_after_the_loop(device, capsys, T):
    x, h, w = _inputs(T, device)
    _, out, ref, printed, eager_printed = _both(log_then_print, x, h, w, capsys=capsys)
    assert_close(out, ref)
    assert printed.startswith("total") and printed.split()[-1] == eager_printed.split()[-1] == str(T)
    assert_same_printed(printed, eager_printed, abs=1e-6)


@pytest.mark.parametrize("T", [1, 4])
def test_next_to_a_list_of_tensors(device, capsys, T):
    x, h, w = _inputs(T, device)
    _, (out, losses), (ref, ref_losses), *_ = _both(with_a_tensor_list, x, h, w, capsys=capsys)
    assert_close(out, ref)
    _same_list(losses, ref_losses)
    assert losses[0] == 0.5


def stops_on_the_list(x, h, w, tol: float):
    losses = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
        losses.append(h.pow(2).mean().item())
        if losses[-1] < tol:  # Python's `<` and truth of what the list holds, on the host, each step
            break
    return h, losses


@pytest.mark.parametrize(
    ("fn", "arg"),
    [(stops_early, 0), (stops_early, 2), (stops_early, 100), (stops_on_the_list, 0.0), (stops_on_the_list, 0.3)],
)
def test_a_loop_that_stops_early(device, capsys, fn, arg):
    x, h, w = _inputs(5, device)
    _, (out, losses), (ref, ref_losses), *_ = _both(fn, x, h, w, arg, capsys=capsys)
    assert_close(out, ref)
    _same_list(losses, ref_losses)
    if fn is stops_early:
        assert len(losses) == min(5, arg + 1)


def test_a_list_outside_loops(device, capsys):
    x, h, w = _inputs(3, device)
    _, (out, stats), (ref, ref_stats), *_ = _both(outside_a_loop, x, h, w, capsys=capsys)
    assert_close(out, ref)
    _same_list(stats, ref_stats)


def test_explain_lists_the_eager_calls():
    x, h, w = _inputs(5, "cpu")
    report = jic.explain(train_like, x, h, w)
    assert report.compiled and report.host_loops == 1
    first = train_like.__code__.co_firstlineno
    assert [b.split(": ", 1)[1].split(" runs")[0] for b in report.graph_breaks] == [
        "list()", "Tensor.item()", "list.append()"
    ]  # fmt: skip
    lines = [b.split(": ")[0].rsplit(":", 1)[1] for b in report.graph_breaks]
    assert lines == [str(first + 2), str(first + 4), str(first + 4)]  # the list is made at the loop, once


def test_fullgraph_raises_at_the_call():
    x, h, w = _inputs(5, "cpu")
    with pytest.raises(jic.UnsupportedError, match=r"\.item\(\)") as ei:
        jic.compile(train_like, fullgraph=True)(x, h, w)
    assert ei.value.lineno == train_like.__code__.co_firstlineno + 4


def uses_the_list(x, h, w):
    losses = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
        losses.append(h.pow(2).mean().item())
        h = h * losses[-1]  # tensor math on what the list holds: Python computes it, the loop would carry that
    return h, losses


def appends_a_tensor(x, h, w):
    log = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
        log.append(h.mean().item())
        log.append(h)  # a tensor in a Python list: its buffer belongs to compiled code
    return h, log


@pytest.mark.parametrize(
    ("fn", "args", "offset", "reason"),
    [
        (uses_the_list, (), 4, r"\.item\(\).*used by compiled code \(the loop-carried variable 'h'"),
        (appends_a_tensor, (), 5, r"appending Tensor.*to a list of eager results"),
    ],
)
def test_compiled_code_using_the_list_falls_back_with_the_reason(fn, args, offset, reason):
    x, h, w = _inputs(4, "cpu")
    f = jic.compile(fn)
    line = fn.__code__.co_firstlineno + offset
    with pytest.warns(UserWarning, match=rf"test_graph_breaks_lists.py:{line}: .*{reason}"):
        out, got = f(x, h, w, *args)
    ref, want = fn(x, h, w, *args)
    assert f.stats.eager_calls == 1 and torch.equal(out, ref) and len(got) == len(want)
