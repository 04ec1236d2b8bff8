"""The bytecode shapes that differ between Python versions reach the frontend as one shape (bytecode.py).

3.12 copies the `return` after a loop to each `break` that leads to it, and the cleanup of a `with`
block jumps back to the code after the block. The frontend sees a `break` and no loop there, as on
3.11; these tests run on whatever Python runs them (3.11 in CI, 3.12 on the GPU machine). The results
of `counts_steps` and `nested` against eager are in test_return_numbers.py and test_contexts.py.
"""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close
from jic.frontend import bytecode
from jic.frontend.interpreter import Frame
from test_contexts import nested  # two `with` blocks, one inside the other
from test_return_numbers import counts_steps  # `break`, then `return h, n`


def while_breaks_then_returns_two(x, h, k: int):
    t = 0
    while t < x.size(1):
        h = torch.sigmoid(x[:, 0] - h)
        if t >= k:
            break
        t += 1
    return h * 2.0, t


def returns_inside_the_loop(x, h, k: int):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        if t >= k:
            return h * 3.0  # a real return from the loop: a tensor, carried out of it
    return h


def _returns_in_loop_bodies(fn) -> list[int]:
    instrs = bytecode.decode(fn.__code__)
    out = []
    for ins in instrs:
        if ins.opname == "FOR_ITER":
            out += [i.index for i in instrs[ins.index + 1 : ins.target] if i.opname.startswith("RETURN")]
        elif ins.target is not None and ins.target < ins.index and instrs[ins.target].opname != "FOR_ITER":
            out += [i.index for i in instrs[ins.target : ins.index] if i.opname.startswith("RETURN")]
    return out


@pytest.mark.parametrize("fn", [counts_steps, while_breaks_then_returns_two])
def test_a_break_reaches_the_frontend_as_a_jump_to_the_exit(fn):
    assert _returns_in_loop_bodies(fn) == []  # on 3.12 CPython's own bytecode has one here


def test_a_return_in_the_loop_stays_one():
    assert len(_returns_in_loop_bodies(returns_inside_the_loop)) == 1


def test_a_with_cleanup_is_no_loop():
    instrs = bytecode.decode(nested.__code__)
    normal = bytecode.reached_without_exceptions(instrs)
    assert not any(instrs[k].opname in ("PUSH_EXC_INFO", "WITH_EXCEPT_START") for k in normal)
    assert Frame.make(nested.__code__, {}, {}, {}).while_heads == {}


@pytest.mark.parametrize("k", [0, 2, 10])
@pytest.mark.parametrize("fn", [while_breaks_then_returns_two, returns_inside_the_loop])
def test_loops_left_early_give_what_eager_gives(device, fn, k):
    x, h = torch.randn(3, 6, 4, device=device), torch.randn(3, 4, device=device)
    got, ref = jic.compile(fn, fullgraph=True)(x, h, k), fn(x, h, k)
    if isinstance(ref, tuple):
        assert_close(got[0], ref[0])
        assert got[1:] == ref[1:] and type(got[1]) is type(ref[1])
    else:
        assert_close(got, ref)
