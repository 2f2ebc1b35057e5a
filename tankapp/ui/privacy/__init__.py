"""Members' rights (GDPR) in the window."""
