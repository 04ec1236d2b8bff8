"""Host steps that change a tensor's layout for the kernels that read it (run by jic/runtime/steps_layout.py).

jic.contiguous %w   ->  {"kind": "contiguous"}     r_out = r_w.contiguous()   (itself when already row-major)
"""

from __future__ import annotations

from jic.backend.host import ScheduleBuilder, lowers
from jic.ir.recurrent_ops import ContiguousOp
from jic.runtime.schedule import Record


@lowers(ContiguousOp)
def _contiguous(b: ScheduleBuilder, op: ContiguousOp) -> Record:
    return {"kind": "contiguous"}
