"""compiled.inspect(*args, stage=...): every stage's text, the PTX even without a GPU, and user passes in it."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass

import pytest
import torch
from xdsl.dialects import arith
from xdsl.dialects import math as mathd
from xdsl.dialects.builtin import FloatAttr
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter, PatternRewriteWalker, RewritePattern, op_type_rewrite_pattern
from xdsl.rewriter import InsertPoint

import jic
from conftest import assert_close
from corpus import cell, two_loops
from jic.passes import pipeline, registry
from jic.tools import opt

FAST_TANH = {"lower-to-llvm": ["fast-math{approx-tanh=true}"]}


def _args(device="cpu"):
    return torch.randn(3, 6, 40, device=device), torch.randn(3, 40, device=device)


def test_inspect_gives_each_stage():
    f = jic.compile(cell)
    x, h = _args()
    assert "jic.tanh" in f.inspect(x, h)  # stage="jic" by default
    for name in pipeline.DEFAULT_PIPELINE:
        text = f.inspect(x, h, stage=name)
        assert str(opt.parse_ir(text)).strip() == text.strip()  # IR of every pass parses back
    assert "gpu.func" in f.inspect(x, h, stage="outline-kernels")
    assert "define void @" in f.inspect(x, h, stage="llvm")
    assert f.inspect(x, h, stage="bytecode").count("FOR_ITER") == 1
    assert f.compile_count == 1  # one compile serves every stage
    assert_close(f(x, h), cell(x, h))


def test_inspect_ptx_without_a_gpu():
    f = jic.compile(two_loops)
    x, h = _args()
    ptx = f.inspect(x, h, stage="ptx")
    assert ".target sm_90" in ptx and ptx.count(".entry") >= 1
    assert "two_loops_k0" in ptx
    assert f.inspect(x, h, stage="ptx") is ptx  # made once
    assert_close(f(x, h), two_loops(x, h))


def test_inspect_unknown_stage_lists_the_stages():
    f = jic.compile(cell)
    with pytest.raises(
        ValueError, match=r"has no stage 'lower-to-ptx' for these arguments; it has \['bytecode', 'jic'"
    ):
        f.inspect(*_args(), stage="lower-to-ptx")


def test_a_pass_inserted_by_name_shows_in_the_stages():
    f = jic.compile(cell, passes_before={"outline-kernels": ["cse"]})
    x, h = _args()
    stages = list(f.stages(x, h))
    k = stages.index("outline-kernels")
    assert stages[k - 2 : k + 1] == ["fuse-kernels", "cse#2", "outline-kernels"]
    assert_close(f(x, h), cell(x, h))


# ---------------------------------------------------------------- the example plugin in a compile


def test_fast_math_plugin_changes_the_ptx():
    x, h = _args()
    fast = jic.compile(cell, passes_after=FAST_TANH).inspect(x, h, stage="ptx")
    accurate = jic.compile(cell).inspect(x, h, stage="ptx")
    assert "tanh.approx.f32" in fast and "tanh.approx.f32" not in accurate
    assert len(fast) < len(accurate)  # one instruction instead of libdevice's tanhf


def test_fast_math_leaves_cpu_kernels_accurate():
    f = jic.compile(cell, passes_after=FAST_TANH)
    x, h = _args()
    assert_close(f(x, h), cell(x, h))
    assert re.search(r'call (ccc )?float @"?tanhf"?\(', f.inspect(x, h, stage="llvm"))
    assert f.inspect(x, h, stage="fast-math") == f.inspect(x, h, stage="lower-to-llvm")


def _ensure_fast_math() -> None:
    """The GPU machine runs the tests from the source tree, without `make install`: register the plugin's pass
    from its source there (the entry point itself is tested in test_registry.py)."""
    if "fast-math" not in registry.names():
        sys.path.insert(0, os.path.join(os.path.dirname(__file__), "plugins", "jic_plugin_example"))
        from jic_plugin_example.fast_math import FastMath

        registry.register(FastMath)


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU (none visible to torch)")
def test_fast_math_on_the_gpu_is_close_to_eager():
    _ensure_fast_math()
    f = jic.compile(cell, fullgraph=True, passes_after=FAST_TANH)
    x, h = _args("cuda")
    assert "tanh.approx.f32" in f.inspect(x, h, stage="ptx")
    assert_close(f(x, h), cell(x, h), rtol=2e-3)  # tanh.approx.f32: relative error about 2**-11


# ---------------------------------------------------------------- a pass registered in code


class ScaleTanhPattern(RewritePattern):
    def __init__(self, factor: float):
        self.factor = factor

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: mathd.TanhOp, rewriter: PatternRewriter) -> None:
        if any(isinstance(u.operation, arith.MulfOp) for u in op.result.uses):
            return  # already scaled
        k = arith.ConstantOp(FloatAttr(self.factor, op.result.type))
        mul = arith.MulfOp(op.result, k.result)
        rewriter.insert([k, mul], InsertPoint.after(op))
        op.result.replace_uses_with_if(mul.result, lambda use: use.operation is not mul)


@dataclass(frozen=True)
class ScaleTanh(ModulePass):
    """math.tanh(v) -> factor * math.tanh(v), so that its effect shows in the IR and in the results."""

    name = "test-scale-tanh"
    factor: float = 2.0

    def apply(self, ctx, op) -> None:
        PatternRewriteWalker(ScaleTanhPattern(self.factor)).rewrite_module(op)


@pytest.fixture
def scale_tanh():
    jic.passes.register(ScaleTanh)
    yield
    jic.passes.unregister(ScaleTanh.name)


def test_a_pass_registered_in_code_changes_the_generated_ir(scale_tanh):
    f = jic.compile(cell, fullgraph=True, passes_before={"outline-kernels": ["test-scale-tanh{factor=3.0}"]})
    x, h = _args()
    before, after = f.inspect(x, h, stage="fuse-kernels"), f.inspect(x, h, stage="test-scale-tanh")
    assert after.count("arith.mulf") == before.count("arith.mulf") + 1
    assert "3.000000e+00 : f32" in after  # the option reached the pass
    assert "fmul" in f.inspect(x, h, stage="llvm")
    ref = h
    for t in range(x.size(1)):
        ref = 3.0 * torch.tanh(x[:, t] + ref)
    assert_close(f(x, h), ref)
