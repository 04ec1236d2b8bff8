"""Scalarizing tensor-level code: the element of a tensor value at given indices.

Shared by the fusion passes. `Scalarizer.elem(v, idx)` emits, into the current
block, the scalar ops that compute element `idx` of tensor `v`:

    jic.select %x[1 = %t]  at (i, j)    ->  jic.load %x[i, t, j]
    jic.add %a, %b         at idx       ->  arith.addf a[idx'], b[idx'']   (right-aligned broadcasting)
    jic.tanh %a                         ->  math.tanh
    a tensor defined outside the region ->  jic.load

Broadcasting of size-1 dims needs no code: the launcher passes stride 0 for them.
"""

from __future__ import annotations

from collections.abc import Callable

from xdsl.dialects import arith, math
from xdsl.dialects.builtin import Float32Type, Float64Type, FloatAttr, IndexType, IntegerType, TensorType, i64
from xdsl.ir import Attribute, Block, Operation, SSAValue

from jic.errors import UnsupportedError
from jic.ir import dtypes
from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import LoadOp
from jic.ir.symdim import SymDim
from jic.passes import scalarize_structured
from jic.passes.locations import loc_of, stamp

Index = tuple[SSAValue, ...]

BINARY_SCALAR = {T.AddOp: arith.AddfOp, T.SubOp: arith.SubfOp, T.MulOp: arith.MulfOp, T.DivOp: arith.DivfOp}


class Scalarizer:
    """Emits scalar code into `block`.

    `inside` says whether an op is part of the region being scalarized (its
    tensor results are recomputed element-wise) or outside it (read with
    jic.load). `scalars` maps SSA values already replaced by scalars: a carried
    tensor (only at the kernel's own indices), the loop index, cloned scalar ops.
    """

    def __init__(self, block: Block, inside: set[Operation], identity: Index):
        self.block = block
        self.inside = inside
        self.identity = identity
        self.scalars: dict[SSAValue, SSAValue] = {}
        self.carried: dict[SSAValue, SSAValue] = {}
        self.memo: dict[tuple[SSAValue, Index], SSAValue] = {}
        # symbolic size -> index value usable in the block (reductions and roll need sizes)
        self.size_of: Callable[[SymDim], SSAValue] | None = None
        self.in_reduction = False  # emitting the body of a reduction loop
        self.loc: Attribute | None = None  # the location of the tensor op being scalarized

    def add(self, op: Operation) -> SSAValue:
        stamp(op, self.loc)
        self.block.add_op(op)
        return op.results[0]

    # ------------------------------------------------------------ scalars
    def scalar(self, v: SSAValue) -> SSAValue:
        """A non-tensor value as seen inside the block: cloned if it is computed inside."""
        if v in self.scalars:
            return self.scalars[v]
        op = v.owner
        if isinstance(op, Operation) and op in self.inside:
            if not op.name.startswith(("arith.", "math.")):
                raise UnsupportedError(f"the scalar op {op.name} inside a fused loop")
            clone = op.clone_without_regions()
            for i, o in enumerate(op.operands):
                clone.operands[i] = self.scalar(o)
            self.block.add_op(clone)
            for r, c in zip(op.results, clone.results):
                self.scalars[r] = c
            return self.scalars[v]
        return v

    def convert(self, v: SSAValue, to: Attribute) -> SSAValue:
        """Python/PyTorch value conversion of a scalar to the compute type `to`."""
        t = v.type
        if t == to:
            return v
        if isinstance(t, IndexType):
            v = self.add(arith.IndexCastOp(v, i64))
            t = i64
        if isinstance(t, IntegerType):
            if t.width.data == 1:
                return self.add(arith.UIToFPOp(v, to))
            return self.add(arith.SIToFPOp(v, to))
        if isinstance(t, Float32Type) and isinstance(to, Float64Type):
            return self.add(arith.ExtFOp(v, to))
        if isinstance(t, Float64Type) and isinstance(to, Float32Type):
            return self.add(arith.TruncFOp(v, to))
        raise UnsupportedError(f"a conversion from {t} to {to}")

    def fconst(self, value: float, t: Attribute) -> SSAValue:
        return self.add(arith.ConstantOp(FloatAttr(value, t)))  # type: ignore[arg-type]

    # ------------------------------------------------------------ tensors
    def elem(self, v: SSAValue, idx: Index) -> SSAValue:
        key = (v, idx)
        if key in self.memo:
            return self.memo[key]
        outer = self.loc
        if isinstance(v.owner, Operation) and v.owner in self.inside:
            self.loc = loc_of(v.owner) or outer
        r = self._elem(v, idx)
        self.loc = outer
        self.memo[key] = r
        return r

    def _elem(self, v: SSAValue, idx: Index) -> SSAValue:
        assert isinstance(v.type, TensorType)
        if v in self.carried:
            if idx != self.identity:
                raise UnsupportedError("a loop-carried tensor read at other indices than its own element")
            return self.carried[v]
        op = v.owner
        if isinstance(op, S.PermuteOp) or isinstance(op, T.SelectOp) and op not in self.inside:
            if isinstance(op, T.SelectOp):  # views are read through, wherever they are defined
                d = op.dim.value.data
                return self.elem(op.source, idx[:d] + (self.scalar(op.index),) + idx[d:])
            return scalarize_structured.elem(self, op, idx)
        if not (isinstance(op, Operation) and op in self.inside):
            return self.add(LoadOp(v, idx))
        if isinstance(op, (S.RollOp, S.ReduceOp)):
            return scalarize_structured.elem(self, op, idx)
        if isinstance(op, T.SelectOp):
            d = op.dim.value.data
            return self.elem(op.source, idx[:d] + (self.scalar(op.index),) + idx[d:])
        if isinstance(op, T.ElementwiseOp):
            return self.elementwise(op, idx)
        raise UnsupportedError(f"{op.name} inside a fused region", "only elementwise ops and x[:, t] can be fused yet")

    def operand(self, o: SSAValue, idx: Index, ct: Attribute) -> SSAValue:
        if isinstance(o.type, TensorType):
            r = len(o.type.get_shape())
            s = self.elem(o, idx[len(idx) - r :] if r else ())
        else:
            s = self.scalar(o)
        return self.convert(s, ct)

    def elementwise(self, op: T.ElementwiseOp, idx: Index) -> SSAValue:
        res = op.results[0].type
        assert isinstance(res, TensorType)
        ct = res.element_type
        if not dtypes.is_float(ct):
            raise UnsupportedError(f"{op.name} on {ct}", "only floating-point math is generated yet")
        args = [self.operand(o, idx, ct) for o in op.operands]
        if type(op) in BINARY_SCALAR:
            return self.add(BINARY_SCALAR[type(op)](args[0], args[1]))
        (x,) = args
        if isinstance(op, T.TanhOp):
            return self.add(math.TanhOp(x))
        if isinstance(op, T.ExpOp):
            return self.add(math.ExpOp(x))
        if isinstance(op, T.NegOp):
            return self.add(arith.NegfOp(x))
        if isinstance(op, T.SigmoidOp):  # 1 / (1 + exp(-x))
            one = self.fconst(1.0, ct)
            e = self.add(math.ExpOp(self.add(arith.NegfOp(x))))
            return self.add(arith.DivfOp(one, self.add(arith.AddfOp(one, e))))
        if isinstance(op, T.ReluOp):  # x < 0 ? 0 : x  (NaN stays NaN, as in eager)
            zero = self.fconst(0.0, ct)
            neg = self.add(arith.CmpfOp(x, zero, "olt"))
            return self.add(arith.SelectOp(neg, zero, x))
        return scalarize_structured.math_elem(self, op, x)
