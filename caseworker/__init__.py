"""Caseworker: the domain, its storage and services (no Qt here)."""

__version__ = "0.1.0"
