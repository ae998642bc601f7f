"""Tests of the evidence vault."""
