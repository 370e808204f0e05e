"""How pages reach the docs folder: files written only when their bytes change,
raw pages linked, the joined downloads spliced (exports.py), stale files removed."""
