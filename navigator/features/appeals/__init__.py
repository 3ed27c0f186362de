"""Denials, prior authorization and appeals (benefits.appeals, benefits.letters): /denied,
/prior-authorization, /appeal with its calendar and letters, and the deadlines API.
"""

from navigator.features.appeals import api, denied, prior_auth
from navigator.features.appeals.appeal import views as appeal

BLUEPRINTS = (denied.bp, prior_auth.bp, appeal.bp, api.bp)
