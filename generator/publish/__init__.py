"""Publish: steps that run on the built site (after `mkdocs build`)."""
