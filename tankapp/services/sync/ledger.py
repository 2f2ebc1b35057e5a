"""Who this database is (office or laptop), which packages it sent or came from, which bundles it took in."""

from __future__ import annotations

import json
import socket
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain.models import SyncBundle, SyncDevice, SyncPackage
from tankapp.services.errors import ServiceError, problem

OFFICE, LAPTOP = "office", "laptop"
SENT, RECEIVED = "sent", "received"
APPLIED, SUPERSEDED = "applied", "superseded"


def device(s: Session) -> SyncDevice | None:
    return s.scalars(select(SyncDevice).order_by(SyncDevice.id).limit(1)).first()


def default_label() -> str:
    try:
        name = socket.gethostname().strip()
    except OSError:
        name = ""
    return (name or "laptop")[:120]


def is_laptop(s: Session) -> bool:
    d = device(s)
    return d is not None and d.role == LAPTOP


def office_device(s: Session) -> SyncDevice:
    """This database as the office (made so when it first sends a package); a laptop's database is refused."""
    d = device(s)
    if d is None:
        d = SyncDevice(role=OFFICE, label="office")
        s.add(d)
        s.flush()
    if d.role != OFFICE:
        raise ServiceError(problem(
            "sync_laptop_database",
            "This database was opened from a package (a laptop's): only the office database sends packages "
            "and takes in changes.",
        ))
    return d


def laptop_device(s: Session) -> SyncDevice:
    d = device(s)
    if d is None or d.role != LAPTOP or d.package_uuid is None:
        raise ServiceError(problem(
            "sync_not_from_package",
            "This database was not opened from a package, so it has no changes to send back "
            "(it is the office's, or a database of its own).",
        ))
    return d


def received_package(s: Session, d: SyncDevice) -> SyncPackage:
    row = s.scalars(select(SyncPackage).where(SyncPackage.uuid == d.package_uuid)).first()
    if row is None:  # the bookkeeping was removed by hand
        raise ServiceError(problem(
            "sync_not_from_package",
            "This database was not opened from a package, so it has no changes to send back "
            "(it is the office's, or a database of its own).",
        ))
    return row


def sent_package(s: Session, package_uuid: str) -> SyncPackage | None:
    return s.scalars(
        select(SyncPackage).where(SyncPackage.uuid == uuid.UUID(package_uuid), SyncPackage.direction == SENT)
    ).first()


def ledger_position(s: Session) -> int:
    """How many bundles the office has taken in (the number of the last one)."""
    return s.scalar(select(func.coalesce(func.max(SyncBundle.ledger_seq), 0))) or 0


def bundle(s: Session, bundle_uuid: str) -> SyncBundle | None:
    return s.scalars(select(SyncBundle).where(SyncBundle.uuid == uuid.UUID(bundle_uuid))).first()


def latest_from(s: Session, device_uuid: str) -> SyncBundle | None:
    return s.scalars(
        select(SyncBundle).where(SyncBundle.device_uuid == uuid.UUID(device_uuid)).order_by(SyncBundle.seq.desc())
    ).first()


def at_seq(s: Session, device_uuid: str, seq: int) -> SyncBundle | None:
    return s.scalars(
        select(SyncBundle).where(SyncBundle.device_uuid == uuid.UUID(device_uuid), SyncBundle.seq == seq)
    ).first()


def device_packages(s: Session) -> dict[str, str]:
    """Each laptop (device id) the office heard from, and the package it worked from."""
    return {str(d): str(p) for d, p in s.execute(select(SyncBundle.device_uuid, SyncBundle.package_uuid))}


def device_labels(s: Session) -> dict[str, str]:
    out = {}
    for d, label in s.execute(select(SyncBundle.device_uuid, SyncBundle.device_label).order_by(SyncBundle.seq)):
        out[str(d)] = label
    return out


def package_meetings(row: SyncPackage) -> list[str]:
    try:
        return list(json.loads(row.meetings))
    except (ValueError, TypeError):
        return []
