"""fast-math{approx-tanh=true}: NVPTX kernels use the GPU's tanh instruction instead of libdevice's tanhf.

lower-to-llvm turns `math.tanh` on f32 into a call of libdevice's accurate `__nv_tanhf` (about 20 instructions);
sm_75 and newer GPUs have `tanh.approx.f32`, one instruction with a relative error of about 2**-11. With the
option on, this pass rewrites every such call into the NVVM intrinsic that becomes that instruction:

    %y = llvm.call @__nv_tanhf(%x) : (f32) -> f32
    ->  %y = llvm.call_intrinsic "llvm.nvvm.tanh.approx.f32"(%x) : (f32) -> f32

and drops the declaration of `__nv_tanhf` once nothing calls it. It runs after lower-to-llvm:

    jic.compile(fn, passes_after={"lower-to-llvm": ["fast-math{approx-tanh=true}"]})

CPU kernels call libm's `tanhf` and have no such instruction: the pass leaves them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import llvm
from xdsl.dialects.builtin import ModuleOp, f32
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    op_type_rewrite_pattern,
)

from jic.passes.locations import loc_of, stamp

ACCURATE_TANH = "__nv_tanhf"
APPROX_TANH = "llvm.nvvm.tanh.approx.f32"


class ApproximateTanh(RewritePattern):
    """llvm.call @__nv_tanhf(%x) -> llvm.call_intrinsic "llvm.nvvm.tanh.approx.f32"(%x)"""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: llvm.CallOp, rewriter: PatternRewriter) -> None:
        if op.callee is None or op.callee.string_value() != ACCURATE_TANH:
            return
        approx = llvm.CallIntrinsicOp(APPROX_TANH, op.args, [f32])
        stamp(approx, loc_of(op))  # keep the Python line, for the PTX's line info
        rewriter.replace(op, approx)


class DropUncalledDeclaration(RewritePattern):
    """llvm.func @__nv_tanhf(f32) -> f32, with no call left -> (erased)"""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: llvm.FuncOp, rewriter: PatternRewriter) -> None:
        if op.sym_name.data != ACCURATE_TANH or op.body.blocks:
            return
        scope = op.parent_op()
        if scope is not None and not any(
            isinstance(c, llvm.CallOp) and c.callee is not None and c.callee.string_value() == ACCURATE_TANH
            for c in scope.walk()
        ):
            rewriter.erase(op)


@dataclass(frozen=True)
class FastMath(ModulePass):
    name = "fast-math"

    approx_tanh: bool = False
    """Use the hardware's tanh.approx.f32 (relative error about 2**-11) instead of libdevice's tanhf."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if not self.approx_tanh:
            return
        PatternRewriteWalker(ApproximateTanh()).rewrite_module(op)
        PatternRewriteWalker(DropUncalledDeclaration()).rewrite_module(op)
