"""Guards: a variant per kind of arguments (dtype, rank, device, layout, static values), never per size."""

from __future__ import annotations

import threading
import warnings

import pytest
import torch

import jic
from conftest import assert_close
from jic.runtime import guards
from rt_helpers import act, cell, ema, scaled


def test_hits_and_misses_are_counted():
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(4, 7, 33), torch.randn(4, 33)
    assert_close(f(x, h), cell(x, h))
    assert (f.stats.hits, f.stats.misses, f.stats.compiles) == (0, 1, 1)
    assert_close(f(x, h), cell(x, h))
    assert (f.stats.hits, f.stats.misses, f.stats.compiles) == (1, 1, 1)


def test_new_sizes_do_not_recompile():
    f = jic.compile(fullgraph=True)(cell)
    for B, T, H in [(4, 7, 33), (1, 1, 1), (16, 300, 5), (3, 0, 8), (2, 9, 129)]:
        x, h = torch.randn(B, T, H), torch.randn(B, H)
        assert_close(f(x, h), cell(x, h))
    assert f.stats.compiles == 1 and f.stats.misses == 1 and f.stats.hits == 4
    assert len(f.cache) == 1


def test_strided_inputs_share_the_variant_of_contiguous_ones():
    f = jic.compile(fullgraph=True)(act)
    x, y = torch.randn(8, 6), torch.randn(8, 6)
    assert_close(f(x, y), act(x, y))
    xt = torch.randn(6, 8).t()  # same rank and dtype, other strides
    assert_close(f(xt, y), act(xt, y))
    assert f.stats.compiles == 1


def test_dtype_and_rank_make_new_variants():
    f = jic.compile(fullgraph=True)(act)
    for shape, dtype in [((5,), torch.float32), ((5,), torch.float64), ((2, 5), torch.float32), ((3,), torch.float32)]:
        x, y = torch.randn(shape, dtype=dtype), torch.randn(shape, dtype=dtype)
        assert_close(f(x, y), act(x, y))
    assert f.stats.compiles == 3 and f.stats.hits == 1 and f.stats.misses == 3


def test_static_values_make_variants_numbers_do_not():
    f = jic.compile(fullgraph=True)(scaled)
    x, h = torch.randn(4, 9), torch.randn(4, 9)
    for flag in (True, False, True):
        assert_close(f(x, h, flag), scaled(x, h, flag))
    assert f.stats.compiles == 2
    g = jic.compile(fullgraph=True)(ema)
    xs, s = torch.randn(4, 5, 9), torch.randn(4, 9)
    for alpha in (0.1, 0.9, 0.5):
        assert_close(g(xs, s, alpha), ema(xs, s, alpha))
    assert g.stats.compiles == 1


def test_key_holds_device_type_and_index_and_layout():
    k = guards.call_key((torch.randn(3), 1.5, 2, True))
    assert k[0] == ("T", torch.float32, 1, torch.device("cpu"), torch.strided, False)
    assert k[1:] == (("f",), ("i",), ("S", True))
    if torch.cuda.is_available():
        assert guards.call_key((torch.randn(3, device="cuda:0"),))[0][3] == torch.device("cuda", 0)


def test_recompile_limit_warns_once_and_runs_eagerly():
    f = jic.compile(act, cache_limit=2)
    shapes = [(5,), (2, 5), (2, 2, 5), (1, 2, 2, 5)]
    outs = []
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        for shape in shapes + shapes:
            x, y = torch.randn(shape), torch.randn(shape)
            outs.append((f(x, y), act(x, y)))
    msgs = [str(m.message) for m in w if "cache limit" in str(m.message)]
    assert len(msgs) == 2, msgs  # one per new kind past the limit, each once
    assert "act" in msgs[0] and "2 compiled variants" in msgs[0] and "rank 3" in msgs[0]
    for out, ref in outs:
        assert torch.equal(out, ref) or (out - ref).abs().max() < 1e-6
    assert f.stats.compiles == 2 and len(f.cache) == 2
    assert f.stats.eager_calls == 4 and f.stats.hits == 2


def test_recompile_limit_from_config(monkeypatch):
    monkeypatch.setattr(jic.config, "cache_limit", 1)
    f = jic.compile(act)
    f(torch.randn(3), torch.randn(3))
    with pytest.warns(UserWarning, match="cache limit"):
        x, y = torch.randn(2, 3), torch.randn(2, 3)
        assert_close(f(x, y), act(x, y))
    assert f.stats.compiles == 1


def test_recompile_limit_fullgraph_raises():
    f = jic.compile(act, cache_limit=1, fullgraph=True)
    f(torch.randn(3), torch.randn(3))
    with pytest.raises(jic.UnsupportedError, match="cache limit"):
        f(torch.randn(2, 3), torch.randn(2, 3))


def test_threads_compile_a_variant_once():
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(4, 7, 33), torch.randn(4, 33)
    ref = cell(x, h)
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def work() -> None:
        try:
            barrier.wait()
            for _ in range(20):
                assert_close(f(x, h), ref)
        except BaseException as e:  # noqa: BLE001  (reported below)
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert f.stats.compiles == 1 and f.stats.hits + f.stats.misses == 120


def test_keyword_arguments_and_defaults():
    def with_default(x, h, alpha=0.25):
        for t in range(x.size(1)):
            h = alpha * x[:, t] + h
        return h

    f = jic.compile(fullgraph=True)(with_default)
    x, h = torch.randn(3, 4, 5), torch.randn(3, 5)
    assert_close(f(x, h), with_default(x, h))
    assert_close(f(x, h=h, alpha=0.5), with_default(x, h, 0.5))
    assert f.stats.compiles == 1
