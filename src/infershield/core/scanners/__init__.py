"""Scanner families, one per module. The registry (``infershield.core.registry``) lists them all."""
