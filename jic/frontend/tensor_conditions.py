"""Branches on a tensor's value (`if h.mean() > 0:`): one device reduction, one host read, an IR branch.

Outside any loop the condition's 0-d tensor is computed by kernels as usual and
read back once by the host (`jic.truth`, jic/ir/host_read_ops.py); the branch is
an scf.if on that bit. Inside a loop (or a `while` whose condition it is) the host
would read the device at every step: that is refused, so the call runs eagerly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.ir import SSAValue

from jic.frontend.values import Tensor
from jic.ir.host_read_ops import TruthOp

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter


def condition(interp: Interpreter, t: Tensor) -> SSAValue:
    if any(f.loops or f.active_whiles for f in interp.frames):
        raise interp.unsupported(
            "a branch on a tensor's value inside a loop",
            "it would read the device at every step (`if h.mean() > 0:` compiles outside loops); "
            "jic runs the function eagerly",
        )
    if t.rank != 0:
        raise interp.unsupported(
            f"a branch on the value of a {t.rank}-d tensor", "only a 0-d tensor (`h.mean() > 0`) is read as a condition"
        )
    return interp.emit(TruthOp(t.ssa)).results[0]
