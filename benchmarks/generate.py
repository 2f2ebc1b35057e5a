"""Test data for the benchmarks: a think tank of any size, fast.

``generate(db, scale)`` fills an empty tankapp database. Scale 1 is the real
think tank (6 groups, ~100 members, ~20 meetings); scale 100 is 600 groups,
10,000 members and 2,000 meetings. Everything else grows with it: agendas of
6-10 items on every meeting, attendance at the held ones, notes, decisions,
action items, guests, a library of 6 presentations per scale unit.

The think tank itself is made by :func:`tankapp.services.thinktank.setup_think_tank`
(the six default groups included); the rest goes in as bulk inserts through
SQLAlchemy Core in the same transaction, with the same rules the services
keep: unique e-mails and group names, meetings inside the project period,
attendance only for members invited on the day (members of the meeting's
groups, joined by then, not withdrawn before), action owners who were there,
approved minutes with their audit entry.

Two meetings are made on purpose for the benchmarks (see :class:`GeneratedInfo`):

* the *big meeting*: a joint meeting of the six biggest groups on "today"
  (at scale 100 about 600 invited; a quarter already checked in), the one a
  facilitator checks people in to and filters by typed name;
* the *minutes meeting*: a held full-day meeting with 30 agenda items, each
  with long notes (æøå, several paragraphs), 1-3 decisions and 1-3 action
  items, full attendance and two guests: the minutes to export.

The data is deterministic for a given ``scale`` and ``seed``.

CLI::

    python benchmarks/generate.py --scale 100 --db /tmp/big.sqlite
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import unicodedata
import uuid as uuidlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select

from tankapp.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditEntry,
    Decision,
    ExpertGroup,
    Guest,
    Meeting,
    Member,
    Presentation,
    agenda_item_presentations,
    meeting_groups,
)
from tankapp.domain.enums import (
    DEFAULT_GROUPS,
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    MeetingFormat,
    MeetingStatus,
    RecruitedVia,
    Region,
    Sector,
)
from tankapp.services import thinktank
from tankapp.services.meetings.agenda import BUILTIN_TEMPLATES
from tankapp.services.meetings.planning import DEFAULT_TIMES
from tankapp.storage import Database, open_database

PERIOD_START = dt.date(2026, 1, 1)
PERIOD_MONTHS = 15  # meetings per group do not grow with the scale (~3.3), so 15 months hold them all
TODAY_OFFSET_DAYS = 215  # "today" in the data: early August 2026, mid-period
BIG_GROUPS = 6  # the big meeting is a joint meeting of this many groups
MINUTES_ITEMS = 30

# ------------------------------------------------------------------ word lists

DANISH_FIRST = [
    "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Marianne", "Camilla", "Louise",
    "Charlotte", "Pia", "Tina", "Bente", "Birthe", "Inge", "Karen", "Lone", "Lotte", "Sofie", "Ida",
    "Freja", "Signe", "Astrid", "Åse", "Ulla", "Gitte", "Dorthe", "Bodil", "Jytte", "Tove", "Malene",
    "Jens", "Peter", "Lars", "Michael", "Henrik", "Søren", "Thomas", "Niels", "Jesper", "Rasmus",
    "Mads", "Anders", "Morten", "Martin", "Jørgen", "Bjørn", "Kasper", "Frederik", "Mikkel",
    "Christian", "Poul", "Ole", "Torben", "Kåre", "Bo", "Steen", "Esben", "Troels", "Asger", "Øjvind",
    "Ærenfred", "Jørn", "Bjørk", "Søs", "Grethe", "Aase", "Aage",
]
DANISH_LAST = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Johansen", "Møller", "Mortensen", "Østergaard", "Kjærgaard", "Bækgaard", "Aagaard", "Højgaard",
    "Nørgaard", "Søndergaard", "Vestergaard", "Dalsgaard", "Lauridsen", "Brøndum", "Bærentsen",
    "Ægidius", "Øhlenschlæger", "Ågesen", "Holm", "Friis", "Krogh", "Lund", "Skov", "Bach",
    "Dahl", "Kjær", "Lykke", "Frøkjær", "Mølgaard", "Aabenraa-Holm", "Sønderby", "Damgaard",
]
DANISH_MIDDLE = ["Marie", "Louise", "Kristine", "Juul", "Bech", "Munk", "Krag", "Vang", "Ravn", "Høj"]
INTERNATIONAL_FIRST = [
    "Ahmed", "Fatima", "Mohammed", "Aisha", "Ali", "Zeynep", "Mehmet", "Ayşe", "Hüseyin", "Ewa",
    "Katarzyna", "Piotr", "Agnieszka", "Łukasz", "Małgorzata", "Olena", "Oleksandr", "Priya", "Rahul",
    "José", "María José", "Sigríður", "Jón", "Émilie", "François", "Zoë", "Leila", "Amira", "Hassan",
    "Yusuf", "Wei", "Mei", "Siobhán", "Aviaja", "Naja", "Inuk", "Malik", "Rógvi", "Thanh", "Nguyệt",
]
INTERNATIONAL_LAST = [
    "Hussein", "Yılmaz", "Öztürk", "Şahin", "Kowalski", "Nowak", "Wiśniewska", "Kovalenko", "Shevchenko",
    "Nguyễn", "Trần", "Sharma", "Patel", "García", "Müller", "Jónsdóttir", "Guðmundsson", "Lefèvre",
    "Dubois", "O'Brien", "Rossi", "Kleist", "Lynge", "Abdi", "Mahmoud", "Chen", "Zhang",
]

MUNICIPALITIES: list[tuple[str, Region]] = [
    ("København", Region.HOVEDSTADEN), ("Frederiksberg", Region.HOVEDSTADEN), ("Gentofte", Region.HOVEDSTADEN),
    ("Helsingør", Region.HOVEDSTADEN), ("Hillerød", Region.HOVEDSTADEN), ("Bornholm", Region.HOVEDSTADEN),
    ("Roskilde", Region.SJAELLAND), ("Køge", Region.SJAELLAND), ("Næstved", Region.SJAELLAND),
    ("Holbæk", Region.SJAELLAND), ("Slagelse", Region.SJAELLAND), ("Lolland", Region.SJAELLAND),
    ("Odense", Region.SYDDANMARK), ("Esbjerg", Region.SYDDANMARK), ("Vejle", Region.SYDDANMARK),
    ("Kolding", Region.SYDDANMARK), ("Aabenraa", Region.SYDDANMARK), ("Sønderborg", Region.SYDDANMARK),
    ("Ærø", Region.SYDDANMARK), ("Aarhus", Region.MIDTJYLLAND), ("Randers", Region.MIDTJYLLAND),
    ("Herning", Region.MIDTJYLLAND), ("Silkeborg", Region.MIDTJYLLAND), ("Viborg", Region.MIDTJYLLAND),
    ("Skanderborg", Region.MIDTJYLLAND), ("Aalborg", Region.NORDJYLLAND), ("Hjørring", Region.NORDJYLLAND),
    ("Frederikshavn", Region.NORDJYLLAND), ("Thisted", Region.NORDJYLLAND), ("Brønderslev", Region.NORDJYLLAND),
    ("Læsø", Region.NORDJYLLAND),
]
ORGANISATIONS: dict[Sector, list[str]] = {
    Sector.REGION: [
        "Rigshospitalet", "Aarhus Universitetshospital", "Odense Universitetshospital",
        "Aalborg Universitetshospital", "Sjællands Universitetshospital", "Hospitalsenheden Vest",
        "Regionshospitalet Randers", "Psykiatrien i Region Syddanmark", "Herlev og Gentofte Hospital",
        "Bispebjerg og Frederiksberg Hospital", "Sygehus Sønderjylland", "Nordsjællands Hospital",
    ],
    Sector.MUNICIPALITY: [],  # "<municipality> Kommune"
    Sector.GENERAL_PRACTICE: [
        "Lægehuset Østerbro", "Lægerne i Ærøskøbing", "Lægehuset Søndergade", "Praksis Åbyhøj",
        "Lægeklinikken Nørre Allé", "Lægerne på Torvet",
    ],
    Sector.PATIENT_ORGANISATION: [
        "Danske Patienter", "Hjerteforeningen", "Kræftens Bekæmpelse", "Diabetesforeningen",
        "Bedre Psykiatri", "Gigtforeningen", "Lungeforeningen", "Ældre Sagen", "Scleroseforeningen",
    ],
    Sector.EDUCATION: [
        "Københavns Professionshøjskole", "VIA University College", "UC SYD",
        "Professionshøjskolen Absalon", "UCL Erhvervsakademi og Professionshøjskole", "UCN",
    ],
    Sector.RESEARCH: [
        "Københavns Universitet", "Aarhus Universitet", "Syddansk Universitet", "Aalborg Universitet",
        "Roskilde Universitet", "VIVE", "Steno Diabetes Center Aarhus",
    ],
    Sector.OTHER: ["ViBIS", "Sundhedsstyrelsen", "Danske Regioner", "KL", "Dansk Sygeplejeråd"],
}
# Which sectors each kind of group draws its members from, and their job titles.
GROUP_PROFILE: dict[str, tuple[list[Sector], list[str]]] = {
    "users": (
        [Sector.PATIENT_ORGANISATION, Sector.PATIENT_ORGANISATION, Sector.OTHER],
        ["Patientrepræsentant", "Pårørenderepræsentant", "Formand for brugerrådet", "Frivillig"],
    ),
    "clinicians": (
        [Sector.REGION, Sector.MUNICIPALITY, Sector.GENERAL_PRACTICE],
        ["Sygeplejerske", "Overlæge", "Fysioterapeut", "Ergoterapeut", "Praktiserende læge", "Jordemoder"],
    ),
    "managers": (
        [Sector.REGION, Sector.MUNICIPALITY],
        ["Afdelingsleder", "Centerchef", "Sundhedschef", "Oversygeplejerske", "Ledende terapeut"],
    ),
    "quality_consultants": (
        [Sector.REGION, Sector.MUNICIPALITY, Sector.OTHER],
        ["Kvalitetskonsulent", "Udviklingskonsulent", "Chefkonsulent", "Patientsikkerhedskonsulent"],
    ),
    "researchers": (
        [Sector.RESEARCH, Sector.RESEARCH, Sector.REGION],
        ["Forsker", "Lektor", "Professor", "Ph.d.-studerende", "Postdoc"],
    ),
    "education": (
        [Sector.EDUCATION, Sector.EDUCATION, Sector.REGION],
        ["Underviser", "Uddannelsesleder", "Lektor", "Klinisk vejleder"],
    ),
}
TOPICS = [
    "Brugerinddragelse i praksis", "Pårørende som ressource", "Fælles beslutningstagning",
    "Patientrapporterede oplysninger (PRO)", "Inddragelse i psykiatrien", "Sundhedskompetence og lighed",
    "Digital inddragelse", "Brugerråd der virker", "Evaluering af inddragelse", "Spredning af gode erfaringer",
    "Ældres stemme i sundhedsvæsenet", "Unge med kronisk sygdom", "Overgange mellem sektorer",
    "Inddragelse i forskning", "Ledelse af inddragelse", "Sprog, tolkning og inddragelse",
]
PLACES = [
    "ViBIS, Kronprinsessegade 8, København", "Aarhus Universitetshospital, mødelokale 3", "Online (Teams)",
    "Odense Rådhus, mødesal 2", "Sundhedshuset i Nørresundby", "Roskilde, Sygehusvej 10",
    "Kolding, Skovvangen 2, lokale Ærø", "Hotel Østersøen, Sønderborg",
]
FACILITATORS = ["Åse Kjærgaard", "Mikkel Holm", "Søren Østergaard", "Naja Lynge", "Mette Bækgaard"]
SENTENCES = [
    "Gruppen drøftede, hvordan erfaringerne kan bruges på de enkelte afdelinger.",
    "Flere pegede på, at pårørende skal inddrages tidligere i forløbet.",
    "Det blev fremhævet, at sproget i indkaldelserne skal være enkelt og venligt.",
    "Der var enighed om, at brugerrådene skal have en fast plads på dagsordenen.",
    "Erfaringerne fra Ærø og Læsø viser, at små kommuner kan gå forrest.",
    "Søren fortalte om et projekt, hvor patienterne selv planlægger deres kontroller.",
    "Der mangler viden om, hvordan man inddrager borgere, der ikke taler dansk.",
    "Oplægget gav anledning til en god snak om tid, ressourcer og ledelsesopbakning.",
    "Gruppen ønsker et eksempel på en skabelon til evaluering af inddragelse.",
    "Det blev aftalt at samle gode eksempler til ViBIS' inspirationskatalog.",
    "Mødedeltagerne delte barrierer: travlhed, manglende kompetencer og uklare roller.",
    "Forskerne efterlyste bedre data om effekten af brugerinddragelse på kvaliteten.",
    "Der var stor opbakning til at afprøve fælles beslutningstagning i ambulatoriet.",
    "Næste gang tager vi fat på overgangen mellem hospital og kommune.",
    "Uddannelsesrepræsentanterne vil tage temaet op på de kliniske studiedage.",
    "Det er vigtigt, at også unge og ældre borgere bliver hørt — ikke kun de ressourcestærke.",
]
DECISIONS = [
    "Gruppen anbefaler, at pårørende inviteres til opstartssamtalen.",
    "Eksemplerne sendes til ViBIS inden næste møde.",
    "Temaet tages op igen på fællesmødet i efteråret.",
    "Der nedsættes en arbejdsgruppe på tre medlemmer.",
    "Referatet godkendes uden ændringer.",
    "Skabelonen til evaluering afprøves i to kommuner.",
]
ACTIONS = [
    "Sende oplægget til gruppens medlemmer", "Dele erfaringer fra egen afdeling på intranettet",
    "Præsentere temaet på næste personalemøde", "Samle tre gode eksempler til ViBIS",
    "Kontakte brugerrådet om et fælles møde", "Skrive en kort artikel til nyhedsbrevet",
    "Undersøge muligheden for tolkning ved inddragelsesmøder", "Invitere en pårørende til næste møde",
]
PRESENTATION_TOPICS = [
    "Fælles beslutningstagning i ambulatoriet", "Pårørendeinddragelse på intensiv", "Brugerråd i psykiatrien",
    "Patientinddragelse i forskning", "Sundhedskompetence i praksis", "Digitale værktøjer til inddragelse",
    "Erfaringer fra Ærø Kommune", "Unge patienters stemme", "Ledelse og inddragelse", "Evalueringsmetoder",
]


# ------------------------------------------------------------------ result


@dataclass
class GeneratedInfo:
    """What was made, and the ids the benchmarks need."""

    scale: float
    seed: int
    seconds: float
    counts: dict[str, int]
    period_start: dt.date
    period_end: dt.date
    today: dt.date  # "today" in the data: meetings before are held, after planned
    biggest_group_id: int
    biggest_group_size: int
    big_meeting_id: int  # joint meeting of the biggest groups, on "today", partly checked in
    big_meeting_group_ids: list[int]
    big_meeting_invited: int
    checkin_member_id: int  # invited to the big meeting, not registered yet
    checkin_member_name: str  # what the facilitator types into the filter box
    minutes_meeting_id: int  # held, 30 items full of notes, decisions and actions
    minutes_meeting_items: int
    held_meeting_id: int  # an ordinary held meeting with attendance
    planned_meeting_id: int  # an ordinary planned meeting
    member_count: int = 0
    meeting_count: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"scale {self.scale:g} (seed {self.seed}): generated in {self.seconds:.2f} s"]
        width = max(len(k) for k in self.counts)
        lines += [f"  {k:<{width}}  {v:>9,}" for k, v in self.counts.items()]
        lines += [
            f"  big meeting #{self.big_meeting_id}: joint meeting of {len(self.big_meeting_group_ids)} groups, "
            f"{self.big_meeting_invited} invited; check in #{self.checkin_member_id} {self.checkin_member_name!r}",
            f"  minutes meeting #{self.minutes_meeting_id}: {self.minutes_meeting_items} agenda items",
            f"  biggest group #{self.biggest_group_id}: {self.biggest_group_size} members",
        ]
        return "\n".join(lines)


# ------------------------------------------------------------------ helpers


def _ascii(text: str) -> str:
    text = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ß", "ss")
    text = text.replace("ł", "l").replace("ı", "i").replace("đ", "d").replace("ð", "d")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-"))


class _Ids:
    """Explicit primary keys: the database is empty, so ids are just counters."""

    def __init__(self, s, tables):
        self._next = {t: (s.scalar(select(func.max(t.c.id))) or 0) + 1 for t in tables}

    def take(self, table) -> int:
        i = self._next[table]
        self._next[table] = i + 1
        return i


def _weekday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def _notes(rng: random.Random, sentences: int, paragraphs: int = 1) -> str:
    out = []
    for _ in range(paragraphs):
        out.append(" ".join(rng.choice(SENTENCES) for _ in range(sentences)))
    return "\n\n".join(out)


def _long_notes(rng: random.Random, n: int) -> str:
    """Notes as typed live: paragraphs, a list, names with æøå, a long line."""
    parts = [
        _notes(rng, rng.randint(4, 7)),
        "Pointer fra runden:\n" + "\n".join(f"- {rng.choice(SENTENCES)}" for _ in range(rng.randint(3, 6))),
        _notes(rng, rng.randint(3, 6), rng.randint(1, 2)),
    ]
    if n % 5 == 0:
        parts.append("Citat: »" + " ".join(rng.choice(SENTENCES) for _ in range(12)) + "«")
    return "\n\n".join(parts)


# ------------------------------------------------------------------ the generator


def generate(db: Database, scale: float, seed: int = 1) -> GeneratedInfo:
    """Fill the empty database ``db`` with a think tank of ``scale`` times the real size.

    One write transaction. Raises if the database already holds a think tank.
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    t0 = time.perf_counter()
    rng = random.Random(f"tankapp-bench:{scale}:{seed}")
    now = dt.datetime(2026, 8, 1, 12, 0, tzinfo=dt.timezone.utc)  # timestamps: fixed, so runs compare

    def new_uuid() -> uuidlib.UUID:
        return uuidlib.UUID(int=rng.getrandbits(128), version=4)

    def rec(**values) -> dict:
        return {"uuid": new_uuid(), "created_at": now, "updated_at": now, **values}

    n_groups = max(6, round(6 * scale))
    n_members = max(n_groups * 10, round(100 * scale))
    n_meetings = max(4, round(20 * scale))
    n_presentations = max(6, round(6 * scale))

    T_group, T_member, T_meeting = ExpertGroup.__table__, Member.__table__, Meeting.__table__
    T_item, T_dec, T_act = AgendaItem.__table__, Decision.__table__, ActionItem.__table__
    T_att, T_guest, T_pres, T_audit = Attendance.__table__, Guest.__table__, Presentation.__table__, AuditEntry.__table__
    counts: dict[str, int] = {}

    with db.session() as s:
        tank = thinktank.setup_think_tank(
            s,
            thinktank.ThinkTankInput(
                name="Tænketank for brugerinddragelse (benchmark)",
                period_start=PERIOD_START,
                period_end=thinktank.default_period_end(PERIOD_START, PERIOD_MONTHS),
                meeting_target=min(1000, max(18, round(18 * scale))),  # the service allows up to 1000
            ),
        )
        period_start, period_end = tank.period_start, tank.period_end
        today = _weekday(period_start + dt.timedelta(days=TODAY_OFFSET_DAYS))
        ids = _Ids(s, [T_group, T_member, T_meeting, T_item, T_dec, T_act, T_att, T_guest, T_pres, T_audit])

        # -------------------------------------------------------------- groups
        groups: list[dict] = [
            {"id": g.id, "name": g.name, "actor_kind": g.actor_kind.value}
            for g in s.scalars(select(ExpertGroup).order_by(ExpertGroup.position, ExpertGroup.id))
        ]
        group_rows = []
        for i in range(len(groups), n_groups):
            base, kind = DEFAULT_GROUPS[i % len(DEFAULT_GROUPS)]
            town, _region = MUNICIPALITIES[(i // 6) % len(MUNICIPALITIES)]
            gid = ids.take(T_group)
            name = f"{base} {town} {i // 6}"
            groups.append({"id": gid, "name": name, "actor_kind": kind.value})
            group_rows.append(
                rec(id=gid, name=name, actor_kind=kind, description=f"Lokal ekspertgruppe i {town}.",
                    min_size=10, max_size=20, position=i, archived=False)
            )
        # Sizes: the big groups first (at scale 100 about 100 members each), the rest ~16 each.
        big_n = min(BIG_GROUPS, n_groups)
        big_size = max(n_members // n_groups, round(1.0 * scale))
        big_groups = rng.sample(range(n_groups), big_n) if n_groups > big_n else list(range(n_groups))
        if n_groups <= big_n:
            big_size = n_members // n_groups
        sizes = [0] * n_groups
        for g in big_groups:
            sizes[g] = big_size
        rest = [g for g in range(n_groups) if g not in set(big_groups)]
        left = n_members - big_size * len(big_groups)
        for g in rest:
            sizes[g] = 10  # at least the minimum
        left -= 10 * len(rest)
        while left > 0 and rest:
            sizes[rng.choice(rest)] += 1
            left -= 1
        if left > 0:  # everything is a big group (small scales)
            for k in range(left):
                sizes[big_groups[k % len(big_groups)]] += 1
        for g in big_groups:
            if g >= 6:
                group_rows[g - 6]["max_size"] = max(20, sizes[g] + 5)
        if group_rows:
            s.execute(insert(T_group), group_rows)
        for g in big_groups:
            if g < 6:  # a default group: made by the service; widen its target size
                s.execute(T_group.update().where(T_group.c.id == groups[g]["id"]).values(max_size=max(20, sizes[g] + 5)))
        counts["groups"] = n_groups

        # -------------------------------------------------------------- members
        members: list[dict] = []  # id, group, name, joined, withdrawn, consent
        member_rows = []
        by_group: dict[int, list[dict]] = defaultdict(list)
        n = 0
        for g_index, size in enumerate(sizes):
            group = groups[g_index]
            sectors, titles = GROUP_PROFILE.get(group["actor_kind"], GROUP_PROFILE["clinicians"])
            for _ in range(size):
                n += 1
                if rng.random() < 0.8:
                    first = rng.choice(DANISH_FIRST)
                    last = rng.choice(DANISH_LAST)
                    name = f"{first} {rng.choice(DANISH_MIDDLE)} {last}" if rng.random() < 0.3 else f"{first} {last}"
                else:
                    first, last = rng.choice(INTERNATIONAL_FIRST), rng.choice(INTERNATIONAL_LAST)
                    name = f"{first} {last}"
                sector = rng.choice(sectors)
                town, region = rng.choice(MUNICIPALITIES)
                org = f"{town} Kommune" if sector == Sector.MUNICIPALITY else rng.choice(ORGANISATIONS[sector])
                joined = period_start - dt.timedelta(days=rng.randint(0, 60))
                if rng.random() < 0.1:  # joined during the period
                    joined = period_start + dt.timedelta(days=rng.randint(30, 300))
                withdrawn = None
                if rng.random() < 0.05:
                    withdrawn = joined + dt.timedelta(days=rng.randint(60, 400))
                    if withdrawn > today:
                        withdrawn = None
                consent_named = rng.random() < 0.7
                consent_contact = rng.random() < 0.85
                email = None if rng.random() < 0.03 else f"{_ascii(first)}.{_ascii(last)}.{n}@example.dk"
                mid = ids.take(T_member)
                m = {"id": mid, "group": g_index, "name": name, "joined": joined, "withdrawn": withdrawn,
                     "consent": consent_named}
                members.append(m)
                by_group[g_index].append(m)
                member_rows.append(
                    rec(
                        id=mid, group_id=group["id"], name=name, email=email,
                        phone=f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                        organisation=org, job_title=rng.choice(titles), sector=sector, region=region,
                        municipality=town,
                        recruited_via=rng.choice([RecruitedVia.KL, RecruitedVia.DANSKE_REGIONER, RecruitedVia.VIBIS, RecruitedVia.OTHER]),
                        recruited_via_note="", criterion_engaged=rng.random() < 0.6, criterion_engaged_note="",
                        criterion_change_agent=rng.random() < 0.4, criterion_change_agent_note="",
                        consent_named=consent_named, consent_named_on=joined if consent_named else None,
                        consent_contact=consent_contact, consent_contact_on=joined if consent_contact else None,
                        joined_on=joined, withdrawn_on=withdrawn, notes="",
                    )
                )
        s.execute(insert(T_member), member_rows)
        counts["members"] = len(member_rows)

        # -------------------------------------------------------------- library
        presentation_rows, presentation_ids = [], []
        for i in range(n_presentations):
            pid = ids.take(T_pres)
            presentation_ids.append(pid)
            topic = PRESENTATION_TOPICS[i % len(PRESENTATION_TOPICS)]
            presentation_rows.append(
                rec(
                    id=pid, title=f"{topic} ({i + 1})", presenter=f"{rng.choice(DANISH_FIRST)} {rng.choice(DANISH_LAST)}",
                    presented_on=period_start + dt.timedelta(days=rng.randint(0, 400)) if rng.random() < 0.8 else None,
                    summary=_notes(rng, 3), source="https://example.dk/vidensbank",
                    involves_organisational=rng.random() < 0.5, involves_individual=rng.random() < 0.6,
                    involves_relatives=rng.random() < 0.3, criterion_frames=rng.random() < 0.5,
                    criterion_process=rng.random() < 0.5, criterion_use=rng.random() < 0.5,
                    tags="; ".join(rng.sample(["pårørende", "psykiatri", "kommune", "PRO", "ældre", "unge", "lighed"], 2)),
                )
            )
        s.execute(insert(T_pres), presentation_rows)
        counts["presentations"] = len(presentation_rows)

        # -------------------------------------------------------------- meetings
        rows: dict[str, list] = defaultdict(list)

        def invited(group_indexes: list[int], day: dt.date) -> list[dict]:
            out = []
            for g in group_indexes:
                for m in by_group[g]:
                    if m["joined"] <= day and (m["withdrawn"] is None or m["withdrawn"] >= day):
                        out.append(m)
            return out

        def add_meeting(group_indexes, day, fmt, status, title, *, items=None, notes_level=1,
                        attendance_share=1.0, approved=False, guests=0, start=None, end=None) -> tuple[int, list[dict]]:
            mid = ids.take(T_meeting)
            start_t, end_t = DEFAULT_TIMES[fmt]
            start_t, end_t = start or start_t, end or end_t
            held = status == MeetingStatus.HELD
            approved_on = day + dt.timedelta(days=14) if approved else None
            for g in group_indexes:
                rows["meeting_group"].append({"meeting_id": mid, "group_id": groups[g]["id"]})
            # agenda
            if items is None:
                template = BUILTIN_TEMPLATES["builtin:full_day" if fmt == MeetingFormat.FULL_DAY else "builtin:half_day"][2]
                items = list(template)
                if fmt == MeetingFormat.FULL_DAY and rng.random() < 0.5:
                    del items[7]  # one break fewer: 9 items
                elif fmt == MeetingFormat.HALF_DAY:
                    for _ in range(rng.randint(0, 2)):
                        items.insert(len(items) - 1, ("Eventuelt", AgendaItemKind.OTHER, 10))
            at = dt.datetime.combine(day, start_t, tzinfo=dt.timezone.utc)
            people = invited(group_indexes, day)
            guest_ids = []
            for k in range(guests):
                gid = ids.take(T_guest)
                guest_ids.append(gid)
                rows["guest"].append(rec(id=gid, meeting_id=mid, name=f"{rng.choice(INTERNATIONAL_FIRST)} {rng.choice(DANISH_LAST)}",
                                         organisation=rng.choice(ORGANISATIONS[Sector.RESEARCH]),
                                         role="Oplægsholder" if k == 0 else "Observatør"))
            present_people: list[dict] = []
            if held or attendance_share < 1.0:
                for m in people:
                    if held:
                        r = rng.random()
                        status_a = (
                            AttendanceStatus.PRESENT if r < 0.72 else AttendanceStatus.LATE if r < 0.78
                            else AttendanceStatus.LEFT_EARLY if r < 0.81 else AttendanceStatus.EXCUSED if r < 0.92
                            else AttendanceStatus.ABSENT if r < 0.98 else None
                        )
                    else:
                        status_a = AttendanceStatus.PRESENT if rng.random() < attendance_share else None
                    if status_a is None:
                        continue
                    if status_a.attended:
                        present_people.append(m)
                    rows["attendance"].append(
                        rec(id=ids.take(T_att), meeting_id=mid, member_id=m["id"], status=status_a,
                            arrived_at=dt.time(start_t.hour, 40) if status_a == AttendanceStatus.LATE else None,
                            left_at=dt.time(end_t.hour - 1, 15) if status_a == AttendanceStatus.LEFT_EARLY else None,
                            note="Afbud: syg" if status_a == AttendanceStatus.EXCUSED and rng.random() < 0.3 else "")
                    )
            n_items = len(items)
            for pos, (title_i, kind, minutes) in enumerate(items):
                iid = ids.take(T_item)
                notes = ""
                if held and notes_level == 1 and kind != AgendaItemKind.BREAK and rng.random() < 0.6:
                    notes = _notes(rng, rng.randint(1, 4))
                elif notes_level == 2:
                    notes = _long_notes(rng, pos)
                rows["agenda_item"].append(
                    rec(id=iid, meeting_id=mid, position=pos, title=title_i, kind=kind, planned_minutes=minutes,
                        presenter=rng.choice(FACILITATORS) if kind in (AgendaItemKind.WELCOME, AgendaItemKind.EVALUATION) else "",
                        description="", notes=notes,
                        actual_start=at if held else None, running_since=None,
                        elapsed_seconds=int(minutes * 60 * rng.uniform(0.8, 1.25)) if held else 0)
                )
                at += dt.timedelta(minutes=minutes)
                if kind == AgendaItemKind.KNOWLEDGE_PRESENTATION and presentation_ids:
                    for pid in rng.sample(presentation_ids, min(len(presentation_ids), rng.randint(1, 2))):
                        rows["agenda_item_presentation"].append({"agenda_item_id": iid, "presentation_id": pid})
                if not held:
                    continue
                discuss = kind in (AgendaItemKind.DISSEMINATION_DISCUSSION, AgendaItemKind.CONTRIBUTIONS_ROUND)
                n_dec = rng.randint(1, 3) if notes_level == 2 else (rng.randint(0, 2) if discuss else 0)
                n_act = rng.randint(1, 3) if notes_level == 2 else (rng.randint(0, 2) if discuss else 0)
                for d in range(n_dec):
                    rows["decision"].append(rec(id=ids.take(T_dec), agenda_item_id=iid, position=d, text=rng.choice(DECISIONS)))
                for a in range(n_act):
                    owner_member = rng.choice(present_people)["id"] if present_people and rng.random() < 0.85 else None
                    owner_guest = guest_ids[0] if owner_member is None and guest_ids and rng.random() < 0.5 else None
                    old = day < today - dt.timedelta(days=60)
                    rows["action_item"].append(
                        rec(id=ids.take(T_act), agenda_item_id=iid, position=a, text=rng.choice(ACTIONS),
                            owner_member_id=owner_member, owner_guest_id=owner_guest,
                            due_on=day + dt.timedelta(days=rng.choice([14, 30, 60])) if rng.random() < 0.8 else None,
                            status=ActionStatus.DONE if old and rng.random() < 0.6 else ActionStatus.OPEN,
                            dissemination=kind == AgendaItemKind.DISSEMINATION_DISCUSSION and rng.random() < 0.6)
                    )
            meeting = rec(
                id=mid, title=title, date=day, start=start_t, end=end_t, format=fmt,
                place=rng.choice(PLACES), status=status, notes="",
                facilitators=" og ".join(rng.sample(FACILITATORS, 2)),
                current_position=n_items - 1 if held else None,
                minutes_approved_on=approved_on, minutes_unlocked=False,
            )
            rows["meeting"].append(meeting)
            if approved_on is not None:
                rows["audit_entry"].append(
                    rec(id=ids.take(T_audit), action="minutes_approved", table_name="meeting",
                        record_uuid=str(meeting["uuid"]), old_value="", new_value=approved_on.isoformat(), note="")
                )
            return mid, people

        span = (period_end - period_start).days
        regular_ids: dict[str, int] = {}
        for i in range(n_meetings - 2):
            joint = rng.random() < 0.15 and n_groups > 1
            gs = rng.sample(range(n_groups), 2) if joint else [rng.randrange(n_groups)]
            day = _weekday(period_start + dt.timedelta(days=rng.randint(0, span - 3)))
            if day > period_end:
                day = period_end - dt.timedelta(days=3)
            if day < today:
                status = MeetingStatus.HELD if rng.random() < 0.9 else MeetingStatus.CANCELLED
            else:
                status = MeetingStatus.PLANNED
            fmt = MeetingFormat.FULL_DAY if rng.random() < 0.4 else MeetingFormat.HALF_DAY
            title = f"{' og '.join(groups[g]['name'] for g in gs)}: {rng.choice(TOPICS)}"
            approved = status == MeetingStatus.HELD and day < today - dt.timedelta(days=30) and rng.random() < 0.6
            mid, _people = add_meeting(gs, day, fmt, status, title, approved=approved,
                                       guests=1 if status == MeetingStatus.HELD and rng.random() < 0.2 else 0)
            if status == MeetingStatus.HELD and not approved:
                regular_ids.setdefault("held", mid)
            if status == MeetingStatus.PLANNED:
                regular_ids.setdefault("planned", mid)

        # The minutes meeting: the biggest group, a week before "today", 30 items full of minutes.
        biggest = max(range(n_groups), key=lambda g: (sizes[g], -g))
        minutes_items = []
        kinds = [AgendaItemKind.KNOWLEDGE_PRESENTATION, AgendaItemKind.DISSEMINATION_DISCUSSION,
                 AgendaItemKind.CONTRIBUTIONS_ROUND, AgendaItemKind.CROSS_GROUP_SHARING, AgendaItemKind.OTHER]
        for k in range(MINUTES_ITEMS):
            kind = AgendaItemKind.WELCOME if k == 0 else AgendaItemKind.EVALUATION if k == MINUTES_ITEMS - 1 else kinds[k % len(kinds)]
            minutes_items.append((f"Punkt {k + 1}: {TOPICS[k % len(TOPICS)]}", kind, 12 + (k % 4) * 2))
        minutes_id, _ = add_meeting(
            [biggest], _weekday(today - dt.timedelta(days=7)), MeetingFormat.FULL_DAY, MeetingStatus.HELD,
            f"{groups[biggest]['name']}: Temadag om brugerinddragelse", items=minutes_items, notes_level=2,
            guests=2, start=dt.time(9, 0), end=dt.time(16, 30),
        )

        # The big meeting: a joint meeting of the biggest groups, today, a quarter checked in.
        big_gs = sorted(range(n_groups), key=lambda g: (-sizes[g], g))[:big_n]
        big_id, big_people = add_meeting(
            big_gs, today, MeetingFormat.FULL_DAY, MeetingStatus.PLANNED,
            "Fællesmøde: Spredning af viden på tværs af grupperne", attendance_share=0.25,
        )
        registered = {r["member_id"] for r in rows["attendance"] if r["meeting_id"] == big_id}
        waiting = [m for m in big_people if m["id"] not in registered]
        special = [m for m in waiting if any(c in m["name"] for c in "æøåÆØÅ")]
        checkin = (special or waiting or big_people)[0]

        for table, key in (
            (T_meeting, "meeting"), (meeting_groups, "meeting_group"), (T_item, "agenda_item"),
            (agenda_item_presentations, "agenda_item_presentation"), (T_guest, "guest"), (T_att, "attendance"),
            (T_dec, "decision"), (T_act, "action_item"), (T_audit, "audit_entry"),
        ):
            if rows[key]:
                s.execute(insert(table), rows[key])
            counts[key] = len(rows[key])

    return GeneratedInfo(
        scale=scale,
        seed=seed,
        seconds=time.perf_counter() - t0,
        counts=counts,
        period_start=period_start,
        period_end=period_end,
        today=today,
        biggest_group_id=groups[biggest]["id"],
        biggest_group_size=sizes[biggest],
        big_meeting_id=big_id,
        big_meeting_group_ids=[groups[g]["id"] for g in big_gs],
        big_meeting_invited=len(big_people),
        checkin_member_id=checkin["id"],
        checkin_member_name=checkin["name"],
        minutes_meeting_id=minutes_id,
        minutes_meeting_items=MINUTES_ITEMS,
        held_meeting_id=regular_ids.get("held", minutes_id),
        planned_meeting_id=regular_ids.get("planned", big_id),
        member_count=counts["members"],
        meeting_count=counts["meeting"],
    )


def build(path: Path, scale: float, seed: int = 1) -> GeneratedInfo:
    """Create a new database file at ``path`` and fill it (the CLI and the benchmarks' fixture)."""
    db = open_database(path, create=True)
    try:
        info = generate(db, scale, seed)
        # No ANALYZE: the app never runs it, so the query plans are the ones a real file gets.
        # Closing the last connection checkpoints the WAL into the file.
    finally:
        db.close()
    return info


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Fill a new tankapp database with benchmark data.")
    p.add_argument("--scale", type=float, default=1.0, help="1 = the real think tank; 100 = 600 groups, 10,000 members")
    p.add_argument("--db", type=Path, required=True, help="the database file to create")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    args = p.parse_args(argv)
    if args.db.exists():
        if not args.force:
            print(f"{args.db} exists; use --force to replace it", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    info = build(args.db, args.scale, args.seed)
    total = time.perf_counter() - t0
    print(info.summary())
    print(f"  total with schema: {total:.2f} s -> {args.db} ({args.db.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
