"""Structured tensor ops of the jic dialect: ops whose elements read other elements.

Elementwise ops (tensor_ops.py) compute element `i` of their result from element
`i` of their operands. The ops here do not, and that is what the dependence
analysis (jic/passes/dependence.py) and the kernel generators look at:

- `jic.reduce`: sum/prod/max/min/argmax/argmin/logsumexp over some dims;
- `jic.matmul`: torch.matmul's shape rules (1-d, 2-d, batched with broadcasting);
- `jic.roll`: torch.roll by constant shifts along dims (periodic shift);
- `jic.permute`: a permutation of dims (`.T`, `.transpose(a, b)`, `.permute(...)`), a view.

The frontend decomposes the rest (mean, var, std, norm, softmax, log_softmax, linear, addmm) into these and
elementwise ops; `jic.sqrt`, `jic.log` and `jic.abs` exist for those decompositions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from xdsl.dialects.builtin import I64, ArrayAttr, IntegerAttr, StringAttr, TensorType, i64
from xdsl.ir import SSAValue
from xdsl.irdl import (
    IRDLOperation,
    ParsePropInAttrDict,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    traits_def,
)
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from jic.ir import dtypes
from jic.ir import tensor_ops as T


def _rank(v: SSAValue) -> int:
    t = v.type
    return len(t.get_shape()) if isinstance(t, TensorType) else 0


def _ints(values: Sequence[int]) -> ArrayAttr:
    return ArrayAttr([IntegerAttr(int(v), 64) for v in values])


def ints_of(attr: ArrayAttr) -> tuple[int, ...]:
    return tuple(a.value.data for a in attr.data)  # type: ignore[attr-defined]


REDUCE_KINDS = ("sum", "prod", "max", "min", "argmax", "argmin", "logsumexp")
INDEX_KINDS = ("argmax", "argmin")


@irdl_op_definition
class ReduceOp(IRDLOperation):
    """A reduction over `dims` (sorted, non-negative); reduced dims stay as size 1 with keepdim.

    %s = jic.reduce %x {dims = [1 : i64], keepdim = 0 : i64, kind = "sum"} : tensor<?x?xf32> -> tensor<?xf32>

    argmax/argmin give int64 indices (row-major over the reduced dims, as torch's flattened argmax);
    max/min/argmax/argmin propagate NaN like torch.
    """

    name = "jic.reduce"
    input = operand_def(TensorType)
    kind = prop_def(StringAttr)
    dims = prop_def(ArrayAttr)
    keepdim = prop_def(IntegerAttr[I64])
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `->` type($result)"
    irdl_options = (ParsePropInAttrDict(),)

    def __init__(self, input: SSAValue, kind: str, dims: Sequence[int], keepdim: bool):
        x = SSAValue.get(input)
        rank = _rank(x)
        elem = i64 if kind in INDEX_KINDS else dtypes.element_type(x.type)
        out_rank = rank if keepdim else rank - len(dims)
        super().__init__(
            operands=[x],
            result_types=[dtypes.tensor_type(elem, out_rank)],
            properties={
                "kind": StringAttr(kind),
                "dims": _ints(sorted(dims)),
                "keepdim": IntegerAttr(int(keepdim), 64),
            },
        )

    @property
    def reduced(self) -> tuple[int, ...]:
        return ints_of(self.dims)

    @property
    def keeps_dims(self) -> bool:
        return bool(self.keepdim.value.data)

    def verify_(self) -> None:
        kind = self.kind.data
        if kind not in REDUCE_KINDS:
            raise VerifyException(f"jic.reduce: kind {kind!r}, expected one of {REDUCE_KINDS}")
        rank = _rank(self.input)
        dims = self.reduced
        if list(dims) != sorted(set(dims)) or any(not 0 <= d < rank for d in dims):
            raise VerifyException(f"jic.reduce: dims {list(dims)} are not sorted distinct dims of rank {rank}")
        want = rank if self.keeps_dims else rank - len(dims)
        if _rank(self.result) != want:
            raise VerifyException(f"jic.reduce: result rank {_rank(self.result)}, expected {want}")
        want_elem = i64 if kind in INDEX_KINDS else dtypes.element_type(self.input.type)
        if dtypes.element_type(self.result.type) != want_elem:
            raise VerifyException(f"jic.reduce: result element type {self.result.type}, expected {want_elem}")


def matmul_rank(a: int, b: int) -> int:
    """Result rank of torch.matmul on operands of ranks a and b (both >= 1)."""
    if a == 1 and b == 1:
        return 0
    if b == 1:
        return a - 1
    if a == 1:
        return b - 1
    return max(a, b)


@irdl_op_definition
class MatmulOp(IRDLOperation):
    """torch.matmul: (..., n, k) @ (..., k, m) -> (..., n, m), batch dims broadcast; 1-d operands as in torch.

    %c = jic.matmul %a, %b : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
    """

    name = "jic.matmul"
    lhs = operand_def(TensorType)
    rhs = operand_def(TensorType)
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($result)"

    def __init__(self, lhs: SSAValue, rhs: SSAValue):
        a, b = SSAValue.get(lhs), SSAValue.get(rhs)
        elem = dtypes.element_type(a.type)
        super().__init__(operands=[a, b], result_types=[dtypes.tensor_type(elem, matmul_rank(_rank(a), _rank(b)))])

    def verify_(self) -> None:
        ra, rb = _rank(self.lhs), _rank(self.rhs)
        if ra < 1 or rb < 1:
            raise VerifyException(f"jic.matmul: operands must be at least 1-d, got ranks {ra} and {rb}")
        ea, eb = dtypes.element_type(self.lhs.type), dtypes.element_type(self.rhs.type)
        if ea != eb:
            raise VerifyException(f"jic.matmul: operand element types {ea} and {eb} differ")
        if _rank(self.result) != matmul_rank(ra, rb) or dtypes.element_type(self.result.type) != ea:
            raise VerifyException(f"jic.matmul: result {self.result.type} does not match operands")


@irdl_op_definition
class RollOp(IRDLOperation):
    """torch.roll with constant shifts: out[.., i, ..] = x[.., (i - shift) mod n, ..] along each dim.

    %r = jic.roll %u {dims = [1 : i64], shifts = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    """

    name = "jic.roll"
    input = operand_def(TensorType)
    shifts = prop_def(ArrayAttr)
    dims = prop_def(ArrayAttr)
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `->` type($result)"
    irdl_options = (ParsePropInAttrDict(),)

    def __init__(self, input: SSAValue, shifts: Sequence[int], dims: Sequence[int]):
        x = SSAValue.get(input)
        super().__init__(operands=[x], result_types=[x.type], properties={"shifts": _ints(shifts), "dims": _ints(dims)})

    def verify_(self) -> None:
        rank = _rank(self.input)
        shifts, dims = ints_of(self.shifts), ints_of(self.dims)
        if len(shifts) != len(dims) or any(not 0 <= d < rank for d in dims):
            raise VerifyException(f"jic.roll: shifts {list(shifts)} and dims {list(dims)} do not fit rank {rank}")
        if self.result.type != self.input.type:
            raise VerifyException("jic.roll: the result type must be the input type")


@irdl_op_definition
class PermuteOp(IRDLOperation):
    """A view with permuted dims: result dim i is input dim perm[i].

    %t = jic.permute %w {perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    """

    name = "jic.permute"
    input = operand_def(TensorType)
    perm = prop_def(ArrayAttr)
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `->` type($result)"
    irdl_options = (ParsePropInAttrDict(),)

    def __init__(self, input: SSAValue, perm: Sequence[int]):
        x = SSAValue.get(input)
        super().__init__(operands=[x], result_types=[x.type], properties={"perm": _ints(perm)})

    @property
    def permutation(self) -> tuple[int, ...]:
        return ints_of(self.perm)

    def verify_(self) -> None:
        rank = _rank(self.input)
        if sorted(self.permutation) != list(range(rank)):
            raise VerifyException(f"jic.permute: {list(self.permutation)} is not a permutation of {rank} dims")


class _FloatUnary(T.UnaryOp):
    FLOAT_RESULT: ClassVar[bool] = True


@irdl_op_definition
class SqrtOp(_FloatUnary):
    """%r = jic.sqrt %a : tensor<?xf32> -> tensor<?xf32>"""

    name = "jic.sqrt"


@irdl_op_definition
class LogOp(_FloatUnary):
    """%r = jic.log %a : tensor<?xf32> -> tensor<?xf32>"""

    name = "jic.log"


@irdl_op_definition
class AbsOp(T.UnaryOp):
    """%r = jic.abs %a : tensor<?xf32> -> tensor<?xf32>"""

    name = "jic.abs"
    FLOAT_RESULT: ClassVar[bool] = False


STRUCTURED_OPS = (ReduceOp, MatmulOp, RollOp, PermuteOp)
DECOMPOSITION_MATH_OPS = (SqrtOp, LogOp, AbsOp)
