"""Graph breaks: a call jic cannot compile runs eagerly in place; the rest of the function still compiles.

Each function is compiled (not run eagerly: `stats.eager_calls == 0`) and checked against eager on fresh
random inputs: its results, and its side effects - what it prints, in which order, how often.
"""

from __future__ import annotations

import re
import warnings

import pytest
import torch

import jic
from conftest import assert_close
from rt_helpers import assert_same_printed

SEEN: list = []


def _compiled(fn, *args, capsys=None):
    """Run `fn` compiled and eagerly on the same inputs; both results, and what each printed."""
    f = jic.compile(fn)
    SEEN.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a graph break is no fallback: nothing warns
        out = f(*args)
    seen = list(SEEN)
    printed = capsys.readouterr().out if capsys else ""
    SEEN.clear()
    ref = fn(*args)
    eager_printed = capsys.readouterr().out if capsys else ""
    assert f.stats.compiles == 1 and f.stats.eager_calls == 0, f.stats
    return f, out, ref, seen, list(SEEN), printed, eager_printed


def prints_outside_loops(x, h):
    print("start", x.shape, x.dim())
    y = torch.tanh(x + h)
    print("mid", y.shape[-1])
    return y * 2.0


def test_print_outside_loops(device, capsys):
    x, h = torch.randn(4, 5, device=device), torch.randn(4, 5, device=device)
    f, out, ref, *_, printed, eager_printed = _compiled(prints_outside_loops, x, h, capsys=capsys)
    assert_close(out, ref)
    assert printed == eager_printed == f"start {x.shape} 2\nmid 5\n"
    assert len(jic.explain(prints_outside_loops, x, h).graph_breaks) == 2


def chatty_loop(x, h):
    for t in range(x.size(1)):
        print("step", t)
        h = torch.tanh(x[:, t] + h)
        print("done", t)
    return h


def test_print_in_a_loop_keeps_count_and_order(device, capsys):
    x, h = torch.randn(3, 6, 4, device=device), torch.randn(3, 4, device=device)
    f, out, ref, *_, printed, eager_printed = _compiled(chatty_loop, x, h, capsys=capsys)
    assert_close(out, ref)
    assert printed == eager_printed and printed.count("step") == 6 and printed.count("done") == 6
    report = jic.explain(chatty_loop, x, h)
    assert report.compiled and report.host_loops == 1  # the loop steps on the host, compiled
    f(x, h)
    assert capsys.readouterr().out == eager_printed  # every call prints again, nothing at compile time


def record(v):
    SEEN.append(v.clone())


def values_reach_the_eager_call(x, h):
    record(h.sum(-1))  # a reduction computed by a kernel, handed to Python
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        record(h * 1.0)  # the live value of this step
    return h


def test_eager_calls_see_the_live_values(device):
    x, h = torch.randn(3, 4, 5, device=device), torch.randn(3, 5, device=device)
    _, out, ref, seen, eager_seen, *_ = _compiled(values_reach_the_eager_call, x, h)
    assert_close(out, ref)
    assert len(seen) == len(eager_seen) == 5
    for a, b in zip(seen, eager_seen):
        assert_close(a, b)


def item_and_fstring(x, h):
    m = h.abs().max().item()
    print(f"max {m:.3f}", round(m * 2, 3))
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] * h)
        s = h.mean()
        print(f"t={t} mean={s:.4f}")
    return h


def test_results_of_eager_calls_feed_other_eager_calls(capsys):
    x, h = torch.randn(2, 3, 8), torch.randn(2, 8)
    f, out, ref, *_, printed, eager_printed = _compiled(item_and_fstring, x, h, capsys=capsys)
    assert_close(out, ref)
    assert len(re.findall(r"-?\d+\.\d+", printed)) == 5
    assert_same_printed(printed, eager_printed, rel=0, abs=2e-3)  # f-strings round to a few digits


def _uncompilable(h):
    try:  # jic cannot inline this helper: the whole call runs eagerly, with the live `h`
        SEEN.append(float(h.norm()))
    except RuntimeError:
        pass


def helper_breaks(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        _uncompilable(h)
    return h


def test_a_helper_that_cannot_be_inlined_runs_eagerly():
    x, h = torch.randn(3, 4, 5), torch.randn(3, 5)
    _, out, ref, seen, eager_seen, *_ = _compiled(helper_breaks, x, h)
    assert_close(out, ref)
    assert seen == pytest.approx(eager_seen, rel=1e-5)


def _inlined_helper(h):
    print("helper", h.shape)  # breaks inside the inlined helper only
    return torch.tanh(h) * 0.5


def helper_inlined_with_a_break(x, h):
    for t in range(x.size(1)):
        h = _inlined_helper(x[:, t] + h)
    return h


def test_a_break_inside_an_inlined_helper(capsys):
    x, h = torch.randn(3, 4, 5), torch.randn(3, 5)
    _, out, ref, *_, printed, eager_printed = _compiled(helper_inlined_with_a_break, x, h, capsys=capsys)
    assert_close(out, ref)
    assert printed == eager_printed and printed.count("helper") == 4


def result_used(x, h):
    h = h + torch.cumsum(x, 0)  # cumsum is not compiled, and its result is needed by compiled code
    return torch.tanh(h)


def test_a_result_compiled_code_needs_refuses_the_function_with_the_original_reason():
    x, h = torch.randn(3, 5), torch.randn(3, 5)
    line = result_used.__code__.co_firstlineno + 1
    with pytest.raises(jic.UnsupportedError, match=rf"test_graph_breaks.py:{line}: .*cumsum"):
        jic.compile(result_used, fullgraph=True)(x, h)
    f = jic.compile(result_used)
    with pytest.warns(UserWarning, match=rf"test_graph_breaks.py:{line}: .*cumsum.*used by compiled code"):
        out = f(x, h)
    assert torch.equal(out, result_used(x, h)) and f.stats.eager_calls == 1


def returns_a_loss(x, h, w):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
    return h, h.pow(2).mean().item()  # a Python float, returned as eager returns it


def test_an_item_is_returned_as_eager_returns_it(device):
    x, h, w = torch.randn(3, 5, 4, device=device), torch.randn(3, 4, device=device), torch.randn(4, 4, device=device)
    f, (out, loss), (ref, ref_loss), *_ = _compiled(returns_a_loss, x, h, w)
    assert_close(out, ref)
    assert type(loss) is float and loss == pytest.approx(ref_loss, rel=1e-5)
    x2, h2 = torch.randn(3, 2, 4, device=device), torch.randn(3, 4, device=device)  # a new T: no recompile
    out2, loss2 = f(x2, h2, w)
    assert loss2 == pytest.approx(returns_a_loss(x2, h2, w)[1], rel=1e-5) and f.stats.compiles == 1


def scaled_by_items(x, h, n):
    s = x.abs().max().item()  # a Python float, read once before the loop
    k = n[1].item()  # a Python int
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] / s + h) * (k % 3 + 1)
    return h


def test_an_item_scales_tensor_math_and_the_loop_stays_one_kernel(device):
    x, h = torch.randn(3, 6, 4, device=device), torch.randn(3, 4, device=device)
    n = torch.randint(0, 10, (3,), device=device)
    f, out, ref, *_ = _compiled(scaled_by_items, x, h, n)
    assert_close(out, ref)
    report = jic.explain(scaled_by_items, x, h, n)
    assert report.host_loops == 0 and len(report.graph_breaks) == 2, str(report)  # the two .item() calls alone


def picks_a_scale(x, h, k: int):
    a, b = x.max().item(), x.min().item()
    r = a if k > 0 else b  # a branch between two Python floats
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] * r + h)
    return h, r


def gated_by_a_bool(x, h):
    flag = (x.sum() > 0).item()  # a Python bool
    for t in range(x.size(1)):
        if flag:
            h = torch.tanh(x[:, t] + h)
    return h, flag


@pytest.mark.parametrize(("fn", "args"), [(picks_a_scale, (1,)), (picks_a_scale, (-1,)), (gated_by_a_bool, ())])
def test_items_picked_by_a_branch_or_tested_keep_the_loop_one_kernel(device, fn, args):
    x, h = torch.randn(3, 5, 4, device=device) + 1.0, torch.randn(3, 4, device=device)
    f, (out, v), (ref, ref_v), *_ = _compiled(fn, x, h, *args)
    assert_close(out, ref)
    assert type(v) is type(ref_v) and v == ref_v
    x = torch.randn(3, 5, 4, device=device) - 1.0  # the other value of the bool, the other sign
    (out, v), (ref, ref_v) = f(x, h, *args), fn(x, h, *args)
    assert_close(out, ref)
    assert type(v) is type(ref_v) and v == ref_v
    report = jic.explain(fn, x, h, *args)
    assert report.host_loops == 0, str(report)


def picks_in_the_loop(x, h, k: int):
    a, b = x.max().item(), x.min().item()
    for t in range(x.size(1)):
        r = a if t > k else b  # the branch yields a Python object: no kernel may hold it
        h = torch.tanh(x[:, t] * r + h)
    return h


def test_a_loop_holding_a_python_object_steps_on_the_host(device):
    x, h = torch.randn(3, 5, 4, device=device), torch.randn(3, 4, device=device)
    f, out, ref, *_ = _compiled(picks_in_the_loop, x, h, 2)
    assert_close(out, ref)
    report = jic.explain(picks_in_the_loop, x, h, 2)
    assert report.host_loops == 1 and "holds a Python object" in str(report), str(report)


def test_fullgraph_raises_at_the_break():
    x, h = torch.randn(3, 6, 4), torch.randn(3, 4)
    with pytest.raises(jic.UnsupportedError) as ei:
        jic.compile(chatty_loop, fullgraph=True)(x, h)
    assert ei.value.lineno == chatty_loop.__code__.co_firstlineno + 2


def _clamps(h):
    h.clamp_(-0.5, 0.5)


def mutates(x, h):
    y = torch.tanh(x + h)
    _clamps(y)  # changes y in place: compiled code cannot follow, so this is an error, not a wrong answer
    return y * 2.0


def test_an_eager_call_that_changes_a_tensor_in_place_is_an_error():
    x, h = torch.randn(3, 5), torch.randn(3, 5)
    f = jic.compile(mutates)
    with pytest.raises(jic.GraphBreakError, match=r"_clamps\(\).*changed a tensor argument in place"):
        f(x, h)


def test_explain_lists_each_graph_break_with_its_line():
    x, h = torch.randn(3, 6, 4), torch.randn(3, 4)
    report = jic.explain(chatty_loop, x, h)
    first = chatty_loop.__code__.co_firstlineno
    assert report.compiled
    assert [b.split(": ")[0].rsplit(":", 1)[1] for b in report.graph_breaks] == [str(first + 2), str(first + 4)]
    text = str(report)
    assert "graph breaks: 2 calls run eagerly" in text
    assert f"test_graph_breaks.py:{first + 2}: print() runs eagerly (a call of print()" in text


class Logged(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(5, 5)

    def forward(self, x, h):
        for t in range(x.size(1)):
            h = torch.tanh(self.lin(x[:, t]) + h)
            print("norm", f"{h.norm():.2f}")
        return h


@torch.no_grad()
def test_a_module_forward_with_a_break(capsys):
    m = Logged()
    x, h = torch.randn(2, 3, 5), torch.randn(2, 5)
    cm = jic.compile(m)
    out = cm(x, h)
    printed = capsys.readouterr().out
    ref = m(x, h)
    assert_close(out, ref)
    assert printed.count("norm") == 3 and cm.stats.eager_calls == 0
    assert_same_printed(printed, capsys.readouterr().out)


SEEN_APPEND = SEEN.append  # a bound method: no reference a new process could resolve


def appends_through_a_bound_method(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        SEEN_APPEND(h.mean().item())
    return h


def test_breaks_are_cached_on_disk_only_with_references(private_cache):
    # print and constants have references (runtime/eager_refs.py): the variant is stored (saving: test_aot.py)
    x, h = torch.randn(3, 6, 4), torch.randn(3, 4)
    f = jic.compile(chatty_loop)
    assert_close(f(x, h), chatty_loop(x, h))

    def entries() -> list:
        return [p for p in (private_cache / "v1").rglob("*.json") if p.parent.parent.name == "v1"]

    assert len(entries()) == 1
    g = jic.compile(appends_through_a_bound_method)
    SEEN.clear()
    assert_close(g(x, h), appends_through_a_bound_method(x, h))
    assert len(SEEN) == 12 and g.stats.compiles == 1
    assert len(entries()) == 1  # nothing more written


class Doubler(torch.nn.Module):
    def forward(self, v):
        try:  # a module jic cannot inline: the submodule itself is called by Python
            SEEN.append(v.detach().clone())
        finally:
            pass
        return v


class CallsDoubler(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(5, 5)
        self.tap = Doubler()

    def forward(self, x):
        y = torch.tanh(self.lin(x))
        self.tap(y)
        return y * 2.0


@torch.no_grad()
def test_a_submodule_jic_cannot_inline_is_called_eagerly():
    m = CallsDoubler()
    x = torch.randn(3, 5)
    _, out, ref, seen, eager_seen, *_ = _compiled(m, x)
    assert_close(out, ref)
    assert len(seen) == len(eager_seen) == 1
    assert_close(seen[0], eager_seen[0])
    (b,) = jic.explain(m, x).graph_breaks
    assert "self.tap (Doubler)() runs eagerly (`try` / `except`" in b


def print_on_some_steps(x, h, k: int):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        if t >= k:  # the paths differ only by the call: the branch is kept for it
            print("late", t, f"{h.mean():.4f}")
    return h


@pytest.mark.parametrize("k", [0, 4, 9])
def test_a_call_in_a_branch_runs_only_on_its_path(device, capsys, k):
    x, h = torch.randn(3, 6, 4, device=device), torch.randn(3, 4, device=device)
    f, out, ref, *_, printed, eager_printed = _compiled(print_on_some_steps, x, h, k, capsys=capsys)
    assert_close(out, ref)
    assert printed.count("late") == max(0, 6 - k)
    assert_same_printed(printed, eager_printed, rel=0, abs=2e-4)
