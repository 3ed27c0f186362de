"""Layout rules as checks over source files and templates: each returns the problems it finds."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from tests.architecture.imports import Module, feature_of, modules, where

NAVIGATOR_ENTRIES = frozenset({"__init__.py", "core", "features", "templates", "static",
                               "fonts", "migrations"})
SHARED_TEMPLATES = ("macros/", "partials/", "errors/", "base.html")
# Ways to reach the app's own template environment from a feature: the blueprint's app_*
# forms, the app's own methods (through current_app or a record callback's state.app), and
# the environment itself.
APP_WIDE_HELPERS = frozenset({
    "app_template_global", "add_app_template_global", "app_template_filter",
    "add_app_template_filter", "app_template_test", "add_app_template_test",
    "app_context_processor", "template_global", "add_template_global", "template_filter",
    "add_template_filter", "template_test", "add_template_test", "template_context_processors",
    "jinja_env", "record", "record_once"})
# A context processor is fine on a blueprint (`bp`), not on the app.
APP_NAMES = frozenset({"app", "current_app"})
ROUTES = frozenset({"get", "post", "put", "patch", "delete", "route"})
MODULE_LINES, FUNCTION_LINES, VIEW_LINES = 300, 40, 25
TEMPLATE_NAME = re.compile(r"^[\w/.-]+\.html$")
JINJA_REF = re.compile(r"""{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']""")
IGNORED = ("__pycache__",)


def features(root: Path) -> list[str]:
    folder = root / "navigator" / "features"
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and p.name not in IGNORED)


def layout_problems(root: Path) -> list[str]:
    """Rule 4: navigator/ holds only the agreed entries; every feature is a package that
    exposes its blueprints as BLUEPRINTS; templates/ holds a folder per feature and the
    shared ones."""
    navigator = root / "navigator"
    problems = [f"navigator/{entry.name} is not part of the layout"
                for entry in sorted(navigator.iterdir())
                if entry.name not in NAVIGATOR_ENTRIES and entry.name not in IGNORED]
    for name in features(root):
        init = navigator / "features" / name / "__init__.py"
        if not init.exists() or not _assigns(ast.parse(init.read_text()), "BLUEPRINTS"):
            problems.append(f"navigator/features/{name} does not expose BLUEPRINTS")
    shared = {s.rstrip("/") for s in SHARED_TEMPLATES}
    problems += [f"navigator/templates/{entry.name} belongs to no feature"
                 for entry in sorted((navigator / "templates").iterdir())
                 if entry.name not in shared and entry.name not in features(root)]
    return problems


def _assigns(tree: ast.Module, name: str) -> bool:
    return any(isinstance(node, ast.Assign) and any(
        isinstance(target, ast.Name) and target.id == name for target in node.targets)
        for node in tree.body)


def _allowed(template: str, feature: str) -> bool:
    """Shared templates for everyone; a feature's own folder for that feature ("" is none)."""
    return template.startswith(SHARED_TEMPLATES) or bool(feature) and \
        template.startswith(f"{feature}/")


def template_problems(root: Path) -> list[str]:
    """Rule 4: a feature renders and includes only its own templates and the shared ones;
    core and the shared templates use only shared ones; template names are literal."""
    problems = []
    for module in modules(root, ("navigator",)).values():
        owner = feature_of(module.name) or ""
        problems += [f"{where(module, root, line)} {what}" for line, what in _renders(module)
                     if not what.startswith("renders ") or not _allowed(what[8:], owner)]
    templates = root / "navigator" / "templates"
    for path in sorted(templates.rglob("*.html")):
        parts = path.relative_to(templates).parts
        owner = parts[0] if len(parts) > 1 and parts[0] + "/" not in SHARED_TEMPLATES else ""
        problems += [f"{path.relative_to(root)} uses {ref}"
                     for ref in JINJA_REF.findall(path.read_text(encoding="utf-8"))
                     if not _allowed(ref, owner)]
    return problems


def _renders(module: Module) -> Iterator[tuple[int, str]]:
    """("renders NAME", line) for each template name in the module, and a note for each
    render_template call whose name is computed (the check could not see it)."""
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                TEMPLATE_NAME.match(node.value):
            yield node.lineno, f"renders {node.value}"
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "render_template" \
                and node.args and not isinstance(node.args[0], ast.Constant):
            yield node.lineno, "renders a template whose name is computed"


def helper_problems(root: Path) -> list[str]:
    """Rule 5: features give templates helpers on their own blueprint; only core touches the
    app-wide template globals and filters."""
    problems = []
    for module in modules(root, ("navigator",)).values():
        if not module.name.startswith("navigator.features"):
            continue
        problems += [f"{where(module, root, node.lineno)} uses {node.attr} (app-wide)"
                     for node in ast.walk(module.tree) if _app_wide(node)]
    return problems


def _app_wide(node: ast.AST) -> bool:
    if not isinstance(node, ast.Attribute):
        return False
    on_app = (isinstance(node.value, ast.Name) and node.value.id in APP_NAMES) or (
        isinstance(node.value, ast.Attribute) and node.value.attr == "app")
    return node.attr in APP_WIDE_HELPERS or (node.attr == "context_processor" and on_app)


def _is_view(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute)
               and d.func.attr in ROUTES for d in node.decorator_list)


def size_problems(root: Path) -> list[str]:
    """Rule 6: modules up to 300 lines, functions up to 40, view functions up to 25."""
    problems = []
    for module in modules(root).values():
        lines = len(module.path.read_text(encoding="utf-8").splitlines())
        if lines > MODULE_LINES:
            problems.append(f"{module.path.relative_to(root)} has {lines} lines")
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            limit = VIEW_LINES if _is_view(node) else FUNCTION_LINES
            if length > limit:
                problems.append(f"{where(module, root, node.lineno)} {node.name}() has "
                                f"{length} lines (limit {limit})")
    return problems
