"""Importers for dictionaries written for other event coders (PETRARCH, TABARI) into tidings' own models."""

__all__: list[str] = []
