"""Shapes of the list-buffer ops (jic/ir/list_ops.py), for infer-shapes.

jic.stack_insert %acc, %h ... {jic.count = "x.1"}   -> (x.1, *shape(h)), also given to its jic.stack_init
jic.stack_result %acc {dim = d}                     -> shape(acc) with its first dim moved to d
"""

from __future__ import annotations

from xdsl.dialects import scf
from xdsl.ir import BlockArgument, Operation, SSAValue

from jic.ir import symdim
from jic.ir.list_ops import COUNT_ATTR, StackInitOp, StackInsertOp, StackResultOp
from jic.passes.shapes import set_shape, shape_of


def _init_of(v: SSAValue) -> StackInitOp | None:
    while isinstance(v, BlockArgument) and isinstance(v.block.parent_op(), scf.ForOp):
        v = v.block.parent_op().iter_args[v.index - 1]  # type: ignore[union-attr]
    return v.owner if isinstance(v.owner, StackInitOp) else None


def infer(op: Operation) -> None:
    if isinstance(op, StackInsertOp):
        count = symdim.parse(op.attributes[COUNT_ATTR].data)  # type: ignore[union-attr]
        shape = (count, *shape_of(op.item))
        set_shape(op, shape)
        init = _init_of(op.acc)
        if init is not None:
            set_shape(init, shape)
    elif isinstance(op, StackResultOp):
        s = shape_of(op.acc)
        d = op.dim.value.data
        set_shape(op, (*s[1 : d + 1], s[0], *s[d + 1 :]))
