"""Fusion across statements: loops and elementwise chains in one function become one kernel."""

from __future__ import annotations

import torch

import jic
from conftest import assert_close
from corpus import chain, same_twice, two_loops


def test_two_loops_become_one_kernel(device):
    f = jic.compile(fullgraph=True)(two_loops)
    for T in (0, 1, 30):
        x, h = torch.randn(3, T, 17, device=device), torch.randn(3, 17, device=device)
        assert_close(f(x, h), two_loops(x, h))
    stages = f.stages(x, h)
    assert stages["fuse-kernels"].count('"jic.kernel"') == 1
    assert stages["outline-kernels"].count("jic.launch") == 1
    # the first loop's h and the intermediate g are not written to memory
    assert "-> tensor<?x?xf32>\n" in stages["fuse-kernels"].split('"jic.kernel"')[1]


def test_elementwise_chain_without_loop(device):
    f = jic.compile(fullgraph=True)(chain)
    x, y = torch.randn(4, 6, device=device), torch.randn(6, device=device)
    out, same = f(x, y)
    ref, _ = chain(x, y)
    assert_close(out, ref)
    assert same is x  # returning an argument returns that tensor, as eager does
    assert f.stages(x, y)["outline-kernels"].count("jic.launch") == 1


def test_same_result_twice(device):
    f = jic.compile(fullgraph=True)(same_twice)
    x, h = torch.randn(2, 5, 3, device=device), torch.randn(2, 3, device=device)
    a, b = f(x, h)
    ref, _ = same_twice(x, h)
    assert_close(a, ref)
    assert_close(b, ref)
