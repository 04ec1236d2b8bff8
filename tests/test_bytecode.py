"""The frontend's opcode table covers the bytecode of the test corpus; registration checks names."""

from __future__ import annotations

import dis

import pytest
import torch

import corpus
from corpus import cell
from jic.frontend import opcodes

CORPUS = corpus.ALL


@pytest.mark.parametrize("fn", CORPUS, ids=[f.__name__ for f in CORPUS])
def test_every_opcode_has_a_handler(fn):
    missing = sorted({i.opname for i in dis.get_instructions(fn)} - set(opcodes.HANDLERS))
    assert not missing, f"{fn.__name__}: no handler for {missing}"


def test_handler_names_are_real_opcodes():
    assert set(opcodes.HANDLERS) <= set(dis.opmap)


def test_handles_refuses_unknown_opcode():
    with pytest.raises(AssertionError):
        opcodes.handles("NOT_AN_OPCODE_AT_ALL")(lambda interp, ins: None)
    assert "NOT_AN_OPCODE_AT_ALL" not in opcodes.HANDLERS


def test_handles_refuses_a_second_handler():
    with pytest.raises(AssertionError):
        opcodes.handles("LOAD_FAST")(lambda interp, ins: None)


def test_unknown_python_version_is_refused(monkeypatch):
    import jic
    from jic.frontend import bytecode

    monkeypatch.setattr(bytecode, "PY", (3, 99))
    f = jic.compile(fullgraph=True)(cell)
    with pytest.raises(jic.UnsupportedError, match=r"Python 3\.99"):
        f(torch.randn(2, 3, 4), torch.randn(2, 4))
