"""Element types: torch dtypes <-> xDSL builtin types, and PyTorch's type promotion.

The jic dialect has no element types of its own: a tensor value is a builtin
`tensor<?x?xf32>` and a Python scalar is a builtin `f64` (float), `i64` (int) or
`i1` (bool), exactly like a 0-d "wrapped number" in PyTorch's promotion rules.
"""

from __future__ import annotations

import torch
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    BFloat16Type,
    Float16Type,
    Float32Type,
    Float64Type,
    IndexType,
    IntegerType,
    TensorType,
    f32,
    f64,
    i1,
    i32,
    i64,
)
from xdsl.ir import Attribute

TORCH_TO_IR: dict[torch.dtype, Attribute] = {
    torch.float32: f32,
    torch.float64: f64,
    torch.float16: Float16Type(),
    torch.bfloat16: BFloat16Type(),
    torch.int64: i64,
    torch.int32: i32,
    torch.bool: i1,
}
IR_TO_TORCH: dict[Attribute, torch.dtype] = {v: k for k, v in TORCH_TO_IR.items()}

# What the code generator computes in today; the rest of the table is issue-4 work.
SUPPORTED_TENSOR_DTYPES = (torch.float32, torch.float64)

FLOAT_TYPES = (Float16Type, BFloat16Type, Float32Type, Float64Type)


def is_float(t: Attribute) -> bool:
    return isinstance(t, FLOAT_TYPES)


def is_int(t: Attribute) -> bool:
    return isinstance(t, (IntegerType, IndexType))


def element_type(t: Attribute) -> Attribute:
    """The element type of a tensor type, or the type itself for a scalar."""
    return t.element_type if isinstance(t, TensorType) else t


def tensor_type(elem: Attribute, rank: int) -> TensorType:
    """A tensor type of the given rank whose sizes are all run-time values."""
    return TensorType(elem, [DYNAMIC_INDEX] * rank)


def torch_dtype(t: Attribute) -> torch.dtype:
    return IR_TO_TORCH[element_type(t)]


def _category(t: Attribute) -> int:
    # bool < integer < floating, as in c10's promoteTypes categories
    if t == i1:
        return 0
    if is_int(t):
        return 1
    return 2


def promote(a: Attribute, b: Attribute) -> Attribute:
    """Result element type of a binary op on two values (tensor or Python scalar).

    PyTorch's rule: a Python scalar takes part only through its category; if it is
    of a higher category than the tensor, the result is the default dtype of that
    category (float32 for float, int64 for int).
    """
    a_tensor, b_tensor = isinstance(a, TensorType), isinstance(b, TensorType)
    ea, eb = element_type(a), element_type(b)
    if isinstance(ea, IndexType):
        ea = i64
    if isinstance(eb, IndexType):
        eb = i64
    if a_tensor and b_tensor or not a_tensor and not b_tensor:
        return TORCH_TO_IR[torch.promote_types(IR_TO_TORCH[ea], IR_TO_TORCH[eb])]
    tensor_elem, scalar_elem = (ea, eb) if a_tensor else (eb, ea)
    if _category(scalar_elem) > _category(tensor_elem):
        return f32 if is_float(scalar_elem) else i64
    return tensor_elem


def true_divide_type(t: Attribute) -> Attribute:
    """`/` on integers gives the default float dtype."""
    return t if is_float(t) else f32


def result_rank(*types: Attribute) -> int:
    return max((len(t.get_shape()) for t in types if isinstance(t, TensorType)), default=0)
