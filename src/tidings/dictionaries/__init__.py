"""Dictionary sources: profiles that say which dictionaries a run uses, and importers for dictionaries
written for other event coders (PETRARCH, TABARI) into tidings' own actor and pattern models.

- ``profile``: the profile TOML file and ``--dictionaries`` directories;
- ``load``: loads a profile's files (cached per process) into one ``Dictionaries`` value;
- ``petrarch_actors``, ``petrarch_agents``, ``petrarch_discards``, ``petrarch_issues``: actor-side files;
- ``petrarch_verbs`` (reader) and ``petrarch_patterns`` (translation to tidings patterns): verb files;
- ``petr_adapter``: tidings' coder as PETRARCH's validation harness sees a coder.
"""

__all__: list[str] = []
