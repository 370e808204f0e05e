"""What a rebuild may keep: the last build's state, the plan of what to render,
and the build itself (build.build_docs), which calls the content builders for
what changed (select.py) and writes through write/."""
from .build import PagesChanged, build_docs

__all__ = ["PagesChanged", "build_docs"]
