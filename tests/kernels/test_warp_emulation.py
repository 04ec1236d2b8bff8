"""The NVPTX kernels' warp-cooperative reductions, run on the CPU against eager.

Without a GPU, the LLVM IR lowered for NVPTX is compiled for the host with its GPU intrinsics
replaced by functions of an emulated warp (gpu_emulation.py): 32 OS threads per block, one per lane,
`tid/ctaid/ntid` from thread-local state and `shfl.sync.bfly` through a shared array and a barrier.
This runs the same lane split and butterfly combination (NaN, ties, -inf, logsumexp rescaling) the GPU runs.
"""

from __future__ import annotations

import math

import linalg_corpus as C
import pytest
import torch
from gpu_emulation import WARP, EmulatedKernels
from xdsl.dialects import func

import jic  # noqa: F401  (registers the passes)
import jic.passes.pipeline
from jic.backend.host import schedule
from jic.frontend import build_function
from jic.ir import dtypes, make_context
from jic.runtime.schedule import build_program


class EmulatedGpu(EmulatedKernels):
    """Runs NVPTX-lowered kernels on the CPU, one OS thread per lane, one warp per block."""

    def launch(self, name: str, device: object, n: int, params: list) -> None:
        kernel = self.kernel(name, params)
        for block in range((n + WARP - 1) // WARP):
            self.run_block(kernel, params, block, WARP)


def _run_on_emulated_gpu(fn, *args):  # type: ignore[no-untyped-def]
    kinds = {
        name: ("tensor", dtypes.TORCH_TO_IR[a.dtype], a.dim())
        for name, a in zip(fn.__code__.co_varnames, args, strict=False)
    }
    m, _ = build_function(fn, kinds)
    jic.passes.pipeline.run(make_context(), m, jic.passes.pipeline.default_pipeline("nvptx"))
    assert "jic.lanes = 32" in str(m), "no warp-cooperative kernel to test"
    records, n_params = schedule(next(op for op in m.ops if isinstance(op, func.FuncOp)))
    return build_program(records, list(range(n_params)), EmulatedGpu(m), torch.device("cpu"))(*args)


def _compare(out, ref) -> None:  # type: ignore[no-untyped-def]
    for o, r in zip(out if isinstance(out, tuple) else (out,), ref if isinstance(ref, tuple) else (ref,)):
        assert o.shape == r.shape and o.dtype == r.dtype
        if r.dtype == torch.int64:
            assert torch.equal(o, r), (o, r)
            continue
        finite = r.isfinite()
        assert torch.equal(o.isfinite(), finite), (o, r)
        # NaN and +-inf where eager has them; the finite values summed in another order: close
        assert torch.equal(torch.nan_to_num(o[~finite]), torch.nan_to_num(r[~finite])), (o, r)
        assert torch.allclose(o[finite], r[finite], rtol=1e-5, atol=1e-5), (o, r)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64], ids=["f32", "f64"])
@pytest.mark.parametrize(
    "fn",
    [C.sum_keep, C.max_dim, C.argmax_dim, C.min_dim_fields, C.logsumexp_dim, C.softmax_last, C.prod_dim, C.var_dim],
    ids=lambda f: f.__name__,
)
def test_warp_reductions_match_eager(fn, dtype):
    x = torch.randn(3, 70, dtype=dtype)  # 70 elements: some lanes get 3, some 2
    if fn is C.prod_dim:
        x = 1 + x / 50
    _compare(_run_on_emulated_gpu(fn, x), fn(x))


def test_warp_reductions_with_nan_inf_and_ties():
    x = torch.randn(5, 45)
    x[0, 40] = math.nan
    x[0, 3] = math.nan  # the first NaN's index wins
    x[1, :] = -math.inf  # logsumexp -inf, argmax 0
    x[2, 7] = x[2, 38] = 100.0  # a tie across lanes: the smaller index
    x[3, 5] = math.inf
    x[3, 37] = math.inf  # logsumexp of two +inf: no inf - inf
    x[4, :] = 0.0  # all equal
    for fn in (C.max_dim, C.argmax_dim, C.min_dim_fields, C.logsumexp_dim, C.sum_keep):
        _compare(_run_on_emulated_gpu(fn, x), fn(x))


def test_fewer_elements_than_lanes():
    x = torch.randn(4, 5)
    for fn in (C.argmax_dim, C.logsumexp_dim, C.softmax_last):
        _compare(_run_on_emulated_gpu(fn, x), fn(x))
