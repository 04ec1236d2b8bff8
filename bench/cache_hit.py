"""A new process that finds its compiled code in the on-disk cache: how long its first call takes.

    python3 bench/cache_hit.py [--out results.json]

Runs the W1 cell at (8, 16, 64) in fresh interpreters sharing one empty
JIC_CACHE_DIR: the first compiles (and stores the PTX and its cubin), the
next ones hit. Each reports the import times (torch, jic), the first call
(synchronized; torch's import excluded), whether xDSL or llvmlite got
imported, and whether the kernels came from a stored cubin. One more hit runs
after the cubin is taken out of the entry, which shows what loading PTX (the
driver's JIT) costs. On a CPU-only machine the same runs use the CPU target.
Asserts nothing about time. `new_process_first_call` is also host_overhead.py's
new-process measurement.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SCRIPT = """
import json, sys, time
t0 = time.perf_counter()
import torch
t1 = time.perf_counter()
import jic
t2 = time.perf_counter()
sys.path.insert(0, {root!r})
from bench.host_overhead import cell
dev = "cuda" if torch.cuda.is_available() else "cpu"
B, T, H = {shape!r}
x, h = torch.randn(B, T, H, device=dev), torch.randn(B, H, device=dev)
if dev == "cuda":
    torch.cuda.synchronize()
f = jic.compile(fullgraph=True)(cell)
t3 = time.perf_counter()
out = f(x, h)
if dev == "cuda":
    torch.cuda.synchronize()
t4 = time.perf_counter()
ref = cell(x, h)
err = ((out - ref).norm() / ref.norm()).item()
(v,) = f.cache.values()
m = v.module
loaded = sorted({{k.split(".")[0] for k in sys.modules if k.split(".")[0] in ("xdsl", "llvmlite")}})
print("RESULT", json.dumps({{
    "compiles": f.stats.compiles, "disk_hits": f.stats.disk_hits, "rel_err": err,
    "import_torch_ms": (t1 - t0) * 1e3, "import_jic_ms": (t2 - t1) * 1e3, "first_call_ms": (t4 - t3) * 1e3,
    "imported": loaded, "kernels_from": type(m).__name__,
    "cubin_used": bool(getattr(m, "cubin", None)) and not getattr(m, "cubin_made", True),
    "cubin_error": getattr(m, "cubin_error", None),
}}))
"""


def new_process_first_call(env: dict, shape: tuple[int, int, int] = (8, 16, 64)) -> dict:
    """A fresh interpreter with `env` (its JIC_CACHE_DIR) compiles the W1 cell for inputs of `shape` (B, T, H) or
    finds it on disk, and reports its import times and first call (see the module doc)."""
    script = SCRIPT.format(root=ROOT, shape=tuple(shape))
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        return {"error": r.stderr[-2000:]}
    line = [ln for ln in r.stdout.splitlines() if ln.startswith("RESULT ")][-1]
    return json.loads(line[len("RESULT ") :])


def strip_cubins(cache: str) -> int:
    """Take the cubin out of every entry (checksum kept valid): the next hit loads the PTX."""
    sys.path.insert(0, ROOT)
    from jic.runtime import disk_cache

    n = 0
    for d, _, files in os.walk(cache):
        for f in files:
            if not f.endswith(".json") or "front" in d or "sources" in d:
                continue
            p = os.path.join(d, f)
            with open(p) as fh:
                entry = json.load(fh)
            art = entry.get("artifact")
            if isinstance(art, dict) and art.get("cubin"):
                art["cubin"] = art["cubin_key"] = None
                entry["sha256"] = disk_cache._digest(art)
                with open(p, "w") as fh:
                    json.dump(entry, fh)
                n += 1
    return n


def main() -> None:
    out_path = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
    cache = tempfile.mkdtemp(prefix="jic-bench-hit-")
    env = dict(os.environ, JIC_CACHE_DIR=cache)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p)
    res: dict = {"cold": new_process_first_call(env)}
    hits = [new_process_first_call(env) for _ in range(5)]
    res["hits"] = hits
    ok = [h["first_call_ms"] for h in hits if "first_call_ms" in h]
    if ok:
        res["hit_first_call_ms_median"] = statistics.median(ok)
    if strip_cubins(cache):
        res["hit_without_cubin"] = new_process_first_call(env)  # loads the PTX (and makes the cubin again)
        res["hit_after_cubin_remade"] = new_process_first_call(env)
    text = json.dumps(res, indent=1)
    print(text)
    if out_path:
        with open(out_path, "w") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
