"""The fast path of a call (runtime/guard_fn.py): a generated guard per variant that never accepts arguments
whose variant key (guards.call_key) differs, with torch's C++ tensor check and with the Python checks."""

from __future__ import annotations

import itertools

import pytest
import torch

import jic
from conftest import assert_close
from jic.runtime import guard_fn, guards
from rt_helpers import act, cell, scaled

T = torch.randn


def _cases() -> list[tuple]:
    """Calls of `scaled(x, h, flag)`-shaped argument tuples that differ in one kind each."""
    x, h = T(4, 9), T(4, 9)
    sparse = torch.randn(4, 9).to_sparse()
    return [
        (x, h, True),
        (T(2, 3), T(7, 5), True),  # other sizes: same kinds
        (T(9, 4).t(), h, True),  # other strides: same kinds
        (x, h, False),  # another static value
        (x, h, None),
        (x, h, 1.5),  # a float: a run-time scalar
        (x, h, 2),  # an int
        (x, h, "s"),  # another static constant
        (x.double(), h, True),  # dtype
        (x[None], h, True),  # rank
        (torch.empty(4, 9, device="meta"), h, True),  # device
        (sparse, h, True),  # layout
        (x.clone().requires_grad_(), h, True),  # requires grad (with grad on)
        (torch.nn.Parameter(x.clone(), requires_grad=False), h, True),  # a subclass: same key
        (1.0, h, True),  # a number where a tensor was
    ]


@pytest.mark.parametrize("use_cxx", [True, False], ids=["cxx", "python"])
def test_a_guard_passes_exactly_the_calls_of_its_key(use_cxx):
    cases = _cases()
    checked = 0
    for built, called in itertools.product(cases, cases):
        try:
            key = guards.call_key(built)
        except TypeError:
            continue
        guard = guard_fn.make_guard(key, built, use_cxx=use_cxx)
        fast = guard_fn.make_fast_path(3, [(guard, lambda *a: "ran")], guards.GuardStats())
        same = guards.call_key(called) == key
        passed = fast(*called) == "ran"
        if passed:
            assert same, f"guard of {key} passed a call of another key {guards.call_key(called)}"
        elif same:  # the C++ check is stricter only for a tensor subclass
            assert use_cxx and guard_fn._TG is not None
            assert any(type(a) is not torch.Tensor and isinstance(a, torch.Tensor) for a in built + called)
        checked += 1
    assert checked > 100


def test_grad_mode_is_part_of_the_guard():
    x = torch.randn(3, requires_grad=True)
    with torch.no_grad():
        key = guards.call_key((x,))
        fast = guard_fn.make_fast_path(1, [(guard_fn.make_guard(key, (x,)), lambda a: "ran")], guards.GuardStats())
        assert fast(x) == "ran"
    assert fast(x) is guard_fn.MISS  # with grad on, the same tensor has another key


def test_calls_take_the_generated_fast_path_and_count_hits():
    f = jic.compile(fullgraph=True)(scaled)
    x, h = torch.randn(4, 9), torch.randn(4, 9)
    for flag in (True, False, True, False):
        assert_close(f(x, h, flag), scaled(x, h, flag))
    assert (f.stats.misses, f.stats.hits, f.stats.compiles) == (2, 2, 2)
    src = f._fast.__jic_source__
    assert src.count("return _run") == 2  # one branch per variant
    assert "call_key" not in src


def test_keyword_calls_still_work_and_count():
    f = jic.compile(fullgraph=True)(act)
    x, y = torch.randn(5), torch.randn(5)
    assert_close(f(x, y=y), act(x, y))
    assert_close(f(x, y), act(x, y))
    assert_close(f(y=y, x=x), act(x, y))
    assert (f.stats.misses, f.stats.hits) == (1, 2)


def test_a_size_limitation_on_the_fast_path_runs_eagerly():
    def pick(x):
        return torch.tanh(x.squeeze(0))

    f = jic.compile(pick)
    x = torch.randn(1, 6)
    assert_close(f(x), pick(x))
    y = torch.randn(3, 6)  # same kinds, but squeeze(0) of a dim of 3 keeps it: the variant cannot take it
    with pytest.warns(UserWarning, match="eagerly"):
        assert_close(f(y), pick(y))
    assert f.stats.eager_calls == 1 and f.stats.hits == 1


def test_the_fast_path_sees_a_new_variant_replacing_one_from_stages():
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(2, 3, 8), torch.randn(2, 8)
    f(x, h)
    old = f._fast
    f.stages(x, h)  # may recompile the variant: the fast path must run the one in the cache
    (v,) = f.cache.values()
    assert f._fast is old or f._fast.__globals__["_run0"] is v.run
    assert_close(f(x, h), cell(x, h))
