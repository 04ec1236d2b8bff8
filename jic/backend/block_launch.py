"""How a block kernel (outline_recurrent.py) reaches the driver: `go(blocks, units, smem)`.

A block kernel's blocks cooperate over a state's units, so its launch is sized differently from the
one-thread-per-element kernels' (cuda_launch.py): a given number of blocks, each with one thread per
unit (in whole warps, as many as the device and the kernel's registers allow: launch_config.py), and
`smem` bytes of dynamic shared memory, opted into (`cuFuncSetAttribute`) beyond the 48 KiB a kernel
gets by default, once per larger size. It launches through cuda-python's `cuLaunchKernel`.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import torch

from jic.backend.launch_config import DEFAULT_SHARED_BYTES, DeviceLimits, block_threads


def make_block_go(
    fn: int, ctx: int, idx: int, params: Any, name: str, limits: DeviceLimits, kernel_max_threads: int
) -> Callable[[int, int, int], None]:
    """`go(blocks, units, smem)`: launch block kernel `fn` (of context `ctx`, device `idx`) with the packed
    `params` (a ctypes `void*` array)."""
    from jic.backend.cuda import _check, cu
    from jic.backend.cuda_launch import current_stream_fn, stream_objects

    func = cu.CUfunction(fn)
    launch = cu.cuLaunchKernel
    stream_obj = stream_objects(current_stream_fn(), cu.CUstream)
    params_addr = ctypes.addressof(params)
    current_device = getattr(torch._C, "_cuda_getDevice", torch.cuda.current_device)
    invalid_context = cu.CUresult.CUDA_ERROR_INVALID_CONTEXT
    max_dynamic = cu.CUfunction_attribute.CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES
    opted = [DEFAULT_SHARED_BYTES]

    def go(blocks: int, units: int, smem: int) -> None:
        if blocks >= 2**31:
            raise ValueError(f"jic: {blocks} blocks in one kernel; at most 2**31 - 1 are supported")
        threads = block_threads(units, limits, kernel_max_threads)
        if smem > opted[0]:
            if smem > limits.shared_bytes_per_block:
                raise ValueError(
                    f"jic: kernel {name} needs {smem} bytes of shared memory a block; the device allows "
                    f"{limits.shared_bytes_per_block}"
                )
            _check(cu.cuFuncSetAttribute(func, max_dynamic, smem))
            opted[0] = smem
        stream = stream_obj(idx)
        if current_device() != idx:
            with torch.cuda.device(idx):  # the launch needs that device's context current
                _check(launch(func, blocks, 1, 1, threads, 1, 1, smem, stream, params_addr, 0))
            return
        res = launch(func, blocks, 1, 1, threads, 1, 1, smem, stream, params_addr, 0)
        if res[0] != invalid_context:
            _check(res)
            return
        # a thread where no context is current yet (nothing was enqueued): make the device's current, retry
        _check(cu.cuCtxPushCurrent(cu.CUcontext(ctx)))
        try:
            _check(launch(func, blocks, 1, 1, threads, 1, 1, smem, stream, params_addr, 0))
        finally:
            _check(cu.cuCtxPopCurrent())

    go._keep = params  # type: ignore[attr-defined]  (the driver reads it through its raw address)
    return go
