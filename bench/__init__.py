"""jic's benchmark suite: `python3 -m bench.suite` (GPU) or `python3 -m bench.suite --smoke` (CPU, tiny shapes).

suite.py drives the run; workloads/ holds one file per workload (the loop every system runs, its shapes,
its inputs, its byte count and its serial chain); baselines/ the systems jic is compared with;
harness.py the timing, floors and checks; report.py writes results.md and the chart.
"""
