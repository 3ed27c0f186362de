"""The home page (organised by the jobs people come with), information pages, health check."""

from navigator.features.pages import views

BLUEPRINTS = (views.bp,)
