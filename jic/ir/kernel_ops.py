"""Kernel-level ops of the jic dialect: what loop fusion produces.

A `jic.kernel` is one future GPU launch. It runs its body once per element of
an iteration space given by its `index` operands; the body sees the element's
indices as block arguments, reads tensors with `jic.load` and yields one scalar
per result tensor. Inside the body everything is scalar (arith, math, scf), so
a sequential time loop sunk into a kernel is an ordinary `scf.for` over scalars.

    %out = "jic.kernel"(%B, %H) ({
    ^0(%i : index, %j : index):
      %h0 = jic.load %h[%i, %j] : tensor<?x?xf32> -> f32
      ...
      jic.yield %r : f32
    }) : (index, index) -> tensor<?x?xf32>
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import IndexType, SymbolRefAttr, TensorType
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
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
from xdsl.traits import HasParent, IsTerminator, Pure
from xdsl.utils.exceptions import VerifyException


@irdl_op_definition
class KernelOp(IRDLOperation):
    """One launch over an iteration space; see the module docstring."""

    name = "jic.kernel"
    sizes = var_operand_def(IndexType)
    outputs = var_result_def(TensorType)
    body = region_def("single_block")

    def __init__(self, sizes: Sequence[SSAValue], result_types: Sequence[Attribute], body: Region):
        super().__init__(operands=[sizes], result_types=[result_types], regions=[body])

    @staticmethod
    def new_body(rank: int) -> Block:
        return Block(arg_types=[IndexType()] * rank)

    @property
    def indices(self) -> tuple[SSAValue, ...]:
        return tuple(self.body.block.args)

    def verify_(self) -> None:
        block = self.body.block
        rank = len(self.sizes)
        if len(block.args) != rank or any(not isinstance(a.type, IndexType) for a in block.args):
            raise VerifyException(f"jic.kernel: body needs {rank} index arguments, one per iteration dim")
        for r in self.outputs:
            rt = r.type
            assert isinstance(rt, TensorType)
            if len(rt.get_shape()) != rank:
                raise VerifyException(f"jic.kernel: result {rt} is not over the {rank} iteration dims")
        elements = [r.type.element_type for r in self.outputs]  # type: ignore[attr-defined]
        verify_yield(self.name, block, KernelYieldOp, elements, f"{len(self.outputs)} results")


def verify_yield(
    op_name: str, block: Block, yield_op: type[IRDLOperation], types: Sequence[Attribute], what: str
) -> None:
    """A kernel body (jic.kernel's, jic.recurrent_kernel's) ends in its `yield_op` (values = var_operand_def()),
    which yields one value of each of `types` (`what` names them in the error)."""
    term = block.last_op
    if not isinstance(term, yield_op):
        raise VerifyException(f"{op_name}: body must end in {yield_op.name}")
    values = term.values  # type: ignore[attr-defined]
    if len(values) != len(types):
        raise VerifyException(f"{op_name}: yields {len(values)} values for {what}")
    for i, (v, t) in enumerate(zip(values, types)):
        if v.type != t:
            raise VerifyException(f"{op_name}: yield {i} is {v.type}, expected {t} ({what})")


@irdl_op_definition
class KernelYieldOp(IRDLOperation):
    """jic.yield %a, %b : f32, f32"""

    name = "jic.yield"
    values = var_operand_def()
    traits = traits_def(IsTerminator(), HasParent(KernelOp))
    assembly_format = "$values attr-dict `:` type($values)"

    def __init__(self, *values: SSAValue | Operation):
        super().__init__(operands=[values])


@irdl_op_definition
class LoadOp(IRDLOperation):
    """One element of a tensor, inside a kernel.

    %v = jic.load %x[%i, %t, %j] : tensor<?x?x?xf32> -> f32
    """

    name = "jic.load"
    source = operand_def(TensorType)
    indices = var_operand_def(IndexType)
    result = result_def()
    traits = traits_def(Pure())
    assembly_format = "$source `[` $indices `]` attr-dict `:` type($source) `->` type($result)"

    def __init__(self, source: SSAValue | Operation, indices: Sequence[SSAValue | Operation]):
        src = SSAValue.get(source)
        assert isinstance(src.type, TensorType)
        super().__init__(operands=[src, indices], result_types=[src.type.element_type])

    def verify_(self) -> None:
        t = self.source.type
        assert isinstance(t, TensorType)
        if len(self.indices) != len(t.get_shape()):
            raise VerifyException(f"jic.load: {len(self.indices)} indices for a tensor of rank {len(t.get_shape())}")
        if self.result.type != t.element_type:
            raise VerifyException(f"jic.load: result {self.result.type} is not the element type of {t}")


@irdl_op_definition
class BroadcastDimOp(IRDLOperation):
    """The broadcast of two sizes, checked when the host runs it.

    %d = jic.broadcast_dim %a, %b {msg = "cell.py:4: ..."}
    """

    name = "jic.broadcast_dim"
    lhs = operand_def(IndexType)
    rhs = operand_def(IndexType)
    result = result_def(IndexType)
    assembly_format = "$lhs `,` $rhs attr-dict"

    def __init__(self, lhs: SSAValue | Operation, rhs: SSAValue | Operation, msg: str = ""):
        from xdsl.dialects.builtin import StringAttr

        super().__init__(operands=[lhs, rhs], result_types=[IndexType()], attributes={"msg": StringAttr(msg)})


@irdl_op_definition
class LaunchOp(IRDLOperation):
    """Host side of an outlined kernel: allocate the outputs, launch over `sizes`.

    %out = jic.launch @jic_kernels::@cell_k0 sizes(%B, %H) args(%x, %h, %T) : (...) -> tensor<?x?xf32>

    The kernel (a gpu.func) takes, in order: the tensor args and then the
    outputs as memrefs, the sizes, the scalar args.
    """

    name = "jic.launch"
    kernel = prop_def(SymbolRefAttr)
    sizes = var_operand_def(IndexType)
    args = var_operand_def()
    outputs = var_result_def(TensorType)
    irdl_options = (AttrSizedOperandSegments(as_property=True),)
    assembly_format = (
        "$kernel `sizes` `(` $sizes `)` `args` `(` $args `)` attr-dict `:` functional-type($args, $outputs)"
    )

    def __init__(
        self,
        kernel: SymbolRefAttr,
        sizes: Sequence[SSAValue],
        args: Sequence[SSAValue],
        result_types: Sequence[Attribute],
    ):
        super().__init__(operands=[sizes, args], result_types=[result_types], properties={"kernel": kernel})
