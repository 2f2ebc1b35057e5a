"""The file store (tankapp.storage.files) on its own: bytes on disk, no database, no services."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import time

import pytest

from tankapp.storage import files

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def everything_under(folder):
    return sorted(folder.rglob("*")) if folder.exists() else []


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_store_keeps_the_bytes_under_their_hash(tmp_path, _private_data_dir):
    data = b"Slides about involvement\n" * 500
    stored = files.store(write(tmp_path / "oplæg.pptx", data))

    expected = hashlib.sha256(data).hexdigest()
    assert stored == files.StoredFile(hash=expected, size=len(data))
    path = files.stored_path(expected)
    assert path == _private_data_dir / "attachments" / expected[:2] / expected
    assert path.read_bytes() == data
    assert files.hash_file(path) == expected
    assert files.stored_status(expected, len(data)) == "ok"
    assert files.stored_status(expected, len(data), verify_hash=True) == "ok"
    # Storing the same bytes again changes nothing: still one file.
    assert files.store(write(tmp_path / "kopi.pptx", data)) == stored
    assert [p for p in everything_under(files.attachments_dir()) if p.is_file()] == [path]


@posix_only
def test_stored_files_and_folders_are_for_the_owner_only(tmp_path, _private_data_dir):
    stored = files.store(write(tmp_path / "a.pdf", b"private notes"))
    path = files.stored_path(stored.hash)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert mode(files.attachments_dir()) == 0o700

    opened = files.copy_for_opening(stored.hash, stored.size, "a.pdf")
    assert mode(opened) == 0o400  # a viewer cannot save over it
    assert mode(opened.parent) == 0o700 and mode(files.opened_dir()) == 0o700


def test_cancel_leaves_nothing_behind(tmp_path, _private_data_dir):
    src = write(tmp_path / "big.bin", os.urandom(8 * 1024))
    calls = []

    def cancel_at_third(done, total):
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(files.StoreCancelled) as err:
        files.store(src, cancel_at_third, chunk=1024)
    assert err.value.file_name == "big.bin"
    assert calls == [(1024, 8192), (2048, 8192), (3072, 8192)]
    assert everything_under(files.attachments_dir()) == []  # no temp file, no stored bytes
    assert src.read_bytes()  # the source is untouched


def test_cancelling_an_empty_file_stores_nothing(tmp_path, _private_data_dir):
    with pytest.raises(files.StoreCancelled):
        files.store(write(tmp_path / "empty.txt", b""), lambda done, total: False)
    assert everything_under(files.attachments_dir()) == []


def test_a_failed_write_leaves_no_temp_file(tmp_path, _private_data_dir, monkeypatch):
    def no_room(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_room)
    with pytest.raises(files.StoreFailed) as err:
        files.store(write(tmp_path / "a.pdf", b"bytes"))
    assert err.value.reason == "No space left on device"
    assert [p for p in everything_under(files.attachments_dir()) if p.is_file()] == []


def test_stale_temp_files_are_cleared_fresh_ones_kept(tmp_path, _private_data_dir):
    folder = files.attachments_dir()
    folder.mkdir(parents=True)
    stale = write(folder / (files.TEMP_PREFIX + "old.tmp"), b"interrupted")
    old = time.time() - files.STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    fresh = write(folder / (files.TEMP_PREFIX + "busy.tmp"), b"another copy under way")
    files.store(write(tmp_path / "a.pdf", b"bytes"))
    assert not stale.exists()
    assert fresh.exists()


def test_a_source_that_is_a_folder_or_missing(tmp_path, _private_data_dir):
    folder = tmp_path / "Oplæg"
    folder.mkdir()
    with pytest.raises((files.SourceNotAFile, files.SourceUnreadable)) as err:
        files.store(folder)
    assert err.value.file_name == "Oplæg"
    if sys.platform != "win32":
        assert isinstance(err.value, files.SourceNotAFile)

    with pytest.raises(files.SourceMissing) as err:
        files.store(tmp_path / "not-there.pdf")
    assert err.value.file_name == "not-there.pdf" and err.value.reason
    assert isinstance(err.value, files.FileStoreError)
    assert [p for p in everything_under(files.attachments_dir()) if p.is_file()] == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions and no root")
def test_a_source_one_may_not_read(tmp_path, _private_data_dir):
    locked = write(tmp_path / "locked.pdf", b"x")
    locked.chmod(0)
    with pytest.raises(files.SourceUnreadable) as err:
        files.store(locked)
    assert err.value.denied and err.value.file_name == "locked.pdf"


def test_missing_and_damaged_stored_bytes(tmp_path, _private_data_dir):
    stored = files.store(write(tmp_path / "a.pdf", b"original bytes"))
    path = files.stored_path(stored.hash)

    path.write_bytes(b"original bytez")  # same size, other bytes: only the hash check sees it
    assert files.stored_status(stored.hash, stored.size) == "ok"
    assert files.stored_status(stored.hash, stored.size, verify_hash=True) == "damaged"
    path.write_bytes(b"short")
    assert files.stored_status(stored.hash, stored.size) == "damaged"
    path.unlink()
    assert files.stored_status(stored.hash, stored.size) == "missing"
    assert files.stored_status("not a hash", 5) == "damaged"
    with pytest.raises(ValueError):
        files.stored_path("../../etc/passwd")


def test_store_again_with_replace_heals_damaged_bytes(tmp_path, _private_data_dir):
    src = write(tmp_path / "a.pdf", b"good bytes")
    stored = files.store(src)
    files.stored_path(stored.hash).write_bytes(b"bad bytes!")  # same size: kept by a plain store
    files.store(src)
    assert files.stored_status(stored.hash, stored.size, verify_hash=True) == "damaged"
    files.store(src, replace_existing=True)
    assert files.stored_status(stored.hash, stored.size, verify_hash=True) == "ok"


def test_copy_for_opening_checks_the_bytes_and_leaves_no_bad_copy(tmp_path, _private_data_dir):
    stored = files.store(write(tmp_path / "x", b"%PDF-1.7 content"))
    opened = files.copy_for_opening(stored.hash, stored.size, "Oplæg: rammer.pdf")
    assert opened.name == "Oplæg_ rammer.pdf" and opened.read_bytes() == b"%PDF-1.7 content"
    assert files.copy_for_opening(stored.hash, stored.size, "Oplæg: rammer.pdf") == opened

    files.stored_path(stored.hash).write_bytes(b"%PDF-1.7 c0ntent")
    with pytest.raises(files.StoredDamaged) as err:
        files.copy_for_opening(stored.hash, stored.size, "Oplæg: rammer.pdf")
    assert err.value.file_name == "Oplæg: rammer.pdf"
    assert not opened.exists()

    files.stored_path(stored.hash).unlink()
    with pytest.raises(files.StoredMissing):
        files.copy_for_opening(stored.hash, stored.size, "Oplæg: rammer.pdf")

    files.clear_opened_copies()
    assert not files.opened_dir().exists()
    files.clear_opened_copies()  # nothing there: no error


def test_remove_stored(tmp_path, _private_data_dir):
    stored = files.store(write(tmp_path / "a.pdf", b"bytes"))
    files.remove_stored(stored.hash)
    assert files.stored_status(stored.hash, stored.size) == "missing"
    files.remove_stored(stored.hash)  # already gone: fine
    with pytest.raises(ValueError):
        files.remove_stored("not a hash")


def test_long_names_are_cut_in_bytes_keeping_the_extension():
    name = files.clean_file_name("æ" * 300 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= files.FILE_NAME_MAX_BYTES
    assert files.clean_file_name("C:\\Users\\x\\Oplæg.pdf") == "Oplæg.pdf"
    assert files.clean_file_name("  ") == "file"


def test_the_store_knows_nothing_of_services_or_qt():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(files.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not any(m.startswith(("tankapp.services", "tankapp.ui", "PySide6", "sqlalchemy")) for m in imported)
