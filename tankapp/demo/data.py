"""The demo think tank's data: the people, places, meetings, presentations, minutes and
contributions it shows (literal data only; :mod:`tankapp.demo.build` puts it in a database).

Everything is invented; see :mod:`tankapp.demo.build` for what the demo shows and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo


from tankapp.domain.enums import (
    AgendaItemKind,
    ContributionInvolvement,
    ContributionKind,
    ContributionStatus,
    Criterion,
    Involvement,
    MeetingFormat,
    RecruitedVia,
    Region,
    Sector,
    Setting,
)

SEED = 20_160_601
DEMO_NAME = "Tænketank for brugerinddragelse (demo)"
DEMO_MONTHS = 15
DEMO_MEETING_TARGET = 18
MONTHS_BEFORE_TODAY = 5  # the period started this many months ago (on the 1st)

# ------------------------------------------------------------------ groups

# group name: (description, active members, withdrawn members)
GROUP_SIZES: dict[str, tuple[str, int, int]] = {
    "Brugere": ("Patienter, borgere og pårørende med egne erfaringer og repræsentanter fra patientforeninger og brugerråd.", 12, 1),
    "Klinikere": ("Læger, sygeplejersker, terapeuter og andet sundhedspersonale fra hospitaler, kommuner og almen praksis.", 17, 2),
    "Ledere": ("Ledere i regioner og kommuner, der kan skabe rammer for inddragelse.", 11, 0),
    "Kvalitetskonsulenter": ("Kvalitets- og udviklingskonsulenter, der driver brugerinddragelse i deres organisation.", 14, 1),
    "Forskere": ("Forskere i bruger- og pårørendeinddragelse, implementering og organisation.", 19, 1),
    "Uddannelsesrepræsentanter": ("Undervisere og ledere fra de sundhedsfaglige uddannelser.", 13, 0),
}

# ------------------------------------------------------------------ people

FEATURED_NAMES = ["Søren Østergaard", "Åse Kjærgaard", "Mette Bækgaard", "Jørgen Aagaard"]

DANISH_FIRST_NAMES = """
    Aage Aase Anne-Mette Asger Astrid Bent Birthe Bjørn Bodil Børge Ebbe Freja Gitte Grethe
    Hans-Henrik Helle Henrik Ida Inger Jens Jesper Karen Kirsten Knud Kåre Lone Lærke Mads
    Maja Malene Marianne Mikkel Nanna Niels Ole Pernille Rasmus Rikke Signe Sørine Torben
    Trine Troels Ulla Vibeke Øjvind
""".split()

DANISH_LAST_NAMES = """
    Andersen Bech Brøndum Bøgh Christensen Dahl Dalsgaard Friis Hansen Holm Højgaard Jensen
    Jørgensen Kjeldsen Kjær Larsen Lund Lykke Madsen Mølgaard Møller Nielsen Nørgaard Nyborg
    Pedersen Poulsen Rasmussen Skovgaard Søndergaard Sørensen Thomsen Vestergaard Winther Aabye
""".split()

# Denmark speaks many languages: names as their owners write them.
INTERNATIONAL_NAMES = [
    "Łukasz Wiśniewski", "Agnieszka Dąbrowska",   # Polish
    "Şule Yılmaz", "Mehmet Öztürk", "Ayşe Demir",  # Turkish
    "Nguyễn Thị Hương",                            # Vietnamese
    "Amina Farah",                                 # Somali
    "Zoë O'Brien",                                 # Irish
    "Ahmad Al-Sayed",                              # Arabic
    "Fatemeh Hosseini", "Hamid Rahimi",            # Persian, Dari
    "Emir Hadžić", "Dražen Kovačević",             # Bosnian, Croatian
    "Oksana Kovalenko", "Andreea Popescu",         # Ukrainian, Romanian
    "Jürgen Müller", "Élodie Moreau",              # German, French
    "Björn Lindqvist", "Ingibjörg Sigurðardóttir",  # Swedish, Icelandic
    "Bárður Joensen", "Aputsiaq Kleist",           # Faroese, Greenlandic
    "Priya Raghunathan", "María Santos Reyes",     # Tamil, Filipino
]

# ------------------------------------------------------------------ places

MUNICIPALITY_REGION: dict[str, Region] = {
    **dict.fromkeys(["København", "Frederiksberg", "Gentofte", "Herlev", "Hillerød", "Hvidovre", "Lyngby-Taarbæk"], Region.HOVEDSTADEN),
    **dict.fromkeys(["Roskilde", "Næstved", "Slagelse", "Holbæk", "Sorø"], Region.SJAELLAND),
    **dict.fromkeys(["Odense", "Vejle", "Esbjerg", "Aabenraa", "Kolding", "Svendborg"], Region.SYDDANMARK),
    **dict.fromkeys(["Aarhus", "Viborg", "Herning", "Randers", "Horsens"], Region.MIDTJYLLAND),
    **dict.fromkeys(["Aalborg", "Hjørring", "Frederikshavn", "Thisted"], Region.NORDJYLLAND),
}

# short names for the sector column of the tables below
R, K, P, PO, U, F, O = (Sector.REGION, Sector.MUNICIPALITY, Sector.GENERAL_PRACTICE,
                        Sector.PATIENT_ORGANISATION, Sector.EDUCATION, Sector.RESEARCH, Sector.OTHER)

# group: organisations (name, sector, municipality) and Danish job titles
ORGANISATIONS: dict[str, list[tuple[str, Sector, str]]] = {
    "Brugere": [
        ("Hjerteforeningen", PO, "København"), ("Kræftens Bekæmpelse", PO, "København"),
        ("Diabetesforeningen", PO, "Odense"), ("Lungeforeningen", PO, "København"),
        ("Gigtforeningen", PO, "Gentofte"), ("SIND, Landsforeningen for psykisk sundhed", PO, "København"),
        ("Alzheimerforeningen", PO, "Frederiksberg"), ("Scleroseforeningen", PO, "Hvidovre"),
        ("Brugerrådet, Aalborg Universitetshospital", R, "Aalborg"),
        ("Patient- og pårørenderådet, Region Midtjylland", R, "Viborg"),
        ("Ældrerådet i Vejle Kommune", K, "Vejle"),
    ],
    "Klinikere": [
        ("Aarhus Universitetshospital", R, "Aarhus"), ("Rigshospitalet", R, "København"),
        ("Odense Universitetshospital", R, "Odense"), ("Aalborg Universitetshospital", R, "Aalborg"),
        ("Sjællands Universitetshospital", R, "Roskilde"), ("Regionshospitalet Gødstrup", R, "Herning"),
        ("Psykiatrien i Region Sjælland", R, "Slagelse"), ("Hjemmesygeplejen, Odense Kommune", K, "Odense"),
        ("Akutteamet, Københavns Kommune", K, "København"), ("Sundhedscenter Esbjerg", K, "Esbjerg"),
        ("Lægehuset i Vejle", P, "Vejle"), ("Lægerne i Hjørring", P, "Hjørring"),
    ],
    "Ledere": [
        ("Region Nordjylland", R, "Aalborg"), ("Hvidovre Hospital", R, "Hvidovre"),
        ("Næstved Sygehus", R, "Næstved"), ("Sygehus Lillebælt", R, "Vejle"),
        ("Københavns Kommune, Sundheds- og Omsorgsforvaltningen", K, "København"),
        ("Aarhus Kommune, Sundhed og Omsorg", K, "Aarhus"), ("Odense Kommune", K, "Odense"),
        ("Viborg Kommune", K, "Viborg"), ("Holbæk Kommune", K, "Holbæk"),
    ],
    "Kvalitetskonsulenter": [
        ("Region Hovedstaden, Center for Sundhed", R, "Hillerød"), ("Region Syddanmark, Kvalitet og Udvikling", R, "Vejle"),
        ("Region Sjælland, Kvalitet og Udvikling", R, "Sorø"), ("Aalborg Universitetshospital, Kvalitetsafdelingen", R, "Aalborg"),
        ("Hospitalsenhed Midt", R, "Viborg"), ("Randers Kommune, Sundhed og Ældre", K, "Randers"),
        ("Esbjerg Kommune", K, "Esbjerg"), ("Frederiksberg Kommune", K, "Frederiksberg"),
        ("Dansk Selskab for Patientsikkerhed", O, "København"),
    ],
    "Forskere": [
        ("Syddansk Universitet (SDU)", F, "Odense"), ("Aarhus Universitet", F, "Aarhus"),
        ("Københavns Universitet", F, "København"), ("Aalborg Universitet", F, "Aalborg"),
        ("Roskilde Universitet", F, "Roskilde"), ("VIVE, Det Nationale Forsknings- og Analysecenter for Velfærd", F, "København"),
        ("DEFACTUM, Region Midtjylland", R, "Aarhus"), ("Steno Diabetes Center Copenhagen", R, "Herlev"),
        ("Forskningsenheden for Almen Praksis", F, "Odense"),
    ],
    "Uddannelsesrepræsentanter": [
        ("Københavns Professionshøjskole", U, "København"), ("VIA University College", U, "Aarhus"),
        ("UCL Erhvervsakademi og Professionshøjskole", U, "Odense"), ("University College Nordjylland", U, "Aalborg"),
        ("Professionshøjskolen Absalon", U, "Roskilde"), ("SOSU H", U, "Herlev"), ("SOSU Fyn", U, "Odense"),
    ],
}

# (group, sector): Danish job titles; (group, None) is the group's fallback
JOB_TITLES: dict[tuple[str, Sector | None], list[str]] = {
    ("Brugere", PO): ["Patientrepræsentant", "Frivillig i lokalafdeling", "Formand for lokalafdelingen", "Bestyrelsesmedlem"],
    ("Brugere", None): ["Brugerrepræsentant", "Pårørenderepræsentant"],
    ("Klinikere", R): ["Overlæge", "Afdelingslæge", "Sygeplejerske", "Klinisk sygeplejespecialist", "Jordemoder", "Fysioterapeut"],
    ("Klinikere", K): ["Sygeplejerske", "Fysioterapeut", "Ergoterapeut", "Social- og sundhedsassistent"],
    ("Klinikere", P): ["Praktiserende læge", "Sygeplejerske i almen praksis"],
    ("Ledere", R): ["Afdelingssygeplejerske", "Ledende overlæge", "Klinikchef", "Vicedirektør"],
    ("Ledere", K): ["Sundhedschef", "Centerchef", "Leder af hjemmeplejen", "Områdeleder"],
    ("Kvalitetskonsulenter", None): ["Kvalitetskonsulent", "Udviklingskonsulent", "Patientsikkerhedskonsulent",
                                     "Specialkonsulent i brugerinddragelse", "Kvalitetskoordinator"],
    ("Forskere", None): ["Professor", "Lektor", "Adjunkt", "Postdoc", "Ph.d.-studerende", "Seniorforsker", "Forskningsleder"],
    ("Uddannelsesrepræsentanter", None): ["Lektor", "Adjunkt", "Uddannelsesleder", "Studieleder", "Underviser",
                                          "Klinisk vejleder", "Uddannelseskoordinator"],
}

# group: (why the person is engaged, why they can act as a change agent)
CRITERIA_NOTES: dict[str, tuple[list[str], list[str]]] = {
    "Brugere": (
        ["Egne erfaringer som patient gennem mange år", "Pårørende til en ægtefælle med demens", "Aktiv frivillig i patientforening"],
        ["Sidder i regionens patientinddragelsesudvalg", "Taler jævnligt for foreningens medlemmer", "Medlem af brugerrådet på hospitalet"],
    ),
    "Klinikere": (
        ["Har startet patientstyrede ambulatoriebesøg på afdelingen", "Brænder for fælles beslutningstagning", "Har arbejdet med pårørendeinddragelse i hjemmeplejen"],
        ["Nøgleperson for brugerinddragelse på afdelingen", "Underviser kolleger i samtaleredskaber", "Sidder i afdelingens kvalitetsråd"],
    ),
    "Ledere": (
        ["Har gjort brugerinddragelse til et strategisk mål", "Har etableret brugerråd i sit område"],
        ["Leder af ca. 120 medarbejdere", "Sidder i direktionens strategigruppe", "Har budgetansvar for udviklingsprojekter"],
    ),
    "Kvalitetskonsulenter": (
        ["Har evalueret regionens indsatser for patientinddragelse", "Driver netværk for brugerinddragelse"],
        ["Rådgiver ledelsen om kvalitetsudvikling", "Koordinerer PRO-indsatsen på tværs af afdelinger"],
    ),
    "Forskere": (
        ["Forsker i fælles beslutningstagning", "Har skrevet ph.d. om pårørendeinddragelse", "Forsker i brugerrepræsentanters rolle"],
        ["Leder en forskningsgruppe", "Formidler forskning til praksis gennem netværk", "Vejleder ph.d.-studerende"],
    ),
    "Uddannelsesrepræsentanter": (
        ["Har udviklet et valgfag om brugerinddragelse", "Inddrager patienter som undervisere"],
        ["Ansvarlig for studieordningen", "Koordinerer de kliniske forløb", "Sidder i uddannelsens aftagerpanel"],
    ),
}

# the usual way in for each sector, and the note that goes with it
RECRUITMENT: dict[Sector, tuple[RecruitedVia, str]] = {
    Sector.MUNICIPALITY: (RecruitedVia.KL, "Foreslået af KL"),
    Sector.REGION: (RecruitedVia.DANSKE_REGIONER, "Foreslået af Danske Regioner"),
    Sector.PATIENT_ORGANISATION: (RecruitedVia.OTHER, "Foreslået af Danske Patienter"),
    Sector.GENERAL_PRACTICE: (RecruitedVia.OTHER, "Foreslået af PLO"),
    Sector.EDUCATION: (RecruitedVia.VIBIS, "ViBIS' netværk af undervisere"),
    Sector.RESEARCH: (RecruitedVia.VIBIS, "ViBIS' forskernetværk"),
    Sector.OTHER: (RecruitedVia.OTHER, "Henvendte sig selv"),
}
VIBIS_NETWORK = (RecruitedVia.VIBIS, "Kendt fra ViBIS' netværksmøder")

WITHDRAWN_NOTES = ["Udtrådt: nyt job uden for sundhedsvæsenet", "Udtrådt: har ikke tid i projektperioden"]

# ------------------------------------------------------------------ meetings

PLACES = {
    "vibis": "ViBIS, Kongens Lyngby",
    "dp": "Danske Patienter, Facebodegade 1, København K",
    "dr": "Danske Regioner, Dampfærgevej 22, København Ø",
    "kl": "KL, Weidekampsgade 10, København S",
    "via": "VIA University College, Hedeager 2, Aarhus N",
    "sdu": "Syddansk Universitet, Campusvej 55, Odense M",
}
FULL, HALF = MeetingFormat.FULL_DAY, MeetingFormat.HALF_DAY

# (days from today, title, format, start, end, key in PLACES, groups); past ones are held.
# A date on a weekend moves to the Monday after.
MEETINGS: list[tuple[int, str, MeetingFormat, str, str, str, list[str]]] = [
    (-120, "Opstartsmøde for Brugere", FULL, "09:30", "15:30", "dp", ["Brugere"]),
    (-113, "Opstartsmøde for Klinikere", HALF, "12:30", "16:00", "vibis", ["Klinikere"]),
    (-45, "Fællesmøde: Ledere og Kvalitetskonsulenter", FULL, "09:30", "15:30", "dr", ["Ledere", "Kvalitetskonsulenter"]),
    (-20, "Brugerinddragelse i undervisningen", HALF, "09:00", "12:30", "via", ["Uddannelsesrepræsentanter"]),
    (14, "Opstartsmøde for Forskere", HALF, "12:30", "16:00", "sdu", ["Forskere"]),
    (35, "Pårørendeinddragelse i praksis", FULL, "09:30", "15:30", "kl", ["Brugere"]),
]

# The ViBIS secretariat (invented people): project lead, coordinator, student.
KAREN, JONAS, SOFIE = "Karen Friis (ViBIS)", "Jonas Mørch (ViBIS)", "Sofie Winther (ViBIS)"

# ------------------------------------------------------------------ knowledge library

ORG, IND, REL = Involvement.ORGANISATIONAL, Involvement.INDIVIDUAL, Involvement.RELATIVES
RAMMER, PROCES, ANVENDELSE = Criterion.FRAMES, Criterion.PROCESS, Criterion.USE

# key: (title, presenter, date given as days from today, or None for "the date of the
# first meeting that has it on its agenda", summary, source, kinds of involvement,
# criteria, tags). "evaluering" was given at a ViBIS network meeting and is on no
# agenda yet.
# The sources are the ones the think tank's own documents cite; the presenters outside
# ViBIS are invented.
PRESENTATIONS: dict[str, tuple[str, str, int | None, str, str, set[Involvement], set[Criterion], list[str]]] = {
    "definition": (
        "Hvad er brugerinddragelse? ViBIS' definition og kriterier",
        "ViBIS",
        None,
        "ViBIS' definition af brugerinddragelse og de tre former: organisatorisk, individuel og "
        "pårørendeinddragelse. Hver form vurderes ud fra de samme tre kriterier – rammer, proces og "
        "anvendelse – og brugerperspektivet skal have reel indflydelse. En spørgeskemaundersøgelse eller "
        "en pjece er ikke inddragelse i sig selv.",
        "ViBIS (2016): Inspirationskatalog – definition og kriterier for brugerinddragelse",
        {ORG, IND, REL},
        {RAMMER, PROCES, ANVENDELSE},
        ["definition", "kriterier", "inspirationskatalog"],
    ),
    "organisatorisk": (
        "Organisatorisk brugerinddragelse – hvorfor?",
        "ViBIS",
        None,
        "Hvorfor organisationer skal efterspørge og anvende brugernes perspektiv: brugerråd, "
        "brugerrepræsentanter i udvalg og brugere i forskning. Hvad kræver det af strategi, ledelse og "
        "ressourcer, og hvordan følger man op på, at perspektivet fik indflydelse?",
        "ViBIS (2019a): Organisatorisk brugerinddragelse – hvorfor?",
        {ORG},
        {RAMMER, ANVENDELSE},
        ["brugerråd", "brugerrepræsentanter", "ledelse"],
    ),
    "effekter": (
        "Effekter af individuel brugerinddragelse",
        "Hanne Vinther, Syddansk Universitet",
        None,
        "Hvad siger litteraturen om effekterne af fælles beslutningstagning og patientstyrede forløb? "
        "Gennemgang af effekter på viden, risikoforståelse, tilfredshed, adhærens og kliniske resultater.",
        "ViBIS (2019b): Effekter af individuel brugerinddragelse – hvad siger litteraturen?",
        {IND},
        {PROCES, ANVENDELSE},
        ["effekter", "fælles beslutningstagning", "PRO"],
    ),
    "undervisning": (
        "Fælles beslutningstagning i de sundhedsfaglige uddannelser",
        "Birgitte Holmgaard, Københavns Professionshøjskole",
        None,
        "Erfaringer med at træne studerende i inddragende samtaler, med patienter som medundervisere. "
        "Hvilke kompetencer skal de nyuddannede have med ud i klinikken?",
        "",
        {IND},
        {RAMMER, PROCES},
        ["uddannelse", "fælles beslutningstagning", "samtaleredskaber"],
    ),
    "pårørende": (
        "Pårørende som ressource: de fire trin",
        "ViBIS",
        None,
        "Pårørendeinddragelse begynder med fire trin: brugeren udpeger sine pårørende og beslutter, om og "
        "hvor meget de inddrages; organisationen afdækker de pårørendes viden, præferencer og behov og "
        "anvender deres viden og ressourcer i det omfang, brugeren og de pårørende ønsker det.",
        "ViBIS (2016): Inspirationskatalog – definition og kriterier for brugerinddragelse",
        {REL},
        {RAMMER, PROCES, ANVENDELSE},
        ["pårørende", "demens", "kommunal praksis"],
    ),
    "evaluering": (
        "Evaluering og forankring af brugerinddragende projekter",
        "Thomas Brandt, Aalborg Universitet",
        -80,
        "Mere end 1500 brugerinddragende indsatser er optalt på hospitalerne, men de færreste bliver "
        "evalueret. Hvordan følger man op, så inddragelsen bliver forankret i driften frem for at "
        "stoppe med projektet?",
        "ViBIS (2015); Pedersen et al. (2015)",
        {ORG},
        {ANVENDELSE},
        ["evaluering", "forankring", "implementering"],
    ),
}

# meeting title: (facilitators, presentations linked to its knowledge presentation item)
FACILITATION: dict[str, tuple[list[str], list[str]]] = {
    "Opstartsmøde for Brugere": ([KAREN], ["definition"]),
    "Opstartsmøde for Klinikere": ([JONAS], ["definition", "effekter"]),
    "Fællesmøde: Ledere og Kvalitetskonsulenter": ([KAREN, JONAS], ["definition", "organisatorisk"]),
    "Brugerinddragelse i undervisningen": ([SOFIE, JONAS], ["effekter", "undervisning"]),
    "Opstartsmøde for Forskere": ([KAREN], ["definition"]),
    "Pårørendeinddragelse i praksis": ([KAREN], ["pårørende"]),
}
TEMPLATES = {FULL: "builtin:full_day", HALF: "builtin:half_day"}

# ------------------------------------------------------------------ what happened at the held meetings

MEETING_SEED = SEED + 1  # its own sequence: changing the minutes never changes the people
COPENHAGEN = ZoneInfo("Europe/Copenhagen")

# Owners of action items: a present member who agreed to be named, a present member
# who did not (exports must leave the name out), the meeting's first guest, or nobody.
NAMED, UNNAMED, GUEST = "named", "unnamed", "guest"

# The big agenda items, by their title in the built-in templates.
WELCOME = "Velkomst og præsentation"
KNOWLEDGE = "Vidensoplæg"
SPREAD = "Drøftelse: Hvordan spreder vi den nye viden?"
OTHERS = "Nyt fra de andre ekspertgrupper"
CONTRIBUTIONS = "Runde: vidensbidrag til ViBIS"
NEEDS = "Behov og engagement i egen organisation"
EVALUATION = "Evaluering og tak for i dag"


@dataclass(frozen=True)
class DemoAction:
    item: str  # the agenda item's title
    text: str
    owner: str | None  # NAMED, UNNAMED, GUEST or None
    due_days: int  # due this many days after the meeting
    dissemination: bool
    done: bool


@dataclass(frozen=True)
class HeldMeeting:
    excused: int  # afbud
    absent: int
    late: int
    left_early: int
    guests: list[tuple[str, str, str]]  # (name, organisation, role)
    notes: dict[str, str]  # item title: notes
    decisions: dict[str, list[str]]  # item title: decisions
    actions: list[DemoAction] = field(default_factory=list)


EXCUSED_NOTES = ["Afbud: sygdom", "Afbud: vagt på afdelingen", "Afbud: kursus", "Afbud: ferie", ""]
LATE_NOTES = ["Forsinket tog", "Kom fra et andet møde", ""]
LEFT_EARLY_NOTES = ["Måtte gå til et møde i egen organisation", "Hentede børn"]

HELD_MEETINGS: dict[str, HeldMeeting] = {
    "Opstartsmøde for Brugere": HeldMeeting(
        excused=2, absent=1, late=2, left_early=1,
        guests=[],
        notes={
            WELCOME: "Karen bød velkommen. Alle fortalte kort, hvorfor de har sagt ja til tænketanken, "
                     "og hvad de håber at få med hjem.",
            KNOWLEDGE: "Karen gennemgik ViBIS' definition af brugerinddragelse og de tre former: "
                       "organisatorisk, individuel og pårørendeinddragelse.\n\n"
                       "Gruppen hæftede sig ved, at en spørgeskemaundersøgelse ikke i sig selv er inddragelse. "
                       "Flere har siddet i brugerråd, hvor de blev hørt, men aldrig fik at vide, hvad deres input "
                       "blev brugt til – det er kriteriet anvendelse, der mangler.",
            SPREAD: "Patientforeningerne har nyhedsbreve og lokalafdelinger, som kan bruges til at sprede viden. "
                    "Gruppen vil prøve et kort oplæg om de tre kriterier på et lokalafdelingsmøde.\n\n"
                    "Sproget skal være let: »rammer, proces og anvendelse« siger ikke alle noget.",
            OTHERS: "De andre grupper har ikke holdt møde endnu. Karen fortalte om gruppernes sammensætning.",
            CONTRIBUTIONS: "Eksempler: pårørenderåd på et hospice; patientstyrede ambulatoriebesøg, hvor patienten "
                           "selv booker tid.\n"
                           "Barrierer: brugerrepræsentanter får materialet for sent til at kunne forberede sig, og "
                           "møder i dagtimerne udelukker mange, der er i arbejde.\n"
                           "Videnshuller: hvordan rekrutterer man brugere, som ikke i forvejen er aktive i en forening?",
            NEEDS: "Foreningerne efterspørger en kort vejledning til nye brugerrepræsentanter. "
                   "Flere vil gerne mødes med klinikerne og høre deres side.",
            EVALUATION: "God energi i gruppen. Ønske om kortere oplæg og mere tid til drøftelse næste gang.",
        },
        decisions={
            SPREAD: ["Næste møde handler om pårørendeinddragelse."],
            EVALUATION: ["Materialet sendes ud senest en uge før hvert møde."],
        },
        actions=[
            DemoAction(KNOWLEDGE, "Send oplæggets slides til alle i gruppen", None, 7, False, True),
            DemoAction(SPREAD, "Fortæl om tænketanken og de tre kriterier på lokalafdelingens medlemsmøde",
                       NAMED, 45, True, False),
            DemoAction(SPREAD, "Skriv et kort indlæg til foreningens nyhedsbrev om brugerinddragelse",
                       UNNAMED, 60, True, False),
            DemoAction(CONTRIBUTIONS, "Find et eksempel på et brugerråd, der følger op på brugernes input",
                       NAMED, 30, True, True),
        ],
    ),
    "Opstartsmøde for Klinikere": HeldMeeting(
        excused=3, absent=1, late=1, left_early=1,
        guests=[("Hanne Vinther", "Syddansk Universitet", "Oplægsholder")],
        notes={
            KNOWLEDGE: "Jonas gennemgik definitionen. Hanne Vinther fremlagde, hvad litteraturen siger om effekterne "
                       "af fælles beslutningstagning: bedre viden og risikoforståelse og mere realistiske "
                       "forventninger; effekten på kliniske resultater er mere usikker.\n\n"
                       "Spørgsmål fra gruppen: Hvordan måler man effekten i en travl klinik?",
            SPREAD: "Klinikerne oplever, at strategierne er gode på papiret, men at der mangler tid og "
                    "samtaleredskaber i hverdagen. Forslag: korte undervisningssessioner på afdelingsmøder og en "
                    "fast nøgleperson for inddragelse i hvert team.",
            CONTRIBUTIONS: "Eksempel: patientstyret booking i et reumatologisk ambulatorium har givet færre "
                           "unødvendige kontroller.\n"
                           "Barriere: journalsystemet har ikke plads til patientens egne mål.\n"
                           "Videnshul: hvordan inddrager man patienter, der ikke taler dansk?",
            EVALUATION: "Oplægget var meget relevant. Ønske om konkrete værktøjer næste gang.",
        },
        decisions={
            SPREAD: ["Gruppen samler erfaringer med beslutningsstøtteværktøjer til næste møde."],
        },
        actions=[
            DemoAction(KNOWLEDGE, "Send litteraturlisten fra oplægget til gruppen", GUEST, 7, False, True),
            DemoAction(SPREAD, "Præsentér et beslutningsstøtteværktøj på næste afdelingsmøde", NAMED, 30, True, True),
            DemoAction(SPREAD, "Afprøv patientstyret booking og fortæl gruppen om erfaringerne", UNNAMED, 60, True, False),
        ],
    ),
    "Fællesmøde: Ledere og Kvalitetskonsulenter": HeldMeeting(
        excused=4, absent=2, late=2, left_early=1,
        guests=[("Lise Dam", "Danske Regioner", "Observatør fra styregruppen")],
        notes={
            WELCOME: "Karen og Jonas bød velkommen til det første fællesmøde. Lederne og kvalitetskonsulenterne "
                     "præsenterede sig for hinanden parvis.",
            KNOWLEDGE: "Oplæg om, hvorfor organisationer skal efterspørge og bruge brugernes perspektiv. "
                       "Drøftelse af, hvem der har ansvaret for at følge op, når et brugerråd har givet input.",
            SPREAD: "Overskrift fra tavlen: Regionens strategi & kommunernes praksis < forventet.\n\n"
                    "Strategierne nævner brugerinddragelse, men der er sjældent afsat ressourcer, og ingen følger op "
                    "på anvendelsen. Kvalitetskonsulenterne kan hjælpe lederne med at gøre opfølgningen til en fast "
                    "del af driften.",
            OTHERS: "Karen fortalte fra Brugernes opstartsmøde: brugerrepræsentanter savner at høre, hvad deres "
                    "input blev brugt til. Det gav genklang hos lederne.",
            CONTRIBUTIONS: "Eksempler: et brugerråd i hjemmeplejen, der er med til at prioritere budgettet; "
                           "PRO-data brugt i den årlige kvalitetsrapport.\n"
                           "Barrierer: projekter stopper, når projektmidlerne slipper op; for mange indsatser "
                           "evalueres aldrig.",
            NEEDS: "Lederne ønsker en kort tjekliste til at vurdere egne indsatser ud fra rammer, proces og "
                   "anvendelse. Kvalitetskonsulenterne efterspørger ledelsesopbakning, når en indsats skal "
                   "forankres i driften.",
            EVALUATION: "Fællesmødet blev vurderet som meget udbytterigt. Flere vil gerne gentage formatet.",
        },
        decisions={
            NEEDS: ["Ledere og kvalitetskonsulenter laver i fællesskab en tjekliste for rammer, proces og anvendelse."],
            EVALUATION: ["Gruppen foreslår styregruppen et fællesmøde med Klinikere."],
        },
        actions=[
            DemoAction(SPREAD, "Drøft tjeklisten i egen ledergruppe", NAMED, 30, True, False),
            DemoAction(CONTRIBUTIONS, "Send eksemplet med brugerrådet i hjemmeplejen til ViBIS", UNNAMED, 14, True, True),
            DemoAction(EVALUATION, "Forelæg forslaget om fællesmøde for styregruppen", None, 21, False, False),
        ],
    ),
    "Brugerinddragelse i undervisningen": HeldMeeting(
        excused=2, absent=1, late=1, left_early=1,
        guests=[("Birgitte Holmgaard", "Københavns Professionshøjskole", "Oplægsholder")],
        notes={
            KNOWLEDGE: "Sofie opsummerede effekterne af individuel brugerinddragelse. Birgitte Holmgaard fortalte, "
                       "hvordan de studerende træner inddragende samtaler med patienter som medundervisere.",
            SPREAD: "Underviserne vil bringe patienternes stemme ind i undervisningen tidligt i uddannelsen, ikke "
                    "kun i valgfag. Det kræver, at studieordningen giver plads, og at de kliniske vejledere er med.",
            CONTRIBUTIONS: "Eksempel: patienter som medundervisere på sygeplejerskeuddannelsen.\n"
                           "Barriere: det er svært at honorere patientundervisere.\n"
                           "Videnshul: hvordan vurderer man de studerendes inddragende kompetencer?",
            EVALUATION: "Konkret og nærværende møde. Ønske om at høre fra Klinikere om, hvad de nyuddannede mangler.",
        },
        decisions={
            SPREAD: ["Gruppen samler eksempler på patienter som medundervisere til ViBIS' inspirationskatalog."],
        },
        actions=[
            DemoAction(SPREAD, "Tag patienter med som medundervisere i næste semesters valgfag", NAMED, 90, True, False),
            DemoAction(SPREAD, "Del undervisningsmaterialet om inddragende samtaler med de andre skoler",
                       UNNAMED, 30, True, False),
            DemoAction(CONTRIBUTIONS, "Beskriv honorarmodellen for patientundervisere", NAMED, 14, False, True),
        ],
    ),
}
APPROVED_MEETING = "Opstartsmøde for Brugere"
APPROVED_AFTER_DAYS = 21  # approved at the secretariat's next round, three weeks later

# ------------------------------------------------------------------ knowledge contributions (vidensbidrag)

FREMMER, BARRIERE, EKSEMPEL, VIDENSHUL = (ContributionKind.PROMOTER, ContributionKind.BARRIER,
                                          ContributionKind.EXAMPLE, ContributionKind.GAP)
C_ORG, C_IND, C_REL, C_NONE = (ContributionInvolvement.ORGANISATIONAL, ContributionInvolvement.INDIVIDUAL,
                               ContributionInvolvement.RELATIVES, ContributionInvolvement.UNSPECIFIED)
S_REG, S_KOM, S_TVAERS, S_NONE = Setting.REGION, Setting.MUNICIPALITY, Setting.CROSS_SECTOR, Setting.UNSPECIFIED
DRAFT, REVIEWED, SENT = ContributionStatus.DRAFT, ContributionStatus.REVIEWED, ContributionStatus.SENT


@dataclass(frozen=True)
class DemoContribution:
    meeting: str  # a held meeting's title
    group: str  # the member's group (one of the meeting's groups)
    kind: ContributionKind
    involvement: ContributionInvolvement
    criteria: frozenset[Criterion]
    setting: Setting
    title: str
    text: str
    member: str | None  # NAMED (agreed to be named), UNNAMED (did not) or None
    status: ContributionStatus
    sent_after_days: int = 0  # SENT: sent to ViBIS this many days after the meeting


def _c(meeting, group, kind, involvement, criteria, setting, title, text, member=None, status=DRAFT, sent_after_days=0):
    return DemoContribution(meeting, group, kind, involvement, frozenset(criteria), setting, title, text, member,
                            status, sent_after_days)


BRUGERE_START, KLINIKERE_START = "Opstartsmøde for Brugere", "Opstartsmøde for Klinikere"
JOINT_MEETING, TEACHING = "Fællesmøde: Ledere og Kvalitetskonsulenter", "Brugerinddragelse i undervisningen"

# What the held meetings' rounds of contributions (Runde: vidensbidrag til ViBIS) gave:
# every kind, every kind of involvement in every criterion, a few not yet classified
# (no kind of involvement, or no criterion), members who agreed to be named and members
# who did not (exports must leave those names out; in the demo every Brugere member who
# came agreed, so those are in the other groups), drafts, reviewed ones, and some of the
# first meetings' contributions already sent to ViBIS with the day they went.
KNOWLEDGE_CONTRIBUTIONS: list[DemoContribution] = [
    # -- Brugere
    _c(BRUGERE_START, "Brugere", BARRIERE, C_ORG, {PROCES}, S_REG,
       "Mødemateriale kommer for sent til brugerrepræsentanterne",
       "Brugerrepræsentanter får ofte materialet dagen før mødet. De kan ikke nå at forberede sig eller at spørge "
       "deres bagland, og så bliver de tilhørere frem for deltagere.",
       None, SENT, 16),
    _c(BRUGERE_START, "Brugere", BARRIERE, C_ORG, {ANVENDELSE}, S_REG,
       "Brugerrådet hører aldrig, hvad input blev brugt til",
       "Flere har siddet i brugerråd, hvor de blev hørt, men aldrig fik at vide, hvad deres input blev brugt til. "
       "Det er kriteriet anvendelse, der mangler, og det tager lysten fra de frivillige.",
       NAMED, SENT, 16),
    _c(BRUGERE_START, "Brugere", BARRIERE, C_ORG, {RAMMER}, S_NONE,
       "Møder i dagtimerne udelukker brugere, der er i arbejde",
       "Brugerråd og udvalg mødes næsten altid i dagtimerne. Det udelukker mange, der er i arbejde, og rådene "
       "kommer til at bestå af pensionister.",
       None, SENT, 16),
    _c(BRUGERE_START, "Brugere", EKSEMPEL, C_REL, {PROCES, ANVENDELSE}, S_REG,
       "Pårørenderåd på et hospice",
       "Hospicet har et pårørenderåd, der mødes fire gange om året. Rådet har fået ændret besøgstiderne og "
       "indrettet et stille rum til de pårørende; ledelsen svarer skriftligt på hvert forslag.",
       NAMED, REVIEWED),
    _c(BRUGERE_START, "Brugere", EKSEMPEL, C_IND, {PROCES, ANVENDELSE}, S_REG,
       "Patientstyrede ambulatoriebesøg: patienten booker selv tid",
       "Patienten booker selv sin kontrol, når der er brug for den, i stedet for faste tider hvert halve år. "
       "Det giver tryghed at vide, at man kan komme til, når det er svært.",
       NAMED),
    _c(BRUGERE_START, "Brugere", VIDENSHUL, C_ORG, {PROCES}, S_NONE,
       "Hvordan rekrutterer man brugere, der ikke er aktive i en forening?",
       "Brugerrådene består af de samme få, der i forvejen er aktive i en patientforening. Vi mangler viden om, "
       "hvordan man når unge, travle og borgere med et andet modersmål."),
    _c(BRUGERE_START, "Brugere", VIDENSHUL, C_REL, set(), S_KOM,
       "Mangler viden om hvordan man involverer pårørende til borgere med demens",
       "Når borgeren ikke selv kan sige, hvem der skal inddrages, og hvor meget, hvem beslutter det så? "
       "Kommunens medarbejdere er usikre på, hvor langt de må gå.",
       None),
    _c(BRUGERE_START, "Brugere", FREMMER, C_ORG, {RAMMER}, S_NONE,
       "En kort vejledning til nye brugerrepræsentanter",
       "Foreningerne efterspørger en kort vejledning: hvad forventes der, hvad må man sige, og hvem spørger man. "
       "Det gør det lettere at sige ja og at bidrage fra første møde.",
       None, REVIEWED),
    _c(BRUGERE_START, "Brugere", BARRIERE, C_REL, {PROCES}, S_REG,
       "Patienten bliver ikke spurgt, hvem der er pårørende",
       "Ved indlæggelse noteres »nærmeste pårørende«, men patienten bliver ikke spurgt, hvem der skal inddrages, "
       "og i hvad. Så bliver det tilfældigt, hvem der får information.",
       None, SENT, 16),
    # -- Klinikere
    _c(KLINIKERE_START, "Klinikere", EKSEMPEL, C_IND, {PROCES, ANVENDELSE}, S_REG,
       "Patientstyret booking i et reumatologisk ambulatorium",
       "Patienter med stabil leddegigt booker selv kontrol, når de har brug for det. Det har givet færre "
       "unødvendige kontroller og hurtigere hjælp ved opblussen.\n\nPatienterne får en kort introduktion, "
       "og sygeplejersken følger op, hvis en patient ikke har været i kontakt i et år.",
       NAMED, SENT, 21),
    _c(KLINIKERE_START, "Klinikere", EKSEMPEL, C_IND, {PROCES, ANVENDELSE}, S_REG,
       "PRO-data bruges i samtalen",
       "Patienten udfylder et kort PRO-skema før besøget. Lægen og patienten gennemgår svarene sammen og vælger, "
       "hvad samtalen skal handle om – det er patientens svar, der sætter dagsordenen.",
       NAMED, REVIEWED),
    _c(KLINIKERE_START, "Klinikere", BARRIERE, C_IND, {RAMMER}, S_REG,
       "Journalsystemet har ikke plads til patientens egne mål",
       "Der er intet felt til det, patienten selv vil opnå. Målene står i fritekst, hvis de står nogen steder, "
       "og næste behandler finder dem ikke.",
       UNNAMED, SENT, 21),
    _c(KLINIKERE_START, "Klinikere", BARRIERE, C_IND, {RAMMER}, S_NONE,
       "Ingen tid til fælles beslutningstagning i en travl klinik",
       "Strategien taler om fælles beslutningstagning, men besøgstiden er den samme. Samtaleredskaberne bliver "
       "ikke brugt, når der er 15 minutter pr. patient."),
    _c(KLINIKERE_START, "Klinikere", VIDENSHUL, C_IND, {PROCES}, S_TVAERS,
       "Hvordan inddrager vi patienter, der ikke taler dansk?",
       "Der bestilles tolk til den kliniske samtale, men beslutningsstøtten og materialet findes kun på dansk. "
       "Vi mangler viden om, hvad der virker for patienter med et andet modersmål.",
       UNNAMED),
    _c(KLINIKERE_START, "Klinikere", FREMMER, C_IND, {RAMMER, PROCES}, S_REG,
       "Fast nøgleperson for inddragelse i hvert team",
       "En nøgleperson i hvert team holder øje med, at samtaleredskaberne bliver brugt, og tager nye kolleger "
       "med i den første samtale.",
       None, REVIEWED),
    _c(KLINIKERE_START, "Klinikere", FREMMER, C_NONE, set(), S_NONE,
       "Korte undervisningssessioner på afdelingsmødet",
       "Ti minutter på hvert afdelingsmøde om ét redskab ad gangen. Det er lettere at få plads til end en hel "
       "temadag."),
    # -- Ledere og Kvalitetskonsulenter (the joint meeting)
    _c(JOINT_MEETING, "Ledere", EKSEMPEL, C_ORG, {RAMMER, PROCES, ANVENDELSE}, S_KOM,
       "Brugerråd med reel indflydelse på budgettet",
       "I hjemmeplejen er brugerrådet med til at prioritere en del af budgettet. Ledelsen svarer skriftligt på "
       "hvert forslag, og rådet ser resultatet i den årlige opfølgning.",
       NAMED, SENT, 14),
    _c(JOINT_MEETING, "Ledere", BARRIERE, C_ORG, {RAMMER}, S_REG,
       "Ledelsen efterspørger ikke brugernes viden",
       "Strategien nævner brugerinddragelse, men ledelsen spørger ikke efter, hvad brugerne har sagt, når der "
       "træffes beslutninger. Så bliver inddragelsen en pligtøvelse.",
       UNNAMED, REVIEWED),
    _c(JOINT_MEETING, "Kvalitetskonsulenter", BARRIERE, C_ORG, {RAMMER, ANVENDELSE}, S_TVAERS,
       "Projekter stopper, når projektmidlerne slipper op",
       "Mange inddragende indsatser er projekter med en slutdato. Når midlerne slipper op, er der ingen i driften, "
       "der ejer dem, og erfaringerne forsvinder.",
       NAMED, REVIEWED),
    _c(JOINT_MEETING, "Kvalitetskonsulenter", EKSEMPEL, C_ORG, {ANVENDELSE}, S_REG,
       "PRO-data i den årlige kvalitetsrapport",
       "Afdelingens PRO-data samles i den årlige kvalitetsrapport, og ledelsen vælger hvert år to forbedringer "
       "ud fra dem. Patienterne kan se resultatet på afdelingens hjemmeside.",
       NAMED, SENT, 14),
    _c(JOINT_MEETING, "Kvalitetskonsulenter", BARRIERE, C_ORG, {ANVENDELSE}, S_REG,
       "De færreste inddragende indsatser bliver evalueret",
       "Der er talt mere end 1500 brugerinddragende indsatser på hospitalerne, men kun få er evalueret. "
       "Uden evaluering ved ingen, om brugernes perspektiv fik indflydelse."),
    _c(JOINT_MEETING, "Kvalitetskonsulenter", FREMMER, C_ORG, {RAMMER}, S_KOM,
       "Ledelsesopbakning, når en indsats skal forankres i driften",
       "Når lederen sætter indsatsen på driftsmødets dagsorden og afsætter timer til den, overlever den "
       "projektperioden.",
       UNNAMED),
    _c(JOINT_MEETING, "Ledere", VIDENSHUL, C_ORG, {RAMMER, PROCES, ANVENDELSE}, S_NONE,
       "Hvordan vurderer vi egne indsatser ud fra rammer, proces og anvendelse?",
       "Lederne ønsker en kort tjekliste, så de selv kan se, hvor en indsats halter. Det findes ikke i dag."),
    _c(JOINT_MEETING, "Ledere", VIDENSHUL, C_REL, {RAMMER}, S_KOM,
       "Hvor mange ressourcer kræver pårørendeinddragelse i hjemmeplejen?",
       "Vi vil gerne afdække de pårørendes viden og behov ved opstart, men ved ikke, hvad det koster i tid, "
       "og hvad vi får igen."),
    # -- Uddannelsesrepræsentanter
    _c(TEACHING, "Uddannelsesrepræsentanter", EKSEMPEL, C_IND, {RAMMER}, S_NONE,
       "Patienter som medundervisere på sygeplejerskeuddannelsen",
       "Patienter underviser sammen med lektoren i inddragende samtaler. De studerende øver samtalen med en "
       "patient, der giver feedback med det samme.",
       NAMED, REVIEWED),
    _c(TEACHING, "Uddannelsesrepræsentanter", BARRIERE, C_NONE, {RAMMER}, S_NONE,
       "Det er svært at honorere patientundervisere",
       "Der er ingen fast model for honorar til patienter, der underviser, og mange må ikke modtage honorar på "
       "grund af deres ydelser. Så bliver det tilfældigt, hvem der kan være med.",
       UNNAMED),
    _c(TEACHING, "Uddannelsesrepræsentanter", VIDENSHUL, C_IND, {RAMMER}, S_NONE,
       "Hvordan vurderer man de studerendes inddragende kompetencer?",
       "Eksamen måler viden om inddragelse, ikke om den studerende kan inddrage. Vi mangler redskaber til at "
       "vurdere det i praktikken."),
    _c(TEACHING, "Uddannelsesrepræsentanter", FREMMER, C_REL, {PROCES}, S_TVAERS,
       "Studerende øver pårørendesamtalen i simulation",
       "I simulationslaboratoriet spiller en pårørende sig selv, og de studerende øver at spørge, hvad den "
       "pårørende ved, ønsker og har brug for – før borgeren udskrives til kommunen.",
       None, REVIEWED),
]


# ------------------------------------------------------------------ the steering committee (styregruppe)

# Representatives of regions, municipalities and the partners; ViBIS plans and runs its
# meetings. Not an expert group: it counts toward none of the groups' figures. Two of its
# members have not agreed to be named (its minutes must leave them out).
# (name, organisation, job title, sector, municipality where they work, consent to be named)
STEERING_MEMBERS: list[tuple[str, str, str, Sector, str, bool]] = [
    ("Birgitte Holm-Sørensen", "Danske Regioner", "Chefkonsulent", Sector.REGION, "København", True),
    ("Henrik Vestergaard", "KL", "Chefkonsulent, Sundhed og Ældre", Sector.MUNICIPALITY, "København", True),
    ("Nadia El-Khatib", "Danske Patienter", "Sektionsleder", Sector.PATIENT_ORGANISATION, "København", True),
    ("Lone Aabenhus", "Region Midtjylland, Kvalitet og Patientsikkerhed", "Kontorchef", Sector.REGION, "Aarhus", True),
    ("Peter Kragh", "Aalborg Kommune, Sundhed og Kultur", "Sundhedschef", Sector.MUNICIPALITY, "Aalborg", False),
    ("Ingrid Thorsen", "Region Syddanmark, Patientinddragelse", "Udviklingskonsulent", Sector.REGION, "Vejle", False),
    ("Jakob Ravn", "Københavns Kommune, Sundheds- og Omsorgsforvaltningen", "Specialkonsulent",
     Sector.MUNICIPALITY, "København", True),
]
STEERING_SEED = SEED + 2  # its own sequence: the steering committee never changes the groups' data

# (days from today, title, format, start, end, key in PLACES); past ones are held. The status
# report is put first on each agenda by the meetings service; these items follow it.
STEERING_MEETINGS: list[tuple[int, str, MeetingFormat, str, str, str]] = [
    (-70, "Styregruppemøde: status efter opstarten", HALF, "13:00", "15:00", "dp"),
    (25, "Styregruppemøde: midtvejsstatus", HALF, "13:00", "15:00", "kl"),
    (150, "Styregruppemøde: evaluering og afslutning", HALF, "13:00", "15:00", "dr"),
]
STATUS_REPORT = "Statusrapport"
STEERING_GROUPS = "Nyt fra ekspertgrupperne"
STEERING_DECISIONS = "Beslutninger om projektets næste fase"
STEERING_NEXT = "Næste møde og eventuelt"
# (title, kind, planned minutes) after the status report
STEERING_ITEMS: list[tuple[str, AgendaItemKind, int]] = [
    (STEERING_GROUPS, AgendaItemKind.OTHER, 35),
    (STEERING_DECISIONS, AgendaItemKind.OTHER, 30),
    (STEERING_NEXT, AgendaItemKind.OTHER, 15),
]
STEERING_HELD: dict[str, HeldMeeting] = {
    "Styregruppemøde: status efter opstarten": HeldMeeting(
        excused=1, absent=0, late=1, left_early=0,
        guests=[],
        notes={
            STATUS_REPORT: "Karen gennemgik statusrapporten: alle seks ekspertgrupper er etableret, og to møder er "
                           "holdt. Forskere mangler stadig medlemmer fra to regioner.",
            STEERING_GROUPS: "Brugere og Klinikere er kommet godt i gang. Styregruppen hæftede sig ved, at "
                             "brugerrådene ofte ikke får at vide, hvad deres input blev brugt til.",
            STEERING_DECISIONS: "Styregruppen drøftede, hvordan KL og Danske Regioner kan hjælpe med at "
                                "rekruttere de sidste medlemmer.",
        },
        decisions={
            STEERING_DECISIONS: ["KL og Danske Regioner hjælper med at rekruttere forskere i Region Nordjylland "
                                 "og Region Sjælland.",
                                 "Næste statusrapport sendes ud en uge før mødet."],
        },
        actions=[
            DemoAction(STEERING_DECISIONS, "Send rekrutteringsopslaget til de kommunale sundhedschefer",
                       UNNAMED, 21, False, True),
            DemoAction(STEERING_DECISIONS, "Find en forsker fra Region Nordjylland til ekspertgruppen",
                       NAMED, 45, False, False),
        ],
    ),
}
