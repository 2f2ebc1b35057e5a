"""The Knowledge section: the library of presentations and coverage by group."""
