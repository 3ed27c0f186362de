"""Good Faith Estimates (benefits.gfe): build one (page and PDF) and check a bill against it."""

from navigator.features.gfe import views

BLUEPRINTS = (views.bp,)
