"""Step kinds that change a tensor's layout: {"kind": "contiguous"}  r_out = r_x.contiguous()."""

from __future__ import annotations

from jic.runtime.schedule import Emitter, Record, step_kind


@step_kind("contiguous")
def _contiguous(em: Emitter, rec: Record) -> None:
    (x,) = em.regs(rec)
    (o,) = em.regs(rec, "out")
    em.line(f"{o} = {x}.contiguous()")
