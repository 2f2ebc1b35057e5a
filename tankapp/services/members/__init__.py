"""The member registry: members, expert groups, importing members from files."""
