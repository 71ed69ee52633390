"""Datelines: a static timeline site generator.

The package is named ``generator`` (the design card's folder); the
distribution and the console script are called ``datelines``.
"""

__version__ = "0.1.0"
