"""The cost estimator (benefits.estimate): the form, the result, CSV, the printable sheet,
the session-code helper and POST /api/v1/estimate.
"""

from navigator.features.estimate import api, sheet, views

# sheet adds /estimate/sheet to the estimator's blueprint.
BLUEPRINTS = (views.bp, api.bp)
__all__ = ["BLUEPRINTS", "sheet"]
