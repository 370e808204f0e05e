"""The archive as the pages see it: each source page's summary (summary.py)
and the indexes built from them (structure.py)."""
