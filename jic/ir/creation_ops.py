"""Tensors made from numbers: `torch.zeros(B, H)`, `torch.full((n,), v)`, `torch.arange(n)`, `torch.tensor(v)`.

    %z = jic.create "full"(%B, %H, %v) {jic.name = "full#0"} : (index, index, f64) -> tensor<?x?xf32>
    %r = jic.create "arange"(%c0, %n, %c1) {jic.name = "arange#1"} : (index, index, index) -> tensor<?xi64>

The host program makes them with torch on the call's device (the step kind
"create", jic/runtime/steps_views.py) (an allocation
and a fill, as eager does); kernels then read them like any input. Their
sizes are the size arguments where those are known (a constant, `x.size(0)`),
else read back from the tensor itself (`name.i`, name = the op's `jic.name`).
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import IndexType, StringAttr, TensorType
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, prop_def, result_def, var_operand_def
from xdsl.utils.exceptions import VerifyException

from jic.ir import dtypes, symdim
from jic.ir.symdim import SymDim
from jic.ir.view_ops import NAME_ATTR

KINDS = ("full", "arange", "tensor")


@irdl_op_definition
class CreateOp(IRDLOperation):
    """%z = jic.create "full"(%B, %v) {jic.name = "full#0"} : (index, f64) -> tensor<?xf32>"""

    name = "jic.create"
    kind = prop_def(StringAttr)
    args = var_operand_def()
    result = result_def(TensorType)
    assembly_format = "$kind `(` $args `)` attr-dict `:` functional-type($args, $result)"

    def __init__(self, kind: str, args: Sequence[SSAValue], elem: Attribute, rank: int, name: str):
        super().__init__(
            operands=[list(args)],
            result_types=[dtypes.tensor_type(elem, rank)],
            properties={"kind": StringAttr(kind)},
            attributes={NAME_ATTR: StringAttr(name)},
        )

    def verify_(self) -> None:
        kind, n = self.kind.data, len(self.args)
        rank = len(self.result.type.get_shape())  # type: ignore[attr-defined]
        want = {"full": (rank + 1, None), "arange": (3, 1), "tensor": (1, 0)}.get(kind)
        if want is None:
            raise VerifyException(f"jic.create: unknown kind {kind!r}; expected one of {KINDS}")
        if n != want[0] or want[1] is not None and rank != want[1]:
            raise VerifyException(f"jic.create {kind}: {n} operands for a result of rank {rank}")
        sizes = self.args[:rank] if kind == "full" else self.args if kind == "arange" else []
        if any(not isinstance(s.type, IndexType) and kind == "full" for s in sizes):
            raise VerifyException("jic.create full: sizes must be index values")

    @property
    def name_attr(self) -> str:
        return self.attributes[NAME_ATTR].data  # type: ignore[attr-defined]

    def infer_shape(self, known: list[SymDim | None]) -> tuple[SymDim, ...]:
        """`known[i]`: the symbolic size that size operand i is, where known."""
        name = self.name_attr
        rank = len(self.result.type.get_shape())  # type: ignore[attr-defined]
        if self.kind.data == "full":
            return tuple(known[i] or symdim.ArgDim(name, i) for i in range(rank))
        return tuple(symdim.ArgDim(name, i) for i in range(rank))


def size_operands(op: Operation) -> list[SSAValue]:
    """The operands that are sizes of the result (for shape inference)."""
    assert isinstance(op, CreateOp)
    rank = len(op.result.type.get_shape())  # type: ignore[attr-defined]
    return list(op.args[:rank]) if op.kind.data == "full" else []


__all__ = ["KINDS", "CreateOp", "size_operands"]
