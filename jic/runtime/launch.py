"""One kernel's launch, generated once per variant: allocate outputs, pack arguments, call.

A kernel takes, in order (see jic.launch in jic/ir/kernel_ops.py): for each
tensor argument and then each output, its data pointer and one stride per dim
(0 where the size is 1, which is how size-1 dims broadcast); then the sizes of
the iteration space; then the scalar arguments. The launch step's record says
what the arguments are:

    {"kind": "launch", "kernel": "cell_k0", "in": [sizes..., args...], "out": [...],
     "n_sizes": 2, "args": [{"tensor": 3}, {"tensor": 2}, {"scalar": "i64"}], "outs": ["float32"], "lanes": 1}

`lanes` threads run each element (a warp per output of a reduction on the GPU). A record with
`"vector": {"kernel": "cell_k0_v4", "width": 4, "bytes": 16, "memrefs": [0, 2]}` also names a form of the
kernel whose threads run `width` elements with 16-byte accesses: the launcher runs it, over n / width
threads, when the innermost size and the memrefs it names (tensor arguments, then outputs) allow it
(`_vector_condition`) and the target finds the grid large enough (`target.vector_min_threads(device)`,
if it has one), and the scalar kernel otherwise.

The packing is generated as Python source for exactly these arguments, so a
call does no per-argument dispatch; how the packed values reach the kernel is
the target's business (`target.launch_source`: a direct call on the CPU, a
parameter buffer filled in place and `cuLaunchKernel` on CUDA; or, for a target
with only `launch(name, device, n, params)`, a list of ctypes values).
"""

from __future__ import annotations

import ctypes
import re
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
        lines.append(f"dp_{a} = {a}.data_ptr()")
        exprs.append(f"dp_{a}")
        exprs.extend(f"(0 if sh_{a}[{d}] == 1 else st_{a}[{d}])" for d in range(rank))
        types += ["ptr"] + ["i64"] * rank
    for o in outs:
        lines.append(f"dp_{o} = {o}.data_ptr()")
        exprs.append(f"dp_{o}")
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
    call_lines, call_ns = _call(target, name, types, exprs, device)
    vec = rec.get("vector")
    if vec is None:
        lines += call_lines
    else:  # the vector form where every tensor it reads or writes with vectors allows it
        memrefs = [(a, int(spec["tensor"])) for a, spec in zip(args, specs) if "tensor" in spec]
        memrefs += [(o, n_sizes) for o in outs]
        cond = _vector_condition(vec, memrefs, f"s{n_sizes - 1}", set(outs))
        if hasattr(target, "vector_min_threads"):  # the target may want enough threads left
            cond = f"n >= {int(target.vector_min_threads(device)) * int(vec['width'])} and {cond}"
        v_lines, v_ns = _call(target, vec["kernel"], types, exprs, device)
        v_lines, v_ns = _renamed(v_lines, v_ns, "_v")
        lines.append(f"if {cond}:")
        lines.append(f"    n = n // {int(vec['width'])}")
        lines += ["    " + ln for ln in v_lines]
        lines.append("else:")
        lines += ["    " + ln for ln in call_lines]
        ns.update(v_ns)
    ns.update(call_ns)
    lines.append(f"return ({''.join(o + ', ' for o in outs)})")
    fname = "launch_" + "".join(c if c.isalnum() else "_" for c in name)
    src = f"def {fname}({', '.join(sizes + args)}):\n" + "".join(f"    {ln}\n" for ln in lines)
    exec(compile(src, f"<jic launcher {name}>", "exec"), ns)
    fn = ns[fname]
    fn.__jic_source__ = src
    return fn


def _call(target: Any, name: str, types: list[str], exprs: list[str], device: torch.device) -> tuple[list[str], dict]:
    if hasattr(target, "launch_source"):
        return target.launch_source(name, types, exprs, device)
    return simple_launch_source(target, name, types, exprs)


def _vector_condition(vec: Record, memrefs: list[tuple[str, int]], inner: str, fresh: set[str]) -> str:
    """When the vector form is right (vectorize_inner.py): the innermost size a multiple of the width, and
    every memref it accesses with vectors aligned - the data pointer a multiple of the vector's bytes, the
    last dim of stride 1, the other strides (as passed: 0 for size 1) multiples of the width. Fresh outputs
    are contiguous with sizes the width divides: only their pointer is checked."""
    width, nbytes = int(vec["width"]), int(vec["bytes"])
    conds = [f"{inner} % {width} == 0"]
    for m in vec["memrefs"]:
        name, rank = memrefs[int(m)]
        conds.append(f"dp_{name} % {nbytes} == 0")
        if name in fresh:
            continue
        conds.append(f"sh_{name}[{rank - 1}] != 1 and st_{name}[{rank - 1}] == 1")
        conds += [f"(sh_{name}[{d}] == 1 or st_{name}[{d}] % {width} == 0)" for d in range(rank - 1)]
    return " and ".join(conds)


def _renamed(lines: list[str], ns: dict, suffix: str) -> tuple[list[str], dict]:
    """A second launch's source in the same function: its namespace's names get `suffix`."""
    out = list(lines)
    for k in sorted(ns, key=len, reverse=True):
        pat = re.compile(rf"(?<![\w.]){re.escape(k)}(?!\w)")
        out = [pat.sub(k + suffix, ln) for ln in out]
    return out, {k + suffix: v for k, v in ns.items()}


_CTYPES = {"ptr": ctypes.c_void_p, "i64": ctypes.c_int64, "f32": ctypes.c_float, "f64": ctypes.c_double}


def simple_launch_source(target: Any, name: str, types: list[str], exprs: list[str]) -> tuple[list[str], dict]:
    """The launch for a target with only `launch(name, device, n, params)`, params as ctypes values (an
    emulator, say): simple to write, slower than `launch_source`."""
    ns: dict[str, Any] = {"_target": target, "_kernel_name": name}
    ns.update({f"_ct_{t}": c for t, c in _CTYPES.items()})
    params = ", ".join(f"_ct_{t}({e})" for t, e in zip(types, exprs))
    return [f"_target.launch(_kernel_name, _dev, n, [{params}])"], ns


__all__ = ["SCALAR_TYPES", "make_launcher", "simple_launch_source", "torch_dtype"]
