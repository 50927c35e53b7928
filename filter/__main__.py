"""``python -m filter`` runs the command-line interface."""

from .cli import main

main()
