"""`import lede.dask` without Dask installed: a plain "No module named 'dask'"
did not say that only lede.dask needs it, nor how to install it."""

from __future__ import annotations

import subprocess
import sys


def test_import_without_dask_says_what_to_install():
    # None in sys.modules makes an import fail as if the package were absent.
    code = (
        "import sys\n"
        "sys.modules['dask'] = None\n"
        "import lede\n"
        "assert lede.default_method() == 'learned'\n"
        "import lede.dask\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert ("ModuleNotFoundError: lede.dask needs dask, distributed and fsspec, and 'dask' is not installed "
            "(Debian: apt-get install python3-dask python3-distributed python3-fsspec; "
            "pip: pip install 'dask[distributed]' fsspec)") in r.stderr, r.stderr
