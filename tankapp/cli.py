"""The command line: ``tankapp [--db PATH] COMMAND``.

Exit codes: 0 success, 1 the data or input is wrong, 2 a usage error. Every
error is one plain line on stderr. Without a command the GUI opens.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tankapp import __version__

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see {self.prog.split()[0]} --help)")


def _date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)")


_ID = re.compile(r"[+-]?[0-9]+\Z")


def _id(text: str) -> int:
    """A record id as typed: ASCII digits only ("1_0" and a full-width "１" are not ids)."""
    if not _ID.match(text.strip()):
        raise argparse.ArgumentTypeError(f"'{text}' is not an id (a whole number, see the list commands)")
    return int(text.strip())


def _clock(text: str) -> dt.time:
    """``"9:05"``, ``"09:05"`` or ``"09.05"`` (the Danish way) -> a time of day."""
    for fmt in ("%H:%M", "%H.%M"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).time()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a time of day (use HH:MM)")


ATTENDANCE_STATES = ["present", "late", "left_early", "excused", "absent"]


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tankapp",
        description="Run the expert-group meetings of a think tank. Without a command the window opens.",
    )
    p.add_argument("--version", action="version", version=f"tankapp {__version__}")
    p.add_argument("--db", metavar="PATH", help="database file (default: the user data folder)")
    p.add_argument("--lang", choices=["da", "en"], help="language of the window (default: Danish)")
    p.add_argument("--smoke-test", nargs="?", const="loaded", choices=["loaded", "shown"], help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    # --db is accepted after the command too: `tankapp members list --db X`.
    db_after = _Parser(add_help=False)
    db_after.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    leaf = {"parents": [db_after]}

    init = sub.add_parser("init", **leaf, help="create a database with a think tank and its six groups")
    init.add_argument("--name", help="the think tank's name")
    init.add_argument("--start", type=_date, help="project start date (default: today)")
    init.add_argument("--months", type=int, default=15, help="length of the project period (default 15)")
    init.add_argument("--meetings", type=int, default=18, help="meeting target (default 18)")

    sub.add_parser("demo", **leaf, help="create a database holding a fictional demo think tank")

    st = sub.add_parser("status", **leaf, help="the success criteria with their states and figures")
    st.add_argument("--format", choices=["table", "json"], default="table")

    groups = sub.add_parser("groups", help="expert groups")
    gsub = groups.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    glist = gsub.add_parser("list", **leaf, help="list the groups with their member counts")
    _format_arg(glist)

    members = sub.add_parser("members", help="the member registry")
    msub = members.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    mlist = msub.add_parser("list", **leaf, help="list members, sorted the Danish way")
    mlist.add_argument("--group", metavar="NAME", help="only this group's members")
    _format_arg(mlist)

    meetings = sub.add_parser("meetings", help="the expert groups' meetings")
    mtsub = meetings.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    mtlist = mtsub.add_parser("list", **leaf, help="list meetings by date and time")
    mtlist.add_argument("--group", metavar="NAME", help="only this group's meetings (joint meetings included)")
    _format_arg(mtlist)

    attendance = sub.add_parser("attendance", help="who came to a meeting (fremmøde)")
    asub = attendance.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    alist = asub.add_parser("list", **leaf, help="the invited members and their state, then the guests")
    alist.add_argument("--meeting", metavar="ID", type=_id, required=True, help="the meeting's id (see: meetings list)")
    _format_arg(alist)
    aset = asub.add_parser("set", **leaf, help="register a member's attendance")
    aset.add_argument("--meeting", metavar="ID", type=_id, required=True, help="the meeting's id (see: meetings list)")
    aset.add_argument("--member", metavar="ID", type=_id, required=True, help="the member's id (see: members list)")
    aset.add_argument("--status", choices=ATTENDANCE_STATES, required=True, help="the member's state (excused: afbud)")
    aset.add_argument("--at", metavar="HH:MM", type=_clock,
                      help="arrival time (late) or leaving time (left_early); default: now")
    aset.add_argument("--note", metavar="TEXT", help="a note on the registration (replaces the one there)")

    member = sub.add_parser("member", help="one member's personal data (GDPR): a copy, anonymise, delete")
    mbsub = member.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    mbexp = mbsub.add_parser("export", **leaf, help="write everything held about the member (JSON or PDF, by the ending)")
    mbexp.add_argument("member", metavar="ID", type=_member_id, help="the member's id (see: members list)")
    mbexp.add_argument("--out", metavar="FILE", required=True, help="FILE.json or FILE.pdf (replaced if it exists)")
    mbano = mbsub.add_parser(
        "anonymise", **leaf,
        help="replace the member's name with 'Tidligere medlem N' everywhere and remove their contact data; "
             "attendance and statistics stay",
    )
    mbano.add_argument("member", metavar="ID", type=_member_id, help="the member's id (see: members list)")
    mbdel = mbsub.add_parser(
        "delete", **leaf,
        help="delete the member and their attendance for good (without --yes: only say what would go)",
    )
    mbdel.add_argument("member", metavar="ID", type=_member_id, help="the member's id (see: members list)")
    mbdel.add_argument("--yes", action="store_true", help="really delete")
    for p_ in (mbano, mbdel):
        p_.add_argument("--also", metavar="WORD", action="append", default=[],
                        help="also replace this word or name in texts, e.g. the first name alone (repeatable)")

    contribs = sub.add_parser("contributions", help="knowledge contributions (vidensbidrag) to ViBIS")
    csub = contribs.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    clist = csub.add_parser("list", **leaf, help="list the contributions, newest meeting first")
    clist.add_argument("--group", metavar="NAME", help="only this group's contributions")
    _format_arg(clist)

    export = sub.add_parser("export", help="documents: a meeting's agenda, minutes, ...; the contributions to ViBIS")
    esub = export.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    for name, what in (
        ("agenda", "the meeting's agenda as a PDF"),
        ("ics", "the meeting as a calendar invitation (.ics)"),
        ("minutes", "the meeting's minutes (referat) as a PDF"),
        ("signin", "the meeting's sign-in sheet (fremmødeliste) as a PDF"),
    ):
        e = esub.add_parser(name, **leaf, help=f"write {what}")
        e.add_argument("--meeting", metavar="ID", type=_id, required=True, help="the meeting's id (see: meetings list)")
        e.add_argument("--out", metavar="FILE", required=True, help="the file to write (replaced if it exists)")
    ec = esub.add_parser(
        "contributions", **leaf,
        help="write the contributions to ViBIS as a PDF report, CSV or JSON (by the file ending); marks them sent",
    )
    ec.add_argument("--group", metavar="NAME", help="only this group's contributions")
    ec.add_argument("--unsent", action="store_true", help="only the contributions not sent before")
    ec.add_argument("--out", metavar="FILE", required=True,
                    help="FILE.pdf, FILE.csv or FILE.json (replaced if it exists)")

    evaluation = sub.add_parser("evaluation", help="the members' self-evaluation")
    evsub = evaluation.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    evexp = evsub.add_parser(
        "export", **leaf,
        help="write every answer for analysis, pseudonymised (no name, e-mail or id): XLSX with labels "
             "or CSV for Danish Excel, by the ending",
    )
    evexp.add_argument("--out", metavar="FILE", required=True, help="FILE.xlsx or FILE.csv (replaced if it exists)")

    # Reports: one ACTION per report, each a PDF to --out, run by _report (add a line here and in COMMANDS).
    report = sub.add_parser("report", help="reports as PDF with charts, for the steering committee; no member named")
    rsub = report.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    for name, what in (
        ("status", "the status report for the steering committee: the success criteria with their states, "
                   "figures and charts, the next meetings"),
        ("evaluation", "the final evaluation report: participation, the three success statements per group, "
                       "knowledge gain, promoters and barriers"),
    ):
        r = rsub.add_parser(name, **leaf, help=f"write {what}")
        r.add_argument("--out", metavar="FILE.pdf", required=True, help="the PDF to write (replaced if it exists)")

    bk = sub.add_parser(
        "backup", **leaf,
        help="copy the database to a checked backup (default: the backups folder, keeping 7 daily and 8 weekly)",
    )
    bk.add_argument("--out", metavar="FILE", help="write the backup to FILE instead (a new file; never replaced)")
    rs = sub.add_parser("restore", **leaf, help="replace the database with a backup (the current one is kept aside)")
    rs.add_argument("file", metavar="FILE", help="the backup to restore")
    ck = sub.add_parser("check", **leaf, help="check the database file for damage without changing it")
    ck.add_argument("--full", action="store_true", help="check every page and every reference (slower)")

    pkg = sub.add_parser("package", help="several laptops: packages for meetings out, the laptops' changes back in")
    pksub = pkg.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    pkexp = pksub.add_parser(
        "export", **leaf,
        help="office: write one file with what it takes to run these meetings on another laptop (personal data)",
    )
    pkexp.add_argument("--meeting", metavar="ID", type=_id, action="append", required=True,
                       help="a meeting's id (see: meetings list); repeat for several")
    pkexp.add_argument("--out", metavar="FILE", required=True, help="the package file to write (replaced if it exists)")
    pkch = pksub.add_parser(
        "changes", **leaf, help="laptop: write everything changed since the package was opened, for the office",
    )
    pkch.add_argument("--out", metavar="FILE", required=True, help="the bundle file to write (replaced if it exists)")
    pkimp = pksub.add_parser(
        "import", **leaf,
        help="a package: open it in a new database (a laptop's); a laptop's changes: merge them into the office's",
    )
    pkimp.add_argument("file", metavar="FILE", help="the package or change bundle")
    pkimp.add_argument("--dry-run", action="store_true", help="say what would be added, changed and in conflict; change nothing")

    conflicts = sub.add_parser("conflicts", help="values changed on two sides, for a person to choose")
    cfsub = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    cflist = cfsub.add_parser("list", **leaf, help="the open conflicts with every value and where it came from")
    cflist.add_argument("--all", action="store_true", help="also those resolved or settled")
    cflist.add_argument("--format", choices=["table", "json"], default="table")
    cfres = cfsub.add_parser("resolve", **leaf, help="choose a conflict's value (the others stay in the conflict)")
    cfres.add_argument("id", metavar="ID", type=_id, help="the conflict's id (see: conflicts list)")
    cfres.add_argument("--take", metavar="CHOICE", required=True,
                       help="mine (the office's value now), theirs (the other one), both (texts: one after the "
                            "other) or the value's number in the list")

    imp = sub.add_parser("import-members", **leaf, help="import members from a CSV or .xlsx file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--group", metavar="NAME", required=True, help="the group the members join")
    imp.add_argument("--skip-invalid", action="store_true", help="import the valid rows even if some are not")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    return p


def _format_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")


# ---------------------------------------------------------------- output


def _write_rows(rows: list[dict], columns: list[str], fmt: str, out) -> None:
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if fmt == "csv":  # the one CSV writer, formulas guarded (=HYPERLINK(...) is shown, not run)
        from tankapp.export import tabular

        tabular.write_csv_rows(out, rows, columns, tabular.PLAIN_CSV)
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for r in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")


def _cell(value) -> str:
    """A table cell: yes/no, a list joined with "; ", one line, no control characters (ESC)."""
    from tankapp.export import tabular

    return tabular.cell_text(value, tabular.PLAIN_CSV)


# ---------------------------------------------------------------- commands


def _open(args, *, create: bool = False):
    from tankapp.storage import open_database

    return open_database(args.db, create=create)


@contextlib.contextmanager
def _creating(args):
    """Open the database, allowing a new file; a new file is removed again if the command fails.

    So a full disk or an interrupted ``init`` leaves no half-made database behind.
    """
    from tankapp.storage import paths
    from tankapp.storage.database import remove_database_files

    if paths.is_database_url(args.db):  # a server: building the tables is one transaction, nothing to remove
        with _open(args, create=True) as db:
            yield db
        return
    path = (Path(args.db) if args.db is not None else paths.default_db_path()).expanduser().absolute()
    existed = os.path.lexists(path)
    db = None
    try:
        db = _open(args, create=True)
        with db:
            yield db
    except BaseException:
        if db is not None:
            db.close()
        if not existed:
            remove_database_files(path)
        raise


def cmd_init(args) -> int:
    from tankapp.services import thinktank
    from tankapp.services.errors import ValidationError

    if args.months < 1:
        raise UsageError("tankapp init: --months must be at least 1")
    start = args.start or dt.date.today()
    try:
        end = thinktank.default_period_end(start, args.months)
    except (ValueError, OverflowError):
        raise UsageError("tankapp init: the period would end after the year 9999; check --start and --months") from None
    data = thinktank.ThinkTankInput(
        name=args.name or thinktank.DEFAULT_NAME,
        period_start=start,
        period_end=end,
        meeting_target=args.meetings,
    )
    problems = thinktank.validate_think_tank(data)
    if problems:  # before any file is created
        raise ValidationError(problems)
    with _creating(args) as db:
        with db.session() as s:
            tank = thinktank.get_think_tank(s)
            if tank is not None:
                print(f"{db.location} already holds the think tank '{tank.name}'; nothing changed", file=sys.stderr)
                return EXIT_OK
            tank = thinktank.setup_think_tank(s, data)
            print(f"Created '{tank.name}' ({tank.period_start} to {tank.period_end}) with six expert groups in {db.location}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from tankapp.services import thinktank
    from tankapp.demo import build as demo
    from tankapp.services.errors import problem, ServiceError

    with _creating(args) as db:
        with db.session() as s:
            if thinktank.get_think_tank(s) is not None:
                raise ServiceError(
                    problem("demo_needs_new_db", f"{db.location} already holds a think tank; give the demo a new file with --db")
                )
            tank = demo.create_demo(s)
            print(f"Created the demo think tank '{tank.name}' in {db.location}")
    return EXIT_OK


# The table shows these; csv and json carry every field of the row.
GROUP_COLUMNS = ["id", "name", "actor_kind", "member_count", "size_warning", "archived"]
MEMBER_COLUMNS = ["id", "name", "email", "organisation", "group", "consent_named", "withdrawn"]
MEETING_COLUMNS = ["id", "date", "start", "end", "title", "groups", "status"]
ATTENDANCE_COLUMNS = ["member_id", "name", "organisation", "status", "arrived_at", "left_at"]
CONTRIBUTION_COLUMNS = ["id", "kind", "involvement", "criteria", "group", "status", "title"]


def _list(rows: list[dict], table_columns: list[str], all_columns: list[str], fmt: str) -> int:
    _write_rows(rows, table_columns if fmt == "table" else all_columns, fmt, sys.stdout)
    return EXIT_OK


def cmd_status(args) -> int:
    """The success criteria on today's date: a readable table, or JSON (keys in README)."""
    from tankapp.services import status

    with _open(args) as db, db.reading() as s:
        report = status.success_criteria(s)
    if args.format == "json":
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(status.table_text(report))
    return EXIT_OK


def cmd_groups_list(args) -> int:
    from tankapp.services.members import groups

    with _open(args) as db, db.reading() as s:
        rows = [g.as_dict() for g in groups.list_groups(s)]
    return _list(rows, GROUP_COLUMNS, list(groups.GroupSummary.FIELDS), args.format)


def cmd_members_list(args) -> int:
    from tankapp.services.members import groups
    from tankapp.services.members import registry as members

    with _open(args) as db, db.reading() as s:
        group_id = groups.find_group(s, args.group).id if args.group is not None else None
        rows = [m.as_dict() for m in members.list_members(s, group_id=group_id)]
    return _list(rows, MEMBER_COLUMNS, list(members.MemberSummary.FIELDS), args.format)


def cmd_meetings_list(args) -> int:
    from tankapp.services.members import groups
    from tankapp.services.meetings import planning as meetings

    with _open(args) as db, db.reading() as s:
        group_id = groups.find_group(s, args.group).id if args.group is not None else None
        rows = [m.as_dict() for m in meetings.list_meetings(s, group_id=group_id)]
    return _list(rows, MEETING_COLUMNS, list(meetings.MeetingSummary.FIELDS), args.format)


def cmd_attendance_list(args) -> int:
    from tankapp.services.meeting_mode import attendance

    with _open(args) as db, db.reading() as s:
        a = attendance.attendance(s, args.meeting)
        rows = [r.as_dict() for r in a.rows] + [g.as_dict() for g in a.guests]
    return _list(rows, ATTENDANCE_COLUMNS, list(attendance.AttendanceRow.FIELDS), args.format)


def cmd_contributions_list(args) -> int:
    from tankapp.services.contributions import register as contributions
    from tankapp.services.members import groups

    with _open(args) as db, db.reading() as s:
        group_id = groups.find_group(s, args.group).id if args.group is not None else None
        rows = [r.as_dict() for r in contributions.list_contributions(s, contributions.ContributionFilter(group_id=group_id))]
    return _list(rows, CONTRIBUTION_COLUMNS, list(contributions.ContributionRow.FIELDS), args.format)


def _member_id(text: str) -> int:
    """A member id as typed: ASCII digits (an id that cannot exist is "no member with id ...")."""
    if not _ID.match(text.strip()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a member id (a whole number; see: members list)")
    return int(text.strip())


def cmd_member_export(args) -> int:
    """Everything held about one member (GDPR art. 15) to ``--out``, JSON or PDF by the ending."""
    from tankapp.services.privacy import rights as privacy
    from tankapp.services.errors import ServiceError, problem

    out = Path(args.out).expanduser()
    fmt = privacy.MEMBER_EXPORT_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise UsageError(f"tankapp member export: cannot tell the format from '{out.name}'; end it in .json or .pdf")
    with _open(args) as db, db.reading() as s:
        data = privacy.member_data(s, args.member)  # an unknown id is refused before any file is touched
        _check_out(out, db.path)
        try:
            written = privacy.write_member_json(data, out) if fmt == "json" else privacy.write_member_pdf(data, out)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ServiceError(problem("export_failed", f"Could not write {out}: {reason}.", path=str(out), reason=reason)) from None
    print(f"Wrote the data held about member {args.member} to {written}")
    return EXIT_OK


def _privacy_counts(parts: list[tuple[int, str, str]]) -> str:
    return ", ".join(_count(n, one, many) for n, one, many in parts)


def _backups_note(db_path: Path | None, scrub) -> str:
    """The second line after an erasure: the file is clean; what still holds the old data."""
    if db_path is None:  # a server database: no file of ours, its backups are the server's
        return ("The change is saved on the database server; the server's own backups, and files exported "
                "before, still hold the old data until they are deleted (ask the server's administrator).")
    n = 0
    try:
        from tankapp.storage import backup

        n = len(backup.list_backups(db_path, check=False))
    except (ImportError, AttributeError, OSError):
        pass
    import glob

    n += len(glob.glob(glob.escape(str(db_path.with_name(db_path.stem))) + ".backup-*" + glob.escape(db_path.suffix)))
    if scrub.complete:
        clean = "The database file was rebuilt without the old data"
    elif getattr(scrub, "reason", None) == "disk_full":
        clean = ("The change is saved, but the disk is too full to rebuild the file without the old data: "
                 "free space about the size of the database and run the command again")
    else:
        clean = ("The change is saved, but another program had the database open: "
                 "old data may stay in its files until that program closes it")
    if n:
        return f"{clean}; {_count(n, 'backup', 'backups')} made before, and files exported before, still hold it until deleted."
    return f"{clean}; no backups of it were found, but files exported before still hold the old data until deleted."


def _possible_mentions(found) -> None:
    """The texts where a first or last name still stands alone: listed, for a person to judge."""
    from tankapp.domain.danish import short_date
    from tankapp.services.privacy import rights as privacy

    if not found:
        return
    words = ", ".join(f"'{w}'" for w in dict.fromkeys(w for p in found for w in p.words))
    print(f"Not replaced: {words} alone in {_count(len(found), 'text', 'texts')} (check them; "
          "--also WORD replaces a word too):")
    for p in found:
        where = f", meeting {short_date(p.meeting_date)} {p.meeting_title}" if p.meeting_date else ""
        print(f"  {privacy.source_label(p.source, 'en')}{where}: {_one_line(p.excerpt)}")


def cmd_member_anonymise(args) -> int:
    from tankapp.services.privacy import rights as privacy

    with _open(args) as db:
        with db.session() as s:
            r = privacy.anonymise_member(s, args.member, extra_terms=args.also)
        scrub = privacy.scrub_file(db)  # after the commit: VACUUM cannot run in a transaction
        path = db.path
    kept = _privacy_counts([
        (r.attendance_kept, "attendance registration", "attendance registrations"),
        (r.actions_kept, "action", "actions"),
        (r.contributions_kept, "contribution", "contributions"),
    ] + ([(r.evaluation_responses_kept, "evaluation response", "evaluation responses")]
         if r.evaluation_responses_kept else []))
    if r.already_anonymised:
        head = f"Member {r.member_id} was already anonymised as '{r.pseudonym}'"
    else:
        head = f"Member {r.member_id} is now '{r.pseudonym}'"
    words = {
        "email": "e-mail", "organisation": "organisation name", "job_title": "job title",
        "recruited_via_note": "recruitment note", "criterion_engaged_note": "criterion note",
        "criterion_change_agent_note": "criterion note", "consent_named": "consent to be named",
        "consent_contact": "consent to be contacted", "membership": "active membership (withdrawn today)",
        "attendance_notes": "attendance notes", "guest_organisation": "organisation on their guest records",
        "interview_notes": "interview notes",
    }
    cleared = dict.fromkeys(words.get(c, c) for c in r.cleared)
    removed = f"; removed: {', '.join(cleared)}" if cleared else ""
    print(f"{head}{removed}; name replaced in {_count(len(r.texts_changed), 'text', 'texts')}; "
          f"kept: {kept}, group, sector and region.")
    print(_backups_note(path, scrub))
    if r.same_name:
        print(f"Note: {_count(r.same_name, 'other person has', 'other people have')} the same name; "
              "texts naming them were changed as well.")
    _possible_mentions(r.possible_mentions)
    return EXIT_OK


def cmd_member_delete(args) -> int:
    from tankapp.services.members import registry as members
    from tankapp.services.privacy import rights as privacy

    def summary(d) -> str:
        removed = [_count(d.attendance_removed, "attendance registration", "attendance registrations")]
        if d.guest_records_removed:
            removed.append(_count(d.guest_records_removed, "guest record", "guest records") + " under their name")
        if d.evaluation_responses_removed:
            removed.append(_count(d.evaluation_responses_removed, "evaluation response", "evaluation responses")
                           + " with their answers")
        if d.interview_notes_removed:
            removed.append(_count(d.interview_notes_removed, "interview note", "interview notes"))
        removed.append(_count(d.audit_entries_removed, "audit entry", "audit entries"))
        kept = _privacy_counts([(d.actions_unassigned, "action", "actions"),
                                (d.contributions_unassigned, "contribution", "contributions")])
        texts = _count(len(d.texts_changed), "text", "texts")
        return f"the member, {', '.join(removed)}; {kept} stay without the member; the name is replaced in {texts}"

    with _open(args) as db:
        if not args.yes:
            with db.reading() as s:  # reads only: the file stays exactly as it is
                d = privacy.deletion_preview(s, args.member, extra_terms=args.also)
                name = members.member_summary(s, d.member_id).name
            print(f"Deleting member {d.member_id} ({_one_line(name)}) would remove {summary(d)}.")
            _possible_mentions(d.possible_mentions)
            print(f"tankapp: nothing deleted; add --yes to delete member {d.member_id}", file=sys.stderr)
            return EXIT_DATA
        with db.session() as s:
            d = privacy.delete_member(s, args.member, extra_terms=args.also)
        scrub = privacy.scrub_file(db)
        path = db.path
    print(f"Deleted member {d.member_id}: removed {summary(d)}.")
    print(_backups_note(path, scrub))
    _possible_mentions(d.possible_mentions)
    return EXIT_OK


def cmd_attendance_set(args) -> int:
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.services.meeting_mode import attendance
    from tankapp.services.members import registry as members

    status = AttendanceStatus(args.status)
    if args.at is not None and status not in (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY):
        raise UsageError("tankapp attendance set: --at is only for --status late or left_early")
    with _open(args) as db, db.session() as s:
        row = attendance.set_attendance(s, args.meeting, args.member, status, at=args.at, note=args.note)
        name = members.member_summary(s, args.member).name
        when = row.arrived_at if status == AttendanceStatus.LATE else row.left_at if status == AttendanceStatus.LEFT_EARLY else None
    # said only once the change is saved: "Åse Kjærgaard: present", "Åse Kjærgaard: late at 10:05"
    print(f"{name}: {status.value}" + (f" at {when:%H:%M}" if when else ""))
    return EXIT_OK


def _export(args, build: Callable, write: Callable) -> int:
    """Write one meeting's document to ``--out``; the folder must exist. Nothing is left behind on failure.

    The document's data is read in one short transaction; the file is written
    after it, so a long PDF never holds the database. Never onto the database
    (or its files, links or backups), a write-protected file or a device: see
    tankapp.services.targets. SIGTERM/SIGHUP while writing unwind like Ctrl+C
    (KeyboardInterrupt), so the temporary file is removed.
    """
    from tankapp.export.files import terminate_as_interrupt
    from tankapp.services import targets
    from tankapp.services.meetings import planning as meetings

    out = Path(args.out).expanduser()
    with _open(args) as db:
        with db.reading() as s:
            meetings.get_meeting(s, args.meeting)  # an unknown id is refused before any file is touched
            _check_out(out, db.path)
            document = build(s, args.meeting)
    try:
        with terminate_as_interrupt():
            written = write(document, out)
    except OSError as exc:
        raise targets.write_error(out, exc) from None
    print(f"Wrote {written}")
    return EXIT_OK


def _check_out(out: Path, db_path: Path) -> None:
    """Refuse (ServiceError, one line) a target an export must not write; see tankapp.services.targets."""
    from tankapp.services import targets

    targets.check_export_target(out, db_path)


def cmd_export_agenda(args) -> int:
    from tankapp.services import documents as exports

    from tankapp.export.agenda_pdf import write_agenda_pdf

    return _export(args, exports.agenda_document, write_agenda_pdf)


def cmd_export_ics(args) -> int:
    from tankapp.services import documents as exports

    from tankapp.export.ics import write_meeting_ics

    return _export(args, exports.meeting_event, write_meeting_ics)


def cmd_export_minutes(args) -> int:
    from tankapp.services import documents as exports

    from tankapp.export.minutes_pdf import write_minutes_pdf

    return _export(args, exports.minutes_document, write_minutes_pdf)


def cmd_export_signin(args) -> int:
    from tankapp.services import documents as exports

    from tankapp.export.signin_pdf import write_signin_pdf

    return _export(args, exports.signin_document, write_signin_pdf)


def cmd_export_contributions(args) -> int:
    """A selection of the contributions to ``--out``; exactly those are then marked sent.

    Drafts are left out (and counted on the output line); one sent before keeps
    its first sent date. An empty selection writes nothing and exits 1 with one
    line. The file is written first; if that fails nothing is marked (the write
    session rolls back), and the message is one line.
    """
    from tankapp.export.files import terminate_as_interrupt
    from tankapp.services import targets
    from tankapp.services import documents as exports
    from tankapp.services.members import groups

    from tankapp.services.contributions import register as contributions

    out = Path(args.out).expanduser()
    with _open(args) as db:
        with db.reading() as s:
            # "" is no group, not all groups: find_group refuses a blank name
            group = groups.find_group(s, args.group) if args.group is not None else None
            _check_out(out, db.path)
            exports.contributions_export_format(out)  # an unknown ending is refused before any file is touched
            # an empty selection raises export_no_contributions: one line, exit 1, nothing written
            prepared = exports.prepare_contributions_export(
                s, out, group_id=group.id if group else None, unsent=args.unsent)
        try:  # the file first, outside any transaction; a failed write marks nothing
            with terminate_as_interrupt():
                exports.write_contributions_export(prepared, out)
        except OSError as exc:
            raise targets.write_error(out, exc) from None
        with db.session() as s:
            contributions.mark_sent(s, list(prepared.ids))
        n = len(prepared.ids)
    # said only once the file is written and the contributions are marked sent
    drafts = prepared.drafts
    left_out = f"; {_count(drafts, 'draft', 'drafts')} not reviewed yet {'was' if drafts == 1 else 'were'} left out" if drafts else ""
    print(f"Wrote {_count(n, 'contribution', 'contributions')} to {out}{left_out}")
    return EXIT_OK


def _report(args, prepare: Callable, write: Callable) -> int:
    """Write one report to ``--out``: *prepare(session)* reads its data in one short transaction, *write(data, path)*
    writes the PDF after it, so a long PDF never holds the database.

    The target is checked first (not the database or its files, not a folder, not in a missing folder: see
    tankapp.services.targets); a ServiceError from *prepare* (no data to report) is one line and writes nothing.
    """
    from tankapp.export.files import terminate_as_interrupt
    from tankapp.services import targets

    out = Path(args.out).expanduser()
    with _open(args) as db:
        with db.reading() as s:
            _check_out(out, db.path)
            document = prepare(s)
    try:
        with terminate_as_interrupt():
            written = write(document, out)
    except OSError as exc:
        raise targets.write_error(out, exc) from None
    print(f"Wrote {written}")
    return EXIT_OK


def cmd_evaluation_export(args) -> int:
    """The self-evaluation's answers, pseudonymised, to ``--out`` (.xlsx with labels, .csv for Danish Excel).

    The target is checked first (as for every export: not the database or its files, not a
    folder, an ending tankapp writes); the answers are read in one short transaction and the
    file written after it. No answers yet is one line and writes nothing.
    """
    from tankapp.export.files import terminate_as_interrupt
    from tankapp.services import targets
    from tankapp.services.evaluation import export as ev_export

    out = Path(args.out).expanduser()
    with _open(args) as db:
        with db.reading() as s:
            _check_out(out, db.path)
            ev_export.evaluation_export_format(out)  # an unknown ending is refused before any file is touched
            prepared = ev_export.prepare_evaluation_export(s, out)
    try:
        with terminate_as_interrupt():
            written = ev_export.write_evaluation_export(prepared, out)
    except OSError as exc:
        raise targets.write_error(out, exc) from None
    n = prepared.table.responses
    print(f"Wrote {_count(n, 'response', 'responses')} (pseudonymised: no name, e-mail or id) to {written}")
    return EXIT_OK


def cmd_report_status(args) -> int:
    from tankapp.services import status_report

    return _report(args, status_report.status_report, status_report.write_status_report)


def cmd_report_evaluation(args) -> int:
    from tankapp.services.evaluation import report

    return _report(args, report.evaluation_report, report.write_evaluation_report)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _backup_db_path(args) -> Path:
    """The database a backup, restore or check is about (never opened through open_database)."""
    from tankapp.storage import paths

    if paths.is_database_url(args.db):
        from tankapp.storage import DatabaseError

        raise DatabaseError(
            f"{args.command} works on a database file; a database on a server is backed up, restored "
            "and checked by the server itself (pg_dump, pg_restore: its administrator's job)"
        )
    return (Path(args.db) if args.db is not None else paths.default_db_path()).expanduser().absolute()


def _shell_word(path: Path) -> str:
    """A path as it would be typed in a shell, for a command line to copy."""
    import shlex

    text = str(path)
    if os.name == "nt":
        return f'"{text}"' if any(c in text for c in ' &()^;,') else text
    return shlex.quote(text)


def cmd_backup(args) -> int:
    from tankapp.storage import backup

    out = Path(args.out).expanduser() if args.out else None
    info = backup.make_backup(_backup_db_path(args), out, kind="manual")
    print(f"Backed up to {info.path} (checked)")
    return EXIT_OK


def cmd_restore(args) -> int:
    from tankapp.storage import backup

    db = _backup_db_path(args)
    info = backup.restore(db, Path(args.file).expanduser())
    print(f"Restored {info.db_path} from {info.restored_from}")
    if info.kept_aside is not None:
        print(f"The database as it was is kept in {info.kept_aside}")
        print(f"To undo: tankapp --db {_shell_word(db)} restore {_shell_word(info.kept_aside)}")
    else:
        print("There was no database file before, so nothing was kept aside")
    return EXIT_OK


def cmd_check(args) -> int:
    """Read-only: works on a damaged file and never writes to it (not through open_database)."""
    from tankapp.storage import backup

    db = _backup_db_path(args)
    result = backup.check_database(db, full=args.full)
    what = "full check (every page and reference)" if args.full else "quick check"
    if result.ok:
        print(f"ok: {db} passed the {what}")
        return EXIT_OK
    for line in result.problems:
        print(line)
    good = backup.latest_good_backup(db)
    advice = (
        f"restore the newest good backup: tankapp --db {_shell_word(db)} restore {_shell_word(good.path)}"
        if good is not None else "no good backup of it was found in the backups folder"
    )
    print(f"tankapp: {db} is damaged ({_count(len(result.problems), 'problem', 'problems')}); {advice}", file=sys.stderr)
    return EXIT_DATA


# ---------------------------------------------------------------- several laptops (package, conflicts)

_SYNC_WORDS = {
    "think_tank": ("think tank", "think tanks"), "expert_group": ("group", "groups"),
    "member": ("member", "members"), "meeting": ("meeting", "meetings"),
    "presentation": ("presentation", "presentations"), "attachment": ("attached file", "attached files"),
    "agenda_item": ("agenda item", "agenda items"), "guest": ("guest", "guests"),
    "decision": ("decision", "decisions"), "action_item": ("action", "actions"),
    "attendance": ("attendance registration", "attendance registrations"),
    "audit_entry": ("audit entry", "audit entries"), "contribution": ("contribution", "contributions"),
    "digest": ("digest", "digests"), "question": ("question", "questions"),
    "questionnaire": ("questionnaire", "questionnaires"), "questionnaire_item": ("question", "questions"),
    "evaluation_round": ("evaluation round", "evaluation rounds"),
    "evaluation_response": ("evaluation response", "evaluation responses"),
    "evaluation_answer": ("evaluation answer", "evaluation answers"),
    "interview_note": ("interview note", "interview notes"),
}


def _sync_counts(counts: dict[str, int]) -> str:
    from tankapp.services.sync.tables import ORDER

    parts = [_count(n, *_SYNC_WORDS.get(t, (t, t))) for t, n in sorted(counts.items(), key=lambda kv: ORDER.get(kv[0], 99)) if n]
    return ", ".join(parts) or "nothing"


def _sync_changed(changed: dict[str, dict[str, int]]) -> str:
    from tankapp.services.sync.tables import ORDER

    parts = []
    for t, fields in sorted(changed.items(), key=lambda kv: ORDER.get(kv[0], 99)):
        words = ", ".join(f"{f.replace('_', ' ')} ({n})" if n > 1 else f.replace("_", " ") for f, n in sorted(fields.items()))
        parts.append(f"{_SYNC_WORDS.get(t, (t, t))[0]}: {words}")
    return "; ".join(parts) or "nothing"


def _conflict_lines(rows, out=None) -> None:
    out = out or sys.stdout
    for c in rows:
        state = "" if c.status == "open" else f" [{c.status}]"
        print(f"#{c.id}{state} {_one_line(c.what)}: {'existence' if c.field == '$exists' else c.field.replace('_', ' ')}",
              file=out)
        for cand in c.candidates:
            mark = "*" if cand.current and c.status == "open" else " "
            note = "  (kept for now)" if cand.current and c.status == "open" else ""
            print(f"  {mark} {cand.number}. {_one_line(cand.text)}  [{', '.join(cand.sources)}]{note}", file=out)
        if c.resolution is not None:
            print(f"    chosen: {_one_line(c.resolution)}", file=out)


def cmd_package_export(args) -> int:
    """Office: one file with what it takes to run the meetings on another laptop; the office keeps it as the base."""
    from tankapp.export.files import terminate_as_interrupt
    from tankapp.services import targets
    from tankapp.services.sync import package as sync

    out = Path(args.out).expanduser()
    bad = next((m for m in args.meeting if not 0 < m <= _max_id(args)), None)
    if bad is not None:
        print(f"tankapp: there is no meeting with id {bad}", file=sys.stderr)
        return EXIT_DATA
    with _open(args) as db:
        with db.session() as s:
            _check_out(out, db.path)
            prepared = sync.prepare_package(s, args.meeting)
        try:
            with terminate_as_interrupt():
                written = sync.write_package(prepared, out)
        except BaseException as exc:
            with db.session() as s:  # never sent: the office does not wait for its changes
                sync.forget_package(s, prepared.header.id)
            if isinstance(exc, OSError):
                raise targets.write_error(out, exc) from None
            raise
    meetings = "; ".join(f"{m['title']} ({m['date']})" for m in prepared.meetings)
    counts = dict(prepared.counts)
    counts.pop("think_tank", None)
    print(f"Wrote the package for {_count(len(prepared.meetings), 'meeting', 'meetings')} ({_one_line(meetings)}) "
          f"to {written}: {_sync_counts(counts)}; {_count(len(prepared.files), 'file', 'files')}.")
    print("It holds personal data (members' names, contact details, organisation and consent; attendance and notes): "
          "it is readable by you only; delete it once the laptop has opened it.")
    if prepared.missing_files:
        print(f"Left out (not in the data folder): {', '.join(prepared.missing_files)}", file=sys.stderr)
    return EXIT_OK


def cmd_package_changes(args) -> int:
    """Laptop: everything changed since the package (cumulative), with the next sequence number."""
    from tankapp.export.files import terminate_as_interrupt
    from tankapp.services import targets
    from tankapp.services.sync import package as sync

    out = Path(args.out).expanduser()
    with _open(args) as db:
        with db.session() as s:
            _check_out(out, db.path)
            prepared = sync.prepare_changes(s)  # the sequence number is taken (and kept) first
        try:
            with terminate_as_interrupt():
                written = sync.write_changes(prepared, out)
        except OSError as exc:
            raise targets.write_error(out, exc) from None
    added = {t: c.get("insert", 0) for t, c in prepared.counts.items()}
    changed = {t: c.get("update", 0) for t, c in prepared.counts.items()}
    deleted = {t: c.get("delete", 0) for t, c in prepared.counts.items()}
    if not prepared.counts:
        print(f"Nothing changed since the package; wrote bundle {prepared.header.seq} saying so to {written}.")
    else:
        print(f"Wrote the changes since the package (bundle {prepared.header.seq}) to {written}: "
              f"added {_sync_counts(added)}; changed {_sync_counts(changed)}; deleted {_sync_counts(deleted)}.")
    print("Take it to the office: tankapp package import FILE there. It holds personal data: delete it once imported.")
    return EXIT_OK


def cmd_package_import(args) -> int:
    """A package: opened in a new (or empty) database. A laptop's changes: merged into the office's."""
    from tankapp.services.sync import format as sync_format
    from tankapp.services.sync import package as sync

    bundle = sync.read_file(args.file)  # checked completely before any database is touched
    if bundle.header.kind == sync_format.KIND_PACKAGE:
        if args.dry_run:
            meetings = "; ".join(f"{m.get('title')} ({m.get('date')})" for m in bundle.header.meetings)
            counts = {t: n for t, n in bundle.header.summary.items() if t != "think_tank"}
            print(f"Dry run: the package of '{_one_line(bundle.header.think_tank_name)}' holds "
                  f"{_count(len(bundle.header.meetings), 'meeting', 'meetings')} ({_one_line(meetings)}): "
                  f"{_sync_counts(counts)}; nothing was changed.")
            return EXIT_OK
        with _creating(args) as db:
            with db.session() as s:
                r = sync.open_package(s, bundle)
            path = db.path
        meetings = "; ".join(f"{m.get('title')} ({m.get('date')})" for m in r.meetings)
        counts = {t: n for t, n in r.counts.items() if t != "think_tank"}
        print(f"Opened the package of '{_one_line(r.think_tank)}' in {path}: "
              f"{_count(len(r.meetings), 'meeting', 'meetings')} ({_one_line(meetings)}); {_sync_counts(counts)}; "
              f"{_count(r.files, 'file', 'files')}.")
        print(f"Run the meetings as usual; afterwards: tankapp --db {_shell_word(path)} package changes --out FILE")
        return EXIT_OK
    with _open(args) as db:
        with db.session() as s:
            r = sync.import_changes(s, bundle, dry_run=args.dry_run)
    who = f"laptop '{_one_line(r.device_label)}' (bundle {r.seq})"
    if r.status == sync.ALREADY:
        print(f"The changes of {who} were taken in before; nothing changed.")
        return EXIT_OK
    if r.status == sync.SUPERSEDED_:
        print(f"A newer bundle ({r.newer_seq}) of {who[:-1]} was taken in already, and it holds these changes; "
              "nothing changed.")
        return EXIT_OK
    lead = f"Dry run: nothing was changed. The changes of {who} would" if r.dry_run else f"Took in the changes of {who}:"
    verbs = ("add", "change", "delete") if r.dry_run else ("added", "changed", "deleted")
    print(f"{lead} {verbs[0]} {_sync_counts(r.added)}; {verbs[1]} {_sync_changed(r.changed)}; "
          f"{verbs[2]} {_sync_counts(r.deleted)}.")
    if r.conflicts:
        what = "would be" if r.dry_run else "are"
        print(f"{_count(len(r.conflicts), 'conflict', 'conflicts')} {what} for a person to resolve "
              "(tankapp conflicts list, then conflicts resolve ID --take ...):")
        _conflict_lines(r.conflicts)
    if r.closed:
        print(f"{_count(r.closed, 'earlier conflict is', 'earlier conflicts are')} settled by these changes.")
    return EXIT_OK


def cmd_conflicts_list(args) -> int:
    from tankapp.services.sync import conflicts

    with _open(args) as db, db.reading() as s:
        rows = conflicts.list_conflicts(s, include_closed=args.all)
    if args.format == "json":
        json.dump([c.as_dict() for c in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not rows:
        print("No conflicts." if args.all else "No open conflicts.")
        return EXIT_OK
    _conflict_lines(rows)
    return EXIT_OK


def cmd_conflicts_resolve(args) -> int:
    from tankapp.services.sync import conflicts

    with _open(args) as db, db.session() as s:
        row = conflicts.resolve_conflict(s, args.id, args.take)
    print(f"Conflict {row.id} resolved: {_one_line(row.what)} {row.field.replace('_', ' ')} is now "
          f"{_one_line(row.resolution or '')}; the other values stay in the conflict (conflicts list --all).")
    return EXIT_OK


def cmd_import_members(args) -> int:
    from tankapp.services.members import groups
    from tankapp.services.members import importer

    # A dry run only reads, so it never holds the write lock.
    transaction = (lambda db: db.reading()) if args.dry_run else (lambda db: db.session())
    with _open(args) as db, transaction(db) as s:
        group = groups.find_group(s, args.group)
        preview = importer.preview_import(s, Path(args.file), group.id)
        for row in preview.invalid_rows:
            print(f"line {row.line}: {row.reason}", file=sys.stderr)
        valid, invalid = len(preview.valid_rows), len(preview.invalid_rows)
        if invalid and not args.skip_invalid:
            print(
                f"{invalid} of {_count(len(preview.rows), 'row', 'rows')} invalid; nothing imported "
                "(fix the file, or use --skip-invalid to import the valid rows)",
                file=sys.stderr,
            )
            return EXIT_DATA
        skipped = f", {_count(invalid, 'invalid row', 'invalid rows')} skipped" if invalid else ""
        if args.dry_run:
            print(f"Dry run: {_count(valid, 'member', 'members')} would be imported into {group.name}{skipped}")
            return EXIT_OK
        result = importer.import_members(s, preview, group.id, skip_invalid=args.skip_invalid)
        print(f"Imported {_count(result.imported, 'member', 'members')} into {group.name}{skipped}")
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable] = {
    ("init", None): cmd_init,
    ("member", "export"): cmd_member_export,
    ("member", "anonymise"): cmd_member_anonymise,
    ("member", "delete"): cmd_member_delete,
    ("demo", None): cmd_demo,
    ("status", None): cmd_status,
    ("groups", "list"): cmd_groups_list,
    ("members", "list"): cmd_members_list,
    ("meetings", "list"): cmd_meetings_list,
    ("attendance", "list"): cmd_attendance_list,
    ("attendance", "set"): cmd_attendance_set,
    ("contributions", "list"): cmd_contributions_list,
    ("export", "agenda"): cmd_export_agenda,
    ("export", "ics"): cmd_export_ics,
    ("export", "minutes"): cmd_export_minutes,
    ("export", "signin"): cmd_export_signin,
    ("export", "contributions"): cmd_export_contributions,
    ("report", "status"): cmd_report_status,
    ("report", "evaluation"): cmd_report_evaluation,
    ("evaluation", "export"): cmd_evaluation_export,
    ("import-members", None): cmd_import_members,
    ("backup", None): cmd_backup,
    ("restore", None): cmd_restore,
    ("check", None): cmd_check,
    ("package", "export"): cmd_package_export,
    ("package", "changes"): cmd_package_changes,
    ("package", "import"): cmd_package_import,
    ("conflicts", "list"): cmd_conflicts_list,
    ("conflicts", "resolve"): cmd_conflicts_resolve,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Everything tankapp writes (database, backups, exports, log, settings) is
    # personal data: readable by the owner only, whatever the user's umask.
    os.umask(0o077)
    previous = _interrupt_on_sigterm()
    try:
        return _main(argv)
    except KeyboardInterrupt:  # before a command started (its own handler says more)
        print("tankapp: interrupted before anything was changed", file=sys.stderr)
        return 130
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)


def _main(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)

    if args.command is None:
        import signal

        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the window handles its own closing
        from tankapp.ui.app import run_gui

        return run_gui(db_path=args.db, lang=args.lang, smoke_test=args.smoke_test)

    _utf8_stdout()
    problem = _argument_problem(args)
    if problem:
        print(f"tankapp: {problem}", file=sys.stderr)
        return EXIT_DATA
    handler = COMMANDS[(args.command, getattr(args, "action", None))]
    return _run(handler, args)


def _run(handler: Callable, args) -> int:
    """Run one command; every failure a person can meet is one line on stderr, never a traceback."""
    try:
        from tankapp.services.errors import ServiceError
        from tankapp.storage import DatabaseError
    except KeyboardInterrupt:
        print("tankapp: interrupted before anything was changed", file=sys.stderr)
        return 130
    try:
        return handler(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except (ServiceError, DatabaseError) as exc:
        print(f"tankapp: {_one_line(str(exc))}{_backup_hint(exc, args)}", file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:  # e.g. piped into head
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl+C or SIGTERM: an open transaction rolls back, temporary files go
        print("tankapp: interrupted; a change that had finished is saved, nothing half-written was kept",
              file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"tankapp: {_os_error_line(exc)}", file=sys.stderr)
        return EXIT_DATA
    except Exception as exc:  # a bug: say so in one line, keep the details (no personal data) in the log
        _log_unexpected(exc)
        print(
            f"tankapp: an unexpected error stopped the command ({type(exc).__name__}); "
            "nothing half-written was saved. Please report it with the log file.",
            file=sys.stderr,
        )
        return EXIT_DATA


# Arguments holding file paths: any bytes the file system allows are fine there.
_PATH_ARGUMENTS = {"db", "out", "file"}
# The largest integer SQLite stores; a larger "id" cannot name anything.
_SQLITE_MAX_INT = 2**63 - 1
# PostgreSQL's integer ids are 32-bit: a larger one names nothing there either.
_SERVER_MAX_INT = 2**31 - 1


def _max_id(args) -> int:
    from tankapp.storage import paths

    return _SERVER_MAX_INT if paths.is_database_url(getattr(args, "db", None)) else _SQLITE_MAX_INT
_ID_ARGUMENTS = {"meeting": "meeting", "member": "member", "id": "record"}


def _argument_problem(args) -> str | None:
    """A text argument that is not UTF-8, or an id no record can have: one sentence, else None."""
    for name, value in vars(args).items():
        if isinstance(value, str) and name not in _PATH_ARGUMENTS:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                option = "--" + name.replace("_", "-")
                return f"{option} is not readable text (its bytes are not UTF-8); type it again"
        elif name in _ID_ARGUMENTS and isinstance(value, int) and abs(value) > _max_id(args):
            return f"there is no {_ID_ARGUMENTS[name]} with id {value}"
    return None


def _backup_hint(exc: Exception, args) -> str:
    """For a file that cannot be opened (damaged, not tankapp, too new): the latest good backup, if any."""
    from tankapp.storage import DatabaseDamaged, NewerDatabase, NotATankappDatabase

    if not isinstance(exc, (DatabaseDamaged, NotATankappDatabase, NewerDatabase)):
        return ""
    try:
        from tankapp.storage import backup

        good = backup.latest_good_backup(args.db)
    except Exception:  # noqa: BLE001 - a hint must never hide the real message
        return ""
    if good is None:
        return ""
    db = f" --db {args.db}" if args.db else ""
    return f" The latest good backup is {good.path} ({good.made_at:%Y-%m-%d %H:%M}): tankapp{db} restore {good.path}"


def _interrupt_on_sigterm():
    """SIGTERM (e.g. a closed terminal, a service stop) unwinds like Ctrl+C, so cleanup runs."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def _raise(_signum, _frame):
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, _raise)
    except (ValueError, OSError):
        return None


def _os_error_line(exc: OSError) -> str:
    import errno

    where = exc.filename if exc.filename is not None else ""
    where = os.fsdecode(where) if isinstance(where, bytes) else str(where)
    if exc.errno == errno.ENOSPC:
        return f"the disk is full; {where or 'the file'} was not written (nothing saved before is lost)"
    if exc.errno == errno.ENAMETOOLONG:
        return f"the file name is too long for the disk: {where[:60]}…"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"no permission to write {where or 'there'}; choose a folder you can write to"
    return f"cannot use {where or 'the file'}: {exc.strerror or exc}"


def _log_unexpected(exc: BaseException) -> None:
    """Where the code failed, without the exception's message (it may quote names or data)."""
    import logging
    import traceback

    from tankapp.storage import logs

    try:
        logs.install()
    except OSError:
        return
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logging.getLogger("tankapp.cli").error("unexpected %s\n%s", type(exc).__name__, frames)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at devnull so Python's exit flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _utf8_stdout() -> None:
    """Write UTF-8 even where the locale is not (Windows, output redirected to a file).

    Otherwise a name like "Dąbrowska" or "Nguyễn" crashes the listing with a
    traceback, or comes out as escapes in the import's "line N: reason" lines.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if hasattr(stream, "reconfigure"):
            # A file name that is not UTF-8 (\udcff) prints as an escape, never a crash.
            stream.reconfigure(encoding="utf-8" if encoding != "utf8" else None, errors="backslashreplace")


def _one_line(text: str) -> str:
    return " ".join(text.split())
