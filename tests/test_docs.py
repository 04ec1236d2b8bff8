"""docs/passes.md is tested: its plugin source is the plugin's file, its Python runs, its IR is what jic-opt
prints, and its jic-opt command lines parse."""

from __future__ import annotations

import os
import re
import runpy
import shlex

import pytest

from jic.passes import pipeline
from jic.tools import opt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "passes.md")
BLOCK = re.compile(r"(?:<!-- (?P<marker>[^>]*?) -->\n)?```(?P<lang>\w*)\n(?P<body>.*?)```", re.S)


def _blocks(lang: str | None = None) -> list[tuple[str, str]]:
    """(marker, body) of each fenced block of the doc, in order."""
    text = open(DOC).read()
    return [(m["marker"] or "", m["body"]) for m in BLOCK.finditer(text) if lang is None or m["lang"] == lang]


def test_the_doc_shows_the_plugin_as_it_is():
    shown = [(marker, body) for marker, body in _blocks() if marker.startswith("file: ")]
    assert shown, "docs/passes.md should include the plugin's source"
    for marker, body in shown:
        path = os.path.join(ROOT, marker.removeprefix("file: "))
        assert body == open(path).read(), f"docs/passes.md differs from {path}: copy the file into the doc"
    for marker, body in _blocks("toml"):
        path = os.path.join(ROOT, marker.removeprefix("toml: "))
        assert body in open(path).read(), f"docs/passes.md shows TOML that is not in {path}"


RUNNABLE = [body for marker, body in _blocks("python") if not marker]


@pytest.mark.parametrize("code", RUNNABLE, ids=[f"python-block-{i}" for i in range(len(RUNNABLE))])
def test_the_docs_python_runs(tmp_path, code, capsys):
    script = tmp_path / "example.py"  # a real file: the frontend reads the function's source lines
    script.write_text(code)
    runpy.run_path(str(script), run_name="__main__")


def test_the_docs_ir_is_what_jic_opt_prints():
    blocks = _blocks("mlir")
    pairs = [(blocks[i], blocks[i + 1]) for i in range(len(blocks) - 1) if blocks[i][0].startswith("ir-input: ")]
    assert pairs, "docs/passes.md should show an input and an output IR"
    for (marker, inp), (out_marker, expected) in pairs:
        assert out_marker == "ir-output"
        module = opt.parse_ir(inp, "docs/passes.md")
        opt.run_pipeline(module, marker.removeprefix("ir-input: "))
        assert str(module).strip() == expected.strip()


def test_the_docs_command_lines_parse():
    lines = [line for _, body in _blocks("sh") for line in body.splitlines() if line.startswith("jic-opt ")]
    assert lines
    for line in lines:
        args = opt._parser().parse_args(shlex.split(line)[1:])
        pipeline.build(args.passes)  # every pass named exists and takes these options
