"""The Typer application every command module registers on."""
from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="rich",
                  help="tocsin: conflict news in, a traceable record of political violence out.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tocsin {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """tocsin: conflict news in, a traceable record of political violence out."""


