"""The fast path of a call: one generated function that checks the arguments against every variant's guard.

`guards.call_key` builds a tuple key per call (a tuple per tensor, a device
object, hashing) - about 1.3 us for two tensors. A hit does not need the key,
only a yes/no per variant, so each variant gets its guard as one boolean
expression over the arguments, and the fast path of a call is

    def fast(a0, a1, a2):
        if a0.__class__ is _Tensor and a1.__class__ is _Tensor and _tg_0(a0, a1) and a2.__class__ is _float:
            _stats.hits += 1
            return _run0(a0, a1, a2)
        if ...
        return _MISS

`_tg0` is torch's C++ tensor check (`torch._C._dynamo.guards.TensorGuards`
with every size and stride dynamic: Python type, dispatch keys - device type
and layout -, dtype, device index, requires_grad, rank), one call for all
tensors; where it is missing or behaves otherwise than expected, the same
checks are written in Python (`x.dtype is _dt0 and x.ndim == 3 ...`). A guard
is never weaker than the key: whatever passes it has the variant's key (the
C++ check is stricter: a tensor subclass misses it and takes the slow path).
A miss takes the slow path (`guards.call_key` and the variant dict), which
compiles, refuses or finds a variant, and regenerates this function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch

_Tensor = torch.Tensor


@dataclass
class Guard:
    """One variant's guard: a Python boolean expression over `a0, a1, ...` and the constants it names."""

    expr: str
    consts: dict[str, Any] = field(default_factory=dict)


def _tensor_guards_class() -> Any:
    """torch's C++ TensorGuards when it is there and checks what jic's key needs; else None."""
    try:
        from torch._C._dynamo.guards import TensorGuards
    except ImportError:
        return None
    try:
        x, y = torch.zeros(2, 3), torch.zeros(4)
        tg = TensorGuards(x, y, dynamic_dims_sizes=[[None, None], [None]], dynamic_dims_strides=[[None, None], [None]])
        ok = (
            tg.check(x, y)
            and tg.check(torch.zeros(5, 7).t(), torch.zeros(9))  # sizes and strides are free
            and not tg.check(x.double(), y)  # dtype
            and not tg.check(x[None], y)  # rank
            and not tg.check(x, y.requires_grad_())  # requires_grad
        )
    except Exception:  # noqa: BLE001  (a private API of another version: use the Python checks)
        return None
    return TensorGuards if ok else None


_TG: Any = _tensor_guards_class()


def make_guard(key: tuple, values: Sequence[Any], use_cxx: bool = True) -> Guard:
    """The guard of the variant `key` (guards.call_key) selected by the call `values`."""
    consts: dict[str, Any] = {}
    parts: list[str] = []
    tensors = [i for i, k in enumerate(key) if k[0] == "T"]
    cxx = _TG is not None and use_cxx and tensors and all(type(values[i]) is _Tensor for i in tensors)
    if cxx:
        ts = [values[i] for i in tensors]
        dyn = [[None] * t.dim() for t in ts]
        consts["_tg"] = _TG(*ts, dynamic_dims_sizes=dyn, dynamic_dims_strides=dyn).check
        # the exact type first: the C++ check raises on a non-tensor (and rejects a subclass anyway)
        parts += [f"a{i}.__class__ is _Tensor" for i in tensors]
        parts.append(f"_tg({', '.join(f'a{i}' for i in tensors)})")
        if any(key[i][5] for i in tensors):  # autograd records the call: grad mode must still be on
            parts.append("_grad()")
        elif any(t.requires_grad for t in ts):  # a tensor that requires grad, with grad off: it must stay off
            parts.append("not _grad()")
    else:
        for i in tensors:
            _, dtype, rank, device, layout, _ = key[i]
            a = f"a{i}"
            consts[f"_dt{i}"], consts[f"_lay{i}"] = dtype, layout
            parts.append(f"isinstance({a}, _Tensor) and {a}.dtype is _dt{i} and {a}.ndim == {rank}")
            parts.append(f"{a}.layout is _lay{i}")
            if device.type == "cpu":
                parts.append(f"{a}.is_cpu")
            elif device.type == "cuda":
                parts.append(f"{a}.is_cuda and {a}.get_device() == {device.index}")
            else:
                consts[f"_dev{i}"] = device
                parts.append(f"{a}.device == _dev{i}")
        if any(key[i][5] for i in tensors):
            parts.append("_grad()")
            parts += [f"a{i}.requires_grad is {bool(key[i][5])}" for i in tensors]
        elif tensors:
            parts.append(f"not (({' or '.join(f'a{i}.requires_grad' for i in tensors)}) and _grad())")
    for i, k in enumerate(key):
        a = f"a{i}"
        if k[0] == "T":
            continue
        if k == ("f",):
            parts.append(f"{a}.__class__ is _float")
        elif k == ("i",):
            parts.append(f"{a}.__class__ is _int")
        elif len(k) == 2:  # None or a bool: singletons
            consts[f"_s{i}"] = k[1]
            parts.append(f"{a} is _s{i}")
        else:
            consts[f"_t{i}"], consts[f"_s{i}"] = k[1], k[2]
            parts.append(f"{a}.__class__ is _t{i} and {a} == _s{i}")
    return Guard(" and ".join(parts) or "True", consts)


MISS = object()  # what the fast path returns when no variant's guard passes


def _miss(*args: Any) -> Any:
    return MISS


def make_fast_path(n: int, entries: Sequence[tuple[Guard, Callable]], stats: Any) -> Callable[..., Any]:
    """`fast(*args)`: runs the first entry whose guard passes (counting a hit in `stats`), else returns MISS."""
    if not entries:
        return _miss
    ns: dict[str, Any] = {
        "_Tensor": _Tensor,
        "_grad": torch.is_grad_enabled,
        "_float": float,
        "_int": int,
        "_stats": stats,
        "_MISS": MISS,
    }
    params = ", ".join(f"a{i}" for i in range(n))
    lines = []
    for j, (guard, run) in enumerate(entries):
        expr = guard.expr
        if guard.consts:  # each variant's constants under their own names
            names = re.compile(r"\b(" + "|".join(map(re.escape, guard.consts)) + r")\b")
            expr = names.sub(lambda m: f"{m.group(1)}_{j}", expr)
        ns.update((f"{name}_{j}", v) for name, v in guard.consts.items())
        ns[f"_run{j}"] = run
        lines += [f"    if {expr}:", "        _stats.hits += 1", f"        return _run{j}({params})"]
    src = f"def fast({params}):\n" + "\n".join(lines) + "\n    return _MISS\n"
    exec(compile(src, "<jic guard>", "exec"), ns)
    fn = ns["fast"]
    fn.__jic_source__ = src
    return fn


__all__ = ["MISS", "Guard", "make_fast_path", "make_guard"]
