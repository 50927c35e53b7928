"""A non-editable install, run from outside the repository, finds and loads the model.

The wheel is built without build isolation and installed with --no-deps into a
fresh virtual environment; the running interpreter's site-packages are made
visible to it through a .pth file, so the test needs no network.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("packaging")
    wheels = base / "wheels"
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT), cwd=base)
    assert built.returncode == 0, built.stderr
    env_dir = base / "venv"
    created = _run(sys.executable, "-m", "venv", str(env_dir), cwd=base)
    assert created.returncode == 0, created.stderr
    python = env_dir / "bin" / "python"
    site = _run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=base).stdout.strip()
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "outer-deps.pth").write_text("\n".join(sorted(outer)) + "\n")
    (wheel,) = wheels.glob("newsfilter-*.whl")
    installed = _run(str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed", "-q", str(wheel), cwd=base)
    assert installed.returncode == 0, installed.stderr
    return env_dir


def test_console_script_runs_from_outside_the_repository(venv: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "NEWSFILTER_MODEL"}}
    result = _run(str(venv / "bin" / "newsfilter"), "clean", str(SEED), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("U.S. forces conducted airstrikes")
    assert "Read Also" not in result.stdout


def test_model_is_loaded_from_the_installed_package(venv: Path, tmp_path: Path) -> None:
    code = "import filter.model as m; print(m.load().path)"
    result = _run(str(venv / "bin" / "python"), "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert str(path).startswith(str(venv)), path
    assert ROOT not in path.parents


def test_python_dash_m_filter(venv: Path, tmp_path: Path) -> None:
    result = _run(str(venv / "bin" / "python"), "-m", "filter", "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("newsfilter ")
