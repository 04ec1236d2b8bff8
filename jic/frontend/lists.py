"""Lists that a loop grows: `outs.append(h)` in a `for` over `range(x.size(d))`, then `torch.stack(outs, dim)`
or `torch.cat(outs, dim)`.

The list becomes one buffer written in place, slice t at step t (jic/ir/list_ops.py),
never a Python list of T tensors; when the loop sinks into a kernel, the kernel
writes it (jic/passes/sink_lists.py). What this needs, checked with the reason given:
the loop counts 0, 1, ..., n-1 over a size of an argument (so the buffer has a
symbolic shape), appends one tensor per step on every path, never stops early,
and the list is empty before the loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch
from xdsl.dialects import arith
from xdsl.ir import Block, BlockArgument, SSAValue

from jic.frontend import emit
from jic.frontend.values import Const, GrowingList, List, Tensor, Value
from jic.ir import dtypes
from jic.ir.list_ops import StackInitOp, StackInsertOp, StackResultOp
from jic.ir.tensor_ops import DimOp

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter


def grown(outer: dict[str, Value], end: dict[str, Value]) -> dict[str, Tensor]:
    """Names whose list gained one tensor in an iteration: name -> the appended item."""
    out = {}
    for name, v in outer.items():
        new = end.get(name)
        if isinstance(v, List) and isinstance(new, List) and new is not v and len(new.items) == len(v.items) + 1:
            if all(a is b for a, b in zip(v.items, new.items)) and isinstance(new.items[-1], Tensor):
                out[name] = new.items[-1]
    return out


def _count_dim(interp: Interpreter, lb: SSAValue, ub: SSAValue, step: Value, what: str) -> str:
    def const(v: SSAValue) -> int | None:
        op = v.owner
        if isinstance(op, arith.ConstantOp):
            return op.value.value.data  # type: ignore[union-attr]
        return None

    op = ub.owner
    src = op.source if isinstance(op, DimOp) else None
    if (
        const(lb) != 0
        or not (isinstance(step, Const) and step.value == 1)
        or not isinstance(src, BlockArgument)
        or src.block is not interp.entry
    ):
        raise interp.unsupported(
            f"growing the list '{what}' in this loop",
            "the loop must run `for t in range(x.size(d))` over an argument's size to give the list one buffer",
        )
    return f"{src.name_hint}.{op.dim.value.data}"  # type: ignore[union-attr]


def init(
    interp: Interpreter, name: str, outer: List, item: Tensor, lb: SSAValue, ub: SSAValue, step: Value
) -> SSAValue:
    """The empty buffer that list `name` becomes before the loop."""
    if outer.items:
        raise interp.unsupported(f"growing the list '{name}' in a loop", "only a list that is empty before the loop")
    count = _count_dim(interp, lb, ub, step, name)
    t = item.type
    buffer_type = dtypes.tensor_type(t.element_type, len(t.get_shape()) + 1)  # all sizes dynamic (`?`)
    return interp.emit(StackInitOp(buffer_type, count)).results[0]


def in_body(acc: SSAValue, ub: SSAValue, count_dim: str, block: Block) -> GrowingList:
    return GrowingList(Tensor(acc), ub, count_dim, index=block.args[0])


def after_loop(result: SSAValue, lst: GrowingList) -> GrowingList:
    return GrowingList(Tensor(result), lst.count, lst.count_dim, done=True)


def append(interp: Interpreter, lst: GrowingList, item: Value) -> GrowingList:
    if lst.done or lst.index is None:
        raise interp.unsupported("appending to a list after the loop that grew it", "not supported yet")
    if lst.appended:
        raise interp.unsupported("a second append to the list in one step", "one append per step is supported")
    if not isinstance(item, Tensor) or item.type.element_type != lst.acc.type.element_type:
        raise interp.unsupported(f"appending {item.describe()} to a list of tensors", "every item must be alike")
    op = interp.emit(StackInsertOp(lst.acc.ssa, item.ssa, lst.index, lst.count, lst.count_dim))
    return GrowingList(Tensor(op.results[0]), lst.count, lst.count_dim, lst.index, appended=True)


def _list_and_dim(
    interp: Interpreter, what: str, args: list[Value], kwargs: dict[str, Value]
) -> tuple[GrowingList, int]:
    """The list grown in a loop and the constant `dim` of `torch.stack` / `torch.cat(list, dim=0)`."""
    if not args or not isinstance(args[0], GrowingList):
        raise interp.unsupported(f"{what} of a list known when compiling", "only lists grown in a loop yet")
    dim = args[1] if len(args) > 1 else kwargs.get("dim", Const(0))
    if not isinstance(dim, Const) or not isinstance(dim.value, int) or set(kwargs) - {"dim"} or len(args) > 2:
        raise interp.unsupported(f"{what} with these arguments", "a list and a constant dim are supported")
    return args[0], dim.value


def _normalized(interp: Interpreter, what: str, dim: int, rank: int) -> int:
    d = dim + rank if dim < 0 else dim
    if not 0 <= d < rank:
        raise interp.unsupported(f"{what} with dim={dim}", f"the dim must be in [{-rank}, {rank}) here")
    return d


def stack(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """torch.stack(list, dim=0) of a list grown in a loop: a view of its buffer."""
    lst, dim = _list_and_dim(interp, "torch.stack", args, kwargs)
    d = _normalized(interp, "torch.stack", dim, len(lst.acc.type.get_shape()))
    return Tensor(interp.emit(StackResultOp(lst.acc.ssa, d)).results[0], fresh=True)


def cat(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """torch.cat(list, dim=0) of a list grown in a loop: its stack along `dim` with the list dim and `dim`
    merged (`flatten(dim, dim + 1)`: a view of the buffer where its layout allows, else a copy, as reshape)."""
    if not args or not isinstance(args[0], GrowingList):
        raise interp.unsupported("torch.cat", "only of a list grown in a loop yet")
    lst, dim = _list_and_dim(interp, "torch.cat", args, kwargs)
    item_rank = len(lst.acc.type.get_shape()) - 1
    if item_rank == 0:
        raise interp.unsupported("torch.cat of 0-d tensors", "eager cannot concatenate zero-dimensional tensors")
    d = _normalized(interp, "torch.cat", dim, item_rank)
    stacked = Tensor(interp.emit(StackResultOp(lst.acc.ssa, d)).results[0], fresh=True)
    out = emit.view(interp, "flatten", stacked, [d, d + 1], "torch.cat")
    return Tensor(out.ssa, fresh=True)


ROUTES = {torch.stack: stack, torch.cat: cat}
