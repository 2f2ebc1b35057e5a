"""Fixtures for the benchmarks: one generated database per scale, built once per session.

Scales: 1 (the real think tank) and ``TANKAPP_BENCH_SCALE`` (default 100). Every
benchmark runs at both unless ``TANKAPP_BENCH_SCALES`` lists others ("1,10,100").
The data folder (settings, log) is a temporary folder: the real one is never touched.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from generate import GeneratedInfo, build  # noqa: E402


def bench_scales() -> list[float]:
    listed = os.environ.get("TANKAPP_BENCH_SCALES")
    if listed:
        values = [float(x) for x in listed.replace(" ", "").split(",") if x]
    else:
        values = [1.0, float(os.environ.get("TANKAPP_BENCH_SCALE", "100"))]
    out: list[float] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _scale_id(scale: float) -> str:
    return f"scale{scale:g}"


def pytest_collection_modifyitems(config, items):
    """Run only as `pytest benchmarks` (with benchmarks/pytest.ini), never as part of the tests."""
    inipath = getattr(config, "inipath", None)
    if inipath is not None and Path(inipath).resolve() == HERE / "pytest.ini":
        return
    skip = pytest.mark.skip(reason="benchmarks run with `pytest benchmarks` (see benchmarks/README.md)")
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)


@pytest.fixture(scope="session", autouse=True)
def _data_dir(tmp_path_factory):
    """Settings and the log go to a temporary data folder (inherited by subprocesses)."""
    folder = tmp_path_factory.mktemp("data")
    old = os.environ.get("TANKAPP_DATA_DIR")
    os.environ["TANKAPP_DATA_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("TANKAPP_DATA_DIR", None)
    else:
        os.environ["TANKAPP_DATA_DIR"] = old


@dataclass
class BenchDB:
    scale: float
    path: Path
    info: GeneratedInfo
    db: object  # tankapp.storage.Database


_built: dict[float, tuple[Path, GeneratedInfo]] = {}


@pytest.fixture(scope="session", params=bench_scales(), ids=_scale_id)
def bench_db(request, tmp_path_factory, _data_dir):
    """The generated database of this scale (built once per session), opened."""
    from tankapp.storage import open_database

    scale = request.param
    if scale not in _built:
        path = tmp_path_factory.mktemp(_scale_id(scale)) / "bench.sqlite"
        info = build(path, scale)
        print(f"\n{info.summary()}")
        _built[scale] = (path, info)
    path, info = _built[scale]
    db = open_database(path)
    yield BenchDB(scale, path, info, db)
    db.close()


@pytest.fixture(scope="session")
def danish_app(qapp):
    """The QApplication with the Danish translation and locale, as tankapp starts it."""
    from tankapp.ui.app import install_translations

    install_translations(qapp, "da")
    return qapp


@pytest.fixture
def settings(_data_dir):
    from tankapp.ui.app import open_settings

    return open_settings()


@pytest.fixture
def scale_info(benchmark, bench_db):
    """Record the scale and the data's size with each result (visible in --benchmark-json)."""
    info = bench_db.info
    benchmark.extra_info.update(
        scale=bench_db.scale,
        members=info.counts["members"],
        meetings=info.counts["meeting"],
        big_meeting_invited=info.big_meeting_invited,
    )
    return info
