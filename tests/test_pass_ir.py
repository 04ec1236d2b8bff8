"""Pass IR tests: for every file tests/ir/*.mlir, jic-opt parses INPUT, runs PASS, and must print OUTPUT.

The files show what each pass does to real IR (regenerate with tests/ir/regen.py and review the diff). They run
through jic-opt's own functions in-process, to keep the suite fast; tests/test_opt.py runs the command itself
on some of them. Printed IR must also parse back to the same text.
"""

import glob
import os

import pytest

import jic  # noqa: F401  (registers passes)
from jic.passes import pipeline, registry
from jic.tools import opt

CASES = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "ir", "*.mlir")))


def split_case(path):
    """(pipeline, input IR, expected output IR) of one tests/ir file."""
    text = open(path).read()
    head, rest = text.split("// INPUT:\n", 1)
    inp, out = rest.split("// OUTPUT:\n", 1)
    pass_name = head.strip().removeprefix("// PASS:").strip()
    return pass_name, inp, out


def test_every_pass_has_an_ir_test():
    tested = {split_case(p)[0].split("{")[0] for p in CASES}
    built_in = {n for n in registry.names() if registry.origin(n).startswith(("jic.", "xdsl."))}
    assert set(pipeline.DEFAULT_PIPELINE) <= built_in
    assert built_in <= tested, f"passes without a tests/ir file: {sorted(built_in - tested)}"
    assert "fast-math" in tested  # the example plugin's pass too


@pytest.mark.parametrize("path", CASES, ids=[os.path.basename(p) for p in CASES])
def test_pass_output(path):
    pass_name, inp, expected = split_case(path)
    module = opt.parse_ir(inp, os.path.basename(path))
    opt.run_pipeline(module, pass_name)
    assert str(module).strip() == expected.strip()


@pytest.mark.parametrize("path", CASES, ids=[os.path.basename(p) for p in CASES])
def test_round_trip(path):
    _, _, expected = split_case(path)
    module = opt.parse_ir(expected, os.path.basename(path))
    assert str(module).strip() == expected.strip()
