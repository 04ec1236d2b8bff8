"""The host program as a flat schedule of step records, compiled once into a Python function.

A schedule is a list of records, plain JSON:

    {"kind": "dim", "in": [0], "out": [2], "dim": 1}
    {"kind": "launch", "in": [4, 7, 1, 0, 2], "out": [11], "kernel": "cell_k0", ...}
    {"kind": "return", "in": [11]}

`in`/`out` are register numbers; registers 0..n-1 are the function's
parameters. Each kind is registered with `@step_kind("name")`: a function
that writes the Python source of one step through an `Emitter` (registers are
locals `r0, r1, ...`). `build_program` joins the steps into one function and
compiles it with `exec` - a call then runs straight-line Python with no
per-step dispatch, which is what keeps the host cost of a call small (the same
idea as torch.fx's generated `forward`).

Adding a kind is one function here (how it runs) plus, on the compiler side,
one lowering from its IR op (jic/backend/host.py). A kind may open an indented
block (`emitter.indent()`, e.g. a host-side `for`) and close it with `dedent()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Record = dict[str, Any]
StepEmitter = Callable[["Emitter", Record], None]

_KINDS: dict[str, StepEmitter] = {}


def step_kind(name: str) -> Callable[[StepEmitter], StepEmitter]:
    """Register how a step of kind `name` runs; a second registration of one name is an error."""

    def register(fn: StepEmitter) -> StepEmitter:
        if name in _KINDS and _KINDS[name] is not fn:
            raise ValueError(f"step kind {name!r} is already registered by {_KINDS[name].__qualname__}")
        _KINDS[name] = fn
        return fn

    return register


def kinds() -> list[str]:
    _load_builtin_kinds()
    return sorted(_KINDS)


def _load_builtin_kinds() -> None:
    from jic.runtime import (  # noqa: F401  (registration side effects)
        steps,
        steps_eager,
        steps_layout,
        steps_lists,
        steps_structured,
        steps_views,
    )


@dataclass
class Emitter:
    """Collects the source of one host function; steps write lines and bind constants."""

    target: Any  # the loaded kernels (CpuModule / CudaModule), or None without kernels
    device: Any  # the torch.device the variant runs on
    objects: Sequence[Any] = ()  # Python objects that records name by index (eager calls: steps_eager.py)
    lines: list[str] = field(default_factory=list)
    namespace: dict[str, Any] = field(default_factory=dict)
    depth: int = 1
    stable: frozenset[int] = frozenset()  # parameter registers no step writes: read once at entry
    prologue: list[str] = field(default_factory=list)  # lines run first (reads of stable parameters)
    _read: dict[str, str] = field(default_factory=dict)
    _fresh: int = 0

    @staticmethod
    def reg(i: int) -> str:
        return f"r{i}"

    def regs(self, rec: Record, key: str = "in") -> list[str]:
        return [self.reg(i) for i in rec.get(key, ())]

    def line(self, src: str) -> None:
        self.lines.append("    " * self.depth + src)

    def bind(self, value: Any, hint: str = "c") -> str:
        """A name under which the generated code sees `value` (a constant, a helper, a launcher)."""
        name = f"_{hint}{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def fresh(self, hint: str = "t") -> str:
        """A new local name (`<hint><k>_`) for a step's temporaries."""
        self._fresh += 1
        return f"{hint}{self._fresh}_"

    def read(self, reg: str, attr: str) -> str:
        """`reg.shape` or `reg.stride()` (`attr`): read once at entry for a stable parameter, else here."""
        i = int(reg[1:])
        expr = f"{reg}.{attr}"
        if i not in self.stable:
            name = self.fresh("v")
            self.line(f"{name} = {expr}")
            return name
        key = f"{reg}.{attr}"
        if key not in self._read:
            self._read[key] = name = f"_{attr.rstrip('()')}_{reg}"
            self.prologue.append(f"    {name} = {expr}")
        return self._read[key]

    def indent(self) -> None:
        self.depth += 1

    def dedent(self) -> None:
        if self.depth <= 1:
            raise ValueError("schedule: a block is closed that was never opened")
        self.depth -= 1


def build_program(
    schedule: list[Record],
    params: list[int | None],
    target: Any,
    device: Any,
    name: str = "host",
    objects: Sequence[Any] = (),
) -> Callable:
    """One Python function running the schedule; returns what its `return` step names.

    It takes the call's arguments positionally: `params[i]` is the register of
    argument i, or None for an argument the code was specialized on (ignored).
    """
    _load_builtin_kinds()
    written = {r for rec in schedule for r in rec.get("out", ())}
    em = Emitter(target, device, objects, stable=frozenset(r for r in params if r is not None and r not in written))
    for rec in schedule:
        kind = rec.get("kind")
        fn = _KINDS.get(kind)  # type: ignore[arg-type]
        if fn is None:
            raise ValueError(f"schedule: unknown step kind {kind!r}; known: {', '.join(sorted(_KINDS))}")
        fn(em, rec)
    if em.depth != 1:
        raise ValueError("schedule: a block is opened and never closed")
    params_src = ", ".join(em.reg(r) if r is not None else f"_static{i}" for i, r in enumerate(params))
    fname = "".join(c if c.isalnum() else "_" for c in name)
    src = f"def {fname}({params_src}):\n" + ("\n".join(em.prologue + em.lines) or "    pass") + "\n"
    code = compile(src, f"<jic host program {name}>", "exec")
    ns = dict(em.namespace)
    exec(code, ns)
    fn = ns[fname]
    fn.__jic_source__ = src  # type: ignore[attr-defined]
    return fn


__all__ = ["Emitter", "Record", "build_program", "kinds", "step_kind"]
