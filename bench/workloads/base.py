"""What a workload is: the loop every system runs, its shapes, inputs, bytes and serial chain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

Shape = dict[str, int]


@dataclass(frozen=True)
class Workload:
    """One benchmark workload.

    `fn` is the plain PyTorch loop: eager runs it as is, TorchScript scripts it, torch.compile and
    jic.compile compile it. `inputs(shape, device, gen)` returns its float32 arguments (random, never
    zeros; Python floats for parameters). `bytes(shape)` is the fewest bytes a kernel must move (each
    input read once, each output written once); `steps(shape)` the length of the serial chain and
    `chain` the operations on one step's critical path (units of bench/chain.py; None: not modelled);
    `flops(shape)` the arithmetic that only a matrix unit could make short (0 for elementwise loops).
    `shared_args` are argument positions (weights) that stay the same across the rotating input sets.
    `check(out, ref)`, when given, replaces the relative-error test: it returns (error, passed), and
    `check_text` says what the error is and what passes.
    `baselines` maps a system name to a maker: `maker(first_args) -> callable(*args)` with fn's output.
    """

    name: str
    title: str
    fn: Callable[..., Any]
    shapes: list[Shape]
    smoke_shapes: list[Shape]
    inputs: Callable[[Shape, torch.device, torch.Generator], tuple]
    bytes: Callable[[Shape], int]
    steps: Callable[[Shape], int]
    chain: dict[str, int] | None
    formula: str
    flops: Callable[[Shape], float] = lambda s: 0.0
    tol: float = 1e-4
    shared_args: tuple[int, ...] = ()
    check: Callable[[Any, Any], tuple[float, bool]] | None = None
    check_text: str = ""
    baselines: dict[str, Callable[[tuple], Callable[..., Any]]] = field(default_factory=dict)
    time_key: str = "T"

    def label(self, shape: Shape) -> str:
        return " ".join(f"{k}={v}" for k, v in shape.items())

    def with_steps(self, shape: Shape, t: int) -> Shape:
        return {**shape, self.time_key: t}

    def input_sets(self, shape: Shape, device: torch.device, seed: int, cache_bytes: int) -> list[tuple]:
        """Enough input sets that rotating through them overflows a cache of `cache_bytes` (at most 64).

        Arguments in `shared_args` (weights) are the first set's in every set, as in real use."""
        gen = torch.Generator().manual_seed(seed)
        first = self.inputs(shape, device, gen)
        per_set = sum(a.numel() * a.element_size() for a in first if isinstance(a, torch.Tensor))
        n = 1 if per_set >= cache_bytes else min(64, -(-3 * cache_bytes // max(per_set, 1)))
        sets = [first]
        for _ in range(n - 1):
            new = self.inputs(shape, device, gen)
            sets.append(tuple(first[i] if i in self.shared_args else a for i, a in enumerate(new)))
        return sets

    def check_output(self, out: Any, ref: Any) -> tuple[float, bool]:
        """(error, passed) of an output against the float64 reference."""
        from bench.harness import rel_error

        if self.check is not None:
            try:
                return self.check(out, ref)
            except (TypeError, ValueError, RuntimeError):
                return float("inf"), False
        err = rel_error(out, ref)
        return err, err <= self.tol

    def tolerance_text(self) -> str:
        return self.check_text or f"||out - ref|| / ||ref|| <= {self.tol:g} (each output)"


def randn(gen: torch.Generator, *size: int, scale: float = 1.0, device: torch.device) -> torch.Tensor:
    """Random normal float32 on `device`, drawn on the CPU so that a seed gives the same data everywhere."""
    return (torch.randn(*size, generator=gen) * scale).to(device)


def rand(gen: torch.Generator, *size: int, lo: float, hi: float, device: torch.device) -> torch.Tensor:
    return (torch.rand(*size, generator=gen) * (hi - lo) + lo).to(device)
