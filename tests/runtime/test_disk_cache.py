"""The on-disk cache: shared by processes, atomic, corrupt entries rebuilt, plain JSON (no pickle)."""

from __future__ import annotations

import glob
import json
import os
import time

import torch

import jic
from conftest import assert_close
from jic.runtime import disk_cache
from rt_helpers import act, cache_root, cell, run_python, start_python

CELL_SCRIPT = """
import os, time, torch, jic
from rt_helpers import cell
torch.manual_seed(0)
x, h = torch.randn(4, 7, 33), torch.randn(4, 33)
f = jic.compile(fullgraph=True)(cell)
barrier = os.environ.get("JIC_TEST_BARRIER")
waited = 0.0
if barrier:  # processes started together store together: each has missed the cache and compiled by then
    from jic.runtime import disk_cache
    store = disk_cache.store

    def store_together(*args):
        global waited
        t = time.perf_counter()
        open(os.path.join(barrier, str(os.getpid())), "w").close()
        while len(os.listdir(barrier)) < 2:
            time.sleep(0.01)
        waited = time.perf_counter() - t
        return store(*args)

    disk_cache.store = store_together
t0 = time.perf_counter()
out = f(x, h)
first_call_ms = (time.perf_counter() - t0 - waited) * 1e3
err = ((out - cell(x, h)).norm() / cell(x, h).norm()).item()
assert err <= 1e-5, err
print(f"compiles={f.stats.compiles} disk_hits={f.stats.disk_hits} first_call_ms={first_call_ms:.1f}")
"""


def _stats(out: str) -> dict[str, float]:
    line = [ln for ln in out.splitlines() if ln.startswith("compiles=")][-1]
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split())}


def _entries() -> list[str]:
    return glob.glob(os.path.join(cache_root(), "v1", "*", "*.json"))


def test_second_process_compiles_nothing(tmp_path):
    # two cold processes both compile, then store the same entry at once; a later one compiles nothing
    barrier = tmp_path / "barrier"  # its own folder: the test's cache directory is in tmp_path too
    barrier.mkdir()
    procs = [start_python(CELL_SCRIPT, env={"JIC_TEST_BARRIER": str(barrier)}) for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err[-2000:]
        assert _stats(out)["compiles"] == 1
    assert len(os.listdir(barrier)) == 2  # both stored, each after the other had compiled
    assert len(_entries()) == 1
    cold = _stats(out)
    hit = _stats(run_python(CELL_SCRIPT).stdout)
    assert hit["compiles"] == 0 and hit["disk_hits"] == 1
    # timing is reported, not asserted (see bench/): a hit skips the passes, LLVM and PTX
    print(f"first call: cold {cold['first_call_ms']:.0f} ms, disk hit {hit['first_call_ms']:.0f} ms")


def test_entry_is_plain_json_with_the_kernels_and_schedule():
    f = jic.compile(fullgraph=True)(cell)
    f(torch.randn(2, 3, 4), torch.randn(2, 4))
    (path,) = _entries()
    with open(path, encoding="utf-8") as fh:
        entry = json.load(fh)
    art = entry["artifact"]
    assert art["target"] == "cpu" and art["kernels"] == ["cell_k0"]
    assert art["obj"] and art["ptx"] is None
    assert [r["kind"] for r in art["schedule"]][-2:] == ["launch", "return"]
    assert not glob.glob(os.path.join(cache_root(), "v1", "*", ".tmp-*"))


def test_same_process_new_function_object_hits_disk():
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(3, 5, 7), torch.randn(3, 7)
    f(x, h)
    g = jic.compile(fullgraph=True)(cell)
    assert_close(g(x, h), cell(x, h))
    assert g.stats.compiles == 0 and g.stats.disk_hits == 1
    # stages() wants every pass's IR: it recompiles instead of using the entry
    assert "outline-kernels" in g.stages(x, h)


def test_corrupt_or_truncated_entries_are_rebuilt():
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(3, 5, 7), torch.randn(3, 7)
    f(x, h)
    (path,) = _entries()
    good = open(path, "rb").read()
    corruptions = [
        good[: len(good) // 2],  # truncated
        b"",  # empty
        b"\x00\xff garbage",  # not text
        good.replace(b'"cell_k0"', b'"cell_k1"', 1),  # edited: checksum no longer matches
        json.dumps({"key": "other", "sha256": "", "artifact": {}}).encode(),  # another key's entry
    ]
    for bad in corruptions:
        with open(path, "wb") as fh:
            fh.write(bad)
        g = jic.compile(fullgraph=True)(cell)
        assert_close(g(x, h), cell(x, h))
        assert g.stats.compiles == 1 and g.stats.disk_hits == 0, bad[:40]
        assert open(path, "rb").read() == good  # rewritten whole
    g = jic.compile(fullgraph=True)(cell)
    g(x, h)
    assert g.stats.disk_hits == 1


def test_key_depends_on_ir_target_and_arch():
    k = disk_cache.make_key("module {}", "cpu", "x86_64-unknown-linux-gnu", "")
    assert k == disk_cache.make_key("module {}", "cpu", "x86_64-unknown-linux-gnu", "")
    assert k != disk_cache.make_key("module { }", "cpu", "x86_64-unknown-linux-gnu", "")
    assert k != disk_cache.make_key("module {}", "cpu", "aarch64-unknown-linux-gnu", "")
    assert k != disk_cache.make_key("module {}", "cpu", "x86_64-unknown-linux-gnu", "cse")


def test_disabled_disk_cache_writes_nothing(monkeypatch):
    monkeypatch.setattr(jic.config, "disk_cache", False)
    f = jic.compile(fullgraph=True)(act)
    f(torch.randn(3), torch.randn(3))
    assert not _entries()


WRITER = """
from jic.runtime import disk_cache
from jic.runtime.artifact import Artifact
schedule = [{"kind": "launch", "kernel": "cell_k0", "in": [0], "out": [1], "n_sizes": 1, "args": [], "outs": []}]
art = Artifact("cell", "cpu", "x86_64", [], schedule, ["cell_k0"], None, bytes(range(256)) * 64)
for _ in range(200):
    disk_cache.store("0" * 64, art)
print("wrote")
"""


def test_two_processes_writing_one_entry_at_once():
    procs = [start_python(WRITER) for _ in range(2)]
    seen_valid = 0
    while any(p.poll() is None for p in procs):
        art = disk_cache.load("0" * 64)  # a reader never sees half an entry
        if art is None:
            # os.replace never removes the entry: once it loaded, it must always load
            assert seen_valid == 0, "an entry that loaded before did not load"
        else:
            assert art.kernels == ["cell_k0"]
            seen_valid += 1
        time.sleep(0.002)  # leave the writers the cores
    for p in procs:
        out, err = p.communicate()
        assert p.returncode == 0 and "wrote" in out, err[-2000:]
    assert disk_cache.load("0" * 64) is not None
    assert not glob.glob(os.path.join(cache_root(), "v1", "00", ".tmp-*"))
