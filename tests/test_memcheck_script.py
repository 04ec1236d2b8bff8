"""tests/memcheck.py, the sharded compute-sanitizer run, checked on the CPU with a stand-in sanitizer."""

import stat
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import memcheck  # noqa: E402


def test_split_keeps_order_and_covers_every_id():
    ids = [f"t{i}" for i in range(11)]
    parts = memcheck.split(ids, 4)
    assert [len(p) for p in parts] == [3, 3, 3, 2]
    assert sum(parts, []) == ids
    assert memcheck.split(ids[:2], 8) == [["t0"], ["t1"]]


def test_read_log_finds_the_error_count_and_pytest_summary():
    text = "....\n========= 3 passed, 1 skipped in 2.01s =========\n========= ERROR SUMMARY: 2 errors\n"
    assert memcheck.read_log(text) == (2, "3 passed, 1 skipped in 2.01s")
    assert memcheck.read_log("killed\n") == (None, "")


FAKE = """#!/bin/sh
# a stand-in for compute-sanitizer: skip its options, run the program, report ERRORS errors
while [ "$1" != "{python}" ]; do shift; done
"$@"; rc=$?
echo "========= ERROR SUMMARY: {errors} errors"
[ {errors} -eq 0 ] || exit 1
exit $rc
"""


def _fake(tmp_path, errors):
    path = tmp_path / f"sanitizer{errors}"
    path.write_text(FAKE.format(python=sys.executable, errors=errors))
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


@pytest.fixture
def suite(tmp_path, monkeypatch):
    tests = tmp_path / "suite" / "test_some.py"
    tests.parent.mkdir()
    tests.write_text("import os, pytest\n\n@pytest.mark.parametrize('i', range(5))\ndef test_ok(i):\n"
                     "    assert os.environ['JIC_UNDER_SANITIZER'] == '1' and i < 4\n")
    monkeypatch.chdir(tests.parent)  # run from the suite's root, as make runs it from the repository's
    return tests.name


def test_each_shard_runs_under_the_sanitizer_and_failures_are_reported(tmp_path, suite, capsys):
    logs = tmp_path / "logs"
    rc = memcheck.main([suite, "--shards", "2", "--marker", "not gpu", "--logs", str(logs),
                        "--sanitizer", _fake(tmp_path, 0)])
    out = capsys.readouterr().out
    assert rc == 1  # test_ok[4] fails, in the second shard
    assert "5 tests in 2 shards" in out
    assert "shard 0: 3 tests, exit 0, sanitizer errors: 0, pytest: 3 passed" in out
    assert "shard 1: 2 tests, exit 1, sanitizer errors: 0, pytest: 1 failed, 1 passed" in out
    assert (logs / "shard1.log").read_text().count("ERROR SUMMARY") == 1


def test_a_sanitizer_error_makes_the_run_not_clean(tmp_path, suite, capsys):
    rc = memcheck.main([suite + "::test_ok[0]", "--marker", "not gpu", "--logs", str(tmp_path / "l"),
                        "--sanitizer", _fake(tmp_path, 3)])
    out = capsys.readouterr().out
    assert rc == 1 and "sanitizer errors: 3" in out and "NOT clean" in out


def test_a_missing_sanitizer_is_named(tmp_path, suite):
    with pytest.raises(SystemExit, match="no compute-sanitizer at 'nowhere-sanitizer'"):
        memcheck.main([suite, "--sanitizer", "nowhere-sanitizer", "--logs", str(tmp_path / "l")])
