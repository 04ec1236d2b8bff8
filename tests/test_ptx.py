"""The cell's PTX, compiled without a GPU (llvmlite's NVPTX backend + libdevice)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from xdsl.dialects.builtin import f32, f64

import jic  # noqa: F401  (registers the passes)
import jic.backend.llvm_ir
import jic.backend.ptx
import jic.passes.pipeline
from corpus import cell
from jic.frontend import build_function
from jic.ir import make_context


def _ptx(elem=f32):
    m, _ = build_function(cell, {"x_seq": ("tensor", elem, 3), "h": ("tensor", elem, 2)})
    jic.passes.pipeline.run(make_context(), m, jic.passes.pipeline.default_pipeline("nvptx"))
    ir_text, names, target = jic.backend.llvm_ir.to_llvm_ir(m)
    assert target == "nvptx"
    assert names, "no kernels"
    try:
        ptx = jic.backend.ptx.compile_ptx(ir_text, names, arch="sm_90")
    except FileNotFoundError as e:  # no libdevice on this machine
        pytest.skip(f"libdevice not found: {e}")
    return ptx, names, ir_text


def _ptxas() -> str | None:
    p = shutil.which("ptxas")
    if p:
        return p
    if os.path.exists("/usr/local/cuda/bin/ptxas"):
        return "/usr/local/cuda/bin/ptxas"
    return None


@pytest.fixture(scope="module")
def cell_ptx():
    return _ptx()


def test_ptx_has_the_kernel_entry(cell_ptx):
    ptx, names, ir_text = cell_ptx
    assert names == ["cell_k0"]  # vectorize-inner-dim is not in the default pipeline
    assert re.search(r"\.entry\s+cell_k0\b", ptx), ptx[:2000]
    assert ".target sm_90" in ptx
    assert "nvptx64-nvidia-cuda" in ir_text


def test_ptx_is_small(cell_ptx):
    """libdevice is linked, then internalized and dropped: only what tanh uses remains.

    (All of libdevice is about 700 KB of PTX; the pipelined time loop holds 3 * depth - 1
    inlined copies of the step and its loads and prefetches, about 65 KB at the default depth.)"""
    ptx, _, _ = cell_ptx
    assert len(ptx.encode()) < 128 * 1024, f"PTX is {len(ptx)} bytes"
    assert ".visible .func" not in ptx  # no libdevice function left exported
    assert ptx.count(".entry") == 1  # the kernel alone: vectorize-inner-dim is not in the default pipeline


@pytest.mark.parametrize("elem", [f32, f64], ids=["f32", "f64"])
def test_ptxas_accepts_ptx(tmp_path, elem):
    ptx, _, _ = _ptx(elem)
    ptxas = _ptxas()
    if ptxas is None:
        pytest.skip("ptxas not found (neither on PATH nor /usr/local/cuda/bin/ptxas)")
    src = tmp_path / "cell.ptx"
    src.write_text(ptx)
    r = subprocess.run(
        [ptxas, "-arch=sm_90", str(src), "-o", str(tmp_path / "out.cubin")], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.cubin").stat().st_size > 0
