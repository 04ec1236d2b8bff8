"""Arguments jic cannot take: a new variant when they are a new kind, else a clear error naming the argument."""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close
from rt_helpers import act, cell


def test_mixed_devices_name_each_argument():
    f = jic.compile(fullgraph=True)(act)
    x = torch.randn(4)
    y = torch.empty(4, device="meta")
    with pytest.raises(ValueError, match=r"different devices: 'x' on cpu; 'y' on meta \(expected all on one device\)"):
        f(x, y)


def test_mixed_devices_default_mode_raises_too():
    # eager would fail as well: this is a user error, not something to fall back from
    f = jic.compile(act)
    with pytest.raises(ValueError, match="'y' on meta"):
        f(torch.randn(4), torch.empty(4, device="meta"))


def test_other_device_types_are_refused_by_name():
    f = jic.compile(fullgraph=True)(act)
    with pytest.raises(jic.UnsupportedError, match=r"argument 'x' on device meta.*CPU and CUDA"):
        f(torch.empty(4, device="meta"), torch.empty(4, device="meta"))


def test_unhashable_argument_is_named():
    def uses_list(x, ys):
        return x + ys[0]

    f = jic.compile(fullgraph=True)(uses_list)
    with pytest.raises(jic.UnsupportedError, match=r"argument 'ys' of type list"):
        f(torch.randn(3), [torch.randn(3)])


def test_dtype_refusal_names_argument_and_dtype():
    f = jic.compile(fullgraph=True)(act)
    with pytest.raises(jic.UnsupportedError, match=r"argument 'x' of dtype torch.uint8.*float32, float64"):
        f(torch.ones(3, dtype=torch.uint8), torch.ones(3, dtype=torch.uint8))


def test_requires_grad_is_refused_by_name_and_runs_under_no_grad():
    f = jic.compile(fullgraph=True)(act)
    x, y = torch.randn(3, requires_grad=True), torch.randn(3)
    with pytest.raises(jic.UnsupportedError, match=r"argument 'x' that requires grad.*no_grad"):
        f(x, y)
    with torch.no_grad():
        assert_close(f(x, y), act(x, y))


def test_sparse_layout_is_refused():
    f = jic.compile(fullgraph=True)(act)
    x = torch.randn(3, 3).to_sparse()
    with pytest.raises(jic.UnsupportedError, match=r"argument 'x' with layout torch.sparse_coo"):
        f(x, x)


def test_a_new_kind_after_a_refusal_still_compiles():
    f = jic.compile(act)
    with pytest.warns(UserWarning, match="uint8"):
        f(torch.ones(3, dtype=torch.uint8), torch.ones(3, dtype=torch.uint8))
    x, y = torch.randn(5), torch.randn(5)
    assert_close(f(x, y), act(x, y))
    assert f.stats.compiles == 1 and len(f.cache) == 2


def test_no_tensor_arguments():
    def scalar_only(a, b):
        return a + b

    f = jic.compile(fullgraph=True)(scalar_only)
    with pytest.raises(jic.UnsupportedError, match="without tensor arguments"):
        f(1.0, 2.0)
