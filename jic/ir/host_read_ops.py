"""A value read by the host: the condition of a branch on a tensor, or on what an eager call returned.

    %m = jic.mean %h ... : tensor<?x?xf32> -> tensor<f32>
    %p = jic.gt %m, %c0 ... : tensor<f32>, f64 -> tensor<i1>
    %c = jic.truth %p : tensor<i1> -> i1             (`bool(p)`: one device-to-host read, a sync)
    scf.if %c { ... } else { ... }

    %e = "jic.eager_call"(...) <{callee = "`<`"}> : (...) -> !jic.pyobj     (`err.item() < tol`)
    %c = jic.truth %e : !jic.pyobj -> i1             (`bool(e)` of the Python object)

    %n = jic.unbox %e : !jic.pyobj -> f64           (`err = d.abs().max().item()` carried by a loop, or
                                                    `h * s.item()`: the Python number as a scalar)

In a loop the read happens at every step (as eager's `if err < tol: break` does), so
the loop steps on the host: the reads are not ops a kernel's thread can run.
"""

from __future__ import annotations

from xdsl.dialects.builtin import Float64Type, IndexType, IntegerType, TensorType, f64, i1
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, operand_def, result_def
from xdsl.utils.exceptions import VerifyException

from jic.ir.eager_ops import PyObjectType


@irdl_op_definition
class TruthOp(IRDLOperation):
    """Python's truth of a one-element (0-d) tensor, or of a Python object, read on the host.

    %c = jic.truth %p : tensor<i1> -> i1
    %c = jic.truth %e : !jic.pyobj -> i1
    """

    name = "jic.truth"
    source = operand_def(TensorType | PyObjectType)
    result = result_def(i1)
    assembly_format = "$source attr-dict `:` type($source) `->` type($result)"

    def __init__(self, source: SSAValue):
        super().__init__(operands=[source], result_types=[i1])

    def verify_(self) -> None:
        t = self.source.type
        if isinstance(t, TensorType) and t.get_shape():
            raise VerifyException(f"jic.truth: a 0-d tensor is read as a condition, not {t}")


@irdl_op_definition
class UnboxOp(IRDLOperation):
    """A Python number an eager call returned (`.item()`) as a scalar: f64 for a float, index for an int,
    i1 for a bool (what `.item()` gives for the tensor's dtype).

    %n = jic.unbox %e : !jic.pyobj -> f64
    """

    name = "jic.unbox"
    source = operand_def(PyObjectType)
    result = result_def(Float64Type | IndexType | IntegerType)
    assembly_format = "$source attr-dict `:` type($source) `->` type($result)"

    def __init__(self, source: SSAValue, result_type: Attribute):
        super().__init__(operands=[source], result_types=[result_type])

    def verify_(self) -> None:
        t = self.result.type
        if not (t == f64 or t == i1 or isinstance(t, IndexType)):
            raise VerifyException(f"jic.unbox: a Python number is f64, index or i1, not {t}")


HOST_READ_OPS = (TruthOp, UnboxOp)
