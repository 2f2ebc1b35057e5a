"""PyInstaller entry point: the same ``main`` as the ``tankapp`` console script."""

from tankapp.__main__ import main

raise SystemExit(main())
