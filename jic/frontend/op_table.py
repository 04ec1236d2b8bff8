"""The op table: every torch function and Tensor method jic compiles, one row each.

A row names the callables (`torch.clamp`, `torch.clip`), the Tensor methods
(`clamp`, `clip`), the Python signature the call is bound against (so keyword
arguments and defaults work as in eager), the dtypes it is tested on, and how
it is built: most rows are one pointwise function of jic/ir/pointwise.py.
Anything not here is refused with its name and line (calls.py), so the
function runs eagerly. `jic.supported_ops()` lists this table.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch
import torch.nn.functional as F

from jic.frontend import creation, emit
from jic.frontend.values import Attr, Const, Shape, Tensor, Tuple, Value
from jic.ir import dtypes

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

Build = Callable[["Interpreter", dict[str, Value], str], Value]

ALL = "all"
FLOATS = "float"
INTEGRAL = "integral"  # ints and bool
INTS = "int"
NUMBERS = "no bool"
DTYPE_SETS: dict[str, tuple[torch.dtype, ...]] = {
    ALL: dtypes.ALL_DTYPES,
    FLOATS: dtypes.FLOAT_DTYPES,
    INTEGRAL: (*dtypes.INT_DTYPES, torch.bool),
    INTS: dtypes.INT_DTYPES,
    NUMBERS: (*dtypes.FLOAT_DTYPES, *dtypes.INT_DTYPES),
}


@dataclass(frozen=True)
class Op:
    name: str
    build: Build
    signature: str = "input"
    funcs: tuple[Any, ...] = ()
    methods: tuple[str, ...] = ()
    dtypes: str = ALL
    section: str = ""  # the heading it is listed under in docs/ops.md
    sig: inspect.Signature = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sig", inspect.signature(eval(f"lambda {self.signature}: None")))  # noqa: S307

    def bind(self, interp: Interpreter, what: str, args: list[Value], kwargs: dict[str, Value]) -> dict[str, Value]:
        try:
            bound = self.sig.bind(*args, **kwargs)
        except TypeError as e:
            raise interp.unsupported(
                f"this call of {what}", f"{e} (signature: {self.name}({self.signature}))"
            ) from None
        bound.apply_defaults()
        return {k: v if isinstance(v, Value) else Const(v) for k, v in bound.arguments.items()}


# ------------------------------------------------------------------ builders
def _value(v: Value) -> Any:
    return v.value if isinstance(v, Const) else v


def _const(interp: Interpreter, a: dict[str, Value], name: str, what: str) -> Any:
    v = a[name]
    if not isinstance(v, Const):
        raise interp.unsupported(f"{what} with a run-time `{name}`", f"`{name}` must be a compile-time constant")
    return v.value


def _no_inplace(interp: Interpreter, a: dict[str, Value], what: str) -> None:
    if "inplace" in a and _const(interp, a, "inplace", what):
        raise interp.unsupported(f"{what} with inplace=True", "it would modify its input in place")


def pw(fn: str, *names: str) -> Build:
    """The pointwise function `fn` on the named arguments, in order."""

    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        _no_inplace(interp, a, what)
        return emit.pointwise(interp, fn, [a[n] for n in names], what)

    return build


def _unsigned_zero_on_cuda(build: Build) -> Build:
    """Eager's CUDA kernels of relu, relu6 and hardsigmoid give +0.0 where its CPU kernels give
    -0.0 (for an input -0.0): on CUDA the result gets `+ 0.0`, which changes only the sign of a zero."""

    def wrapped(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        out = build(interp, a, what)
        dev = interp.device
        if isinstance(out, Tensor) and dtypes.is_float(out.type) and getattr(dev, "type", None) == "cuda":
            out = emit.pointwise(interp, "add", [out, Const(0.0)], what)
        return out

    return wrapped


def _num(v: float) -> Const:
    return Const(float(v))


def _add_sub(fn: str) -> Build:
    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        other = a["other"]
        alpha = a["alpha"]
        if not (isinstance(alpha, Const) and alpha.value == 1):
            other = emit.pointwise(interp, "mul", [other, alpha], what)
        return emit.pointwise(interp, fn, [a["input"], other], what)

    return build


def _div(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    mode = _const(interp, a, "rounding_mode", what)
    x, y = a["input"], a["other"]
    if mode is None:
        return emit.pointwise(interp, "div", [x, y], what)
    if mode == "floor":
        return emit.pointwise(interp, "floor_divide", [x, y], what)
    if mode == "trunc" and all(not isinstance(v, Tensor) or dtypes.is_float(v.type) for v in (x, y)):
        return emit.pointwise(interp, "trunc", [emit.pointwise(interp, "div", [x, y], what)], what)
    raise interp.unsupported(f"{what} with rounding_mode={mode!r}", "only None and 'floor' (and 'trunc' on floats)")


def _pow(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    return emit.power(interp, a["input"], a["exponent"], what)


def _clamp(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x, lo, hi = a["input"], a["min"], a["max"]
    has_lo = not (isinstance(lo, Const) and lo.value is None)
    has_hi = not (isinstance(hi, Const) and hi.value is None)
    if has_lo and has_hi:
        return emit.pointwise(interp, "clamp", [x, lo, hi], what)
    if has_lo:
        return emit.pointwise(interp, "clamp_min", [x, lo], what)
    if has_hi:
        return emit.pointwise(interp, "clamp_max", [x, hi], what)
    raise interp.unsupported(f"{what} without bounds", "at least one of min and max must be given")


def _clamp_one(fn: str, bound: str) -> Build:
    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        return emit.pointwise(interp, fn, [a["input"], a[bound]], what)

    return build


def _same_dtypes(interp: Interpreter, what: str, *vals: Value) -> None:
    ts = {str(v.type.element_type) for v in vals if isinstance(v, Tensor)}
    if len(ts) > 1:
        raise interp.unsupported(f"{what} on tensors of dtypes {sorted(ts)}", "it takes tensors of one dtype")


def _lerp(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    _same_dtypes(interp, what, a["input"], a["end"], a["weight"])
    return emit.pointwise(interp, "lerp", [a["input"], a["end"], a["weight"]], what)


def _addc(fn: str) -> Build:
    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        x, t1, t2, value = a["input"], a["tensor1"], a["tensor2"], a["value"]
        _same_dtypes(interp, what, x, t1, t2)
        if isinstance(x, Tensor) and not dtypes.is_float(x.type) and isinstance(value, Const):
            if isinstance(value.value, float):
                raise interp.unsupported(f"{what} of integer tensors with value={value.value}", "value must be an int")
        return emit.pointwise(interp, fn, [x, t1, t2, value], what)

    return build


def _where(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    return emit.pointwise(interp, "where", [a["condition"], a["input"], a["other"]], what)


def _nan_to_num(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = a["input"]
    if not isinstance(x, Tensor):
        raise interp.unsupported(f"{what} on {x.describe()}", "expected a tensor")
    dt = dtypes.torch_dtype(x.type)
    fi = torch.finfo(dt) if dt.is_floating_point else None
    vals = []
    for name, default in (("nan", 0.0), ("posinf", fi.max if fi else 0), ("neginf", fi.min if fi else 0)):
        v = a[name]
        vals.append(_num(default) if isinstance(v, Const) and v.value is None else v)
    return emit.pointwise(interp, "nan_to_num", [x, *vals], what)


def _round(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    if _const(interp, a, "decimals", what) != 0:
        raise interp.unsupported(f"{what} with decimals", "only decimals=0")
    return emit.pointwise(interp, "round", [a["input"]], what)


def _square(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = a["input"]  # pow(x, 2): bools become int64 first
    if isinstance(x, Tensor) and dtypes.is_bool(x.type):
        x = emit.cast(interp, x, torch.int64, what)
    return emit.pointwise(interp, "square", [x], what)


def _gelu(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    approx = _const(interp, a, "approximate", what)
    if approx not in ("none", "tanh"):
        raise interp.unsupported(f"{what} with approximate={approx!r}", "expected 'none' or 'tanh'")
    return emit.pointwise(interp, "gelu" if approx == "none" else "gelu_tanh", [a["input"]], what)


def _hardtanh(lo: float | None, hi: float | None) -> Build:
    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        _no_inplace(interp, a, what)
        low = _num(lo) if lo is not None else a["min_val"]
        high = _num(hi) if hi is not None else a["max_val"]
        return emit.pointwise(interp, "hardtanh", [a["input"], low, high], what)

    return build


def _elu(kind: str) -> Build:
    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        _no_inplace(interp, a, what)
        x = a["input"]
        if kind == "selu":
            alpha, scale = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
            return emit.pointwise(interp, "elu", [x, _num(alpha * scale), _num(scale), _num(1.0)], what)
        alpha = _const(interp, a, "alpha", what)
        input_scale = 1.0 / alpha if kind == "celu" else 1.0
        return emit.pointwise(interp, "elu", [x, _num(alpha), _num(1.0), _num(input_scale)], what)

    return build


def _softsign(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = a["input"]  # F.softsign: input / (input.abs() + 1)
    return emit.pointwise(
        interp,
        "div",
        [x, emit.pointwise(interp, "add", [emit.pointwise(interp, "abs", [x], what), Const(1)], what)],
        what,
    )


def _tanhshrink(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = a["input"]  # F.tanhshrink: input - input.tanh()
    return emit.pointwise(interp, "sub", [x, emit.pointwise(interp, "tanh", [x], what)], what)


def _cast_to(dtype: torch.dtype) -> Build:
    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        x = a["input"]
        assert isinstance(x, Tensor)
        return emit.cast(interp, x, dtype, what)

    return build


def _to(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    """x.to(dtype) / x.to(other) / x.to(device, dtype) / x.to(dtype=...); devices must be the input's."""
    x = a["input"]
    assert isinstance(x, Tensor)
    target: Any = None
    for v in (*a["args"].value, *a["kwargs"].value.values()):  # type: ignore[union-attr]
        if isinstance(v, Tensor):
            target = dtypes.torch_dtype(v.type)
        elif isinstance(v, Const) and isinstance(v.value, torch.dtype):
            target = v.value
        elif isinstance(v, Const) and (v.value is None or isinstance(v.value, bool)):
            continue  # non_blocking=..., copy=False, dtype=None
        elif _is_own_device(v):
            continue
        else:
            raise interp.unsupported(f"{what} with {v.describe()}", "only dtypes and the input's own device")
    return x if target is None else emit.cast(interp, x, target, what)


def _is_own_device(v: Value) -> bool:
    # every tensor of a call is on one device (checked when called), so `y.device` is the device
    return isinstance(v, Attr) and v.name == "device" and isinstance(v.obj, Tensor)


def _type_as(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x, other = a["input"], a["other"]
    if not isinstance(other, Tensor):
        raise interp.unsupported(f"{what} with {other.describe()}", "expected a tensor")
    assert isinstance(x, Tensor)
    return emit.cast(interp, x, dtypes.torch_dtype(other.type), what)


def _creation_kwargs(interp: Interpreter, a: dict[str, Value], what: str) -> Any:
    for name in ("layout", "memory_format"):
        if name in a and _value(a[name]) not in (None, torch.strided, torch.preserve_format):
            raise interp.unsupported(f"{what} with {name}={_value(a[name])}", "only the defaults")
    if "requires_grad" in a and _value(a["requires_grad"]):
        raise interp.unsupported(f"{what} with requires_grad=True", "jic kernels have no backward yet")
    dev = a.get("device")
    if dev is not None and not (isinstance(dev, Const) and dev.value is None) and not _is_own_device(dev):
        raise interp.unsupported(f"{what} on device {dev.describe()}", "only the input's own device (x.device)")
    return _const(interp, a, "dtype", what)


def _full_like(fill: int | None) -> Build:
    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        x = a["input"]
        if not isinstance(x, Tensor):
            raise interp.unsupported(f"{what} of {x.describe()}", "expected a tensor")
        dtype = _creation_kwargs(interp, a, what)
        value = a["fill_value"] if fill is None else Const(fill)
        return emit.full_like(interp, x, value, dtype, what)

    return build


# ------------------------------------------------------------------ views
def _tensor(interp: Interpreter, a: dict[str, Value], what: str) -> Tensor:
    x = a["input"]
    if not isinstance(x, Tensor):
        raise interp.unsupported(f"{what} of {x.describe()}", "expected a tensor")
    return x


def _dim(interp: Interpreter, d: Any, rank: int, what: str) -> int:
    if isinstance(d, Value):
        d = _value(d)
    if not isinstance(d, int) or isinstance(d, bool):
        raise interp.unsupported(f"{what} with dim {d!r}", "dims must be constant ints")
    if not -max(rank, 1) <= d < max(rank, 1):
        raise interp.unsupported(f"{what} with dim {d}", f"out of range for a {rank}-d tensor")
    return d % max(rank, 1)


def _seq(interp: Interpreter, v: Value | tuple, what: str) -> list[Any]:
    """An int sequence argument: `1, 2`, `(1, 2)`, `[B, -1]`, or `x.shape`."""
    items = list(v) if isinstance(v, tuple) else [v]
    if len(items) == 1:
        one = items[0]
        if isinstance(one, Shape):
            return [emit.dim(interp, one.tensor, Const(i)) for i in range(one.tensor.rank)]
        if isinstance(one, Tuple):
            return list(one.items)
        if isinstance(one, Const) and isinstance(one.value, (tuple, list, torch.Size)):
            return list(one.value)
    return items


def _transpose(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    d0, d1 = (_dim(interp, a[n], x.rank, what) for n in ("dim0", "dim1"))
    perm = list(range(x.rank))
    perm[d0], perm[d1] = perm[d1], perm[d0]
    return emit.view(interp, "permute", x, perm, what) if x.rank else x


def _unsqueeze(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    return emit.view(interp, "unsqueeze", x, [_dim(interp, a["dim"], x.rank + 1, what)], what)


def _squeeze(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    d = a["dim"]
    if isinstance(d, Const) and d.value is None:
        raise interp.unsupported(f"{what} without a dim", "the result's rank would depend on the sizes")
    if x.rank == 0:
        return x
    return emit.view(interp, "squeeze", x, [_dim(interp, d, x.rank, what)], what)


def _expand(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    sizes = _seq(interp, a["sizes"].value, what)  # type: ignore[union-attr]
    if len(sizes) < x.rank:
        raise interp.unsupported(f"{what} to {len(sizes)} dims", f"the tensor has {x.rank}")
    return emit.view(interp, "expand", x, sizes, what)


def _expand_as(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x, other = _tensor(interp, a, what), a["other"]
    if not isinstance(other, Tensor):
        raise interp.unsupported(f"{what} of {other.describe()}", "expected a tensor")
    return emit.view(interp, "expand", x, [emit.dim(interp, other, Const(i)) for i in range(other.rank)], what)


def _reshape(kind: str) -> Build:
    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        x = _tensor(interp, a, what)
        shape = _seq(
            interp,
            a["shape"].value if isinstance(a["shape"], Const) and isinstance(a["shape"].value, tuple) else a["shape"],
            what,
        )  # noqa: E501
        if any(isinstance(v, Const) and isinstance(v.value, torch.dtype) for v in shape):
            raise interp.unsupported(f"{what} to a dtype", "reinterpreting bits is not supported")
        return emit.view(interp, kind, x, shape, what)

    return build


def _flatten(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    if x.rank == 0:
        raise interp.unsupported(f"{what} of a 0-d tensor", "not supported yet")
    s, e = (_dim(interp, a[n], x.rank, what) for n in ("start_dim", "end_dim"))
    if s > e:
        raise interp.unsupported(f"{what} with start_dim > end_dim")
    return x if s == e else emit.view(interp, "flatten", x, [s, e], what)


def _narrow(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    return emit.view(interp, "narrow", x, [_dim(interp, a["dim"], x.rank, what), a["start"], a["length"]], what)


def _flip(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    dims = [_dim(interp, d, x.rank, what) for d in _seq(interp, a["dims"].value, what)]  # type: ignore[union-attr]
    return emit.view(interp, "flip", x, dims, what)


def _chunk(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    n = _const(interp, a, "chunks", what)
    d = _dim(interp, a["dim"], x.rank, what)
    if not isinstance(n, int) or n < 1:
        raise interp.unsupported(f"{what} into {n!r} chunks", "expected a positive int")
    return Tuple(tuple(emit.view(interp, "chunk", x, [n, i, d], what) for i in range(n)))


def _split(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    sections = _const(interp, a, "split_size_or_sections", what)
    d = _dim(interp, a["dim"], x.rank, what)
    if not isinstance(sections, (list, tuple)) or not all(isinstance(v, int) for v in sections):
        raise interp.unsupported(
            f"{what} by {sections!r}", "the number of parts would depend on the sizes; give a list"
        )
    return Tuple(tuple(emit.view(interp, "split", x, [i, d, *sections], what) for i in range(len(sections))))


def _select(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    x = _tensor(interp, a, what)
    return emit.select_index(interp, x, _dim(interp, a["dim"], x.rank, what), a["index"])


LIKE_SIG = "input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None"

# ------------------------------------------------------------------ the table
FLOAT_MATH = [
    "exp", "exp2", "expm1", "log", "log1p", "log2", "log10", "sqrt", "rsqrt", "sin", "cos", "tan", "tanh",
    "sinh", "cosh", "asin", "acos", "atan", "sigmoid", "erf", "erfc", "reciprocal",
]  # fmt: skip
ALIASES = {"asin": ("arcsin",), "acos": ("arccos",), "atan": ("arctan",)}


def _rows() -> list[Op]:
    rows: list[Op] = []
    section = ["Elementwise math"]

    def row(name: str, build: Build, signature: str = "input", funcs: tuple = (), methods: tuple = (), dt: str = ALL):
        rows.append(Op(name, build, signature, funcs, methods, dt, section[0]))

    for n in FLOAT_MATH:
        names = (n, *ALIASES.get(n, ()))
        funcs = tuple(getattr(torch, m) for m in names)
        if n in ("tanh", "sigmoid"):
            funcs += (getattr(F, n),)
        row(f"torch.{n}", pw(n, "input"), funcs=funcs, methods=names)
    for n, aliases, dt in (
        ("neg", ("negative",), NUMBERS),
        ("abs", ("absolute",), NUMBERS),
        ("sign", (), ALL),
        ("floor", (), NUMBERS),
        ("ceil", (), NUMBERS),
        ("trunc", ("fix",), NUMBERS),
        ("isnan", (), ALL),
        ("isinf", (), ALL),
        ("isfinite", (), ALL),
        ("logical_not", (), ALL),
        ("bitwise_not", (), INTEGRAL),
    ):
        names = (n, *aliases)
        row(f"torch.{n}", pw(n, "input"), funcs=tuple(getattr(torch, m) for m in names), methods=names, dt=dt)
    row("torch.square", _square, "input", (torch.square,), ("square",))
    row("torch.round", _round, "input, *, decimals=0", (torch.round,), ("round",), NUMBERS)

    # binary
    section[0] = "Binary elementwise"
    row("torch.add", _add_sub("add"), "input, other, *, alpha=1", (torch.add,), ("add",))
    row(
        "torch.sub",
        _add_sub("sub"),
        "input, other, *, alpha=1",
        (torch.sub, torch.subtract),
        ("sub", "subtract"),
        NUMBERS,
    )
    row("torch.mul", pw("mul", "input", "other"), "input, other", (torch.mul, torch.multiply), ("mul", "multiply"))
    row("torch.div", _div, "input, other, *, rounding_mode=None", (torch.div, torch.divide, torch.true_divide),
        ("div", "divide", "true_divide"))  # fmt: skip
    for n, aliases, dt in (
        ("floor_divide", (), NUMBERS),
        ("remainder", (), NUMBERS),
        ("fmod", (), NUMBERS),
        ("atan2", ("arctan2",), ALL),
        ("minimum", (), ALL),
        ("maximum", (), ALL),
        ("eq", (), ALL),
        ("ne", ("not_equal",), ALL),
        ("lt", ("less",), ALL),
        ("le", ("less_equal",), ALL),
        ("gt", ("greater",), ALL),
        ("ge", ("greater_equal",), ALL),
        ("logical_and", (), ALL),
        ("logical_or", (), ALL),
        ("logical_xor", (), ALL),
        ("bitwise_and", (), INTEGRAL),
        ("bitwise_or", (), INTEGRAL),
        ("bitwise_xor", (), INTEGRAL),
        ("bitwise_left_shift", (), INTS),
        ("bitwise_right_shift", (), INTS),
    ):
        names = (n, *aliases)
        row(f"torch.{n}", pw(n, "input", "other"), "input, other", tuple(getattr(torch, m) for m in names), names, dt)
    row("torch.pow", _pow, "input, exponent", (torch.pow,), ("pow",), NUMBERS)

    # ternary and friends
    section[0] = "Ternary and friends"
    row("torch.clamp", _clamp, "input, min=None, max=None", (torch.clamp, torch.clip), ("clamp", "clip"), NUMBERS)
    row("torch.clamp_min", _clamp_one("clamp_min", "min"), "input, min", (torch.clamp_min,), ("clamp_min",), NUMBERS)
    row("torch.clamp_max", _clamp_one("clamp_max", "max"), "input, max", (torch.clamp_max,), ("clamp_max",), NUMBERS)
    row("torch.where", _where, "condition, input, other", (torch.where,), ())
    row("Tensor.where", lambda i, a, w: _where(i, {"condition": a["condition"], "input": a["input"], "other": a["other"]}, w),
        "input, condition, other", (), ("where",))  # fmt: skip
    row("torch.lerp", _lerp, "input, end, weight", (torch.lerp,), ("lerp",), FLOATS)
    row(
        "torch.addcmul",
        _addc("addcmul"),
        "input, tensor1, tensor2, *, value=1",
        (torch.addcmul,),
        ("addcmul",),
        NUMBERS,
    )
    row(
        "torch.addcdiv", _addc("addcdiv"), "input, tensor1, tensor2, *, value=1", (torch.addcdiv,), ("addcdiv",), FLOATS
    )
    row(
        "torch.nan_to_num",
        _nan_to_num,
        "input, nan=0.0, posinf=None, neginf=None",
        (torch.nan_to_num,),
        ("nan_to_num",),
    )

    # activations
    section[0] = "Activations"
    row(
        "torch.relu",
        _unsigned_zero_on_cuda(pw("relu", "input")),
        "input, inplace=False",
        (torch.relu, F.relu),
        ("relu",),
        NUMBERS,
    )
    row("F.relu6", _unsigned_zero_on_cuda(_hardtanh(0.0, 6.0)), "input, inplace=False", (F.relu6,), (), FLOATS)
    row(
        "F.hardtanh",
        _hardtanh(None, None),
        "input, min_val=-1.0, max_val=1.0, inplace=False",
        (F.hardtanh,),
        (),
        FLOATS,
    )
    row("F.leaky_relu", pw("leaky_relu", "input", "negative_slope"), "input, negative_slope=0.01, inplace=False",
        (F.leaky_relu,), (), FLOATS)  # fmt: skip
    row("F.elu", _elu("elu"), "input, alpha=1.0, inplace=False", (F.elu,), (), FLOATS)
    row("F.selu", _elu("selu"), "input, inplace=False", (F.selu, torch.selu), (), FLOATS)
    row("F.celu", _elu("celu"), "input, alpha=1.0, inplace=False", (F.celu, torch.celu), (), FLOATS)
    row("F.gelu", _gelu, "input, approximate='none'", (F.gelu,), (), FLOATS)
    row("F.silu", pw("silu", "input"), "input, inplace=False", (F.silu,), (), FLOATS)
    row("F.mish", pw("mish", "input"), "input, inplace=False", (F.mish,), (), FLOATS)
    row("F.softplus", pw("softplus", "input", "beta", "threshold"), "input, beta=1.0, threshold=20.0",
        (F.softplus,), (), FLOATS)  # fmt: skip
    row("F.softsign", _softsign, "input", (F.softsign,), (), FLOATS)
    row(
        "F.hardsigmoid",
        _unsigned_zero_on_cuda(pw("hardsigmoid", "input")),
        "input, inplace=False",
        (F.hardsigmoid,),
        (),
        FLOATS,
    )
    row(
        "F.hardswish",
        pw("hardswish", "input"),  # eager's CUDA hardswish keeps x * 0 = -0.0 for x <= -3: no unsigned zero
        "input, inplace=False",
        (F.hardswish,),
        (),
        FLOATS,
    )
    row("F.logsigmoid", pw("logsigmoid", "input"), "input", (F.logsigmoid,), (), FLOATS)
    row("F.tanhshrink", _tanhshrink, "input", (F.tanhshrink,), (), FLOATS)
    row("F.threshold", pw("threshold", "input", "threshold", "value"), "input, threshold, value, inplace=False",
        (F.threshold,), (), FLOATS)  # fmt: skip

    # views
    section[0] = "Views (made on the host, no copy)"
    # (transpose, t, permute, .T and .mT are jic.permute: calls_linalg.py)
    row("torch.swapaxes", _transpose, "input, dim0, dim1", (torch.swapaxes,), ("swapaxes",))
    row("torch.unsqueeze", _unsqueeze, "input, dim", (torch.unsqueeze,), ("unsqueeze",))
    row("torch.squeeze", _squeeze, "input, dim=None", (torch.squeeze,), ("squeeze",))
    row("Tensor.expand", _expand, "input, *sizes", (), ("expand",))
    row("Tensor.expand_as", _expand_as, "input, other", (), ("expand_as",))
    row("Tensor.view", _reshape("view"), "input, *shape", (), ("view",))
    row("torch.reshape", _reshape("reshape"), "input, *shape", (), ("reshape",))
    row("torch.reshape()", _reshape("reshape"), "input, shape", (torch.reshape,), ())
    row("torch.flatten", _flatten, "input, start_dim=0, end_dim=-1", (torch.flatten,), ("flatten",))
    row("torch.narrow", _narrow, "input, dim, start, length", (torch.narrow,), ("narrow",))
    row("torch.flip", _flip, "input, *dims", (), ("flip",))
    row("torch.flip()", lambda i, a, w: _flip(i, {"input": a["input"], "dims": Const((a["dims"],))}, w),
        "input, dims", (torch.flip,), ())  # fmt: skip
    row("torch.chunk", _chunk, "input, chunks, dim=0", (torch.chunk,), ("chunk",))
    row("torch.split", _split, "input, split_size_or_sections, dim=0", (torch.split,), ("split",))
    row("torch.select", _select, "input, dim, index", (torch.select,), ("select",))

    # casts
    section[0] = "Casts"
    for m, dt in (
        ("float", torch.float32),
        ("double", torch.float64),
        ("half", torch.float16),
        ("bfloat16", torch.bfloat16),
        ("long", torch.int64),
        ("int", torch.int32),
        ("bool", torch.bool),
    ):
        row(f"Tensor.{m}", _cast_to(dt), "input", (), (m,))
    row("Tensor.to", _to, "input, *args, **kwargs", (), ("to",))
    row("Tensor.type_as", _type_as, "input, other", (), ("type_as",))

    # creation
    section[0] = "New tensors"
    row("torch.zeros_like", _full_like(0), LIKE_SIG, (torch.zeros_like,), ())
    row("torch.ones_like", _full_like(1), LIKE_SIG, (torch.ones_like,), ())
    row("torch.empty_like", _full_like(0), LIKE_SIG, (torch.empty_like,), ())
    row("torch.full_like", _full_like(None), LIKE_SIG.replace("input,", "input, fill_value,"), (torch.full_like,), ())
    factory = f"out=None, {creation.FACTORY_KW}"
    row("torch.zeros", creation.filled(0), f"*size, {factory}, names=None", (torch.zeros,), ())
    row("torch.ones", creation.filled(1), f"*size, {factory}, names=None", (torch.ones,), ())
    row("torch.empty", creation.filled(0), f"*size, {factory}, memory_format=None", (torch.empty,), ())
    row("torch.full", creation.filled(None), f"size, fill_value, *, {factory}", (torch.full,), ())
    row("torch.arange", creation.arange, f"start, end=None, step=1, *, {factory}", (torch.arange,), (), NUMBERS)
    row("torch.tensor", creation.scalar_tensor, f"data, *, {creation.FACTORY_KW}", (torch.tensor,), ())
    return rows


ROWS: list[Op] = _rows()
FUNCS: dict[Any, Op] = {}
METHODS: dict[str, Op] = {}
for _op in ROWS:
    for _f in _op.funcs:
        assert _f not in FUNCS, f"{_op.name}: {_f} is already in the table"
        FUNCS[_f] = _op
    for _m in _op.methods:
        assert _m not in METHODS, f"{_op.name}: Tensor.{_m} is already in the table"
        METHODS[_m] = _op


def supported_ops() -> list[dict[str, Any]]:
    """What jic compiles, from the table: name, the callables and Tensor methods, the dtypes."""
    out = []
    for op in ROWS:
        out.append(
            {
                "name": op.name,
                "functions": [f"{getattr(f, '__module__', None) or 'torch'}.{f.__name__}" for f in op.funcs],
                "methods": [f"Tensor.{m}" for m in op.methods],
                "signature": op.signature,
                "dtypes": [str(d).removeprefix("torch.") for d in DTYPE_SETS[op.dtypes]],
                "section": op.section,
            }
        )
    return out


__all__ = ["FUNCS", "METHODS", "ROWS", "Op", "supported_ops"]
