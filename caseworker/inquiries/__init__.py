"""Inquiries' deadline rules: pure functions over plain dates, no database."""
