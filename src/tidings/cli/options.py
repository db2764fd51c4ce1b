"""Option helpers shared by the command modules."""

from __future__ import annotations

import datetime as dt

import click

__all__ = ["parse_date"]


def parse_date(ctx, param, value):
    """click callback: a ``YYYY-MM-DD`` option value as a date (None stays None)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None
