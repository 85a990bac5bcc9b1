"""`tocsin demo`: the bundled demo, no arguments, no network."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .common import Format, FormatOpt, err
from .extract import articles, extract


def demo_page() -> Path:
    """The bundled demo page (written by the tocsin developers)."""
    return Path(str(resources.files("tocsin") / "data" / "demo" / "demo-page.txt"))


@app.command()
def demo(fmt: FormatOpt = Format.auto,
         articles_only: Annotated[bool, typer.Option("--articles", help="Show the articles found, not the events.")] = False
         ) -> None:
    """Run tocsin on its bundled demo page: no arguments, no network."""
    page = demo_page()
    err.print(f"tocsin demo: reading {page.name}, a news page with site chrome and teaser articles "
              f"(written for tocsin); coding its events", markup=False, highlight=False)
    if articles_only:
        articles([str(page)], output=None, fmt=fmt, config=None)
    else:
        extract([str(page)], output=None, fmt=fmt, articles_out=None, factual_only=False, config=None)


