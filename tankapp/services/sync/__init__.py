"""Several laptops, one think tank: packages out, change bundles back, merged without loss.

Hub and spoke: the office database is the authority. For coming meetings it sends a
*package* (one file, :mod:`.format`) holding what it takes to run them (:mod:`.scope`);
a laptop opens it into an empty database and runs the meetings as usual. Afterwards
the laptop writes a *change bundle*: everything it changed since the package, found
by comparing its records with the package's (:mod:`.diff`), records by identity
(:mod:`.tables`), deletions as such. The office takes bundles in, in any order, any
number of times: each is merged per field against the package (:mod:`.merge`), a
ledger of bundles makes a second import a no-op (:mod:`.ledger`), and where both
sides changed the same field the conflict is kept for a person (:mod:`.conflicts`).

The use-cases are in :mod:`.package`; the command line is ``tankapp package ...``
and ``tankapp conflicts ...``.
"""
