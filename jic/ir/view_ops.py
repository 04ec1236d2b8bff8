"""Views: new sizes and strides over a tensor's storage, made by the host program with torch.

    %v = jic.view "permute" %x [1, 0] : tensor<?x?xf32> -> tensor<?x?xf32>
    %w = jic.view "reshape" %x [-9223372036854775807, 4] (%B) : tensor<?xf32> -> tensor<?x?xf32>

A view costs no kernel: the host makes it with torch (the step kind "view",
jic/runtime/steps_views.py) in microseconds, and kernels read it in place through its strides, which every
launch passes (a transposed, sliced or expanded input is never copied). `flip`
and a `reshape` of a non-contiguous tensor copy, as in eager.

`args` are the call's integer arguments; `RT` marks one taken from the next
`sizes` operand (a run-time int such as `x.size(0)`), `NONE` a Python None
(a slice's open end). The result's sizes that are not a source size or a
constant are read back from the view itself on the host (`name.i`, `name`
being the op's `jic.name`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xdsl.dialects.builtin import ArrayAttr, IndexType, IntegerAttr, StringAttr, TensorType, i64
from xdsl.ir import Operation, SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, operand_def, prop_def, result_def, traits_def, var_operand_def
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from jic.ir import dtypes, symdim
from jic.ir.symdim import SymDim

RT = -(2**63) + 1  # the next run-time operand
NONE = 2**63 - 1  # Python None

NAME_ATTR = "jic.name"

# kind -> result rank from (source rank, args)
_RANK: dict[str, Callable[[int, list[int]], int]] = {
    "permute": lambda r, a: r,
    "unsqueeze": lambda r, a: r + 1,
    "squeeze": lambda r, a: r - 1,
    "expand": lambda r, a: len(a),
    "slice": lambda r, a: r,
    "narrow": lambda r, a: r,
    "view": lambda r, a: len(a),
    "reshape": lambda r, a: len(a),
    "flatten": lambda r, a: r - (a[1] - a[0]),
    "flip": lambda r, a: r,
    "chunk": lambda r, a: r,
    "split": lambda r, a: r,
}
KINDS = tuple(_RANK)


def _none(v: int) -> int | None:
    return None if v == NONE else v


@irdl_op_definition
class ViewOp(IRDLOperation):
    """%v = jic.view "permute" %x [1, 0] : tensor<?x?xf32> -> tensor<?x?xf32>"""

    name = "jic.view"
    kind = prop_def(StringAttr)
    args = prop_def(ArrayAttr[IntegerAttr])
    source = operand_def(TensorType)
    sizes = var_operand_def(IndexType)
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$kind $source $args (`(` $sizes^ `)`)? attr-dict `:` type($source) `->` type($result)"

    def __init__(self, kind: str, source: SSAValue | Operation, args: Sequence[int], sizes: Sequence[SSAValue] = ()):
        src = SSAValue.get(source)
        assert isinstance(src.type, TensorType)
        rank = _RANK[kind](len(src.type.get_shape()), list(args))
        super().__init__(
            operands=[src, list(sizes)],
            result_types=[dtypes.tensor_type(src.type.element_type, rank)],
            properties={"kind": StringAttr(kind), "args": ArrayAttr([IntegerAttr(a, i64) for a in args])},
        )

    @property
    def int_args(self) -> list[int]:
        return [a.value.data for a in self.args.data]

    def verify_(self) -> None:
        if self.kind.data not in _RANK:
            raise VerifyException(f"jic.view: unknown kind {self.kind.data!r}; expected one of {KINDS}")
        n_rt = sum(1 for a in self.int_args if a == RT)
        if n_rt != len(self.sizes):
            raise VerifyException(f"jic.view: {n_rt} run-time arguments, {len(self.sizes)} operands")
        src, res = self.source.type, self.result.type
        assert isinstance(src, TensorType) and isinstance(res, TensorType)
        want = _RANK[self.kind.data](len(src.get_shape()), self.int_args)
        if len(res.get_shape()) != want or res.element_type != src.element_type:
            raise VerifyException(f"jic.view {self.kind.data}: result {res} does not follow from {src}")

    # ------------------------------------------------------------ shapes
    def infer_shape(self, src: tuple[SymDim, ...], known: list[SymDim | None]) -> tuple[SymDim, ...]:
        """The result's symbolic shape; `known[i]` is the size the i-th run-time operand is, if known."""
        name = self.attributes[NAME_ATTR].data  # type: ignore[attr-defined]
        rank = len(self.result.type.get_shape())  # type: ignore[attr-defined]
        own = [symdim.ArgDim(name, i) for i in range(rank)]
        kind, a = self.kind.data, self.int_args
        it = iter(known)

        def size(v: int, i: int) -> SymDim:
            if v == RT:
                return next(it) or own[i]
            return symdim.Const(v) if v >= 0 else own[i]

        if kind == "permute":
            return tuple(src[d] for d in a)
        if kind == "unsqueeze":
            return (*src[: a[0]], symdim.Const(1), *src[a[0] :])
        if kind == "squeeze":
            return (*src[: a[0]], *src[a[0] + 1 :])
        if kind == "expand":
            lead = len(a) - len(src)
            return tuple(src[i - lead] if v == -1 else size(v, i) for i, v in enumerate(a))
        if kind in ("view", "reshape"):
            return tuple(size(v, i) for i, v in enumerate(a))
        if kind in ("slice", "narrow", "chunk", "split"):
            d = a[0] if kind != "chunk" else a[2]
            d = a[1] if kind == "split" else d
            return tuple(own[i] if i == d else s for i, s in enumerate(src))
        if kind == "flatten":
            return (*src[: a[0]], own[a[0]], *src[a[1] + 1 :])
        assert kind == "flip"
        return src


__all__ = ["KINDS", "NAME_ATTR", "NONE", "RT", "ViewOp"]
