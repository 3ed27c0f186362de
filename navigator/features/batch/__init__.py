"""Batch estimates (benefits.batch): a day's appointments in, what to collect today out."""

from navigator.features.batch import views

BLUEPRINTS = (views.bp,)
