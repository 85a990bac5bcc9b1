"""The data files read the same with the fast loader as with PyYAML's pure-Python safe loader."""
from importlib import resources

import yaml

from tocsin import yamlfile


def test_every_shipped_yaml_file_reads_the_same():
    root = resources.files("tocsin") / "data"
    files = [p for p in root.rglob("*") if p.suffix in (".yaml", ".yml")]
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yamlfile.safe_load(text) == yaml.safe_load(text), path


def test_it_stays_safe():
    import pytest

    with pytest.raises(yaml.YAMLError):
        yamlfile.safe_load("!!python/object/apply:os.system ['echo hi']")
