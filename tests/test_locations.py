"""Every op of every stage carries its Python source line (`loc = "file:line"`), and the PTX has them as
.file/.loc line info that ptxas accepts."""

from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess

import pytest
import torch
from test_round_trip import corpus_stages

import corpus
import jic
from jic.passes import locations
from jic.tools import opt

# xDSL's custom syntax of these ops has no attribute dictionary: their location exists in memory (and reaches
# the PTX) but is not printed.
UNPRINTED = {"arith.cmpi", "arith.cmpf", "llvm.mlir.constant"}


def _lines(fn) -> range:
    src, first = inspect.getsourcelines(fn)
    return range(first, first + len(src))


@pytest.mark.parametrize("target", ["cpu", "nvptx"])
@pytest.mark.parametrize("fn", corpus.ALL, ids=[f.__name__ for f in corpus.ALL])
def test_every_op_carries_its_source_line(fn, target):
    for stage, text, misplaced in corpus_stages(fn, target):
        assert not misplaced, f"{fn.__name__}: after {stage}, ops without a line of the function: {misplaced}"
        # and the printed IR shows them (ops with regions print theirs after the region)
        for line in text.splitlines():
            m = re.match(r"\s*%[\w.]+ = \"?([\w.]+)", line)
            if m and m.group(1) not in UNPRINTED and not line.endswith("{") and not line.endswith("({"):
                assert 'loc = "' in line, f"{fn.__name__}: after {stage}, no location printed: {line.strip()}"


def test_kernel_ops_keep_the_line_they_come_from():
    """In two_loops, the tanh comes from the first loop's line and the sigmoid's exp from the second's."""
    first = _lines(corpus.two_loops).start
    _, lowered, _ = corpus_stages(corpus.two_loops, "nvptx")[-1]
    calls = {op.callee.string_value(): op for op in opt.parse_ir(lowered).walk() if op.name == "llvm.call"}
    assert locations.loc_of(calls["__nv_tanhf"]).data.endswith(f":{first + 2}")
    assert locations.loc_of(calls["__nv_expf"]).data.endswith(f":{first + 5}")


UNLOCATED = """
builtin.module {
  func.func @f(%x: tensor<?xf32>, %t: index) -> tensor<?xf32> {
    %c0 = arith.constant 0 : index
    %y = jic.tanh %x {loc = "m.py:7"} : tensor<?xf32> -> tensor<?xf32>
    %z = arith.addi %t, %t : index
    %k = arith.addi %t, %c0 {loc = "m.py:9"} : index
    %w = arith.muli %k, %k : index
    func.return %y : tensor<?xf32>
  }
}
"""


def test_fill_takes_the_line_of_users_then_operands_then_the_op_before():
    m = opt.parse_ir(UNLOCATED)
    locations.fill(m)
    locs = {op.results[0].name_hint: locations.loc_of(op).data for op in m.walk() if op.results}
    assert locs == {"c0": "m.py:9", "y": "m.py:7", "z": "m.py:7", "k": "m.py:9", "w": "m.py:9"}
    ret = m.body.block.first_op.body.block.last_op
    assert locations.loc_of(ret) is None  # terminators belong to the line before them


def test_cse_merges_ops_that_differ_only_in_their_line():
    text = """
builtin.module {
  func.func @f(%x: tensor<?x?xf32>) -> index {
    %a = jic.dim %x[1] {loc = "m.py:3"} : tensor<?x?xf32>
    %b = jic.dim %x[1] {loc = "m.py:5"} : tensor<?x?xf32>
    %s = arith.addi %a, %b {loc = "m.py:5"} : index
    func.return %s : index
  }
}
"""
    m = opt.parse_ir(text)
    opt.run_pipeline(m, "cse")
    dims = [op for op in m.walk() if op.name == "jic.dim"]
    assert len(dims) == 1 and locations.loc_of(dims[0]).data == "m.py:3"


# ---------------------------------------------------------------- PTX line info


def _ptx(fn):
    x, h = torch.randn(2, 5, 8), torch.randn(2, 8)
    return jic.compile(fn).inspect(x, h, stage="ptx")


def _loc_lines(ptx: str) -> set[int]:
    return {int(m) for m in re.findall(r"^\s*\.loc\s+1\s+(\d+)\s+\d+", ptx, re.M)}


def test_ptx_has_file_and_line_directives():
    ptx = _ptx(corpus.two_loops)
    assert f'.file\t1 "{corpus.__file__}"' in ptx
    first = _lines(corpus.two_loops).start
    # each loop body's line; line 0 marks code LLVM made from several lines (a line table's "no line")
    assert {first + 2, first + 5} <= _loc_lines(ptx) <= {0, *_lines(corpus.two_loops)}


def test_ops_from_another_file_get_their_own_file_directive(tmp_path, capsys):
    lowered = opt.parse_ir(
        jic.compile(corpus.cell).inspect(torch.randn(2, 5, 8), torch.randn(2, 8), stage="outline-kernels")
    )
    for op in lowered.walk():  # pretend the tanh came from a helper in another file
        if op.name == "math.tanh":
            op.attributes["loc"] = jic.passes.locations.StringAttr("/src/helpers.py:42")
    src = tmp_path / "k.mlir"
    src.write_text(str(lowered))
    assert opt.main([str(src), "-p", "lower-to-llvm{target=nvptx}", "--emit", "ptx"]) == 0
    ptx = capsys.readouterr().out
    assert '.file\t2 "/src/helpers.py"' in ptx and re.search(r"^\s*\.loc\s+2\s+42\s+0", ptx, re.M), ptx


def _ptxas() -> str | None:
    return shutil.which("ptxas") or next((p for p in ["/usr/local/cuda/bin/ptxas"] if os.path.exists(p)), None)


@pytest.mark.parametrize("fn", [corpus.cell, corpus.two_loops, corpus.exp_method_cell], ids=lambda f: f.__name__)
def test_ptxas_accepts_the_line_info(tmp_path, fn):
    ptxas = _ptxas()
    if ptxas is None:
        pytest.skip("ptxas not found (neither on PATH nor /usr/local/cuda/bin/ptxas)")
    src = tmp_path / "k.ptx"
    src.write_text(_ptx(fn))
    r = subprocess.run(
        [ptxas, "-arch=sm_90", "-lineinfo", str(src), "-o", str(tmp_path / "k.cubin")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    cubin = (tmp_path / "k.cubin").read_bytes()
    assert b".debug_line" in cubin and os.path.basename(corpus.__file__).encode() in cubin
