"""Vector memory accesses inside kernels: `width` consecutive elements of a memref's last dim at once.

    %a, %b, %c, %d = jic.vector_load %x[%i, %t, %j0] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
    jic.vector_store (%a, %b, %c, %d), %out[%i, %j0] : (f32, f32, f32, f32), memref<?x?xf32, strided<[?, ?], offset: ?>>

The elements are `[..., j0]` to `[..., j0 + width - 1]`; the access is one 16-byte load or store, so the
kernel that holds it may only run where the last dim has stride 1 and the first element's address is a
multiple of the vector's size (the launcher checks; vectorize_inner.py makes such kernels).
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import IndexType, MemRefType
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import (
    AttrSizedOperandSegments,
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    var_operand_def,
    var_result_def,
)
from xdsl.utils.exceptions import VerifyException


def _check(name: str, m: SSAValue, indices: Sequence[SSAValue], values: Sequence[SSAValue | Attribute]) -> None:
    t = m.type
    assert isinstance(t, MemRefType)
    if len(indices) != len(t.get_shape()):
        raise VerifyException(f"{name}: {len(indices)} indices for a memref of rank {len(t.get_shape())}")
    types = [v if isinstance(v, Attribute) else v.type for v in values]
    if len(types) not in (2, 4) or any(ty != t.element_type for ty in types):
        raise VerifyException(f"{name}: expected 2 or 4 values of {t.element_type}, got {', '.join(map(str, types))}")


@irdl_op_definition
class VectorLoadOp(IRDLOperation):
    """`width` consecutive elements along the last dim, from the indexed one on."""

    name = "jic.vector_load"
    memref = operand_def(MemRefType)
    indices = var_operand_def(IndexType)
    res = var_result_def()
    assembly_format = "$memref `[` $indices `]` attr-dict `:` type($memref) `->` type($res)"

    def __init__(self, source: SSAValue, indices: Sequence[SSAValue], width: int):
        t = source.type
        assert isinstance(t, MemRefType)
        super().__init__(operands=[source, indices], result_types=[[t.element_type] * width])

    def verify_(self) -> None:
        _check(self.name, self.memref, self.indices, [r.type for r in self.res])


@irdl_op_definition
class VectorStoreOp(IRDLOperation):
    """Store `values` to consecutive elements along the last dim, from the indexed one on."""

    name = "jic.vector_store"
    values = var_operand_def()
    memref = operand_def(MemRefType)
    indices = var_operand_def(IndexType)
    irdl_options = (AttrSizedOperandSegments(as_property=True),)
    assembly_format = (
        "`(` $values `)` `,` $memref `[` $indices `]` attr-dict `:` `(` type($values) `)` `,` type($memref)"
    )

    def __init__(self, values: Sequence[SSAValue], dest: SSAValue, indices: Sequence[SSAValue]):
        super().__init__(operands=[values, dest, indices])

    def verify_(self) -> None:
        _check(self.name, self.memref, self.indices, list(self.values))
