"""The think tank and its database file: which file the window shows (new, open, recent, the demo) and its settings."""
