"""Translated words for enum values and service problems.

Services speak in codes (see :mod:`tankapp.services.errors`); this module
turns them into the user's language through Qt's translation system.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tankapp.domain.enums import ActorKind, RecruitedVia, Region, Sector
from tankapp.services.errors import Problem


def actor_kind_label(kind: ActorKind) -> str:
    return {
        ActorKind.USERS: QCoreApplication.translate("Labels", "Users (patients, citizens, relatives)"),
        ActorKind.CLINICIANS: QCoreApplication.translate("Labels", "Clinicians"),
        ActorKind.MANAGERS: QCoreApplication.translate("Labels", "Managers"),
        ActorKind.QUALITY_CONSULTANTS: QCoreApplication.translate("Labels", "Quality consultants"),
        ActorKind.RESEARCHERS: QCoreApplication.translate("Labels", "Researchers"),
        ActorKind.EDUCATION: QCoreApplication.translate("Labels", "Education representatives"),
        ActorKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[kind]


def sector_label(sector: Sector | None) -> str:
    if sector is None:
        return ""
    return {
        Sector.REGION: QCoreApplication.translate("Labels", "Region"),
        Sector.MUNICIPALITY: QCoreApplication.translate("Labels", "Municipality"),
        Sector.GENERAL_PRACTICE: QCoreApplication.translate("Labels", "General practice"),
        Sector.PATIENT_ORGANISATION: QCoreApplication.translate("Labels", "Patient organisation"),
        Sector.EDUCATION: QCoreApplication.translate("Labels", "Education"),
        Sector.RESEARCH: QCoreApplication.translate("Labels", "Research"),
        Sector.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[sector]


def region_label(region: Region | None) -> str:
    if region is None:
        return ""
    return {
        Region.HOVEDSTADEN: QCoreApplication.translate("Labels", "Capital Region of Denmark"),
        Region.SJAELLAND: QCoreApplication.translate("Labels", "Region Zealand"),
        Region.SYDDANMARK: QCoreApplication.translate("Labels", "Region of Southern Denmark"),
        Region.MIDTJYLLAND: QCoreApplication.translate("Labels", "Central Denmark Region"),
        Region.NORDJYLLAND: QCoreApplication.translate("Labels", "North Denmark Region"),
    }[region]


def recruited_via_label(via: RecruitedVia | None) -> str:
    if via is None:
        return ""
    return {
        RecruitedVia.KL: QCoreApplication.translate("Labels", "KL (Local Government Denmark)"),
        RecruitedVia.DANSKE_REGIONER: QCoreApplication.translate("Labels", "Danish Regions"),
        RecruitedVia.VIBIS: QCoreApplication.translate("Labels", "ViBIS network"),
        RecruitedVia.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[via]


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
    }
    make = texts.get(p.code)
    if make is None:
        return p.message
    try:
        return make()
    except (KeyError, IndexError):  # a translation with a wrong placeholder
        return p.message
