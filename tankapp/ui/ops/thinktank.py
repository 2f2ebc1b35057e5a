"""Operations of the think tank itself: set-up, the demo, the status overview."""

from __future__ import annotations

from tankapp.services import status as status_service
from tankapp.services import thinktank
from tankapp.services.errors import NotFound
from tankapp.ui.ops.core import Changes, FeatureOps, Kind


class ThinkTankOps(FeatureOps):
    def is_set_up(self) -> bool:
        return self._core.is_set_up()

    def set_up(self, data: thinktank.ThinkTankInput) -> None:
        self._write(lambda s: thinktank.setup_think_tank(s, data) and None, Changes.of(*Kind.ALL))

    def create_demo(self) -> None:
        from tankapp.demo import build as demo

        self._write(lambda s: demo.create_demo(s) and None, Changes.of(*Kind.ALL))

    def overview(self) -> status_service.Overview | None:
        """Where the think tank stands (None before it is set up)."""

        def load(s):
            try:
                return status_service.overview(s)
            except NotFound:
                return None

        return self._read(load)
