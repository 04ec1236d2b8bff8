"""Element types: torch dtypes <-> xDSL builtin types, and PyTorch's type promotion.

The jic dialect has no element types of its own: a tensor value is a builtin
`tensor<?x?xf32>` and a Python scalar is a builtin `f64` (float), `i64`/`index`
(int) or `i1` (bool), exactly like a 0-d "wrapped number" in PyTorch's
promotion rules.

Promotion follows c10's `at::result_type`: operands are split into three
priority classes - tensors with dims, 0-d tensors, Python numbers - each class
promoted on its own, then a lower class only counts if it is of a higher
category (bool < integer < floating) than the classes above it. A Python float
that wins counts as the default dtype (float32).

float16 and bfloat16 are storage types: kernels compute each op in float32
(`compute_type`) and round its result to the tensor's dtype, as eager does.
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

f16 = Float16Type()
bf16 = BFloat16Type()

TORCH_TO_IR: dict[torch.dtype, Attribute] = {
    torch.float32: f32,
    torch.float64: f64,
    torch.float16: f16,
    torch.bfloat16: bf16,
    torch.int64: i64,
    torch.int32: i32,
    torch.bool: i1,
}
IR_TO_TORCH: dict[Attribute, torch.dtype] = {v: k for k, v in TORCH_TO_IR.items()}

# The tensor dtypes kernels load, compute in and store.
SUPPORTED_TENSOR_DTYPES = tuple(TORCH_TO_IR)
FLOAT_DTYPES = (torch.float32, torch.float64, torch.float16, torch.bfloat16)
INT_DTYPES = (torch.int32, torch.int64)
ALL_DTYPES = (*FLOAT_DTYPES, *INT_DTYPES, torch.bool)

FLOAT_TYPES = (Float16Type, BFloat16Type, Float32Type, Float64Type)
HALF_TYPES = (Float16Type, BFloat16Type)


def is_float(t: Attribute) -> bool:
    return isinstance(element_type(t), FLOAT_TYPES)


def is_half(t: Attribute) -> bool:
    return isinstance(element_type(t), HALF_TYPES)


def is_int(t: Attribute) -> bool:
    """Integers and bools (an `i1` is an integer to LLVM)."""
    return isinstance(element_type(t), (IntegerType, IndexType))


def is_bool(t: Attribute) -> bool:
    return element_type(t) == i1


def element_type(t: Attribute) -> Attribute:
    """The element type of a tensor type, or the type itself for a scalar."""
    return t.element_type if isinstance(t, TensorType) else t


def tensor_type(elem: Attribute, rank: int) -> TensorType:
    """A tensor type of the given rank whose sizes are all run-time values."""
    return TensorType(elem, [DYNAMIC_INDEX] * rank)


def torch_dtype(t: Attribute) -> torch.dtype:
    e = element_type(t)
    return torch.int64 if isinstance(e, IndexType) else IR_TO_TORCH[e]


def compute_type(t: Attribute) -> Attribute:
    """What kernels compute a value of element type `t` in: float32 for the half types."""
    e = element_type(t)
    if isinstance(e, IndexType):
        return i64
    return f32 if isinstance(e, HALF_TYPES) else e


def _category(dt: torch.dtype) -> int:
    # bool < integer < floating, as in c10's promoteTypes categories
    if dt == torch.bool:
        return 0
    return 2 if dt.is_floating_point else 1


def _promote(a: torch.dtype | None, b: torch.dtype) -> torch.dtype:
    return b if a is None else torch.promote_types(a, b)


def _combine(higher: torch.dtype | None, lower: torch.dtype | None) -> torch.dtype | None:
    """c10's combine_categories: a lower priority class counts only if of a higher category."""
    if higher is None:
        return lower
    if lower is None:
        return higher
    if higher.is_floating_point:
        return higher
    if higher == torch.bool or lower.is_floating_point:
        return torch.promote_types(higher, lower)
    return higher


def result_type(*types: Attribute) -> Attribute:
    """`torch.result_type` of operands given by their IR types.

    A tensor type of rank >= 1, a 0-d tensor type, or a scalar type (a Python
    number: f64 float, i64/index int, i1 bool).
    """
    dim: torch.dtype | None = None
    zero: torch.dtype | None = None
    wrapped: torch.dtype | None = None
    for t in types:
        dt = torch_dtype(t)
        if not isinstance(t, TensorType):
            wrapped = _promote(wrapped, torch.float32 if dt.is_floating_point else dt)
        elif t.get_shape():
            dim = _promote(dim, dt)
        else:
            zero = _promote(zero, dt)
    out = _combine(dim, _combine(zero, wrapped))
    assert out is not None, "result_type of no operands"
    return TORCH_TO_IR[out]


def promote(a: Attribute, b: Attribute) -> Attribute:
    """Result element type of a binary op on two values (tensor or Python scalar)."""
    return result_type(a, b)


def to_float(t: Attribute) -> Attribute:
    """Integers and bools become the default float dtype (true division, float-only math)."""
    return t if is_float(t) else f32


def true_divide_type(t: Attribute) -> Attribute:
    """`/` on integers gives the default float dtype."""
    return to_float(t)


def result_rank(*types: Attribute) -> int:
    return max((len(t.get_shape()) for t in types if isinstance(t, TensorType)), default=0)
