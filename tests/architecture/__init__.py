"""Checks of the project's shape, run by tests/test_architecture.py."""
