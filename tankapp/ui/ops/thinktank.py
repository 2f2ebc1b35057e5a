"""Operations of the think tank itself: set-up, the demo, its settings, the status overview.

The services are imported on first use: the window asks for its title (:meth:`ThinkTankOps.identity`)
before anything else is loaded, and that is one line of plain SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tankapp.ui.ops.core import Changes, FeatureOps, Kind

if TYPE_CHECKING:
    from tankapp.services import status as status_service
    from tankapp.services.thinktank import ThinkTankInput


@dataclass(frozen=True)
class FileIdentity:
    """Which think tank, in which file, the window has open (its title)."""

    path: Path
    name: str | None  # None before the think tank is set up
    is_demo: bool  # the demo's own file in the data folder


class ThinkTankOps(FeatureOps):
    def is_set_up(self) -> bool:
        return self._core.is_set_up()

    def identity(self) -> FileIdentity:
        """The think tank's name and the file (cheap: plain SQL, no table class is loaded)."""
        from tankapp.storage import paths

        def load(s):
            row = s.connection().exec_driver_sql("SELECT name FROM think_tank ORDER BY id LIMIT 1").first()
            return row[0] if row is not None else None

        path = self._core.path
        return FileIdentity(path, self._read(load), path is not None and paths.is_demo_db(path))

    def set_up(self, data: ThinkTankInput) -> None:
        from tankapp.services import thinktank

        self._write(lambda s: thinktank.setup_think_tank(s, data) and None, Changes.of(*Kind.ALL))

    def create_demo(self) -> None:
        from tankapp.demo import build as demo

        self._write(lambda s: demo.create_demo(s) and None, Changes.of(*Kind.ALL))

    # ------------------------------------------------------------------ settings
    def settings(self) -> ThinkTankInput:
        """Name, period, meeting target and commitment as they are now."""
        from tankapp.services import thinktank

        return self._read(thinktank.settings_of)

    def check(self, data: ThinkTankInput) -> None:
        """Raise the ValidationError :meth:`update` would raise, changing nothing."""
        from tankapp.services import thinktank

        self._read(lambda s: thinktank.check_update(s, data))

    def update(self, data: ThinkTankInput) -> None:
        """Save new settings; every view showing the name, period or targets follows."""
        from tankapp.services import thinktank

        self._write(lambda s: thinktank.update_think_tank(s, data) and None, Changes.of(Kind.THINK_TANK))

    def overview(self) -> status_service.Overview | None:
        """Where the think tank stands (None before it is set up)."""
        from tankapp.services import status as status_service
        from tankapp.services.errors import NotFound

        def load(s):
            try:
                return status_service.overview(s)
            except NotFound:
                return None

        return self._read(load)
