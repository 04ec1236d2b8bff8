"""One kernel's launch, written into the host program: allocate outputs, pack arguments, call.

A kernel takes, in order (see jic.launch in jic/ir/kernel_ops.py): for each
tensor argument and then each output, its data pointer and one stride per dim
(0 where the size is 1, which is how size-1 dims broadcast); then the sizes of
the iteration space; then the scalar arguments. The launch step's record says
what the arguments are:

    {"kind": "launch", "kernel": "cell_k0", "in": [sizes..., args...], "out": [...],
     "n_sizes": 2, "args": [{"tensor": 3}, {"tensor": 2}, {"scalar": "i64"}], "outs": ["float32"], "lanes": 1}

`lanes` threads run each element (a warp per output of a reduction on the GPU). A record with
`"vector": {"kernel": "cell_k0_v4", "width": 4, "bytes": 16, "memrefs": [0, 2]}` also names a form of the
kernel whose threads run `width` elements with 16-byte accesses: the program runs it, over n / width
threads, when the innermost size and the memrefs it names (tensor arguments, then outputs) allow it
(`_vector_condition`) and the target finds the grid large enough (`target.vector_min_threads(device)`,
if it has one), and the scalar kernel otherwise.

The launch is generated as Python source for exactly these arguments, in line
in the host program (a tensor parameter's shape and strides are read once per
call however many kernels take it), so a call does no per-argument dispatch;
how the parameter values reach the kernel is the target's business
(`target.launch_source(name, types, exprs, device, n, bind)` returns the lines:
one `struct` pack and a direct call on the CPU, a preallocated parameter
buffer packed in place and `cuLaunchKernel` on CUDA; or, for a target with only
`launch(name, device, n, params)`, a list of ctypes values). A target whose
`takes_tensors(device)` is true reads tensors itself: each tensor argument and
output is then one parameter `t<rank>`, the tensor (its launcher fills the
data pointer and the strides), in a launch of the plain kernel; and its
`empty_source(dtype, sizes, device, bind)` may allocate the outputs (else
`torch.empty`). A block kernel
(`"block": {"rows": R, "shared_per_unit": bytes}`, see outline_recurrent.py)
runs ceil(rows / R) blocks whose threads cover the units, with `units *
shared_per_unit` bytes of shared memory: `target.block_launch_source(name,
types, exprs, device, blocks, units, smem, bind)` sizes the blocks from the
device.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import torch

from jic.runtime.schedule import Emitter, Record

Bind = Callable[[Any, str], str]  # Emitter.bind: a name under which the generated code sees a value

_DTYPES = {str(d).removeprefix("torch."): d for d in (torch.float32, torch.float64, torch.float16, torch.bfloat16)}
_DTYPES.update({"int64": torch.int64, "int32": torch.int32, "bool": torch.bool})
SCALAR_TYPES = ("i64", "f32", "f64")
MAX_TENSOR_RANK = 9  # a `t<rank>` parameter's rank is one digit (fast_launch.py's descriptor reads it so)


def torch_dtype(name: str) -> torch.dtype:
    try:
        return _DTYPES[name]
    except KeyError:
        raise ValueError(f"schedule: unknown dtype {name!r}; known: {', '.join(sorted(_DTYPES))}") from None


def emit_launch(em: Emitter, rec: Record) -> None:
    """Write the launch of the kernel the record names into the host program, in line (no call of its own)."""
    name = rec["kernel"]
    n_sizes = int(rec["n_sizes"])
    specs = rec["args"]
    ins = em.regs(rec)
    sizes, args = ins[:n_sizes], ins[n_sizes:]
    outs = em.regs(rec, "out")
    if len(args) != len(specs) or len(outs) != len(rec["outs"]):
        raise ValueError(
            f"schedule: launch of {name}: {len(ins)} inputs and {len(outs)} outputs do not match its record"
        )
    u = em.fresh("k")
    vec = rec.get("vector")
    block = rec.get("block")
    # the target reads tensors itself (data pointer, strides): one parameter `t<rank>` per tensor
    whole = vec is None and block is None and _takes_tensors(em)
    whole_outs = whole and n_sizes <= MAX_TENSOR_RANK
    # outputs are fresh and contiguous: strides c0, c1, ... follow from the sizes
    strides = [f"{u}c{d}" for d in range(n_sizes)]
    if not whole_outs:
        for d in range(n_sizes - 1, -1, -1):
            em.line(f"{strides[d]} = {'1' if d == n_sizes - 1 else f'{strides[d + 1]} * {sizes[d + 1]}'}")
    for o, dt in zip(outs, rec["outs"]):
        em.line(f"{o} = {_empty(em, dt, sizes)}")
    n = f"{u}n"
    em.line(f"{n} = {' * '.join(sizes) or '1'}")
    em.line(f"if {n}:")
    em.indent()

    exprs: list[str] = []  # the kernel's parameters, in order, as Python expressions
    types: list[str] = []  # "ptr" | "i64" | "f32" | "f64" | "t<rank>"
    memrefs: list[tuple[str, int, str | None, str | None]] = []  # (data pointer, rank, shape, strides)
    for a, spec in zip(args, specs):
        if "tensor" not in spec:
            continue
        rank = int(spec["tensor"])
        if whole and rank <= MAX_TENSOR_RANK:
            exprs.append(a)
            types.append(f"t{rank}")
            continue
        sh, st = em.read(a, "shape"), em.read(a, "stride()")
        dp = f"{a}.data_ptr()"
        if vec is not None:  # the vector form's condition reads the pointer too
            dp = f"{u}dp_{a}"
            em.line(f"{dp} = {a}.data_ptr()")
        memrefs.append((dp, rank, sh, st))
        exprs.append(dp)
        exprs.extend(f"(0 if {sh}[{d}] == 1 else {st}[{d}])" for d in range(rank))
        types += ["ptr"] + ["i64"] * rank
    for o in outs:
        if whole_outs:
            exprs.append(o)
            types.append(f"t{n_sizes}")
            continue
        dp = f"{o}.data_ptr()"
        if vec is not None:
            dp = f"{u}dp_{o}"
            em.line(f"{dp} = {o}.data_ptr()")
        memrefs.append((dp, n_sizes, None, None))  # fresh and contiguous
        exprs.append(dp)
        exprs.extend(f"(0 if {s} == 1 else {c})" for s, c in zip(sizes, strides))
        types += ["ptr"] + ["i64"] * n_sizes
    exprs += sizes
    types += ["i64"] * n_sizes
    for a, spec in zip(args, specs):
        if "scalar" in spec:
            if spec["scalar"] not in SCALAR_TYPES:
                raise ValueError(f"schedule: scalar type {spec['scalar']!r}, expected one of {SCALAR_TYPES}")
            exprs.append(a)
            types.append(spec["scalar"])
    lanes = int(rec.get("lanes", 1))
    if lanes != 1:  # threads per element: the launch covers n * lanes threads
        em.line(f"{n} = {n} * {lanes}")
    if block is not None:  # a block per `rows` rows, its threads over the units (the sizes are (rows, units))
        if n_sizes != 2 or not hasattr(em.target, "block_launch_source"):
            raise ValueError(f"schedule: block kernel {name} needs 2 sizes and a target that launches blocks")
        blocks, smem = f"{u}blocks", f"{u}smem"
        em.line(f"{blocks} = -(-{sizes[0]} // {int(block['rows'])})")
        em.line(f"{smem} = {sizes[1]} * {int(block['shared_per_unit'])}")
        units = sizes[1] if lanes == 1 else f"{sizes[1]} * {lanes}"  # threads: `lanes` a unit
        for line in em.target.block_launch_source(name, types, exprs, em.device, blocks, units, smem, em.bind):
            em.line(line)
    elif vec is None:
        _call(em, name, types, exprs, n)
    else:  # the vector form where every tensor it reads or writes with vectors allows it
        width = int(vec["width"])
        cond = _vector_condition(vec, memrefs, sizes[-1] if sizes else "1")
        if hasattr(em.target, "vector_min_threads"):  # the target may want enough threads left
            cond = f"{n} >= {int(em.target.vector_min_threads(em.device)) * width} and {cond}"
        em.line(f"if {cond}:")
        em.indent()
        em.line(f"{n}v = {n} // {width}")
        _call(em, vec["kernel"], types, exprs, f"{n}v")
        em.dedent()
        em.line("else:")
        em.indent()
        _call(em, name, types, exprs, n)
        em.dedent()
    em.dedent()


def _takes_tensors(em: Emitter) -> bool:
    f = getattr(em.target, "takes_tensors", None)
    return bool(f and f(em.device))


def _empty(em: Emitter, dtype: str, sizes: list[str]) -> str:
    """The expression that allocates a fresh contiguous output: the target's own (`empty_source`), else
    `torch.empty`."""
    f = getattr(em.target, "empty_source", None)
    src = f(dtype, sizes, em.device, em.bind) if f else None
    if src is not None:
        return src
    shape = ", ".join(sizes) if sizes else "()"
    empty, dev = em.bind(torch.empty, "empty"), em.bind(em.device, "dev")
    return f"{empty}({shape}, dtype={em.bind(torch_dtype(dtype), 'dt')}, device={dev})"


def make_launcher(rec: Record, target: Any, device: torch.device) -> Callable:
    """`launch(*sizes, *args) -> tuple of outputs` for one launch record alone (tests, tools): the code a host
    program has in line, as a function of its own."""
    from jic.runtime.schedule import build_program

    n_in, n_out = int(rec["n_sizes"]) + len(rec["args"]), len(rec["outs"])
    alone = dict(rec, **{"kind": "launch", "in": list(range(n_in)), "out": list(range(n_in, n_in + n_out))})
    ret = {"kind": "return", "in": alone["out"], "tuple": True}
    name = "launch_" + "".join(c if c.isalnum() else "_" for c in rec["kernel"])
    return build_program([alone, ret], list(range(n_in)), target, device, name)


def _call(em: Emitter, name: str, types: list[str], exprs: list[str], n: str) -> None:
    if hasattr(em.target, "launch_source"):
        call = em.target.launch_source(name, types, exprs, em.device, n, em.bind)
    else:
        call = simple_launch_source(em.target, name, types, exprs, em.device, n, em.bind)
    for line in call:
        em.line(line)


def _vector_condition(vec: Record, memrefs: list[tuple[str, int, str | None, str | None]], inner: str) -> str:
    """When the vector form is right (vectorize_inner.py): the innermost size a multiple of the width, and
    every memref it accesses with vectors aligned - the data pointer a multiple of the vector's bytes, the
    last dim of stride 1, the other strides (as passed: 0 for size 1) multiples of the width. Fresh outputs
    (no shape here) are contiguous with sizes the width divides: only their pointer is checked."""
    width, nbytes = int(vec["width"]), int(vec["bytes"])
    conds = [f"{inner} % {width} == 0"]
    for m in vec["memrefs"]:
        dp, rank, sh, st = memrefs[int(m)]
        conds.append(f"{dp} % {nbytes} == 0")
        if sh is None:
            continue
        conds.append(f"{sh}[{rank - 1}] != 1 and {st}[{rank - 1}] == 1")
        conds += [f"({sh}[{d}] == 1 or {st}[{d}] % {width} == 0)" for d in range(rank - 1)]
    return " and ".join(conds)


_CTYPES = {"ptr": ctypes.c_void_p, "i64": ctypes.c_int64, "f32": ctypes.c_float, "f64": ctypes.c_double}


def simple_launch_source(
    target: Any, name: str, types: list[str], exprs: list[str], device: Any, n: str, bind: Bind
) -> list[str]:
    """The launch for a target with only `launch(name, device, n, params)`, params as ctypes values (an
    emulator, say): simple to write, slower than `launch_source`."""
    params = ", ".join(f"{bind(_CTYPES[t], 'ct_' + t)}({e})" for t, e in zip(types, exprs))
    return [f"{bind(target.launch, 'target_launch')}({name!r}, {bind(device, 'dev')}, {n}, [{params}])"]


__all__ = ["SCALAR_TYPES", "Bind", "emit_launch", "make_launcher", "simple_launch_source", "torch_dtype"]
