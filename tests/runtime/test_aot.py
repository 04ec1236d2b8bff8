"""Ahead of time: jic.save writes kernels + calling metadata; jic.load runs them without xdsl or llvmlite."""

from __future__ import annotations

import json
import os

import pytest
import torch

import jic
from conftest import assert_close
from jic.aot import ArchitectureError, SignatureError
from jic.backend import c_build
from rt_helpers import BLOCKED_LOAD, assert_same_printed, cell, ema, run_python, scaled
from test_graph_breaks import appends_through_a_bound_method

HAVE_CC = c_build.c_compiler() is not None


def _save_cell(tmp_path, device="cpu"):
    f = jic.compile(fullgraph=True)(cell)
    path = str(tmp_path / "cell.jic")
    x, h = torch.randn(4, 7, 33, device=device), torch.randn(4, 33, device=device)
    jic.save(f, path, (x, h))
    return path


@pytest.mark.skipif(not HAVE_CC, reason="saving CPU kernels links a shared library: no C compiler (see next test)")
def test_cpu_round_trip_in_a_process_without_xdsl_or_llvmlite(tmp_path):
    path = _save_cell(tmp_path)
    assert sorted(os.listdir(path)) == ["jic.json", "kernels.so"]
    with open(os.path.join(path, "jic.json")) as fh:
        manifest = json.load(fh)
    assert manifest["target"] == "cpu" and manifest["files"] == {"library": "kernels.so"}
    assert [p["name"] for p in manifest["params"]] == ["x_seq", "h"]
    out = run_python(BLOCKED_LOAD.replace("PATH", repr(path)).replace("DEV", "'cpu'")).stdout
    assert "LOADED-OK" in out


def test_cpu_save_without_a_c_compiler_is_refused_clearly(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no cc on the PATH
    monkeypatch.delenv("CC", raising=False)
    f = jic.compile(fullgraph=True)(cell)
    with pytest.raises(jic.UnsupportedError, match="needs a C compiler"):
        jic.save(f, str(tmp_path / "out"), (torch.randn(2, 3, 4), torch.randn(2, 4)))


@pytest.mark.skipif(not HAVE_CC, reason="saving CPU kernels links a shared library: no C compiler")
def test_loaded_function_checks_its_arguments(tmp_path):
    path = _save_cell(tmp_path)
    f = jic.load(path)
    x, h = torch.randn(4, 7, 33), torch.randn(4, 33)
    assert_close(f(x, h), cell(x, h))
    assert_close(f(x, h=h), cell(x, h))
    with pytest.raises(SignatureError, match=r"argument 'h' expected a float32 tensor of rank 2 on cpu, got a float64"):
        f(x, h.double())
    with pytest.raises(SignatureError, match=r"argument 'x_seq' expected a float32 tensor of rank 3 on cpu, got a "):
        f(x[0], h)
    with pytest.raises(SignatureError, match=r"argument 'h' expected .* got a list"):
        f(x, [h])
    with pytest.raises(SignatureError, match=r"takes 2 arguments"):
        f(x)
    with pytest.raises(jic.ShapeError):
        f(x, torch.randn(4, 34))
    assert "x_seq: a float32 tensor of rank 3 on cpu" in repr(f)


@pytest.mark.skipif(not HAVE_CC, reason="saving CPU kernels links a shared library: no C compiler")
def test_scalars_and_constants_round_trip(tmp_path):
    g = jic.compile(fullgraph=True)(ema)
    x, s = torch.randn(3, 6, 5), torch.randn(3, 5)
    jic.save(g, str(tmp_path / "ema"), (x, s, 0.3))
    loaded = jic.load(str(tmp_path / "ema"))
    for alpha in (0.3, 0.9):
        assert_close(loaded(x, s, alpha), ema(x, s, alpha))
    with pytest.raises(SignatureError, match="argument 'alpha' expected a float, got an int"):
        loaded(x, s, 1)
    k = jic.compile(fullgraph=True)(scaled)
    jic.save(k, str(tmp_path / "scaled"), (s, s, True))
    ks = jic.load(str(tmp_path / "scaled"))
    assert_close(ks(s, s, True), scaled(s, s, True))
    with pytest.raises(SignatureError, match="argument 'double' expected the constant True, got the constant False"):
        ks(s, s, False)


@pytest.mark.skipif(not HAVE_CC, reason="saving CPU kernels links a shared library: no C compiler")
def test_other_machine_is_a_clear_error(tmp_path):
    path = _save_cell(tmp_path)
    mpath = os.path.join(path, "jic.json")
    with open(mpath) as fh:
        manifest = json.load(fh)
    manifest["arch"] = "riscv64-unknown-linux-gnu"
    with open(mpath, "w") as fh:
        json.dump(manifest, fh)
    with pytest.raises(ArchitectureError, match="saved for riscv64-unknown-linux-gnu"):
        jic.load(path)


def test_load_of_a_directory_without_a_save(tmp_path):
    with pytest.raises(FileNotFoundError, match="written by jic.save"):
        jic.load(str(tmp_path))
    (tmp_path / "jic.json").write_text('{"format": 99}')
    with pytest.raises(ValueError, match="format 99"):
        jic.load(str(tmp_path))


# Loads a saved `logged_cell` (graph breaks: a helper run eagerly, print, .item()) where xdsl and llvmlite
# cannot be imported, runs it on fresh inputs and prints what it printed, then what eager printed.
BREAKS_LOAD = BLOCKED_LOAD.split("torch.manual_seed(1)")[0] + """
import io, contextlib
from rt_helpers import logged_cell
f = jic.load(PATH)
x, h = torch.randn(3, 5, 6), torch.randn(3, 6)
with contextlib.redirect_stdout(io.StringIO()) as got:
    out, top = f(x, h)
with contextlib.redirect_stdout(io.StringIO()) as want:
    ref, ref_top = logged_cell(x, h)
assert ((out - ref).abs().max()).item() <= 1e-5 and type(top) is float and abs(top - ref_top) <= 1e-5
assert "xdsl" not in sys.modules and "llvmlite" not in sys.modules
print(got.getvalue() + "=== eager\\n" + want.getvalue(), end="")
"""


@pytest.mark.skipif(not HAVE_CC, reason="saving CPU kernels links a shared library: no C compiler")
def test_graph_breaks_round_trip_in_a_process_without_xdsl_or_llvmlite(tmp_path):
    import rt_helpers

    f = jic.compile(rt_helpers.logged_cell)
    x, h = torch.randn(2, 4, 6), torch.randn(2, 6)
    path = str(tmp_path / "logged.jic")
    jic.save(f, path, (x, h))
    assert f.stats.eager_calls == 0 and f.stats.compiles == 1
    with open(os.path.join(path, "jic.json")) as fh:
        manifest = json.load(fh)
    assert any(r.get("global", [None])[:2] == ["rt_helpers", "log_step"] for r in manifest["object_refs"])
    got, want = run_python(BREAKS_LOAD.replace("PATH", repr(path))).stdout.split("=== eager\n")
    assert got.count("step ") == 5 and "done 3" in got
    assert_same_printed(got, want, rel=0, abs=2e-6)  # printed with 6 digits


@pytest.mark.skipif(not HAVE_CC, reason="saving CPU kernels links a shared library: no C compiler")
def test_graph_breaks_load_refuses_a_helper_that_changed_or_is_missing(tmp_path):
    import rt_helpers

    path = str(tmp_path / "logged.jic")
    jic.save(jic.compile(rt_helpers.logged_cell), path, (torch.randn(2, 3, 6), torch.randn(2, 6)))
    changed = """
import sys, torch, jic, rt_helpers
def log_step(t, v):
    print("changed", t)
rt_helpers.log_step = log_step
try:
    jic.load(PATH)
except ValueError as e:
    print("REFUSED", e)
""".replace("PATH", repr(path))
    out = run_python(changed).stdout
    assert "REFUSED" in out and "rt_helpers.log_step changed" in out and "before jic.load" in out, out
    missing = changed.replace(", rt_helpers", "").replace("rt_helpers.log_step = log_step", "")
    out = run_python(missing).stdout
    assert "REFUSED" in out and "rt_helpers.log_step is not there" in out, out


def test_a_graph_break_without_a_reference_is_not_saved(tmp_path):
    f = jic.compile(appends_through_a_bound_method)  # through a bound method: nothing found by name
    with pytest.raises(jic.UnsupportedError, match=r"graph break.*<built-in method append of list"):
        jic.save(f, str(tmp_path / "n"), (torch.randn(2, 3, 4), torch.randn(2, 4)))
    assert not (tmp_path / "n").exists() and f.stats.eager_calls == 0  # it still runs compiled here


def test_unsupported_function_cannot_be_saved(tmp_path):
    def uses_cumsum(x):
        return torch.cumsum(x, 0)

    with pytest.raises(jic.UnsupportedError, match="cumsum"):
        jic.save(jic.compile(uses_cumsum), str(tmp_path / "u"), (torch.randn(3),))
