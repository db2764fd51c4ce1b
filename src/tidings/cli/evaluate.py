"""``tidings evaluate``: score tidings on gold data (precision, recall, F1 and the misses)."""

from __future__ import annotations

import json

import click

from tidings.errors import TidingsError

__all__ = ["evaluate"]


def _print(report, fmt: str, show: int) -> None:
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    click.echo(f"{report.name} evaluation")
    for k, v in report.scores.items():
        click.echo(f"  {k:32} {v}")
    if report.misses:
        click.echo(f"\nmisses ({len(report.misses)}; first {min(show, len(report.misses))}):")
        for m in report.misses[:show]:
            click.echo(f"  {m['id']}: expected {m['expected']} produced {m['produced']}\n      {m['text'][:160]}")
    if report.false_positives:
        n = len(report.false_positives)
        click.echo(f"\nfalse positives ({n}; first {min(show, n)}):")
        for m in report.false_positives[:show]:
            click.echo(f"  {m['id']}: produced {m['produced']}")


@click.group()
def evaluate() -> None:
    """Score tidings against gold data.

    \b
    Examples:
      tidings evaluate events tests/data/events_gold.jsonl
      tidings evaluate plover ../shared/gold/plover/PLOVER_GSR_CAMEO.dev.json --format json
    """


def _run(scorer, file: str, fmt: str, show: int) -> None:
    from tidings.pipeline import Coder

    try:
        report = scorer(file, Coder())
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    _print(report, fmt, show)


@evaluate.command("events")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--show", default=50, show_default=True, help="How many misses to list in text form.")
def events_cmd(file: str, fmt: str, show: int) -> None:
    """Score a JSONL gold file of sentences and events (format: docs/gold-format.md).

    A match needs the same source country, target country and CAMEO root.

    \b
    Example:
      tidings evaluate events tests/data/events_gold.jsonl --format json
    """
    from tidings.evaluate.events import score_events

    _run(score_events, file, fmt, show)


@evaluate.command("plover")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--show", default=50, show_default=True, help="How many misses to list in text form.")
def plover_cmd(file: str, fmt: str, show: int) -> None:
    """Score PLOVER gold records (a JSON array with event, source, target, text).

    \b
    Example:
      tidings evaluate plover ../shared/gold/plover/PLOVER_GSR_CAMEO.dev.json
    """
    from tidings.evaluate.plover import score_plover

    _run(score_plover, file, fmt, show)
