"""Stage timings: added up across camps, listed in pipeline order, Pagefind's CPU read."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from campdoc.site.timings import STAGES, StageTimes, process_cpu_seconds


def test_times_of_camps_add_up_per_stage() -> None:
    total = StageTimes()
    total.add(StageTimes(cpu={"render": 1.5, "load": 0.25}, wall={"render": 2.0, "load": 0.5}))
    total.add(StageTimes(cpu={"render": 0.5}, wall={"render": 1.0, "index": 3.0}))
    assert total.cpu == {"render": 2.0, "load": 0.25}
    assert total.wall == {"render": 3.0, "load": 0.5, "index": 3.0}


def test_rows_follow_the_pipeline_and_list_only_measured_stages() -> None:
    times = StageTimes(cpu={"index": 4.0, "load": 1.0, "extra": 0.5},
                       wall={"index": 5.0, "load": 2.0, "extra": 1.0, "archive": 0.25})
    assert times.rows() == [("load", 1.0, 2.0), ("index", 4.0, 5.0), ("archive", 0.0, 0.25),
                            ("extra", 0.5, 1.0)]
    assert STAGES.index("load") < STAGES.index("validate") < STAGES.index("render") \
        < STAGES.index("exports") < STAGES.index("write") < STAGES.index("index")


def test_a_stage_counts_its_own_cpu_and_a_helper_process() -> None:
    times = StageTimes()
    helper = iter([10.0, 12.5])
    with times.stage("render", lambda: next(helper)):
        deadline = time.process_time() + 0.05
        while time.process_time() < deadline:
            pass
        time.sleep(0.1)  # wall time without CPU time
    # At least the 50 ms spun here, plus the helper's 2.5 s; the sleep is not CPU time.
    assert 2.55 <= times.cpu["render"] < 2.65
    # The spin and the sleep, read from another clock than the spin's deadline.
    assert times.wall["render"] >= 0.1
    with times.stage("render"):
        pass
    assert times.cpu["render"] >= 2.55  # a second block adds to the first


def test_a_stage_is_timed_when_it_raises() -> None:
    times = StageTimes()
    with pytest.raises(ValueError, match="stop"), times.stage("write"):
        raise ValueError("stop")
    assert list(times.wall) == ["write"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_cpu_seconds_of_another_process_are_read_from_proc() -> None:
    spinner = subprocess.Popen([sys.executable, "-c",
                                "import time\nend = time.process_time() + 0.3\n"
                                "while time.process_time() < end: pass\n"
                                "print('done', flush=True)\ntime.sleep(30)"],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert spinner.stdout is not None
        assert spinner.stdout.readline() == "done\n"
        assert 0.3 <= process_cpu_seconds(spinner.pid) < 5
    finally:
        spinner.kill()
        spinner.communicate()


def test_cpu_seconds_of_a_missing_process_are_zero() -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    assert process_cpu_seconds(int(finished.stdout)) == 0.0
    assert process_cpu_seconds(os.getpid()) > 0.0
