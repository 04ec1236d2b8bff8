"""A loop body long enough that its jumps need EXTENDED_ARG (the head a back jump lands on is the prefix)."""

from __future__ import annotations

import dis

import torch

import jic
from conftest import assert_close

_BODY = "\n".join(f"        h = torch.tanh(h * {1 + k / 100} + x[:, t] * {k / 50})" for k in range(60))
_SRC = f"def long_loop(x, h):\n    for t in range(x.size(1)):\n{_BODY}\n    return h\n"
_ns: dict = {"torch": torch}
exec(compile(_SRC, "<long_loop>", "exec"), _ns)  # a generated function: its source is a string, not a file
long_loop = _ns["long_loop"]


def test_the_loop_needs_extended_arg():
    assert "EXTENDED_ARG" in {i.opname for i in dis.get_instructions(long_loop)}


def test_long_loop_against_eager():
    x, h = torch.randn(3, 5, 4), torch.randn(3, 4)
    assert_close(jic.compile(fullgraph=True)(long_loop)(x, h), long_loop(x, h))
