"""The fuzzer: mutate each attack and report the detection rate per mutation type and what got through."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from infershield.core.engine import Engine
from infershield.core.types import Action, Message, Role
from infershield.eval.mutations import MUTATIONS, Variant
from infershield.eval.records import Record


@dataclass
class _Tally:
    n: int = 0
    detected: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "detected": self.detected, "rate": round(self.detected / self.n, 4) if self.n else None}


def _messages(variant: Variant) -> tuple[Message, ...]:
    parts = variant if isinstance(variant, list) else [variant]
    return tuple(Message(Role.USER, part) for part in parts)


def _blocked(engine: Engine, messages: tuple[Message, ...]) -> bool:
    """A split payload is sent as one conversation, as chat APIs do."""
    return engine.evaluate(messages).action is Action.BLOCK


def fuzz(engine: Engine, attacks: Sequence[Record], variants: int, *, seed: int = 1234,
         mutations: Sequence[str] | None = None, advance: Callable[[], None] | None = None,
         max_missed: int = 200) -> dict[str, Any]:
    """Mutate every attack ``variants`` times per mutation type; the JSON report of ``infershield fuzz``."""
    rng = random.Random(seed)
    names = list(mutations) if mutations is not None else list(MUTATIONS)
    original = _Tally()
    by_mutation = {name: _Tally() for name in names}
    missed: list[dict[str, Any]] = []
    for record in attacks:
        text = "\n".join(m.content for m in record.messages if m.content)
        original.n += 1
        original.detected += _blocked(engine, (Message(Role.USER, text),))
        for name in names:
            for _ in range(variants):
                variant = MUTATIONS[name](text, rng)
                detected = _blocked(engine, _messages(variant))
                tally = by_mutation[name]
                tally.n += 1
                tally.detected += detected
                if not detected and len(missed) < max_missed:
                    shown = variant if isinstance(variant, str) else " ⏎ ".join(variant)
                    missed.append({"id": record.id, "mutation": name, "variant": shown[:500]})
        if advance is not None:
            advance()
    total = _Tally(sum(t.n for t in by_mutation.values()), sum(t.detected for t in by_mutation.values()))
    return {"inputs": len(attacks), "variants_per_mutation": variants, "seed": seed,
            "original": original.as_dict(), "all_variants": total.as_dict(),
            "by_mutation": {name: tally.as_dict() for name, tally in by_mutation.items()}, "missed": missed}
