"""Recurrences coupled along their units as one block kernel (recurrent-block-kernels), against eager.

A loop whose state (rows, units) is free along the rows and coupled along the units (`h @ W_hh.T`, a
roll, a row reduction) runs as ONE kernel launch for all T steps: a block per few rows, its threads
over the units, the state in shared memory. On the CPU a block's threads run one after another,
phase by phase (serialize-block-threads), so these tests check the same kernels' results exactly.
A state too large for the shared memory allowed steps on the host instead: still correct.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from contextlib import contextmanager

import pytest
import torch
from recurrences import centered_cell, elman, elman_time_major, gru, heat, lstm, softmax_cell

import jic
import jic.runtime.launch
from conftest import assert_close
from jic.passes import pipeline

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))


def _w(*shape, device, scale=0.3):
    return torch.randn(*shape, device=device) * scale


def _with(option: str) -> list[str]:
    """The default pipeline with recurrent-block-kernels given `option`."""
    return [
        f"recurrent-block-kernels{{{option}}}" if p == "recurrent-block-kernels" else p
        for p in pipeline.DEFAULT_PIPELINE
    ]


@contextmanager
def launches():
    """Counts the kernel launches (per kernel) of functions compiled inside the block: each launch step of
    their host programs also counts itself."""
    counts: Counter[str] = Counter()
    emit = jic.runtime.launch.emit_launch

    def counting(em, rec):  # type: ignore[no-untyped-def]
        em.line(f"{em.bind(counts.update, 'count_launch')}(({rec['kernel']!r},))")
        emit(em, rec)

    jic.runtime.launch.emit_launch = counting
    try:
        yield counts
    finally:
        jic.runtime.launch.emit_launch = emit


def _run(fn, args, **options):  # type: ignore[no-untyped-def]
    """(outputs as a tuple, launches per kernel) of `fn` compiled and called once, checked against eager."""
    with launches() as counts:
        out = jic.compile(fullgraph=True, **options)(fn)(*args)
    ref = fn(*args)
    out, ref = (out, ref) if isinstance(out, tuple) else ((out,), (ref,))
    for o, r in zip(out, ref):
        assert_close(o, r)
    return counts


def _elman_args(B, T, I, H, device, dtype=torch.float32):  # type: ignore[no-untyped-def]
    x, h = torch.randn(B, T, I, device=device, dtype=dtype), torch.randn(B, H, device=device, dtype=dtype)
    ws = (_w(H, I, device=device), _w(H, H, device=device), _w(H, device=device))
    return (x, h, *(w.to(dtype) for w in ws))


# sizes: hidden not a multiple of 32 or of the CPU's 64 threads a block (so threads own several units),
# one row, rows not a multiple of the rows a block owns, one step, no step
ODD = [(5, 9, 7, 12), (1, 4, 3, 5), (3, 1, 4, 6), (3, 0, 4, 6), (4, 6, 5, 100), (7, 5, 3, 33), (1, 3, 2, 129)]


@pytest.mark.parametrize("B,T,I,H", ODD, ids=[f"B{b}T{t}I{i}H{h}" for b, t, i, h in ODD])
def test_elman_is_one_launch(device, B, T, I, H):
    counts = _run(elman, _elman_args(B, T, I, H, device))
    assert list(counts.values()) == [1], counts  # one kernel, launched once, for all T steps


@pytest.mark.parametrize("B,T,H", [(4, 7, 9), (1, 3, 70), (5, 1, 33)])
def test_gru_is_one_launch(device, B, T, H):
    I = 5
    x, h = torch.randn(B, T, I, device=device), torch.randn(B, H, device=device)
    ws = [_w(H, I, device=device) for _ in range(3)] + [_w(H, H, device=device) for _ in range(3)]
    bs = [_w(H, device=device) for _ in range(6)]
    counts = _run(gru, (x, h, *ws, *bs))
    assert list(counts.values()) == [1], counts


@pytest.mark.parametrize("B,T,H", [(4, 8, 10), (1, 2, 70), (3, 0, 6), (6, 5, 33)])
def test_lstm_is_one_launch(device, B, T, H):
    I = 6
    x = torch.randn(B, T, I, device=device)
    h, c = torch.randn(B, H, device=device), torch.randn(B, H, device=device)
    ws = [_w(H, I, device=device) for _ in range(4)] + [_w(H, H, device=device) for _ in range(4)]
    bs = [_w(H, device=device) for _ in range(4)]
    counts = _run(lstm, (x, h, c, *ws, *bs))
    assert list(counts.values()) == [1], counts


def test_bench_workloads_are_one_block_kernel():
    """bench/workloads' Elman and LSTM (weights stacked per gate, `h @ w_hh[k]`) take the block kernel."""
    from bench.workloads import elman as elman_workload
    from bench.workloads import lstm as lstm_workload

    for w in (elman_workload.WORKLOAD, lstm_workload.WORKLOAD):
        shape = w.smoke_shapes[0]
        args = w.inputs(shape, torch.device("cpu"), torch.Generator().manual_seed(0))
        report = str(jic.explain(w.fn, *args))
        assert "1 kernel launch per call" in report and "one block kernel runs the whole time loop" in report, report
        counts = _run(w.fn, args)
        assert list(counts.values()) == [1], counts


@pytest.mark.parametrize("rows", [1, 3, 4])
def test_rows_per_block(device, rows):
    """Blocks of 1, 3 or 4 rows over 5 rows: the last block's extra rows compute and store nothing wrong."""
    counts = _run(elman, _elman_args(5, 6, 4, 37, device), pipeline=_with(f"rows-per-block={rows}"))
    assert list(counts.values()) == [1], counts


def test_float64_state(device):
    counts = _run(elman, _elman_args(3, 5, 4, 21, device, dtype=torch.float64))
    assert list(counts.values()) == [1], counts


def test_time_major_input(device):
    B, T, I, H = 4, 6, 5, 7
    x = torch.randn(B, T, I, device=device).transpose(0, 1)  # (T, B, I), a strided view, read in place
    args = (x, torch.randn(B, H, device=device), _w(H, I, device=device), _w(H, H, device=device), _w(H, device=device))
    counts = _run(elman_time_major, args)
    assert list(counts.values()) == [1], counts


@pytest.mark.parametrize("fn", [centered_cell, softmax_cell], ids=["centered", "softmax"])
def test_row_reductions_of_the_state(device, fn):
    """A reduction of the state over its units: each thread reduces its row from shared memory."""
    counts = _run(fn, (torch.randn(4, 9, 19, device=device), torch.randn(4, 19, device=device)))
    assert list(counts.values()) == [1], counts


def test_stencil(device):
    """The periodic stencil reads its neighbours from shared memory, after the barrier."""
    counts = _run(heat, (torch.randn(3, 70, device=device), 0.2, 25))
    assert list(counts.values()) == [1], counts


def test_large_state_steps_on_the_host(device):
    """A state beyond the shared memory allowed (here 256 bytes: 32 units of Elman's state, one row a block,
    two copies) steps on the host, one fused kernel per step; the same compiled function takes the block
    kernel for a small state."""
    options = {"pipeline": _with("max-shared-bytes=256")}
    small = _run(elman, _elman_args(3, 5, 4, 32, device), **options)
    assert list(small.values()) == [1], small
    T = 5
    large = _run(elman, _elman_args(3, T, 4, 33, device), **options)
    assert list(large.values()) == [T], large  # the other kernel: one per step
    assert set(large) != set(small)


def test_states_of_different_shapes_step_on_the_host():
    """States whose shapes differ at run time (h of one row broadcast against c's rows) cannot share the
    kernel's rows; the loop steps on the host, or runs eagerly, never wrongly."""

    def cell(x, h, c):  # type: ignore[no-untyped-def]
        for t in range(x.size(1)):
            c = torch.tanh(c + x[:, t])
            h = torch.tanh(h @ c.T)
        return h, c

    x, h, c = torch.randn(3, 4, 3), torch.randn(3, 3), torch.randn(3, 3)
    out = jic.compile(cell)(x, h, c)
    for o, r in zip(out, cell(x, h, c)):
        assert_close(o, r)


def _ptxas() -> str | None:
    return shutil.which("ptxas") or next((p for p in ["/usr/local/cuda/bin/ptxas"] if os.path.exists(p)), None)


@pytest.mark.parametrize("which,lanes", [("elman", 1), ("lstm", 1), ("heat", 1), ("elman", 4), ("lstm", 8)])
def test_ptxas_assembles_the_block_kernels(tmp_path, which, lanes):
    """The PTX of the block kernels (shared memory, bar.sync; with lanes per unit, their shuffles) assembles
    for sm_90, without spills."""
    ptxas = _ptxas()
    if ptxas is None:
        pytest.skip("ptxas not found (neither on PATH nor /usr/local/cuda/bin/ptxas)")
    H = 16
    args = {
        "elman": (elman, _elman_args(2, 3, 4, H, "cpu")),
        "lstm": (
            lstm,
            (
                torch.randn(2, 3, 4),
                torch.randn(2, H),
                torch.randn(2, H),
                *[torch.randn(H, 4)] * 4,
                *[torch.randn(H, H)] * 4,
                *[torch.randn(H)] * 4,
            ),
        ),  # fmt: skip
        "heat": (heat, (torch.randn(2, H), 0.1, 3)),
    }[which]
    fn, a = args
    ptx = jic.compile(fullgraph=True, pipeline=_with(f"lanes-per-unit={lanes}"))(fn).inspect(*a, stage="ptx")
    assert "bar.sync" in ptx and ".extern .shared" in ptx
    assert ("shfl.sync.bfly" in ptx) == (lanes > 1)
    src = tmp_path / "k.ptx"
    src.write_text(ptx)
    r = subprocess.run(
        [ptxas, "-arch=sm_90", "-v", str(src), "-o", str(tmp_path / "k.cubin")], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    (block,) = [k for k in r.stderr.split("Compiling entry function")[1:] if "used 1 barriers" in k]
    assert "0 bytes spill stores" in block, block
