"""The runtime: everything between "the user calls the compiled function" and "the kernel runs".

Nothing here imports xDSL or llvmlite, so that kernels saved ahead of time
(`jic.save`) run with only torch and cuda-python installed (`jic.load`).

- `schedule.py`: the host program as a flat, JSON-able list of step records,
  turned once per variant into one generated Python function.
- `steps.py`: the built-in step kinds (sizes, checks, kernel launches).
- `launch.py`: argument packing for one kernel, prepared once per variant.
- `guards.py`: what selects a compiled variant (never sizes) and the hit/miss counters.
- `artifact.py`: a compiled variant as data (schedule + PTX / object code), loadable anywhere.
- `disk_cache.py`: artifacts on disk under JIC_CACHE_DIR.
"""
