"""Eager fallback: one warning naming construct and line, eager's exact results and side effects."""

from __future__ import annotations

import warnings

import pytest
import torch

import jic
from conftest import assert_close

CALLS: list[int] = []


def logs_and_steps(x, h):
    for t in range(x.size(1)):
        CALLS.append(t)  # not compilable: a side effect on a Python list
        h = torch.tanh(x[:, t] + h)
    return h


LOG_LINE = logs_and_steps.__code__.co_firstlineno + 2


def logs_and_branches(x, h):
    for t in range(x.size(1)):
        CALLS.append(t)
        h = torch.tanh(x[:, t] + h)
        h = h * x[:, t * t % x.size(1)]  # not compilable: an index that is not `a * t + b`
    return h


BRANCH_LINE = logs_and_branches.__code__.co_firstlineno + 4


def grows(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
    return h


def test_side_effects_happen_exactly_as_in_eager():
    CALLS.clear()
    f = jic.compile(logs_and_steps)
    x, h = torch.randn(3, 4, 5), torch.randn(3, 5)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # `CALLS.append(t)` is a graph break: compiled, no fallback
        out = f(x, h)
    assert CALLS == [0, 1, 2, 3]
    assert_close(out, logs_and_steps(x, h))
    CALLS.clear()
    f(x, h)
    assert CALLS == [0, 1, 2, 3]
    assert f.stats.eager_calls == 0 and f.stats.misses == 1 and f.stats.hits == 1
    assert any(
        f"test_eager_fallback.py:{LOG_LINE}: list.append() runs eagerly" in b
        for b in f.variant(x, h).artifact.graph_breaks
    )


def test_fallback_runs_side_effects_exactly_as_in_eager():
    CALLS.clear()
    f = jic.compile(logs_and_branches)
    x, h = torch.randn(3, 4, 5), torch.randn(3, 5)
    with pytest.warns(UserWarning) as rec:
        out = f(x, h)
    assert CALLS == [0, 1, 2, 3]
    assert torch.equal(out, logs_and_branches(x, h))
    msg = str(rec[0].message)
    assert f"test_eager_fallback.py:{BRANCH_LINE}" in msg and "an index computed from loop values" in msg
    CALLS.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # once per function and reason
        f(x, h)
    assert CALLS == [0, 1, 2, 3]
    assert f.stats.eager_calls == 2 and f.stats.misses == 1 and f.stats.hits == 1  # the refusal is cached


def test_fullgraph_raises_at_the_line():
    f = jic.compile(logs_and_steps, fullgraph=True)
    with pytest.raises(jic.UnsupportedError) as ei:
        f(torch.randn(3, 4, 5), torch.randn(3, 5))
    assert ei.value.lineno == LOG_LINE


def test_size_limitation_runs_eagerly_with_exact_results():
    # h of shape (1, H) would grow to (B, H) inside the loop: jic's variant cannot run it, eager can
    f = jic.compile(grows)
    x, h = torch.randn(4, 3, 6), torch.randn(1, 6)
    with pytest.warns(UserWarning, match="eagerly"):
        out = f(x, h)
    assert torch.equal(out, grows(x, h))
    x2, h2 = torch.randn(4, 3, 6), torch.randn(4, 6)
    assert_close(f(x2, h2), grows(x2, h2))  # the same variant runs other sizes compiled
    assert f.stats.compiles == 1 and f.stats.eager_calls == 1
