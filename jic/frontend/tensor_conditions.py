"""Branches on a tensor's value (`if h.mean() > 0:`): one device reduction, one host read, an IR branch.

The condition's 0-d tensor is computed by kernels as usual and read back by the
host (`jic.truth`, jic/ir/host_read_ops.py); the branch is an scf.if on that bit.
Inside a loop (`if err < tol: break`, `while err.max() > tol:`) the host reads it
at every step, as eager does: the loop steps on the host, each step's work fused
into kernels (sink_loops.py keeps a loop with a host read on the host).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.ir import SSAValue

from jic.frontend.values import Tensor
from jic.ir.host_read_ops import TruthOp

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter


def condition(interp: Interpreter, t: Tensor) -> SSAValue:
    if t.rank != 0:
        raise interp.unsupported(
            f"a branch on the value of a {t.rank}-d tensor", "only a 0-d tensor (`h.mean() > 0`) is read as a condition"
        )
    return interp.emit(TruthOp(t.ssa)).results[0]
