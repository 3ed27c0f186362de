"""The benefits check (benefits.summary): typed in, a sample plan, or a 271; a plain summary
with parity flags; POST /api/v1/eligibility/271 and `flask explain-271`.
"""

from navigator.features.benefits_check import api, cli, views

BLUEPRINTS = (views.bp, api.bp, cli.bp)
