"""docs/ops.md's tables, generated from the op table (jic.supported_ops()) and the other call tables.

python -m jic.tools.ops_doc            # print the generated part
python -m jic.tools.ops_doc --write    # put it into docs/ops.md, between the markers
python -m jic.tools.ops_doc --check    # exit 1 if docs/ops.md is out of date (the tests check it too)
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable

BEGIN = "<!-- ops-table:begin (written by python -m jic.tools.ops_doc --write) -->"
END = "<!-- ops-table:end -->"
DOC = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "docs", "ops.md")

_SHORT = {  # the dtype sets of the table, shown by name
    "float32 float64 float16 bfloat16 int32 int64 bool": "all",
    "float32 float64 float16 bfloat16": "floats",
    "float32 float64 float16 bfloat16 int32 int64": "all but bool",
    "int32 int64 bool": "ints, bool",
    "int32 int64": "ints",
}


def _names(fns: Iterable[object]) -> list[str]:
    import torch
    import torch.nn.functional as F

    out = []
    for f in fns:
        name = getattr(f, "__name__", str(f))
        mod = "F" if getattr(F, name, None) is f else "torch" if getattr(torch, name, None) is f else "?"
        out.append(f"`{mod}.{name}`")
    return out


def _op_table() -> list[str]:
    from jic.frontend.op_table import supported_ops

    lines: list[str] = []
    section = None
    for op in supported_ops():
        if op["section"] != section:
            section = op["section"]
            lines += [
                "",
                f"### {section}",
                "",
                "| op | functions | Tensor methods | signature | dtypes |",
                "|---|---|---|---|---|",
            ]
        dts = " ".join(op["dtypes"])
        funcs = ", ".join(f"`{f.replace('torch.nn.functional.', 'F.')}`" for f in op["functions"]) or "—"
        methods = ", ".join(f"`.{m.removeprefix('Tensor.')}()`" for m in op["methods"]) or "—"
        sig = op["signature"].replace("|", "\\|")
        lines.append(f"| {op['name']} | {funcs} | {methods} | `({sig})` | {_SHORT.get(dts, dts)} |")
    return lines


def _other_calls() -> list[str]:
    from jic.frontend import calls_linalg, emit

    ops = sorted({*emit.BINARY, *emit.TENSOR_BINARY, "@"})
    return [
        "",
        "### Reductions, linear algebra, transposes, lists",
        "",
        "Floating-point tensors (tests/kernels/ checks each against eager).",
        "",
        "| functions | Tensor methods |",
        "|---|---|",
        f"| {', '.join(sorted(_names(calls_linalg.FUNCS)))} | {', '.join(f'`.{m}()`' for m in sorted(calls_linalg.METHODS))} |",
        "| `torch.stack` (of a list grown in a loop) | — |",
        "",
        "### Python operators on tensors",
        "",
        " ".join(f"`{o}`" for o in ops) + ", unary `-` and `~`, and their in-place forms (`+=`, ...) on tensors the"
        " function made. The dtypes are those of the matching row above (`+` is torch.add, `//` torch.floor_divide).",
    ]


def render() -> str:
    """The generated part of docs/ops.md, markers included."""
    from jic.frontend.op_table import supported_ops

    n_rows = len(supported_ops())
    head = [BEGIN, "", f"{n_rows} rows in the op table (`jic.supported_ops()` returns them as dicts)."]
    return "\n".join([*head, *_op_table(), *_other_calls(), "", END]) + "\n"


def _current(text: str) -> str:
    i, j = text.find(BEGIN), text.find(END)
    if i < 0 or j < 0:
        raise ValueError(f"{DOC} has no {BEGIN!r} ... {END!r} markers")
    return text[i : j + len(END)] + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m jic.tools.ops_doc", description=__doc__.splitlines()[0])
    p.add_argument("--write", action="store_true", help="update docs/ops.md")
    p.add_argument("--check", action="store_true", help="exit 1 if docs/ops.md is out of date")
    args = p.parse_args(argv)
    new = render()
    if not (args.write or args.check):
        sys.stdout.write(new)
        return 0
    text = open(DOC).read()
    old = _current(text)
    if args.check:
        if old != new:
            print(f"{DOC} is out of date: run python -m jic.tools.ops_doc --write", file=sys.stderr)
            return 1
        return 0
    with open(DOC, "w") as f:
        f.write(text.replace(old.rstrip("\n"), new.rstrip("\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
