"""A call with a side effect is never run at compile time: it runs when the compiled code reaches it (a graph
break), printing as eager does."""

from __future__ import annotations

import warnings

import torch

import jic


def chatty(x, h):
    for t in range(x.size(1)):
        print("step", t)
        h = torch.tanh(x[:, t] + h)
    return h


def test_print_runs_as_often_as_eager(capsys):
    f = jic.compile(chatty)
    x, h = torch.randn(2, 5, 3), torch.randn(2, 3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = f(x, h)
        out2 = f(x, h)
    printed = capsys.readouterr().out
    ref = chatty(x, h)
    eager = capsys.readouterr().out
    assert printed == eager * 2  # two calls, each printing like eager; nothing at compile time
    assert printed.count("step") == 10
    assert f.stats.compiles == 1 and f.stats.eager_calls == 0  # compiled: only the prints ran eagerly
    torch.testing.assert_close(out, ref)
    torch.testing.assert_close(out2, ref)
