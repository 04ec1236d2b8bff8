"""The recurrent block kernel: a time loop whose state is coupled along one dim, run by thread blocks.

`jic.recurrent_kernel` is the tensor-level form of a loop whose carried state (every state of shape
(rows, units)) is free along its rows and coupled along its units (a matmul with the state, a roll or
a reduction of it). Its semantics, with S_0 = inits:

    for t in range(lb, ub, step):
        S_{n+1}[b, j] = body(t, j, b, S_n)      for every row b and unit j, all at once

The body computes the new elements of `rows_per_block` rows at once (rows b_0 .. b_{R-1}, the same
unit j), so that what the rows share (a weight read once for all of them) is computed once. It
reads the current state only through `jic.load` of its state arguments, at any unit of its own rows:

    %hT = "jic.recurrent_kernel"(%B, %H, %lb, %ub, %step, %h0) <{rows_per_block = 2 : i64}> ({
    ^bb0(%t: index, %j: index, %b0: index, %b1: index, %h: tensor<?x?xf32>):
      ... jic.load %h[%b0, %k] ... jic.load %xw[%b1, %t, %j] ...
      jic.recurrent_yield %n0, %n1 : f32, f32        (state-major: state 0 rows 0..R-1, state 1 ...)
    }) : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>

outline-kernels makes it one kernel: a block per `rows_per_block` rows, its threads over the units,
the state in shared memory (outline_recurrent.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import I64, IndexType, IntegerAttr, TensorType
from xdsl.ir import Attribute, Block, Region, SSAValue
from xdsl.irdl import (
    AttrSizedOperandSegments,
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    prop_def,
    region_def,
    result_def,
    traits_def,
    var_operand_def,
    var_result_def,
)
from xdsl.traits import HasParent, IsTerminator
from xdsl.utils.exceptions import VerifyException

from jic.ir.kernel_ops import verify_yield

FIXED_ARGS = 2  # t, j; then the rows, then the states


@irdl_op_definition
class RecurrentKernelOp(IRDLOperation):
    """A whole time loop over (rows, units) state, rows in parallel, units coupled; see the module."""

    name = "jic.recurrent_kernel"
    rows = operand_def(IndexType)
    units = operand_def(IndexType)
    lb = operand_def(IndexType)
    ub = operand_def(IndexType)
    step = operand_def(IndexType)
    inits = var_operand_def(TensorType)
    outputs = var_result_def(TensorType)
    rows_per_block = prop_def(IntegerAttr[I64])
    body = region_def("single_block")
    irdl_options = (AttrSizedOperandSegments(as_property=True),)

    def __init__(
        self,
        rows: SSAValue,
        units: SSAValue,
        bounds: Sequence[SSAValue],
        inits: Sequence[SSAValue],
        rows_per_block: int,
        body: Region,
    ):
        lb, ub, step = bounds
        super().__init__(
            operands=[rows, units, lb, ub, step, inits],
            result_types=[[v.type for v in inits]],
            properties={"rows_per_block": IntegerAttr(rows_per_block, 64)},
            regions=[body],
        )

    @staticmethod
    def new_body(rows_per_block: int, state_types: Sequence[Attribute]) -> Block:
        return Block(arg_types=[IndexType()] * (FIXED_ARGS + rows_per_block) + list(state_types))

    @property
    def block_rows(self) -> int:
        return self.rows_per_block.value.data

    @property
    def time(self) -> SSAValue:
        return self.body.block.args[0]

    @property
    def unit(self) -> SSAValue:
        return self.body.block.args[1]

    @property
    def row_args(self) -> tuple[SSAValue, ...]:
        return tuple(self.body.block.args[FIXED_ARGS : FIXED_ARGS + self.block_rows])

    @property
    def state_args(self) -> tuple[SSAValue, ...]:
        return tuple(self.body.block.args[FIXED_ARGS + self.block_rows :])

    def verify_(self) -> None:
        r = self.block_rows
        if r < 1:
            raise VerifyException(f"jic.recurrent_kernel: rows_per_block must be at least 1, got {r}")
        block = self.body.block
        n = len(self.inits)
        if len(block.args) != FIXED_ARGS + r + n:
            raise VerifyException(
                f"jic.recurrent_kernel: body needs {FIXED_ARGS + r + n} arguments (t, j, {r} rows, {n} states), "
                f"has {len(block.args)}"
            )
        for a in block.args[: FIXED_ARGS + r]:
            if not isinstance(a.type, IndexType):
                raise VerifyException("jic.recurrent_kernel: the time, unit and row arguments must be index")
        for a, init, out in zip(self.state_args, self.inits, self.outputs, strict=True):
            if a.type != init.type or out.type != init.type:
                raise VerifyException(f"jic.recurrent_kernel: state {init.type} changes type ({a.type}, {out.type})")
            if len(init.type.get_shape()) != 2:  # type: ignore[attr-defined]
                raise VerifyException(f"jic.recurrent_kernel: a state must be (rows, units), got {init.type}")
        elements = [init.type.element_type for init in self.inits for _ in range(r)]  # type: ignore[attr-defined]
        verify_yield(self.name, block, RecurrentYieldOp, elements, f"{n} states x {r} rows")


@irdl_op_definition
class RecurrentYieldOp(IRDLOperation):
    """jic.recurrent_yield %a, %b : f32, f32"""

    name = "jic.recurrent_yield"
    values = var_operand_def()
    traits = traits_def(IsTerminator(), HasParent(RecurrentKernelOp))
    assembly_format = "$values attr-dict `:` type($values)"

    def __init__(self, *values: SSAValue):
        super().__init__(operands=[values])


@irdl_op_definition
class ContiguousOp(IRDLOperation):
    """The tensor in row-major layout (`x.contiguous()`: itself when it already is, else a copy), on the host.

    %wc = jic.contiguous %wt : tensor<?x?xf32> -> tensor<?x?xf32>

    A kernel whose threads read consecutive elements of the last dim then reads consecutive addresses."""

    name = "jic.contiguous"
    source = operand_def(TensorType)
    result = result_def(TensorType)
    assembly_format = "$source attr-dict `:` type($source) `->` type($result)"

    def __init__(self, source: SSAValue):
        super().__init__(operands=[source], result_types=[source.type])
