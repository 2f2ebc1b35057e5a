"""The file a package or a change bundle travels in: one zip file, checked before it is used.

Inside::

    header.json         what the file is (see :class:`Header`), with the checksums below
    data.json           the records (a package) or the changes (a bundle), as UTF-8 JSON
    files/<sha256>      the bytes of each attachment it carries, named by their SHA-256

``header.json`` carries the format (``tankapp-sync``) and its version, the kind
(``package`` or ``changes``), the file's id, the think tank's identity and name,
the schema revision of the tankapp that wrote it, the SHA-256 of ``data.json``,
the size of every file, and a SHA-256 of the header itself. :func:`read` checks
all of it, reading every byte, before anything is written anywhere: a damaged
file (a checksum or the zip's own CRC does not match, a member missing or one too
many), one that is not a tankapp file at all, and one from a newer tankapp are
refused with one sentence. Sizes are checked as the bytes are read, so a file
that unpacks to far more than it claims (a zip bomb) is refused early.

The file is written with :func:`tankapp.export.files.atomic_write`: owner-only
(0600), all or nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tankapp.services.errors import ServiceError, problem

FORMAT = "tankapp-sync"
FORMAT_VERSION = 1
KIND_PACKAGE = "package"
KIND_CHANGES = "changes"

HEADER = "header.json"
DATA = "data.json"
FILES = "files/"

MAX_HEADER_BYTES = 4 * 1024 * 1024
MAX_DATA_BYTES = 128 * 1024 * 1024
MAX_FILE_BYTES = 4 * 1024 * 1024 * 1024
MAX_MEMBERS = 100_000
_CHUNK = 1024 * 1024
_HASH = re.compile(r"[0-9a-f]{64}\Z")


@dataclass
class Header:
    kind: str
    id: str
    think_tank: str
    think_tank_name: str
    schema: str
    device: str
    device_label: str = ""
    package: str = ""  # a bundle: the package it was made from
    seq: int = 0  # a bundle: the laptop's change sequence number
    meetings: list[dict] = field(default_factory=list)  # a package: {uuid, title, date}
    summary: dict = field(default_factory=dict)  # what is inside, counted per table
    created_at: str = ""  # informative only: nothing relies on a clock
    data_sha256: str = ""
    files: dict[str, int] = field(default_factory=dict)  # sha256 -> size
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def as_dict(self) -> dict:
        return {
            "format": self.format, "format_version": self.format_version, "kind": self.kind, "id": self.id,
            "think_tank": self.think_tank, "think_tank_name": self.think_tank_name, "schema": self.schema,
            "device": self.device, "device_label": self.device_label, "package": self.package, "seq": self.seq,
            "meetings": self.meetings, "summary": self.summary, "created_at": self.created_at,
            "data_sha256": self.data_sha256, "files": self.files,
        }

    @property
    def checksum(self) -> str:
        """What the content is: the same id with another checksum is other content."""
        text = self.data_sha256 + "".join(f"{h}:{n}" for h, n in sorted(self.files.items()))
        return hashlib.sha256(text.encode("ascii")).hexdigest()


@dataclass
class Bundle:
    """A package or change bundle read and checked (:func:`read`)."""

    path: Path
    header: Header
    data: dict

    def extract(self, content_hash: str, target: BinaryIO) -> None:
        """Copy one carried file's bytes into ``target`` (checked again on the way)."""
        try:
            with zipfile.ZipFile(self.path) as z:
                _copy_checked(z, FILES + content_hash, content_hash, self.header.files[content_hash], target, self.path)
        except (zipfile.BadZipFile, zlib.error, EOFError, KeyError):  # changed since it was checked
            raise _damaged(self.path) from None


def _json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def data_checksum(data: dict) -> str:
    """The SHA-256 of ``data.json`` as :func:`write` writes it."""
    return hashlib.sha256(_json_bytes(data)).hexdigest()


def _header_sha(d: dict) -> str:
    return hashlib.sha256(_json_bytes(d)).hexdigest()


def write(target: Path, header: Header, data: dict, files: dict[str, Path]) -> Path:
    """Write the file (owner-only, atomically). ``files`` maps a SHA-256 to where its bytes are."""
    from tankapp.export.files import atomic_write

    payload = _json_bytes(data)
    header.data_sha256 = hashlib.sha256(payload).hexdigest()
    header.files = {h: p.stat().st_size for h, p in sorted(files.items())}
    head = header.as_dict()
    head["header_sha256"] = _header_sha(head)

    def out(fh: BinaryIO) -> None:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr(HEADER, json.dumps(head, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))
            z.writestr(DATA, payload)
            for content_hash, source in sorted(files.items()):
                info = zipfile.ZipInfo(FILES + content_hash, date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(source, "rb") as src, z.open(info, "w", force_zip64=True) as dst:
                    shutil.copyfileobj(src, dst, _CHUNK)

    return atomic_write(target, out)


# ------------------------------------------------------------------ reading


def _not_ours(path: Path) -> ServiceError:
    return ServiceError(problem(
        "sync_not_a_package", f"{path} is not a tankapp package or change bundle; nothing was imported.", path=str(path)))


def _damaged(path: Path) -> ServiceError:
    return ServiceError(problem(
        "sync_damaged",
        f"{path} is damaged (its contents do not match its checksums); nothing was imported. "
        "Ask for the file again.",
        path=str(path),
    ))


def _newer(path: Path, what: str) -> ServiceError:
    return ServiceError(problem(
        "sync_newer",
        f"{path} was made by a newer tankapp{what}; update tankapp to import it. Nothing was imported.",
        path=str(path),
    ))


def _read_member(z: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    info = z.getinfo(name)
    if info.file_size > limit:
        raise _damaged(path)
    out = bytearray()
    with z.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            out += chunk
            if len(out) > limit:
                raise _damaged(path)
    return bytes(out)


def _copy_checked(z: zipfile.ZipFile, name: str, content_hash: str, size: int, target: BinaryIO | None,
                  path: Path) -> None:
    info = z.getinfo(name)
    if info.file_size != size:
        raise _damaged(path)
    digest = hashlib.sha256()
    done = 0
    with z.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            done += len(chunk)
            if done > size:
                raise _damaged(path)
            digest.update(chunk)
            if target is not None:
                target.write(chunk)
    if done != size or digest.hexdigest() != content_hash:
        raise _damaged(path)


def read(path: Path | str, known_schemas: tuple[str, ...]) -> Bundle:
    """Open and check a package or bundle completely; raises ServiceError (one sentence) if it is not
    usable: not ours (``sync_not_a_package``), damaged (``sync_damaged``), or from a newer tankapp
    (``sync_newer``). ``known_schemas`` are the schema revisions this tankapp knows."""
    path = Path(path).expanduser()
    try:
        if not path.is_file():
            raise ServiceError(problem("sync_file_missing", f"There is no file {path}.", path=str(path)))
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            if HEADER not in names:
                raise _not_ours(path)
            if len(names) > MAX_MEMBERS or len(set(names)) != len(names):
                raise _damaged(path)
            try:
                head = json.loads(_read_member(z, HEADER, MAX_HEADER_BYTES, path).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise _damaged(path) from None
            if not isinstance(head, dict) or head.get("format") != FORMAT:
                raise _not_ours(path)
            version = head.get("format_version")
            if not isinstance(version, int) or isinstance(version, bool):
                raise _damaged(path)
            if version > FORMAT_VERSION:
                raise _newer(path, "")
            claimed = head.pop("header_sha256", None)
            if claimed != _header_sha(head):
                raise _damaged(path)
            header = _header(head, path)
            if header.schema not in known_schemas:
                raise _newer(path, f" (schema {header.schema})")
            expected = {HEADER, DATA} | {FILES + h for h in header.files}
            if set(names) != expected:
                raise _damaged(path)
            payload = _read_member(z, DATA, MAX_DATA_BYTES, path)
            if hashlib.sha256(payload).hexdigest() != header.data_sha256:
                raise _damaged(path)
            for content_hash, size in header.files.items():
                _copy_checked(z, FILES + content_hash, content_hash, size, None, path)
    except ServiceError:
        raise
    except zipfile.BadZipFile:
        if _looks_like_zip(path):
            raise _damaged(path) from None
        raise _not_ours(path) from None
    except (zipfile.LargeZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError):
        raise _damaged(path) from None
    except OSError as exc:
        if "crc" in str(exc).lower() or "decompress" in str(exc).lower():
            raise _damaged(path) from None
        reason = exc.strerror or str(exc)
        raise ServiceError(problem(
            "sync_file_unreadable", f"Could not read {path}: {reason}.", path=str(path), reason=reason)) from None
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged(path) from None
    if not isinstance(data, dict):
        raise _damaged(path)
    return Bundle(path, header, data)


def _looks_like_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _header(d: dict, path: Path) -> Header:
    def text(key: str, required: bool = True) -> str:
        value = d.get(key, "")
        if not isinstance(value, str) or (required and not value):
            raise _damaged(path)
        return value

    kind = text("kind")
    if kind not in (KIND_PACKAGE, KIND_CHANGES):
        raise _damaged(path)
    files = d.get("files", {})
    if not isinstance(files, dict) or not all(
        isinstance(h, str) and _HASH.match(h) and isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_FILE_BYTES
        for h, n in files.items()
    ):
        raise _damaged(path)
    seq = d.get("seq", 0)
    meetings = d.get("meetings", [])
    summary = d.get("summary", {})
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(meetings, list) or not isinstance(summary, dict):
        raise _damaged(path)
    if not all(isinstance(m, dict) and all(isinstance(v, str) for v in m.values()) for m in meetings):
        raise _damaged(path)
    if not all(isinstance(v, (int, dict)) and not isinstance(v, bool) for v in summary.values()):
        raise _damaged(path)
    if not _HASH.match(text("data_sha256")):
        raise _damaged(path)
    header = Header(
        kind=kind, id=text("id"), think_tank=text("think_tank"), think_tank_name=text("think_tank_name", False),
        schema=text("schema"), device=text("device"), device_label=text("device_label", False),
        package=text("package", kind == KIND_CHANGES), seq=seq, meetings=meetings, summary=summary,
        created_at=text("created_at", False), data_sha256=text("data_sha256"), files=dict(files),
    )
    import uuid

    try:
        for value in (header.id, header.think_tank, header.device) + ((header.package,) if header.package else ()):
            uuid.UUID(value)
    except ValueError:
        raise _damaged(path) from None
    return header


def now_text() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
