"""Members' rights (GDPR): a copy of their data, anonymising, erasing."""
