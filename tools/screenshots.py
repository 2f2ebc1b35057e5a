"""Screenshots of the main screens over the demo think tank (for README and for looking).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUTDIR [--lang en] [--size 1366x768]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="da")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["TANKAPP_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtWidgets import QApplication

    from tankapp.demo import build as demo
    from tankapp.storage import open_database
    from tankapp.ui.app import make_app
    from tankapp.ui.main_window import MainWindow

    app, settings = make_app(args.lang)
    db = open_database(tmp / "demo.sqlite", create=True)
    with db.session() as s:
        demo.create_demo(s)
    w, h = (int(x) for x in args.size.split("x"))
    window = MainWindow(db, settings)
    window.resize(w, h)
    window.show()
    for key in ("members", "groups", "status", "meetings"):
        window.go_to(key)
        QApplication.processEvents()
        window.grab().save(str(args.outdir / f"main-{key}.png"))

    from tankapp.ui.members.dialog import MemberDialog
    from tankapp.ui.ops import Operations
    from tankapp.ui.setup_dialog import SetupDialog

    window.go_to("members")
    first = window.members_page.model.row_at(0)
    data = window.ops.members.input_of(first.id)
    dialog = MemberDialog(window.ops, window.members_page._groups, member_id=first.id, data=data, parent=window)
    dialog.email.setText("not-an-email")
    dialog.show_problems(dialog._problems())
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(args.outdir / "member-dialog.png"))
    for i in (1, 2):
        dialog.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        dialog.grab().save(str(args.outdir / f"member-dialog-tab{i}.png"))
    dialog.close()

    empty = open_database(tmp / "empty.sqlite", create=True)
    setup = SetupDialog(Operations(empty), lambda: None)  # the demo offered, as on first start
    setup.show()
    QApplication.processEvents()
    setup.grab().save(str(args.outdir / "setup.png"))
    print(f"screenshots in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
