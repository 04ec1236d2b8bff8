"""New tensors inside compiled functions: sizes from x.shape / x.size(d) / int arguments (no recompile when
they change), dtype= and device=, arange for index math, creation inside loops (made once, the loop still one
kernel), and the refusals, each against eager on fresh random inputs."""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close


def acc_zeros(x):
    acc = torch.zeros(x.size(0), x.size(2), dtype=x.dtype, device=x.device)
    for t in range(x.size(1)):
        acc = acc + x[:, t] * 0.5
    return acc


def acc_zeros_like(x):
    acc = torch.zeros_like(x[:, 0])
    for t in range(x.size(1)):
        acc = acc + x[:, t] * 0.5
    return acc


@pytest.mark.parametrize("fn", [acc_zeros, acc_zeros_like])
def test_an_accumulator_made_with_zeros_sinks_into_one_kernel(fn, device) -> None:
    f = jic.compile(fn, fullgraph=True)
    for shape in ((3, 7, 5), (4, 2, 9)):
        x = torch.randn(*shape, device=device)
        assert_close(f(x), fn(x))
    assert f.stats.compiles + f.stats.disk_hits == 1, "a new size must not recompile"
    assert f.inspect(x, stage="outline-kernels").count("jic.launch") == 1


def positions(x):
    pos = torch.arange(x.size(1), device=x.device)
    steps = torch.arange(0.5, x.size(0) + 1, 2.0, dtype=torch.float64, device=x.device)
    return x * pos, steps, torch.arange(x.size(1), 0, -3, device=x.device)


def test_arange_with_symbolic_bounds_and_steps(device) -> None:
    f = jic.compile(positions, fullgraph=True)
    for shape in ((4, 6), (9, 1), (0, 3)):
        x = torch.randn(*shape, device=device)
        outs, refs = f(x), positions(x)
        for o, r in zip(outs, refs):
            assert o.dtype == r.dtype and o.shape == r.shape and o.device == r.device
            assert torch.equal(o, r)


def from_int_args(x, n, v):
    f = torch.full((n, x.size(-1)), v, dtype=torch.float64, device=x.device)
    return f + torch.ones(n, 1, dtype=torch.int32, device=x.device) + x


def test_sizes_and_fill_values_from_int_and_float_arguments(device) -> None:
    f = jic.compile(from_int_args, fullgraph=True)
    x = torch.randn(5, device=device)
    for n, v in ((3, 0.25), (6, -1.5)):
        out, ref = f(x, n, v), from_int_args(x, n, v)
        assert out.dtype == ref.dtype == torch.float64
        assert_close(out, ref)
    assert f.stats.compiles + f.stats.disk_hits == 1


def scalars(x):
    return x * torch.tensor(2.5) + torch.tensor(3) + torch.tensor(True), torch.tensor(7, dtype=torch.int32) + x.int()


def test_tensor_of_a_python_number_promotes_like_eager(device) -> None:
    f = jic.compile(scalars, fullgraph=True)
    x = torch.randn(4, 3, device=device).to(torch.float16)
    for o, r in zip(f(x), scalars(x)):
        assert o.dtype == r.dtype and o.shape == r.shape
        assert torch.equal(o, r)


def made_in_a_loop(x):
    h = torch.zeros(x.shape[0], x.shape[2])
    for t in range(x.size(1)):
        h = torch.tanh(h + x[:, t] * torch.arange(x.size(2)) / x.size(2) + torch.ones(x.size(0), 1))
    return h


def test_tensors_made_in_a_loop_are_made_once_before_it() -> None:
    f = jic.compile(made_in_a_loop, fullgraph=True)
    x = torch.randn(3, 6, 4)
    assert_close(f(x), made_in_a_loop(x))
    host = f.inspect(x, stage="outline-kernels").split("gpu.module")[0]
    assert host.count("jic.create") == 3 and host.index("jic.create") < host.index("jic.launch")
    assert host.count("jic.launch") == 1


def on_another_device(x):
    return torch.zeros(x.shape, device="meta") + x


def test_another_device_is_refused_with_both_devices_named() -> None:
    f = jic.compile(on_another_device, fullgraph=True)
    with pytest.raises(jic.UnsupportedError, match=r"torch.zeros on meta: the inputs are on cpu"):
        f(torch.randn(3))


def changing_size_in_loop(x):
    acc = x[0]
    for t in range(x.size(0)):
        acc = acc + torch.arange(t + 1).float().sum()
    return acc


def test_a_size_computed_inside_a_loop_is_refused_with_its_line() -> None:
    f = jic.compile(changing_size_in_loop, fullgraph=True)
    with pytest.raises(jic.UnsupportedError, match=r"test_creation.py:\d+: .*torch.arange inside a loop"):
        f(torch.randn(3, 2))
    g = jic.compile(changing_size_in_loop)
    x = torch.randn(3, 2)
    with pytest.warns(UserWarning, match="arange"):
        assert_close(g(x), changing_size_in_loop(x))


def negative_size(x):
    return torch.zeros(-1) + x


def test_a_negative_size_is_refused_and_eager_raises_its_error() -> None:
    with pytest.raises(jic.UnsupportedError, match="sizes must be non-negative"):
        jic.compile(negative_size, fullgraph=True)(torch.randn(3))
    with pytest.warns(UserWarning), pytest.raises(RuntimeError, match="negative"):
        jic.compile(negative_size)(torch.randn(3))


def default_device(x):
    return torch.zeros(x.shape) + x


def test_without_device_the_default_device_must_be_the_inputs() -> None:
    """Eager makes `torch.zeros(...)` on torch's default device: jic refuses where that is not the inputs'."""
    f = jic.compile(default_device, fullgraph=True)
    x = torch.randn(3)
    assert_close(f(x), default_device(x))
    with torch.device("meta"), pytest.raises(jic.UnsupportedError, match=r"without device= \(eager makes it on meta"):
        jic.compile(default_device, fullgraph=True)(torch.randn(3, device="cpu"))
