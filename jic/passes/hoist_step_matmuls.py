"""hoist-step-matmuls: loop fission of state-independent matmuls, one large matmul before the loop.

In `h = tanh(x[:, t] @ W_ih.T + h @ W_hh.T + b)` the product `x[:, t] @ W_ih.T` does not depend on
the carried state: the products of all steps are one matmul `x @ W_ih.T` of shape (B, T, H) before
the loop (one library call instead of T small ones), and the loop reads its slice `[:, t]`:

    scf.for %t = ... iter_args(%h = %h0) {            %wt = jic.permute %W_ih {perm = [1, 0]}
      %xt = jic.select %x[1 = %t]                     %xw = jic.matmul %x, %wt
      %wt = jic.permute %W_ih {perm = [1, 0]}   ->    scf.for %t = ... iter_args(%h = %h0) {
      %p = jic.matmul %xt, %wt                          %p = jic.select %xw[1 = %t]
      ...                                               ...

This holds when the matmul's left operand is `X[.., t, ..]` (X defined before the loop, t the loop
index, the selected dim not the contracted one) and its right operand is a 1-d or 2-d tensor defined
before the loop (possibly through views of one, `W.T` or `w[k]` with k defined before the loop,
which move out with it): `X @ W` then has X's dims but the last, so slicing it at t gives the step's
product. Such views of values defined before the loop (`W_hh.T`, `w_hh[k]`) move before it too. The
loop's body is left with only the work that depends on the state, which the dependence analysis then sees.

A select moved out of a loop keeps what it was: a read in the loop, which eager makes only if a step runs
(`jic.read_in_loop`). infer-shapes' index check then lets the call run eagerly where its index is out of
range (eager's IndexError if a step runs, the result if none does) instead of raising before the loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import scf
from xdsl.dialects.builtin import ModuleOp, TensorType, UnitAttr
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T
from jic.passes import registry
from jic.passes.ir_utils import defined_inside
from jic.passes.loop_index import READ_IN_LOOP_ATTR


def _rank(v: SSAValue) -> int:
    return len(v.type.get_shape()) if isinstance(v.type, TensorType) else 0


def _invariant_views(v: SSAValue, loop: scf.ForOp) -> list[Operation] | None:
    """The view ops inside `loop` that `v` is computed by from values defined before it
    (innermost last), or None if `v` depends on anything else in the loop."""
    if not defined_inside(v, loop):
        return []
    op = v.owner
    if isinstance(op, S.PermuteOp) and op.parent_op() is loop:
        inner = _invariant_views(op.input, loop)
        return None if inner is None else [*inner, op]
    if isinstance(op, T.SelectOp) and op.parent_op() is loop and not defined_inside(op.index, loop):
        inner = _invariant_views(op.source, loop)  # w[k] of a stacked weight, k a constant
        return None if inner is None else [*inner, op]
    return None


def _move_before(view: Operation, loop: scf.ForOp) -> None:
    """A view of values defined before `loop` moves before it; a select remembers it was read in the loop."""
    view.detach()
    Rewriter.insert_op(view, InsertPoint.before(loop))
    if isinstance(view, T.SelectOp):
        view.attributes[READ_IN_LOOP_ATTR] = UnitAttr()


def _hoist(m: S.MatmulOp, loop: scf.ForOp) -> bool:
    sel = m.lhs.owner
    if not (isinstance(sel, T.SelectOp) and sel.index is loop.body.block.args[0]):
        return False
    x = sel.source
    d = sel.dim.value.data
    if defined_inside(x, loop) or d >= _rank(x) - 1 or _rank(m.rhs) > 2:
        return False
    views = _invariant_views(m.rhs, loop)
    if views is None:
        return False
    for v in views:  # W.T and the like move before the loop with the product
        _move_before(v, loop)
    big = S.MatmulOp(x, m.rhs)
    big.attributes.update(m.attributes)
    Rewriter.insert_op(big, InsertPoint.before(loop))
    step = T.SelectOp(big.result, d, sel.index)
    step.attributes.update(sel.attributes)
    Rewriter.replace_op(m, step)
    if not sel.result.uses:
        Rewriter.erase_op(sel)
    return True


@registry.register
@dataclass(frozen=True)
class HoistStepMatmuls(ModulePass):
    name = "hoist-step-matmuls"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for loop in [o for o in op.walk() if isinstance(o, scf.ForOp)]:
            for m in [o for o in loop.body.block.ops if isinstance(o, S.MatmulOp)]:
                _hoist(m, loop)
            for view in [o for o in loop.body.block.ops if isinstance(o, (S.PermuteOp, T.SelectOp))]:
                if all(not defined_inside(o, loop) for o in view.operands):  # W.T, w[k]: once, before the loop
                    _move_before(view, loop)
