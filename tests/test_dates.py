"""Dates typed the Danish way (tankapp.domain.dates): no Qt."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tankapp.domain.danish import long_date, short_date
from tankapp.domain.dates import parse_danish_date

TODAY = dt.date(2026, 12, 2)
FEB_3 = dt.date(2027, 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "3.2.2027",
        "03.02.2027",
        "03-02-2027",
        "3-2-2027",
        "3/2 2027",
        "3/2-27",
        "3/2/27",
        "3.2.27",
        "3. 2. 2027",
        "3.2.2027.",
        "  3.2.2027  ",
        "2027-02-03",
        "2027-2-3",
        "03022027",
        "030227",
        "20270203",
        "3. februar 2027",
        "3 feb 2027",
        "3. feb. 2027",
        "3 Februar 27",
        "onsdag den 3. februar 2027",
        "3/2",  # no year: the nearest 3 February is next year's
        "3.2.",
        "3. februar",
    ],
)
def test_every_danish_way_of_writing_3_february_2027(text):
    assert parse_danish_date(text, TODAY) == FEB_3


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "31.2.2027",  # no such day
        "0.2.2027",
        "3.13.2027",
        "3.0.2027",
        "3",
        "2027",
        "3.2.2027.5",
        "3:2:2027",
        "3.2.202",  # a three-digit year
        "3.2.20277",
        "2027-02",
        "feb 2027",
        "3 foo 2027",
        "3½.2.2027",
        "٣.٢.٢٠٢٧",  # Arabic-Indic digits
        "３.２.２０２７",  # full-width digits
        "99999999999999999999.1.2027",
        "9" * 5000,
        "3.2.2027 <b>",
        "0000-01-01",
        "1234567",
        "tirsdag",
        "den",
        "3.2.2027 kl. 10.00",
    ],
)
def test_what_is_not_a_date_is_none(text):
    assert parse_danish_date(text, TODAY) is None


def test_a_year_left_out_is_the_nearest_one():
    assert parse_danish_date("28/11", TODAY) == dt.date(2026, 11, 28)  # last week, not next year
    assert parse_danish_date("15.6", TODAY) == dt.date(2026, 6, 15)  # 170 days back, 195 ahead
    assert parse_danish_date("1.6", TODAY) == dt.date(2027, 6, 1)  # 184 days back, 181 ahead
    assert parse_danish_date("29.2", dt.date(2027, 12, 1)) == dt.date(2028, 2, 29)  # the only 29 February near
    assert parse_danish_date("29.2", dt.date(2026, 12, 1)) is None  # none in 2025-2027


def test_two_digit_years_are_this_century_unless_far_ahead():
    assert parse_danish_date("1.1.76", TODAY) == dt.date(2076, 1, 1)
    assert parse_danish_date("1.1.77", TODAY) == dt.date(1977, 1, 1)
    assert parse_danish_date("1.1.00", TODAY) == dt.date(2000, 1, 1)


def test_day_before_month_even_where_both_could_be_months():
    assert parse_danish_date("2/3 2027", TODAY) == dt.date(2027, 3, 2)
    assert parse_danish_date("12/11/2026", TODAY) == dt.date(2026, 11, 12)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_what_the_app_writes_reads_back(d):
    assert parse_danish_date(short_date(d), TODAY) == d
    assert parse_danish_date(d.isoformat(), TODAY) == d
    assert parse_danish_date(long_date(d), TODAY) == d
    assert parse_danish_date(f"{d.day}.{d.month}.{d.year}", TODAY) == d


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2076, 12, 31)))
def test_two_digit_year_forms(d):
    yy = f"{d.year % 100:02d}"
    assert parse_danish_date(f"{d.day}/{d.month}-{yy}", TODAY) == d
    assert parse_danish_date(f"{d.day:02d}{d.month:02d}{yy}", TODAY) == d


@given(st.text(max_size=40), st.dates())
def test_any_text_gives_a_date_or_none_and_never_raises(text, today):
    result = parse_danish_date(text, today)
    assert result is None or isinstance(result, dt.date)


@given(st.dates(min_value=dt.date(1001, 1, 1), max_value=dt.date(9998, 12, 31)), st.dates(min_value=dt.date(1001, 1, 1), max_value=dt.date(9998, 12, 31)))
def test_without_a_year_the_day_and_month_are_kept_and_the_date_is_within_a_year(d, today):
    got = parse_danish_date(f"{d.day}.{d.month}", today)
    if got is None:  # 29 February with no leap year near
        assert (d.month, d.day) == (2, 29)
    else:
        assert (got.month, got.day) == (d.month, d.day)
        assert abs((got - today).days) <= 366
