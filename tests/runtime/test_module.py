"""nn.Module: a compiled forward reads parameters and buffers live; training and plain attributes are guards."""

from __future__ import annotations

import copy

import pytest
import torch

import jic
from conftest import assert_close


class Cell(torch.nn.Module):
    def __init__(self, H: int):
        super().__init__()
        self.bias = torch.nn.Parameter(torch.randn(H))
        self.register_buffer("scale", torch.rand(H) + 0.5)
        self.gain = 0.5

    def forward(self, x, h):
        for t in range(x.size(1)):
            h = torch.tanh(x[:, t] * self.scale + h + self.bias) * self.gain
        return h


class Dropoutish(torch.nn.Module):
    """Uses self.training: train and eval are different variants."""

    def forward(self, x):
        if self.training:
            return x * 2.0
        return x + 1.0


class Outer(torch.nn.Module):
    def __init__(self, H: int):
        super().__init__()
        self.inner = Cell(H)
        self.w = torch.nn.Parameter(torch.randn(H))

    def forward(self, x, h):
        for t in range(x.size(1)):
            h = torch.tanh(x[:, t] * self.inner.scale + h * self.w + self.inner.bias)
        return h


class Model(torch.nn.Module):
    def __init__(self, H: int):
        super().__init__()
        self.pre = torch.nn.Identity()
        self.cell = Cell(H)

    def forward(self, x, h):
        return self.cell(self.pre(x), h)


class Decorated(torch.nn.Module):
    def __init__(self, H: int):
        super().__init__()
        self.bias = torch.nn.Parameter(torch.randn(H))

    @jic.compile(fullgraph=True)
    def forward(self, x):
        return torch.sigmoid(x + self.bias)


class CallsLinear(torch.nn.Module):
    def __init__(self, H: int):
        super().__init__()
        self.lin = torch.nn.Linear(H, H)

    def forward(self, x):
        return torch.tanh(self.lin(x))


def _inputs(H=8):
    return torch.randn(3, 5, H), torch.randn(3, H)


@torch.no_grad()
def test_compiled_module_matches_eager():
    m = Cell(8)
    cm = jic.compile(m, fullgraph=True)
    assert isinstance(cm, torch.nn.Module)
    x, h = _inputs()
    assert_close(cm(x, h), m(x, h))


def test_optimizer_steps_need_no_recompile():
    m = Cell(8)
    cm = jic.compile(m, fullgraph=True)
    opt = torch.optim.SGD(m.parameters(), lr=0.5)
    x, h = _inputs()
    for _ in range(3):
        loss = m(x, h).square().sum()  # the gradient comes from eager; the step changes m.bias in place
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            assert_close(cm(x, h), m(x, h))
    with torch.no_grad():
        m.scale.mul_(3.0)  # a buffer changed in place
        assert_close(cm(x, h), m(x, h))
        m.bias = torch.nn.Parameter(torch.randn(8))  # a parameter replaced by a new one
        assert_close(cm(x, h), m(x, h))
        m.load_state_dict(Cell(8).state_dict())
        assert_close(cm(x, h), m(x, h))
    assert cm.stats.compiles == 1 and cm.stats.hits == 5


@torch.no_grad()
def test_plain_attributes_and_training_are_guards():
    m = Cell(8)
    cm = jic.compile(m, fullgraph=True)
    x, h = _inputs()
    cm(x, h)
    m.gain = 0.25
    assert_close(cm(x, h), m(x, h))
    assert cm.stats.compiles == 2
    d = jic.compile(Dropoutish(), fullgraph=True)
    x = torch.randn(4, 3)
    assert_close(d(x), x * 2.0)
    d.eval()
    assert_close(d(x), x + 1.0)
    d.train()
    assert_close(d(x), x * 2.0)
    assert d.stats.compiles == 2 and d.stats.hits == 1


@torch.no_grad()
def test_submodule_tensors_by_path():
    m = Outer(8)
    cm = jic.compile(m, fullgraph=True)
    x, h = _inputs()
    assert_close(cm(x, h), m(x, h))
    m.inner.bias.add_(1.0)
    assert_close(cm(x, h), m(x, h))
    (v,) = cm.compiled_forward.cache.values()
    assert [p["name"] for p in v.artifact.params] == ["w", "inner.bias", "inner.scale", "x", "h"]


@torch.no_grad()
def test_decorator_on_forward_and_module_inside_a_model():
    m = Decorated(6)
    x = torch.randn(2, 6)
    assert_close(m(x), torch.sigmoid(x + m.bias))
    m.bias.add_(0.5)
    assert_close(m(x), torch.sigmoid(x + m.bias))
    assert m.forward.stats.compiles == 1 and m.forward.stats.hits == 1
    other = Decorated(6)  # another instance: its own tensors
    assert_close(other(x), torch.sigmoid(x + other.bias))

    model = Model(8)
    model.cell = jic.compile(model.cell, fullgraph=True)  # a compiled module inside an eager model
    xs, h = _inputs()
    assert_close(model(xs, h), model.cell._orig_mod(xs, h))
    assert model.cell.stats.compiles == 1


def test_compiled_module_keeps_parameters_and_state_dict():
    m = Cell(8)
    cm = jic.compile(m)
    assert [n for n, _ in cm.named_parameters()] == ["_orig_mod.bias"]
    assert cm.gain == 0.5 and cm.bias is m.bias
    cm.eval()
    assert not m.training
    assert set(copy.deepcopy(m).state_dict()) == {"bias", "scale"}


@torch.no_grad()
def test_calling_a_submodule_inlines_it():
    m = CallsLinear(4)
    x = torch.randn(2, 4)
    cm = jic.compile(m, fullgraph=True)
    assert_close(cm(x), m(x))  # tests/runtime/test_submodules.py has every layer kind and the refusals


def test_parameters_that_require_grad_fall_back_with_grad_enabled():
    m = Cell(8)
    cm = jic.compile(m)
    x, h = _inputs()
    with pytest.warns(UserWarning, match="argument 'bias' that requires grad"):
        out = cm(x, h)
    assert torch.equal(out, m(x, h))
