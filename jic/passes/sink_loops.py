"""sink-loops-into-kernels: a sequential loop over elementwise state becomes one kernel.

When every loop-carried tensor is updated elementwise (each element at step
t+1 depends only on the same element at step t, on slices `x[:, t]`, on
loop-invariant tensors and on scalars), each element's whole time loop is
independent of the others. The loop moves inside a `jic.kernel` whose threads
each run all T steps for their element:

    %r = scf.for %t = %lb to %ub step %s iter_args(%h = %h0) -> (tensor<?x?xf32>) {
      %xt = jic.select %x[1 = %t] ...
      %n = jic.tanh (jic.add %xt, %h) ...
      scf.yield %n
    }
  ->
    %r = "jic.kernel"(%B, %H) ({
    ^bb0(%i: index, %j: index):
      %h0e = jic.load %h0[%i, %j]
      %re = scf.for %t = %lb to %ub step %s iter_args(%he = %h0e) -> (f32) {
        %xe = jic.load %x[%i, %t, %j]
        %n = math.tanh (arith.addf %xe, %he)
        scf.yield %n : f32
      }
      jic.yield %re : f32
    })

Whether every element is independent is decided by the dependence analysis
(dependence.py): each dim of the carried state must be free. A loop with a
coupled dim (a roll, a reduction or a matmul of the state) is left on the host,
annotated with what couples it (`jic.coupled`); its body becomes one fused
kernel per step. Loops with other ops in their body (a matmul) stay too, as do
loops whose carried tensors have no common shape (`jic.host_loop` says why).

Carried tensors of one rank share the kernel's grid, the first one's shape; where
their symbolic sizes differ (`v.0`, `n.0` of two arguments) a host check before
the kernel proves them equal (carried_space.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, scf
from xdsl.dialects.builtin import ModuleOp, StringAttr
from xdsl.ir import Block, Operation, Region
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import KernelOp, KernelYieldOp
from jic.ir.scalar_ops import ReportIfOp
from jic.passes import dependence, registry
from jic.passes.carried_space import CommonSpace, carried_names, common_space
from jic.passes.scalarize import Scalarizer
from jic.passes.shapes import DimMaterializer, loc_of

# ops a thread can compute for its own element (reductions and roll of state-independent values inline)
SINKABLE = (T.ElementwiseOp, T.SelectOp, scf.YieldOp, S.ReduceOp, S.RollOp, S.PermuteOp, ReportIfOp)
COUPLED_ATTR = "jic.coupled"
HOST_LOOP_ATTR = "jic.host_loop"


def _sinkable(loop: scf.ForOp) -> CommonSpace | None:
    """The iteration space if each element of the carried state can run all steps in its own thread.
    A loop that cannot stays on the host, one step at a time, and the IR says why: `jic.host_loop`
    in words (jic.explain shows it), and `jic.coupled`, the dependence analysis' verdict per dim."""
    names = carried_names(list(loop.iter_args), list(loop.body.block.args[1:]))
    space = common_space(list(loop.iter_args), names)
    if isinstance(space, str):
        loop.attributes[HOST_LOOP_ATTR] = StringAttr(space)
        return None
    verdict = dependence.analyze(loop)
    assert verdict is not None  # common_space found one rank
    if not verdict.all_free:
        loop.attributes[COUPLED_ATTR] = StringAttr(verdict.describe())
        loop.attributes[HOST_LOOP_ATTR] = StringAttr(verdict.reason(names))
        return None
    for op in loop.body.block.ops:
        if not (isinstance(op, SINKABLE) or op.name.startswith("arith.")):
            why = dependence.in_words(f"{op.name} at {loc_of(op)}")
            loop.attributes[HOST_LOOP_ATTR] = StringAttr(f"{why} has no per-thread form")
            return None
    return space


def sink(loop: scf.ForOp, space: CommonSpace, dims: DimMaterializer) -> KernelOp:
    """The loop as one kernel over `space` (whose host checks go before it)."""
    space.assert_on_host(dims, loop)
    sizes = [dims.get(d, loop) for d in space.shape]
    kblock = KernelOp.new_body(len(space.shape))
    idx = tuple(kblock.args)
    outer = Scalarizer(kblock, inside=set(), identity=idx)
    outer.size_of = lambda d: dims.get(d, loop)
    inits = [outer.elem(a, idx) for a in loop.iter_args]

    body = loop.body.block
    inner_block = Block(arg_types=[body.args[0].type, *(i.type for i in inits)])
    inside: set[Operation] = set(body.ops)
    s = Scalarizer(inner_block, inside=inside, identity=idx)
    s.size_of = outer.size_of
    s.scalars[body.args[0]] = inner_block.args[0]
    for targ, sarg in zip(body.args[1:], inner_block.args[1:]):
        s.carried[targ] = sarg
    y = body.last_op
    assert isinstance(y, scf.YieldOp)
    new_vals = [s.elem(v, idx) for v in y.arguments]
    inner_block.add_op(scf.YieldOp(*new_vals))
    inner = scf.ForOp(loop.lb, loop.ub, loop.step, inits, Region(inner_block))
    kblock.add_op(inner)
    kblock.add_op(KernelYieldOp(*inner.results))
    kernel = KernelOp(sizes, [r.type for r in loop.res], Region(kblock))
    return kernel


@registry.register
@dataclass(frozen=True)
class SinkLoopsIntoKernels(ModulePass):
    name = "sink-loops-into-kernels"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for f in list(op.walk()):
            if not isinstance(f, func.FuncOp):
                continue
            dims = DimMaterializer(f)
            for loop in list(f.body.block.ops):
                if not isinstance(loop, scf.ForOp):
                    continue
                space = _sinkable(loop)
                if space is not None:
                    Rewriter.replace_op(loop, sink(loop, space, dims))
