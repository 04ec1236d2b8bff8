"""Host steps for tensors made with torch: jic.view and jic.create (run by jic/runtime/steps_views.py).

jic.view "narrow" %x [1, RT, 3] (%s)   ->  {"kind": "view", "view": "narrow", "args": [1, RT, 3]}
jic.create "full"(%B, %H, %v)          ->  {"kind": "create", "create": "full", "dtype": "float32"}
"""

from __future__ import annotations

from jic.backend.host import ScheduleBuilder, lowers
from jic.ir import dtypes
from jic.ir.creation_ops import CreateOp
from jic.ir.view_ops import ViewOp
from jic.runtime.schedule import Record


@lowers(ViewOp)
def _view(b: ScheduleBuilder, op: ViewOp) -> Record:
    return {"kind": "view", "view": op.kind.data, "args": op.int_args}


@lowers(CreateOp)
def _create(b: ScheduleBuilder, op: CreateOp) -> Record:
    dt = str(dtypes.torch_dtype(op.result.type)).removeprefix("torch.")
    return {"kind": "create", "create": op.kind.data, "dtype": dt}
