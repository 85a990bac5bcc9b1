"""Tests that need ../shared are skipped in a lone clone but fail under CI=true (tests/conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests import conftest
from tests.conftest import NEEDS_SHARED, ROOT

ONE_SHARED_TEST = "tests/data/test_actors_yaml.py::test_actors_yaml_kind_list_is_the_shared_schema_enum"


def test_conftest_missing_shared_skips_with_the_reason(monkeypatch, tmp_path):
    monkeypatch.setattr(conftest, "SHARED", tmp_path / "no-shared")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"needs \.\./shared \(the shared benchmarks"):
        conftest.require_shared()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        conftest.require_shared()


def test_conftest_missing_shared_fails_under_ci(monkeypatch, tmp_path):
    monkeypatch.setattr(conftest, "SHARED", tmp_path / "no-shared")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        conftest.require_shared()


def test_conftest_present_shared_is_returned(monkeypatch, tmp_path):
    monkeypatch.setattr(conftest, "SHARED", tmp_path)
    monkeypatch.setenv("CI", "true")
    assert conftest.require_shared() == tmp_path


def _run(**env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "TOCSIN_SHARED")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", ONE_SHARED_TEST],
                          cwd=ROOT, capture_output=True, text=True, env={**base, **env}, timeout=300)


def test_conftest_tocsin_shared_elsewhere_skips_then_fails_under_ci(tmp_path):
    gone = str(tmp_path / "nonexistent")
    skipped = _run(TOCSIN_SHARED=gone)
    assert skipped.returncode == 0 and "1 skipped" in skipped.stdout and NEEDS_SHARED in skipped.stdout, skipped.stdout
    failed = _run(TOCSIN_SHARED=gone, CI="true")
    assert failed.returncode == 1 and "1 error" in failed.stdout and "CI=true" in failed.stdout, failed.stdout
