"""Policy checks: deterministic functions of findings and session history that add findings."""
