"""``tidings ingest``, ``tidings export`` and ``tidings query``: the store on the command line."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import click

from tidings.cli.options import parse_date
from tidings.cli.output import format_table
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.records import Article, CodingFailure

__all__ = ["ingest", "export", "query"]

_DB_HELP = "The store: a SQLite file path (default ./tidings.db, or $TIDINGS_DB) or postgresql://user@host/db."
_EXPORT_FORMATS = ["gdelt", "gdelt-mentions", "icews", "phoenix", "plover", "csv", "parquet"]


def _db_option(f):
    return click.option("--db", envvar="TIDINGS_DB", default="tidings.db", show_default=True, help=_DB_HELP)(f)


def _filter_options(f):
    f = click.option("--root", "roots", multiple=True, metavar="CC", help="CAMEO root(s), e.g. 17 (repeatable).")(f)
    f = click.option("--actor", metavar="CODE", help="Actor code prefix on either side, e.g. KEN or KENCOP.")(f)
    f = click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or before this date.")(f)
    f = click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or after this date.")(f)
    return f


@contextmanager
def _open(db: str):
    from tidings.store import Store

    try:
        store = Store.open(db)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@_db_option
@click.option("--date", "date", callback=parse_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs without one.")
@click.option("--window", type=click.IntRange(0, 365), default=1, show_default=True,
              help="Mentions of one dyad and code family within this many days of an event are that event.")
@click.option("--family", type=click.Choice(["base", "root", "code"]), default="base", show_default=True,
              help="Code family mentions must share: the 3-digit base code, the 2-digit root or the full code.")
@click.option("--one-a-day", is_flag=True, help="PETRARCH's filter: one event per dyad, full code and day.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Processes to code with (default 1).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), help="A TOML settings file.")
def ingest(inputs, db, date, window, family, one_a_day, workers, config) -> None:
    """Code articles and store them, their events and mentions; already stored articles are skipped.

    INPUT is a .txt article, a .jsonl file of articles, a .gz of either, a directory of them, or -.
    Mentions of one event across articles (same dyad, code family, dates within --window days) become
    one event with NumMentions, NumSources and NumArticles.

    \b
    Examples:
      tidings ingest examples/articles.jsonl
      tidings ingest --db postgresql://localhost/tidings --window 2 feeds/
    """
    from tidings.ingest import read_inputs
    from tidings.pipeline import code_articles
    from tidings.store import DedupPolicy

    try:
        policy = DedupPolicy.one_a_day() if one_a_day else DedupPolicy(window, family)
        settings = Settings.load(config).replace(workers=workers)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    counts = {"stored": 0, "skipped": 0, "failed": 0, "mentions": 0, "new_events": 0}
    with _open(db) as store:

        def fresh(items) -> Iterator[Article | CodingFailure]:
            for item in items:
                if isinstance(item, Article) and store.has_article(item):
                    counts["skipped"] += 1
                    continue
                yield item

        results = code_articles(fresh(read_inputs(inputs, date)), settings)
        show = sys.stderr.isatty() and logging_enabled()
        started = time.monotonic()

        def rate(_item) -> str:
            done = counts["stored"] + counts["skipped"] + counts["failed"]
            return f"{done / max(time.monotonic() - started, 1e-9):.1f} articles/s"

        # the number of articles is not known before reading them all, so the bar shows a count and a rate
        with click.progressbar(results, label="ingesting", file=sys.stderr, show_pos=True, hidden=not show,
                               item_show_func=rate) as bar:
            for item in bar:
                failures = [item] if isinstance(item, CodingFailure) else list(item.errors)
                for f in failures:
                    # clear the bar's line first so that the message is not written into it
                    click.echo(("\r\x1b[K" if show else "") + f"tidings: error [{f.code}] {f.message}", err=True)
                if failures:
                    counts["failed"] += 1
                    continue
                outcome = store.add(item, policy)
                if not outcome.stored:
                    counts["skipped"] += 1
                    continue
                counts["stored"] += 1
                counts["mentions"] += outcome.mentions
                counts["new_events"] += outcome.new_events
        total = store.count("events")
    if logging_enabled():
        click.echo(f"tidings: stored {counts['stored']} article(s), skipped {counts['skipped']} already stored, "
                   f"{counts['failed']} failed; {counts['mentions']} mention(s), {counts['new_events']} new "
                   f"event(s); {total} event(s) in {db}", err=True)
    if counts["failed"]:
        sys.exit(1)


def logging_enabled() -> bool:
    """False under ``tidings --quiet``."""
    import logging

    return logging.getLogger().getEffectiveLevel() <= logging.WARNING


@click.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(_EXPORT_FORMATS), default="gdelt", show_default=True,
              help="gdelt: GDELT 2.0 events (61 columns); gdelt-mentions: GDELT mentions; icews; phoenix; "
              "plover: JSON lines; csv and parquet: tidings' own event records.")
@_filter_options
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout; "
              "required for parquet).")
def export(db, fmt, since, until, actor, roots, out) -> None:
    """Export stored events in a public event-data format.

    \b
    Examples:
      tidings export --format gdelt --out events.export.CSV
      tidings export --format csv --since 2024-06-01 --actor KEN
      tidings export --format parquet --root 17 --out arrests.parquet
    """
    from tidings.export.writers import write_events, write_gdelt_mentions, write_parquet
    from tidings.store import EventFilter, events, mentions

    flt = EventFilter(since, until, actor, roots=tuple(roots))
    if fmt == "parquet" and not out:
        raise click.UsageError("--format parquet needs --out FILE")
    with _open(db) as store:
        if fmt == "parquet":
            n = write_parquet(events(store, flt), out)
        else:
            stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout  # noqa: SIM115
            try:
                if fmt == "gdelt-mentions":
                    added = {e.id: e.first_seen for e in events(store, flt)}
                    n = write_gdelt_mentions(mentions(store, flt), added, stream)
                else:
                    n = write_events(events(store, flt), fmt, stream)
            finally:
                if out:
                    stream.close()
    if out and logging_enabled():
        click.echo(f"tidings: wrote {n} row(s) to {out}", err=True)


def _emit(rows: list[list], columns: list[str], fmt: str) -> None:
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(dict(zip(columns, r, strict=True)), ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        click.echo(format_table([["" if v is None else str(v) for v in r] for r in rows], columns))


_FMT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                    show_default=True)


def _dyad_query_options(f):
    """The options of the dyad queries: store, source and target prefixes, filters, output format."""
    for option in reversed([_db_option,
                            click.option("--source", metavar="CODE", help="Source actor code prefix."),
                            click.option("--target", metavar="CODE", help="Target actor code prefix."),
                            _filter_options, _FMT]):
        f = option(f)
    return f


@click.group()
def query() -> None:
    """Ask the store: events of a dyad, counts by day and root, top actors.

    \b
    Example:
      tidings query events --source KEN --target KENOPP --since 2024-06-01
    """


@query.command("events")
@_dyad_query_options
def query_events(db, source, target, since, until, actor, roots, fmt) -> None:
    """Events between two actors (or of one) over a period, with their counts.

    \b
    Example:
      tidings query events --source USA --target CHN --since 2024-01-01 --until 2024-12-31
    """
    from tidings.store import EventFilter, events

    flt = EventFilter(since, until, actor, source, target, tuple(roots))
    cols = ["id", "date", "source", "target", "cameo", "name", "mentions", "sources", "articles", "url"]
    with _open(db) as store:
        rows = [[e.id, e.date.isoformat() if e.date else "", e.source.code, e.target.code if e.target else "",
                 e.cameo.code, e.cameo.name, e.num_mentions, e.num_sources, e.num_articles, e.url or ""]
                for e in events(store, flt)]
    _emit(rows, cols, fmt)


@query.command("counts")
@_dyad_query_options
def query_counts(db, source, target, since, until, actor, roots, fmt) -> None:
    """Events and mentions per day and CAMEO root, for a dyad or everything.

    \b
    Example:
      tidings query counts --source ISR --target PSE --format csv
    """
    from tidings.store import EventFilter, counts_by_day

    flt = EventFilter(since, until, actor, source, target, tuple(roots))
    with _open(db) as store:
        rows = [list(r) for r in counts_by_day(store, flt)]
    _emit(rows, ["day", "root", "events", "mentions"], fmt)


@query.command("top-actors")
@_db_option
@_filter_options
@click.option("--limit", type=click.IntRange(1, 10_000), default=10, show_default=True)
@_FMT
def query_top(db, since, until, actor, roots, limit, fmt) -> None:
    """The actors in most events (as source or target).

    \b
    Example:
      tidings query top-actors --since 2024-06-01 --limit 20
    """
    from tidings.store import EventFilter, top_actors

    flt = EventFilter(since, until, actor, roots=tuple(roots))
    with _open(db) as store:
        rows = [list(r) for r in top_actors(store, flt, limit)]
    _emit(rows, ["actor", "as_source", "as_target", "events"], fmt)
