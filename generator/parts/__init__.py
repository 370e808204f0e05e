"""An archive published as several sites under one root (see plan.py and root.py)."""
