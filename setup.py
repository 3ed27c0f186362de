"""Build hook: the wheel carries the compiled catalogs, so an installed site speaks Spanish.

The catalogs stay in the project's top-level translations/ folder (where translators and
`make catalog` work); building the package compiles each messages.po into
navigator/translations/<lang>/LC_MESSAGES/messages.mo inside the build, and the settings use
that folder when it exists. Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CATALOGS = Path(__file__).resolve().parent / "translations"


class BuildWithCatalogs(build_py):
    """build_py, then the .mo files beside the package's own data."""

    def run(self) -> None:
        super().run()
        # Imported here: babel is a build requirement (pyproject.toml), not needed to read this.
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po_path in sorted(CATALOGS.glob("*/LC_MESSAGES/messages.po")):
            relative = po_path.relative_to(CATALOGS).with_suffix(".mo")
            target = Path(self.build_lib) / "navigator" / "translations" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file)
            with target.open("wb") as mo_file:
                write_mo(mo_file, catalog)


setup(cmdclass={"build_py": BuildWithCatalogs})
