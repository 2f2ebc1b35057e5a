"""Sharing between groups: digests and questions."""
