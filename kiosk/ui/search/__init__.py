"""Search as the visitor types."""
