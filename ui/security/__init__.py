"""The window's side of the keys (issue 14): unlocking at start, what protects the database."""
