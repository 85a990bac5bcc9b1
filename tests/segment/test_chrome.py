import re

import pytest
import yaml

from tocsin.segment.chrome import chrome_rules, line_role


@pytest.mark.parametrize("line,role", [
    ("Follow us on social", "chrome"),
    ("google cta", "chrome"),
    ("Shutterstock_1234567-scaled", "chrome"),
    ("IMG_20230412_0933.jpg", "chrome"),
    ("Analysis | Middle East", "chrome"),
    ("Top image credit: soldiers at a checkpoint (Example / Wire)", "chrome"),
    ("A displaced family near Tawila (Staff / Demo Wire)", "chrome"),
    ("keep readingShow less", "end"),
    ("Read more", "end"),
    ("Related stories", "end"),
    ("Lire la suite", "end"),
    ("Privacy policy", "footer"),
    ("Subscribe now to our weekly round-up of analysis and reporting.", "chrome"),
    # a photo caption under a headline is no new article's title
    ("FILE PHOTO: Burnt-out buses at the depot in Kaduna after last year's riots. (Photo: Kaduna Herald)", "chrome"),
    ("Soldiers on patrol in Goma on Monday (Photo: Lake Kivu Radio)", "chrome"),
])
def test_chrome_line_roles(line, role):
    found = line_role(line)
    assert found is not None and found[0] == role


@pytest.mark.parametrize("line", [
    "The Eleventh Hour for a Rebel Bastion",
    "Gunmen attacked the village on Sunday, killing four people (two women and two children/teenagers) according to police officials who spoke to reporters later that day and described a chaotic scene.",
    "By the end of the week, the army had retaken the town.",
    "Mali",
    "Photographers were among those detained outside the court on Tuesday.",
])
def test_chrome_leaves_content_alone(line):
    assert line_role(line) is None


def test_chrome_rules_file_is_valid():
    from importlib import resources
    raw = yaml.safe_load((resources.files("tocsin") / "data" / "segment" / "chrome.yaml").read_text("utf-8"))
    ids = [g["id"] for g in raw["groups"]]
    assert len(ids) == len(set(ids))
    assert raw["version"] >= 1
    for grp in raw["groups"]:
        assert grp["role"] in {"chrome", "end", "footer"}
        for pat in grp["patterns"]:
            re.compile(pat)
    assert len(chrome_rules()) == sum(len(g["patterns"]) for g in raw["groups"])


def test_a_communiques_place_and_date_line_is_a_date_line():
    assert line_role("Maiduguri, Borno State, 3 March 2024") is not None
    assert line_role("Goma, North Kivu, February 12, 2024") is not None
    assert line_role("Goma was shelled again on Monday, 12 February 2024") is None
