"""One package per tool people use. Each exposes BLUEPRINTS (pages, API and CLI commands)
and imports only `navigator.core`, the domain packages and itself, never another feature.
"""
