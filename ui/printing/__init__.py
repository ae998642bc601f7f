"""Paper: the printed case summary and its PDF."""
