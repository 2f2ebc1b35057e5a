"""Qt's own words that Qt's Danish translation (qtbase_da.qm) leaves in English.

Qt 6 renamed a few strings of its file dialog ("Look in:" became "&Look in:") and moved the
file types of its file list to a new context, and the Danish translation shipped with PySide6
has not caught up: the file dialog said "Look in:", "Files of type:" and "Folder" in the middle
of Danish. This translator fills those gaps; it is installed before Qt's own Danish, so Qt asks it
only for what qtbase_da.qm does not translate (``tests/test_danish_ui.py`` checks the file dialog).
Qt's translations are LGPL/GPL; these few words are our own.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

#: (Qt's translation context, Qt's English) -> Danish, in Qt's own Danish wording where it has one.
WORDS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Kig i:",
    ("QFileDialog", "Files of &type:"): "Filer af &type:",
    ("QAbstractFileIconProvider", "Folder"): "Mappe",
    ("QAbstractFileIconProvider", "Directory"): "Mappe",
    ("QAbstractFileIconProvider", "File"): "Fil",
    ("QAbstractFileIconProvider", "%1 File"): "%1-fil",
    ("QAbstractFileIconProvider", "Drive"): "Drev",
    ("QAbstractFileIconProvider", "Shortcut"): "Genvej",
    ("QAbstractFileIconProvider", "Alias"): "Alias",
    ("QAbstractFileIconProvider", "Unknown"): "Ukendt",
}


class QtDanishGaps(QTranslator):
    """The words of :data:`WORDS`; nothing else."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 (Qt's signature)
        # None is Qt's "not mine" (a null QString): Qt asks on or keeps the English. An empty
        # string would be taken as the translation and blank the text out.
        return WORDS.get((str(context), source_text or ""))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False
