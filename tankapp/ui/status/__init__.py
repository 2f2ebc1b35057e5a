"""The Status section."""
