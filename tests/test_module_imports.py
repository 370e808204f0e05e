"""How the generator's modules import one another: no circles (a module that imports
itself back, through others, half-loads), and the tagger's rules kept in layers, so that a
new rule touches the one module of its kind and the order that runs it."""
import ast
from pathlib import Path

from conftest import ROOT


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path, package: str = "generator") -> dict[str, set[str]]:
    """Each module's imports of the package's other modules, as the module loads them
    (imports inside a function wait until it runs, so they close no circle)."""
    paths = {module_name(p, root): p for p in (root / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        here = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        deps = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = here.split(".")[:len(here.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                if f"{target}.{alias.name}" in paths:
                    deps.add(f"{target}.{alias.name}")     # from . import match: the module
                elif target in paths:
                    deps.add(target)
        graph[name] = deps
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, state, stack = [], {}, []

    def visit(name):
        state[name] = "open"
        stack.append(name)
        for dep in sorted(graph.get(name, ())):
            if state.get(dep) == "open":
                found.append(stack[stack.index(dep):] + [dep])
            elif dep not in state:
                visit(dep)
        stack.pop()
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name)
    return found


def test_a_circle_of_imports_is_found(tmp_path):
    pkg = tmp_path / "generator"
    (pkg / "segment").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "segment" / "__init__.py").write_text("")
    (pkg / "segment" / "lines.py").write_text("from .assemble import draft\n")
    (pkg / "segment" / "assemble.py").write_text("from . import lines\n\ndef draft():\n    from ..cli import main\n")
    (pkg / "cli.py").write_text("from .segment.assemble import draft\n")
    found = circles(import_graph(tmp_path))
    assert found == [["generator.segment.assemble", "generator.segment.lines", "generator.segment.assemble"]]


def test_no_module_of_the_generator_imports_itself_back():
    graph = import_graph(ROOT)
    assert len(graph) > 50 and "generator.segment.rules.overrule" in graph
    assert circles(graph) == []


def test_each_kind_of_rule_reads_only_the_shapes_the_kinds_share():
    graph = import_graph(ROOT)
    rules = {m for m in graph if m.startswith("generator.segment.rules.")}
    kinds = rules - {"generator.segment.rules.overrule", "generator.segment.rules.shapes"}
    assert len(kinds) >= 5
    for kind in kinds:
        assert graph[kind] & rules <= {"generator.segment.rules.shapes"}, kind
        assert "generator.segment.tagger" not in graph[kind] and "generator.segment.assemble" not in graph[kind], kind
    assert graph["generator.segment.rules.overrule"] >= kinds      # the one place that runs them, in order
