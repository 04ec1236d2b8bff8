"""Native code built once per machine (jic/backend/c_build.py): a built library is reused, a failed build is
remembered with the compiler's message, and neither compiles again in a later call or process."""

from __future__ import annotations

import subprocess

import pytest

from jic.backend import c_build

GOOD = "int jic_test_answer(void) { return 42; }\n"
BAD = "int jic_test_answer(void) { return undeclared_name; }\n"


@pytest.fixture
def compiler():
    if c_build.c_compiler() is None:
        pytest.fail("the launchers need a C compiler, which CI has")


def _no_compiler(monkeypatch):  # type: ignore[no-untyped-def]
    def refuse(*a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError(f"the compiler ran again: {a}")

    monkeypatch.setattr(subprocess, "run", refuse)


def test_a_built_library_is_reused(compiler, tmp_path, monkeypatch):
    import ctypes

    path = c_build.shared_library(GOOD, "jic_test", at=str(tmp_path))
    assert path is not None and ctypes.CDLL(path).jic_test_answer() == 42
    _no_compiler(monkeypatch)
    assert c_build.shared_library(GOOD, "jic_test", at=str(tmp_path)) == path


def test_a_failed_build_is_remembered_with_the_compilers_message(compiler, tmp_path, monkeypatch):
    assert c_build.shared_library(BAD, "jic_test", at=str(tmp_path)) is None
    (failed,) = tmp_path.glob("jic_test_*.failed")
    assert "undeclared_name" in failed.read_text()
    _no_compiler(monkeypatch)
    assert c_build.shared_library(BAD, "jic_test", at=str(tmp_path)) is None
    monkeypatch.undo()
    failed.unlink()  # deleting the record retries the build
    assert c_build.shared_library(BAD, "jic_test", at=str(tmp_path)) is None and failed.exists()
