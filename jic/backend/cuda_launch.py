"""How a kernel launch reaches the driver: `go(n)` launches a kernel over n threads, the hot path of every call.

The parameters are already packed (runtime/launch.py, a `void**` to
preallocated slots); `go(n)` picks the block size (remembered per n), finds
torch's current stream of the device without building a Stream object
(`torch._C._cuda_getCurrentRawStream`, present in torch 2.0 to 2.13), makes
sure the device's context is current, and calls `cuLaunchKernel` through one
of four bindings (`JIC_CUDA_LAUNCH`):

- `bindings`: cuda-python's compiled `cuLaunchKernel` (its eleven arguments
  converted by Cython);
- `ctypes`: the driver's own `cuLaunchKernel` through ctypes (eleven ctypes
  conversions, plus a `cuCtxGetCurrent` call for the context check);
- `c`: a few lines of C compiled once per machine with the
  system's C compiler (when there is one), called through ctypes; it checks the
  current context and calls the driver itself. The host program calls it in
  line with the parameters packed into a bytes object of the call's own (no
  shared buffer, no lock: see launch_source in cuda.py);
- `ext`: a CPython extension compiled the same way (fast_launch.py): one
  vectorcall reads the parameters from their Python objects, checks the context
  and launches (no struct, no ctypes conversions, no lock); built against
  torch's headers, it also reads tensors (data pointer, strides) and allocates
  the outputs itself.

`bench/host_overhead.py` measures each (on an H200 the launch alone took 3.45
us through `c`, 3.63 through `bindings`, 6.68 through `ctypes`). A method that
cannot be had (no C compiler, no libcuda) falls back to `bindings`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
from collections.abc import Callable
from typing import Any

import torch

from jic.backend import c_build
from jic.backend.launch_config import DeviceLimits, block_size

MAX_THREADS = 2**31  # the kernel computes its global thread id in 32 bits
METHODS = ("bindings", "ctypes", "c", "ext")
# the launch extension where it builds (a C compiler and Python's headers), else cuda-python (cuda.py falls
# back). A repeated call of W1 on 32 elements, H100, one run: 5.51 us (ext, its torch build), 8.24 (c), 8.87
# (bindings), 10.0 (ctypes) against 5.63 for one eager torch.tanh (bench/host_overhead.py)
DEFAULT_METHOD = "ext"


def method() -> str:
    """The launch binding `JIC_CUDA_LAUNCH` asks for (default: DEFAULT_METHOD)."""
    m = os.environ.get("JIC_CUDA_LAUNCH", "") or DEFAULT_METHOD
    if m not in METHODS:
        raise ValueError(f"JIC_CUDA_LAUNCH={m!r}: expected one of {', '.join(METHODS)}")
    return m


def current_stream_fn() -> Callable[[int], int]:
    """`stream_of(device_index) -> the raw cudaStream_t` of torch's current stream on that device."""
    raw = getattr(torch._C, "_cuda_getCurrentRawStream", None)
    if raw is not None:
        return raw
    return lambda idx: torch.cuda.current_stream(idx).cuda_stream


def stream_objects(stream_of: Callable[[int], int], stream_type: Callable[[int], Any]) -> Callable[[int], Any]:
    """`stream(device_index)`: the binding's stream object for torch's current stream on that device, made once
    per raw stream (a cuda-python CUstream costs more to build than the launch's other arguments together)."""
    made: dict[int, Any] = {}

    def stream(idx: int) -> Any:
        raw = stream_of(idx)
        s = made.get(raw)
        if s is None:
            if len(made) > 64:  # streams come and go (torch.cuda.Stream objects): keep the set small
                made.clear()
            s = made[raw] = stream_type(raw)
        return s

    return stream


def block_chooser(limits: DeviceLimits, kernel_max_threads: int) -> Callable[[int], int]:
    """`block_for(n)`: launch_config's block size for n threads."""
    return lambda n: block_size(n, limits, kernel_max_threads)


def _remembered(block_for: Callable[[int], int]) -> tuple[dict[int, int], Callable[[int], int]]:
    """(blocks, choose): `blocks.get(n) or choose(n)` is block_for(n), computed once per n (the hot path)."""
    blocks: dict[int, int] = {}

    def choose(n: int) -> int:
        if n >= MAX_THREADS:
            raise ValueError(f"jic: {n} threads in one kernel; at most 2**31 - 1 are supported yet")
        if len(blocks) > 256:
            blocks.clear()
        b = blocks[n] = block_for(n)
        return b

    return blocks, choose


# ---------------------------------------------------------------- libcuda through ctypes


@functools.cache
def libcuda() -> Any:
    """The driver library through ctypes, its launch and context functions typed; None where it is missing."""
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
        for f in ("cuCtxGetCurrent", "cuCtxPushCurrent_v2", "cuCtxPopCurrent_v2"):
            getattr(lib, f).argtypes = [p]
            getattr(lib, f).restype = i
        lib.cuGetErrorName.argtypes = [i, ctypes.POINTER(ctypes.c_char_p)]
        lib.cuGetErrorName.restype = i
        return lib
    return None


def raise_driver_error(err: int, what: str) -> None:
    lib = libcuda()
    name = ctypes.c_char_p()
    if lib is not None and lib.cuGetErrorName(err, ctypes.byref(name)) == 0 and name.value:
        raise RuntimeError(f"CUDA driver error {name.value.decode()} ({err}) in {what}")
    raise RuntimeError(f"CUDA driver error {err} in {what}")


# ---------------------------------------------------------------- the C launcher

# The driver's functions as pointers (set by an init function from their addresses, so tests can point them at
# stand-ins) and the launch in a kernel's context: C that the launcher below and the launch extension
# (fast_launch.py) both start with.
DRIVER_C = r"""
typedef int (*launch_t)(void *, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, void *,
                        void **, void **);
typedef int (*ctx_t)(void *);
static launch_t launch_;
static ctx_t get_, push_, pop_;

static void set_driver(void *launch, void *get, void *push, void *pop) {
    launch_ = (launch_t)launch; get_ = (ctx_t)get; push_ = (ctx_t)push; pop_ = (ctx_t)pop;
}

/* launch fn (of context ctx) over grid blocks of block threads; ctx is made current for the launch if it is
   not (another device's, or none in a fresh thread) */
static int launch_in_context(void *fn, void *ctx, unsigned grid, unsigned block, void *stream, void **params) {
    void *cur = 0;
    int err = get_(&cur);
    if (err) return err;
    if (cur == ctx) return launch_(fn, grid, 1, 1, block, 1, 1, 0, stream, params, 0);
    err = push_(ctx);
    if (err) return err;
    err = launch_(fn, grid, 1, 1, block, 1, 1, 0, stream, params, 0);
    pop_(&cur);
    return err;
}
"""

C_SOURCE = (
    "/* jic's launcher: one call from Python per kernel launch (see jic/backend/cuda_launch.py) */\n"
    + DRIVER_C
    + r"""
void jic_init(void *launch, void *get, void *push, void *pop) { set_driver(launch, get, push, pop); }

/* k: {function, context, void** parameters} */
int jic_launch(void *const *k, unsigned grid, unsigned block, void *stream) {
    return launch_in_context(k[0], k[1], grid, block, stream, (void **)k[2]);
}

/* k: {function, context, number of parameters}; params: the parameters packed in 8-byte slots, this
   call's own (a Python bytes object): nothing is shared between threads */
int jic_launch_packed(void *const *k, unsigned grid, unsigned block, void *stream, const char *params) {
    long n = (long)k[2], i;
    void *slots[n > 0 ? n : 1];
    for (i = 0; i < n; i++) slots[i] = (void *)(params + 8 * i);
    return launch_in_context(k[0], k[1], grid, block, stream, slots);
}
"""
)


@functools.cache
def c_launcher() -> Any:
    """The compiled C launcher (built once per machine under the cache directory), or None: no C compiler,
    no libcuda, or the build failed."""
    lib = libcuda()
    path = c_build.shared_library(C_SOURCE, "jic_launch") if lib is not None else None
    if path is None:
        return None
    try:
        shim = ctypes.CDLL(path)
    except OSError:
        return None
    addr = [ctypes.cast(getattr(lib, f), ctypes.c_void_p) for f in _C_DRIVER_FUNCTIONS]
    shim.jic_init.argtypes = [ctypes.c_void_p] * 4
    shim.jic_init.restype = None
    shim.jic_init(*addr)
    shim.jic_launch.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p]
    shim.jic_launch.restype = ctypes.c_int
    shim.jic_launch_packed.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_char_p]
    shim.jic_launch_packed.restype = ctypes.c_int
    return shim


_C_DRIVER_FUNCTIONS = ("cuLaunchKernel", "cuCtxGetCurrent", "cuCtxPushCurrent_v2", "cuCtxPopCurrent_v2")


# ---------------------------------------------------------------- go(n)


def remembered_blocks(block_for: Callable[[int], int]) -> tuple[dict[int, int], Callable[[int], int]]:
    """(blocks, choose): `blocks.get(n) or choose(n)` is block_for(n), computed once per n."""
    return _remembered(block_for)


def make_go(
    fn: int, ctx: int, idx: int, params: Any, name: str, block_for: Callable[[int], int], how: str = ""
) -> Callable[[int], None]:
    """`go(n)`: launch kernel `fn` (of context `ctx`, device `idx`) over n threads with the packed `params`
    (a ctypes `void*` array), in blocks of `block_for(n)` threads."""
    how = how or method()
    blocks, choose = _remembered(block_for)
    stream_of = current_stream_fn()
    params_addr = ctypes.addressof(params)
    if how == "c":
        shim = c_launcher()
        if shim is not None:
            return _c_go(shim, fn, ctx, idx, params, params_addr, name, blocks, choose, stream_of)
        how = "bindings"
    if how == "ctypes" and libcuda() is not None:
        return _ctypes_go(libcuda(), fn, ctx, idx, params_addr, name, blocks, choose, stream_of)
    return _bindings_go(fn, ctx, idx, params_addr, name, blocks, choose, stream_of)


def _c_go(shim, fn, ctx, idx, params, params_addr, name, blocks, choose, stream_of):  # type: ignore[no-untyped-def]
    k = (ctypes.c_void_p * 3)(fn, ctx, params_addr)
    k_addr = ctypes.addressof(k)
    launch = shim.jic_launch
    get = blocks.get

    def go(n: int) -> None:
        block = get(n) or choose(n)
        err = launch(k_addr, (n + block - 1) // block, block, stream_of(idx))
        if err:
            raise_driver_error(err, f"cuLaunchKernel({name})")

    go._keep = (k, params, shim)  # type: ignore[attr-defined]  (the driver reads them through raw addresses)
    return go


def _ctypes_go(lib, fn, ctx, idx, params_addr, name, blocks, choose, stream_of):  # type: ignore[no-untyped-def]
    launch, get_ctx, push, pop = (
        lib.cuLaunchKernel,
        lib.cuCtxGetCurrent,
        lib.cuCtxPushCurrent_v2,
        lib.cuCtxPopCurrent_v2,
    )
    cur = ctypes.c_void_p()
    cur_addr = ctypes.addressof(cur)
    get = blocks.get

    def go(n: int) -> None:
        block = get(n) or choose(n)
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
            raise_driver_error(err, f"cuLaunchKernel({name})")

    go._keep = cur  # type: ignore[attr-defined]
    return go


def _bindings_go(fn, ctx, idx, params_addr, name, blocks, choose, stream_of):  # type: ignore[no-untyped-def]
    from jic.backend.cuda import _check, cu

    func = cu.CUfunction(fn)
    launch = cu.cuLaunchKernel
    stream_obj = stream_objects(stream_of, cu.CUstream)
    current_device = getattr(torch._C, "_cuda_getDevice", torch.cuda.current_device)
    success, invalid_context = cu.CUresult.CUDA_SUCCESS, cu.CUresult.CUDA_ERROR_INVALID_CONTEXT
    get = blocks.get

    def go(n: int) -> None:
        block = get(n) or choose(n)
        grid = (n + block - 1) // block
        stream = stream_obj(idx)
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


__all__ = [
    "DEFAULT_METHOD",
    "MAX_THREADS",
    "METHODS",
    "block_chooser",
    "c_launcher",
    "make_go",
    "method",
    "raise_driver_error",
    "remembered_blocks",
    "stream_objects",
]
