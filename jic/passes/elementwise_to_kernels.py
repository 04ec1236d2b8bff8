"""elementwise-to-kernels: the tensor ops left on the host become kernels, one per expression tree.

Roots are elementwise ops, reductions and rolls, at the top level or in the body of a loop
that stays on the host (one kernel launch per step); sizes are computed before the top-level op.

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
kernels over the same sizes. A reduction's kernel computes its producers inside
the reduction loop (scalarize_structured.py); views (`x[:, t]`, `.T`) are read
through; a roll reads its input at shifted indices.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, scf
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation, Region
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import KernelOp, KernelYieldOp
from jic.passes import registry
from jic.passes.scalarize import Scalarizer
from jic.passes.shapes import DimMaterializer, shape_of, top_level_op

# ops that become kernels of their own, and ops computed inside their reader's kernel
ROOTS = (T.ElementwiseOp, S.ReduceOp, S.RollOp)
ABSORBABLE = (T.ElementwiseOp, S.ReduceOp, S.RollOp, S.PermuteOp, T.SelectOp)


def _absorbable(op: Operation, reader: Operation) -> bool:
    """Is `op` computed inside its only reader `reader`'s kernel? Elementwise ops, roll and views are;
    a reduction only where each of its elements is read once (same shape as an elementwise reader),
    and never through a reader that broadcasts it (the reduction would be recomputed per copy)."""
    if not isinstance(op, ABSORBABLE) or op.parent_block() is not reader.parent_block():
        return False
    uses = list(op.results[0].uses)
    if not (len(uses) == 1 and uses[0].operation is reader):
        return False
    broadcast = isinstance(reader, T.ElementwiseOp) and shape_of(op.results[0]) != shape_of(reader.results[0])
    if isinstance(op, S.ReduceOp):
        return isinstance(reader, T.ElementwiseOp) and not broadcast
    return not (broadcast and _absorbs_reduction(op))


def _absorbs_reduction(op: Operation) -> bool:
    """Would `op`'s expression tree compute a reduction inside it?"""
    for o in op.operands:
        src = o.owner
        if isinstance(src, Operation) and _absorbable(src, op):
            if isinstance(src, S.ReduceOp) or _absorbs_reduction(src):
                return True
    return False


def expression_tree(root: Operation) -> list[Operation]:
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
            # inner blocks first: a reduction in a branch (`if c: print(h.sum())`) asks its operand's shape,
            # which a kernel made of the operand in the enclosing block would no longer have
            for block in reversed(host_blocks(f)):
                self.convert_block(f, block, dims)

    def convert_block(self, f: func.FuncOp, block: Block, dims: DimMaterializer) -> None:
        for ew in reversed(list(block.ops)):
            if not isinstance(ew, ROOTS) or ew.parent is None:
                continue
            tree = expression_tree(ew)
            top = top_level_op(ew, f)
            space = shape_of(ew.results[0])
            sizes = [dims.get(d, top) for d in space]
            kblock = KernelOp.new_body(len(space))
            idx = tuple(kblock.args)
            s = Scalarizer(kblock, inside=set(tree), identity=idx)
            s.size_of = lambda d, top=top: dims.get(d, top)  # type: ignore[misc]
            kblock.add_op(KernelYieldOp(s.elem(ew.results[0], idx)))
            Rewriter.replace_op(ew, KernelOp(sizes, [ew.results[0].type], Region(kblock)))
            for absorbed in reversed(tree[:-1]):
                Rewriter.erase_op(absorbed)
        for view in reversed(list(block.ops)):  # views whose readers all became kernels
            if isinstance(view, (T.SelectOp, S.PermuteOp)) and not view.results[0].uses:
                Rewriter.erase_op(view)


def host_blocks(f: func.FuncOp) -> list[Block]:
    """The function's body and the bodies of the loops and branches that stay on the host, outer first
    (an `scf.while` has two: the test and the body)."""
    blocks = [f.body.block]

    def visit(block: Block) -> None:
        for op in block.ops:
            if isinstance(op, (scf.ForOp, scf.WhileOp, scf.IfOp)):
                for region in op.regions:
                    for b in region.blocks:
                        blocks.append(b)
                        visit(b)

    visit(f.body.block)
    return blocks
