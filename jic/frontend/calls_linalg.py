"""The op table's structured part: reductions, softmax, the matmul family, roll and transposes.

Each handler checks its arguments the way torch does (ranks, dims, dtypes; sizes are checked when the
host runs) and emits jic.reduce / jic.matmul / jic.roll / jic.permute plus elementwise ops. Derived ops
are decomposed here:

    mean(x, d)        = sum(x, d) / N
    var(x, d)         = sum((x - mean(x, d, keepdim))^2, d) / max(N - correction, 0);  std = sqrt(var)
    norm(x, 2, d)     = sqrt(sum(x * x, d));   p=1: sum(|x|);   p=inf: amax(|x|);   p=-inf: amin(|x|)
    softmax(x, d)     = e / sum(e, d, keepdim)   with e = exp(x - amax(x, d, keepdim))
    log_softmax(x, d) = x - logsumexp(x, d, keepdim)
    linear(x, W, b)   = x @ W.T + b;   addmm(c, a, b, beta, alpha) = beta * c + alpha * (a @ b)

Anything torch would reject, or that jic does not generate yet, is refused with what was expected and
what came, so the call runs eagerly (and eager raises torch's own error where it is one).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F
from xdsl.dialects import arith
from xdsl.dialects.builtin import IndexType, IntegerAttr
from xdsl.ir import SSAValue

from jic.frontend import emit
from jic.frontend.values import Const, Scalar, Tensor, Tuple, Value
from jic.ir import dtypes
from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

Handler = Callable[["Interpreter", list[Value], dict[str, Value]], Value]
_MISSING = object()


@dataclass(eq=False)
class NamedTuple(Tuple):
    """torch.return_types.max/min: a tuple whose items are also `.values` and `.indices`."""

    fields: tuple[str, ...] = ()

    def field(self, name: str) -> Value | None:
        return self.items[self.fields.index(name)] if name in self.fields else None


# ------------------------------------------------------------------ argument helpers
def _bind(
    interp: Interpreter, what: str, args: list[Value], kwargs: dict[str, Value], params: list[tuple[str, object]]
) -> dict[str, Value | object]:
    """Python's binding of positional and keyword arguments to (name, default) params."""
    if len(args) > len(params):
        raise interp.unsupported(f"{what} with {len(args)} positional arguments", f"it takes at most {len(params)}")
    out: dict[str, Value | object] = {name: default for name, default in params}
    for (name, _), a in zip(params, args):
        out[name] = a
    names = [n for n, _ in params]
    for k, v in kwargs.items():
        if k not in names:
            raise interp.unsupported(f"{what} with the keyword argument '{k}'", f"expected one of {names}")
        if names.index(k) < len(args):
            raise interp.unsupported(f"{what}", f"got multiple values for '{k}'")
        out[k] = v
    for name, v in out.items():
        if v is _MISSING:
            raise interp.unsupported(f"{what} without '{name}'", "it is a required argument")
    return out


def _static(v: object) -> object:
    """The Python value of a compile-time argument (a default or a Const)."""
    if isinstance(v, Const):
        return v.value
    if isinstance(v, Tuple):
        return tuple(_static(i) for i in v.items)
    return v


def _tensor(interp: Interpreter, what: str, v: object) -> Tensor:
    if not isinstance(v, Tensor):
        desc = v.describe() if isinstance(v, Value) else repr(v)
        raise interp.unsupported(f"{what} on {desc}", "expected a tensor")
    return v


def _float_tensor(interp: Interpreter, what: str, v: object) -> Tensor:
    t = _tensor(interp, what, v)
    if not dtypes.is_float(t.type.element_type):
        raise interp.unsupported(
            f"{what} on a {dtypes.torch_dtype(t.type)} tensor",
            "expected a floating-point tensor (jic generates float math)",
        )
    return t


def _bool(interp: Interpreter, what: str, name: str, v: object) -> bool:
    val = _static(v)
    if not isinstance(val, bool):
        raise interp.unsupported(f"{what} with {name}={val!r}", f"expected {name} to be a constant bool")
    return val


def _dim(interp: Interpreter, what: str, d: object, rank: int) -> int:
    if not isinstance(d, int) or isinstance(d, bool):
        raise interp.unsupported(f"{what} with dim {d!r}", "expected a constant int dim")
    lo, hi = (-rank, rank - 1) if rank else (-1, 0)
    if not lo <= d <= hi:
        raise interp.unsupported(
            f"{what} with dim {d}", f"dimension out of range (expected to be in range of [{lo}, {hi}], but got {d})"
        )
    return d % rank if rank else 0


def _dims(interp: Interpreter, what: str, dim: object, rank: int, empty_is_all: bool = True) -> list[int]:
    """Normalized, sorted dims; None (or () where torch means 'all') reduces every dim."""
    val = _static(dim)
    if val is None or (val == () and empty_is_all) or val == []:
        return list(range(rank))
    items = list(val) if isinstance(val, (tuple, list)) else [val]
    dims = [_dim(interp, what, d, rank) for d in items]
    if len(set(dims)) != len(dims):
        raise interp.unsupported(f"{what} with dims {items}", "a dim appears more than once")
    return sorted(dims) if rank else []


def _no_dtype(interp: Interpreter, what: str, bound: dict) -> None:
    if _static(bound.get("dtype")) is not None:
        raise interp.unsupported(f"{what} with dtype=", "a result dtype other than the input's is not supported yet")


# ------------------------------------------------------------------ IR helpers
def _emit_t(interp: Interpreter, op) -> Tensor:  # type: ignore[no-untyped-def]
    return Tensor(interp.emit(op).results[0])


def reduce(interp: Interpreter, x: Tensor, kind: str, dims: list[int], keepdim: bool) -> Tensor:
    if x.rank == 0:  # a 0-d tensor reduces over its single element: keep it as rank 0
        dims, keepdim = [], True
    return _emit_t(interp, S.ReduceOp(x.ssa, kind, dims, keepdim))


def _index_const(interp: Interpreter, n: int) -> SSAValue:
    return interp.emit(arith.ConstantOp(IntegerAttr(n, IndexType()))).results[0]


def _count(interp: Interpreter, x: Tensor, dims: list[int]) -> Scalar:
    """The number of elements reduced over (a run-time index)."""
    n: SSAValue = _index_const(interp, 1)
    for d in dims:
        size = emit.dim(interp, x, Const(d))
        assert isinstance(size, Scalar)
        n = interp.emit(arith.MuliOp(n, size.ssa)).results[0]
    return Scalar(n)


def _binary(interp: Interpreter, sym: str, a: Value, b: Value) -> Tensor:
    r = emit.binary(interp, sym, a, b)
    assert isinstance(r, Tensor)
    return r


def _unary(interp: Interpreter, op: type[T.UnaryOp], x: Tensor) -> Tensor:
    return _emit_t(interp, op(x.ssa))


# ------------------------------------------------------------------ reductions
def _simple_reduction(kind: str, name: str, all_when_empty: bool = True) -> Handler:
    def handler(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
        what = f"torch.{name}"
        b = _bind(interp, what, args, kwargs, [("input", _MISSING), ("dim", None), ("keepdim", False), ("dtype", None)])
        _no_dtype(interp, what, b)
        x = _float_tensor(interp, what, b["input"])
        dims = _dims(interp, what, b["dim"], x.rank, all_when_empty)
        return reduce(interp, x, kind, dims, _bool(interp, what, "keepdim", b["keepdim"]))

    return handler


def _mean(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    b = _bind(
        interp, "torch.mean", args, kwargs, [("input", _MISSING), ("dim", None), ("keepdim", False), ("dtype", None)]
    )
    _no_dtype(interp, "torch.mean", b)
    x = _float_tensor(interp, "torch.mean", b["input"])
    dims = _dims(interp, "torch.mean", b["dim"], x.rank)
    keep = _bool(interp, "torch.mean", "keepdim", b["keepdim"])
    return _binary(interp, "/", reduce(interp, x, "sum", dims, keep), _count(interp, x, dims))


def _prod(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    b = _bind(
        interp, "torch.prod", args, kwargs, [("input", _MISSING), ("dim", None), ("keepdim", False), ("dtype", None)]
    )
    _no_dtype(interp, "torch.prod", b)
    x = _float_tensor(interp, "torch.prod", b["input"])
    dim = _static(b["dim"])
    if isinstance(dim, (tuple, list)):
        raise interp.unsupported(f"torch.prod with dim={dim!r}", "torch.prod takes one int dim (or none)")
    dims = _dims(interp, "torch.prod", dim, x.rank)
    return reduce(interp, x, "prod", dims, _bool(interp, "torch.prod", "keepdim", b["keepdim"]))


def _max_min(kind: str) -> Handler:
    name = kind  # "max" / "min"

    def handler(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
        what = f"torch.{name}"
        b = _bind(interp, what, args, kwargs, [("input", _MISSING), ("dim", None), ("keepdim", False)])
        x = _float_tensor(interp, what, b["input"])
        if isinstance(b["dim"], Tensor):
            raise interp.unsupported(
                f"{what}(a, b) of two tensors", f"the elementwise torch.{name}imum is not supported yet"
            )
        keep = _bool(interp, what, "keepdim", b["keepdim"])
        if _static(b["dim"]) is None:
            if "keepdim" in kwargs or len(args) > 2:
                raise interp.unsupported(f"{what} with keepdim but no dim", "torch needs a dim with keepdim")
            return reduce(interp, x, kind, list(range(x.rank)), False)
        d = _static(b["dim"])
        if isinstance(d, (tuple, list)):
            raise interp.unsupported(f"{what} with dim={d!r}", f"torch.{name} takes one int dim; use torch.a{name}")
        dims = [_dim(interp, what, d, x.rank)] if x.rank else []
        values = reduce(interp, x, kind, dims, keep)
        indices = reduce(interp, x, "arg" + kind, dims, keep)
        return NamedTuple((values, indices), fields=("values", "indices"))

    return handler


def _arg(kind: str) -> Handler:
    def handler(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
        what = f"torch.{kind}"
        b = _bind(interp, what, args, kwargs, [("input", _MISSING), ("dim", None), ("keepdim", False)])
        x = _float_tensor(interp, what, b["input"])
        keep = _bool(interp, what, "keepdim", b["keepdim"])
        d = _static(b["dim"])
        if isinstance(d, (tuple, list)):
            raise interp.unsupported(f"{what} with dim={d!r}", "it takes one int dim or None")
        dims = list(range(x.rank)) if d is None else ([_dim(interp, what, d, x.rank)] if x.rank else [])
        return reduce(interp, x, kind, dims, keep)

    return handler


def _var_std(take_sqrt: bool) -> Handler:
    name = "std" if take_sqrt else "var"

    def handler(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
        what = f"torch.{name}"
        # var(input, dim=None, unbiased=True, keepdim=False, *, correction=None)
        if len(args) >= 2 and isinstance(_static(args[1]), bool):  # var(input, unbiased)
            args = [args[0], Const(None), *args[1:]]
        b = _bind(
            interp,
            what,
            args,
            kwargs,
            [("input", _MISSING), ("dim", None), ("unbiased", None), ("keepdim", False), ("correction", None)],
        )
        x = _float_tensor(interp, what, b["input"])
        dims = _dims(interp, what, b["dim"], x.rank)
        keep = _bool(interp, what, "keepdim", b["keepdim"])
        unbiased, correction = _static(b["unbiased"]), _static(b["correction"])
        if unbiased is not None and correction is not None:
            raise interp.unsupported(f"{what} with both unbiased and correction", "torch takes only one of them")
        if correction is None:
            correction = 0 if unbiased is False else 1
        if not isinstance(correction, int) or isinstance(correction, bool):
            raise interp.unsupported(f"{what} with correction={correction!r}", "expected a constant int correction")
        n = _count(interp, x, dims)
        mean = _binary(interp, "/", reduce(interp, x, "sum", dims, True), n)
        dev = _binary(interp, "-", x, mean)
        ssq = reduce(interp, _binary(interp, "*", dev, dev), "sum", dims, keep)
        # degrees of freedom max(N - correction, 0), as torch
        dof = interp.emit(arith.SubiOp(n.ssa, _index_const(interp, correction))).results[0]
        zero = _index_const(interp, 0)
        pos = interp.emit(arith.CmpiOp(dof, zero, "sgt")).results[0]
        dof = interp.emit(arith.SelectOp(pos, dof, zero)).results[0]
        var = _binary(interp, "/", ssq, Scalar(dof))
        return _unary(interp, S.SqrtOp, var) if take_sqrt else var

    return handler


def _norm(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    what = "torch.norm"
    b = _bind(
        interp,
        what,
        args,
        kwargs,
        [("input", _MISSING), ("p", "fro"), ("dim", None), ("keepdim", False), ("dtype", None)],
    )
    _no_dtype(interp, what, b)
    x = _float_tensor(interp, what, b["input"])
    dims = _dims(interp, what, b["dim"], x.rank)
    keep = _bool(interp, what, "keepdim", b["keepdim"])
    p = _static(b["p"])
    if p == "fro" or p == 2:
        return _unary(interp, S.SqrtOp, reduce(interp, _binary(interp, "*", x, x), "sum", dims, keep))
    if p == 1:
        return reduce(interp, _unary(interp, S.AbsOp, x), "sum", dims, keep)
    if p == math.inf or p == -math.inf:
        return reduce(interp, _unary(interp, S.AbsOp, x), "max" if p > 0 else "min", dims, keep)
    raise interp.unsupported(f"{what} with p={p!r}", "p must be 1, 2, 'fro', inf or -inf yet")


def _logsumexp(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    b = _bind(interp, "torch.logsumexp", args, kwargs, [("input", _MISSING), ("dim", _MISSING), ("keepdim", False)])
    x = _float_tensor(interp, "torch.logsumexp", b["input"])
    dims = _dims(interp, "torch.logsumexp", b["dim"], x.rank)
    return reduce(interp, x, "logsumexp", dims, _bool(interp, "torch.logsumexp", "keepdim", b["keepdim"]))


def _softmax(log: bool) -> Handler:
    name = "log_softmax" if log else "softmax"

    def handler(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
        what = f"torch.{name}"
        params = [("input", _MISSING), ("dim", None), ("_stacklevel", 3), ("dtype", None)]
        b = _bind(interp, what, args, kwargs, params)
        _no_dtype(interp, what, b)
        x = _float_tensor(interp, what, b["input"])
        if _static(b["dim"]) is None:
            raise interp.unsupported(f"{what} without dim", "the implicit dim choice is deprecated; pass dim")
        d = _dim(interp, what, _static(b["dim"]), x.rank)
        dims = [d] if x.rank else []
        if log:
            return _binary(interp, "-", x, reduce(interp, x, "logsumexp", dims, True))
        e = _unary(interp, T.ExpOp, _binary(interp, "-", x, reduce(interp, x, "max", dims, True)))
        return _binary(interp, "/", e, reduce(interp, e, "sum", dims, True))

    return handler


# ------------------------------------------------------------------ matmul family
def _same_dtype(interp: Interpreter, what: str, *ts: Tensor) -> None:
    types = [t.type.element_type for t in ts]
    if any(t != types[0] for t in types):
        names = " and ".join(str(dtypes.torch_dtype(t)) for t in types)
        raise interp.unsupported(f"{what} on {names} tensors", "expected both operands to have the same dtype")


def matmul(interp: Interpreter, a: Value, b: Value, what: str = "torch.matmul") -> Tensor:
    x, w = _float_tensor(interp, what, a), _float_tensor(interp, what, b)
    _same_dtype(interp, what, x, w)
    if x.rank == 0 or w.rank == 0:
        raise interp.unsupported(
            f"{what} of a {x.rank}-d and a {w.rank}-d tensor", "both arguments need to be at least 1-d"
        )
    return _emit_t(interp, S.MatmulOp(x.ssa, w.ssa))


def _ranked_mm(name: str, rank: int) -> Handler:
    def handler(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
        what = f"torch.{name}"
        b = _bind(interp, what, args, kwargs, [("input", _MISSING), ("mat2", _MISSING)])
        x, w = _float_tensor(interp, what, b["input"]), _float_tensor(interp, what, b["mat2"])
        if x.rank != rank or w.rank != rank:
            raise interp.unsupported(
                f"{what} of a {x.rank}-d and a {w.rank}-d tensor", f"expected two {rank}-d tensors"
            )
        return matmul(interp, x, w, what)

    return handler


def _matmul(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    b = _bind(interp, "torch.matmul", args, kwargs, [("input", _MISSING), ("other", _MISSING)])
    return matmul(interp, b["input"], b["other"])  # type: ignore[arg-type]


def _scaled(interp: Interpreter, v: Tensor, factor: object, what: str) -> Tensor:
    f = _static(factor)
    if not emit.is_number(f):
        raise interp.unsupported(f"{what} with a scale {f!r}", "expected a constant number")
    return v if f == 1 else _binary(interp, "*", Const(f), v)


def _addmm(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    what = "torch.addmm"
    if len(args) > 3:
        raise interp.unsupported(f"{what} with {len(args)} positional arguments", "beta and alpha are keyword-only")
    b = _bind(
        interp,
        what,
        args,
        kwargs,
        [("input", _MISSING), ("mat1", _MISSING), ("mat2", _MISSING), ("beta", 1), ("alpha", 1)],
    )
    c = _float_tensor(interp, what, b["input"])
    prod = _ranked_mm("addmm", 2)(interp, [b["mat1"], b["mat2"]], {})  # type: ignore[list-item]
    assert isinstance(prod, Tensor)
    _same_dtype(interp, what, c, prod)
    if _static(b["beta"]) == 0:  # torch ignores `input` (even NaN) when beta is 0
        return _binary(interp, "+", _scaled(interp, prod, b["alpha"], what), _binary(interp, "*", c, Const(0)))
    return _binary(interp, "+", _scaled(interp, c, b["beta"], what), _scaled(interp, prod, b["alpha"], what))


def _linear(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    what = "F.linear"
    b = _bind(interp, what, args, kwargs, [("input", _MISSING), ("weight", _MISSING), ("bias", None)])
    x, w = _float_tensor(interp, what, b["input"]), _float_tensor(interp, what, b["weight"])
    if w.rank != 2:
        raise interp.unsupported(
            f"{what} with a {w.rank}-d weight", "expected a 2-d weight (out_features, in_features)"
        )
    y = matmul(interp, x, permute(interp, w, [1, 0]), what)
    bias = b["bias"]
    if _static(bias) is None:
        return y
    bt = _float_tensor(interp, what, bias)
    _same_dtype(interp, what, x, bt)
    return _binary(interp, "+", y, bt)


# ------------------------------------------------------------------ roll and transposes
def permute(interp: Interpreter, x: Tensor, perm: list[int]) -> Tensor:
    if perm == list(range(x.rank)):
        return x
    return _emit_t(interp, S.PermuteOp(x.ssa, perm))


def _swap(x: Tensor, a: int, b: int) -> list[int]:
    perm = list(range(x.rank))
    perm[a], perm[b] = perm[b], perm[a]
    return perm


def _transpose(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    b = _bind(interp, "torch.transpose", args, kwargs, [("input", _MISSING), ("dim0", _MISSING), ("dim1", _MISSING)])
    x = _tensor(interp, "torch.transpose", b["input"])
    d0 = _dim(interp, "torch.transpose", _static(b["dim0"]), x.rank)
    d1 = _dim(interp, "torch.transpose", _static(b["dim1"]), x.rank)
    return permute(interp, x, _swap(x, d0, d1)) if x.rank else x


def _t(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    b = _bind(interp, "torch.t", args, kwargs, [("input", _MISSING)])
    x = _tensor(interp, "torch.t", b["input"])
    if x.rank > 2:
        raise interp.unsupported(f"torch.t of a {x.rank}-d tensor", "expected a tensor with <= 2 dimensions")
    return permute(interp, x, [1, 0]) if x.rank == 2 else x


def _permute_method(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    if kwargs:
        kwargs = dict(kwargs)
        args = [*args, kwargs.pop("dims")] if "dims" in kwargs else args
        if kwargs:
            raise interp.unsupported(f"Tensor.permute with {sorted(kwargs)}", "it takes only dims")
    x = _tensor(interp, "Tensor.permute", args[0])
    rest = [_static(a) for a in args[1:]]
    dims = list(rest[0]) if len(rest) == 1 and isinstance(rest[0], (tuple, list)) else rest
    if len(dims) != x.rank:
        raise interp.unsupported(
            f"Tensor.permute with {len(dims)} dims", f"number of dims don't match in permute: expected {x.rank}"
        )
    norm = [_dim(interp, "Tensor.permute", d, x.rank) for d in dims]
    if sorted(norm) != list(range(x.rank)):
        raise interp.unsupported(f"Tensor.permute{tuple(dims)}", "repeated dim in permute")
    return permute(interp, x, norm)


def _roll(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    what = "torch.roll"
    b = _bind(interp, what, args, kwargs, [("input", _MISSING), ("shifts", _MISSING), ("dims", None)])
    x = _tensor(interp, what, b["input"])
    shifts, dims = _static(b["shifts"]), _static(b["dims"])
    if dims is None:
        raise interp.unsupported(f"{what} without dims", "rolling the flattened tensor is not supported yet; pass dims")
    shifts_l = list(shifts) if isinstance(shifts, (tuple, list)) else [shifts]
    dims_l = list(dims) if isinstance(dims, (tuple, list)) else [dims]
    if len(shifts_l) != len(dims_l):
        raise interp.unsupported(
            f"{what} with {len(shifts_l)} shifts and {len(dims_l)} dims", "shifts and dimensions must align"
        )
    for s in shifts_l:
        if not isinstance(s, int) or isinstance(s, bool):
            raise interp.unsupported(f"{what} by {s!r}", "expected constant int shifts")
    if x.rank == 0:
        return x
    norm = [_dim(interp, what, d, x.rank) for d in dims_l]
    return _emit_t(interp, S.RollOp(x.ssa, shifts_l, norm))


# ------------------------------------------------------------------ tables (hooked into calls.py)
FUNCS: dict[object, Handler] = {
    torch.sum: _simple_reduction("sum", "sum"),
    torch.amax: _simple_reduction("max", "amax"),
    torch.amin: _simple_reduction("min", "amin"),
    torch.mean: _mean,
    torch.prod: _prod,
    torch.max: _max_min("max"),
    torch.min: _max_min("min"),
    torch.argmax: _arg("argmax"),
    torch.argmin: _arg("argmin"),
    torch.var: _var_std(False),
    torch.std: _var_std(True),
    torch.norm: _norm,
    torch.logsumexp: _logsumexp,
    torch.softmax: _softmax(False),
    torch.log_softmax: _softmax(True),
    F.softmax: _softmax(False),
    F.log_softmax: _softmax(True),
    torch.matmul: _matmul,
    torch.mm: _ranked_mm("mm", 2),
    torch.bmm: _ranked_mm("bmm", 3),
    torch.addmm: _addmm,
    F.linear: _linear,
    torch.roll: _roll,
    torch.transpose: _transpose,
    torch.t: _t,
    torch.permute: _permute_method,
}

METHODS: dict[str, Handler] = {
    "sum": FUNCS[torch.sum],
    "amax": FUNCS[torch.amax],
    "amin": FUNCS[torch.amin],
    "mean": _mean,
    "prod": _prod,
    "max": FUNCS[torch.max],
    "min": FUNCS[torch.min],
    "argmax": FUNCS[torch.argmax],
    "argmin": FUNCS[torch.argmin],
    "var": FUNCS[torch.var],
    "std": FUNCS[torch.std],
    "norm": _norm,
    "logsumexp": _logsumexp,
    "softmax": FUNCS[torch.softmax],
    "log_softmax": FUNCS[torch.log_softmax],
    "matmul": _matmul,
    "mm": FUNCS[torch.mm],
    "bmm": FUNCS[torch.bmm],
    "roll": _roll,
    "transpose": _transpose,
    "t": _t,
    "permute": _permute_method,
}


def tensor_attr(interp: Interpreter, x: Tensor, name: str) -> Value | None:
    """`x.T` / `x.mT`, or None for other attributes."""
    if name == "T":
        return permute(interp, x, list(range(x.rank))[::-1])
    if name == "mT":
        if x.rank < 2:
            raise interp.unsupported(f"`.mT` of a {x.rank}-d tensor", "expected a tensor with at least 2 dimensions")
        return permute(interp, x, _swap(x, x.rank - 2, x.rank - 1))
    return None
