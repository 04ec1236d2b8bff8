"""lower-to-llvm{target=nvptx|cpu}: the kernels of `gpu.module @jic_kernels` become llvm.func.

Each gpu.func is translated op by op into the LLVM dialect (structured `scf`
control flow becomes blocks and branches, block arguments become phis later):

- a memref argument becomes its data pointer and one i64 stride per dim;
  `memref.load/store %m[i, j]` becomes a
  GEP by `i*s0 + j*s1` and a load/store;
- scalar ops (arith, math: element types, casts, libdevice/libm calls) are
  translated by the tables of scalar_to_llvm.py;
- nvptx: `gpu.global_id x` = ctaid.x * ntid.x + tid.x; the function gets the
  `ptx_kernel` calling convention (set by the backend, llvmlite side);
- cpu: the thread grid becomes a loop: the function takes one more i64,
  the number of threads, and runs its body for each global id in turn.

One table per op family; an op with no translation raises, naming the op.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects import gpu, llvm, math, memref, scf
from xdsl.dialects.builtin import (
    Float32Type,
    Float64Type,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    StringAttr,
    f32,
    i32,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir.kernel_ops import LaunchOp
from jic.ir.memory_ops import PrefetchOp, SharedMemoryOp
from jic.ir.vector_ops import VectorLoadOp, VectorStoreOp
from jic.passes import block_ops, registry, scalar_to_llvm, serialize_block_threads, vector_to_llvm
from jic.passes import lower_cooperative as cooperative
from jic.passes.block_ops import block_kernel
from jic.passes.locations import loc_of, stamp

TARGETS = ("nvptx", "cpu")

# non-coherent global loads as inline PTX, for loads marked by pipeline-loads (read-only inputs)
PREFETCHED = "jic.prefetched"
NC_LOAD_ASM = {
    t: (f"{{ .reg .u64 %gp; cvta.to.global.u64 %gp, $1; ld.global.nc.{s} $0, [%gp]; }}", f"={c},l")
    for t, s, c in ((Float32Type(), "f32", "f"), (Float64Type(), "f64", "d"))
}
PREFETCH_ASM = {
    level: f"{{ .reg .u64 %gp; cvta.to.global.u64 %gp, $0; prefetch.global.{level} [%gp]; }}" for level in ("L1", "L2")
}


def llvm_type(t: Attribute) -> Attribute:
    return scalar_to_llvm.value_type(t)


@dataclass
class _Memref:
    ptr: SSAValue
    strides: list[SSAValue]
    elem: Attribute


@dataclass
class KernelTranslator:
    """Translates one gpu.func into one llvm.func for `target`."""

    target: str
    externs: dict[str, llvm.LLVMFunctionType] = field(default_factory=dict)
    approx_tanh: bool = False
    prefetch_level: str = "L1"
    load_fence: bool = True

    def __post_init__(self) -> None:
        self.vmap: dict[SSAValue, SSAValue] = {}
        self.mems: dict[SSAValue, _Memref] = {}
        self.blocks: list[Block] = []
        self.block: Block = Block()
        self.lanes = 1  # lanes per element: a warp for kernels with reductions on NVPTX (lower_cooperative)
        self.lane: SSAValue | None = None
        self.mask: SSAValue | None = None  # the lanes that shuffle together (None: the whole warp)
        self.in_split = False
        self.loc: Attribute | None = None  # the location of the op being translated
        self.error_flag: SSAValue | None = None  # cpu: the pointer to the call's error flag (jic.report_if)

    # ------------------------------------------------------------ helpers
    def add(self, op: Operation) -> SSAValue:
        stamp(op, self.loc)
        self.block.add_op(op)
        return op.results[0] if op.results else None  # type: ignore[return-value]

    def new_block(self, arg_types: list[Attribute] = ()) -> Block:  # type: ignore[assignment]
        b = Block(arg_types=list(arg_types))
        self.blocks.append(b)
        return b

    def v(self, x: SSAValue) -> SSAValue:
        return self.vmap[x]

    def const_int(self, value: int, t: Attribute = i64) -> SSAValue:
        return self.add(llvm.ConstantOp(IntegerAttr(value, t), t))

    def ptr_type(self) -> llvm.LLVMPointerType:
        # Generic pointers on both targets: NVPTX turns a kernel's pointer parameters
        # into global-space accesses itself (NVPTXLowerArgs).
        return llvm.LLVMPointerType()

    # ------------------------------------------------------------ function
    def translate(self, f: gpu.FuncOp) -> llvm.FuncOp:
        if self.target == "cpu":
            serialize_block_threads.serialize(f)  # a block's threads one after another, phase by phase
        self.lanes = cooperative.lanes_for(f, self.target)
        entry = Block()
        self.blocks = [entry]
        self.block = entry
        arg_types: list[Attribute] = []
        for a in f.body.block.args:
            if isinstance(a.type, MemRefType):
                rank = len(a.type.get_shape())
                p = entry.insert_arg(self.ptr_type(), len(entry.args))
                strides = [entry.insert_arg(i64, len(entry.args)) for _ in range(rank)]
                self.mems[a] = _Memref(p, strides, a.type.element_type)
                arg_types += [self.ptr_type(), *([i64] * rank)]
            else:
                t = llvm_type(a.type)
                self.vmap[a] = entry.insert_arg(t, len(entry.args))
                arg_types.append(t)
        if self.target == "cpu":
            if block_kernel(f):  # the block's shared memory and its number of threads, from the launcher
                self.shared_ptr = entry.insert_arg(self.ptr_type(), len(entry.args))
                self.block_dim = entry.insert_arg(i64, len(entry.args))
                arg_types += [self.ptr_type(), i64]
            nthreads = entry.insert_arg(i64, len(entry.args))
            # the call's own error flag (an i32 the packed entry allocates, backend/cpu.py): jic.report_if ors
            # its bits into it, so kernels run at once by two threads never see each other's errors
            self.error_flag = entry.insert_arg(self.ptr_type(), len(entry.args))
            arg_types += [i64, self.ptr_type()]
            # for (gid = 0; gid < nthreads; gid++) body
            header = self.new_block([i64])
            body = self.new_block()
            done = self.new_block()
            self.add(llvm.BrOp(header, self.const_int(0)))
            self.block = header
            gid = header.args[0]
            self.add(llvm.CondBrOp(self.add(llvm.ICmpOp(gid, nthreads, _icmp("slt"))), body, [], done, []))
            self.block = done
            self.add(llvm.ReturnOp())
            self.block = body
            self.gid = gid
            self.latch_header = header
        self.translate_block_ops(f.body.block)
        ftype = llvm.LLVMFunctionType(arg_types, llvm.LLVMVoidType())
        return llvm.FuncOp(
            f.sym_name.data,
            ftype,
            linkage=llvm.LinkageAttr("external"),
            body=Region(self.blocks),
        )

    def translate_block_ops(self, b: Block) -> None:
        for op in b.ops:
            self.translate_op(op)

    # ------------------------------------------------------------ ops
    def translate_op(self, op: Operation) -> None:
        outer, self.loc = self.loc, loc_of(op) or self.loc
        self._translate_op(op)
        self.loc = outer

    def _translate_op(self, op: Operation) -> None:  # noqa: C901 - one dispatch over op families
        if isinstance(op, math.TanhOp) and self.approx_tanh and self.target == "nvptx":
            x = self.v(op.operand)
            if x.type == f32:  # MUFU.TANH: one instruction, max relative error about 2^-11 (tanh.approx.f32)
                self.vmap[op.result] = self.add(llvm.InlineAsmOp("tanh.approx.f32 $0, $1;", "=f,f", [x], [f32]))
                return
        if scalar_to_llvm.translate(self, op):  # arith, math: the tables of scalar_to_llvm.py
            return
        if isinstance(op, (VectorLoadOp, VectorStoreOp)):  # 16-byte accesses (vector_to_llvm.py)
            vector_to_llvm.translate(self, op)
            return
        if isinstance(op, memref.LoadOp):
            addr = self.last_address = self.address(op.memref, op.indices)
            asm = NC_LOAD_ASM.get(op.res.type) if self.target == "nvptx" and PREFETCHED in op.attributes else None
            if asm is not None:
                # a load issued steps ahead of its use: opaque to LLVM, which would otherwise merge the
                # prologue's and the loop's loads into one load at the loop head, just before the use
                self.vmap[op.res] = self.add(llvm.InlineAsmOp(asm[0], asm[1], [addr], [op.res.type]))
            else:
                elem = op.res.type
                raw = self.add(llvm.LoadOp(addr, scalar_to_llvm.storage_type(elem)))
                self.vmap[op.res] = scalar_to_llvm.from_storage(self, raw, elem)
        elif isinstance(op, PrefetchOp):
            if self.target == "nvptx":  # a hint: nothing on the CPU target
                addr = self.address(op.memref, op.indices)
                self.add(llvm.InlineAsmOp(PREFETCH_ASM[self.prefetch_level], "l", [addr], has_side_effects=True))
        elif isinstance(op, memref.StoreOp):
            val = scalar_to_llvm.to_storage(self, self.v(op.value), op.value.type)
            self.add(llvm.StoreOp(val, self.address(op.memref, op.indices)))
        elif isinstance(op, gpu.GlobalIdOp):
            self.vmap[op.result] = self.global_id()
        elif isinstance(op, (gpu.BlockIdOp, gpu.ThreadIdOp, gpu.BlockDimOp, gpu.BarrierOp, SharedMemoryOp)):
            block_ops.translate(self, op)
        elif isinstance(op, scf.IfOp):
            self.translate_if(op)
        elif isinstance(op, scf.ForOp):
            self.translate_for(op)
        elif isinstance(op, scf.WhileOp):
            self.translate_while(op)
        elif isinstance(op, gpu.ReturnOp):
            if self.target == "cpu":
                nxt = self.add(llvm.AddOp(self.gid, self.const_int(1)))
                self.add(llvm.BrOp(self.latch_header, nxt))
            else:
                self.add(llvm.ReturnOp())
        else:
            raise NotImplementedError(f"lower-to-llvm: no translation for {op.name}")

    def address(self, m: SSAValue, indices) -> SSAValue:  # type: ignore[no-untyped-def]
        mr = self.mems[m]
        off: SSAValue | None = None
        for i, s in zip(indices, mr.strides):
            term = self.add(llvm.MulOp(self.v(i), s))
            off = term if off is None else self.add(llvm.AddOp(off, term))
        if off is None:
            off = self.const_int(0)
        return self.add(
            llvm.GEPOp(
                mr.ptr,
                [llvm.GEP_USE_SSA_VAL],
                scalar_to_llvm.storage_type(mr.elem),
                ssa_indices=[off],
                result_type=self.ptr_type(),
            )
        )

    def global_id(self) -> SSAValue:
        if self.target == "cpu":
            return self.gid
        sreg = {}
        for reg in ("tid.x", "ctaid.x", "ntid.x"):
            sreg[reg] = self.add(llvm.CallIntrinsicOp(f"llvm.nvvm.read.ptx.sreg.{reg}", [], [i32]))
        prod = self.add(llvm.MulOp(sreg["ctaid.x"], sreg["ntid.x"]))
        lin = self.add(llvm.AddOp(prod, sreg["tid.x"]))
        gid = self.add(llvm.ZExtOp(lin, i64))
        return cooperative.split_gid(self, gid) if self.lanes > 1 else gid

    def translate_if(self, op: scf.IfOp) -> None:
        then_b = self.new_block()
        else_b = self.new_block()
        merge = self.new_block([llvm_type(r.type) for r in op.results])
        self.add(llvm.CondBrOp(self.v(op.cond), then_b, [], else_b, []))
        for region, blk in ((op.true_region, then_b), (op.false_region, else_b)):
            self.block = blk
            if region.blocks:
                src = region.block
                for inner in src.ops:
                    if isinstance(inner, scf.YieldOp):
                        self.add(llvm.BrOp(merge, *(self.v(a) for a in inner.arguments)))
                    else:
                        self.translate_op(inner)
            else:
                self.add(llvm.BrOp(merge))
        for r, a in zip(op.results, merge.args):
            self.vmap[r] = a
        self.block = merge

    def translate_for(self, op: scf.ForOp) -> None:
        inits = [self.v(a) for a in op.iter_args]
        lb, step = self.v(op.lb), self.v(op.step)
        split = cooperative.split_loop(self, op, lb, step)
        if split is not None:  # this lane's share of a reduction loop
            lb, step = split
            self.in_split = True
        header = self.new_block([i64, *(x.type for x in inits)])
        body = self.new_block()
        exit_b = self.new_block([x.type for x in inits])
        self.add(llvm.BrOp(header, lb, *inits))
        self.block = header
        iv, *iters = header.args
        cond = self.add(llvm.ICmpOp(iv, self.v(op.ub), _icmp("slt")))
        self.add(llvm.CondBrOp(cond, body, [], exit_b, iters))
        self.block = body
        src = op.body.block
        self.vmap[src.args[0]] = iv
        for a, h in zip(src.args[1:], iters):
            self.vmap[a] = h
        prefetched = [o for o in src.ops if PREFETCHED in o.attributes]
        for inner in src.ops:
            if prefetched and inner is prefetched[-1] and self.target == "nvptx" and self.load_fence:
                self.translate_op(inner)
                self.keep_loads_issued_here()
                continue
            if isinstance(inner, scf.YieldOp):
                nxt = self.add(llvm.AddOp(iv, step))
                self.add(llvm.BrOp(header, nxt, *(self.v(a) for a in inner.arguments)))
            else:
                self.translate_op(inner)
        self.block = exit_b
        results = list(exit_b.args)
        if split is not None:
            self.in_split = False
            results = cooperative.combine(self, op, results)
        for r, a in zip(op.results, results):
            self.vmap[r] = a

    def keep_loads_issued_here(self) -> None:
        """End the basic block after a loop body's loads issued ahead (pipeline-loads).

        ptxas schedules loads whose values are first read in a later iteration late, just before
        that read, undoing the pipelining; it does not move them past a branch. The branch is a
        real check: a null address traps."""
        addr = self.last_address
        as_int = self.add(llvm.PtrToIntOp(addr, i64))
        is_null = self.add(llvm.ICmpOp(as_int, self.const_int(0), _icmp("eq")))
        trap = self.new_block()
        cont = self.new_block()
        self.add(llvm.CondBrOp(is_null, trap, [], cont, []))
        self.block = trap
        self.add(llvm.CallIntrinsicOp("llvm.trap", [], []))
        self.add(llvm.UnreachableOp())
        self.block = cont


def _translate_while(self: KernelTranslator, op: scf.WhileOp) -> None:
    """before: args -> (cond, vals); after: vals -> args. Blocks: header(args) runs `before`
    and branches on cond to body(vals) or exit(vals); body runs `after` and jumps back."""
    inits = [self.v(a) for a in op.arguments]
    before, after = op.before_region.block, op.after_region.block
    header = self.new_block([x.type for x in inits])
    body = self.new_block([llvm_type(a.type) for a in after.args])
    exit_b = self.new_block([llvm_type(r.type) for r in op.results])
    self.add(llvm.BrOp(header, *inits))
    self.block = header
    for a, h in zip(before.args, header.args):
        self.vmap[a] = h
    for inner in before.ops:
        if isinstance(inner, scf.ConditionOp):
            vals = [self.v(a) for a in inner.args]
            self.add(llvm.CondBrOp(self.v(inner.condition), body, vals, exit_b, vals))
        else:
            self.translate_op(inner)
    self.block = body
    for a, h in zip(after.args, body.args):
        self.vmap[a] = h
    for inner in after.ops:
        if isinstance(inner, scf.YieldOp):
            self.add(llvm.BrOp(header, *(self.v(a) for a in inner.arguments)))
        else:
            self.translate_op(inner)
    for r, a in zip(op.results, exit_b.args):
        self.vmap[r] = a
    self.block = exit_b


KernelTranslator.translate_while = _translate_while  # type: ignore[attr-defined]


def _icmp(pred: str) -> IntegerAttr:
    return IntegerAttr(list(llvm.ICmpPredicateFlag).index(llvm.ICmpPredicateFlag(pred)), i64)


@registry.register
@dataclass(frozen=True)
class LowerToLLVM(ModulePass):
    name = "lower-to-llvm"
    target: str = "nvptx"
    # nvptx: float32 tanh as the hardware's approximation (tanh.approx.f32) instead of libdevice's
    # accurate one; off by default, since it does not match eager's results to float32 precision
    approx_tanh: bool = False
    # nvptx: the cache level jic.prefetch fills, L1 or L2
    prefetch_level: str = "L1"
    # nvptx: end the basic block after a loop's loads issued ahead, so ptxas keeps them early
    load_fence: bool = True

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.prefetch_level not in PREFETCH_ASM:
            raise ValueError(
                f"lower-to-llvm: prefetch-level must be one of {tuple(PREFETCH_ASM)}, got {self.prefetch_level!r}"
            )
        if self.target not in TARGETS:
            raise ValueError(f"lower-to-llvm: target must be one of {TARGETS}, got {self.target!r}")
        for gm in list(op.ops):
            if not isinstance(gm, gpu.ModuleOp):
                continue
            externs: dict[str, llvm.LLVMFunctionType] = {}
            new_ops: list[Operation] = []
            lanes: dict[str, int] = {}
            for gf in list(gm.body.block.ops):
                if isinstance(gf, gpu.FuncOp):
                    tr = KernelTranslator(self.target, externs, self.approx_tanh, self.prefetch_level, self.load_fence)
                    lf = tr.translate(gf)
                    lf.attributes["jic.kernel"] = gf.sym_name
                    new_ops.append(lf)
                    if tr.lanes > 1:
                        lanes[gf.sym_name.data] = tr.lanes
            decls = [llvm.FuncOp(n, ft, linkage=llvm.LinkageAttr("external")) for n, ft in sorted(externs.items())]
            for f in [*decls, *new_ops]:
                Rewriter.insert_op(f, InsertPoint.at_end(gm.body.block))
            for gf in list(gm.body.block.ops):
                if isinstance(gf, gpu.FuncOp):
                    Rewriter.erase_op(gf)
            gm.attributes["jic.target"] = StringAttr(self.target)
            for launch in op.walk():  # the host launches `jic.lanes` threads per element of these
                if isinstance(launch, LaunchOp) and launch.kernel.nested_references.data[-1].data in lanes:
                    n = lanes[launch.kernel.nested_references.data[-1].data]
                    launch.attributes[cooperative.LANES_ATTR] = IntegerAttr(n, i64)
