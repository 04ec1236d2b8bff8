"""W1 by hand in Triton: each program owns BLOCK elements of h and runs all T steps (shared/probe's kernel)."""

from __future__ import annotations

import torch
import triton
import triton.language as tl
from triton.language.extra import libdevice


@triton.jit
def _w1_kernel(x, h0, out, N, T, H, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    m = offs < N
    b = offs // H
    j = offs % H
    h = tl.load(h0 + offs, mask=m)
    base = b * T * H + j
    for t in range(0, T):
        xv = tl.load(x + base + t * H, mask=m)
        h = libdevice.tanh(xv + h)
    tl.store(out + offs, h, mask=m)


def w1_triton(x: torch.Tensor, h0: torch.Tensor) -> torch.Tensor:
    if not (x.is_cuda and x.is_contiguous() and h0.is_contiguous()):
        raise ValueError("the Triton W1 kernel takes contiguous CUDA tensors")
    B, T, H = x.shape
    out = torch.empty_like(h0)
    n = B * H
    _w1_kernel[(triton.cdiv(n, 128),)](x, h0, out, n, T, H, BLOCK=128)
    return out
