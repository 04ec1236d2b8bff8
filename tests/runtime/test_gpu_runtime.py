"""CUDA runtime: graph capture, threads, a second GPU, both launch paths, AOT and the disk cache on the GPU."""

from __future__ import annotations

import json
import os
import threading

import pytest
import torch

import jic
from conftest import assert_close
from jic.aot import ArchitectureError
from rt_helpers import BLOCKED_LOAD, cache_root, cell, run_python

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU (none visible to torch)"),
]


def _inputs(device="cuda", B=8, T=16, H=64):
    return torch.randn(B, T, H, device=device), torch.randn(B, H, device=device)


def test_cuda_graph_capture_and_replay():
    f = jic.compile(fullgraph=True)(cell)
    x, h = _inputs()
    f(x, h)  # compiles and loads the module: neither may happen during capture
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        f(x, h)
    torch.cuda.current_stream().wait_stream(s)
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        out = f(x, h)
    for _ in range(3):
        x.copy_(torch.randn_like(x))
        h.copy_(torch.randn_like(h))
        g.replay()
        torch.cuda.synchronize()
        assert_close(out, cell(x, h))
    assert f.stats.compiles == 1


def test_call_from_a_fresh_thread():
    f = jic.compile(fullgraph=True)(cell)
    x, h = _inputs()
    f(x, h)
    result: dict[str, torch.Tensor] = {}
    t = threading.Thread(target=lambda: result.__setitem__("out", f(x, h)))
    t.start()
    t.join()
    torch.cuda.synchronize()
    assert_close(result["out"], cell(x, h))


@pytest.mark.skipif(torch.cuda.device_count() < 2, reason="needs two GPUs")
def test_second_gpu_works_like_the_first():
    f = jic.compile(fullgraph=True)(cell)
    x0, h0 = _inputs("cuda:0")
    x1, h1 = _inputs("cuda:1")
    out1 = f(x1, h1)  # current device is 0: the launch goes to device 1's context and stream
    assert out1.device == torch.device("cuda", 1)
    assert_close(out1, cell(x1, h1))
    with torch.cuda.device(1):
        assert_close(f(x0, h0), cell(x0, h0))
        s = torch.cuda.Stream(device=0)
        with torch.cuda.stream(s):
            out0 = f(x0, h0)
        s.synchronize()
        assert_close(out0, cell(x0, h0))
    assert f.stats.compiles + f.stats.disk_hits == 2  # one variant per device


def test_the_extension_allocates_outputs_on_the_variants_device():
    from jic.backend import c_build, fast_launch

    ext = fast_launch.extension()
    assert ext is not None and (fast_launch.takes_tensors(ext) or c_build.cxx_compiler() is None)
    if not fast_launch.takes_tensors(ext):
        return  # no C++ compiler: outputs come from torch.empty
    t = ext.empty(fast_launch.empty_code("float16", torch.device("cuda", 0)), 3, 1, 5)
    ref = torch.empty(3, 1, 5, dtype=torch.float16, device="cuda")
    assert (t.device, t.dtype, t.shape, t.stride()) == (ref.device, ref.dtype, ref.shape, ref.stride())
    t.copy_(torch.randn(3, 1, 5, device="cuda"))  # a usable allocation of the caching allocator
    assert torch.isfinite(t).all()


@pytest.mark.parametrize("how", ["bindings", "ctypes", "c", "ext"])
def test_every_launch_binding(how):
    script = """
import torch, jic
from rt_helpers import cell
from jic.backend import c_build, cuda_launch
assert cuda_launch.method() == HOW
if HOW != "bindings":
    assert cuda_launch.libcuda() is not None
if HOW == "c" and c_build.c_compiler():
    assert cuda_launch.c_launcher() is not None, "a C compiler is there, but the launcher was not built"
if HOW == "ext" and c_build.c_compiler():
    from jic.backend import fast_launch
    print("ext:", fast_launch.extension())
    if c_build.cxx_compiler():  # built against torch's headers: it reads the tensors and allocates the outputs
        assert fast_launch.takes_tensors(fast_launch.extension()), "a C++ compiler is there, but no torch build"
f = jic.compile(fullgraph=True)(cell)
x, h = torch.randn(4, 9, 40, device="cuda"), torch.randn(4, 40, device="cuda")
for _ in range(3):
    out = f(x, h)
assert ((out - cell(x, h)).norm() / cell(x, h).norm()).item() <= 1e-5
s = torch.cuda.Stream()
with torch.cuda.stream(s):  # another stream
    out = f(x, h)
s.synchronize()
assert ((out - cell(x, h)).norm() / cell(x, h).norm()).item() <= 1e-5
import threading
got = {}
t = threading.Thread(target=lambda: got.update(out=f(x, h)))  # a fresh thread: no context current in it yet
t.start(); t.join()
torch.cuda.synchronize()
assert ((got["out"] - cell(x, h)).norm() / cell(x, h).norm()).item() <= 1e-5
print("LAUNCH-OK")
"""
    assert "LAUNCH-OK" in run_python(script.replace("HOW", repr(how)), env={"JIC_CUDA_LAUNCH": how}).stdout


def _entries(cache: str) -> list[str]:
    """The cache's entries (not the links from the keys made before the frontend)."""
    return [
        os.path.join(d, f)
        for d, _, fs in os.walk(cache)
        for f in fs
        if f.endswith(".json") and len(f) == 64 + 5 and "front" not in os.path.relpath(d, cache).split(os.sep)
    ]


def test_disk_cache_stores_a_cubin_and_a_new_process_loads_it():
    from jic.backend import cuda

    f = jic.compile(fullgraph=True)(cell)
    x, h = _inputs()
    assert_close(f(x, h), cell(x, h))
    (v,) = f.cache.values()
    assert v.module.cubin is not None, v.module.cubin_error
    (path,) = _entries(cache_root())
    with open(path) as fh:
        art = json.load(fh)["artifact"]
    assert art["cubin"] and art["cubin_key"] == f"{cuda.device_arch(x.device)}/{cuda.driver_version()}"
    script = """
import sys, torch, jic
from rt_helpers import cell
x, h = torch.randn(4, 7, 33, device="cuda"), torch.randn(4, 33, device="cuda")
f = jic.compile(fullgraph=True)(cell)
out = f(x, h)
(v,) = f.cache.values()
assert ((out - cell(x, h)).norm() / cell(x, h).norm()).item() <= 1e-5
assert not [m for m in sys.modules if m.split(".")[0] in ("xdsl", "llvmlite")], "a hit imported the compiler"
print(f"disk_hits={f.stats.disk_hits} cubin_made={v.module.cubin_made} error={v.module.cubin_error}")
"""
    out = run_python(script, env={"JIC_CACHE_DIR": cache_root()}).stdout
    assert "disk_hits=1 cubin_made=False error=None" in out, out


def test_a_cubin_the_driver_refuses_is_rebuilt_from_the_ptx():
    from jic.runtime import disk_cache

    f = jic.compile(fullgraph=True)(cell)
    x, h = _inputs()
    f(x, h)
    (path,) = _entries(cache_root())
    with open(path) as fh:
        entry = json.load(fh)
    entry["artifact"]["cubin"] = "bm90IGEgY3ViaW4="  # "not a cubin", with a valid checksum: the driver refuses it
    entry["sha256"] = disk_cache._digest(entry["artifact"])
    with open(path, "w") as fh:
        json.dump(entry, fh)
    g = jic.compile(fullgraph=True)(cell)
    assert_close(g(x, h), cell(x, h))
    (v,) = g.cache.values()
    assert g.stats.disk_hits == 1 and v.module.cubin_made and "refused" in v.module.cubin_error
    with open(path) as fh:  # the entry was stored again with the good cubin
        assert json.load(fh)["artifact"]["cubin"] != "bm90IGEgY3ViaW4="


def test_aot_round_trip_without_xdsl_or_llvmlite(tmp_path):
    f = jic.compile(fullgraph=True)(cell)
    path = str(tmp_path / "cell.jic")
    jic.save(f, path, _inputs())
    assert sorted(os.listdir(path)) == ["jic.json", "kernels.ptx"]
    out = run_python(BLOCKED_LOAD.replace("PATH", repr(path)).replace("DEV", "'cuda'")).stdout
    assert "LOADED-OK" in out


def test_aot_other_architecture_is_a_clear_error(tmp_path):
    f = jic.compile(fullgraph=True)(cell)
    path = str(tmp_path / "cell.jic")
    jic.save(f, path, _inputs())
    mpath = os.path.join(path, "jic.json")
    with open(mpath) as fh:
        manifest = json.load(fh)
    manifest["arch"] = "sm_999"
    with open(mpath, "w") as fh:
        json.dump(manifest, fh)
    with pytest.raises(ArchitectureError, match=r"compiled for sm_999; cuda:\d is sm_\d+"):
        jic.load(path)


def test_disk_cache_hit_in_a_new_process_on_the_gpu():
    script = """
import time, torch, jic
from rt_helpers import cell
x, h = torch.randn(4, 7, 33, device="cuda"), torch.randn(4, 33, device="cuda")
f = jic.compile(fullgraph=True)(cell)
t0 = time.perf_counter()
out = f(x, h)
torch.cuda.synchronize()
ms = (time.perf_counter() - t0) * 1e3
assert ((out - cell(x, h)).norm() / cell(x, h).norm()).item() <= 1e-5
print(f"compiles={f.stats.compiles} disk_hits={f.stats.disk_hits} first_call_ms={ms:.1f}")
"""
    cold = run_python(script).stdout.strip().splitlines()[-1]
    hit = run_python(script).stdout.strip().splitlines()[-1]
    assert "compiles=1" in cold and "compiles=0 disk_hits=1" in hit, (cold, hit)
    print(f"cold: {cold}; hit: {hit}")
