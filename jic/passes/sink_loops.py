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

A list the loop fills (`outs.append(h)`, jic.stack_insert) is no state: its
buffer is allocated before the kernel and each thread stores its element of
every step's item into it (sink_lists.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, scf
from xdsl.dialects.builtin import IndexType, ModuleOp, StringAttr
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import KernelOp, KernelYieldOp
from jic.ir.list_ops import StackStoreOp
from jic.ir.scalar_ops import ReportIfOp
from jic.passes import dependence, ir_utils, locations, registry, sink_lists
from jic.passes.carried_space import CommonSpace, carried_names, common_space
from jic.passes.locations import stamp
from jic.passes.scalarize import Scalarizer
from jic.passes.shapes import DimMaterializer, loc_of, set_shape

# ops a thread can compute for its own element (reductions and roll of state-independent values inline)
SINKABLE = (T.ElementwiseOp, T.SelectOp, scf.YieldOp, S.ReduceOp, S.RollOp, S.PermuteOp, ReportIfOp)
COUPLED_ATTR = "jic.coupled"
HOST_LOOP_ATTR = "jic.host_loop"


def _sinkable(loop: scf.ForOp) -> tuple[CommonSpace, list[sink_lists.ListSlot]] | None:
    """The iteration space (and the lists the loop fills, sink_lists.py) if each element of the carried
    state can run all steps in its own thread. A loop that cannot stays on the host, one step at a time,
    and the IR says why: `jic.host_loop` in words (jic.explain shows it), and `jic.coupled`, the
    dependence analysis' verdict per dim."""
    slots = sink_lists.list_slots(loop)
    if slots is None:
        loop.attributes[HOST_LOOP_ATTR] = StringAttr("a list it fills does not get one item per step")
        return None
    skip = frozenset(s.pos for s in slots)
    state = [k for k in range(len(loop.iter_args)) if k not in skip]
    names = carried_names(list(loop.iter_args), list(loop.body.block.args[1:]))
    space = common_space([loop.iter_args[k] for k in state], [names[k] for k in state])
    if isinstance(space, str):
        loop.attributes[HOST_LOOP_ATTR] = StringAttr(space)
        return None
    verdict = dependence.analyze(loop, skip, tuple((s.pos, s.item) for s in slots))
    assert verdict is not None  # common_space found one rank
    if not verdict.all_free:
        loop.attributes[COUPLED_ATTR] = StringAttr(verdict.describe())
        loop.attributes[HOST_LOOP_ATTR] = StringAttr(verdict.reason(names))
        return None
    inserts = {s.insert for s in slots} | {v for s in slots for v in s.views}
    for op in loop.body.block.ops:
        if not (isinstance(op, SINKABLE) or op.name.startswith("arith.") or op in inserts):
            why = dependence.in_words(f"{op.name} at {loc_of(op)}")
            loop.attributes[HOST_LOOP_ATTR] = StringAttr(f"{why} has no per-thread form")
            return None
    py = ir_utils.python_object_in(loop)
    if py is not None:  # what an eager call returned lives on the host
        why = dependence.in_words(f"{py.name} at {loc_of(py)}")
        loop.attributes[HOST_LOOP_ATTR] = StringAttr(f"{why} holds a Python object, which has no per-thread form")
        return None
    if not sink_lists.fits(slots, space.shape):
        loop.attributes[HOST_LOOP_ATTR] = StringAttr("a list it fills gets items of another rank than its state")
        return None
    return space, slots


def sink(
    loop: scf.ForOp, space: CommonSpace, dims: DimMaterializer, slots: Sequence[sink_lists.ListSlot] = ()
) -> tuple[KernelOp, list[SSAValue]]:
    """The loop as one kernel over `space` (whose host checks go before it), not yet inserted, and per loop
    result what replaces it: a kernel result, or the buffer of a list (allocated before the loop)."""
    space.assert_on_host(dims, loop)
    skip = frozenset(s.pos for s in slots)
    state = [k for k in range(len(loop.iter_args)) if k not in skip]
    sizes = [dims.get(d, loop) for d in space.shape]
    sink_lists.check_sizes(loop, list(slots), space.shape, dims)
    buffers = [sink_lists.allocate(loop, s, dims) for s in slots]
    kblock = KernelOp.new_body(len(space.shape))
    idx = tuple(kblock.args)
    outer = Scalarizer(kblock, inside=set(), identity=idx)
    outer.size_of = lambda d: dims.get(d, loop)
    inits = [outer.elem(loop.iter_args[k], idx) for k in state]

    body = loop.body.block
    inner_block = Block(arg_types=[body.args[0].type, *(i.type for i in inits)])
    inside: set[Operation] = set(body.ops)
    s = Scalarizer(inner_block, inside=inside, identity=idx)
    s.size_of = outer.size_of
    s.scalars[body.args[0]] = inner_block.args[0]
    for k, sarg in zip(state, inner_block.args[1:]):
        s.carried[body.args[k + 1]] = sarg
    y = body.last_op
    assert isinstance(y, scf.YieldOp)
    new_vals = [s.elem(y.arguments[k], idx) for k in state]
    zero = None
    for slot, buf in zip(slots, buffers):
        if slot.unsqueezed and zero is None:
            zero = arith.ConstantOp.from_int_and_width(0, IndexType())
            inner_block.add_op(zero)
        indices = sink_lists.store_indices(slot, inner_block.args[0], idx, zero.result if zero else None)
        store = StackStoreOp(s.elem(slot.item, idx), buf, indices)
        stamp(store, locations.loc_of(slot.insert))
        inner_block.add_op(store)
    inner_block.add_op(scf.YieldOp(*new_vals))
    inner = scf.ForOp(loop.lb, loop.ub, loop.step, inits, Region(inner_block))
    kblock.add_op(inner)
    kblock.add_op(KernelYieldOp(*inner.results))
    kernel = KernelOp(sizes, [loop.res[k].type for k in state], Region(kblock))
    set_shape(kernel, space.shape)  # every result has the state's shape: later reductions of it read it
    by_slot = {**dict(zip(state, kernel.results)), **{slot.pos: b for slot, b in zip(slots, buffers)}}
    return kernel, [by_slot[k] for k in range(len(loop.res))]


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
                found = _sinkable(loop)
                if found is None:
                    continue
                space, slots = found
                kernel, replacements = sink(loop, space, dims, slots)
                Rewriter.insert_op(kernel, InsertPoint.before(loop))
                for r, new in zip(loop.res, replacements):
                    r.replace_all_uses_with(new)
                Rewriter.erase_op(loop)
                sink_lists.erase_inits(slots)
