"""Importers for dictionaries written for other event coders (PETRARCH, TABARI)."""

__all__: list[str] = []
