"""Tensor-level ops of the jic dialect: what the frontend emits.

Tensors are builtin `tensor<...>` values (immutable SSA values, sizes usually
`?`), Python scalars are `f64`/`i64`/`i1`, loop indices and sizes are `index`.
Loops and branches are xDSL's `scf` ops; scalar arithmetic is `arith`.
"""

from __future__ import annotations

from typing import ClassVar

from xdsl.dialects.builtin import I64, IndexType, IntegerAttr, TensorType
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    traits_def,
)
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from jic.ir import dtypes

# on an elementwise op that a Python `a op= b` made: its result must keep its first operand's shape
INPLACE_ATTR = "jic.inplace"


def _rank(t: Attribute) -> int:
    return len(t.get_shape()) if isinstance(t, TensorType) else 0


@irdl_op_definition
class DimOp(IRDLOperation):
    """The run-time size of one dimension of a tensor.

    %T = jic.dim %x[1] : tensor<?x?x?xf32>
    """

    name = "jic.dim"
    source = operand_def(TensorType)
    dim = prop_def(IntegerAttr[I64])
    result = result_def(IndexType)
    traits = traits_def(Pure())
    assembly_format = "$source `[` $dim `]` attr-dict `:` type($source)"

    def __init__(self, source: SSAValue | Operation, dim: int):
        super().__init__(operands=[source], properties={"dim": IntegerAttr(dim, 64)}, result_types=[IndexType()])

    def verify_(self) -> None:
        rank = _rank(self.source.type)
        if not 0 <= self.dim.value.data < rank:
            raise VerifyException(f"jic.dim: dim {self.dim.value.data} out of range for a tensor of rank {rank}")


@irdl_op_definition
class SelectOp(IRDLOperation):
    """`x[:, t]`: the slice at `index` along `dim`; the result has one dim less.

    %xt = jic.select %x[1 = %t] : tensor<?x?x?xf32> -> tensor<?x?xf32>
    """

    name = "jic.select"
    source = operand_def(TensorType)
    index = operand_def(IndexType)
    dim = prop_def(IntegerAttr[I64])
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$source `[` $dim `=` $index `]` attr-dict `:` type($source) `->` type($result)"

    def __init__(self, source: SSAValue | Operation, dim: int, index: SSAValue | Operation):
        src = SSAValue.get(source)
        assert isinstance(src.type, TensorType)
        rtype = dtypes.tensor_type(src.type.element_type, _rank(src.type) - 1)
        super().__init__(operands=[src, index], properties={"dim": IntegerAttr(dim, 64)}, result_types=[rtype])

    def verify_(self) -> None:
        src, res = self.source.type, self.result.type
        assert isinstance(src, TensorType) and isinstance(res, TensorType)
        if not 0 <= self.dim.value.data < _rank(src):
            raise VerifyException(f"jic.select: dim {self.dim.value.data} out of range for rank {_rank(src)}")
        if _rank(res) != _rank(src) - 1 or res.element_type != src.element_type:
            raise VerifyException(
                f"jic.select: result {res} does not match source {src} less dim {self.dim.value.data}"
            )


class ElementwiseOp(IRDLOperation):
    """Base of the pointwise ops: numpy broadcasting of the tensor operands,
    Python scalars taking part by PyTorch's promotion rules.

    `FN` names the row of jic/ir/pointwise.py's table whose scalar semantics a
    named op has (jic.add is the "add" function, ...); passes read it as `fn_name`.
    """

    FN: ClassVar[str] = ""

    @property
    def fn_name(self) -> str:
        return self.FN

    def verify_(self) -> None:
        types = [o.type for o in self.operands]
        if not any(isinstance(t, TensorType) for t in types):
            raise VerifyException(f"{self.name}: needs at least one tensor operand, got {types}")
        res = self.results[0].type
        assert isinstance(res, TensorType)
        want_rank = dtypes.result_rank(*types)
        if _rank(res) != want_rank:
            raise VerifyException(f"{self.name}: result rank {_rank(res)}, expected {want_rank}")
        want = self.expected_element_type(*types)
        if res.element_type != want:
            raise VerifyException(f"{self.name}: result element type {res.element_type}, expected {want}")

    @classmethod
    def expected_element_type(cls, *types: Attribute) -> Attribute:
        raise NotImplementedError


class BinaryOp(ElementwiseOp):
    lhs = operand_def()
    rhs = operand_def()
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($result)"

    def __init__(self, lhs: SSAValue | Operation, rhs: SSAValue | Operation):
        lhs, rhs = SSAValue.get(lhs), SSAValue.get(rhs)
        elem = self.expected_element_type(lhs.type, rhs.type)
        rtype = dtypes.tensor_type(elem, dtypes.result_rank(lhs.type, rhs.type))
        super().__init__(operands=[lhs, rhs], result_types=[rtype])

    @classmethod
    def expected_element_type(cls, *types: Attribute) -> Attribute:
        return dtypes.promote(*types)


@irdl_op_definition
class AddOp(BinaryOp):
    """%r = jic.add %a, %b : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>"""

    name = "jic.add"
    FN: ClassVar[str] = "add"


@irdl_op_definition
class SubOp(BinaryOp):
    """%r = jic.sub %a, %b : f64, tensor<?xf32> -> tensor<?xf32>"""

    name = "jic.sub"
    FN: ClassVar[str] = "sub"


@irdl_op_definition
class MulOp(BinaryOp):
    """%r = jic.mul %a, %b : f64, tensor<?x?xf32> -> tensor<?x?xf32>"""

    name = "jic.mul"
    FN: ClassVar[str] = "mul"


@irdl_op_definition
class DivOp(BinaryOp):
    """True division. %r = jic.div %a, %b : tensor<?xf32>, i64 -> tensor<?xf32>"""

    name = "jic.div"
    FN: ClassVar[str] = "div"

    @classmethod
    def expected_element_type(cls, *types: Attribute) -> Attribute:
        return dtypes.true_divide_type(dtypes.promote(*types))


class UnaryOp(ElementwiseOp):
    operand = operand_def(TensorType)
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$operand attr-dict `:` type($operand) `->` type($result)"
    # float-only math (tanh, exp, ...) turns integer inputs into the default float
    FLOAT_RESULT: ClassVar[bool] = True

    def __init__(self, operand: SSAValue | Operation):
        operand = SSAValue.get(operand)
        elem = self.expected_element_type(operand.type)
        super().__init__(operands=[operand], result_types=[dtypes.tensor_type(elem, _rank(operand.type))])

    @classmethod
    def expected_element_type(cls, *types: Attribute) -> Attribute:
        elem = dtypes.element_type(types[0])
        return dtypes.true_divide_type(elem) if cls.FLOAT_RESULT else elem


@irdl_op_definition
class TanhOp(UnaryOp):
    """%r = jic.tanh %a : tensor<?x?xf32> -> tensor<?x?xf32>"""

    name = "jic.tanh"
    FN: ClassVar[str] = "tanh"


@irdl_op_definition
class SigmoidOp(UnaryOp):
    """%r = jic.sigmoid %a : tensor<?x?xf32> -> tensor<?x?xf32>"""

    name = "jic.sigmoid"
    FN: ClassVar[str] = "sigmoid"


@irdl_op_definition
class ExpOp(UnaryOp):
    """%r = jic.exp %a : tensor<?x?xf32> -> tensor<?x?xf32>"""

    name = "jic.exp"
    FN: ClassVar[str] = "exp"


@irdl_op_definition
class ReluOp(UnaryOp):
    """%r = jic.relu %a : tensor<?x?xf32> -> tensor<?x?xf32>"""

    name = "jic.relu"
    FN: ClassVar[str] = "relu"
    FLOAT_RESULT: ClassVar[bool] = False


@irdl_op_definition
class NegOp(UnaryOp):
    """%r = jic.neg %a : tensor<?x?xf32> -> tensor<?x?xf32>"""

    name = "jic.neg"
    FN: ClassVar[str] = "neg"
    FLOAT_RESULT: ClassVar[bool] = False


ELEMENTWISE_OPS: tuple[type[ElementwiseOp], ...] = (
    AddOp,
    SubOp,
    MulOp,
    DivOp,
    TanhOp,
    SigmoidOp,
    ExpOp,
    ReluOp,
    NegOp,
)
