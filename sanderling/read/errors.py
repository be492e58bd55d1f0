"""The one error type readers report: which input, where in it, what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InputError:
    """A document that could not be read.

    Readers yield these instead of raising, so one bad document never stops
    the rest of a run; the CLI prints ``str(error)`` as one line on stderr.
    """

    path: str
    problem: str
    line: int | None = None
    row: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.row is not None:
            where += f" (row {self.row})"
        return f"{where}: {self.problem}"


class InputRejected(ValueError):
    """Raised by the single-document helpers when their input is unusable."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error
