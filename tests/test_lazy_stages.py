"""A plain compile makes no IR text beyond the frontend's (the disk cache's key); `stages()` and `inspect()`
compile the variant once more, keeping every stage, and the function keeps running the same."""

from __future__ import annotations

import torch
from test_debug import STAGES
from xdsl.dialects.builtin import ModuleOp

import jic
from conftest import assert_close
from corpus import cell


def _count_prints(monkeypatch) -> list[int]:
    printed = [0]
    plain = ModuleOp.__str__

    def counting(self: ModuleOp) -> str:
        printed[0] += 1
        return plain(self)

    monkeypatch.setattr(ModuleOp, "__str__", counting)
    return printed


def test_a_plain_compile_prints_only_the_frontend_ir(monkeypatch, tmp_path):
    monkeypatch.setenv("JIC_CACHE_DIR", str(tmp_path))  # an empty disk cache: this compile runs the frontend
    printed = _count_prints(monkeypatch)
    f = jic.compile(cell, fullgraph=True)
    x, h = torch.randn(3, 4, 16), torch.randn(3, 16)
    assert_close(f(x, h), cell(x, h))
    assert printed[0] == 1  # the frontend's IR: the on-disk cache's key
    (v,) = f.cache.values()
    assert v.stages == {} and not v.all_stages


def test_stages_after_a_plain_compile_recompiles_once_and_keeps_every_stage():
    f = jic.compile(cell, fullgraph=True)
    x, h = torch.randn(3, 4, 16), torch.randn(3, 16)
    f(x, h)
    stages = f.stages(x, h)
    assert list(stages) == STAGES
    assert "scf.for" in stages["jic"] and "FOR_ITER" in stages["bytecode"] and stages["asm"]
    assert f.stages(x, h) is stages  # recorded once: the next request reuses them
    assert f.compile_count == 2
    y, g = torch.randn(5, 2, 16), torch.randn(5, 16)
    assert_close(f(y, g), cell(y, g))  # the recompiled variant runs the calls
    assert f.compile_count == 2 and f.stats.hits == 1


def test_debug_compiles_keep_their_stages(capsys):
    f = jic.compile(cell, fullgraph=True, debug=True)
    x, h = torch.randn(3, 4, 16), torch.randn(3, 16)
    f(x, h)
    (v,) = f.cache.values()
    assert v.all_stages and list(v.stages) == STAGES
    assert f.stages(x, h) is v.stages and f.stats.compiles == 1
    assert "// ----- jic: cell: asm -----" in capsys.readouterr().err
