"""What every section uses: texts in the user's language, widgets, item models, undo commands."""
