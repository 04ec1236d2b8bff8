"""Scalar forms of the structured ops, for the Scalarizer (scalarize.py).

Element `idx` of a structured op, emitted into the Scalarizer's current block:

    jic.permute %x {perm}     ->  element of %x at the permuted indices (a view: no code)
    jic.roll %x {shifts, dims}->  element of %x at (i - shift) mod n along each rolled dim
    jic.reduce %x {dims}      ->  an scf.for per reduced dim accumulating the elements of %x
                                  (whose producers are recomputed inside the loop: fused)

    %s = jic.reduce %e {kind = "sum", dims = [1]}  at (i)
  ->
    %acc = scf.for %k = %c0 to %n step %c1 iter_args(%a = %zero) -> (f32) {
      %x = <element (i, k) of %e>
      %a2 = arith.addf %a, %x : f32
      scf.yield %a2 : f32
    }

max/min/argmax/argmin propagate NaN as torch does (a NaN wins; the first NaN's index);
logsumexp is computed in one pass with a running maximum (inputs of -inf contribute nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.dialects import arith, math, scf
from xdsl.dialects.builtin import FloatAttr, IndexType, IntegerAttr, StringAttr, TensorType, i64
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue

from jic.errors import UnsupportedError
from jic.ir import structured_ops as S
from jic.passes.lower_cooperative import REDUCTION_ATTR
from jic.passes.shapes import loc_of, shape_of

if TYPE_CHECKING:
    from jic.passes.scalarize import Index, Scalarizer


def elem(s: Scalarizer, op: Operation, idx: Index) -> SSAValue:
    if isinstance(op, S.PermuteOp):
        src: list[SSAValue] = [idx[0]] * len(idx)
        for i, p in enumerate(op.permutation):
            src[p] = idx[i]
        return s.elem(op.input, tuple(src))
    if isinstance(op, S.RollOp):
        return s.elem(op.input, _rolled(s, op, idx))
    if isinstance(op, S.ReduceOp):
        return _reduce(s, op, idx)
    raise UnsupportedError(f"{op.name} inside a kernel ({loc_of(op)})", "it runs as a library call on the host")


def math_elem(s: Scalarizer, op: Operation, x: SSAValue) -> SSAValue:
    if isinstance(op, S.SqrtOp):
        return s.add(math.SqrtOp(x))
    if isinstance(op, S.LogOp):
        return s.add(math.LogOp(x))
    if isinstance(op, S.AbsOp):
        return s.add(math.AbsFOp(x))
    raise UnsupportedError(f"{op.name} in a kernel", "no scalar form yet")


def _size(s: Scalarizer, v: SSAValue, d: int) -> SSAValue:
    if s.size_of is None:
        raise UnsupportedError("a structured op in this kernel", "its sizes are not known here")
    return s.size_of(shape_of(v)[d])


def _index(s: Scalarizer, value: int) -> SSAValue:
    return s.add(arith.ConstantOp(IntegerAttr(value, IndexType())))


def _rolled(s: Scalarizer, op: S.RollOp, idx: Index) -> Index:
    out = list(idx)
    for shift, d in zip(S.ints_of(op.shifts), S.ints_of(op.dims)):
        n = _size(s, op.input, d)
        # (i - shift) mod n, for i in [0, n): (i - (shift rem n) + n) urem n
        rem = s.add(arith.RemSIOp(_index(s, shift), n))
        moved = s.add(arith.AddiOp(s.add(arith.SubiOp(out[d], rem)), n))
        out[d] = s.add(arith.RemUIOp(moved, n))
    return tuple(out)


# ------------------------------------------------------------------ reductions
def _fconst(s: Scalarizer, value: float, t: Attribute) -> SSAValue:
    return s.add(arith.ConstantOp(FloatAttr(value, t)))  # type: ignore[arg-type]


def _cmp(s: Scalarizer, pred: str, a: SSAValue, b: SSAValue) -> SSAValue:
    return s.add(arith.CmpfOp(a, b, pred))


def _select(s: Scalarizer, c: SSAValue, a: SSAValue, b: SSAValue) -> SSAValue:
    return s.add(arith.SelectOp(c, a, b))


def _init(s: Scalarizer, kind: str, t: Attribute) -> list[SSAValue]:
    inf = float("inf")
    if kind == "sum":
        return [_fconst(s, 0.0, t)]
    if kind == "prod":
        return [_fconst(s, 1.0, t)]
    if kind in ("max", "min"):
        return [_fconst(s, -inf if kind == "max" else inf, t)]
    if kind in ("argmax", "argmin"):
        zero = s.add(arith.ConstantOp(IntegerAttr(0, i64)))
        return [_fconst(s, -inf if kind == "argmax" else inf, t), zero]
    assert kind == "logsumexp"
    return [_fconst(s, -inf, t), _fconst(s, 0.0, t)]


def _better(s: Scalarizer, kind: str, x: SSAValue, acc: SSAValue) -> SSAValue:
    """Does x replace acc? Strictly better, or NaN; a NaN already held is never replaced."""
    pred = "ugt" if kind in ("max", "argmax") else "ult"  # true if better or either is NaN
    return s.add(arith.AndIOp(_cmp(s, pred, x, acc), _cmp(s, "ord", acc, acc)))


def _step(s: Scalarizer, kind: str, x: SSAValue, accs: list[SSAValue], lin: SSAValue | None) -> list[SSAValue]:
    (acc, *rest) = accs
    if kind == "sum":
        return [s.add(arith.AddfOp(acc, x))]
    if kind == "prod":
        return [s.add(arith.MulfOp(acc, x))]
    if kind in ("max", "min"):
        return [_select(s, _better(s, kind, x, acc), x, acc)]
    if kind in ("argmax", "argmin"):
        assert lin is not None
        take = _better(s, kind, x, acc)
        return [_select(s, take, x, acc), _select(s, take, lin, rest[0])]
    # logsumexp: running max m and sum of exp(x - m)
    m, total = acc, rest[0]
    t = x.type
    up = _cmp(s, "ogt", x, m)
    new_m = _select(s, up, x, m)
    scaled = _select(s, up, s.add(arith.MulfOp(total, s.add(math.ExpOp(s.add(arith.SubfOp(m, x)))))), total)
    one, zero = _fconst(s, 1.0, t), _fconst(s, 0.0, t)
    term = _select(s, _cmp(s, "oeq", x, new_m), one, s.add(math.ExpOp(s.add(arith.SubfOp(x, new_m)))))
    term = _select(s, _cmp(s, "oeq", x, _fconst(s, float("-inf"), t)), zero, term)
    return [new_m, s.add(arith.AddfOp(scaled, term))]


def _reduce(s: Scalarizer, op: S.ReduceOp, idx: Index) -> SSAValue:
    kind = op.kind.data
    x_type = op.input.type
    assert isinstance(x_type, TensorType)
    t = x_type.element_type
    rank = len(x_type.get_shape())
    dims = op.reduced
    # the input's indices: the output's, with the reduced dims to be filled by loop variables
    src: list[SSAValue | None] = []
    outer = iter(idx)
    for i in range(rank):
        if i in dims:
            src.append(None)
            if op.keeps_dims:
                next(outer)
        else:
            src.append(next(outer))
    sizes = [_size(s, op.input, d) for d in dims]
    accs = _init(s, kind, t)
    zero, one = _index(s, 0), _index(s, 1)

    saved = (s.block, dict(s.memo), dict(s.scalars))
    nested = s.in_reduction  # inside another reduction's loop: this one runs whole in each lane

    def loops(level: int, accs: list[SSAValue], lin: SSAValue | None) -> list[SSAValue]:
        """Emit the loop over dims[level] into s.block; returns the accumulators after it."""
        body = Block(arg_types=[IndexType(), *(a.type for a in accs)])
        outer_block = s.block
        s.block = body
        k, *iters = body.args
        src[dims[level]] = k
        lin_k = k
        if kind in ("argmax", "argmin"):
            k64 = s.add(arith.IndexCastOp(k, i64))
            lin_k = k64 if lin is None else s.add(arith.AddiOp(s.add(arith.MuliOp(lin, _cast64(s, sizes[level]))), k64))
        if level + 1 < len(dims):
            new = loops(level + 1, list(iters), lin_k)
        else:
            x = s.elem(op.input, tuple(src))  # type: ignore[arg-type]
            new = _step(s, kind, x, list(iters), lin_k)
        s.block.add_op(scf.YieldOp(*new))
        s.block = outer_block
        loop = scf.ForOp(zero, sizes[level], one, accs, Region(body))
        if level == 0 and not nested:  # the loop a GPU warp may share (lower_cooperative.py)
            loop.attributes[REDUCTION_ATTR] = StringAttr(kind)
        s.block.add_op(loop)
        return list(loop.results)

    if dims:
        s.in_reduction = True
        final = loops(0, accs, None)
        s.in_reduction = nested
    else:  # a 0-d tensor: the single element
        x = s.elem(op.input, tuple(src))  # type: ignore[arg-type]
        final = _step(s, kind, x, accs, s.add(arith.ConstantOp(IntegerAttr(0, i64))))
    # values computed inside the loops must not be reused outside them
    s.block, s.memo, s.scalars = saved[0], saved[1], saved[2]
    if kind in ("argmax", "argmin"):
        return final[1]
    if kind == "logsumexp":
        return s.add(arith.AddfOp(final[0], s.add(math.LogOp(final[1]))))
    return final[0]


def _cast64(s: Scalarizer, v: SSAValue) -> SSAValue:
    return s.add(arith.IndexCastOp(v, i64))
