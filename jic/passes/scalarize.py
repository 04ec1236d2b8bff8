"""Scalarizing tensor-level code: the element of a tensor value at given indices.

Shared by the fusion passes. `Scalarizer.elem(v, idx)` emits, into the current
block, the scalar ops that compute element `idx` of tensor `v`:

    jic.select %x[1 = %t]  at (i, j)    ->  jic.load %x[i, t, j]
    jic.add %a, %b         at idx       ->  arith.addf a[idx'], b[idx'']   (right-aligned broadcasting)
    jic.tanh %a                         ->  math.tanh
    jic.pointwise "fn"(...)             ->  scalar_math.py's expansion of fn
    jic.cast %a                         ->  the conversion (arith.sitofp, ...)
    a tensor defined outside the region ->  jic.load

Broadcasting of size-1 dims needs no code: the launcher passes stride 0 for them.
"""

from __future__ import annotations

from collections.abc import Callable

from xdsl.dialects import arith
from xdsl.dialects.builtin import (
    Float32Type,
    Float64Type,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    TensorType,
    f32,
    i1,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, SSAValue

from jic.errors import UnsupportedError
from jic.ir import dtypes
from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T
from jic.ir.cast_ops import CastOp, FullLikeOp
from jic.ir.kernel_ops import LoadOp
from jic.ir.pointwise import FNS, LOGICAL, WHERE
from jic.ir.symdim import SymDim
from jic.passes import scalar_math, scalarize_structured
from jic.passes.locations import loc_of, stamp
from jic.passes.scalar_math import ScalarBuilder

Index = tuple[SSAValue, ...]


def _keeps_precision(fn: str, o: SSAValue) -> bool:
    """ATen's mul, div and lerp take a number or 0-d tensor operand at compute precision, unrounded."""
    return fn in ("mul", "div", "lerp") and not (isinstance(o.type, TensorType) and o.type.get_shape())


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
        return op.results[0] if op.results else None  # type: ignore[return-value]  (jic.report_if)

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
        """PyTorch's value conversion (C++ static_cast) of a scalar to type `to`.

        Anything -> bool is `!= 0` (NaN is true); float -> int truncates; the half
        types convert through f32 (as c10::Half and c10::BFloat16 do).
        """
        t = v.type
        if t == to:
            return v
        if isinstance(t, IndexType):
            v, t = self.add(arith.IndexCastOp(v, i64)), i64
            if t == to:
                return v
        if dtypes.is_half(t):
            v, t = self.add(arith.ExtFOp(v, f32)), f32
            if t == to:
                return v
        if to == i1:
            if dtypes.is_float(t):
                return self.add(arith.CmpfOp(v, self.add(arith.ConstantOp(FloatAttr(0.0, t))), "une"))  # type: ignore[arg-type]
            return self.add(arith.CmpiOp(v, self.add(arith.ConstantOp(IntegerAttr(0, t))), "ne"))
        if dtypes.is_half(to):
            return self.add(arith.TruncFOp(self.convert(v, f32), to))
        if isinstance(t, IntegerType):
            if isinstance(to, IntegerType):
                if t.width.data == 1:
                    return self.add(arith.ExtUIOp(v, to))
                if to.width.data > t.width.data:
                    return self.add(arith.ExtSIOp(v, to))
                return self.add(arith.TruncIOp(v, to))
            if t.width.data == 1:
                return self.add(arith.UIToFPOp(v, to))
            return self.add(arith.SIToFPOp(v, to))
        if isinstance(to, IntegerType):
            return self.add(arith.FPToSIOp(v, to))
        if isinstance(t, Float32Type) and isinstance(to, Float64Type):
            return self.add(arith.ExtFOp(v, to))
        if isinstance(t, Float64Type) and isinstance(to, Float32Type):
            return self.add(arith.TruncFOp(v, to))
        raise UnsupportedError(f"a conversion from {t} to {to}")

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

    def operand(self, o: SSAValue, idx: Index, ct: Attribute | None) -> SSAValue:
        """Operand `o` at `idx` (right-aligned broadcasting), converted to `ct` unless None."""
        if isinstance(o.type, TensorType):
            r = len(o.type.get_shape())
            s = self.elem(o, idx[len(idx) - r :] if r else ())
        else:
            s = self.scalar(o)
        return s if ct is None else self.convert(s, ct)

    def elementwise(self, op: T.ElementwiseOp, idx: Index) -> SSAValue:
        """One element of a pointwise op: its operands at `idx` (broadcast), converted to the
        function's compute type, its scalar expansion (scalar_math.py), rounded to the result type."""
        res = op.results[0].type
        assert isinstance(res, TensorType)
        elem = res.element_type
        if isinstance(op, CastOp):
            return self.convert(self.operand(op.operand, idx, None), elem)
        if isinstance(op, FullLikeOp):
            return self.convert(self.scalar(op.value), elem)
        spec = FNS.get(op.fn_name)
        if spec is None:  # the math ops reductions decompose into (structured_ops.py)
            x = self.operand(op.operands[0], idx, dtypes.compute_type(elem))
            return self.convert(scalarize_structured.math_elem(self, op, x), elem)
        types = [o.type for o in op.operands]
        ct = spec.compute_type(types)
        common = spec.common_type(types)
        args = []
        for i, o in enumerate(op.operands):
            if spec.rule == LOGICAL or (spec.rule == WHERE and i == 0):
                args.append(self.operand(o, idx, i1))
            elif i >= spec.arity or _keeps_precision(spec.name, o):
                args.append(self.operand(o, idx, ct))
            else:  # operands meet in the common dtype first (a float32 0-d tensor is rounded to half)
                args.append(self.convert(self.operand(o, idx, common), ct))
        r = scalar_math.expand(spec.name, ScalarBuilder(self.add), args, ct)
        return self.convert(r, elem)
