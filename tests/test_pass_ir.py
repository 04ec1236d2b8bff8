"""Pass IR tests: for every file tests/ir/*.mlir, parse INPUT, run the one PASS, compare with OUTPUT.

The files show what each pass does to real IR (regenerate with tests/ir/regen.py
and review the diff). Printed IR must also parse back to the same text.
"""

import glob
import os

import pytest
from xdsl.parser import Parser

import jic  # noqa: F401  (registers passes)
from jic.ir import make_context
from jic.passes import pipeline

CASES = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "ir", "*.mlir")))


def _split(path):
    text = open(path).read()
    head, rest = text.split("// INPUT:\n", 1)
    inp, out = rest.split("// OUTPUT:\n", 1)
    pass_name = head.strip().removeprefix("// PASS:").strip()
    return pass_name, inp, out


def test_every_pass_has_an_ir_test():
    tested = {_split(p)[0].split("{")[0] for p in CASES}
    assert set(pipeline.TENSOR_PIPELINE) | {"lower-to-llvm"} <= tested


@pytest.mark.parametrize("path", CASES, ids=[os.path.basename(p) for p in CASES])
def test_pass_output(path):
    pass_name, inp, expected = _split(path)
    module = Parser(make_context(), inp).parse_module()
    module.verify()
    pipeline.run(make_context(), module, pass_name)
    assert str(module).strip() == expected.strip()


@pytest.mark.parametrize("path", CASES, ids=[os.path.basename(p) for p in CASES])
def test_round_trip(path):
    _, _, expected = _split(path)
    module = Parser(make_context(), expected).parse_module()
    assert str(module).strip() == expected.strip()
