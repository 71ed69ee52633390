"""One module per command, as in MkDocs.

Each module exposes ``register(subparsers)`` which adds its sub-parser and
sets ``func`` to a callable taking the parsed arguments and returning the
process exit code.
"""
