"""Import rules as checks over source files: each returns the problems it finds.

Every check takes the project root, so tests run it on the real tree and on a small broken
tree made for the purpose (a check that could not fail would prove nothing).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGES = ("navigator", "benefits", "glossary")
# Standard-library modules that do I/O or talk to the system: the domain may not use them.
IO_MODULES = frozenset({
    "asyncio", "bz2", "ctypes", "dbm", "fileinput", "ftplib", "glob", "gzip", "http",
    "imaplib", "logging", "lzma", "mmap", "multiprocessing", "os", "pathlib", "poplib",
    "select", "selectors", "shelve", "shutil", "signal", "smtplib", "socket",
    "socketserver", "sqlite3", "ssl", "subprocess", "sys", "tarfile", "tempfile",
    "threading", "urllib", "webbrowser", "zipfile"})
# Pure libraries the domain may use, besides the standard library and itself.
DOMAIN_LIBRARIES = {"benefits": {"benefits", "ijson", "holidays"}, "glossary": {"glossary"}}
OPENERS_AND_WRITERS = frozenset({"open", "write_text", "write_bytes", "mkdir", "unlink"})
READERS = frozenset({"read_text", "read_bytes", "iterdir"})


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    is_package: bool
    tree: ast.Module


def modules(root: Path, packages: tuple[str, ...] = PACKAGES) -> dict[str, Module]:
    """Every module of the packages (migrations aside), by dotted name."""
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if "migrations" in parts:
                continue
            is_package = parts[-1] == "__init__"
            name = ".".join(parts[:-1] if is_package else parts)
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            found[name] = Module(name, path, is_package, tree)
    return found


def imported(module: Module) -> Iterator[tuple[str, list[str], int]]:
    """(absolute module, names taken from it, line) for every import statement."""
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.name.split(".")[:None if module.is_package else -1]
                parts = parts[:len(parts) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            yield base, [alias.name for alias in node.names], node.lineno


def dependencies(module: Module, known: dict[str, Module]) -> set[str]:
    """The project modules this one imports (a name that is a submodule counts as it)."""
    found = set()
    for base, names, _ in imported(module):
        subs = [f"{base}.{name}" for name in names if f"{base}.{name}" in known]
        found.update(subs)
        if base in known and (not names or len(subs) < len(names)):
            found.add(base)
    found.discard(module.name)
    return found


def where(module: Module, root: Path, line: int) -> str:
    return f"{module.path.relative_to(root)}:{line}"


def domain_problems(root: Path) -> list[str]:
    """Rule 1: the domain imports only the standard library without I/O, and named libraries;
    its only file access is reading its own packaged data through importlib.resources."""
    problems = []
    stdlib = set(sys.stdlib_module_names)
    for package, allowed in DOMAIN_LIBRARIES.items():
        for module in modules(root, (package,)).values():
            for base, names, line in imported(module):
                top = base.split(".")[0]
                if "open" in names:
                    problems.append(f"{where(module, root, line)} imports open from {base}")
                if top == "__future__" or (top in stdlib and top not in IO_MODULES):
                    continue
                if top not in allowed:
                    problems.append(f"{where(module, root, line)} imports {base}")
            problems += [f"{where(module, root, line)} {what}"
                         for line, what in _file_access(module)]
    return problems


def _file_access(module: Module) -> Iterator[tuple[int, str]]:
    """Calls that open or write files, and reads outside a function that names its packaged
    data with resources.files(...)."""
    for calls in _calls_by_scope(module.tree).values():
        packaged = any(_called(call) == "files" for call in calls)
        for call in calls:
            name = _called(call)
            if name in OPENERS_AND_WRITERS:
                yield call.lineno, "opens or writes a file"
            elif name in READERS and not packaged:
                yield call.lineno, "reads a file that is not its packaged data"


def _calls_by_scope(tree: ast.AST) -> dict[ast.AST, list[ast.Call]]:
    """Each call under the innermost function around it (or the module)."""
    found: dict[ast.AST, list[ast.Call]] = {}

    def visit(node: ast.AST, scope: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else scope
            if isinstance(child, ast.Call):
                found.setdefault(scope, []).append(child)
            visit(child, inner)

    visit(tree, tree)
    return found


def _called(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None)


def feature_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["navigator", "features"] else None


def feature_problems(root: Path) -> list[str]:
    """Rule 2: no feature imports another; core imports none; only the factory imports all.

    A dotted name in a string ("navigator.features.x", as importlib.import_module takes it)
    counts as an import too.
    """
    problems = []
    for module in modules(root, ("navigator",)).values():
        if module.name == "navigator":
            continue
        own = feature_of(module.name)
        for name, line in _named_modules(module):
            stranger = feature_of(name)
            if stranger is not None and stranger != own:
                problems.append(f"{where(module, root, line)} imports feature {stranger}")
    return problems


def _named_modules(module: Module) -> Iterator[tuple[str, int]]:
    for base, names, line in imported(module):
        yield base, line
        yield from ((f"{base}.{name}", line) for name in names)
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                node.value.startswith("navigator.features."):
            yield node.value, node.lineno


def cycle_problems(root: Path) -> list[str]:
    """Rule 3: no import cycles between modules (lazy imports count too)."""
    known = modules(root)
    graph = {name: dependencies(module, known) for name, module in known.items()}
    return [" -> ".join(cycle) for cycle in _cycles(graph)]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, edges = work[-1]
            nxt = next((w for w in edges if w in graph), None)
            if nxt is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = stack[stack.index(node):]
                    del stack[stack.index(node):]
                    if len(group) > 1:
                        found.append(sorted(group))
                continue
            if nxt not in index:
                index[nxt] = low[nxt] = len(index)
                stack.append(nxt)
                work.append((nxt, iter(sorted(graph[nxt]))))
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
    return found
