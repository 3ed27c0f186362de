"""Is a therapist in network, at what rate (benefits.tic): the search page, clinic rosters,
the provider API, and the commands that load price files and Plan-Net directories.
"""

from navigator.features.network import api, cli, views

BLUEPRINTS = (views.bp, api.bp, cli.bp)
