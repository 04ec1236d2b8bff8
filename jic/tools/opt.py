"""jic-opt: run a pass pipeline on jic IR text, verifying after every pass.

    jic-opt input.mlir -p 'infer-shapes,sink-loops-into-kernels'     # the IR after the passes, on stdout
    jic-opt -p 'lower-to-llvm{target=nvptx}' --print-between-passes < outlined.mlir
    jic-opt -p fast-math{approx-tanh=true} --time-passes kernels.mlir
    jic-opt --list-passes

Reads a file or stdin ("-"), parses it with every dialect of jic, verifies it, applies the pipeline (the xDSL
pipeline syntax: `a,b{opt=1}`), and prints the result, which parses back. A verifier failure names the pass
after which it happened. `--emit llvm|ptx` prints the lowered kernels' LLVM IR or PTX instead.
Also runnable as `python -m jic.tools.opt`.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from xdsl.dialects.builtin import ModuleOp
from xdsl.parser import Parser
from xdsl.utils.exceptions import ParseError

import jic  # noqa: F401  (registers the built-in passes)
from jic.errors import JicError
from jic.ir import make_context
from jic.passes import pipeline as pl
from jic.passes import registry


class OptError(Exception):
    """A user error: bad input, a bad pipeline, or IR that does not verify."""


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="jic-opt", description="Run jic passes on IR text; print the result.", allow_abbrev=False
    )
    ap.add_argument("input", nargs="?", default="-", help="IR file to read ('-' or nothing: stdin)")
    ap.add_argument("-p", "--passes", default="", help="pipeline string, e.g. 'infer-shapes,lower-to-llvm{target=cpu}'")
    ap.add_argument("-o", "--output", default="-", help="where to write the result ('-': stdout)")
    ap.add_argument("--print-between-passes", action="store_true", help="print the IR after each pass (stderr)")
    ap.add_argument("--time-passes", action="store_true", help="print each pass's time (stderr)")
    ap.add_argument("--emit", choices=("ir", "llvm", "ptx"), default="ir", help="what to print (default: ir)")
    ap.add_argument("--arch", default="sm_90", help="GPU architecture for --emit ptx (default: sm_90)")
    ap.add_argument("--list-passes", action="store_true", help="list the registered passes and exit")
    return ap


def parse_ir(text: str, source: str = "<stdin>") -> ModuleOp:
    try:
        module = Parser(make_context(), text, source).parse_module()
    except ParseError as e:
        raise OptError(f"{source}: cannot parse the IR:\n{e}") from e
    try:
        module.verify()
    except Exception as e:
        raise OptError(f"{source}: the input IR does not verify: {e}") from e
    return module


def run_pipeline(
    module: ModuleOp, passes: str, *, print_between: TextIO | None = None, timings: dict[str, float] | None = None
) -> None:
    """Apply `passes` to `module`, verifying after each; any failure is an OptError that names the pass."""
    try:
        built = pl.build(passes)
    except (registry.PassRegistryError, ValueError) as e:
        raise OptError(str(e)) from e
    ctx = make_context()
    for p in built:
        t0 = time.perf_counter()
        try:
            pl.apply_verified(ctx, module, p)
        except pl.PassVerifyError as e:
            raise OptError(str(e)) from e
        except JicError as e:
            raise OptError(f"pass {p.name!r}: {e}") from e
        except Exception as e:
            raise OptError(f"pass {p.name!r} failed: {type(e).__name__}: {e}") from e
        if timings is not None:
            timings[p.name] = timings.get(p.name, 0.0) + time.perf_counter() - t0
        if print_between is not None:
            print(f"// ----- IR after {p.name} -----", file=print_between)
            print(module, file=print_between)


def emit(module: ModuleOp, what: str, arch: str) -> str:
    if what == "ir":
        return str(module)
    from jic.backend import llvm_ir

    try:
        ir_text, names, target = llvm_ir.to_llvm_ir(module)
    except ValueError as e:
        raise OptError(f"--emit {what}: {e}") from e
    if what == "llvm":
        return ir_text
    if target != "nvptx":
        raise OptError(f"--emit ptx: the kernels were lowered for {target!r}; use lower-to-llvm{{target=nvptx}}")
    from jic.backend import ptx

    try:
        return ptx.compile_ptx(ir_text, names, arch=arch)
    except FileNotFoundError as e:  # no libdevice for the math functions
        raise OptError(f"--emit ptx: {e}") from e


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list_passes:
        for name in registry.names():
            print(name)
        return 0
    try:
        if args.input == "-":
            text, source = sys.stdin.read(), "<stdin>"
        else:
            try:
                with open(args.input) as f:
                    text, source = f.read(), args.input
            except OSError as e:
                raise OptError(f"cannot read {args.input}: {e.strerror}") from e
        module = parse_ir(text, source)
        timings: dict[str, float] | None = {} if args.time_passes else None
        t0 = time.perf_counter()
        run_pipeline(
            module, args.passes, print_between=sys.stderr if args.print_between_passes else None, timings=timings
        )
        if timings is not None:
            _print_timings(timings, time.perf_counter() - t0, sys.stderr)
        out = emit(module, args.emit, args.arch)
    except OptError as e:
        print(f"jic-opt: error: {e}", file=sys.stderr)
        return 1
    if args.output == "-":
        sys.stdout.write(out.rstrip("\n") + "\n")
    else:
        with open(args.output, "w") as f:
            f.write(out.rstrip("\n") + "\n")
    return 0


def _print_timings(timings: dict[str, float], total: float, file: TextIO) -> None:
    print("// ----- pass times -----", file=file)
    width = max([len(n) for n in timings] + [5])
    for name, secs in timings.items():
        print(f"//   {name:<{width}}  {secs * 1e3:9.3f} ms", file=file)
    print(f"//   {'total':<{width}}  {total * 1e3:9.3f} ms", file=file)


if __name__ == "__main__":
    sys.exit(main())
