"""Flashpoint events stage."""
