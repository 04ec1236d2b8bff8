"""torch.compile of a workload's loop, run in a child process with a compile-time budget.

Dynamo unrolls a Python loop over T, so compile time grows faster than T (W1 took 5.6 s at T=64 and
63 s at T=256 on an H200). The child compiles the loop at T=2 (twice: the first pays the one-time
start-up), T=8 and T=16, fits compile_s = a + b * T**p (a: the T=2 time) and compiles a full shape only
when the estimate fits the budget; the parent kills the child's process group if compiling runs past
its time anyway. Inductor's on-disk caches are off in the child, so every compile time is a cold one.
The child writes one JSON line per result to a file, so what it finished survives a kill.

Parent: `run(workload, shapes, budget_s, device)`; child: `python3 -m bench.baselines.compiled NAME ...`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from typing import Any

import torch

from bench.measure import describe, result

PROBE_T = (2, 8, 16)


def run(
    workload_name: str, shapes: list[dict], budget_s: float, timeout_s: float, seed: int, device: str = "cuda"
) -> list[dict]:
    """One result per shape (the child's lines, or a skip for what it did not reach in `timeout_s`)."""
    env = dict(os.environ, TORCHINDUCTOR_FORCE_DISABLE_CACHES="1", PYTHONUNBUFFERED="1")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    with tempfile.TemporaryDirectory() as tmp:
        lines_path = os.path.join(tmp, "results.jsonl")
        log_path = os.path.join(tmp, "log.txt")
        cmd = [sys.executable, "-m", "bench.baselines.compiled", workload_name, json.dumps(shapes)]
        cmd += ["--budget", str(budget_s), "--seed", str(seed), "--lines", lines_path, "--device", device]
        t0 = time.perf_counter()
        with open(log_path, "w") as log:
            # its own session, so that a kill also ends Inductor's compile workers
            proc = subprocess.Popen(
                cmd, env=env, cwd=root, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
            try:
                rc = proc.wait(timeout=timeout_s)
                why = "" if rc == 0 else f"the child process exited with {rc}: {_last_line(log_path)}"
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                why = f"killed after {time.perf_counter() - t0:.0f} s (this workload's torch.compile time)"
        rows = []
        if os.path.exists(lines_path):
            with open(lines_path) as f:
                rows = [json.loads(line) for line in f if line.strip()]
    probe = next((r["probe"] for r in rows if "probe" in r), None)
    by_label = {r.pop("label"): r for r in rows if "label" in r}
    out = []
    for s in shapes:
        r = by_label.get(" ".join(f"{k}={v}" for k, v in s.items()))
        if r is None:
            r = result("skipped", f"compile did not finish: {why or 'the child process ended early'}")
        if probe:
            r["probe"] = probe
        out.append(r)
    return out


def _last_line(log_path: str) -> str:
    """The last line of the child's log (its error, when it failed)."""
    with open(log_path) as f:
        lines = [ln.strip() for ln in f if ln.strip()]
    return lines[-1][:300] if lines else ""


def _child(name: str, shapes: list[dict], budget_s: float, seed: int, lines_path: str, device_name: str) -> None:
    from bench import harness
    from bench.measure import run_system
    from bench.workloads import BY_NAME

    w = BY_NAME[name]
    device = torch.device(device_name)
    cache = torch.cuda.get_device_properties(device).L2_cache_size if device.type == "cuda" else 0

    def emit(row: dict) -> None:
        with open(lines_path, "a") as f:
            f.write(json.dumps(row, default=str) + "\n")

    def cold_compile(shape: dict) -> tuple[Any, float, list[tuple]]:
        torch._dynamo.reset()
        sets = w.input_sets(shape, device, seed, cache)
        compiled = torch.compile(w.fn)
        t0 = time.perf_counter()
        compiled(*sets[0])
        harness.sync(device)
        return compiled, time.perf_counter() - t0, sets

    with torch.no_grad():
        cold_compile(w.with_steps(shapes[0], 2))  # start-up: imports, inductor's worker pool
        probes = {}
        for t in PROBE_T:
            compiled, secs, sets = cold_compile(w.with_steps(shapes[0], t))
            us, _ = harness.median_us(compiled, sets, device, seconds=0.1)
            probes[t] = {"compile_s": secs, "us": us}
        base = probes[2]["compile_s"]
        p1, p2 = probes[PROBE_T[1]], probes[PROBE_T[2]]
        t2 = PROBE_T[2]
        grow1, grow2 = max(p1["compile_s"] - base, 1e-3), max(p2["compile_s"] - base, 1e-3)
        power = min(3.0, max(1.0, math.log(grow2 / grow1) / math.log(t2 / PROBE_T[1])))
        emit({"probe": {"T": t2, "compile_s": p2["compile_s"], "us": p2["us"], "power": power}})
        for shape in shapes:
            label = w.label(shape)
            t = w.steps(shape)
            estimate = base + grow2 * (t / t2) ** power
            if estimate > budget_s:
                note = (
                    f"compile estimated at {estimate:.0f} s > budget {budget_s:.0f} s "
                    f"(T={t2}: {p2['compile_s']:.1f} s, growing as T^{power:.1f})"
                )
                emit({"label": label, **result("skipped", note, estimate_s=estimate)})
                continue
            try:
                compiled, secs, sets = cold_compile(shape)
            except Exception as e:
                emit({"label": label, **result("error", describe(e))})
                continue
            ref = w.fn(*harness.to_double(sets[0]))
            r = run_system(w, compiled, sets, ref, device)
            emit({"label": label, **r, "compile_s": secs, "estimate_s": estimate})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("workload")
    ap.add_argument("shapes", help="JSON list of shapes")
    ap.add_argument("--budget", type=float, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lines", required=True, help="file to append one JSON line per result to")
    ap.add_argument("--device", default="cuda")
    a = ap.parse_args()
    _child(a.workload, json.loads(a.shapes), a.budget, a.seed, a.lines, a.device)


if __name__ == "__main__":
    main()
