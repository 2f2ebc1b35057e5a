"""Setting up the think tank: its name, period, targets and the six groups."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tankapp.domain import ExpertGroup, ThinkTank
from tankapp.domain.enums import DEFAULT_GROUPS
from tankapp.services.errors import NotFound, ValidationError, problem

DEFAULT_NAME = "Tænketank for brugerinddragelse"
DEFAULT_MONTHS = 15
DEFAULT_MEETING_TARGET = 18


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_period_end(start: dt.date, months: int = DEFAULT_MONTHS) -> dt.date:
    """The last day of a period of ``months`` months that begins on ``start``."""
    return add_months(start, months) - dt.timedelta(days=1)


@dataclass
class ThinkTankInput:
    name: str = DEFAULT_NAME
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    meeting_target: int = DEFAULT_MEETING_TARGET
    commitment_min: int = 2
    commitment_max: int = 4


def validate_think_tank(data: ThinkTankInput) -> list:
    problems = []
    if not (data.name or "").strip():
        problems.append(problem("name_required", "The think tank needs a name.", "name"))
    if data.period_start is None:
        problems.append(problem("start_required", "Choose when the project period starts.", "period_start"))
    elif data.period_end is not None and data.period_end <= data.period_start:
        problems.append(problem("end_before_start", "The period must end after it starts.", "period_end"))
    if not 1 <= data.meeting_target <= 1000:
        problems.append(
            problem("meeting_target_range", "The meeting target must be between 1 and 1000.", "meeting_target")
        )
    if not 0 <= data.commitment_min <= data.commitment_max:
        problems.append(
            problem("commitment_range", "The commitment range is invalid (minimum above maximum).", "commitment_min")
        )
    return problems


def get_think_tank(s: Session) -> ThinkTank | None:
    return s.scalars(select(ThinkTank).order_by(ThinkTank.id).limit(1)).first()


def require_think_tank(s: Session) -> ThinkTank:
    tank = get_think_tank(s)
    if tank is None:
        raise NotFound(problem("no_think_tank", "This database has no think tank set up yet."))
    return tank


def setup_think_tank(s: Session, data: ThinkTankInput, *, create_default_groups: bool = True) -> ThinkTank:
    """Create the think tank and the six expert groups with their Danish names."""
    if data.period_start is not None and data.period_end is None:
        data.period_end = default_period_end(data.period_start)
    problems = validate_think_tank(data)
    if problems:
        raise ValidationError(problems)
    if get_think_tank(s) is not None:
        raise ValidationError([problem("already_set_up", "This database already holds a think tank.")])
    tank = ThinkTank(
        name=data.name.strip(),
        period_start=data.period_start,
        period_end=data.period_end,
        meeting_target=data.meeting_target,
        commitment_min=data.commitment_min,
        commitment_max=data.commitment_max,
    )
    s.add(tank)
    if create_default_groups:
        existing = set(s.scalars(select(ExpertGroup.name)))
        for pos, (name, kind) in enumerate(DEFAULT_GROUPS):
            if name not in existing:
                s.add(ExpertGroup(name=name, actor_kind=kind, description="", position=pos))
    s.flush()
    return tank


def update_think_tank(s: Session, data: ThinkTankInput) -> ThinkTank:
    tank = require_think_tank(s)
    problems = validate_think_tank(data)
    if data.period_end is None:
        problems.append(problem("end_required", "Choose when the project period ends.", "period_end"))
    if problems:
        raise ValidationError(problems)
    tank.name = data.name.strip()
    tank.period_start = data.period_start
    tank.period_end = data.period_end
    tank.meeting_target = data.meeting_target
    tank.commitment_min = data.commitment_min
    tank.commitment_max = data.commitment_max
    s.flush()
    return tank
