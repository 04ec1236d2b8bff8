"""jic.compile pauses the cyclic garbage collector while it compiles (jic/gc_pause.py) and restores it after:
one full collection over torch's heap costs more than the passes."""

from __future__ import annotations

import gc

import pytest
import torch

import jic
import jic.compiler
from conftest import assert_close
from corpus import cell


@pytest.fixture
def collector_seen(monkeypatch):  # type: ignore[no-untyped-def]
    """gc.isenabled() at the frontend and at the pipeline of each compile."""
    seen = []
    for name in ("run_frontend", "run_pipeline"):
        real = getattr(jic.compiler, name)

        def spy(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(gc.isenabled())
            return _real(*args, **kwargs)

        monkeypatch.setattr(jic.compiler, name, spy)
    return seen


def _compile_and_run() -> None:
    x, h = torch.randn(3, 5, 8), torch.randn(3, 8)
    f = jic.compile(fullgraph=True, passes_after={"cse": []})(cell)  # passes_after: never from the disk cache
    assert_close(f(x, h), cell(x, h))
    assert f.stats.compiles == 1


def test_paused_while_compiling_and_back_on_after(collector_seen):
    assert gc.isenabled()
    _compile_and_run()
    assert collector_seen == [False, False]
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off(collector_seen):
    gc.disable()
    try:
        _compile_and_run()
        assert collector_seen == [False, False]
        assert not gc.isenabled()
    finally:
        gc.enable()
