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
        raise _syntax(err) from None


def _syntax(err) -> YAMLSyntaxError:
    where = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
    return YAMLSyntaxError(getattr(err, "problem", err), where.line + 1 if where is not None else None)


# A value's size once its aliases are expanded: a catalogue that names one list
# ten times ten times over (a "billion laughs") is refused before anything reads it.
MAX_EXPANDED = 100_000
MAX_DEPTH = 50


def load_text_yaml(text: str):
    """YAML whose scalars are all text (or null): 2021-02-30, 007 and 1e999 stay as
    written, for the reader to check (the catalogue's fields are text, and PyYAML
    would raise on an impossible date or build a 5 000-digit number).  Nesting
    and alias expansion are bounded."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=_text_loader(base))
    except yaml.YAMLError as err:
        raise _syntax(err) from None
    except RecursionError:
        raise YAMLSyntaxError(f"nested more than {MAX_DEPTH} levels deep", None) from None
    _bounded(data)
    return data


def _text_loader(base):
    import yaml

    class TextLoader(base):
        pass

    TextLoader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:merge")]
        for k, v in base.yaml_implicit_resolvers.items()}
    for tag in ("binary", "set", "timestamp", "omap", "pairs"):
        TextLoader.add_constructor(f"tag:yaml.org,2002:{tag}", _not_text)
    del yaml
    return TextLoader


class NotText:
    """A value written with a YAML tag that makes it something other than text (!!binary, !!set)."""

    def __init__(self, kind: str):
        self.kind = kind

    def __repr__(self) -> str:
        return f"!!{self.kind}"


def _not_text(loader, node):
    return NotText(node.tag.rsplit(":", 1)[-1])


def _bounded(data) -> None:
    sizes: dict[int, int] = {}

    def size(x, depth: int) -> int:
        if depth > MAX_DEPTH:
            raise YAMLSyntaxError(f"nested more than {MAX_DEPTH} levels deep", None)
        if not isinstance(x, (list, dict)):
            return 1
        if id(x) in sizes:
            return sizes[id(x)]
        items = x.items() if isinstance(x, dict) else enumerate(x)
        n = 1 + sum(size(v, depth + 1) for _, v in items)
        if n > MAX_EXPANDED:
            raise YAMLSyntaxError(f"aliases expand to more than {MAX_EXPANDED} values", None)
        sizes[id(x)] = n
        return n

    size(data, 0)
