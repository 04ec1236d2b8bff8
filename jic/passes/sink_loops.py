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

Loops whose body does anything else are left alone (a later stage reports them).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, scf
from xdsl.dialects.builtin import ModuleOp, TensorType
from xdsl.ir import Block, Operation, Region
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import KernelOp, KernelYieldOp
from jic.passes import registry
from jic.passes.scalarize import Scalarizer
from jic.passes.shapes import DimMaterializer, shape_of

SINKABLE = (T.ElementwiseOp, T.SelectOp, scf.YieldOp)


def _sinkable(loop: scf.ForOp) -> bool:
    if not loop.res or not all(isinstance(r.type, TensorType) for r in loop.res):
        return False
    for op in loop.body.block.ops:
        if not (isinstance(op, SINKABLE) or op.name.startswith("arith.")):
            return False
    shapes = {shape_of(a) for a in loop.iter_args}
    return len(shapes) == 1


def sink(loop: scf.ForOp, dims: DimMaterializer) -> KernelOp:
    space = shape_of(loop.iter_args[0])
    sizes = [dims.get(d, loop) for d in space]
    kblock = KernelOp.new_body(len(space))
    idx = tuple(kblock.args)
    outer = Scalarizer(kblock, inside=set(), identity=idx)
    inits = [outer.elem(a, idx) for a in loop.iter_args]

    body = loop.body.block
    inner_block = Block(arg_types=[body.args[0].type, *(i.type for i in inits)])
    inside: set[Operation] = set(body.ops)
    s = Scalarizer(inner_block, inside=inside, identity=idx)
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
                if isinstance(loop, scf.ForOp) and _sinkable(loop):
                    kernel = sink(loop, dims)
                    Rewriter.replace_op(loop, kernel)
