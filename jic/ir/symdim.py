"""Symbolic sizes: what shape inference knows about a dimension before run time.

A size is an integer constant, the size `name.i` of a function argument, or the
broadcast of two sizes (`bcast(a, b)`: a if b == 1, b if a == 1, else a == b,
checked at run time). They print as short strings so that IR stays readable:
`{jic.shape = ["h.0", "bcast(x.2, h.1)"]}`.
"""

from __future__ import annotations

from dataclasses import dataclass


class SymDim:
    def __str__(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True)
class Const(SymDim):
    value: int

    def __str__(self) -> str:
        return str(self.value)


@dataclass(frozen=True)
class ArgDim(SymDim):
    arg: str
    dim: int

    def __str__(self) -> str:
        return f"{self.arg}.{self.dim}"


@dataclass(frozen=True)
class Bcast(SymDim):
    a: SymDim
    b: SymDim

    def __str__(self) -> str:
        return f"bcast({self.a}, {self.b})"


def bcast(a: SymDim, b: SymDim) -> SymDim:
    """Broadcast two sizes, simplified: bcast(a, a) = a, bcast(1, a) = bcast(a, 1) = a."""
    if a == b or b == Const(1):
        return a
    if a == Const(1):
        return b
    if isinstance(a, Const) and isinstance(b, Const):
        raise ValueError(f"sizes {a.value} and {b.value} cannot be broadcast")
    return Bcast(a, b)


def broadcast_shapes(*shapes: tuple[SymDim, ...]) -> tuple[SymDim, ...]:
    """Right-aligned numpy broadcasting of symbolic shapes."""
    rank = max((len(s) for s in shapes), default=0)
    out: list[SymDim] = []
    for i in range(rank):
        d: SymDim = Const(1)
        for s in shapes:
            j = i - (rank - len(s))
            if j >= 0:
                d = bcast(d, s[j])
        out.append(d)
    return tuple(out)


def parse(text: str) -> SymDim:
    """Inverse of str(): '3', 'x.0', 'bcast(x.0, h.1)'."""
    text = text.strip()
    if text.startswith("bcast(") and text.endswith(")"):
        inner = text[len("bcast(") : -1]
        depth = 0
        for i, ch in enumerate(inner):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "," and depth == 0:
                return Bcast(parse(inner[:i]), parse(inner[i + 1 :]))
        raise ValueError(f"bad symbolic size {text!r}")
    if text.lstrip("-").isdigit():
        return Const(int(text))
    name, _, dim = text.rpartition(".")
    if not name or not dim.isdigit():
        raise ValueError(f"bad symbolic size {text!r}")
    return ArgDim(name, int(dim))
