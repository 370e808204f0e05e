"""YAML text in: the catalogue and the data files (places.yml, agencies.yml).

PyYAML is imported on first use, with libyaml's parser where the wheel has
it (the pure-Python one is ten times slower): a rebuild whose catalogue
entries are all in the catalogue cache reads no YAML, and the import is a
twentieth of its cold start.
"""
from __future__ import annotations


class YAMLSyntaxError(ValueError):
    """Text that is not YAML: what is wrong, and on which line (1-based) when known."""

    def __init__(self, problem, line: int | None):
        super().__init__(problem)
        self.problem, self.line = problem, line


def load_yaml(text: str):
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        where = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        raise YAMLSyntaxError(getattr(err, "problem", err), where.line + 1 if where is not None else None) from None
