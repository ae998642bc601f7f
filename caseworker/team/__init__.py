"""A team on one shared PostgreSQL server: roles and logins, changes, who is on a case."""
