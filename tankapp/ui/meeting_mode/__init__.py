"""Meeting mode: the window a facilitator runs a meeting from."""
