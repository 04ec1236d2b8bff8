"""One kernel's launch, generated once per variant: allocate outputs, pack arguments, call.

A kernel takes, in order (see jic.launch in jic/ir/kernel_ops.py): for each
tensor argument and then each output, its data pointer and one stride per dim
(0 where the size is 1, which is how size-1 dims broadcast); then the sizes of
the iteration space; then the scalar arguments. The launch step's record says
what the arguments are:

    {"kind": "launch", "kernel": "cell_k0", "in": [sizes..., args...], "out": [...],
     "n_sizes": 2, "args": [{"tensor": 3}, {"tensor": 2}, {"scalar": "i64"}], "outs": ["float32"], "lanes": 1}

`lanes` threads run each element (a warp per output of a reduction on the GPU).

The packing is generated as Python source for exactly these arguments, so a
call does no per-argument dispatch; how the packed values reach the kernel is
the target's business (`target.launch_source`: a direct call on the CPU, a
parameter buffer filled in place and `cuLaunchKernel` on CUDA; or, for a target
with only `launch(name, device, n, params)`, a list of ctypes values).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import torch

from jic.runtime.schedule import Record

_DTYPES = {str(d).removeprefix("torch."): d for d in (torch.float32, torch.float64, torch.float16, torch.bfloat16)}
_DTYPES.update({"int64": torch.int64, "int32": torch.int32, "bool": torch.bool})
SCALAR_TYPES = ("i64", "f32", "f64")


def torch_dtype(name: str) -> torch.dtype:
    try:
        return _DTYPES[name]
    except KeyError:
        raise ValueError(f"schedule: unknown dtype {name!r}; known: {', '.join(sorted(_DTYPES))}") from None


def make_launcher(rec: Record, target: Any, device: torch.device) -> Callable:
    """`launch(*sizes, *args) -> tuple of outputs` for the kernel the record names."""
    name = rec["kernel"]
    n_sizes = int(rec["n_sizes"])
    specs = rec["args"]
    sizes = [f"s{i}" for i in range(n_sizes)]
    args = [f"a{i}" for i in range(len(specs))]
    outs = [f"o{i}" for i in range(len(rec["outs"]))]
    ns: dict[str, Any] = {"_empty": torch.empty_strided, "_dev": device}
    lines: list[str] = []
    # outputs are fresh and contiguous: strides c0, c1, ... follow from the sizes
    for d in range(n_sizes - 1, -1, -1):
        lines.append(f"c{d} = {'1' if d == n_sizes - 1 else f'c{d + 1} * s{d + 1}'}")
    shape = "(" + "".join(s + ", " for s in sizes) + ")"
    strides = "(" + "".join(f"c{d}, " for d in range(n_sizes)) + ")"
    for i, dt in enumerate(rec["outs"]):
        ns[f"_dt{i}"] = torch_dtype(dt)
        lines.append(f"o{i} = _empty({shape}, {strides}, dtype=_dt{i}, device=_dev)")
    lines.append(f"n = {' * '.join(sizes) or '1'}")
    lines.append("if n == 0:")
    lines.append(f"    return ({''.join(o + ', ' for o in outs)})")
    lanes = int(rec.get("lanes", 1))

    exprs: list[str] = []  # the kernel's parameters, in order, as Python expressions
    types: list[str] = []  # "ptr" | "i64" | "f32" | "f64"
    for a, spec in zip(args, specs):
        if "tensor" not in spec:
            continue
        rank = int(spec["tensor"])
        lines.append(f"sh_{a} = {a}.shape")
        lines.append(f"st_{a} = {a}.stride()")
        exprs.append(f"{a}.data_ptr()")
        exprs.extend(f"(0 if sh_{a}[{d}] == 1 else st_{a}[{d}])" for d in range(rank))
        types += ["ptr"] + ["i64"] * rank
    for o in outs:
        exprs.append(f"{o}.data_ptr()")
        exprs.extend(f"(0 if s{d} == 1 else c{d})" for d in range(n_sizes))
        types += ["ptr"] + ["i64"] * n_sizes
    exprs += sizes
    types += ["i64"] * n_sizes
    for a, spec in zip(args, specs):
        if "scalar" in spec:
            if spec["scalar"] not in SCALAR_TYPES:
                raise ValueError(f"schedule: scalar type {spec['scalar']!r}, expected one of {SCALAR_TYPES}")
            exprs.append(a)
            types.append(spec["scalar"])

    if lanes != 1:  # threads per element: the launch covers n * lanes threads
        lines.append(f"n = n * {lanes}")
    if hasattr(target, "launch_source"):
        call_lines, call_ns = target.launch_source(name, types, exprs, device)
    else:
        call_lines, call_ns = simple_launch_source(target, name, types, exprs)
    lines += call_lines
    ns.update(call_ns)
    lines.append(f"return ({''.join(o + ', ' for o in outs)})")
    fname = "launch_" + "".join(c if c.isalnum() else "_" for c in name)
    src = f"def {fname}({', '.join(sizes + args)}):\n" + "".join(f"    {ln}\n" for ln in lines)
    exec(compile(src, f"<jic launcher {name}>", "exec"), ns)
    fn = ns[fname]
    fn.__jic_source__ = src
    return fn


_CTYPES = {"ptr": ctypes.c_void_p, "i64": ctypes.c_int64, "f32": ctypes.c_float, "f64": ctypes.c_double}


def simple_launch_source(target: Any, name: str, types: list[str], exprs: list[str]) -> tuple[list[str], dict]:
    """The launch for a target with only `launch(name, device, n, params)`, params as ctypes values (an
    emulator, say): simple to write, slower than `launch_source`."""
    ns: dict[str, Any] = {"_target": target, "_kernel_name": name}
    ns.update({f"_ct_{t}": c for t, c in _CTYPES.items()})
    params = ", ".join(f"_ct_{t}({e})" for t, e in zip(types, exprs))
    return [f"_target.launch(_kernel_name, _dev, n, [{params}])"], ns


__all__ = ["SCALAR_TYPES", "make_launcher", "simple_launch_source", "torch_dtype"]
