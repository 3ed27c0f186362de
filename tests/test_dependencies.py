"""Every library the site imports is declared in pyproject.toml, not brought in by chance."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"navigator", "benefits", "glossary"}


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for package in OWN:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module.split(".")[0])
    return found - OWN - set(sys.stdlib_module_names)


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]).lower()


def test_every_imported_library_is_declared():
    declared = {_name(r) for r in tomllib.loads((ROOT / "pyproject.toml").read_text())
                ["project"]["dependencies"]}
    owners = packages_distributions()
    missing = {module: owners.get(module) for module in _imported_modules()
               if not {_name(d) for d in owners.get(module, [module])} & declared}
    assert not missing, f"imported but not declared in [project.dependencies]: {missing}"


def test_every_declared_library_is_pinned_in_constraints():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {_name(r) for r in project["dependencies"]}
    declared |= {_name(r) for group in project["optional-dependencies"].values() for r in group}
    pins = {_name(line): line.split("==", 1)[-1] for line in
            (ROOT / "constraints.txt").read_text().splitlines()
            if line and not line.startswith("#")}
    assert not declared - set(pins), "run `make constraints`: these have no pin"
    assert all("==" in line for line in (ROOT / "constraints.txt").read_text().splitlines()
               if line and not line.startswith("#")), "every pin is one exact version"
