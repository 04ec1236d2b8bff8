"""Host steps of the host reads (jic/ir/host_read_ops.py):

    jic.truth %p          -> {"kind": "truth"}                 r_out = bool(r_p)
    jic.unbox %e : f64    -> {"kind": "unbox", "as": "float"}  r_out = float(r_e)   (int for index, bool for i1)

Their Python is in jic/runtime/steps.py.
"""

from __future__ import annotations

from xdsl.dialects.builtin import IndexType, f64

from jic.backend.host import ScheduleBuilder, lowers
from jic.ir.host_read_ops import TruthOp, UnboxOp
from jic.runtime.schedule import Record


@lowers(TruthOp)
def _truth(b: ScheduleBuilder, op: TruthOp) -> Record:
    return {"kind": "truth"}  # in: the 0-d tensor


@lowers(UnboxOp)
def _unbox(b: ScheduleBuilder, op: UnboxOp) -> Record:
    t = op.result.type
    return {"kind": "unbox", "as": "float" if t == f64 else "int" if isinstance(t, IndexType) else "bool"}
