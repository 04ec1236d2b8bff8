"""The dependence analysis on real loops: which dims of the carried state are free, which coupled, and why."""

from __future__ import annotations

import pytest
import recurrences as R
import torch
from xdsl.dialects import func, scf
from xdsl.dialects.builtin import f32

import jic  # noqa: F401  (registers the passes)
import jic.passes.pipeline
from jic.frontend import build_function
from jic.ir import make_context
from jic.passes import dependence


def _t(rank):
    return ("tensor", f32, rank)


def branch_roll(x, h):
    for t in range(x.size(1)):
        if t > 2:
            h = torch.roll(h, 1, 1)
        else:
            h = h + x[:, t]
    return h


def branch_elementwise(x, h):
    for t in range(x.size(1)):
        if t > 2:
            h = h * 0.5
        else:
            h = torch.tanh(h + x[:, t])
    return h


def inner_loop_elementwise(x, h):
    for t in range(x.size(1)):
        for k in range(3):
            h = torch.tanh(h + x[:, t])
    return h


def inner_loop_transposes(x, h):
    for t in range(x.size(1)):
        for k in range(3):
            h = h.T + x[:, t]
    return h


CASES = [
    (R.w1_time_major, {"x": _t(3), "h": _t(2)}, None),
    (R.heat, {"u": _t(2), "k": ("float",), "steps": ("int",)}, {1: "jic.roll"}),
    (R.heat_2d, {"u": _t(2), "k": ("float",), "steps": ("int",)}, {0: "jic.roll", 1: "jic.roll"}),
    (R.elman, {"x": _t(3), "h": _t(2), "W_ih": _t(2), "W_hh": _t(2), "b": _t(1)}, {1: "jic.matmul"}),
    (R.centered_cell, {"x": _t(3), "h": _t(2)}, {1: "jic.reduce"}),
    (R.row_max_accumulate, {"x": _t(3), "acc": _t(1)}, None),
    (R.first_row_feedback, {"x": _t(3), "h": _t(2)}, {0: "jic.select"}),
    (R.batch_reduction_of_state, {"x": _t(3), "h": _t(2)}, {0: "jic.reduce"}),
    (R.transposed_state, {"x": _t(3), "h": _t(2)}, {0: "transpose", 1: "transpose"}),
    (branch_roll, {"x": _t(3), "h": _t(2)}, {1: "jic.roll"}),
    (branch_elementwise, {"x": _t(3), "h": _t(2)}, None),
    (inner_loop_elementwise, {"x": _t(3), "h": _t(2)}, None),
    (inner_loop_transposes, {"x": _t(3), "h": _t(2)}, {0: "", 1: ""}),
]


@pytest.mark.parametrize("fn,kinds,coupled", CASES, ids=[c[0].__name__ for c in CASES])
def test_free_and_coupled_dims(fn, kinds, coupled):
    m, _ = build_function(fn, kinds)
    upto = jic.passes.pipeline.TENSOR_PIPELINE.index("infer-shapes") + 1
    jic.passes.pipeline.run(make_context(), m, ",".join(jic.passes.pipeline.TENSOR_PIPELINE[:upto]))
    f = next(op for op in m.ops if isinstance(op, func.FuncOp))
    loop = next(op for op in f.body.block.ops if isinstance(op, scf.ForOp))
    verdict = dependence.analyze(loop)
    assert verdict is not None
    if coupled is None:
        assert verdict.all_free, verdict.describe()
        assert verdict.free == (True,) * verdict.rank
        return
    assert set(verdict.coupled) == set(coupled), verdict.describe()
    for d, why in coupled.items():
        assert any(why in w for w in verdict.coupled[d]), verdict.describe()
    assert not verdict.all_free


def test_no_common_shape_gives_no_verdict():
    m, _ = build_function(R.state_and_row_sums, {"x": _t(3), "h": _t(2), "s": _t(1)})
    jic.passes.pipeline.run(make_context(), m, "simplify-loop-carried,hoist-invariant-scalars,infer-shapes")
    f = next(op for op in m.ops if isinstance(op, func.FuncOp))
    loop = next(op for op in f.body.block.ops if isinstance(op, scf.ForOp))
    assert dependence.analyze(loop) is None


@pytest.mark.parametrize("fn", [branch_roll, inner_loop_transposes], ids=["branch-roll", "inner-loop-transposes"])
@pytest.mark.parametrize("T", [0, 2, 6])
def test_coupled_loops_with_control_flow_run_on_the_host(device, fn, T):
    x, h = torch.randn(4, T, 4, device=device), torch.randn(4, 4, device=device)
    f = jic.compile(fullgraph=True)(fn)
    out = f(x, h)
    ref = fn(x, h)
    assert out.shape == ref.shape and torch.allclose(out, ref, rtol=1e-5, atol=1e-6)
