"""Flashpoint pipeline stage."""
