"""pipeline-loads{depth=D prefetch=true}: a kernel's time loop loads its inputs a block of steps ahead.

In W1's kernel every step waits for its own `x[i, t, j]` before the add, so
each step pays a memory latency although the load does not depend on the
carried state. This pass software-pipelines such loads. With N the loop's trip
count, steps numbered n = 0 .. N-1 and `body(n, v)` the loop body at
t = lb + n*step with the load replaced by the value v, the loop

    %r = scf.for %t = %lb to %ub step %c1 iter_args(%h = %h0) -> (f32) {
      %x = memref.load %X[%i, %t, %j]
      %n = math.tanh (arith.addf %x, %h)
      scf.yield %n : f32
    }

becomes blocks of D unrolled steps, each block's values loaded one block earlier:

    %r = scf.if (lb < ub) {
      v_k = load(min(k, N-1)); prefetch(min(D + k, N-1))              k < D  (prologue)
      scf.for %b = 0 to max(N/D - 2, 0):                             (steady state, all in range)
        w_k = load(bD + D + k); prefetch(bD + 2D + k)                 k < D
        body(bD + k, v_k)                                             k < D;  v = w
      scf.for %b = that to N/D:                                      (last full blocks: clamped
        w_k = load(min(bD + D + k, N-1)); prefetch(min(bD + 2D + k, N-1))      to step N-1)
        body(bD + k, v_k)                                             k < D;  v = w
      if k < N mod D: body((N/D)D + k, v_k)                           k < D-1 (remainder)
    } else { %h0 }

so the loads of a block are in flight while the previous block computes, and
(prefetch=true) the block after it is already on its way into the cache
(`jic.prefetch`): the register loads then hit the cache wherever the
instruction scheduler places them. Every address is one the original loop
reads (clamping re-reads step N-1), and a loop that never runs reads nothing.
The pipelined loads carry `jic.prefetched`; lower-to-llvm keeps them where
they are (see there).

A load (`memref.load`, or a `jic.vector_load` of 4 elements, vectorize_inner.py) is pipelined when it sits directly in the loop body, reads a memref
defined outside the loop, and its indices depend only on the induction
variable and loop-invariant values through `arith` ops. Loops that store to
memory they also load (a store to a buffer no load reads, such as a list's,
keeps its place among the steps), hold another loop, have a non-constant step or are reductions (their
iterations are shared by a warp's lanes) are left alone, as are loads that
depend on the carried state, and loads of a block's shared memory (jic.shared_memory), which
the block's threads rewrite between steps. depth <= 1 turns the pass off; a loop marked
`jic.pipeline_depth = d` is pipelined d deep (1: not at all) whatever the pass's depth.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, gpu, memref, scf
from xdsl.dialects.builtin import IndexType, IntegerAttr, ModuleOp, UnitAttr
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from jic.ir.memory_ops import PrefetchOp, SharedMemoryOp
from jic.ir.vector_ops import VectorLoadOp, VectorStoreOp
from jic.passes import lower_cooperative as cooperative
from jic.passes import registry
from jic.passes.ir_utils import defined_inside
from jic.passes.lower_to_llvm import PREFETCHED


def _const_step(loop: scf.ForOp) -> int | None:
    owner = loop.step.owner
    if isinstance(owner, arith.ConstantOp) and isinstance(owner.value, IntegerAttr):
        return owner.value.value.data
    return None


Load = memref.LoadOp | VectorLoadOp  # one value, or the values of consecutive elements
LOADS = (memref.LoadOp, VectorLoadOp)


def _index_slice(load: Load, loop: scf.ForOp) -> list[Operation] | None:
    """The body ops that compute `load`'s indices, in body order; None if they read carried state."""
    body = loop.body.block
    iv = body.args[0]
    needed: set[Operation] = set()
    work = list(load.indices)
    while work:
        v = work.pop()
        if v is iv:
            continue
        if v in body.args:  # a carried value
            return None
        owner = v.owner
        if not isinstance(owner, Operation) or owner.parent_block() is not body:
            continue  # defined outside the loop: invariant
        if owner in needed:
            continue
        if not owner.name.startswith("arith.") or owner.regions:
            return None
        needed.add(owner)
        work.extend(owner.operands)
    return [op for op in body.ops if op in needed]


def _prefetchable(loop: scf.ForOp) -> dict[Load, list[Operation]]:
    body = loop.body.block
    found: dict[Load, list[Operation]] = {}
    for op in body.ops:
        if not isinstance(op, LOADS):
            continue
        if defined_inside(op.memref, loop) or isinstance(op.memref.owner, SharedMemoryOp):
            continue  # (shared memory: a block's threads write it between steps; not a global load)
        sl = _index_slice(op, loop)
        if sl is not None:
            found[op] = sl
    return found


def _eligible(loop: scf.ForOp) -> bool:
    if cooperative.marked(loop):  # a reduction loop, split over a warp's lanes by lower-to-llvm
        return False
    step = _const_step(loop)
    if step is None or step <= 0:
        return False
    loaded = {op.memref for op in loop.body.walk() if isinstance(op, (memref.LoadOp, VectorLoadOp))}
    for op in loop.body.walk():
        if isinstance(op, (scf.ForOp, scf.WhileOp)) and op is not loop:
            return False
        if isinstance(op, (memref.StoreOp, VectorStoreOp)) and op.memref in loaded:
            return False  # a load issued ahead could read before the store it follows
    return True


class _Consts:
    """Index constants, each made once, placed where the rewritten loop starts."""

    def __init__(self) -> None:
        self.values: dict[int, SSAValue] = {}
        self.ops: list[Operation] = []

    def get(self, value: int) -> SSAValue:
        if value not in self.values:
            op = arith.ConstantOp.from_int_and_width(value, IndexType())
            self.ops.append(op)
            self.values[value] = op.result
        return self.values[value]


class _Emitter:
    """Appends ops to a block; small helpers for index arithmetic."""

    def __init__(self, block: Block, consts: _Consts):
        self.block = block
        self.consts = consts

    def add(self, op: Operation) -> SSAValue:
        self.block.add_op(op)
        return op.results[0] if op.results else None  # type: ignore[return-value]

    def sub(self, block: Block) -> _Emitter:
        return _Emitter(block, self.consts)

    def const(self, value: int) -> SSAValue:
        return self.consts.get(value)

    def min(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.add(arith.SelectOp(self.add(arith.CmpiOp(a, b, "ult")), a, b))


@dataclass
class _Pipeliner:
    loop: scf.ForOp
    depth: int
    prefetch: bool = False

    def __post_init__(self) -> None:
        self.loads = _prefetchable(self.loop)
        body = self.loop.body.block
        self.iv = body.args[0]
        self.carried = list(body.args[1:])
        self.types: list[Attribute] = [a.type for a in self.carried]
        # index arithmetic that only the pipelined loads use is not copied into the steps
        self.dead: set[Operation] = set()
        for op in reversed(list(body.ops)):
            uses = [u.operation for r in op.results for u in r.uses]
            if op.name.startswith("arith.") and uses and all(u in self.loads or u in self.dead for u in uses):
                self.dead.add(op)
        self.step_uses_iv = any(u.operation not in self.dead for u in self.iv.uses)

    # ---------------------------------------------------------------- pieces
    def time_of(self, e: _Emitter, n: SSAValue) -> SSAValue:
        """t = lb + n * step"""
        return e.add(arith.AddiOp(self.loop.lb, e.add(arith.MuliOp(n, self.loop.step))))

    def load_at(self, e: _Emitter, load: Load, n: SSAValue) -> list[SSAValue]:
        """`load` as the loop would issue it at step number n: its values."""
        vmap: dict[SSAValue, SSAValue] = {self.iv: self.time_of(e, n)}
        for op in self.loads[load]:
            e.add(op.clone(value_mapper=vmap))
        ld = load.clone(value_mapper=vmap)
        ld.attributes[PREFETCHED] = UnitAttr()
        e.add(ld)
        return list(ld.results)

    def prefetch_at(self, e: _Emitter, load: Load, n: SSAValue) -> None:
        """Prefetch what `load` reads at step number n."""
        vmap: dict[SSAValue, SSAValue] = {self.iv: self.time_of(e, n)}
        for op in self.loads[load]:
            e.add(op.clone(value_mapper=vmap))
        e.add(PrefetchOp(load.memref, [vmap.get(i, i) for i in load.indices]))

    def prefetch_block(self, e: _Emitter, n0: SSAValue, last: SSAValue | None) -> None:
        """Prefetch the D steps from step n0 (clamped to step `last` if given)."""
        if not self.prefetch:
            return
        for k in range(self.depth):
            n = e.add(arith.AddiOp(n0, e.const(k))) if k else n0
            if last is not None:
                n = e.min(n, last)
            for ld in self.loads:
                self.prefetch_at(e, ld, n)

    def step(
        self, e: _Emitter, n: SSAValue, values: Sequence[Sequence[SSAValue]], state: Sequence[SSAValue]
    ) -> list[SSAValue]:
        """The loop body at step number n, with the pipelined loads' values given: the new state."""
        body = self.loop.body.block
        vmap: dict[SSAValue, SSAValue] = {}
        if self.step_uses_iv:
            vmap[self.iv] = self.time_of(e, n)
        vmap.update(zip(self.carried, state))
        for ld, vs in zip(self.loads, values):
            vmap.update(zip(ld.results, vs))
        for op in body.ops:
            if isinstance(op, scf.YieldOp):
                return [vmap.get(a, a) for a in op.arguments]
            if op in self.loads or op in self.dead:
                continue
            e.add(op.clone(value_mapper=vmap))
        raise AssertionError("scf.for body without scf.yield")

    def blocks(
        self, e: _Emitter, lb: SSAValue, ub: SSAValue, inits: list[SSAValue], last: SSAValue, clamp: bool
    ) -> scf.ForOp:
        """scf.for %b = lb to ub: first the loads of block b+1 (clamped to step `last` if `clamp`)
        and the prefetches of block b+2, then the D steps of block b from the registers loaded
        one iteration earlier."""
        D, ns = self.depth, len(self.types)
        body = e.sub(Block(arg_types=[IndexType(), *(v.type for v in inits)]))
        b, *args = body.block.args
        state, regs = list(args[:ns]), self._registers(args[ns:])
        n0 = body.add(arith.MuliOp(b, body.const(D)))
        steps = [body.add(arith.AddiOp(n0, body.const(k))) if k else n0 for k in range(D)]
        new: list[list[list[SSAValue]]] = [[] for _ in self.loads]
        for k in range(D):
            ahead = body.add(arith.AddiOp(steps[k], body.const(D)))
            if clamp:
                ahead = body.min(ahead, last)
            for p, ld in enumerate(self.loads):
                new[p].append(self.load_at(body, ld, ahead))
        self.prefetch_block(body, body.add(arith.AddiOp(n0, body.const(2 * D))), last if clamp else None)
        for k in range(D):
            state = self.step(body, steps[k], [r[k] for r in regs], state)
        body.add(scf.YieldOp(*state, *_flat(new)))
        loop = scf.ForOp(lb, ub, e.const(1), inits, Region(body.block))
        e.add(loop)
        return loop

    def _registers(self, flat: Sequence[SSAValue]) -> list[list[list[SSAValue]]]:
        """Per pipelined load, its D steps' values in flight (each step: the load's results)."""
        out, at = [], 0
        for ld in self.loads:
            w = len(ld.results)
            out.append([list(flat[at + k * w : at + (k + 1) * w]) for k in range(self.depth)])
            at += self.depth * w
        return out

    # ---------------------------------------------------------------- whole
    def rewrite(self) -> None:
        loop, D, ns = self.loop, self.depth, len(self.types)
        then = _Emitter(Block(), _Consts())
        # trip count N = (ub - lb + step - 1) / step, for lb < ub
        span = then.add(arith.SubiOp(loop.ub, loop.lb))
        step_m1 = then.add(arith.SubiOp(loop.step, then.const(1)))
        N = then.add(arith.DivUIOp(then.add(arith.AddiOp(span, step_m1)), loop.step))
        last = then.add(arith.SubiOp(N, then.const(1)))
        # prologue: block 0 (clamped: N may be short)
        regs = [[self.load_at(then, ld, then.min(then.const(k), last)) for k in range(D)] for ld in self.loads]
        self.prefetch_block(then, then.const(D), last)
        nfull = then.add(arith.DivUIOp(N, then.const(D)))
        two = then.const(2)
        nmain = then.add(
            arith.SelectOp(then.add(arith.CmpiOp(nfull, two, "ugt")), then.add(arith.SubiOp(nfull, two)), then.const(0))
        )
        # steady state, whose loads (next block) and prefetches (the one after) stay in range;
        # then the last (at most 2) full blocks, clamped
        main = self.blocks(then, then.const(0), nmain, [*loop.iter_args, *_flat(regs)], last, clamp=False)
        tail = self.blocks(then, nmain, nfull, list(main.results), last, clamp=True)
        # remainder: N mod D steps from the registers of block nfull
        state = list(tail.results[:ns])
        regs = self._registers(tail.results[ns:])
        base = then.add(arith.MuliOp(nfull, then.const(D)))
        rem = then.add(arith.SubiOp(N, base))
        for k in range(D - 1):
            guard = then.add(arith.CmpiOp(then.const(k), rem, "ult"))
            doit = then.sub(Block())
            n = doit.add(arith.AddiOp(base, doit.const(k))) if k else base
            doit.add(scf.YieldOp(*self.step(doit, n, [r[k] for r in regs], state)))
            skip = Block()
            skip.add_op(scf.YieldOp(*state))
            guarded = scf.IfOp(guard, self.types, Region(doit.block), Region(skip))
            then.add(guarded)
            state = list(guarded.results)
        then.add(scf.YieldOp(*state))
        then.block.insert_ops_before(then.consts.ops, then.block.first_op)  # type: ignore[arg-type]

        empty = Block()
        empty.add_op(scf.YieldOp(*loop.iter_args))
        nonempty = arith.CmpiOp(loop.lb, loop.ub, "slt")
        whole = scf.IfOp(nonempty, self.types, Region(then.block), Region(empty))
        Rewriter.replace_op(loop, [nonempty, whole], new_results=whole.results)


def _flat(regs: Sequence[Sequence[Sequence[SSAValue]]]) -> list[SSAValue]:
    return [v for r in regs for step in r for v in step]


@registry.register
@dataclass(frozen=True)
class PipelineLoads(ModulePass):
    name = "pipeline-loads"
    depth: int = 16
    # also prefetch into the cache what the block after next reads (jic.prefetch)
    prefetch: bool = True

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.depth <= 1:
            return
        for f in list(op.walk()):
            if not isinstance(f, gpu.FuncOp):
                continue
            for loop in [o for o in f.walk() if isinstance(o, scf.ForOp)]:
                depth = _depth_of(loop, self.depth)
                if depth > 1 and _eligible(loop) and _prefetchable(loop):
                    _Pipeliner(loop, depth, self.prefetch).rewrite()


DEPTH_ATTR = "jic.pipeline_depth"  # on a loop: its own depth (the pass whose depth <= 1 still turns it off)


def _depth_of(loop: scf.ForOp, depth: int) -> int:
    attr = loop.attributes.get(DEPTH_ATTR)
    return attr.value.data if isinstance(attr, IntegerAttr) and depth > 1 else depth
