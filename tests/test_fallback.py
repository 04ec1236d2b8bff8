"""Unsupported code: a warning and the eager result by default, an error with fullgraph=True."""

from __future__ import annotations

import os
import warnings

import pytest
import torch

import jic
from conftest import assert_close
from corpus import cell


def uses_cumsum(x, h):
    for t in range(x.size(1)):
        h = torch.cumsum(x[:, t], 0) + h  # line co_firstlineno + 2
    return h


CUMSUM_LINE = uses_cumsum.__code__.co_firstlineno + 2


def uses_print(x, h):
    for t in range(x.size(1)):
        print(t)  # line co_firstlineno + 2
        h = torch.tanh(x[:, t] + h)
    return h


PRINT_LINE = uses_print.__code__.co_firstlineno + 2


def _inputs(B=4, T=7, H=33, dtype=torch.float32):
    return torch.randn(B, T, H, dtype=dtype), torch.randn(B, H, dtype=dtype)


def test_line_constants_point_at_the_calls():
    import linecache

    assert "torch.cumsum" in linecache.getline(__file__, CUMSUM_LINE)
    assert "print(t)" in linecache.getline(__file__, PRINT_LINE)


def test_default_mode_warns_and_runs_eagerly():
    f = jic.compile(uses_cumsum)
    x, h = _inputs()
    with pytest.warns(UserWarning, match=r"^jic: running .*uses_cumsum eagerly"):
        out = f(x, h)
    assert_close(out, uses_cumsum(x, h))
    assert torch.equal(out, uses_cumsum(x, h))


def test_default_mode_warns_once():
    f = jic.compile(uses_cumsum)
    x, h = _inputs()
    with pytest.warns(UserWarning):
        f(x, h)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        x2, h2 = _inputs(T=3)
        assert_close(f(x2, h2), uses_cumsum(x2, h2))


def test_fullgraph_raises_with_location():
    f = jic.compile(fullgraph=True)(uses_cumsum)
    x, h = _inputs()
    with pytest.raises(jic.UnsupportedError) as ei:
        f(x, h)
    e = ei.value
    assert e.lineno == CUMSUM_LINE
    assert e.filename is not None and os.path.samefile(e.filename, __file__)
    assert os.path.basename(__file__) in str(e)
    assert str(e).startswith(f"{e.filename}:{CUMSUM_LINE}: jic cannot compile")
    assert "cumsum" in e.construct


def test_fullgraph_print_raises_at_its_line():
    f = jic.compile(fullgraph=True)(uses_print)
    x, h = _inputs()
    with pytest.raises(jic.UnsupportedError) as ei:
        f(x, h)
    assert ei.value.lineno == PRINT_LINE
    assert os.path.basename(__file__) in str(ei.value)


def test_print_default_mode_is_a_graph_break(capsys):
    f = jic.compile(uses_print)
    x, h = _inputs(T=2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # compiled, with print run eagerly in place: no fallback warning
        out = f(x, h)
    assert_close(out, uses_print(x, h))
    assert capsys.readouterr().out == "0\n1\n" * 2  # compiled, then eager
    assert f.stats.compiles == 1 and f.stats.eager_calls == 0


def test_unsupported_error_is_a_jic_error():
    assert issubclass(jic.UnsupportedError, jic.JicError)
    assert issubclass(jic.ShapeError, jic.JicError)


@pytest.mark.parametrize("fullgraph", [False, True])
def test_shape_mismatch_raises_shape_error(fullgraph):
    f = jic.compile(fullgraph=fullgraph)(cell)
    B, T, H = 4, 7, 33
    x = torch.randn(B, T, H)
    h = torch.randn(B, H + 1)
    with pytest.raises(jic.ShapeError):
        f(x, h)
    # the compiled function still works afterwards
    h_ok = torch.randn(B, H)
    assert_close(f(x, h_ok), cell(x, h_ok))


def test_shape_mismatch_batch_dim():
    f = jic.compile(fullgraph=True)(cell)
    x = torch.randn(4, 7, 33)
    h = torch.randn(5, 33)
    with pytest.raises(jic.ShapeError):
        f(x, h)


def test_int64_state_that_becomes_float_falls_back():
    # h enters the loop as int64 and tanh makes it float32: the loop state changes dtype
    f = jic.compile(cell)
    x = torch.randint(-3, 4, (4, 7, 33), dtype=torch.int64)
    h = torch.randint(-3, 4, (4, 33), dtype=torch.int64)
    with pytest.warns(UserWarning, match="^jic: running"):
        out = f(x, h)
    ref = cell(x, h)  # eager: tanh promotes int64 to float32
    assert out.dtype == ref.dtype
    assert torch.equal(out, ref)


def test_int64_state_that_becomes_float_fullgraph_raises():
    f = jic.compile(fullgraph=True)(cell)
    x = torch.randint(-3, 4, (4, 7, 33), dtype=torch.int64)
    h = torch.randint(-3, 4, (4, 33), dtype=torch.int64)
    with pytest.raises(jic.UnsupportedError, match="enters the loop as tensor<.*xi64>"):
        f(x, h)
