"""Shared pieces of the runtime tests: functions to compile, a private cache directory, subprocess runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def act(x, y):
    return torch.tanh(x + y) * 0.5


def scaled(x, h, double):
    if double:
        return torch.tanh(x + h) * 2.0
    return torch.tanh(x + h)


def ema(x, s, alpha):
    for t in range(x.size(1)):
        s = alpha * x[:, t] + (1 - alpha) * s
    return s


def log_step(t, v):
    try:  # jic does not inline a `try`: this helper runs eagerly, called by the host program
        print(f"step {t}: {v:.6f}")
    finally:
        pass


def logged_cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
        log_step(t, h.mean().item())
    print("done", h.shape[0])
    return h, h.abs().max().item()


# Loads a saved `cell` (PATH, on DEV) in a process where importing xdsl or llvmlite fails, runs it
# at three sizes against eager, and checks that compiling there fails clearly.
BLOCKED_LOAD = """
import importlib.abc, sys

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("xdsl", "llvmlite"):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked by the test)", name=name)
        return None

sys.meta_path.insert(0, Block())
import torch, jic
from rt_helpers import cell, ema
torch.manual_seed(1)
f = jic.load(sys.argv[1] if len(sys.argv) > 1 else PATH)
for B, T, H in [(4, 7, 33), (2, 1, 5), (3, 0, 8)]:
    x, h = torch.randn(B, T, H, device=DEV), torch.randn(B, H, device=DEV)
    out = f(x, h)
    ref = cell(x, h)
    assert out.shape == ref.shape and out.device == ref.device
    assert ((out - ref).norm() / ref.norm().clamp_min(1e-30)).item() <= 1e-5
assert "xdsl" not in sys.modules and "llvmlite" not in sys.modules, sorted(m for m in sys.modules if "xdsl" in m or "llvm" in m)
try:
    jic.compile(ema)(x, h, 0.5)
except RuntimeError as e:
    assert "runs saved kernels only" in str(e), e
else:
    raise AssertionError("compiling without xdsl did not fail")
print("LOADED-OK")
"""




def cache_root() -> str:
    """The current test's private cache directory."""
    return os.environ["JIC_CACHE_DIR"]


def _env(extra: dict[str, str] | None) -> dict[str, str]:
    paths = [ROOT, os.path.join(ROOT, "tests", "runtime"), os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
    env.update(extra or {})
    return env


def run_python(script: str, env: dict[str, str] | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    """Run `script` in a fresh interpreter with the repository importable; fails the test on a non-zero exit."""
    full_env = _env(env)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=full_env, timeout=timeout)
    assert r.returncode == 0, f"rc={r.returncode}\nstdout:\n{r.stdout[-3000:]}\nstderr:\n{r.stderr[-3000:]}"
    return r


def start_python(script: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    full_env = _env(env)
    return subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full_env
    )


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def assert_same_printed(printed: str, eager_printed: str, *, rel: float = 1e-4, abs: float = 1e-5) -> None:
    """The same text as eager printed, its numbers equal up to float rounding.

    A kernel's sum may round differently from eager's, and a float's repr then has another number of digits
    (0.904691755771637 against 0.9046918153762817): the words are compared with every number as one token,
    the numbers with a tolerance."""
    assert _NUMBER.sub("<n>", printed) == _NUMBER.sub("<n>", eager_printed)
    nums = [float(v) for v in _NUMBER.findall(printed)]
    assert nums == pytest.approx([float(v) for v in _NUMBER.findall(eager_printed)], rel=rel, abs=abs)
