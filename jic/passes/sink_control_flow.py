"""sink-control-flow-into-kernels: loops and branches with nested control flow become one kernel.

`sink-loops-into-kernels` takes a loop whose body is straight-line elementwise
code. This pass takes the top-level `scf.for`, `scf.while` and `scf.if` left
over - loops with branches or inner loops, `while` loops, loops that stop
early, branches on run-time numbers - when every tensor they carry or produce
has one shape and is only read at its own element: each thread then runs the
whole region for its element (scalarize_regions.py).

A region op whose scalar results (an early-exit flag, a counter) are read by
the ops after it is sunk together with those readers, so the flag never leaves
the kernel:

    %r:2 = scf.while (...) -> (tensor<?x?xf32>, i1) {...}       %o = "jic.kernel"(%B, %H) ({
    %o = scf.if %r#1 -> (tensor<?x?xf32>) {...}          ->       %w:2 = scf.while (...) -> (f32, i1) {...}
                                                                  %e = scf.if %w#1 -> (f32) {...}
                                                                  jic.yield %e : f32 })

Anything else stays where it is (the host then refuses it, naming its line).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, scf
from xdsl.dialects.builtin import ModuleOp, StringAttr, TensorType
from xdsl.ir import Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.errors import UnsupportedError
from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import KernelOp, KernelYieldOp
from jic.ir.scalar_ops import ReportIfOp
from jic.passes import registry
from jic.passes.carried_space import CommonSpace, carried_names, common_space, value_name
from jic.passes.dependence import in_words
from jic.passes.ir_utils import python_object_in
from jic.passes.scalarize_regions import REGION_OPS, RegionScalarizer
from jic.passes.shapes import DimMaterializer, loc_of, set_shape, shape_of
from jic.passes.sink_loops import COUPLED_ATTR, HOST_LOOP_ATTR

INSIDE_OK = (T.ElementwiseOp, T.SelectOp, scf.YieldOp, scf.ConditionOp, ReportIfOp, *REGION_OPS)
# `jic.coupled` / `jic.host_loop` (set by sink-loops-into-kernels) are not read here: they also
# mark the branches and inner loops that the dependence analysis does not look into. What couples
# elements (reductions, rolls, matmuls) is not in INSIDE_OK, and reading a carried tensor at other
# indices than the thread's own is refused when scalarizing.


def _tensor_values(op: Operation) -> list[SSAValue]:
    """The tensors a region op carries or produces: they set the kernel's iteration space.
    (Tensors inside may be smaller, broadcasting: read at the kernel's indices they give
    the broadcast element, since size-1 dims are read with stride 0.)"""
    return (
        [r for r in (*op.results, *op.operands) if isinstance(r.type, TensorType)]
        if not isinstance(op, scf.IfOp)
        else [r for r in op.results if isinstance(r.type, TensorType)]
    )


def _carried(op: Operation) -> tuple[list[SSAValue], list[str]]:
    """The tensors that set a region op's iteration space, and their names: a loop's carried
    tensors (its results have their shapes), a branch's results."""
    if isinstance(op, scf.IfOp):
        values = [r for r in op.results if isinstance(r.type, TensorType)]
        return values, [value_name(v, k) for k, v in enumerate(values)]
    inits, args = (
        (op.iter_args, op.body.block.args[1:])
        if isinstance(op, scf.ForOp)
        else (op.arguments, op.before_region.block.args)
    )
    pairs = [(v, a) for v, a in zip(inits, args) if isinstance(v.type, TensorType)]
    return [v for v, _ in pairs], carried_names([v for v, _ in pairs], [a for _, a in pairs])


def _space(op: Operation) -> CommonSpace | str:
    """The iteration space of a region op if it holds only per-element work, else why not."""
    try:
        space = common_space(*_carried(op))
    except ValueError as e:  # a value without a recorded shape
        return str(e)
    if isinstance(space, str):
        return space
    for inner in op.walk():
        if inner is op:
            continue
        if not (isinstance(inner, INSIDE_OK) or inner.name.startswith(("arith.", "math."))):
            return f"{in_words(f'{inner.name} at {loc_of(inner)}')} has no per-thread form"
    py = python_object_in(op)
    if py is not None:  # a branch between two eager results, say: they stay on the host
        return f"{in_words(f'{py.name} at {loc_of(py)}')} holds a Python object, which has no per-thread form"
    return space


def _fits(op: Operation) -> bool:
    """Only per-element work inside, and every carried tensor of one shape (no host check needed)."""
    space = _space(op)
    return isinstance(space, CommonSpace) and not space.checks


def _group(first: Operation) -> list[Operation] | None:
    """`first` and the top-level ops after it that read its scalar results (transitively)."""
    group = [first]
    members = {first}

    def open_scalars() -> bool:
        for m in group:
            for r in m.results:
                if isinstance(r.type, TensorType):
                    continue
                if any(_top(u.operation, m) not in members for u in r.uses):
                    return True
        return False

    nxt = first.next_op
    while open_scalars():
        if nxt is None or isinstance(nxt, func.ReturnOp):
            return None
        reads = any(isinstance(o.owner, Operation) and o.owner in members for o in _operands_deep(nxt))
        if reads:
            if isinstance(nxt, REGION_OPS):
                if not _fits(nxt):
                    return None
            elif not (nxt.name.startswith("arith.") or isinstance(nxt, T.ElementwiseOp)):
                return None
            group.append(nxt)
            members.add(nxt)
        nxt = nxt.next_op
    return group


def _top(op: Operation, anchor: Operation) -> Operation:
    """The ancestor of `op` in `anchor`'s block."""
    while op.parent_block() is not anchor.parent_block():
        parent = op.parent_op()
        assert parent is not None
        op = parent
    return op


def _operands_deep(op: Operation) -> list[SSAValue]:
    return [o for inner in op.walk() for o in inner.operands]


def sink_group(group: list[Operation], space: CommonSpace, dims: DimMaterializer) -> None:
    """The group as one kernel over `space`, the first op's (whose host checks go before it)."""
    first = group[0]
    members = set(group)
    inside: set[Operation] = {inner for m in group for inner in m.walk()}
    outputs: list[SSAValue] = []
    agreeing = {shape_of(v) for v in space.values}  # proven equal to the space by its checks
    for m in group:
        for r in m.results:
            if any(_top(u.operation, m) not in members for u in r.uses):
                if not isinstance(r.type, TensorType) or shape_of(r) not in agreeing:
                    raise UnsupportedError(f"{m.name} whose result {r.type} is needed outside its kernel")
                outputs.append(r)
    space.assert_on_host(dims, first)
    sizes = [dims.get(d, first) for d in space.shape]
    block = KernelOp.new_body(len(space.shape))
    idx = tuple(block.args)
    s = RegionScalarizer(block, inside=inside, identity=idx)
    for m in group:
        if isinstance(m, REGION_OPS):
            if (m.results[0], idx) not in s.memo and m.results[0] not in s.scalars:
                s.region(m)
    block.add_op(KernelYieldOp(*(s.value(r) for r in outputs)))
    kernel = KernelOp(sizes, [r.type for r in outputs], Region(block))
    set_shape(kernel, space.shape)  # every output has the iteration space's shape: later reductions of it read it
    Rewriter.insert_op(kernel, InsertPoint.after(group[-1]))
    for r, k in zip(outputs, kernel.results):
        for use in list(r.uses):
            if _top(use.operation, first) not in members:
                use.operation.operands[use.index] = k
    for m in reversed(group):
        Rewriter.erase_op(m, safe_erase=False)


def _why(op: Operation, reason: str) -> None:
    """Say why a loop stays on the host (`jic.host_loop`); a coupled state (sink-loops-into-kernels'
    verdict) stays the reason."""
    if isinstance(op, (scf.ForOp, scf.WhileOp)) and COUPLED_ATTR not in op.attributes:
        op.attributes[HOST_LOOP_ATTR] = StringAttr(reason)


@registry.register
@dataclass(frozen=True)
class SinkControlFlowIntoKernels(ModulePass):
    name = "sink-control-flow-into-kernels"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for f in list(op.walk()):
            if not isinstance(f, func.FuncOp):
                continue
            dims = DimMaterializer(f)
            for region_op in list(f.body.block.ops):
                if region_op.parent is None or not isinstance(region_op, REGION_OPS):
                    continue
                if not _tensor_values(region_op):
                    continue
                space = _space(region_op)
                if isinstance(space, str):
                    _why(region_op, space)
                    continue
                group = _group(region_op)
                if group is None:
                    _why(region_op, "a number it computes is read by host code that no kernel can hold")
                    continue
                try:
                    sink_group(group, space, dims)  # builds the kernel before it changes the function
                except UnsupportedError as e:  # e.g. a carried tensor read at other elements
                    _why(region_op, str(e).splitlines()[0])
