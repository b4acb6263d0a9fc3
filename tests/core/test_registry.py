import importlib
import pkgutil

import pytest
from learned_models import word_model

import infershield.core.scanners as scanners_pkg
from infershield.core.policies.base import PolicyCheck
from infershield.core.policy import Policy
from infershield.core.registry import POLICIES, SCANNERS, Artifacts, build_policies, build_scanners
from infershield.core.scanners.base import RuleScanner, Scanner
from infershield.errors import RegistryError


def _all_subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    sub: type
    for sub in cls.__subclasses__():
        found.add(sub)
        found |= _all_subclasses(sub)
    return found


def _import_all_scanner_modules() -> None:
    for module in pkgutil.iter_modules(scanners_pkg.__path__):
        importlib.import_module(f"{scanners_pkg.__name__}.{module.name}")


def test_every_scanner_subclass_is_registered() -> None:
    _import_all_scanner_modules()
    concrete = {cls for cls in _all_subclasses(Scanner)
                if cls is not RuleScanner and cls.__module__.startswith(scanners_pkg.__name__)}
    registered = {type(s) for s in build_scanners(Policy(), Artifacts(learned=word_model({})))}
    assert concrete == registered


def test_registry_names_match_scanner_names() -> None:
    for name, scanner in zip(SCANNERS, build_scanners(Policy(), Artifacts(learned=word_model({}))), strict=True):
        assert scanner.name == name


def test_a_scanner_without_its_artifact_is_not_built() -> None:
    assert "learned" not in {s.name for s in build_scanners(Policy())}
    assert "learned" in {s.name for s in build_scanners(Policy(), Artifacts(learned=word_model({})))}


def test_every_policy_check_is_registered() -> None:
    checks = build_policies(Policy())
    shipped = {cls for cls in _all_subclasses(PolicyCheck) if cls.__module__.startswith("infershield.")}
    assert {type(c) for c in checks} == shipped
    assert [c.name for c in checks] == sorted(POLICIES, key=lambda n: next(c.priority for c in checks if c.name == n))


def test_rule_ids_are_unique_across_scanners() -> None:
    ids = [rule.id for s in build_scanners(Policy()) if isinstance(s, RuleScanner) for rule in s.rules()]
    assert len(ids) == len(set(ids))


def test_unknown_scanner_is_an_error() -> None:
    with pytest.raises(RegistryError, match="unknown scanner"):
        build_scanners(Policy(enabled_scanners=frozenset({"nope"})))
