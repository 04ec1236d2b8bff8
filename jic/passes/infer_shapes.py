"""infer-shapes: symbolic shapes for every tensor value, and the run-time checks they need.

Sizes are run-time values (a new T must not recompile), so shapes are symbolic
(`x.0`, `bcast(x.2, h.1)`, see jic/ir/symdim.py) and recorded as `jic.shape` on
each op. Where correctness depends on sizes, the pass inserts host-side checks
at the function's top level, so that a bad call raises before any kernel runs:

- broadcasting: each `bcast(a, b)` becomes a `jic.broadcast_dim`, which raises
  if neither size is 1 and they differ;
- loop-carried tensors keep their shape: the shape an iteration yields must
  equal the shape the loop was entered with (`cf.assert {jic.limitation}`: eager
  would let the state grow by broadcasting, jic falls back to eager then);
- `x[:, i]` stays in bounds: for i loop-invariant or affine in a loop index
  (`t`, `t + 1`, `T - 1 - t`), the host checks its range over the whole loop
  before it, and a negative i counts from the end (loop_index.py).

Result element types and ranks are checked by the ops' verifiers (rules in
jic/ir/dtypes.py); this pass also checks that each op's element type follows
those rules after any earlier rewrite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, cf, func, scf
from xdsl.dialects.builtin import IntegerAttr, ModuleOp, TensorType, UnitAttr
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.errors import UnsupportedError
from jic.ir import symdim
from jic.ir import tensor_ops as T
from jic.ir.creation_ops import CreateOp, size_operands
from jic.ir.list_ops import LIST_OPS
from jic.ir.structured_ops import STRUCTURED_OPS
from jic.ir.view_ops import ViewOp
from jic.passes import list_shapes, loop_index, registry, structured_shapes
from jic.passes.shapes import DimMaterializer, Shape, loc_of, set_shape, shape_of, top_level_op

# on a cf.assert: failing it means "jic cannot run these sizes", not "these sizes are wrong"
LIMITATION_ATTR = "jic.limitation"


def _rank_shape(v: SSAValue) -> Shape:
    return shape_of(v) if isinstance(v.type, TensorType) else ()


class _FunctionShapes:
    def __init__(self, f: func.FuncOp):
        self.f = f
        self.dims = DimMaterializer(f)
        self.indexes = loop_index.IndexChecks(f, self.dims)

    def check(self, cond: SSAValue, msg: str, before: Operation, limitation: bool = False) -> None:
        """A host-side check. `limitation`: eager would accept these sizes, jic does not
        (the call then falls back to eager); otherwise eager would fail too."""
        op = cf.AssertOp(cond, msg)
        if limitation:
            op.attributes[LIMITATION_ATTR] = UnitAttr()
        Rewriter.insert_op(op, InsertPoint.before(before))

    def cmp(self, pred: str, a: SSAValue, b: SSAValue, before: Operation) -> SSAValue:
        op = arith.CmpiOp(a, b, pred)
        Rewriter.insert_op(op, InsertPoint.before(before))
        return op.result

    def same_sizes(
        self,
        want: Shape,
        got: Shape,
        top: Operation,
        msg: Callable[[symdim.SymDim, symdim.SymDim], str],
        limitation: bool = False,
        dim_msg: str | None = None,
    ) -> None:
        """Host-side checks that each size of `got` equals that of `want` (none where they are the same symbol);
        `msg(w, g)` says what failed, `dim_msg` what a size that cannot be computed means (default: `msg`)."""
        for w, g in zip(want, got):
            if w == g:
                continue
            text = msg(w, g)
            wv, gv = self.dims.get(w, top, dim_msg or text), self.dims.get(g, top, dim_msg or text)
            self.check(self.cmp("eq", wv, gv, top), text, top, limitation)

    def run(self) -> None:
        for op in list(self.f.body.walk()):
            if isinstance(op, T.ElementwiseOp):
                self.elementwise(op)
            elif isinstance(op, T.SelectOp):
                self.select(op)
            elif isinstance(op, ViewOp):
                self.view(op)
            elif isinstance(op, CreateOp):
                self.create(op)
            elif isinstance(op, scf.YieldOp) and isinstance(op.parent_op(), scf.ForOp):
                self.loop_yield(op)
            elif isinstance(op, LIST_OPS):
                list_shapes.infer(op)
            elif isinstance(op, STRUCTURED_OPS):
                structured_shapes.infer(self, op)
            elif isinstance(op, T.DimOp) and op.parent_op() is not self.f:
                structured_shapes.hoist_size(self, op)
            elif isinstance(op, (scf.YieldOp, scf.ConditionOp)) and isinstance(op.parent_op(), (scf.WhileOp, scf.IfOp)):
                self.region_yield(op)

    def elementwise(self, op: T.ElementwiseOp) -> None:
        shapes = [_rank_shape(o) for o in op.operands]
        try:
            shape = symdim.broadcast_shapes(*shapes)
        except ValueError as e:
            raise UnsupportedError(op.name, str(e)) from None
        set_shape(op, shape)
        top = top_level_op(op, self.f)
        shown = " and ".join("(" + ", ".join(map(str, sh)) + ")" for sh in shapes)
        msg = f"{loc_of(op)}: {op.name.removeprefix('jic.')}: the sizes {shown} cannot be broadcast"
        for d in shape:
            if isinstance(d, symdim.Bcast):
                self.dims.get(d, top, msg)  # jic.broadcast_dim checks when the host runs it
        if T.INPLACE_ATTR in op.attributes:  # `a op= b`: eager refuses a result larger than `a`
            target = shapes[0]
            bad = (
                f"{loc_of(op)}: the in-place {op.name.removeprefix('jic.')}: the output of size"
                f" ({', '.join(map(str, target))}) does not match the broadcast size ({', '.join(map(str, shape))})"
            )
            self.same_sizes(target, shape, top, lambda w, g: bad, dim_msg=msg)

    def select(self, op: T.SelectOp) -> None:
        src = shape_of(op.source)
        d = op.dim.value.data
        set_shape(op, src[:d] + src[d + 1 :])
        self.indexes.select(op, top_level_op(op, self.f))

    def region_yield(self, y: Operation) -> None:
        """scf.while carries its values with the shapes it was entered with; both branches
        of an scf.if yield the shapes of the then-branch (shape_of reads those)."""
        owner = y.parent_op()
        if isinstance(owner, scf.WhileOp):
            wants = list(owner.arguments)
            gots = list(y.operands[1:] if isinstance(y, scf.ConditionOp) else y.operands)
        else:
            assert isinstance(owner, scf.IfOp)
            if y.parent_block() is owner.true_region.block:
                return
            wants = list(owner.true_region.block.last_op.operands)  # type: ignore[union-attr]
            gots = list(y.operands)
        self._same_shapes(owner, wants, gots)

    def _same_shapes(self, owner: Operation, wants: list[SSAValue], gots: list[SSAValue]) -> None:
        top = top_level_op(owner, self.f)
        for init, new in zip(wants, gots):
            if not isinstance(init.type, TensorType):
                continue
            self.same_sizes(
                shape_of(init),
                shape_of(new),
                top,
                lambda w, g: (
                    f"{loc_of(owner)}: a tensor would have different sizes on different paths or iterations "
                    f"({w} and {g}); jic needs one shape"
                ),
                limitation=True,
            )

    def view(self, op: ViewOp) -> None:
        """A view's shape follows from its source's (view_ops.py); a run-time size argument that is
        some tensor's size (x.size(0)) is that tensor's symbolic size."""
        set_shape(op, op.infer_shape(shape_of(op.source), [_known_size(s) for s in op.sizes]))

    def create(self, op: CreateOp) -> None:
        """Sizes that are some tensor's (x.size(0)) or constants are known; others are read back from
        the new tensor on the host, which needs it made at the top level (not inside a loop or branch)."""
        shape = op.infer_shape([_known_size(s) for s in size_operands(op)])
        if op.parent_op() is not self.f and any(isinstance(d, symdim.ArgDim) and d.arg == op.name_attr for d in shape):
            path, _, line = loc_of(op).rpartition(":")
            raise UnsupportedError(
                f"torch.{op.kind.data} inside a loop or branch with sizes computed there",
                "the sizes of a tensor made in a loop must be known before it (constants, int arguments, x.size(d))",
                path or None,
                int(line) if line.isdigit() else None,
            )
        set_shape(op, shape)

    def loop_yield(self, y: scf.YieldOp) -> None:
        loop = y.parent_op()
        assert isinstance(loop, scf.ForOp)
        top = top_level_op(loop, self.f)
        for init, new in zip(loop.iter_args, y.arguments):
            if not isinstance(init.type, TensorType):
                continue
            where = loc_of(new.owner) if isinstance(new.owner, Operation) else "?"
            self.same_sizes(
                shape_of(init),
                shape_of(new),
                top,
                lambda w, g: (
                    f"{where}: a loop-carried tensor would change "
                    f"its size inside the loop (from {w} to {g}); jic needs it to keep its shape"
                ),
                limitation=True,
            )


def _known_size(s: SSAValue) -> symdim.SymDim | None:
    """The symbolic size that a run-time size argument is, where known: `x.size(0)` or a constant."""
    owner = s.owner
    if isinstance(owner, T.DimOp):
        return shape_of(owner.source)[owner.dim.value.data]
    if isinstance(owner, arith.ConstantOp) and isinstance(owner.value, IntegerAttr):
        return symdim.Const(owner.value.value.data) if owner.value.value.data >= 0 else None
    return None


@registry.register
@dataclass(frozen=True)
class InferShapes(ModulePass):
    name = "infer-shapes"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for f in op.walk():
            if isinstance(f, func.FuncOp):
                _FunctionShapes(f).run()
