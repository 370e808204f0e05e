"""Render: Articles -> the MkDocs docs tree (Markdown pages with inert HTML)."""
