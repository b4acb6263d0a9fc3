"""A typed helper around ``re2.Set``: one linear pass that says which of many patterns occur in a text."""

from __future__ import annotations

from typing import cast

import re2


def build(patterns: list[str], options: re2.Options | None = None) -> re2.Set:
    """Compile ``patterns`` into one search set; raises ``re2.error`` for a pattern RE2 cannot compile."""
    search_set = re2.Set.SearchSet(options if options is not None else re2.Options())
    for pattern in patterns:
        search_set.Add(pattern)
    search_set.Compile()
    return search_set


def matching(search_set: re2.Set, text: str) -> list[int]:
    """Indices of the patterns that occur in ``text`` (the binding returns ``None`` for none)."""
    found = cast("list[int] | None", search_set.Match(text))
    return found if found is not None else []
