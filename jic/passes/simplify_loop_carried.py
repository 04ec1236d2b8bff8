"""simplify-loop-carried: loop-carried values that need no carrying are taken out of the loop.

The frontend carries every local the body assigns, as Python does. Some of
them do not really change from one iteration to the next, and a carried scalar
would keep the loop from becoming a kernel:

- a value the body passes through unchanged:   `iter_args(%k = %k0)`, `scf.yield %k`
- the same constant again:                      `k = 2` before the loop and in it
- the loop variable itself, defined before the loop (`t = 0; for t in range(n)`):
  after the loop it is the last index, or its old value if the loop did not run:
  `%t_after = arith.select (ub > lb), (lb + ((ub - lb - 1) / step) * step), %t0`

    %r:2 = scf.for %i = %lb to %ub step %c1 iter_args(%h = %h0, %t = %t0) -> (tensor<?x?xf32>, index) {
      ...
      scf.yield %n, %i
    }
  ->
    %r = scf.for %i = %lb to %ub step %c1 iter_args(%h = %h0) -> (tensor<?x?xf32>) { ... scf.yield %n }
    %t_after = arith.select ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, scf
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.passes import registry


def _same_constant(a: SSAValue, b: SSAValue) -> bool:
    oa, ob = a.owner, b.owner
    return isinstance(oa, arith.ConstantOp) and isinstance(ob, arith.ConstantOp) and oa.value == ob.value


def _last_index(loop: scf.ForOp, init: SSAValue) -> SSAValue:
    """The induction variable's value after the loop, or `init` if it runs zero times."""
    ops = []

    def add(op):  # type: ignore[no-untyped-def]
        ops.append(op)
        return op.result

    one = add(arith.ConstantOp.from_int_and_width(1, loop.lb.type))
    span = add(arith.SubiOp(add(arith.SubiOp(loop.ub, loop.lb)), one))
    last = add(arith.AddiOp(loop.lb, add(arith.MuliOp(add(arith.DivSIOp(span, loop.step)), loop.step))))
    ran = add(arith.CmpiOp(loop.lb, loop.ub, "slt"))
    after = add(arith.SelectOp(ran, last, init))
    Rewriter.insert_op(ops, InsertPoint.after(loop))
    return after


def simplify(loop: scf.ForOp) -> bool:
    body = loop.body.block
    y = body.last_op
    assert isinstance(y, scf.YieldOp)
    iv = body.args[0]
    keep: list[int] = []
    replacements: dict[int, SSAValue] = {}
    for i, (init, arg, new) in enumerate(zip(loop.iter_args, body.args[1:], y.arguments)):
        if new is arg or _same_constant(new, init):
            replacements[i] = init  # the same value in every iteration and after the loop
        elif new is iv and not arg.uses:
            replacements[i] = _last_index(loop, init)
        else:
            keep.append(i)
    if not replacements:
        return False
    # inside the body, a value that does not change is its initial value
    for i, v in replacements.items():
        if v is loop.iter_args[i]:
            body.args[i + 1].replace_all_uses_with(v)
    for i, v in replacements.items():
        loop.res[i].replace_all_uses_with(v)
    drop_carried(loop, keep)
    return True


def drop_carried(
    loop: scf.ForOp, keep: list[int], erase_unused: Callable[[Operation], bool] | None = None
) -> scf.ForOp:
    """`loop` rebuilt carrying only the values at `keep`, in place of it; the others' results and block arguments
    must be unused by then, except by ops for which `erase_unused(op)` is true and whose results nothing reads
    once the others' yields are gone: those are erased."""
    body = loop.body.block
    y = body.last_op
    iv = body.args[0]
    Rewriter.replace_op(y, scf.YieldOp(*(y.arguments[i] for i in keep)))
    if erase_unused is not None:
        for op in reversed(list(body.ops)):
            if erase_unused(op) and not any(r.uses for r in op.results):
                Rewriter.erase_op(op)
    new_block = Block(arg_types=[iv.type, *(loop.iter_args[i].type for i in keep)])
    iv.replace_all_uses_with(new_block.args[0])
    for j, i in enumerate(keep):
        body.args[i + 1].replace_all_uses_with(new_block.args[j + 1])
    for op in list(body.ops):
        op.detach()
        new_block.add_op(op)
    new_loop = scf.ForOp(loop.lb, loop.ub, loop.step, [loop.iter_args[i] for i in keep], Region(new_block))
    new_loop.attributes.update(loop.attributes)
    Rewriter.insert_op(new_loop, InsertPoint.before(loop))
    for j, i in enumerate(keep):
        loop.res[i].replace_all_uses_with(new_loop.res[j])
    Rewriter.erase_op(loop)
    return new_loop


@registry.register
@dataclass(frozen=True)
class SimplifyLoopCarried(ModulePass):
    name = "simplify-loop-carried"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for loop in [o for o in op.walk() if isinstance(o, scf.ForOp)][::-1]:  # inner loops first
            simplify(loop)
