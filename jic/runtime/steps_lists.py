"""Step kinds of lists grown in a loop: one buffer, allocated by the first insert, written slice by slice.

{"kind": "stack_init"}                 r_out = None
{"kind": "stack_insert"} in: acc, item, index, count
                                       r_out = acc, or a new (count, *item.shape) buffer; r_out[index] = item
{"kind": "stack_result", "dim": d}     r_out = acc.movedim(0, d)   (a view; no step ran: runs eagerly)
"""

from __future__ import annotations

from jic.errors import SizeLimitation
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
    err = em.bind(SizeLimitation, "err")
    em.line(f"if {acc} is None:  # no step ran: eager's torch.stack([]) raises its own error")
    em.line(f"    raise {err}('torch.stack of a list that no loop step appended to')")
    em.line(f"{o} = {acc}.movedim(0, {int(rec['dim'])})")
