"""pipeline-loads: time loops whose inputs are loaded steps ahead compute what eager computes, for every T.

The pass splits a loop of N steps into a prologue, a steady state of D-step
blocks, the last full blocks and a remainder of N mod D steps, so N is swept
over every boundary of those pieces (0, 1, D-1, D, D+1, 2D-1, 2D, 3D, ...) at
several depths, on the CPU target and on CUDA when present.
"""

from __future__ import annotations

import re

import pytest
import torch

import jic
from conftest import assert_close
from corpus import cell
from jic.passes import pipeline
from jic.passes.pipeline_loads import PipelineLoads


def two_inputs(x_seq, y_seq, h):
    for t in range(x_seq.size(1)):
        h = h * 0.5 + x_seq[:, t] * 2.0 - y_seq[:, t]
    return h


def strided_range(x_seq, h, start: int):
    for t in range(start, x_seq.size(1), 3):
        h = torch.tanh(h * 0.9 + x_seq[:, t])
    return h


def time_major(x_seq, h):
    for t in range(x_seq.size(0)):
        h = torch.tanh(h * 0.7 + x_seq[t])
    return h


def _pipe(device: str, depth: int, prefetch: bool = True) -> str:
    target = "nvptx" if device == "cuda" else "cpu"
    spec = f"pipeline-loads{{depth={depth} prefetch={str(prefetch).lower()}}}"
    return re.sub(r"pipeline-loads(\{[^}]*\})?", spec, pipeline.default_pipeline(target))


def _lengths(depth: int) -> list[int]:
    d = depth
    return sorted({0, 1, 2, d - 1, d, d + 1, 2 * d - 1, 2 * d, 2 * d + 1, 3 * d - 1, 3 * d, 4 * d + 3, 7 * d + 1})


@pytest.mark.parametrize("depth", [2, 3, 8])
def test_cell_every_length(device, depth):
    f = jic.compile(cell, fullgraph=True, pipeline=_pipe(device, depth))
    for T in _lengths(depth):
        x = torch.randn(3, T, 33, device=device)
        h = torch.randn(3, 33, device=device)
        assert_close(f(x, h), cell(x, h))
    assert f.compile_count == 1


@pytest.mark.parametrize("depth,prefetch", [(2, True), (8, True), (8, False)])
def test_order_of_steps_is_kept(device, depth, prefetch):
    """A linear recurrence with distinct inputs per step: any step run out of order shows."""
    f = jic.compile(two_inputs, fullgraph=True, pipeline=_pipe(device, depth, prefetch))
    for T in _lengths(depth):
        x, y = torch.randn(4, T, 9, device=device), torch.randn(4, T, 9, device=device)
        h = torch.randn(4, 9, device=device)
        assert_close(f(x, y, h), two_inputs(x, y, h), rtol=1e-6)


@pytest.mark.parametrize("depth", [3, 8])
def test_range_with_start_and_step(device, depth):
    f = jic.compile(strided_range, fullgraph=True, pipeline=_pipe(device, depth))
    for T in [0, 1, 2, 5, 3 * depth + 2, 9 * depth + 1]:
        for start in [0, 1, 4]:
            x, h = torch.randn(2, T, 17, device=device), torch.randn(2, 17, device=device)
            assert_close(f(x, h, start), strided_range(x, h, start))


def test_time_major_strided_input(device):
    """x stored (B, T, H) but read as x[t] of its (T, B, H) transpose: strides, not copies."""
    f = jic.compile(time_major, fullgraph=True, pipeline=_pipe(device, 4))
    for T in [0, 3, 4, 9, 40]:
        x = torch.randn(6, T, 10, device=device).transpose(0, 1)
        h = torch.randn(6, 10, device=device)
        assert_close(f(x, h), time_major(x, h))


def test_default_pipeline_pipelines_the_cell():
    f = jic.compile(cell, fullgraph=True)
    stages = f.stages(torch.randn(2, 3, 4), torch.randn(2, 4))
    before, after = stages["outline-kernels"], stages["pipeline-loads"]
    # one kernel: vectorize-inner-dim is not in the default pipeline
    assert after.count('"gpu.func"') == 1 and 'sym_name = "cell_k0"' in after
    depth = PipelineLoads.depth
    assert before.count("memref.load") == 2  # h0 and x[:, t]
    # x is loaded D ahead in the prologue, the steady state and the clamped last blocks, and
    # prefetched 2D ahead in each of them; the step is copied into both loops and D-1 remainder steps
    assert after.count("memref.load") == 1 + 3 * depth
    assert after.count("jic.prefetched") == 3 * depth
    assert after.count("jic.prefetch ") == 3 * depth
    assert after.count("math.tanh") == 3 * depth - 1


def test_the_vector_form_is_pipelined_alike():
    f = jic.compile(cell, fullgraph=True, passes_before=pipeline.VECTORIZE)
    after = f.stages(torch.randn(2, 3, 4), torch.randn(2, 4))["pipeline-loads"]
    # the scalar kernel, then its 16-byte form (vectorize-inner-dim), pipelined alike
    _, after, vector = after.split('"gpu.func"')
    assert 'sym_name = "cell_k0"' in after and 'sym_name = "cell_k0_v4"' in vector
    depth = PipelineLoads.depth
    assert after.count("memref.load") == 1 + 3 * depth
    # the vector form: the same loads of 4 floats each, and 4 elements per step
    assert vector.count("jic.vector_load") == 1 + 3 * depth and "memref.load" not in vector
    assert vector.count("jic.prefetched") == 3 * depth
    assert vector.count("jic.prefetch ") == 3 * depth
    assert vector.count("math.tanh") == 4 * (3 * depth - 1)


def test_depth_one_is_off():
    f = jic.compile(cell, fullgraph=True, pipeline=_pipe("cpu", 1))
    stages = f.stages(torch.randn(2, 3, 4), torch.randn(2, 4))
    assert stages["pipeline-loads"] == stages["outline-kernels"]


def _lowered_cell(target: str, extra: str = "") -> str:
    from xdsl.dialects.builtin import f32

    from jic.frontend import build_function
    from jic.ir import make_context

    module, _ = build_function(cell, {"x_seq": ("tensor", f32, 3), "h": ("tensor", f32, 2)})
    pipe = re.sub(
        r"lower-to-llvm\{[^}]*\}", f"lower-to-llvm{{target={target}{extra}}}", pipeline.default_pipeline(target)
    )
    pipeline.run(make_context(), module, pipe)
    return str(module)


def test_nvptx_keeps_pipelined_loads_opaque_and_fenced():
    """On the GPU the pipelined loads are non-coherent loads LLVM cannot merge or move, the
    prefetches are cache hints, and a null check ends the block after a loop's loads."""
    ir = _lowered_cell("nvptx")
    assert "ld.global.nc.f32" in ir
    assert "prefetch.global.L1" in ir
    assert '"llvm.trap"' in ir or "llvm.trap" in ir
    assert "prefetch.global.L2" in _lowered_cell("nvptx", " prefetch-level=L2")
    assert "llvm.trap" not in _lowered_cell("nvptx", " load-fence=false")


def test_cpu_lowers_pipelined_loads_as_plain_loads():
    ir = _lowered_cell("cpu")
    assert "ld.global" not in ir and "prefetch" not in ir and "llvm.trap" not in ir
    depth = PipelineLoads.depth
    assert ir.count("llvm.load") >= 1 + 3 * depth


def test_approx_tanh_only_when_asked():
    assert "tanh.approx.f32" not in _lowered_cell("nvptx")
    assert "__nv_tanhf" in _lowered_cell("nvptx")
    fast = _lowered_cell("nvptx", " approx-tanh=true")
    assert "tanh.approx.f32" in fast and "__nv_tanhf" not in fast


def test_bad_prefetch_level_is_refused():
    with pytest.raises(ValueError, match="prefetch-level must be one of"):
        _lowered_cell("nvptx", " prefetch-level=L3")
