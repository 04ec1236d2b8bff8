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
from rt_helpers import BLOCKED_LOAD, cell, private_cache, run_python  # noqa: F401  (fixture)

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


def test_launch_through_ctypes():
    script = """
import torch, jic
from rt_helpers import cell
from jic.backend import cuda
assert cuda._libcuda() is not None
f = jic.compile(fullgraph=True)(cell)
x, h = torch.randn(4, 9, 40, device="cuda"), torch.randn(4, 40, device="cuda")
out = f(x, h)
assert ((out - cell(x, h)).norm() / cell(x, h).norm()).item() <= 1e-5
print("CTYPES-OK")
"""
    assert "CTYPES-OK" in run_python(script, env={"JIC_CUDA_LAUNCH": "ctypes"}).stdout


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
