PY ?= python3
VENV = .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: install demo test test-gpu memcheck bench bench-smoke clean

install: $(STAMP)

PLUGIN = tests/plugins/jic_plugin_example

$(STAMP): pyproject.toml $(PLUGIN)/pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q "torch==2.13.0" || $(BIN)/pip install -q torch
	$(BIN)/pip install -q -e ".[dev]"
	$(BIN)/pip install -q --no-deps -e $(PLUGIN)  # the example pass plugin the tests find by entry point
	touch $(STAMP)

demo: install
	$(BIN)/python examples/demo.py

test: install
	$(BIN)/python -m pytest -q tests

# GPU machine: packages are preinstalled for the system python; no venv.
test-gpu:
	PYTHONPATH=.$${PYTHONPATH:+:$$PYTHONPATH} python3 -m pytest -q -m gpu tests

# GPU machine: the GPU tests under compute-sanitizer's memcheck, in MEMCHECK_SHARDS checked processes side by side
# (tests/memcheck.py says why not one process or xdist); logs in build/memcheck/. SANITIZER=<path> where
# compute-sanitizer is not on PATH
SANITIZER ?= compute-sanitizer
MEMCHECK_SHARDS ?= 8
memcheck:
	PYTHONPATH=.$${PYTHONPATH:+:$$PYTHONPATH} python3 tests/memcheck.py --shards $(MEMCHECK_SHARDS) \
		--sanitizer $(SANITIZER) $(MEMCHECK_ARGS) tests

# GPU machine: every workload and system, writes $(BENCH_OUT)/results.{md,png,json} (under 10 minutes)
BENCH_OUT ?= bench
bench:
	PYTHONPATH=.$${PYTHONPATH:+:$$PYTHONPATH} python3 -m bench.suite --out $(BENCH_OUT) $(BENCH_ARGS)

# anywhere: the same harness on the CPU with tiny shapes (times mean nothing; checks that it works)
bench-smoke: install
	$(BIN)/python -m bench.suite --smoke --out build/bench-smoke

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info jic_dump
	find . -path ./.git -prune -o -type d -name __pycache__ -exec rm -rf {} +
