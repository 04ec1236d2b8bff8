"""Host steps for structured work: views, library matmuls, and loops that stay on the host.

Each op becomes a schedule record (see jic/backend/host.py); its Python is in jic/runtime/steps_structured.py:

    jic.select %x[1 = %t]      ->  {"kind": "select_view", "dim": 1}  r_out = r_x.select(1, r_t)    (a view)
    jic.permute %w {perm}      ->  {"kind": "permute", "perm": [...]} r_out = r_w.permute(perm)     (a view)
    jic.matmul %a, %b          ->  {"kind": "matmul"}                 r_out = torch.matmul(r_a, r_b)
    scf.for %t = lb to ub ...  ->  "for", the body's records, "yield", "move"
    scf.while (test; body)     ->  "while", the test's records, "condition", the body's records, "yield"
    scf.if %c                  ->  "if", the then-records, "else", the else-records, "end_if"
    h @ W1, h @ W2 in a loop   ->  "cat_columns" before it, one "matmul_columns" per step

A loop left on the host is a loop the dependence analysis could not give to independent threads
(its carried state is coupled across elements, e.g. `h @ W`); each step runs its fused kernels and
library calls in order, carried tensors are passed from one step to the next by reference.
"""

from __future__ import annotations

from xdsl.dialects import scf
from xdsl.dialects.builtin import TensorType
from xdsl.ir import Operation, SSAValue

from jic.backend import eager_steps, host_read_steps, list_steps, view_steps  # noqa: F401  (registers those ops' lowerings)
from jic.backend.host import ScheduleBuilder, lowers
from jic.ir import structured_ops as S
from jic.ir import tensor_ops as T
from jic.passes.ir_utils import defined_inside
from jic.runtime.schedule import Record


@lowers(T.SelectOp)
def _select(b: ScheduleBuilder, op: T.SelectOp) -> Record:
    return {"kind": "select_view", "dim": op.dim.value.data}


@lowers(S.PermuteOp)
def _permute(b: ScheduleBuilder, op: S.PermuteOp) -> Record:
    return {"kind": "permute", "perm": list(op.permutation)}


@lowers(S.MatmulOp)
def _matmul(b: ScheduleBuilder, op: S.MatmulOp) -> Record:
    return {"kind": "matmul"}


@lowers(scf.ForOp)
def _loop(b: ScheduleBuilder, op: scf.ForOp) -> None:
    """`for` (inits -> carried), the body, `yield` (new values -> carried), `move` (carried -> results)."""
    body = op.body.block
    grouped = _matmul_groups(b, op)
    iv, *iters = [b.reg(a) for a in body.args]
    bounds = [b.reg(op.lb), b.reg(op.ub), b.reg(op.step)]
    b.records.append({"kind": "for", "in": [*bounds, *(b.reg(v) for v in op.iter_args)], "out": [iv, *iters]})
    for inner in body.ops:
        if isinstance(inner, scf.YieldOp):
            b.records.append({"kind": "yield", "in": [b.reg(v) for v in inner.arguments], "out": iters})
        elif inner in grouped:
            rec = grouped[inner]
            if rec is not None:
                b.records.append(rec)
        else:
            b.lower_op(inner)
    b.records.append({"kind": "move", "in": iters, "out": [b.reg(r) for r in op.results]})


@lowers(scf.WhileOp)
def _while(b: ScheduleBuilder, op: scf.WhileOp) -> None:
    """`while` (inits -> the test's arguments), the test, `condition` (its values -> the loop's results and
    the body's arguments; leaves when false), the body, `yield` (new values -> the test's arguments).

    A loop that stops early (`break`, `return`, a `while` test) steps on the host when its body cannot
    run in a kernel (a graph break, a coupled update): its test is host arithmetic on the flags."""
    before, after = op.before_region.block, op.after_region.block
    test_args = [b.reg(a) for a in before.args]
    b.records.append({"kind": "while", "in": [b.reg(v) for v in op.arguments], "out": test_args})
    for inner in before.ops:
        if isinstance(inner, scf.ConditionOp):
            b.records.append({
                "kind": "condition",
                "in": [b.reg(inner.condition), *(b.reg(v) for v in inner.args)],
                "out": [b.reg(r) for r in op.results],
                "body": [b.reg(a) for a in after.args],
            })  # fmt: skip
        else:
            b.lower_op(inner)
    for inner in after.ops:
        if isinstance(inner, scf.YieldOp):
            b.records.append({"kind": "yield", "in": [b.reg(v) for v in inner.arguments], "out": test_args})
        else:
            b.lower_op(inner)


def _matmul_groups(b: ScheduleBuilder, loop: scf.ForOp) -> dict[Operation, Record | None]:
    """Products of one operand with several weights defined before the loop (the gates of a GRU or
    LSTM: h @ W_hi.T, h @ W_hf.T, ...) run as one matmul per step with the weights side by side,
    each product a column slice (a view) of it; the weights are put side by side before the loop:

        {"kind": "cat_columns", "in": [W_hi.T, W_hf.T, ...], "out": [Wc]}        (before `for`)
        {"kind": "matmul_columns", "in": [h, Wc, W_hi.T, ...], "out": [gi, gf, ...]}   (in the body)

    Returns, for each grouped product, its record (the first of a group) or None (the others)."""
    by_lhs: dict[SSAValue, list[S.MatmulOp]] = {}
    for op in loop.body.block.ops:
        if isinstance(op, S.MatmulOp) and _rank(op.rhs) == 2 and not defined_inside(op.rhs, loop):
            by_lhs.setdefault(op.lhs, []).append(op)
    grouped: dict[Operation, Record | None] = {}
    for lhs, ops in by_lhs.items():
        if len(ops) < 2:
            continue
        rhs = [b.reg(op.rhs) for op in ops]
        cat = b.reg(_Fresh())
        b.records.append({"kind": "cat_columns", "in": rhs, "out": [cat]})
        grouped[ops[0]] = {
            "kind": "matmul_columns",
            "in": [b.reg(lhs), cat, *rhs],
            "out": [b.reg(op.result) for op in ops],
        }
        for op in ops[1:]:
            grouped[op] = None
    return grouped


class _Fresh:
    """A register that holds no SSA value (the side-by-side weights)."""


def _rank(v: SSAValue) -> int:
    return len(v.type.get_shape()) if isinstance(v.type, TensorType) else 0


@lowers(scf.IfOp)
def _branch(b: ScheduleBuilder, op: scf.IfOp) -> None:
    """`if` on the condition, the then-block, `else` (its yields -> results), the else-block, `end_if`."""
    outs = [b.reg(r) for r in op.results]
    b.records.append({"kind": "if", "in": [b.reg(op.cond)], "out": []})
    b.records.append({"kind": "else", "in": _lower_region_block(b, op.true_region.block), "out": outs})
    else_yields = _lower_region_block(b, op.false_region.block) if op.false_region.blocks else []
    b.records.append({"kind": "end_if", "in": else_yields, "out": outs if else_yields else []})


def _lower_region_block(b: ScheduleBuilder, block) -> list[int]:  # type: ignore[no-untyped-def]
    """Lower a region's ops; the registers its terminator yields."""
    yields: list[int] = []
    for inner in block.ops:
        if isinstance(inner, scf.YieldOp):
            yields = [b.reg(v) for v in inner.arguments]
        else:
            b.lower_op(inner)
    return yields


from jic.backend import layout_steps  # noqa: E402, F401  (registers jic.contiguous's lowering)
