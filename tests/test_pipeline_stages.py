"""The stage table (pipeline.STAGES): declared fields exist, requirements come first, and no
stage disappears or changes version unnoticed (snapshot in tests/stages.json)."""
import dataclasses
import json
from pathlib import Path

from tocsin import records
from tocsin.pipeline import STAGES

SNAPSHOT = Path(__file__).with_name("stages.json")


def _field_exists(ref: str) -> bool:
    cls, name = ref.split(".")
    return name in {f.name for f in dataclasses.fields(getattr(records, cls))}


def test_pipeline_stage_fields_exist():
    for name, _version, requires, assigns in STAGES:
        for ref in requires + assigns:
            assert _field_exists(ref), f"{name}: {ref}"


def test_pipeline_requirements_are_assigned_earlier():
    assigned: set[str] = set()
    for name, _version, requires, assigns in STAGES:
        for ref in requires:
            assert ref in assigned, f"stage {name} requires {ref} before any stage assigns it"
        assigned.update(assigns)


def test_pipeline_stage_snapshot():
    now = {name: version for name, version, _r, _a in STAGES}
    assert now == json.loads(SNAPSHOT.read_text(encoding="utf-8"))
