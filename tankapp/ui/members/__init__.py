"""The Members section: the list, the member dialog, importing members."""
