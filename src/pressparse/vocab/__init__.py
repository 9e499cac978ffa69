"""Vocabulary as data: words and names the extractors look for, kept apart from logic."""
