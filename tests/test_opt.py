"""jic-opt: the command on IR files (as a subprocess for a few cases; tests/test_pass_ir.py runs every
tests/ir file through the same code in-process), its flags, and its errors."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest
import torch
from conftest import assert_close
from corpus import cell
from test_pass_ir import split_case
from xdsl.dialects import func
from xdsl.passes import ModulePass

import jic
from jic.passes import pipeline
from jic.tools import opt

IR = os.path.join(os.path.dirname(__file__), "ir")


def _case(chain: str, pass_name: str) -> str:
    """The tests/ir file of `chain` that tests `pass_name` (the numbers follow the pipeline)."""
    (path,) = glob.glob(os.path.join(IR, f"{chain}-*-{pass_name}.mlir"))
    return path


SUBPROCESS_CASES = ["fast-math"]  # each run imports torch (seconds): a few only


def _jic_opt(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The installed console script, from the same environment as the tests."""
    exe = os.path.join(os.path.dirname(sys.executable), "jic-opt")
    assert os.path.exists(exe), f"{exe} missing: `make install` installs the jic-opt script"
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_jic_opt_command_on_ir_files(tmp_path, name):
    pass_name, inp, expected = split_case(_case("cell", name))
    src = tmp_path / "in.mlir"
    src.write_text(inp)
    r = _jic_opt(str(src), "-p", pass_name)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == expected.strip()


def test_python_dash_m_reads_stdin():
    pass_name, inp, expected = split_case(_case("cell", "infer-shapes"))
    r = subprocess.run(
        [sys.executable, "-m", "jic.tools.opt", "--passes", pass_name],
        input=inp,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == expected.strip()


def test_no_passes_prints_the_input_back(capsys):
    path = os.path.join(IR, "cell.input")
    assert opt.main([path]) == 0
    assert capsys.readouterr().out.strip() == str(opt.parse_ir(open(path).read())).strip()


def test_print_between_passes_and_time_passes(capsys):
    path = os.path.join(IR, "cell.input")
    passes = ["simplify-loop-carried", "infer-shapes", "sink-loops-into-kernels"]
    assert opt.main([path, "-p", ",".join(passes), "--print-between-passes", "--time-passes"]) == 0
    cap = capsys.readouterr()
    between, times = cap.err.split("// ----- pass times -----\n")
    headers = [f"// ----- IR after {p} -----\n" for p in passes]
    pos = [between.find(h) for h in headers]
    assert all(p >= 0 for p in pos) and pos == sorted(pos), between[:2000]
    # each printed module parses back; the last one is what stdout got
    chunks = [between[a + len(h) : b] for a, h, b in zip(pos, headers, [*pos[1:], len(between)])]
    for chunk in chunks:
        assert str(opt.parse_ir(chunk)).strip() == chunk.strip()
    assert chunks[-1].strip() == cap.out.strip()
    assert [line.split()[1] for line in times.splitlines()] == [*passes, "total"]


def test_emit_llvm_and_ptx(capsys):
    src = os.path.join(IR, "cell.input")
    lowered = ",".join([*pipeline.TENSOR_PIPELINE, "lower-to-llvm{target=nvptx}"])
    assert opt.main([src, "-p", lowered, "--emit", "llvm"]) == 0
    assert "define ptx_kernel void @" in capsys.readouterr().out
    assert opt.main([src, "-p", lowered, "--emit", "ptx"]) == 0
    assert ".entry cell_k0" in capsys.readouterr().out


# ---------------------------------------------------------------- errors


@dataclass(frozen=True)
class DropReturns(ModulePass):
    """Breaks the IR on purpose: every function loses its terminator."""

    name = "test-drop-returns"

    def apply(self, ctx, op) -> None:
        for r in [o for o in op.walk() if isinstance(o, func.ReturnOp)]:
            r.detach()
            r.erase()


@pytest.fixture
def drop_returns():
    jic.passes.register(DropReturns)
    yield DropReturns.name
    jic.passes.unregister(DropReturns.name)


def test_a_verifier_failure_names_the_pass(capsys, drop_returns):
    path = os.path.join(IR, "cell.input")
    assert opt.main([path, "-p", f"infer-shapes,{drop_returns},cse"]) == 1
    err = capsys.readouterr().err
    assert f"jic-opt: error: IR does not verify after pass '{drop_returns}'" in err, err


def test_a_verifier_failure_in_the_pipeline_names_the_pass(drop_returns):
    m = opt.parse_ir(open(os.path.join(IR, "cell.input")).read())
    with pytest.raises(pipeline.PassVerifyError) as e:
        pipeline.run(jic.ir.make_context(), m, f"simplify-loop-carried,{drop_returns}")
    assert e.value.pass_name == drop_returns


def test_jic_compile_verifies_a_users_passes(drop_returns, monkeypatch):
    monkeypatch.setattr(jic.config, "verify_passes", False)  # as outside the tests
    f = jic.compile(cell, passes_after={"cse": [drop_returns]}, fullgraph=True)
    with pytest.raises(pipeline.PassVerifyError) as e:
        f(torch.randn(2, 3, 4), torch.randn(2, 4))
    assert e.value.pass_name == drop_returns


def test_jic_compile_leaves_its_own_pipeline_unverified_unless_asked(monkeypatch):
    verified = []
    real = pipeline.apply_verified
    monkeypatch.setattr(pipeline, "apply_verified", lambda *a: (verified.append(a[-1]), real(*a))[1])
    monkeypatch.setattr(jic.config, "disk_cache", False)  # compile, never load
    x, h = torch.randn(2, 3, 4), torch.randn(2, 4)
    for on in (False, True):
        monkeypatch.setattr(jic.config, "verify_passes", on)
        verified.clear()
        assert_close(jic.compile(cell, fullgraph=True)(x, h), cell(x, h))
        assert verified and set(verified) == {on}


@dataclass(frozen=True)
class Crash(ModulePass):
    name = "test-crash"

    def apply(self, ctx, op) -> None:
        raise NotImplementedError("no translation for jic.frobnicate")


def test_a_pass_that_raises_is_named(capsys):
    jic.passes.register(Crash)
    try:
        assert opt.main([os.path.join(IR, "cell.input"), "-p", "cse,test-crash"]) == 1
    finally:
        jic.passes.unregister(Crash.name)
    err = capsys.readouterr().err
    assert "jic-opt: error: pass 'test-crash' failed: NotImplementedError: no translation for jic.frobnicate" in err


BAD_ADD = """
builtin.module {
  func.func @f(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>) -> tensor<?xf32> {
    %0 = jic.add %a, %b : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?xf32>
    func.return %0 : tensor<?xf32>
  }
}
"""


@pytest.mark.parametrize(
    "stdin, args, message",
    [
        ("builtin.module {\n  %0 = jic.nope\n}\n", [], "<stdin>: cannot parse the IR"),
        (BAD_ADD, [], "<stdin>: the input IR does not verify"),
        ("builtin.module {\n}\n", ["-p", "no-such-pass"], "no pass named 'no-such-pass'; known passes: cse,"),
        ("builtin.module {\n}\n", ["-p", "cse{x=1}"], "pass 'cse': bad options {x=1}"),
        ("builtin.module {\n}\n", ["-p", "lower-to-llvm{target=tpu}"], "target must be one of ('nvptx', 'cpu')"),
        ("builtin.module {\n}\n", ["--emit", "llvm"], "--emit llvm: no lowered gpu.module"),
    ],
)
def test_bad_input_is_a_clear_error(monkeypatch, capsys, stdin, args, message):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert opt.main(args) == 1
    cap = capsys.readouterr()
    assert cap.out == ""
    assert cap.err.startswith("jic-opt: error: ") and message in cap.err, cap.err


def test_missing_file_is_a_clear_error(capsys, tmp_path):
    assert opt.main([str(tmp_path / "none.mlir")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_list_passes_includes_the_plugin(capsys):
    assert opt.main(["--list-passes"]) == 0
    listed = capsys.readouterr().out.split()
    assert set(pipeline.DEFAULT_PIPELINE) | {"fast-math"} <= set(listed)
