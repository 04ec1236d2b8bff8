"""jic.explain: compiled or not, the kernels produced, every refusal with its location."""

from __future__ import annotations

import torch

import jic
import refused
from programs import PROGRAMS


def _program(name):
    return next(p for p in PROGRAMS if p.name == name)


def test_explains_a_compiled_loop_with_branches():
    p = _program("return_in_loop")
    report = jic.explain(p.fn, *p.make_args())
    text = str(report)
    assert report.compiled and len(report.kernels) == 1
    k = report.kernels[0]
    assert k.loops == 1 and k.branches >= 1
    assert "compiled: yes, 1 kernel launch per call" in text
    assert "h.size(0), h.size(1)" in text
    assert f"programs.py:{p.fn.__code__.co_firstlineno}" in text
    assert "n: int" in text and "x: float32 3-d tensor" in text


def test_explains_a_refusal_with_its_line():
    x, h = torch.randn(2, 4, 3), torch.randn(2, 3)
    report = jic.explain(refused.index_not_affine, x, h)
    text = str(report)
    assert not report.compiled
    assert len(report.reasons) == 1
    line = refused.index_not_affine.__code__.co_firstlineno + 2
    assert f"refused.py:{line}: jic cannot compile an index computed from loop values" in text
    assert "# <- refused: index_not_affine" in text  # the source line


def test_explains_a_graph_break_with_its_line():
    x, h = torch.randn(2, 4, 3), torch.randn(2, 3)
    report = jic.explain(refused.prints, x, h)  # refused with fullgraph=True; a graph break without
    text = str(report)
    assert report.compiled and len(report.kernels) == 1
    line = refused.prints.__code__.co_firstlineno + 1
    assert report.graph_breaks == [
        f"{refused.__file__}:{line}: print() runs eagerly "
        "(a call of print(): it has a side effect that compiled code does not perform)"
    ]
    assert "graph breaks: 1 call run eagerly in place" in text


def test_explain_accepts_a_compiled_function_and_runs_nothing():
    p = _program("helper_inlined")
    f = jic.compile(p.fn)
    report = jic.explain(f, *p.make_args())
    assert report.compiled and f.compile_count == 0
