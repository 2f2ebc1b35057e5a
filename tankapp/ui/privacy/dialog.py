"""Anonymise or delete a member (GDPR): first what will happen, then one clearly worded button.

The dialog shows the service's preview before anything is changed: what is removed,
what is kept and under which name, in how many texts the name is replaced, and the
texts where a first or last name still stands alone (for the facilitator to judge;
words typed under "Also replace" are replaced as well). It says that backups made
earlier keep the old data, and offers to delete them. There is no undo: the dialog
says so, and the caller clears the undo stack afterwards.

The dialog changes nothing itself: after ``exec()`` accepted, the caller runs
``ops.privacy.anonymise``/``delete`` with :meth:`PrivacyDialog.extra_terms` and,
if :meth:`PrivacyDialog.purge_backups` is ticked, ``ops.privacy.purge_backups()``.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from tankapp.services.errors import ServiceError
from tankapp.services.members.registry import MemberSummary
from tankapp.services.privacy.rights import DELETED_NAME, source_label
from tankapp.ui.common import texts
from tankapp.ui.ops import Operations

ANONYMISE = "anonymise"
DELETE = "delete"


def split_terms(text: str) -> list[str]:
    """The extra words as typed: separated by commas or semicolons, blanks dropped."""
    return list(dict.fromkeys(t.strip() for t in re.split(r"[,;]", text) if t.strip()))


class PrivacyDialog(QDialog):
    def __init__(self, ops: Operations, member: MemberSummary, mode: str, parent=None):
        super().__init__(parent)
        if mode not in (ANONYMISE, DELETE):
            raise ValueError(mode)
        self.ops = ops
        self.member = member
        self.mode = mode
        self.preview = None  # AnonymiseResult or DeletionSummary, as last checked
        self._checked_terms: list[str] = []
        name = member.name
        self.setWindowTitle(self.tr("Anonymise %1").replace("%1", name) if mode == ANONYMISE
                            else self.tr("Delete %1").replace("%1", name))
        self.setMinimumWidth(620)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.changed_label = QLabel()
        self.changed_list = QListWidget()
        self.changed_list.setMaximumHeight(110)
        self.changed_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mentions_label = QLabel()
        self.mentions_label.setWordWrap(True)
        self.mentions_list = QListWidget()
        self.mentions_list.setWordWrap(True)
        self.mentions_list.setMaximumHeight(160)
        self.add_words_button = QPushButton(self.tr("Replace these words too"))
        self.add_words_button.setToolTip(self.tr("Add the words of the selected text to the words replaced"))
        self.add_words_button.setEnabled(False)

        self.terms = QLineEdit()
        self.terms.setPlaceholderText(self.tr("e.g. a first name alone, a nickname; separate with commas"))
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.setToolTip(self.tr("Show what happens with these words replaced too"))

        self.backups_label = QLabel()
        self.backups_label.setWordWrap(True)
        self.purge = QCheckBox(self.tr("Also delete the older backups"))
        self.purge_note = QLabel(
            self.tr("Deletes the automatic backups, the copies kept before a restore and the copies made before "
                    "an upgrade. A new backup of the database without the old data is made first, so there is "
                    "still one to restore.")
        )
        self.purge_note.setWordWrap(True)

        self.warning = QLabel(
            "<b>" + html.escape(self.tr("This cannot be undone.")) + "</b> "
            + html.escape(self.tr("Files exported earlier and copies on other computers keep the old data "
                                  "until they are deleted."))
        )
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)

        self.buttons = QDialogButtonBox()
        confirm_text = (self.tr("Anonymise %1") if mode == ANONYMISE else self.tr("Delete %1")).replace("%1", name)
        self.confirm_button = self.buttons.addButton(confirm_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter (in the words field) must neither confirm nor close: no default button.
        for b in (self.confirm_button, self.cancel_button, self.check_button, self.add_words_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        terms_row = QHBoxLayout()
        terms_row.addWidget(self.terms, 1)
        terms_row.addWidget(self.check_button)
        mentions_row = QHBoxLayout()
        mentions_row.addStretch(1)
        mentions_row.addWidget(self.add_words_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.changed_label)
        layout.addWidget(self.changed_list)
        layout.addWidget(self.mentions_label)
        layout.addWidget(self.mentions_list)
        layout.addLayout(mentions_row)
        layout.addWidget(QLabel(self.tr("Also replace these words in the texts:")))
        layout.addLayout(terms_row)
        layout.addSpacing(6)
        layout.addWidget(self.backups_label)
        layout.addWidget(self.purge)
        layout.addWidget(self.purge_note)
        layout.addSpacing(6)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

        self.check_button.clicked.connect(self.refresh)
        self.terms.returnPressed.connect(self.refresh)
        self.mentions_list.itemSelectionChanged.connect(
            lambda: self.add_words_button.setEnabled(bool(self.mentions_list.selectedItems()))
        )
        self.mentions_list.itemDoubleClicked.connect(lambda _item: self.add_selected_words())
        self.add_words_button.clicked.connect(self.add_selected_words)

        self._show_backups()
        self.refresh()
        self.cancel_button.setFocus()

    # ------------------------------------------------------------------ what the caller reads
    def extra_terms(self) -> list[str]:
        return split_terms(self.terms.text())

    def purge_backups(self) -> bool:
        return self.purge.isEnabled() and self.purge.isChecked()

    # ------------------------------------------------------------------ the preview
    def _lang(self) -> str:
        """"da" or "en": the language the dialog is shown in (for the service's words for places)."""
        marker = self.tr("language-of-this-text: en")
        return "da" if marker.rsplit(":", 1)[-1].strip() == "da" else "en"

    def _count(self, n: int, one: str, many: str) -> str:
        return (one if n == 1 else many).replace("%1", str(n))

    def refresh(self) -> None:
        """Ask the services again what would happen (with the words typed), and show it."""
        terms = self.extra_terms()
        try:
            if self.mode == ANONYMISE:
                self.preview = self.ops.privacy.anonymise_preview(self.member.id, terms)
            else:
                self.preview = self.ops.privacy.deletion_preview(self.member.id, terms)
        except ServiceError as exc:
            self.preview = None
            self.summary.setText(html.escape(Operations.message(exc)))
            self.confirm_button.setEnabled(False)
            for w in (self.changed_list, self.mentions_list):
                w.clear()
            return
        self._checked_terms = terms
        self.confirm_button.setEnabled(True)
        self._show_summary()
        self._show_texts()
        self._fit()

    def _show_summary(self) -> None:
        p = self.preview
        e = html.escape
        name = e(self.member.name)
        lines = []
        if self.mode == ANONYMISE:
            if p.already_anonymised:
                lines.append(e(self.tr("This member was anonymised before as %1. Anonymising again replaces only "
                                       "the words you add below.")).replace("%1", f"<b>{e(p.pseudonym)}</b>"))
            else:
                lines.append(e(self.tr("%1 becomes %2 everywhere in tankapp."))
                             .replace("%1", f"<b>{name}</b>").replace("%2", f"<b>{e(p.pseudonym)}</b>"))
            removed = self._cleared_words(p.cleared)
            if removed:
                lines.append(e(self.tr("Removed: %1.")).replace("%1", e(", ".join(removed))))
            kept = [
                self._count(p.attendance_kept, self.tr("%1 attendance registration"),
                            self.tr("%1 attendance registrations")),
                self._count(p.actions_kept, self.tr("%1 action"), self.tr("%1 actions")),
                self._count(p.contributions_kept, self.tr("%1 contribution"), self.tr("%1 contributions")),
            ]
            if p.evaluation_responses_kept:
                kept.append(self._count(p.evaluation_responses_kept, self.tr("%1 evaluation answer sheet"),
                                        self.tr("%1 evaluation answer sheets")))
            lines.append(e(self.tr("Kept under the new name, for the statistics: %1, the group, sector and region."))
                         .replace("%1", e(", ".join(kept))))
            replaced = self._count(len(p.texts_changed), self.tr("%1 text"), self.tr("%1 texts"))
            lines.append(e(self.tr("The name, e-mail address and phone number are replaced in %1."))
                         .replace("%1", e(replaced)))
        else:
            removed = [
                self.tr("the member's record"),
                self._count(p.attendance_removed, self.tr("%1 attendance registration"),
                            self.tr("%1 attendance registrations")),
            ]
            if p.guest_records_removed:
                removed.append(self._count(p.guest_records_removed, self.tr("%1 guest record under the name"),
                                           self.tr("%1 guest records under the name")))
            if p.evaluation_responses_removed:
                removed.append(self._count(p.evaluation_responses_removed, self.tr("%1 evaluation answer sheet"),
                                           self.tr("%1 evaluation answer sheets")))
            if p.interview_notes_removed:
                removed.append(self._count(p.interview_notes_removed, self.tr("%1 interview note"),
                                           self.tr("%1 interview notes")))
            removed.append(self._count(p.audit_entries_removed, self.tr("%1 log entry"), self.tr("%1 log entries")))
            lines.append(e(self.tr("%1 is deleted for good. Removed: %2."))
                         .replace("%1", f"<b>{name}</b>").replace("%2", e(", ".join(removed))))
            kept = [
                self._count(p.actions_unassigned, self.tr("%1 action"), self.tr("%1 actions")),
                self._count(p.contributions_unassigned, self.tr("%1 contribution"), self.tr("%1 contributions")),
            ]
            lines.append(e(self.tr("Kept without the member (they are the group's work): %1."))
                         .replace("%1", e(", ".join(kept))))
            replaced = self._count(len(p.texts_changed), self.tr("%1 text"), self.tr("%1 texts"))
            lines.append(e(self.tr("The name is replaced with %1 in %2; the e-mail address and phone number are "
                                   "removed from them."))
                         .replace("%1", e(DELETED_NAME)).replace("%2", e(replaced)))
        if p.same_name:
            lines.append(e(self._count(p.same_name,
                                       self.tr("Note: %1 other person has the same name; texts naming them are "
                                               "changed as well."),
                                       self.tr("Note: %1 other people have the same name; texts naming them are "
                                               "changed as well."))))
        self.summary.setText("<br>".join(lines))

    def _cleared_words(self, cleared) -> list[str]:
        words = {
            "email": self.tr("e-mail address"),
            "phone": self.tr("phone number"),
            "organisation": self.tr("organisation name"),
            "job_title": self.tr("job title"),
            "municipality": self.tr("municipality"),
            "recruited_via_note": self.tr("note on the recruitment"),
            "criterion_engaged_note": self.tr("notes on the recruitment criteria"),
            "criterion_change_agent_note": self.tr("notes on the recruitment criteria"),
            "notes": self.tr("notes"),
            "consent_named": self.tr("consent to be named"),
            "consent_contact": self.tr("consent to be contacted"),
            "membership": self.tr("active membership (withdrawn today)"),
            "attendance_notes": self.tr("notes on their attendance"),
            "guest_organisation": self.tr("organisation on their guest records"),
            "interview_notes": self.tr("interview notes"),
        }
        return list(dict.fromkeys(words[c] for c in cleared if c in words))

    def _place(self, source: str, meeting_date, meeting_title) -> str:
        place = source_label(source, self._lang())
        if meeting_date is not None:
            place += " · " + texts.format_date(meeting_date) + " " + (meeting_title or "")
        return place

    def _show_texts(self) -> None:
        p = self.preview
        self.changed_list.clear()
        for t in p.texts_changed:
            self.changed_list.addItem(self._place(t.source, t.meeting_date, t.meeting_title))
        self.changed_label.setText(self.tr("Where the name is replaced:") if p.texts_changed
                                   else self.tr("The name is not found in any other text."))
        self.changed_list.setVisible(bool(p.texts_changed))

        self.mentions_list.clear()
        for m in p.possible_mentions:
            words = ", ".join(m.words)
            item = QListWidgetItem(
                self._place(m.source, m.meeting_date, m.meeting_title) + " — " + words + "\n" + m.excerpt
            )
            item.setData(Qt.ItemDataRole.UserRole, list(m.words))
            item.setToolTip(m.excerpt)
            self.mentions_list.addItem(item)
        if p.possible_mentions:
            self.mentions_label.setText(
                self._count(len(p.possible_mentions),
                            self.tr("Check this text: a first or last name stands alone there and is not replaced "
                                    "(it may be someone else, or an ordinary word). Add the words to replace below."),
                            self.tr("Check these %1 texts: a first or last name stands alone there and is not "
                                    "replaced (it may be someone else, or an ordinary word). Add the words to "
                                    "replace below."))
            )
        else:
            self.mentions_label.setText(self.tr("No text has a first or last name standing alone."))
        self.mentions_list.setVisible(bool(p.possible_mentions))
        self.add_words_button.setVisible(bool(p.possible_mentions))

    def add_selected_words(self) -> None:
        """The words of the selected texts go into the words to replace, and the preview is checked again."""
        words = self.extra_terms()
        for item in self.mentions_list.selectedItems():
            for w in item.data(Qt.ItemDataRole.UserRole) or []:
                base = re.sub(r"(?:['’]s?|s)$", "", w)  # "Zygmunts" -> "Zygmunt" (the genitive is replaced too)
                candidate = base if base in self.member.name.split() else w
                if candidate not in words:
                    words.append(candidate)
        self.terms.setText(", ".join(words))
        self.refresh()

    def _show_backups(self) -> None:
        n = self.ops.privacy.old_backups(self.member.id)
        if n:
            self.backups_label.setText(
                self._count(n,
                            self.tr("%1 backup of the database was made earlier: it keeps the old data until it is "
                                    "rotated out (after up to 8 weeks) or deleted."),
                            self.tr("%1 backups of the database were made earlier: they keep the old data until they "
                                    "are rotated out (after up to 8 weeks) or deleted."))
            )
            self.purge.setText(self.tr("Also delete the older backups (%1)").replace("%1", str(n)))
        else:
            self.backups_label.setText(self.tr("No earlier backups of the database were found."))
        self.purge.setEnabled(bool(n))
        self.purge.setVisible(bool(n))
        self.purge_note.setVisible(bool(n))

    def _fit(self) -> None:
        """Wrapped texts get the height they need at the dialog's width (else the summary is cut off)."""
        margins = self.layout().contentsMargins()
        width = max(self.width(), self.minimumWidth()) - margins.left() - margins.right()
        for label in (self.summary, self.mentions_label, self.backups_label, self.purge_note, self.warning):
            label.setMinimumHeight(label.heightForWidth(width) if label.isVisibleTo(self) else 0)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._fit()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def accept(self) -> None:
        """Confirmed: with the words as they were last checked (check again if they were changed)."""
        if self.preview is None:
            return
        if self.extra_terms() != self._checked_terms:
            self.refresh()  # show what the new words do before anything happens
            return
        super().accept()
