"""Install what was tested: the wheel, in a fresh environment, serves Spanish.

The wheel is built offline (no build isolation: the build requirements are test extras) and
installed without its dependencies into a new venv that borrows this environment's
libraries through a .pth line; so the site under test is the wheel's copy, not the source.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import navigator
from navigator import create_app
app = create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE_URL": "sqlite://"})
page = app.test_client().get("/glossary?lang=es").get_data(as_text=True)
print(navigator.__file__)
print("Glosario" in page, 'lang="es"' in page)
"""


def _run(*args: str, cwd: Path) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


SOURCES = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "navigator", "benefits",
           "glossary", "translations")


def _source_copy(target: Path) -> Path:
    """What the wheel is built from, copied, so the build leaves nothing in the checkout."""
    target.mkdir()
    skip = shutil.ignore_patterns("__pycache__", "*.mo", "*.pyc")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=skip)
        else:
            shutil.copy2(source, target / name)
    return target


def test_the_installed_wheel_serves_spanish(tmp_path):
    source = _source_copy(tmp_path / "source")
    _run(sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(tmp_path / "dist"), cwd=tmp_path)
    [wheel] = (tmp_path / "dist").glob("navigator-*.whl")
    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(_run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp_path).strip())
    # The libraries the site needs, from this environment (not the project: it is not on it).
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
         str(wheel), cwd=tmp_path)
    where, answer = _run(str(python), "-I", "-c", PROBE, cwd=tmp_path).strip().splitlines()
    assert where.startswith(str(site))  # the wheel's copy, not the source tree's
    assert answer == "True True"
