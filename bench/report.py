"""Turn a suite run (results.json) into bench/results.md, the PNG chart and the README's results section.

python3 -m bench.report bench/results.json [--out DIR] [--readme README.md]
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

SYSTEMS = ["jic", "eager", "TorchScript", "torch.compile", "Triton (hand-written)", "cuDNN nn.RNN", "cuDNN nn.LSTM"]
README_BEGIN = "<!-- bench-results:begin (written by python3 -m bench.report) -->"
README_END = "<!-- bench-results:end -->"


def fmt_us(us: float) -> str:
    if us >= 1000:
        return f"{us:,.0f} µs"
    if us >= 100:
        return f"{us:.0f} µs"
    if us >= 10:
        return f"{us:.1f} µs"
    return f"{us:.2f} µs"


def fmt_ratio(x: float) -> str:
    return f"{x:,.0f}x" if x >= 100 else f"{x:.1f}x" if x >= 10 else f"{x:.2f}x"


def fmt_s(s: float | None) -> str:
    return "—" if s is None else f"{s:.2f} s" if s < 10 else f"{s:.0f} s"


class Notes:
    """Footnotes: each distinct text gets one number."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def ref(self, text: str) -> str:
        if text not in self.texts:
            self.texts.append(text)
        return f"[{self.texts.index(text) + 1}]"

    def markdown(self) -> str:
        return "\n".join(f"{i + 1}. {t}" for i, t in enumerate(self.texts))


def _systems(data: dict) -> list[str]:
    present = {name for row in data["rows"] for name in row["systems"]}
    return [s for s in SYSTEMS if s in present] + sorted(present - set(SYSTEMS))


def _baseline_column(row: dict) -> str | None:
    return next((s for s in row["systems"] if s.startswith(("Triton", "cuDNN"))), None)


def cell(r: dict | None, notes: Notes | None) -> str:
    if r is None:
        return "—"
    st = r["status"]
    if st == "ok":
        return fmt_us(r["us"])
    note = r.get("note", "")
    tag = {"falls back": "falls back", "skipped": "skipped", "wrong": "wrong", "error": "error"}.get(st, st)
    if notes is None or not note:
        return tag
    return f"{tag} {notes.ref(note)}"


def _times_table(data: dict, notes: Notes) -> list[str]:
    lines = [
        "| workload | shape | floor | jic | eager | TorchScript | torch.compile | hand-written / cuDNN |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in data["rows"]:
        s = row["systems"]
        base = _baseline_column(row)
        fl = row["floor"]
        bound = fl["bound"] + (" + launch" if fl.get("launch_us") else "")
        cells = [row["title"], row["shape"], f"{fmt_us(fl['us'])} ({bound})", f"**{cell(s.get('jic'), notes)}**"]
        cells += [cell(s.get(name), notes) for name in ("eager", "TorchScript", "torch.compile")]
        cells.append(f"{cell(s[base], notes)} ({base.split(' (')[0]})" if base else "—")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _ratio(a: dict | None, b: dict | None) -> str:
    if not a or not b or a["status"] != "ok" or b["status"] != "ok":
        return "—"
    return fmt_ratio(a["us"] / b["us"])


def _jic_table(data: dict) -> list[str]:
    lines = [
        "| workload | shape | jic / floor | eager / jic | TorchScript / jic | torch.compile / jic "
        "| baseline / jic | jic kernel time | jic kernel / device floor | cold compile | new jic.compile object "
        "| compiles after a new T |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in data["rows"]:
        s = row["systems"]
        j = s.get("jic")
        base = _baseline_column(row)
        floor = {"status": "ok", "us": row["floor"]["us"]}
        compiles = j.get("compiles_after_new_T") if j else None
        device_floor = {"status": "ok", "us": row["floor"].get("device_us", row["floor"]["us"])}
        kernel = {"status": "ok", "us": j["kernel_us"]} if j and j.get("kernel_us") else None
        lines.append(
            f"| {row['title']} | {row['shape']} | {_ratio(j, floor)} | {_ratio(s.get('eager'), j)} "
            f"| {_ratio(s.get('TorchScript'), j)} | {_ratio(s.get('torch.compile'), j)} "
            f"| {(_ratio(s[base], j) + ' (' + base.split(' (')[0] + ')') if base else '—'} "
            f"| {fmt_us(j['kernel_us']) if j and j.get('kernel_us') is not None else '—'} "
            f"| {_ratio(kernel, device_floor)} "
            f"| {fmt_s(j.get('cold_s')) if j else '—'} | {fmt_s(j.get('fresh_s')) if j else '—'} "
            f"| {compiles if compiles is not None else '—'} |"
        )
    return lines


def _per_system_table(data: dict, title: str, value) -> list[str]:
    systems = _systems(data)
    lines = [f"| workload | shape | {' | '.join(systems)} |", "|---|---|" + "---|" * len(systems)]
    for row in data["rows"]:
        cells = []
        for name in systems:
            r = row["systems"].get(name)
            cells.append("—" if r is None else value(r))
        lines.append(f"| {row['title']} | {row['shape']} | {' | '.join(cells)} |")
    return lines


def _kernels(r: dict) -> str:
    if r["status"] != "ok":
        return r["status"]
    k = r.get("kernels")
    return "—" if k is None else f"{k:,.0f}" if k >= 10 else f"{k:g}"


def _errors(r: dict) -> str:
    if "err" not in r:
        return r["status"]
    return f"{r['err']:.1e}" + ("" if r["status"] == "ok" else f" ({r['status']})")


def _compile_table(data: dict) -> list[str]:
    lines = [
        "| workload | shape | torch.compile | compile time | steady state | at small T |",
        "|---|---|---|---|---|---|",
    ]
    for row in data["rows"]:
        r = row["systems"].get("torch.compile")
        if not r or r.get("note") == "not run in smoke mode":
            continue
        p = r.get("probe")
        small = f"T={p['T']}: {fmt_s(p['compile_s'])} to compile, {fmt_us(p['us'])}" if p else "—"
        if r.get("compile_s") is not None:
            compile_time = fmt_s(r["compile_s"])
        elif r.get("estimate_s") is not None:
            compile_time = f"≈ {fmt_s(r['estimate_s'])} (estimate)"
        else:
            compile_time = "—"
        steady = fmt_us(r["us"]) if r["status"] == "ok" else "—"
        lines.append(f"| {row['title']} | {row['shape']} | {r['status']} | {compile_time} | {steady} | {small} |")
    return lines if len(lines) > 2 else []


def _header(data: dict) -> list[str]:
    env, ctx = data["env"], data["ctx"]
    # "add_tanh" is the fastest of the accurate implementations measured, each of which is listed too
    measured = ctx.get("chain_latency_s") or {}
    lat = {("add_tanh (the floor's)" if k == "add_tanh" else k): v for k, v in measured.items()}
    lines = [
        f"Measured {env['date']} on **{env['card']}**"
        + (f", driver {env['driver']}, CUDA {env.get('CUDA (torch)')}" if env.get("driver") else "")
        + f"; Python {env['python']}, torch {env['torch']}, triton {env['triton']}, llvmlite {env['llvmlite']}, "
        f"xdsl {env['xdsl']}, cuda-bindings {env['cuda-bindings']}; jic at commit {env['jic commit']}"
        + (f" (sources {env['jic sources']})" if env.get("jic sources") else "")
        + ". "
        f"Whole run: {data.get('elapsed_s', 0):.0f} s.",
        "",
        f"Ceilings measured in the same run: device copy {ctx['copy_Bps'] / 1e9:,.0f} GB/s (read + write), "
        f"fp32 matmul {ctx['matmul_flops'] / 1e12:.2f} TFLOP/s (TF32 off)"
        + (
            "; per-step chain latency "
            + ", ".join(f"{k} {v * 1e9:.2f} ns" for k, v in lat.items())
            + " (one warp, dependent operations in registers: bench/chain.py)"
            if lat
            else "; chain latency not measured on this device"
        )
        + ".",
    ]
    launch = ctx.get("launch_us")
    if launch:
        lines += [
            "",
            f"One launch, timed as every call is: one eager torch.tanh on 32 elements {fmt_us(launch['floor'])} (the"
            " floor's launch term)"
            + (f"; an empty kernel through cuda-python {fmt_us(launch['empty kernel'])}" if "empty kernel" in launch else "")
            + ".",
        ]
    host = ctx.get("host_us")
    if host:
        parts = [f"{k} {fmt_us(v) if isinstance(v, float) else v}" for k, v in host.items()]
        lines += [
            "",
            f"Host cost of a repeated call on tiny inputs (W1 on 1x1x32, {ctx.get('host_calls', 2000)} calls in a row): "
            + ", ".join(parts)
            + ".",
        ]
    if data.get("smoke"):
        lines += ["", "**Smoke run** (CPU, tiny shapes): it checks that the harness works; its times mean nothing."]
    for remark in data.get("remarks", []):
        lines += ["", f"**Remark:** {remark}"]
    return lines


METHOD = """\
How to read this:
- Times are medians of one call each, timed by CUDA events around the call with a synchronize after each
  (host work before the kernels counts), after warm-up, over as many repetitions as fit 0.4 s (5 at least).
  Inputs rotate over enough sets to overflow L2 where one set would fit in it.
- Before any time is taken, each system's output on fresh random inputs is compared with the same loop run
  eagerly in float64; a system that fails is shown as "wrong" and not timed. jic runs with fullgraph=True, so a
  function it cannot compile shows as "falls back" with jic's reason instead of the eager fallback's time.
- The floor (shared/ANCHORS.md) is the device floor plus one launch. The device floor is the largest of: the
  fewest bytes (inputs read once, outputs written once) over the copy bandwidth; for the weighted cells the FLOPs
  over the fp32 matmul rate; and the serial chain, T steps times the latency of the operations on one step's
  critical path (stated per workload in bench/workloads/; a tanh is counted at the fastest measured tanh as
  accurate as eager's, not at tanh.approx). One launch is one eager torch op on 32 elements timed like the
  calls: the cheapest call that allocates its output and launches one kernel. jic's kernel time is compared with
  the device floor alone. The Elman and LSTM chains (a dependent matrix product per step) are not modelled, so
  their floors are loose lower bounds.
- Kernel launches per call are counted by torch.profiler (memcpy and memset not counted).
- torch.compile runs in a child process with Inductor's caches off; it compiles a full shape only when the
  compile time, extrapolated from T=8 and T=16, fits the budget ({budget:.0f} s).
- cuDNN runs nn.RNN / nn.LSTM with PyTorch's defaults (cuDNN may use TF32).
"""


def markdown(data: dict) -> str:
    notes = Notes()
    parts = ["# jic benchmark results", "", *_header(data), "", "## Time per call", ""]
    parts += _times_table(data, notes)
    parts += ["", "## jic against the floor and the other systems", ""]
    parts += [
        "Ratios above 1 mean jic is faster (for jic / floor: how far jic is from the floor). jic kernel time: the"
        " device time of its kernels per call (torch.profiler), without the host work that the call time includes.",
        "",
    ]
    parts += _jic_table(data)
    parts += ["", "## Kernel launches per call", ""]
    parts += _per_system_table(data, "launches", _kernels)
    parts += ["", "## Error against the float64 reference", ""]
    by_tol: dict[str, list[str]] = {}
    for row in data["rows"]:
        titles = by_tol.setdefault(row["tolerance"], [])
        if row["title"] not in titles:
            titles.append(row["title"])
    parts += ["Passing means: " + "; ".join(f"{', '.join(w)}: {t}" for t, w in by_tol.items()) + ".", ""]
    parts += _per_system_table(data, "errors", _errors)
    ct = _compile_table(data)
    if ct:
        parts += ["", "## torch.compile", ""] + ct
    parts += ["", "## Notes", "", notes.markdown() or "(none)", ""]
    if data.get("chart"):
        parts += [f"![times per workload and system, log scale]({data['chart']})", ""]
    parts += ["## Method", "", METHOD.format(budget=data.get("tc_budget_s", 60))]
    return "\n".join(parts)


def readme_section(data: dict) -> str:
    notes = Notes()
    lines = [*_header(data)[:1]]
    for remark in data.get("remarks", []):
        lines += ["", f"**Remark:** {remark}"]
    lines += ["", *_times_table(data, notes), "", "Notes:", "", notes.markdown()]
    if data.get("chart"):
        lines += ["", f"![times per workload and system, log scale](bench/{data['chart']})"]
    lines += ["", "All tables and the method: [bench/results.md](bench/results.md)."]
    return "\n".join(lines)


def console_table(data: dict) -> str:
    return "\n".join(_times_table(data, Notes()) + [""] + _jic_table(data))


def write_json(data: dict, out_dir: str) -> str:
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "results.json")
    with open(path, "w") as f:
        json.dump(data, f, indent=1, default=str)
    return path


def write(data: dict, out_dir: str, keep_chart: bool = False) -> list[str]:
    """results.png (when matplotlib is there), results.md and results.json in `out_dir`; with `keep_chart`,
    the chart already there (drawn from the same results) is linked instead of drawn again."""
    from bench import chart

    os.makedirs(out_dir, exist_ok=True)
    paths = []
    png = os.path.join(out_dir, "results.png")
    why_not = None if keep_chart and os.path.exists(png) else chart.draw(data, png)
    if why_not is None:
        data["chart"] = "results.png"
        paths.append(png)
    else:
        data.pop("chart", None)
        print(f"no chart: {why_not}")
    md = os.path.join(out_dir, "results.md")
    with open(md, "w") as f:
        f.write(markdown(data))
    paths.append(md)
    paths.append(write_json(data, out_dir))
    return paths


def splice_readme(readme: str, data: dict) -> None:
    with open(readme) as f:
        text = f.read()
    if README_BEGIN not in text or README_END not in text:
        raise SystemExit(f"{readme} has no results markers ({README_BEGIN} ... {README_END})")
    head, rest = text.split(README_BEGIN, 1)
    _, tail = rest.split(README_END, 1)
    with open(readme, "w") as f:
        f.write(head + README_BEGIN + "\n" + readme_section(data) + "\n" + README_END + tail)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", help="results.json of a run")
    ap.add_argument("--out", help="folder for results.md / results.png (default: the json's folder)")
    ap.add_argument("--readme", help="README to update between the results markers (nothing else is written)")
    ap.add_argument("--keep-chart", action="store_true", help="link the results.png already there, do not redraw")
    a = ap.parse_args()
    with open(a.results) as f:
        data: dict[str, Any] = json.load(f)
    if a.readme:
        splice_readme(a.readme, data)
    else:
        write(data, a.out or os.path.dirname(os.path.abspath(a.results)), keep_chart=a.keep_chart)


if __name__ == "__main__":
    main()
