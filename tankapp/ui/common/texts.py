"""Translated words for enum values and service problems.

Services speak in codes (see :mod:`tankapp.services.errors`); this module
turns them into the user's language through Qt's translation system.

The enums' words are data in :mod:`tankapp.domain.vocabulary` (English source
text, Danish, translation context); the ``*_label`` functions translate them.
Every problem code the services raise has an entry in :func:`problem_text`
(``tests/test_vocabulary.py`` checks that).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tankapp.domain import vocabulary
from tankapp.domain.enums import (
    ActionStatus,
    ActorKind,
    AgendaItemKind,
    AttendanceStatus,
    Criterion,
    EvaluationRoundKind,
    Involvement,
    MeetingFormat,
    MeetingStatus,
    QuestionKind,
    RecruitedVia,
    Region,
    ResponseChannel,
    ResponseStatus,
    Sector,
)
from tankapp.services.errors import Problem


def _label(enum, member) -> str:
    """The GUI's word for an enum member (or its value): its English source text, translated."""
    w = vocabulary.words(member, enum)
    return QCoreApplication.translate(w.context, w.english)


def actor_kind_label(kind: ActorKind) -> str:
    return _label(ActorKind, kind)


def sector_label(sector: Sector | None) -> str:
    return "" if sector is None else _label(Sector, sector)


def region_label(region: Region | None) -> str:
    return "" if region is None else _label(Region, region)


def recruited_via_label(via: RecruitedVia | None) -> str:
    return "" if via is None else _label(RecruitedVia, via)


def meeting_format_label(fmt: MeetingFormat) -> str:
    return _label(MeetingFormat, fmt)


def meeting_status_label(status: MeetingStatus) -> str:
    return _label(MeetingStatus, status)


def agenda_kind_label(kind: AgendaItemKind) -> str:
    return _label(AgendaItemKind, kind)


def involvement_label(kind: Involvement) -> str:
    return _label(Involvement, kind)


def criterion_label(criterion: Criterion) -> str:
    return _label(Criterion, criterion)


def attendance_label(status: AttendanceStatus | None) -> str:
    """The state of an invited member; None is 'invited', nothing registered yet."""
    if status is None:
        w = vocabulary.ATTENDANCE_INVITED
        return QCoreApplication.translate(w.context, w.english)
    return _label(AttendanceStatus, status)


def action_status_label(status: ActionStatus) -> str:
    return _label(ActionStatus, status)


def action_status_text(status: ActionStatus, overdue: bool) -> str:
    """An action item's status; one still open past its due date says so in words ("Åben – overskredet").

    Show it in :func:`warning_color` too (see ``ActionRow.is_overdue``): colour alone is not enough.
    """
    label = _label(ActionStatus, status)
    return QCoreApplication.translate("Labels", "%1 – overdue").replace("%1", label) if overdue else label


def question_kind_label(kind: QuestionKind) -> str:
    return _label(QuestionKind, kind)


def round_kind_label(kind: EvaluationRoundKind) -> str:
    return _label(EvaluationRoundKind, kind)


def response_status_label(status: ResponseStatus | None) -> str:
    """A member's answer to a round; None is 'not answered' yet."""
    if status is None:
        w = vocabulary.RESPONSE_NOT_ANSWERED
        return QCoreApplication.translate(w.context, w.english)
    return _label(ResponseStatus, status)


def response_channel_label(channel: ResponseChannel) -> str:
    return _label(ResponseChannel, channel)


def warning_color():
    """The red used for something that needs attention (readable on light and dark rows)."""
    from PySide6.QtGui import QColor

    return QColor(176, 0, 32)


def format_size(n: int) -> str:
    """A file size as Danish users read it: 1,5 MB (traditional units, not MiB)."""
    from PySide6.QtCore import QLocale

    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def format_time(value: dt.time | None) -> str:
    """A time the Danish way: 09.30."""
    return "" if value is None else f"{value.hour:02d}.{value.minute:02d}"


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")


def format_date(value: dt.date | None, long: bool = False) -> str:
    """A date the Danish way: 25.11.2026, or 'onsdag den 25. november 2026' when long."""
    if value is None:
        return ""
    locale = QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if long:
        if locale.language() == QLocale.Language.Danish:
            return locale.toString(qdate, "dddd 'den' d. MMMM yyyy")
        return locale.toString(qdate, QLocale.FormatType.LongFormat)
    return locale.toString(qdate, "dd.MM.yyyy")


def row_problems_text(problems: list[Problem]) -> str:
    """All problems of an imported row, as one line in the user's language."""
    parts = []
    for p in problems:
        if p.code == "name_required":  # in a file, the name is missing rather than to be entered
            parts.append(QCoreApplication.translate("Problems", "The name is missing."))
        else:
            parts.append(problem_text(p))
    return " ".join(parts)


def problem_text(p: Problem) -> str:
    """The problem in the user's language (falls back to the English message)."""
    params = p.params
    texts = {
        "name_required": lambda: QCoreApplication.translate("Problems", "Enter the member's name."),
        "email_invalid": lambda: QCoreApplication.translate(
            "Problems", "'{email}' is not a valid e-mail address (it should look like name@example.dk)."
        ).format(**params),
        "email_taken": lambda: QCoreApplication.translate("Problems", "The e-mail address is already used by {name} ({group}).").format(**params),
        "withdrawn_before_joined": lambda: QCoreApplication.translate("Problems", "The withdrawal date is before the joining date. Correct one of them."),
        "group_required": lambda: QCoreApplication.translate("Problems", "Choose an expert group."),
        "group_not_found": lambda: QCoreApplication.translate("Problems", "The group no longer exists. Choose another group."),
        "group_name_required": lambda: QCoreApplication.translate("Problems", "Enter a name for the group."),
        "group_name_taken": lambda: QCoreApplication.translate("Problems", "There is already a group named {name}.").format(**params),
        "group_size_range": lambda: QCoreApplication.translate("Problems", "The smallest size must not be above the largest."),
        "start_required": lambda: QCoreApplication.translate("Problems", "Choose when the project starts."),
        "end_before_start": lambda: QCoreApplication.translate("Problems", "The project must end after it starts."),
        "meeting_target_range": lambda: QCoreApplication.translate("Problems", "The meeting target must be between 1 and 1000."),
        "commitment_range": lambda: QCoreApplication.translate("Problems", "The smallest number of meetings must not be above the largest."),
        "already_set_up": lambda: QCoreApplication.translate("Problems", "This database already holds a think tank."),
        # The think tank's settings and its database file
        "think_tank_name_required": lambda: QCoreApplication.translate("Problems", "Give the think tank a name."),
        "think_tank_name_too_long": lambda: QCoreApplication.translate(
            "Problems", "The name is too long: at most {max} characters."
        ).format(**params),
        "think_tank_name_invalid": lambda: QCoreApplication.translate(
            "Problems", "The name holds a line break or an invisible control character. Type it on one line."
        ),
        "commitment_max_range": lambda: QCoreApplication.translate(
            "Problems", "A member can commit to at most {max} meetings."
        ).format(**params),
        "period_start_after_meetings": lambda: QCoreApplication.translate(
            "Problems",
            "Meetings outside the new period: {count}, the first on {date}. Start the period on that day or "
            "earlier, or move those meetings first.",
        ).format(**params),
        "period_end_before_meetings": lambda: QCoreApplication.translate(
            "Problems",
            "Meetings outside the new period: {count}, the last on {date}. End the period on that day or "
            "later, or move those meetings first.",
        ).format(**params),
        "file_in_use": lambda: QCoreApplication.translate(
            "Problems", "{path} is open in another tankapp window. Use that window, or close it first."
        ).format(**params),
        "file_cannot_write": lambda: QCoreApplication.translate(
            "Problems",
            "tankapp cannot use the folder of {path} (it is read-only, or you may not write there). "
            "Choose a folder you can write to.",
        ).format(**params),
        "file_missing": lambda: QCoreApplication.translate(
            "Problems", "{path} is not there any more (moved, deleted, or on a disk that is not connected)."
        ).format(**params),
        "file_not_tankapp": lambda: QCoreApplication.translate(
            "Problems", "{path} is not a tankapp database, so tankapp did not open it. The file was left as it is."
        ).format(**params),
        "file_damaged": lambda: QCoreApplication.translate(
            "Problems",
            "{path} is damaged, so tankapp did not open it. The file was left exactly as it is.",
        ).format(**params),
        "file_newer": lambda: QCoreApplication.translate(
            "Problems", "{path} was made by a newer version of tankapp. Update tankapp to open it."
        ).format(**params),
        "file_exists": lambda: QCoreApplication.translate(
            "Problems",
            "{path} already exists. A new database is always a new file: choose another name, or open that "
            "file with File > Open database…",
        ).format(**params),
        # Meetings and agendas
        "meeting_title_required": lambda: QCoreApplication.translate("Problems", "Give the meeting a title."),
        "meeting_groups_required": lambda: QCoreApplication.translate("Problems", "Choose at least one expert group."),
        "meeting_date_required": lambda: QCoreApplication.translate("Problems", "Choose the meeting's date."),
        "meeting_times_required": lambda: QCoreApplication.translate("Problems", "Give the start and end times."),
        "meeting_outside_period": lambda: QCoreApplication.translate(
            "Problems", "{date} is outside the project period ({start} to {end}). Choose a date within it."
        ).format(**params),
        "meeting_end_before_start": lambda: QCoreApplication.translate(
            "Problems", "The meeting ends ({end}) before it starts ({start}). Check the times."
        ).format(**params),
        "meeting_same_day": lambda: QCoreApplication.translate(
            "Problems", "Note: {group} already has a meeting that day ({title})."
        ).format(**params),
        # The steering committee (a group row of its own kind; never an expert group)
        "meeting_steering_mixed": lambda: QCoreApplication.translate(
            "Problems", "A steering committee meeting cannot include expert groups. Choose either the steering "
            "committee or expert groups."
        ),
        "steering_committee_exists": lambda: QCoreApplication.translate(
            "Problems", "The think tank already has a steering committee: {name}."
        ).format(**params),
        "steering_kind_fixed": lambda: QCoreApplication.translate(
            "Problems", "{name} already has meetings, evaluations or contributions, so it cannot change between "
            "expert group and steering committee."
        ).format(**params),
        "evaluation_round_steering": lambda: QCoreApplication.translate(
            "Problems", "The self-evaluation asks the expert groups. Leave the steering committee out."
        ),
        "digest_target_steering": lambda: QCoreApplication.translate(
            "Problems", "{title} is a steering committee meeting. Share with an expert group's meeting."
        ).format(**params),
        "question_to_steering": lambda: QCoreApplication.translate(
            "Problems", "Questions go to the expert groups, not to the steering committee."
        ),
        "contribution_steering": lambda: QCoreApplication.translate(
            "Problems", "Knowledge contributions come from the expert groups. The steering committee gives none."
        ),
        "item_title_required": lambda: QCoreApplication.translate("Problems", "Give the agenda item a title."),
        "item_minutes_range": lambda: QCoreApplication.translate(
            "Problems", "The planned time must be between 0 and 480 minutes."
        ),
        "template_name_required": lambda: QCoreApplication.translate("Problems", "Give the template a name."),
        "template_name_taken": lambda: QCoreApplication.translate(
            "Problems", "There is already a template named {name}. Choose another name."
        ).format(**params),
        "template_empty_agenda": lambda: QCoreApplication.translate(
            "Problems", "The agenda has no items yet, so there is nothing to keep as a template."
        ),
        # Meeting mode
        "minutes_locked": lambda: QCoreApplication.translate(
            "Problems", "The minutes of {title} were approved on {approved}. Unlock them to make changes."
        ).format(**params),
        "not_invited": lambda: QCoreApplication.translate(
            "Problems", "{name} is not invited to {title}: not a member of its group that day."
        ).format(**params),
        "attendance_no_time": lambda: QCoreApplication.translate(
            "Problems", "{name} is not registered as late or as having left early, so there is no time to correct."
        ).format(**params),
        "attendance_left_before_arrival": lambda: QCoreApplication.translate(
            "Problems", "The leaving time {left} is before the arrival time {arrived}. Check the time."
        ).format(**params),
        "guest_name_required": lambda: QCoreApplication.translate("Problems", "Write the guest's name."),
        "decision_text_required": lambda: QCoreApplication.translate("Problems", "Write the decision."),
        "action_text_required": lambda: QCoreApplication.translate("Problems", "Write what is to be done."),
        "action_two_owners": lambda: QCoreApplication.translate("Problems", "An action has one owner: a member or a guest."),
        "action_due_before_meeting": lambda: QCoreApplication.translate(
            "Problems", "The due date {due} is before the meeting ({meeting}). Choose a date on or after it."
        ).format(**params),
        "approve_not_held": lambda: QCoreApplication.translate(
            "Problems", "Only the minutes of a held meeting can be approved. Mark the meeting as held first."
        ),
        "unlock_reason_required": lambda: QCoreApplication.translate("Problems", "Say why the approved minutes must change."),
        # Importing a file: problems of a row
        "email_duplicate_in_file": lambda: QCoreApplication.translate(
            "Problems", "Same e-mail address as line {line}."
        ).format(**params),
        "import_bad_boolean": lambda: QCoreApplication.translate(
            "Problems", "'{value}' in column '{column}' is not yes or no (write ja or nej)."
        ).format(**params),
        "import_bad_date": lambda: QCoreApplication.translate(
            "Problems", "'{value}' in column '{column}' is not a date (write it as 25.11.2026 or 2026-11-25)."
        ).format(**params),
        "import_bad_choice": lambda: QCoreApplication.translate(
            "Problems", "'{value}' in column '{column}' is not one of the choices tankapp knows."
        ).format(**params),
        "import_unclosed_quote": lambda: QCoreApplication.translate(
            "Problems", "A quotation mark in column '{column}' is not closed, so lines {line}-{end} were read as one value. Remove the stray quotation mark or close it."
        ).format(**params),
        "import_line_break_in_name": lambda: QCoreApplication.translate(
            "Problems", "The name in column '{column}' has a line break. Write it on one line."
        ).format(**params),
        "import_hidden_character": lambda: QCoreApplication.translate(
            "Problems", "Column '{column}' holds an invisible control character ({char}) that no one types. Remove it."
        ).format(**params),
        "import_unreadable_character": lambda: QCoreApplication.translate(
            "Problems", "Column '{column}' holds a character that could not be read (shown as �). The file may be saved in an unusual text encoding."
        ).format(**params),
        "import_value_too_long": lambda: QCoreApplication.translate(
            "Problems", "The value in column '{column}' is {length} characters long; at most {max} fit."
        ).format(**params),
        "import_mojibake": lambda: QCoreApplication.translate(
            "Problems", "'{value}' in column '{column}' looks garbled: probably '{fixed}' saved in the wrong text encoding. Correct it in the file."
        ).format(**params),
        "import_mixed_encoding": lambda: QCoreApplication.translate(
            "Problems", "Line {line} is in another text encoding ({encoding}) than the rest of the file ({file_encoding}), so its letters cannot be trusted. Correct the line, or save the whole file as CSV UTF-8."
        ).format(**params),
        "import_same_person_in_file": lambda: QCoreApplication.translate(
            "Problems", "Same person as line {line}: same name, and no e-mail address or organisation tells them apart."
        ).format(**params),
        "import_same_person_existing": lambda: QCoreApplication.translate(
            "Problems", "Already a member of {group} as {name}: same name, and no e-mail address or organisation tells them apart."
        ).format(**params),
        # Importing a file: problems of the whole file
        "import_file_missing": lambda: QCoreApplication.translate("Problems", "The file is not there any more. Choose it again."),
        "import_file_unreadable": lambda: QCoreApplication.translate(
            "Problems", "The file could not be read. Check that it is not open in another program, and try again."
        ),
        "import_unsupported_type": lambda: QCoreApplication.translate(
            "Problems", "tankapp can import CSV files and Excel workbooks (.xlsx). Save the list in one of those."
        ),
        "import_xls_unsupported": lambda: QCoreApplication.translate(
            "Problems", "This is an old Excel file (.xls) or a protected workbook. Save it as .xlsx or CSV in Excel and import that."
        ),
        "import_corrupt_xlsx": lambda: QCoreApplication.translate(
            "Problems", "The Excel file is damaged and cannot be read. Save it again in Excel and retry."
        ),
        "import_empty_file": lambda: QCoreApplication.translate("Problems", "The file is empty."),
        "import_no_name_column": lambda: QCoreApplication.translate(
            "Problems", "The file has no column with the members' names. Name a column Navn (or Fornavn and Efternavn)."
        ),
        "import_no_rows": lambda: QCoreApplication.translate("Problems", "The file has column headings but no members below them."),
        "import_file_too_large": lambda: QCoreApplication.translate(
            "Problems", "The file is larger than {max_mb} MB. A member list is far smaller; check that it is the right file."
        ).format(**params),
        "import_too_many_rows": lambda: QCoreApplication.translate(
            "Problems", "The file has more than {max} members; tankapp imports at most {max} at a time (a think tank has about 120). Check that it is the right file, or split it."
        ).format(**params),
        "import_too_many_lines": lambda: QCoreApplication.translate(
            "Problems", "The file has more than {max} lines or rows. Delete what is below the member list, or check that it is the right file."
        ).format(**params),
        "import_xlsx_too_large": lambda: QCoreApplication.translate(
            "Problems", "The workbook would unpack to {size_mb} MB; tankapp opens workbooks that unpack to at most {max_mb} MB. Check that it is the right file, or save the list as CSV and import that."
        ).format(**params),
        "import_xlsx_suspicious": lambda: QCoreApplication.translate(
            "Problems", "This is not an ordinary Excel workbook: a part of it unpacks to {ratio} times its packed size, as files built to exhaust memory do. tankapp does not open it."
        ).format(**params),
        "import_nul_bytes": lambda: QCoreApplication.translate(
            "Problems", "The file contains NUL characters (the first on line {line}), so it is not a text file tankapp can read. Save the list from Excel as CSV UTF-8 or .xlsx and import that."
        ).format(**params),
        "import_bad_encoding": lambda: QCoreApplication.translate(
            "Problems", "The file looks like UTF-16 text (Excel's Unicode text) but cannot be read as such. Save it from Excel as CSV UTF-8 and import that."
        ),
        "import_runaway_quote": lambda: QCoreApplication.translate(
            "Problems", "The value that starts on line {line} runs on for more than 100,000 characters, probably from a quotation mark there that is never closed. Remove that quotation mark and import the file again."
        ).format(**params),
        # Exports
        "export_target_database": lambda: QCoreApplication.translate(
            "Problems", "{path} is the tankapp database, one of its working files or a backup of it. Choose another file."
        ).format(**params),
        "export_target_not_regular": lambda: QCoreApplication.translate(
            "Problems", "{path} is not an ordinary file (it is a device, a pipe or the like). Choose another file."
        ).format(**params),
        "export_target_readonly": lambda: QCoreApplication.translate(
            "Problems", "{path} is write-protected. Choose another file, or remove the write protection first."
        ).format(**params),
        "export_folder": lambda: {
            "is_folder": lambda: QCoreApplication.translate(
                "Problems", "{path} is a folder. Give the name of the file to save."
            ),
            "missing": lambda: QCoreApplication.translate("Problems", "The folder {folder} does not exist."),
            "not_folder": lambda: QCoreApplication.translate("Problems", "{folder} is not a folder."),
            "not_writable": lambda: QCoreApplication.translate("Problems", "Cannot save in the folder {folder}."),
        }[params["reason"]]().format(**params),
        "export_failed": lambda: QCoreApplication.translate(
            "Problems", "The file {path} could not be saved: {reason}."
        ).format(**params),
        "export_unknown_format": lambda: QCoreApplication.translate(
            "Problems", "{path} has no file ending tankapp can write. Choose one of the file types offered."
        ).format(**params),
        "export_no_contributions": lambda: QCoreApplication.translate(
            "Problems", "There are no contributions to export (drafts not reviewed yet: {drafts})."
        ).format(**params),
        # Records that are gone (another window or person deleted them)
        "meeting_not_found": lambda: QCoreApplication.translate("Problems", "The meeting no longer exists."),
        "member_not_found": lambda: QCoreApplication.translate("Problems", "The member no longer exists."),
        "guest_not_found": lambda: QCoreApplication.translate("Problems", "The guest is no longer at this meeting."),
        "item_not_found": lambda: QCoreApplication.translate("Problems", "The agenda item no longer exists."),
        "decision_not_found": lambda: QCoreApplication.translate("Problems", "The decision no longer exists."),
        "action_not_found": lambda: QCoreApplication.translate("Problems", "The action no longer exists."),
        "template_not_found": lambda: QCoreApplication.translate("Problems", "The agenda template no longer exists."),
        "group_name_not_found": lambda: QCoreApplication.translate("Problems", "There is no group named {name}.").format(**params),
        "no_such_item": lambda: QCoreApplication.translate("Problems", "There is no agenda item there."),
        # The think tank and the demo
        "end_required": lambda: QCoreApplication.translate("Problems", "Choose when the project ends."),
        "no_think_tank": lambda: QCoreApplication.translate("Problems", "No think tank is set up in this database yet."),
        "demo_needs_empty_db": lambda: QCoreApplication.translate(
            "Problems", "This database already holds a think tank; the demo needs a new, empty database."
        ),
        "demo_needs_new_db": lambda: QCoreApplication.translate(
            "Problems", "This database already holds a think tank; give the demo a new file."
        ),
        # Agendas and minutes
        "template_builtin": lambda: QCoreApplication.translate("Problems", "The built-in templates cannot be deleted."),
        "minutes_not_approved": lambda: QCoreApplication.translate(
            "Problems", "The minutes are not approved, so there is nothing to unlock."
        ),
        # Importing a file: the rows that stop an import
        "import_row_invalid": lambda: QCoreApplication.translate("Problems", "Line {line}: {problems}").format(
            line=params["line"], problems=row_problems_text(params["problems"])
        ),
        # The library (the same words as tankapp.ui.library.presentation_dialog's)
        "presentation_title_required": lambda: QCoreApplication.translate("Problems", "Enter a title for the presentation."),
        "presentation_title_too_long": lambda: QCoreApplication.translate(
            "Problems", "The title is too long: at most {max} characters."
        ).format(**params),
        "presentation_presenter_too_long": lambda: QCoreApplication.translate(
            "Problems", "The name is too long: at most {max} characters."
        ).format(**params),
        "presentation_in_use": lambda: QCoreApplication.translate(
            "Problems", "“{title}” is on the agenda of: {meetings}. Take it off those agendas first, then delete it."
        ).format(**params),
        "presentation_not_found": lambda: QCoreApplication.translate("Problems", "The presentation no longer exists."),
        "attachment_source_missing": lambda: QCoreApplication.translate(
            "Problems", "The file “{file}” is not there any more. Choose it again."
        ).format(**params),
        "attachment_source_not_file": lambda: QCoreApplication.translate(
            "Problems", "“{file}” is a folder, not a file. Choose a file."
        ).format(**params),
        "attachment_source_unreadable": lambda: QCoreApplication.translate(
            "Problems", "The file “{file}” could not be read. Check that it is not open in another program, or copy it to this computer first."
        ).format(**params),
        "attachment_store_failed": lambda: QCoreApplication.translate(
            "Problems", "The file could not be saved in tankapp's data folder. Check that there is free space on the disk."
        ),
        "attachment_cancelled": lambda: QCoreApplication.translate("Problems", "Cancelled. The file was not added."),
        "attachment_duplicate": lambda: QCoreApplication.translate(
            "Problems", "This file is already attached to the presentation as “{file}”."
        ).format(**params),
        "attachment_not_stored": lambda: QCoreApplication.translate(
            "Problems", "The copied file disappeared from tankapp's data folder. Add the file again."
        ),
        "attachment_missing": lambda: QCoreApplication.translate(
            "Problems", "The file “{file}” is missing from tankapp's data folder. It may have been deleted outside tankapp."
        ).format(**params),
        "attachment_damaged": lambda: QCoreApplication.translate(
            "Problems", "The file “{file}” in tankapp's data folder is damaged: it has changed since it was added."
        ).format(**params),
        "attachment_not_found": lambda: QCoreApplication.translate("Problems", "The file no longer exists in the library."),
        # Contributions (the same words as tankapp.ui.meeting_mode.capture's)
        "contribution_title_required": lambda: QCoreApplication.translate("Contributions", "Give the contribution a short title."),
        "contribution_not_found": lambda: QCoreApplication.translate("Contributions", "The contribution no longer exists."),
        "merge_same": lambda: QCoreApplication.translate("Contributions", "Choose two different contributions to merge."),
        "merge_merged": lambda: QCoreApplication.translate(
            "Contributions", "One of them is already merged into another contribution."
        ),
        # Sharing between groups (the same words as tankapp.ui.sharing.page's)
        "digest_not_held": lambda: QCoreApplication.translate(
            "Sharing", "Only a held meeting's notes, decisions and contributions can be shared. Mark the meeting as held first."
        ),
        "digest_no_pieces": lambda: QCoreApplication.translate(
            "Sharing", "Tick at least one note, decision or contribution to share."
        ),
        "digest_piece_unknown": lambda: QCoreApplication.translate(
            "Sharing", "Something you ticked is no longer in the meeting's minutes. Close this window and open it again."
        ),
        "digest_target_same_group": lambda: QCoreApplication.translate(
            "Sharing", "That is a meeting of the same group. Share with another group's meeting."
        ),
        "digest_target_not_coming": lambda: QCoreApplication.translate(
            "Sharing", "That meeting is not a coming meeting. Choose a planned meeting after this one."
        ),
        "digest_not_found": lambda: QCoreApplication.translate(
            "Problems", "What was shared from another group's meeting no longer exists."
        ),
        "question_to_group_required": lambda: QCoreApplication.translate("Sharing", "Choose the group to ask."),
        "question_same_group": lambda: QCoreApplication.translate("Sharing", "A group asks another group, not itself."),
        "question_text_required": lambda: QCoreApplication.translate("Sharing", "Write the question."),
        "question_meeting_not_of_group": lambda: QCoreApplication.translate("Sharing", "That group is not at this meeting."),
        "answer_text_required": lambda: QCoreApplication.translate("Sharing", "Write the answer."),
        "answer_meeting_not_of_group": lambda: QCoreApplication.translate(
            "Sharing", "The question was put to a group that is not at this meeting."
        ),
        "question_not_found": lambda: QCoreApplication.translate("Sharing", "The question no longer exists."),
        # Evaluation
        "evaluation_answers_empty": lambda: QCoreApplication.translate("Problems", 'No question is answered. If the member did not want to answer, mark them as declined instead.'),
        "evaluation_scale_value": lambda: QCoreApplication.translate("Problems", 'Answer with a number from 1 to 5.'),
        "evaluation_text_too_long": lambda: QCoreApplication.translate("Problems", 'The text is too long: at most {max} characters.').format(**params),
        "evaluation_item_unknown": lambda: QCoreApplication.translate("Problems", "The questionnaire has no question '{key}'.").format(**params),
        "evaluation_member_anonymised": lambda: QCoreApplication.translate("Problems", 'The member has been anonymised; nothing new can be recorded about them.'),
        "evaluation_member_withdrawn": lambda: QCoreApplication.translate("Problems", 'The member withdrew on {date}, before the round opened ({opens}).').format(**params),
        "evaluation_group_not_asked": lambda: QCoreApplication.translate("Problems", 'The round does not ask the group {group}.').format(**params),
        "evaluation_round_title_required": lambda: QCoreApplication.translate("Problems", 'Give the round a title.'),
        "evaluation_round_date_required": lambda: QCoreApplication.translate("Problems", 'Choose the day the round opens.'),
        "evaluation_round_closes_before_opens": lambda: QCoreApplication.translate("Problems", 'The round closes before it opens. Check the dates.'),
        "evaluation_round_kind_required": lambda: QCoreApplication.translate("Problems", 'Choose the kind of round.'),
        "evaluation_round_groups_required": lambda: QCoreApplication.translate("Problems", 'Choose at least one group to ask.'),
        "evaluation_round_has_responses": lambda: QCoreApplication.translate("Problems", '{count} members have already answered this round, so it cannot be changed that way.').format(**params),
        "evaluation_round_not_found": lambda: QCoreApplication.translate("Problems", 'The evaluation round no longer exists.'),
        "evaluation_same_round": lambda: QCoreApplication.translate("Problems", 'Choose two different rounds to compare.'),
        "evaluation_export_empty": lambda: QCoreApplication.translate("Problems", 'There are no evaluation answers to export yet.'),
        "evaluation_report_empty": lambda: QCoreApplication.translate("Problems", 'There are no evaluation answers to report on yet.'),
        "interview_note_text_required": lambda: QCoreApplication.translate("Problems", 'Write the note.'),
        "interview_note_not_found": lambda: QCoreApplication.translate("Problems", 'The interview note no longer exists.'),
        "questionnaire_invalid": lambda: QCoreApplication.translate("Problems", 'The questionnaire is not valid.'),
        "questionnaire_version_taken": lambda: QCoreApplication.translate("Problems", 'Version {version} of this questionnaire exists already.').format(**params),
        "questionnaire_not_found": lambda: QCoreApplication.translate("Problems", 'The questionnaire no longer exists.'),
        # Storage failures (tankapp.ui.ops.core.storage_problem): the message names the
        # file; the window says what happened and what to do.
        "storage_disk_full": lambda: QCoreApplication.translate(
            "Problems", "The disk is full, so the change was not saved. Everything saved before is kept. Free some space and try again."
        ),
        "storage_read_only": lambda: QCoreApplication.translate(
            "Problems", "The database cannot be written to (the file, its folder or the disk is read-only), so the change was not saved. Copy the file to a folder you can write to and open that."
        ),
        "storage_busy": lambda: QCoreApplication.translate(
            "Problems", "The database is busy: another program has been writing to it for a long time. Nothing was changed; try again in a moment."
        ),
        "storage_damaged": lambda: QCoreApplication.translate(
            "Problems", "The database file is damaged, so the change was not saved. Restore it from a backup."
        ),
        "storage_failed": lambda: QCoreApplication.translate(
            "Problems", "The database could not be used, so the change was not saved. Everything saved before is kept."
        ),
        # A shared database on a PostgreSQL server (tankapp.storage.server).
        "storage_changed_elsewhere": lambda: QCoreApplication.translate(
            "Problems", "Someone else changed or deleted the same thing at the same moment, so your change was not saved. What they saved is kept; look at it again and make your change once more if it is still needed."
        ),
        "storage_server_unreachable": lambda: QCoreApplication.translate(
            "Problems", "The database server could not be reached, so the change was not saved. Check the network connection and try again."
        ),
        "server_database_missing": lambda: QCoreApplication.translate(
            "Problems", "There is no database {path} on the server. Ask the server's administrator to create it."
        ).format(**params),
        "server_not_tankapp": lambda: QCoreApplication.translate(
            "Problems", "The database {path} cannot hold a think tank: it holds other tables, it is not UTF-8, or its server lacks Danish sorting (ICU). Nothing was changed in it."
        ).format(**params),
        "storage_server_read_only": lambda: QCoreApplication.translate(
            "Problems", "The database server accepts no changes from you now (it is read-only, or your user may not change it), so the change was not saved."
        ),
        # Several laptops: packages, change bundles and their conflicts (tankapp.services.sync).
        "sync_not_a_package": lambda: QCoreApplication.translate(
            "Problems", "{path} is not a tankapp package or change bundle. Nothing was imported."
        ).format(**params),
        "sync_damaged": lambda: QCoreApplication.translate(
            "Problems", "{path} is damaged (its contents do not match its checksums). Nothing was imported. Ask for the file again."
        ).format(**params),
        "sync_newer": lambda: QCoreApplication.translate(
            "Problems", "{path} was made by a newer version of tankapp. Update tankapp to import it. Nothing was imported."
        ).format(**params),
        "sync_file_missing": lambda: QCoreApplication.translate(
            "Problems", "There is no file {path}."
        ).format(**params),
        "sync_file_unreadable": lambda: QCoreApplication.translate(
            "Problems", "{path} could not be read: {reason}."
        ).format(**params),
        "sync_foreign": lambda: QCoreApplication.translate(
            "Problems", "{path} belongs to another think tank ({name}), not to {ours}. Nothing was imported."
        ).format(**params),
        "sync_no_meetings": lambda: QCoreApplication.translate(
            "Problems", "Choose at least one meeting for the package."
        ),
        "sync_changes_need_office": lambda: QCoreApplication.translate(
            "Problems", "{path} holds a laptop's changes. Import it into the office database the package came from."
        ).format(**params),
        "sync_database_not_empty": lambda: QCoreApplication.translate(
            "Problems", "{path} is a package for another laptop. Open it in a new, empty database; this one already holds a think tank."
        ).format(**params),
        "sync_file_store_failed": lambda: QCoreApplication.translate(
            "Problems", "The package's files could not be kept in the data folder: {reason}."
        ).format(**params),
        "sync_package_needs_new_database": lambda: QCoreApplication.translate(
            "Problems", "{path} is a package for a laptop, not a laptop's changes. Open it in a new, empty database."
        ).format(**params),
        "sync_unknown_package": lambda: QCoreApplication.translate(
            "Problems", "{path} holds changes to a package this database did not send. Import it into the office database that sent the package."
        ).format(**params),
        "sync_bundle_reused": lambda: QCoreApplication.translate(
            "Problems", "{path} has the id of changes imported before, but other contents. It was refused."
        ).format(**params),
        "sync_seq_reused": lambda: QCoreApplication.translate(
            "Problems", "The laptop {label} sent other changes with number {seq} before, so these were refused (was its database copied to another laptop?)."
        ).format(**params),
        "sync_merge_refused": lambda: QCoreApplication.translate(
            "Problems", "{path} could not be merged: a record in it clashes with one in this database ({detail}). Nothing was imported."
        ).format(**params),
        "sync_laptop_database": lambda: QCoreApplication.translate(
            "Problems", "This database was opened from a package (it is a laptop's). Only the office database sends packages and takes in changes."
        ),
        "sync_not_from_package": lambda: QCoreApplication.translate(
            "Problems", "This database was not opened from a package, so it has no changes to send back."
        ),
        "conflict_not_found": lambda: QCoreApplication.translate(
            "Problems", "The conflict no longer exists."
        ),
        "conflict_choose_number": lambda: QCoreApplication.translate(
            "Problems", "There are {count} other values; choose one of them."
        ).format(**params),
        "conflict_both_not_text": lambda: QCoreApplication.translate(
            "Problems", "Only texts can be kept both; choose one value."
        ),
        "conflict_choice_invalid": lambda: QCoreApplication.translate(
            "Problems", "That is not one of the conflict's values; choose one of the {count}."
        ).format(**params),
        "conflict_closed": lambda: QCoreApplication.translate(
            "Problems", "This conflict is already settled."
        ),
        "conflict_parent_gone": lambda: QCoreApplication.translate(
            "Problems", "The record cannot be brought back: what it belongs to was deleted. Resolve that conflict first."
        ),
        "conflict_in_use": lambda: QCoreApplication.translate(
            "Problems", "The record cannot be deleted: {count} other records refer to it. Delete those first."
        ).format(**params),
    }
    make = texts.get(p.code)
    if make is None:
        return p.message
    try:
        return make()
    except (KeyError, IndexError):  # a translation with a wrong placeholder
        return p.message
