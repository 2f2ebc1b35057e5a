"""The fictional demo think tank: its data (data.py) and how it is put in a database (build.py)."""
