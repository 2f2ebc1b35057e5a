"""Setting up the think tank: its name, period, targets and the six groups."""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import ExpertGroup, Meeting, ThinkTank
from tankapp.domain.danish import short_date
from tankapp.domain.enums import DEFAULT_GROUPS
from tankapp.services.errors import NotFound, ValidationError, problem

DEFAULT_NAME = "Tænketank for brugerinddragelse"
DEFAULT_MONTHS = 15
DEFAULT_MEETING_TARGET = 18
NAME_MAX = 200  # the column's length; a title bar and a PDF header show it whole
MEETING_TARGET_MAX = 1000
COMMITMENT_MAX = 100  # meetings one member commits to (the real think tank: 2 to 4)


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


def _name_problem(name: str | None):
    text = (name or "").strip()
    if not text:
        return problem("think_tank_name_required", "The think tank needs a name.", "name")
    if len(text) > NAME_MAX:
        return problem(
            "think_tank_name_too_long", f"The name is too long (at most {NAME_MAX} characters).", "name", max=NAME_MAX
        )
    # Line breaks, control and direction-changing characters would garble the title bar and every PDF.
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text):
        return problem(
            "think_tank_name_invalid",
            "The name holds a line break or an invisible control character; type it on one line.",
            "name",
        )
    return None


def validate_think_tank(data: ThinkTankInput) -> list:
    problems = []
    name_problem = _name_problem(data.name)
    if name_problem is not None:
        problems.append(name_problem)
    if data.period_start is None:
        problems.append(problem("start_required", "Choose when the project period starts.", "period_start"))
    elif data.period_end is not None and data.period_end <= data.period_start:
        problems.append(problem("end_before_start", "The period must end after it starts.", "period_end"))
    if not 1 <= data.meeting_target <= MEETING_TARGET_MAX:
        problems.append(
            problem("meeting_target_range", "The meeting target must be between 1 and 1000.", "meeting_target")
        )
    if not 0 <= data.commitment_min <= data.commitment_max:
        problems.append(
            problem("commitment_range", "The commitment range is invalid (minimum above maximum).", "commitment_min")
        )
    elif data.commitment_max > COMMITMENT_MAX:
        problems.append(
            problem(
                "commitment_max_range",
                f"A member can commit to at most {COMMITMENT_MAX} meetings.",
                "commitment_max",
                max=COMMITMENT_MAX,
            )
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


def settings_of(s: Session) -> ThinkTankInput:
    """The think tank's name, period and targets as they are now (to edit, or to undo an edit)."""
    tank = require_think_tank(s)
    return ThinkTankInput(
        name=tank.name,
        period_start=tank.period_start,
        period_end=tank.period_end,
        meeting_target=tank.meeting_target,
        commitment_min=tank.commitment_min,
        commitment_max=tank.commitment_max,
    )


def _meetings_outside(s: Session, data: ThinkTankInput) -> list:
    """A period that would leave meetings outside it is refused: the meetings' dates were checked against it."""
    problems = []
    if data.period_start is not None:
        before = s.execute(
            select(func.count(Meeting.id), func.min(Meeting.date)).where(Meeting.date < data.period_start)
        ).one()
        if before[0]:
            problems.append(
                problem(
                    "period_start_after_meetings",
                    f"{before[0]} meeting(s) lie before {short_date(data.period_start)}, the first on "
                    f"{short_date(before[1])}. Start the period on that day or earlier, or move those meetings first.",
                    "period_start",
                    count=before[0],
                    date=short_date(before[1]),
                )
            )
    if data.period_end is not None:
        after = s.execute(
            select(func.count(Meeting.id), func.max(Meeting.date)).where(Meeting.date > data.period_end)
        ).one()
        if after[0]:
            problems.append(
                problem(
                    "period_end_before_meetings",
                    f"{after[0]} meeting(s) lie after {short_date(data.period_end)}, the last on "
                    f"{short_date(after[1])}. End the period on that day or later, or move those meetings first.",
                    "period_end",
                    count=after[0],
                    date=short_date(after[1]),
                )
            )
    return problems


def check_update(s: Session, data: ThinkTankInput) -> None:
    """Refuse settings that are wrong in themselves, or that would leave meetings outside the period."""
    require_think_tank(s)
    problems = validate_think_tank(data)
    if data.period_end is None:
        problems.append(problem("end_required", "Choose when the project period ends.", "period_end"))
    if not any(p.field in ("period_start", "period_end") for p in problems):
        problems.extend(_meetings_outside(s, data))
    if problems:
        raise ValidationError(problems)


def update_think_tank(s: Session, data: ThinkTankInput) -> ThinkTank:
    """Change the name, period and targets (see :func:`check_update` for what is refused)."""
    check_update(s, data)
    tank = require_think_tank(s)
    tank.name = data.name.strip()
    tank.period_start = data.period_start
    tank.period_end = data.period_end
    tank.meeting_target = data.meeting_target
    tank.commitment_min = data.commitment_min
    tank.commitment_max = data.commitment_max
    s.flush()
    return tank
