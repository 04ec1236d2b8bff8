"""Dependence analysis of loop-carried state: which dims of the state are free and which are coupled.

For a loop whose carried tensors share one shape S, dim j of S is *free* when element p of the state
at step t+1 reads the carried state (at step t) only at coordinate p[j] along dim j; it is *coupled*
when it may read other coordinates (a matmul with the state, a reduction of it, `roll`, `x[0]`, a
transpose). Only a loop whose every dim is free may run as independent threads, one per element;
a coupled dim needs the whole extent in one place (a thread block with barriers between steps, or
the host running one fused kernel per step).

The analysis tracks, for every tensor value v in the body and every carried block argument c, how
c's coordinates are determined by v's element index: `coords[j] = i` when c's dim j is read at v's
own index along v's dim i, `ANY` otherwise. Rules, one per op family:

    carried c                 ->  (0, 1, ..., r-1)
    elementwise (broadcast)   ->  operand dims shifted right-aligned; a static size-1 dim broadcast
                                  to more is ANY; two operands disagreeing on a coordinate -> ANY
    x[.., t] (select dim d)   ->  d -> ANY, dims after d shift down
    reduce over dims R        ->  R -> ANY (and shift down without keepdim)
    roll along dims R         ->  R -> ANY
    permute                   ->  dims follow the permutation
    matmul                    ->  the contracted dim -> ANY, rows/columns/batch dims move to the result's
    anything else             ->  every coordinate ANY

For the periodic stencil `u + k * (roll(u, 1, -1) - 2 * u + roll(u, -1, -1))` dim 1 is coupled (a roll
along it) and dim 0 free; for `tanh(x[:, t] + h)` both dims are free; for `tanh(h @ W.T)` dim 1 is
coupled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.dialects import scf
from xdsl.dialects.builtin import TensorType
from xdsl.ir import BlockArgument, Operation, SSAValue

from jic.ir import structured_ops as S
from jic.ir import symdim
from jic.ir import tensor_ops as T
from jic.passes.shapes import loc_of, shape_of

ANY: int | None = None
Coords = tuple[int | None, ...]
Deps = dict[BlockArgument, Coords]


@dataclass
class LoopDependence:
    """The verdict for one loop: per dim of the carried state, free or coupled, and what couples it."""

    rank: int
    coupled: dict[int, list[str]] = field(default_factory=dict)
    # dim -> the carried values (by position) whose next value reads other elements along it
    coupled_values: dict[int, set[int]] = field(default_factory=dict)

    @property
    def free(self) -> tuple[bool, ...]:
        return tuple(d not in self.coupled for d in range(self.rank))

    @property
    def all_free(self) -> bool:
        return not self.coupled

    def describe(self) -> str:
        if self.all_free:
            return "every dim of the carried state is free"
        parts = [f"dim {d} ({', '.join(sorted(set(why)))})" for d, why in sorted(self.coupled.items())]
        return "coupled " + "; ".join(parts)

    def reason(self, names: list[str]) -> str:
        """What couples the state, in words, naming the carried values (`names`, by position):
        "carried `h` is coupled along dim 1 by the matmul at elman.py:4"."""
        parts = []
        for d, why in sorted(self.coupled.items()):
            who = [names[k] for k in sorted(self.coupled_values.get(d, ()))]
            subject = f"carried {' and '.join(who)} {'is' if len(who) == 1 else 'are'}" if who else "the state is"
            by = ", ".join(in_words(w) for w in sorted(set(why)))
            parts.append(f"{subject} coupled along dim {d} by {by}")
        return "; ".join(parts)


def in_words(why: str) -> str:
    """ "jic.matmul at elman.py:4" -> "the matmul at elman.py:4"."""
    return f"the {why.removeprefix('jic.')}" if why.startswith("jic.") else why


def _rank(v: SSAValue) -> int:
    return len(v.type.get_shape()) if isinstance(v.type, TensorType) else 0


def _is_one(d: symdim.SymDim) -> bool:
    return d == symdim.Const(1)


class _Analysis:
    def __init__(self, loop: scf.ForOp, skip: frozenset[int] = frozenset()):
        self.loop = loop
        self.deps: dict[SSAValue, Deps] = {}
        self.why: dict[tuple[BlockArgument, int], list[str]] = {}
        for k, a in enumerate(loop.body.block.args[1:]):
            if isinstance(a.type, TensorType) and k not in skip:
                self.deps[a] = {a: tuple(range(_rank(a)))}

    def of(self, v: SSAValue) -> Deps:
        return self.deps.get(v, {})

    def lose(self, op: Operation, c: BlockArgument, before: Coords, after: Coords) -> Coords:
        """Record why coordinates that were known became ANY."""
        for j, (b, a) in enumerate(zip(before, after)):
            if b is not None and a is None:
                self.why.setdefault((c, j), []).append(f"{op.name} at {loc_of(op)}")
        return after

    def mapped(self, op: Operation, deps: Deps, f) -> Deps:  # type: ignore[no-untyped-def]
        """Apply a per-coordinate map `f(i) -> int | None` to every carried value's coordinates."""
        out: Deps = {}
        for c, coords in deps.items():
            new = tuple(None if i is None else f(i) for i in coords)
            out[c] = self.lose(op, c, coords, new)
        return out

    def merge(self, op: Operation, into: Deps, extra: Deps) -> None:
        for c, coords in extra.items():
            if c not in into:
                into[c] = coords
                continue
            old = into[c]
            new = tuple(a if a == b else None for a, b in zip(old, coords))
            # a coordinate already ANY on one side was lost earlier (and recorded there)
            known = tuple(a if b is not None else None for a, b in zip(old, coords))
            self.lose(op, c, known, new)
            into[c] = new

    def run(self) -> None:
        for op in self.loop.body.block.ops:
            self.visit(op)

    def visit(self, op: Operation) -> None:  # noqa: C901 - one rule per op family
        if op.regions:
            self.visit_region_op(op)
            return
        tensor_operands = [o for o in op.operands if isinstance(o.type, TensorType) and self.of(o)]
        if not tensor_operands or not op.results or isinstance(op, T.DimOp):
            return  # a size does not depend on the data
        res = op.results[0]
        if isinstance(op, T.ElementwiseOp):
            k = _rank(res)
            out_shape = shape_of(res)
            acc: Deps = {}
            for o in tensor_operands:
                off = k - _rank(o)
                o_shape = shape_of(o)

                def shift(i: int, off: int = off, o_shape=o_shape) -> int | None:  # type: ignore[no-untyped-def]
                    if _is_one(o_shape[i]) and not _is_one(out_shape[i + off]):
                        return ANY  # one element read by every coordinate
                    return i + off

                self.merge(op, acc, self.mapped(op, self.of(o), shift))
            self.deps[res] = acc
        elif isinstance(op, T.SelectOp):
            d = op.dim.value.data
            self.deps[res] = self.mapped(op, self.of(op.source), lambda i: ANY if i == d else (i - 1 if i > d else i))
        elif isinstance(op, S.ReduceOp):
            dims, keep = op.reduced, op.keeps_dims

            def red(i: int) -> int | None:
                if i in dims:
                    return ANY
                return i if keep else i - sum(1 for d in dims if d < i)

            self.deps[res] = self.mapped(op, self.of(op.input), red)
        elif isinstance(op, S.RollOp):
            rolled = set(S.ints_of(op.dims))
            self.deps[res] = self.mapped(op, self.of(op.input), lambda i: ANY if i in rolled else i)
        elif isinstance(op, S.PermuteOp):
            perm = op.permutation
            self.deps[res] = self.mapped(op, self.of(op.input), lambda i: perm.index(i))
        elif isinstance(op, S.MatmulOp):
            self.deps[res] = self.matmul(op)
        else:  # unknown: every coordinate of every carried value it reads is ANY
            acc = {}
            for o in tensor_operands:
                self.merge(op, acc, self.mapped(op, self.of(o), lambda i: ANY))
            for r in op.results:
                self.deps[r] = acc

    # ------------------------------------------------------------ nested control flow
    def merged(self, op: Operation, values: list[SSAValue]) -> Deps:
        acc: Deps = {}
        for v in values:
            self.merge(op, acc, self.of(v))
        return acc

    def visit_block(self, block) -> None:  # type: ignore[no-untyped-def]
        for inner in block.ops:
            self.visit(inner)

    def fixpoint(self, op: Operation, step) -> None:  # type: ignore[no-untyped-def]
        """Re-run `step` (which sets the deps of loop-carried block arguments) until nothing changes:
        coordinates only ever turn ANY, so this ends."""
        for _ in range(16):
            before = {k: dict(v) for k, v in self.deps.items()}
            step()
            if self.deps == before:
                return
        raise AssertionError(f"dependence analysis of {op.name} did not converge")

    def visit_region_op(self, op: Operation) -> None:
        """Branches and inner loops: their results depend on what their regions yield; values they
        capture from around them are read inside like any operand."""
        if isinstance(op, scf.IfOp):
            for region in op.regions:
                if region.blocks:
                    self.visit_block(region.block)
            yields = [r.block.last_op for r in op.regions if r.blocks]
            for i, res in enumerate(op.results):
                self.deps[res] = self.merged(op, [y.operands[i] for y in yields if y is not None])
        elif isinstance(op, scf.ForOp):
            body = op.body.block
            y = body.last_op
            assert y is not None

            def step() -> None:
                for i, a in enumerate(body.args[1:]):
                    self.deps[a] = self.merged(op, [op.iter_args[i], y.operands[i]])
                self.visit_block(body)

            self.fixpoint(op, step)
            for i, res in enumerate(op.results):
                self.deps[res] = self.merged(op, [body.args[i + 1], y.operands[i]])
        elif isinstance(op, scf.WhileOp):
            before, after = op.before_region.block, op.after_region.block
            cond, y = before.last_op, after.last_op
            assert isinstance(cond, scf.ConditionOp) and y is not None

            def step() -> None:
                for i, a in enumerate(before.args):
                    self.deps[a] = self.merged(op, [op.arguments[i], y.operands[i]])
                self.visit_block(before)
                for i, a in enumerate(after.args):
                    self.deps[a] = self.of(cond.args[i])
                self.visit_block(after)

            self.fixpoint(op, step)
            for i, res in enumerate(op.res):
                self.deps[res] = self.of(cond.args[i])
        else:  # an unknown region op: everything it reads, at any coordinate
            used = [o for inner in op.walk() for o in inner.operands if self.of(o)]
            acc: Deps = {}
            for o in used:
                self.merge(op, acc, self.mapped(op, self.of(o), lambda i: ANY))
            for r in op.results:
                self.deps[r] = acc

    def matmul(self, op: S.MatmulOp) -> Deps:
        ra, rb, rr = _rank(op.lhs), _rank(op.rhs), _rank(op.result)
        a_shape, b_shape = shape_of(op.lhs), shape_of(op.rhs)

        def lhs(i: int) -> int | None:
            if i == ra - 1 or _is_one(a_shape[i]):
                return ANY  # contracted (or a broadcast batch dim)
            if rb == 1:
                return i  # (..., n) @ (k,) -> (..., n)
            return i + (rr - ra)  # rows and batch dims, right-aligned

        def rhs(i: int) -> int | None:
            if (rb == 1 or i == rb - 2) or _is_one(b_shape[i]):
                return ANY
            if ra == 1:
                return i if i < rb - 2 else rr - 1  # (k,) @ (..., k, m) -> (..., m)
            return rr - 1 if i == rb - 1 else i + (rr - rb)

        acc: Deps = {}
        self.merge(op, acc, self.mapped(op, self.of(op.lhs), lhs))
        self.merge(op, acc, self.mapped(op, self.of(op.rhs), rhs))
        return acc


def carried_rank(loop: scf.ForOp, skip: frozenset[int] = frozenset()) -> int | None:
    """The rank of the loop's carried state if every carried value is a tensor of one rank, else None.
    `skip`: positions of carried values that are not state (the buffers of lists the loop fills).

    Carried tensors of one rank but different symbolic sizes (`v.0`, `n.0`) are analyzed as if their
    sizes agreed: whoever relies on the verdict proves that (carried_space.py checks it on the host)."""
    state = [a for k, a in enumerate(loop.iter_args) if k not in skip]
    if not state or not all(isinstance(a.type, TensorType) for a in state):
        return None
    if len({_rank(a) for a in state}) != 1:
        return None
    return _rank(state[0])


def analyze(
    loop: scf.ForOp, skip: frozenset[int] = frozenset(), also: tuple[tuple[int, SSAValue], ...] = ()
) -> LoopDependence | None:
    """Free and coupled dims of the loop's carried state (but the values at `skip`); None if it has no
    common rank. `also`: more values of the state's shape that each element's thread computes, with the
    carried position they belong to (the items of the lists the loop fills): they must read the state at
    their own element too."""
    rank = carried_rank(loop, skip)
    if rank is None:
        return None
    a = _Analysis(loop, skip)
    a.run()
    verdict = LoopDependence(rank)
    y = loop.body.block.last_op
    assert isinstance(y, scf.YieldOp)
    for k, new in [(k, v) for k, v in enumerate(y.arguments) if k not in skip] + list(also):
        for c, coords in a.of(new).items():
            for j, i in enumerate(coords):
                if i == j:
                    continue
                why = a.why.get((c, j), []) or ["a transpose of the state"]
                verdict.coupled.setdefault(j, []).extend(why)
                verdict.coupled_values.setdefault(j, set()).add(k)
                if i is not None:
                    verdict.coupled.setdefault(i, []).extend(why)
                    verdict.coupled_values.setdefault(i, set()).add(k)
    return verdict
