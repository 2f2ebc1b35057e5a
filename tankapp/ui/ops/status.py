"""Operations of the Status section: the success criteria, read in one short transaction, and the two
reports for the steering committee (status and evaluation) as PDFs written in the background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from tankapp.services import status as status_service
from tankapp.services.errors import NotFound, ServiceError
from tankapp.ui.ops.core import FeatureOps


class StatusOps(FeatureOps):
    def report(self, today: dt.date | None = None) -> status_service.StatusReport | None:
        """The success criteria on ``today`` (default: today); None before the think tank is set up."""

        def load(s):
            try:
                return status_service.success_criteria(s, today)
            except NotFound:
                return None

        return self._read(load)

    # ------------------------------------------------------------------ the reports
    def _export(self, path: Path | str, read: Callable, write: Callable,
                done: Callable[[Path], None] | None, failed: Callable[[ServiceError], None] | None) -> Path | None:
        """Refuse a bad target, read the report's data (one short read), write the PDF outside any transaction.

        With ``done`` the file is written in the background (see Operations.write_file). A ServiceError from
        the read (no think tank, no answers) comes out before anything is written.
        """
        from tankapp.services import targets

        path = Path(path)
        targets.check_export_target(path, self._core.path)
        document = self._read(read)
        return self._core.write_file(path, lambda: write(document, path), done=done, failed=failed)

    def export_status_report(self, path: Path | str, *, today: dt.date | None = None, done=None,
                             failed=None) -> Path | None:
        """The status report for the steering committee (no member named) as a PDF at ``path``."""
        from tankapp.services import status_report

        return self._export(path, lambda s: status_report.status_report(s, today), status_report.write_status_report,
                            done, failed)

    def export_evaluation_report(self, path: Path | str, *, done=None, failed=None) -> Path | None:
        """The final evaluation report (no member named) as a PDF at ``path``; ServiceError without answers."""
        from tankapp.services.evaluation import report

        return self._export(path, report.evaluation_report, report.write_evaluation_report, done, failed)
