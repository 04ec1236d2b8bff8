"""The NVPTX block kernels of recurrences, run on the CPU with real concurrent threads, against eager.

The CPU target runs a block's threads one after another, phase by phase (serialize-block-threads), so
it does not exercise what the GPU relies on: every thread of a block running at once, `bar.sync`
between the steps, the state in the block's shared memory. Here the LLVM IR lowered for NVPTX is
compiled for the host with its GPU intrinsics replaced by an emulated block: one OS thread per GPU
thread, `tid/ctaid/ntid` from thread-local state, `llvm.nvvm.barrier0` a barrier of the block's
threads, `jic_shared_base()` the block's own buffer and `shfl.sync.bfly` an exchange among the
threads of its mask. A barrier missing or misplaced would let
threads read a state that is being rewritten, and the results would differ from eager.
"""

from __future__ import annotations

import ctypes
import re
import threading

import llvmlite.binding as llvm
import pytest
import torch
from recurrences import centered_cell, elman, heat, lstm
from xdsl.backend.llvm.convert import convert_module
from xdsl.dialects import func, gpu
from xdsl.dialects.builtin import ModuleOp

import jic  # noqa: F401  (registers the passes)
import jic.passes.pipeline
from conftest import assert_close
from jic.backend.cpu import _target_machine
from jic.backend.host import schedule
from jic.frontend import build_function
from jic.ir import make_context
from jic.runtime.schedule import build_program

THREADS = 32  # threads a block: fewer than most test sizes' units, so that threads own several
_local = threading.local()
_I32 = ctypes.CFUNCTYPE(ctypes.c_int32)
_VOID = ctypes.CFUNCTYPE(None)
_PTR = ctypes.CFUNCTYPE(ctypes.c_void_p)


_SHFL_F32 = ctypes.CFUNCTYPE(ctypes.c_float, ctypes.c_int32, ctypes.c_float, ctypes.c_int32, ctypes.c_int32)
_SHFL_I32 = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32)


def _shuffle(mask, value, offset, clamp):  # type: ignore[no-untyped-def]
    """shfl.sync.bfly among the lanes of `mask` in this thread's warp: each gets its partner's value."""
    tid = _local.tid
    group = _local.block.group(tid // 32, mask & 0xFFFFFFFF)
    group.slots[tid % 32] = value
    group.barrier.wait(timeout=60)
    other = group.slots[(tid % 32) ^ offset]
    group.barrier.wait(timeout=60)
    return other


def _barrier() -> None:
    _local.block.barrier.wait(timeout=60)


class _Group:
    def __init__(self, lanes: int):
        self.slots: list = [None] * 32
        self.barrier = threading.Barrier(lanes)


class _Block:
    def __init__(self, threads: int, shared_bytes: int):
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


class EmulatedBlocks:
    """Runs NVPTX-lowered block kernels on the CPU: a block at a time, one OS thread per GPU thread."""

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
        self.blocks_run = 0

    def block_launch_source(self, name, types, exprs, device, blocks, units, smem, bind):  # type: ignore[no-untyped-def]
        ctypes_of = {"ptr": ctypes.c_void_p, "i64": ctypes.c_int64, "f32": ctypes.c_float, "f64": ctypes.c_double}
        params = ", ".join(f"{bind(ctypes_of[t], 'ct_' + t)}({e})" for t, e in zip(types, exprs))
        return [f"{bind(self.launch_blocks, 'launch_blocks')}({name!r}, {blocks}, {smem}, [{params}])"]

    def launch(self, name: str, device: object, n: int, params: list) -> None:
        raise AssertionError(f"{name}: only block kernels are expected here")

    def launch_blocks(self, name: str, blocks: int, shared_bytes: int, params: list) -> None:
        fn = ctypes.CFUNCTYPE(None, *[type(p) for p in params])(self.engine.get_function_address(name))
        errors: list[BaseException] = []
        for b in range(blocks):
            block = _Block(THREADS, shared_bytes)

            def thread(tid: int, b: int = b, block: _Block = block) -> None:
                _local.tid, _local.ctaid, _local.ntid, _local.block = tid, b, THREADS, block
                try:
                    fn(*params)
                except BaseException as e:  # noqa: BLE001 - reported below
                    errors.append(e)

            threads = [threading.Thread(target=thread, args=(t,)) for t in range(THREADS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.blocks_run += 1
        assert not errors, errors


def _run(fn, *args, lanes: int = 1):  # type: ignore[no-untyped-def]
    m, _ = build_function(fn, jic.compile(fn).kinds_for(*args))
    # without pipeline-loads and the vector forms: their loads are PTX inline assembly, which the host cannot run
    change = {
        "pipeline-loads": "pipeline-loads{depth=1}",
        "recurrent-block-kernels": f"recurrent-block-kernels{{lanes-per-unit={lanes}}}",
    }
    passes = [change.get(p, p) for p in jic.passes.pipeline.DEFAULT_PIPELINE if p != "vectorize-inner-dim"]
    jic.passes.pipeline.run(make_context(), m, jic.passes.pipeline.compose("nvptx", passes))
    assert "jic.block_rows" in str(m), "no block kernel to test"
    records, n_params = schedule(next(op for op in m.ops if isinstance(op, func.FuncOp)))
    target = EmulatedBlocks(m)
    out = build_program(records, list(range(n_params)), target, torch.device("cpu"))(*args)
    assert target.blocks_run > 0
    return out


def _w(*shape):  # type: ignore[no-untyped-def]
    return torch.randn(*shape) * 0.3


@pytest.mark.parametrize("B,T,H", [(3, 5, 70), (1, 2, 20)])
def test_elman_block_kernel_with_concurrent_threads(B, T, H):
    x, h = torch.randn(B, T, 6), torch.randn(B, H)
    args = (x, h, _w(H, 6), _w(H, H), _w(H))
    assert_close(_run(elman, *args), elman(*args))


def test_lstm_block_kernel_with_concurrent_threads():
    B, T, I, H = 3, 4, 5, 40
    x, h, c = torch.randn(B, T, I), torch.randn(B, H), torch.randn(B, H)
    args = (x, h, c, *[_w(H, I) for _ in range(4)], *[_w(H, H) for _ in range(4)], *[_w(H) for _ in range(4)])
    for o, r in zip(_run(lstm, *args), lstm(*args)):
        assert_close(o, r)


def test_stencil_and_row_reduction_with_concurrent_threads():
    u = torch.randn(2, 45)
    assert_close(_run(heat, u, 0.2, 12), heat(u, 0.2, 12))
    x, h = torch.randn(3, 6, 33), torch.randn(3, 33)
    assert_close(_run(centered_cell, x, h), centered_cell(x, h))


@pytest.mark.parametrize("lanes", [2, 4])
def test_lanes_share_each_unit(lanes):
    """lanes-per-unit: groups of threads share each unit's products and add up their sums with shuffles
    among the group (the other groups of the warp may be done: 70 units in groups of 4 of 32 threads)."""
    B, T, H = 3, 4, 70
    x, h = torch.randn(B, T, 6), torch.randn(B, H)
    args = (x, h, _w(H, 6), _w(H, H), _w(H))
    assert_close(_run(elman, *args, lanes=lanes), elman(*args))
    B, T, I, H = 2, 3, 5, 37
    x, h, c = torch.randn(B, T, I), torch.randn(B, H), torch.randn(B, H)
    args = (x, h, c, *[_w(H, I) for _ in range(4)], *[_w(H, H) for _ in range(4)], *[_w(H) for _ in range(4)])
    for o, r in zip(_run(lstm, *args, lanes=lanes), lstm(*args)):
        assert_close(o, r)
