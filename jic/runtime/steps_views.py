"""Step kinds for tensors the host makes with torch: views (jic.view) and new tensors (jic.create).

{"kind": "view", "view": "narrow", "args": [1, RT, 3]}   r_out = r_x.narrow(1, r_start, 3)
{"kind": "create", "create": "full", "dtype": "float32"} r_out = torch.full((r_B, r_H), r_v, dtype=..., device=...)

`args` are the call's ints; RT takes the next run-time int of the step's inputs,
NONE is Python's None. Sizes a compiled variant cannot take (squeeze of a dim
that is not 1, chunk into fewer parts) raise SizeLimitation: the call runs eagerly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from jic.errors import SizeLimitation
from jic.runtime.schedule import Emitter, Record, step_kind

RT = -(2**63) + 1  # the next run-time operand (jic/ir/view_ops.py)
NONE = 2**63 - 1  # Python None

ViewFn = Callable[[torch.Tensor, list[int]], torch.Tensor]


def _none(v: int) -> int | None:
    return None if v == NONE else v


def make_view(kind: str, a: list[int]) -> ViewFn:  # noqa: C901 - one case per kind
    """(source, run-time ints) -> the view, for one jic.view."""

    def fill(rt: list[int]) -> list[Any]:
        it = iter(rt)
        return [next(it) if v == RT else _none(v) for v in a]

    if kind == "permute":
        return lambda x, rt: x.permute(*a)
    if kind == "unsqueeze":
        return lambda x, rt: x.unsqueeze(a[0])
    if kind == "squeeze":

        def squeeze(x: torch.Tensor, rt: list[int]) -> torch.Tensor:
            if x.shape[a[0]] != 1:
                raise SizeLimitation(f"squeeze({a[0]}) of a dim of size {x.shape[a[0]]} keeps the dim")
            return x.squeeze(a[0])

        return squeeze
    if kind == "expand":
        return lambda x, rt: x.expand(*fill(rt))
    if kind == "view":
        return lambda x, rt: x.view(*fill(rt))
    if kind == "reshape":
        return lambda x, rt: x.reshape(*fill(rt))
    if kind == "slice":
        d, start, stop, step = a
        key = (slice(None),) * d + (slice(_none(start), _none(stop), _none(step)),)
        return lambda x, rt: x[key]
    if kind == "narrow":

        def narrow(x: torch.Tensor, rt: list[int]) -> torch.Tensor:
            d, start, length = fill(rt)
            return x.narrow(d, start, length)

        return narrow
    if kind == "flatten":
        return lambda x, rt: x.flatten(a[0], a[1])
    if kind == "flip":
        return lambda x, rt: x.flip(a)
    if kind == "chunk":
        n, i, d = a

        def chunk(x: torch.Tensor, rt: list[int]) -> torch.Tensor:
            parts = x.chunk(n, d)
            if len(parts) != n:
                raise SizeLimitation(f"chunk({n}) of a dim of size {x.shape[d]} makes {len(parts)} parts")
            return parts[i]

        return chunk
    if kind == "split":
        i, d, *sections = a
        return lambda x, rt: x.split(sections, d)[i]
    raise ValueError(f"schedule: unknown view {kind!r}")


@step_kind("view")
def _view(em: Emitter, rec: Record) -> None:
    x, *rt = em.regs(rec)
    (o,) = em.regs(rec, "out")
    fn = em.bind(make_view(rec["view"], [int(v) for v in rec["args"]]), "view_" + rec["view"] + "_")
    em.line(f"{o} = {fn}({x}, [{', '.join(rt)}])")


@step_kind("create")
def _create(em: Emitter, rec: Record) -> None:
    """full: in = sizes..., value; arange: in = start, end, step; tensor: in = value."""
    args = em.regs(rec)
    (o,) = em.regs(rec, "out")
    dt = em.bind(getattr(torch, rec["dtype"]), "dtype")
    dev = em.bind(em.device, "device")
    kind = rec["create"]
    if kind == "full":
        sizes = ", ".join(args[:-1]) + ("," if len(args) == 2 else "")
        em.line(f"{o} = {em.bind(torch.full, 'full')}(({sizes}), {args[-1]}, dtype={dt}, device={dev})")
    elif kind == "arange":
        em.line(f"{o} = {em.bind(torch.arange, 'arange')}({', '.join(args)}, dtype={dt}, device={dev})")
    elif kind == "tensor":
        em.line(f"{o} = {em.bind(torch.tensor, 'tensor')}({args[0]}, dtype={dt}, device={dev})")
    else:
        raise ValueError(f"schedule: unknown create {kind!r}")
