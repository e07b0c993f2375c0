"""Place names that open datelines: every Korean city and county (시·군) and the provinces, and the
world's larger cities (:func:`is_world_city`).

A regional paper's dateline names its county (``[함양/홍길동 기자]``, ``[구례=홍길동 기자]``);
without the name known, a place whose first syllable is also a surname (함, 구, 김, 하 …) reads as
a masthead or a person. The list is the administrative one (2024), names without 시/군/도.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

PROVINCES = frozenset({
    "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "경기북부", "경기남부",
    "충청", "전라", "경상", "호남", "영남", "충청권", "수도권",
})  # fmt: skip

CITIES_AND_COUNTIES = frozenset({
    # metropolitan cities and special self-governing ones
    "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "제주",
    # 경기
    "수원", "성남", "고양", "용인", "부천", "안산", "안양", "남양주", "화성", "평택", "의정부", "시흥", "파주",
    "김포", "광명", "군포", "하남", "오산", "이천", "안성", "의왕", "양주", "구리", "포천", "동두천", "과천",
    "여주", "양평", "가평", "연천",
    # 강원
    "춘천", "원주", "강릉", "동해", "태백", "속초", "삼척", "홍천", "횡성", "영월", "평창", "정선", "철원",
    "화천", "양구", "인제", "고성", "양양",
    # 충북
    "청주", "충주", "제천", "보은", "옥천", "영동", "증평", "진천", "괴산", "음성", "단양",
    # 충남
    "천안", "공주", "보령", "아산", "서산", "논산", "계룡", "당진", "금산", "부여", "서천", "청양", "홍성",
    "예산", "태안", "내포",
    # 전북
    "전주", "군산", "익산", "정읍", "남원", "김제", "완주", "진안", "무주", "장수", "임실", "순창", "고창", "부안",
    # 전남
    "목포", "여수", "순천", "나주", "광양", "담양", "곡성", "구례", "고흥", "보성", "화순", "장흥", "강진",
    "해남", "영암", "무안", "함평", "영광", "장성", "완도", "진도", "신안",
    # 경북
    "포항", "경주", "김천", "안동", "구미", "영주", "영천", "상주", "문경", "경산", "의성", "청송", "영양",
    "영덕", "청도", "고령", "성주", "칠곡", "예천", "봉화", "울진", "울릉", "군위",
    # 경남
    "창원", "마산", "진해", "진주", "통영", "사천", "김해", "밀양", "거제", "양산", "의령", "함안", "창녕",
    "남해", "하동", "산청", "함양", "거창", "합천",
    # 제주
    "서귀포",
})  # fmt: skip

KO_REGIONS = PROVINCES | CITIES_AND_COUNTIES


def is_world_city(name: str) -> bool:
    """Whether ``name`` is a city of 100,000 people or more that is no English word (GeoNames' names,
    extractors/data/cities.txt, written by tools/make_cities.py).

    >>> is_world_city("Polokwane"), is_world_city("Cape Town"), is_world_city("Reading"), is_world_city("Update")
    (True, True, False, False)
    """
    return name in _world_cities()


@cache
def _world_cities() -> frozenset[str]:
    text = files("extractors").joinpath("data/cities.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
