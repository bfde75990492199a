"""Builds the `lede` Python package: the pure-Python modules under python/lede
plus the extension lede._lede, compiled by the project's own CMake build.

    python3 -m pip install --no-build-isolation .

Metadata lives in pyproject.toml. Environment: CMAKE_BUILD_PARALLEL_LEVEL
(jobs, default: all cores), LEDE_CMAKE_ARGS (extra configure arguments).
"""

from __future__ import annotations

import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent


def project_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(lede\s+VERSION\s+([0-9.]+)", text)
    if not match:
        raise RuntimeError("no project(lede VERSION ...) in CMakeLists.txt")
    return match.group(1)


class CMakeExtension(Extension):
    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    """Configures the CMake project with only the library and the module, and
    builds the `_lede` target straight into the wheel's lede/ directory."""

    def build_extension(self, ext: Extension) -> None:
        if shutil.which("cmake") is None:
            raise RuntimeError("building lede needs cmake (Debian: apt-get install cmake)")
        target = pathlib.Path(self.get_ext_fullpath(ext.name)).resolve()
        package_root = target.parent.parent  # the directory holding lede/
        build_dir = pathlib.Path(self.build_temp).resolve() / "cmake"
        build_dir.mkdir(parents=True, exist_ok=True)
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build_dir),
            "-DCMAKE_BUILD_TYPE=Release",
            "-DLEDE_BUILD_PYTHON=ON", "-DLEDE_BUILD_TESTS=OFF", "-DLEDE_BUILD_CLI=OFF",
            f"-DPython_EXECUTABLE={sys.executable}",
            f"-DLEDE_PYTHON_PACKAGE_DIR={package_root}",
        ]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        configure += shlex.split(os.environ.get("LEDE_CMAKE_ARGS", ""))
        if (build_dir / "CMakeCache.txt").exists():
            configure = [a for a in configure if a not in ("-G", "Ninja")]
        subprocess.run(configure, check=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 1))
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "_lede", "-j", jobs], check=True)
        if not target.exists():
            raise RuntimeError(f"CMake did not produce {target}")


setup(
    version=project_version(),
    ext_modules=[CMakeExtension("lede._lede")],
    cmdclass={"build_ext": CMakeBuild},
    # Keep setuptools' work apart from a developer's CMake build/ directory.
    options={"build": {"build_base": "build-pip"}},
)
