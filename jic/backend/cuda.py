"""The CUDA target: PTX loaded with cuda-python, kernels launched on torch's current stream.

A module is loaded once per device (its primary context, the one torch uses);
outputs are allocated by torch, so they live in torch's caching allocator.
"""

from __future__ import annotations

import ctypes
import threading

import torch

try:
    from cuda.bindings import driver as cu
except ImportError:  # older cuda-python
    try:
        from cuda import cuda as cu  # type: ignore[no-redef]
    except ImportError:
        cu = None  # type: ignore[assignment]

_lock = threading.Lock()


def _check(result: tuple) -> object:
    err = result[0]
    if err != cu.CUresult.CUDA_SUCCESS:
        _, name = cu.cuGetErrorName(err)
        raise RuntimeError(f"CUDA driver error {name.decode() if isinstance(name, bytes) else name}")
    if len(result) == 1:
        return None
    return result[1] if len(result) == 2 else result[1:]


def device_arch(device: torch.device) -> str:
    major, minor = torch.cuda.get_device_capability(device)
    return f"sm_{major}{minor}"


class CudaModule:
    """One PTX module, loaded lazily into each device's context on first use."""

    def __init__(self, ptx: str, kernels: list[str]):
        if cu is None:
            raise RuntimeError("cuda-python is not installed: `pip install cuda-python`")
        self.ptx = ptx.encode() + b"\0"
        self.kernels = kernels
        self._functions: dict[int, dict[str, object]] = {}

    def functions(self, device: torch.device) -> dict[str, object]:
        idx = device.index if device.index is not None else torch.cuda.current_device()
        fns = self._functions.get(idx)
        if fns is not None:
            return fns
        with _lock:
            if idx not in self._functions:
                with torch.cuda.device(idx):
                    torch.cuda.current_stream()  # makes torch create and bind the primary context
                    _check(cu.cuInit(0))
                    dev = _check(cu.cuDeviceGet(idx))
                    ctx = _check(cu.cuDevicePrimaryCtxRetain(dev))
                    _check(cu.cuCtxPushCurrent(ctx))
                    try:
                        mod = _check(cu.cuModuleLoadData(self.ptx))
                        self._functions[idx] = {
                            k: _check(cu.cuModuleGetFunction(mod, k.encode())) for k in self.kernels
                        }
                    finally:
                        _check(cu.cuCtxPopCurrent())
        return self._functions[idx]

    def launch(self, name: str, device: torch.device, n: int, params: list, block: int = 128) -> None:
        if n >= 2**31:  # the kernel computes its global thread id in 32 bits
            raise ValueError(f"jic: {n} elements in one kernel; at most 2**31 - 1 are supported yet")
        fn = self.functions(device)[name]
        grid = (n + block - 1) // block
        holders = (ctypes.c_void_p * len(params))(*[ctypes.addressof(p) for p in params])
        stream = cu.CUstream(torch.cuda.current_stream(device).cuda_stream)
        if device.index is not None and device.index != torch.cuda.current_device():
            with torch.cuda.device(device):  # the launch needs that device's context current
                _check(cu.cuLaunchKernel(fn, grid, 1, 1, block, 1, 1, 0, stream, ctypes.addressof(holders), 0))
        else:
            _check(cu.cuLaunchKernel(fn, grid, 1, 1, block, 1, 1, 0, stream, ctypes.addressof(holders), 0))
