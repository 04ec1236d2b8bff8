"""Acceptance: recurrences with weights, stencils and per-step reductions against eager (fullgraph=True).

Each function is compiled whole; what stays on the host (a loop whose state is coupled) and what
becomes one kernel (a loop whose state is free) is checked on the IR of the stages.
"""

from __future__ import annotations

import re

import pytest
import torch
from recurrences import (
    batch_reduction_of_state,
    centered_cell,
    elman,
    elman_linear,
    elman_time_major,
    first_row_feedback,
    gru,
    heat,
    heat_2d,
    input_projection,
    lstm,
    row_max_accumulate,
    softmax_cell,
    state_and_row_sums,
    transposed_state,
    w1_time_major,
)

import jic
import jic.passes.pipeline
from conftest import assert_close

TS = [0, 1, 9]
# the default pipeline with no state small enough for a block kernel: coupled loops step on the host
HOST_LOOP = [
    "recurrent-block-kernels{max-shared-bytes=0}" if p == "recurrent-block-kernels" else p
    for p in jic.passes.pipeline.DEFAULT_PIPELINE
]


def _w(*shape, device, scale=0.3):
    return torch.randn(*shape, device=device) * scale


def _sunk(stages: dict[str, str]) -> bool:
    """Did the time loop become a kernel (no scf.for left on the host after sinking)?"""
    host = stages["sink-loops-into-kernels"]
    return "scf.for" in host and "jic.coupled" not in host and not re.search(r"^    %\S+ = scf\.for", host, re.M)


def _host_loop(stages: dict[str, str]) -> bool:
    return bool(re.search(r"^    %\S+ = scf\.for", stages["outline-kernels"], re.M))


# ---------------------------------------------------------------- recurrences with weights
@pytest.mark.parametrize("T", TS)
def test_elman(device, T):
    B, I, H = 5, 7, 12
    x, h = torch.randn(B, T, I, device=device), torch.randn(B, H, device=device)
    args = (x, h, _w(H, I, device=device), _w(H, H, device=device), _w(H, device=device))
    f = jic.compile(fullgraph=True)(elman)
    assert_close(f(*args), elman(*args))


def test_elman_structure():
    """x[:, t] @ W_ih.T leaves the loop as one matmul; the loop, coupled along H, is one block kernel, or,
    for a state too large for it, steps on the host: one product and one fused kernel a step."""
    x, h = torch.randn(3, 4, 5), torch.randn(3, 6)
    f = jic.compile(fullgraph=True)(elman)
    st = f.stages(x, h, torch.randn(6, 5), torch.randn(6, 6), torch.randn(6))
    before_loop = st["hoist-step-matmuls"].split("scf.for")[0]
    assert "jic.matmul %x_" in before_loop or re.search(r"jic\.matmul %x\b", before_loop), before_loop
    assert "coupled dim 1 (jic.matmul" in st["sink-loops-into-kernels"]
    kernel, host = st["outline-kernels"].split("} else {", 1)
    assert kernel.count("= jic.launch") == 1 and "jic.block_rows" in kernel
    loop = host.split("scf.for", 1)[1]
    assert loop.count("= jic.matmul") == 1 and loop.count("= jic.launch") == 1


@pytest.mark.parametrize("T", [0, 6])
def test_elman_linear(device, T):
    B, I, H = 4, 6, 8
    x, h = torch.randn(B, T, I, device=device), torch.randn(B, H, device=device)
    args = (x, h, _w(H, I, device=device), _w(H, device=device), _w(H, H, device=device), _w(H, device=device))
    assert_close(jic.compile(fullgraph=True)(elman_linear)(*args), elman_linear(*args))


def test_elman_matches_nn_rnn(device):
    rnn = torch.nn.RNN(6, 10, batch_first=True).to(device)
    x, h0 = torch.randn(3, 8, 6, device=device), torch.randn(1, 3, 10, device=device)
    # cuDNN rounds its matmuls to TF32 by default; the reference must be full fp32 like eager's own matmul.
    with torch.no_grad(), torch.backends.cudnn.flags(enabled=True, allow_tf32=False):
        ref = rnn(x, h0)[1][0]
        b = rnn.bias_ih_l0 + rnn.bias_hh_l0
        out = jic.compile(fullgraph=True)(elman)(x, h0[0], rnn.weight_ih_l0, rnn.weight_hh_l0, b)
    assert_close(out, ref)


@pytest.mark.parametrize("T", [0, 7])
def test_gru(device, T):
    B, I, H = 4, 5, 9
    x, h = torch.randn(B, T, I, device=device), torch.randn(B, H, device=device)
    ws = [_w(H, I, device=device) for _ in range(3)] + [_w(H, H, device=device) for _ in range(3)]
    bs = [_w(H, device=device) for _ in range(6)]
    f = jic.compile(fullgraph=True)(gru)
    assert_close(f(x, h, *ws, *bs), gru(x, h, *ws, *bs))


def test_gru_matches_nn_gru_cell(device):
    cell = torch.nn.GRUCell(5, 7).to(device)
    x, h = torch.randn(3, 6, 5, device=device), torch.randn(3, 7, device=device)
    with torch.no_grad():
        ref = h
        for t in range(x.size(1)):
            ref = cell(x[:, t], ref)
        w_ir, w_iz, w_in = cell.weight_ih.chunk(3)
        w_hr, w_hz, w_hn = cell.weight_hh.chunk(3)
        b_ir, b_iz, b_in = cell.bias_ih.chunk(3)
        b_hr, b_hz, b_hn = cell.bias_hh.chunk(3)
        out = jic.compile(fullgraph=True)(gru)(
            x, h, w_ir, w_iz, w_in, w_hr, w_hz, w_hn, b_ir, b_iz, b_in, b_hr, b_hz, b_hn
        )
    assert_close(out, ref)


@pytest.mark.parametrize("T", [0, 8])
def test_lstm(device, T):
    B, I, H = 4, 6, 10
    x, h, c = torch.randn(B, T, I, device=device), torch.randn(B, H, device=device), torch.randn(B, H, device=device)
    ws = [_w(H, I, device=device) for _ in range(4)] + [_w(H, H, device=device) for _ in range(4)]
    bs = [_w(H, device=device) for _ in range(4)]
    f = jic.compile(fullgraph=True)(lstm)
    for o, r in zip(f(x, h, c, *ws, *bs), lstm(x, h, c, *ws, *bs)):
        assert_close(o, r)


def test_lstm_matches_nn_lstm(device):
    net = torch.nn.LSTM(5, 8, batch_first=True).to(device)
    x = torch.randn(3, 7, 5, device=device)
    h0, c0 = torch.randn(1, 3, 8, device=device), torch.randn(1, 3, 8, device=device)
    with torch.no_grad(), torch.backends.cudnn.flags(enabled=True, allow_tf32=False):
        _, (h_ref, c_ref) = net(x, (h0, c0))
        wi = net.weight_ih_l0.chunk(4)
        wh = net.weight_hh_l0.chunk(4)
        b = (net.bias_ih_l0 + net.bias_hh_l0).chunk(4)
        h, c = jic.compile(fullgraph=True)(lstm)(x, h0[0], c0[0], *wi, *wh, *b)
    assert_close(h, h_ref[0])
    assert_close(c, c_ref[0])


def test_elman_time_major_input(device):
    """W1-style time-major input: x is (T, B, I), read as x[t]; also as a strided view, read in place."""
    B, T, I, H = 4, 6, 5, 7
    x_bt = torch.randn(B, T, I, device=device)
    args = (_w(H, I, device=device), _w(H, H, device=device), _w(H, device=device))
    h = torch.randn(B, H, device=device)
    f = jic.compile(fullgraph=True)(elman_time_major)
    for x in (x_bt.transpose(0, 1).contiguous(), x_bt.transpose(0, 1)):
        assert_close(f(x, h, *args), elman_time_major(x, h, *args))


# ---------------------------------------------------------------- W1 with time-major input
@pytest.mark.parametrize("T", TS)
def test_w1_time_major(device, T):
    x = torch.randn(4, T, 33, device=device)
    h = torch.randn(4, 33, device=device)
    f = jic.compile(fullgraph=True)(w1_time_major)
    for xt in (x.transpose(0, 1).contiguous(), x.transpose(0, 1)):  # (T, B, H), contiguous or a view
        assert_close(f(xt, h), w1_time_major(xt, h))
    assert f.compile_count == 1


def test_w1_time_major_is_one_kernel():
    f = jic.compile(fullgraph=True)(w1_time_major)
    st = f.stages(torch.randn(5, 3, 4), torch.randn(3, 4))
    assert _sunk(st)
    assert st["outline-kernels"].count("jic.launch") == 1


# ---------------------------------------------------------------- stencils
@pytest.mark.parametrize("steps", [0, 1, 25])
def test_heat_stencil(device, steps):
    u = torch.randn(3, 40, device=device)
    f = jic.compile(fullgraph=True)(heat)
    assert_close(f(u, 0.2, steps), heat(u, 0.2, steps))


def test_heat_stencil_is_never_independent_threads():
    """The roll couples dim 1: the time loop runs in a block kernel (threads over dim 1, a barrier between
    steps) or on the host, one kernel per step; never one thread per element for all steps."""
    f = jic.compile(fullgraph=True)(heat)
    st = f.stages(torch.randn(2, 16), 0.1, 5)
    assert "coupled dim 1 (jic.roll" in st["sink-loops-into-kernels"]
    assert "scf.for" in st["outline-kernels"].partition('"gpu.module"')[0].split("} else {", 1)[1]  # the host's
    kernel_loops = [k for k in st["outline-kernels"].split("gpu.func")[1:] if "scf.for" in k]
    assert len(kernel_loops) == 1, "a time loop was sunk into a kernel"
    assert "jic.block_kernel" in kernel_loops[0] and kernel_loops[0].count("gpu.barrier") == 2


def test_heat_stencil_differs_from_a_per_element_loop():
    """Guard that the test above is meaningful: with enough steps, neighbours matter."""
    u = torch.randn(1, 16)
    out = jic.compile(fullgraph=True)(heat)(u, 0.25, 30)
    independent = u.clone()
    for _ in range(30):  # what wrongly sunk threads would compute: each element sees only itself
        independent = independent + 0.25 * (independent - 2 * independent + independent)
    assert not torch.allclose(out, independent)
    assert_close(out, heat(u, 0.25, 30))


@pytest.mark.parametrize("steps", [0, 12])
def test_heat_2d(device, steps):
    u = torch.randn(9, 11, device=device)
    assert_close(jic.compile(fullgraph=True)(heat_2d)(u, 0.1, steps), heat_2d(u, 0.1, steps))


# ---------------------------------------------------------------- per-step reductions
@pytest.mark.parametrize("T", TS)
def test_row_reduction_of_inputs_stays_one_kernel(device, T):
    x, acc = torch.randn(5, T, 17, device=device), torch.randn(5, device=device)
    f = jic.compile(fullgraph=True)(row_max_accumulate)
    assert_close(f(x, acc), row_max_accumulate(x, acc))


def test_row_reduction_of_inputs_is_sunk():
    st = jic.compile(fullgraph=True)(row_max_accumulate).stages(torch.randn(3, 4, 5), torch.randn(3))
    assert _sunk(st)
    assert st["outline-kernels"].count("jic.launch") == 1


@pytest.mark.parametrize("fn", [centered_cell, softmax_cell], ids=["centered", "softmax"])
@pytest.mark.parametrize("T", TS)
def test_row_reduction_of_state(device, fn, T):
    x, h = torch.randn(4, T, 19, device=device), torch.randn(4, 19, device=device)
    f = jic.compile(fullgraph=True)(fn)
    assert_close(f(x, h), fn(x, h))
    assert "coupled dim 1 (jic.reduce" in f.stages(x, h)["sink-loops-into-kernels"]


@pytest.mark.parametrize("T", [0, 5])
def test_state_and_row_sums(device, T):
    x, h, s = torch.randn(3, T, 8, device=device), torch.randn(3, 8, device=device), torch.randn(3, device=device)
    f = jic.compile(fullgraph=True)(state_and_row_sums)
    for o, r in zip(f(x, h, s), state_and_row_sums(x, h, s)):
        assert_close(o, r)


@pytest.mark.parametrize(
    "fn,coupled",
    [(first_row_feedback, "dim 0"), (batch_reduction_of_state, "dim 0"), (transposed_state, "dim 0")],
    ids=["h[0]", "h.sum(0)", "h.T"],
)
def test_other_couplings_stay_on_the_host(device, fn, coupled):
    x, h = torch.randn(6, 5, 6, device=device), torch.randn(6, 6, device=device)
    f = jic.compile(fullgraph=True)(fn)
    assert_close(f(x, h), fn(x, h))
    assert f"coupled {coupled}" in f.stages(x, h)["sink-loops-into-kernels"]


@pytest.mark.parametrize("T", [0, 6])
def test_input_projection_is_hoisted_and_sunk(device, T):
    x, h, W = torch.randn(3, T, 5, device=device), torch.randn(3, 7, device=device), _w(5, 7, device=device)
    f = jic.compile(fullgraph=True)(input_projection)
    assert_close(f(x, h, W), input_projection(x, h, W))
    st = f.stages(x, h, W)
    assert _sunk(st)
    assert st["outline-kernels"].count("= jic.matmul") == 1 and st["outline-kernels"].count("= jic.launch") == 1


class _CountMatmuls(torch.overrides.TorchFunctionMode):
    def __init__(self) -> None:
        super().__init__()
        self.n = 0

    def __torch_function__(self, func, types, args=(), kwargs=None):  # type: ignore[no-untyped-def]
        if func is torch.matmul:
            self.n += 1
        return func(*args, **(kwargs or {}))


def test_lstm_gates_are_one_matmul_per_step():
    """The four h @ W_h*.T of a step are one product with the weights side by side; the four input
    products left the loop."""
    B, T, I, H = 3, 7, 4, 5
    x, h, c = torch.randn(B, T, I), torch.randn(B, H), torch.randn(B, H)
    ws = [torch.randn(H, I) for _ in range(4)] + [torch.randn(H, H) for _ in range(4)]
    bs = [torch.randn(H) for _ in range(4)]
    f = jic.compile(fullgraph=True, pipeline=HOST_LOOP)(lstm)
    f(x, h, c, *ws, *bs)  # compile outside the counting
    with _CountMatmuls() as count:
        out = f(x, h, c, *ws, *bs)
    assert count.n == 4 + T, count.n
    for o, r in zip(out, lstm(x, h, c, *ws, *bs)):
        assert_close(o, r)


def test_lstm_block_kernel_leaves_only_the_input_products():
    """In the block kernel the state's products are computed in the kernel: only the four input products
    (before the loop) are library calls."""
    B, T, I, H = 3, 7, 4, 5
    x, h, c = torch.randn(B, T, I), torch.randn(B, H), torch.randn(B, H)
    ws = [torch.randn(H, I) for _ in range(4)] + [torch.randn(H, H) for _ in range(4)]
    bs = [torch.randn(H) for _ in range(4)]
    f = jic.compile(fullgraph=True)(lstm)
    f(x, h, c, *ws, *bs)
    with _CountMatmuls() as count:
        out = f(x, h, c, *ws, *bs)
    assert count.n == 4, count.n
    for o, r in zip(out, lstm(x, h, c, *ws, *bs)):
        assert_close(o, r)
