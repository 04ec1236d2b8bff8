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


def test_cuda_host_program_through_the_extension(ext, monkeypatch):
    x, h = torch.randn(3, 5, 8), torch.randn(3, 8)
    v, mod, _ = fake_cuda_variant(monkeypatch, cell, x, h)
    d = FakeDriver()
    d.n_params = 13
    ext.init(*d.addresses)
    monkeypatch.setenv("JIC_CUDA_LAUNCH", "ext")
    monkeypatch.setattr(fast_launch, "extension", lambda: ext)
    monkeypatch.setattr(cuda_launch, "current_stream_fn", lambda: lambda idx: 1000 + idx)
    run = host_program(v, mod)
    assert "with " not in run.__jic_source__ and "_pack" not in run.__jic_source__  # no lock, no struct
    out = run(x, h)
    ((fn, grid, block, _, stream, slots),) = d.launches
    assert fn == 100 and stream == 1000 and grid[0] * block[0] >= 24 and block[0] % 32 == 0
    got = [struct.unpack("=q", s)[0] for s in slots]
    assert got == [h.data_ptr(), 8, 1, x.data_ptr(), 40, 8, 1, out.data_ptr(), 8, 1, 3, 8, 5]


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
