"""The `infershield` command line."""
