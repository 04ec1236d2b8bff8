"""Calls of submodules inside a compiled `forward`: inlined where they are called.

`self.lin(x)` does not call anything at run time: the submodule's computation
is emitted in place (inside a loop body too), with the submodule's parameters
read from the same live arguments as the rest of forward (module_value.py).

- torch's layers run C++ kernels jic cannot read, so each is written here as the
  ops it computes (`LAYERS`, one function per layer, the formula in its docstring);
- a user's module has its own `forward` bytecode inlined, `self` bound to it;
- containers: `nn.Sequential` calls its layers in order; `nn.ModuleList` /
  `nn.Sequential` / `nn.ModuleDict` can be indexed by a constant and iterated
  (module_value.py).

Anything else - a torch layer not in `LAYERS`, a module with hooks, `nn.Dropout`
in training mode (random numbers) - is refused with the layer's type and the line.
"""

from __future__ import annotations

from collections.abc import Callable
from types import FunctionType
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F
from torch import nn

from jic.frontend import calls, emit, inline
from jic.frontend.values import Const, Tensor, Tuple, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter
    from jic.frontend.module_value import ModuleValue

MISSING = object()  # a required argument of a layer's call
Layer = Callable[["Interpreter", "ModuleValue", dict[str, Value]], Value]


def _op(interp: Interpreter, f: object, *args: Value | object, **kwargs: Value | object) -> Value:
    """`f(*args, **kwargs)` through the op table, as if the user had written it (at the call's line)."""
    wrap = lambda v: v if isinstance(v, Value) else Const(v)  # noqa: E731
    return calls.call(interp, Const(f), [wrap(a) for a in args], {k: wrap(v) for k, v in kwargs.items()})


def _add(interp: Interpreter, a: Value, b: Value) -> Value:
    return emit.binary(interp, "+", a, b)


def _mul(interp: Interpreter, a: Value, b: Value) -> Value:
    return emit.binary(interp, "*", a, b)


def _attr(interp: Interpreter, m: ModuleValue, name: str) -> Value:
    return m.get_attr(interp, name)


def _plain(m: ModuleValue, name: str) -> object:
    return getattr(m.module, name)


# ------------------------------------------------------------------ torch layers
def _linear(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """y = x @ weight.T + bias (bias=None: no bias)"""
    return _op(interp, F.linear, a["input"], _attr(interp, m, "weight"), _attr(interp, m, "bias"))


def _layer_norm(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """y = (x - mean(x)) / sqrt(var(x, unbiased=False) + eps) * weight + bias over the normalized dims"""
    x = a["input"]
    shape = tuple(_plain(m, "normalized_shape"))
    if not isinstance(x, Tensor):
        raise interp.unsupported(f"nn.LayerNorm of {x.describe()}", "expected a tensor")
    if x.rank < len(shape):
        raise interp.unsupported(
            f"nn.LayerNorm{shape} of a {x.rank}-d tensor", f"the input needs at least {len(shape)} dims"
        )
    dims = tuple(range(-len(shape), 0))
    _check_trailing_sizes(interp, x, shape)
    mean = _op(interp, torch.mean, x, dims, keepdim=True)
    centered = emit.binary(interp, "-", x, mean)
    var = _op(interp, torch.mean, _mul(interp, centered, centered), dims, keepdim=True)
    y = _mul(interp, centered, _op(interp, torch.rsqrt, _add(interp, var, Const(_plain(m, "eps")))))
    weight, bias = _attr(interp, m, "weight"), _attr(interp, m, "bias")
    if isinstance(weight, Tensor):
        y = _mul(interp, y, weight)
    if isinstance(bias, Tensor):
        y = _add(interp, y, bias)
    return y


def _check_trailing_sizes(interp: Interpreter, x: Tensor, shape: tuple[int, ...]) -> None:
    """The sizes LayerNorm normalizes over must be its `normalized_shape`, as eager checks (a run-time check:
    sizes are not part of a variant)."""
    from xdsl.dialects import cf

    from jic.frontend.values import Scalar

    for i, n in enumerate(shape):
        d = x.rank - len(shape) + i
        ok = emit.compare(interp, "==", emit.dim(interp, x, Const(d)), Const(n))
        if isinstance(ok, Scalar):
            interp.emit(cf.AssertOp(ok.ssa, f"nn.LayerNorm{shape}: dim {d} of the input must be {n}"))
        elif not (isinstance(ok, Const) and ok.value):
            raise interp.unsupported(f"nn.LayerNorm{shape} here", f"dim {d} of the input is not {n}")


def _gelu(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """0.5 x (1 + erf(x / sqrt 2)), or with approximate='tanh' 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))"""
    return _op(interp, F.gelu, a["input"], approximate=_plain(m, "approximate"))


def _pointwise(f: object) -> Layer:
    def layer(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
        return _op(interp, f, a["input"])

    layer.__doc__ = f"y = {getattr(f, '__name__', f)}(x)"
    return layer


def _identity(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """y = x"""
    return a["input"]


def _dropout(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """y = x in eval mode (or p = 0); in training mode it draws random numbers, which compiled code does not"""
    if m.module.training and _plain(m, "p") > 0:
        raise interp.unsupported(
            f"{m.describe()} in training mode",
            "dropout draws random numbers, which compiled code does not; call .eval() to compile it",
        )
    return a["input"]


def _sequential(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """y = layer_n(... layer_1(x))"""
    x = a["input"]
    for child in m.children():
        x = call(interp, child, [x], {})
    return x


def _hidden(interp: Interpreter, m: ModuleValue, hx: Value, like: Value, what: str) -> Value:
    """The state a cell starts from: `hx`, or zeros shaped like one gate when it is None."""
    if isinstance(hx, Const) and hx.value is None:
        return _op(interp, torch.zeros_like, like)
    if not isinstance(hx, Tensor):
        raise interp.unsupported(f"{m.describe()} with {what} {hx.describe()}", "expected a tensor or None")
    return hx


def _gate_weights(interp: Interpreter, m: ModuleValue, name: str, n: int) -> tuple[Value, ...]:
    """`weight_ih` (or a bias) split into its n gates' rows - once, at the function's entry: the split
    depends only on the parameter, so a cell called in a loop reuses it (and every gate's size is a size
    the host knows before the loop)."""
    t = _attr(interp, m, name)
    if not isinstance(t, Tensor):
        return (t,) * n  # bias=False: None for every gate
    memo = interp.__dict__.setdefault("_memo_gate_weights", {})
    key = (m.prefix + name, n)
    if key not in memo:
        memo[key] = _at_entry(interp, lambda: _chunks(interp, t, n, 0))
    return memo[key]


def _at_entry(interp: Interpreter, build: Callable[[], tuple[Value, ...]]) -> tuple[Value, ...]:
    """Run `build` with its ops placed at the start of the function (it may use only the function's
    arguments), wherever the interpreter is now."""
    from xdsl.ir import Block

    here, scratch = interp.block, Block()
    interp.block = scratch
    try:
        out = build()
    finally:
        interp.block = here
    entry = interp.entry
    first = entry.first_op
    for op in list(scratch.ops):
        op.detach()
        if first is None:
            entry.add_op(op)
        else:
            entry.insert_op_before(op, first)
    return out


def _gate_products(interp: Interpreter, m: ModuleValue, x: Value, which: str, n: int) -> list[Value]:
    """x @ W_{which}.T + b_{which} for each of the n gates (which = "ih" or "hh")."""
    ws = _gate_weights(interp, m, f"weight_{which}", n)
    bs = _gate_weights(interp, m, f"bias_{which}", n)
    return [_op(interp, F.linear, x, w, b) for w, b in zip(ws, bs)]


def _rnn_cell(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """h' = act(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh), act = tanh or relu"""
    act = {"tanh": torch.tanh, "relu": torch.relu}.get(_plain(m, "nonlinearity"))
    if act is None:
        raise interp.unsupported(f"{m.describe()} with nonlinearity={_plain(m, 'nonlinearity')!r}")
    (gi,) = _gate_products(interp, m, a["input"], "ih", 1)
    h = _hidden(interp, m, a["hx"], gi, "hx")
    (gh,) = _gate_products(interp, m, h, "hh", 1)
    return _op(interp, act, _add(interp, gi, gh))


def _gru_cell(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """r = sig(i_r + h_r), z = sig(i_z + h_z), n = tanh(i_n + r * h_n), h' = (1 - z) * n + z * h,
    where i_g = x @ W_ig.T + b_ig and h_g = h @ W_hg.T + b_hg (W_ih = [W_ir; W_iz; W_in], the same for hh)"""
    i_r, i_z, i_n = _gate_products(interp, m, a["input"], "ih", 3)
    h = _hidden(interp, m, a["hx"], i_r, "hx")
    h_r, h_z, h_n = _gate_products(interp, m, h, "hh", 3)
    sig = lambda v: _op(interp, torch.sigmoid, v)  # noqa: E731
    r = sig(_add(interp, i_r, h_r))
    z = sig(_add(interp, i_z, h_z))
    n = _op(interp, torch.tanh, _add(interp, i_n, _mul(interp, r, h_n)))
    return _add(interp, _mul(interp, emit.binary(interp, "-", Const(1.0), z), n), _mul(interp, z, h))


def _lstm_cell(interp: Interpreter, m: ModuleValue, a: dict[str, Value]) -> Value:
    """g_k = x @ W_ik.T + b_ik + h @ W_hk.T + b_hk for the gates k = i, f, g, o;
    c' = sig(f) * c + sig(i) * tanh(g); h' = sig(o) * tanh(c'); returns (h', c')"""
    xs = _gate_products(interp, m, a["input"], "ih", 4)
    hx = a["hx"]
    if isinstance(hx, Const) and hx.value is None:
        h = c = _op(interp, torch.zeros_like, xs[0])
    elif isinstance(hx, Tuple) and len(hx.items) == 2 and all(isinstance(v, Tensor) for v in hx.items):
        h, c = hx.items
    else:
        raise interp.unsupported(f"{m.describe()} with hx {hx.describe()}", "expected a tuple (h, c) or None")
    hs = _gate_products(interp, m, h, "hh", 4)
    i, f, g, o = (_add(interp, u, v) for u, v in zip(xs, hs))
    sig, tanh = (lambda v: _op(interp, torch.sigmoid, v)), (lambda v: _op(interp, torch.tanh, v))
    c2 = _add(interp, _mul(interp, sig(f), c), _mul(interp, sig(i), tanh(g)))
    h2 = _mul(interp, sig(o), tanh(c2))
    return Tuple((h2, c2))


def _chunks(interp: Interpreter, x: Value, n: int, dim: int) -> tuple[Value, ...]:
    if n == 1:
        return (x,)
    out = _op(interp, torch.chunk, x, n, dim)
    assert isinstance(out, Tuple)
    return out.items


# the layers torch implements in C++, by the class that defines their `forward`; each with its call signature
LAYERS: dict[type, tuple[Layer, tuple[tuple[str, object], ...]]] = {}
_INPUT = (("input", MISSING),)
_CELL = (("input", MISSING), ("hx", None))
for _cls, _fn, _sig in [
    (nn.Linear, _linear, _INPUT),
    (nn.LayerNorm, _layer_norm, _INPUT),
    (nn.GELU, _gelu, _INPUT),
    (nn.Tanh, _pointwise(torch.tanh), _INPUT),
    (nn.Sigmoid, _pointwise(torch.sigmoid), _INPUT),
    (nn.ReLU, _pointwise(F.relu), _INPUT),
    (nn.SiLU, _pointwise(F.silu), _INPUT),
    (nn.Identity, _identity, _INPUT),
    (nn.Dropout, _dropout, _INPUT),
    (nn.Sequential, _sequential, _INPUT),
    (nn.RNNCell, _rnn_cell, _CELL),
    (nn.GRUCell, _gru_cell, _CELL),
    (nn.LSTMCell, _lstm_cell, _CELL),
]:
    LAYERS[_cls] = (_fn, _sig)


# ------------------------------------------------------------------ dispatch
def call(interp: Interpreter, m: ModuleValue, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """`m(*args, **kwargs)` inside a compiled forward, inlined."""
    from jic.module import CompiledModule

    mod = m.module
    if isinstance(mod, CompiledModule):  # a compiled module inside the model: inline what it compiles
        inner = m.get_attr(interp, "_orig_mod")
        return call(interp, inner, args, kwargs)  # type: ignore[arg-type]
    _refuse_hooks(interp, m)
    owner = next(c for c in type(mod).__mro__ if "forward" in c.__dict__)
    if owner in LAYERS:
        layer, sig = LAYERS[owner]
        return layer(interp, m, _bind(interp, m, sig, args, kwargs))
    forward = owner.__dict__["forward"]
    forward = getattr(forward, "fn", forward)  # `@jic.compile` on the submodule's forward
    if not isinstance(forward, FunctionType) or not inline.is_user_function(forward):
        raise interp.unsupported(
            f"a call to {m.describe()}",
            f"torch's {owner.__name__} is not one of the layers jic inlines "
            f"({', '.join(sorted(c.__name__ for c in LAYERS))}) nor a module with its own Python forward",
        )
    return inline.call(interp, Const(forward), [m, *args], kwargs)


def _refuse_hooks(interp: Interpreter, m: ModuleValue) -> None:
    from torch.nn.modules import module as nn_module

    mod = m.module
    if type(mod).__call__ is not nn.Module.__call__:
        raise interp.unsupported(f"a call to {m.describe()}", "its class overrides __call__")
    hooks = [
        mod._forward_hooks,
        mod._forward_pre_hooks,
        mod._backward_hooks,
        getattr(mod, "_backward_pre_hooks", {}),
        nn_module._global_forward_hooks,
        nn_module._global_forward_pre_hooks,
        nn_module._global_backward_hooks,
    ]
    if any(hooks):
        raise interp.unsupported(f"a call to {m.describe()}", "it has hooks, which compiled code would not run")


def _bind(
    interp: Interpreter,
    m: ModuleValue,
    sig: tuple[tuple[str, object], ...],
    args: list[Value],
    kwargs: dict[str, Value],
) -> dict[str, Value]:
    what = f"a call to {m.describe()}"
    if len(args) > len(sig):
        raise interp.unsupported(what, f"it takes at most {len(sig)} arguments, got {len(args)}")
    bound = dict(zip((n for n, _ in sig), args))
    for k, v in kwargs.items():
        if k not in dict(sig) or k in bound:
            raise interp.unsupported(what, f"unexpected or repeated keyword argument '{k}'")
        bound[k] = v
    for name, default in sig:
        if name not in bound:
            if default is MISSING:
                raise interp.unsupported(what, f"missing argument '{name}'")
            bound[name] = Const(default)
    return bound


__all__ = ["LAYERS", "call"]
