"""A function's name becomes the kernels' symbol names: names that are no identifiers (`<lambda>`) must still
make valid LLVM IR and PTX (a lambda's `<lambda>_k0` aborted LLVM's NVPTX printer and killed the process)."""

from __future__ import annotations

import torch

import jic
from jic.frontend.interpreter import symbol_name
from conftest import assert_close


def test_symbol_names_are_identifiers() -> None:
    assert symbol_name("<lambda>") == "_lambda_"
    assert symbol_name("<genexpr>") == "_genexpr_"
    assert symbol_name("cell") == "cell"


def test_a_lambda_compiles_runs_and_makes_ptx() -> None:
    f = jic.compile(lambda x, y: torch.tanh(x) * y + 1.0, fullgraph=True)
    x, y = torch.randn(5, 7), torch.randn(5, 7)
    assert_close(f(x, y), torch.tanh(x) * y + 1.0)
    ptx = f.inspect(x, y, stage="ptx")
    assert ".entry _lambda__k0(" in ptx
