"""lower-to-llvm of the thread-block ops: block and thread ids, the block's size, barriers, shared memory.

    op                     nvptx                                     cpu (serialize_block_threads.py ran first)
    gpu.block_id x         ctaid.x                                   the kernel's loop over the blocks
    gpu.thread_id x        tid.x                                     (replaced by the loops over the threads)
    gpu.block_dim x        ntid.x                                    a parameter: the launcher's threads a block
    gpu.barrier            llvm.nvvm.barrier0 (bar.sync 0)           (the end of a loop over the threads)
    jic.shared_memory      the dynamic shared memory (@jic_shared,   a parameter: a buffer the launcher passes
                           addrspace(3), sized by the launch)

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

if TYPE_CHECKING:
    from jic.passes.lower_to_llvm import KernelTranslator

BLOCK_KERNEL_ATTR = "jic.block_kernel"  # on a gpu.func whose blocks cooperate: its rows per block
SHARED_BASE = "jic_shared_base"
SHARED_GLOBAL = "jic_shared"


def block_kernel(f: gpu.FuncOp) -> bool:
    return BLOCK_KERNEL_ATTR in f.attributes


def _sreg(tr: KernelTranslator, reg: str) -> SSAValue:
    v = tr.add(llvm.CallIntrinsicOp(f"llvm.nvvm.read.ptx.sreg.{reg}", [], [i32]))
    return tr.add(llvm.ZExtOp(v, i64))


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
        tr.vmap[op.result] = _sreg(tr, "tid.x")
    elif isinstance(op, gpu.BlockDimOp):
        tr.vmap[op.result] = tr.block_dim if cpu else _sreg(tr, "ntid.x")
    elif isinstance(op, SharedMemoryOp):
        if cpu:
            ptr = tr.shared_ptr
        else:
            tr.externs[SHARED_BASE] = llvm.LLVMFunctionType([], tr.ptr_type())
            ptr = tr.add(llvm.CallOp(SHARED_BASE, return_type=tr.ptr_type()))
        tr.mems[op.result] = _Memref(ptr, [tr.const_int(1)], op.result.type.element_type)  # type: ignore[attr-defined]
    else:
        raise NotImplementedError(f"lower-to-llvm: {op.name} is not a thread-block op")
