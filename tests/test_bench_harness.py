"""The benchmark harness never hides a failure: wrong outputs are not timed, refusals say why, floors add up."""

from __future__ import annotations

import dataclasses
import os
import sys

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from bench import chain, harness  # noqa: E402
from bench.jic_run import run_jic  # noqa: E402
from bench.measure import run_system  # noqa: E402
from bench.workloads import BY_NAME  # noqa: E402

CPU = torch.device("cpu")
W1 = BY_NAME["w1"]
SHAPE = W1.smoke_shapes[0]


def _w1_case():
    sets = W1.input_sets(SHAPE, CPU, seed=3, cache_bytes=0)
    return sets, W1.fn(*harness.to_double(sets[0]))


def test_a_wrong_output_is_reported_and_not_timed():
    sets, ref = _w1_case()
    r = run_system(W1, lambda x, h: W1.fn(x, h) * 1.01, sets, ref, CPU)
    assert r["status"] == "wrong" and "us" not in r
    assert r["err"] > 1e-3 and "fails" in r["note"]


def test_a_nan_output_is_wrong():
    sets, ref = _w1_case()
    r = run_system(W1, lambda x, h: W1.fn(x, h) / 0.0 * 0.0, sets, ref, CPU)
    assert r["status"] == "wrong"


def test_a_raising_system_is_an_error_with_its_message():
    sets, ref = _w1_case()

    def broken(x, h):
        raise RuntimeError("no kernel image for this card")

    r = run_system(W1, broken, sets, ref, CPU)
    assert r["status"] == "error" and "no kernel image" in r["note"]


def test_a_right_output_is_timed_with_its_error():
    sets, ref = _w1_case()
    r = run_system(W1, W1.fn, sets, ref, CPU, seconds=0.01)
    assert r["status"] == "ok" and r["us"] > 0 and r["err"] < 1e-6


def _inverse_loop(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.linalg.inv(x_seq[:, t] + h)
    return h


def test_jic_refusal_is_reported_as_falls_back_with_the_line():
    w = dataclasses.replace(W1, name="inv", fn=_inverse_loop)
    sets = [(torch.randn(2, 3, 4, 4), torch.randn(2, 4, 4))]
    r = run_jic(w, {"B": 2, "T": 3, "H": 4}, sets, _inverse_loop(*harness.to_double(sets[0])), CPU, seed=0)
    assert r["status"] == "falls back" and "us" not in r
    assert "tests/test_bench_harness.py:" in r["note"] and ROOT not in r["note"]


def test_lif_check_counts_neurons_whose_spikes_differ():
    lif = BY_NAME["lif"]
    v = torch.rand(100, 10, dtype=torch.float64)
    n = torch.randint(0, 5, (100, 10)).double()
    err, ok = lif.check_output((v.float(), n.float()), (v, n))
    assert err == 0.0 and ok
    n_flip = n.clone()
    n_flip[0, :2] += 1  # 2 of 1000 neurons: over the 0.1 % allowed
    err, ok = lif.check_output((v.float(), n_flip.float()), (v, n))
    assert err == 2e-3 and not ok


def test_floor_is_the_largest_term():
    from bench.suite import _floor

    lat = {"fma": 2e-9, "add_tanh": 20e-9}
    shape = {"B": 16, "T": 2048, "H": 256}
    f = _floor(W1, shape, bw=4e12, mm=5e13, lat=lat)
    assert f["bound"] == "chain" and abs(f["us"] - 2048 * 20e-3) < 1e-9
    assert abs(f["terms_us"]["bytes"] - W1.bytes(shape) / 4e12 * 1e6) < 1e-9
    assert _floor(W1, shape, bw=4e12, mm=5e13, lat={})["bound"] == "bytes"  # chain unmeasured (CPU)
    elman = BY_NAME["elman"]
    assert _floor(elman, elman.shapes[0], bw=4e12, mm=5e13, lat=lat)["bound"] == "fp32 matmul"


def test_chain_bound_needs_every_unit_measured():
    assert abs(chain.bound(10, {"fma": 3}, {"fma": 1e-9}) - 3e-8) < 1e-20
    assert chain.bound(10, {"fma": 1, "add_tanh": 1}, {"fma": 1e-9}) is None
    assert chain.bound(10, None, {"fma": 1e-9}) is None


def test_rotating_sets_overflow_the_cache_and_share_weights():
    elman = BY_NAME["elman"]
    shape = elman.smoke_shapes[0]
    sets = elman.input_sets(shape, CPU, seed=0, cache_bytes=1 << 20)
    per_set = harness.tensor_bytes(sets[0])
    assert len(sets) == min(64, -(-3 * (1 << 20) // per_set))
    assert all(s[2] is sets[0][2] and s[3] is sets[0][3] for s in sets)  # weights shared
    assert not torch.equal(sets[0][0], sets[1][0])  # inputs fresh
    assert len(W1.input_sets(SHAPE, CPU, seed=0, cache_bytes=0)) == 1


def test_the_cold_compile_starts_from_an_empty_disk_cache(tmp_path, monkeypatch):
    from jic.runtime import disk_cache

    monkeypatch.setenv("JIC_CACHE_DIR", str(tmp_path))
    found: list[bool] = []
    load = disk_cache.load
    monkeypatch.setattr(disk_cache, "load", lambda key: found.append(load(key) is not None) or load(key))
    sets, ref = _w1_case()
    first = run_jic(W1, SHAPE, sets, ref, CPU, seed=3)
    again = run_jic(W1, SHAPE, sets, ref, CPU, seed=3)  # the same variant: still cold, not a disk hit
    assert first["status"] == again["status"] == "ok"
    assert found == [False, True, False, True]  # each cold compile misses; its "new jic.compile object" hits
    assert os.environ["JIC_CACHE_DIR"] == str(tmp_path) and not os.listdir(tmp_path)
    with harness.empty_cache_dir() as d:
        assert os.environ["JIC_CACHE_DIR"] == d and not os.listdir(d)
    assert not os.path.exists(d)


def test_results_name_the_commit_or_say_there_is_none(tmp_path, monkeypatch):
    from bench import environment

    env = environment.describe(CPU)
    assert env["jic commit"] and len(env["jic sources"]) == 12
    monkeypatch.setattr(environment, "ROOT", str(tmp_path))  # a copy of the tree without .git
    monkeypatch.delenv("JIC_COMMIT", raising=False)
    assert environment._commit() == "unknown (no git checkout)"
    monkeypatch.setenv("JIC_COMMIT", "abc1234")
    assert environment._commit() == "abc1234"


def test_floor_adds_one_launch_to_the_device_floor():
    from bench.suite import _floor

    shape = {"B": 16, "T": 2048, "H": 256}
    lat = {"fma": 2e-9, "add_tanh": 20e-9}
    f = _floor(W1, shape, bw=4e12, mm=5e13, lat=lat, launch_s=7e-6)
    assert abs(f["device_us"] - 2048 * 20e-3) < 1e-9
    assert abs(f["us"] - (2048 * 20e-3 + 7.0)) < 1e-9 and f["launch_us"] == 7.0
