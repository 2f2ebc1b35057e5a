"""What a package for some meetings holds: what it takes to run them, and no more.

- the think tank and its groups (names and kinds: no personal data);
- the meetings, with their agendas, decisions, action items, guests, attendance
  and the contributions captured at them;
- the open dissemination actions of the groups' earlier meetings (followed up at
  the meeting), with the agenda item and meeting each belongs to;
- the knowledge presentations on the agendas, with their files;
- the members: those invited (members of the meetings' groups on the day) and those
  registered, owning an action or named on a contribution, with what a meeting needs
  of them (name, contact, organisation, consent; not the recruitment notes);
- the questions between the meetings' groups;
- the self-evaluation rounds asking those groups that are open on a meeting's day,
  with their questionnaires and the invited members' responses so far
  (interview notes stay at the office).

Any other record these refer to comes along (a reference that may be empty is left
out instead, when what it points at is not in the package).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from tankapp.domain.base import Base
from tankapp.domain.enums import ActionStatus
from tankapp.services.sync.tables import SPECS, spec


def _t(name: str):
    return Base.metadata.tables[name]


def _ids(s: Session, query) -> set[int]:
    return {row[0] for row in s.execute(query)}


def select_package(s: Session, meeting_ids: list[int]) -> dict[str, set[int]]:
    """The integer ids per table that a package for these meetings holds (references closed)."""
    ids: dict[str, set[int]] = defaultdict(set)
    meeting, mg, item = _t("meeting"), _t("meeting_group"), _t("agenda_item")
    member, attendance = _t("member"), _t("attendance")
    ids["think_tank"] = _ids(s, select(_t("think_tank").c.id))
    ids["expert_group"] = _ids(s, select(_t("expert_group").c.id))
    meetings = list(s.execute(select(meeting.c.id, meeting.c.date, meeting.c.start).where(meeting.c.id.in_(meeting_ids))))
    ids["meeting"] |= {m.id for m in meetings}
    groups_of: dict[int, set[int]] = defaultdict(set)
    for mid, gid in s.execute(select(mg.c.meeting_id, mg.c.group_id).where(mg.c.meeting_id.in_(meeting_ids))):
        groups_of[mid].add(gid)
    all_groups = set().union(*groups_of.values()) if groups_of else set()

    ids["agenda_item"] |= _ids(s, select(item.c.id).where(item.c.meeting_id.in_(meeting_ids)))
    items = set(ids["agenda_item"])
    for name in ("decision", "action_item"):
        t = _t(name)
        ids[name] |= _ids(s, select(t.c.id).where(t.c.agenda_item_id.in_(items)))
    ids["guest"] |= _ids(s, select(_t("guest").c.id).where(_t("guest").c.meeting_id.in_(meeting_ids)))
    ids["attendance"] |= _ids(s, select(attendance.c.id).where(attendance.c.meeting_id.in_(meeting_ids)))
    contribution = _t("contribution")
    ids["contribution"] |= _ids(s, select(contribution.c.id).where(contribution.c.meeting_id.in_(meeting_ids)))

    # The open dissemination actions of the groups' earlier meetings.
    action = _t("action_item")
    for m in meetings:
        earlier = select(mg.c.meeting_id).where(mg.c.group_id.in_(groups_of.get(m.id, set())))
        q = (
            select(action.c.id)
            .join(item, action.c.agenda_item_id == item.c.id)
            .join(meeting, item.c.meeting_id == meeting.c.id)
            .where(
                action.c.dissemination.is_(True),
                action.c.status == ActionStatus.OPEN.value,
                meeting.c.id != m.id,
                or_(meeting.c.date < m.date, and_(meeting.c.date == m.date, meeting.c.start < m.start)),
                meeting.c.id.in_(earlier),
            )
        )
        ids["action_item"] |= _ids(s, q)

    # The invited members (see services.meeting_mode.attendance) and the registered ones.
    for m in meetings:
        ids["member"] |= _ids(s, select(member.c.id).where(
            member.c.group_id.in_(groups_of.get(m.id, set())),
            or_(member.c.joined_on.is_(None), member.c.joined_on <= m.date),
            or_(member.c.withdrawn_on.is_(None), member.c.withdrawn_on >= m.date),
        ))
    ids["member"] |= _ids(s, select(attendance.c.member_id).where(attendance.c.meeting_id.in_(meeting_ids)))

    # Presentations on the agendas, with their files.
    aip = _t("agenda_item_presentation")
    ids["presentation"] |= _ids(s, select(aip.c.presentation_id).where(aip.c.agenda_item_id.in_(items)))
    att = _t("attachment")
    ids["attachment"] |= _ids(s, select(att.c.id).where(att.c.presentation_id.in_(ids["presentation"])))

    # Questions between the groups.
    question = _t("question")
    ids["question"] |= _ids(s, select(question.c.id).where(
        or_(question.c.from_group_id.in_(all_groups), question.c.to_group_id.in_(all_groups))))

    # Self-evaluation rounds asking the groups, open on a meeting's day.
    rnd, rg = _t("evaluation_round"), _t("evaluation_round_group")
    for m in meetings:
        ids["evaluation_round"] |= _ids(s, select(rnd.c.id).where(
            rnd.c.opens_on <= m.date,
            or_(rnd.c.closes_on.is_(None), rnd.c.closes_on >= m.date),
            rnd.c.id.in_(select(rg.c.round_id).where(rg.c.group_id.in_(groups_of.get(m.id, set())))),
        ))
    qi = _t("questionnaire_item")
    ids["questionnaire"] |= _ids(s, select(rnd.c.questionnaire_id).where(rnd.c.id.in_(ids["evaluation_round"])))
    ids["questionnaire_item"] |= _ids(s, select(qi.c.id).where(qi.c.questionnaire_id.in_(ids["questionnaire"])))
    resp, ans = _t("evaluation_response"), _t("evaluation_answer")
    ids["evaluation_response"] |= _ids(s, select(resp.c.id).where(
        resp.c.round_id.in_(ids["evaluation_round"]), resp.c.member_id.in_(ids["member"])))
    ids["evaluation_answer"] |= _ids(s, select(ans.c.id).where(ans.c.response_id.in_(ids["evaluation_response"])))
    _close(s, ids)
    return ids


def _close(s: Session, ids: dict[str, set[int]]) -> None:
    """Bring along every record a required reference points at (until nothing more is needed)."""
    changed = True
    while changed:
        changed = False
        for sp in reversed(SPECS):
            mine = ids.get(sp.name)
            if not mine:
                continue
            t = sp.table
            for col, target in sp.refs.items():
                if col in sp.nullable and target not in ("member",):
                    continue  # an optional reference to something not sent is left out
                wanted = set()
                for part in _chunked(sorted(mine)):
                    wanted |= {r[0] for r in s.execute(select(t.c[col]).where(t.c.id.in_(part))) if r[0] is not None}
                new = wanted - ids[target]
                if new:
                    ids[target] |= new
                    changed = True


def _chunked(values: list[int], n: int = 500):
    for i in range(0, len(values), n):
        yield values[i : i + n]


def omitted_references(name: str, record: dict, included: dict[str, set[str]]) -> list[str]:
    """The optional references of a record that point outside the package (left out of it)."""
    sp = spec(name)
    return [col for col, target in sp.refs.items()
            if record.get(col) is not None and record[col] not in included.get(target, set())]
