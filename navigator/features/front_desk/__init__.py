"""The front desk (benefits.coding): session codes by length, the modifier and place guide,
the claim check, and their JSON API.
"""

from navigator.features.front_desk import api, views

BLUEPRINTS = (views.bp, api.bp)
