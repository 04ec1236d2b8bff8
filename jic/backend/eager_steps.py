"""The host step of a graph break: `jic.eager_call` -> {"kind": "eager"} (run by jic/runtime/steps_eager.py).

    %p = jic.eager_call %m {callee = "print", spec = ...}  ->  {"kind": "eager", "callee": "print",
                                                                 "spec": {...}, "tensors": [0], "where": "f.py:7"}

`tensors` lists the operands that are tensors: the step checks that the call left them unchanged.
"""

from __future__ import annotations

import json

from xdsl.dialects.builtin import TensorType

from jic.backend.host import ScheduleBuilder, lowers
from jic.ir.eager_ops import EagerCallOp
from jic.runtime.schedule import Record


@lowers(EagerCallOp)
def _eager_call(b: ScheduleBuilder, op: EagerCallOp) -> Record:
    loc = op.attributes.get("loc")
    return {
        "kind": "eager",
        "callee": op.callee.data,
        "spec": json.loads(op.spec.data),
        "tensors": [i for i, a in enumerate(op.args) if isinstance(a.type, TensorType)],
        "where": loc.data if loc is not None else "?",  # type: ignore[attr-defined]
    }
