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
"""

from __future__ import annotations

from xdsl.dialects.builtin import IndexType, IntegerAttr, StringAttr, TensorType, i64
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import IRDLOperation, ParsePropInAttrDict, irdl_op_definition, operand_def, prop_def, result_def

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


LIST_OPS = (StackInitOp, StackInsertOp, StackResultOp)
