"""The Groups section."""
