"""Sharing between groups in the window: digests and questions."""
