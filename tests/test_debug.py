"""debug=True / JIC_DEBUG=1 print every stage; JIC_DUMP_DIR writes them as numbered files."""

from __future__ import annotations

import os

import torch

import jic
from conftest import assert_close
from corpus import cell
from jic.passes import pipeline

KERNEL_PASSES = [p.split("{")[0] for p in pipeline.KERNEL_PIPELINE]
STAGES = ["bytecode", "jic", *pipeline.TENSOR_PIPELINE, *KERNEL_PASSES, "lower-to-llvm", "llvm", "asm"]


def _run(f):
    x, h = torch.randn(2, 5, 8), torch.randn(2, 8)
    assert_close(f(x, h), cell(x, h))


def test_debug_prints_every_stage_in_order(capsys):
    _run(jic.compile(cell, debug=True))
    err = capsys.readouterr().err
    headers = [f"// ----- jic: cell: {s} -----" for s in STAGES]
    positions = [err.find(h) for h in headers]
    assert all(p >= 0 for p in positions), [s for s, p in zip(STAGES, positions) if p < 0]
    assert positions == sorted(positions)
    assert "scf.for" in err and 'define void @"cell_k0"' in err


def test_env_var_turns_debug_on(capsys, monkeypatch):
    monkeypatch.setenv("JIC_DEBUG", "1")
    _run(jic.compile(cell))
    assert "// ----- jic: cell: lower-to-llvm -----" in capsys.readouterr().err


def test_dump_dir_writes_numbered_files(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JIC_DUMP_DIR", str(tmp_path))
    _run(jic.compile(cell, debug=True))
    files = sorted(os.listdir(tmp_path))
    assert files == [f"cell.{i:02d}.{s.replace('{', '_').replace('}', '_')}.txt" for i, s in enumerate(STAGES)]
    k = STAGES.index("outline-kernels")
    assert "jic.launch" in (tmp_path / f"cell.{k:02d}.outline-kernels.txt").read_text()
    assert capsys.readouterr().err == ""  # files instead of printing
