"""The glossary: an A-Z of insurance words with search, a page per term, and its JSON API."""

from navigator.features.glossary import api, views

BLUEPRINTS = (views.bp, api.bp)
