"""The op table itself: what jic.supported_ops() reports, and what happens to an op outside it."""

from __future__ import annotations

import pytest
import torch

import jic
from jic.frontend import op_table


def test_supported_ops_lists_the_table() -> None:
    ops = jic.supported_ops()
    assert len(ops) == len(op_table.ROWS)
    names = [o["name"] for o in ops]
    assert len(names) == len(set(names)), "one row per op"
    by_name = {o["name"]: o for o in ops}
    assert "torch.atan2" in by_name["torch.atan2"]["functions"]
    assert "Tensor.clamp" in by_name["torch.clamp"]["methods"]
    assert "torch.clip" in by_name["torch.clamp"]["functions"]
    assert by_name["F.gelu"]["dtypes"] == ["float32", "float64", "float16", "bfloat16"]
    assert "bool" in by_name["torch.logical_and"]["dtypes"]


def test_every_callable_of_the_table_is_the_torch_object() -> None:
    """Rows hold the real torch callables, so a call is found by identity (aliases included)."""
    for row in op_table.ROWS:
        for f in row.funcs:
            assert callable(f), row.name
        for m in row.methods:
            assert hasattr(torch.Tensor, m), f"{row.name}: Tensor.{m}"


def cumsum_twice(x):
    y = x * 2
    return torch.cumsum(y, 0)


def test_an_op_outside_the_table_names_itself_and_its_line() -> None:
    f = jic.compile(cumsum_twice, fullgraph=True)
    with pytest.raises(jic.UnsupportedError, match=r"test_table.py:\d+: .*cumsum.*not in jic's op table") as e:
        f(torch.randn(4, 3))
    assert e.value.lineno == cumsum_twice.__code__.co_firstlineno + 2


def test_an_op_outside_the_table_runs_eagerly() -> None:
    f = jic.compile(cumsum_twice)
    x = torch.randn(4, 3)
    with pytest.warns(UserWarning, match="cumsum"):
        out = f(x)
    assert torch.equal(out, cumsum_twice(x))


def bitwise_on_floats(x, y):
    return x & y


def test_an_op_on_dtypes_torch_does_not_define_is_refused_before_any_pass() -> None:
    f = jic.compile(bitwise_on_floats, fullgraph=True)
    with pytest.raises(jic.UnsupportedError, match=r"`&` on \(float32, float32\): it is only defined for integer"):
        f(torch.randn(3), torch.randn(3))


def bad_keyword(x):
    return torch.clamp(x, mn=0.0)


def test_a_wrong_keyword_says_the_signature() -> None:
    f = jic.compile(bad_keyword, fullgraph=True)
    with pytest.raises(jic.UnsupportedError, match=r"signature: torch.clamp\(input, min=None, max=None\)"):
        f(torch.randn(3))


def test_docs_ops_md_is_generated_from_the_table() -> None:
    """docs/ops.md's tables are jic.tools.ops_doc's output for the current table (run it with --write)."""
    from jic.tools import ops_doc

    text = open(ops_doc.DOC).read()
    assert ops_doc._current(text) == ops_doc.render(), "docs/ops.md is out of date: python -m jic.tools.ops_doc --write"
    for op in jic.supported_ops():
        assert f"| {op['name']} |" in text


def test_docs_known_differences_cover_the_suites_known_differences() -> None:
    """Every op the differential suite marks as a known difference is explained in docs/ops.md."""
    from op_db import KNOWN_DIFFERENCES

    from jic.tools import ops_doc

    known = open(ops_doc.DOC).read().split("## Known differences from eager", 1)[1]
    shown = {"add(alpha)": "alpha=a", "addcmul": "addcmul", "addcdiv": "addcdiv", "%": "`%`", "fmod": "fmod",
             ".long()": ".long()", ".int()": ".int()"}  # fmt: skip
    for name, _dt in KNOWN_DIFFERENCES:
        assert name in shown, f"{name}: say in docs/ops.md how it differs from eager"
        assert shown[name] in known, f"docs/ops.md's known differences do not mention {name}"
