"""The CUDA target: PTX loaded with cuda-python, kernels launched on torch's current stream.

A module is loaded once per device, into that device's primary context (the
one torch uses); outputs are allocated by torch, so they live in torch's
caching allocator (and in a CUDA graph's pool while one is captured).

The launch itself is the hot path of every call. Each kernel's parameter
buffer is allocated once per variant (`launch_source`): a call packs the
values in place with one `struct` call and launches it on
`torch.cuda.current_stream()` of the variant's device (cuda_launch.py: how the
launch reaches the driver, and which binding does it).

Nothing here synchronizes or allocates outside torch, so a call can be
captured in `torch.cuda.graph` (after a warm-up call has loaded the module).
"""

from __future__ import annotations

import ctypes
import functools
import struct
import threading
from collections.abc import Callable
from typing import Any

import torch

from jic.backend import block_launch, cubin, cuda_launch, fast_launch
from jic.backend.cuda_launch import MAX_THREADS  # noqa: F401  (re-exported)
from jic.backend.launch_config import DeviceLimits

try:
    from cuda.bindings import driver as cu
except ImportError:  # older cuda-python
    try:
        from cuda import cuda as cu  # type: ignore[no-redef]
    except ImportError:
        cu = None  # type: ignore[assignment]

_lock = threading.Lock()
BLOCK = 128  # grid_for's default; launches size their blocks from the device (launch_config.py)


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


@functools.cache
def driver_version() -> int:
    if cu is None:
        return 0
    return int(_check(cu.cuDriverGetVersion()))  # type: ignore[arg-type]


class _Loaded:
    """One module in one device's context: the device index, its context handle and kernel handles (as
    ints), the device's launch limits and each kernel's most threads per block (its registers allow)."""

    def __init__(
        self, idx: int, ctx: int, functions: dict[str, int], keep: Any, limits: DeviceLimits, max_threads: dict
    ):
        self.idx, self.ctx, self.functions, self._keep = idx, ctx, functions, keep
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
        shared_bytes_per_block=get(attr.CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN),
    )


def _block_chooser(limits: DeviceLimits, kernel_max_threads: int) -> Callable[[int], int]:
    """`block_for(n)`: the block size of a launch of n threads (a hook: bench/w1_variants.py replaces it)."""
    return cuda_launch.block_chooser(limits, kernel_max_threads)


class CudaModule:
    """One PTX module, loaded lazily into each device's context on first use.

    With a `cubin` made for the device (`cubin_key`, see cubin.py) that is loaded instead of the PTX; without
    one, the PTX is compiled into a cubin on first load (`self.cubin`, `self.cubin_key`), which the caller may
    store (the disk cache does).
    """

    def __init__(self, ptx: str, kernels: list[str], cubin: bytes | None = None, cubin_key: str | None = None):
        if cu is None:
            raise RuntimeError("cuda-python is not installed: `pip install cuda-python`")
        self.ptx = ptx.encode() + b"\0"
        self.kernels = kernels
        self.cubin, self.cubin_key = cubin, cubin_key
        self.cubin_made = False  # a cubin was made here (not given): worth storing
        self.cubin_error: str | None = None  # why no cubin could be made or used, for reports
        self._loaded: dict[int, _Loaded] = {}

    def _load_image(self, idx: int) -> Any:
        """The module for device idx (its context current): the cubin if it fits, else one made from the PTX,
        else the PTX itself."""
        try:
            want = cubin.key(idx, driver_version())
            if self.cubin is not None and self.cubin_key == want:
                res = cu.cuModuleLoadData(self.cubin)
                if res[0] == cu.CUresult.CUDA_SUCCESS:
                    return res[1]
                self.cubin_error = f"the stored cubin was refused ({res[0]}): rebuilt from the PTX"
            image = cubin.link(cu, self.ptx)
            mod = _check(cu.cuModuleLoadData(image))
        except Exception as e:  # noqa: BLE001  (no linker in this driver or binding: the PTX still loads)
            self.cubin_error = f"no cubin: {e}"
            return _check(cu.cuModuleLoadData(self.ptx))
        self.cubin, self.cubin_key, self.cubin_made = image, want, True
        return mod

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
                        mod = self._load_image(idx)
                        fns = {k: _check(cu.cuModuleGetFunction(mod, k.encode())) for k in self.kernels}
                        most = cu.CUfunction_attribute.CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK
                        max_threads = {k: int(_check(cu.cuFuncGetAttribute(most, f))) for k, f in fns.items()}  # type: ignore[arg-type]
                        limits = device_limits(dev)
                    finally:
                        _check(cu.cuCtxPopCurrent())
                self._loaded[idx] = _Loaded(
                    idx, int(ctx), {k: int(f) for k, f in fns.items()}, (ctx, mod, fns), limits, max_threads
                )
        return self._loaded[idx]

    def vector_min_threads(self, device: torch.device) -> int:
        """The fewest threads a vector form (4 elements a thread) is launched with: one warp per
        multiprocessor. Below that the scalar kernel, 4x the threads, keeps more of the GPU busy (a
        short grid's time is each thread's serial chain, which 4 elements a thread only lengthen)."""
        limits = self.load(device).limits
        return limits.sm_count * limits.warp_size

    def takes_tensors(self, device: torch.device) -> bool:
        """Do launches read tensors themselves (`t<rank>` parameters)? With the launch extension's torch build."""
        if cuda_launch.method() != "ext":
            return False
        ext = fast_launch.extension()
        return ext is not None and fast_launch.takes_tensors(ext)

    def empty_source(self, dtype: str, sizes: list[str], device: torch.device, bind: Callable) -> str | None:
        """A fresh output allocated by the launch extension (ATen's allocator, no Python argument parsing)."""
        code = fast_launch.empty_code(dtype, device)
        if code is None or len(sizes) > 16 or not self.takes_tensors(device):
            return None
        return f"{bind(fast_launch.extension().empty, 'new')}({code}{''.join(', ' + s for s in sizes)})"

    def launch_source(
        self, name: str, types: list[str], exprs: list[str], device: torch.device, n: str, bind: Callable
    ) -> list[str]:
        """The launch's lines in the host program (runtime/launch.py): pack the parameters into the kernel's
        preallocated buffer with one `struct` call, launch, under a lock (the buffer is one call's until
        `cuLaunchKernel` has copied it)."""
        loaded = self.load(device)
        block_for = _block_chooser(loaded.limits, loaded.max_threads[name])
        how = cuda_launch.method()
        ext = fast_launch.extension() if how == "ext" else None
        if ext is not None:
            return self._ext_launch_source(ext, loaded, name, types, exprs, n, bind, block_for)
        shim = cuda_launch.c_launcher() if how == "c" else None
        if shim is not None:
            return self._c_launch_source(shim, loaded, name, types, exprs, n, bind, block_for)
        params = ParamBuffer(types)
        go = bind(
            cuda_launch.make_go(loaded.functions[name], loaded.ctx, loaded.idx, params.pointers, name, block_for), "go"
        )
        return self._packed_call(params, exprs, bind, f"{go}({n})")

    def block_launch_source(
        self,
        name: str,
        types: list[str],
        exprs: list[str],
        device: torch.device,
        blocks: str,
        units: str,
        smem: str,
        bind: Callable,
    ) -> list[str]:
        """The lines of a block kernel's launch (runtime/launch.py): `blocks` blocks whose threads cover `units`,
        with `smem` bytes of dynamic shared memory (block_launch.py)."""
        loaded = self.load(device)
        params = ParamBuffer(types)
        go = block_launch.make_block_go(
            loaded.functions[name],
            loaded.ctx,
            loaded.idx,
            params.pointers,
            name,
            loaded.limits,
            loaded.max_threads[name],
        )
        return self._packed_call(params, exprs, bind, f"{bind(go, 'block_go')}({blocks}, {units}, {smem})")

    def _packed_call(self, params: ParamBuffer, exprs: list[str], bind: Callable, call: str) -> list[str]:
        """Pack the parameters into their preallocated buffer with one `struct` call, then `call`, under a lock
        (the buffer is one call's until `cuLaunchKernel` has copied it)."""
        buf, lock = bind(params, "params"), bind(threading.Lock(), "lock")
        pack = bind(params.pack_into, "pack")
        bind(self, "module")  # the program holds the module (its kernels) and the buffers the driver reads
        values = "".join(e + ", " for e in exprs)
        data = bind(params.data, "param_data")
        return [
            f"with {lock}:",
            "    try:",
            f"        {pack}({data}, 0, {values})",
            f"    except {bind((struct.error, OverflowError), 'pack_errors')}:",  # a float past float32's range, say
            f"        {buf}.repack({values})",
            f"    {call}",
        ]

    def _c_launch_source(
        self,
        shim: Any,
        loaded: _Loaded,
        name: str,
        types: list[str],
        exprs: list[str],
        n: str,
        bind: Callable,
        block_for: Callable,
    ) -> list[str]:
        """The C launcher's lines: the parameters packed into a fresh bytes object (one `struct` call), the block
        size looked up, the launch called - all in line, nothing shared between threads."""
        k = (ctypes.c_void_p * 3)(loaded.functions[name], loaded.ctx, len(types))
        fmt = struct.Struct("=" + "".join(ParamBuffer._FORMATS[t] for t in types))
        pack, slow = bind(fmt.pack, "pack"), bind(functools.partial(_repack, fmt, types), "repack")
        bind((k, shim, self), "keep")  # the driver reads k through its address; the module must outlive the program
        values = "".join(e + ", " for e in exprs)
        p = f"{n}p"
        return [
            "try:",
            f"    {p} = {pack}({values})",
            f"except {bind((struct.error, OverflowError), 'pack_errors')}:",  # a float past float32's range, say
            f"    {p} = {slow}({values})",
            *_checked_launch(bind, loaded, name, n, block_for, shim.jic_launch_packed, k, f", {p}"),
        ]

    def _ext_launch_source(
        self,
        ext: Any,
        loaded: _Loaded,
        name: str,
        types: list[str],
        exprs: list[str],
        n: str,
        bind: Callable,
        block_for: Callable,
    ) -> list[str]:
        """The launch extension's lines: the block size looked up, then one call that packs and launches."""
        k = fast_launch.descriptor(loaded.functions[name], loaded.ctx, types)
        bind((k, self), "keep")  # the extension reads k through its address; the module must outlive the program
        values = "".join(", " + e for e in exprs)
        return _checked_launch(bind, loaded, name, n, block_for, ext.launch, k, values)


def _checked_launch(
    bind: Callable, loaded: _Loaded, name: str, n: str, block_for: Callable, launch: Any, k: Any, tail: str
) -> list[str]:
    """The lines of a C launch over n threads: the block size looked up (computed once per n), then
    `launch(address of k, grid, block, stream, ...tail)`, whose nonzero result is the driver's error."""
    blocks, choose = cuda_launch.remembered_blocks(block_for)
    get, choose_ = bind(blocks.get, "blocks"), bind(choose, "choose")
    call, stream = bind(launch, "launch"), bind(cuda_launch.current_stream_fn(), "stream")
    check = bind(functools.partial(_launch_failed, name), "launch_failed")
    b, err = f"{n}b", f"{n}e"
    return [
        f"{b} = {get}({n}) or {choose_}({n})",
        f"{err} = {call}({ctypes.addressof(k)}, ({n} + {b} - 1) // {b}, {b}, {stream}({loaded.idx}){tail})",
        f"if {err}:",
        f"    {check}({err})",
    ]


def _launch_failed(name: str, err: int) -> None:
    cuda_launch.raise_driver_error(err, f"cuLaunchKernel({name})")


def _repack(fmt: struct.Struct, types: list[str], *values: Any) -> bytes:
    """The slow path of a pack that failed (see ParamBuffer.repack), as bytes."""
    buf = ParamBuffer(types)
    buf.repack(*values)
    return bytes(buf.data)[: fmt.size]


class ParamBuffer:
    """A kernel's parameters: one 8-byte slot each in `data`, and `pointers` (the `void**` cuLaunchKernel
    takes) to the slots; `pack_into(data, 0, *values)` fills them with one C call."""

    _FORMATS = {"f32": "f4x", "f64": "d", "ptr": "Q", "i64": "q"}

    def __init__(self, types: list[str]):
        self.types = types
        self.data = (ctypes.c_int64 * max(len(types), 1))()
        self.pointers = (ctypes.c_void_p * max(len(types), 1))()
        base = ctypes.addressof(self.data)
        for i in range(len(types)):
            self.pointers[i] = base + 8 * i
        self.pack_into = struct.Struct("=" + "".join(self._FORMATS[t] for t in types)).pack_into

    def repack(self, *values: Any) -> None:
        """The slow path of a pack that failed: f32 values rounded as a float32 tensor would (inf past its
        range); an integer that does not fit 64 bits is an error naming the parameter."""
        fixed = [ctypes.c_float(v).value if t == "f32" else v for t, v in zip(self.types, values)]
        try:
            self.pack_into(self.data, 0, *fixed)
        except (struct.error, OverflowError):
            for i, (t, v) in enumerate(zip(self.types, values)):
                if t != "f32" and not -(2**63) <= v < 2**64:
                    raise OverflowError(f"jic: kernel parameter {i} ({t}) = {v} does not fit in 64 bits") from None
            raise
