"""Ahead of time: jic.save writes kernels + calling metadata; jic.load runs them without xdsl or llvmlite."""

from __future__ import annotations

import json
import os
import shutil

import pytest
import torch

import jic
from conftest import assert_close
from jic.aot import ArchitectureError, SignatureError
from rt_helpers import BLOCKED_LOAD, cell, ema, private_cache, run_python, scaled  # noqa: F401  (fixture)

HAVE_CC = bool(os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") or shutil.which("clang"))


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


def test_unsupported_function_cannot_be_saved(tmp_path):
    def uses_cumsum(x):
        return torch.cumsum(x, 0)

    with pytest.raises(jic.UnsupportedError, match="cumsum"):
        jic.save(jic.compile(uses_cumsum), str(tmp_path / "u"), (torch.randn(3),))
