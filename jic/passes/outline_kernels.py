"""outline-kernels: each jic.kernel becomes a gpu.func in `gpu.module @jic_kernels`, launched by jic.launch.

The kernel function takes its tensors as strided memrefs (any layout: the
launcher passes the real strides, 0 for broadcast dims), then the outputs, the
iteration sizes and the scalars it captured. One thread per element:

    gpu.func @cell_k0(%x: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %h: memref<...>,
                      %out: memref<...>, %B: index, %H: index, %T: index) kernel {
      %lin = gpu.global_id x
      %n = arith.muli %B, %H
      scf.if (arith.cmpi ult, %lin, %n) {
        %j = arith.remui %lin, %H ; %i = arith.divui %lin, %H
        ... the kernel body, jic.load -> memref.load ...
        memref.store %r, %out[%i, %j]
      }
      gpu.return
    }

The host function keeps tensors: `jic.launch` allocates the outputs (torch)
and runs the kernel over the sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, gpu, memref, scf
from xdsl.dialects.builtin import (
    IndexType,
    MemRefType,
    ModuleOp,
    NoneAttr,
    StridedLayoutAttr,
    StringAttr,
    SymbolRefAttr,
    TensorType,
    UnitAttr,
)
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from jic.ir.kernel_ops import KernelOp, KernelYieldOp, LaunchOp, LoadOp
from jic.ir.list_ops import StackStoreOp
from jic.passes import registry
from jic.passes.ir_utils import defined_inside

KERNEL_MODULE = "jic_kernels"


def memref_type(t: TensorType) -> MemRefType:
    rank = len(t.get_shape())
    layout = StridedLayoutAttr([NoneAttr()] * rank, NoneAttr())
    return MemRefType(t.element_type, t.get_shape(), layout)


def captured_values(k: KernelOp) -> list[SSAValue]:
    """Values the kernel's body uses but does not define, in first-use order."""
    seen: dict[SSAValue, None] = {}
    for op in k.body.walk():
        for o in op.operands:
            if not defined_inside(o, k):
                seen.setdefault(o, None)
    return list(seen)


def outline(k: KernelOp, name: str) -> tuple[gpu.FuncOp, LaunchOp]:
    captured = captured_values(k)
    # constants are copied into the kernel, not passed: the code generator then
    # sees e.g. a unit loop step, and LLVM can unroll and strength-reduce
    constants = [v for v in captured if isinstance(v.owner, arith.ConstantOp)]
    captured = [v for v in captured if v not in constants]
    tensors = [v for v in captured if isinstance(v.type, TensorType)]
    scalars = [v for v in captured if not isinstance(v.type, TensorType)]
    rank = len(k.sizes)
    out_types = [r.type for r in k.outputs]
    arg_types = [
        *(memref_type(t.type) for t in tensors),  # type: ignore[arg-type]
        *(memref_type(t) for t in out_types),  # type: ignore[arg-type]
        *([IndexType()] * rank),
        *(s.type for s in scalars),
    ]
    entry = Block(arg_types=arg_types)
    args = list(entry.args)
    t_args = args[: len(tensors)]
    o_args = args[len(tensors) : len(tensors) + len(out_types)]
    size_args = args[len(tensors) + len(out_types) : len(tensors) + len(out_types) + rank]
    s_args = args[len(tensors) + len(out_types) + rank :]
    vmap: dict[SSAValue, SSAValue] = {}
    for v, a in zip(tensors, t_args):
        vmap[v] = a
    for v, a in zip(scalars, s_args):
        vmap[v] = a
    for v, a in zip(k.sizes, size_args):
        vmap.setdefault(v, a)

    def add(op: Operation, block: Block) -> SSAValue:
        block.add_op(op)
        return op.results[0]

    for c in constants:
        vmap[c] = add(c.owner.clone(), entry)  # type: ignore[union-attr]
    lin = add(gpu.GlobalIdOp(gpu.DimensionAttr(gpu.DimensionEnum.X)), entry)
    n = size_args[0] if rank else add(arith.ConstantOp.from_int_and_width(1, IndexType()), entry)
    for s in size_args[1:]:
        n = add(arith.MuliOp(n, s), entry)
    inb = add(arith.CmpiOp(lin, n, "ult"), entry)
    then = Block()
    # delinearize, last dim fastest (row-major)
    idx: list[SSAValue] = [lin] * rank
    rest = lin
    for d in range(rank - 1, 0, -1):
        idx[d] = add(arith.RemUIOp(rest, size_args[d]), then)
        rest = add(arith.DivUIOp(rest, size_args[d]), then)
    if rank:
        idx[0] = rest
    body = k.body.block
    for a, i in zip(body.args, idx):
        vmap[a] = i
    yield_op = body.last_op
    assert isinstance(yield_op, KernelYieldOp)
    for op in body.ops:
        if op is yield_op:
            break
        then.add_op(op.clone(value_mapper=vmap))
    for v, out in zip(yield_op.values, o_args):
        then.add_op(memref.StoreOp.get(vmap.get(v, v), out, idx))
    then.add_op(scf.YieldOp())
    entry.add_op(scf.IfOp(inb, [], Region(then)))
    entry.add_op(gpu.ReturnOp([]))
    # jic.load / jic.stack_store on a memref argument -> memref.load / memref.store
    for op in list(entry.walk()):
        if isinstance(op, LoadOp):
            Rewriter.replace_op(op, memref.LoadOp.get(op.source, op.indices))
        elif isinstance(op, StackStoreOp):
            store = memref.StoreOp.get(op.value, op.buffer, op.indices)
            if "loc" in op.attributes:
                store.attributes["loc"] = op.attributes["loc"]
            Rewriter.replace_op(op, store)
    gf = gpu.FuncOp(name, (arg_types, []), Region(entry), kernel=True)
    launch = LaunchOp(
        SymbolRefAttr(KERNEL_MODULE, [name]),
        list(k.sizes),
        [*tensors, *scalars],
        out_types,
    )
    return gf, launch


@registry.register
@dataclass(frozen=True)
class OutlineKernels(ModulePass):
    name = "outline-kernels"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        from jic.ir.recurrent_ops import RecurrentKernelOp
        from jic.passes import outline_recurrent  # the recurrent kernels' form (it imports this module)

        funcs: list[gpu.FuncOp] = []
        for f in list(op.ops):
            if not isinstance(f, func.FuncOp):
                continue
            kernels = [k for k in f.body.walk() if isinstance(k, (KernelOp, RecurrentKernelOp))]
            for i, k in enumerate(kernels):
                make = outline_recurrent.outline if isinstance(k, RecurrentKernelOp) else outline
                gf, launch = make(k, f"{f.sym_name.data}_k{i}")
                Rewriter.replace_op(k, launch)
                funcs.append(gf)
        if funcs:
            op.attributes["gpu.container_module"] = UnitAttr()
            op.body.block.add_op(gpu.ModuleOp(StringAttr(KERNEL_MODULE), Region(Block(funcs))))  # type: ignore[arg-type]
