"""jic.explain says why a loop stays on the host: the reason the sink passes recorded (`jic.host_loop`)."""

from __future__ import annotations

import inspect

import recurrences as R
import torch

import jic


def _line_of(fn, text: str) -> int:
    """The file line of the first source line of `fn` that contains `text`."""
    lines, first = inspect.getsourcelines(fn)
    return first + next(i for i, ln in enumerate(lines) if text in ln)


def test_a_matmul_of_the_state_is_named_with_its_line():
    B, T, I, H = 2, 5, 3, 4
    args = (torch.randn(B, T, I), torch.randn(B, H), torch.randn(H, I), torch.randn(H, H), torch.randn(H))
    report = jic.explain(R.elman, *args)
    assert report.compiled and report.host_loops == 0 and report.fallback_loops == 1  # a block kernel first
    loop, matmul = _line_of(R.elman, "for t"), _line_of(R.elman, "h @ W_hh")
    assert report.host_loop_reasons == [
        f"loop at {R.__file__}:{loop} stays on the host when its state does not fit in shared memory (else one "
        f"block kernel): carried `h` is coupled along dim 1 by the matmul at line {matmul}"
    ]
    assert report.host_loop_reasons[0] in str(report)


def test_a_roll_of_the_state():
    report = jic.explain(R.heat, torch.randn(3, 8), 0.1, 4)
    (why,) = report.host_loop_reasons
    assert why.endswith(f"carried `u` is coupled along dim 1 by the roll at line {_line_of(R.heat, 'roll')}")


def test_states_of_different_ranks():
    report = jic.explain(R.state_and_row_sums, torch.randn(2, 5, 3), torch.randn(2, 3), torch.randn(2))
    (why,) = report.host_loop_reasons
    assert "its carried tensors have different ranks (`h`: 2-d, `s`: 1-d)" in why


def test_a_loop_that_becomes_one_kernel_has_no_reason():
    report = jic.explain(R.w1_time_major, torch.randn(5, 2, 3), torch.randn(2, 3))
    assert report.compiled and report.host_loops == 0 and report.host_loop_reasons == []
    assert "stays on the host" not in str(report)
