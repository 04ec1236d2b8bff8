"""hoist-invariant-scalars: size and index arithmetic that does not change in a loop moves before it.

The frontend interprets a loop body as written, so `x[:, -1]` inside a loop
computes `x.size(1) - 1` in the body. Such scalar ops (jic.dim, arith) whose
operands are all defined outside the loop are moved in front of it, so that
the host can check indices before launching and kernels receive plain values:

    scf.for %t = ... {                          %T = jic.dim %x[1]
      %T = jic.dim %x[1]                        %i = arith.addi %T, %c-1
      %i = arith.addi %T, %c-1           ->     scf.for %t = ... {
      %s = jic.select %x[1 = %i]                  %s = jic.select %x[1 = %i]

Views of loop-invariant tensors (`w.t()`) move too: they cost no kernel; and so
do tensors made from loop-invariant numbers (`torch.arange(H)`, `torch.ones(B, H)`):
made once instead of once per step (not out of a branch, where a bad size must
raise only when the branch runs); and the check of a loop-invariant divisor
(`t // n` reports n == 0), so that the host raises it before the loop. Other
tensor ops stay where they are (hoisting them would make extra kernels).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, scf
from xdsl.dialects.builtin import ModuleOp, TensorType
from xdsl.ir import Operation
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir.creation_ops import CreateOp
from jic.ir.scalar_ops import ReportIfOp
from jic.ir.tensor_ops import DimOp
from jic.ir.view_ops import ViewOp
from jic.passes import registry
from jic.passes.ir_utils import defined_inside

_MAY_FAULT = (arith.DivSIOp, arith.DivUIOp, arith.RemSIOp, arith.RemUIOp)


def _scalar_op(op: Operation) -> bool:
    if isinstance(op, (ViewOp, CreateOp)):  # a view costs no kernel; both are made once before the loop
        return True
    if isinstance(op, ReportIfOp):  # `t // n`: n == 0 is checked once, on the host (also for GPU kernels)
        return True
    if op.regions or any(isinstance(r.type, TensorType) for r in op.results):
        return False
    return isinstance(op, DimOp) or op.name.startswith("arith.")


def hoist_from(loop: scf.ForOp | scf.WhileOp | scf.IfOp) -> None:
    for inner in [o for o in loop.walk() if isinstance(o, (scf.ForOp, scf.WhileOp, scf.IfOp)) and o is not loop]:
        hoist_from(inner)
    changed = True
    while changed:
        changed = False
        ops = [op for r in loop.regions for b in r.blocks for op in b.ops]
        for op in ops:
            if isinstance(loop, scf.IfOp) and isinstance(op, (*_MAY_FAULT, CreateOp, ReportIfOp)):
                continue  # a division (or a size that may be negative) stays under the condition that guards it
            if _scalar_op(op) and not any(defined_inside(o, loop) for o in op.operands):
                op.detach()
                Rewriter.insert_op(op, InsertPoint.before(loop))
                changed = True


@registry.register
@dataclass(frozen=True)
class HoistInvariantScalars(ModulePass):
    name = "hoist-invariant-scalars"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        region_ops = (scf.ForOp, scf.WhileOp, scf.IfOp)
        for loop in [o for o in op.walk() if isinstance(o, region_ops)]:
            if not isinstance(loop.parent_op(), region_ops):
                hoist_from(loop)
