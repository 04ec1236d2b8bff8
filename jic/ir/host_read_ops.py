"""A tensor's value read by the host: the condition of a branch on a tensor outside any loop.

    %m = jic.mean %h ... : tensor<?x?xf32> -> tensor<f32>
    %p = jic.gt %m, %c0 ... : tensor<f32>, f64 -> tensor<i1>
    %c = jic.truth %p : tensor<i1> -> i1             (`bool(p)`: one device-to-host read, a sync)
    scf.if %c { ... } else { ... }

Only at the top level of a function: in a loop it would read the device at every
step, so the frontend refuses that (the call runs eagerly, one warning).
"""

from __future__ import annotations

from xdsl.dialects.builtin import TensorType, i1
from xdsl.ir import SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, operand_def, result_def
from xdsl.utils.exceptions import VerifyException


@irdl_op_definition
class TruthOp(IRDLOperation):
    """Python's truth of a one-element (0-d) tensor, read on the host.

    %c = jic.truth %p : tensor<i1> -> i1
    """

    name = "jic.truth"
    source = operand_def(TensorType)
    result = result_def(i1)
    assembly_format = "$source attr-dict `:` type($source) `->` type($result)"

    def __init__(self, source: SSAValue):
        super().__init__(operands=[source], result_types=[i1])

    def verify_(self) -> None:
        t = self.source.type
        assert isinstance(t, TensorType)
        if t.get_shape():
            raise VerifyException(f"jic.truth: a 0-d tensor is read as a condition, not {t}")


HOST_READ_OPS = (TruthOp,)
