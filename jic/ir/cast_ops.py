"""Casts and tensors made from a value: `x.to(dtype)`, `full_like(x, v)`, `torch.tensor(v)`.

    %y = jic.cast %x : tensor<?x?xf32> -> tensor<?x?xi64>
    %z = jic.full_like %x, %v : tensor<?x?xf32>, f64 -> tensor<?x?xbf16>

Both are elementwise over the shape of `%x` (full_like never reads `%x`'s
elements), so they fuse like any other pointwise op. Conversions follow
PyTorch's (C++ static_cast): float -> int truncates toward zero, anything -> bool
is `!= 0` (NaN is true), half types convert through float32.
"""

from __future__ import annotations

from xdsl.dialects.builtin import TensorType
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.irdl import irdl_op_definition, operand_def, result_def, traits_def
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from jic.ir import dtypes
from jic.ir.tensor_ops import ElementwiseOp


def _rank(t: Attribute) -> int:
    return len(t.get_shape()) if isinstance(t, TensorType) else 0


@irdl_op_definition
class CastOp(ElementwiseOp):
    """%y = jic.cast %x : tensor<?xf32> -> tensor<?xbf16>"""

    name = "jic.cast"
    operand = operand_def(TensorType)
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$operand attr-dict `:` type($operand) `->` type($result)"

    def __init__(self, operand: SSAValue | Operation, elem: Attribute):
        v = SSAValue.get(operand)
        super().__init__(operands=[v], result_types=[dtypes.tensor_type(elem, _rank(v.type))])

    def verify_(self) -> None:
        if _rank(self.operand.type) != _rank(self.result.type):
            raise VerifyException("jic.cast: the result must have the operand's rank")


@irdl_op_definition
class FullLikeOp(ElementwiseOp):
    """%z = jic.full_like %x, %v : tensor<?x?xf32>, f64 -> tensor<?x?xi32>"""

    name = "jic.full_like"
    like = operand_def(TensorType)
    value = operand_def()
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$like `,` $value attr-dict `:` type($like) `,` type($value) `->` type($result)"

    def __init__(self, like: SSAValue | Operation, value: SSAValue | Operation, elem: Attribute):
        x = SSAValue.get(like)
        super().__init__(operands=[x, value], result_types=[dtypes.tensor_type(elem, _rank(x.type))])

    def verify_(self) -> None:
        if isinstance(self.value.type, TensorType):
            raise VerifyException("jic.full_like: the fill value must be a scalar")
        if _rank(self.like.type) != _rank(self.result.type):
            raise VerifyException("jic.full_like: the result must have the rank of the tensor it is like")
