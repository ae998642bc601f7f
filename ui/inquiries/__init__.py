"""The case view's Inquiries tab: the case's inquiries, the selected one's course, its steps."""
