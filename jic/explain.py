"""`jic.explain(fn, *args)`: what jic does with `fn` for these arguments, as a readable report.

    >>> print(jic.explain(cell, x, h))
    jic.explain: cell (model.py:12), arguments x: float32 3-d tensor, h: float32 2-d tensor
      compiled: yes, 1 kernel launch per call
        cell_k0 over (h.0, h.1): each thread runs 1 loop (scf.for) for its element
      host: 2 size checks before the launch

a loop that stays on the host (one fused kernel per step) with the reason the passes recorded:

      host: 4 size checks, 1 loop stepping on the host
        loop at model.py:20 stays on the host: carried `h` is coupled along dim 1 by the matmul at line 21

or, when jic cannot compile it, every reason with its location and source line
(the compiled function would warn once and run eagerly, or raise with fullgraph=True).
Calls it runs eagerly inside the compiled function (graph breaks) are listed
with their file:line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

from jic.errors import UnsupportedError


@dataclass
class KernelInfo:
    name: str
    sizes: str
    loops: int
    branches: int
    block_rows: int = 0  # a block kernel (the whole time loop of a recurrence): rows per block
    fallback: bool = False  # launched only when a recurrence's state does not fit its block kernel


@dataclass
class Explanation:
    function: str
    where: str
    arguments: str
    compiled: bool
    reasons: list[UnsupportedError] = field(default_factory=list)
    kernels: list[KernelInfo] = field(default_factory=list)
    host_checks: int = 0
    host_loops: int = 0
    # one line per loop stepping on the host: where it is and why it is not one kernel
    host_loop_reasons: list[str] = field(default_factory=list)
    graph_breaks: list[str] = field(default_factory=list)  # "file:line: what runs eagerly (why)"
    fallback_loops: int = 0  # host loops of recurrences whose state does not fit their block kernel
    arithmetic_loops: int = 0  # host loops of scalar arithmetic alone (split-host-scalars): no kernel in them

    def __str__(self) -> str:
        lines = [f"jic.explain: {self.function} ({self.where}), arguments {self.arguments}"]
        if not self.compiled:
            lines.append("  compiled: no - jic runs it eagerly (with fullgraph=True it raises)")
            for e in self.reasons:
                first, *rest = str(e).splitlines()
                lines.append(f"  reason: {first}")
                lines += [f"    {r.strip()}" for r in rest]
            return "\n".join(lines)
        n = sum(not k.fallback for k in self.kernels)
        if self.host_loops:  # a kernel of a loop body runs once per step
            kernels = f"{n} kernel{'s' if n != 1 else ''}"
            lines.append(f"  compiled: yes, {kernels}, some launched at every step of a host loop")
        else:
            lines.append(f"  compiled: yes, {n} kernel launch{'es' if n != 1 else ''} per call")
        for k in self.kernels:
            if k.block_rows:
                lines.append(
                    f"    {k.name} over ({k.sizes}): one block kernel runs the whole time loop: a block per "
                    f"{k.block_rows} row{'s' if k.block_rows != 1 else ''}, its threads over the units, the state "
                    "in shared memory, a barrier between steps"
                )
                continue
            if k.fallback:
                lines.append(
                    f"    {k.name} over ({k.sizes}): only if the state does not fit in shared memory, each step"
                )
                continue
            work = []
            if k.loops:
                work.append(f"{k.loops} loop{'s' if k.loops != 1 else ''}")
            if k.branches:
                work.append(f"{k.branches} branch{'es' if k.branches != 1 else ''}")
            what = f"each thread runs {' and '.join(work)} for its element" if work else "elementwise"
            lines.append(f"    {k.name} over ({k.sizes}): {what}")
        host = [f"{self.host_checks} size check{'s' if self.host_checks != 1 else ''}"]
        if self.host_loops:
            host.append(f"{self.host_loops} loop{'s' if self.host_loops != 1 else ''} stepping on the host")
        if self.fallback_loops:
            n = self.fallback_loops
            host.append(
                f"{n} loop{'s' if n != 1 else ''} stepping on the host if the state does not fit in shared memory"
            )
        if self.arithmetic_loops:
            n = self.arithmetic_loops
            them = "them" if n != 1 else "it"
            host.append(f"{n} loop{'s' if n != 1 else ''} of scalar arithmetic (no kernel in {them})")
        lines.append(f"  host: {', '.join(host)}")
        lines += [f"    {r}" for r in self.host_loop_reasons]
        if self.graph_breaks:
            n = len(self.graph_breaks)
            lines.append(
                f"  graph breaks: {n} call{'s' if n != 1 else ''} run eagerly in place (fullgraph=True raises)"
            )
            lines += [f"    {b}" for b in self.graph_breaks]
        return "\n".join(lines)


def _describe_args(fn: Callable, args: tuple, kwargs: dict) -> str:
    import inspect

    bound = inspect.signature(fn).bind(*args, **kwargs)
    bound.apply_defaults()
    parts = []
    for name, v in bound.arguments.items():
        if isinstance(v, torch.Tensor):
            parts.append(f"{name}: {str(v.dtype).removeprefix('torch.')} {v.dim()}-d tensor on {v.device.type}")
        else:
            parts.append(f"{name}: {type(v).__name__}")
    return ", ".join(parts)


def _kernels(outlined: str) -> list[KernelInfo]:
    host, _, device = outlined.partition('"gpu.module"')
    bodies = re.split(r'"gpu\.func"\(\)', device)[1:]
    names = re.findall(r"sym_name = \"(\w+)\"", device)
    infos = {}
    for name, body in zip([n for n in names if n != "jic_kernels"], bodies):
        infos[name] = (body.count("scf.for") + body.count("scf.while"), body.count("scf.if") - 1)
    blocks = dict(re.findall(r'sym_name = "(\w+)", jic\.block_kernel = (\d+)', device))
    sizes = _size_names(host)
    fallback = _fallback_lines(host)
    out = []
    lines = host.splitlines()
    for i, line in enumerate(lines):
        m = re.search(r"jic\.launch @jic_kernels::@(\w+) sizes\(([^)]*)\)", line)
        if m is None:
            continue
        loops, branches = infos.get(m.group(1), (0, 0))
        shown = ", ".join(sizes.get(v.strip(), v.strip()) for v in m.group(2).split(","))
        rows = int(blocks.get(m.group(1), 0))
        out.append(KernelInfo(m.group(1), shown, loops, max(branches, 0), rows, i in fallback))
    return out


def _fallback_lines(host: str) -> set[int]:
    """Lines of the host IR in the `else` of a recurrence's `scf.if {jic.recurrent}`: the loop that steps on
    the host when the state does not fit in its block kernel."""
    lines = host.splitlines()
    inside: set[int] = set()
    for end, line in enumerate(lines):
        if "jic.recurrent = " not in line:
            continue
        indent = line[: len(line) - len(line.lstrip())]
        start = next((i for i in range(end - 1, -1, -1) if lines[i] == indent + "} else {"), end)
        inside.update(range(start, end))
    return inside


def _size_names(host: str) -> dict[str, str]:
    """SSA size values of the host function as the Python that computes them: `h.size(0)`."""
    names: dict[str, str] = {}
    for line in host.splitlines():
        if m := re.search(r"(%\w+) = jic\.dim %(\w+)\[(\d+)\]", line):
            names[m.group(1)] = f"{m.group(2)}.size({m.group(3)})"
        elif m := re.search(r"(%\w+) = jic\.broadcast_dim (%\w+), (%\w+)", line):
            names[m.group(1)] = names.get(m.group(2), m.group(2))
        elif m := re.search(r"(%\w+) = arith\.constant (\d+) : index", line):
            names[m.group(1)] = m.group(2)
    return names


def _arithmetic_only(loop: Any) -> bool:
    """A host loop of scalar arithmetic alone: a count split off a loop that became a kernel."""
    return all(inner is loop or inner.name.startswith(("arith.", "scf.")) for inner in loop.walk())


def _host_loop_reasons(outlined: str) -> tuple[list[str], int]:
    """Each loop left in the host function with a kernel or an eager call in it, with where it is and the
    reason the sink passes recorded on it (`jic.host_loop`); and how many loops hold scalar arithmetic alone
    (inner loops counted)."""
    from xdsl.dialects import func, scf
    from xdsl.dialects.builtin import StringAttr

    from jic.tools.opt import parse_ir

    if not outlined:
        return [], 0
    module = parse_ir(outlined, "outline-kernels")
    out = []
    arithmetic = 0
    for f in module.ops:
        if not isinstance(f, func.FuncOp):
            continue
        loops: list[tuple[Any, str]] = []
        for op in f.body.block.ops:
            if isinstance(op, (scf.ForOp, scf.WhileOp)) and _arithmetic_only(op):
                arithmetic += sum(isinstance(inner, (scf.ForOp, scf.WhileOp)) for inner in op.walk())
            elif isinstance(op, (scf.ForOp, scf.WhileOp)):
                loops.append((op, "stays on the host"))
            elif isinstance(op, scf.IfOp) and "jic.recurrent" in op.attributes and op.false_region.blocks:
                # a recurrence's block kernel, and the loop it falls back to
                when = "stays on the host when its state does not fit in shared memory (else one block kernel)"
                loops += [(inner, when) for inner in op.false_region.block.ops if isinstance(inner, scf.ForOp)]
        for op, what in loops:
            loc, why = op.attributes.get("loc"), op.attributes.get("jic.host_loop")
            where = loc.data if isinstance(loc, StringAttr) else "?"
            reason = why.data if isinstance(why, StringAttr) else "no reason recorded"
            file = where.rpartition(":")[0]
            if file:  # places in the loop's own file by their line
                reason = re.sub(rf"{re.escape(file)}:(\d+)", r"line \1", reason)
            out.append(f"loop at {where} {what}: {reason}")
    return out, arithmetic


def explain(fn: Callable, *args: Any, **kwargs: Any) -> Explanation:
    """Compile `fn` (a function, or an nn.Module's forward) for these arguments (nothing runs) and say what
    came of it."""
    from jic.api import CompiledFunction

    if isinstance(fn, torch.nn.Module):
        from jic.module import CompiledModule, ModuleForward

        module = fn._orig_mod if isinstance(fn, CompiledModule) else fn
        target = getattr(type(module).forward, "fn", type(module).forward)
        compiled: CompiledFunction = ModuleForward(module, target)
        described = _describe_args(target, (module, *args), kwargs).partition(", ")[2]
    else:
        target = fn.fn if isinstance(fn, CompiledFunction) else fn
        compiled = CompiledFunction(target)  # graph breaks allowed: they are listed
        described = _describe_args(target, args, kwargs)
    code = target.__code__
    report = Explanation(
        function=target.__qualname__,
        where=f"{code.co_filename}:{code.co_firstlineno}",
        arguments=described,
        compiled=False,
    )
    try:
        variant = compiled.variant(*args, **kwargs)
    except UnsupportedError as e:
        report.reasons.append(e)
        return report
    stages = variant.stages
    report.compiled = True
    report.graph_breaks = list(variant.artifact.graph_breaks)
    outlined = stages.get("outline-kernels", "")
    report.kernels = _kernels(outlined)
    host = outlined.partition('"gpu.module"')[0]
    report.host_checks = host.count("cf.assert") + host.count("jic.broadcast_dim")
    fallback = _fallback_lines(host)
    loops = [i for i, line in enumerate(host.splitlines()) if "scf.for" in line or "scf.while" in line]
    report.host_loop_reasons, report.arithmetic_loops = _host_loop_reasons(outlined)
    report.host_loops = sum(i not in fallback for i in loops) - report.arithmetic_loops
    report.fallback_loops = sum(i in fallback for i in loops)
    return report


__all__ = ["explain", "Explanation", "KernelInfo"]
