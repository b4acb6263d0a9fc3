"""The one error tree of InferShield.

Every exception the package raises on purpose derives from :class:`InfershieldError`.
Foreign exceptions are translated at the boundary (``raise X from exc``)::

    InfershieldError
    ├── ConfigError             a settings or policy file is invalid (carries every problem found)
    ├── InputError              caller input cannot be processed
    │   ├── InputTooLargeError  text longer than the configured limit
    │   └── MalformedInputError a record or message has the wrong shape
    ├── RegistryError           an unknown or duplicate scanner / policy name
    ├── AccessError             the caller may not do this
    │   ├── AuthenticationError missing, malformed, expired or wrongly signed credentials
    │   └── PermissionDeniedError valid credentials without the needed role
    ├── BackendUnavailableError a shared backend (Redis, database) failed or timed out
    └── StorageError            the database refused or failed an operation
        ├── NotFoundError       a tenant, API key or record does not exist
        └── ConflictError       a unique name is taken, or the record's state forbids the change
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class InfershieldError(Exception):
    """Base of every error InferShield raises on purpose."""


@dataclass(frozen=True)
class ConfigProblem:
    """One problem in a configuration file: where it is and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ConfigError(InfershieldError):
    """A configuration or policy file is invalid. ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[ConfigProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems) or "invalid configuration")


class InputError(InfershieldError):
    """Caller input that cannot be processed."""


class InputTooLargeError(InputError):
    """The text exceeds the configured maximum length."""

    def __init__(self, length: int, limit: int) -> None:
        self.length = length
        self.limit = limit
        super().__init__(f"input is {length} characters; the limit is {limit}")


class MalformedInputError(InputError):
    """A record or message does not have the expected shape."""


class RegistryError(InfershieldError):
    """A scanner or policy name is unknown or registered twice."""


class AccessError(InfershieldError):
    """The caller may not do this (see the two subclasses)."""


class AuthenticationError(AccessError):
    """Credentials are missing, malformed, expired or not signed by a trusted key (HTTP 401)."""


class PermissionDeniedError(AccessError):
    """The credentials are valid but do not grant the needed permission (HTTP 403)."""


class BackendUnavailableError(InfershieldError):
    """A shared backend (Redis, a database) could not be reached or did not answer in time."""


class StorageError(InfershieldError):
    """The database refused or failed an operation (unreachable databases raise BackendUnavailableError)."""


class NotFoundError(StorageError):
    """A tenant, API key or record does not exist."""


class ConflictError(StorageError):
    """A unique name is already taken, or the record's state forbids the change (e.g. rotating a revoked key)."""
