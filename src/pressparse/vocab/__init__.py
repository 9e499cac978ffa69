"""Vocabulary as data: wire services, time-zone names, place words. No logic lives here."""
