"""Errors the services raise for people to read.

Each problem has a stable ``code`` (the GUI translates by code), the
``params`` to fill in, and an English ``message`` (the CLI prints it).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    params: dict = field(default_factory=dict)
    field: str | None = None

    def __str__(self) -> str:
        return self.message


class ServiceError(Exception):
    """A request that the data or rules refuse; the message is for a person."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem

    @property
    def code(self) -> str:
        return self.problem.code


class NotFound(ServiceError):
    pass


class ValidationError(ServiceError):
    """One or more fields are wrong; ``problems`` maps field name to its problem."""

    def __init__(self, problems: list[Problem]):
        super().__init__(problems[0])
        self.problems = problems

    @property
    def by_field(self) -> dict[str, Problem]:
        out: dict[str, Problem] = {}
        for p in self.problems:
            out.setdefault(p.field or "", p)
        return out

    def __str__(self) -> str:
        return "; ".join(p.message for p in self.problems)


def problem(code: str, message: str, field: str | None = None, **params) -> Problem:
    return Problem(code=code, message=message, params=params, field=field)
