"""Entry point: ``tankapp`` with no command opens the GUI; with one, runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from tankapp.cli import main as cli_main

    code = cli_main(argv)
    gui = sys.modules.get("tankapp.ui.app")
    if gui is not None and gui.window_closed:
        gui.leave(code)  # the program ends here: everything is saved and closed
    return code


if __name__ == "__main__":
    sys.exit(main())
