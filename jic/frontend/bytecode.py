"""Decoding CPython bytecode once, with the version quirks resolved before any handler runs.

Every instruction becomes an `Instr` with:
- `target`: the index (not byte offset) of a jump's destination;
- `push_null`: LOAD_GLOBAL's low oparg bit (3.11+) - push NULL before the global;
- `method`: LOAD_METHOD (3.11) or LOAD_ATTR with its low bit set (3.12+) - a method load;
- `line`: the source line number;
- `loop_exit`: for FOR_ITER, the index where an exhausted loop continues (3.12 skips
  END_FOR, 3.13 skips END_FOR and POP_TOP);
- `bool_result`: COMPARE_OP's "convert to bool" flag (3.13), needing no work here.

Two rewrites give the frontend one shape of loop on every version: `canonical_continues`
(one head per `while`) and `canonical_breaks` (3.12+ copies the `return` after a loop to
where a `break` jumped to it; the copy becomes the jump again).

Stack layout quirks that handlers share are named here too: `NULL_FIRST` is whether
LOAD_GLOBAL / LOAD_ATTR push the NULL below the callable (3.11, 3.12) or above it (3.13).
"""

from __future__ import annotations

import dis
import sys
from dataclasses import dataclass, replace
from types import CodeType
from typing import Any

SUPPORTED_VERSIONS = ((3, 11), (3, 12), (3, 13))
PY = sys.version_info[:2]
NULL_FIRST = PY < (3, 13)


@dataclass(frozen=True)
class Instr:
    index: int
    offset: int
    opname: str
    arg: int | None
    argval: Any
    line: int | None
    target: int | None = None
    push_null: bool = False
    method: bool = False
    loop_exit: int | None = None


def decode(code: CodeType) -> list[Instr]:
    # EXTENDED_ARG only widens the next instruction's oparg, which dis has already folded in; it is
    # dropped, and a jump that lands on it (a loop head whose FOR_ITER needs one) lands on that instruction.
    raw, by_offset, prefixes = [], {}, []
    for ins in dis.get_instructions(code):
        if ins.opname == "CACHE":
            continue
        if ins.opname == "EXTENDED_ARG":
            prefixes.append(ins.offset)
            continue
        for off in [*prefixes, ins.offset]:
            by_offset[off] = len(raw)
        prefixes = []
        raw.append(ins)
    out: list[Instr] = []
    line = code.co_firstlineno
    for k, ins in enumerate(raw):
        pos = getattr(ins, "positions", None)
        if pos is not None and pos.lineno is not None:
            line = pos.lineno
        target = by_offset.get(ins.argval) if ins.opcode in dis.hasjabs or ins.opcode in dis.hasjrel else None
        push_null = ins.opname == "LOAD_GLOBAL" and bool(ins.arg & 1)
        method = ins.opname == "LOAD_METHOD" or (ins.opname == "LOAD_ATTR" and PY >= (3, 12) and bool(ins.arg & 1))
        argval = ins.argval
        if ins.opname == "KW_NAMES":  # 3.11's dis leaves its constant unresolved on some patch versions
            argval = code.co_consts[ins.arg]
        out.append(Instr(k, ins.offset, ins.opname, ins.arg, argval, line, target, push_null, method))
    for k, ins in enumerate(out):
        if ins.opname == "FOR_ITER" and ins.target is not None:
            skip = 0
            if ins.target < len(out) and out[ins.target].opname == "END_FOR":
                skip = 1
                if PY >= (3, 13) and ins.target + 1 < len(out) and out[ins.target + 1].opname == "POP_TOP":
                    skip = 2
            out[k] = replace(ins, loop_exit=ins.target + skip)
    return canonical_breaks(canonical_continues(out))


_ENDS = frozenset({"RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE"})
_RETURNS = ("RETURN_VALUE", "RETURN_CONST")


def successors(ins: Instr, end: int) -> list[int]:
    """Where control goes after `ins` when nothing raises and it does not return: the next instruction, a jump's
    target, or both; an exhausted `for` goes to its exit (`end` where it has none)."""
    op = ins.opname
    if op == "FOR_ITER":
        return [ins.index + 1, ins.loop_exit if ins.loop_exit is not None else end]
    if ins.target is not None and op.startswith("JUMP") and "IF" not in op:
        return [ins.target]
    if ins.target is not None:
        return [ins.index + 1, ins.target]
    return [ins.index + 1]


def reached_without_exceptions(instrs: list[Instr]) -> set[int]:
    """The instructions control flow reaches from the entry when nothing raises: exception handlers (reached
    only through the exception table, like a `with` block's cleanup, which on 3.12 jumps back to the code
    after the block) are left out."""
    seen: set[int] = set()
    todo = [0] if instrs else []
    while todo:
        k = todo.pop()
        if k in seen or k >= len(instrs):
            continue
        seen.add(k)
        if instrs[k].opname not in _ENDS:
            todo += successors(instrs[k], len(instrs))
    return seen


def while_heads(instrs: list[Instr], normal: set[int] | None = None) -> dict[int, int]:
    """Each `while` loop's head (where a backward jump lands, not a `for`'s FOR_ITER) -> the index of its last
    backward jump. Only jumps reached without exceptions count (`normal`: reached_without_exceptions)."""
    if normal is None:
        normal = reached_without_exceptions(instrs)
    heads: dict[int, int] = {}
    for ins in instrs:
        if ins.index in normal and ins.target is not None and ins.target <= ins.index:
            if instrs[ins.target].opname != "FOR_ITER":
                heads[ins.target] = max(heads.get(ins.target, -1), ins.index)
    return heads


def _loops(instrs: list[Instr], normal: set[int]) -> list[tuple[int, int, int, bool]]:
    """Each loop as (first of its body, end of its body, where it exits, is a `for`)."""
    out = [(head, back + 1, back + 1, False) for head, back in while_heads(instrs, normal).items()]
    for ins in instrs:
        if ins.opname == "FOR_ITER" and ins.index in normal and ins.target is not None and ins.loop_exit is not None:
            out.append((ins.index + 1, ins.target, ins.loop_exit, True))
    return out


def _return_block(instrs: list[Instr], k: int) -> int:
    """The length of the straight-line block at k that ends in a `return`, or 0."""
    for j in range(k, min(len(instrs), k + 64)):
        op = instrs[j].opname
        if op in _RETURNS:
            return j - k + 1
        if instrs[j].target is not None or op in _ENDS or op == "FOR_ITER":
            return 0
    return 0


def canonical_breaks(instrs: list[Instr]) -> list[Instr]:
    """A `break` followed by the code after its loop, as 3.11 compiles it.

    3.12 and 3.13 copy a small block that ends in `return` to each jump that leads to it: after
    `for ...: ... break` and `return h, n`, the `break` becomes `POP_TOP` (the iterator) and a copy of
    `LOAD_FAST h; LOAD_FAST n; BUILD_TUPLE 2; RETURN_VALUE`. A return inside a loop must carry its value out
    of the loop (only a tensor or a number can be), whereas a `break` carries nothing. So a copy of the block
    at a loop's exit, in that loop's own body (not an inner loop's), is made the jump to the exit again: the
    same instructions then run, after the loop.
    """
    normal = reached_without_exceptions(instrs)
    loops = _loops(instrs, normal)
    if not loops:
        return instrs
    targeted = {i.target for i in instrs if i.target is not None}
    out = list(instrs)
    for lo, hi, exit_, is_for in loops:
        n = _return_block(instrs, exit_)
        if not n:
            continue
        block = [(i.opname, i.arg, i.argval) for i in instrs[exit_ : exit_ + n]]
        inner = [(a, b) for a, b, _, _ in loops if lo <= a and b <= hi and (a, b) != (lo, hi)]
        j = lo
        while j + n <= hi:
            copy = instrs[j : j + n]
            if (
                j in normal
                and [(i.opname, i.arg, i.argval) for i in copy] == block
                and not any(a <= j < b for a, b in inner)
                and not any(k in targeted for k in range(j + 1, j + n))
                and (not is_for or instrs[j - 1].opname == "POP_TOP")
            ):
                out[j] = replace(instrs[j], opname="JUMP_FORWARD", arg=None, argval=None, target=exit_)
                for k in range(j + 1, j + n):
                    out[k] = replace(instrs[k], opname="NOP", arg=None, argval=None)
                j += n
            else:
                j += 1
    return out


def _conditional(ins: Instr) -> bool:
    return "JUMP" in ins.opname and "IF" in ins.opname


def canonical_continues(instrs: list[Instr]) -> list[Instr]:
    """One head per `while` loop.

    CPython compiles `while test: body` as `test; if not: exit; L1: body; test; if true: L1`,
    and may compile `continue` as a jump back to the first `test` (before L1) rather than to
    its copy at the end. Such a jump is pointed at the copy (the same instructions), so that
    the loop is entered at L1 only.
    """
    out = list(instrs)
    for head, back in while_heads(instrs).items():
        latch = back if _conditional(instrs[back]) else back - 1
        if head == 0 or not _conditional(instrs[latch]) or not _conditional(instrs[head - 1]):
            continue
        for ins in instrs[head : back + 1]:
            t = ins.target
            if t is None or t >= head or ins.opname.startswith("JUMP_BACKWARD") is False:
                continue
            n = head - 1 - t
            guard, copy = instrs[t : head - 1], instrs[latch - n : latch]
            if n > 0 and [(i.opname, i.argval) for i in guard] == [(i.opname, i.argval) for i in copy]:
                out[ins.index] = replace(ins, target=latch - n)
    return out


def binary_op_symbol(arg: int) -> str:
    """BINARY_OP's oparg as its operator: '+', '*=', ..."""
    return dis._nb_ops[arg][1]  # type: ignore[attr-defined]
