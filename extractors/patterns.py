"""Data tables for metadata extraction: words, tag sets and regular expressions, no logic.

Kept apart from ``metadata.py`` so that a new outlet's conventions are a one-line change here.
"""

from __future__ import annotations

import re

from extractors.places import KO_REGIONS

# --- words -------------------------------------------------------------------------------

# Titles that follow a reporter's name; longest first so that 선임기자 wins over 기자.
REPORTER_TITLES = (
    "선임기자", "수습기자", "인턴기자", "전문기자", "객원기자", "사진기자", "영상기자", "취재기자",
    "명예기자", "시민기자", "학생기자", "대학생기자", "청소년기자", "어린이기자", "주부기자", "수석기자", "전임기자",
    "기자", "특파원", "편집국장", "논설위원", "논설실장", "대기자", "통신원", "리포터",
    "칼럼니스트", "기상캐스터", "캐스터", "앵커", "PD", "선임연구위원", "편집위원", "객원논설위원", "주필", "편집장", "발행인",
    "정치부장", "경제부장", "사회부장", "국제부장", "문화부장", "산업부장", "부국장",  # desk heads signing a dateline
    "記者", "特派員", "論說委員",  # pages printed in Hanja ("고재석 記者")
)  # fmt: skip

# Words that look like a two-syllable name before 기자 but name a credit: "촬영기자: 홍길동".
CREDIT_WORDS = (
    "촬영", "영상", "편집", "취재", "그래픽", "사진", "제작", "연출", "구성", "자료", "수습", "인턴",
    "전문", "객원", "선임", "대기", "현장", "담당", "해당", "소속", "여성", "남성", "일선", "전직",
    "현직", "외신", "방송", "신문", "본사", "본지", "지역", "주재", "파견", "출입", "국회", "청와대",
    "뉴스", "지금까지", "최종편집", "최종수정", "기사입력", "입력", "수정", "등록", "승인", "송고", "편집인", "발행인",
    "기자명", "작성자", "글쓴이",  # labels: "기자명 홍길동 기자"
)  # fmt: skip

# The writer and their desk closing a column's header: "윤종현 경제부 |".
NAME_DESK_SIGNATURE_RE = re.compile(r"^(?P<name>[가-힣]{2,4})\s+(?P<desk>[가-힣]{2,8}부)\s*[|ㅣ]?\s*$")
# Labels before the writer's name: "글=홍길동 기자", "정리=김철수 기자".
WRITER_LABELS = frozenset({"글", "정리", "취재", "필자", "기고", "에디터", "진행", "작성", "작성자", "기자명"})

# Broadcast credits that name staff who are not the article's reporters.
CREDIT_LINE_RE = re.compile(
    r"^[\[(]?\s*(?:촬영\s*기자|영상\s*취재|영상\s*편집|영상\s*기자|촬영|편집|그래픽|자료\s*조사|구성|연출|CG|"
    r"디자인|화면\s*제공|영상\s*제공|[가-힣]{1,4}앵커|출연|진행|Camera|Video\s*editing|Graphics?)\s*[:：/]"
)

# What follows a byline when the staff are credited on one line: "사진 홍길동 참고 워크넷", each role
# and one name or source, no sentence.
_CREDIT_ROLE = r"(?:사진|그래픽|영상|참고|자료|도움말|일러스트|디자인)"
ROLE_CREDITS_RE = re.compile(rf"^(?:사진\s+(?P<photo>[^\s.,]{{2,12}})\s*)?(?:{_CREDIT_ROLE}\s+[^\s.,]{{2,12}}\s*)*$")

PUBLISHED_LABELS = (
    "기사입력", "최초입력", "최초 입력", "입력시간", "입력일시", "입력일", "입력", "등록일시", "등록일",
    "기사등록", "등록", "승인", "송고시간", "송고", "게재일", "게재", "발행일", "발행", "작성일", "작성",
    "기사전송", "전송", "보도일시", "보도일", "일시", "기사승인", "기사작성", "최초승인",
    "First published", "Published on", "Published", "Posted on", "Posted", "Created", "Released",
    "Written", "Date", "Dated", "Issued", "기사제공", "入力", "방송일시", "방송일", "방영일", "Aired on", "Aired",
    "기사 입력", "기사 승인", "게시일시", "게시일",
)  # fmt: skip

UPDATED_LABELS = (
    "최종수정일", "최종 수정일", "최종수정", "최종 수정", "최종업데이트", "최종편집", "최종 편집", "수정일시", "수정일", "수정", "편집", "업데이트",
    "Last updated", "Last modified", "Updated", "UPDATE", "Modified", "Edited", "기사수정", "최종승인",
    "Modified on", "Updated on", "Last updated on", "Edited on", "修正", "기사편집", "기사 편집", "기사 수정",
)  # fmt: skip

# Names of outlets and news agencies; the left side of "X=홍길동 기자" that is one of these
# (or ends with an outlet suffix) is not a dateline place.
KNOWN_OUTLETS = (
    "연합뉴스", "뉴시스", "뉴스1", "헤럴드경제", "아시아경제", "머니투데이", "이데일리", "파이낸셜뉴스",
    "서울경제", "한국경제", "매일경제", "조선비즈", "조선일보", "중앙일보", "동아일보", "한겨레",
    "경향신문", "국민일보", "세계일보", "한국일보", "문화일보", "서울신문", "내일신문", "아주경제",
    "데일리안", "노컷뉴스", "오마이뉴스", "프레시안", "미디어오늘", "한국방송", "KBS", "MBC", "SBS", "CBS", "EBS", "OBS",
    "JTBC", "YTN", "MBN", "TV조선", "채널A", "연합뉴스TV", "뉴스핌", "이투데이", "비즈니스포스트",
    "전자신문", "디지털타임스", "블로터", "지디넷코리아", "ZDNet Korea", "데일리한국", "스포츠조선",
    "스포츠서울", "OSEN", "마이데일리", "엑스포츠뉴스", "경기일보", "경인일보", "인천일보", "부산일보",
    "국제신문", "매일신문", "영남일보", "광주일보", "전북일보", "강원일보", "제주일보",
    "Yonhap", "Reuters", "AP", "AFP", "UPI", "Bloomberg", "Xinhua", "Kyodo", "EFE", "dpa", "AFPBBNews",
    "Associated Press", "The Korea Herald", "The Korea Times", "Korea JoongAng Daily", "News1", "NEWSIS",
    "머니S", "MoneyS", "더팩트", "비즈워치", "더벨", "인베스트조선", "딜사이트", "신동아", "한겨레21", "이코노미스트",
    "포브스코리아", "연합인포맥스", "아리랑", "PBC", "CPBC", "중부매일", "울산매일", "CNB", "일간스포츠",
    "Nikkei", "Nikkei Asia", "NHK", "Kyodo News", "Global Times", "South China Morning Post", "The Straits Times",
    # names no outlet suffix gives away: "정다연 텐아시아 기자"
    "텐아시아", "디스패치", "iMBC", "싱글리스트", "enews24", "시사IN", "바이라인네트워크", "테크M", "EBN", "위키트리",
    "청년의사", "기자협회보", "민중의소리", "참세상", "레디앙", "펜앤드마이크", "한경비즈니스", "매경이코노미",
    "글로벌이코노믹", "서울파이낸스", "시사오늘", "일요시사",
    "한경",  # 한국경제's own short name: "(홍길동 한경 기자)"
)  # fmt: skip
# A source's name and when, on an aggregator's line under a headline: "Nikkei -- Aug 26", "Nikkei Asia5 hours ago".
OUTLET_AND_WHEN_RE = re.compile(
    r"^(?P<outlet>[A-Z][\w&.']*(?: [A-Z][\w&.']*){0,3}?)\s*(?:--|[—–|·-])?\s*"
    r"(?:\d{1,2}\s+(?:minutes?|hours?|days?)\s+ago|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})$"
)

OUTLET_SUFFIXES = (
    "뉴스", "일보", "신문", "방송", "경제", "투데이", "데일리", "미디어", "저널", "타임스", "닷컴",
    "통신", "TV", "tv", "포스트", "비즈", "매거진", "리포트", "데스크", "신문사", "일보사", "방송사", "통신사",
    "타임즈", "스포츠", "헤럴드", "위클리",
)  # fmt: skip

# Places that open a byline ("워싱턴 최승진 특파원", "서울 홍길동 기자"): the dateline, not a name.
KO_PLACES = frozenset({
    "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "수원", "제주", "춘천", "청주", "전주", "창원", "포항",
    "강릉", "원주", "천안", "안동", "목포", "여수", "순천", "경주", "김해", "고양", "성남", "용인", "의정부", "평택",
    "워싱턴", "뉴욕", "베이징", "도쿄", "런던", "파리", "베를린", "모스크바", "브뤼셀", "상하이", "홍콩", "싱가포르",
    "하노이", "방콕", "자카르타", "뉴델리", "두바이", "카이로", "로스앤젤레스", "실리콘밸리", "시카고", "토론토",
    "시드니", "제네바", "빈", "로마", "마드리드", "이스탄불", "예루살렘", "타이베이", "오사카", "선양", "평양", "판문점",
}) | KO_REGIONS  # fmt: skip
# Endings of the venues sports desks dateline from ("[마이데일리 = 고척돔 김진성 기자]"): no given name ends so.
KO_VENUE_SUFFIXES = ("돔", "구장", "경기장", "체육관", "공항", "파크", "아레나", "골프장", "컨트리클럽", "빙상장")

# Endings of desk names in bylines: "경제부 홍길동 기자", "사회팀".
DESK_SUFFIXES = ("부", "팀", "국", "본부", "데스크", "취재반", "취재단")
# Three-syllable bureaus ending in 국, a syllable that also closes given names ("박진국").
THREE_SYLLABLE_BUREAUS = frozenset({
    "편집국", "보도국", "뉴스국", "사진국", "제작국", "기획국", "방송국", "외신국", "취재국", "영상국", "경영국", "논설국",
})  # fmt: skip
# A newsroom's desks whose names hold an outlet word: "디지털뉴스국", "MBN 뉴스센터".
NEWSROOM_DESK_SUFFIXES = ("뉴스국", "편집국", "보도국", "뉴스부", "뉴스팀", "뉴스본부", "뉴스센터")

# Words inside a masthead that no person or place name holds.
OUTLET_INFIXES = ("뉴스", "일보", "신문", "방송", "미디어")

# A broadcaster's regional station: "전남CBS", "대구MBC", "KBS부산".
_BROADCASTERS = r"(?:KBS|MBC|SBS|CBS|EBS|OBS|BBS|PBC|TBC|KBC|UBC|TJB|JTV|CJB|JIBS|G1|YTN)"
REGIONAL_BROADCASTER_RE = re.compile(rf"^(?:[가-힣]{{1,4}}{_BROADCASTERS}|{_BROADCASTERS}[가-힣]{{1,4}})$")

# Prefixes of magazine names: "월간한빛", "주간경향".
OUTLET_PREFIXES = ("월간", "주간", "계간", "격주간", "스포츠", "데일리", "메디", "헬스")  # "스포츠월드", "스포츠서울"

# All-caps words that start headlines, not datelines: "BREAKING -- ...".
NOT_PLACES = frozenset({
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "VIDEO", "PHOTOS", "PHOTO", "ANALYSIS",
    "OPINION", "EDITORIAL", "CORRECTION", "NEWS", "URGENT", "FLASH", "ALERT", "REVIEW", "INTERVIEW", "FEATURE",
    "COLUMN", "LEAD", "LD", "ATTN", "NOTE", "EDITOR", "EDITORS", "FILE", "GRAPHIC", "ADVISORY", "END",
    "CORRECTED", "CORRECTS", "REFILE", "REPEAT", "WRAPUP", "FACTBOX", "EXPLAINER", "INSIGHT", "SPECIAL", "REPORT",
    "POLL", "PREVIEW", "TIMELINE", "QUOTEBOX", "RPT", "HIGHLIGHTS", "HEADLINE", "HEADLINES",
    # a newsletter's sign-up box: "SCMP TODAY: INTL EDITION"
    "TODAY", "EDITION", "NEWSLETTER", "DIGEST", "BRIEFING",
    # field labels of scripts, print pages and feeds: "INTRO: …", "URL : http://…", "DATELINE=TOKYO"
    "URL", "INTRO", "OUTRO", "TEXT", "CONTENT", "SOURCE", "TAGS", "TOPICS", "RELATED", "SUMMARY", "TRANSCRIPT",
    "CAPTION", "CREDIT", "CREDITS", "BYLINE", "DATELINE", "TITLE", "TYPE", "NUMBER", "SLUG", "DATE", "EMAIL",
    "TEL", "FAX", "COPYRIGHT", "LINK", "HTTP", "HTTPS", "WWW", "KEYWORDS",
    # a transcript's speakers: "CABINET PUBLIC RELATIONS SECRETARY: We will now begin …", "PRIME MINISTER KAN:"
    "SECRETARY", "MINISTER", "PRESIDENT", "REPORTER", "CHAIRMAN", "SPOKESMAN", "SPOKESPERSON", "ANCHOR",
    "MODERATOR", "PROFESSOR", "DIRECTOR", "GOVERNOR", "AMBASSADOR", "SENATOR", "PRIME", "CHIEF", "CABINET", "MR", "MS",
})  # fmt: skip

# Words after a byline that name the agency: "By JANE DOE Associated Press".
EN_AGENCY_WORDS = ("Associated Press", "AP", "Reuters", "AFP", "Yonhap", "Bloomberg", "UPI", "Xinhua", "Kyodo")
# The short names wires sign with, for their long names in bylines and copyright lines.
AGENCY_SHORT_NAMES = {
    "Associated Press": "AP",
    "The Associated Press": "AP",
    "Agence France Presse": "AFP",
    "Agence France-Presse": "AFP",
    "Yonhap News Agency": "Yonhap",
    "NEWSIS": "뉴시스",  # "Copyright © NEWSIS.COM": Korean wires sign their copyright in Latin letters
    "News1": "뉴스1",
}

# Words before "=" that name the kind of contribution, not a place: "글·사진=홍길동 기자".
CONTRIBUTION_WORDS = (
    "글",
    "사진",
    "영상",
    "그래픽",
    "편집",
    "취재",
    "정리",
    "글·사진",
    "사진·글",
    "대담",
    "진행",
    "사회",
    "기획",
)
# ... of which these name a picture alone: "[사진 = 송일섭기자]" credits a photographer, not the writer.
PICTURE_WORDS = ("사진", "그래픽", "자료사진", "이미지", "일러스트", "사진제공", "자료")
PICTURE_WORDS_EN = ("photo", "photos", "image", "graphic", "graphics", "illustration", "source", "video")

# Byline words that stand for a desk or agency, not a person: "By Yonhap", "By UPI Staff".
DESK_WORDS = (
    "staff", "desk", "newsroom", "editorial", "team", "wire", "reporters", "reporter", "editors",
    "bureau", "agencies", "agency", "correspondent", "correspondents", "contributor",
    "editor", "writer", "columnist", "producer", "photographer",  # a role after the name: "By X, Political Editor"
)  # fmt: skip

# A copyright notice's words, where they are the notice and not prose about copyright: "저작권자의
# 허락", "무단전재와 다를 바 없다", "copyright law" and a photo credited "(사진=저작권자)" are text.
COPYRIGHT_NOTICE_RE = re.compile(
    r"(?<!=)(?:무단\s?전재|재배포\s?금지|저작권자)(?:(?![가-힣])|(?=및))"
    r"|무단\s?전재\S?\s?(?:및\s?재배포\S?\s?)?금"  # "무단전재를 금합니다", "무단 전재 및 재배포를 금지"
    r"|(?<![A-Za-z])[Cc]opyright(?!\s+[a-z])(?![a-z])"
)
# Marks that only a notice carries, words or symbols: "ⓒ 연합뉴스", "All rights reserved".
COPYRIGHT_SYMBOLS = ("All rights reserved", "all rights reserved", "ⓒ", "©", "Ⓒ", "(C)")

SUMMARY_MARKERS = ("AI 요약", "요약", "세 줄 요약", "3줄 요약", "핵심 요약", "Summary", "Key points", "TL;DR")

BULLET_CHARS = "•·◆◇■□▣▲△▶▷►●○◎※-–—*✔✓☞➤"

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Zones that English-language news pages print after a time.
TZ_OFFSETS = {
    "KST": 9, "JST": 9, "UTC": 0, "GMT": 0, "Z": 0, "CET": 1, "CEST": 2, "BST": 1,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "PST": -8, "PDT": -7, "HKT": 8,
    # Asia's other newsrooms ("Created: 22-04-2020 14:56 IST": India's, as its sites print it)
    "IST": 5.5, "SGT": 8, "PHT": 8, "MYT": 8, "WIB": 7, "ICT": 7, "AEST": 10, "AEDT": 11,
}  # fmt: skip

# --- regular expressions -------------------------------------------------------------------


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _opening_one_of(words: tuple[str, ...] | list[str]) -> str:
    """A lookahead for the characters ``words`` open with, put before a search's alternation: the
    search then skips the positions no word starts at instead of trying every word there (six
    times faster on a page's lines for the time labels)."""
    return f"(?=[{re.escape(''.join(sorted({w[0] for w in words})))}])"


# The dashes a signature opens with: "- 형민우 편집위원(연합뉴스)", "— JIM LOCKWOOD", "- Jane Last".
DASH_OPENERS = ("- ", "– ", "— ")

TITLE_END_FWD = r"(?![가-힣A-Za-z])"


TITLES = _alternation(REPORTER_TITLES)
# Any reporter's title in a line: a cheap test before the patterns that need one.
TITLE_WORD_RE = re.compile(TITLES)
_SIGNOFF = r"(?:이었습니다|였습니다|입니다)"
# A name is never a credit word ("촬영 기자") nor a title itself ("기자였습니다").
# A newsroom rank is no name: "최광수 차장, 진재운 차장" names two people, not four.
_RANK_WORDS = ("부국장", "본부장", "부장", "차장", "팀장", "국장", "실장")
_NOT_NAME = (
    rf"(?!(?:{'|'.join(CREDIT_WORDS)})(?:\s|{_alternation(REPORTER_TITLES)}|[:：=]))"
    rf"(?!(?:{_alternation(REPORTER_TITLES)})(?:{_SIGNOFF}|(?![가-힣A-Za-z])))"
    rf"(?!(?:{'|'.join(_RANK_WORDS)})(?![가-힣]))"
    rf"(?![가-힣]{{1,3}}의\s*(?:{_alternation(REPORTER_TITLES)}))"  # a possessive: "오늘의 기자", "이달의 기자"
)
KO_NAME = rf"{_NOT_NAME}[가-힣]{{2,4}}"
_DESK_WORD = r"[가-힣A-Za-z]{2,9}(?:부|국|팀|센터)(?=\s)"
KO_NAMES = (
    rf"(?:{_DESK_WORD}\s+)?{KO_NAME}"
    rf"(?:(?:\s*[·ㆍ,/]\s*|\s)(?!{_alternation(REPORTER_TITLES)}{TITLE_END_FWD})(?:{_DESK_WORD}\s+)?{KO_NAME})*"
)
# A name, then an outlet of five or more syllables, then the title: "한현정 스타투데이 기자(…)".
NAME_LONG_OUTLET_RE = re.compile(r"^(?P<name>[가-힣]{2,4})\s+(?P<outlet>[가-힣]{5,9})(?=\s*(?:기자|특파원))")
# Names inside a sentence: joined by "·" or commas only, so that the words before stay out.
KO_NAMES_STRICT = rf"{KO_NAME}(?:\s*[·ㆍ,]\s*{KO_NAME})*"
# A writer's card with the paper and desk in brackets after the name: "최원형(한겨레 사회부 기자)".
NAME_AFFILIATION_RE = re.compile(  # a baptismal name may follow the name: "김혜영 유스티나(보도제작부 기자)"
    rf"^(?P<name>{KO_NAME})(?:\s+[가-힣]{{2,5}})?\s*\(\s*(?P<outlet>[^()\s]{{2,15}})(?:\s+[가-힣]{{1,8}}(?:부|팀|국))?"
    rf"\s*(?:{TITLES})\s*\)$"
)
# A contributor's line over or under a column: the name, the university and its department, maybe the post
# ("유홍식 중앙대 미디어커뮤니케이션학부", "홍길동 한빛대학교 경영학과 교수", "홍길동 한빛연구원").
CONTRIBUTOR_AFFILIATION_RE = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s+(?:[가-힣A-Za-z]{1,12}(?:대학교|대학|대학원|연구원|연구소)"
    r"(?P<dept>\s+[가-힣A-Za-z·]{2,20}(?:학부|학과|대학원|전공))?|[가-힣]{1,8}대(?=\s)"
    r"(?P<dept2>\s+[가-힣A-Za-z·]{2,20}(?:학부|학과|대학원|전공))?)"
    r"(?P<post>\s+(?:명예|석좌|객원|겸임|연구|초빙)?(?:교수|부교수|조교수|강사|연구위원|선임연구위원))?$"
)
# A mail service's domain run into the site's address after it, as cards flatten: "kangkiun@naver.comnewsway.co.kr".
_MAIL_SERVICES = (
    r"naver\.com|daum\.net|hanmail\.net|gmail\.com|nate\.com|kakao\.com|hotmail\.com|yahoo\.com|outlook\.com"
)
EMAIL_RE = re.compile(
    rf"[A-Za-z0-9._%+-]+@(?:(?:{_MAIL_SERVICES})(?=[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{{2,}})"
    r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
# An address a page prints without its domain, the outlet's own being understood: "박한솔 기자 hansol@".
CUT_ADDRESS = r"[A-Za-z0-9._-]+@(?![A-Za-z0-9-])"
# A photo caption describes what the picture shows: "… 둘러보고 있다.", "… 하는 모습."
CAPTION_ENDING_RE = re.compile(r"(?:있다|모습(?:이다)?|모습입니다|있습니다)\.?[\"'”’)]*$")
# An address that opens a byline line: "fnjung@fnnews.com 정기현 기자".
LEADING_EMAIL_RE = re.compile(rf"^\(?(?P<email>{EMAIL_RE.pattern})\)?\s+(?=[가-힣])")
# A title is a whole word: "기자" but not "기자는"/"기자가"; a broadcast sign-off may follow.
TITLE_END = rf"(?:(?={_SIGNOFF})|(?![가-힣A-Za-z]))"

# "수원=강대웅 기자", "경기 수원=홍길동·김철수 기자 =", "글·사진=홍길동 기자", and the writing credited
# after the place: "훈춘 = 글·사진 박세희 특파원" (a picture's credit alone, "사진 홍길동", is no byline)
PLAIN_DATELINE_RE = re.compile(
    rf"^(?P<left>[^\s=()\[\]<>]{{1,15}}(?:\s[^\s=()\[\]<>]{{1,15}})?)\s*=\s*(?:글(?:\s*[·ㆍ]\s*사진)?\s+)?"
    rf"(?P<names>{KO_NAMES})\s*(?P<title>{TITLES}){TITLE_END}\s*(?:\(?(?P<email>{EMAIL_RE.pattern})\)?)?"
    rf"\s*=?\s*(?P<rest>.*)$"
)
# "(서울=연합뉴스) 홍길동 기자 =", "[서울=뉴시스]홍길동 기자 =", "[헤럴드경제=홍길동 기자]"
BRACKET_DATELINE_RE = re.compile(
    r"^[(\[【<〔]\s*(?P<left>[^=()\[\]【】<>〔〕]{1,25}?)\s*=\s*(?P<right>(?:[^()\[\]【】<>〔〕]|\([가-힣]{1,6}\)){1,40}?)\s*"
    r"[)\]】>〕]\s*(?P<rest>.*)$"
)
# "[경기 한국사진방송]이두수기자= …": the place and outlet in brackets, the name after them.
BRACKET_OUTLET_NAMES_RE = re.compile(
    rf"^[\[(]\s*(?:(?P<place>[가-힣]{{2,4}})\s*[\s/]\s*)?(?P<outlet>[^\[\]()=/|\s]{{2,15}})\s*[\])]\s*(?P<names>{KO_NAMES_STRICT})\s*"
    rf"(?P<title>{TITLES})\s*[=:]\s*(?P<rest>.*)$"
)
# A role under a name: "Wendy Teo" over "South Korea Correspondent".
# Writers and the wire they write for, as older AP copy signs: "JAE-SOON CHANG Associated Press Writers",
# "By Jane Doe and John Roe, Associated Press Writer".
_EN_CARD_NAME = r"[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){1,3}"
EN_WIRE_WRITERS_RE = re.compile(
    rf"^(?P<by>[Bb][Yy]:?\s+)?(?P<names>{_EN_CARD_NAME}(?:\s*(?:,|\band\b|&)\s*{_EN_CARD_NAME})*)\s*,?\s+"
    r"(?:The\s+)?(?:Associated\s+Press|AP)(?:\s+(?P<role>Writers?|Correspondents?|Reporters?|Staff))?\.?$"
)
EN_ROLE_LINE_RE = re.compile(
    r"^(?:[A-Z][A-Za-z.&'-]*\s+){0,4}(?:Correspondent|Reporter|Staff Writer|Writer|Columnist|Bureau Chief|Editor"
    r"|(?<=[a-z] )(?:correspondent|reporter|writer|columnist|bureau chief|editor)"  # "East Asia correspondent"
    r"(?:,?\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?)?)$"  # its base: "Seoul, South Korea"
)
# "[한국방송/홍길동기자]", "[KBS 홍길동 기자]"
BRACKET_BYLINE_RE = re.compile(
    rf"^[(\[【<]\s*(?P<outlet>[^/|ㅣ｜│()\[\]【】<>=]{{1,20}}?)(?P<sep>\s*[/|ㅣ｜│]\s*|\s+)(?P<names>{KO_NAMES})\s*"
    rf"(?P<title>{TITLES}){TITLE_END}\s*(?P<email>{EMAIL_RE.pattern})?\s*(?:/\s*사진\s*=[^)\]】>]{{1,30}})?"
    rf"\s*[)\]】>]\s*(?P<rest>.*)$"
)
# "홍길동·김철수 기자", "홍길동 기자 hong@example.com", "홍길동 선임기자 =" (the whole line)
NAMES_TITLE_RE = re.compile(
    rf"^(?P<names>{KO_NAMES})(?:\s+(?P<desk>[가-힣A-Za-z]{{1,10}}(?:{_alternation(DESK_SUFFIXES)})))?\s*"
    rf"(?P<title>{TITLES}){TITLE_END}(?:\s*\(\s*=\s*(?P<place>[가-힣]{{1,6}})\s*\))?\s*[=:]?\s*"
    rf"(?:\(?(?P<email>{EMAIL_RE.pattern})\)?)?\s*(?P<rest>.*)$"
)  # "(=부산)": 프레시안 prints the dateline after the title
# A byline with its address inside a lead: "… 우승 - 전병군 기자 jbg@newsone.co.kr 충남도는 …"
INLINE_EMAIL_BYLINE_RE = re.compile(
    rf"(?:^|(?<=[\s\-–—|]))(?<![가-힣])(?P<names>{KO_NAMES_STRICT})\s*(?P<title>{TITLES}){TITLE_END}\s*"
    rf"\(?(?P<email>{EMAIL_RE.pattern})\)?\s+(?P<rest>\S.*)$"
)
# A wire credit closing the last paragraph: "... to the hardest-hit areas. — AFP"
_END_MARK = r"(?:\s*\(END\))?\s*"
TRAILING_AGENCY_RE = re.compile(
    rf"(?:(?<=[.!?\"”’])\s*(?:[—–-]{{1,2}}\s*|\((?=[A-Za-z-]+\){_END_MARK}$))?|(?<=[a-z])\((?=[A-Z]+\){_END_MARK}$))"  # "… it added(IANS)", "… first.Yonhap"
    rf"(?P<agency>{'|'.join(re.escape(a) for a in ('AFP', 'AP', 'Reuters', 'Yonhap', 'Bernama', 'Xinhua', 'Kyodo', 'dpa', 'Bloomberg', 'AFP-JIJI', 'IANS', 'PTI', 'ANI', 'EFE', 'UPI'))})\)?"
    rf"{_END_MARK}$"  # the wire's end mark after it: "… of the company. (Yonhap) (END)"
)
# A portal's keyword block, then cards for the story's reporters with their latest headlines (뉴스1):
# "…관련 키워드의대증원전공의천선휴 기자 응급실 인력난에…관련 기사…".
RELATED_KEYWORDS_RE = re.compile(
    r"관련\s*키워드|(?<=News1\s[가-힣]{3}\s기자)(?=[가-힣]{3}\s?기자\s)"
)  # or after its credit
REPORTER_CARD_RE = re.compile(rf"(?P<name>[가-힣]{{3}})\s?(?:{TITLES})(?=\s|$)")
# A list page's summary cut short, then its date and counters: "… 이는 전…2025-09-26 좋아요 개 코멘트 개".
TRAILING_LIST_DATE_RE = re.compile(
    r"(?:…|\.\.\.)\s*(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})(?:\s+(?:좋아요|코멘트|댓글|공유)\s*\d*\s*개?|\s+PDF\s*지면\s*보기)*\s*$"
)
# A note on the story's writer: "… 기사를 쓴 전유정은 지난달 30일 …", "이 글을 쓴 홍길동 씨는 …".
WRITER_NOTE_RE = re.compile(
    r"(?:기사|글)(?:을|를)\s?쓴\s(?P<name>[가-힣]{2,4}?)(?:\s?(?:씨|학생|기자|교수))?(?:은|는|이|가)\s"
)
# A newsroom column named after its writer, opening the headline: "[강다혜의 편집국 25시] …" (a series named
# after its subject, "[이순신의 바다]", carries no newsroom word).
KO_NAMED_COLUMN_RE = re.compile(
    r"^\[(?P<name>[가-힣]{2,4})의\s(?=[^\]]*(?:편집국|데스크|취재|기자|칼럼|수첩|시론|논단))[^\]]{2,20}\]"
)
# A numbered column named after its writer: "전영평 교수의 자치이야기⑩", "김철수의 음악산책 (3)".
KO_NUMBERED_COLUMN_RE = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s?(?:교수|박사|원장|논설위원|위원|작가|칼럼니스트|변호사|소장|기자)?의\s?[가-힣·\s]{2,16}?"
    r"\s?(?:[①-⑳]|[<(〈]\s*\d{1,3}\s*[>)〉])$"
)
# A reporter introducing themselves in the lead, role first: "안녕하세요! 온라인 리포터 허순엽입니다."
SELF_INTRO_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:[가-힣A-Za-z0-9]{2,10}\s){0,5}(?:수습|인턴|학생|명예|시민)?(?:리포터|기자|특파원|통신원)\s+"
    r"(?P<name>[가-힣]{2,4}?)(?:입니다|이었습니다|였습니다|이?라고\s?합니다)[.!]"  # "… 심층취재팀 기자 김광일입니다.",
    # "… 대학신문편집국 37기 수습기자 박병진이라고 합니다."
    # or name first, alone on its line, after the paper and desk: "〈시사IN〉 정치팀 이은기 기자입니다"
    r"|^(?:[〈<《][^〉>》]{1,15}[〉>》]\s*)?(?:[가-힣A-Za-z]{1,10}\s){0,2}(?P<named>[가-힣]{2,4})\s?(?:기자|특파원|리포터)입니다[.!]?$"
)
# A speaker's turn in a broadcast transcript, printed with a bullet: "◇ 박지훈 변호사(이하 박지훈) : 여야는 …",
# "◆ 진중권> 대답을 안 하시면." (body text, where a bulleted short line over the story is a deck).
SPEAKER_TURN_RE = re.compile(r"^[◇◆■□▶●]\s*[가-힣A-Za-z][가-힣A-Za-z ().,·]{0,40}?\s*(?::|>)\s*\S")
# A one-line transcript's speaker marks, where it is split: "… 바랍니다. [앵커] 정국이 오늘도 …".
INLINE_TRANSCRIPT_MARK_RE = re.compile(r"\s(?=\[(?:앵커|기자|리포트|앵커멘트)\]\s)")
# A newsroom's tip line that names it: "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23".
TIP_LINE_OUTLET_RE = re.compile(r"^(?P<outlet>[^\s:]{2,15})\s+(?:기사\s*문의|기사\s*제보)(?:\s*및\s*제보)?\s*[:：]")
# A link to a channel or platform ("▶네이버TV 엠빅뉴스 바로가기"): it names a platform, not the outlet.
LINK_LINE_RE = re.compile(r"(?:바로\s*가기|구독\s*하기|친구가\s*되어\s*주세요|채널\s*추가)\s*!?\s*$")
# A page's credit from an aggregator, its opening bracket lost: " MENAFN - IANS) Seoul, Feb 23 (IANS) …".
AGGREGATOR_CREDIT_RE = re.compile(r"^MENAFN\s*[-–]\s*[^()]{2,40}\)\s*")
# An English photo caption, whose closing "(Yonhap)" credits the picture, not the story.
EN_CAPTION_RE = re.compile(
    r"^(?:In )?(?:This|These|A|The) (?:file )?(?:photos?|images?|pictures?)\b|\bphotos? (?:provided|taken|released) by\b",
    re.I,
)
# A photographer's dateline closing a caption: "… 얘기하고 있다./올림픽공원=손용호 기자spjj@osen.co.kr"
TRAILING_PHOTO_BYLINE_RE = re.compile(
    rf"(?<=[.!?\"”’)])\s*(?:(?:19|20)\d{{2}}\.\d{{1,2}}\.\d{{1,2}}\.?\s*)?"  # "… 있다. 2024.9.25 /최은성기자 …"
    rf"/\s*(?:(?P<place>[가-힣A-Za-z]{{2,12}})\s*=\s*)?(?P<names>{KO_NAMES_STRICT})\s*"
    rf"(?P<title>{TITLES})\s*[·ㆍ]?\s*(?:(?P<email>{EMAIL_RE.pattern})|[A-Za-z0-9._-]+@"
    r"|(?P<date>(?:19|20)\d{2}[.-]\d{1,2}[.-]\d{1,2}))?\s*$"
)  # a page may cut the address after its "@": "/장태엽기자·mode70@"; a photo page dates it: "/평택=오승현기자 2020.10.06"
# A dateline closing the last paragraph: "... 교도통신이 보도했다. 도쿄= [연합]"
TRAILING_DATELINE_RE = re.compile(
    r"(?<=[.!?\"”’])\s*(?P<place>[가-힣]{2,8})\s*=\s*[\[(]?\s*(?P<agency>[가-힣A-Za-z]{2,10})\s*[\])]?\s*$"
)
# The anchor addresses the correspondent: "김경수 특파원, 중국이 …"
VOCATIVE_BYLINE_RE = re.compile(
    rf"(?:^|(?<=니다 )|(?<=[.?!] ))(?P<names>{KO_NAMES_STRICT})\s*(?:특파원|기자|통신원)\s*,\s+\S"
)  # also inside an unpunctuated transcript: "… 알아보겠습니다 이유민 기자, 태풍이 …"
# A list page's summary signed with a date: "… 열었다. 이병희 시민기자    이병희 시민기자/2018-04-17".
TRAILING_SIGNED_DATE_RE = re.compile(
    rf"(?<=[.!?。\"”’)])\s*(?:{KO_NAMES}\s*(?:{TITLES})\s+)?(?P<names>{KO_NAMES})\s*(?P<title>{TITLES})\s*(?:/\s*|\s)"
    r"(?P<date>(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$"
)  # and a list's summary cut off with its writer and time: "… 예정입니...김재경 기자 2018-07-04 13:58:52"
# A broadcast sign-off closing the reporter's last sentence: "… 과제입니다. mbc 뉴스 조인호입니다.\"", or a
# transcript's without its full stops: "… 못하고 있습니다 KBS 뉴스 최은진입니다".
TRAILING_SIGNOFF_RE = re.compile(
    r"(?:(?<=[.!?])|(?<=니다))\s*(?P<signoff>(?:(?!니다\s)[^.!?\n]){2,40}?입니다)[.!]?[\"”’]?\s*$"
)
# A wire's dateline before a byline that closes the story (old wire copy signs at the end):
# "… 서비스하고 있다. (서울=연합뉴스) 김인철 기자 aupfe@yna.co.kr".
TRAILING_BRACKET_DATELINE_RE = re.compile(
    r"(?<=[.!?\"”’])\s*[(\[](?P<place>[가-힣]{1,10})\s*=\s*(?P<agency>[^()\[\]=\s]{2,15})[)\]]$"
)
# A byline glued to the end of the last sentence: "...말했다. 홍길동 기자 hong@example.com"
TRAILING_BYLINE_RE = re.compile(
    rf"(?<=[.!?。\"”’)])\s*(?P<names>{KO_NAMES})\s*(?P<title>{TITLES}){TITLE_END}\s*"
    rf"(?:\(?(?P<email>{EMAIL_RE.pattern})\)?|{CUT_ADDRESS})?\s*$"
)
# A byline line signed with the writer's user name on the site: "By jsmith", "by matthew".
EN_USERNAME_BYLINE_RE = re.compile(
    r"^[Bb]y\s+(?!(?:bus|car|cars|train|air|plane|boat|ship|ferry|subway|metro|taxi|foot|bike|bicycle|road|sea|"
    r"phone|mail|email|post|default|design|nature|law|far|now|then|admin|administrator|editor|staff|webmaster|"
    r"guest|user|author|anonymous|unknown|night|day|[a-z]+ing)$)(?P<user>[a-z][a-z0-9_.]{2,19})$"
)
# A name's words; an initial may stand without its full stop before a capitalised word ("P Prem Kumar").
_EN_INITIAL = r"[A-Z](?=\s+[A-Z][a-z])"
EN_NAME = (
    rf"(?:[A-Z][A-Za-z.'’-]+|{_EN_INITIAL})(?:\s+(?:[A-Z][A-Za-z.'’-]+|{_EN_INITIAL}|van|von|de|der|da|di|bin|al))*"
)
EN_BYLINE_RE = re.compile(
    rf"^(?i:(?:(?:Written|Posted|Words|Story|Article|Reported|Opinion|Analysis|Commentary|Column|Review|Essay)\s+)?by(?:\s*:)?"
    rf"|(?:Reporters?|Authors?|Writers?|Journalists?|Byline)\s*[:：=])\s*"
    rf"(?P<names>{EN_NAME}(?:\s*(?:,|and|AND|&)\s*{EN_NAME})*)"  # names keep their capitals: "By destination, …" is prose
    rf"(?:\s+from\s+(?:the\s+)?{EN_NAME})?"  # "By Honorary Reporter Divyanshi Gaur from India": where the writer is from
    rf"\s*(?:[\[(<]\s*(?P<email>{EMAIL_RE.pattern})\s*(?:[\])>]|$)|(?<=\s)(?:{EMAIL_RE.pattern})\.?|\((?P<outlet>[A-Z][A-Za-z .&'’-]{{1,40}})\))?"
    rf"\s*(?:(?:[,|/]|\s[-–—]\s|\son\s(?=[A-Z0-9]))\s*(?P<extra>.*))?$",  # "Posted by X on December 5, 2025"
)
# A byline run into the first sentence, as list pages flatten them: "By Jeong Ji-hyun In June 1950, …".
# Only a Korean name's romanised shape (a hyphenated given name) tells where the name ends.
# A byline run into the dateline and the lead of a flattened wire copy: "By Ahmet Gurhan Kartal LONDON A man was …".
EN_BY_NAME_CAPS_DATELINE_RE = re.compile(
    r"^By\s+(?P<name>[A-Z][a-z]+(?:\s(?:[A-Z]\.\s)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,3})\s+"
    r"(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)\s+(?P<rest>[A-Z\"“‘][^.]{10,}[.!?].*)$"
)
# Broadcasters and wires that sign after their writers or open a lead in parentheses ("By A and B, CNN The …",
# "(CNN)It's not just …"), besides the newsrooms EN_NEWSROOM_RE reads by their last word.
EN_SIGNING_NEWSROOMS = (
    "CNN", "AP", "AFP", "Reuters", "Bloomberg", "UPI", "Yonhap", "Xinhua", "Kyodo", "IANS", "PTI", "ANI", "NPR", "BBC",
    "ABC", "CBS", "NBC", "CNBC", "VOA", "RFA", "NHK", "AFP-JIJI",
)  # fmt: skip
_SIGNER = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:\s(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}"
# Writers and their newsroom run into the lead of a list's card: "By Dan Merica, Eric Bradner and Eva McKend, CNN In …".
EN_BY_NAMES_NEWSROOM_LEAD_RE = re.compile(
    rf"^By\s+(?P<names>{_SIGNER}(?:(?:,\s*|,?\s+and\s+){_SIGNER})*),\s+"
    rf"(?P<newsroom>{_alternation(EN_SIGNING_NEWSROOMS)})\s+(?P<rest>[A-Z\"“‘][^.]{{10,}}[.!?].*)$"
)
# A Wix blog's writer card: its avatar's text, then the name, glued: "Writer's pictureJed".
WIX_WRITER_RE = re.compile(r"^Writer['’]s picture\s*(?P<name>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3})$")
# A digest's credit for a story it summarises: "[SOURCE: TVWeek, AUTHOR: Ira Teinowitz]".
EN_SOURCE_AUTHOR_RE = re.compile(
    r"^\[?\s*SOURCE\s*:\s*(?P<source>[^,\[\]]{2,40}),\s*AUTHORS?\s*:\s*(?P<names>[^\[\]]{3,80}?)\s*\]?$", re.I
)
# A newsroom in parentheses opening the lead, no place before it: "(CNN)It's not just Mexico …".
EN_PAREN_NEWSROOM_LEAD_RE = re.compile(
    rf"^\((?P<agency>{_alternation(EN_SIGNING_NEWSROOMS)})\)\s*(?P<rest>[A-Z\"“‘][^.]{{10,}}[.!?].*)$"
    # any one-word newsroom when a dash follows, as a wire's dateline with no place: "(RTTNews) - Shares of …"
    r"|^\((?!(?:Photo|Video|Audio|Update|Updated|Live|Watch|Exclusive|Analysis|Opinion|Editorial)\))"
    r"(?P<newsroom>(?=[A-Z]+[a-z])[A-Z][A-Za-z0-9&.]{1,24})\)\s*(?:-{1,2}|–|—)\s*(?P<after>[A-Z\"“‘][^.]{10,}[.!?].*)$"
)
EN_GLUED_BYLINE_RE = re.compile(
    r"^By\s+(?P<name>[A-Z][a-z]{1,5}\s+[A-Z][a-z]+-[a-z]+)\s+(?P<rest>[A-Z\"“‘][^.]{10,}[.!?].*)$"
)
# "This article is by Lee Jian and read by an artificial voice.", "This story was written by Jane Doe.",
# "The following article is a column by Aidan Foster-Carter, an honorary senior research fellow …"
EN_ARTICLE_BY_RE = re.compile(
    r"^(?:This|The following) (?:article|story|report|piece) (?:is|was) "
    r"(?:an? (?:column|commentary|guest column|op-ed|opinion piece|guest post|contribution) )?(?:written |reported )?"
    rf"by (?P<names>{EN_NAME}(?:\s*(?:,|and|&)\s*{EN_NAME})*?)"
    r"(?:\s+and (?:read|narrated|voiced) by [^.]*)?[.,]\s*(?P<rest>.*)$"
)
# An editor's note opening the story that names its writer: "Editor's Note: NPR opened a South Korea bureau
# in March. Correspondent Elise Hu takes a look at the wonder and the wackiness of life …".
EN_NOTE_WRITER_RE = re.compile(
    r"^Editor[’']?s [Nn]ote:.*?(?<![A-Za-z])(?:[Cc]orrespondent|[Rr]eporter|[Cc]olumnist|[Bb]ureau chief)\s+"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2})\s+(?:takes|reports|writes|looks|explains|tells)\b"
)
# A link card's byline: "en.yna.co.kr · by Kang Yoon-seung · February 15, 2024".
EN_CARD_BYLINE_RE = re.compile(
    rf"^(?:[\w.-]+\.[a-z]{{2,}}\s*[·|]\s*)?[Bb]y\s+(?P<names>{EN_NAME}(?:\s*(?:,|and|&)\s*{EN_NAME})*?)\s*[·|]\s*(?P<when>[^·|]+)$"
)
# An editors' note opening the text under the headline: "[편집자주] 뉴스현장에는 …", "<편집자 주> …".
EDITOR_NOTE_RE = re.compile(r"^[\[<【(〈]?\s*편집자\s*주\s*[\]>】)〉]?\s*[:：]?\s*\S")
# An editors' note boxed over a story, a paragraph of sentences in lenticular brackets.
BOXED_NOTE_RE = re.compile(r"^【[^【】]{30,}[.!?]\s*】$")
# A wire's dateline with a date and no place, as UPI prints it: "Jan. 9 (Asia Today) — The U.S. Eighth Army …".
EN_DATE_AGENCY_DATELINE_RE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}\s"
    r"\((?P<agency>[A-Z][A-Za-z&.\s-]{1,30}?)\)\s*(?:--|—|–|-)\s*(?P<rest>[A-Z\"“].*)$"
)
# A signature and its paper's name and date closing the last paragraph: "… 모습이다. <오정현 기자> <화학저널 2008/10/15> |".
TRAILING_OUTLET_DATE_RE = re.compile(
    r"\s*<(?P<outlet>[가-힣A-Za-z]{2,15})\s+(?P<date>(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2})>[\s|]*$"
)
# A wire and its city over the story, with the day: "Reuters, Seoul Tuesday 16 June 2020".
EN_WIRE_CITY_DAY_RE = re.compile(
    rf"^(?P<agency>{'|'.join(EN_AGENCY_WORDS)}),\s*(?P<place>[A-Z][a-z]+(?: (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z]+)?)\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2} [A-Z][a-z]+ (?:19|20)\d{2}$"
)
# A headline, the masthead in brackets and the lead on one line, as list pages flatten an item:
# "… 특별교부세 43억 확보 [금요저널] 더불어민주당 박수현 국회의원은 …".
GLUED_MASTHEAD_LEAD_RE = re.compile(
    r"^(?P<head>[^\[\]]{8,90}?)\s+(?P<rest>\[(?P<outlet>[^\[\]=\s]{2,12})\]\s*\S.{30,})$"
)
# Words that name an institution, not a person, after "by": "by Eunnuri Digital Cultural Center".
EN_INSTITUTION_WORDS = frozenset({
    "Center", "Centre", "Institute", "Foundation", "University", "Association", "Committee", "Council", "Ministry",
    "Office", "Corporation", "Organization", "Organisation", "Society", "Museum", "Library", "School", "Department",
    "Administration", "Commission", "Bureau", "Agency", "Company", "Group", "Team", "Service", "Services",
})  # fmt: skip
# A newspaper's name and the day, with a bar between: "The Guardian|December 07, 2024".
EN_OUTLET_BAR_DATE_RE = re.compile(r"^(?P<outlet>(?:The\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s*\|\s*\S.*\d")
# A blog platform's writer card: "by 음감 Feb 01. 2024" (a pen name in Hangul, then the date).
KO_PEN_NAME_CARD_RE = re.compile(r"^[Bb]y\s+(?P<name>[가-힣]{1,8})\s+(?P<when>\S.*\d.*)$")
# A script's or feed's field: "DATELINE=TOKYO", "Dateline: Seoul".
LABELLED_DATELINE_RE = re.compile(r"^(?i:dateline)\s*[:：=]\s*(?P<place>[A-Za-z][A-Za-z .,'/-]{1,40})$")
# Roles written into an English byline: "By Publisher Lee Kyung-sik with Reporters Kim Jung-mi, Sua Kim", "By Vice
# President Park Byung-wook with Reporter Sua Kim", "By Seoul correspondent Carrington Clarke, Sookyoung Lee and …"
# (a bureau's place before the role, in lower case).
EN_BYLINE_ROLE_RE = re.compile(
    r"(?P<joint>^(?:By|by)\s+|\s+(?:with|and)\s+|,\s*)(?:(?:[A-Z][a-z]+)\s+){0,3}"  # "Staff", "Honorary", "North Asia"
    r"(?:Publisher(?:-Chairman)?|Editor(?:-in-Chief)?|(?:Vice\s+)?(?:President|Chairman)|[Rr]eporters?|[Cc]orrespondents?|Writers?"
    r"|Photographers?)\s+(?=[A-Z])"
)
# What EN_BYLINE_ROLE_RE needs in a line: a cheap test before its search.
EN_BYLINE_ROLE_STEMS = (
    "Publisher",
    "Editor",
    "President",
    "Chairman",
    "eporter",
    "orrespondent",
    "Writer",
    "Photographer",
)
# Names in capitals joined by a lowercase "and" or commas, as AP pages print them over the dateline:
# "ADAM SCHRECK and HYUNG-JIN KIM".
CAPS_NAME_RE = re.compile(r"^[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2}$")
SIGNING_NAME_RE = re.compile(r"^[A-Z][a-z]+(?: (?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}$")
EN_PERSON_NAME_RE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}$"
)  # "Joo Jung-wan", "Ann Cooper-White"
# The note under a column's writer, on its own line or glued after the name: "JOO JUNG-WAN" /
# "The author is an editorial writer at the JoongAng Ilbo."
EN_AUTHOR_NOTE_RE = re.compile(
    r"^(?:(?P<name>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,2})\s+)?The (?:author|writer) (?:is|was) [^.]*\.(?:\s+|$)"
)
# A photo caption signed like a story, closed by its date and the photographer's address or source:
# "(서울=연합뉴스) 진성철 기자 = … 인사말을 하고 있다. 2024.12.19 zjin@yna.co.kr"
PHOTO_CAPTION_TAIL_RE = re.compile(
    rf"(?:19|20)\d{{2}}\.\d{{1,2}}\.\d{{1,2}}\.?\s+(?:\[[^\[\]]{{1,20}}\]\s*)?(?:{EMAIL_RE.pattern}|(?<=\])\s*)\s*$"
)
# A caption with its credit, then a bracketed masthead opening the lead, on one line.
CAPTION_MASTHEAD_RE = re.compile(
    r"^.{2,80}?\((?:사진|자료|사진제공|출처|자료사진)\s*[=:]\s*[^()]{1,30}\)\s*"
    r"(?P<masthead>\[(?P<outlet>[^\[\]=]{2,15})\])\s+\S"
)
# A broadcaster's programme over its stories: "JIBS 8 뉴스", "[2020-08-02] KBS 뉴스 9".
PROGRAMME_MASTHEAD_RE = re.compile(
    rf"^(?:\[\d{{4}}-\d{{2}}-\d{{2}}\]\s*)?(?P<outlet>[가-힣]{{0,4}}{_BROADCASTERS}[가-힣]{{0,4}}|JTBC|MBN|TV조선|채널A|연합뉴스TV)"
    r"\s*(?:\d{1,2}\s*)?뉴스(?:\s*\d{1,2}|\s*데스크|\s*투데이|\s*광장)?$"
)
# An outlet's address alone on a line: "금산신문 gsnews4700@naver.com".
OUTLET_EMAIL_RE = re.compile(rf"^(?P<outlet>[^\s@()<>\[\]]{{2,20}})\s+[(<\[]?(?P<email>{EMAIL_RE.pattern})[)>\]]?$")
_MORE_LINK = r"(?:다른\s*기사\s*(?:더\s*)?보기\s*)?"
# "기자명 홍길동", "작성자: 홍길동 기자", "글 홍길동 월간한빛 기자 a@b.kr"
# A writer credited after a comma, alone on the line: "글, 이혜경".
LABEL_COMMA_NAME_RE = re.compile(rf"^(?:글|필자|에디터|작성자)\s*,\s*(?P<name>[가-힣]{{2,4}})(?:\s*(?:{TITLES}))?$")
LABELLED_BYLINE_RE = re.compile(
    rf"^(?:기자명|작성자|취재기자|글\s*[·ㆍ/]\s*사진|사진\s*[·ㆍ/]\s*글|글|정리|필자|기고|에디터|진행|취재(?=\s*[:：=])"
    rf"|[Bb]y(?=\s+[가-힣]))(?![가-힣])\s*[:：=./|ㅣ_]?\s*"  # "글_ 장희돈, 지멘스 …"
    rf"(?P<names>{KO_NAMES})\s*(?:{TITLES})?{TITLE_END}\s*{_MORE_LINK}"
    # the magazine before the address: "글 : 이다솔 기자 어린이과학동아 dasol@donga.com"
    rf"(?:[가-힣A-Za-z]{{2,12}}\s+(?={EMAIL_RE.pattern}))?(?:\(?(?P<email>{EMAIL_RE.pattern})\)?|[\w.+-]+@)?"
    # the staff credited apart: "에디터 오미연|사진 김지훈", ", 일러스트/ 이장혁 인턴기자", "취재: 김철수 / 영상: 이영희"
    rf"(?:\s*[|ㅣ·/,]\s*(?:일러스트|그래픽|사진|영상|촬영|편집|디자인|포토그래퍼)\s*[/:：=|ㅣ]?\s*[가-힣]{{2,4}}\s*(?:{TITLES})?)*"
    # or after a space, the illustrator and the issue: "일러스트 : 달상 어린이과학동아 2020년 23호"
    r"(?:\s+(?:일러스트|그래픽|그림|디자인)\s*[:：=]\s*[^:：=]{1,40})?\s*$"
)
# A CMS footer signed by a desk: "기자명 시사IN 편집국 다른기사 보기 editor@sisain.co.kr".
LABELLED_DESK_RE = re.compile(
    rf"^기자명\s*[:：]?\s*(?P<who>[^\s@()<>]{{2,20}}(?:\s[^\s@()<>]{{2,20}})?)\s*{_MORE_LINK}"
    rf"(?:\(?(?P<email>{EMAIL_RE.pattern})\)?)?\s*$"
)
# "케이부동산뉴스 김교민 기자 | 본문", "한빛일보 홍길동 기자 hong@example.com"
# "코리아타임뉴스 부산취재본부 | 본문": an outlet's desk signs the story before a bar.
OUTLET_DESK_BAR_RE = re.compile(
    rf"^(?P<outlet>[^\s=()\[\]<>|/]{{2,20}})\s+(?P<desk>[가-힣A-Za-z]{{0,8}}(?:{'|'.join(DESK_SUFFIXES)}))\s*\|\s*(?P<rest>\S.*)$"
)
# A column's rubric and its writer in brackets opening a line: "[사진기자의 사談진談/최혁중]대통령 …".
RUBRIC_WRITER_RE = re.compile(r"^\[(?P<rubric>[^\[\]/]{2,24})/(?P<name>[가-힣]{3})\]\s*(?P<rest>.*)$")
# A masthead and its writer's bare name in brackets opening the lead: "[한빛뉴스 홍길동] 전국 …".
BRACKET_OUTLET_WRITER_RE = re.compile(
    r"^[\[(](?P<outlet>[^\[\]()/=|]{2,15}?)\s+(?P<name>[가-힣]{3})[\])]\s*(?P<rest>.*)$"
)
# A role before the name, alone on a line: "사진전문기자 김덕중".
ROLE_NAME_LINE_RE = re.compile(r"^(?P<role>[가-힣]{0,6}기자)\s+(?P<name>[가-힣]{2,4})$")
# A signature with the title before the name, maybe after the masthead: "장애인일자리신문 발행인 김윤오".
TITLE_FIRST_SIGNATURE_RE = re.compile(
    r"^(?:(?P<outlet>[^\s\d]{2,20})\s+)?(?P<title>발행인|편집인|편집국장|주필|논설주간|논설위원|대표기자|선임기자)\s+"
    r"(?P<name>[가-힣]{2,4})$"
)
# A list page's line under a summary: its section, writer and time between bars (one CMS prints it
# for hundreds of papers): "kt wiz | 황선학 기자 | 2020-09-12 20:59", "발행인칼럼 | 김양환 기자 | …".
LISTED_BYLINE_RE = re.compile(
    rf"^(?P<section>[^|]{{1,24}}?)\s*\|\s*(?P<names>{KO_NAMES})\s*(?:/\s*(?P<affiliation>[^|/]{{2,24}}?)\s*)?(?:{TITLES})\s*\|\s*"
    r"(?P<date>(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$"
)
OUTLET_BYLINE_RE = re.compile(
    rf"^(?P<outlet>[^\s=()\[\]<>|/,]{{2,20}}(?:\s[^\s=()\[\]<>|/,]{{1,10}})?)(?:\((?P<edition>[가-힣]{{2,6}})\))?"
    rf"(?:\s*[/|]\s*|\s+)(?P<names>{KO_NAMES})\s*"
    rf"(?P<title>{TITLES}){TITLE_END}\s*(?:\(?(?P<email>{EMAIL_RE.pattern})\)?)?\s*(?:[|=:]\s*(?P<rest>.*))?$"
)
# "[경기뉴스탑(수원)=장동근 기자]": the outlet, its place in parentheses, the reporter.
OUTLET_PLACE_DATELINE_RE = re.compile(
    rf"^[\[(【]\s*(?P<outlet>[^=()\[\]【】]{{2,20}}?)\s*\((?P<place>[가-힣A-Za-z ]{{1,12}})\)\s*=\s*"
    rf"(?P<names>{KO_NAMES})\s*(?P<title>{TITLES}){TITLE_END}\s*(?:[/|·]\s*(?P<email>{EMAIL_RE.pattern})\s*)?"
    rf"[\])】]\s*(?P<rest>.*)$"
)
# A newsroom named after its writers in an English byline: "BBC News", "The Korea Times", "Yonhap News Agency".
EN_NEWSROOM_RE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w&.'-]*\s+){0,3}"
    r"(?:News|Times|Post|Press|Herald|Daily|Journal|Radio|Television|TV|Tribune|Telegraph|Gazette|Agency|Network|"
    r"Guardian|Observer|Independent|Economist|Diplomat|Spectator|Atlantic|Chronicle|Monitor|Inquirer|Examiner|Globe)$"
)
# The last word of a paper's name that is no one's surname: "Korea Herald", "Korea JoongAng Daily".
EN_MASTHEAD_WORDS = frozenset({"Herald", "Times", "Daily", "Journal", "Tribune", "Gazette", "News", "TV", "Telegraph"})
# Endings of abstract nouns, which name a rubric ("By Invitation", "By Appointment"), not a person.
ABSTRACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ship", "ity")
CAPS_PLACE_WORD_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\.?$")  # "Pyongyang", "New Delhi"
# An anchor's lead that names the report's reporter: "… 이윤희 기자가 전해드립니다."
ANCHOR_INTRO_RE = re.compile(
    rf"(?<![가-힣])(?P<names>{KO_NAMES_STRICT})\s*(?:[가-힣]{{1,3}}(?=전문기자|선임기자))?(?P<title>{TITLES})(?:가|이)\s*"
    rf"(?:[^.!?\n]{{1,40}}?\s)?"  # "… 기자가 피해 현장을 다녀왔습니다.", "… 기자가 헬기를 타고 … 살펴봤습니다."
    rf"(?:전해\s*드립니다|전합니다|정리했습니다|보도합니다|취재했습니다|짚어봤습니다|알아봤습니다|만나봤습니다|"
    rf"다녀왔습니다|살펴봤습니다|돌아봤습니다|둘러봤습니다|담았습니다|들어\s*봤습니다|들여다\s*봤습니다|찾아가\s*봤습니다|"
    rf"함께\s*했습니다|함께\s*합니다|나가\s*있습니다|연결돼\s*있습니다)[.!]?"
    rf"(?=\s*$|\s*◀|\s*【|\s*[<\[]기자[>\]]|\s*[⊙◆●]\s*기자\s*[:：]"  # a transcript's "⊙기자:" turn
    rf"|(?<=[.!])\s+[가-힣])"  # a copy that runs the report on after the hand-over: "… 살펴봤습니다. 세브란스 …"
    rf"|(?<![가-힣])(?P<guided>{KO_NAMES_STRICT})\s*(?:{TITLES})(?:와|과)\s*(?:함께\s*)?"
    rf"(?:[^.!?\n]{{1,30}}?\s)?"  # "… 김지인 기자와 시청자들이 보내준 제보 영상으로 살펴보겠습니다."
    rf"(?:알아보겠습니다|알아봅니다|짚어보겠습니다|살펴보겠습니다|(?:이야기|얘기)를?\s*나눠\s*보겠습니다)[.!]?(?=\s*$|\s*◀)"  # "… 한가현 기상캐스터와 알아보겠습니다.", "… 기자와 함께 이야기 나눠보겠습니다."
    rf"|(?<![가-힣])(?P<reported>{KO_NAMES_STRICT})\s*(?:{TITLES})의\s*보도입니다[.!]?(?=\s*$|\s*◀|\s*/)"  # "문영규 기자의 보도입니다."
    rf"|(?<=[.!?]\s)(?P<introduced>{KO_NAMES_STRICT})\s*(?:{TITLES})입니다[.!]?(?=\s*◀\s*END)"  # "… 조인호 기자입니다. ◀END▶"
)
# An English anchor hands over: "Ji Myung-kil has our top story.", "Our … correspondent Kwon Soa starts us off.",
# "Our Kim Bum-soo has more."
EN_ANCHOR_INTRO_RE = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Oo]ur\s+(?:[A-Z][\w&]*\s+){0,4})?(?:[Cc]orrespondent|[Rr]eporter)\s+|[Oo]ur\s+)?"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})\s+"
    r"(?:has (?:our top story|the story|the details|more|this report|the latest)|starts us off|filed this report|"
    r"reports(?: from [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)\.?$"  # "Kim Gi-hwa reports." closing the anchor's lead
    # opening a sentence: "As NPR's Ari Shapiro reports, Romney is chasing …"
    r"|(?:^|(?<=[.!?]\s))As\s+(?:[A-Z][\w&]*['’]s\s+|our\s+)?(?P<as_name>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})"
    r"\s+reports(?: from [A-Z][a-z]+(?: [A-Z][a-z]+)?)?,"
)
# An anchor hands over to "our" reporter: "First, our top office correspondent Song Ji-sun.", "… let's go
# live to our Song Ji-sun.", "Our Kwon Soa who has been following … brings us the latest."
EN_ANCHOR_OUR_RE = re.compile(
    r"\b[Oo]ur\s+(?:[a-z][\w-]*\s+){0,4}?(?:(?:[Cc]orrespondent|[Rr]eporter)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})(?:\.(?:\s|$)|,?\s+who\b.{0,160}?\bbrings us\b)"
)
# "최승영 기자의 전체기사 보기": a link to the reporter's other stories names the reporter.
MORE_BY_REPORTER_RE = re.compile(
    rf"^(?P<names>{KO_NAMES_STRICT})\s*(?:{TITLES})의\s*(?:다른\s*|전체\s*)?기사\s*(?:더\s*)?보기"
)
# "Reporter Park Dong-il": an English role word before a name, no colon.
EN_ROLE_NAME_RE = re.compile(
    r"^(?:Reporter|Correspondent|Staff [Ww]riter|Writer)s?\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3})$"
)
# A writer's one-sentence biography closing the story: "Jane Doe has been the news director at KXYZ since
# 2011.", "John Kim is a Seoul correspondent for The Daily." (a role word, then where, at most).
EN_BIO_LINE_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}) (?:is|was|has been) (?:a|an|the|our) (?:[\w'’-]+ ){0,3}?"
    r"(?:reporter|correspondent|staff writer|writer|editor|journalist|columnist|news director|bureau chief|contributor)"
    r"(?: (?:at|for|of|with|in|based in) [^.!?]{2,60}?)?(?: since (?:19|20)\d\d)?\.$"
)
# A tip or subscription link closing a byline line: "홍길동 기자 ▶ 기사제보", "[기사제보 tip@…]".
TIP_LINK_WORDS = ("제보", "구독", "카카오톡", "문의")
TRAILING_TIP_LINK_RE = re.compile(
    rf"\s*(?:[▶☞►▷]\s*|\[\s*)(?:기사\s*)?(?:{'|'.join(TIP_LINK_WORDS)})|\s구독(?:\s*구독중)?\s*$"  # "김철수기자 구독 구독중"
)
# A name alone beside an address, "Kim Min-ji (minji@…)", "홍길동 hong@…": a Korean name, three
# syllables in Hangul (not "제보: tip@…") or romanised with its hyphenated given name (not
# "Customer Service (help@…)").
NAME_BESIDE_EMAIL_RE = re.compile(r"[가-힣]{3}|[A-Z][a-z]{1,5} [A-Z][a-z]+-[a-z]+")
# A romanised Korean name and its outlet after a comma: "Kim Min-ji, Korea JoongAng Daily".
EN_NAME_COMMA_OUTLET_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]{1,5} [A-Z][a-z]+-[a-z]+),\s+(?P<outlet>[A-Z][A-Za-z .&'-]{2,40})$"
)
# What separates the names of an English byline: "Hyonhee Shin, Joyce Lee and Ju-min Park", "A & B".
EN_NAME_SEPARATOR_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")
# An English edition's bracketed byline opening the lead: "[Asia Economy Reporter Song Seung-yoon] Park …".
EN_BRACKET_OUTLET_REPORTER_RE = re.compile(
    r"^\[(?P<outlet>[A-Z][A-Za-z&.' ]{1,40}?)\s+(?:Staff\s+)?(?:Reporter|Correspondent|Writer)s?\s+"
    r"(?P<names>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3}(?:\s*(?:,|and)\s*[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3})*)\]\s*(?P<rest>.*)$"
)
# A page's markup identifier left alone on a line: "bar_progress", "amn_close".
IDENTIFIER_LINE_RE = re.compile(r"[a-z]+(?:_[a-z0-9]+)+")
# A name and its role after a comma: "Jess Oakley, Reporter", "Kim Se-jeong, Staff Writer".
EN_NAME_COMMA_ROLE_RE = re.compile(
    r"^(?:[Bb]y\s+)?(?P<name>(?!By\s)[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3}),\s+(?:Staff\s+)?(?:Reporter|Correspondent|Writer|Contributor)$"
)
# A name and its beat's title on one line, no comma, as Zimbabwe's Herald signs: "Fungai Lupande Senior Court Reporter".
_EN_BEAT_WORDS = (
    r"(?:Senior|Chief|Political|Court|Business|Sports|Health|Crime|Staff|Special|Foreign|Deputy|Assistant|Associate|"
    r"Investigations|Features|Education|Parliamentary|Diplomatic|Environment|Agriculture|Entertainment|Regional|"
    r"Municipal|City|Provincial|Bureau|Managing|Executive|Contributing|Economics|Science|Technology|Defence|Defense)"
)
# A name, a comma and its outlet's staff, as a local site's card signs ("Vincent Salzo, Patch Staff"), maybe with
# the badge's alt text glued on ("… Patch StaffVerified Patch Staff Badge").
EN_NAME_OUTLET_STAFF_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}),\s+(?:[A-Z][\w&.'’-]*\s+){1,3}Staff(?:\s*Verified\b.{0,40})?$"
)
# A name, then its beat in lowercase words, as a live blog's card prints it: "Chris Stein US politics live blogger".
EN_NAME_LOWER_ROLE_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}?)\s+(?:[A-Z][A-Za-z]*\s+){0,2}(?:[a-z]+\s+){0,3}"
    r"(?:blogger|reporter|correspondent|editor|writer|columnist|journalist)$"
)
EN_NAME_BEAT_ROLE_RE = re.compile(
    rf"^(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{1,2}}?)\s+(?:{_EN_BEAT_WORDS}\s+){{1,3}}"
    r"(?:Reporter|Correspondent|Writer|Editor)$"
)
# A writer's title closing a "By" line, with or without a comma: "By X Editor At Large", "By X Political Editor".
EN_TRAILING_ROLE_RE = re.compile(
    rf"(?:,\s*|\s+)(?:{_EN_BEAT_WORDS}\s+){{0,3}}(?:Reporter|Correspondent|Writer|Editor|Columnist|Contributor)"
    r"(?:[- ][Aa]t[- ][Ll]arge)?$"
)
# Broadcast sign-offs: "지금까지 경제부 홍길동 기자였습니다", "한빛 뉴스 홍길동입니다",
# "로스앤젤레스 박윤수 특파원입니다.", "제주에서 한빛뉴스 홍길동입니다." (where it was reported from)
SIGNOFF_RE = re.compile(
    rf"^(?:지금까지\s+)?(?:(?P<where>[가-힣]{{1,8}})에서\s+)?(?:(?P<pre>[가-힣A-Za-z]+(?:\s[가-힣A-Za-z]+)?)\s+)??(?P<names>{KO_NAMES})\s*"
    rf"(?P<title>{TITLES})?\s*(?:[\[(]\s*(?P<email>{EMAIL_RE.pattern})\s*[\])]\s*)?{_SIGNOFF}[.!]?"
    rf"(?:\s*[\[(]\s*(?P<email_after>{EMAIL_RE.pattern})\s*[\])])?$"  # "MBN뉴스 이상주입니다. [stype@mk.co.kr]"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# An English date run into a Korean headline: "… 없었다Nov 11, 2010 03:47 PM KST".
GLUED_EN_MONTH_RE = re.compile(rf"(?<=[가-힣])(?={_MONTH} \d)")
# A card's writer run into its date at the line's end: "Colin ZwirkoNovember 18, 2024".
GLUED_CARD_DATE_RE = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, (?:19|20)\d{2}$)"
)
# "SEOUL, May 16 (Yonhap) --", "MEXICO CITY (AP) —", "SEOUL, South Korea --", "TOKYO/SEOUL (Reuters) -", and the day
# first, as British and Gulf desks print it: "LONDON, 9 May (Reuters) -", "ABU DHABI, 9th May, 2022 (WAM) --".
EN_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+)*(?:/[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+)*)*"
    rf"(?:,\s*(?!{_MONTH}\s+\d)[A-Z][a-zA-Z'.-]+(?:\s[A-Z][a-zA-Z'.-]+)*)?)"
    rf"(?:,?\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s*\d{{4}})?),?\.?)?"
    rf"\s*(?:\((?P<agency>[^()]{{2,40}})\)|/(?P<slashed>[A-Za-z][A-Za-z-]{{1,20}})/)?"
    rf"(?:\s*(?:--|—|–|―|-|:)\s*|(?<=\));\s*(?=[A-Z])|(?<=\))\s+[_\"]\s+(?=[A-Z])|(?<=\))\s+(?=[A-Z\"“‘]))(?P<rest>.*)$"
)  # a semicolon may close the wire ("COLOMBO (News 1st); The Voice …"); the dash may be lost after the agency:
# "NEW YORK (AP) U.S. Sen. Frank Lautenberg's …"; old AP copy prints it as an underscore: "SEOUL, South Korea
# (AP) _ South Korean President-elect …", and a page that lost its encoding as a straight quote: "SEOUL, South
# Korea (AP) " North Korea on Sunday …"
# A wire dateline after a photo's caption (a sentence) and credit in the same paragraph, with its date,
# wire and dash: "… on May 8, 2025. Joint Press Corps SEOUL, May 8 (AJP) - Lee Jae-myung …".
EN_GLUED_WIRE_DATELINE_RE = re.compile(
    rf"(?:(?<=[.)])|(?<=[a-z]))\s+(?:[A-Z][A-Za-z-]*\s+){{0,4}}?(?P<place>[A-Z]{{3,}}(?:[ /][A-Z]{{2,}})*(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?),\s*"
    rf"{_MONTH}\s+\d{{1,2}}\s*\((?P<agency>[A-Za-z][A-Za-z .-]{{1,30}})\)\s*(?:--|—|–|-)\s*(?=[A-Z\"“‘])"
)
# "SEOUL (AFP) Jul 27, 2004": a dateline line of its own, dated, the story on the next line.
# A broadcaster's dateline with its name and no parentheses: "Seoul, South Korea CNN — South Korea's …".
EN_BARE_AGENCY_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)?)\s+"
    r"(?P<agency>CNN|AP|AFP|Reuters|UPI|Bloomberg|NPR)\s*(?:--|—|–)\s*(?P<rest>\S.*)$"
)
# "Reporting from Seoul, South Korea" under a byline (The New York Times): the dateline.
EN_REPORTING_FROM_RE = re.compile(
    r"^Reporting from (?P<place>[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?)$"
)
EN_DATED_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+)*(?:,\s*[A-Z][a-zA-Z'.-]+)?)\s*\((?P<agency>[^()]{{2,40}})\)\s*"
    rf"{_MONTH}\s*\d{{1,2}},?\s*\d{{4}}\s*$"
)
# "Seoul, September 26 (IANS): ..." -- a place in title case needs the date and the agency;
# Indian wires print no mark after the agency: "New Delhi, Feb 4 (PTI) The fifth edition ...", and
# ANI its state and country after the city: "Srinagar (Jammu and Kashmir) [India], May 28 (ANI): …", and
# Ghana's wire its name after the date, with no brackets: "Accra, May 18, GNA – …".
EN_TITLECASE_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)(?:\s*\([A-Z][A-Za-z .&'-]{{1,40}}\))?(?:\s*\[[A-Z][A-Za-z .&'-]{{1,30}}\])?"
    rf",\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\.?\s*"
    rf"(?:\((?P<agency>[^()]{{2,40}})\)\s*(?:(?:--|—|–|―|-|:)\s*|(?=[A-Z\"“‘]))"
    rf"|/(?P<slashed>[A-Za-z][A-Za-z-]{{1,20}})/\s*(?:--|—|–|―|-|:)\s*"
    rf"|,\s*(?P<bare>[A-Z]{{2,6}})\s*(?:--|—|–|―)\s*)(?P<rest>.*)$"  # "Accra, May 18, GNA – Parliament …"
)
# A labelled date run into the text after it, as a page's blocks flatten: "Episode Date: December 11, 2024Security …".
GLUED_LABELLED_DATE_RE = re.compile(
    rf"^(?:[A-Z][a-z]+ )?(?:Date|Published|Posted|Updated|Aired)\s*:?\s*{_MONTH}\s+\d{{1,2}},\s*(?:19|20)\d{{2}}(?=[A-Z\"“])"
)
# Countries that follow a city in datelines: "Seoul, South Korea — ...", "SEOUL, South Korea The first ...".
DATELINE_COUNTRIES = (
    "South Korea", "North Korea", "Korea", "Japan", "China", "Taiwan", "Hong Kong", "Russia", "Ukraine",
    "India", "Pakistan", "Indonesia", "Malaysia", "Singapore", "Thailand", "Vietnam", "Philippines",
    "Australia", "New Zealand", "Germany", "France", "Britain", "England", "Italy", "Spain", "Belgium",
    "Switzerland", "Israel", "Iran", "Iraq", "Turkey", "Egypt", "Qatar", "Saudi Arabia", "Mongolia",
    "Canada", "Mexico", "Brazil", "Argentina", "United States", "U.S.", "Calif.", "N.Y.", "D.C.",
)  # fmt: skip
_COUNTRY = _alternation(DATELINE_COUNTRIES)
# A city and its country, then a dash or straight into the story: no date or agency needed, the
# country says it is a place.
EN_COUNTRY_DATELINE_RE = re.compile(
    rf"^(?P<place>(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{{3,}}(?:\s[A-Z]{{2,}})?),\s*(?:{_COUNTRY}))"
    rf"\s*(?:\((?P<agency>[A-Z][A-Za-z .&'-]{{1,30}})\)\s*)?(?:--|—|–|―|(?<=\s)-(?=\s))\s*(?P<rest>\S.*)$"
)  # "Tokyo, Japan - Japan summoned …": a spaced hyphen for the dash
# The dash lost in a text dump: "SEOUL, South Korea The first reunions ..." (capitals only), even
# with the space: "SEOUL, South KoreaNorth Korea warned …".
EN_UNDASHED_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z]{{3,}}(?:\s[A-Z]{{2,}})?,\s*(?:{_COUNTRY}))(?:\s+|(?=[A-Z][a-z]))(?P<rest>[A-Z][a-z]*\s.*)$"
)
# An all-caps place glued to the story by a long dash: "TOKYO–Special envoys of ...".
EN_GLUED_DATELINE_RE = re.compile(r"^(?P<place>[A-Z]{3,}(?:\s[A-Z]{2,}){0,2})[—–](?P<rest>[A-Z\"“‘].*)$")
# "KARACHI-During a police encounter …": a hyphen glued to a city in capitals on one side or both.
EN_GLUED_HYPHEN_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z]{3,}(?:\s[A-Z]{2,}){0,2})(?:-\s?|\s-)(?P<rest>[A-Z][a-z].*)$"
)
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "New Delhi, August 29": a dateline line of its own above the story, the year often left out.
EN_PLACE_DATE_LINE_RE = re.compile(
    rf"^(?!{_WEEKDAY_NAME}\b|{_MONTH}\s)(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}|[A-Z]{{3,}}(?:\s[A-Z]{{2,}}){{0,2}}),"
    rf"\s*{_MONTH}\s+\d{{1,2}}(?:,\s*(?P<year>\d{{4}}))?\s*[:—–-]?\s*$"  # "PUTRAJAYA, July 5, 2015:"
)
# "By IANS, Hyderabad: Expert assistance ...": a wire credited as the byline, then the place.
EN_AGENCY_PLACE_RE = re.compile(
    r"^(?i:by)\s+(?P<agency>[A-Z]{2,6}|Reuters|Yonhap|Bloomberg|Xinhua|Kyodo),\s*"
    r"(?P<place>[A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+){0,2})\s*(?::|--|—|–|―)\s*(?P<rest>\S.*)$"
)

# Timestamps --------------------------------------------------------------------------------
_AMPM = r"(?P<ampm>오전|오후|[AaPp]\.?\s?[Mm]\.?)"
_TIME = (
    rf"(?:{_AMPM}\s*)?(?P<hour>\d{{1,2}})\s*(?::|시|\.(?=\d{{2}}\s*(?:GMT|BST|UTC|CET|CEST|[AaPp]\.?[Mm]\.?)(?![A-Za-z])))\s*(?P<minute>\d{{1,2}})\s*분?"
    rf"(?:(?:\s*:\s*|\s*분?\s*(?=\d{{1,2}}\s*초))(?P<second>\d{{1,2}})(?!\d)\s*초?)?(?:\s*(?P<ampm2>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z]))?"
)
# The zones a page names: those of TZ_OFFSETS and America's two seasonal ones ("01:22 AM ET").
_ZONE_NAMES = _alternation(sorted({*TZ_OFFSETS, "ET", "PT"} - {"Z"}))
_ZONE = (  # "GMT+9" and "UTC+09:00" before the bare names: the offset is the page's
    rf"(?:\s*\(?(?P<zone>(?:GMT|UTC)[+-]\d{{1,2}}(?::?\d{{2}})?(?![\d:])|(?:{_ZONE_NAMES})(?![A-Za-z])"
    r"|[+-]\d{2}:?\d{2})\)?)?"
)
_WEEKDAY = r"(?:\s*\(?(?:[월화수목금토일](?:요일)?|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)?)?"
ISO_RE = re.compile(r"(?P<iso>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))")
NUMERIC_DATE_RE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*(?:[-./]|년)\s*(?P<month>\d{1,2})\s*(?:[-./]|월)\s*"
    rf"(?P<day>\d{{1,2}})(?!\d)\s*(?:[.일]|-(?=\s*(?:오전|오후|\d{{1,2}}:)))?{_WEEKDAY}"  # "2025- 02- 25- 오전 10:13"
    rf"(?:\s*[,|]?\s*[\[(]?\s*{_TIME}\s*[\])]?)?{_ZONE}"
)
# Relative times a page prints beside the date: "Updated an hour ago", "3 minutes ago".
RELATIVE_TIME_RE = re.compile(
    r"(?:/\s*)?(?:Updated|Published)?\s*(?:an?|\d+)\s+(?:second|minute|hour|day|week)s?\s+ago", re.I
)
# Day or month first: "29-05-2025" (day first with dashes and dots), "10/21/2024" (US, month first).
NUMERIC_DMY_RE = re.compile(
    rf"(?<![\d.:/-])(?P<lead>\d{{1,2}})(?P<sep>[-./])(?P<follow>\d{{1,2}})(?P=sep)(?P<year>(?:19|20)\d{{2}})(?![\d.]\d)"
    rf"(?:\s*[,|]?\s*{_TIME})?{_ZONE}"
)
EN_DATE_RE = re.compile(
    rf"(?P<monthname>{_MONTH})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,|\.(?=\s(?:19|20)\d\d))?\s*(?P<year>\d{{4}})"
    rf"(?:\s*(?:,|\.|at|-|–|—|\||/)?\s*{_TIME})?{_ZONE}",
    re.IGNORECASE,
)
# A photo's credit or a page's widget text left in a headline glued to its lead.
GLUED_CREDIT_RE = re.compile(r"제공|DB\s*금지|캡처|캡쳐|사진|자료|설정|구독|이미지|[/ⓒ©]|^\W*$")
# One Hangul syllable (가-힣), the unit Korean text is counted in.
HANGUL_SYLLABLE_RE = re.compile("[\uac00-\ud7a3]")
# A short bracketed line: a paper's running head when the page repeats it ("[The Corea Courier]").
RUNNING_HEAD_RE = re.compile(r"^\[[^\[\]]{2,40}\]$")
# A deck run into its headline: "… for tourismVillagers on the east coast open their homes".
GLUED_DECK_RE = re.compile(r"(?<![A-Za-z])[a-z]{4,}(?P<deck>[A-Z][a-z]+(?:\s+\S+){2,})$")
# Several writers, then the date, on one line: "Minji Kang | Won-Gi Jung November 24, 2020".
_NAMES_SEPARATOR = r"\s*(?:\||,|·|&|\band\b)\s*"
NAMES_SEPARATOR_RE = re.compile(_NAMES_SEPARATOR)
NAMES_THEN_DATE_RE = re.compile(
    rf"^(?P<names>[^\d|]{{3,40}}(?:{_NAMES_SEPARATOR}[^\d|]{{3,40}})+?)\s+"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}},\s*\d{{4}}|\d{{4}}[-./]\s?\d{{1,2}}[-./]\s?\d{{1,2}}\.?)$"
)
GIVEN_NAME_FIRST_RE = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5} (?P<surname>[A-Z][a-z]{1,5})")
# A time printed before its date: "All News 22:58 July 25, 2019", "Updated: 10:15am, 29 Sep, 2019".
EN_TIME_DATE_RE = re.compile(
    rf"(?<![\d:]){_TIME}{_ZONE}\s*,?\s+(?:on\s+)?(?:(?:{_WEEKDAY_NAME}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),?\s+)?"
    rf"(?:(?P<monthname>{_MONTH})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})\s+(?P<monthname2>{_MONTH})),?\s*"
    rf"(?P<year>\d{{4}})",
    re.IGNORECASE,
)
EN_DATE_DMY_RE = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|\s*-\s*)(?P<monthname>{_MONTH})(?:,\s*|\s+|\s*-\s*)(?P<year>\d{{4}})"  # "20 - Mar - 2017"
    rf"(?:\s*(?:,|at|-)?\s*{_TIME})?{_ZONE}",  # "30th November 2000" too
    re.IGNORECASE,
)
# After a label only, where nothing else can be meant: "입력 2022 11 20 20:28", "Posted on: Friday, …".
SPACED_DATE_RE = re.compile(
    rf"^\s*(?P<year>(?:19|20)\d{{2}})\s+(?P<month>\d{{1,2}})\s+(?P<day>\d{{1,2}})(?!\d)(?:\s+{_TIME})?{_ZONE}"
)
# A two-digit year, read only right after a time's label: "입력 24.05.16 16:57".
SHORT_YEAR_DATE_RE = re.compile(
    rf"^\s*(?P<year>\d{{2}})(?P<sep>[./-])(?P<month>\d{{2}})(?P=sep)(?P<day>\d{{2}})(?!\d)\.?(?:\s+{_TIME})?{_ZONE}"
)
LEADING_WEEKDAY_RE = re.compile(rf"\s*(?:{_WEEKDAY_NAME}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)\s*,?\s*")
# Times that are not the story's: when the page was printed or accessed.
NOT_PUBLICATION_TIME_RE = re.compile(
    r"(?:프린트|출력|인쇄|접속|조회)\s*(?:시간|일시|일자|날짜)|\b(?:Printed|Accessed|Retrieved|Downloaded)\b|"
    r"(?:제출|접수|신청|응모|지원)\s*(?:기한|기간|마감)|마감\s*(?:일|일시|기한)\b|기한\s*[:：]"  # a call's deadline
    r"|\d\s*기준\s*$"  # "2022.08.01 00:00 기준": what a ranking or a count was as of
    r"|^\s*[-•·▲■]?\s*일\s*시\s*[:：]"  # "일시: 2015년 2월 27일" over "장소: …": when an event takes place
    r"|오늘의\s*(?:신문|지면)|Today'?s\s+(?:paper|print\s+edition)"  # a box linking to the day's print edition
    r"|기자\s*\(\s*(?:19|20)\d\d\s*[./-][\s\d./-]{3,8}\)\s*$"  # "철원=양동욱 기자(2019. 2. 20)": when a picture was taken
)
# A label ends its word: "편집부", "작성자", "발행인" are a desk and people, not "edited", "written", "issued".
PUBLISHED_LABEL_RE = re.compile(
    rf"{_opening_one_of(PUBLISHED_LABELS)}(?<![A-Za-z])(?:{_alternation(PUBLISHED_LABELS)})(?:\s*(?:일시|시간))?(?![A-Za-z가-힣])\s*[:：]?",
    re.I,
)
UPDATED_LABEL_RE = re.compile(
    rf"{_opening_one_of(UPDATED_LABELS)}(?<![A-Za-z])(?:{_alternation(UPDATED_LABELS)})(?:\s*(?:일시|시간))?(?![A-Za-z가-힣])\s*[:：]?",
    re.I,
)

# Photo credits ------------------------------------------------------------------------------
KNOWN_OUTLETS_FOR_CREDITS = (
    "연합뉴스",
    "뉴스1",
    "뉴시스",
    "AP",
    "AFP",
    "EPA",
    "로이터",
    "Reuters",
    "Yonhap",
    "게티이미지",
    # Pool photographers: "… 연설을 하고 있다. /국회사진취재단"
    "국회사진취재단",
    "국회사진기자단",
    "사진공동취재단",
    "청와대사진기자단",
    "대통령실사진기자단",
)
# Every credit pattern below holds one of these: lines without them skip the patterns.
# A photo caption with its source's name after it and no mark, as the portals print it:
# "부두에 컨테이너가 쌓여 있다. 연합뉴스".
CAPTION_SOURCE_RE = re.compile(r"^(?P<caption>.+[.!?])\s+(?P<source>\S{2,15})$")
PHOTO_CREDIT_HINTS = (
    "출처",
    "사진",
    "제공",
    "=",
    "/",
    "ⓒ",
    "©",
    "그래픽",
    "자료",
    "영상",
    "이미지",
    "Photo",
    "photo",
    "PHOTO",
    "Image",
    "Courtesy",
    "courtesy",
    "Credit",
)
PHOTO_CREDIT_RES = (
    # [사진=경기도], (사진=연합뉴스), <사진 제공=경기도>, /사진=뉴스1
    re.compile(
        r"[\[(<【]\s*(?:사진|영상|그래픽|그림|자료|이미지)\s*(?:제공|출처)?\s*[=:]\s*(?P<credit>[^\])>】]{1,40}?)\s*[\])>】]"
    ),
    re.compile(r"(?:^|\s|/)\s*(?:사진|그래픽|그림|자료사진)\s*(?:제공|출처)?\s*=\s*(?P<credit>[^\s\])>].{0,38}?)\s*$"),
    # "사진|네이트 캡처": a credit line of its own, a bar for the equals sign
    re.compile(r"^\s*(?:사진|그래픽|자료사진)\s*(?:제공)?\s*[|ㅣ]\s*(?P<credit>[^\s|].{0,38}?)\s*$"),
    # "최영철 기자, 조수빈 아나운서 출처 = KBS": a caption naming the people pictured, then its source
    re.compile(r"(?:^|\s)출처\s*[=:]\s*(?P<credit>[^\s=].{0,30}?)\s*$"),
    # <경기도 제공>, (경기도 제공), [경기도 제공]
    re.compile(r"[\[(<【]\s*(?P<credit>[^\[\]()<>【】]{1,30}?)\s*제공\s*[\])>】]"),
    # [AP=연합뉴스], (워싱턴 AFP=연합뉴스), AFPBBNews=뉴스1
    re.compile(r"[\[(<]\s*(?P<credit>[A-Za-z가-힣 ]{1,20}=[A-Za-z0-9가-힣]{1,15})\s*[\])>]\s*$"),
    re.compile(r"(?:^|\s)(?P<credit>AFPBBNews=뉴스1|EPA=연합뉴스|AP=연합뉴스|AFP=연합뉴스|로이터=연합뉴스)\s*$"),
    # "네이버 '요약봇' 서비스. / 네이버 홈페이지 발췌": a source after a slash, taken or given
    re.compile(r"(?<=[.!?])\s*/\s*(?P<credit>[^/\s][^/]{1,30}?\s*(?:발췌|제공|캡처|캡쳐|촬영))\s*$"),
    # "...걷고 있다. /연합뉴스" (a known outlet after a slash closes the caption)
    re.compile(rf"\s/\s*(?P<credit>{'|'.join(re.escape(o) for o in KNOWN_OUTLETS_FOR_CREDITS)})\s*$"),
    # ⓒ News1 홍길동 기자
    re.compile(rf"ⓒ\s*(?:News1|뉴스1)\s*(?P<credit>{KO_NAME})\s*(?:{TITLES})?\s*$"),
    # Photo: Yonhap, [Photo by Jane Doe], (Photo courtesy of X), Image: Getty Images, Courtesy of X; not a
    # headline's kicker, whose words run on in lower case ("PHOTOS: People visit poll booths to vote")
    re.compile(
        r"[\[(]?\s*(?:Photos?|Photograph|Image)\s*(?:by|:|courtesy(?: of)?|=)\s*(?!(?-i:[^\])]*\b[a-z]+\s+[a-z]+\s+[a-z]+\b))"
        r"(?P<credit>[^\])]{1,60}?)\s*[\])]?\s*$",
        re.I,
    ),
    # "… every day at Arirang TV. Photo provided by Kwon Joo-hyun." (not "This photo provided by X shows …")
    re.compile(r"(?:^|(?<=[.!?]\s))Photos? (?:provided|taken) by (?P<credit>[^()\[\].]{1,40}?)\.?$"),
    re.compile(r"[\[(]\s*(?:Courtesy of|Credit:)\s*(?P<credit>[^\])]{1,60}?)\s*[\])]\s*$", re.I),
    # A wire photographer closing an English caption: "…, 29 May 2014, AP Photo/Ahn Young-joon",
    # "… Seoul. REUTERS/Kim Hong-Ji/Pool", "… REUTERS/Kim Hong-Ji/File Photo", "(AFP via Getty Images/Jung Yeon-je)"
    re.compile(
        r"(?:^|[\s,.])\(?(?P<credit>(?:AP Photo|REUTERS|Reuters|AFP(?: via Getty Images)?|EPA(?:-EFE)?|Getty Images|"
        r"Xinhua|Yonhap|Bloomberg|KCNA via REUTERS)/[A-Z][A-Za-z'’.-]*(?:\s[A-Z][A-Za-z'’.-]*){0,3}(?:/(?:Pool|File|Handout)(?: Photo)?)?)\)?\s*$"
    ),
)

# A wire's photo credit alone on the line under its photographer's name ("Ahn Young-joon" / "AP Photo").
WIRE_PHOTO_LINE_RE = re.compile(
    r"^(?:AP Photo|REUTERS|Reuters|AFP(?: via Getty Images)?|EPA(?:-EFE)?|Getty Images|Xinhua|Yonhap|Bloomberg)$"
)
# A wire photo's caption dated, its photographer run on after it: "… Seoul, South Korea June 22, 2017.Kim Hong-Ji".
DATED_CAPTION_CREDIT_RE = re.compile(r"(?<=[12]\d{3}\.)\s*(?P<credit>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})\s*$")
CAPTION_DATE_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+[12]\d{3}\."
)
# "▲ 본사 사옥. … office building.  ©브레이크뉴스": a caption marked ▲, its copyright holder after it.
MARKED_CAPTION_CREDIT_RE = re.compile(r"\s[ⓒ©]\s*(?P<credit>[^\s©ⓒ]{2,20})\s*$")
HASHTAG_LINE_RE = re.compile(r"^(?:#[^\s#]+\s*){1,}$")
DISCLAIMER_LINE_RE = re.compile(
    r"^(?:[-\s<\[]*(?:ⓒ|©|Ⓒ|\(c\))|(?-i:Copyright(?!\s+[a-z])(?![a-z]))|[<\[]?(?:저작권자|무단전재)(?![가-힣])|관련기사|기사제보|제보하기|제보는|카카오톡|▶|☞|"
    r"구독|좋아요|공유하기|Share this|Related|Read more|More from|Our Standards|Thomson Reuters Trust Principles|"
    r"Sign up here|Licensing Rights|Suggested Topics|\(END\)$|\(끝\)$|/?끝/?$|This website uses cookies|"
    r"(?:최신|인기|주요|추천|많이\s*본)\s*(?:기사|뉴스)$|"  # a box of other stories under the story
    # a syndicating site's notes under a wire story and its comment box's rules
    r"This story has been automatically published from|.{0,60}is committed to providing a forum for civil|"
    r"Please keep your comments respectful|If you would like to share a story idea|"
    r"(?:[\"“][^\"”]{1,30}[\"”]\s*)?(?:POPULAR ARTICLES?|MOST POPULAR|Most Popular|Popular (?:Articles?|Stories))\s*$|"
    # a comment box under the story: "댓글삭제", "삭제한 댓글은 다시 복구할 수 없습니다.", "이 기사에 대해 어떻게 생각하시나요?"
    r"댓글\s*삭제$|삭제한 댓글은 다시 복구할 수 없습니다|이 기사에 대해 어떻게 생각하시나요\?|댓글을 남겨주세요|"
    # its rules: "의견쓰기::상업광고,인신공격,비방,욕설,음담패설등의 코멘트는 예고없이 삭제될수 있습니다."
    r"의견\s*쓰기\s*[:：]|.{0,40}(?:인신공격|욕설|비방).{0,60}삭제\s*될\s*수\s*있습니다|"
    # a newsroom's call for tips boxed under the story: "※ '당신의 제보가 뉴스가 됩니다'", "제보가 세상을 바꿉니다."
    r"※?\s*['‘\"“]?(?:당신의\s*)?제보가\s[^.]{0,20}(?:됩니다|바꿉니다)[.'’\"”]*$|"
    # a print page's footer: "이 기사는 한빛신문 홈페이지(…)에서 프린트 되었습니다", "URL : http://…"
    r"이\s*기사는\s.{1,60}에서\s*(?:프린트|출력|인쇄)|URL\s*:\s*https?://|(?:프린트|출력|인쇄)\s*(?:시간|일시))",
    re.I,
)

# Page widgets that text dumps keep around an article: share buttons, counters, font controls.
WIDGET_LINE_RE = re.compile(
    r"^(?:이 기사를 공유합니다|기사를 공유합니다|공유하기|좋아요|댓글\s*\d*|댓글\s*쓰기|댓글보기|기사\s*더보기|"
    r"기사보내기|SNS\s*기사보내기|기사저장|스크랩|인쇄|인쇄하기|URL\s*복사|링크\s*복사|글씨\s*(?:크기|키우기|줄이기)|"
    r"본문\s*글씨\s*(?:키우기|줄이기)|가|가가|음성으로\s*듣기|번역\s*설정|글씨크기\s*조절하기|"
    r"조회\s*(?:수)?\s*[\d,]+|추천\s*\d*|공감\s*\d*|Share|Share (?:this|the)? ?(?:article|story|page)s?|Print|Email|"
    r"(?:(?:View|Show|Hide|Load|Read|Add)\s+(?:all\s+)?)?Comments?\s*(?:\(\d+\)|\d*)|\d+\s+Comments?|"  # "View Comments"
    r"By(?:\s+(?:Published|Posted|Updated))?\s*:?|Text\s+Size|"  # an empty byline: "By Published:"
    r"바로가기|(?:본문|주메뉴|메뉴|컨텐츠|콘텐츠)\s*바로가기|당신의 의견을 남겨주세요|첫번째 댓글을 남겨주세요|상단여백|여백|"
    r"기사\s*URL이\s*복사되었습니다\.?|전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다\.?|자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다\.?|음성재생\s*설정|번역\s*beta.*|글자\s*크기\s*설정.*|이 글자크기로 변경됩니다\.?|"
    r"\(예시\)\s*가장 빠른 뉴스가.*|Link copied|\d+\s*Min(?:ute)?s?\s*Read|AD|"
    # a reader toolbar and its AI summary's notice (경향신문, with NAVER MEDIA API)
    r"인공지능 기술로 자동 요약된 내용입니다\..*|\(제공\s*=\s*[^)]*NAVER MEDIA API\)|내 뉴스플리에 저장|완독|보기 설정|"
    r"컬러 모드|본문 요약|"
    # a citizen-journalism site's standing invitation over each reader's story (오마이뉴스)
    r"【?오마이뉴스(?:의 모토는|는 개인의 일상을)[^】]*당신의 이야기를 들려주세요\.?】?|"
    r"\(ATTN:[^)]*\)|A?\d{1,2}면|전체보기|Back to Top|맨\s*위로|TOP|icon\S*|기사\s*댓글\s*\d*|읽어주기 기능은 크롬기반의|"
    r"브라우저에서만 사용하실 수 있습니다\.?|기사 읽어주기|듣기|번역하기|글자\s*크기|"
    r"(?:카카오톡|카카오스토리|페이스북|트위터|네이버\s*블로그|밴드|라인|이메일)\s*(?:보내기|공유(?:하기)?)|기사\s*공유|"
    r"facebook\s*공유|twitter|kakao|복사|List|Close|More|Editor's Pick|Go Top|Menu Content|"
    r"Leave a (?:Reply|comment)|Cancel reply|Please enter your (?:comment|name here)!?|"  # a blog's comment form
    r"\*?\s*아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니.*|\*?\s*인터뷰를 인용보도할 때는.*|▶\s*알립니다\s*\|?|"
    r"기사\s*\(\s*[\d,]+\s*건\s*\)(?:\s*(?:리스트형|웹진형|타일형))*|"  # a list page's count: "기사 (257건) 리스트형 …"
    r"반응형|"  # a blog's ad slot (티스토리)
    # a page's notice to readers without scripts, and a video player's help link (YTN)
    r".{0,30}자바스크립트를\s*활성화.*|(?:Please\s+)?enable\s+JavaScript.*|JavaScript\s+is\s+(?:disabled|required).*|"
    r"동영상\s*시청\s*도움말|"
    r"문자(?:\s*보내기)?|"  # the share-by-text button: "• 문자" (문 is a surname, so it read as a name)
    r"정보\s*더보기|글자\s*크기\s*변경하기|SNS\s*보내기|본문\s*요약봇|텍스트\s*음성\s*변환\s*서비스\s*사용하기|기사원문(?:\s*보기)?|"
    r"구독|구독중|다른\s*공유\s*찾기|이전\s*다음|공유|글자\s*크기\s*조정|Your browser does(?:n't| not) support (?:the )?(?:HTML5 )?video(?: tag)?\.?|"
    r"You have entered an incorrect email address!?|Article View Option|원고료로\s*응원|ADVERTISEMENT|Advertisement(?: Banner)?|AD|광고|광고\s*닫기|첫\s*댓글을\s*작성해\s*보세요|댓글\s*첫\s*댓글을\s*작성해\s*보세요|주소\s*복사가\s*완료되었습니다\.?|단축키|Prev\s*이전\s*문서|Next\s*다음\s*문서|ESC\s*닫기|(?:photo\s*)?(?:이미지|사진)\s*(?:크게\s*보기|확대\s*보기|확대)|"
    # skip links: "Skip to Content", "Go Search Go Contents Go to bottom site map"
    r"(?:(?:Go|Skip|Jump)(?: to)? (?:the )?(?:Contents?|Navigation|Main(?: Content)?|Menu|Search|bottom|top)(?: site\s*map)?\s*)+|"
    r"brunch|You can make anything|by writing|C\.\s*S\.\s*Lewis|"  # brunch's masthead and slogan
    r"화면\s*낭독기\s*사용\s*시.{0,60}|"  # a screen reader's skip note: "화면낭독기 사용시 다음 링크들을 이용하면 …"
    r"Members?\s+(?:Free to read|Only)|Showing posts with label .{1,40}|Show all posts|"  # koreaexpose, Blogger
    r"관련\s*사진\s*보기|<?이미지를\s*클릭하시면\s*크게\s*보실\s*수\s*있습니다\.?>?|(?:\S{1,12}\s+)?기사\s*퍼가기|Hold tight\W+we.re checking permissions before loading more content\.?|(?:당신을\s*위한\s*)?(?:AI\s*)?추천\s*기사|(?:Medium|Mobile) App|"  # "부산닷컴 기사퍼가기"
    r"(?:Get|Download|Open|Experience|Read)\b.{0,40}\b(?:our|the) (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} )?(?:mobile )?app\b.{0,40}|"
    # a site's promotions after the story and its search box: "Visit news.dtnext.in to explore our interactive
    # epaper!", "Click here for iOS", "Begin typing your search..."
    r"Visit \S+ to .{0,60}\be-?paper\b.{0,10}|Click here for (?:iOS|Android)|Begin typing your search\W*|"
    r"(?:Next|Previous) Story|Please update your browser|Your browser is out of date.*|"
    r"(?:Posted|Published)\s*:?\s*/\s*Updated\s*:?|"  # "Posted: / Updated:": a card's times, both lost
    # a newsletter's sign-up box in the story: "Register now to our daily newsletter", "The newsletter i cut
    # through the noise"
    r"(?:Register|Sign up|Subscribe)(?: now)? (?:to|for) (?:our|the)\b.{0,40}\bnewsletters?!?|"
    r"The (?:i )?newsletter (?:i )?cut through the noise|"
    r"Already a subscriber\?\s*(?:Log|Sign) in|Keep reading with a free trial|"  # a paywall's box
    r"성별|말하기\s*속도|이동\s*통신망을\s*이용하여\s*음성을\s*재생하면.{0,40}|입력|수정|업데이트|지면\s*보기|[가-힣]{1,4}\s?\d{1,2}면|"  # a portal's text-to-speech box, bare labels, a print page
    r"(?:\S{1,12}\s+)?이\s*기사(?:의)?\s*포인트|로봇|(?:\S{1,10}\s+)?이\s*시각\s*추천\s*뉴스(?:를\s*확인하세요)?|"
    r"실시간\s*랭킹\s*뉴스|닫기|"  # a ranking box's head, a close button  # an AI summary box's label and icon: "mWiz 이 기사 포인트"
    r"기상청\s*제공|최근\s*기사|이 기사는 [\d,]+번 공유됐고 [\d,]+개의 댓글이 있습니다\.?|"  # a weather box's source, a share count
    r"(?:이\s*)?기사를?\s*후원\s*(?:합니다|하기)\.?|(?:네이버|NAVER|다음|Daum)(?:에서)?\s.{1,30}\s구독해\s*주세요\.?)\s*$",  # a donation box, a portal's follow prompt
    re.I,
)
# A board's labelled headline and deck: "제목 : …", "부제목 :" (the deck on the next line).
HEAD_LABEL_RE = re.compile(r"^(?P<label>제목|부제목|부제)\s*[:：]\s*(?P<value>.{0,150})$")
# A line numbered with a circled or dingbat number: "① In the sky …", "➊⑪ Have you read …".
ENCLOSED_NUMBER_START_RE = re.compile("^[\u2460-\u2473\u2776-\u2793]")
# A list's numbered item: "9. 고소득자의 수는 4배나 늘어".
NUMBERED_ITEM_RE = re.compile(r"^(?:\d{1,2}\.\s|[\u2460-\u2473\u2776-\u2793])")
# A photo's credit printed as a copyright line: "© Provided by The Canadian Press", "ⓒ AFP".
BARE_COPYRIGHT_CREDIT_RE = re.compile(
    r"^\s*[©ⓒⒸ]\s*(?:Provided by\s+)?(?!.*(?:rights|무단|재배포|전재|저작권|Copyright))(?P<credit>[^\d,.;:<>\[\]]{2,40})$",
    re.I,
)
# A related-stories box's label alone on its line: "관련기사", "Related Articles".
RELATED_LABEL_RE = re.compile(r"^\s*(?:관련\s*기사|Related(?:\s+(?:Articles|Stories|News))?)\s*$", re.I)
# A headline with its byline run in: "N. Korea sends … for 3rd dayBy Yonhap".
GLUED_BYLINE_RE = re.compile(
    r"^(?P<title>.{10,}?[a-z0-9?!.’”'\")\]])By (?P<by>[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})$"
)
# A Korean headline with its section and reporter run into it: "… 빠른 복구 '기대' 구분사회(박건상 기자)".
GLUED_KO_BYLINE_RE = re.compile(
    rf"^(?P<title>.{{8,}}?)\s*(?:구분\s*[가-힣/·]{{1,8}})?\s*\((?P<names>{KO_NAMES_STRICT})\s*(?P<role>{TITLES})\)$"
)
# An English masthead beside a date: "ABC News", "The Korea Herald", "NK News".
EN_MASTHEAD_RE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][A-Za-z&.]*\s+){0,3}(?:News|Press|Times|Post|Herald|Daily|Journal|Tribune|Gazette|TV)$"
)
# A short quotation alone on its line: an interview's deck ("“대학생 정치 참여 밑거름이 될게요”").
QUOTED_DECK_RE = re.compile(r'^[“"‘\'][^“”"‘’\n]{4,60}[”"’\']$')
# A photo agency's credit run into a dateline: "iStockphoto/Thinkstock(SEOUL) -- Despite …".
GLUED_CREDIT_DATELINE_RE = re.compile(r"^(?P<credit>[A-Za-z]+/[A-Za-z]+)(?=\([A-Z][A-Z .'-]+\)\s*[—–-])")
# A deck that ends on a quotation ("반격 나선 인사이트 "KBS 시청률 폭삭 주저앉았다""): no full stop before it.
QUOTE_CLOSED_DECK_RE = re.compile(r'^[^.。“"‘\']*\S\s[“"‘\'][^“”"‘’\'.。]{2,40}[”"’\']$')
# The mark of a story's photo closing its lead: "… 열렸다.<사진>".
PHOTO_MARK = r"[<(\[]사진[>)\]]"
# An image's file name on a line of its own: "KCTV영상취재팀.jpg", "IMG_2041.JPG".
IMAGE_FILE_LINE_RE = re.compile(r"^[^\s/]{1,60}\.(?:jpe?g|png|gif|webp|bmp)$", re.I)
# Copyright lines that name the outlet: "<저작권자 © 한남일보, 무단 전재 및 재배포 금지>", "Copyright ⓒ 뉴스1."
COPYRIGHT_OUTLET_RE = re.compile(
    r"(?:저작권자|Copyright|ⓒ|©|Ⓒ|\(c\))\s*(?:\(c\)|ⓒ|©|Ⓒ|@)?\s*(?:\d{4}(?:-\d{4})?\s*)?"
    r"(?P<outlet>[A-Z][A-Za-z&'’-]+(?:\s(?:[A-Z][A-Za-z&'’-]+|of|&)){1,4}(?=[.,]|\s+All\b)"  # "Global Economic Times."
    r"|[^\s,.<>()\[\]|/@]{2,20}(?:\s(?:NEWS|News)(?=\s|$))?)",  # "© BBS NEWS 무단전재"
    re.I,
)
# A tip-box address: "▷ 이메일 : kbs1234@kbs.co.kr", "E-mail: tips@…" -- the newsroom's, not a reporter's.
TIP_EMAIL_LINE_RE = re.compile(  # "[메일] tip@…", "◆접수 : recruit@…" (where applications go), "▷ 이메일 tip@…"
    r"^[\W_]*(?:이메일|메일|E-?mail|Email|접수|제출|응모|지원서?\s*접수)\s*(?:처)?\s*(?:[:：\]]|(?=[\w.+-]+@))"
    r"|^We want to hear from you\b.{0,200}@",  # a paper's invitation to readers, with its desk's address
    re.I,
)
# What a provider's time line leaves: "아시아경제 기사제공: 2024-06-01 07:00:00" -> "아시아경제".
PROVIDER_LEFTOVER_RE = re.compile(r"^(?P<outlet>[^\s:]{2,20})(?:\s*(?:기사\s*)?제공)?$")
# A name and address among the dates and issue marks of a header line: "[150호] 2022년 10월 01일 (토) 이용인 yyi@…".
DATED_NAME_EMAIL_RE = re.compile(rf"(?:^|\s)(?P<name>[가-힣]{{2,4}})\s+(?P<email>{EMAIL_RE.pattern})\s*$")
ISSUE_MARK_RE = re.compile(r"\[\s*(?:제\s*)?\d+\s*호\s*\]|\(\s*[월화수목금토일]\s*\)")
# "by Kang Jin-kyu Agence France Presse SEOUL, South Korea (AFP) — …": byline, wire and dateline on one line.
EN_BY_WIRE_DATELINE_RE = re.compile(
    rf"^[Bb]y\s+(?P<names>{EN_NAME}(?:\s*(?:,|and|&)\s*{EN_NAME})*?)\s+"
    r"(?P<wire>Agence France[- ]Presse|Associated Press|Reuters|Yonhap News Agency|Kyodo News)\s+(?P<rest>[A-Z]{3,}.*)$"
)
# A standfirst signed by its writer: "… highlights the need for some straight talking, writes Justin McCurry".
EN_WRITES_RE = re.compile(rf"^(?P<rest>.{{30,}}?),?\s+writes\s+(?P<name>{EN_NAME})\.?$")
# A writer's name and "writes" alone over a personal piece: "Muluba Habanyama writes…".
EN_NAME_WRITES_LINE_RE = re.compile(rf"^(?P<name>{EN_NAME})\s+writes\s*(?:…|\.\.\.|:)?$")
# A press reader's card closing on the writer and the city: "The Guardian Australia - - Front Page - Justin
# McCurry in Tokyo".
EN_CARD_NAME_IN_CITY_RE = re.compile(
    rf"^[A-Z][^\n]{{2,80}}?\s-\s.*\s-\s(?P<name>{EN_NAME})\s+in\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$"
)
# Writers run into the dateline on the lead's line: "By A and B, SEOUL, South Korea (CNN) — North Korea …".
EN_BY_THEN_DATELINE_RE = re.compile(
    rf"^[Bb]y\s+(?P<names>{EN_NAME}(?:\s*(?:,|and|&)\s*{EN_NAME})*?),\s+"
    r"(?P<rest>[A-Z]{3,}[A-Z .'-]*(?:,\s+[A-Z][A-Za-z .]+)?\s+\([A-Za-z .]+\)\s*[-–—].*)$"
)
# A reporter's name in brackets closing a headline (MBC's archive): "달라지는 뉴스 소개[권재홍]".
TITLE_NAME_SUFFIX_RE = re.compile(r"^(?P<title>.*\S)\s*\[(?P<name>[가-힣]{2,4})\]$")
# A desk and its address in brackets: "[MBN 뉴스센터 / mbnreporter01@mbn.co.kr]".
BRACKET_DESK_EMAIL_RE = re.compile(
    rf"^[\[(]\s*(?P<outlet>[^\s/\[\]()]{{2,15}})(?:\s+[^/\[\]()]{{1,15}})?\s*/\s*(?P<email>{EMAIL_RE.pattern})\s*[\])]$"
)
# Timestamp labels left in a header line once its dates are read: "최종편집 강성봉 기자".
LEFTOVER_LABEL_RE = re.compile(r"^(?:최종\s*편집|최종\s*수정|편집|수정|입력|등록|승인|업데이트|송고)\s*[:：]?\s*")
# A section tag before a byline: "[이슈 인사이드 | 문화] 이서현 기자"
SECTION_TAG_RE = re.compile(r"^\[[^\[\]=]{1,20}\]\s*")
# A magazine's name before its byline label: "10 아시아 글. 한여울 기자".
MASTHEAD_BEFORE_LABEL_RE = re.compile(r"^[^\s=]\S{0,9}(?:\s\S{1,10})?\s+(?=(?:글|사진|에디터|정리)\s*[.:：]\s*[가-힣])")
# A header line that closes with "TITLE | time", the name left out: "머니투데이 공채 1기, MTN 기자 | 2010.01.01 08:03".
TITLE_THEN_TIME_RE = re.compile(
    rf"(?:{TITLES})\s*[|│]\s*(?P<when>(?:19|20)\d{{2}}[.\-/]\d{{1,2}}[.\-/]\d{{1,2}}\.?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)$"
)
# An archive page's heading over an author's stories: "Home » Entries posted by KIM TONG-HYUNG".
EN_AUTHOR_ARCHIVE_RE = re.compile(
    r"^(?:Home\s*[»>]\s*)?(?:(?:Latest|Recent|More|All)\s+)?(?:Entries|Posts|Articles|Stories)\s+(?:posted\s+|written\s+)?by\s+",
    re.I,
)
# An author page's line over the writer's stories: "For Soo-hyang Choi's latest contributions to The Japan Times, see below:".
EN_AUTHOR_CONTRIBUTIONS_RE = re.compile(
    r"^(?:For|See)\s+(?P<name>[A-Z][A-Za-z.'’ -]{2,40}?)['’]s\s+(?:latest|most recent|recent)\s+"
    r"(?:contributions|articles|stories|columns|reports)\b"
)
# Capitalised names over a story card with its date: "FOSTER KLUG and KIM TONG-HYUNG|Jun 21, 2024".
EN_CAPS_NAMES_DATE_RE = re.compile(
    r"^(?P<names>[A-Z][A-Za-z .,'’-]+?)\s*[|·]\s*(?P<when>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})$"
)
# A writer beside a card's day and time with no year: "Belmont Lay| February 26, 02:03 PM".
EN_NAME_YEARLESS_TIME_RE = re.compile(
    rf"^(?P<names>[A-Z][A-Za-z .,'’-]+?)\s*[|·]\s*{_MONTH}\s+\d{{1,2}},\s+\d{{1,2}}[:.]\d{{2}}\s?[AaPp]\.?[Mm]\.?$"
)

# An outlet in brackets at the start of a lead: "[금요저널] 연수구는 ..."
BRACKET_OUTLET_RE = re.compile(r"(?:^|\s)[\[(](?P<outlet>[^\[\]()=/|]{2,15})[\])]\s")
# A masthead in brackets opening the lead: "[한국기자연대] 전라남도 나주시가 …".
LEAD_MASTHEAD_RE = re.compile(r"^\[\s*(?P<outlet>[가-힣A-Za-z0-9 ]{2,12}?)\s*\]\s*=?\s+(?=[가-힣])")
# Bracketed rubrics that open headlines and leads but name no outlet.
BRACKET_TAGS = frozenset({
    "단독", "속보", "종합", "포토", "영상", "인터뷰", "기획", "르포", "사설", "칼럼", "현장", "이슈", "시론", "기고",
    "오피니언", "논평", "해설", "분석", "특집", "알림", "사고", "부고", "인사", "동정", "날씨", "영상뉴스", "카드뉴스",
    "공식", "종합2보", "1보", "2보", "업데이트", "상보", "전문", "사진", "그래픽", "팩트체크",
})  # fmt: skip
# A rubric's name ending a bracketed tag: "[이슈분석]", "[기자수첩]", "[종합2보]".
RUBRIC_TAG_RE = re.compile(
    rf"(?:{_alternation(sorted(BRACKET_TAGS))}|수첩|진단|포커스|초점|연재|\d*보|탐사|논단|대담|브리핑|리뷰|화제|스케치|ON|IN)$"
)
# A masthead and its desk signing the lead: "[인사이트] 디지털뉴스팀 = 퇴근길 …".
BRACKET_OUTLET_DESK_RE = re.compile(
    r"^\[\s*(?P<outlet>[^\[\]()=/|\s]{2,15})\s*\]\s*(?P<desk>[가-힣]{2,10})\s*=\s*(?P<rest>\S.*)$"
)
# "Reuters: North Korea has placed ..." -- a wire's name opening a lead.
AGENCY_PREFIX_RE = re.compile(r"^(?P<agency>Reuters|AP|AFP|Yonhap|Xinhua|Kyodo|Bloomberg|UPI|dpa|EFE)\s*:\s+\S")

# Single-syllable family names that cover nearly every Korean byline; a bare-name line must start with one.
KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
    # rarer family names that are seldom the first syllable of a common word (형민우, 피재윤, 감성진)
    "형피감빈견좌팽갈옹라복목계두음범간빙판"
)
# Roles credited beside reporters that are not reporters: "이혜원 작가, 이성훈 기자".
NON_REPORTER_ROLES = frozenset({"작가", "PD", "피디", "디자이너", "아나운서", "그래픽", "촬영", "편집"})
# Two-syllable family names: a four-syllable byline word that opens with one is a name ("남궁민수").
KO_COMPOUND_SURNAMES = frozenset({"남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금", "망절"})
# Section names that sit where a bare byline name would: never a reporter.
SECTION_WORDS = frozenset({
    "정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "오피니언", "사설", "칼럼", "속보", "단독", "종합",
    "포토", "영상", "전국", "지역", "생활", "산업", "금융", "증권", "부동산", "기획", "인터뷰", "뉴스", "홈",
    "전체", "최신", "인기", "많이본", "공지", "기자", "편집", "독자", "특집", "교육", "과학", "건강", "여행",
    "인기기사", "주요기사", "관련기사", "최신기사", "추천기사", "포토뉴스", "헤드라인", "기사목록", "이전기사", "다음기사",
    # a board's field labels, alone on their lines: "제목", "내용" (제, 정 … are family names too)
    "제목", "내용", "정보", "본문", "원문", "출처", "목록", "답변", "질문", "요약", "첨부", "첨부파일", "작성자", "작성일",
    "등록일", "조회", "추천", "이전", "다음", "공유", "댓글", "주소", "전화", "문의",
    "조회수", "추천수", "댓글수", "공감수",  # a page's counters with their figure cut off
    "연재", "인물",  # a series' label and the people section, alone on their lines ("연" and "인" are family names)
    "방송", "방영", "방송일시", "방영일",  # a broadcast's date labels
})  # fmt: skip
# Desk ranks that sign columns on a line of their own: "김광희 부국장", "오석기 문화부장".
DESK_RANKS = r"[가-힣]{0,6}(?:부국장|부장|차장|팀장|국장)"
# A column signed by a desk's head on a line of its own: "신보영 정치부장", "최기영 정치부 차장 |",
# "유학렬 원주취재팀장 부국장".
DESK_HEAD_SIGNATURE_RE = re.compile(
    rf"^(?P<name>[가-힣]{{2,4}})\s+(?P<rank>(?:[가-힣]{{1,8}}[부팀국]\s+)?{DESK_RANKS}(?:\s+{DESK_RANKS})?)\s*[|ㅣ]?$"
)
BARE_KO_NAME_RE = re.compile(rf"^(?P<name>[가-힣]{{2,4}})(?:\s*(?P<title>{TITLES}|{DESK_RANKS}))?$")
# A name and an address, nothing else: "김진현 kjh@darakwon.co.kr", "<김진현 kjh@…>".
NAME_EMAIL_RE = re.compile(rf"^(?P<name>[가-힣]{{2,4}})\s*(?:/\s*)?[(<\[]?\s*(?P<email>{EMAIL_RE.pattern})\s*[)>\]]?$")
# The outlet, the writer and the address, no title: "뉴스엔 배효주 hyo@" (the address cut at its "@").
OUTLET_NAME_EMAIL_RE = re.compile(
    rf"^(?P<outlet>[가-힣A-Za-z0-9]{{2,10}})\s+(?P<name>[가-힣]{{2,4}})\s+(?:(?P<email>{EMAIL_RE.pattern})|{CUT_ADDRESS})\s*$"
)
# Who did what, after the last sentence: "… 노력하겠다. <사진=문승연 사진작가, 글=배성호 기자>", or a
# magazine's run "… 것일까. 취재 = 박수진·변형주 기자/송창섭 월간 MONEY 기자기고 = 조민이 … 사진 = 서범세 기자".
_CREDIT_ROLES = r"사진|글|취재|정리|그래픽|영상|기고"
_ROLE_CREDIT = rf"(?:{_CREDIT_ROLES})\s*=\s*[^<>〈〉()=,·/]{{2,20}}?"
TRAILING_ROLE_CREDITS_RE = re.compile(
    rf"(?<=[.!?\"”’])\s*(?:[<〈(]\s*(?P<boxed>{_ROLE_CREDIT}(?:\s*[,·/]\s*{_ROLE_CREDIT})+)\s*[>〉)]"
    rf"|(?P<run>(?:취재|글|정리)\s*=\s*[^.!?<>=]{{2,120}}(?:(?:{_CREDIT_ROLES})\s*=\s*[^.!?<>=]{{2,120}})*))\s*$"
)
ROLE_CREDIT_RE = re.compile(rf"(?P<role>{_CREDIT_ROLES})\s*=\s*(?P<who>.*?)\s*(?=[,]?\s*(?:{_CREDIT_ROLES})\s*=|$)")
WRITING_ROLES = frozenset({"글", "취재", "정리", "기고"})
# A list item's card glued to its summary: "… 전달하려고2020.08.13@ 한경국" (the date, then "@ writer").
TRAILING_AT_NAME_RE = re.compile(r"(?P<date>(?:19|20)\d\d\.\d\d\.\d\d)?\s*@\s?(?P<name>[가-힣]{2,4})\s*$")
# A byline in angle brackets closing a line: "…6,500원<여동은 기자>", with a stray tag after it.
TRAILING_ANGLE_BYLINE_RE = re.compile(
    rf"\s*[<〈]\s*(?P<names>{KO_NAMES_STRICT})\s*(?P<title>{TITLES})\s*(?P<email>{EMAIL_RE.pattern})?\s*[>〉]"
    r"(?:[가-힣]{2,4}>)?\s*$"
)
# A writer's name in Chinese characters and the address closing a story, as 1990s pages print them.
TRAILING_HANJA_BYLINE_RE = re.compile(
    rf"\s*[<〈]\s*(?P<name>[\u4e00-\u9fff]{{2,4}})\s+(?P<email>{EMAIL_RE.pattern})\s*[>〉]\s*$"
)
# The place and the writer in angle brackets closing a story, the name in Hangul or Chinese characters:
# "… 대단하다. 〈칠곡.李昌熙기자〉", "〈대구·홍길동기자〉".
TRAILING_PLACE_DOT_BYLINE_RE = re.compile(
    r"(?<=[.!?\"”’])\s*[<〈]\s*(?P<place>[가-힣]{1,6})\s*[.·]\s*(?P<name>[가-힣]{2,4}|[\u4e00-\u9fff]{2,4})\s*기자\s*[>〉]\s*$"
)
# The date a picture was taken, after its photographer's credit: "철원=양동욱 기자(2019. 2. 20)".
BARE_PHOTO_DATE_RE = re.compile(r"\(\s*(?:19|20)\d\d\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*\.?\s*\)")
# A student's signature under a reader's piece in a campus paper: "고은지(인문대 중문02)", "최두화(이과대・물리4)".
STUDENT_SIGNATURE_RE = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s*\(\s*[가-힣]{1,8}대(?:학)?\s*[・·ㆍ]?\s*[가-힣A-Za-z]{1,12}\s*\d{1,2}\s*\)$"
)
# A team's contact lines closing a series' notice, each name with its role and phone number:
# "이승환(취재) 010-3593-5214" (a writer), "박민국(사진·영상) 010-4767-8150" (a photographer).
ROLE_CONTACT_RE = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s*\(\s*(?P<role>취재|글|취재\s*[·ㆍ]\s*글|사진|영상|사진\s*[·ㆍ]\s*영상|그래픽|편집)\s*\)"
    r"\s*(?:0\d{1,2}-\d{3,4}-\d{4})?$"
)
# A wire's contact line under the story: "To contact the reporter on this story: Jane Doe in Singapore at jd@x.net."
EN_CONTACT_REPORTER_RE = re.compile(
    r"^To contact the (?:reporters?|writers?) (?:on|of|for) this story:\s*(?P<contacts>.+?)\.?$"
)
EN_CONTACT_RE = re.compile(
    rf"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z'-]+){{1,3}})(?: in [A-Z][A-Za-z .]+?)? at (?P<email>{EMAIL_RE.pattern})"
)
# A press-release wire's dateline: "서울--(뉴스와이어)--", "서울--(뉴스와이어) 2011년 03월 23일 --".
RELEASE_WIRE_DATELINE_RE = re.compile(
    r"^(?P<place>[가-힣]{2,8})\s*-{2}\s*\((?P<agency>[가-힣A-Za-z ]{2,20})\)(?:\s*\d{4}년\s*\d{1,2}월\s*\d{1,2}일)?"
    r"\s*-{2}\s*(?P<rest>\S.*)$"
)
# Role labels printed on the line above the name: "Journalist" / "Cho Bo-hee".
NAME_LABEL_LINE_RE = re.compile(
    r"^(?:[-–•·]\s*)?(?:By|Journalist|Reporter|Correspondent|Writer|Author|Columnist|About the author|기자|기자명|글"
    r"|(?:[가-힣]{2,6}\s?)?에디터|(?:Feature |Fashion |Beauty |Contributing )?Editor)\s*[:：]?$",  # a magazine's "- 피처 에디터"
    re.I,
)
# Lines that name only a wire service: "The Associated Press" over the dateline.
AGENCY_ONLY_LINE_RE = re.compile(
    r"^(?:[-–—]\s*)?[(\[]?(?:By\s+)?(?:The\s+)?(?P<agency>Associated Press|Reuters|AFP|AP|Yonhap|Yonhap News Agency|Kyodo|Xinhua|IANS|PTI|ANI)"
    r"(?:\s+(?:Staff|News))?[)\]]?\.?$"
)
# A wire's name and the day it moved the story, over the dateline of a reprint: "The Associated Press, Sun 31 Dec 2000".
AGENCY_DATE_LINE_RE = re.compile(
    r"^(?:By\s+)?(?:The\s+)?(?P<agency>Associated Press|Reuters|AFP|Agence France-Presse|Yonhap News Agency|Yonhap|"
    r"Kyodo|Xinhua|Bloomberg|UPI|IANS|PTI|ANI),\s*"
    rf"(?P<when>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d|{_MONTH})[A-Za-z0-9 ,.:]{{4,34}}\d)$"
)  # not "Reuters, Busan Tuesday 16 June 2020": a city there (EN_WIRE_CITY_DAY_RE)
# A labelled time closing a story's last paragraph, maybe before the page's back link:
# "… 홍현종기자HJHONG@SED.CO.KR 입력시간 2000/07/12 17:52 ◀ 이전화면".
TRAILING_LABELLED_TIME_RE = re.compile(
    r"\s+(?P<time>(?:입력시간|기사입력|입력|등록)\s*[:：]?\s*(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:◀\s*이전화면)?\s*$"
)
# A magazine's writer and the issue, between bars: "차두원 | 252호 (2018년 7월 Issue 1)".
NAME_ISSUE_RE = re.compile(r"^(?P<name>[가-힣]{2,4})\s*\|\s*제?\s*\d{1,5}\s*호(?:\s*\([^()]{1,40}\))?$")
# A letter's closing, over its signature ("Very Respectfully Yours" / "/s/" / "Lee Kyung-sik" / "Publisher-Chairman").
VALEDICTION_RE = re.compile(
    r"^(?:(?:Very |Most )?(?:Respectfully|Sincerely|Cordially|Faithfully|Truly)(?: [Yy]ours)?|"
    r"Yours (?:truly|sincerely|faithfully|respectfully)|(?:Best|Kind|Warm|Warmest) regards),?$"
)
SIGNATURE_MARK = "/s/"
BARE_EN_NAME_RE = re.compile(  # an Irish surname's apostrophe: "Chad O'Carroll"
    r"^(?P<name>[A-Z][a-z]+(?:-[a-z]+)?(?: (?:O['’])?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})$"
)
# Links to a story's other editions that read like a name ("한국어" under "Posted January. 04, 2011").
EDITION_LINK_WORDS = frozenset(
    {"한국어", "한글", "한글판", "영어", "영문", "영문판", "국문", "일본어", "중국어", "원문", "번역"}
)
# Page words that open with a family name's syllable, and so read as a bare name: "이메일 무단수집거부",
# a blog's "반응형" ad slot.
KO_PAGE_WORDS = frozenset(
    {
        "이메일",
        "반응형",
        "이전",
        "이동",
        "공유",
        "공지",
        "신고",
        "정정",
        "전체",
        "전송",
        "조회",
        "구독",
        "방송",
        "안내",
        "문의",
        "연락처",
        "주소",
        "최신",
        "오늘",
        "홍보",
        "배너",
        "노출",
    }
)
# Capitalised words of page furniture that can look like "Firstname Lastname".
NOT_NAME_WORDS = frozenset({
    "Most", "Popular", "Read", "More", "Related", "Latest", "News", "Top", "Home", "Share", "Print", "Comments",
    "Opinion", "Business", "Sports", "World", "National", "Editorial", "Photo", "Photos", "Video", "Updated",
    "Published", "Posted", "Follow", "Subscribe", "Sign", "Log", "Search", "Menu", "Breaking", "Stories", "Story",
    "Korea", "Seoul", "North", "South", "Times", "Herald", "Daily", "Post", "Press", "Desk", "Staff", "Edition",
    "By", "From", "Journalist", "Reporter", "Correspondent", "Writer", "Editor", "Previous", "Prev", "Next",
    "Article", "View", "Option", "Options", "Font", "Size", "Text", "Summary", "Contents", "Navigation",
    "Reuters", "Bloomberg", "Yonhap", "Xinhua", "Kyodo", "Associated",  # a wire's name is part of no one's name
    "Kingdom", "States", "Republic", "Emirates", "Union", "Nations", "Islands", "Arabia", "Zealand", "Africa",
    "America", "Americas", "Europe",  # a country's or region's word: "United Kingdom" as a site's section
    "All", "Headlines", "Headline", "Archive", "Archives", "Today", "Weather", "Live", "Briefing", "Newsletter",
    "Podcast", "Analysis", "Feature", "Review", "Issue", "Issues", "Special", "Report", "Column", "Letters",
    "Summit", "Talks", "Meeting", "Conference", "Forum", "Election", "Elections", "Policy", "Trade", "Crisis",
    "Trilateral", "Bilateral", "Agreement", "Declaration", "Economy", "Market", "Markets", "Culture", "Focus",
    "Continue", "Reading", "Click", "Watch", "Listen", "Learn", "Loading", "Show",  # a link's words ("Continue Reading")
    "Democrats", "Republicans", "Party", "Council", "Committee", "Agency", "Association",  # "Singapore Democrats"
    "Advertisement", "Banner", "Sponsored",  # "Advertisement Banner": an ad slot's label
    # a headline's small words ("The Sun Also Rises"); not "An", "In", "Do", "So": romanised family names
    "The", "Also", "And", "Of", "For", "With", "Is", "Are", "Was", "Were", "Its", "His", "Her", "Our", "Their",
    "This", "That", "These", "How", "Why", "What", "When", "Where", "Who", "Into", "Over", "After", "Not",
})  # fmt: skip

# Speaker marks of broadcast transcripts: "[앵커]", "◀ 리포트 ▶", "[기자]".
# A toolbar printed as a line of its words: "크게 작게 프린트 메일", "URL 줄이기 페이스북 X",
# "기사목록|  글자크기", "서비스 메뉴 바로가기 본문 바로가기 …" (skip links).
TOOLBAR_WORDS = frozenset({
    "크게", "작게", "프린트", "인쇄", "메일", "이메일", "URL", "줄이기", "복사", "페이스북", "트위터", "X", "카카오톡",
    "카카오스토리", "밴드", "공유", "공유하기", "스크랩", "글자크기", "글꼴", "글꼴설정", "설정", "댓글", "좋아요",
    "기사목록", "목록", "바로가기", "Facebook", "Twitter", "Email", "Print", "Share", "LinkedIn", "WhatsApp",
    "폰트", "글씨", "폰트키우기", "폰트줄이기", "프린트하기", "인쇄하기", "메일보내기", "신고하기", "스크랩하기", "미투데이", "요즘",
    "위로", "아래로", "댓글로", "가기", "네이버", "구글", "msn", "네이버밴드", "카카오", "블로그", "싸이월드", "텔레그램", "Naver", "Google", "Kakao",
    "메뉴", "건너뛰기",  # "메뉴 건너뛰기": a skip link over the page
    # a language switcher: "ENGLISH 中文 日本語"
    "ENGLISH", "English", "中文", "简体中文", "繁體中文", "日本語", "한국어", "KOREAN", "Korean", "Español", "Français",
    "Deutsch", "Русский", "عربي", "العربية",
})  # fmt: skip
# A portal's machine summary over the story (Daum): its notice, the summary's sentences, then the
# font-size box that opens the story.
PORTAL_SUMMARY_START_RE = re.compile(r"^전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다")
PORTAL_SUMMARY_END_RE = re.compile(r"^(?:이 글자크기로 변경됩니다|\(예시\) 가장 빠른 뉴스가)")
SKIP_LINKS_RE = re.compile(r"^(?:(?:\S+\s+){1,3}바로가기\s*){2,}$")
# What is left of a tag when a page is saved as text: 'float-center" data-idxno="416005" style="…">'.
MARKUP_RESIDUE_RE = re.compile(r'(?:[\w-]+="[^"]*"\s*){2,}/?>\s*$')
TRANSCRIPT_MARKER_RE = re.compile(
    r"^[\[◀<(【]\s*(?:앵커|기자|리포트|인터뷰|앵커\s*멘트|기자\s*멘트|현장음|녹취|CG|질문\s*\d*|답변\s*\d*|클로징|오프닝|"
    r"스탠드업|ANN|Anchor(?:\s+Lead)?|Pkg|Package|Reporter|Stand-?up|Closing)\s*[\]▶>)】]$"
)
# A broadcaster's label for a running story, glued to its name ("이슈10호 태풍 하이선"), over the headline.
ISSUE_LABEL_RE = re.compile(r"^이슈(?=[0-9A-Za-z가-힣])(?!분석|추적|점검|진단|인사이드|플러스)")
# Speaker marks opening a line of text: "<앵커> 남] 두 차례에 …", "[기자] 피해가 …" (남]/여] for the two anchors).
LEADING_TRANSCRIPT_MARKS_RE = re.compile(
    r"^(?:[\[◀<【]\s*(?:앵커|기자|리포트|앵커\s*멘트|기자\s*멘트)\s*[\]▶>】]\s*)+(?:[남여]\s*\]\s*)?(?=\S)"
    r"|^[남여]\s*\]\s*(?=\S)"
)
EN_SECTION_WORDS = frozenset({
    "Foreign Affairs", "Politics", "Business", "National", "World", "Sports", "Defense", "North Korea",
    "Social Affairs", "Opinion", "Entertainment", "Culture", "Life & Style", "Economy", "Finance", "Industry",
    "Technology", "Tech", "Science", "Health", "Editorial", "Columns", "Features", "Lifestyle", "Markets",
    "Society", "Arts", "Travel", "Food", "Environment", "Education", "Asia", "East Asia", "Diplomacy", "Security",
    "Style", "People", "Opinion & Analysis", "K-pop", "Film", "Books", "Motoring", "Property", "Companies",
    # world desks by region, as VOA, the Los Angeles Times and the wires file them ("World & Nation")
    "Nation", "Asia Pacific", "Asia-Pacific", "East Asia Pacific", "Americas", "Europe", "Middle East", "Africa",
    "South & Central Asia", "International", "Local", "Metro", "Current Affairs",
})  # fmt: skip
# A section's name joined from several: "Lifestyle & Culture", "정치·사회".
SECTION_JOIN_RE = re.compile(r"\s*(?:&|\band\b|·|ㆍ)\s*")
# A site's header below its date of today: "Home Blog Page 99", "HomeNewsGovernment …" (crumbs glued),
# "spot_imgspot_img" (a theme's empty picture slots), "@ Contact us".
SITE_HEADER_LINE_RE = re.compile(r"^(?:Home(?:\s|[A-Z]|$)|spot_img|@?\s*Contact us$)")
# "사회>사회일반", "HOME > 뉴스 > 정치", "News / World"
BREADCRUMB_RE = re.compile(
    r"^(?:HOME\s*)?[^\s>]{1,12}(?:\s*[>›»/]\s*[^\s>]{1,12}){1,4}$|^HOME\s"
    r"|^[^>›»]{1,20}(?:[>›»][^>›»]{1,20}){1,4}$",  # "Home»Breaking News»world": crumbs of several words
    re.I,
)
# A page's filing printed as a label and its value: "Topic | South Korea", "태그: 부동산".
TAG_LINE_RE = re.compile(
    r"^(?:Topics?|Tags?|Sections?|Categor(?:y|ies)|Filed under|주제|태그|분야|섹션|카테고리)\s*[|:：]", re.I
)
# " / YTN", " - 연합뉴스", " | Reuters" closing a headline.
TITLE_OUTLET_SUFFIX_RE = re.compile(
    r"(?:\s+[/|\-–—:]{1,2}|(?<=\S)\|)\s*(?P<outlet>[^/|\-–—:]{2,20})$"
)  # "…”|동아일보" too

# Page markup a text dump keeps at the edges of a line: table bars, empty image links, video timecodes.
LINE_HEAD_FURNITURE_RE = re.compile(
    r"^\s*(?:\|\s*)*(?:!\[[^\]]*\]\([^)]*\)\s*(?:\|\s*)*)*(?:\d{1,2}:\d{2}(?::\d{2})?(?=[^\d\s:])(?![ap]\.?m\b))?"
)

# The reporters a wire credit names: "Reporting by Hyonhee Shin and Christine Kim; editing by ..."
# ("Additional reporting by" names helpers, not the reporters).
WIRE_REPORTING_RE = re.compile(
    rf"^[\[(]?\s*(?:Reporting|Reported|Writing|Written)\s+by\s+(?P<names>{EN_NAME}(?:\s*(?:,|and|&)\s*{EN_NAME})*)"
    r"\s*(?:\s+in\s+[A-Z][A-Za-z ]+)?(?:[;.\])]|$|(?=\s+[Ee]diting\s+by\s))"  # "… Cynthia Kim Editing by …"
)
# Wire credits that close a story: "Reporting by Jane Doe; Editing by John Roe" -- staff, not body.
WIRE_CREDITS_RE = re.compile(
    r"^[\[(]?\s*(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Edited|Compiled|Graphics|Produced|Research(?:ed)?)"
    r"\s+by\s+[^.]{2,200}[\])]?\.?$"
)
# The same credits in parentheses, glued to the last sentence: "… during the period. (Reporting by Joori Roh,
# Cynthia Kim Editing by Shri Navaratnam)".
TRAILING_WIRE_CREDITS_RE = re.compile(
    r"(?<=[.!?\"”’])\s*(?P<credits>\((?:Additional\s+)?(?:[Rr]eporting|Writing)\s+by\s+[^()]{2,200}\))\s*$"
)

# Counters a page prints beside a byline or time: "조회수 2", "댓글 0", "Views 1,024".
COUNTER_RE = re.compile(r"(?:조회\s*수?|댓글|추천|공감|Views?|Comments?)\s*[:：]?\s*[\d,]+", re.I)
# A paragraph closed by the reporter's address alone after a slash: "… 선사했다. / foto0307@osen.co.kr"
TRAILING_SLASH_EMAIL_RE = re.compile(rf"(?<=[.!?\"”’)])\s*/\s*(?P<email>{EMAIL_RE.pattern})\s*$")
# A byline wrapped in brackets, maybe opening the lead: "[정민아 디지털뉴스부 인턴기자 jma@…]",
# "(김은정 경제부 기자) 최근 …".
WRAPPED_BYLINE_RE = re.compile(r"^[\[(](?P<inner>[^\[\]()=]{2,70})[\])]\s*(?P<rest>.*)$")
# Cities whose title-case name opens a story before a colon: "Seoul: South Korean police said …".
COLON_DATELINE_CITIES = frozenset(
    {
        "Seoul",
        "Busan",
        "Incheon",
        # Korea's other cities an English story is filed from ("Jeju: South Korea is on course …")
        *("Daegu", "Daejeon", "Gwangju", "Ulsan", "Sejong", "Suwon", "Jeju", "Changwon", "Pohang", "Gyeongju"),
        *("Chuncheon", "Cheongju", "Jeonju", "Gangneung", "Pyeongchang", "Panmunjom", "Andong", "Mokpo", "Yeosu"),
        # South Asia's, whose English press opens its stories so ("Chennai: With a view to …")
        *("Chennai", "Kolkata", "Bengaluru", "Bangalore", "Hyderabad", "Ahmedabad", "Pune", "Lucknow", "Jaipur"),
        *("Chandigarh", "Karachi", "Lahore", "Dhaka", "Colombo", "Kathmandu"),
        "Pyongyang",
        "Tokyo",
        "Beijing",
        "Shanghai",
        "Hong Kong",
        "Taipei",
        "Manila",
        "Bangkok",
        "Hanoi",
        "Jakarta",
        "Singapore",
        "Kuala Lumpur",
        "New Delhi",
        "Mumbai",
        "Islamabad",
        "Kabul",
        "Dubai",
        "Abu Dhabi",
        "Doha",
        "Riyadh",
        "Tehran",
        "Baghdad",
        "Jerusalem",
        "Cairo",
        "Istanbul",
        "Ankara",
        "Moscow",
        "Kyiv",
        "Kiev",
        "London",
        "Paris",
        "Berlin",
        "Brussels",
        "Geneva",
        "Rome",
        "Madrid",
        "Washington",
        "New York",
        "Los Angeles",
        "Ottawa",
        "Sydney",
        "Canberra",
        "Nairobi",
        "Lagos",
        "Johannesburg",
        # Southern and East Africa's, whose papers and wires open "Polokwane – A mall …" (ANA, IOL)
        *("Cape Town", "Durban", "Pretoria", "Polokwane", "Bloemfontein", "Gqeberha", "Port Elizabeth", "Mbombela"),
        *("Pietermaritzburg", "Kimberley", "Rustenburg", "Abuja", "Accra", "Harare", "Lusaka", "Kampala", "Kigali"),
        *("Dar es Salaam", "Addis Ababa", "Windhoek", "Gaborone", "Maputo"),
    }
)
# A print byline naming each writer and their city: "Justin McCurry Tokyo Raphael Rashid Seoul".
EN_NAMES_CITIES_RE = re.compile(
    rf"^(?:[A-Z][a-z][A-Za-z'’]*(?: [A-Z][a-z][A-Za-z'’]*(?:-[a-z]+)?){{1,2}} "
    rf"(?:{'|'.join(sorted(COLON_DATELINE_CITIES, key=len, reverse=True))})"
    rf"(?: |$)){{1,4}}$"
)
# A title-case city, its wire in parentheses and a dash, no date: "Kuala Lumpur (VNA) – Malaysian police …".
EN_CITY_WIRE_DASH_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s*\((?P<agency>[A-Z][A-Za-z.&-]{1,24})\)\s*(?:--|—|–|―|-)\s*"
    r"(?P<rest>[A-Z\"“‘].*)$"
)
# A title-case city and a dash, no wire, no date: "Johannesburg – Yet another family …" (known cities only).
EN_CITY_DASH_RE = re.compile(r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+(?:--|—|–|―|-)\s+(?P<rest>[A-Z\"“‘].*)$")
# The endings of South Asia's town names, whose English papers open a story "Mahabubnagar: Heavy rains …".
SOUTH_ASIAN_TOWN_RE = re.compile(r"(?<=[a-z])(?:nagar|pur|puram|abad|bad|garh|ganj|pet|palli|palle|kot|wada|gaon)$")
COLON_DATELINE_RE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+(?P<rest>[A-Z\"“‘].*)$")
# A city, a comma, then the lead: "Baghdad, A South Korean appeals court sentenced …" (known cities only).
EN_CITY_COMMA_DATELINE_RE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?P<rest>(?:A|An|The)\s.{40,})$")
# A city, a comma, then the outlet in parentheses where a wire's date would stand: "Seoul, (Samajweekly) North
# Korea's state media …" (known cities only).
EN_CITY_PAREN_OUTLET_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*\((?P<agency>[A-Z][A-Za-z .&'-]{1,30})\)\s+(?P<rest>[A-Z\"“‘].{40,})$"
)
# A city, then the site's address as its source, then a dash: "Jakarta, GIVnews.com – Meidyatama …".
EN_CITY_SITE_DASH_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*(?P<agency>[A-Za-z][A-Za-z0-9-]*\.(?:com|net|org|co|news|id|in|my|ph)"
    r"(?:\.[a-z]{2})?)\s*(?:--|—|–|-)\s*(?P<rest>[A-Z\"“‘].{40,})$"
)
# A credit line naming the story's source: "Source: National Iraqi News Agency", maybe with its time, as a
# summary site prints it: "Source: The Star July 20, 2021 20:03 UTC".
SOURCE_LINE_RE = re.compile(
    r"^(?:Source|출처)\s*[:：]\s*(?P<outlet>[A-Z][\w&.'’ -]{1,50}?(?:News|Agency|Press|Times|Post|Herald|Daily|Journal|Tribune|Wire"
    r"|Star|Standard|Nation|Guardian|Observer|Express|Telegraph|Independent|Gazette|Chronicle|Monitor|Inquirer|Bulletin)"
    r"(?: (?!" + _MONTH + r"\s)[A-Z][\w&.'’-]+){0,3})\.?"
    rf"(?:\s+(?P<when>{_MONTH}\s+\d{{1,2}},\s*\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*(?:UTC|GMT))?)?))?"
    r"(?:\s+(?i:click here|read more)\b.*)?$"  # "Source: NY Post click here for more…"
)
# A wire's place and day before a colon: "Seoul, October 31: South Korean tech giant …" (IANS).
EN_PLACE_DAY_COLON_RE = re.compile(
    rf"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?:\s+(?P<rest>[A-Z\"“‘].*)$"
)
# Capitalised places in parentheses, then a dash: "(SEOUL and LONDON) — North Korea …" (ABC News).
# Also a city and its state or country, as a press release prints it: "(Springfield, Ore.) – Yesterday, …".
EN_PAREN_PLACES_DATELINE_RE = re.compile(
    r"^\((?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:,? and [A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))\)"
    r"\s*[—–-]{1,2}\s*(?P<rest>\S.*)$"
)
# A closing byline with its address, then a related-news block glued on: "… 전해드렸습니다.유오성기자
# osyoo@wowtv.co.kr한국경제TV 핫뉴스ㆍ…".
TRAILING_BYLINE_THEN_LINKS_RE = re.compile(
    rf"(?<=[.!?\"”’)])\s*(?P<names>{KO_NAMES})\s*(?P<title>{TITLES})\s*(?P<email>{EMAIL_RE.pattern})"
    r"(?=\S{0,12}\s*(?:핫뉴스|관련\s*기사|많이\s*본|인기\s*기사|주요\s*뉴스|추천\s*기사))"
)
# A list page's summary cut short and signed with its reporter's name: "… 텐트폴 영화인 &... [김예슬]".
# A signature addressed at the paper: "배일한기자@전자신문, bailh@" (the 2000s' etnews).
TITLE_AT_OUTLET_RE = re.compile(
    rf"^(?P<name>{KO_NAME})\s*(?P<title>기자|특파원)\s*@\s*(?P<outlet>[가-힣A-Za-z]{{2,12}})\s*,?\s*"
)
# An older paper's dateline in lenticular brackets, a known place alone: "【부산】18일 상오 9시쯤 …".
LENTICULAR_PLACE_RE = re.compile(r"^【\s*(?P<place>[가-힣]{2,6})\s*】\s*(?P<rest>\S.*)$")
# An English byline glued to the end of the last sentence, as list pages flatten them: "… (213) 235-4867 By
# Soo Yeon Oh". Capitalised words only, up to four of them, so prose ("… By The Way") reads as a rubric.
TRAILING_EN_BY_RE = re.compile(r"(?<=[.!?\"”’)\d])\s+By\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})\s*$")
TRAILING_BRACKET_NAME_RE = re.compile(r"(?:\.\.\.|…)\s*\[(?P<name>[가-힣]{2,4})\]\s*$")
# An outlet's byline in brackets closing the last paragraph: "… 확인할 수 있다. [비즈니스포스트 정용석 기자]".
TRAILING_BRACKET_BYLINE_RE = re.compile(rf"(?<=[.!?\"”’)])\s*(?P<byline>\[[^\[\]]{{2,40}}(?:{TITLES})\s*\])\s*$")
# A caps dateline in brackets: "[SEOUL] South Korea's KOSPI stock index ended higher on Monday."
EN_BRACKET_DATELINE_RE = re.compile(r"^\[(?P<place>[A-Z][A-Z .'-]{2,30})\]\s+(?P<rest>[A-Z\"“‘].*)$")
# A date label and its date opening a line of text: " date 2018-05-21 [SEOUL] South Korea's …".
# A headline, its times and its lead on one line (a page's AMP text): "정선 신동읍서 산불… 입력2021.03.31 16:16
# 수정2021.03.31 16:16 31일 오후 …".
_INLINE_TIME = r"\d{4}[.\-]\d{2}[.\-]\d{2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?"
_INLINE_LABEL = r"(?:기사\s*)?입력|발행일|등록일?|승인|송고"
_INLINE_PAGE = r"지면\s*[:：]?\s*\d{4}[.\-]\d{2}[.\-]\d{2}\.?\s+[A-Z]?\d{1,2}면"  # "지면 : 2020-01-07 27면"
INLINE_TIMES_RE = re.compile(
    rf"^(?P<head>\S.{{4,200}}?)\s+(?P<times>(?:{_INLINE_LABEL})\s*[:：]?\s*{_INLINE_TIME}"
    rf"(?:\s+(?:수정|최종수정|업데이트)\s*[:：]?\s*{_INLINE_TIME})?(?:\s+{_INLINE_PAGE})?)\s+(?P<rest>\S.{{20,}})$"
)
# A city and the wires that carried the story, in brackets, as papers printed foreign copy:
# "[워싱턴 AP 연합]", "[도쿄 교도=연합뉴스]".
_BRACKET_WIRES = r"(?:AP|AFP|UPI|EFE|dpa|DPA|로이터|교도|신화|타스|이타르타스|블룸버그|지지|연합뉴스|연합|뉴시스)"
BRACKET_PLACE_WIRES_RE = re.compile(
    rf"^\[(?P<place>[가-힣]{{2,10}})\s*(?:=\s*)?(?P<wires>{_BRACKET_WIRES}(?:\s*[\s·=/]\s*{_BRACKET_WIRES})*)\]\s*(?P<rest>.*)$"
)
# A headline, its day and its writer on one line, as a print view sets them: "Xi hints at a visit.
# September. 25, 2023 08:56. by Kyu-Jin Shin newjin@donga.com."
EN_HEAD_DATE_BYLINE_RE = re.compile(
    rf"^(?P<head>\S.{{10,200}}?)\.?\s+(?P<times>{_MONTH}\s+\d{{1,2}},\s+\d{{4}}(?:\s+\d{{1,2}}:\d{{2}})?)\.?"
    r"\s+(?P<rest>[Bb]y\s+[A-Z].{3,120})$"
)
# A headline, its day and its writer run into the lead, as a page's summary prints them:
# "“가감하지 않는 진실을 …” 2024-05-17 홍길동 기자 한빛뉴스 창간 21주년을 맞아 …".
SIGNED_DAY_LEAD_RE = re.compile(
    rf"^(?P<head>\S.{{4,120}}?[^\s.])\s+(?P<times>(?:19|20)\d{{2}}[.-]\d{{2}}[.-]\d{{2}}\s+{KO_NAMES_STRICT}\s*기자)"
    r"\s+(?P<rest>\S.{20,})$"
)
# A section's name and its time run into the lead, as list pages print an item: "증권 국내증시 2022.09.19 16:28:36국내 …".
SECTION_TIME_LEAD_RE = re.compile(
    r"^(?P<head>(?:[가-힣A-Za-z·/]{1,8}\s){1,3})(?P<times>(?:19|20)\d{2}[.-]\d{2}[.-]\d{2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s*(?P<rest>\S.{20,})$"
)
# A wire's sign-off under a republished story: "… 계획이다. /연합뉴스", "/연합뉴스" alone, a share button after it.
TRAILING_SLASH_WIRE_RE = re.compile(
    r"(?:^|(?<=[.!?\"”’)])\s)\s*/\s*(?P<agency>연합뉴스|연합|뉴시스|뉴스1|[A-Z]{2,6})(?:\s+(?:Facebook|Twitter|페이스북|트위터))*\s*$"
)
# A line that opens with a date ("2009-11-24 21:57", "2024. 5. 16.", "Nov. 24, 2009", "24 November 2009").
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_START_RE = re.compile(
    rf"^\s*(?:(?:19|20)\d{{2}}\s*[-./년]\s*\d{{1,2}}|{_MONTH_WORD}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH_WORD}\s+(?:19|20)\d{{2}})"
)
# A clock with its zone alone on a line, under the date ("April 12th, 2012" / "01:22 AM ET").
ZONED_CLOCK_RE = re.compile(
    r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:ET|EST|EDT|PT|PST|PDT|GMT|UTC|KST)$"
)
# A clock and a day without a year, alone on a line ("7:19pm Mon 22 May"): no date to read, no text.
# A weather widget's reading alone on its line: "26.8 C", "-3℃", "18°C", "72 °F".
TEMPERATURE_LINE_RE = re.compile(r"^-?\d{1,2}(?:\.\d)?\s*(?:°\s*[CF]?|℃|℉|[CF])$")
CLOCK_LINE_RE = re.compile(
    rf"^\d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?(?:\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?)?"
    rf"(?:\s+\d{{1,2}}\s+{_MONTH_WORD}|\s+{_MONTH_WORD}\s+\d{{1,2}})?$",
    re.I,
)
# A date opening a line of text: " date 2018-05-21 [SEOUL] South Korea's …", and one over an English
# page's own clock ("7:19pm Mon 22 May"), whose zone the page does not give: the date alone is known.
LEADING_DATE_LABEL_RE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s")
LEADING_DATE_RE = re.compile(
    r"^\s*(?:date|published|posted)\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)\s+(?=\S.{40}|\d{1,2}:\d{2}\s*[ap]\.?m\b)",
    re.I,  # " date 2019-02 KUALA LUMPUR: …": a month alone
)
# A talk show's guests over its transcript: "■ 출연 : 장예찬 / 前 대통령직인수위 청년소통TF 단장, 전예현 / 시사평론가".
GUEST_LIST_RE = re.compile(r"^[■□▶◆◇●•*\s]*출연\s*[:：]\s*(?P<guests>.+)$")
# A name alone in brackets on its line, a broadcaster's signature: "[이정현]".
BRACKETED_NAME_LINE_RE = re.compile(r"^\[\s*(?P<name>[가-힣]{2,4})\s*\]$")
# A board's byline: "by 3기이민지기자 posted Apr 05, 2016 Views 15353" (XE boards; a cohort may lead the name;
# an association posts as its initials: "by KVJA posted May 06, 2021").
BOARD_BYLINE_RE = re.compile(
    rf"^by\s+(?:\d+기\s*)?(?P<name>[가-힣]{{2,4}}?|[A-Z]{{2,6}})\s*(?:(?:{TITLES})(?:\s+posted\b.*)?|\s+posted\b.*)$"
)
# An aggregator's credit before a story's dateline: "(MENAFN- The Peninsula) SEOUL - When …".
LEADING_SOURCE_RE = re.compile(r"^\([A-Za-z][^()]{2,40}\)\s+(?=[A-Z]{3,})")
# A board's date and writer on one line: "09.09.28 / 고종섭".
BOARD_DATE_NAME_RE = re.compile(r"^(?P<yy>\d{2})\.(?P<mm>\d{2})\.(?P<dd>\d{2})\s*[/|]\s*(?P<name>[가-힣]{2,4})$")
