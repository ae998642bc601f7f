"""Today: the work list screen, its printed form, and its count of overdue inquiries."""
