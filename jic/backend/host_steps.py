"""Host steps for structured work: views, library matmuls, and loops that stay on the host.

Each builder turns one op into a closure over the host program's register file, once, at compile
time; a call runs the closures (no IR is looked at then):

    jic.select %x[1 = %t]      ->  r[out] = r[x].select(1, r[t])          (a view, no copy)
    jic.permute %w {perm}      ->  r[out] = r[w].permute(perm)            (a view, no copy)
    jic.matmul %a, %b          ->  r[out] = torch.matmul(r[a], r[b])      (cuBLAS / the CPU BLAS)
    scf.for %t = lb to ub ...  ->  for t in range(lb, ub, step): the body's steps, then the yields
    scf.if %c                  ->  the steps of the branch r[c] picks, then its yields

A loop left on the host is a loop the dependence analysis could not give to independent threads
(its carried state is coupled across elements, e.g. `h @ W`); each step runs its fused kernels and
library calls in order, carried tensors are passed from one step to the next by reference.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from xdsl.dialects import scf
from xdsl.ir import Operation, SSAValue

from jic.backend import list_steps
from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T

Step = Callable[[list[Any]], None]
BuildStep = Callable[[Operation], Step]


def build(op: Operation, regs: dict[SSAValue, int], build_step: BuildStep) -> Step | None:
    """The step for `op`, or None if `op` is not one of these. `build_step` builds a nested op's step."""
    step = list_steps.build(op, regs)
    if step is not None:
        return step
    if isinstance(op, T.SelectOp):
        return _select(op, regs)
    if isinstance(op, S.PermuteOp):
        return _permute(op, regs)
    if isinstance(op, S.MatmulOp):
        return _matmul(op, regs)
    if isinstance(op, scf.ForOp):
        return _loop(op, regs, build_step)
    if isinstance(op, scf.IfOp):
        return _branch(op, regs, build_step)
    return None


def _block_steps(block, regs: dict[SSAValue, int], build_step: BuildStep) -> tuple[list[Step], list[int]]:  # type: ignore[no-untyped-def]
    """The steps of a region's block and the registers its terminator yields."""
    steps: list[Step] = []
    yields: list[int] = []
    for inner in block.ops:
        if isinstance(inner, scf.YieldOp):
            yields = [regs[v] for v in inner.arguments]
            continue
        for res in inner.results:
            regs[res] = len(regs)
        steps.append(build_step(inner))
    return steps, yields


def _branch(op: scf.IfOp, regs: dict[SSAValue, int], build_step: BuildStep) -> Step:
    cond = regs[op.cond]
    then_steps, then_yields = _block_steps(op.true_region.block, regs, build_step)
    else_steps, else_yields = (
        _block_steps(op.false_region.block, regs, build_step) if op.false_region.blocks else ([], [])
    )
    outs = [regs[v] for v in op.results]

    def branch(r: list[Any]) -> None:
        steps, yields = (then_steps, then_yields) if r[cond] else (else_steps, else_yields)
        for step in steps:
            step(r)
        vals = [r[y] for y in yields]
        for o, v in zip(outs, vals):
            r[o] = v

    return branch


def _select(op: T.SelectOp, regs: dict[SSAValue, int]) -> Step:
    src, idx, out, d = regs[op.source], regs[op.index], regs[op.result], op.dim.value.data

    def select(r: list[Any]) -> None:
        r[out] = r[src].select(d, r[idx])

    return select


def _permute(op: S.PermuteOp, regs: dict[SSAValue, int]) -> Step:
    src, out, perm = regs[op.input], regs[op.result], op.permutation

    def permute(r: list[Any]) -> None:
        r[out] = r[src].permute(perm)

    return permute


def _matmul(op: S.MatmulOp, regs: dict[SSAValue, int]) -> Step:
    a, b, out = regs[op.lhs], regs[op.rhs], regs[op.result]
    mm = torch.matmul

    def matmul(r: list[Any]) -> None:
        r[out] = mm(r[a], r[b])

    return matmul


def _loop(op: scf.ForOp, regs: dict[SSAValue, int], build_step: BuildStep) -> Step:
    body = op.body.block
    for a in body.args:
        regs[a] = len(regs)
    steps, yields = _block_steps(body, regs, build_step)
    lb, ub, st = regs[op.lb], regs[op.ub], regs[op.step]
    iv = regs[body.args[0]]
    iters = [regs[a] for a in body.args[1:]]
    inits = [regs[v] for v in op.iter_args]
    outs = [regs[v] for v in op.results]

    def loop(r: list[Any]) -> None:
        for i, j in zip(iters, inits):
            r[i] = r[j]
        for t in range(r[lb], r[ub], r[st]):
            r[iv] = t
            for step in steps:
                step(r)
            new = [r[y] for y in yields]
            for i, v in zip(iters, new):
                r[i] = v
        for o, i in zip(outs, iters):
            r[o] = r[i]

    return loop
