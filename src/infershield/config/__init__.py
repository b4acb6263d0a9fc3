"""Validated configuration: policy files and gateway settings (YAML, with ``${ENV}`` references)."""

from infershield.config.gateway import GatewaySettings as GatewaySettings
from infershield.config.gateway import load_settings as load_settings
from infershield.config.policy import load_policy as load_policy
from infershield.config.policy import policy_from_mapping as policy_from_mapping
