"""Memory hints inside kernels."""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import DYNAMIC_INDEX, IndexType, MemRefType
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, operand_def, result_def, var_operand_def
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


@irdl_op_definition
class SharedMemoryOp(IRDLOperation):
    """The thread block's shared memory (its dynamic part, sized by the launch) as a 1-d array.

    %s = jic.shared_memory : memref<?xf32>

    Every thread of a block sees the same array; blocks do not see each other's. On the CPU target
    a block's threads run one after another over one buffer the launcher passes.
    """

    name = "jic.shared_memory"
    result = result_def(MemRefType)
    assembly_format = "attr-dict `:` type($result)"

    def __init__(self, element_type: Attribute):
        super().__init__(result_types=[MemRefType(element_type, [DYNAMIC_INDEX])])

    def verify_(self) -> None:
        t = self.result.type
        assert isinstance(t, MemRefType)
        if len(t.get_shape()) != 1:
            raise VerifyException(f"jic.shared_memory: a 1-d memref, got {t}")
