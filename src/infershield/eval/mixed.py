"""Mixed traffic: N requests sampled from labelled records at a chosen attack ratio.

Attacks are sampled with replacement and, half of the time, passed through a random fuzzer mutation, so a
10,000-request run is not the same few hundred texts over and over. Seeded: the same arguments give the
same traffic.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from infershield.core.types import Message, Role
from infershield.errors import InputError
from infershield.eval.mutations import MUTATIONS
from infershield.eval.records import Record

_UNMUTATED = ("pii", "secret")


def mix(records: Sequence[Record], n: int, attack_ratio: float, *, seed: int = 7) -> list[Record]:
    """``n`` records, ``attack_ratio`` of them attacks (rounded), shuffled."""
    if not 0.0 <= attack_ratio <= 1.0:
        raise InputError("--attack-ratio must be between 0 and 1")
    attacks = [r for r in records if r.label == "attack"]
    benign = [r for r in records if r.label == "benign"]
    n_attacks = round(n * attack_ratio)
    if (n_attacks and not attacks) or (n - n_attacks and not benign):
        raise InputError("mixed traffic needs both attack and benign records in the inputs")
    rng = random.Random(seed)
    mutations = sorted(MUTATIONS)
    out: list[Record] = []
    for i in range(n_attacks):
        record = rng.choice(attacks)
        if rng.random() < 0.5 and not record.category.startswith(_UNMUTATED) and len(record.messages) == 1:
            name = rng.choice(mutations)
            variant = MUTATIONS[name](record.messages[0].content, rng)
            parts = variant if isinstance(variant, list) else [variant]
            record = replace(record, id=f"{record.id}~{name}~{i}",
                             messages=tuple(Message(Role.USER, p) for p in parts), entities=())
        out.append(record)
    out.extend(rng.choice(benign) for _ in range(n - n_attacks))
    rng.shuffle(out)
    return out
