"""The NVPTX kernels' warp-cooperative reductions, run on the CPU against eager.

Without a GPU, the LLVM IR lowered for NVPTX is compiled for the host with its GPU intrinsics
replaced by functions of an emulated warp: 32 OS threads per block, one per lane, `tid/ctaid/ntid`
from thread-local state and `shfl.sync.bfly` through a shared array and a barrier. This runs the
same lane split and butterfly combination (NaN, ties, -inf, logsumexp rescaling) the GPU runs.
"""

from __future__ import annotations

import ctypes
import math
import re
import threading

import linalg_corpus as C
import llvmlite.binding as llvm
import pytest
import torch
from xdsl.backend.llvm.convert import convert_module
from xdsl.dialects import func, gpu
from xdsl.dialects.builtin import ModuleOp

import jic  # noqa: F401  (registers the passes)
import jic.passes.pipeline
from jic.backend.cpu import _target_machine
from jic.backend.host import schedule
from jic.frontend import build_function
from jic.ir import dtypes, make_context
from jic.runtime.schedule import build_program

WARP = 32
_local = threading.local()
_I32 = ctypes.CFUNCTYPE(ctypes.c_int32)
_SHFL_F32 = ctypes.CFUNCTYPE(ctypes.c_float, ctypes.c_int32, ctypes.c_float, ctypes.c_int32, ctypes.c_int32)
_SHFL_I32 = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32)


def _shuffle(mask: int, value, offset: int, clamp: int):  # type: ignore[no-untyped-def]
    warp = _local.warp
    warp.slots[_local.tid] = value
    warp.barrier.wait()
    other = warp.slots[_local.tid ^ offset]
    warp.barrier.wait()
    return other


class _Warp:
    def __init__(self) -> None:
        self.slots: list = [None] * WARP
        self.barrier = threading.Barrier(WARP)


_CALLBACKS = {
    "emu_tid": _I32(lambda: _local.tid),
    "emu_ctaid": _I32(lambda: _local.ctaid),
    "emu_ntid": _I32(lambda: WARP),
    "emu_shfl_f32": _SHFL_F32(_shuffle),
    "emu_shfl_i32": _SHFL_I32(_shuffle),
}
RENAMES = {
    "llvm.nvvm.read.ptx.sreg.tid.x": "emu_tid",
    "llvm.nvvm.read.ptx.sreg.ctaid.x": "emu_ctaid",
    "llvm.nvvm.read.ptx.sreg.ntid.x": "emu_ntid",
    "llvm.nvvm.shfl.sync.bfly.f32": "emu_shfl_f32",
    "llvm.nvvm.shfl.sync.bfly.i32": "emu_shfl_i32",
}


class EmulatedGpu:
    """Runs NVPTX-lowered kernels on the CPU, one OS thread per lane, one warp per block."""

    def __init__(self, module: ModuleOp):
        gm = next(op for op in module.ops if isinstance(op, gpu.ModuleOp))
        text = str(
            convert_module(
                ModuleOp([op.clone() for op in gm.body.block.ops]), fallback_target_triple=llvm.get_process_triple()
            )
        )
        for old, new in RENAMES.items():
            text = text.replace(f'@"{old}"', f"@{new}").replace(f"@{old}", f"@{new}")
        text = re.sub(r'@"?__nv_(\w+)"?', r"@\1", text)  # libdevice -> libm
        for name, cb in _CALLBACKS.items():
            llvm.add_symbol(name, ctypes.cast(cb, ctypes.c_void_p).value)
        tm = _target_machine()
        mod = llvm.parse_assembly(text)
        mod.verify()
        self.engine = llvm.create_mcjit_compiler(mod, tm)
        self.engine.finalize_object()

    def launch(self, name: str, device: object, n: int, params: list) -> None:
        fn = ctypes.CFUNCTYPE(None, *[type(p) for p in params])(self.engine.get_function_address(name))
        for block in range((n + WARP - 1) // WARP):
            warp = _Warp()

            def lane(tid: int, block: int = block, warp: _Warp = warp) -> None:
                _local.tid, _local.ctaid, _local.warp = tid, block, warp
                fn(*params)

            threads = [threading.Thread(target=lane, args=(t,)) for t in range(WARP)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()


def _run_on_emulated_gpu(fn, *args):  # type: ignore[no-untyped-def]
    kinds = {
        name: ("tensor", dtypes.TORCH_TO_IR[a.dtype], a.dim())
        for name, a in zip(fn.__code__.co_varnames, args, strict=False)
    }
    m, _ = build_function(fn, kinds)
    jic.passes.pipeline.run(make_context(), m, jic.passes.pipeline.default_pipeline("nvptx"))
    assert "jic.lanes = 32" in str(m), "no warp-cooperative kernel to test"
    records, n_params = schedule(next(op for op in m.ops if isinstance(op, func.FuncOp)))
    return build_program(records, list(range(n_params)), EmulatedGpu(m), torch.device("cpu"))(*args)


def _compare(out, ref) -> None:  # type: ignore[no-untyped-def]
    for o, r in zip(out if isinstance(out, tuple) else (out,), ref if isinstance(ref, tuple) else (ref,)):
        assert o.shape == r.shape and o.dtype == r.dtype
        if r.dtype == torch.int64:
            assert torch.equal(o, r), (o, r)
            continue
        finite = r.isfinite()
        assert torch.equal(o.isfinite(), finite), (o, r)
        # NaN and +-inf where eager has them; the finite values summed in another order: close
        assert torch.equal(torch.nan_to_num(o[~finite]), torch.nan_to_num(r[~finite])), (o, r)
        assert torch.allclose(o[finite], r[finite], rtol=1e-5, atol=1e-5), (o, r)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64], ids=["f32", "f64"])
@pytest.mark.parametrize(
    "fn",
    [C.sum_keep, C.max_dim, C.argmax_dim, C.min_dim_fields, C.logsumexp_dim, C.softmax_last, C.prod_dim, C.var_dim],
    ids=lambda f: f.__name__,
)
def test_warp_reductions_match_eager(fn, dtype):
    x = torch.randn(3, 70, dtype=dtype)  # 70 elements: some lanes get 3, some 2
    if fn is C.prod_dim:
        x = 1 + x / 50
    _compare(_run_on_emulated_gpu(fn, x), fn(x))


def test_warp_reductions_with_nan_inf_and_ties():
    x = torch.randn(5, 45)
    x[0, 40] = math.nan
    x[0, 3] = math.nan  # the first NaN's index wins
    x[1, :] = -math.inf  # logsumexp -inf, argmax 0
    x[2, 7] = x[2, 38] = 100.0  # a tie across lanes: the smaller index
    x[3, 5] = math.inf
    x[3, 37] = math.inf  # logsumexp of two +inf: no inf - inf
    x[4, :] = 0.0  # all equal
    for fn in (C.max_dim, C.argmax_dim, C.min_dim_fields, C.logsumexp_dim, C.sum_keep):
        _compare(_run_on_emulated_gpu(fn, x), fn(x))


def test_fewer_elements_than_lanes():
    x = torch.randn(4, 5)
    for fn in (C.argmax_dim, C.logsumexp_dim, C.softmax_last):
        _compare(_run_on_emulated_gpu(fn, x), fn(x))
