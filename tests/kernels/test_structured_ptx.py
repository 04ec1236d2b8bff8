"""The GPU path of the structured kernels: PTX from llvmlite's NVPTX backend, accepted by ptxas (no GPU needed)."""

from __future__ import annotations

import os
import shutil
import subprocess

import linalg_corpus as C
import pytest
import recurrences as R
from xdsl.dialects.builtin import f32, f64

import jic  # noqa: F401  (registers the passes)
import jic.backend.llvm_ir
import jic.backend.ptx
import jic.passes.pipeline
from jic.frontend import build_function
from jic.ir import make_context


def _ptxas() -> str | None:
    p = shutil.which("ptxas")
    if p:
        return p
    return "/usr/local/cuda/bin/ptxas" if os.path.exists("/usr/local/cuda/bin/ptxas") else None


def _t(elem, rank):
    return ("tensor", elem, rank)


CASES = {
    "softmax": (C.softmax_last, lambda e: {"x": _t(e, 3)}),
    "log_softmax": (C.log_softmax_f, lambda e: {"x": _t(e, 3)}),
    "argmax": (C.max_dim, lambda e: {"x": _t(e, 3)}),
    "norms": (C.norm_p1, lambda e: {"x": _t(e, 3)}),
    "std": (C.std_dim, lambda e: {"x": _t(e, 3)}),
    "heat": (R.heat, lambda e: {"u": _t(e, 2), "k": ("float",), "steps": ("int",)}),
    "elman": (R.elman, lambda e: {"x": _t(e, 3), "h": _t(e, 2), "W_ih": _t(e, 2), "W_hh": _t(e, 2), "b": _t(e, 1)}),
    "row_reduction_loop": (R.row_max_accumulate, lambda e: {"x": _t(e, 3), "acc": _t(e, 1)}),
}


@pytest.mark.parametrize("elem", [f32, f64], ids=["f32", "f64"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_ptxas_accepts_structured_kernels(tmp_path, name, elem):
    fn, kinds = CASES[name]
    m, _ = build_function(fn, kinds(elem))
    jic.passes.pipeline.run(make_context(), m, jic.passes.pipeline.default_pipeline("nvptx"))
    ir_text, names, _ = jic.backend.llvm_ir.to_llvm_ir(m)
    try:
        ptx = jic.backend.ptx.compile_ptx(ir_text, names, arch="sm_90")
    except FileNotFoundError as e:
        pytest.skip(f"libdevice not found: {e}")
    assert ptx.count(".entry") == len(names)
    ptxas = _ptxas()
    if ptxas is None:
        pytest.skip("ptxas not found (neither on PATH nor /usr/local/cuda/bin/ptxas)")
    src = tmp_path / f"{name}.ptx"
    src.write_text(ptx)
    r = subprocess.run(
        [ptxas, "-arch=sm_90", str(src), "-o", str(tmp_path / "out.cubin")], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stderr


def _lowered(fn, kinds, target):
    m, _ = build_function(fn, kinds)
    jic.passes.pipeline.run(make_context(), m, jic.passes.pipeline.default_pipeline(target))
    return m


@pytest.mark.parametrize("name", ["softmax", "argmax", "row_reduction_loop"])
def test_reductions_are_warp_cooperative_on_nvptx(name):
    """One warp per output element: lanes split the reduction loop, shfl.sync.bfly combines them."""
    fn, kinds = CASES[name]
    m = _lowered(fn, kinds(f32), "nvptx")
    ir = str(m)
    reducing = [line for line in ir.splitlines() if "= jic.launch" in line and "jic.lanes = 32" in line]
    assert reducing, ir
    ir_text, names, _ = jic.backend.llvm_ir.to_llvm_ir(m)
    assert "llvm.nvvm.shfl.sync.bfly" in ir_text
    try:
        ptx = jic.backend.ptx.compile_ptx(ir_text, names, arch="sm_90")
    except FileNotFoundError as e:
        pytest.skip(f"libdevice not found: {e}")
    assert "shfl.sync.bfly" in ptx


def test_elementwise_kernels_and_the_cpu_keep_one_thread_per_element():
    fn, kinds = CASES["softmax"]
    nv = [line for line in str(_lowered(fn, kinds(f32), "nvptx")).splitlines() if "= jic.launch" in line]
    assert sum("jic.lanes" in line for line in nv) == 2, nv  # max and sum; not exp, not divide
    cpu = str(_lowered(fn, kinds(f32), "cpu"))
    assert "jic.lanes" not in cpu and "shfl" not in cpu
