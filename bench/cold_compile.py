"""How long the first compile of W1 takes in a new process, stage by stage.

    python3 -m bench.cold_compile [--runs 5] [--json out.json]

Each run is a fresh interpreter (imports and LLVM's first-use costs count, as they do for a user) with an
empty JIC_CACHE_DIR and, as for an installed package, the modules' .pyc files and the launch extension (one
run first writes them, and is left out).
It times the imports (torch apart: a user has it already), the frontend, every pass (and the locations,
and verification where it runs, after them), the host schedule, the translation to LLVM IR and each step
of the backend (parse, libdevice parse + link, optimize, emit), for the NVPTX target up to PTX text (no GPU
needed; where ptxas is installed, its time on that PTX stands for the driver's JIT at a GPU's first load, apart
from the total) and for the CPU target up to object code. With CUDA, one more kind of run times the real thing:
`jic.compile` and its first call, synchronized (PTX compile, module load, launch). Prints the median of each
stage over the runs; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# One run: stages in order, each {"stage": seconds}; `target` is nvptx (to PTX text) or cpu (to object code).
STAGES = """
import json, sys, time
times = {{}}
def mark(name, t0):
    times[name] = times.get(name, 0.0) + time.perf_counter() - t0
    return time.perf_counter()
t = time.perf_counter()
import torch
t = mark("import torch", t)
from jic import gc_pause
paused = gc_pause.paused()
paused.__enter__()  # as jic.compile does (jic/api.py); kept referenced: dropped, it would resume
import xdsl.ir, xdsl.dialects.builtin
t = mark("import xdsl", t)
import llvmlite.binding
t = mark("import llvmlite", t)
import jic, jic.compiler, jic.frontend, jic.passes, jic.ir, jic.backend.llvm_ir, jic.backend.host
from jic.passes import pipeline as pl
t = mark("import jic", t)
sys.path.insert(0, {root!r})
from bench.host_overhead import cell
target = {target!r}
dev = torch.device("cuda" if target == "nvptx" else "cpu")
f32 = jic.ir.dtypes.TORCH_TO_IR[torch.float32]
kinds = {{"x_seq": ("tensor", f32, 3, dev), "h": ("tensor", f32, 2, dev)}}  # what jic.compile's guards give
from jic.frontend import build_function
t = time.perf_counter()
module, _ = build_function(cell, kinds)
t = mark("frontend", t)
module.verify()
ir_text = str(module)  # the on-disk cache's key
t = mark("frontend verify + text", t)
pipe = pl.compose(target)
pl.run(jic.ir.make_context(), module, pipe, times=times, verify=jic.config.verify_passes)  # as jic.compile
t = time.perf_counter()
from xdsl.dialects import func
host_fn = next(op for op in module.ops if isinstance(op, func.FuncOp))
jic.backend.host.schedule(host_fn)
t = mark("host schedule", t)
if target == "nvptx":
    from jic.backend import ptx
    ir, names, _ = jic.backend.llvm_ir.to_llvm_ir(module)
    t = mark("to LLVM IR", t)
    arch = {arch!r}
    out = ptx.compile_ptx(ir, names, arch=arch, times=times)
    import os, shutil, subprocess, tempfile
    ptxas = shutil.which("ptxas") or next((p for p in ["/usr/local/cuda/bin/ptxas"] if os.path.exists(p)), None)
    if ptxas:  # what the driver's JIT does with the PTX at the first load on a GPU (cubin.py)
        with tempfile.TemporaryDirectory() as d:
            open(os.path.join(d, "k.ptx"), "w").write(out)
            t = time.perf_counter()
            cmd = [ptxas, "-arch=" + arch, os.path.join(d, "k.ptx"), "-o", os.path.join(d, "k.cubin")]
            subprocess.run(cmd, check=True)
            times["(ptxas: the GPU's first load)"] = time.perf_counter() - t
else:
    from jic.backend import cpu
    ir, names, _ = jic.backend.llvm_ir.to_llvm_ir(module, cpu.host_triple())
    t = mark("to LLVM IR", t)
    out, _ = cpu.compile_object(ir, names, assembly=False, times=times)
times["kernels"] = len(names)
times["output KB"] = len(out) / 1000
print("JSON" + json.dumps(times))
"""

# With CUDA: the user's view, `jic.compile` + first call (synchronized) in a new process, empty cache.
END_TO_END = """
import json, sys, time
import torch
sys.path.insert(0, {root!r})
from bench.host_overhead import cell
x, h = torch.randn(64, 512, 1024, device="cuda"), torch.randn(64, 1024, device="cuda")
torch.cuda.synchronize()
t0 = time.perf_counter()
import jic
t1 = time.perf_counter()
f = jic.compile(fullgraph=True)(cell)
out = f(x, h)
torch.cuda.synchronize()
t2 = time.perf_counter()
ok = torch.allclose(out, cell(x, h), atol=1e-5)
print("JSON" + json.dumps({{"import jic": t1 - t0, "compile + first call": t2 - t1, "matches eager": ok}}))
"""


_NATIVE = tempfile.mkdtemp(prefix="jic-native-")  # the launchers, built in the first run (left out) and kept


def _run(script: str, cache_dir: str) -> dict:
    env = {**os.environ, "JIC_CACHE_DIR": cache_dir, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    # the launch extension is built once per machine and torch, like an installed package's: not per compile
    env["JIC_NATIVE_DIR"] = _NATIVE
    env.pop("JIC_DEBUG", None)
    env.pop("JIC_DUMP_DIR", None)
    env.pop("JIC_VERIFY_PASSES", None)  # what a user gets
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its .pyc files: compiling the sources
    # on every import would add ~100 ms to jic's import
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT)
    line = next((ln for ln in p.stdout.splitlines() if ln.startswith("JSON")), None)
    if p.returncode or line is None:
        raise RuntimeError(f"run failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return json.loads(line[4:])


def _medians(runs: list[dict]) -> dict:
    keys = list(dict.fromkeys(k for r in runs for k in r))
    return {k: statistics.median(r.get(k, 0.0) for r in runs) for k in keys}


def _print(title: str, med: dict) -> None:
    print(f"\n{title} (median of runs, ms)")
    total = 0.0
    for k, v in med.items():
        if isinstance(v, bool) or k in ("kernels", "output KB"):
            print(f"  {k:<40} {v}")
            continue
        print(f"  {k:<40} {v * 1e3:8.1f}")
        if k != "import torch" and not k.startswith("("):
            total += v
    print(f"  {'total (torch import, ptxas excluded)':<40} {total * 1e3:8.1f}")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--targets", default="nvptx,cpu", help="comma-separated: nvptx, cpu")
    ap.add_argument("--arch", default=None, help="NVPTX architecture (default: the GPU's, else sm_90)")
    ap.add_argument("--json", default=None, help="write the medians here")
    args = ap.parse_args(argv)
    import torch

    cuda = torch.cuda.is_available()
    arch = args.arch
    if arch is None:
        arch = "sm_%d%d" % torch.cuda.get_device_capability() if cuda else "sm_90"
    results = {}
    for target in args.targets.split(","):
        script = STAGES.format(root=ROOT, target=target, arch=arch)
        runs = []
        for i in range(args.runs + 1):
            with tempfile.TemporaryDirectory() as d:
                r = _run(script, d)
            if i:  # the first run writes the .pyc files (where they are missing) and is left out
                runs.append(r)
        results[target] = _medians(runs)
        _print(f"{target}: stages up to {'PTX text (' + arch + ')' if target == 'nvptx' else 'object code'}",
               results[target])
    if cuda:
        runs = []
        for i in range(args.runs + 1):
            with tempfile.TemporaryDirectory() as d:
                r = _run(END_TO_END.format(root=ROOT), d)
            if i:
                runs.append(r)
        results["cuda end to end"] = _medians(runs)
        _print("CUDA: jic.compile + first call, new process, empty cache", results["cuda end to end"])
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return results


if __name__ == "__main__":
    main()
