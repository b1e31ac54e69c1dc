"""Flashpoint places stage."""
