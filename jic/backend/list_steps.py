"""Host steps of the list-buffer ops (jic/ir/list_ops.py): one buffer, written in place.

    jic.stack_init              -> {"kind": "stack_init"}          r_out = None (the first insert allocates)
    jic.stack_insert acc, v, k  -> {"kind": "stack_insert"}        acc[k].copy_(v)
    jic.stack_result acc {dim}  -> {"kind": "stack_result", "dim"} acc.movedim(0, dim)    (a view)
    jic.stack_alloc(n, *sizes)  -> {"kind": "stack_alloc", "dim", "dtype"}   an empty buffer a kernel fills

Their Python is in jic/runtime/steps_lists.py.
"""

from __future__ import annotations

from jic.backend.host import ScheduleBuilder, lowers
from jic.ir import dtypes
from jic.ir.list_ops import StackAllocOp, StackInitOp, StackInsertOp, StackResultOp
from jic.runtime.schedule import Record


@lowers(StackInitOp)
def _init(b: ScheduleBuilder, op: StackInitOp) -> Record:
    return {"kind": "stack_init"}


@lowers(StackInsertOp)
def _insert(b: ScheduleBuilder, op: StackInsertOp) -> Record:
    return {"kind": "stack_insert"}  # in: acc, item, index, count


@lowers(StackResultOp)
def _result(b: ScheduleBuilder, op: StackResultOp) -> Record:
    return {"kind": "stack_result", "dim": op.dim.value.data}


@lowers(StackAllocOp)
def _alloc(b: ScheduleBuilder, op: StackAllocOp) -> Record:
    dt = str(dtypes.torch_dtype(op.result.type)).removeprefix("torch.")
    return {"kind": "stack_alloc", "dim": op.dim.value.data, "dtype": dt}  # in: the sizes
