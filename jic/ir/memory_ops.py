"""Memory hints inside kernels."""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import IndexType, MemRefType
from xdsl.ir import SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, operand_def, var_operand_def
from xdsl.utils.exceptions import VerifyException


@irdl_op_definition
class PrefetchOp(IRDLOperation):
    """A hint that one element will be read soon: bring its cache line close. Changes no value.

    jic.prefetch %x[%i, %t, %j] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
    """

    name = "jic.prefetch"
    memref = operand_def(MemRefType)
    indices = var_operand_def(IndexType)
    assembly_format = "$memref `[` $indices `]` attr-dict `:` type($memref)"

    def __init__(self, source: SSAValue, indices: Sequence[SSAValue]):
        super().__init__(operands=[source, indices])

    def verify_(self) -> None:
        t = self.memref.type
        assert isinstance(t, MemRefType)
        if len(self.indices) != len(t.get_shape()):
            raise VerifyException(
                f"jic.prefetch: {len(self.indices)} indices for a memref of rank {len(t.get_shape())}"
            )
