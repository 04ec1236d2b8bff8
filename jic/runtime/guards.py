"""What selects a compiled variant: the kinds of the arguments, never their sizes.

A tensor's kind is its dtype, rank, device (type and index) and layout; a
float or an int is a run-time scalar whatever its value; a bool, None or any
other hashable value is static (the code is specialized on it). Two calls with
equal keys run the same compiled code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch

from jic.errors import UnsupportedError

_Tensor = torch.Tensor
_grad_enabled = torch.is_grad_enabled
_FLOAT = ("f",)
_INT = ("i",)


def arg_key(v: Any, grad: bool = False) -> tuple:
    """The part of a variant key one argument contributes (raises TypeError if it cannot be a key).

    A tensor's last field says whether autograd would record the call (`grad`:
    grad mode is on): jic kernels have no backward, so such calls run eagerly.
    """
    if isinstance(v, _Tensor):
        return ("T", v.dtype, v.dim(), v.device, v.layout, grad and v.requires_grad)
    t = type(v)
    if t is float:
        return _FLOAT
    if t is int:
        return _INT
    if v is None or t is bool:
        return ("S", v)
    hash(v)
    return ("S", t, v)


def call_key(values: list[Any] | tuple[Any, ...]) -> tuple:
    grad = _grad_enabled()
    key = []
    for v in values:
        if isinstance(v, _Tensor):
            key.append(("T", v.dtype, v.dim(), v.device, v.layout, grad and v.requires_grad))
        else:
            key.append(arg_key(v))
    return tuple(key)


def describe(k: tuple) -> str:
    """An argument's kind in words, for messages: 'a float32 tensor of rank 2 on cuda:0'."""
    if k[0] == "T":
        layout = "" if k[4] == torch.strided else f" ({k[4]})"
        return f"a {str(k[1]).removeprefix('torch.')} tensor of rank {k[2]} on {k[3]}{layout}"
    if k == _FLOAT:
        return "a float"
    if k == _INT:
        return "an int"
    return f"the constant {k[-1]!r}"


def check_devices(qualname: str, names: list[str], key: tuple) -> torch.device:
    """The one device all tensor arguments are on; mixed devices are an error naming the arguments."""
    devices: dict[torch.device, list[str]] = {}
    for n, k in zip(names, key):
        if k[0] == "T":
            devices.setdefault(k[3], []).append(n)
    if len(devices) > 1:
        where = "; ".join(f"{', '.join(repr(n) for n in ns)} on {d}" for d, ns in devices.items())
        raise ValueError(f"jic: {qualname} got tensors on different devices: {where} (expected all on one device)")
    if not devices:
        raise UnsupportedError("a call without tensor arguments", "there is nothing to run on a device")
    return next(iter(devices))


@dataclass
class GuardStats:
    """Counters of one compiled function (`compiled.stats`)."""

    hits: int = 0  # calls that found their variant
    misses: int = 0  # calls that did not (and compiled, loaded from disk, or ran eagerly past the limit)
    compiles: int = 0  # runs of the compile pipeline
    disk_hits: int = 0  # variants loaded from the on-disk cache instead
    eager_calls: int = 0  # calls that ran the original function

    def __str__(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in self.__dict__.items())


__all__ = ["GuardStats", "arg_key", "call_key", "check_devices", "describe"]
