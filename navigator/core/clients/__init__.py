"""HTTP clients for outside services; each returns dataclasses, never raw JSON."""
