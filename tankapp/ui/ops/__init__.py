"""The operations layer: the only part of the GUI that opens a transaction or sees an ORM object.

See :mod:`tankapp.ui.ops.core`. One module per feature (members, groups,
meetings, meeting mode, library, contributions, sharing, think tank), each a
class of use-cases reached as ``ops.<feature>``.
"""

from tankapp.ui.ops.core import Changes, FeatureOps, Kind, Operations, storage_problem

__all__ = ["Changes", "FeatureOps", "Kind", "Operations", "storage_problem"]
