"""A member's rights under the GDPR: a copy of their data, anonymisation, deletion.

No Qt here: each function takes a :class:`~sqlalchemy.orm.Session` (one transaction) and
returns plain frozen dataclasses, so the command line and, later, the window use the same
rules.

Access (Art. 15): :func:`member_data`
=====================================

Everything tankapp holds about one member, as :class:`MemberDataExport`:

* the registry record (contact, organisation, sector, region and municipality, how they
  were recruited, the two recruitment criteria with their notes, both consents with their
  dates, joined/withdrawn, notes, when the record was made and last changed) and the group;
* every meeting they were invited to (the rule of :mod:`tankapp.services.meeting_mode.attendance`:
  a meeting of their group while they were a member, or one where their attendance was
  registered) with the state (``invited`` = nothing registered), arrival/leaving time and
  the note on the registration;
* the action items they own, and the knowledge contributions they are the member of;
* their self-evaluation: every response to a round (the round's kind, title and questionnaire
  version, the day, how it came in, answered or declined, the group they answered as) with
  each question the round asked, in Danish as asked, and their answer (``null`` where left
  empty; a declined response has no answers); and the interview notes about them;
* *mentions*: every stored text anywhere in the database that holds their full name (or
  first + last name, see below), their e-mail address or their phone number - notes,
  descriptions, decisions, action texts, contributions, digests, questions and answers,
  guest records, presentations, audit notes, other members' records and interview notes and
  answers, and any text column a later table adds (the columns are found from the table
  definitions, not listed by hand); their own answers and interview notes are in their own
  sections, not repeated here.  A guest record under exactly their name counts as theirs, and so does a
  namesake's mention (the two cannot be told apart).  Other people are left out: in every
  text the copy carries, the full names and e-mail addresses of other members and of
  guests are replaced with ``[anden person]``, and from another member's record, attendance
  note, evaluation answer or interview note only the words around the mention are given
  (``excerpt``);
* the audit entries about their record.

:func:`write_member_json` writes it as JSON, :func:`write_member_pdf` as a readable PDF in
Danish (the document goes to the member).  Both are written atomically, readable by the
owner only.  The JSON is one UTF-8 object, indented by 2, letters not escaped, keys always
present and always in this order (``null`` where nothing is known; dates ``YYYY-MM-DD``,
times ``HH:MM``, moments ISO 8601 with their offset)::

    format        "tankapp-member-data"
    version       2 (1 had no evaluations and interview_notes)
    generated_at  when the copy was made
    think_tank    the think tank's name
    member        id, uuid, name, email, phone, organisation, job_title, sector, region,
                  municipality, group, group_id, recruited_via, recruited_via_note,
                  criterion_engaged, criterion_engaged_note, criterion_change_agent,
                  criterion_change_agent_note, consent_named, consent_named_on,
                  consent_contact, consent_contact_on, joined_on, withdrawn_on, notes,
                  created_at, updated_at
    meetings      [meeting_id, meeting_uuid, title, date, start, end, groups (list),
                   meeting_status (planned | held | cancelled), attendance (invited |
                   present | late | left_early | excused | absent), arrived_at, left_at, note]
    actions       [id, uuid, text, due_on, status (open | done | cancelled), dissemination,
                   meeting_id, meeting_title, meeting_date, agenda_item]
    contributions [id, uuid, title, text, kind, involvement, criteria (list), setting,
                   status, sent_on, group, meeting_id, meeting_title, meeting_date]
    evaluations   [round_id, round_uuid, round_kind (baseline | midway | end), round_title,
                   questionnaire_version, date, channel (paper | kiosk | null), status
                   (answered | declined), group, answers: [key, question, kind (agreement |
                   knowledge | text), answer (1-5, the text, or null)]]
    interview_notes [id, uuid, date, round_id, round_title, text]
    mentions      [source ("table.column"), record_uuid, meeting_id, meeting_title,
                   meeting_date, agenda_item, excerpt (true: only the words around it), text]
    audit         [at, action, table, old_value, new_value, note]

Erasure (Art. 17): :func:`anonymise_member` or :func:`delete_member`
====================================================================

*Anonymise* keeps the member's row, group, attendance and the statistics, and removes who
they are:

* name -> ``Tidligere medlem N``.  N counts the anonymised members of the think tank (a
  database holds one think tank) and never changes: it is stored in the
  ``member_anonymised`` audit entry (``new_value``), which holds nothing else about the
  person; anonymising the same member again keeps their N;
* cleared: e-mail, phone, organisation *name*, job title, municipality (with the group,
  sector and region it would often point to one person), the recruitment note, both
  criterion notes, the registry notes, both consents and their dates, and the notes on the
  member's attendance registrations (they can hold health reasons: "afbud: sygdom");
* kept for the statistics: the group, sector (organisation type), region, how they were
  recruited (KL / Danske Regioner / ViBIS / other), the two criterion flags, joined and
  withdrawn dates (a member not yet withdrawn is withdrawn today), every attendance
  state and time, the action items they own and the contributions they gave (shown under
  the pseudonym), the record's UUID;
* self-evaluation: their responses and answers are kept, on the anonymised record, so every
  figure stays as it was (the response rate counts them as asked and answered, the knowledge
  gain pairs their baseline with their end answer by that record). What they hold is the
  1-5 ratings, the day, paper or kiosk, and the free text on promoters and barriers, in
  which the name, e-mail and phone are replaced as in every text below. The record they
  hang on says no more than "Tidligere medlem N" and the group, sector and region, and the
  export gives them a new random pseudonym each time. Unlinking them from the record
  altogether would drop them from the response rate and the knowledge gain (and needs a
  schema change, as a response must have a member);
* deleted: the interview notes about them. They are free text about the person (what
  they do, where, what they struggle with) that no figure uses, and replacing a name in
  them would leave the description of someone who can be recognised;
* in every stored text of the database (the same columns as the mentions above, the
  member's own row excepted): their full name, whole words, any case, any white space
  between the parts, also in decomposed Unicode (NFD), also in the Danish genitive
  ("Zygmunt Ærbødigsens" -> "Tidligere medlem 1's"), becomes the pseudonym; so does
  *first + last* name for a name with middle names ("Nguyễn Ánh" for "Nguyễn Thị Ánh"),
  unless another member or guest has the same first and last name.  A longer name of
  someone else that contains theirs ("Anna Hansen Berg" for "Anna Hansen") is left alone.
  Their e-mail address becomes ``[e-mail fjernet]`` and their phone number (any spacing,
  with or without +45) ``[telefon fjernet]``.  A first or last name *alone* is not
  replaced ("Per", "Skov" and "Holm" are also words): the result lists where one still
  occurs (:attr:`AnonymiseResult.possible_mentions`), and ``extra_terms`` replaces
  words a person picks (a first name, a nickname; whole words, any case) as well;
* a guest record under exactly their name is taken to be them (as a guest at another
  group's meeting): its name becomes the pseudonym and its organisation is cleared;
* each changed record gets a ``personal_data_removed`` audit entry (table and UUID only),
  so a change to approved minutes stays traceable.  Approved minutes are changed without
  an unlock: the erasure right comes first.

*Delete* removes the member's row and what exists only because of them:

* their attendance registrations are deleted (the meeting's counts go down), and so are
  guest records under exactly their name (actions such a guest owned lose the owner);
* their self-evaluation responses with every answer (the rounds' figures go down) and the
  interview notes about them;
* action items they own stay, without an owner (they are the group's work);
* contributions they gave stay, without a member (they belong to the group's knowledge);
* audit entries about their record are deleted, except the ``member_anonymised`` entry
  (it keeps the pseudonym numbers from being used twice); a ``member_deleted`` entry with
  the counts (and the former record UUID) is added;
* their name, e-mail and phone in stored texts are replaced exactly as above, with
  ``[slettet medlem]`` for the name.

:func:`deletion_preview` counts all of this without changing anything, and
:func:`anonymise_preview` says what anonymising would do (the window shows it first).

Neither may leave the old text in the file: both switch on ``PRAGMA secure_delete`` for
their transaction (freed space is overwritten with zeros), and after the commit the caller
runs :func:`scrub_file` (``VACUUM`` and ``PRAGMA wal_checkpoint(TRUNCATE)``: the file is
rebuilt and the write-ahead log emptied; ``VACUUM`` cannot run inside a transaction).
There are no other copies inside the file (no full-text index, no stored sort keys; the
minutes and contribution exports read names from the member row).  Backups made
earlier, files exported earlier and other laptops' copies keep the old data: the caller
must say so.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import uuid as uuid_mod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Enum as SAEnum
from sqlalchemy import String, delete, func, or_, select, text, update
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditEntry,
    Base,
    Contribution,
    EvaluationAnswer,
    EvaluationResponse,
    EvaluationRound,
    Guest,
    InterviewNote,
    Meeting,
    Member,
    Questionnaire,
    meeting_groups,
)
from tankapp.services.errors import NotFound, ServiceError, problem

__all__ = [
    "AUDIT_ANONYMISED",
    "AUDIT_DELETED",
    "AUDIT_TEXT_CHANGED",
    "DELETED_NAME",
    "EMAIL_REMOVED",
    "MEMBER_EXPORT_FORMATS",
    "OTHER_PERSON",
    "PHONE_REMOVED",
    "AnonymiseResult",
    "AuditRecord",
    "ContributionRecord",
    "DeletionSummary",
    "EvaluationAnswerRecord",
    "EvaluationRecord",
    "InterviewRecord",
    "MeetingRecord",
    "MemberDataExport",
    "Mention",
    "OwnedAction",
    "PossibleMention",
    "ScrubResult",
    "TextChange",
    "anonymise_member",
    "anonymise_preview",
    "delete_member",
    "deletion_preview",
    "export_member_data",
    "member_data",
    "member_data_json",
    "member_export_format",
    "pseudonym",
    "scrub_file",
    "source_label",
    "write_member_json",
    "write_member_pdf",
]

PSEUDONYM = "Tidligere medlem {n}"
DELETED_NAME = "[slettet medlem]"
EMAIL_REMOVED = "[e-mail fjernet]"
PHONE_REMOVED = "[telefon fjernet]"
OTHER_PERSON = "[anden person]"

AUDIT_ANONYMISED = "member_anonymised"
AUDIT_DELETED = "member_deleted"
AUDIT_TEXT_CHANGED = "personal_data_removed"

MEMBER_EXPORT_FORMATS = {".json": "json", ".pdf": "pdf"}
FORMAT_NAME = "tankapp-member-data"
FORMAT_VERSION = 2

_MAX_ID = 2**63 - 1  # SQLite's INTEGER; a larger id cannot exist (and would overflow)
# other people's records: words around only
_EXCERPT_TABLES = frozenset({"member", "attendance", "evaluation_answer", "interview_note"})
_EXCERPT_CHARS = 60
_SCRUB_WAIT_MS = 5000  # how long scrub_file waits for another program's transaction
_MIN_PART = 3  # name parts shorter than this ("Bo", "af") are not looked for alone


def pseudonym(n: int) -> str:
    """``"Tidligere medlem 3"``."""
    return PSEUDONYM.format(n=n)


# ================================================================ where a text lives

# "table.column" -> (Danish, English) for people; other columns fall back to the table.
_SOURCES: dict[str, tuple[str, str]] = {
    "agenda_item.notes": ("Noter til dagsordenspunkt", "agenda item notes"),
    "agenda_item.description": ("Beskrivelse af dagsordenspunkt", "agenda item description"),
    "agenda_item.title": ("Dagsordenspunkt", "agenda item title"),
    "agenda_item.presenter": ("Oplægsholder på dagsordenen", "agenda item presenter"),
    "decision.text": ("Beslutning", "decision"),
    "action_item.text": ("Opgave", "action item"),
    "contribution.title": ("Vidensbidrag (titel)", "contribution title"),
    "contribution.text": ("Vidensbidrag", "contribution text"),
    "digest.text": ("Deling mellem grupper", "digest"),
    "question.text": ("Spørgsmål til en anden gruppe", "question"),
    "question.answer": ("Svar på spørgsmål", "answer to a question"),
    "meeting.notes": ("Noter til mødet", "meeting notes"),
    "meeting.title": ("Mødets titel", "meeting title"),
    "meeting.place": ("Mødested", "meeting place"),
    "meeting.facilitators": ("Facilitatorer", "meeting facilitators"),
    "attendance.note": ("Note om fremmøde", "attendance note"),
    "audit_entry.note": ("Logpost", "audit note"),
    "evaluation_answer.text": ("Svar i selvevaluering", "self-evaluation answer"),
    "interview_note.text": ("Interviewnote", "interview note"),
    "evaluation_round.title": ("Evalueringsrunde", "evaluation round"),
}
_TABLES: dict[str, tuple[str, str]] = {
    "guest": ("Gæst", "guest"),
    "member": ("Et andet medlems oplysninger", "another member's record"),
    "presentation": ("Vidensoplæg", "presentation"),
    "attachment": ("Bilag til vidensoplæg", "presentation attachment"),
    "audit_entry": ("Logpost", "audit entry"),
    "agenda_template_item": ("Dagsordensskabelon", "agenda template"),
    "agenda_template": ("Dagsordensskabelon", "agenda template"),
    "expert_group": ("Ekspertgruppe", "expert group"),
    "think_tank": ("Tænketanken", "think tank"),
    "questionnaire": ("Spørgeskema", "questionnaire"),
    "questionnaire_item": ("Spørgsmål i spørgeskema", "questionnaire question"),
}


def source_label(source: str, lang: str = "da") -> str:
    """A person's name for ``"table.column"``: ``"Beslutning"`` / ``"decision"``."""
    pick = 0 if lang == "da" else 1
    if source in _SOURCES:
        return _SOURCES[source][pick]
    table, _, column = source.partition(".")
    if table in _TABLES:
        return _TABLES[table][pick]
    return source if pick else f"Tekst ({source})"


def _text_tables() -> list[tuple[object, list[object]]]:
    """Every table with an ``id`` and free-text columns, with those columns.

    Found from the table definitions, so a table added later (evaluations) is included.
    Enumerations are strings in SQLite but hold no free text.
    """
    out = []
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or "uuid" not in table.c:
            continue
        cols = [c for c in table.c if isinstance(c.type, String) and not isinstance(c.type, SAEnum)]
        if cols:
            out.append((table, cols))
    return out


@dataclass(frozen=True)
class _Hit:
    table: str
    column: str
    row_id: int
    record_uuid: str
    text: str


def _texts(s: Session, *, skip_member_id: int | None, skip: frozenset = frozenset()) -> Iterable[_Hit]:
    """Every non-empty stored text (the member's own row and the (table, id) in *skip* left out)."""
    for table, cols in _text_tables():
        q = select(table.c.id, table.c.uuid, *cols)
        if table.name == "member" and skip_member_id is not None:
            q = q.where(table.c.id != skip_member_id)
        for row in s.execute(q):
            if skip and (table.name, row[0]) in skip:
                continue
            for col, value in zip(cols, row[2:]):
                if isinstance(value, str) and value:
                    yield _Hit(table.name, col.name, row[0], str(row[1]), value)


@dataclass(frozen=True)
class _Where:
    meeting_id: int | None = None
    meeting_title: str | None = None
    meeting_date: dt.date | None = None
    agenda_item: str | None = None


def _class_for(table_name: str):
    for mapper in Base.registry.mappers:
        if getattr(mapper, "local_table", None) is not None and mapper.local_table.name == table_name:
            return mapper.class_
    return None


def _where(s: Session, table_name: str, row_id: int) -> _Where:
    """The meeting (and agenda item) a stored text belongs to, where there is one."""
    cls = _class_for(table_name)
    obj = s.get(cls, row_id) if cls is not None else None
    if obj is None:
        return _Where()
    item: AgendaItem | None = None
    meeting: Meeting | None = None
    if isinstance(obj, Meeting):
        meeting = obj
    elif isinstance(obj, AgendaItem):
        item = obj
    elif isinstance(getattr(obj, "agenda_item", None), AgendaItem):
        item = obj.agenda_item
    if item is not None:
        meeting = item.meeting
    if meeting is None:
        for attr in ("meeting_id", "asked_at_meeting_id", "from_meeting_id"):
            mid = getattr(obj, attr, None)
            if mid is not None:
                meeting = s.get(Meeting, mid)
                break
    if meeting is None:
        return _Where()
    return _Where(meeting.id, meeting.title, meeting.date, item.title if item else None)


# ================================================================ finding a person in text


def _forms(name: str) -> set[str]:
    """The name as stored and decomposed (NFD), white space made single."""
    base = " ".join(name.split())
    return {unicodedata.normalize("NFC", base), unicodedata.normalize("NFD", base)} - {""}


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


def _alternation(phrases: Iterable[str]) -> str:
    alts = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(alts)


# The Danish genitive: "Zygmunt Ærbødigsens forslag", "Hans' forslag", "Hans's".
_GENITIVE = r"(?P<genitive>s|['’]s?)?"
_GENITIVE_ANY = r"(?:s|['’]s?)?"  # the same, where the regex already has a group of that name or needs none


def _genitive(replacement: str, m: re.Match) -> str:
    """*replacement* in the genitive if the name was: "Tidligere medlem 1's" (an apostrophe after a number)."""
    if not m.group("genitive"):
        return replacement
    return replacement + ("'s" if replacement[-1:].isdigit() or replacement.endswith("]") else "s")


def _names_regex(names: Iterable[str]) -> re.Pattern | None:
    alts = {_phrase(f) for n in names for f in _forms(n)}
    if not alts:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(alts)}){_GENITIVE}(?!\w)", re.IGNORECASE)


def _email_phrase(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return rf"(?<![\w.+-]){re.escape(email.strip())}(?![\w-])"


def _phone_phrase(phone: str | None) -> str | None:
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("00"):
        digits = digits[2:]
        if digits.startswith("45"):
            digits = digits[2:]
    elif (phone or "").strip().startswith("+") and digits.startswith("45") and len(digits) == 10:
        digits = digits[2:]
    if len(digits) < 6:  # too short to be a phone number rather than some other number
        return None
    body = r"[\s./-]*".join(digits)
    return rf"(?<![\d+])(?:(?:\+|00)\d{{1,3}}[\s./-]*)?{body}(?!\d)"


@dataclass(frozen=True)
class _Person:
    name: str
    email: str | None = None


def _others(s: Session, member: Member) -> list[_Person]:
    """The other people the database names: the other members and the guests.

    Anyone with exactly the member's name is left out: a guest record under their name is
    taken to be them, and a namesake cannot be told apart in a text anyway.
    """
    own = _key(member.name or "")
    people = [
        _Person(name, email)
        for name, email in s.execute(select(Member.name, Member.email).where(Member.id != member.id))
    ]
    people += [_Person(name) for (name,) in s.execute(select(Guest.name))]
    return [p for p in people if _key(p.name) != own]


def _same_name(s: Session, member: Member) -> int:
    """Other members with exactly this name."""
    own = _key(member.name or "")
    return sum(1 for (n,) in s.execute(select(Member.name).where(Member.id != member.id)) if _key(n) == own)


def _own_guest_ids(s: Session, member: Member) -> list[int]:
    """Guest records under the member's exact name: the member as a guest at another meeting."""
    own = _key(member.name or "")
    return [gid for gid, name in s.execute(select(Guest.id, Guest.name)) if own and _key(name) == own]


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


@dataclass
class _Matcher:
    """Finds one member in free text: name forms, e-mail, phone, chosen extra words."""

    pattern: re.Pattern | None
    forms: tuple[str, ...]  # the name forms replaced (for the result)
    parts: tuple[str, ...]  # single name parts that are only reported
    same_name: int  # other people with exactly this name
    first_last_skipped: bool  # first + last was ambiguous, so not used

    @classmethod
    def build(
        cls, s: Session, member: Member, extra_terms: Sequence[str] = (), *, use_name: bool = True,
        anonymised: bool = False,
    ) -> _Matcher:
        """*use_name* False: leave the name out (it is the pseudonym already, anonymising again).
        *anonymised*: the name is a pseudonym, so its words alone are nothing to report."""
        name = " ".join((member.name or "").split()) if use_name else ""
        words = name.split()
        others = _others(s, member) if name else []
        other_keys = [_key(p.name) for p in others]
        name_forms = [name] if name else []
        skipped = False
        if len(words) >= 3:
            first_last = f"{words[0]} {words[-1]}"
            pair = (_key(words[0]), _key(words[-1]))
            clash = any(
                (k.split()[0], k.split()[-1]) == pair for k in other_keys if k
            )
            if clash:
                skipped = True
            else:
                name_forms.append(first_last)
        extra = [" ".join(t.split()) for t in extra_terms if t and t.strip()]
        subject = _names_regex(name_forms + extra)
        # Someone else's longer name that contains this one stays as it is.
        subject_keys = {_key(f) for f in name_forms + extra}
        protect = [
            p.name for p in others
            if subject is not None and _key(p.name) not in subject_keys and subject.search(p.name)
        ]
        groups = []
        if protect:
            groups.append(
                f"(?P<protect>(?<!\\w)(?:{_alternation(_phrase(f) for n in protect for f in _forms(n))})"
                f"{_GENITIVE_ANY}(?!\\w))"
            )
        if subject is not None:
            groups.append(f"(?P<name>{subject.pattern})")
        email = _email_phrase(member.email)
        if email:
            groups.append(f"(?P<email>{email})")
        phone = _phone_phrase(member.phone)
        if phone:
            groups.append(f"(?P<phone>{phone})")
        pattern = re.compile("|".join(groups), re.IGNORECASE) if groups else None
        taken = {_key(t) for t in extra}
        parts = tuple(
            dict.fromkeys(
                w for w in words
                if len(w) >= _MIN_PART and any(ch.isalpha() for ch in w) and _key(w) not in taken
            )
        ) if len(words) > 1 and not anonymised else ()
        return cls(
            pattern=pattern,
            forms=tuple(name_forms + extra),
            parts=parts,
            same_name=_same_name(s, member) if name else 0,
            first_last_skipped=skipped,
        )

    def found(self, value: str) -> bool:
        return self.pattern is not None and any(
            m.lastgroup != "protect" for m in self.pattern.finditer(value)
        )

    def spans(self, value: str) -> list[tuple[int, int]]:
        if self.pattern is None:
            return []
        return [m.span() for m in self.pattern.finditer(value) if m.lastgroup != "protect"]

    def replace(self, value: str, name_replacement: str) -> str:
        if self.pattern is None:
            return value

        def repl(m: re.Match) -> str:
            kind = m.lastgroup
            if kind == "name":
                return _genitive(name_replacement, m)
            if kind == "email":
                return EMAIL_REMOVED
            if kind == "phone":
                return PHONE_REMOVED
            return m.group(0)

        return self.pattern.sub(repl, value)


class _Redactor:
    """Replaces other people's full names and e-mail addresses with ``[anden person]``."""

    def __init__(self, others: list[_Person]):
        self._others = others
        self._cache: dict[frozenset, re.Pattern] = {}

    def __call__(self, value: str) -> str:
        if not value:
            return value
        folded = unicodedata.normalize("NFC", value).casefold()
        nfd = unicodedata.normalize("NFD", value).casefold()
        terms = set()
        for p in self._others:
            for t in (p.name, p.email):
                if not t or not t.strip():
                    continue
                first = t.split()[0].casefold()
                if first in folded or unicodedata.normalize("NFD", first) in nfd:
                    terms.add(t)
        if not terms:
            return value
        key = frozenset(terms)
        pattern = self._cache.get(key)
        if pattern is None:
            pattern = re.compile(
                rf"(?<!\w)(?:{_alternation(_phrase(f) for t in terms for f in _forms(t))}){_GENITIVE_ANY}(?!\w)",
                re.IGNORECASE,
            )
            self._cache[key] = pattern
        return pattern.sub(OTHER_PERSON, value)


def _excerpt(value: str, spans: list[tuple[int, int]]) -> str:
    """The words around each place: "… spurgte Zygmunt Ærbødigsen om …"."""
    pieces = []
    last_end = -1
    for start, end in spans:
        a = max(0, start - _EXCERPT_CHARS)
        b = min(len(value), end + _EXCERPT_CHARS)
        while 0 < a < start and not value[a - 1].isspace():  # whole words only
            a += 1
        while start < b < len(value) and not value[b].isspace():
            b -= 1
        if a <= last_end and pieces:  # overlapping: extend the previous piece
            prev_a, _ = pieces[-1]
            pieces[-1] = (prev_a, b)
        else:
            pieces.append((a, b))
        last_end = b
    out = []
    for a, b in pieces:
        piece = " ".join(value[a:b].split())
        out.append(("… " if a > 0 else "") + piece + (" …" if b < len(value) else ""))
    return "\n".join(out)


# ================================================================ access (Art. 15)


@dataclass(frozen=True)
class MeetingRecord:
    meeting_id: int
    meeting_uuid: str
    title: str
    date: dt.date
    start: dt.time
    end: dt.time
    groups: tuple[str, ...]
    meeting_status: str
    attendance: str  # "invited" when nothing is registered
    arrived_at: dt.time | None
    left_at: dt.time | None
    note: str


@dataclass(frozen=True)
class OwnedAction:
    id: int
    uuid: str
    text: str
    due_on: dt.date | None
    status: str
    dissemination: bool
    meeting_id: int
    meeting_title: str
    meeting_date: dt.date
    agenda_item: str


@dataclass(frozen=True)
class ContributionRecord:
    id: int
    uuid: str
    title: str
    text: str
    kind: str
    involvement: str
    criteria: tuple[str, ...]
    setting: str
    status: str
    sent_on: dt.date | None
    group: str
    meeting_id: int | None
    meeting_title: str | None
    meeting_date: dt.date | None


@dataclass(frozen=True)
class Mention:
    source: str  # "table.column"
    record_uuid: str
    meeting_id: int | None
    meeting_title: str | None
    meeting_date: dt.date | None
    agenda_item: str | None
    excerpt: bool  # True: only the words around the mention (another person's record)
    text: str


@dataclass(frozen=True)
class AuditRecord:
    at: dt.datetime
    action: str
    table: str
    old_value: str
    new_value: str
    note: str


@dataclass(frozen=True)
class EvaluationAnswerRecord:
    key: str  # the question's key ("statement_knowledge", "promoters")
    question: str  # the question as asked, in Danish
    kind: str  # "agreement", "knowledge" (1-5) or "text"
    answer: int | str | None  # None: left empty


@dataclass(frozen=True)
class EvaluationRecord:
    """One response of the member's to a self-evaluation round."""

    round_id: int
    round_uuid: str
    round_kind: str  # "baseline", "midway", "end"
    round_title: str
    questionnaire_version: int
    date: dt.date
    channel: str | None  # "paper", "kiosk"; None when declined
    status: str  # "answered", "declined"
    group: str  # the group they answered as
    answers: tuple[EvaluationAnswerRecord, ...]  # every question the round asked; () when declined


@dataclass(frozen=True)
class InterviewRecord:
    id: int
    uuid: str
    date: dt.date
    round_id: int | None
    round_title: str | None
    text: str


@dataclass(frozen=True)
class MemberDataExport:
    """Everything the database holds about one member (see the module docstring)."""

    generated_at: dt.datetime
    think_tank: str
    member: dict  # the registry record, keys as in the JSON
    meetings: tuple[MeetingRecord, ...]
    actions: tuple[OwnedAction, ...]
    contributions: tuple[ContributionRecord, ...]
    mentions: tuple[Mention, ...]
    audit: tuple[AuditRecord, ...]
    evaluations: tuple[EvaluationRecord, ...] = ()
    interview_notes: tuple[InterviewRecord, ...] = ()

    @property
    def name(self) -> str:
        return self.member["name"]

    def as_dict(self) -> dict:
        """The JSON object, keys in the documented order."""
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "generated_at": _iso(self.generated_at),
            "think_tank": self.think_tank,
            "member": {k: _plain(v) for k, v in self.member.items()},
            "meetings": [
                {
                    "meeting_id": m.meeting_id,
                    "meeting_uuid": m.meeting_uuid,
                    "title": m.title,
                    "date": _iso(m.date),
                    "start": _hhmm(m.start),
                    "end": _hhmm(m.end),
                    "groups": list(m.groups),
                    "meeting_status": m.meeting_status,
                    "attendance": m.attendance,
                    "arrived_at": _hhmm(m.arrived_at),
                    "left_at": _hhmm(m.left_at),
                    "note": m.note,
                }
                for m in self.meetings
            ],
            "actions": [
                {
                    "id": a.id,
                    "uuid": a.uuid,
                    "text": a.text,
                    "due_on": _iso(a.due_on),
                    "status": a.status,
                    "dissemination": a.dissemination,
                    "meeting_id": a.meeting_id,
                    "meeting_title": a.meeting_title,
                    "meeting_date": _iso(a.meeting_date),
                    "agenda_item": a.agenda_item,
                }
                for a in self.actions
            ],
            "contributions": [
                {
                    "id": c.id,
                    "uuid": c.uuid,
                    "title": c.title,
                    "text": c.text,
                    "kind": c.kind,
                    "involvement": c.involvement,
                    "criteria": list(c.criteria),
                    "setting": c.setting,
                    "status": c.status,
                    "sent_on": _iso(c.sent_on),
                    "group": c.group,
                    "meeting_id": c.meeting_id,
                    "meeting_title": c.meeting_title,
                    "meeting_date": _iso(c.meeting_date),
                }
                for c in self.contributions
            ],
            "evaluations": [
                {
                    "round_id": e.round_id,
                    "round_uuid": e.round_uuid,
                    "round_kind": e.round_kind,
                    "round_title": e.round_title,
                    "questionnaire_version": e.questionnaire_version,
                    "date": _iso(e.date),
                    "channel": e.channel,
                    "status": e.status,
                    "group": e.group,
                    "answers": [
                        {"key": a.key, "question": a.question, "kind": a.kind, "answer": a.answer}
                        for a in e.answers
                    ],
                }
                for e in self.evaluations
            ],
            "interview_notes": [
                {
                    "id": n.id,
                    "uuid": n.uuid,
                    "date": _iso(n.date),
                    "round_id": n.round_id,
                    "round_title": n.round_title,
                    "text": n.text,
                }
                for n in self.interview_notes
            ],
            "mentions": [
                {
                    "source": m.source,
                    "record_uuid": m.record_uuid,
                    "meeting_id": m.meeting_id,
                    "meeting_title": m.meeting_title,
                    "meeting_date": _iso(m.meeting_date),
                    "agenda_item": m.agenda_item,
                    "excerpt": m.excerpt,
                    "text": m.text,
                }
                for m in self.mentions
            ],
            "audit": [
                {
                    "at": _iso(a.at),
                    "action": a.action,
                    "table": a.table,
                    "old_value": a.old_value,
                    "new_value": a.new_value,
                    "note": a.note,
                }
                for a in self.audit
            ],
        }


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _hhmm(value: dt.time | None) -> str | None:
    return f"{value.hour:02d}:{value.minute:02d}" if value is not None else None


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, uuid_mod.UUID):
        return str(value)
    return value


def _get_member(s: Session, member_id: int) -> Member:
    member = None
    if isinstance(member_id, int) and 0 < member_id <= _MAX_ID:
        member = s.get(Member, member_id)
    if member is None:
        raise NotFound(problem("member_not_found", f"There is no member with id {member_id}.", id=member_id))
    return member


def _registry(member: Member) -> dict:
    e = lambda v: v.value if v is not None else None  # noqa: E731
    return {
        "id": member.id,
        "uuid": str(member.uuid),
        "name": member.name,
        "email": member.email,
        "phone": member.phone,
        "organisation": member.organisation,
        "job_title": member.job_title,
        "sector": e(member.sector),
        "region": e(member.region),
        "municipality": member.municipality,
        "group": member.group.name,
        "group_id": member.group_id,
        "recruited_via": e(member.recruited_via),
        "recruited_via_note": member.recruited_via_note,
        "criterion_engaged": member.criterion_engaged,
        "criterion_engaged_note": member.criterion_engaged_note,
        "criterion_change_agent": member.criterion_change_agent,
        "criterion_change_agent_note": member.criterion_change_agent_note,
        "consent_named": member.consent_named,
        "consent_named_on": member.consent_named_on,
        "consent_contact": member.consent_contact,
        "consent_contact_on": member.consent_contact_on,
        "joined_on": member.joined_on,
        "withdrawn_on": member.withdrawn_on,
        "notes": member.notes,
        "created_at": member.created_at,
        "updated_at": member.updated_at,
    }


def _meetings(s: Session, member: Member) -> list[MeetingRecord]:
    marks = {a.meeting_id: a for a in s.scalars(select(Attendance).where(Attendance.member_id == member.id))}
    in_group = select(meeting_groups.c.meeting_id).where(meeting_groups.c.group_id == member.group_id)
    window = Meeting.id.in_(in_group)
    if member.joined_on is not None:
        window = window & (Meeting.date >= member.joined_on)
    if member.withdrawn_on is not None:
        window = window & (Meeting.date <= member.withdrawn_on)
    meetings = s.scalars(
        select(Meeting).where(or_(Meeting.id.in_(list(marks)), window)).order_by(Meeting.date, Meeting.start, Meeting.id)
    ).all()
    out = []
    for m in meetings:
        a = marks.get(m.id)
        out.append(
            MeetingRecord(
                meeting_id=m.id,
                meeting_uuid=str(m.uuid),
                title=m.title,
                date=m.date,
                start=m.start,
                end=m.end,
                groups=tuple(g.name for g in m.groups),
                meeting_status=m.status.value,
                attendance=a.status.value if a else "invited",
                arrived_at=a.arrived_at if a else None,
                left_at=a.left_at if a else None,
                note=a.note if a else "",
            )
        )
    return out


def member_data(s: Session, member_id: int, *, now: dt.datetime | None = None) -> MemberDataExport:
    """Everything about the member, other people left out (see the module docstring)."""
    from tankapp.services.thinktank import get_think_tank

    member = _get_member(s, member_id)
    redact = _Redactor(_others(s, member))
    tank = get_think_tank(s)

    meetings = [
        MeetingRecord(**{**m.__dict__, "note": redact(m.note)}) for m in _meetings(s, member)
    ]
    actions = []
    for a in s.scalars(select(ActionItem).where(ActionItem.owner_member_id == member.id)):
        item = a.agenda_item
        actions.append(
            OwnedAction(
                id=a.id,
                uuid=str(a.uuid),
                text=redact(a.text),
                due_on=a.due_on,
                status=a.status.value,
                dissemination=a.dissemination,
                meeting_id=item.meeting.id,
                meeting_title=item.meeting.title,
                meeting_date=item.meeting.date,
                agenda_item=item.title,
            )
        )
    actions.sort(key=lambda a: (a.meeting_date, a.id))
    contributions = []
    for c in s.scalars(select(Contribution).where(Contribution.member_id == member.id)):
        contributions.append(
            ContributionRecord(
                id=c.id,
                uuid=str(c.uuid),
                title=redact(c.title),
                text=redact(c.text),
                kind=c.kind.value,
                involvement=c.involvement.value,
                criteria=tuple(
                    k for k, flag in (("frames", c.criterion_frames), ("process", c.criterion_process), ("use", c.criterion_use))
                    if flag
                ),
                setting=c.setting.value,
                status=c.status.value,
                sent_on=c.sent_on,
                group=c.group.name,
                meeting_id=c.meeting_id,
                meeting_title=c.meeting.title if c.meeting else None,
                meeting_date=c.meeting.date if c.meeting else None,
            )
        )
    contributions.sort(key=lambda c: (c.meeting_date is None, c.meeting_date or dt.date.min, c.id))

    evaluations = _evaluations(s, member, redact)
    interview_notes = [
        InterviewRecord(n.id, str(n.uuid), n.interviewed_on, n.round_id, title, redact(n.text))
        for n, title in s.execute(
            select(InterviewNote, EvaluationRound.title)
            .outerjoin(EvaluationRound, InterviewNote.round_id == EvaluationRound.id)
            .where(InterviewNote.member_id == member.id)
            .order_by(InterviewNote.interviewed_on, InterviewNote.id)
        )
    ]

    matcher = _Matcher.build(s, member)
    mentions = []
    for hit in _texts(s, skip_member_id=member.id, skip=_own_evaluation_texts(s, member.id)):
        if hit.table == "audit_entry" and hit.column in ("action", "table_name", "record_uuid"):
            continue
        spans = matcher.spans(hit.text)
        if not spans:
            continue
        excerpt = hit.table in _EXCERPT_TABLES
        body = _excerpt(hit.text, spans) if excerpt else hit.text
        where = _where(s, hit.table, hit.row_id)
        mentions.append(
            Mention(
                source=f"{hit.table}.{hit.column}",
                record_uuid=hit.record_uuid,
                meeting_id=where.meeting_id,
                meeting_title=where.meeting_title,
                meeting_date=where.meeting_date,
                agenda_item=where.agenda_item,
                excerpt=excerpt,
                text=redact(body),
            )
        )
    mentions.sort(key=lambda m: (m.meeting_date is None, m.meeting_date or dt.date.min, m.source, m.record_uuid))

    audit = [
        AuditRecord(a.created_at, a.action, a.table_name, redact(a.old_value), redact(a.new_value), redact(a.note))
        for a in s.scalars(select(AuditEntry).where(AuditEntry.record_uuid == str(member.uuid)).order_by(AuditEntry.id))
    ]
    return MemberDataExport(
        generated_at=(now or dt.datetime.now()).astimezone(),
        think_tank=tank.name if tank else "",
        member=_registry(member),
        meetings=tuple(meetings),
        actions=tuple(actions),
        contributions=tuple(contributions),
        mentions=tuple(mentions),
        audit=tuple(audit),
        evaluations=tuple(evaluations),
        interview_notes=tuple(interview_notes),
    )


def _own_evaluation_texts(s: Session, member_id: int) -> frozenset:
    """(table, id) of the member's own answers and interview notes: their own sections, not mentions."""
    answers = select(EvaluationAnswer.id).join(EvaluationResponse).where(EvaluationResponse.member_id == member_id)
    notes = select(InterviewNote.id).where(InterviewNote.member_id == member_id)
    return frozenset(
        [("evaluation_answer", i) for i in s.scalars(answers)] + [("interview_note", i) for i in s.scalars(notes)]
    )


def _evaluations(s: Session, member: Member, redact) -> list[EvaluationRecord]:
    """The member's responses, each with every question its round asked (in order) and their answer."""
    responses = s.scalars(
        select(EvaluationResponse)
        .options(
            selectinload(EvaluationResponse.answers).selectinload(EvaluationAnswer.item),
            selectinload(EvaluationResponse.round).selectinload(EvaluationRound.questionnaire)
            .selectinload(Questionnaire.items),
            selectinload(EvaluationResponse.group),
        )
        .where(EvaluationResponse.member_id == member.id)
    ).all()
    out = []
    for r in sorted(responses, key=lambda r: (r.round.opens_on, r.answered_on, r.round_id)):
        given = {a.item_id: a for a in r.answers}
        items = list(r.round.questionnaire.items)
        items += sorted((a.item for a in r.answers if a.item not in items), key=lambda i: (i.position, i.id))
        answers = []
        if r.answers or r.status.value == "answered":
            for item in items:
                a = given.get(item.id)
                value = None if a is None else (a.value if item.kind.scale else redact(a.text) or None)
                answers.append(EvaluationAnswerRecord(item.key, item.text_da, item.kind.value, value))
        out.append(
            EvaluationRecord(
                round_id=r.round_id,
                round_uuid=str(r.round.uuid),
                round_kind=r.round.kind.value,
                round_title=r.round.title,
                questionnaire_version=r.round.questionnaire.version,
                date=r.answered_on,
                channel=r.channel.value if r.channel is not None else None,
                status=r.status.value,
                group=r.group.name,
                answers=tuple(answers),
            )
        )
    return out


def member_data_json(data: MemberDataExport) -> str:
    return json.dumps(data.as_dict(), ensure_ascii=False, indent=2) + "\n"


def write_member_json(data: MemberDataExport, path: Path | str) -> Path:
    """Write the copy as JSON (UTF-8, atomically, 0600); returns *path*."""
    from tankapp.export.files import atomic_write

    payload = member_data_json(data).encode("utf-8")
    return atomic_write(Path(path), lambda fh: fh.write(payload))


def write_member_pdf(data: MemberDataExport, path: Path | str) -> Path:
    """Write the copy as a PDF in Danish (atomically, 0600); returns *path*."""
    from tankapp.export.member_pdf import write_member_pdf as write

    return write(_pdf_document(data), Path(path))


def member_export_format(path: Path | str) -> str:
    """``"json"`` or ``"pdf"`` from the file ending (any case); else ServiceError ``export_unknown_format``."""
    path = Path(path)
    fmt = MEMBER_EXPORT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ServiceError(
            problem(
                "export_unknown_format",
                f"Cannot tell the format from the file name '{path.name}': end it in .json or .pdf.",
                path=str(path),
            )
        )
    return fmt


def export_member_data(s: Session, member_id: int, path: Path | str) -> Path:
    """The member's copy to *path*, JSON or PDF by its ending."""
    fmt = member_export_format(path)
    data = member_data(s, member_id)
    return write_member_json(data, path) if fmt == "json" else write_member_pdf(data, path)


# ---------------------------------------------------------------- the PDF's Danish words

_ATTENDANCE_DA = {
    "invited": "Inviteret (intet registreret)",
    "present": "Mødt",
    "late": "Kom senere",
    "left_early": "Gik før tid",
    "excused": "Afbud",
    "absent": "Udeblev",
}
_MEETING_STATUS_DA = {"planned": "planlagt", "held": "afholdt", "cancelled": "aflyst"}
_RECRUITED_DA = {"kl": "KL", "danske_regioner": "Danske Regioner", "vibis": "ViBIS", "other": "Andet"}
_CONTRIBUTION_STATUS_DA = {"draft": "Kladde", "reviewed": "Gennemset", "sent": "Sendt til ViBIS"}
_AUDIT_DA = {
    AUDIT_ANONYMISED: "Anonymiseret",
    AUDIT_DELETED: "Slettet",
    "minutes_approved": "Referat godkendt",
    "minutes_unlocked": "Referat låst op",
}


def _pdf_document(data: MemberDataExport):
    from tankapp.domain.danish import short_date, time_text
    from tankapp.domain.enums import (
        ActionStatus,
        ContributionInvolvement,
        ContributionKind,
        Criterion,
        Region,
        Sector,
        Setting,
        REGION_NAMES_DA,
    )
    from tankapp.export.member_pdf import (
        MemberPdfAction,
        MemberPdfAudit,
        MemberPdfContribution,
        MemberPdfDocument,
        MemberPdfEvaluation,
        MemberPdfInterview,
        MemberPdfMeeting,
        MemberPdfMention,
    )
    from tankapp.domain.enums import EvaluationRoundKind, QuestionKind, ResponseChannel, ResponseStatus
    from tankapp.domain.vocabulary import SCALE, danish
    from tankapp.services.documents import (
        ACTION_STATUS_DA,
        CONTRIBUTION_KIND_DA,
        CRITERION_DA,
        INVOLVEMENT_DA,
        SECTOR_DA,
        SETTING_DA,
    )

    m = data.member

    def date(v) -> str:
        return short_date(v) if v else ""

    def yes_no(flag: bool, on=None, note: str = "") -> str:
        text = ("Ja" + (f", givet {short_date(on)}" if on else "")) if flag else "Nej"
        return f"{text}\n{note}" if note else text

    def flag_note(flag: bool, note: str) -> str:
        return ("Ja" if flag else "Nej") + (f"\n{note}" if note else "")

    sector = SECTOR_DA[Sector(m["sector"])] if m["sector"] else ""
    region = REGION_NAMES_DA[Region(m["region"])] if m["region"] else ""
    via = _RECRUITED_DA.get(m["recruited_via"] or "", "")
    if m["recruited_via_note"]:
        via = f"{via}: {m['recruited_via_note']}" if via else m["recruited_via_note"]
    registry = [
        ("Navn", m["name"]),
        ("E-mail", m["email"] or ""),
        ("Telefon", m["phone"]),
        ("Organisation", m["organisation"]),
        ("Stilling", m["job_title"]),
        ("Organisationstype", sector),
        ("Region", region),
        ("Kommune", m["municipality"]),
        ("Ekspertgruppe", m["group"]),
        ("Rekrutteret via", via),
        ("Personligt engageret i brugerinddragelse", flag_note(m["criterion_engaged"], m["criterion_engaged_note"])),
        ("Rolle som forandringsagent", flag_note(m["criterion_change_agent"], m["criterion_change_agent_note"])),
        ("Samtykke til at blive nævnt ved navn", yes_no(m["consent_named"], m["consent_named_on"])),
        ("Samtykke til at blive kontaktet", yes_no(m["consent_contact"], m["consent_contact_on"])),
        ("Indtrådt", date(m["joined_on"])),
        ("Udtrådt", date(m["withdrawn_on"])),
        ("Noter", m["notes"]),
        ("Registreret", date(m["created_at"].astimezone().date()) if m["created_at"] else ""),
        ("Sidst ændret", date(m["updated_at"].astimezone().date()) if m["updated_at"] else ""),
    ]

    def state(r: MeetingRecord) -> str:
        text = _ATTENDANCE_DA.get(r.attendance, r.attendance)
        if r.attendance == "late" and r.arrived_at:
            text += f" (kl. {time_text(r.arrived_at)})"
        if r.attendance == "left_early" and r.left_at:
            text += f" (kl. {time_text(r.left_at)})"
        return text

    meetings = [
        MemberPdfMeeting(
            date=r.date,
            title=r.title,
            groups=list(r.groups),
            meeting_status=_MEETING_STATUS_DA.get(r.meeting_status, r.meeting_status),
            attendance=state(r),
            note=r.note,
        )
        for r in data.meetings
    ]
    actions = [
        MemberPdfAction(
            meeting=f"{short_date(a.meeting_date)} {a.meeting_title}",
            text=a.text,
            due=date(a.due_on),
            status=ACTION_STATUS_DA[ActionStatus(a.status)] + (" (spredning)" if a.dissemination else ""),
        )
        for a in data.actions
    ]
    contributions = [
        MemberPdfContribution(
            meeting=f"{short_date(c.meeting_date)} {c.meeting_title}" if c.meeting_date else c.group,
            title=c.title,
            text=c.text,
            kind=CONTRIBUTION_KIND_DA[ContributionKind(c.kind)],
            classification=", ".join(
                [INVOLVEMENT_DA[ContributionInvolvement(c.involvement)]]
                + [CRITERION_DA[Criterion(k)] for k in c.criteria]
                + ([SETTING_DA[Setting(c.setting)]] if c.setting != "unspecified" else [])
            ),
            status=_CONTRIBUTION_STATUS_DA.get(c.status, c.status) + (f" {short_date(c.sent_on)}" if c.sent_on else ""),
        )
        for c in data.contributions
    ]
    def answer_words(a: EvaluationAnswerRecord) -> str:
        if a.answer is None:
            return "Ikke besvaret"
        scale = SCALE.get(QuestionKind(a.kind))
        if scale and isinstance(a.answer, int) and 1 <= a.answer <= len(scale):
            return f"{a.answer} – {scale[a.answer - 1].danish}"
        return str(a.answer)

    def response_state(e: EvaluationRecord) -> str:
        state = danish(ResponseStatus(e.status))
        if e.channel:
            state += f" ({danish(ResponseChannel(e.channel)).lower()})"
        return state

    def round_name(e: EvaluationRecord) -> str:
        kind = danish(EvaluationRoundKind(e.round_kind))
        return e.round_title if e.round_title.casefold() == kind.casefold() else f"{e.round_title} ({kind.lower()})"

    evaluations = [
        MemberPdfEvaluation(
            round=round_name(e),
            date=short_date(e.date),
            state=response_state(e),
            group=e.group,
            answers=[(a.question, answer_words(a)) for a in e.answers],
        )
        for e in data.evaluations
    ]
    interviews = [
        MemberPdfInterview(date=short_date(n.date), round=n.round_title or "", text=n.text)
        for n in data.interview_notes
    ]
    mentions = []
    for x in data.mentions:
        where = []
        if x.meeting_date:
            where.append(f"møde {short_date(x.meeting_date)}: {x.meeting_title}")
        if x.agenda_item:
            where.append(f"punkt: {x.agenda_item}")
        mentions.append(
            MemberPdfMention(
                source=source_label(x.source) + (" (uddrag)" if x.excerpt else ""),
                where=", ".join(where),
                text=x.text,
            )
        )
    def details(a: AuditRecord) -> str:
        if a.action == AUDIT_ANONYMISED and a.new_value.isdigit():
            return f"som {pseudonym(int(a.new_value))}" + (" (igen)" if a.note == "again" else "")
        return "\n".join(t for t in (a.old_value, a.new_value, a.note) if t)

    audit = [
        MemberPdfAudit(at=a.at.astimezone(), action=_AUDIT_DA.get(a.action, a.action), details=details(a))
        for a in data.audit
    ]
    return MemberPdfDocument(
        think_tank=data.think_tank,
        name=data.name,
        generated_at=data.generated_at.replace(tzinfo=None),
        registry=registry,
        meetings=meetings,
        actions=actions,
        contributions=contributions,
        evaluations=evaluations,
        interviews=interviews,
        mentions=mentions,
        audit=audit,
    )


# ================================================================ erasure (Art. 17)


@dataclass(frozen=True)
class TextChange:
    """A stored text where the member was named (and is not any more)."""

    source: str  # "table.column"
    record_uuid: str
    meeting_id: int | None
    meeting_title: str | None
    meeting_date: dt.date | None


@dataclass(frozen=True)
class PossibleMention:
    """A stored text with one of the member's name parts alone: not replaced, to be checked."""

    source: str
    record_uuid: str
    words: tuple[str, ...]  # as they stand there: ("Zygmunt", "Zygmunts")
    meeting_id: int | None
    meeting_title: str | None
    meeting_date: dt.date | None
    excerpt: str  # the words around it


@dataclass(frozen=True)
class AnonymiseResult:
    member_id: int
    member_uuid: str
    number: int
    pseudonym: str
    already_anonymised: bool
    # what held something and is now empty: registry field names, "consent_named",
    # "consent_contact", "membership" (withdrawn today), "attendance_notes"
    cleared: tuple[str, ...]
    texts_changed: tuple[TextChange, ...]
    attendance_kept: int
    attendance_notes_cleared: int
    actions_kept: int
    contributions_kept: int
    name_forms: int  # how many name forms were looked for (full name; first + last; extra words)
    same_name: int  # other people with exactly the same name (their mentions cannot be told apart)
    first_last_skipped: bool
    possible_mentions: tuple[PossibleMention, ...] = field(default=())
    evaluation_responses_kept: int = 0  # answered or declined, on the anonymised record
    interview_notes_deleted: int = 0


@dataclass(frozen=True)
class DeletionSummary:
    """What deleting a member removes or changes (the preview, and what was done)."""

    member_id: int
    member_uuid: str
    attendance_removed: int
    guest_records_removed: int  # guest records under their exact name (them as a guest elsewhere)
    actions_unassigned: int
    contributions_unassigned: int
    audit_entries_removed: int
    texts_changed: tuple[TextChange, ...]
    same_name: int
    possible_mentions: tuple[PossibleMention, ...] = field(default=())
    evaluation_responses_removed: int = 0  # answered or declined, with their answers
    interview_notes_removed: int = 0

    def counts(self) -> dict[str, int]:
        """Per kind: ``member`` (1), ``attendance`` and ``guest_records`` (removed), ``actions`` and
        ``contributions`` (kept, losing the member), ``audit_entries`` (removed), ``texts`` (name replaced),
        ``evaluation_responses`` and ``interview_notes`` (removed)."""
        return {
            "member": 1,
            "attendance": self.attendance_removed,
            "guest_records": self.guest_records_removed,
            "actions": self.actions_unassigned,
            "contributions": self.contributions_unassigned,
            "audit_entries": self.audit_entries_removed,
            "texts": len(self.texts_changed),
            "evaluation_responses": self.evaluation_responses_removed,
            "interview_notes": self.interview_notes_removed,
        }


def _secure_delete(s: Session) -> None:
    """Freed space is overwritten with zeros; works inside the transaction (per connection).

    SQLite only: a database on a PostgreSQL server keeps its files itself (see :func:`scrub_file`).
    """
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("PRAGMA secure_delete = ON"))


def _anonymised_number(s: Session, record_uuid: str) -> int | None:
    values = s.scalars(
        select(AuditEntry.new_value).where(AuditEntry.action == AUDIT_ANONYMISED, AuditEntry.record_uuid == record_uuid)
    ).all()
    numbers = [int(v) for v in values if v.isdigit()]
    return min(numbers) if numbers else None


def _next_number(s: Session) -> int:
    values = s.scalars(select(AuditEntry.new_value).where(AuditEntry.action == AUDIT_ANONYMISED)).all()
    return max([int(v) for v in values if v.isdigit()], default=0) + 1


def _scan(s: Session, member: Member, matcher: _Matcher, skip: frozenset = frozenset()) -> list[_Hit]:
    return [h for h in _texts(s, skip_member_id=member.id, skip=skip) if matcher.found(h.text)]


def _replace_texts(s: Session, hits: list[_Hit], matcher: _Matcher, replacement: str) -> list[TextChange]:
    """Write the texts with the member taken out (Core updates), then record each record changed."""
    tables = {t.name: t for t, _cols in _text_tables()}
    by_row: dict[tuple[str, int], dict[str, str]] = {}
    uuids: dict[tuple[str, int], str] = {}
    for h in hits:
        new = matcher.replace(h.text, replacement)
        if new != h.text:
            by_row.setdefault((h.table, h.row_id), {})[h.column] = new
            uuids[(h.table, h.row_id)] = h.record_uuid
    changes = []
    s.flush()
    for (table_name, row_id), values in by_row.items():
        table = tables[table_name]
        s.execute(update(table).where(table.c.id == row_id).values(values))
    s.expire_all()
    for (table_name, row_id), values in by_row.items():
        where = _where(s, table_name, row_id)
        for column in values:
            changes.append(
                TextChange(f"{table_name}.{column}", uuids[(table_name, row_id)], where.meeting_id,
                           where.meeting_title, where.meeting_date)
            )
        s.add(AuditEntry(action=AUDIT_TEXT_CHANGED, table_name=table_name, record_uuid=uuids[(table_name, row_id)],
                         note=", ".join(sorted(values))))
    s.flush()
    return changes


def _possible_mentions(
    s: Session, member: Member, matcher: _Matcher, *, simulate: str | None = None, skip: frozenset = frozenset(),
    emptied: frozenset = frozenset(),
) -> list[PossibleMention]:
    """Texts where a name part still stands alone (after the replacement, or as it would be).

    *emptied*: (table, id, column) that the change would clear, so not looked at.
    """
    if not matcher.parts:
        return []
    part_re = re.compile(
        rf"(?<!\w)(?:{_alternation(_phrase(f) for p in matcher.parts for f in _forms(p))}){_GENITIVE_ANY}(?!\w)",
        re.IGNORECASE,
    )
    # Other people's full names are theirs: "Anna" in "Anna Berg" is not a mention.
    blank = _Redactor(_others(s, member))
    out = []
    for h in _texts(s, skip_member_id=member.id, skip=skip):
        if h.table == "audit_entry" and h.column in ("action", "table_name", "record_uuid"):
            continue
        if emptied and (h.table, h.row_id, h.column) in emptied:
            continue
        value = matcher.replace(h.text, simulate) if simulate is not None else h.text
        if not part_re.search(value):
            continue
        value = blank(value)
        found = list(part_re.finditer(value))
        if not found:
            continue
        where = _where(s, h.table, h.row_id)
        out.append(
            PossibleMention(
                f"{h.table}.{h.column}", h.record_uuid, tuple(dict.fromkeys(m.group(0) for m in found)),
                where.meeting_id, where.meeting_title, where.meeting_date, _excerpt(value, [m.span() for m in found]),
            )
        )
    return out


_CLEARED_TEXT = (
    "phone", "organisation", "job_title", "municipality", "recruited_via_note",
    "criterion_engaged_note", "criterion_change_agent_note", "notes",
)


def _anonymise_plan(s: Session, member_id: int, extra_terms):
    """What anonymising starts from: the member, their number (kept when anonymised before), the matcher."""
    member = _get_member(s, member_id)
    record_uuid = str(member.uuid)
    number = _anonymised_number(s, record_uuid)
    already = number is not None
    if number is None:
        number = _next_number(s)
    matcher = _Matcher.build(s, member, extra_terms, use_name=not already, anonymised=already)
    return member, record_uuid, number, already, pseudonym(number), matcher, _own_guest_ids(s, member)


def anonymise_member(
    s: Session,
    member_id: int,
    *,
    extra_terms: Sequence[str] = (),
    today: dt.date | None = None,
) -> AnonymiseResult:
    """Take out who the member is and keep what they took part in (see the module docstring).

    Run :func:`scrub_file` after the transaction commits.  Anonymising again keeps the
    number; *extra_terms* (words such as a first name) are replaced with the pseudonym too.
    """
    _secure_delete(s)
    member, record_uuid, number, already, name, matcher, own_guests = _anonymise_plan(s, member_id, extra_terms)
    # the interview notes about them go first (see the module docstring), so no name is replaced in them
    notes_deleted = s.execute(delete(InterviewNote).where(InterviewNote.member_id == member.id)).rowcount or 0
    hits = _scan(s, member, matcher)
    changes = _replace_texts(s, hits, matcher, name)

    member = s.get(Member, member_id)
    if own_guests:  # the member as a guest elsewhere: the name went above, the organisation goes here
        guest_orgs = s.execute(
            update(Guest).where(Guest.id.in_(own_guests), Guest.organisation != "").values(organisation="")
        ).rowcount
    cleared = ["name"] if member.name != name else []
    if member.email:
        cleared.append("email")
    cleared += [f for f in _CLEARED_TEXT if getattr(member, f)]
    if member.consent_named or member.consent_named_on:
        cleared.append("consent_named")
    if member.consent_contact or member.consent_contact_on:
        cleared.append("consent_contact")
    member.name = name
    member.email = None
    for f in _CLEARED_TEXT:
        setattr(member, f, "")
    member.consent_named = member.consent_contact = False
    member.consent_named_on = member.consent_contact_on = None
    if member.withdrawn_on is None:
        day = today or dt.date.today()
        member.withdrawn_on = max(day, member.joined_on) if member.joined_on else day
        cleared.append("membership")  # withdrawn today

    notes_cleared = s.execute(
        update(Attendance).where(Attendance.member_id == member.id, Attendance.note != "").values(note="")
    ).rowcount
    if notes_cleared:
        cleared.append("attendance_notes")
    if own_guests and guest_orgs:
        cleared.append("guest_organisation")
    if notes_deleted:
        cleared.append("interview_notes")

    if not already:
        s.add(AuditEntry(action=AUDIT_ANONYMISED, table_name="member", record_uuid=record_uuid, new_value=str(number)))
    else:
        s.add(AuditEntry(action=AUDIT_ANONYMISED, table_name="member", record_uuid=record_uuid, new_value=str(number),
                         note="again"))
    s.flush()
    count = lambda q: s.scalar(select(func.count()).select_from(q.subquery()))  # noqa: E731
    result = AnonymiseResult(
        member_id=member.id,
        member_uuid=record_uuid,
        number=number,
        pseudonym=name,
        already_anonymised=already,
        cleared=tuple(cleared),
        texts_changed=tuple(changes),
        attendance_kept=count(select(Attendance.id).where(Attendance.member_id == member.id)),
        attendance_notes_cleared=notes_cleared or 0,
        actions_kept=count(select(ActionItem.id).where(ActionItem.owner_member_id == member.id)),
        contributions_kept=count(select(Contribution.id).where(Contribution.member_id == member.id)),
        name_forms=len(matcher.forms),
        same_name=matcher.same_name,
        first_last_skipped=matcher.first_last_skipped,
        possible_mentions=tuple(_possible_mentions(s, member, matcher)),
        evaluation_responses_kept=count(select(EvaluationResponse.id).where(EvaluationResponse.member_id == member.id)),
        interview_notes_deleted=notes_deleted,
    )
    return result


def anonymise_preview(
    s: Session,
    member_id: int,
    *,
    extra_terms: Sequence[str] = (),
) -> AnonymiseResult:
    """What :func:`anonymise_member` would do, as its result would say it; changes nothing.

    The pseudonym is the one the member would get (their own number if anonymised before,
    else the next free one); ``texts_changed`` are the texts the name, e-mail, phone or an
    extra word would be replaced in, ``possible_mentions`` the ones where a first or last
    name would still stand alone.
    """
    member, record_uuid, number, already, name, matcher, own_guests = _anonymise_plan(s, member_id, extra_terms)
    own_notes = frozenset(("interview_note", i) for i in _own_interview_notes(s, member.id))  # deleted, not changed
    changes = []
    seen = set()
    for h in _scan(s, member, matcher, own_notes):
        if (h.table, h.row_id, h.column) in seen or matcher.replace(h.text, name) == h.text:
            continue
        seen.add((h.table, h.row_id, h.column))
        where = _where(s, h.table, h.row_id)
        changes.append(TextChange(f"{h.table}.{h.column}", h.record_uuid, where.meeting_id, where.meeting_title,
                                  where.meeting_date))
    count = lambda q: s.scalar(select(func.count()).select_from(q.subquery()))  # noqa: E731
    notes = count(select(Attendance.id).where(Attendance.member_id == member.id, Attendance.note != ""))
    guest_orgs = count(select(Guest.id).where(Guest.id.in_(own_guests), Guest.organisation != "")) if own_guests else 0
    cleared = ["name"] if member.name != name else []
    if member.email:
        cleared.append("email")
    cleared += [f for f in _CLEARED_TEXT if getattr(member, f)]
    if member.consent_named or member.consent_named_on:
        cleared.append("consent_named")
    if member.consent_contact or member.consent_contact_on:
        cleared.append("consent_contact")
    if member.withdrawn_on is None:
        cleared.append("membership")
    if notes:
        cleared.append("attendance_notes")
    if guest_orgs:
        cleared.append("guest_organisation")
    if own_notes:
        cleared.append("interview_notes")
    return AnonymiseResult(
        member_id=member.id,
        member_uuid=record_uuid,
        number=number,
        pseudonym=name,
        already_anonymised=already,
        cleared=tuple(cleared),
        texts_changed=tuple(changes),
        attendance_kept=count(select(Attendance.id).where(Attendance.member_id == member.id)),
        attendance_notes_cleared=notes,
        actions_kept=count(select(ActionItem.id).where(ActionItem.owner_member_id == member.id)),
        contributions_kept=count(select(Contribution.id).where(Contribution.member_id == member.id)),
        name_forms=len(matcher.forms),
        same_name=matcher.same_name,
        first_last_skipped=matcher.first_last_skipped,
        possible_mentions=tuple(_possible_mentions(
            s, member, matcher, simulate=name, skip=own_notes, emptied=frozenset(
                [("guest", g, "organisation") for g in own_guests]
                + [("attendance", a, "note") for a in s.scalars(select(Attendance.id).where(Attendance.member_id == member.id))]
            ),
        )),
        evaluation_responses_kept=count(select(EvaluationResponse.id).where(EvaluationResponse.member_id == member.id)),
        interview_notes_deleted=len(own_notes),
    )


def _own_interview_notes(s: Session, member_id: int) -> list[int]:
    return list(s.scalars(select(InterviewNote.id).where(InterviewNote.member_id == member_id)))


def _deletion(s: Session, member: Member, own_guests: list[int]) -> dict:
    count = lambda q: s.scalar(select(func.count()).select_from(q.subquery()))  # noqa: E731
    return {
        "guest_records_removed": len(own_guests),
        "attendance_removed": count(select(Attendance.id).where(Attendance.member_id == member.id)),
        "actions_unassigned": count(select(ActionItem.id).where(ActionItem.owner_member_id == member.id)),
        "contributions_unassigned": count(select(Contribution.id).where(Contribution.member_id == member.id)),
        "audit_entries_removed": count(
            select(AuditEntry.id).where(AuditEntry.record_uuid == str(member.uuid), AuditEntry.action != AUDIT_ANONYMISED)
        ),
        "evaluation_responses_removed": count(
            select(EvaluationResponse.id).where(EvaluationResponse.member_id == member.id)
        ),
        "interview_notes_removed": count(select(InterviewNote.id).where(InterviewNote.member_id == member.id)),
    }


def deletion_preview(s: Session, member_id: int, *, extra_terms: Sequence[str] = ()) -> DeletionSummary:
    """What :func:`delete_member` would remove and change; changes nothing."""
    member = _get_member(s, member_id)
    anonymised = _anonymised_number(s, str(member.uuid)) is not None
    matcher = _Matcher.build(s, member, extra_terms, anonymised=anonymised)
    own_guests = _own_guest_ids(s, member)
    skip = frozenset(("guest", g) for g in own_guests) | _own_evaluation_texts(s, member.id)  # these go
    hits = [h for h in _scan(s, member, matcher, skip) if matcher.replace(h.text, DELETED_NAME) != h.text]
    changes = []
    seen = set()
    for h in hits:
        if (h.table, h.row_id, h.column) in seen:
            continue
        seen.add((h.table, h.row_id, h.column))
        where = _where(s, h.table, h.row_id)
        changes.append(TextChange(f"{h.table}.{h.column}", h.record_uuid, where.meeting_id, where.meeting_title,
                                  where.meeting_date))
    return DeletionSummary(
        member_id=member.id,
        member_uuid=str(member.uuid),
        texts_changed=tuple(changes),
        same_name=matcher.same_name,
        possible_mentions=tuple(_possible_mentions(s, member, matcher, simulate=DELETED_NAME, skip=skip)),
        **_deletion(s, member, own_guests),
    )


def delete_member(s: Session, member_id: int, *, extra_terms: Sequence[str] = ()) -> DeletionSummary:
    """Remove the member for good (see the module docstring); returns what was done.

    Run :func:`scrub_file` after the transaction commits.
    """
    _secure_delete(s)
    member = _get_member(s, member_id)
    record_uuid = str(member.uuid)
    anonymised = _anonymised_number(s, record_uuid) is not None
    matcher = _Matcher.build(s, member, extra_terms, anonymised=anonymised)
    own_guests = _own_guest_ids(s, member)
    skip = frozenset(("guest", g) for g in own_guests) | _own_evaluation_texts(s, member.id)  # these go
    hits = _scan(s, member, matcher, skip)
    counts = _deletion(s, member, own_guests)
    possible = _possible_mentions(s, member, matcher, simulate=DELETED_NAME, skip=skip)
    changes = _replace_texts(s, hits, matcher, DELETED_NAME)
    if own_guests:  # the member as a guest elsewhere: the record goes; actions they owned as a guest stay
        s.execute(update(ActionItem).where(ActionItem.owner_guest_id.in_(own_guests)).values(owner_guest_id=None))
        s.execute(delete(Guest).where(Guest.id.in_(own_guests)))

    mid = member_id
    s.execute(update(ActionItem).where(ActionItem.owner_member_id == mid).values(owner_member_id=None))
    s.execute(update(Contribution).where(Contribution.member_id == mid).values(member_id=None))
    s.execute(delete(Attendance).where(Attendance.member_id == mid))
    own_responses = select(EvaluationResponse.id).where(EvaluationResponse.member_id == mid)
    s.execute(delete(EvaluationAnswer).where(EvaluationAnswer.response_id.in_(own_responses)))
    s.execute(delete(EvaluationResponse).where(EvaluationResponse.member_id == mid))
    s.execute(delete(InterviewNote).where(InterviewNote.member_id == mid))
    s.execute(delete(AuditEntry).where(AuditEntry.record_uuid == record_uuid, AuditEntry.action != AUDIT_ANONYMISED))
    s.execute(delete(Member).where(Member.id == mid))
    s.expire_all()
    summary = DeletionSummary(
        member_id=mid,
        member_uuid=record_uuid,
        texts_changed=tuple(changes),
        same_name=matcher.same_name,
        possible_mentions=tuple(possible),
        **counts,
    )
    c = summary.counts()
    s.add(
        AuditEntry(
            action=AUDIT_DELETED,
            table_name="member",
            record_uuid=record_uuid,
            note=", ".join(f"{k} {v}" for k, v in c.items() if k != "member"),
        )
    )
    s.flush()
    return summary


# ================================================================ the file itself


@dataclass(frozen=True)
class ScrubResult:
    complete: bool  # False: another connection kept the file from being rebuilt or its log from being emptied
    wal_frames_left: int
    vacuumed: bool = True
    # why the file was not rebuilt: None, "busy" (another connection) or "disk_full"
    # (VACUUM needs free space about the size of the database), or "server": a database on
    # a PostgreSQL server, whose files (and backups) only the server's administrator can clean
    reason: str | None = None


def scrub_file(bind) -> ScrubResult:
    """Rebuild the database file and empty its write-ahead log, so deleted text is gone.

    *bind* is an Engine, a Connection or a :class:`tankapp.storage.Database` (anything with
    ``.engine``).  Call it after the transaction that removed the data has committed, with
    no other transaction open on the file (``VACUUM`` cannot run inside one).  If another
    program holds the file (after the busy timeout), the result says so instead of raising:
    the erasure itself is already saved.
    """
    import sqlite3

    engine = getattr(bind, "engine", bind)
    if engine.dialect.name != "sqlite":
        # A PostgreSQL server reuses the space of deleted rows itself (autovacuum); rewriting its
        # files (VACUUM FULL) would lock every other user out, and its log and backups are its own.
        return ScrubResult(complete=False, wal_frames_left=0, vacuumed=False, reason="server")
    raw = engine.raw_connection()
    vacuumed = True
    reason = None
    row = None
    try:
        con = raw.driver_connection
        if con.in_transaction:
            con.commit()
        cur = con.cursor()
        timeout = cur.execute("PRAGMA busy_timeout").fetchone()[0]
        try:
            cur.execute(f"PRAGMA busy_timeout = {min(timeout, _SCRUB_WAIT_MS)}")  # a reader: do not hang long
            cur.execute("PRAGMA secure_delete = ON")
            try:
                cur.execute("VACUUM")
            except sqlite3.OperationalError as exc:  # locked or busy: another connection reads or writes
                vacuumed = False
                code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
                reason = "disk_full" if code == 13 or "full" in str(exc).lower() else "busy"  # SQLITE_FULL
            try:
                row = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.OperationalError:
                row = (1, -1, -1)
        finally:
            cur.execute(f"PRAGMA busy_timeout = {int(timeout)}")
            cur.close()
    finally:
        raw.close()
    busy, log_frames, checkpointed = row or (0, 0, 0)
    left = max(0, log_frames - checkpointed) if log_frames >= 0 else 0
    complete = vacuumed and not busy and left == 0
    if not complete and reason is None:
        reason = "busy"
    return ScrubResult(complete=complete, wal_frames_left=left, vacuumed=vacuumed, reason=reason)
