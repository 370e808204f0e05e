"""Progress of the long steps, for a person at a terminal and for a CI log.

Exists because the longest steps (parsing thousands of pages, MkDocs writing
twenty thousand pages, the search index's shards) otherwise run for minutes in
silence.  On a terminal a stage is one line rewritten in place: done/total,
rate and time left; the estimate is taken from the rate since the first item
finished, so start-up (forking workers, loading the dictionary) does not
inflate it.  Anywhere else (a log, a pipe) a stage prints one line when it
ends, with its count and time, and nothing while it runs.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

REDRAW = 0.1          # seconds between redraws on a terminal


def duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


class Progress:
    """One stage.  `advance()` per item; `finish()` once (also on leaving a `with`)."""

    def __init__(self, label: str, total: int | None = None, unit: str = "", stream: TextIO | None = None,
                 tty: bool | None = None, clock=time.perf_counter):
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.clock = clock
        self.start = clock()
        self.done = 0
        self.first: tuple[float, int] | None = None     # (when, count) the first item finished
        self.drawn = 0.0
        self.finished = False

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.finish()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = self.clock()
        if self.first is None:
            self.first = (now, self.done)
        if self.tty and now - self.drawn >= REDRAW:
            self.drawn = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def rate(self, now: float) -> float | None:
        """Items per second since the first finished; None until a second of them."""
        if self.first is None or now - self.first[0] < 1.0:
            return None
        return (self.done - self.first[1]) / (now - self.first[0])

    def line(self, now: float) -> str:
        count = f"{self.done}/{self.total}" if self.total else f"{self.done}"
        parts = [f"{self.label}: {count}{(' ' + self.unit) if self.unit else ''}"]
        rate = self.rate(now)
        if rate:
            parts.append(f"{rate:,.0f}/s")
            if self.total:
                parts.append(f"{duration((self.total - self.done) / rate)} left")
        else:
            parts.append(f"{duration(now - self.start)}")
        return ", ".join(parts)

    def finish(self, note: str = "") -> None:
        if self.finished:
            return
        self.finished = True
        took = self.clock() - self.start
        unit = f" {self.unit}" if self.unit else ""
        line = f"{self.label}: {self.done}{unit} in {took:.1f} s" + (f" ({note})" if note else "")
        self.stream.write(("\r" + line + "\x1b[K\n") if self.tty else line + "\n")
        self.stream.flush()


class Ticker:
    """A stage whose items cannot be counted from here (the page rendering runs in two
    processes): on a terminal its elapsed time, redrawn twice a second; in a log one
    line when it ends."""

    def __init__(self, label: str, unit: str = "", stream: TextIO | None = None, tty: bool | None = None):
        import threading

        self.stage = Progress(label, unit=unit, stream=stream, tty=tty)
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True) if self.stage.tty else None
        if self.thread:
            self.thread.start()

    def run(self) -> None:
        while not self.stop_event.wait(0.5):
            self.stage.stream.write(f"\r{self.stage.label}: {duration(self.stage.clock() - self.stage.start)}\x1b[K")
            self.stage.stream.flush()

    def finish(self, done: int, note: str = "") -> None:
        self.stop_event.set()
        if self.thread:
            self.thread.join()
        self.stage.done = done
        self.stage.finish(note)
