"""Vocabulary as data: word lists the extractors read, kept apart from logic."""
