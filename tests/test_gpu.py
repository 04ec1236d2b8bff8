"""CUDA-only checks: one kernel launch per call, torch's current stream."""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close, cuda_kernel_names
from corpus import cell

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU (none visible to torch)"),
]


@pytest.mark.parametrize("T", [7, 300])
def test_one_kernel_per_call(T):
    f = jic.compile(fullgraph=True)(cell)
    x = torch.randn(16, T, 128, device="cuda")
    h = torch.randn(16, 128, device="cuda")
    assert_close(f(x, h), cell(x, h))  # compiled and loaded before profiling
    kernels = cuda_kernel_names(lambda: f(x, h))
    assert kernels == ["cell_k0"], kernels
    eager = cuda_kernel_names(lambda: cell(x, h))
    assert len(eager) >= T  # eager launches per step; jic once


def test_runs_on_the_current_stream():
    f = jic.compile(fullgraph=True)(cell)
    x = torch.randn(8, 50, 64, device="cuda")
    h = torch.randn(8, 64, device="cuda")
    f(x, h)
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        out = f(x, h)
    s.synchronize()
    assert_close(out, cell(x, h))
