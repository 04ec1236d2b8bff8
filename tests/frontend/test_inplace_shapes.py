"""`a op= b` keeps `a`'s shape: a `b` that would broadcast `a` larger is an error, as in eager."""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close
from jic.errors import ShapeError


def scaled_then_added(a, b):
    y = a * 2.0
    y += b
    return y


def test_inplace_that_keeps_the_shape_against_eager():
    a, b = torch.randn(3, 4), torch.randn(1, 4)  # b broadcasts into y: allowed
    assert_close(jic.compile(fullgraph=True)(scaled_then_added)(a, b), scaled_then_added(a, b))


def test_inplace_that_would_grow_the_tensor_is_an_error_like_eager():
    a, b = torch.randn(1, 4), torch.randn(3, 4)
    with pytest.raises(RuntimeError, match="doesn't match the broadcast shape"):
        scaled_then_added(a, b)
    with pytest.raises(ShapeError, match=r"test_inplace_shapes.py:15: the in-place add"):
        jic.compile(fullgraph=True)(scaled_then_added)(a, b)
