"""Shared helpers for jic's tests."""

from __future__ import annotations

import os

import pytest
import torch

# the IR verified after every pass of jic's default pipeline too, in this process and those the tests start
# (jic.compile skips it by default, jic/config.py)
os.environ["JIC_VERIFY_PASSES"] = "1"
from jic.config import config  # noqa: E402

config.verify_passes = True

# the launch extension (jic/backend/fast_launch.py) is built once per run, for every test and the processes the
# tests start, outside the user's cache (each test's own cache directory would build it again)
if not os.environ.get("JIC_NATIVE_DIR"):
    import atexit
    import shutil
    import tempfile

    os.environ["JIC_NATIVE_DIR"] = tempfile.mkdtemp(prefix="jic-test-native-")
    atexit.register(shutil.rmtree, os.environ["JIC_NATIVE_DIR"], True)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Every test gets its own on-disk cache directory: no test reads what another test, an earlier run or the
    user (~/.cache/jic) left there, whatever the order the tests run in."""
    d = tmp_path / "jic-cache"
    monkeypatch.setenv("JIC_CACHE_DIR", str(d))
    return d


def assert_close(out, ref, rtol: float = 1e-5) -> None:
    """Same shape and dtype, and relative (Frobenius) error at most `rtol`."""
    assert isinstance(out, torch.Tensor), f"expected a tensor, got {type(out).__name__}"
    assert out.shape == ref.shape, f"shape {tuple(out.shape)} != {tuple(ref.shape)}"
    assert out.dtype == ref.dtype, f"dtype {out.dtype} != {ref.dtype}"
    assert out.device == ref.device, f"device {out.device} != {ref.device}"
    err = ((out - ref).norm() / ref.norm().clamp_min(1e-30)).item()
    assert err <= rtol, f"relative error {err:.3e} > {rtol:.0e}"


def cuda_kernel_names(fn) -> list[str]:
    """The CUDA kernels that `fn()` launches, in order, as torch's profiler sees them.

    The profiler (CUPTI) sees nothing under compute-sanitizer, which takes the same driver hooks: there `fn()`
    still runs, so its launches are checked for memory errors, and the test is skipped at this point. The
    plain GPU suite makes the check.
    """
    from torch.profiler import ProfilerActivity, profile

    if os.environ.get("JIC_UNDER_SANITIZER"):
        fn()
        torch.cuda.synchronize()
        pytest.skip("torch's profiler sees no kernels under compute-sanitizer; `make test-gpu` checks this")
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        fn()
        torch.cuda.synchronize()
    return [e.name for e in prof.events() if e.device_type == torch.autograd.DeviceType.CUDA]


_DEVICES = [pytest.param("cpu", id="cpu")]
if torch.cuda.is_available():
    _DEVICES.append(pytest.param("cuda", id="cuda", marks=pytest.mark.gpu))


@pytest.fixture(params=_DEVICES)
def device(request) -> str:
    return request.param
