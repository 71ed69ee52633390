"""Errors a user can act on.

A ``DatelinesError`` is printed as one line (or a list of ``path:line:col:``
lines) with no traceback; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One finding about an input file, located as precisely as we can."""

    path: Path | str
    line: int | None
    column: int | None
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {prefix}{self.message}"


class DatelinesError(Exception):
    """A failure caused by input or environment, reported without traceback."""

    exit_code = 1

    def __init__(self, message: str = "", problems: list[Problem] | None = None):
        self.problems: list[Problem] = list(problems or [])
        if not message and self.problems:
            message = "\n".join(str(p) for p in self.problems)
        super().__init__(message)
