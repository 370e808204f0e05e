"""Two halves of a build's page work, one in a forked child."""
import os

import pytest

from generator.render.rebuild.halves import in_two_processes
from generator.render.rebuild.plan import Plan


def test_the_childs_half_comes_back_with_what_it_learned_for_the_plan():
    plan = Plan()

    def theirs():
        plan.layouts["regions/110000.md"] = [["2021", 120]]      # set in the child only
        return {"a.md": b"digest-a"}, 1

    def mine():
        return {"b.md": b"digest-b"}, 2

    parent = os.getpid()
    assert in_two_processes(theirs, mine, plan) == ({"a.md": b"digest-a", "b.md": b"digest-b"}, 3)
    assert plan.layouts == {"regions/110000.md": [["2021", 120]]}
    assert os.getpid() == parent


def test_a_half_that_fails_in_the_child_is_done_again_here_and_its_error_raised(tmp_path):
    runs = tmp_path / "runs"

    def theirs():
        with open(runs, "a") as f:
            f.write(f"{os.getpid()}\n")
        raise ValueError("a bug in a page builder")

    with pytest.raises(ValueError, match="a bug in a page builder"):
        in_two_processes(theirs, lambda: ({}, 0), Plan())
    pids = runs.read_text().split()
    assert len(pids) == 2 and pids[1] == str(os.getpid()) != pids[0]
