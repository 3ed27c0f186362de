"""Provider networks and negotiated rates: loading them and looking them up."""
