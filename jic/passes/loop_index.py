"""Run-time indexes `x[.., i]`: their range checked on the host before anything runs, negatives counted from the end.

An index is either loop-invariant (defined before every loop) or affine in the
index of one counted loop, `i = a*t + b` with a constant `a` and `b` defined
before the loop (`x[:, t]`, `x[:, t + 1]`, `x[:, t - 1]`, `x[:, T - 1 - t]`,
`x[:, 2 * t]`). For t over range(lb, ub, s), i takes its smallest and
largest values at the first step (t = lb) and the last one
(t = lb + (ub - lb - 1) // s * s for s > 0), so one check before the loop
covers every step, with eager's rule that -size <= i < size:

    %first = <i at t = lb>          %last = <i at the last t>        (the index's ops, cloned)
    cf.assert (lb >= ub) or (-size <= min(first, last) and max(first, last) < size)

and inside the loop a negative index counts from the end, as in eager:

    %neg = arith.cmpi slt, %i, %c0
    %w = arith.addi %i, %size
    %i2 = arith.select %neg, %w, %i
    jic.select %x[1 = %i2]

What the sizes prove needs no code: for `t in range(1, x.size(1))` and
`x[:, t - 1]` the index runs from 0 to x.1 - 2, so there is no check and no
select. The proofs use linear forms over the sizes and values defined before
the loop (`Lin`). A failing check raises an IndexError (jic.IndexOutOfRange)
before any kernel runs, never an out-of-bounds read; where eager might not
reach the index at all (a loop with a `break`, a read under a branch) it makes
the call run eagerly instead, which then does what eager does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.dialects import arith, cf, func, scf
from xdsl.dialects.builtin import IntegerAttr, UnitAttr
from xdsl.ir import BlockArgument, Operation, SSAValue
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir import symdim
from jic.ir import tensor_ops as T
from jic.passes.locations import unsupported_at
from jic.passes.shapes import DimMaterializer, loc_of, shape_of

INDEX_ERROR_ATTR = "jic.index_error"  # on a cf.assert: failing it is eager's IndexError
LIMITATION_ATTR = "jic.limitation"  # as infer-shapes': failing it runs the call eagerly
READ_IN_LOOP_ATTR = "jic.read_in_loop"  # on a jic.select moved out of a loop (hoist-step-matmuls): eager reads it
# only if a step runs, so it is not read at every call although it now stands outside the loops


# ------------------------------------------------------------------ linear forms (for proofs only)
@dataclass(frozen=True)
class Lin:
    """sum(coef * atom) + const; atoms are sizes (keyed by their symbolic dim) or other values."""

    terms: tuple[tuple[object, int], ...] = ()
    const: int = 0

    @staticmethod
    def of(const: int = 0, atom: object = None) -> Lin:
        return Lin(((atom, 1),) if atom is not None else (), const)

    def _combine(self, other: Lin, k: int) -> Lin:
        terms = dict(self.terms)
        for a, c in other.terms:
            terms[a] = terms.get(a, 0) + k * c
        return Lin(tuple((a, c) for a, c in terms.items() if c), self.const + k * other.const)

    def __add__(self, other: Lin) -> Lin:
        return self._combine(other, 1)

    def __sub__(self, other: Lin) -> Lin:
        return self._combine(other, -1)

    def scale(self, k: int) -> Lin:
        return Lin(tuple((a, c * k) for a, c in self.terms if c * k), self.const * k)

    def coef(self, atom: object) -> int:
        return dict(self.terms).get(atom, 0)

    def at_least(self, k: int) -> bool:
        """Provably >= k."""
        return not self.terms and self.const >= k


def _const(v: SSAValue) -> int | None:
    op = v.owner
    if isinstance(op, arith.ConstantOp) and isinstance(op.value, IntegerAttr):
        return op.value.value.data
    return None


def lin(v: SSAValue, env: dict[SSAValue, Lin]) -> Lin | None:
    """The linear form of an integer value (None if it is not linear in `env`'s values and atoms)."""
    if v in env:
        return env[v]
    c = _const(v)
    if c is not None:
        return Lin.of(c)
    op = v.owner
    if isinstance(op, (arith.AddiOp, arith.SubiOp)):
        a, b = lin(op.lhs, env), lin(op.rhs, env)
        if a is None or b is None:
            return None
        return a + b if isinstance(op, arith.AddiOp) else a - b
    if isinstance(op, arith.MuliOp):
        a, b = lin(op.lhs, env), lin(op.rhs, env)
        if a is None or b is None:
            return None
        if not b.terms:
            return a.scale(b.const)
        if not a.terms:
            return b.scale(a.const)
        return None
    if isinstance(op, T.DimOp):
        return Lin.of(atom=shape_of(op.source)[op.dim.value.data])
    if isinstance(op, arith.IndexCastOp):
        return lin(op.input, env)
    return Lin.of(atom=v)


def size_lin(d: symdim.SymDim) -> Lin:
    return Lin.of(d.value) if isinstance(d, symdim.Const) else Lin.of(atom=d)


# ------------------------------------------------------------------ the loop an index runs over
@dataclass
class LoopRange:
    """t over range(lb, ub, step) with a constant step: an scf.for (step > 0), or an scf.while that counts
    (`jic.counted`: a `for` that can stop early; step > 0 or < 0)."""

    iv: BlockArgument
    loop: Operation
    lb: SSAValue
    ub: SSAValue
    step: int


def loop_range(v: SSAValue) -> LoopRange | None:
    if not isinstance(v, BlockArgument) or v.index != 0:
        return None
    loop = v.block.parent_op()
    if isinstance(loop, scf.ForOp):
        step = _const(loop.step)
        return LoopRange(v, loop, loop.lb, loop.ub, step) if step is not None and step > 0 else None
    if isinstance(loop, scf.WhileOp) and "jic.counted" in loop.attributes and v.block is loop.after_region.block:
        cmp = loop.before_region.block.first_op
        y = loop.after_region.block.last_op
        nxt = y.operands[0].owner if y is not None and y.operands else None
        if not (isinstance(cmp, arith.CmpiOp) and cmp.predicate.value.data in (2, 4)):  # slt, sgt
            return None
        if not (isinstance(nxt, arith.AddiOp) and nxt.lhs is v):
            return None
        step = _const(nxt.rhs)
        if step is None or step == 0 or (step > 0) != (cmp.predicate.value.data == 2):
            return None
        return LoopRange(v, loop, loop.arguments[0], cmp.rhs, step)
    return None


# ------------------------------------------------------------------ an index and what it needs
@dataclass
class Index:
    """`value` = scale * rng.iv + (the rest), or loop-invariant (rng None)."""

    value: SSAValue
    rng: LoopRange | None = None
    scale: int = 0
    ops: list[Operation] = field(default_factory=list)  # the ops computing `value` from the loop index


def defined_at_top(v: SSAValue, f: func.FuncOp) -> bool:
    if isinstance(v, BlockArgument):
        return v.block is f.body.block
    return v.owner.parent_op() is f  # type: ignore[union-attr]


def analyze(idx: SSAValue, f: func.FuncOp, at: Operation) -> Index:
    """How `idx` depends on loop indices; UnsupportedError if not as described in the module doc."""
    if defined_at_top(idx, f):
        return Index(idx)
    ivs: set[BlockArgument] = set()
    ops: list[Operation] = []

    def walk(v: SSAValue) -> bool:
        if defined_at_top(v, f) or _const(v) is not None and not isinstance(v, BlockArgument):
            if not defined_at_top(v, f):
                ops.append(v.owner)  # type: ignore[arg-type]
            return True
        if isinstance(v, BlockArgument):
            ivs.add(v)
            return loop_range(v) is not None
        op = v.owner
        if not isinstance(op, (arith.AddiOp, arith.SubiOp, arith.MuliOp, arith.IndexCastOp)):
            return False
        if not all(walk(o) for o in op.operands):
            return False
        ops.append(op)
        return True

    linear = walk(idx)
    if linear and len(ivs) == 1:
        rng = loop_range(next(iter(ivs)))
        assert rng is not None
        form = lin(idx, {rng.iv: Lin.of(atom="t")})
        if form is not None and all(a == "t" or defined_at_top(a, f) for a, _ in form.terms if isinstance(a, SSAValue)):
            if not (defined_at_top(rng.lb, f) and defined_at_top(rng.ub, f)):
                raise unsupported_at(at, "indexing with a loop index whose bounds are computed inside another loop")
            unique = list(dict.fromkeys(ops))
            return Index(idx, rng, form.coef("t"), unique)
    raise unsupported_at(
        at,
        "an index computed from loop values",
        "an index must be `a * t + b` for the index t of one `for` over a range,"
        " a constant a and b known before the loop (e.g. `t + 1`, `T - 1 - t`, `2 * t`)",
    )


class IndexChecks:
    """Inserts, for one jic.select, the host check of its index range and the in-loop wrap of negatives."""

    def __init__(self, f: func.FuncOp, dims: DimMaterializer):
        self.f, self.dims = f, dims

    def _insert(self, op: Operation, before: Operation) -> SSAValue:
        Rewriter.insert_op(op, InsertPoint.before(before))
        return op.results[0]

    def _at(self, ix: Index, t: SSAValue, top: Operation) -> SSAValue:
        """The index's value for loop index `t`: its ops cloned before `top`."""
        assert ix.rng is not None
        mapping: dict[SSAValue, SSAValue] = {ix.rng.iv: t}
        for op in ix.ops:
            clone = op.clone()
            for i, o in enumerate(op.operands):
                clone.operands[i] = mapping.get(o, o)
            Rewriter.insert_op(clone, InsertPoint.before(top))
            for r, c in zip(op.results, clone.results):
                mapping[r] = c
        return mapping[ix.value]

    def _last_t(self, r: LoopRange, top: Operation) -> SSAValue:
        """The loop index at the last step (read only when the loop runs): for a positive step
        lb + (ub - lb - 1) // step * step, for a negative one lb - (lb - ub - 1) // -step * -step."""
        one = self._cst(1, top)
        if abs(r.step) == 1:
            return self._insert((arith.SubiOp if r.step > 0 else arith.AddiOp)(r.ub, one), top)
        far, near = (r.ub, r.lb) if r.step > 0 else (r.lb, r.ub)
        span = self._insert(arith.SubiOp(self._insert(arith.SubiOp(far, near), top), one), top)
        stp = self._cst(abs(r.step), top)
        steps = self._insert(arith.MuliOp(self._insert(arith.DivSIOp(span, stp), top), stp), top)
        return self._insert((arith.AddiOp if r.step > 0 else arith.SubiOp)(r.lb, steps), top)

    def _cst(self, k: int, top: Operation) -> SSAValue:
        return self.dims.get(symdim.Const(k), top)

    def select(self, op: T.SelectOp, top: Operation) -> None:
        d = op.dim.value.data
        size_d = shape_of(op.source)[d]
        ix = analyze(op.index, self.f, op)
        size = size_lin(size_d)
        env: dict[SSAValue, Lin] = {}
        if ix.rng is None:
            lo = hi = lin(ix.value, env)
        else:
            r = ix.rng
            lb, ub = lin(r.lb, env), lin(r.ub, env)
            first = lin(ix.value, {r.iv: lb}) if lb is not None else None
            if abs(r.step) == 1 and ub is not None:
                last_t: Lin | None = ub - Lin.of(r.step)
            elif lb is not None and ub is not None and not lb.terms and not ub.terms:
                n = max(0, (ub.const - lb.const + r.step - (1 if r.step > 0 else -1)) // r.step)
                last_t = Lin.of(lb.const + max(n - 1, 0) * r.step)
            else:
                last_t = None
            last = lin(ix.value, {r.iv: last_t}) if last_t is not None else None
            lo, hi = (first, last) if ix.scale * r.step >= 0 else (last, first)
        nonneg = lo is not None and lo.at_least(0)
        lo_ok = nonneg or lo is not None and (lo + size).at_least(0)
        hi_ok = hi is not None and (size - hi).at_least(1)
        if not (lo_ok and hi_ok):
            self._check(op, ix, size_d, top, lo_ok, hi_ok)
        if not nonneg:
            self._wrap(op, size_d, top if ix.rng is None else op)

    def _check(self, op: T.SelectOp, ix: Index, size_d: symdim.SymDim, top: Operation, lo_ok: bool, hi_ok: bool):
        d = op.dim.value.data
        size = self.dims.get(size_d, top)
        if ix.rng is None:
            lo = hi = ix.value
            empty = None
        else:
            r = ix.rng
            low_first = ix.scale * r.step >= 0  # the smallest index is at the first step, the largest at the last
            need_first = (not lo_ok and low_first) or (not hi_ok and not low_first)
            need_last = (not lo_ok and not low_first) or (not hi_ok and low_first)
            first = self._at(ix, r.lb, top) if need_first else None
            last = self._at(ix, self._last_t(r, top), top) if need_last else None
            lo, hi = (first, last) if low_first else (last, first)
            empty = self._insert(arith.CmpiOp(r.lb, r.ub, "sge" if r.step > 0 else "sle"), top)
        conds = []
        if not lo_ok:
            assert lo is not None
            neg_size = self._insert(arith.SubiOp(self._cst(0, top), size), top)
            conds.append(self._insert(arith.CmpiOp(lo, neg_size, "sge"), top))
        if not hi_ok:
            assert hi is not None
            conds.append(self._insert(arith.CmpiOp(hi, size, "slt"), top))
        ok = conds[0]
        for c in conds[1:]:
            ok = self._insert(arith.AndIOp(ok, c), top)
        if empty is not None:
            ok = self._insert(arith.OrIOp(empty, ok), top)
        steps = "" if ix.rng is None else f" in some step of the loop at {loc_of(ix.rng.loop)}"
        msg = f"{loc_of(op)}: index out of range for dimension {d} of a tensor of size {size_d}{steps}"
        check = cf.AssertOp(ok, msg)
        check.attributes[INDEX_ERROR_ATTR if self._every_step_reads(op, ix) else LIMITATION_ATTR] = UnitAttr()
        Rewriter.insert_op(check, InsertPoint.before(top))

    def _every_step_reads(self, op: T.SelectOp, ix: Index) -> bool:
        """Does every step the check covers read the index? Then an index out of range is eager's IndexError.
        Else (a loop that may stop early, a branch around the read, a loop around an invariant index) eager
        may never read it: a failing check means jic cannot run these sizes, and the call runs eagerly."""
        if ix.rng is None:
            return op.parent_op() is self.f and READ_IN_LOOP_ATTR not in op.attributes
        loop = ix.rng.loop
        return isinstance(loop, scf.ForOp) and loop.parent_op() is self.f and op.parent_op() is loop

    def _wrap(self, op: T.SelectOp, size_d: symdim.SymDim, at: Operation) -> None:
        """A negative index counts from the end: i < 0 ? i + size : i, before `at` (the select, or before
        the loops for an index that does not change in them)."""
        top = at if at.parent_op() is self.f else _top_level(at, self.f)
        size = self.dims.get(size_d, top)
        zero = self._cst(0, top)
        i = op.index
        neg = self._insert(arith.CmpiOp(i, zero, "slt"), at)
        wrapped = self._insert(arith.AddiOp(i, size), at)
        op.operands[1] = self._insert(arith.SelectOp(neg, wrapped, i), at)


def _top_level(op: Operation, f: func.FuncOp) -> Operation:
    while op.parent_op() is not f:
        op = op.parent_op()  # type: ignore[assignment]
    return op
