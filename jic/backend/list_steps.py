"""Host steps of the list-buffer ops (jic/ir/list_ops.py): one buffer, written in place.

jic.stack_init              -> r[out] = None (the first insert allocates: the item's size is known then)
jic.stack_insert acc, v, k  -> acc[k].copy_(v)
jic.stack_result acc {dim}  -> acc.movedim(0, dim)    (a view)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from xdsl.ir import Operation, SSAValue

from jic.ir.list_ops import StackInitOp, StackInsertOp, StackResultOp

Step = Callable[[list[Any]], None]


def build(op: Operation, regs: dict[SSAValue, int]) -> Step | None:
    if isinstance(op, StackInitOp):
        out = regs[op.result]
        return lambda r: r.__setitem__(out, None)
    if isinstance(op, StackInsertOp):
        acc, item, idx, count, out = (regs[v] for v in (op.acc, op.item, op.index, op.count, op.result))

        def insert(r: list[Any]) -> None:
            buf, v = r[acc], r[item]
            if buf is None:
                buf = v.new_empty((r[count], *v.shape))
            buf[r[idx]].copy_(v)
            r[out] = buf

        return insert
    if isinstance(op, StackResultOp):
        from jic.backend.host import SizeLimitation

        acc, out, d = regs[op.acc], regs[op.result], op.dim.value.data

        def result(r: list[Any]) -> None:
            if r[acc] is None:  # no step ran: eager's torch.stack([]) raises its own error
                raise SizeLimitation("torch.stack of a list that no loop step appended to")
            r[out] = r[acc].movedim(0, d)

        return result
    return None
