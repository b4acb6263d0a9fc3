"""The app factory uvicorn imports in each worker process: settings come from ``INFERSHIELD_CONFIG``."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI

from infershield.config.gateway import load_settings
from infershield.http.app import create_app

CONFIG_ENV = "INFERSHIELD_CONFIG"


def app_from_environment() -> FastAPI:
    path = os.environ.get(CONFIG_ENV)
    return create_app(load_settings(Path(path) if path else None))
