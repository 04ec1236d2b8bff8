"""lower-to-llvm of the thread-block ops: block and thread ids, the block's size, barriers, shared memory.

    op                     nvptx                                     cpu (serialize_block_threads.py ran first)
    gpu.block_id x         ctaid.x                                   the kernel's loop over the blocks
    gpu.thread_id x        tid.x (/ lanes)                           (replaced by the loops over the threads)
    gpu.block_dim x        ntid.x (/ lanes)                          a parameter: the launcher's threads a block
    gpu.barrier            llvm.nvvm.barrier0 (bar.sync 0)           (the end of a loop over the threads)
    jic.shared_memory      the dynamic shared memory (@jic_shared,   a parameter: a buffer the launcher passes
                           addrspace(3), sized by the launch)

With `jic.unit_lanes = L` on the kernel (NVPTX only), L consecutive threads act as one: the kernel
sees thread tid / L of ntid / L, and the loops marked `jic.reduction` are shared by the L lanes
(lower_cooperative.py), which combine their partial sums with shuffles among themselves.

On NVPTX the shared memory is reached through `jic_shared_base()`, which returns the generic address of
`@jic_shared`; jic/backend/llvm_ir.py defines it (the LLVM dialect translation has no addrspacecast),
and LLVM inlines it and infers the shared address space of the loads and stores.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.dialects import gpu, llvm
from xdsl.dialects.builtin import i32, i64
from xdsl.ir import Operation, SSAValue

from jic.ir.memory_ops import SharedMemoryOp
from jic.passes import lower_cooperative as cooperative

if TYPE_CHECKING:
    from jic.passes.lower_to_llvm import KernelTranslator

BLOCK_KERNEL_ATTR = "jic.block_kernel"  # on a gpu.func whose blocks cooperate: its rows per block
SHARED_BASE = "jic_shared_base"
SHARED_GLOBAL = "jic_shared"


def block_kernel(f: gpu.FuncOp) -> bool:
    return BLOCK_KERNEL_ATTR in f.attributes


def _sreg32(tr: KernelTranslator, reg: str) -> SSAValue:
    return tr.add(llvm.CallIntrinsicOp(f"llvm.nvvm.read.ptx.sreg.{reg}", [], [i32]))


def _sreg(tr: KernelTranslator, reg: str) -> SSAValue:
    return tr.add(llvm.ZExtOp(_sreg32(tr, reg), i64))


def translate(tr: KernelTranslator, op: Operation) -> None:
    from jic.passes.lower_to_llvm import _Memref

    cpu = tr.target == "cpu"
    if isinstance(op, gpu.BarrierOp):
        if cpu:
            raise NotImplementedError("lower-to-llvm{target=cpu}: a gpu.barrier left after serialize-block-threads")
        tr.add(llvm.CallIntrinsicOp("llvm.nvvm.barrier0", [], []))
    elif isinstance(op, gpu.BlockIdOp):
        tr.vmap[op.result] = tr.gid if cpu else _sreg(tr, "ctaid.x")
    elif isinstance(op, gpu.ThreadIdOp):
        if cpu:
            raise NotImplementedError("lower-to-llvm{target=cpu}: a gpu.thread_id left after serialize-block-threads")
        if tr.lanes == 1:
            tr.vmap[op.result] = _sreg(tr, "tid.x")
            return
        # groups of `lanes` threads share each unit: the group is the thread the kernel sees, the lane
        # takes its share of the marked loops (lower_cooperative.py), the group's lanes shuffle together
        tid32 = _sreg32(tr, "tid.x")
        tid = tr.add(llvm.ZExtOp(tid32, i64))
        tr.lane = tr.add(llvm.URemOp(tid, tr.const_int(tr.lanes)))
        tr.mask = cooperative.group_mask(tr, tid32)
        tr.vmap[op.result] = tr.add(llvm.UDivOp(tid, tr.const_int(tr.lanes)))
    elif isinstance(op, gpu.BlockDimOp):
        if cpu:
            tr.vmap[op.result] = tr.block_dim
        else:
            ntid = _sreg(tr, "ntid.x")
            tr.vmap[op.result] = ntid if tr.lanes == 1 else tr.add(llvm.UDivOp(ntid, tr.const_int(tr.lanes)))
    elif isinstance(op, SharedMemoryOp):
        if cpu:
            ptr = tr.shared_ptr
        else:
            tr.externs[SHARED_BASE] = llvm.LLVMFunctionType([], tr.ptr_type())
            ptr = tr.add(llvm.CallOp(SHARED_BASE, return_type=tr.ptr_type()))
        tr.mems[op.result] = _Memref(ptr, [tr.const_int(1)], op.result.type.element_type)  # type: ignore[attr-defined]
    else:
        raise NotImplementedError(f"lower-to-llvm: {op.name} is not a thread-block op")
