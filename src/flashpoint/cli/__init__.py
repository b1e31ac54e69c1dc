"""Flashpoint cli stage."""
