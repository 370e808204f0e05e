"""Render: the archive -> the MkDocs docs tree.

content/  what pages exist and what they say (pure builders, Markdown);
model/    the archive as the pages see it (summaries, indexes);
write/    how they reach the docs folder (files, raw copies, downloads);
rebuild/  what a rebuild may keep (state, plan) and the build itself.
"""
