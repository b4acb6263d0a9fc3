"""InferShield: a security gateway for LLM traffic (library entry points)."""

from infershield.core.engine import Engine as Engine
from infershield.core.policy import Policy as Policy
from infershield.core.types import Action as Action
from infershield.core.types import Finding as Finding
from infershield.core.types import Message as Message
from infershield.core.types import Role as Role
from infershield.core.types import SessionEvent as SessionEvent
from infershield.core.types import Span as Span
from infershield.core.types import ToolCall as ToolCall
from infershield.core.types import Verdict as Verdict
from infershield.errors import InfershieldError as InfershieldError
from infershield.ml.engine import build_engine as build_engine

__version__ = "0.1.0"
