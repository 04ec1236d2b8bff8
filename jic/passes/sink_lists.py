"""Lists a sunk loop fills: the buffer is allocated on the host before the kernel, each thread stores its elements.

sink-loops-into-kernels asks this module about the loop's list slots: a carried
value that starts as `jic.stack_init`, gets one `jic.stack_insert` of the step's
item at index t per step, and is yielded back. Such a slot is no loop state, so a
loop whose real state sinks sinks with it, when each item has the state's shape
and is computed at each thread's own element (the dependence analysis checks it):

    %e = jic.stack_init {jic.count = "x.1"}              %buf = jic.stack_alloc(%T, %B, %H) {dim = 1}
    %r:2 = scf.for %t = %c0 to %T ... iter_args(         %h = "jic.kernel"(%B, %H) ({
        %h = %h0, %acc = %e) {                     ->    ^bb0(%i: index, %j: index):
      %n = jic.tanh ...                                    ... scf.for %t ... {
      %acc2 = jic.stack_insert %acc, %n, %t, %T              %n = math.tanh ...
      scf.yield %n, %acc2                                    jic.stack_store %n, %buf[%t, %i, %j]
    }                                                    ...
    %y = jic.stack_result %r#1 {dim = 1}                 %y = jic.stack_result %buf {dim = 1}

An item `h.unsqueeze(1)` (for `torch.cat(outs, 1)`) is h stored with index 0 at
its new dim. The host knows the buffer's size before the kernel (the loop's trip count and the
item's shape), and allocates it in the layout of its `torch.stack` (`dim`), so the
stacked result is contiguous as in eager.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects import arith, cf, scf
from xdsl.dialects.builtin import UnitAttr
from xdsl.ir import Operation, SSAValue
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir.list_ops import StackAllocOp, StackInitOp, StackInsertOp, StackResultOp
from jic.ir.view_ops import ViewOp
from jic.passes.infer_shapes import LIMITATION_ATTR
from jic.passes.shapes import DimMaterializer, Shape, loc_of, set_shape, shape_of


@dataclass
class ListSlot:
    pos: int  # among the loop's carried values
    init: StackInitOp
    insert: StackInsertOp
    item: SSAValue  # what each thread computes: the appended tensor, or what it is an unsqueeze of
    unsqueezed: tuple[int, ...] = ()  # the item's size-1 dims added by `h.unsqueeze(d)` (stored at index 0)
    views: tuple[Operation, ...] = ()  # those unsqueeze views, in the loop body


def _peel_unsqueezes(item: SSAValue) -> tuple[SSAValue, tuple[int, ...], tuple[Operation, ...]]:
    """`h.unsqueeze(1)` appended (for a later torch.cat): the item is h, with a size-1 dim at 1."""
    dims: list[int] = []
    views: list[Operation] = []
    op = item.owner
    while isinstance(op, ViewOp) and op.kind.data == "unsqueeze" and sum(1 for _ in op.result.uses) == 1:
        d = op.int_args[0]
        dims.append(d if d >= 0 else d + len(op.result.type.get_shape()))  # type: ignore[attr-defined]
        views.append(op)
        item = op.source
        op = item.owner
    return item, tuple(reversed(dims)), tuple(views)


def list_slots(loop: scf.ForOp) -> list[ListSlot] | None:
    """The loop's list slots; None if one of them is not in the form above (the loop then stays on the host)."""
    body = loop.body.block
    y = body.last_op
    assert isinstance(y, scf.YieldOp)
    slots = []
    for k, init in enumerate(loop.iter_args):
        if not isinstance(init.owner, StackInitOp):
            continue
        carried, new = body.args[k + 1], y.operands[k]
        ins = new.owner
        if not (
            isinstance(ins, StackInsertOp)
            and ins.parent_block() is body
            and ins.acc is carried
            and ins.index is body.args[0]
            and sum(1 for _ in carried.uses) == 1
            and sum(1 for _ in new.uses) == 1
        ):
            return None
        item, unsqueezed, views = _peel_unsqueezes(ins.item)
        slots.append(ListSlot(k, init.owner, ins, item, unsqueezed, views))
    return slots


def store_indices(slot: ListSlot, t: SSAValue, idx: tuple[SSAValue, ...], zero: SSAValue) -> list[SSAValue]:
    """Where a thread's element of step t's item goes in the buffer: (t, *idx), with 0 at the unsqueezed dims."""
    out = list(idx)
    for d in slot.unsqueezed:  # innermost first, as they were applied
        out.insert(d, zero)
    return [t, *out]


def fits(slots: list[ListSlot], space: Shape) -> bool:
    """Every item has the rank of the kernel's iteration space (its sizes are checked by `check_sizes`)."""
    return all(len(shape_of(s.item)) == len(space) for s in slots)


def check_sizes(loop: scf.ForOp, slots: list[ListSlot], space: Shape, dims: DimMaterializer) -> None:
    """Host checks, before the loop, that each item has the state's sizes (one element per thread); where the
    shapes are not the same symbols (the item broadcasts from smaller inputs) and the item is not the new state
    (infer-shapes checks that one). Failing one means "jic cannot run these sizes": the call runs eagerly."""
    y = loop.body.block.last_op
    assert y is not None
    yielded_state = {v for k, v in enumerate(y.operands) if k not in {s.pos for s in slots}}
    for slot in slots:
        if slot.item in yielded_state:
            continue
        for d, (want, got) in enumerate(zip(space, shape_of(slot.item))):
            if want == got:
                continue
            msg = (
                f"{loc_of(slot.insert)}: a list item of size {got} along dim {d} where the loop's state has {want};"
                " jic fills a list in the loop's kernel only with items of the state's shape"
            )
            eq = arith.CmpiOp(dims.get(want, loop, msg), dims.get(got, loop, msg), "eq")
            Rewriter.insert_op(eq, InsertPoint.before(loop))
            check = cf.AssertOp(eq.result, msg)
            check.attributes[LIMITATION_ATTR] = UnitAttr()
            Rewriter.insert_op(check, InsertPoint.before(loop))


def _layout_dim(loop: scf.ForOp, slot: ListSlot) -> int:
    """The dim the list is stacked along after the loop (0 if it is used otherwise)."""
    dims = {
        u.operation.dim.value.data if isinstance(u.operation, StackResultOp) else 0 for u in loop.res[slot.pos].uses
    }
    return dims.pop() if len(dims) == 1 else 0


def allocate(loop: scf.ForOp, slot: ListSlot, dims: DimMaterializer) -> SSAValue:
    """The buffer, allocated before the loop with its size (count, *item)."""
    shape = shape_of(slot.insert.results[0])
    sizes = [dims.get(d, loop) for d in shape]
    op = StackAllocOp(sizes, slot.init.result.type, _layout_dim(loop, slot))
    set_shape(op, shape)
    if "loc" in slot.insert.attributes:
        op.attributes["loc"] = slot.insert.attributes["loc"]
    Rewriter.insert_op(op, InsertPoint.before(loop))
    return op.result


def erase_inits(slots: list[ListSlot]) -> None:
    for s in slots:
        init: Operation = s.init
        if not init.results[0].uses:
            Rewriter.erase_op(init)
