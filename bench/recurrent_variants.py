"""The recurrent block kernels of Elman and LSTM under several launch shapes, against eager and cuDNN.

    python3 -m bench.recurrent_variants [--only elman,lstm] [--rows 1,2,4] [--ahead 16,1] [--lanes 1,4]

For each workload at its benchmark shape (B=64, T=256, I=256, H=256) and each choice of the
recurrent-block-kernels pass's options (rows a block owns, weight loads each thread keeps in flight,
threads that share each unit),
jic's output is checked against float64 and timed with the suite's harness (medians over rotating
input sets; kernels and their device time per call from torch.profiler), with the eager loop and cuDNN
timed in the same run. It compares; it asserts nothing about timings.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import torch

from bench import harness
from bench.measure import describe, result, run_system
from bench.workloads import BY_NAME


def _pipeline(rows: int, ahead: int, lanes: int) -> list[str]:
    from jic.passes import pipeline

    opt = f"recurrent-block-kernels{{rows-per-block={rows} weight-loads-ahead={ahead} lanes-per-unit={lanes}}}"
    return [opt if p == "recurrent-block-kernels" else p for p in pipeline.DEFAULT_PIPELINE]


def _line(name: str, r: dict[str, Any]) -> str:
    if r["status"] != "ok":
        return f"  {name:<28} {r['status']}: {r.get('note', '')}"
    extra = ""
    if r.get("kernels") is not None and r.get("kernel_us") is not None:
        extra = f", {r['kernels']} kernels, {r['kernel_us']:.1f} us on device"
    return f"  {name:<28} {r['us']:10.1f} us (err {r['err']:.1e}{extra})"


def main(argv: list[str] | None = None) -> None:
    import jic

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="elman,lstm")
    ap.add_argument("--rows", default="1,2,4", help="rows a block owns")
    ap.add_argument("--ahead", default="16,4", help="weight loads each thread keeps in flight (1: none)")
    ap.add_argument("--lanes", default="1", help="threads sharing each unit's products (GPU)")
    ap.add_argument("--seconds", type=float, default=0.3)
    args = ap.parse_args(argv)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.type == "cuda":
        print(f"# {torch.cuda.get_device_name(device)}, torch {torch.__version__}", flush=True)
    for name in args.only.split(","):
        w = BY_NAME[name]
        shape = w.shapes[0] if device.type == "cuda" else w.smoke_shapes[0]
        cache = torch.cuda.get_device_properties(device).L2_cache_size if device.type == "cuda" else 0
        sets = w.input_sets(shape, device, 0, cache)
        ref = w.fn(*harness.to_double(sets[0]))
        print(f"{w.title} {w.label(shape)} ({len(sets)} input sets)", flush=True)
        print(_line("eager", run_system(w, w.fn, sets, ref, device, seconds=args.seconds)), flush=True)
        for base, maker in w.baselines.items():
            try:
                print(_line(base, run_system(w, maker(sets[0]), sets, ref, device, seconds=args.seconds)), flush=True)
            except Exception as e:
                print(_line(base, result("error", describe(e))), flush=True)
        variants = [(r, a, 1) for r in args.rows.split(",") for a in args.ahead.split(",")]
        variants += [(r, "16", lanes) for r in args.rows.split(",") for lanes in args.lanes.split(",") if lanes != "1"]
        for rows, ahead, lanes in ((int(r), int(a), int(n)) for r, a, n in variants):
            label = f"jic rows={rows} ahead={ahead} lanes={lanes}"
            try:
                fn = jic.compile(w.fn, fullgraph=True, pipeline=_pipeline(rows, ahead, lanes))
                t0 = time.perf_counter()
                fn(*sets[0])
                harness.sync(device)
                cold = time.perf_counter() - t0
                r = run_system(w, fn, sets, ref, device, seconds=args.seconds)
                print(_line(label, r) + f" [compile {cold:.1f} s]", flush=True)
            except Exception as e:
                print(_line(label, result("error", describe(e))), flush=True)


if __name__ == "__main__":
    main()
