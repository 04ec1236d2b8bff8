"""Reading what `infer-shapes` recorded, and turning symbolic sizes into host IR.

Every tensor-producing op carries `jic.shape = ["x.0", "bcast(x.2, h.1)"]`;
function arguments have `name.i`; a loop's block arguments and results have the
shape of the loop's initial values (infer-shapes checks that at run time).
"""

from __future__ import annotations

from xdsl.dialects import arith, func, scf
from xdsl.dialects.builtin import ArrayAttr, IndexType, IntegerAttr, StringAttr, TensorType
from xdsl.ir import BlockArgument, Operation, OpResult, SSAValue
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir import symdim
from jic.ir.kernel_ops import BroadcastDimOp
from jic.ir.symdim import ArgDim, Bcast, Const, SymDim
from jic.ir.tensor_ops import DimOp
from jic.ir.view_ops import NAME_ATTR

SHAPE_ATTR = "jic.shape"
Shape = tuple[SymDim, ...]


def arg_names(f: func.FuncOp) -> list[str]:
    return [a.name_hint or f"arg{i}" for i, a in enumerate(f.body.block.args)]


def set_shape(op: Operation, shape: Shape) -> None:
    op.attributes[SHAPE_ATTR] = ArrayAttr([StringAttr(str(d)) for d in shape])


def shape_of(v: SSAValue) -> Shape:
    """The symbolic shape of a tensor value (after infer-shapes)."""
    assert isinstance(v.type, TensorType), v
    if isinstance(v, OpResult):
        op = v.op
        if isinstance(op, scf.ForOp):
            return shape_of(op.iter_args[v.index])
        if isinstance(op, scf.WhileOp):
            return shape_of(op.arguments[v.index])
        if isinstance(op, scf.IfOp):  # infer-shapes checks that both branches agree
            return shape_of(op.true_region.block.last_op.operands[v.index])  # type: ignore[union-attr]
        attr = op.attributes.get(SHAPE_ATTR)
        if attr is None:
            raise ValueError(f"{op.name} has no {SHAPE_ATTR}: run infer-shapes first")
        assert isinstance(attr, ArrayAttr)
        return tuple(symdim.parse(s.data) for s in attr.data)  # type: ignore[union-attr]
    assert isinstance(v, BlockArgument)
    owner = v.block.parent_op()
    if isinstance(owner, func.FuncOp):
        name = v.name_hint or f"arg{v.index}"
        return tuple(ArgDim(name, i) for i in range(len(v.type.get_shape())))
    if isinstance(owner, scf.ForOp):
        return shape_of(owner.iter_args[v.index - 1])
    if isinstance(owner, scf.WhileOp):  # both regions' arguments carry the loop's values
        return shape_of(owner.arguments[v.index])
    raise ValueError(f"no shape for a block argument of {owner.name if owner else '?'}")


def top_level_op(op: Operation, f: func.FuncOp) -> Operation:
    """The ancestor of `op` that sits directly in the function's body."""
    while op.parent_op() is not f:
        parent = op.parent_op()
        assert parent is not None
        op = parent
    return op


class DimMaterializer:
    """Builds host IR computing symbolic sizes, before a given top-level op of `f`.

    Values are memoized, so each size is computed once; what it inserts before
    an op dominates everything after that op.
    """

    def __init__(self, f: func.FuncOp):
        self.f = f
        self.args: dict[str, SSAValue] = {name: a for name, a in zip(arg_names(f), f.body.block.args)}
        for op in f.body.block.ops:  # host-made tensors (views) whose sizes are read back from them
            name = op.attributes.get(NAME_ATTR)
            if isinstance(name, StringAttr):
                self.args[name.data] = op.results[0]
        self.cache: dict[SymDim, SSAValue] = {}
        self._reuse_existing()

    def _reuse_existing(self) -> None:
        """Sizes an earlier pass already computes at the top level (with their messages)."""
        names = {a: n for n, a in self.args.items()}
        known: dict[SSAValue, SymDim] = {}
        for op in self.f.body.block.ops:
            d: SymDim | None = None
            if isinstance(op, DimOp) and op.source in names:
                d = ArgDim(names[op.source], op.dim.value.data)
            elif isinstance(op, BroadcastDimOp) and op.lhs in known and op.rhs in known:
                d = symdim.bcast(known[op.lhs], known[op.rhs])
            elif isinstance(op, arith.ConstantOp) and isinstance(op.result.type, IndexType):
                d = Const(op.value.value.data)  # type: ignore[union-attr]
            if d is not None:
                known[op.results[0]] = d
                self.cache.setdefault(d, op.results[0])

    def get(self, d: SymDim, before: Operation, msg: str = "") -> SSAValue:
        cached = self.cache.get(d)
        if cached is not None and _dominates(cached, before):
            return cached
        at = InsertPoint.before(before)
        if isinstance(d, Const):
            op: Operation = arith.ConstantOp(IntegerAttr(d.value, IndexType()))
        elif isinstance(d, ArgDim):
            op = DimOp(self.args[d.arg], d.dim)
        else:
            assert isinstance(d, Bcast)
            a, b = self.get(d.a, before, msg), self.get(d.b, before, msg)
            op = BroadcastDimOp(a, b, msg or f"the sizes {d.a} and {d.b} cannot be broadcast")
        Rewriter.insert_op(op, at)
        self.cache[d] = op.results[0]
        return op.results[0]


def _dominates(v: SSAValue, before: Operation) -> bool:
    """For values and ops of the function's top-level block."""
    if isinstance(v, BlockArgument):
        return True
    return v.owner.is_before_in_block(before)  # type: ignore[union-attr]


def loc_of(op: Operation) -> str:
    a = op.attributes.get("loc")
    return a.data if isinstance(a, StringAttr) else "<unknown>"
