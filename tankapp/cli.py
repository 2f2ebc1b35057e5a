"""The command line: ``tankapp [--db PATH] COMMAND``.

Exit codes: 0 success, 1 the data or input is wrong, 2 a usage error. Every
error is one plain line on stderr. Without a command the GUI opens.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
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
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
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
    alist.add_argument("--meeting", metavar="ID", type=int, required=True, help="the meeting's id (see: meetings list)")
    _format_arg(alist)
    aset = asub.add_parser("set", **leaf, help="register a member's attendance")
    aset.add_argument("--meeting", metavar="ID", type=int, required=True, help="the meeting's id (see: meetings list)")
    aset.add_argument("--member", metavar="ID", type=int, required=True, help="the member's id (see: members list)")
    aset.add_argument("--status", choices=ATTENDANCE_STATES, required=True, help="the member's state (excused: afbud)")
    aset.add_argument("--at", metavar="HH:MM", type=_clock,
                      help="arrival time (late) or leaving time (left_early); default: now")
    aset.add_argument("--note", metavar="TEXT", help="a note on the registration (replaces the one there)")

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
        e.add_argument("--meeting", metavar="ID", type=int, required=True, help="the meeting's id (see: meetings list)")
        e.add_argument("--out", metavar="FILE", required=True, help="the file to write (replaced if it exists)")
    ec = esub.add_parser(
        "contributions", **leaf,
        help="write the contributions to ViBIS as a PDF report, CSV or JSON (by the file ending); marks them sent",
    )
    ec.add_argument("--group", metavar="NAME", help="only this group's contributions")
    ec.add_argument("--unsent", action="store_true", help="only the contributions not sent before")
    ec.add_argument("--out", metavar="FILE", required=True,
                    help="FILE.pdf, FILE.csv or FILE.json (replaced if it exists)")

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
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for r in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):  # e.g. the groups of a joint meeting: one cell
        return "; ".join(_cell(v) for v in value)
    return str(value).replace("\r", " ").replace("\n", " ")


# ---------------------------------------------------------------- commands


def _open(args, *, create: bool = False):
    from tankapp.storage import open_database

    return open_database(args.db, create=create)


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
    with _open(args, create=True) as db:
        with db.session() as s:
            tank = thinktank.get_think_tank(s)
            if tank is not None:
                print(f"{db.path} already holds the think tank '{tank.name}'; nothing changed", file=sys.stderr)
                return EXIT_OK
            tank = thinktank.setup_think_tank(s, data)
            print(f"Created '{tank.name}' ({tank.period_start} to {tank.period_end}) with six expert groups in {db.path}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from tankapp.services import demo, thinktank
    from tankapp.services.errors import problem, ServiceError

    with _open(args, create=True) as db:
        with db.session() as s:
            if thinktank.get_think_tank(s) is not None:
                raise ServiceError(
                    problem("demo_needs_new_db", f"{db.path} already holds a think tank; give the demo a new file with --db")
                )
            tank = demo.create_demo(s)
            print(f"Created the demo think tank '{tank.name}' in {db.path}")
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


def cmd_groups_list(args) -> int:
    from tankapp.services import groups

    with _open(args) as db, db.reading() as s:
        rows = [g.as_dict() for g in groups.list_groups(s)]
    return _list(rows, GROUP_COLUMNS, list(groups.GroupSummary.FIELDS), args.format)


def cmd_members_list(args) -> int:
    from tankapp.services import groups, members

    with _open(args) as db, db.reading() as s:
        group_id = groups.find_group(s, args.group).id if args.group else None
        rows = [m.as_dict() for m in members.list_members(s, group_id=group_id)]
    return _list(rows, MEMBER_COLUMNS, list(members.MemberSummary.FIELDS), args.format)


def cmd_meetings_list(args) -> int:
    from tankapp.services import groups, meetings

    with _open(args) as db, db.reading() as s:
        group_id = groups.find_group(s, args.group).id if args.group else None
        rows = [m.as_dict() for m in meetings.list_meetings(s, group_id=group_id)]
    return _list(rows, MEETING_COLUMNS, list(meetings.MeetingSummary.FIELDS), args.format)


def cmd_attendance_list(args) -> int:
    from tankapp.services import attendance

    with _open(args) as db, db.reading() as s:
        a = attendance.attendance(s, args.meeting)
        rows = [r.as_dict() for r in a.rows] + [g.as_dict() for g in a.guests]
    return _list(rows, ATTENDANCE_COLUMNS, list(attendance.AttendanceRow.FIELDS), args.format)


def cmd_contributions_list(args) -> int:
    from tankapp.services import contributions, groups

    with _open(args) as db, db.reading() as s:
        group_id = groups.find_group(s, args.group).id if args.group else None
        rows = [r.as_dict() for r in contributions.list_contributions(s, contributions.ContributionFilter(group_id=group_id))]
    return _list(rows, CONTRIBUTION_COLUMNS, list(contributions.ContributionRow.FIELDS), args.format)


def cmd_attendance_set(args) -> int:
    from tankapp.domain import Member
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.services import attendance

    status = AttendanceStatus(args.status)
    if args.at is not None and status not in (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY):
        raise UsageError("tankapp attendance set: --at is only for --status late or left_early")
    with _open(args) as db, db.session() as s:
        row = attendance.set_attendance(s, args.meeting, args.member, status, at=args.at, note=args.note)
        name = s.get(Member, args.member).name
        when = row.arrived_at if status == AttendanceStatus.LATE else row.left_at if status == AttendanceStatus.LEFT_EARLY else None
    # said only once the change is saved: "Åse Kjærgaard: present", "Åse Kjærgaard: late at 10:05"
    print(f"{name}: {status.value}" + (f" at {when:%H:%M}" if when else ""))
    return EXIT_OK


def _export(args, write: Callable) -> int:
    """Write one meeting's document to ``--out``; the folder must exist. Nothing is left behind on failure."""
    from tankapp.services import meetings
    from tankapp.services.errors import ServiceError, problem

    out = Path(args.out).expanduser()
    with _open(args) as db, db.reading() as s:
        meetings.get_meeting(s, args.meeting)  # an unknown id is refused before any file is touched
        _check_out(out)
        try:
            written = write(s, args.meeting, out)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ServiceError(problem("export_failed", f"Could not write {out}: {reason}.", path=str(out))) from None
    print(f"Wrote {written}")
    return EXIT_OK


def _check_out(out: Path) -> None:
    from tankapp.services.errors import ServiceError, problem

    folder = out.parent
    message = None
    if out.is_dir():
        message = f"{out} is a folder; give the name of the file to write."
    elif not folder.exists():
        message = f"The folder {folder} does not exist."
    elif not folder.is_dir():
        message = f"{folder} is not a folder."
    elif not os.access(folder, os.W_OK | os.X_OK):
        message = f"Cannot write to the folder {folder}."
    if message:
        raise ServiceError(problem("export_folder", message, path=str(out)))


def cmd_export_agenda(args) -> int:
    from tankapp.services import exports

    return _export(args, exports.export_agenda_pdf)


def cmd_export_ics(args) -> int:
    from tankapp.services import exports

    return _export(args, exports.export_meeting_ics)


def cmd_export_minutes(args) -> int:
    from tankapp.services import exports

    return _export(args, exports.export_minutes_pdf)


def cmd_export_signin(args) -> int:
    from tankapp.services import exports

    return _export(args, exports.export_signin_pdf)


def cmd_export_contributions(args) -> int:
    """A selection of the contributions to ``--out``; exactly those are then marked sent.

    The file is written first; if that fails nothing is marked (the write session
    rolls back), and the message is one line.
    """
    from tankapp.services import exports, groups
    from tankapp.services.errors import ServiceError, problem

    out = Path(args.out).expanduser()
    with _open(args) as db, db.session() as s:
        group = groups.find_group(s, args.group) if args.group else None
        exports.contributions_export_format(out)  # an unknown ending is refused before any file is touched
        _check_out(out)
        try:
            n = exports.export_contributions(s, out, group_id=group.id if group else None, unsent=args.unsent)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ServiceError(problem("export_failed", f"Could not write {out}: {reason}.", path=str(out))) from None
    # said only once the file is written and the contributions are marked sent
    print(f"Wrote {_count(n, 'contribution', 'contributions')} to {out}")
    return EXIT_OK


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def cmd_import_members(args) -> int:
    from tankapp.services import groups, importer

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
    ("demo", None): cmd_demo,
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
    ("import-members", None): cmd_import_members,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)

    if args.command is None:
        from tankapp.ui.app import run_gui

        return run_gui(db_path=args.db, lang=args.lang, smoke_test=args.smoke_test)

    from tankapp.services.errors import ServiceError
    from tankapp.storage import DatabaseError

    _utf8_stdout()
    handler = COMMANDS[(args.command, getattr(args, "action", None))]
    try:
        return handler(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except (ServiceError, DatabaseError) as exc:
        print(f"tankapp: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK


def _utf8_stdout() -> None:
    """Write UTF-8 even where the locale is not (Windows, output redirected to a file).

    Otherwise a name like "Dąbrowska" or "Nguyễn" crashes the listing with a
    traceback, or comes out as escapes in the import's "line N: reason" lines.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _one_line(text: str) -> str:
    return " ".join(text.split())
