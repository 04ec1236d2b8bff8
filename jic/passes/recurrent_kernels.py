"""recurrent-block-kernels: a time loop coupled only along its state's units becomes one block kernel.

sink-loops-into-kernels leaves a loop on the host when an element of its state depends on other
elements (`jic.coupled`). When the state is (rows, units), free along the rows and coupled only along
the units (`h @ W_hh`, a roll or a reduction over the units), the rows are still independent: a thread
block can own a few rows, its threads the units, and run the whole time loop with a barrier between
steps, the state in shared memory. The loop becomes a `jic.recurrent_kernel` (recurrent_ops.py) whose
body computes one unit of `rows_per_block` rows per step (here 2; by default 1 for a single product
with the state, 2 for several):

    %r = scf.for %t = %lb to %ub step %s iter_args(%h = %h0) -> (tensor<?x?xf32>) {   {jic.coupled}
      %xt = jic.select %xw[1 = %t]
      %p = jic.matmul %h, %wt
      %n = jic.tanh (jic.add (jic.add %xt, %p), %b)
      scf.yield %n
    }
  ->
    %fits = arith.cmpi ule, (arith.muli %H, 16), 49152        (the state fits in shared memory)
    %r = scf.if %fits {
      %wc = jic.contiguous %wt                                 (read coalesced: unit j at column j)
      %k = "jic.recurrent_kernel"(%B, %H, %lb, %ub, %s, %h0) <{rows_per_block = 2}> ({
      ^bb0(%t, %j, %b0, %b1, %hs: tensor<?x?xf32>):
        %acc:2 = scf.for %k = 0 to %H iter_args(%a0 = 0.0, %a1 = 0.0) {   (one weight load, both rows)
          %w = jic.load %wc[%k, %j]
          %a0' = %a0 + jic.load %hs[%b0, %k] * %w ;  %a1' = ...
        }
        %n0 = math.tanh (jic.load %xw[%b0, %t, %j] + %acc#0 + jic.load %b[%j]) ; %n1 = ...
        jic.recurrent_yield %n0, %n1
      })
      scf.yield %k
    } else {
      (the loop, unchanged: one fused kernel per step)
    }

The products of the state with a weight are computed for all rows of the block in one pass over the
weight; everything else in the step is scalarized per row (scalarize.py), reading the state at any
unit of its own row. A loop that does not fit this form (a coupled row dim, an op with no scalar form,
states of several element types) is left as it was; so is, at run time, a state too large for the
shared memory the pass is allowed (`max-shared-bytes`, default the 48 KiB every CUDA device gives a
block without opting in).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, scf
from xdsl.dialects.builtin import Float32Type, Float64Type, FloatAttr, IndexType, IntegerAttr, ModuleOp, StringAttr
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.errors import UnsupportedError
from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import LoadOp
from jic.ir.recurrent_ops import ContiguousOp, RecurrentKernelOp, RecurrentYieldOp
from jic.ir.symdim import Const
from jic.passes import dependence, registry
from jic.passes.ir_utils import defined_inside
from jic.passes.lower_cooperative import REDUCTION_ATTR, UNIT_LANES_ATTR
from jic.passes.pipeline_loads import DEPTH_ATTR
from jic.passes.scalarize import Index, Scalarizer
from jic.passes.shapes import DimMaterializer, loc_of, set_shape, shape_of

RECURRENT_ATTR = "jic.recurrent"
BODY_OPS = (T.ElementwiseOp, T.SelectOp, S.ReduceOp, S.RollOp, S.PermuteOp, S.MatmulOp, scf.YieldOp)
FLOATS = (Float32Type, Float64Type)
DEFAULT_SHARED_BYTES = 48 * 1024


def state_products(loop: scf.ForOp) -> list[S.MatmulOp]:
    """The matmuls of a carried state with a 2-d weight defined before the loop, in body order."""
    carried = set(loop.body.block.args[1:])
    return [
        op
        for op in loop.body.block.ops
        if isinstance(op, S.MatmulOp)
        and op.lhs in carried
        and not defined_inside(op.rhs, loop)
        and len(op.rhs.type.get_shape()) == 2  # type: ignore[attr-defined]
    ]


def why_not(loop: scf.ForOp) -> str | None:
    """Why the loop cannot be a recurrent block kernel, or None if it can."""
    verdict = dependence.analyze(loop)  # (states of one rank; their equal sizes are checked at run time)
    if verdict is None:
        return "its carried values are not tensors of one rank"
    if verdict.all_free:
        return "nothing couples its state"
    if len(loop.iter_args[0].type.get_shape()) != 2:  # type: ignore[attr-defined]
        return "its state is not (rows, units)"
    if set(verdict.coupled) != {1}:
        return "its state is coupled along the rows"
    if len({a.type.element_type for a in loop.iter_args}) != 1:  # type: ignore[attr-defined]
        return "its states have different element types"
    if not isinstance(loop.iter_args[0].type.element_type, FLOATS):  # type: ignore[attr-defined]
        return "its state is not float32 or float64"
    products = set(state_products(loop))
    for op in loop.body.block.ops:
        if isinstance(op, S.MatmulOp) and op not in products:
            return f"{op.name} at {loc_of(op)} is not a product of the state with a weight"
        if not (isinstance(op, BODY_OPS) or op.name.startswith(("arith.", "math."))):
            return f"{op.name} at {loc_of(op)} has no per-thread form"
    for m in products:
        if shape_of(m.result)[-1] == Const(1):
            return f"{m.name} at {loc_of(m)} has one column, broadcast over the units"
    return None


class _StepScalarizer(Scalarizer):
    """Element (b_r, j) of the step's values: the state read at any unit of its own row (from the state
    argument), the products with the state from the accumulators computed for all rows at once."""

    def __init__(self, block: Block, inside: set[Operation], rows: tuple[SSAValue, ...], j: SSAValue):
        super().__init__(block, inside, identity=(rows[0], j))
        self.rows = rows
        self.unit = j
        self.states: dict[SSAValue, SSAValue] = {}  # loop's carried tensor -> the kernel's state argument
        self.products: dict[tuple[SSAValue, int], SSAValue] = {}  # (matmul result, row) -> accumulator

    def _elem(self, v: SSAValue, idx: Index) -> SSAValue:
        if v in self.states:
            if idx[0] not in self.rows:
                raise UnsupportedError("the state read at another row than the thread's own")
            return self.add(LoadOp(self.states[v], idx))
        if any(v is key for key, _ in self.products):
            if idx[1] is not self.unit or idx[0] not in self.rows:
                raise UnsupportedError("a product with the state read at another element than the thread's own")
            return self.products[(v, self.rows.index(idx[0]))]
        return super()._elem(v, idx)


def _index(block: Block, value: int) -> SSAValue:
    op = arith.ConstantOp(IntegerAttr(value, IndexType()))
    block.add_op(op)
    return op.result


def build_kernel(
    loop: scf.ForOp,
    rows_per_block: int,
    dims: DimMaterializer,
    weights: dict[SSAValue, SSAValue],
    weight_loads_ahead: int = 16,
    lanes_per_unit: int = 1,
) -> RecurrentKernelOp:
    """The recurrent kernel of `loop` (not inserted); raises UnsupportedError if a value has no form.
    `weights` maps each product's weight to the (contiguous) tensor the kernel reads it from."""
    body = loop.body.block
    states = list(body.args[1:])
    shape = shape_of(loop.iter_args[0])
    rows_size = dims.get(shape[0], loop)
    units = dims.get(shape[1], loop)
    elem_type = loop.iter_args[0].type.element_type  # type: ignore[attr-defined]
    block = RecurrentKernelOp.new_body(rows_per_block, [s.type for s in states])
    t, j = block.args[0], block.args[1]
    rows = tuple(block.args[2 : 2 + rows_per_block])
    state_args = block.args[2 + rows_per_block :]
    s = _StepScalarizer(block, inside=set(body.ops), rows=rows, j=j)
    s.size_of = lambda d: dims.get(d, loop)
    s.scalars[body.args[0]] = t
    s.states = dict(zip(states, state_args))

    products = state_products(loop)
    if products:  # one pass over k for every product and every row: each weight element loaded once
        zero = arith.ConstantOp(FloatAttr(0.0, elem_type))
        block.add_op(zero)
        c0, c1 = _index(block, 0), _index(block, 1)
        n = len(products) * rows_per_block
        kb = Block(arg_types=[IndexType()] + [elem_type] * n)
        k, *accs = kb.args
        lhs_of = {}
        new: list[SSAValue] = []
        for m_i, m in enumerate(products):
            w = LoadOp(weights[m.rhs], (k, j))
            kb.add_op(w)
            for r, row in enumerate(rows):
                key = (m.lhs, r)
                if key not in lhs_of:
                    h = LoadOp(s.states[m.lhs], (row, k))
                    kb.add_op(h)
                    lhs_of[key] = h.result
                prod = arith.MulfOp(lhs_of[key], w.result)
                acc = arith.AddfOp(accs[m_i * rows_per_block + r], prod)
                kb.add_ops([prod, acc])
                new.append(acc.result)
        kb.add_op(scf.YieldOp(*new))
        kloop = scf.ForOp(c0, units, c1, [zero.result] * n, Region(kb))
        if lanes_per_unit > 1:  # the lanes of a unit share the loop (lower_cooperative.py), not pipelined
            kloop.attributes[REDUCTION_ATTR] = StringAttr("sums")
        else:  # pipeline-loads keeps about `weight_loads_ahead` weight loads in flight in each thread
            depth = max(1, weight_loads_ahead // len(products))
            kloop.attributes[DEPTH_ATTR] = IntegerAttr(depth, IndexType())
        block.add_op(kloop)
        for m_i, m in enumerate(products):
            for r in range(rows_per_block):
                s.products[(m.result, r)] = kloop.results[m_i * rows_per_block + r]
    y = body.last_op
    assert isinstance(y, scf.YieldOp)
    try:
        values = [s.elem(v, (row, j)) for v in y.arguments for row in rows]
    except UnsupportedError:
        for op in reversed(list(block.ops)):
            op.erase(safe_erase=False)
        raise
    if products:
        _load_before(kloop)
    block.add_op(RecurrentYieldOp(*values))
    kernel = RecurrentKernelOp(
        rows_size, units, (loop.lb, loop.ub, loop.step), list(loop.iter_args), rows_per_block, Region(block)
    )
    set_shape(kernel, shape)
    if lanes_per_unit > 1:
        kernel.attributes[UNIT_LANES_ATTR] = IntegerAttr(lanes_per_unit, IndexType())
    return kernel


def _load_before(kloop: scf.ForOp) -> None:
    """Move the loads after the products' loop that do not need it (the step's `x[:, t] @ W_ih.T`, a bias)
    before it: their latency then passes while the loop runs instead of after it."""
    block = kloop.parent_block()
    assert block is not None
    after: set[SSAValue] = set()
    op = kloop.next_op
    while op is not None:
        nxt = op.next_op
        if isinstance(op, LoadOp) and not any(o in after for o in op.operands):
            op.detach()
            block.insert_op_before(op, kloop)
        else:
            after.update(op.results)
        op = nxt


def shared_bytes_per_unit(loop: scf.ForOp, rows_per_block: int) -> int:
    """Shared memory per unit of the state: every state, for every row of a block, twice (the step reads
    one copy and writes the other)."""
    width = loop.iter_args[0].type.element_type.bitwidth // 8  # type: ignore[attr-defined]
    return 2 * len(loop.iter_args) * rows_per_block * width


def convert(
    loop: scf.ForOp,
    rows_per_block: int,
    max_shared_bytes: int,
    dims: DimMaterializer,
    weight_loads_ahead: int = 16,
    lanes_per_unit: int = 1,
) -> None:
    """Put `scf.if (the state fits) {recurrent kernel} else {loop}` in place of `loop`."""
    weights: dict[SSAValue, SSAValue] = {}
    copies: list[ContiguousOp] = []
    for m in state_products(loop):
        if m.rhs not in weights:
            c = ContiguousOp(m.rhs)
            set_shape(c, shape_of(m.rhs))
            if "loc" in m.attributes:
                c.attributes["loc"] = m.attributes["loc"]
            copies.append(c)
            weights[m.rhs] = c.result
    try:
        kernel = build_kernel(loop, rows_per_block, dims, weights, weight_loads_ahead, lanes_per_unit)
    except UnsupportedError:  # nothing is changed: drop what was built (and its uses of the loop's values)
        for c in copies:
            c.erase(safe_erase=False)
        raise
    units = kernel.units
    per_unit = shared_bytes_per_unit(loop, rows_per_block)
    at = InsertPoint.before(loop)
    need = arith.MuliOp(units, arith.ConstantOp(IntegerAttr(per_unit, IndexType())))
    limit = arith.ConstantOp(IntegerAttr(max_shared_bytes, IndexType()))
    fits = arith.CmpiOp(need, limit, "ule")
    for op in (need.rhs.owner, need, limit, fits):
        Rewriter.insert_op(op, at)  # type: ignore[arg-type]
    first = shape_of(loop.iter_args[0])
    for state in loop.iter_args[1:]:  # the states share the kernel's (rows, units)
        for d, d0 in zip(shape_of(state), first):
            if d != d0:
                same = arith.CmpiOp(dims.get(d, loop), dims.get(d0, loop), "eq")
                both = arith.AndIOp(fits, same)
                Rewriter.insert_op(same, at)
                Rewriter.insert_op(both, at)
                fits = both
    then = Block([*copies, kernel, scf.YieldOp(*kernel.outputs)])
    otherwise = Block()
    branch = scf.IfOp(fits.result, [r.type for r in loop.res], Region(then), Region(otherwise))
    branch.attributes[RECURRENT_ATTR] = StringAttr(
        f"one block kernel ({rows_per_block} rows a block, its threads over the units, the state in shared "
        f"memory) while units * {per_unit} B <= {max_shared_bytes} B; else the loop steps on the host"
    )
    if "loc" in loop.attributes:
        branch.attributes["loc"] = loop.attributes["loc"]
        kernel.attributes["loc"] = loop.attributes["loc"]
    Rewriter.insert_op(branch, at)
    for old, new in zip(loop.res, branch.results):
        old.replace_all_uses_with(new)
    loop.detach()
    otherwise.add_ops([loop, scf.YieldOp(*loop.res)])


@registry.register
@dataclass(frozen=True)
class RecurrentBlockKernels(ModulePass):
    name = "recurrent-block-kernels"
    # rows a block owns; 0: one for a single product with the state (more blocks: measured faster for
    # Elman on an H200), two for several (each weight element then serves two rows: faster for LSTM)
    rows_per_block: int = 0
    max_shared_bytes: int = DEFAULT_SHARED_BYTES
    # weight loads each thread keeps in flight (pipeline-loads' depth over the products, 1: none)
    weight_loads_ahead: int = 16
    # on the GPU, threads that share each unit's products (a power of two up to 32; 1: one thread a unit):
    # each sums every lanes-th term, then they add up their sums with shuffles
    lanes_per_unit: int = 1

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.lanes_per_unit not in (1, 2, 4, 8, 16, 32):
            raise ValueError(
                f"recurrent-block-kernels: lanes-per-unit must be a power of two up to 32, got {self.lanes_per_unit}"
            )
        if self.rows_per_block < 0:
            raise ValueError(
                f"recurrent-block-kernels: rows-per-block must be 0 (automatic) or more, got {self.rows_per_block}"
            )
        for f in list(op.walk()):
            if not isinstance(f, func.FuncOp):
                continue
            dims = DimMaterializer(f)
            for loop in list(f.body.block.ops):
                if not isinstance(loop, scf.ForOp) or why_not(loop) is not None:
                    continue
                rows = self.rows_per_block or (1 if len(state_products(loop)) <= 1 else 2)
                try:
                    convert(
                        loop,
                        rows,
                        self.max_shared_bytes,
                        dims,
                        self.weight_loads_ahead,
                        self.lanes_per_unit,
                    )
                except UnsupportedError:
                    continue  # a value with no per-thread form: the loop stays on the host


__all__ = ["RECURRENT_ATTR", "RecurrentBlockKernels", "why_not"]
