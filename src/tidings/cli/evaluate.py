"""``tidings evaluate``: score tidings on gold data (precision, recall, F1 and the misses)."""

from __future__ import annotations

import json
from pathlib import Path

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


def _report_options(listed: str = "misses"):
    """``--format text|json`` and ``--show N`` (how many of ``listed`` the text form prints)."""

    def wrap(f):
        f = click.option("--show", default=50, show_default=True, help=f"How many {listed} to list in text form.")(f)
        return click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                            show_default=True)(f)

    return wrap


@click.group()
def evaluate() -> None:
    """Score tidings against gold data.

    \b
    Examples:
      tidings evaluate events tests/data/events_gold.jsonl
      tidings evaluate plover ../shared/gold/plover/PLOVER_GSR_CAMEO.dev.json --format json
      tidings evaluate petr PETR.UnitTest.records.xml --dictionaries dictionaries/
      tidings evaluate timex ../shared/gold/timeml/TBAQ-cleaned/TimeBank
      tidings evaluate places ../shared/gold/geoparsing/lgl.xml --format json
      tidings evaluate quotes ../shared/gold/polnear/dev
      tidings evaluate articles tests/data/articles_dev.jsonl
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
@_report_options("misses")
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
@_report_options("misses")
def plover_cmd(file: str, fmt: str, show: int) -> None:
    """Score PLOVER gold records (a JSON array with event, source, target, text).

    \b
    Example:
      tidings evaluate plover ../shared/gold/plover/PLOVER_GSR_CAMEO.dev.json
    """
    from tidings.evaluate.plover import score_plover

    _run(score_plover, file, fmt, show)


@evaluate.command("places")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@_report_options("misses")
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
def places_cmd(file: str, fmt: str, show: int, limit: int | None) -> None:
    """Score the places stage on geoparsing gold (the LGL / TR-News XML: articles with text and
    toponyms with start/end offsets and lat/lon).

    A gold toponym counts as found when a produced place overlaps it and as placed when that place
    lies within 161 km of it; recall is placed / gold, precision is produced places that overlap a gold
    toponym within 161 km / produced. Gold toponyms without coordinates are not scored.

    \b
    Example:
      tidings evaluate places ../shared/gold/geoparsing/TR-News.xml --format json
    """
    from tidings.evaluate.places import score_places

    _run(lambda path, coder: score_places(path, coder, limit), file, fmt, show)


@evaluate.command("quotes")
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False))
@_report_options("misses")
def quotes_cmd(folder: str, fmt: str, show: int) -> None:
    """Score quotes and speakers on PolNeAR attributions (DIR holds text/ and attributions/).

    Direct-quote F1 (content in quote marks, 30% character overlap), speaker accuracy on the
    matched quotes, and recall of reported speech (cues such as said, told, according to).

    \b
    Example:
      tidings evaluate quotes ../shared/gold/polnear/dev --format json
    """
    from tidings.evaluate.quotes import score_quotes

    _run(score_quotes, folder, fmt, show)


@evaluate.command("articles")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@_report_options("failed checks")
def articles_cmd(file: str, fmt: str, show: int) -> None:
    """Score whole articles on quote and date checks (format: docs/gold-format.md, "Article checks").

    A quote check passes when a produced quote overlaps the check's words and its speaker has the
    check's name (full name, or surname plus a name contained in the other) and country; a date
    check passes when an overlapping time expression has the check's TIMEX3 value. Prints the pass
    rate per check type and overall, and each failed check with what was produced instead.

    \b
    Example:
      tidings evaluate articles tests/data/articles_dev.jsonl --format json
    """
    from tidings.evaluate.articles import score_articles

    _run(score_articles, file, fmt, show)


def _print_petr(report, fmt: str, show: int) -> None:
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    s = report.summary
    click.echo("PETRARCH validation")
    click.echo(f"  records {s['records']}, passed {s['passed']} ({s['pass_rate']:.2%}), crashed {s['crashed']}, "
               f"skipped {s['skipped']}")
    click.echo(f"  triples: precision {s['precision']}, recall {s['recall']}, f1 {s['f1']} "
               f"(matched {s['matched']} of {s['expected']} expected, {s['produced']} produced)")
    opts = s["options"]
    initial = ", ".join(f"{k}={v}" for k, v in opts["initial"].items()) or "none"
    click.echo(f"  options: initial {initial}; {len(opts['changes'])} <Config> change(s) between records")
    if s["stopped_at_line"] is not None:
        click.echo(f"  stopped at <Stop> on line {s['stopped_at_line']}")
    click.echo(f"\n  {'category':16} {'records':>7} {'passed':>7} {'rate':>7}")
    for name, c in s["categories"].items():
        click.echo(f"  {name:16} {c['records']:7} {c['passed']:7} {c['pass_rate']:7.2%}")
    failures = report.failures
    if failures:
        click.echo(f"\nfailing records ({len(failures)}; first {min(show, len(failures))}):")
        for r in failures[:show]:
            want = "nothing" + (f" (error {r.error})" if r.error else "") if not r.expected \
                else [list(t) for t in r.expected]
            got = f"crash {r.crash}" if r.crash else f"discarded ({r.discarded})" if r.discarded \
                else [list(t) for t in r.produced] or "nothing"
            click.echo(f"  {r.id} [{r.category}] line {r.line}: expected {want} produced {got}\n      {r.text[:160]}")


@evaluate.command("petr")
@click.argument("records", metavar="RECORDS.xml", type=click.Path(exists=True, dir_okay=False))
@click.option("--dictionaries", "dictionaries", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder holding the dictionaries the file's <Environment> names (<Verbfile>, <Actorfile>, ...).")
@_report_options("failing records")
def petr_cmd(records: str, dictionaries: str, fmt: str, show: int) -> None:
    """Run a PETRARCH validation file (unit-test records) as PETRARCH's harness did.

    <Config> elements change options for the records after them, <Include> selects categories,
    noevents records expect nothing and error= records expect a discard or nothing. tidings parses
    each <Text> itself (the <Parse> trees are ignored). Prints the pass rate per category, triple
    precision/recall/F1 and the failing records; a record whose coding crashes is counted, not fatal.

    \b
    Example:
      tidings evaluate petr PETR.UnitTest.records.xml --dictionaries dictionaries/ --format json
    """
    from tidings.dictionaries.petr_adapter import make_petr_coder
    from tidings.evaluate.petr import read_validation, score_suite

    try:
        suite = read_validation(records)
        coder = make_petr_coder(Path(dictionaries), suite.environment)
        report = score_suite(suite, coder)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    _print_petr(report, fmt, show)


@evaluate.command("timex")
@click.argument("path", type=click.Path(exists=True))
@_report_options("misses")
@click.option("--limit", type=int, default=None, help="Score only the first N files (in name order).")
def timex_cmd(path: str, fmt: str, show: int, limit: int | None) -> None:
    """Score time expressions on TimeML .tml files (one file or a folder), TempEval-3 style.

    Each document's text is parsed and its time expressions found with the document creation time
    as publication date. Prints extraction precision/recall/F1 (strict and relaxed span match) and
    value F1 (an overlapping expression with the gold value) for DATE+TIME, per type and overall;
    misses are DATE and TIME gold expressions without a correct value.

    \b
    Example:
      tidings evaluate timex ../shared/gold/timeml/TBAQ-cleaned/AQUAINT --format json
    """
    from tidings.evaluate.timex import score_timex
    from tidings.pipeline import Coder

    try:
        report = score_timex(path, Coder(), limit=limit)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    _print(report, fmt, show)
