"""serialize-block-threads: the threads of a block as loops, for a target that runs a block on one core.

On the GPU the threads of a block run at once and `gpu.barrier` makes each wait until all have
reached it. On the CPU one core runs a whole block, so the code between two barriers (a phase) runs
for every thread in turn, and the barrier is the end of that loop:

    %tid = gpu.thread_id x                            %c0, %c1 = 0, 1
    %ntid = gpu.block_dim x                           %ntid = gpu.block_dim x
    scf.for %j = %tid to %H step %ntid {A}            scf.for %i = %c0 to %ntid step %c1 {
    gpu.barrier                               ->        scf.for %j = %i to %H step %ntid {A}
    %p = scf.for %t = ... iter_args(%q = %c0) {       }
      scf.for %j = %tid to %H step %ntid {B}          %p = scf.for %t = ... iter_args(%q = %c0) {
      gpu.barrier                                       scf.for %i = %c0 to %ntid step %c1 {
      scf.yield (1 - %q)                                  scf.for %j = %i to %H step %ntid {B}
    }                                                   }
                                                        scf.yield (1 - %q)
                                                      }

An op is thread-dependent when it reads the thread id (through any chain of values, or from inside
its regions). Each maximal run of thread-dependent ops between thread-independent ones becomes one
loop over the threads; thread-independent ops run once (every thread would compute the same). An op
holding a barrier must be thread-independent and yield thread-independent values (all threads reach
the same barriers); its regions are split the same way. A thread-dependent value must not be read
outside its phase: threads exchange values only through memory. Either violation is refused.

lower-to-llvm{target=cpu} runs this on every kernel that reads `gpu.thread_id`.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, gpu, scf
from xdsl.dialects.builtin import IndexType, IntegerAttr, ModuleOp
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.errors import UnsupportedError
from jic.passes import registry


def _has_barrier(op: Operation) -> bool:
    return any(isinstance(inner, gpu.BarrierOp) for inner in op.walk())


class _Serializer:
    def __init__(self, f: gpu.FuncOp):
        self.f = f
        entry = f.body.block
        first = entry.first_op
        assert first is not None
        at = InsertPoint.before(first)
        self.c0 = arith.ConstantOp(IntegerAttr(0, IndexType()))
        self.c1 = arith.ConstantOp(IntegerAttr(1, IndexType()))
        dims = [op for op in entry.ops if isinstance(op, gpu.BlockDimOp)]
        self.ntid_op = dims[0] if dims else gpu.BlockDimOp(gpu.DimensionAttr(gpu.DimensionEnum.X))
        for op in (self.c0, self.c1, *([] if dims else [self.ntid_op])):
            Rewriter.insert_op(op, at)
        self.tids = [op for op in f.walk() if isinstance(op, gpu.ThreadIdOp)]
        self.varying: set[SSAValue] = {op.result for op in self.tids}

    def reads_varying(self, op: Operation) -> bool:
        return any(o in self.varying for inner in op.walk() for o in inner.operands)

    def mark(self, op: Operation) -> None:
        for inner in op.walk():
            self.varying.update(inner.results)
            for region in inner.regions:
                for b in region.blocks:
                    self.varying.update(b.args)

    def block(self, block: Block) -> None:
        segment: list[Operation] = []
        for op in list(block.ops):
            if isinstance(op, gpu.ThreadIdOp):
                continue
            if isinstance(op, gpu.BarrierOp):
                self.close(segment)
                Rewriter.erase_op(op)
                continue
            if _has_barrier(op):
                self.close(segment)
                if any(o in self.varying for o in op.operands):
                    raise UnsupportedError(f"a barrier inside {op.name} whose bounds depend on the thread")
                for region in op.regions:
                    for b in region.blocks:
                        self.block(b)
                        term = b.last_op
                        if term is not None and any(o in self.varying for o in term.operands):
                            raise UnsupportedError(f"{op.name} holding a barrier yields a value of one thread")
                continue
            if self.reads_varying(op):
                self.mark(op)
                segment.append(op)
            else:
                self.close(segment)
        self.close(segment)

    def close(self, segment: list[Operation]) -> None:
        """Run the ops of `segment` (consecutive, thread-dependent) in a loop over the threads."""
        if not segment:
            return
        ops = list(segment)
        segment.clear()
        inside = set(ops)
        for op in ops:
            for r in op.results:
                for use in r.uses:
                    top = use.operation
                    while top is not None and top not in inside:
                        top = top.parent_op()
                    if top is None:
                        raise UnsupportedError(
                            f"the value of one thread ({op.name}) is read after its phase; threads exchange "
                            "values through memory"
                        )
        body = Block(arg_types=[IndexType()])
        loop = scf.ForOp(self.c0.result, self.ntid_op.result, self.c1.result, [], Region(body))
        Rewriter.insert_op(loop, InsertPoint.before(ops[0]))
        for op in ops:
            op.detach()
            body.add_op(op)
        body.add_op(scf.YieldOp())
        tid = body.args[0]
        for t in self.tids:
            t.result.replace_uses_with_if(tid, lambda use: loop.is_ancestor(use.operation))

    def run(self) -> None:
        self.block(self.f.body.block)
        for t in self.tids:
            if t.result.uses:
                raise UnsupportedError("the thread id read outside every phase")
            Rewriter.erase_op(t)


def serialize(f: gpu.FuncOp) -> None:
    """Make `f`'s thread-dependent phases loops over the threads, in place (nothing if it reads no thread id)."""
    if any(isinstance(op, gpu.ThreadIdOp) for op in f.walk()):
        _Serializer(f).run()


@registry.register
@dataclass(frozen=True)
class SerializeBlockThreads(ModulePass):
    name = "serialize-block-threads"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for f in list(op.walk()):
            if isinstance(f, gpu.FuncOp):
                serialize(f)
