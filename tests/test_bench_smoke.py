"""The benchmark harness keeps working: its CPU smoke mode on two workloads, end to end, in a temp folder.

Checks the structure of what the suite reports (every system checked against float64 or said why not,
the tables written), never a timing.
"""

from __future__ import annotations

import json
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from bench import report, suite  # noqa: E402
from bench.workloads import ALL  # noqa: E402

STATUSES = {"ok", "wrong", "falls back", "skipped", "error"}


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    data = suite.main(["--smoke", "--only", "w1,mingru", "--out", str(out), "--seconds", "0.02"])
    return data, out


def test_smoke_checks_every_system_before_timing(smoke):
    data, _ = smoke
    assert [r["workload"] for r in data["rows"]] == ["w1", "mingru"]
    for row in data["rows"]:
        systems = row["systems"]
        assert {"jic", "eager", "TorchScript", "torch.compile"} <= set(systems)
        for name, r in systems.items():
            assert r["status"] in STATUSES, (name, r)
            if r["status"] == "ok":
                assert r["err"] <= 1e-4 and r["us"] > 0 and r["reps"] >= 5, (name, r)
            else:
                assert r["note"], f"{name} on {row['workload']}: {r['status']} without a reason"
        # the eager loop is its own float64 reference run in float32: it must pass
        assert systems["eager"]["status"] == "ok"
        assert systems["torch.compile"]["status"] == "skipped"
        assert row["floor"]["us"] > 0 and row["floor"]["bound"] == "bytes"


def test_smoke_jic_is_timed_or_says_why(smoke):
    data, _ = smoke
    for row in data["rows"]:
        j = row["systems"]["jic"]
        if j["status"] == "ok":
            assert j["cold_s"] > 0 and j["compiles_after_new_T"] == 1
        else:
            assert j["status"] in {"falls back", "error", "wrong"} and j["note"]


def test_smoke_writes_the_report(smoke):
    data, out = smoke
    md = (out / "results.md").read_text()
    assert "| workload | shape | floor | jic |" in md
    assert "W1 tanh recurrence" in md and "minimal GRU" in md
    assert "Smoke run" in md
    with open(out / "results.json") as f:
        assert json.load(f)["rows"][0]["shape"] == "B=2 T=16 H=8"
    assert ROOT not in md  # reports name repository paths, not this checkout


def test_readme_splice_keeps_the_rest(tmp_path, smoke):
    data, _ = smoke
    readme = tmp_path / "README.md"
    readme.write_text(f"# title\n\n{report.README_BEGIN}\nold\n{report.README_END}\n\nafter\n")
    report.splice_readme(str(readme), data)
    text = readme.read_text()
    assert text.startswith("# title") and text.endswith("after\n") and "old" not in text
    assert "| W1 tanh recurrence | B=2 T=16 H=8 |" in text


def test_every_workload_states_its_floor_and_smoke_shape():
    for w in ALL:
        for shape in w.shapes + w.smoke_shapes:
            assert w.bytes(shape) > 0 and w.steps(shape) > 0
        assert w.tolerance_text()


def test_report_of_a_gpu_run_renders_every_table():
    """The committed GPU run (bench/results.json) renders: times, ratios, launches, errors, notes."""
    with open(os.path.join(ROOT, "bench", "results.json")) as f:
        data = json.load(f)
    md = report.markdown(data)
    for heading in ("## Time per call", "## Kernel launches per call", "## Error against the float64 reference"):
        assert heading in md
    assert data["env"]["card"] in md and data["env"]["driver"] in md
    for row in data["rows"]:
        assert f"| {row['title']} | {row['shape']} |" in md
        for r in row["systems"].values():
            if r["status"] not in ("ok", "pending"):
                assert r["note"] in md  # every refusal and skip carries its reason into the notes


def test_torch_compile_table_shows_compile_times_and_estimates():
    with open(os.path.join(ROOT, "bench", "results.json")) as f:
        data = json.load(f)
    probe = {"T": 16, "compile_s": 2.5, "us": 40.0, "power": 1.6}
    rows = data["rows"][:2]
    rows[0]["systems"]["torch.compile"] = {
        "status": "ok",
        "note": "",
        "us": 91.0,
        "err": 1e-7,
        "kernels": 3.0,
        "compile_s": 27.0,
        "probe": probe,
    }
    rows[1]["systems"]["torch.compile"] = {
        "status": "skipped",
        "note": "compile estimated at 300 s > budget 60 s",
        "estimate_s": 300.0,
        "probe": probe,
    }
    md = report.markdown({**data, "rows": rows})
    assert "| ok | 27 s | 91.0 µs | T=16: 2.50 s to compile, 40.0 µs |" in md
    assert "| skipped | ≈ 300 s (estimate) | — |" in md
    assert "compile estimated at 300 s > budget 60 s" in md
