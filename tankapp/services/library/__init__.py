"""The knowledge library: presentations, their files and what each group has seen."""
