"""The CUDA target: PTX loaded with cuda-python, kernels launched on torch's current stream.

A module is loaded once per device, into that device's primary context (the
one torch uses); outputs are allocated by torch, so they live in torch's
caching allocator (and in a CUDA graph's pool while one is captured).

The launch itself is the hot path of every call. Each kernel's parameter
buffer is allocated once per variant (`launch_source`): a call writes the
values in place and launches it (no Python objects per argument) on
`torch.cuda.current_stream()` of the variant's device, found without building a
Stream object, through cuda-python's compiled `cuLaunchKernel` (or, with
JIC_CUDA_LAUNCH=ctypes, the driver's own through ctypes).

Nothing here synchronizes or allocates outside torch, so a call can be
captured in `torch.cuda.graph` (after a warm-up call has loaded the module).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import threading
from collections.abc import Callable
from typing import Any

import torch

from jic.backend.launch_config import DeviceLimits, block_size

try:
    from cuda.bindings import driver as cu
except ImportError:  # older cuda-python
    try:
        from cuda import cuda as cu  # type: ignore[no-redef]
    except ImportError:
        cu = None  # type: ignore[assignment]

_lock = threading.Lock()
BLOCK = 128  # grid_for's default; launches size their blocks from the device (launch_config.py)
MAX_THREADS = 2**31  # the kernel computes its global thread id in 32 bits


def grid_for(n: int, block: int = BLOCK) -> int:
    """Blocks of `block` threads covering `n` elements."""
    return (n + block - 1) // block


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


def driver_version() -> int:
    if cu is None:
        return 0
    return int(_check(cu.cuDriverGetVersion()))  # type: ignore[arg-type]


@functools.cache
def _libcuda() -> Any:
    """The driver library through ctypes, for JIC_CUDA_LAUNCH=ctypes; None means cuda-python launches.

    cuda-python's compiled `cuLaunchKernel` converts its eleven arguments faster
    than ctypes does (measured on an H200: 12.6 against 14.3 us per call), so it
    is the default.
    """
    if os.environ.get("JIC_CUDA_LAUNCH", "") != "ctypes":
        return None
    for name in ("libcuda.so.1", ctypes.util.find_library("cuda"), "nvcuda.dll"):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        p, u, i = ctypes.c_void_p, ctypes.c_uint, ctypes.c_int
        lib.cuLaunchKernel.argtypes = [p, u, u, u, u, u, u, u, p, p, p]
        lib.cuLaunchKernel.restype = i
        lib.cuCtxGetCurrent.argtypes = [p]
        lib.cuCtxGetCurrent.restype = i
        lib.cuCtxPushCurrent_v2.argtypes = [p]
        lib.cuCtxPushCurrent_v2.restype = i
        lib.cuCtxPopCurrent_v2.argtypes = [p]
        lib.cuCtxPopCurrent_v2.restype = i
        lib.cuGetErrorName.argtypes = [i, ctypes.POINTER(ctypes.c_char_p)]
        lib.cuGetErrorName.restype = i
        return lib
    return None


def _raise_driver_error(err: int, what: str) -> None:
    lib = _libcuda()
    name = ctypes.c_char_p()
    if lib is not None and lib.cuGetErrorName(err, ctypes.byref(name)) == 0 and name.value:
        raise RuntimeError(f"CUDA driver error {name.value.decode()} ({err}) in {what}")
    raise RuntimeError(f"CUDA driver error {err} in {what}")


def _current_stream_fn() -> Callable[[int], int]:
    raw = getattr(torch._C, "_cuda_getCurrentRawStream", None)
    if raw is not None:
        return raw
    return lambda idx: torch.cuda.current_stream(idx).cuda_stream


class _Loaded:
    """One module in one device's context: its context handle and kernel handles (as ints), the
    device's launch limits and each kernel's most threads per block (its registers allow)."""

    def __init__(self, ctx: int, functions: dict[str, int], keep: Any, limits: DeviceLimits, max_threads: dict):
        self.ctx, self.functions, self._keep = ctx, functions, keep
        self.limits, self.max_threads = limits, max_threads


def device_limits(dev: Any) -> DeviceLimits:
    """The limits that size a launch, read from the driver."""
    attr = cu.CUdevice_attribute

    def get(a: Any) -> int:
        return int(_check(cu.cuDeviceGetAttribute(a, dev)))  # type: ignore[arg-type]

    return DeviceLimits(
        sm_count=get(attr.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT),
        warp_size=get(attr.CU_DEVICE_ATTRIBUTE_WARP_SIZE),
        max_threads_per_block=get(attr.CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK),
    )


def _block_chooser(limits: DeviceLimits, kernel_max_threads: int) -> Callable[[int], int]:
    """`block_for(n)`: launch_config's block size for n threads, remembered per n (the hot path)."""
    cache: dict[int, int] = {}

    def block_for(n: int) -> int:
        b = cache.get(n)
        if b is None:
            if len(cache) > 256:
                cache.clear()
            b = cache[n] = block_size(n, limits, kernel_max_threads)
        return b

    return block_for


class CudaModule:
    """One PTX module, loaded lazily into each device's context on first use."""

    def __init__(self, ptx: str, kernels: list[str]):
        if cu is None:
            raise RuntimeError("cuda-python is not installed: `pip install cuda-python`")
        self.ptx = ptx.encode() + b"\0"
        self.kernels = kernels
        self._loaded: dict[int, _Loaded] = {}

    def load(self, device: torch.device) -> _Loaded:
        idx = device.index if device.index is not None else torch.cuda.current_device()
        loaded = self._loaded.get(idx)
        if loaded is not None:
            return loaded
        with _lock:
            if idx not in self._loaded:
                with torch.cuda.device(idx):
                    torch.cuda.current_stream()  # makes torch create and bind the primary context
                    _check(cu.cuInit(0))
                    dev = _check(cu.cuDeviceGet(idx))
                    ctx = _check(cu.cuDevicePrimaryCtxRetain(dev))
                    _check(cu.cuCtxPushCurrent(ctx))
                    try:
                        mod = _check(cu.cuModuleLoadData(self.ptx))
                        fns = {k: _check(cu.cuModuleGetFunction(mod, k.encode())) for k in self.kernels}
                        most = cu.CUfunction_attribute.CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK
                        max_threads = {k: int(_check(cu.cuFuncGetAttribute(most, f))) for k, f in fns.items()}  # type: ignore[arg-type]
                        limits = device_limits(dev)
                    finally:
                        _check(cu.cuCtxPopCurrent())
                self._loaded[idx] = _Loaded(
                    int(ctx), {k: int(f) for k, f in fns.items()}, (ctx, mod, fns), limits, max_threads
                )
        return self._loaded[idx]

    def vector_min_threads(self, device: torch.device) -> int:
        """The fewest threads a vector form (4 elements a thread) is launched with: one warp per
        multiprocessor. Below that the scalar kernel, 4x the threads, keeps more of the GPU busy (a
        short grid's time is each thread's serial chain, which 4 elements a thread only lengthen)."""
        limits = self.load(device).limits
        return limits.sm_count * limits.warp_size

    def launch_source(self, name: str, types: list[str], exprs: list[str], device: torch.device) -> tuple[list, dict]:
        """The launcher's tail for kernel `name`: fill the preallocated parameters, launch (see runtime/launch.py)."""
        loaded = self.load(device)
        idx = device.index if device.index is not None else torch.cuda.current_device()
        ints = (ctypes.c_int64 * len(types))()  # pointers and i64 in place; floats in their own slots
        floats: dict[int, ctypes.c_float | ctypes.c_double] = {}
        ptrs = (ctypes.c_void_p * len(types))()
        for i, t in enumerate(types):
            if t in ("f32", "f64"):
                floats[i] = ctypes.c_float() if t == "f32" else ctypes.c_double()
                ptrs[i] = ctypes.addressof(floats[i])
            else:
                ptrs[i] = ctypes.addressof(ints) + 8 * i
        # the generated launcher holds every buffer (the driver reads them through raw addresses) and the module
        ns: dict[str, Any] = {"_p": ints, "_ptrs": ptrs, "_lock": threading.Lock(), "_module": self}
        body = []
        for i, e in enumerate(exprs):
            if i in floats:
                ns[f"_f{i}"] = floats[i]
                body.append(f"    _f{i}.value = {e}")
            else:
                body.append(f"    _p[{i}] = {e}")
        block_for = _block_chooser(loaded.limits, loaded.max_threads[name])
        ns["_go"] = _launcher(loaded.functions[name], loaded.ctx, idx, ptrs, name, block_for)
        return ["with _lock:", *body, "    _go(n)"], ns


def _launcher(
    fn: int, ctx: int, idx: int, params: Any, name: str, block_for: Callable[[int], int]
) -> Callable[[int], None]:
    """`go(n)`: launch the kernel over n threads on the device's current stream, its context made current."""
    stream_of = _current_stream_fn()
    params_addr = ctypes.addressof(params)
    lib = _libcuda()
    if lib is None:
        return _bindings_launcher(fn, ctx, idx, params_addr, name, stream_of, block_for)
    launch, get_ctx, push, pop = (
        lib.cuLaunchKernel,
        lib.cuCtxGetCurrent,
        lib.cuCtxPushCurrent_v2,
        lib.cuCtxPopCurrent_v2,
    )
    cur = ctypes.c_void_p()
    cur_addr = ctypes.addressof(cur)

    def go(n: int) -> None:
        if n >= MAX_THREADS:
            raise ValueError(f"jic: {n} elements in one kernel; at most 2**31 - 1 are supported yet")
        block = block_for(n)
        grid = (n + block - 1) // block
        stream = stream_of(idx)
        get_ctx(cur_addr)
        if cur.value == ctx:
            err = launch(fn, grid, 1, 1, block, 1, 1, 0, stream, params_addr, None)
        else:  # another device's context (or none: a fresh thread) is current
            push(ctx)
            try:
                err = launch(fn, grid, 1, 1, block, 1, 1, 0, stream, params_addr, None)
            finally:
                pop(cur_addr)
        if err:
            _raise_driver_error(err, f"cuLaunchKernel({name})")

    return go


def _bindings_launcher(
    fn: int, ctx: int, idx: int, params_addr: int, name: str, stream_of: Callable, block_for: Callable[[int], int]
) -> Callable[[int], None]:
    """`go(n)` through cuda-python: the context is the device's when torch's current device is that device."""
    func = cu.CUfunction(fn)
    launch = cu.cuLaunchKernel
    stream_type = cu.CUstream
    current_device = getattr(torch._C, "_cuda_getDevice", torch.cuda.current_device)
    success, invalid_context = cu.CUresult.CUDA_SUCCESS, cu.CUresult.CUDA_ERROR_INVALID_CONTEXT

    def go(n: int) -> None:
        if n >= MAX_THREADS:
            raise ValueError(f"jic: {n} elements in one kernel; at most 2**31 - 1 are supported yet")
        block = block_for(n)
        grid = (n + block - 1) // block
        stream = stream_type(stream_of(idx))
        if current_device() != idx:
            with torch.cuda.device(idx):  # the launch needs that device's context current
                res = launch(func, grid, 1, 1, block, 1, 1, 0, stream, params_addr, 0)
        else:
            res = launch(func, grid, 1, 1, block, 1, 1, 0, stream, params_addr, 0)
        if res[0] != success:
            if res[0] != invalid_context:
                _check(res)
            # a thread where no context is current yet (nothing was enqueued): make the device's current, retry
            _check(cu.cuCtxPushCurrent(cu.CUcontext(ctx)))
            try:
                _check(launch(func, grid, 1, 1, block, 1, 1, 0, stream, params_addr, 0))
            finally:
                _check(cu.cuCtxPopCurrent())

    return go
