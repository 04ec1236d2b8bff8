"""The disk cache's key made before the frontend (runtime/front_key.py): equal for equal programs in any
process, different when anything the frontend reads differs; and a new process that hits the cache through
it imports neither xDSL nor llvmlite."""

from __future__ import annotations

import json
import os

import torch

import jic
from conftest import assert_close
from jic.runtime import front_key, guards
from rt_helpers import cache_root, cell, run_python

SRC = """
def helper(v):
    return torch.tanh(v) * SCALE

def f(x, h, k=K):
    for t in range(x.size(1)):
        h = helper(x[:, t] + h) + k
    return h
"""


def _make(scale=2.0, k=1.0, helper_src=None, extra=None):  # type: ignore[no-untyped-def]
    ns = {"torch": torch, "SCALE": scale, "K": k, **(extra or {})}
    exec(compile(SRC if helper_src is None else helper_src, "<front-key-test>", "exec"), ns)
    return ns["f"]


def _key(fn, *args):  # type: ignore[no-untyped-def]
    args = args or (torch.randn(2, 3, 4), torch.randn(2, 4))
    return front_key.make(fn, guards.call_key(args), "cpu", front_key.host_arch(), {"jic": "x"})


def test_equal_programs_have_equal_keys_and_any_read_value_changes_it():
    base = _key(_make())
    assert base is not None and base == _key(_make())
    assert _key(_make(scale=3.0)) != base  # a global the inlined helper reads
    assert _key(_make(k=2.0)) != base  # a default argument
    assert _key(_make(helper_src=SRC.replace("torch.tanh", "torch.sigmoid"))) != base  # the helper's code
    assert _key(_make(), torch.randn(2, 3, 4).double(), torch.randn(2, 4).double()) != base  # the kinds
    assert _key(_make(extra={"UNUSED": object()})) == base  # a global the code never names


def test_closures_and_unnameable_values():
    def outer(scale):
        def g(x):
            return torch.tanh(x) * scale

        return g

    assert _key(outer(2.0), torch.randn(3)) != _key(outer(3.0), torch.randn(3))
    assert _key(outer(object()), torch.randn(3)) is None  # an object read by the code: no key, the frontend runs
    assert _key(outer(torch.randn(3)), torch.randn(3)) is None  # a tensor held by the function


def test_the_key_is_the_same_in_another_process():
    script = """
import torch
from jic.runtime import front_key, guards
from rt_helpers import cell
args = (torch.randn(2, 3, 4), torch.randn(2, 4))
print("KEY", front_key.make(cell, guards.call_key(args), "cpu", front_key.host_arch(), {"jic": "x"}))
"""
    here = _key(cell)
    there = [ln.split()[1] for ln in run_python(script).stdout.splitlines() if ln.startswith("KEY")]
    assert there == [here]


HIT = """
import sys, torch, jic
from rt_helpers import cell
torch.manual_seed(0)
x, h = torch.randn(3, 5, 16), torch.randn(3, 16)
f = jic.compile(fullgraph=True)(cell)
out = f(x, h)
ref = cell(x, h)
assert ((out - ref).norm() / ref.norm()).item() <= 1e-5
loaded = sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in ("xdsl", "llvmlite")})
print(f"compiles={f.stats.compiles} disk_hits={f.stats.disk_hits} loaded={','.join(loaded) or 'none'}")
"""


def _stats(out: str) -> dict[str, str]:
    line = [ln for ln in out.splitlines() if ln.startswith("compiles=")][-1]
    return dict(kv.split("=") for kv in line.split())


def test_a_cache_hit_in_a_new_process_imports_neither_xdsl_nor_llvmlite():
    cold = _stats(run_python(HIT).stdout)
    assert cold["compiles"] == "1" and "xdsl" in cold["loaded"]
    hit = _stats(run_python(HIT).stdout)
    assert hit["compiles"] == "0" and hit["disk_hits"] == "1"
    from jic.backend.c_build import c_compiler

    # the first hit links the CPU kernels into a shared library that ctypes loads; without a C compiler,
    # llvmlite loads the object code
    assert hit["loaded"] == ("none" if c_compiler() else "llvmlite"), hit


def test_a_corrupt_link_or_library_falls_back_to_the_full_path():
    run_python(HIT)
    v1 = os.path.join(cache_root(), "v1")
    (link,) = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(v1, "front")) for f in fs]
    with open(link, "w") as fh:
        fh.write('{"front": "truncated')
    hit = _stats(run_python(HIT).stdout)  # no link: the frontend runs, finds the entry by its IR, relinks
    assert hit["compiles"] == "0" and hit["disk_hits"] == "1" and "xdsl" in hit["loaded"]
    with open(link) as fh:
        assert json.load(fh)["key"]
    libs = [os.path.join(d, f) for d, _, fs in os.walk(v1) for f in fs if f.endswith(".so")]
    for lib in libs:  # a damaged library does not match its checksum: it is linked again from the object code
        with open(lib, "r+b") as fh:
            fh.seek(100)
            fh.write(b"\0\1\2\3")
    hit = _stats(run_python(HIT).stdout)
    assert hit["compiles"] == "0" and hit["disk_hits"] == "1" and hit["loaded"] == ("none" if libs else "llvmlite")
    for lib in libs:
        with open(lib, "rb") as fh:
            fh.seek(100)
            assert fh.read(4) != b"\0\1\2\3"


def test_in_process_a_hit_through_the_front_key_runs_right():
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(2, 4, 8), torch.randn(2, 8)
    assert_close(f(x, h), cell(x, h))
    g = jic.compile(fullgraph=True)(cell)
    for B, T, H in [(2, 4, 8), (5, 1, 3)]:
        x, h = torch.randn(B, T, H), torch.randn(B, H)
        assert_close(g(x, h), cell(x, h))
    assert (g.stats.compiles, g.stats.disk_hits) == (0, 1)
    assert "jic" in g.stages(x, h)  # stages() still compiles, recording
    assert g.stats.compiles == 1
