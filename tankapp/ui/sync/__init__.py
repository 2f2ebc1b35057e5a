"""Several laptops in the window: packages for meetings out, a laptop's changes back, the conflicts.

:mod:`.actions` holds the File menu's entries and the status bar's count of conflicts;
:mod:`.export_dialog`, :mod:`.import_dialog` and :mod:`.conflicts` the dialogs; their data
comes through ``ops.sync`` (:mod:`tankapp.ui.ops.sync`).
"""
