"""Declarative base and the columns every table carries.

Every record has an integer key for joins, a UUID that never changes (a later
capability merges databases from several laptops and matches records by it),
created/updated timestamps in UTC, and a version counter.

The row version (``row_version``, SQLAlchemy's ``version_id_col``) is how two people
on one shared database never save over each other unseen: every change through the
ORM adds one and is written only ``WHERE row_version = <the one it read>``. A change that loses
that race raises ``StaleDataError``, which the storage layer turns into a sentence
(:class:`tankapp.storage.database.ChangedElsewhere`); the change is rolled back.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, Integer, MetaData, TypeDecorator, Uuid, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import String

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """Stores UTC, gives back timezone-aware datetimes (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc)


class danish_order(ColumnElement):  # noqa: N801 - reads as a function in a query
    """``ORDER BY danish_order(Member.name)``: text in Danish order where SQL sorts it.

    SQLite uses tankapp's ``DANISH`` collation (tankapp.domain.collation, registered on
    every connection); PostgreSQL the ICU collation ``da-x-icu``. Lists a person sees are
    mostly sorted in Python with ``collation.sort_key``; this is for the few sorted in SQL.
    """

    inherit_cache = True
    type = String()

    def __init__(self, expr):
        self.expr = expr


@compiles(danish_order)
def _danish_plain(element, compiler, **kw):  # any other database: its own order
    return compiler.process(element.expr, **kw)


@compiles(danish_order, "sqlite")
def _danish_sqlite(element, compiler, **kw):
    return f"{compiler.process(element.expr, **kw)} COLLATE DANISH"


@compiles(danish_order, "postgresql")
def _danish_postgresql(element, compiler, **kw):
    return f'{compiler.process(element.expr, **kw)} COLLATE "da-x-icu"'


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RecordMixin:
    """Integer key, stable UUID and timestamps shared by every table."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Bookkeeping, not a field of the record: merges between laptops (services.sync) leave it out.
    row_version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.row_version}
