"""Rendering and writing a build's pages in two processes.

Exists because the page work of a build is two halves that need nothing from
each other, and the machine has a core to spare once the pages are parsed: a
forked child renders and writes one half while this process does the other,
then sends back what it wrote where (the digests) and what it learned for the
build state (long lists' year layouts and pages, agency group keys: see plan.Plan).
Where there is no fork, or the child fails, this process does both halves
(meeting the child's error itself, with its traceback).
"""
from __future__ import annotations

import marshal
import os
from typing import Callable

from .plan import Plan

Half = Callable[[], tuple[dict, int]]       # renders and writes: (path -> digest, files written)


def in_two_processes(theirs: Half, mine: Half, plan: Plan) -> tuple[dict, int]:
    """Both halves' (path -> digest, files written), `theirs` done in a child."""
    if not hasattr(os, "fork"):
        return merged(theirs(), mine())
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:                                    # the child
        os.close(read)
        status = 1
        try:
            after, written = theirs()
            data = marshal.dumps((after, written, plan.layouts, plan.keys, plan.lists), 2)
            with os.fdopen(write, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)                        # never the parent's clean-up
    os.close(write)
    try:
        done = mine()
    finally:
        with os.fdopen(read, "rb") as pipe:         # read before waiting: the child blocks on a full pipe
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return merged(theirs(), done)
    after, written, layouts, keys, lists = marshal.loads(data)
    plan.layouts.update(layouts)
    plan.keys.update(keys)
    plan.lists.update(lists)
    return merged((after, written), done)


def merged(*halves: tuple[dict, int]) -> tuple[dict, int]:
    after: dict = {}
    for part, _ in halves:
        after.update(part)
    return after, sum(n for _, n in halves)
