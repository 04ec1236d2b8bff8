"""NVPTX-lowered kernels run on the CPU with real concurrent threads (test_warp_emulation.py, test_block_emulation.py).

The LLVM IR lowered for NVPTX is compiled for the host with its GPU intrinsics replaced by an emulated
block: one OS thread per GPU thread, `tid/ctaid/ntid` from thread-local state, `llvm.nvvm.barrier0` a
barrier of the block's threads, `jic_shared_base()` the block's own buffer and `shfl.sync.bfly` an
exchange among the threads of its mask in their warp.
"""

from __future__ import annotations

import ctypes
import re
import threading
from typing import Any

import llvmlite.binding as llvm
from xdsl.backend.llvm.convert import convert_module
from xdsl.dialects import gpu
from xdsl.dialects.builtin import ModuleOp

from jic.backend.cpu import _target_machine

WARP = 32
TIMEOUT = 60  # seconds a thread waits at a barrier: a missing partner fails the test instead of hanging it
_local = threading.local()
_I32 = ctypes.CFUNCTYPE(ctypes.c_int32)
_VOID = ctypes.CFUNCTYPE(None)
_PTR = ctypes.CFUNCTYPE(ctypes.c_void_p)
_SHFL_F32 = ctypes.CFUNCTYPE(ctypes.c_float, ctypes.c_int32, ctypes.c_float, ctypes.c_int32, ctypes.c_int32)
_SHFL_I32 = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32)


class _Group:
    """The lanes of one warp that shuffle together (those of one mask)."""

    def __init__(self, lanes: int):
        self.slots: list = [None] * WARP
        self.barrier = threading.Barrier(lanes)


class Block:
    """One block's shared state: its barrier, its shared memory and its warps' shuffle groups."""

    def __init__(self, threads: int, shared_bytes: int = 0):
        self.barrier = threading.Barrier(threads)
        self.shared = ctypes.create_string_buffer(max(shared_bytes, 16))
        self.groups: dict[tuple[int, int], _Group] = {}
        self.lock = threading.Lock()

    def group(self, warp: int, mask: int) -> _Group:
        with self.lock:
            key = (warp, mask)
            if key not in self.groups:
                self.groups[key] = _Group(bin(mask).count("1"))
            return self.groups[key]


def _shuffle(mask, value, offset, clamp):  # type: ignore[no-untyped-def]
    """shfl.sync.bfly among the lanes of `mask` in this thread's warp: each gets its partner's value."""
    tid = _local.tid
    group = _local.block.group(tid // WARP, mask & 0xFFFFFFFF)
    group.slots[tid % WARP] = value
    group.barrier.wait(timeout=TIMEOUT)
    other = group.slots[(tid % WARP) ^ offset]
    group.barrier.wait(timeout=TIMEOUT)
    return other


def _barrier() -> None:
    _local.block.barrier.wait(timeout=TIMEOUT)


_CALLBACKS = {
    "emu_tid": _I32(lambda: _local.tid),
    "emu_ctaid": _I32(lambda: _local.ctaid),
    "emu_ntid": _I32(lambda: _local.ntid),
    "emu_barrier": _VOID(_barrier),
    "emu_shared": _PTR(lambda: ctypes.addressof(_local.block.shared)),
    "emu_shfl_f32": _SHFL_F32(_shuffle),
    "emu_shfl_i32": _SHFL_I32(_shuffle),
}
RENAMES = {
    "llvm.nvvm.read.ptx.sreg.tid.x": "emu_tid",
    "llvm.nvvm.read.ptx.sreg.ctaid.x": "emu_ctaid",
    "llvm.nvvm.read.ptx.sreg.ntid.x": "emu_ntid",
    "llvm.nvvm.barrier0": "emu_barrier",
    "jic_shared_base": "emu_shared",
    "llvm.nvvm.shfl.sync.bfly.f32": "emu_shfl_f32",
    "llvm.nvvm.shfl.sync.bfly.i32": "emu_shfl_i32",
}


class EmulatedKernels:
    """A module's NVPTX-lowered kernels compiled for the host, each block run by one OS thread per GPU thread."""

    def __init__(self, module: ModuleOp):
        gm = next(op for op in module.ops if isinstance(op, gpu.ModuleOp))
        text = str(
            convert_module(
                ModuleOp([op.clone() for op in gm.body.block.ops]), fallback_target_triple=llvm.get_process_triple()
            )
        )
        for old, new in RENAMES.items():
            text = text.replace(f'@"{old}"', f"@{new}").replace(f"@{old}(", f"@{new}(")
        text = re.sub(r'@"?__nv_(\w+)"?', r"@\1", text)  # libdevice -> libm
        for name, cb in _CALLBACKS.items():
            llvm.add_symbol(name, ctypes.cast(cb, ctypes.c_void_p).value)
        mod = llvm.parse_assembly(text)
        mod.verify()
        self.engine = llvm.create_mcjit_compiler(mod, _target_machine())
        self.engine.finalize_object()

    def kernel(self, name: str, params: list) -> Any:
        return ctypes.CFUNCTYPE(None, *[type(p) for p in params])(self.engine.get_function_address(name))

    @staticmethod
    def run_block(kernel: Any, params: list, ctaid: int, threads: int, shared_bytes: int = 0) -> None:
        """Block `ctaid` of `kernel`: `threads` OS threads at once; a thread's error fails the call."""
        block = Block(threads, shared_bytes)
        errors: list[BaseException] = []

        def thread(tid: int) -> None:
            _local.tid, _local.ctaid, _local.ntid, _local.block = tid, ctaid, threads, block
            try:
                kernel(*params)
            except BaseException as e:  # noqa: BLE001 - reported below
                errors.append(e)

        started = [threading.Thread(target=thread, args=(t,)) for t in range(threads)]
        for t in started:
            t.start()
        for t in started:
            t.join()
        assert not errors, errors
