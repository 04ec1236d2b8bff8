"""Step kinds of lists grown in a loop: one buffer, allocated by the first insert, written slice by slice.

{"kind": "stack_init"}                 r_out = None
{"kind": "stack_insert"} in: acc, item, index, count
                                       r_out = acc, or a new (count, *item.shape) buffer; r_out[index] = item
{"kind": "stack_alloc", "dim": d, "dtype": dt} in: n, *sizes
                                       r_out = torch.empty((*sizes[:d], n, *sizes[d:])).movedim(d, 0)
                                       (a kernel fills it; its stack along d is contiguous)
{"kind": "stack_result", "dim": d}     r_out = acc.movedim(0, d)   (a view; no step ran: EmptyListError, as eager)
"""

from __future__ import annotations

import torch

from jic.errors import EmptyListError
from jic.runtime.schedule import Emitter, Record, step_kind


@step_kind("stack_init")
def _init(em: Emitter, rec: Record) -> None:
    (o,) = em.regs(rec, "out")
    em.line(f"{o} = None")


@step_kind("stack_insert")
def _insert(em: Emitter, rec: Record) -> None:
    acc, item, idx, count = em.regs(rec)
    (o,) = em.regs(rec, "out")
    em.line(f"{o} = {acc} if {acc} is not None else {item}.new_empty(({count}, *{item}.shape))")
    em.line(f"{o}[{idx}].copy_({item})")


@step_kind("stack_result")
def _result(em: Emitter, rec: Record) -> None:
    (acc,) = em.regs(rec)
    (o,) = em.regs(rec, "out")
    err = em.bind(EmptyListError, "err")
    em.line(f"if {acc} is None or {acc}.shape[0] == 0:  # no step ran: eager's torch.stack([]) raises")
    em.line(f"    raise {err}('torch.stack or torch.cat of an empty list: no loop step appended to it')")
    em.line(f"{o} = {acc}.movedim(0, {int(rec['dim'])})")


@step_kind("stack_alloc")
def _alloc(em: Emitter, rec: Record) -> None:
    n, *sizes = em.regs(rec)
    (o,) = em.regs(rec, "out")
    d = int(rec["dim"])
    shape = [*sizes[:d], n, *sizes[d:]]
    empty = em.bind(torch.empty, "empty")
    dt = em.bind(getattr(torch, rec["dtype"]), "dt")
    dev = em.bind(em.device, "dev")
    em.line(f"{o} = {empty}(({', '.join(shape)},), dtype={dt}, device={dev}).movedim({d}, 0)")
