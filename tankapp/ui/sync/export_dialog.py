"""File > Export package for meetings…: choose the coming meetings, see what the package holds.

The list shows the planned meetings from today on (earlier ones on request), each
with a check box. Below it the dialog says, for the meetings ticked, what the
package will hold (counted without recording anything) and that it is personal
data. "Save package…" closes the dialog; the caller asks where and writes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from tankapp.services.errors import ServiceError
from tankapp.ui.common import texts
from tankapp.ui.ops import Operations
from tankapp.ui.sync.words import count_text, fill


class ExportPackageDialog(QDialog):
    def __init__(self, ops: Operations, parent=None, preselect: list[int] | None = None):
        super().__init__(parent)
        self.ops = ops
        self._preselect = set(preselect or [])
        self.setWindowTitle(self.tr("Export package for meetings"))
        self._fit_size(820, 640)

        intro = QLabel(self.tr(
            "A package is one file with what it takes to run meetings on another laptop, without network. "
            "The laptop opens it in a new database (File > Import package or changes…), runs the meetings, "
            "and afterwards sends its changes back to be imported here. Tick the meetings to take along."))
        intro.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Meeting"), self.tr("Groups"), self.tr("Time")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(lambda *_: self._update())
        self.earlier = QCheckBox(self.tr("Show earlier meetings too"))
        self.earlier.toggled.connect(lambda _on: self._load())
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)

        self.contents = QLabel()
        self.contents.setWordWrap(True)
        self.contents.setTextFormat(Qt.TextFormat.PlainText)
        inside = QGroupBox(self.tr("What the package holds"))
        inside_layout = QVBoxLayout(inside)
        inside_layout.addWidget(self.contents)

        self.personal = QLabel(self.tr(
            "The package holds personal data: the invited members' names, contact details, organisation "
            "and consent, their attendance, and the meetings' notes. Only you can read the file. Give it "
            "only to the person running the meetings, keep it on an encrypted disk or stick, and delete it "
            "once their laptop has opened it."))
        self.personal.setWordWrap(True)
        self.personal.setStyleSheet(f"color: {texts.warning_color().name()};")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save package…"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.none_label)
        layout.addWidget(self.earlier)
        layout.addWidget(inside)
        layout.addWidget(self.personal)
        layout.addWidget(self.buttons)
        self._load()

    def _fit_size(self, width: int, height: int) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    # ------------------------------------------------------------------
    def _load(self) -> None:
        ticked = set(self.meeting_ids()) | self._preselect
        try:
            meetings = self.ops.sync.coming_meetings(earlier_too=self.earlier.isChecked())
        except ServiceError as exc:
            meetings = []
            self.none_label.setText(Operations.message(exc))
        self.tree.blockSignals(True)
        self.tree.clear()
        for m in meetings:
            item = QTreeWidgetItem([texts.format_date(m.date), m.title, ", ".join(m.groups),
                                    f"{texts.format_time(m.start)}–{texts.format_time(m.end)}"])
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if m.id in ticked else Qt.CheckState.Unchecked)
            item.setToolTip(1, m.title)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        if not meetings:
            self.none_label.setText(self.tr("No planned meetings from today on. Tick “Show earlier meetings too” "
                                            "to choose an earlier one, or plan the meeting under Meetings first."))
        self.none_label.setVisible(not meetings)
        self._update()

    def meeting_ids(self) -> list[int]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, Qt.ItemDataRole.UserRole))
        return out

    def set_checked(self, meeting_ids: list[int]) -> None:
        wanted = set(meeting_ids)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            item.setCheckState(0, Qt.CheckState.Checked if item.data(0, Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        ids = self.meeting_ids()
        self.save_button.setEnabled(bool(ids))
        if not ids:
            self.contents.setText(self.tr("Tick at least one meeting."))
            return
        try:
            c = self.ops.sync.package_contents(ids)
        except ServiceError as exc:
            self.contents.setText(Operations.message(exc))
            return
        lines = [
            self.tr("• %1 with their agendas, decisions, action items, guests, attendance and the knowledge "
                    "contributions captured at them").replace("%1", count_text(c.count("meeting"), "meeting")),
            self.tr("• %1 (those invited, and those named on an action or contribution): name, contact details, "
                    "organisation and consent — not the notes on their recruitment")
            .replace("%1", count_text(c.count("member"), "member")),
        ]
        if c.count("presentation"):
            presentations = count_text(c.count("presentation"), "presentation")
            if c.files:
                files = (fill(self.tr("1 file, %1"), texts.format_size(c.file_bytes)) if c.files == 1 else
                         fill(self.tr("%1 files, %2"), c.files, texts.format_size(c.file_bytes)))
                lines.append(fill(self.tr("• %1 on the agendas, with their files (%2)"), presentations, files))
            else:
                lines.append(fill(self.tr("• %1 on the agendas (no files attached)"), presentations))
        earlier = c.count("action_item")
        if earlier:
            lines.append(self.tr("• %1, including the groups' open dissemination actions from earlier meetings")
                         .replace("%1", count_text(earlier, "action_item")))
        if c.count("question"):
            lines.append("• " + count_text(c.count("question"), "question"))
        if c.count("evaluation_round"):
            lines.append(self.tr("• %1 open on the day, with the answers so far (%2)")
                         .replace("%1", count_text(c.count("evaluation_round"), "evaluation_round"))
                         .replace("%2", count_text(c.count("evaluation_response"), "evaluation_response")))
        self.contents.setText("\n".join(lines))
