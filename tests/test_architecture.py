"""The layout the README describes, kept by tests: each rule on the real tree, and each rule
on a small tree broken on purpose, so no rule can pass by checking nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Blueprint

from tests.architecture.imports import cycle_problems, domain_problems, feature_problems
from tests.architecture.layout import (
    features,
    helper_problems,
    layout_problems,
    size_problems,
    template_problems,
)

ROOT = Path(__file__).resolve().parent.parent
RULES = [domain_problems, feature_problems, cycle_problems, layout_problems, template_problems,
         helper_problems, size_problems]
FEATURES = ["appeals", "batch", "benefits_check", "estimate", "front_desk", "gfe", "glossary",
            "network", "pages"]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_the_project_keeps_the_rule(rule):
    assert rule(ROOT) == []


def test_the_features_are_the_documented_ones():
    assert features(ROOT) == FEATURES


def test_every_feature_exposes_blueprints_and_the_app_registers_them_all(app):
    import importlib

    registered = set(app.blueprints.values())
    for name in FEATURES:
        package = importlib.import_module(f"navigator.features.{name}")
        assert package.BLUEPRINTS and all(isinstance(bp, Blueprint) for bp in package.BLUEPRINTS)
        assert set(package.BLUEPRINTS) <= registered, name


def write(root: Path, files: dict[str, str]) -> Path:
    """A minimal project tree: the packages and folders every rule walks, plus `files`."""
    base = {"navigator/__init__.py": "", "navigator/core/__init__.py": "",
            "navigator/features/__init__.py": "",
            "navigator/features/a/__init__.py": "BLUEPRINTS = ()\n",
            "navigator/features/b/__init__.py": "BLUEPRINTS = ()\n",
            "navigator/templates/base.html": "", "navigator/templates/a/page.html": "",
            "benefits/__init__.py": "", "glossary/__init__.py": ""}
    for name, text in {**base, **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


BROKEN = {
    "domain_io": (domain_problems, {"benefits/store.py": "import sqlite3\n"},
                  "benefits/store.py:1 imports sqlite3"),
    "domain_web": (domain_problems, {"glossary/web.py": "from flask import g\n"},
                   "glossary/web.py:1 imports flask"),
    "domain_open": (domain_problems, {"benefits/read.py": "def f():\n    return open('x')\n"},
                    "benefits/read.py:2 opens or writes a file"),
    "domain_open_alias": (domain_problems, {"benefits/read.py": "from io import open as o\n"},
                          "benefits/read.py:1 imports open from io"),
    "domain_path_open": (domain_problems, {"benefits/read.py": "def f(p):\n    return p.open()\n"},
                         "benefits/read.py:2 opens or writes a file"),
    "domain_read": (domain_problems, {"benefits/read.py": "def f(p):\n    return p.read_text()\n"},
                    "benefits/read.py:2 reads a file that is not its packaged data"),
    "feature": (feature_problems, {"navigator/features/a/views.py":
                                   "from navigator.features.b import views\n"},
                "navigator/features/a/views.py:1 imports feature b"),
    "core": (feature_problems, {"navigator/core/x.py": "from navigator.features import a\n"},
             "navigator/core/x.py:1 imports feature a"),
    "feature_by_name": (feature_problems, {"navigator/features/a/views.py":
                                           "import importlib\n"
                                           "importlib.import_module('navigator.features.b')\n"},
                        "navigator/features/a/views.py:2 imports feature b"),
    "cycle": (cycle_problems, {"benefits/one.py": "from benefits import two\n",
                               "benefits/two.py": "def f():\n    import benefits.one\n"},
              "benefits.one -> benefits.two"),
    "stray": (layout_problems, {"navigator/helpers.py": ""},
              "navigator/helpers.py is not part of the layout"),
    "blueprints": (layout_problems, {"navigator/features/c/__init__.py": "bp = None\n"},
                   "navigator/features/c does not expose BLUEPRINTS"),
    "template_folder": (layout_problems, {"navigator/templates/misc/x.html": ""},
                        "navigator/templates/misc belongs to no feature"),
    "render": (template_problems, {"navigator/features/a/views.py":
                                   "PAGE = 'b/page.html'\n"},
               "navigator/features/a/views.py:1 renders b/page.html"),
    "include": (template_problems, {"navigator/templates/a/x.html":
                                    '{% include "b/part.html" %}'},
                "navigator/templates/a/x.html uses b/part.html"),
    "helper": (helper_problems, {"navigator/features/a/views.py":
                                 "bp.add_app_template_global(len, 'size')\n"},
               "navigator/features/a/views.py:1 uses add_app_template_global (app-wide)"),
    "helper_on_app": (helper_problems, {"navigator/features/a/views.py":
                                        "current_app.add_template_filter(len)\n"},
                      "navigator/features/a/views.py:1 uses add_template_filter (app-wide)"),
    "processor_on_app": (helper_problems, {"navigator/features/a/views.py":
                                           "current_app.context_processor(dict)\n"},
                         "navigator/features/a/views.py:1 uses context_processor (app-wide)"),
    "core_renders_feature": (template_problems, {"navigator/core/x.py": "PAGE = 'a/page.html'\n"},
                             "navigator/core/x.py:1 renders a/page.html"),
    "shared_includes_feature": (template_problems, {"navigator/templates/partials/p.html":
                                                    '{% include "a/page.html" %}'},
                                "navigator/templates/partials/p.html uses a/page.html"),
    "computed_name": (template_problems, {"navigator/features/a/views.py":
                                          "render_template(f'{x}/page.html')\n"},
                      "navigator/features/a/views.py:1 renders a template whose name is "
                      "computed"),
    "module_size": (size_problems, {"benefits/big.py": "x = 1\n" * 301},
                    "benefits/big.py has 301 lines"),
    "function_size": (size_problems, {"benefits/long.py": "def f():\n" + "    x = 1\n" * 40},
                      "benefits/long.py:1 f() has 41 lines (limit 40)"),
    "view_size": (size_problems, {"navigator/features/a/views.py":
                                  "@bp.get('/')\ndef page():\n" + "    x = 1\n" * 25},
                  "navigator/features/a/views.py:2 page() has 26 lines (limit 25)"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_each_rule_fails_on_a_broken_example(tmp_path, case):
    rule, files, expected = BROKEN[case]
    assert rule(write(tmp_path, {})) == []
    assert expected in rule(write(tmp_path, files))
