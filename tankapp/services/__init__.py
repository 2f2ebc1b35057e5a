"""Use-cases of tankapp. Each function takes a SQLAlchemy ``Session`` and holds the rules.

No Qt here: the GUI and the CLI both call these functions. Errors meant for a
person are raised as :class:`~tankapp.services.errors.ServiceError` (or its
:class:`~tankapp.services.errors.ValidationError`), each carrying a stable
``code`` and ``params`` so the GUI can translate them and an English
``message`` for the command line.
"""
