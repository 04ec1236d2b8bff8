"""Run the benchmark suite: every workload, every system, checked against float64 before it is timed.

    python3 -m bench.suite                      # GPU: all workloads, writes bench/results.{md,png,json}
    python3 -m bench.suite --smoke --out DIR    # CPU, tiny shapes: checks that the harness works

Systems: jic (jic.compile(fullgraph=True), so that a refusal shows as "falls back" instead of a time),
the eager loop, torch.jit.script, torch.compile (child process, compile-time budget), and each workload's
own baselines (hand-written Triton for W1, cuDNN nn.RNN / nn.LSTM for the weighted cells). The suite only
compares: it asserts nothing about timings.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from typing import Any

import torch

from bench import chain, environment, harness, report
from bench.baselines import compiled as tc
from bench.jic_run import host_cost_us, run_jic
from bench.measure import describe, result, run_system
from bench.workloads import BY_NAME, Workload

SMOKE_NOTE = "not run in smoke mode"


def _floor(
    w: Workload, shape: dict, bw: float, mm: float, lat: dict[str, float], launch_s: float = 0.0
) -> dict[str, Any]:
    """The call's floor (shared/ANCHORS.md): the largest of the device's terms (bytes over the copy bandwidth,
    FLOPs over the matmul rate, the serial chain), plus one launch (`launch_s`: what the cheapest call that
    allocates an output and launches one kernel costs, timed as every system's call is)."""
    terms = {"bytes": w.bytes(shape) / bw}
    if w.flops(shape):
        terms["fp32 matmul"] = w.flops(shape) / mm
    chain_s = chain.bound(w.steps(shape), w.chain, lat)
    if chain_s is not None:
        terms["chain"] = chain_s
    bound = max(terms, key=lambda k: terms[k])
    return {
        "us": (terms[bound] + launch_s) * 1e6,
        "device_us": terms[bound] * 1e6,
        "launch_us": launch_s * 1e6,
        "bound": bound,
        "terms_us": {k: v * 1e6 for k, v in terms.items()},
        "chain_modelled": w.chain is not None,
    }


def _scripted(w: Workload, sets, ref, device) -> dict[str, Any]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # torch.jit is deprecated; still what people run
            fn = torch.jit.script(w.fn)
    except Exception as e:
        return result("error", describe(e))
    return run_system(w, fn, sets, ref, device)


def run_shape(w: Workload, shape: dict, device: torch.device, ctx: dict[str, Any], args) -> dict[str, Any]:
    cache = torch.cuda.get_device_properties(device).L2_cache_size if device.type == "cuda" else 0
    sets = w.input_sets(shape, device, args.seed, cache)
    ref = w.fn(*harness.to_double(sets[0]))
    row: dict[str, Any] = {
        "workload": w.name,
        "title": w.title,
        "formula": w.formula,
        "shape": w.label(shape),
        "input_sets": len(sets),
        "tolerance": w.tolerance_text(),
        "floor": _floor(
            w, shape, ctx["copy_Bps"], ctx["matmul_flops"], ctx["chain_latency_s"], ctx["launch_us"]["floor"] * 1e-6
        ),
    }
    systems: dict[str, dict] = {}
    systems["jic"] = run_jic(w, shape, sets, ref, device, args.seed)
    systems["eager"] = run_system(w, w.fn, sets, ref, device, seconds=args.seconds)
    systems["TorchScript"] = _scripted(w, sets, ref, device)
    systems["torch.compile"] = result("skipped", SMOKE_NOTE) if args.smoke else result("pending")
    for name, maker in w.baselines.items():
        if name.startswith("Triton") and device.type != "cuda":
            systems[name] = result("skipped", "needs a CUDA GPU")
            continue
        try:
            fn = maker(sets[0])
        except Exception as e:
            systems[name] = result("error", describe(e))
            continue
        systems[name] = run_system(w, fn, sets, ref, device, seconds=args.seconds)
    row["systems"] = systems
    return row


def _print_row(row: dict) -> None:
    parts = []
    for name, r in row["systems"].items():
        parts.append(f"{name}: " + (f"{r['us']:.1f} us" if r["status"] == "ok" else r["status"]))
    print(f"  {row['workload']} {row['shape']} floor {row['floor']['us']:.1f} us | " + " | ".join(parts), flush=True)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description="jic's benchmark suite (compares; asserts no timings)")
    ap.add_argument("--smoke", action="store_true", help="CPU, tiny shapes, no torch.compile or Triton")
    ap.add_argument("--only", default="", help="comma-separated workloads: " + ",".join(BY_NAME))
    ap.add_argument("--out", default=None, help="folder for results.{md,png,json} (default bench/, smoke: none)")
    ap.add_argument("--tc-budget", type=float, default=60.0, help="seconds one torch.compile may take")
    ap.add_argument("--tc-total", type=float, default=300.0, help="seconds all torch.compile children may take")
    ap.add_argument("--tc-only", default="", help="comma-separated workloads to run torch.compile on (default: all)")
    ap.add_argument("--seconds", type=float, default=0.4, help="timing budget per system and shape")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    names = [n for n in args.only.split(",") if n] or list(BY_NAME)
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        ap.error(f"unknown workload(s) {unknown}; expected some of {list(BY_NAME)}")
    if args.smoke:
        device = torch.device("cpu")
    elif torch.cuda.is_available():
        device = torch.device("cuda")
    else:
        ap.error("no CUDA device here: use --smoke for the CPU check of the harness")
    out_dir = args.out or (None if args.smoke else os.path.dirname(os.path.abspath(__file__)))

    started = time.perf_counter()
    env = environment.describe(device)
    print("  ".join(f"{k}: {v}" for k, v in env.items()), flush=True)
    ctx = {
        "copy_Bps": harness.copy_bandwidth(device),
        "matmul_flops": harness.matmul_rate(device),
        "chain_latency_s": chain.measure(device),
        "host_calls": 200 if args.smoke else 2000,
        "launch_us": harness.one_launch_us(device),
    }
    ctx["host_us"] = host_cost_us(device, calls=ctx["host_calls"])
    print(
        f"copy {ctx['copy_Bps'] / 1e12:.2f} TB/s, fp32 matmul {ctx['matmul_flops'] / 1e12:.1f} TFLOP/s, "
        f"chain latency { ({k: f'{v * 1e9:.2f} ns' for k, v in ctx['chain_latency_s'].items()}) }, "
        f"one launch {ctx['launch_us']}, "
        f"host cost per call {ctx['host_us']}",
        flush=True,
    )
    data: dict[str, Any] = {"env": env, "ctx": ctx, "smoke": args.smoke, "tc_budget_s": args.tc_budget, "rows": []}
    tc_left = args.tc_total
    with torch.no_grad():
        for w in (BY_NAME[n] for n in names):
            shapes = w.smoke_shapes if args.smoke else w.shapes
            rows = [run_shape(w, s, device, ctx, args) for s in shapes]
            for row in rows:
                _print_row(row)
            if not args.smoke:
                if device.type == "cuda":
                    torch.cuda.empty_cache()
                tc_only = [n for n in args.tc_only.split(",") if n]
                if tc_only and w.name not in tc_only:
                    tcs = [result("skipped", f"torch.compile run for {', '.join(tc_only)} only in this run")] * len(rows)
                elif tc_left < 30:
                    tcs = [result("skipped", f"the run's torch.compile time ({args.tc_total:.0f} s) is spent")] * len(
                        rows
                    )
                else:
                    t0 = time.perf_counter()
                    timeout = min(tc_left, 60 + args.tc_budget * 1.5 * len(shapes))
                    tcs = tc.run(w.name, shapes, args.tc_budget, timeout, args.seed)
                    tc_left -= time.perf_counter() - t0
                for row, r in zip(rows, tcs):
                    row["systems"]["torch.compile"] = r
                    print(
                        f"  {row['workload']} {row['shape']} torch.compile: {r['status']} {r.get('note', '')}",
                        flush=True,
                    )
            data["rows"].extend(rows)
            data["elapsed_s"] = time.perf_counter() - started
            if out_dir:
                report.write_json(data, out_dir)
    data["elapsed_s"] = time.perf_counter() - started
    if out_dir:
        paths = report.write(data, out_dir)
        print("wrote " + ", ".join(paths), flush=True)
    print(report.console_table(data), flush=True)
    print(f"total {data['elapsed_s']:.0f} s", flush=True)
    return data


if __name__ == "__main__":
    main(sys.argv[1:])
