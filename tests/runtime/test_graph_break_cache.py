"""Variants with graph breaks in the on-disk cache: a new process finds them when every object their eager
calls use has a reference it can resolve and check (runtime/eager_refs.py); otherwise it compiles."""

from __future__ import annotations

import math
import operator

import torch

from jic.runtime import eager_refs
from rt_helpers import assert_same_printed, run_python

# The helper lives in a module file the test writes (HELPER_DIR), so a test can change its code between
# processes. The compiled function's printed lines and the eager function's are compared afterwards.
SCRIPT = """
import os, sys, torch, jic
sys.path.insert(0, os.environ["HELPER_DIR"])
from gb_helper import log_sums

def f(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        print(t, h.mean().item())
        log_sums(h.sum(-1))
    return h

torch.manual_seed(int(os.environ["SEED"]))
x, h = torch.randn(3, 5, 6), torch.randn(3, 6)
g = jic.compile(f)
out = g(x, h)
print("=== eager")
ref = f(x, h)
assert ((out - ref).norm() / ref.norm()).item() <= 1e-5
(variant,) = g.cache.values()
print("eager:", sorted({b.split(": ")[1].split(" runs")[0] for b in variant.artifact.graph_breaks}))
print(f"compiles={g.stats.compiles} disk_hits={g.stats.disk_hits} eager_calls={g.stats.eager_calls}")
"""

HELPER = """
def log_sums(v):
    print("{tag}", [round(s, 4) for s in v.tolist()])  # a loop over .tolist(): the whole call runs eagerly
"""

LAMBDA = """
log_sums = lambda v: print("{tag}", [round(s, 4) for s in v.tolist()])
"""

CLOSURE = """
def _make(tag):
    def log_sums(v):
        print(tag, [round(s, 4) for s in v.tolist()])
    return log_sums

log_sums = _make("{tag}")
"""


def _run(tmp_path, helper: str, tag: str, seed: int) -> tuple[dict[str, int], list[str]]:
    (tmp_path / "gb_helper.py").write_text(helper.format(tag=tag))
    env = {"HELPER_DIR": str(tmp_path), "SEED": str(seed), "PYTHONDONTWRITEBYTECODE": "1"}
    out = run_python(SCRIPT, env=env).stdout.splitlines()
    stats = {k: int(v) for k, v in (kv.split("=") for kv in out[-1].split())}
    cut = out.index("=== eager")
    compiled, eager = out[:cut], out[cut + 1 : -2]
    assert "log_sums()" in out[-2] or "<lambda>()" in out[-2], out[-2]  # the helper is called, not inlined
    _same_lines(compiled, eager)
    assert len(compiled) == 10 and sum(ln.startswith(tag) for ln in compiled) == 5, compiled
    return stats, compiled


def _same_lines(a: list[str], b: list[str]) -> None:
    """The same printed lines; numbers equal up to float32 rounding and the helper's round(.., 4) (kernels and
    torch may differ in the last bit)."""
    assert len(a) == len(b), (a, b)
    assert_same_printed("\n".join(a), "\n".join(b), rel=1e-5, abs=2e-4)


def test_second_process_loads_print_item_and_module_helper(tmp_path):
    first, _ = _run(tmp_path, HELPER, "sums", seed=0)
    assert first == {"compiles": 1, "disk_hits": 0, "eager_calls": 0}
    second, printed = _run(tmp_path, HELPER, "sums", seed=1)  # fresh inputs, compared with eager inside
    assert second == {"compiles": 0, "disk_hits": 1, "eager_calls": 0}
    assert printed[0].startswith("0 ") and printed[1].startswith("sums [")


def test_changed_helper_code_recompiles(tmp_path):
    assert _run(tmp_path, HELPER, "sums", seed=0)[0]["compiles"] == 1
    stats, printed = _run(tmp_path, HELPER, "changed", seed=1)  # the helper prints another tag now
    assert stats == {"compiles": 1, "disk_hits": 0, "eager_calls": 0}
    assert printed[1].startswith("changed [")
    stats, _ = _run(tmp_path, HELPER, "changed", seed=2)  # and that variant is cached in turn
    assert stats == {"compiles": 0, "disk_hits": 1, "eager_calls": 0}


def test_lambda_and_closure_helpers_are_not_cached(tmp_path):
    for helper in (LAMBDA, CLOSURE):
        for seed in (0, 1):
            stats, _ = _run(tmp_path, helper, "sums", seed)
            assert stats == {"compiles": 1, "disk_hits": 0, "eager_calls": 0}, (helper, seed)


# ------------------------------------------------------------------ the references themselves
def module_helper(v):
    return v.tolist()


def test_references_resolve_to_the_same_objects():
    objs = [print, len, list, operator.getitem, torch.sigmoid, module_helper, "step", 3, -2.5, True, None, (1, "a")]
    objs.append(torch.float16)
    refs = eager_refs.describe(objs)
    assert refs is not None
    back = eager_refs.resolve(refs)
    assert len(back) == len(objs) and all(a is b or a == b for a, b in zip(back, objs))
    nan = eager_refs.resolve(eager_refs.describe([float("nan")]))[0]
    assert math.isnan(nan)


def test_objects_without_references():
    def local(v):
        return v

    x = torch.randn(3)
    for obj in (lambda v: v, local, [].append, x.item, x, object(), {"a": 1}, [1, 2]):
        assert eager_refs.describe([print, obj]) is None, obj


def test_changed_code_does_not_resolve():
    refs = eager_refs.describe([module_helper])
    code = module_helper.__code__
    try:
        module_helper.__code__ = (lambda v: v.sum()).__code__
        try:
            eager_refs.resolve(refs)
        except eager_refs.Unresolved as e:
            assert "changed" in str(e)
        else:
            raise AssertionError("a helper with other code resolved")
    finally:
        module_helper.__code__ = code
    assert eager_refs.resolve(refs) == [module_helper]
