"""What pages exist and what they say: pure functions from the archive (model/)
to pages (docs path, Markdown with front matter), one module per kind of page.
They know nothing of rebuilds: rebuild/select.py decides which to call."""
