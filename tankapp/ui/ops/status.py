"""Operations of the Status section: the success criteria, read in one short transaction."""

from __future__ import annotations

import datetime as dt

from tankapp.services import status as status_service
from tankapp.services.errors import NotFound
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
