"""vectorize-inner-dim: kernels whose threads run 4 consecutive floats with 16-byte accesses.

The vector form runs only when the launcher finds every vector-accessed tensor aligned (stride 1 along
the innermost dim, a 16-byte aligned data pointer, other strides multiples of 4, an innermost size that
4 divides); otherwise the scalar kernel runs. Both are checked against eager on fresh random inputs, on
the CPU target and on CUDA when present; the PTX of the vector form has `ld.global.nc.v4.f32` (the
pipelined loads of x) and a 16-byte `st.global.v4`, and ptxas accepts it.

The pass is not in the default pipeline: every compile here puts it in front of pipeline-loads
(`passes_before=pipeline.VECTORIZE`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
import torch
from xdsl.dialects.builtin import f32

import jic
import jic.backend.llvm_ir
import jic.backend.ptx
from conftest import assert_close, cuda_kernel_names
from corpus import cell
from jic.frontend import build_function
from jic.ir import make_context
from jic.passes import pipeline
from jic.runtime.launch import make_launcher


def biased(x_seq, h, b):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h * 0.5 + b)
    return h


def two_states(x_seq, h, c):
    for t in range(x_seq.size(1)):
        c = c * 0.9 + x_seq[:, t]
        h = torch.tanh(h + c)
    return h, c


def _vectorized(fn):  # type: ignore[no-untyped-def]
    return jic.compile(fn, fullgraph=True, passes_before=pipeline.VECTORIZE)


def _ptxas() -> str | None:
    p = shutil.which("ptxas")
    return p or ("/usr/local/cuda/bin/ptxas" if os.path.exists("/usr/local/cuda/bin/ptxas") else None)


# ---------------------------------------------------------------- which kernel the launcher picks
class _Recorder:
    """A target with only `launch`: records the kernel name and thread count of each launch."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def launch(self, name, device, n, params) -> None:  # type: ignore[no-untyped-def]
        self.calls.append((name, n))


def _record(vector=True):  # type: ignore[no-untyped-def]
    rec = {
        "kernel": "cell_k0",
        "n_sizes": 2,
        "args": [{"tensor": 3}, {"tensor": 2}, {"scalar": "i64"}],
        "outs": ["float32"],
        "lanes": 1,
    }
    if vector:
        rec["vector"] = {"kernel": "cell_k0_v4", "width": 4, "bytes": 16, "memrefs": [0, 2]}
    return rec


@pytest.mark.parametrize(
    "make, expect",
    [
        (lambda: torch.randn(3, 5, 16), ("cell_k0_v4", 3 * 16 // 4)),
        (lambda: torch.randn(4, 5, 16)[1:], ("cell_k0_v4", 3 * 16 // 4)),  # offset 5*16 floats: aligned
        (lambda: torch.randn(3, 5, 17)[..., 1:], ("cell_k0", 3 * 16)),  # odd offset, odd strides
        (lambda: torch.randn(3, 5, 18)[..., :16], ("cell_k0", 3 * 16)),  # stride 18: rows not aligned
        (lambda: torch.randn(3, 5, 14), ("cell_k0", 3 * 14)),  # 4 does not divide 14
        (lambda: torch.randn(3, 16, 5).transpose(1, 2), ("cell_k0", 3 * 16)),  # innermost stride 5
    ],
    ids=["contiguous", "sliced-aligned", "odd-offset", "odd-row-stride", "not-multiple-of-4", "transposed"],
)
def test_the_launcher_picks_the_vector_kernel_only_when_aligned(make, expect):
    x = make()
    target = _Recorder()
    launch = make_launcher(_record(), target, torch.device("cpu"))
    launch(x.size(0), x.size(2), x, torch.randn(x.size(0), x.size(2)), x.size(1))
    assert target.calls == [expect]


def test_without_a_vector_form_the_scalar_kernel_runs():
    target = _Recorder()
    launch = make_launcher(_record(vector=False), target, torch.device("cpu"))
    x = torch.randn(2, 3, 8)
    launch(2, 8, x, torch.randn(2, 8), 3)
    assert target.calls == [("cell_k0", 16)]


# ---------------------------------------------------------------- against eager, both forms
LAYOUTS = {
    "aligned": lambda B, T, H, d: torch.randn(B, T, H, device=d),
    "sliced-batch": lambda B, T, H, d: torch.randn(B + 1, T, H, device=d)[1:],
    "odd-offset": lambda B, T, H, d: torch.randn(B, T, H + 1, device=d)[..., 1:],
    "time-sliced": lambda B, T, H, d: torch.randn(B, T + 1, H, device=d)[:, 1:],
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("H", [16, 6, 1])
@pytest.mark.parametrize("T", [0, 5, 37])
def test_w1_matches_eager_for_every_layout(device, layout, H, T):
    x = LAYOUTS[layout](3, T, H, device)
    h = torch.randn(3, H, device=device)
    f = _vectorized(cell)
    assert_close(f(x, h), cell(x, h))


def test_a_broadcast_bias_and_two_states(device):
    B, T, H = 5, 19, 12
    x, h = torch.randn(B, T, H, device=device), torch.randn(B, H, device=device)
    for b in (torch.randn(H, device=device), torch.randn(H + 1, device=device)[1:], torch.randn(1, device=device)):
        assert_close(_vectorized(biased)(x, h, b), biased(x, h, b))
    c = torch.randn(B, H, device=device)
    for o, r in zip(_vectorized(two_states)(x, h, c), two_states(x, h, c)):
        assert_close(o, r)
    odd = torch.randn(B, H + 1, device=device)[:, 1:]  # a state whose rows are not aligned
    for o, r in zip(_vectorized(two_states)(x, h, odd), two_states(x, h, odd)):
        assert_close(o, r)


def test_a_rank_1_state(device):
    def rank1(x_seq, h):
        for t in range(x_seq.size(0)):
            h = torch.tanh(x_seq[t] + h)
        return h

    for H in (8, 7):
        x, h = torch.randn(11, H, device=device), torch.randn(H, device=device)
        assert_close(_vectorized(rank1)(x, h), rank1(x, h))


# ---------------------------------------------------------------- the PTX of W1's vector form
@pytest.fixture(scope="module")
def w1_ptx() -> str:
    m, _ = build_function(cell, {"x_seq": ("tensor", f32, 3), "h": ("tensor", f32, 2)})
    pipeline.run(make_context(), m, pipeline.compose("nvptx", passes_before=pipeline.VECTORIZE))
    ir_text, names, _ = jic.backend.llvm_ir.to_llvm_ir(m)
    assert names == ["cell_k0", "cell_k0_v4"]
    return jic.backend.ptx.compile_ptx(ir_text, names, arch="sm_90")


def _entry(ptx: str, name: str) -> str:
    start = ptx.index(f".entry {name}(")
    nxt = ptx.find(".entry ", start + 1)
    return ptx[start : nxt if nxt > 0 else len(ptx)]


def test_w1_vector_form_loads_and_stores_16_bytes(w1_ptx):
    vec, scalar = _entry(w1_ptx, "cell_k0_v4"), _entry(w1_ptx, "cell_k0")
    assert "ld.global.nc.v4.f32" in vec  # x, pipelined: issued steps ahead
    assert re.search(r"st\.global\.v4\.(f32|b32)", vec)  # 4 aligned stores, merged by LLVM
    assert "prefetch.global" in vec
    assert ".v4" not in scalar


def test_ptxas_accepts_the_vector_form(tmp_path, w1_ptx):
    ptxas = _ptxas()
    if ptxas is None:
        pytest.skip("ptxas not found (neither on PATH nor /usr/local/cuda/bin/ptxas)")
    src = tmp_path / "w1.ptx"
    src.write_text(w1_ptx)
    out = tmp_path / "w1.cubin"
    r = subprocess.run([ptxas, "-arch=sm_90", str(src), "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert os.path.getsize(out) > 0


@pytest.mark.parametrize("layout", ["aligned", "odd-offset", "time-sliced"])
@pytest.mark.parametrize("T", [3, 37])
def test_w1_large_enough_for_the_vector_form_on_a_gpu(device, layout, T):
    """On CUDA the vector form runs only when its grid still has a warp per multiprocessor: 40 x 512."""
    x = LAYOUTS[layout](40, T, 512, device)
    h = torch.randn(40, 512, device=device)
    f = _vectorized(cell)
    assert_close(f(x, h), cell(x, h))
    if device == "cuda":
        names = set(cuda_kernel_names(lambda: f(x, h)))
        assert names == ({"cell_k0_v4"} if layout != "odd-offset" else {"cell_k0"}), names
