"""elementwise-to-kernels: the elementwise ops outside loops become kernels, one per expression tree.

An elementwise op read by exactly one other top-level elementwise op is computed
inside its reader's kernel (recomputed per element, never written to memory);
broadcasting between them needs no code, since the leaves are loads whose
size-1 dims have stride 0:

    %a = jic.tanh %x : tensor<?x?xf32> -> tensor<?x?xf32>
    %b = jic.mul %a, %c2 : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
    %y = jic.add %b, %v : tensor<?x?xf32>, tensor<?xf32> -> tensor<?x?xf32>
  ->
    %y = "jic.kernel"(%d0, %d1) ({
    ^bb0(%i: index, %j: index):
      %e = jic.load %x[%i, %j]
      %t = math.tanh %e
      %m = arith.mulf %t, (arith.truncf %c2)
      %s = arith.addf %m, (jic.load %v[%j])
      jic.yield %s : f32
    })

A result read more than once gets its own kernel; fuse-kernels then merges
kernels over the same sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, Region
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import KernelOp, KernelYieldOp
from jic.passes import registry
from jic.passes.scalarize import Scalarizer
from jic.passes.shapes import DimMaterializer, shape_of


def _absorbable(op: Operation, reader: Operation) -> bool:
    """Is `op` an elementwise op whose only reader is `reader`?"""
    if not isinstance(op, T.ElementwiseOp) or op.parent_block() is not reader.parent_block():
        return False
    uses = list(op.results[0].uses)
    return len(uses) == 1 and uses[0].operation is reader


def expression_tree(root: T.ElementwiseOp) -> list[Operation]:
    """`root` and the single-use elementwise ops it is computed from, producers first."""
    tree: list[Operation] = []

    def visit(op: Operation) -> None:
        for o in op.operands:
            if isinstance(o.owner, Operation) and _absorbable(o.owner, op):
                visit(o.owner)
        tree.append(op)

    visit(root)
    return tree


@registry.register
@dataclass(frozen=True)
class ElementwiseToKernels(ModulePass):
    name = "elementwise-to-kernels"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for f in list(op.walk()):
            if not isinstance(f, func.FuncOp):
                continue
            dims = DimMaterializer(f)
            for ew in reversed(list(f.body.block.ops)):
                if not isinstance(ew, T.ElementwiseOp) or ew.parent is None:
                    continue
                tree = expression_tree(ew)
                space = shape_of(ew.results[0])
                sizes = [dims.get(d, ew) for d in space]
                block = KernelOp.new_body(len(space))
                idx = tuple(block.args)
                s = Scalarizer(block, inside=set(tree), identity=idx)
                block.add_op(KernelYieldOp(s.elem(ew.results[0], idx)))
                Rewriter.replace_op(ew, KernelOp(sizes, [ew.results[0].type], Region(block)))
                for absorbed in reversed(tree[:-1]):
                    Rewriter.erase_op(absorbed)
