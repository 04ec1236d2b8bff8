"""The launch extension (jic/backend/fast_launch.py) without a GPU: its driver functions are pointed at
recording stand-ins (ctypes callbacks), so the C code that packs and launches runs as it does on a GPU."""

from __future__ import annotations

import ctypes
import struct
import sysconfig
from pathlib import Path

import pytest
import torch

from jic.backend import c_build, cuda_launch, fast_launch
from rt_helpers import cell
from test_cuda_packing import fake_cuda_variant, host_program

LAUNCH = ctypes.CFUNCTYPE(
    ctypes.c_int,
    ctypes.c_void_p,
    *[ctypes.c_uint] * 7,
    ctypes.c_void_p,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.c_void_p,
)
CTX = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)

HAVE_BUILD = c_build.c_compiler() is not None and (
    Path(sysconfig.get_paths()["include"]) / "Python.h"
).exists()


class FakeDriver:
    """cuLaunchKernel / cuCtxGetCurrent / cuCtxPushCurrent / cuCtxPopCurrent that record what they get."""

    def __init__(self, current: int = 11, error: int = 0) -> None:
        self.current, self.error = current, error
        self.launches: list[tuple] = []
        self.calls: list[tuple] = []
        self.n_params = 0

        def launch(fn, gx, gy, gz, bx, by, bz, smem, stream, params, extra):  # type: ignore[no-untyped-def]
            slots = [ctypes.string_at(params[i], 8) for i in range(self.n_params)]
            self.launches.append((fn, (gx, gy, gz), (bx, by, bz), smem, stream, slots))
            return self.error

        def get(p):  # type: ignore[no-untyped-def]
            ctypes.c_void_p.from_address(p).value = self.current
            return 0

        def push(ctx):  # type: ignore[no-untyped-def]
            self.calls.append(("push", ctx))
            return 0

        def pop(p):  # type: ignore[no-untyped-def]
            self.calls.append(("pop",))
            return 0

        self._fns = (LAUNCH(launch), CTX(get), CTX(push), CTX(pop))  # kept alive while the extension holds them
        self.addresses = [ctypes.cast(f, ctypes.c_void_p).value for f in self._fns]


@pytest.fixture
def ext():
    if not HAVE_BUILD:
        pytest.fail("the launch extension needs a C compiler and Python's headers, which CI has")
    mod = fast_launch.build()
    assert mod is not None, "the launch extension did not build"
    extension = fast_launch.extension  # the real one: a test may replace it (monkeypatch undoes that in any order)
    yield mod
    mod.init(0, 0, 0, 0)  # the stand-ins go away: no launch may reach them
    extension.cache_clear()  # a later use sets the real driver again (on a GPU machine)


def _drive(ext, driver: FakeDriver, types: list[str]) -> ctypes.Structure:
    ext.init(*driver.addresses)
    driver.n_params = len(types)
    return fast_launch.descriptor(100, 11, types)


def test_launch_packs_every_type_in_its_slot(ext):
    d = FakeDriver()
    k = _drive(ext, d, ["ptr", "i64", "f32", "f64", "i64"])
    assert ext.launch(ctypes.addressof(k), 3, 128, 77, 2**63 + 5, -3, 0.1, 2.5, 7) == 0
    ((fn, grid, block, smem, stream, slots),) = d.launches
    assert (fn, grid, block, smem, stream) == (100, (3, 1, 1), (128, 1, 1), 0, 77)
    assert slots == [
        struct.pack("=Q", 2**63 + 5),
        struct.pack("=q", -3),
        struct.pack("=f4x", 0.1),  # float32's rounding of 0.1, upper bytes zero
        struct.pack("=d", 2.5),
        struct.pack("=q", 7),
    ]
    assert d.calls == []  # the kernel's context was current: nothing pushed


def test_launch_pushes_the_kernels_context_when_another_is_current(ext):
    d = FakeDriver(current=99)
    k = _drive(ext, d, ["i64"])
    assert ext.launch(ctypes.addressof(k), 1, 32, 0, 5) == 0
    assert d.calls == [("push", 11), ("pop",)] and len(d.launches) == 1


def test_launch_returns_the_drivers_error_code(ext):
    d = FakeDriver(error=700)
    k = _drive(ext, d, ["i64"])
    assert ext.launch(ctypes.addressof(k), 1, 32, 0, 5) == 700


def test_launch_rounds_floats_as_float32_and_refuses_what_does_not_fit(ext):
    d = FakeDriver()
    k = _drive(ext, d, ["f32", "i64"])
    assert ext.launch(ctypes.addressof(k), 1, 32, 0, 1e39, 1) == 0  # past float32's range: inf, as ctypes gives
    assert struct.unpack("=f4x", d.launches[-1][5][0])[0] == ctypes.c_float(1e39).value == float("inf")
    with pytest.raises(OverflowError, match=r"kernel parameter 1 \(i64\) = 36893488147419103232 does not fit"):
        ext.launch(ctypes.addressof(k), 1, 32, 0, 1.0, 2**65)
    with pytest.raises(OverflowError, match=r"kernel parameter 0 \(f32\) = 10+ does not fit in a double"):
        ext.launch(ctypes.addressof(k), 1, 32, 0, 10**400, 1)
    with pytest.raises(TypeError, match="takes 2 parameters, the launch gave 1"):
        ext.launch(ctypes.addressof(k), 1, 32, 0, 1.0)
    with pytest.raises(TypeError):
        ext.launch(ctypes.addressof(k), 1, 32, 0, "x", 1)
    assert len(d.launches) == 1  # nothing reached the driver after the first


def test_launch_before_init_raises(ext):
    ext.init(0, 0, 0, 0)
    k = fast_launch.descriptor(100, 11, ["i64"])
    with pytest.raises(RuntimeError, match="init"):
        ext.launch(ctypes.addressof(k), 1, 32, 0, 1)


def test_a_descriptor_refuses_a_tensor_rank_it_cannot_encode():
    assert fast_launch.descriptor(100, 11, ["t9", "i64"]).n == 11  # 1 + 9 slots, and the i64
    with pytest.raises(ValueError, match="rank must be 0..9"):
        fast_launch.descriptor(100, 11, ["t10"])  # the C side would read a rank of 1


def _torch_ext(ext):  # type: ignore[no-untyped-def]
    if not fast_launch.takes_tensors(ext):
        pytest.fail("the launch extension built without torch's headers, which CI has (a C++ compiler, torch)")
    return ext


def _as_int64(slots: list[bytes]) -> list[int]:
    return [struct.unpack("=q", s)[0] for s in slots]


def test_tensor_parameters_fill_pointer_and_strides(ext):
    ext = _torch_ext(ext)
    d = FakeDriver()
    k = _drive(ext, d, ["t3", "f64", "t2", "t0", "i64"])
    d.n_params = fast_launch.slots(["t3", "f64", "t2", "t0", "i64"])
    assert d.n_params == 4 + 1 + 3 + 1 + 1
    x = torch.randn(4, 1, 6)  # size 1: stride 0, as the kernel broadcasts it
    y = torch.randn(5, 6, 4)[1:, 2]  # a strided view, at its offset
    z = torch.nn.Parameter(torch.randn(()))  # a subclass, rank 0: the pointer alone
    assert ext.launch(ctypes.addressof(k), 2, 64, 5, x, 0.5, y, z, 9) == 0
    slots = d.launches[-1][5]
    got = _as_int64(slots)
    assert got[:4] == [x.data_ptr(), 6, 0, 1]
    assert struct.unpack("=d", slots[4])[0] == 0.5
    assert got[5:] == [y.data_ptr(), 24, 1, z.data_ptr(), 9]


def test_tensor_parameters_are_checked(ext):
    ext = _torch_ext(ext)
    d = FakeDriver()
    k = _drive(ext, d, ["t2"])
    with pytest.raises(TypeError, match="parameter 0: expected a tensor, got float"):
        ext.launch(ctypes.addressof(k), 1, 32, 0, 1.0)
    with pytest.raises(TypeError, match="parameter 0: expected a tensor of rank 2, got rank 3"):
        ext.launch(ctypes.addressof(k), 1, 32, 0, torch.randn(2, 3, 4))
    assert d.launches == []


@pytest.mark.parametrize("dtype", fast_launch.DTYPE_CODES)
def test_empty_allocates_a_contiguous_tensor(ext, dtype):
    ext = _torch_ext(ext)
    code = fast_launch.empty_code(dtype, torch.device("cpu"))
    for shape in [(3, 5), (2, 1, 7), (), (0, 4)]:
        t = ext.empty(code, *shape)
        ref = torch.empty(shape, dtype=getattr(torch, dtype))
        assert (t.shape, t.dtype, t.device, t.stride()) == (ref.shape, ref.dtype, ref.device, ref.stride())
        assert type(t) is torch.Tensor and not t.requires_grad
    with torch.inference_mode():  # as torch.empty makes it: an inference tensor
        assert ext.empty(code, 2).is_inference()


def test_empty_refuses_what_it_cannot_make(ext):
    ext = _torch_ext(ext)
    with pytest.raises(ValueError, match="bad code"):
        ext.empty(7, 2)
    with pytest.raises(TypeError, match="at most 16 sizes"):
        ext.empty(0, *[1] * 17)
    with pytest.raises(RuntimeError):
        ext.empty(0, -1)  # a negative size: torch's own error
    assert fast_launch.empty_code("complex64", torch.device("cpu")) is None
    assert fast_launch.empty_code("float32", torch.device("cuda", 1)) == 8 * 2
    if not torch.cuda.is_available():
        with pytest.raises(RuntimeError):
            ext.empty(fast_launch.empty_code("float32", torch.device("cuda", 0)), 2)


def test_without_torchs_headers_it_builds_in_c(monkeypatch):
    monkeypatch.setenv("JIC_FAST_LAUNCH_TORCH", "0")
    mod = fast_launch.build.__wrapped__()
    assert mod is not None and not fast_launch.takes_tensors(mod) and not hasattr(mod, "empty")


def _cell_through(monkeypatch, ext):  # type: ignore[no-untyped-def]
    """The cell's CUDA host program launching through `ext`, which a recording driver serves:
    (the program, the driver, x, h)."""
    x, h = torch.randn(3, 5, 8), torch.randn(3, 8)
    v, mod, _ = fake_cuda_variant(monkeypatch, cell, x, h)
    d = FakeDriver()
    d.n_params = 13
    ext.init(*d.addresses)
    monkeypatch.setenv("JIC_CUDA_LAUNCH", "ext")
    monkeypatch.setattr(fast_launch, "extension", lambda: ext)
    monkeypatch.setattr(cuda_launch, "current_stream_fn", lambda: lambda idx: 1000 + idx)
    return host_program(v, mod), d, x, h


def test_cuda_host_program_through_the_extension(ext, monkeypatch):
    run, d, x, h = _cell_through(monkeypatch, _torch_ext(ext))
    src = run.__jic_source__
    assert "with " not in src and "_pack" not in src  # no lock, no struct
    # the extension reads the tensors and allocates the output
    assert ".stride()" not in src and ".data_ptr()" not in src and "empty" not in src and "_new" in src
    out = run(x, h)
    ((fn, grid, block, _, stream, slots),) = d.launches
    assert fn == 100 and stream == 1000 and grid[0] * block[0] >= 24 and block[0] % 32 == 0
    got = _as_int64(slots)
    assert got == [h.data_ptr(), 8, 1, x.data_ptr(), 40, 8, 1, out.data_ptr(), 8, 1, 3, 8, 5]
    assert out.shape == (3, 8) and out.is_contiguous() and out.dtype == h.dtype
    x1 = torch.randn(4, 5, 1)  # broadcast over the 8 columns: stride 0 where the size is 1
    run(x1, torch.randn(4, 8))
    assert _as_int64(d.launches[-1][5])[3:7] == [x1.data_ptr(), 5, 1, 0]


def test_cuda_host_program_without_torchs_build_reads_tensors_in_python(monkeypatch):
    monkeypatch.setenv("JIC_FAST_LAUNCH_TORCH", "0")
    plain = fast_launch.build.__wrapped__()
    run, d, x, h = _cell_through(monkeypatch, plain)
    assert ".stride()" in run.__jic_source__ and "_empty" in run.__jic_source__
    out = run(x, h)
    got = _as_int64(d.launches[-1][5])
    assert got == [h.data_ptr(), 8, 1, x.data_ptr(), 40, 8, 1, out.data_ptr(), 8, 1, 3, 8, 5]
    plain.init(0, 0, 0, 0)


def test_the_ctypes_launcher_shares_the_context_checked_launch():
    """cuda_launch.C_SOURCE (JIC_CUDA_LAUNCH=c) starts with the same driver C: built here and driven by the
    stand-ins, its packed launch passes each slot and pushes the kernel's context when another is current."""
    if not HAVE_BUILD:
        pytest.fail("the C launcher needs a C compiler, which CI has")
    path = c_build.shared_library(cuda_launch.C_SOURCE, "jic_launch")
    assert path is not None, "the C launcher did not build"
    lib = ctypes.CDLL(path)
    lib.jic_init.argtypes = [ctypes.c_void_p] * 4
    lib.jic_launch_packed.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_char_p]
    for current, pushed in ((11, []), (99, [("push", 11), ("pop",)])):
        d = FakeDriver(current=current)
        d.n_params = 3
        lib.jic_init(*d.addresses)
        k = (ctypes.c_void_p * 3)(100, 11, 3)
        params = struct.pack("=qdq", -7, 2.5, 2**40)
        assert lib.jic_launch_packed(ctypes.addressof(k), 4, 64, 77, params) == 0
        ((fn, grid, block, smem, stream, slots),) = d.launches
        assert (fn, grid, block, smem, stream) == (100, (4, 1, 1), (64, 1, 1), 0, 77)
        assert b"".join(slots) == params and d.calls == pushed
    d = FakeDriver(error=700)
    d.n_params = 3
    lib.jic_init(*d.addresses)
    assert lib.jic_launch_packed(ctypes.addressof(k), 4, 64, 77, params) == 700
