"""A fictional demo think tank that a newcomer can try at once (``tankapp demo``).

Everything here is invented: the people do not exist, the e-mail addresses are
on ``example.dk`` / ``example.org`` (reserved, never delivered), and the
organisations are only the kind of place such people work. The tables below are
also the documentation of what the demo shows:

* the think tank "Tænketank for brugerinddragelse (demo)" with a 15-month
  period that began about five months before today and a target of 18
  meetings, set up through :func:`thinktank.setup_think_tank` (six groups);
* per group 10-20 active members (:data:`GROUP_SIZES`, all inside the target
  range, so no size warning) and in some groups one or two withdrawn members,
  all added through :func:`members.add_member` so every rule applies;
* mostly Danish names (æ, ø, å and the old "aa"), and names from the many
  languages spoken in Denmark (:data:`INTERNATIONAL_NAMES`);
* about 70 % have agreed to be named, most may be contacted;
* six meetings (:data:`MEETINGS`): some held, some planned, one joint meeting,
  each facilitated by the (fictional) ViBIS secretariat (:data:`FACILITATION`);
* a small knowledge library (:data:`PRESENTATIONS`): six knowledge presentations
  (*vidensoplæg*) with presenter, summary, source, the kinds of involvement and
  the criteria (Rammer, Proces, Anvendelse) they speak to, and tags; no files
  (attachments would live in the data folder, and the demo only fills the
  database), created through :func:`library.create_presentation`;
* a full agenda for every meeting: the built-in template for its format
  (:func:`agenda.apply_template`), the facilitator on the welcome and the
  evaluation, and the knowledge presentation linked to one or two library
  presentations (:data:`FACILITATION`). The links are chosen so the coverage
  differs: one presentation has been shown to four groups, some to one or two,
  one only sits on a planned meeting's agenda, and one is on no agenda yet.
* what happened at the held meetings (:data:`HELD_MEETINGS`), all through the
  attendance and minutes services so every rule applies: attendance
  (*fremmøde*) for every invited member (most present, a few late with an
  arrival time, some *afbud*, one or two absent, one who left early), the
  knowledge presenter as a guest where an outside presenter came, an observer
  from the steering committee at the joint meeting, notes on the main agenda
  items in Danish (one with "&" and "<", which the PDF writers must print as
  typed), one or two decisions and a few action items per meeting. Action owners
  are members who agreed to be named, members who did not (so exports must
  leave their names out), one guest, or nobody; the *spredning* tasks are
  marked dissemination; some are done, and the Brugere's opening meeting leaves
  open ones that the group's next meeting shows as follow-ups. The item timers
  ran through the agenda (:func:`minutes.go_to_item` with explicit times, a few
  minutes over or under the plan, then :func:`minutes.stop_clock`), and the
  minutes of :data:`APPROVED_MEETING` are approved (locked).
* knowledge contributions (*vidensbidrag*, :data:`KNOWLEDGE_CONTRIBUTIONS`,
  28 of them) from the held meetings' groups, each under its meeting's round of
  contributions, created through :func:`contributions.create_contribution`:
  every kind (fremmer, barriere, eksempel, videnshul/behov), every kind of
  involvement in every criterion of the matrix (Rammer, Proces, Anvendelse),
  regions, municipalities and across sectors, and three not yet classified (no
  kind of involvement, or no criterion). Some come from a member who agreed to
  be named, some from one who did not (exports must leave that name out), the
  rest from nobody in particular; some are drafts, some reviewed, and some of
  the early meetings' were sent to ViBIS two or three weeks after the meeting
  (:func:`contributions.set_status` with that day).
* the members' self-evaluation (:func:`tankapp.services.evaluation.demo.add_demo_evaluation`):
  a baseline round at the start of the period and an end round that closes
  today, answered by most members (on paper or in the kiosk), declined by a few;
  the own-knowledge ratings rise for most, free text on promoters and barriers
  for about half, a few interview notes, and one group
  (:data:`tankapp.services.evaluation.demo.SMALL_GROUP`) with fewer end answers
  than the results need to show figures.
* the steering committee (*styregruppe*, :data:`STEERING_MEMBERS`): seven
  representatives of regions, municipalities and the partners, two of whom have
  not agreed to be named, and three meetings (:data:`STEERING_MEETINGS`), each
  opening with the status report; the first is held, with attendance, notes,
  decisions and actions (:data:`STEERING_HELD`; one action owned by a member
  who may not be named). It is made last, from its own seed, so the expert
  groups' data is the same with it; it counts toward none of their figures.

The data is deterministic: :class:`random.Random` with fixed seeds (one for
the people, one for what happened at the meetings), so two runs with the same
``today`` give the same people, dates, meetings, attendance and minutes.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import Meeting, Member, Presentation, ThinkTank
from tankapp.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    MeetingStatus,
    Sector,
)
from tankapp.services import thinktank
from tankapp.services.meetings import agenda
from tankapp.services.meeting_mode import attendance
from tankapp.services.contributions import register as contributions
from tankapp.services.members import groups
from tankapp.services.library import presentations as library
from tankapp.services.meetings import planning as meetings
from tankapp.services.members import registry as members
from tankapp.services.meetings import minutes
from tankapp.services.errors import ServiceError, problem
from tankapp.services.evaluation import demo as evaluation_demo

from tankapp.demo.data import (
    APPROVED_AFTER_DAYS,
    APPROVED_MEETING,
    COPENHAGEN,
    CRITERIA_NOTES,
    DANISH_FIRST_NAMES,
    DANISH_LAST_NAMES,
    DEMO_MEETING_TARGET,
    DEMO_MONTHS,
    DEMO_NAME,
    EXCUSED_NOTES,
    FACILITATION,
    FEATURED_NAMES,
    GROUP_SIZES,
    GUEST,
    HELD_MEETINGS,
    HeldMeeting,
    INTERNATIONAL_NAMES,
    JOB_TITLES,
    JONAS,
    KAREN,
    KNOWLEDGE_CONTRIBUTIONS,
    LATE_NOTES,
    LEFT_EARLY_NOTES,
    MEETINGS,
    MEETING_SEED,
    MONTHS_BEFORE_TODAY,
    MUNICIPALITY_REGION,
    NAMED,
    ORGANISATIONS,
    PLACES,
    PRESENTATIONS,
    RECRUITMENT,
    REVIEWED,
    SEED,
    SENT,
    STEERING_HELD,
    STEERING_ITEMS,
    STEERING_MEETINGS,
    STEERING_MEMBERS,
    STEERING_SEED,
    TEMPLATES,
    UNNAMED,
    VIBIS_NETWORK,
    WITHDRAWN_NOTES,
)

# ------------------------------------------------------------------ helpers

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue",
                        "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "'": "", "’": ""})


def email_local_part(name: str) -> str:
    """``"Søren Østergaard"`` -> ``"soeren.oestergaard"`` (ASCII, dots between name parts)."""
    text = name.casefold().translate(_ASCII)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return ".".join(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text))


def _weekday(day: dt.date) -> dt.date:
    """Move a Saturday or Sunday to the Monday after."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def _phone(rng: random.Random) -> str:
    return "+45 " + " ".join(f"{n:02d}" for n in [rng.randint(20, 99)] + [rng.randint(0, 99) for _ in range(3)])


def _names(rng: random.Random, count: int) -> list[str]:
    names = FEATURED_NAMES + INTERNATIONAL_NAMES
    seen = set(names)
    while len(names) < count:
        name = f"{rng.choice(DANISH_FIRST_NAMES)} {rng.choice(DANISH_LAST_NAMES)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    rng.shuffle(names)
    return names


def _is_empty(s: Session) -> bool:
    return (
        thinktank.get_think_tank(s) is None
        and not s.scalar(select(func.count(Member.id)))
        and not s.scalar(select(func.count(Meeting.id)))
        and not s.scalar(select(func.count(Presentation.id)))
    )


# ------------------------------------------------------------------ the demo


def create_demo(s: Session, today: dt.date | None = None) -> ThinkTank:
    """Fill an empty database with the demo think tank; refuse one that holds data."""
    if not _is_empty(s):
        raise ServiceError(
            problem("demo_needs_empty_db", "This database already holds a think tank; the demo needs a new, empty database.")
        )
    today = today or dt.date.today()
    rng = random.Random(SEED)
    start = thinktank.add_months(today, -MONTHS_BEFORE_TODAY).replace(day=1)
    tank = thinktank.setup_think_tank(
        s,
        thinktank.ThinkTankInput(
            name=DEMO_NAME,
            period_start=start,
            period_end=thinktank.default_period_end(start, DEMO_MONTHS),
            meeting_target=DEMO_MEETING_TARGET,
        ),
    )

    by_name = {g.name: g for g in groups.list_groups(s)}
    total = sum(active + withdrawn for _, active, withdrawn in GROUP_SIZES.values())
    names = _names(rng, total)
    used_emails: set[str] = set()

    for group_name, (description, active, withdrawn) in GROUP_SIZES.items():
        g = by_name[group_name]
        groups.update_group(
            s, g.id, groups.GroupInput(g.name, g.actor_kind, description, g.min_size, g.max_size)
        )
        engaged_notes, agent_notes = CRITERIA_NOTES[group_name]
        for i in range(active + withdrawn):
            name = names.pop()
            organisation, sector, municipality = rng.choice(ORGANISATIONS[group_name])
            via, via_note = VIBIS_NETWORK if rng.random() < 0.15 else RECRUITMENT[sector]
            joined = start + dt.timedelta(days=rng.randint(-30, 45))
            local = email_local_part(name)
            domain = "example.org" if sector in (Sector.PATIENT_ORGANISATION, Sector.OTHER) else "example.dk"
            email, n = f"{local}@{domain}", 2
            while email in used_emails:
                email, n = f"{local}{n}@{domain}", n + 1
            used_emails.add(email)
            named = rng.random() < 0.7
            contact = rng.random() < 0.9
            change_agent = rng.random() < 0.9
            withdrawn_on = None
            if i >= active:
                withdrawn_on = joined + dt.timedelta(days=rng.randint(30, (today - joined).days - 1))
            members.add_member(
                s,
                members.MemberInput(
                    name=name,
                    group_id=g.id,
                    email=email,
                    phone=_phone(rng),
                    organisation=organisation,
                    job_title=rng.choice(JOB_TITLES.get((group_name, sector)) or JOB_TITLES[group_name, None]),
                    sector=sector,
                    region=MUNICIPALITY_REGION[municipality],
                    municipality=municipality,
                    recruited_via=via,
                    recruited_via_note=via_note,
                    criterion_engaged=True,
                    criterion_engaged_note=rng.choice(engaged_notes),
                    criterion_change_agent=change_agent,
                    criterion_change_agent_note=rng.choice(agent_notes) if change_agent else "Afklares ved første møde",
                    consent_named=named,
                    consent_named_on=joined if named else None,
                    consent_contact=contact,
                    consent_contact_on=joined if contact else None,
                    joined_on=joined,
                    withdrawn_on=withdrawn_on,
                    notes=rng.choice(WITHDRAWN_NOTES) if withdrawn_on else "",
                ),
            )

    meeting_ids: dict[str, tuple[int, dt.date]] = {}
    for days, title, fmt, begin, end, place, group_names in MEETINGS:
        day = _weekday(today + dt.timedelta(days=days))
        facilitators, _ = FACILITATION[title]
        meeting = meetings.create_meeting(
            s,
            meetings.MeetingInput(
                title=title,
                date=day,
                start=_time(begin),
                end=_time(end),
                format=fmt,
                place=PLACES[place],
                facilitators=", ".join(facilitators),
                status=MeetingStatus.HELD if day < today else MeetingStatus.PLANNED,
                group_ids=[by_name[n].id for n in group_names],
            ),
        )
        meeting_ids[title] = (meeting.id, day)

    presentation_ids = _create_library(s, today, meeting_ids)
    for title, (meeting_id, _day) in meeting_ids.items():
        _fill_agenda(s, meeting_id, title, presentation_ids)
    meeting_rng = random.Random(MEETING_SEED)
    for title, (meeting_id, day) in meeting_ids.items():
        if day < today and title in HELD_MEETINGS:
            _hold_meeting(s, meeting_id, HELD_MEETINGS[title], meeting_rng)
    _add_contributions(s, today, meeting_ids)
    approved_id, approved_day = meeting_ids[APPROVED_MEETING]
    if approved_day < today:
        minutes.approve_minutes(s, approved_id, on=min(approved_day + dt.timedelta(days=APPROVED_AFTER_DAYS), today))
    evaluation_demo.add_demo_evaluation(s, today)
    _add_steering_committee(s, today, start)
    s.flush()
    return tank


def _add_steering_committee(s: Session, today: dt.date, start: dt.date) -> None:
    """The steering committee, its members and its meetings (:data:`STEERING_MEETINGS`), the first one held."""
    rng = random.Random(STEERING_SEED)
    committee = groups.create_steering_committee(s)
    for name, organisation, job_title, sector, municipality, named in STEERING_MEMBERS:
        local, n = email_local_part(name), 2
        email = f"{local}@example.dk"
        while members.email_owner(s, email) is not None:
            email, n = f"{local}{n}@example.dk", n + 1
        joined = start - dt.timedelta(days=rng.randint(10, 40))
        members.add_member(
            s,
            members.MemberInput(
                name=name,
                group_id=committee.id,
                email=email,
                phone=_phone(rng),
                organisation=organisation,
                job_title=job_title,
                sector=sector,
                region=MUNICIPALITY_REGION.get(municipality),
                municipality=municipality,
                recruited_via=RECRUITMENT[sector][0],
                recruited_via_note=RECRUITMENT[sector][1].replace("Foreslået", "Udpeget"),
                consent_named=named,
                consent_named_on=joined if named else None,
                consent_contact=True,
                consent_contact_on=joined,
                joined_on=joined,
            ),
        )
    host = KAREN.split(" (")[0]
    for days, title, fmt, begin, end, place in STEERING_MEETINGS:
        day = _weekday(today + dt.timedelta(days=days))
        meeting = meetings.create_meeting(
            s,
            meetings.MeetingInput(
                title=title,
                date=day,
                start=_time(begin),
                end=_time(end),
                format=fmt,
                place=PLACES[place],
                facilitators=", ".join((KAREN, JONAS)),
                status=MeetingStatus.HELD if day < today else MeetingStatus.PLANNED,
                group_ids=[committee.id],
            ),
        )  # the status report is its first item
        report = next(i for i in meeting.agenda if i.kind == AgendaItemKind.STATUS_REPORT)
        data = agenda.ItemInput.from_item(report)
        data.presenter = host
        agenda.update_item(s, report.id, data)
        agenda.add_items(s, meeting.id, [agenda.ItemInput(t, kind, minutes_) for t, kind, minutes_ in STEERING_ITEMS])
        if day < today and title in STEERING_HELD:
            _hold_meeting(s, meeting.id, STEERING_HELD[title], rng)
            minutes.approve_minutes(s, meeting.id, on=min(day + dt.timedelta(days=APPROVED_AFTER_DAYS), today))


def _create_library(s: Session, today: dt.date, meeting_ids: dict[str, tuple[int, dt.date]]) -> dict[str, int]:
    """The presentations of :data:`PRESENTATIONS`; key -> id."""
    first_shown: dict[str, dt.date] = {}
    for title, (_facilitators, keys) in FACILITATION.items():
        day = meeting_ids[title][1]
        for key in keys:
            first_shown[key] = min(first_shown.get(key, day), day)
    ids = {}
    for key, (title, presenter, days, summary, source, involvement, criteria, tags) in PRESENTATIONS.items():
        presented_on = first_shown.get(key) if days is None else _weekday(today + dt.timedelta(days=days))
        p = library.create_presentation(
            s,
            library.PresentationInput(
                title=title,
                presenter=presenter,
                presented_on=presented_on,
                summary=summary,
                source=source,
                involvement=set(involvement),
                criteria=set(criteria),
                tags=list(tags),
            ),
        )
        ids[key] = p.id
    return ids


def _fill_agenda(s: Session, meeting_id: int, title: str, presentation_ids: dict[str, int]) -> None:
    """The built-in template for the meeting's format, with presenters and linked presentations."""
    facilitators, keys = FACILITATION[title]
    meeting = s.get(Meeting, meeting_id)
    host = facilitators[0].split(" (")[0]  # "Karen Friis (ViBIS)" -> "Karen Friis"
    # "Hanne Vinther, Syddansk Universitet" -> "Hanne Vinther" in the agenda's narrow column
    presenters = list(dict.fromkeys(PRESENTATIONS[k][1].split(",")[0] for k in keys))
    for item in agenda.apply_template(s, meeting_id, TEMPLATES[meeting.format]):
        data = agenda.ItemInput.from_item(item)
        if item.kind in (AgendaItemKind.WELCOME, AgendaItemKind.EVALUATION):
            data.presenter = host
        elif item.kind == AgendaItemKind.KNOWLEDGE_PRESENTATION:
            data.presenter = " og ".join(presenters)
            data.presentation_ids = [presentation_ids[k] for k in keys]
        else:
            continue
        agenda.update_item(s, item.id, data)


def _hold_meeting(s: Session, meeting_id: int, held: HeldMeeting, rng: random.Random) -> None:
    """Attendance, guests, the item timers, notes, decisions and actions of one held meeting."""
    meeting = s.get(Meeting, meeting_id)
    day, start, end = meeting.date, meeting.start, meeting.end

    # attendance: every invited member gets a state
    invited = attendance.attendance(s, meeting_id).rows
    order = list(invited)
    rng.shuffle(order)
    plan = (
        [AttendanceStatus.EXCUSED] * held.excused
        + [AttendanceStatus.ABSENT] * held.absent
        + [AttendanceStatus.LATE] * held.late
        + [AttendanceStatus.LEFT_EARLY] * held.left_early
    )
    plan += [AttendanceStatus.PRESENT] * (len(order) - len(plan))
    for row, status in zip(order, plan):
        at, note = None, ""
        if status == AttendanceStatus.LATE:
            at = _clock(day, start, rng.randint(10, 40))
            note = rng.choice(LATE_NOTES)
        elif status == AttendanceStatus.LEFT_EARLY:
            at = _clock(day, end, -rng.randint(45, 90))
            note = rng.choice(LEFT_EARLY_NOTES)
        elif status == AttendanceStatus.EXCUSED:
            note = rng.choice(EXCUSED_NOTES)
        attendance.set_attendance(s, meeting_id, row.member_id, status, at=at, note=note)
    guest_ids = [attendance.add_guest(s, meeting_id, *g).id for g in held.guests]

    # the item timers: each item runs its planned time, a few minutes over or under
    items = sorted(meeting.agenda, key=lambda i: i.position)
    now = dt.datetime.combine(day, start, tzinfo=COPENHAGEN).astimezone(dt.timezone.utc)
    for item in items:
        minutes.go_to_item(s, meeting_id, item.position, now=now)
        now += dt.timedelta(minutes=item.planned_minutes + rng.randint(-4, 8), seconds=rng.randint(0, 59))
    minutes.stop_clock(s, meeting_id, now=now)

    # notes, decisions, actions
    by_title = {}
    for item in items:
        by_title.setdefault(item.title, item)
    for title, text in held.notes.items():
        minutes.set_notes(s, by_title[title].id, text)
    for title, texts in held.decisions.items():
        for text in texts:
            minutes.add_decision(s, by_title[title].id, text)
    came = [r for r, status in zip(order, plan) if status.attended]
    owners = {
        NAMED: [r.member_id for r in came if r.consent_named],
        UNNAMED: [r.member_id for r in came if not r.consent_named],
    }
    for action in held.actions:
        data = minutes.ActionInput(
            text=action.text,
            due_on=day + dt.timedelta(days=action.due_days),
            dissemination=action.dissemination,
        )
        if action.owner == GUEST:
            data.owner_guest_id = guest_ids[0]
        elif action.owner is not None:
            pool = owners[action.owner] or owners[NAMED] or owners[UNNAMED]
            data.owner_member_id = pool.pop(0) if len(pool) > 1 else pool[0]
        row = minutes.add_action(s, by_title[action.item].id, data)
        if action.done:
            minutes.set_action_status(s, row.id, ActionStatus.DONE)


def _add_contributions(s: Session, today: dt.date, meeting_ids: dict[str, tuple[int, dt.date]]) -> None:
    """:data:`KNOWLEDGE_CONTRIBUTIONS`, from the members who came, under the meeting's contributions round."""
    by_name = {g.name: g.id for g in groups.list_groups(s)}
    pools: dict[tuple[str, str, str], list[int]] = {}
    for title, (meeting_id, day) in meeting_ids.items():
        if day >= today or title not in HELD_MEETINGS:
            continue
        for r in attendance.attendance(s, meeting_id).rows:
            if r.attended:
                pools.setdefault((title, r.group, NAMED if r.consent_named else UNNAMED), []).append(r.member_id)
    used: dict[tuple[str, str, str], int] = {}
    for c in KNOWLEDGE_CONTRIBUTIONS:
        meeting_id, day = meeting_ids[c.meeting]
        if day >= today:
            continue
        meeting = s.get(Meeting, meeting_id)
        item = next((i for i in meeting.agenda if i.kind == AgendaItemKind.CONTRIBUTIONS_ROUND), None)
        member_id = None
        if c.member is not None:
            key = (c.meeting, c.group, c.member)
            pool = pools.get(key, [])
            if pool:  # a different member each time, round the pool
                member_id = pool[used.get(key, 0) % len(pool)]
                used[key] = used.get(key, 0) + 1
        row = contributions.create_contribution(
            s,
            contributions.ContributionInput(
                title=c.title,
                text=c.text,
                kind=c.kind,
                involvement=c.involvement,
                criteria=set(c.criteria),
                setting=c.setting,
                group_id=by_name[c.group],
                meeting_id=meeting_id,
                agenda_item_id=item.id if item else None,
                member_id=member_id,
                status=REVIEWED if c.status == SENT else c.status,
            ),
        )
        if c.status == SENT:  # with the day it went, not today
            contributions.set_status(s, row.id, SENT, on=min(day + dt.timedelta(days=c.sent_after_days), today))


def _clock(day: dt.date, at: dt.time, minutes_after: int) -> dt.time:
    """``at`` moved by ``minutes_after`` minutes (negative: before), to the minute."""
    moved = dt.datetime.combine(day, at) + dt.timedelta(minutes=minutes_after)
    return moved.time().replace(second=0, microsecond=0)
