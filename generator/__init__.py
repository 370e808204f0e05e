"""Cut raw Chinese news pages into tagged articles and build a static archive.

Pipeline stages, one sub-package or module each:
ingest (bytes -> Page) -> segment (Page -> Drafts) -> extract (fields, dates,
places, agencies) -> records (Article) -> render / export.
"""
__version__ = "0.1.0"
