"""Meeting mode: who came (attendance) while the meeting runs."""
