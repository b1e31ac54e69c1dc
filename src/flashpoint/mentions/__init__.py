"""Flashpoint mentions stage."""
