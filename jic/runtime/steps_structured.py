"""Step kinds for structured work on the host: views, library matmuls, host-side loops.

{"kind": "select_view", "dim": d}   r_out = r_x.select(d, r_t)
{"kind": "permute", "perm": [...]}  r_out = r_x.permute(perm)
{"kind": "matmul"}                  r_out = torch.matmul(r_a, r_b)   (cuBLAS / the CPU BLAS)
{"kind": "cat_columns"}             r_out = torch.cat((r_w1, r_w2, ...), 1)
{"kind": "matmul_columns"}          in: a, cat, w1, w2, ...; out: one column slice of a @ cat per w
{"kind": "for"}  in: lb, ub, step, inits; out: iv, carried     carried = inits; for iv in range(...):
{"kind": "yield"} in: new values; out: carried                      carried = new values (ends the body)
{"kind": "move"}  in: carried; out: the loop's results
{"kind": "while"} in: inits; out: the test's arguments              args = inits; while True:
{"kind": "condition"} in: c, values; out: the loop's results;       results = values; if not c: break
    "body": the body's arguments                                    body args = values
(a `while` ends with "yield": new values -> the test's arguments)
"""

from __future__ import annotations

import torch

from jic.runtime.schedule import Emitter, Record, step_kind


def _assign(em: Emitter, outs: list[str], ins: list[str]) -> None:
    if outs:
        em.line(f"{', '.join(outs)} = {', '.join(ins)}")


@step_kind("select_view")
def _select(em: Emitter, rec: Record) -> None:
    x, t = em.regs(rec)
    (o,) = em.regs(rec, "out")
    em.line(f"{o} = {x}.select({int(rec['dim'])}, {t})")


@step_kind("permute")
def _permute(em: Emitter, rec: Record) -> None:
    (x,) = em.regs(rec)
    (o,) = em.regs(rec, "out")
    em.line(f"{o} = {x}.permute({tuple(int(p) for p in rec['perm'])!r})")


@step_kind("matmul")
def _matmul(em: Emitter, rec: Record) -> None:
    a, b = em.regs(rec)
    (o,) = em.regs(rec, "out")
    em.line(f"{o} = {em.bind(torch.matmul, 'matmul')}({a}, {b})")


@step_kind("cat_columns")
def _cat_columns(em: Emitter, rec: Record) -> None:
    (o,) = em.regs(rec, "out")
    em.line(f"{o} = {em.bind(torch.cat, 'cat')}(({', '.join(em.regs(rec))},), 1)")


@step_kind("matmul_columns")
def _matmul_columns(em: Emitter, rec: Record) -> None:
    """One product with side-by-side weights; each output is the column slice of one weight."""
    a, cat, *ws = em.regs(rec)
    outs = em.regs(rec, "out")
    em.line(f"_big = {em.bind(torch.matmul, 'matmul')}({a}, {cat})")
    em.line("_off = 0")
    for o, w in zip(outs, ws):
        em.line(f"{o} = _big.narrow(-1, _off, {w}.shape[1])")
        em.line(f"_off += {w}.shape[1]")


@step_kind("for")
def _for(em: Emitter, rec: Record) -> None:
    lb, ub, step, *inits = em.regs(rec)
    iv, *iters = em.regs(rec, "out")
    _assign(em, iters, inits)
    em.line(f"for {iv} in range({lb}, {ub}, {step}):")
    em.indent()
    em.line("pass")  # a body may have no steps


@step_kind("yield")
def _yield(em: Emitter, rec: Record) -> None:
    _assign(em, em.regs(rec, "out"), em.regs(rec))  # all at once: a new value may read an old one
    em.dedent()


@step_kind("while")
def _while(em: Emitter, rec: Record) -> None:
    _assign(em, em.regs(rec, "out"), em.regs(rec))
    em.line("while True:")
    em.indent()


@step_kind("condition")
def _condition(em: Emitter, rec: Record) -> None:
    """The end of a `while`'s test: what it passes on is the loop's results if it stops, the body's arguments if not."""
    c, *values = em.regs(rec)
    _assign(em, em.regs(rec, "out"), values)
    em.line(f"if not {c}:")
    em.line("    break")
    _assign(em, em.regs(rec, "body"), values)


@step_kind("move")
def _move(em: Emitter, rec: Record) -> None:
    _assign(em, em.regs(rec, "out"), em.regs(rec))


@step_kind("if")
def _if(em: Emitter, rec: Record) -> None:
    (c,) = em.regs(rec)
    em.line(f"if {c}:")
    em.indent()
    em.line("pass")


@step_kind("else")
def _else(em: Emitter, rec: Record) -> None:
    _assign(em, em.regs(rec, "out"), em.regs(rec))
    em.dedent()
    em.line("else:")
    em.indent()
    em.line("pass")


@step_kind("end_if")
def _end_if(em: Emitter, rec: Record) -> None:
    _assign(em, em.regs(rec, "out"), em.regs(rec))
    em.dedent()
