"""The Meetings section: the list, planning a meeting, the agenda editor."""
