"""Host steps of the host reads (jic/ir/host_read_ops.py): jic.truth %p -> {"kind": "truth"}  r_out = bool(r_p).

Its Python is in jic/runtime/steps.py ("truth").
"""

from __future__ import annotations

from jic.backend.host import ScheduleBuilder, lowers
from jic.ir.host_read_ops import TruthOp
from jic.runtime.schedule import Record


@lowers(TruthOp)
def _truth(b: ScheduleBuilder, op: TruthOp) -> Record:
    return {"kind": "truth"}  # in: the 0-d tensor
