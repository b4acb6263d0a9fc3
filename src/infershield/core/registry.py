"""The ONE table of scanners and policy checks, by name.

Adding a scanner = one module in ``scanners/`` + one line here + one table-driven test.
A test asserts that every ``Scanner`` subclass appears in this table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from infershield.core.learned.model import LinearModel
from infershield.core.learned.second_opinion import SecondOpinion
from infershield.core.policies.base import PolicyCheck
from infershield.core.policies.cross_step import CrossStepPolicy
from infershield.core.policies.lists import DenyListPolicy
from infershield.core.policy import Policy
from infershield.core.scanners.base import Scanner
from infershield.core.scanners.exfiltration import ExfiltrationScanner
from infershield.core.scanners.indirect import IndirectInjectionScanner
from infershield.core.scanners.injection import PromptInjectionScanner
from infershield.core.scanners.jailbreak import JailbreakScanner
from infershield.core.scanners.learned import LearnedScanner
from infershield.core.scanners.obfuscation import EncodingScanner, InvisibleTextScanner
from infershield.core.scanners.pii import PiiScanner
from infershield.core.scanners.secrets import SecretScanner
from infershield.core.scanners.shell import ShellScanner
from infershield.core.scanners.sql import SqlScanner
from infershield.errors import RegistryError


@dataclass(frozen=True, slots=True)
class Artifacts:
    """Loaded things some scanners need and the pure core cannot load itself (``infershield.ml`` loads them).

    A scanner whose artifact is missing is simply not built.
    """

    learned: LinearModel | None = None
    second_opinion: SecondOpinion | None = None


ScannerFactory = Callable[[Policy, Artifacts], Scanner | None]
PolicyFactory = Callable[[Policy], PolicyCheck]

SCANNERS: Mapping[str, ScannerFactory] = MappingProxyType(
    {
        PromptInjectionScanner.name: lambda _policy, _artifacts: PromptInjectionScanner(),
        IndirectInjectionScanner.name: lambda _policy, _artifacts: IndirectInjectionScanner(),
        JailbreakScanner.name: lambda _policy, _artifacts: JailbreakScanner(),
        PiiScanner.name: lambda policy, _artifacts: PiiScanner(custom=policy.custom_pii),
        SecretScanner.name: lambda _policy, _artifacts: SecretScanner(),
        ExfiltrationScanner.name: lambda _policy, _artifacts: ExfiltrationScanner(),
        SqlScanner.name: lambda _policy, _artifacts: SqlScanner(),
        ShellScanner.name: lambda _policy, _artifacts: ShellScanner(),
        InvisibleTextScanner.name: lambda _policy, _artifacts: InvisibleTextScanner(),
        EncodingScanner.name: lambda _policy, _artifacts: EncodingScanner(),
        LearnedScanner.name: lambda policy, artifacts: (
            LearnedScanner(artifacts.learned, policy.learned_min_score, artifacts.second_opinion,
                           policy.learned_grey_zone) if artifacts.learned is not None else None
        ),
    }
)

POLICIES: Mapping[str, PolicyFactory] = MappingProxyType(
    {
        DenyListPolicy.name: DenyListPolicy.from_policy,
        CrossStepPolicy.name: CrossStepPolicy.from_policy,
    }
)


def build_scanners(policy: Policy, artifacts: Artifacts | None = None) -> tuple[Scanner, ...]:
    """Every enabled scanner whose artifacts are present, in registry order."""
    if policy.enabled_scanners is not None:
        unknown = sorted(policy.enabled_scanners - set(SCANNERS))
        if unknown:
            raise RegistryError(f"unknown scanner(s): {', '.join(unknown)}; known: {', '.join(SCANNERS)}")
    loaded = artifacts if artifacts is not None else Artifacts()
    built = (factory(policy, loaded) for name, factory in SCANNERS.items() if policy.scanner_enabled(name))
    return tuple(scanner for scanner in built if scanner is not None)


def build_policies(policy: Policy) -> tuple[PolicyCheck, ...]:
    """Every policy check, ordered by (priority, name) so evaluation is deterministic."""
    checks = [factory(policy) for factory in POLICIES.values()]
    return tuple(sorted(checks, key=lambda c: (c.priority, c.name)))
