"""``python -m flashpoint`` runs the command line."""

from flashpoint.cli.app import main

main()
