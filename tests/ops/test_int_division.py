"""Integer division and remainder by zero: eager raises on the CPU, so jic does (a kernel reports it through its
call's error flag, the launcher raises after the kernel); on CUDA eager's value is unspecified and jic gives 0.
Python ints divided by zero raise ZeroDivisionError on the host and in kernels (it was a hardware trap)."""

from __future__ import annotations

import threading

import pytest
import torch

import jic

OPS = {
    "//": lambda x, y: x // y,
    "%": lambda x, y: x % y,
    "fmod": torch.fmod,
    "div(floor)": lambda x, y: torch.div(x, y, rounding_mode="floor"),
}


def _ints(shape: tuple[int, ...], dtype: torch.dtype, low: int = -100) -> torch.Tensor:
    return torch.randint(low, 100, shape, dtype=dtype)


def _make(op):
    def f(x, y):
        acc = x[:, 0]
        for t in range(x.size(1)):
            acc = acc + op(x[:, t], y)
        return op(x, y[:, None]), acc

    return f


@pytest.mark.parametrize("dtype", [torch.int32, torch.int64])
@pytest.mark.parametrize("name", list(OPS))
def test_a_zero_divisor_raises_as_eager_on_the_cpu(name: str, dtype: torch.dtype) -> None:
    fn = _make(OPS[name])
    f = jic.compile(fn, fullgraph=True)
    x = _ints((5, 7), dtype)
    y = _ints((5,), dtype, low=1)
    for o, r in zip(f(x, y), fn(x, y)):
        assert torch.equal(o, r)
    y[3] = 0
    with pytest.raises(RuntimeError, match="ZeroDivisionError") as eager:
        fn(x, y)
    with pytest.raises(type(eager.value), match="^ZeroDivisionError$"):
        f(x, y)
    y[3] = -4  # the flag was cleared: the next call runs normally
    for o, r in zip(f(x, y), fn(x, y)):
        assert torch.equal(o, r)


def test_two_threads_see_only_their_own_division_by_zero() -> None:
    """Two threads call the same compiled function at once (ctypes releases the GIL while a kernel runs), one
    with a zero divisor, one without: each call's flag is its own, so only the first raises, every time."""
    fn = _make(OPS["//"])
    f = jic.compile(fn, fullgraph=True)
    x = _ints((256, 2049), torch.int64)
    good = _ints((256,), torch.int64, low=1)
    bad = good.clone()
    bad[::2] = 0  # zero divisors all along the kernels, so their runs overlap the flag being set
    ref = fn(x, good)
    f(x, good)  # compiled before the threads start
    barrier = threading.Barrier(2)
    failures: list[str] = []

    def hammer(y: torch.Tensor, raises: bool) -> None:
        barrier.wait()
        for _ in range(300):
            try:
                out = f(x, y)
            except RuntimeError as e:
                if not raises or str(e) != "ZeroDivisionError":
                    failures.append(f"unexpected {e!r}")
                continue
            if raises:
                failures.append("a zero divisor did not raise")
            elif not all(torch.equal(o, r) for o, r in zip(out, ref)):
                failures.append("wrong result")

    threads = [threading.Thread(target=hammer, args=a) for a in ((bad, True), (good, False))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures[:5]


def python_int_division(x, n):
    for t in range(x.size(0)):
        x = x + (t // n) + (t % n)
    return x * (x.size(0) // n)


def python_int_division_host_loop(x, n):
    for t in range(x.size(0)):
        x = x + x.sum() * (t // n)
    return x


@pytest.mark.parametrize("fn", [python_int_division, python_int_division_host_loop])
def test_python_ints_divided_by_zero_raise_zero_division_error(fn) -> None:
    f = jic.compile(fn, fullgraph=True)
    # positive, so that x.sum() never cancels: with randn, 2.4% of draws differed from eager by more than
    # float32's tolerance through the sum's order alone
    x = torch.rand(6) + 0.5
    torch.testing.assert_close(f(x, 4), fn(x, 4))
    with pytest.raises(ZeroDivisionError, match="integer division or modulo by zero"):
        fn(x, 0)
    with pytest.raises(ZeroDivisionError, match="integer division or modulo by zero"):
        f(x, 0)
    torch.testing.assert_close(f(x, -3), fn(x, -3))


def test_gpu_kernels_carry_no_error_flag() -> None:
    """On the GPU nothing is reported (no synchronization per launch): the PTX has no report call."""
    f = jic.compile(_make(OPS["//"]), fullgraph=True)
    ptx = f.inspect(_ints((3, 4), torch.int64), _ints((3,), torch.int64, low=1), stage="ptx")
    assert "div" in ptx and "jic_report" not in ptx and "jic_error_flag" not in ptx


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
@pytest.mark.parametrize("name", list(OPS))
def test_on_cuda_a_zero_divisor_gives_zero(name: str) -> None:
    """A known difference (docs/ops.md): eager's CUDA result is unspecified where the divisor is 0, jic's is 0;
    everywhere else the results are eager's."""
    op = OPS[name]

    def fn(x, y):
        return op(x, y)

    f = jic.compile(fn, fullgraph=True)
    x = _ints((64, 33), torch.int64).cuda()
    y = _ints((64, 33), torch.int64).cuda()
    out, ref = f(x, y), op(x, y)
    zero = y == 0
    assert zero.any()
    assert torch.equal(out[~zero], ref[~zero])
    assert (out[zero] == 0).all()


def test_a_loop_invariant_divisor_is_checked_on_the_host_before_the_loop() -> None:
    """So that GPU kernels, which report nothing, still raise for `t // n` with n == 0."""
    f = jic.compile(python_int_division, fullgraph=True)
    host = f.inspect(torch.randn(6), 3, stage="outline-kernels").split("gpu.module")[0]
    assert "jic.report_if" in host and host.index("jic.report_if") < host.index("jic.launch")


def divisor_changes_in_while(x, h, n):
    i, k = 0, n
    while i < n:
        i += 1
        k = k - 1
        if (i * 7) % (k + 2) == 0:
            continue
        h = h + x[:, 0] * 0.5
    return h


def test_a_divisor_computed_in_a_loop_still_becomes_a_kernel() -> None:
    f = jic.compile(divisor_changes_in_while, fullgraph=True)
    x, h = torch.randn(3, 4), torch.randn(3)
    for n in (5, 9):
        torch.testing.assert_close(f(x, h, n), divisor_changes_in_while(x, h, n))
    assert f.inspect(x, h, 5, stage="outline-kernels").split("gpu.module")[0].count("jic.launch") == 1
