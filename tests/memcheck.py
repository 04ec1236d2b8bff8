"""The GPU tests under compute-sanitizer's memcheck, split over several checked processes.

    python3 tests/memcheck.py [--shards N] [--sanitizer PATH] [--logs DIR] [--timeout S] [PATH ...]

Each shard is its own `compute-sanitizer --tool memcheck python3 -m pytest <its tests>`, run side by side:
- one process for the whole GPU suite is slow (the CPU-side compiles dominate, and they run one at a time);
- pytest-xdist's workers would not be checked: they are processes the checked one starts, and checking those
  too (`--target-processes all`) did not get through the suite in 8 minutes.
The shards are contiguous runs of the collected test ids, so tests that share compiled variants mostly stay
together. Each shard's log goes to DIR/shard<k>.log as it runs. Exit status 0 only if every shard's tests
passed and the sanitizer found no error in any of them. Run it from the repository's root, as `make memcheck`
does. Tests that count kernels with torch's profiler skip after their call (conftest.cuda_kernel_names).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def split(ids: list[str], shards: int) -> list[list[str]]:
    """`ids` in order, cut into at most `shards` contiguous runs whose sizes differ by at most one."""
    shards = max(1, min(shards, len(ids)))
    size, extra = divmod(len(ids), shards)
    out, start = [], 0
    for k in range(shards):
        end = start + size + (1 if k < extra else 0)
        out.append(ids[start:end])
        start = end
    return [run for run in out if run]


def collect(paths: list[str], marker: str) -> list[str]:
    """The test ids pytest collects under `paths` with `-m marker`, in pytest's order (run from the root dir)."""
    cmd = [sys.executable, "-m", "pytest", "-q", "--collect-only", "-p", "no:cacheprovider", "-m", marker, *paths]
    done = subprocess.run(cmd, capture_output=True, text=True)
    ids = [line for line in done.stdout.splitlines() if "::" in line and not line.startswith(" ")]
    if done.returncode not in (0, 5) or not ids:
        output = done.stdout[-2000:] + done.stderr[-2000:]
        raise SystemExit(f"collecting the tests failed (exit {done.returncode}):\n{output}")
    return ids


ERRORS = re.compile(r"ERROR SUMMARY: (\d+) error")
SUMMARY = re.compile(r"^=*\s*(\d+ (passed|failed|error|skipped).*?)\s*=*$")


def read_log(text: str) -> tuple[int | None, str]:
    """(the sanitizer's error count, pytest's last summary line) from one shard's log; None/'' if absent."""
    counts = ERRORS.findall(text)
    lines = [m.group(1) for m in map(SUMMARY.match, text.splitlines()) if m]
    return (int(counts[-1]) if counts else None), (lines[-1] if lines else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=["tests"])
    ap.add_argument("--shards", type=int, default=max(1, min(8, (os.cpu_count() or 2) // 2)))
    ap.add_argument("--sanitizer", default=os.environ.get("SANITIZER", "compute-sanitizer"))
    ap.add_argument("--logs", default="build/memcheck")
    ap.add_argument("--timeout", type=float, default=None, help="seconds before the shards still running stop")
    ap.add_argument("--marker", default="gpu")
    args = ap.parse_args(argv)

    sanitizer = shutil.which(args.sanitizer) or args.sanitizer
    if not Path(sanitizer).exists():
        raise SystemExit(f"no compute-sanitizer at {args.sanitizer!r}: pass --sanitizer PATH (or SANITIZER=PATH)")
    ids = collect(args.paths, args.marker)
    logs = Path(args.logs)
    logs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONUNBUFFERED="1", JIC_UNDER_SANITIZER="1")  # conftest.cuda_kernel_names reads it
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)

    runs = []
    for k, part in enumerate(split(ids, args.shards)):
        log = logs / f"shard{k}.log"
        cmd = [sanitizer, "--tool", "memcheck", "--report-api-errors", "no", "--target-processes",
               "application-only", "--error-exitcode", "1", sys.executable, "-m", "pytest", "-q",
               "-p", "no:cacheprovider", "-p", "no:xdist", *part]
        runs.append((k, len(part), log, subprocess.Popen(cmd, env=env, stdout=log.open("w"),
                                                         stderr=subprocess.STDOUT)))
    print(f"{len(ids)} tests in {len(runs)} shards under {sanitizer}; logs in {logs}/", flush=True)

    start = time.monotonic()
    for _, _, _, proc in runs:
        left = None if args.timeout is None else max(0.0, args.timeout - (time.monotonic() - start))
        try:
            proc.wait(timeout=left)
        except subprocess.TimeoutExpired:
            break
    for _, _, _, proc in runs:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    ok = True
    for k, n, log, proc in runs:
        errors, summary = read_log(log.read_text(errors="replace"))
        stopped = proc.returncode < 0
        ok &= proc.returncode == 0 and errors == 0
        state = "stopped at the time limit" if stopped else f"exit {proc.returncode}"
        print(f"shard {k}: {n} tests, {state}, sanitizer errors: {'?' if errors is None else errors}, "
              f"pytest: {summary or '-'}")
    print(f"{'clean' if ok else 'NOT clean'} in {time.monotonic() - start:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
