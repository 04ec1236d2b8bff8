"""The NVPTX block kernels of recurrences, run on the CPU with real concurrent threads, against eager.

The CPU target runs a block's threads one after another, phase by phase (serialize-block-threads), so
it does not exercise what the GPU relies on: every thread of a block running at once, `bar.sync`
between the steps, the state in the block's shared memory. Here the LLVM IR lowered for NVPTX is
compiled for the host with its GPU intrinsics replaced by an emulated block (gpu_emulation.py): one
OS thread per GPU thread, `tid/ctaid/ntid` from thread-local state, `llvm.nvvm.barrier0` a barrier of
the block's threads, `jic_shared_base()` the block's own buffer and `shfl.sync.bfly` an exchange among
the threads of its mask. A barrier missing or misplaced would let threads read a state that is being
rewritten, and the results would differ from eager.
"""

from __future__ import annotations

import ctypes

import pytest
import torch
from gpu_emulation import EmulatedKernels
from recurrences import centered_cell, elman, heat, lstm
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp

import jic  # noqa: F401  (registers the passes)
import jic.passes.pipeline
from conftest import assert_close
from jic.backend.host import schedule
from jic.frontend import build_function
from jic.ir import make_context
from jic.runtime.schedule import build_program

THREADS = 32  # threads a block: fewer than most test sizes' units, so that threads own several


class EmulatedBlocks(EmulatedKernels):
    """Runs NVPTX-lowered block kernels on the CPU: a block at a time, one OS thread per GPU thread."""

    def __init__(self, module: ModuleOp):
        super().__init__(module)
        self.blocks_run = 0

    def block_launch_source(self, name, types, exprs, device, blocks, units, smem, bind):  # type: ignore[no-untyped-def]
        ctypes_of = {"ptr": ctypes.c_void_p, "i64": ctypes.c_int64, "f32": ctypes.c_float, "f64": ctypes.c_double}
        params = ", ".join(f"{bind(ctypes_of[t], 'ct_' + t)}({e})" for t, e in zip(types, exprs))
        return [f"{bind(self.launch_blocks, 'launch_blocks')}({name!r}, {blocks}, {smem}, [{params}])"]

    def launch(self, name: str, device: object, n: int, params: list) -> None:
        raise AssertionError(f"{name}: only block kernels are expected here")

    def launch_blocks(self, name: str, blocks: int, shared_bytes: int, params: list) -> None:
        kernel = self.kernel(name, params)
        for b in range(blocks):
            self.run_block(kernel, params, b, THREADS, shared_bytes)
            self.blocks_run += 1


def _run(fn, *args, lanes: int = 1):  # type: ignore[no-untyped-def]
    m, _ = build_function(fn, jic.compile(fn).kinds_for(*args))
    # without pipeline-loads (the vector forms are off by default too): their loads are PTX inline assembly,
    # which the host cannot run
    change = {
        "pipeline-loads": "pipeline-loads{depth=1}",
        "recurrent-block-kernels": f"recurrent-block-kernels{{lanes-per-unit={lanes}}}",
    }
    passes = [change.get(p, p) for p in jic.passes.pipeline.DEFAULT_PIPELINE]
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
