"""The CUDA launch's host side without a GPU: the parameter buffer (one `struct` pack into preallocated
slots) and the lines the CUDA target writes into a host program, run against a recording driver."""

from __future__ import annotations

import ctypes
import math
import struct

import pytest
import torch

import jic
from jic.backend import cuda, cuda_launch
from jic.backend.launch_config import DeviceLimits
from jic.runtime.schedule import build_program
from rt_helpers import act, cell, ema


def _slots(buf: cuda.ParamBuffer) -> list:
    raw = bytes(buf.data)
    fmt = {"f32": "f4x", "f64": "d", "ptr": "Q", "i64": "q"}
    return list(struct.unpack("=" + "".join(fmt[t] for t in buf.types), raw[: 8 * len(buf.types)]))


def test_param_buffer_packs_every_type_in_its_slot():
    buf = cuda.ParamBuffer(["ptr", "i64", "f32", "f64", "i64"])
    buf.pack_into(buf.data, 0, 2**63 + 5, -3, 0.1, 2.5, 7)
    ptr, neg, f, d, last = _slots(buf)
    assert (ptr, neg, d, last) == (2**63 + 5, -3, 2.5, 7)
    assert f == ctypes.c_float(0.1).value
    for i in range(5):  # the void** the driver reads points at slot i
        assert buf.pointers[i] == ctypes.addressof(buf.data) + 8 * i


def test_param_buffer_slow_path_rounds_floats_and_refuses_huge_ints():
    buf = cuda.ParamBuffer(["f32", "i64"])
    with pytest.raises(OverflowError):
        buf.pack_into(buf.data, 0, 1e39, 1)
    with pytest.raises(struct.error):
        buf.pack_into(buf.data, 0, 1.0, 2**65)
    buf.repack(1e39, 1)  # past float32's range: inf, as float32 arithmetic on it gives
    assert _slots(buf) == [math.inf, 1]
    with pytest.raises(OverflowError, match="parameter 1 .i64. = 36893488147419103232 does not fit"):
        buf.repack(1.0, 2**65)


class _RecordingDriver:
    """Stands in for cuda_launch.make_go: each launch records (n, the parameter slots as int64)."""

    def __init__(self) -> None:
        self.launches: list[tuple[int, list[int]]] = []
        self.made: list[tuple] = []

    def make_go(self, fn, ctx, idx, params, name, block_for, how=""):  # type: ignore[no-untyped-def]
        self.made.append((fn, ctx, idx, name, block_for(1000)))

        def go(n: int) -> None:
            ptrs = [params[i] for i in range(len(params))]
            self.launches.append((n, [ctypes.c_int64.from_address(p).value for p in ptrs if p]))

        return go


def _fake_cuda_module(monkeypatch, kernels):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JIC_CUDA_LAUNCH", "bindings")  # the launch through go(n), which the recorder replaces
    mod = object.__new__(cuda.CudaModule)  # no driver: loading is replaced below
    mod.kernels, mod._loaded = kernels, {}
    limits = DeviceLimits(sm_count=132, warp_size=32, max_threads_per_block=1024)
    loaded = cuda._Loaded(0, 11, {k: 100 + i for i, k in enumerate(kernels)}, None, limits, dict.fromkeys(kernels, 512))
    monkeypatch.setattr(cuda.CudaModule, "load", lambda self, device: loaded)
    driver = _RecordingDriver()
    monkeypatch.setattr(cuda_launch, "make_go", driver.make_go)
    return mod, driver


def fake_cuda_variant(monkeypatch, fn, *args):  # type: ignore[no-untyped-def]
    """`fn` compiled for `args` (run once on the CPU) and its kernels in a stand-in CUDA module:
    (the variant, the module, the recorder of its launches)."""
    f = jic.compile(fullgraph=True)(fn)
    f(*args)
    (v,) = f.cache.values()
    return (v, *_fake_cuda_module(monkeypatch, v.artifact.kernels))


def host_program(v, mod):  # type: ignore[no-untyped-def]
    """The variant's host program, launching through `mod` (made after the test's patches: it reads them)."""
    return build_program(v.artifact.schedule, v.artifact.registers(), mod, torch.device("cpu"))


def test_cuda_host_program_packs_pointers_broadcast_strides_sizes_and_t(monkeypatch):
    x, h = torch.randn(3, 5, 8), torch.randn(3, 8)
    v, mod, driver = fake_cuda_variant(monkeypatch, cell, x, h)
    run = host_program(v, mod)
    out = run(x, h)
    assert out.shape == (3, 8)
    ((n, slots),) = driver.launches
    assert n == 3 * 8
    # a go() per form of the kernel (scalar, and the 4-wide vector form); 24 threads run the scalar one
    (fn, ctx, idx, name, block) = driver.made[-1]
    assert (fn, ctx, idx, name) == (100, 11, 0, v.artifact.kernels[0]) and block % 32 == 0
    # in order: h (ptr, 2 strides), x (ptr, 3 strides), out (ptr, 2 strides), the sizes (B, H), then T
    assert slots == [h.data_ptr(), 8, 1, x.data_ptr(), 40, 8, 1, out.data_ptr(), 8, 1, 3, 8, 5]
    y = torch.randn(2, 5, 8)[:, 1]  # a strided view: its strides as they are, the pointer at its offset
    run(x[:2], y)
    n, slots = driver.launches[-1]
    assert n == 16 and slots[:3] == [y.data_ptr(), 40, 1]


def test_cuda_host_program_gives_size_one_dims_stride_zero(monkeypatch):
    x, y = torch.randn(4, 6), torch.randn(1, 6)  # y broadcasts over the rows
    v, mod, driver = fake_cuda_variant(monkeypatch, act, x, y)
    run = host_program(v, mod)
    out = run(x, y)
    ((n, slots),) = driver.launches
    assert n == 24 and out.shape == (4, 6)
    assert y.data_ptr() in slots and slots[slots.index(y.data_ptr()) + 1] == 0


def test_cuda_host_program_packs_float_scalars(monkeypatch):
    x, s = torch.randn(2, 4, 6), torch.randn(2, 6)
    v, mod, driver = fake_cuda_variant(monkeypatch, ema, x, s, 0.25)
    run = host_program(v, mod)
    run(x, s, 0.1)
    ((n, slots),) = driver.launches
    as_double = [struct.unpack("=d", struct.pack("=q", w))[0] for w in slots]
    assert n == 12 and slots[-3] == 4  # T, then the float scalars
    assert as_double[-2:] == [0.1, 1 - 0.1]  # alpha and 1 - alpha, computed on the host


class _RecordingShim:
    """Stands in for the compiled C launcher: records (k, grid, block, stream, the packed parameters)."""

    def __init__(self) -> None:
        self.launches: list[tuple] = []

    def jic_launch_packed(self, k, grid, block, stream, params):  # type: ignore[no-untyped-def]
        fn, ctx, count = (ctypes.c_void_p * 3).from_address(k)
        self.launches.append(((fn, ctx, count), grid, block, stream, list(struct.unpack(f"={count}q", params))))
        return 0


def test_cuda_host_program_through_the_c_launcher_packs_a_fresh_buffer(monkeypatch):
    x, h = torch.randn(3, 5, 8), torch.randn(3, 8)
    v, mod, _ = fake_cuda_variant(monkeypatch, cell, x, h)
    shim = _RecordingShim()
    monkeypatch.setenv("JIC_CUDA_LAUNCH", "c")
    monkeypatch.setattr(cuda_launch, "c_launcher", lambda: shim)
    monkeypatch.setattr(cuda_launch, "current_stream_fn", lambda: lambda idx: 1000 + idx)
    run = host_program(v, mod)
    assert "with " not in run.__jic_source__  # no lock: each call packs its own bytes
    out = run(x, h)
    ((k, grid, block, stream, slots),) = shim.launches
    assert k == (100, 11, 13) and stream == 1000 and grid * block >= 24 and block % 32 == 0
    assert slots == [h.data_ptr(), 8, 1, x.data_ptr(), 40, 8, 1, out.data_ptr(), 8, 1, 3, 8, 5]


def test_stream_objects_are_made_once_per_raw_stream():
    """The launch's stream argument is built once per raw stream, and follows torch's current stream."""
    current = {0: 11, 1: 22}
    made = []

    def make(raw):
        made.append(raw)
        return ("stream", raw)

    stream = cuda_launch.stream_objects(lambda idx: current[idx], make)
    assert [stream(0), stream(0), stream(1), stream(0)] == [("stream", 11), ("stream", 11), ("stream", 22), ("stream", 11)]
    current[0] = 33  # a `with torch.cuda.stream(s):` block: the next launch goes to s
    assert stream(0) == ("stream", 33)
    assert made == [11, 22, 33]
    for raw in range(100, 200):  # many short-lived streams: the set is bounded
        current[0] = raw
        assert stream(0) == ("stream", raw)
    assert len(made) == 103
