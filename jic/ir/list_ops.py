"""Ops for a Python list that a loop grows: `outs.append(h)` each step, `torch.stack(outs, dim)` after.

The list becomes one buffer of shape (n, *item) for a loop of n steps, allocated
once (at the first append, when the item's size is known) and written in place,
slice k at step k; `torch.stack` is then a view of it:

    %e = jic.stack_init {jic.count = "x.1"} : tensor<?x?x?xf32>
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%acc = %e, ...) {
      %acc2 = jic.stack_insert %acc, %h, %t, %T : (tensor<?x?x?xf32>, tensor<?x?xf32>, index, index) -> tensor<?x?x?xf32>
      ...
    }
    %y = jic.stack_result %r {dim = 1 : i64} : tensor<?x?x?xf32> -> tensor<?x?x?xf32>

`jic.count` names the trip count as a size of an argument (`x.1`), which gives
the buffer a symbolic shape.

A loop that sinks into one kernel (sink-loops-into-kernels) allocates the buffer
on the host before the kernel, and each thread stores its element of each step's
item into it:

    %buf = jic.stack_alloc(%T, %B, %H) {dim = 1 : i64} : (index, index, index) -> tensor<?x?x?xf32>
    %h = "jic.kernel"(%B, %H) ({
    ^bb0(%i: index, %j: index):
      ... scf.for %t ... {
        jic.stack_store %v, %buf[%t, %i, %j] : f32, tensor<?x?x?xf32>
      }
    })
    %y = jic.stack_result %buf {dim = 1 : i64} ...
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import IndexType, IntegerAttr, StringAttr, TensorType, i64
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    ParsePropInAttrDict,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    var_operand_def,
)
from xdsl.utils.exceptions import VerifyException

COUNT_ATTR = "jic.count"


@irdl_op_definition
class StackInitOp(IRDLOperation):
    """The empty buffer of a list grown in a loop (allocated by the first insert).

    %e = jic.stack_init {jic.count = "x.1"} : tensor<?x?x?xf32>
    """

    name = "jic.stack_init"
    result = result_def(TensorType)
    assembly_format = "attr-dict `:` type($result)"

    def __init__(self, result_type: Attribute, count: str):
        super().__init__(result_types=[result_type], attributes={COUNT_ATTR: StringAttr(count)})


@irdl_op_definition
class StackInsertOp(IRDLOperation):
    """Slice `index` of the buffer becomes `item` (the buffer has `count` slices).

    %b = jic.stack_insert %acc, %h, %t, %n : (tensor<?x?x?xf32>, tensor<?x?xf32>, index, index) -> tensor<?x?x?xf32>
    """

    name = "jic.stack_insert"
    acc = operand_def(TensorType)
    item = operand_def(TensorType)
    index = operand_def(IndexType)
    count = operand_def(IndexType)
    result = result_def(TensorType)
    assembly_format = (
        "$acc `,` $item `,` $index `,` $count attr-dict `:` `(` type($acc) `,` type($item) `,` type($index) `,` "
        "type($count) `)` `->` type($result)"
    )

    def __init__(self, acc: SSAValue, item: SSAValue, index: SSAValue, count: SSAValue, count_dim: str):
        super().__init__(
            operands=[acc, item, index, count],
            result_types=[SSAValue.get(acc).type],
            attributes={COUNT_ATTR: StringAttr(count_dim)},
        )


@irdl_op_definition
class StackResultOp(IRDLOperation):
    """`torch.stack(list, dim)`: the buffer with its list dim moved to `dim` (a view).

    %y = jic.stack_result %acc {dim = 1 : i64} : tensor<?x?x?xf32> -> tensor<?x?x?xf32>
    """

    name = "jic.stack_result"
    acc = operand_def(TensorType)
    dim = prop_def(IntegerAttr)
    result = result_def(TensorType)
    assembly_format = "$acc attr-dict `:` type($acc) `->` type($result)"
    irdl_options = (ParsePropInAttrDict(),)

    def __init__(self, acc: SSAValue, dim: int):
        super().__init__(
            operands=[acc], result_types=[SSAValue.get(acc).type], properties={"dim": IntegerAttr(dim, i64)}
        )


@irdl_op_definition
class StackAllocOp(IRDLOperation):
    """The buffer of a list a kernel fills: sizes (count, *item), laid out so that its stack along `dim`
    is contiguous (eager's layout): allocated as (*item[:dim], count, *item[dim:]), dim `dim` moved first.

    %buf = jic.stack_alloc(%T, %B, %H) {dim = 1 : i64} : (index, index, index) -> tensor<?x?x?xf32>
    """

    name = "jic.stack_alloc"
    sizes = var_operand_def(IndexType)
    dim = prop_def(IntegerAttr)
    result = result_def(TensorType)
    assembly_format = "`(` $sizes `)` attr-dict `:` functional-type($sizes, $result)"
    irdl_options = (ParsePropInAttrDict(),)

    def __init__(self, sizes: Sequence[SSAValue], result_type: Attribute, dim: int):
        super().__init__(operands=[list(sizes)], result_types=[result_type], properties={"dim": IntegerAttr(dim, i64)})

    def verify_(self) -> None:
        rank = len(self.result.type.get_shape())  # type: ignore[attr-defined]
        if len(self.sizes) != rank:
            raise VerifyException(f"jic.stack_alloc: {len(self.sizes)} sizes for a buffer of rank {rank}")
        if not 0 <= self.dim.value.data < rank:
            raise VerifyException(f"jic.stack_alloc: dim {self.dim.value.data} out of range for rank {rank}")


@irdl_op_definition
class StackStoreOp(IRDLOperation):
    """Inside a kernel: one element of a step's item into the buffer (indices: the step, then the item's).

    jic.stack_store %v, %buf[%t, %i, %j] : f32, tensor<?x?x?xf32>
    """

    name = "jic.stack_store"
    value = operand_def()
    buffer = operand_def(TensorType)
    indices = var_operand_def(IndexType)
    assembly_format = "$value `,` $buffer `[` $indices `]` attr-dict `:` type($value) `,` type($buffer)"

    def __init__(self, value: SSAValue, buffer: SSAValue, indices: Sequence[SSAValue]):
        super().__init__(operands=[value, buffer, list(indices)])

    def verify_(self) -> None:
        t = self.buffer.type
        assert isinstance(t, TensorType)
        if len(self.indices) != len(t.get_shape()):
            raise VerifyException(
                f"jic.stack_store: {len(self.indices)} indices for a buffer of rank {len(t.get_shape())}"
            )
        if self.value.type != t.element_type:
            raise VerifyException(f"jic.stack_store: a {self.value.type} stored into {t}")


LIST_OPS = (StackInitOp, StackInsertOp, StackResultOp, StackAllocOp, StackStoreOp)
