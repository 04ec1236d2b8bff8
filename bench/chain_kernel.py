"""The Triton kernel of bench/chain.py: a dependent chain of operations in registers, 8 per iteration.

OP 0: h = h * c + 0.25 (one multiply-add); OP 1: h = tanh(h + c) through libdevice's tanhf;
OP 2: h = tanh(h + c) through the special-function unit's tanh.approx.f32.
"""

from __future__ import annotations

import triton
import triton.language as tl
from triton.language.extra import libdevice


@triton.jit
def chain_kernel(x_ptr, out_ptr, n, OP: tl.constexpr):
    offs = tl.arange(0, 32)
    h = tl.load(x_ptr + offs)
    c = tl.load(x_ptr + 32 + offs)
    for _ in range(n):
        for _k in tl.static_range(8):
            if OP == 0:
                h = h * c + 0.25
            elif OP == 1:
                h = libdevice.tanh(h + c)
            else:
                h = tl.inline_asm_elementwise(
                    "tanh.approx.f32 $0, $1;", "=r,r", [h + c], dtype=tl.float32, is_pure=True, pack=1
                )
    tl.store(out_ptr + offs, h)
