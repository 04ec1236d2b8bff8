"""Lists a loop fills (`outs.append(h)`, then `torch.stack` / `torch.cat`): one kernel writes every step's item
into one buffer the host allocated before it; an empty list raises as eager does.

The programs are in the corpus (programs.py), compared with eager there on the CPU and CUDA.
"""

from __future__ import annotations

import warnings

import pytest
import torch

import jic
from conftest import assert_close
from programs import (
    cat_outputs_along_batch,
    cat_outputs_along_features,
    cat_outputs_unsqueezed,
    stack_outputs,
    stack_outputs_last_dim,
)

FILLING = [
    stack_outputs,
    stack_outputs_last_dim,
    cat_outputs_unsqueezed,
    cat_outputs_along_features,
    cat_outputs_along_batch,
]
IDS = [f.__name__ for f in FILLING]


def _kinds(f: jic.CompiledFunction) -> list[str]:
    (v,) = f.cache.values()
    return [r["kind"] for r in v.artifact.schedule]


def _same(out, ref) -> None:
    outs, refs = (out, ref) if isinstance(ref, tuple) else ((out,), (ref,))
    assert len(outs) == len(refs)
    for o, r in zip(outs, refs):
        assert_close(o, r)


# the loop's kernel, and one more for the elementwise op after the stack / cat where there is one
LAUNCHES = {
    stack_outputs: 1,
    stack_outputs_last_dim: 2,
    cat_outputs_unsqueezed: 1,  # h.unsqueeze(1) appended: h stored with index 0 at the new dim
    cat_outputs_along_features: 2,
    cat_outputs_along_batch: 1,
}


@pytest.mark.parametrize("fn", FILLING, ids=IDS)
def test_the_filling_loop_is_one_kernel(fn, device):
    x, h = torch.randn(4, 7, 33, device=device), torch.randn(4, 33, device=device)
    f = jic.compile(fn, fullgraph=True)
    _same(f(x, h), fn(x, h))
    kinds = _kinds(f)
    assert kinds.count("launch") == LAUNCHES[fn] and "for" not in kinds, kinds
    assert "stack_alloc" in kinds and "stack_insert" not in kinds, kinds


@pytest.mark.parametrize("fn", FILLING, ids=IDS)
def test_one_step(fn, device):
    x, h = torch.randn(2, 1, 5, device=device), torch.randn(2, 5, device=device)
    _same(jic.compile(fn, fullgraph=True)(x, h), fn(x, h))


@pytest.mark.parametrize("fn", FILLING, ids=IDS)
def test_no_step_raises_as_eager(fn):
    """torch.stack([]) raises a RuntimeError, torch.cat([]) a ValueError: so does the compiled function."""
    x, h = torch.randn(2, 0, 5), torch.randn(2, 5)
    with pytest.raises((RuntimeError, ValueError)) as eager:
        fn(x, h)
    with pytest.raises(type(eager.value)):
        jic.compile(fn, fullgraph=True)(x, h)
    with pytest.raises(jic.EmptyListError, match="empty list"):
        jic.compile(fn, fullgraph=True)(x, h)


def test_stacked_result_has_eager_layout():
    """The buffer is allocated in the layout of its stack along dim 1: contiguous, as eager's torch.stack."""
    x, h = torch.randn(3, 6, 4), torch.randn(3, 4)
    out, _ = jic.compile(stack_outputs, fullgraph=True)(x, h)
    ref, _ = stack_outputs(x, h)
    assert out.is_contiguous() and out.stride() == ref.stride()


def _rolled_items(x, h):
    outs = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        outs.append(torch.roll(h, 1, -1))  # reads the neighbour's element: no thread can store it alone
    return torch.stack(outs, 1)


def test_item_of_other_elements_keeps_the_loop_on_the_host():
    x, h = torch.randn(3, 5, 8), torch.randn(3, 8)
    f = jic.compile(_rolled_items, fullgraph=True)
    assert_close(f(x, h), _rolled_items(x, h))
    assert "for" in _kinds(f)


def _wider_items(x, h):
    outs = []
    for t in range(x.size(1)):
        h = torch.tanh(h * 0.5)
        outs.append(h + x[:, t])  # (1, H) state, (B, H) items
    return torch.stack(outs, 1)


def test_items_larger_than_the_state_run_eagerly():
    """The kernel has one thread per element of the state; items that broadcast larger fail a host check
    before anything runs, and the call runs eagerly (a limitation of the compiled variant, not an error)."""
    x, h = torch.randn(3, 5, 8), torch.randn(1, 8)
    f = jic.compile(_wider_items)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        out = f(x, h)
    assert_close(out, _wider_items(x, h))
    assert f.stats.eager_calls == 1
    x1 = torch.randn(1, 5, 8)  # items of the state's size: compiled
    assert_close(f(x1, h), _wider_items(x1, h))
    assert f.stats.eager_calls == 1
