"""A team on one shared server: who is on a case, colleagues' changes, assigning cases."""
