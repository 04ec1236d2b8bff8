"""outline-kernels for `jic.recurrent_kernel`: one gpu.func, a block per few rows, the state in shared memory.

The kernel takes its arguments as every outlined kernel does (tensors, outputs, sizes, scalars: see
outline_kernels.py); its sizes are (rows, units) and its first scalars the time loop's bounds. Block
`bid` owns rows `bid*R .. bid*R + R-1` (clamped to the last row: a block past the end computes a copy
of it and stores nothing), its threads units `tid, tid + ntid, ...`. The shared memory holds every
state twice, `smem[((p * n_states + s) * R + r) * units + j]`: step t reads copy p and writes copy
1 - p, so one barrier per step separates the writes of a step from the reads of the next:

    gpu.func @cell_k0(...) kernel attributes {jic.block_kernel = 2} {
      %bid = gpu.block_id x ; %tid = gpu.thread_id x ; %ntid = gpu.block_dim x
      %smem = jic.shared_memory : memref<?xf32>
      scf.for %j = %tid to %H step %ntid { smem[copy 0, s, r, j] = init_s[b_r, j] }
      gpu.barrier
      %p = scf.for %t = %lb to %ub step %st iter_args(%p = 0) {
        scf.for %j = %tid to %H step %ntid { the body: loads of the state from copy %p,
                                              the new values stored to copy 1 - %p }
        gpu.barrier
        scf.yield (1 - %p)
      }
      scf.for %j = %tid to %H step %ntid { out_s[b_r, j] = smem[copy %p, s, r, j]  (rows < B) }
      gpu.return
    }

A thread reads back only the units it wrote itself, so the final copy needs no barrier. The launch
(`jic.launch` with `jic.block_rows` and `jic.shared_per_unit`) runs ceil(rows / R) blocks of threads
sized from the device and `units * shared_per_unit` bytes of shared memory.
"""

from __future__ import annotations

from xdsl.dialects import arith, gpu, memref, scf
from xdsl.dialects.builtin import IndexType, IntegerAttr, StringAttr, SymbolRefAttr, TensorType, i64
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir.kernel_ops import LaunchOp, LoadOp
from jic.ir.memory_ops import SharedMemoryOp
from jic.ir.recurrent_ops import RecurrentKernelOp, RecurrentYieldOp
from jic.passes.block_ops import BLOCK_KERNEL_ATTR
from jic.passes.lower_cooperative import REDUCTION_ATTR, UNIT_LANES_ATTR
from jic.passes.outline_kernels import KERNEL_MODULE, captured_values, memref_type

BLOCK_ROWS_ATTR = "jic.block_rows"  # on the launch: rows per block
SHARED_PER_UNIT_ATTR = "jic.shared_per_unit"  # on the launch: shared memory bytes per unit


class _Builder:
    def __init__(self, block: Block):
        self.block = block

    def add(self, op: Operation) -> SSAValue:
        self.block.add_op(op)
        return op.results[0] if op.results else None  # type: ignore[return-value]

    def index(self, v: int) -> SSAValue:
        return self.add(arith.ConstantOp(IntegerAttr(v, IndexType())))

    def mul(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.add(arith.MuliOp(a, b))

    def plus(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.add(arith.AddiOp(a, b))


def _units_loop(b: _Builder, tid: SSAValue, units: SSAValue, ntid: SSAValue) -> tuple[Block, SSAValue]:
    """`scf.for %j = tid to units step ntid` appended to b; returns its body block and %j."""
    body = Block(arg_types=[IndexType()])
    b.add(scf.ForOp(tid, units, ntid, [], Region(body)))
    return body, body.args[0]


def outline(k: RecurrentKernelOp, name: str) -> tuple[gpu.FuncOp, LaunchOp]:
    n, rows_per_block = len(k.inits), k.block_rows
    elem = k.inits[0].type.element_type  # type: ignore[attr-defined]
    bounds = [k.lb, k.ub, k.step]
    captured = [v for v in captured_values(k) if v not in (k.rows, k.units, *bounds)]
    # constants (a unit step, say) are copied into the kernel, so that LLVM sees them
    constants = [v for v in [*bounds, *captured] if isinstance(v.owner, arith.ConstantOp)]
    tensors = [*k.inits, *(v for v in captured if isinstance(v.type, TensorType))]
    scalars = [v for v in [*bounds, *captured] if not isinstance(v.type, TensorType) and v not in constants]
    out_types = [r.type for r in k.outputs]
    arg_types = [
        *(memref_type(t.type) for t in tensors),  # type: ignore[arg-type]
        *(memref_type(t) for t in out_types),  # type: ignore[arg-type]
        IndexType(),
        IndexType(),
        *(s.type for s in scalars),
    ]
    entry = Block(arg_types=arg_types)
    args = list(entry.args)
    t_args, args = args[: len(tensors)], args[len(tensors) :]
    o_args, args = args[: len(out_types)], args[len(out_types) :]
    (rows, units), s_args = args[:2], args[2:]
    vmap: dict[SSAValue, SSAValue] = {k.rows: rows, k.units: units}
    vmap.update(zip(tensors, t_args))
    vmap.update(zip(scalars, s_args))
    b = _Builder(entry)
    for c in constants:
        vmap[c] = b.add(c.owner.clone())  # type: ignore[union-attr]
    x = gpu.DimensionAttr(gpu.DimensionEnum.X)
    bid, tid, ntid = b.add(gpu.BlockIdOp(x)), b.add(gpu.ThreadIdOp(x)), b.add(gpu.BlockDimOp(x))
    smem = b.add(SharedMemoryOp(elem))
    c0, c1 = b.index(0), b.index(1)
    row0 = b.mul(bid, b.index(rows_per_block))
    last = b.add(arith.SubiOp(rows, c1))
    row_of: list[SSAValue] = []  # the rows this block computes, clamped to the last
    for r in range(rows_per_block):
        row = b.plus(row0, b.index(r))
        row_of.append(b.add(arith.SelectOp(b.add(arith.CmpiOp(row, last, "ult")), row, last)))

    # copy p of state s, row r starts at p * copy_size + (s * R + r) * units
    copy_size = b.mul(b.index(n * rows_per_block), units)
    offset = {(s, r): b.mul(b.index(s * rows_per_block + r), units) for s in range(n) for r in range(rows_per_block)}

    def slot(bb: _Builder, base: SSAValue | None, s: int, r: int) -> SSAValue:
        """Where state s, row r starts in the copy at `base` (None: copy 0)."""
        return offset[(s, r)] if base is None else bb.plus(base, offset[(s, r)])

    # the initial state -> copy 0
    body, j = _units_loop(b, tid, units, ntid)
    ib = _Builder(body)
    for s in range(n):
        for r in range(rows_per_block):
            v = ib.add(memref.LoadOp.get(t_args[s], [row_of[r], j]))
            ib.add(memref.StoreOp.get(v, smem, [ib.plus(slot(ib, None, s, r), j)]))
    body.add_op(scf.YieldOp())
    b.add(gpu.BarrierOp())

    # the time loop
    tb = Block(arg_types=[IndexType(), IndexType()])
    t, cur = tb.args
    sb = _Builder(tb)
    nxt = sb.add(arith.SubiOp(sb.index(1), cur))
    cur_base, nxt_base = sb.mul(cur, copy_size), sb.mul(nxt, copy_size)
    reads = {(s, r): slot(sb, cur_base, s, r) for s in range(n) for r in range(rows_per_block)}
    writes = {(s, r): slot(sb, nxt_base, s, r) for s in range(n) for r in range(rows_per_block)}
    body, j = _units_loop(sb, tid, units, ntid)
    src = k.body.block
    vmap[src.args[0]] = t
    vmap[src.args[1]] = j
    for a, row in zip(k.row_args, row_of):
        vmap[a] = row
    states = {a: s for s, a in enumerate(k.state_args)}
    rows_index = {a: r for r, a in enumerate(k.row_args)}
    yielded: list[SSAValue] = []
    for op in src.ops:
        if isinstance(op, RecurrentYieldOp):
            yielded = [vmap.get(v, v) for v in op.values]
        else:
            body.add_op(op.clone(value_mapper=vmap))
    bb = _Builder(body)
    for i, v in enumerate(yielded):
        s, r = divmod(i, rows_per_block)
        bb.add(memref.StoreOp.get(v, smem, [bb.plus(writes[(s, r)], j)]))
    body.add_op(scf.YieldOp())
    sb.add(gpu.BarrierOp())
    tb.add_op(scf.YieldOp(nxt))
    final = b.add(scf.ForOp(vmap[k.lb], vmap[k.ub], vmap[k.step], [c0], Region(tb)))

    # the final copy -> the outputs, rows past the end not stored
    body, j = _units_loop(b, tid, units, ntid)
    ob = _Builder(body)
    final_base = ob.mul(final, copy_size)
    for r in range(rows_per_block):
        row = ob.plus(row0, ob.index(r))
        then = Block()
        tb_ = _Builder(then)
        for s in range(n):
            v = tb_.add(memref.LoadOp.get(smem, [tb_.plus(slot(tb_, final_base, s, r), j)]))
            tb_.add(memref.StoreOp.get(v, o_args[s], [row, j]))
        then.add_op(scf.YieldOp())
        ob.add(scf.IfOp(ob.add(arith.CmpiOp(row, rows, "ult")), [], Region(then)))
    body.add_op(scf.YieldOp())
    entry.add_op(gpu.ReturnOp([]))

    # loads: of a state -> shared memory (the copy this step reads); of an argument -> memref.load
    for op in list(entry.walk()):
        if isinstance(op, LoadOp):
            if op.source in states:
                row = op.indices[0]
                r = next((rr for a, rr in rows_index.items() if vmap[a] is row), None)
                if r is None:
                    raise AssertionError("jic.recurrent_kernel: a state read at a row the block does not own")
                at = InsertPoint.before(op)
                add = arith.AddiOp(reads[(states[op.source], r)], op.indices[1])
                Rewriter.insert_op(add, at)
                Rewriter.replace_op(op, memref.LoadOp.get(smem, [add.result]))
            else:
                Rewriter.replace_op(op, memref.LoadOp.get(op.source, op.indices))
        elif isinstance(op, scf.ForOp) and op.attributes.get(REDUCTION_ATTR) != StringAttr("sums"):
            op.attributes.pop(REDUCTION_ATTR, None)  # a reduction runs whole in each thread here
    gf = gpu.FuncOp(name, (arg_types, []), Region(entry), kernel=True)
    gf.attributes[BLOCK_KERNEL_ATTR] = IntegerAttr(rows_per_block, i64)
    lanes = k.attributes.get(UNIT_LANES_ATTR)
    if lanes is not None:  # threads that share each unit's products on the GPU (block_ops.py)
        gf.attributes[UNIT_LANES_ATTR] = IntegerAttr(lanes.value.data, i64)  # type: ignore[attr-defined]
    launch = LaunchOp(SymbolRefAttr(KERNEL_MODULE, [name]), [k.rows, k.units], [*tensors, *scalars], out_types)
    width = elem.bitwidth // 8
    launch.attributes[BLOCK_ROWS_ATTR] = IntegerAttr(rows_per_block, i64)
    launch.attributes[SHARED_PER_UNIT_ATTR] = IntegerAttr(2 * n * rows_per_block * width, i64)
    return gf, launch
