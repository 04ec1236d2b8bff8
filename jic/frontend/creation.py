"""Tensors made from numbers: `torch.zeros/ones/full/empty(sizes)`, `torch.arange`, `torch.tensor(number)`.

Each becomes one `jic.create` (jic/ir/creation_ops.py) that the host runs with
torch itself, so values, dtypes and errors are eager's; kernels then read the
tensor like an argument. Sizes are ints, tuples or lists of ints, `x.shape`,
`x.size()` or `x.size(d)` (run-time values: a new size does not recompile).
The result's dtype follows eager: `dtype=` if given, else the fill value's kind
(bool, int64, or the default float dtype), for arange the kind of its bounds.

`device=` may be the inputs' own device (`x.device`, or a literal naming it);
another device is refused (UnsupportedError), so the call runs eagerly; so is a
tensor made without `device=` where eager's default device (the CPU) is not the
inputs' (`torch.tensor(number)` excepted: a 0-d tensor combines with any device).
`torch.empty` is filled with zeros: its values are unspecified in eager, and
compiled code never reads memory it did not write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import torch
from xdsl.dialects.builtin import StringAttr
from xdsl.ir import SSAValue

from jic.frontend import emit
from jic.frontend.values import Const, List, Scalar, Shape, Tensor, Tuple, Value
from jic.ir import dtypes
from jic.ir.creation_ops import CreateOp
from jic.ir.view_ops import NAME_ATTR

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

# the keywords every creation function takes besides dtype and device
FACTORY_KW = "dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False"


def check_device(interp: Interpreter, dev: Value, what: str, scalar: bool = False) -> None:
    """`device=` must be the call's device: `x.device`, or a string or torch.device naming it. Without it
    eager uses torch's default device (the CPU), so the inputs must be there too; except for a 0-d
    `torch.tensor(number)` (`scalar`), which eager lets combine with tensors on any device."""
    d = dev.value if isinstance(dev, Const) else dev
    if d is None:
        if scalar:
            return
        d = torch.get_default_device()
        if d.type != getattr(interp.device, "type", d.type):
            raise interp.unsupported(
                f"{what} without device= (eager makes it on {d}) while the inputs are on {interp.device}",
                "pass device=x.device",
            )
    try:
        want = torch.device(d)  # type: ignore[arg-type]
    except (TypeError, RuntimeError):
        raise interp.unsupported(f"{what} with device={dev.describe()}", "expected a device") from None
    have = interp.device
    if not isinstance(have, torch.device):
        raise interp.unsupported(f"{what} with device={want}", "the inputs' device is not known when compiling")
    if want.type != have.type or want.index is not None and want.index != (have.index or 0):
        raise interp.unsupported(
            f"{what} on {want}",
            f"the inputs are on {have}; jic makes tensors on the inputs' device only (use x.device)",
        )


def check_factory(interp: Interpreter, a: dict[str, Value], what: str, scalar: bool = False) -> torch.dtype | None:
    """The requested dtype (None: the default); refuses what jic cannot make."""
    for name in ("out", "names"):
        if name in a and emit_value(a[name]) is not None:
            raise interp.unsupported(f"{what} with {name}=", "not supported")
    if "layout" in a and emit_value(a["layout"]) not in (None, torch.strided):
        raise interp.unsupported(f"{what} with layout={emit_value(a['layout'])}", "only torch.strided")
    if emit_value(a.get("memory_format", Const(None))) not in (None, torch.contiguous_format, torch.preserve_format):
        raise interp.unsupported(f"{what} with memory_format={emit_value(a['memory_format'])}", "only the default")
    if "requires_grad" in a and emit_value(a["requires_grad"]):
        raise interp.unsupported(f"{what} with requires_grad=True", "jic kernels have no backward yet")
    if "pin_memory" in a and emit_value(a["pin_memory"]):
        raise interp.unsupported(f"{what} with pin_memory=True", "not supported")
    check_device(interp, a.get("device", Const(None)), what, scalar)
    dt = a.get("dtype", Const(None))
    if not isinstance(dt, Const):
        raise interp.unsupported(f"{what} with dtype={dt.describe()}", "expected a torch dtype")
    if dt.value is not None and (not isinstance(dt.value, torch.dtype) or dt.value not in dtypes.TORCH_TO_IR):
        raise interp.unsupported(f"{what} with dtype={dt.value}", f"expected one of {dtypes.SUPPORTED_TENSOR_DTYPES}")
    return dt.value


def emit_value(v: Value) -> Any:
    return v.value if isinstance(v, Const) else v


def sizes(interp: Interpreter, v: Value | tuple, what: str) -> list[SSAValue]:
    """`torch.zeros(B, H)`, `torch.zeros((B, H))`, `[B, H]`, `x.shape`, `x.size()`: index values."""
    items = list(v) if isinstance(v, tuple) else [v]
    if len(items) == 1:
        one = items[0]
        if isinstance(one, Shape):
            items = [emit.dim(interp, one.tensor, Const(i)) for i in range(one.tensor.rank)]
        elif isinstance(one, (Tuple, List)):
            items = list(one.items)
        elif isinstance(one, Const) and isinstance(one.value, (tuple, list, torch.Size)):
            items = [Const(s) for s in one.value]
    out = []
    for s in items:
        if isinstance(s, Const) and isinstance(s.value, int) and not isinstance(s.value, bool):
            if s.value < 0:
                raise interp.unsupported(f"{what} of size {s.value}", "sizes must be non-negative (eager raises)")
        elif not (isinstance(s, Scalar) and s.is_int):
            raise interp.unsupported(f"{what} of size {s.describe()}", "sizes must be ints")
        out.append(emit.as_index(interp, s))
    return out


def number_dtype(v: Value) -> torch.dtype:
    """The dtype eager gives a tensor made from this Python number."""
    if isinstance(v, Const) and isinstance(v.value, bool) or isinstance(v, Scalar) and dtypes.is_bool(v.type):
        return torch.bool
    if isinstance(v, Const) and isinstance(v.value, int) or isinstance(v, Scalar) and v.is_int:
        return torch.int64
    return torch.get_default_dtype()


def _number(interp: Interpreter, v: Value, what: str) -> SSAValue:
    if isinstance(v, Scalar) or isinstance(v, Const) and isinstance(v.value, (bool, int, float)):
        return emit.as_operand(interp, v)
    raise interp.unsupported(f"{what} with the value {v.describe()}", "expected a Python number")


def create(interp: Interpreter, kind: str, args: list[SSAValue], dtype: torch.dtype, rank: int) -> Tensor:
    n = getattr(interp, "n_views", 0)  # one counter with views: their names share the size read-back
    interp.n_views = n + 1  # type: ignore[attr-defined]
    op = CreateOp(kind, args, dtypes.TORCH_TO_IR[dtype], rank, f"{kind}#{n}")
    op.attributes[NAME_ATTR] = StringAttr(f"{kind}#{n}")
    return Tensor(interp.emit(op).results[0], fresh=True)


def filled(fill: int | None) -> Any:
    """torch.zeros / ones / empty (fill given) and torch.full (fill_value argument)."""

    def build(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
        dtype = check_factory(interp, a, what)
        value = a["fill_value"] if fill is None else Const(fill)
        v = _number(interp, value, what)
        if dtype is None:
            dtype = torch.get_default_dtype() if fill is not None else number_dtype(value)
        raw = a["size"].value if fill is not None else a["size"]  # *size is a tuple of Values
        dims = sizes(interp, raw, what)  # type: ignore[arg-type]
        return create(interp, "full", [*dims, v], dtype, len(dims))

    return build


def arange(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    dtype = check_factory(interp, a, what)
    start, end, step = a["start"], a["end"], a["step"]
    if isinstance(end, Const) and end.value is None:
        start, end = Const(0), start
    if isinstance(step, Const) and step.value == 0:
        raise interp.unsupported(f"{what} with step 0", "the step must be non-zero (eager raises)")
    bounds = [start, end, step]
    ssas = [_number(interp, b, what) for b in bounds]
    if dtype is None:
        kinds = [number_dtype(b) for b in bounds]
        dtype = torch.int64 if all(k in (torch.int64, torch.bool) for k in kinds) else torch.get_default_dtype()
    if dtype == torch.bool:
        raise interp.unsupported(f"{what} with dtype=torch.bool", "eager does not implement it")
    return create(interp, "arange", ssas, dtype, 1)


def scalar_tensor(interp: Interpreter, a: dict[str, Value], what: str) -> Value:
    """torch.tensor(number): a 0-d tensor (on the inputs' device, where eager's default device may differ:
    it combines with them as eager's would)."""
    dtype = check_factory(interp, a, what, scalar=True)
    data = a["data"]
    if isinstance(data, Tensor):
        raise interp.unsupported(f"{what} of a tensor", "use x.clone().detach() (as eager warns)")
    v = _number(interp, data, what)
    return create(interp, "tensor", [v], dtype or number_dtype(data), 0)


__all__ = ["FACTORY_KW", "arange", "check_device", "check_factory", "filled", "scalar_tensor"]
