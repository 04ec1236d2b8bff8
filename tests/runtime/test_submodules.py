"""Submodules called inside a compiled forward are inlined: torch's layers, containers, users' own modules.

Every model runs a loop over time steps calling its submodules, compiled whole (fullgraph=True) and
compared with eager on fresh random inputs; parameters change between calls without a recompile.
"""

from __future__ import annotations

import pytest
import torch
from torch import nn

import jic
from conftest import assert_close

B, T, H = 3, 5, 8


def _run(model: nn.Module, *args, rtol: float = 1e-5):
    """The compiled model against eager on these inputs; returns the compiled module."""
    cm = jic.compile(model, fullgraph=True)
    with torch.no_grad():
        out, ref = cm(*args), model(*args)
    if isinstance(ref, tuple):
        assert isinstance(out, tuple) and len(out) == len(ref)
        for o, r in zip(out, ref):
            assert_close(o, r, rtol)
    else:
        assert_close(out, ref, rtol)
    return cm


def _seq(device: str = "cpu"):
    return torch.randn(B, T, H, device=device), torch.randn(B, H, device=device)


class Elman(nn.Module):
    """h = tanh(ih(x_t) + hh(h)): two nn.Linear in a loop, one without bias."""

    def __init__(self, bias: bool = True):
        super().__init__()
        self.ih = nn.Linear(H, H)
        self.hh = nn.Linear(H, H, bias=bias)

    def forward(self, x, h):
        for t in range(x.size(1)):
            h = torch.tanh(self.ih(x[:, t]) + self.hh(h))
        return h


@pytest.mark.parametrize("bias", [True, False])
def test_linear_in_a_loop(bias, device):
    _run(Elman(bias).to(device), *_seq(device))


class Norm(nn.Module):
    def __init__(self, **kw):
        super().__init__()
        self.lin = nn.Linear(H, H)
        self.ln = nn.LayerNorm(H, **kw)

    def forward(self, x, h):
        for t in range(x.size(1)):
            h = self.ln(torch.tanh(self.lin(h) + x[:, t]))
        return h


@pytest.mark.parametrize(
    "kw", [{}, {"elementwise_affine": False}, {"eps": 1e-2}, {"bias": False}], ids=["affine", "plain", "eps", "nobias"]
)
def test_layer_norm_in_a_loop(kw):
    m = Norm(**kw)
    if m.ln.weight is not None:
        with torch.no_grad():  # not the initial ones and zeros
            m.ln.weight.uniform_(0.5, 1.5)
            if m.ln.bias is not None:
                m.ln.bias.normal_()
    _run(m, *_seq())


def test_layer_norm_over_two_dims_and_its_size_check():
    class LN2(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln = nn.LayerNorm((4, H))

        def forward(self, x):
            return self.ln(x)

    m = LN2()
    with torch.no_grad():
        m.ln.weight.normal_()
    _run(m, torch.randn(2, 4, H))
    cm = jic.compile(nn.Sequential(nn.LayerNorm(H, elementwise_affine=False)), fullgraph=True)
    with pytest.raises(jic.ShapeError, match=r"dim 1 of the input must be 8"):
        cm(torch.randn(2, H + 1))  # eager raises too


class Activations(nn.Module):
    def __init__(self, act: nn.Module):
        super().__init__()
        self.lin = nn.Linear(H, H)
        self.act = act

    def forward(self, x, h):
        for t in range(x.size(1)):
            h = self.act(self.lin(h) + x[:, t]) * 0.5
        return h


@pytest.mark.parametrize(
    "act",
    [
        nn.GELU(),
        nn.GELU(approximate="tanh"),
        nn.Tanh(),
        nn.Sigmoid(),
        nn.ReLU(),
        nn.SiLU(),
        nn.Identity(),
        nn.Dropout(0.5).eval(),
    ],
    ids=["gelu", "gelu-tanh", "tanh", "sigmoid", "relu", "silu", "identity", "dropout-eval"],
)
def test_activations_in_a_loop(act):
    _run(Activations(act), *_seq())


class Containers(nn.Module):
    """nn.Sequential called; nn.ModuleList indexed by constants, iterated, measured with len()."""

    def __init__(self):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(H, 2 * H), nn.GELU(), nn.Linear(2 * H, H), nn.Tanh())
        self.layers = nn.ModuleList([nn.Linear(H, H) for _ in range(3)])
        self.acts = nn.ModuleDict({"a": nn.Sigmoid(), "b": nn.SiLU()})

    def forward(self, x, h):
        for t in range(x.size(1)):
            h = self.mlp(h + x[:, t])
            for layer in self.layers:
                h = torch.tanh(layer(h))
            h = self.layers[0](h) * self.acts["a"](self.layers[-1](h)) + len(self.layers)
            for name in self.acts:
                h = self.acts[name](h)
        return h


def test_containers_in_a_loop(device):
    _run(Containers().to(device), *_seq(device))


@pytest.mark.parametrize("nonlinearity", ["tanh", "relu"])
@pytest.mark.parametrize("start", ["h0", "none"])
def test_rnn_cell_in_a_loop(nonlinearity, start):
    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.cell = nn.RNNCell(H, H, nonlinearity=nonlinearity)

        def forward(self, x, h):
            if start == "none":
                h = self.cell(x[:, 0])
            for t in range(x.size(1)):
                h = self.cell(x[:, t], h)
            return h

    _run(Model(), *_seq())


@pytest.mark.parametrize("bias", [True, False])
def test_gru_cell_in_a_loop(bias, device):
    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.cell = nn.GRUCell(H, H, bias=bias)

        def forward(self, x, h):
            h = h + self.cell(x[:, 0])  # hx=None: starts from zeros
            for t in range(x.size(1)):
                h = self.cell(x[:, t], h)
            return h

    _run(Model().to(device), *_seq(device))


def test_lstm_cell_in_a_loop(device):
    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.cell = nn.LSTMCell(H, H)
            self.out = nn.Linear(H, 2)

        def forward(self, x):
            h, c = self.cell(x[:, 0])  # hx=None
            for t in range(1, x.size(1)):
                h, c = self.cell(x[:, t], (h, c))
            return self.out(h), c

    _run(Model().to(device), torch.randn(B, T, H, device=device))


class Gate(nn.Module):
    """A user's module: its forward's bytecode is inlined, with its own parameters (and a submodule)."""

    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(H, H)
        self.scale = nn.Parameter(torch.rand(H) + 0.5)
        self.gain = 0.75

    def forward(self, x, h):
        return torch.sigmoid(self.proj(x)) * h * self.scale * self.gain


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.gates = nn.ModuleList([Gate(), Gate()])
        self.norm = nn.LayerNorm(H)

    def forward(self, x, h):
        for t in range(x.size(1)):
            for gate in self.gates:
                h = gate(x[:, t], h) + h
            h = self.norm(h)
        return h


def test_user_submodules_inlined_recursively():
    cm = _run(Stack(), *_seq())
    (v,) = cm.compiled_forward.cache.values()
    names = [p["name"] for p in v.artifact.params]
    assert "gates.1.proj.weight" in names and "gates.0.scale" in names  # each gate's own parameters, live


def test_optimizer_steps_between_calls_are_seen_without_recompiling():
    torch.manual_seed(0)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.cell = nn.GRUCell(H, H)
            self.ln = nn.LayerNorm(H)
            self.head = nn.Sequential(nn.Linear(H, H), nn.GELU(), nn.Linear(H, 1))

        def forward(self, x, h):
            for t in range(x.size(1)):
                h = self.ln(self.cell(x[:, t], h))
            return self.head(h)

    m = Model()
    cm = jic.compile(m, fullgraph=True)
    opt = torch.optim.Adam(m.parameters(), lr=0.05)
    for _ in range(3):
        x, h = _seq()
        loss = m(x, h).square().mean()  # gradients from eager; the step changes every parameter in place
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            assert_close(cm(x, h), m(x, h))
    assert cm.stats.compiles == 1 and cm.stats.hits == 2


def test_training_is_a_guard_and_dropout_in_training_falls_back():
    m = nn.Sequential(nn.Linear(H, H), nn.Dropout(0.5), nn.Tanh())
    x = torch.randn(B, H)
    with torch.no_grad(), pytest.raises(jic.UnsupportedError, match=r"self\[1\] \(Dropout\) in training mode"):
        jic.compile(m, fullgraph=True)(x)
    cm = jic.compile(m)
    with torch.no_grad():
        torch.manual_seed(1)
        with pytest.warns(UserWarning, match="random numbers"):
            out = cm(x)
        torch.manual_seed(1)
        assert torch.equal(out, m(x))  # eager, with eager's random mask
        m.eval()
        assert_close(cm(x), m(x))
        m.train()
        torch.manual_seed(2)
        out = cm(x)
        torch.manual_seed(2)
        assert torch.equal(out, m(x))
    assert cm.stats.compiles == 1 and cm.stats.eager_calls == 2


class CallsConv(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(H, H)
        self.conv = nn.Conv1d(B, B, 1)

    def forward(self, x):
        y = self.lin(x)
        return self.conv(y)  # the line the diagnostic names


def test_unsupported_submodule_names_its_type_and_line():
    m = CallsConv()
    x = torch.randn(B, H)
    line = CallsConv.forward.__code__.co_firstlineno + 2
    with torch.no_grad():
        with pytest.raises(jic.UnsupportedError, match=rf"test_submodules.py:{line}: .*self.conv \(Conv1d\)"):
            jic.compile(m, fullgraph=True)(x)
        cm = jic.compile(m)
        with pytest.warns(UserWarning, match=r"Conv1d"):
            out = cm(x)
        assert torch.equal(out, m(x))
        assert "Conv1d" in str(jic.explain(m, x))


def test_hooks_are_refused_and_guarded():
    m = Elman()
    cm = jic.compile(m)
    x, h = _seq()
    with torch.no_grad():
        assert_close(cm(x, h), m(x, h))
        seen = []
        handle = m.ih.register_forward_hook(lambda mod, inp, out: seen.append(out.shape))
        with pytest.warns(UserWarning, match="hooks"):
            out = cm(x, h)  # a new variant (the hook is part of the key): refused, eager runs the hook
        assert len(seen) == T
        handle.remove()
        assert torch.equal(out, m(x, h))
        assert_close(cm(x, h), m(x, h))  # without the hook: the first variant again
    assert cm.stats.compiles == 1 and cm.stats.misses == 2 and cm.stats.hits == 1


class Decorated(nn.Module):
    def __init__(self):
        super().__init__()
        self.ih = nn.Linear(H, H)
        self.ln = nn.LayerNorm(H)

    @jic.compile(fullgraph=True)
    def forward(self, x, h):
        for t in range(x.size(1)):
            h = self.ln(torch.tanh(self.ih(x[:, t]) + h))
        return h


def test_decorator_on_a_forward_that_calls_submodules():
    m = Decorated()
    x, h = _seq()
    with torch.no_grad():
        ref = Decorated.forward.fn(m, x, h)
        assert_close(m(x, h), ref)
        m.ih.weight.mul_(0.5)
        assert_close(m(x, h), Decorated.forward.fn(m, x, h))
    assert m.forward.stats.compiles == 1 and m.forward.stats.hits == 1


class Outer(nn.Module):
    def __init__(self, cell: nn.Module):
        super().__init__()
        self.embed = nn.Linear(H, H)
        self.cell = cell
        self.head = nn.Linear(H, 1)

    def forward(self, x, h):
        return self.head(self.cell(self.embed(x), h))


def test_compiled_module_inside_an_eager_model():
    model = Outer(Elman())
    model.cell = jic.compile(model.cell, fullgraph=True)  # eager around, compiled inside
    x, h = _seq()
    with torch.no_grad():
        out = model(x, h)
        ref = model.head(model.cell._orig_mod(model.embed(x), h))
        assert_close(out, ref)
    assert model.cell.stats.compiles == 1


def test_compiled_module_inside_a_compiled_model():
    inner = Elman()
    model = Outer(jic.compile(inner))
    x, h = _seq()
    with torch.no_grad():
        ref = model.head(inner(model.embed(x), h))
    cm = jic.compile(model, fullgraph=True)  # the whole model compiled: the compiled cell is inlined too
    with torch.no_grad():
        assert_close(cm(x, h), ref)
    assert cm.stats.compiles == 1 and model.cell.stats.compiles == 0
