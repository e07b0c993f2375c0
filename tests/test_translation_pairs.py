"""Translation pairs beyond the sample: unpaired, partly paired and interleaved articles."""

from __future__ import annotations

import pytest

from bench.pairing import HELDOUT, REAL, Layout, layouts, page_blocks, real_pages, score, score_page, unrelated_pages
from extractors import extract_text
from extractors.language import language_spans
from extractors.pairing import align_translations, evidence, pair_score


def pairs_of(text: str) -> list[int | None]:
    return [p.pair for p in extract_text(text, id="t", source="t").paragraphs]


def paired_with(text: str, english_start: str) -> tuple[str, str]:
    """The English paragraph opening with `english_start` and the text of its partner ("" if none)."""
    paragraphs = extract_text(text, id="t", source="t").paragraphs
    english = next(p for p in paragraphs if p.text.startswith(english_start))
    return english.text, "" if english.pair is None else paragraphs[english.pair].text


def test_korean_only_article_has_no_pairs() -> None:
    assert pairs_of("제목\n\n첫 문단입니다. 내용이 있다.\n\n둘째 문단이다. 3개 기업이 참여했다.") == [None, None]


def test_interleaved_paragraphs_pair_one_by_one() -> None:
    text = (
        "제목\n\n정부는 16일 3개 기업과 협약을 맺었다고 밝혔다.\n"
        "The government said on the 16th it signed an agreement with 3 companies.\n"
        "협약에 따라 기업들은 500억 원을 투자한다.\n"
        "Under the agreement, the companies will invest 50 billion won (500억)."
    )
    assert pairs_of(text) == [1, 0, 3, 2]


def test_partly_paired_block_leaves_the_extra_paragraph_alone() -> None:
    english = [
        "Governor Kim met Joseph Panetta, the CEO of Biocom, in San Diego on the 15th.",
        "A completely separate remark about the weather in Seoul, which was sunny and warm all week.",
        "Biocom has more than 1,800 member companies across the United States.",
    ]
    korean = [
        "김 지사는 15일 샌디에이고에서 바이오콤의 조 파네타(Joseph Panetta) 대표를 만났다.",
        "바이오콤은 미국 전역에 1800개 이상의 회원사를 두고 있다.",
    ]
    pairs = align_translations(["en"] * 3 + ["ko"] * 2, english + korean)
    assert pairs == [3, None, 4, 0, 2]


def test_weak_evidence_stays_unpaired() -> None:
    pairs = align_translations(["en", "ko"], ["Stocks rose 3% on Monday in heavy trading.", "날씨가 맑았다."])
    assert pairs == [None, None]


# The sample's real translations in the layouts bilingual pages use (bench/pairing.py).
LAYOUTS = list(layouts())


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_real_translations_pair_in_every_layout(layout: Layout) -> None:
    right, found, truth = score(layout)
    assert right == truth == found, (layout.name, right, found, truth)


def test_real_bilingual_pages_pair_paragraph_or_line_by_line() -> None:
    """Real pages (tests/data/pairing/real.jsonl, 15 pages, 59 links): the first three (paragraph by
    paragraph, wrapped lines, headline blocks) found 0.58 of their links before line joining and
    lockstep pairing; the ten gathered next (sentence-by-sentence paragraphs, study blogs, an
    editorial, a machine-translated edition) found 0.37 before language runs were split, Korean
    numerals read and romanized names compared; the last two (a composition drill with
    mixed-language drafts, numbered topics in both languages) found none right before Korean
    drafts' English words stopped counting, headings stopped opening groups and numbered headings
    split runs. The bar is issue 14's (recall 0.8, false pairs 0.1)."""
    totals = [sum(figures) for figures in zip(*(score_page(item) for item in real_pages()), strict=True)]
    right, found, truth = totals
    assert right / truth >= 0.8 and (found - right) / found <= 0.1, totals


@pytest.mark.parametrize(
    "item",
    [item for path in (REAL, HELDOUT) for item in real_pages(path) if not item["pairs"]],
    ids=lambda item: item["id"],
)
def test_real_pages_without_translations_get_no_pairs(item: dict) -> None:
    """Vocabulary bullets, one-word glosses, English glosses in a Korean column: none is a translation."""
    assert score_page(item)[1] == 0


def test_a_paragraph_in_both_languages_is_split_and_paired() -> None:
    text = (
        "Law used to be one of the three oldest learned professions. 법률은 가장 오래된 세 가지 학문적 직업 중"
        " 하나였다.Above all, law has since remained a basic profession. 특히, 법률은 그 후 기본적인 직업으로"
        " 죽 내려왔다. One good example was Cicero (106 BC–43 BC), a famous lawyer. 한 가지 좋은 예가 키케로"
        " (기원전 106년-기원전 43년)였다."
    )
    article = extract_text(text, id="mixed", source="mixed", infer_title=False)
    assert [p.lang for p in article.paragraphs] == ["en", "ko"] * 3
    assert [p.pair for p in article.paragraphs] == [1, 0, 3, 2, 5, 4]
    assert all(text[p.start : p.end] == p.text for p in article.paragraphs)


def test_a_korean_paragraph_quoting_english_stays_whole() -> None:
    text = '그는 기자회견에서 "We will win the election." 이라고 말하며 지지자들에게 감사를 전했다.'
    article = extract_text(text, id="quote", source="quote", infer_title=False)
    assert [p.text for p in article.paragraphs] == [text]


def test_romanized_names_and_korean_numerals_back_a_pair() -> None:
    english = "Some 8,000 farmers were forced to apply for emergency aid."
    korean = "약 8천명의 농부는 긴급 지원을 신청해야만 했습니다."
    assert evidence(english, korean)
    assert evidence("President Yoon Suk Yeol met Lee Jae-myung.", "윤석열 대통령은 이재명 대표를 만났다.")
    assert not evidence("The president met Kim Dong-yeon.", "대통령은 박근혜 전 대통령을 만났다.")


def test_a_learners_draft_mixing_the_languages_is_not_the_translation() -> None:
    korean = "정부와 연립여당은 긴급 지원자금으로 163억 원을 제공하기로 어제 합의하였다."
    draft = "- 정부와 연립여당은 in emergency relief 로 163억 원을 제공하기로 어제 합의하였다."
    english = "The government agreed yesterday to offer 16.3 billion won in emergency relief."
    assert pair_score(english, korean) > pair_score(english, draft)


def test_a_heading_does_not_open_a_group() -> None:
    question = "- 정부는 가뭄피해 지역에 얼마를 지원하기로 합의했나?"
    texts = ["정부, 가뭄 해소지원에 추가로 163억원 투입하기로", "Gov't to Offer Additional W16.3 Bil. in Relief",
             "질문훈련장", question, "->How much did the government agree to offer?"]  # fmt: skip
    assert align_translations(["ko", "en", "ko", "ko", "en"], texts) == [1, 0, None, 4, 3]


TOPICS = (  # (a numbered topic heading, its Korean sentence, the English one)
    ("1. 병원", "한국의 여러 병원이 세계 최고 100대 병원에 선정되었습니다.",
     "Korean hospitals are ranked among the world's top 100 hospitals."),
    ("2. 고속도로", "운전 중 신발을 갈아신다가 고속도로에서 5중 추돌사고가 발생했습니다.",
     "Changing shoes while driving led to a five-car pileup on the highway."),
    ("3. 커피", "한국인 1인당 연간 커피 소비량이 416잔에 달합니다.",
     "The average Korean consumes 416 cups of coffee per year."),
)  # fmt: skip


def test_numbered_headings_end_a_run() -> None:
    texts = [text for topic in TOPICS for text in topic]
    pairs = align_translations(["ko", "ko", "en"] * len(TOPICS), texts)
    assert [pairs[i] for i in (2, 5, 8)] == [1, 4, 7]


def test_sentence_by_sentence_lines_pair_without_shared_figures() -> None:
    english = ["Elections are the most important way for people to practice democracy.",
               "Voters cast ballots to elect public officeholders to exercise their right of suffrage.",
               "Candidates try to win the hearts and minds of voters."]  # fmt: skip
    korean = ["선거는 민주주의를 실천하는 가장 중요한 방법이다.",
              "유권자들은 참정권을 행사하기 위해 공직자들을 뽑는 선거를 한다.",
              "후보들은 유권자들의 마음을 얻기 위해 노력한다."]  # fmt: skip
    texts = [text for pair in zip(english, korean, strict=True) for text in pair]
    assert align_translations(["en", "ko"] * 3, texts) == [1, 0, 3, 2, 5, 4]
    # Two lines side by side are not enough to call the page a translation.
    assert align_translations(["en", "ko"] * 2, texts[:4]) == [None] * 4


def test_a_wrapped_sentence_is_one_paragraph_again() -> None:
    text = (
        "Title line\n\n"
        "Winners are given a mandate to serve their country for a certain period of time, while losers step\n"
        "aside and wait for another chance to run.\n"
        "선거에서 이긴 후보들에게는 일정 기간 동안 국가에 봉사하는 권한이 주어지는 한편 패배한 후보들\n"
        "은 물러서서 다음 기회를 기다린다.\n"
    )
    article = extract_text(text, id="wrapped", source="wrapped")
    assert [p.text for p in article.paragraphs] == [
        "Winners are given a mandate to serve their country for a certain period of time, while losers step "
        "aside and wait for another chance to run.",
        "선거에서 이긴 후보들에게는 일정 기간 동안 국가에 봉사하는 권한이 주어지는 한편 패배한 후보들 "
        "은 물러서서 다음 기회를 기다린다.",
    ]
    assert all(text[p.start : p.end].replace("\n", " ") == p.text for p in article.paragraphs)


# Invented prose with no figure or name to share: only the shape says it is a translation.
PROSE_EN = [
    "Spring came early to the mountain villages this year, and the farmers welcomed it.",
    "The plum trees by the river bloomed before winter was over.",
    "Children walked to school without their heavy coats for the first time in months.",
    "Older residents could not remember a warmer start to the season.",
]
PROSE_KO = [
    "올해 산골 마을에는 봄이 일찍 찾아왔고, 농민들은 이를 반겼다.",
    "강가의 매화나무는 겨울이 끝나기도 전에 꽃을 피웠다.",
    "아이들은 몇 달 만에 처음으로 두꺼운 외투를 벗고 학교에 걸어갔다.",
    "나이 든 주민들은 이보다 따뜻한 봄의 시작을 기억하지 못했다.",
]


@pytest.mark.parametrize(
    ("langs", "texts", "expected"),
    [
        (["en"] * 4 + ["ko"] * 4, PROSE_EN + PROSE_KO, [4, 5, 6, 7, 0, 1, 2, 3]),
        (["ko"] * 4 + ["en"] * 4, PROSE_KO + PROSE_EN, [4, 5, 6, 7, 0, 1, 2, 3]),
        # The English edition cut off after three paragraphs: the Korean tail stays alone.
        (["en"] * 3 + ["ko"] * 4, PROSE_EN[:3] + PROSE_KO, [3, 4, 5, 0, 1, 2, None]),
    ],
    ids=["blocks", "korean-first", "truncated"],
)
def test_prose_blocks_pair_by_their_shape(langs: list[str], texts: list[str], expected: list[int | None]) -> None:
    assert align_translations(langs, texts) == expected


def test_blocks_side_by_side_that_disagree_on_figures_get_no_pairs() -> None:
    english = ["The committee met for 3 hours on Tuesday and agreed on nothing at all.",
               "Its chairman said the 2019 report would be published again next month.",
               "Members left the building through a side door to avoid the reporters."]  # fmt: skip
    korean = ["시장은 오늘 아침 새로 지은 도서관을 찾아 시민들과 인사를 나눴다.",
              "도서관에는 어린이를 위한 열람실과 카페가 함께 들어섰다.",
              "개관식에는 주민 120명이 참석해 자리를 빛냈다."]  # fmt: skip
    assert align_translations(["en"] * 3 + ["ko"] * 3, english + korean) == [None] * 6


def test_a_paragraph_left_untranslated_between_pairs_is_no_shape() -> None:
    note = "A note from the editor about the photographs on this page."
    texts = [*PROSE_EN[:2], note, *PROSE_EN[2:], *PROSE_KO]
    assert align_translations(["en"] * 5 + ["ko"] * 4, texts) == [None] * 9


def test_real_translations_pair_in_block_layouts_by_their_shape() -> None:
    """The real pages' pairs laid out as the sample's are (bench/pairing.py): blocks 0.933 and
    truncated 0.485 where they were 0.567 and 0.303; the pages' Korean beside another page's
    English, equally many paragraphs, still gets no pair."""
    pages = page_blocks()
    by_layout: dict[str, list[int]] = {}
    for _, english, korean in pages:
        for layout in layouts([(english, korean)]):
            so_far = by_layout.get(layout.name, [0, 0, 0])
            by_layout[layout.name] = [a + b for a, b in zip(so_far, score(layout), strict=True)]
    right, found, truth = by_layout["blocks"]
    assert right / truth >= 0.9 and found == right
    right, found, truth = by_layout["one-to-many"]
    assert right / truth >= 0.65 and found - right <= 0.05 * found
    assert all(score(layout)[1] == 0 for layout in unrelated_pages(pages))


def test_a_heading_and_its_translation_run_into_the_sentences_without_a_full_stop() -> None:
    """A script page prints a numbered heading, its Korean and the story's sentences in one
    paragraph: the turns without a full stop are cut too, and the sentences pair."""
    text = (
        "Weekly script\n\n"
        "1. Headline News The Mayor Opens a Library by the River 시장, 강변 도서관 문 열어 "
        "This week the mayor opened a new library by the river in the old town. "
        "이번 주 시장은 구도심 강변에 새 도서관을 열었다. "
        "Residents had asked for a library there for many years. "
        "주민들은 여러 해 동안 그곳에 도서관을 세워 달라고 요청해 왔다. "
        "The building was once a warehouse for the city's boats. "
        "이 건물은 한때 시의 배를 보관하던 창고였다."
    )
    paragraphs = extract_text(text, id="script", source="script").paragraphs
    pairs = [(p.text[:9], paragraphs[p.pair].text[:5]) for p in paragraphs if p.lang == "en" and p.pair is not None]
    assert pairs == [("This week", "이번 주 "), ("Residents", "주민들은 "), ("The build", "이 건물은")]


def test_a_korean_sentence_quoting_an_english_title_stays_whole() -> None:
    text = '외신은 이날 "Mayor opens a new library by the river" 라는 제목으로 구도심 강변 도서관의 개관 소식을 전했다.'
    assert len(language_spans(text)) == 1


def test_a_print_page_running_head_is_not_a_paragraph() -> None:
    """A print edition's running head repeated at each column break ("[The Weekly Courier]"):
    it was a paragraph, paired with the Korean headline."""
    text = (
        "A band plays in the basement of a hotel in Seoul.\n\n[The Weekly Courier]\n\n"
        "Still hot in the old town\n\n오래된 동네의 뜨거운 밤\n\nBy Lee Seung-kon\n\n"
        "Songs about the old town go on and on, and the places they name are where young people meet.\n\n"
        "[The Weekly Courier]\n\n"
        "The economic downturn makes wallets lighter, but people still crave new experiences here.\n\n"
        "[The Weekly Courier]\n\n"
        "오래된 동네를 노래한 곡들은 끝이 없고, 노래 속 장소들은 젊은이들이 만나는 곳이다. "
        "경기 침체로 지갑은 가벼워졌지만 사람들은 여전히 이곳에서 새로운 경험을 찾는다."
    )
    paragraphs = extract_text(text, id="courier", source="courier").paragraphs
    assert "[The Weekly Courier]" not in [p.text for p in paragraphs]


def test_a_lesson_numbering_each_line_and_its_translation_pairs_line_by_line() -> None:
    """A study page numbers each line of a poem and its translation alike ("⑤ … / ⑤ …"); the short
    lines read as menu entries and decks, so the page lost them as navigation and paired none."""
    lines = [
        ("A Letter From the Harbor", "항구에서 온 편지"),
        ("① On the pier where the ferries wait", "① 배들이 기다리는 부두에서"),
        ("② Gulls circle the morning air.", "② 갈매기가 아침 하늘을 맴돕니다."),
        ("③ A song for the first boat,", "③ 첫 배에 노래 하나,"),
        ("④ A song for the second boat,", "④ 둘째 배에 노래 하나,"),
        ("⑤ A song for the last boat,", "⑤ 마지막 배에 노래 하나,"),
        ("⑥ And, oh, a song for the one who waits.", "⑥ 그리고 기다리는 이에게 노래 하나"),
        ("⑦ Have you heard these lines sung before?", "⑦ 여러분은 이 구절이 노래로 불리는 것을 들어본 적이 있나요?"),
        ("⑧ They open a poem fishing towns still sing.", "⑧ 그것들은 어촌 마을이 부르는 시의 첫머리입니다."),
    ]
    text = "중2영어 3과 본문 해석\n\n" + "\n\n".join(f"{en}\n\n{ko}" for en, ko in lines)
    paragraphs = extract_text(text, id="lesson", source="lesson").paragraphs
    numbered = [p for p in paragraphs if p.text[0] in "①②③④⑤⑥⑦⑧"]
    assert len(numbered) == 16  # every line kept as text
    paired = {(p.text, paragraphs[p.pair].text) for p in numbered if p.lang == "en" and p.pair is not None}
    assert len(paired & set(lines)) >= 7


def test_a_list_numbered_in_one_language_pairs_item_by_item() -> None:
    """A daily list of headlines, each Korean one numbered and its English under it; the numbers
    were figures the English lacked, each numbered line a heading, and the last items photo captions."""
    items = [
        ("신예 선수 금메달 획득", "Rookie Athlete Grabs The Gold"),
        ("수능 폐지하고 내신으로 선발", "Government Will Scrap Exam, Select Students by School Grades"),
        ("헌재 선거법 조항 합헌 결정", "Constitutional Court Rules Election Clause Constitutional"),
        ("신용카드 범죄 경제불황으로 늘어", "Credit Card Crimes Surge Amid Economic Slump"),
        ("모의재판에서 사법개혁 강조", "Mock Trials Highlight Judicial Reform"),
        ("중소기업 대출이 은행에 부담된다", "Small Business Loans Burden Banks"),
        ("고소득자 수 크게 늘어", "High-Income Earners Increase Sharply"),
        ("카드 수수료 인상안에 소매업자 분노", "Card Fee Hike Plan Angers Retailers"),
    ]
    text = "오늘의 국내뉴스\n\n*표시 단어는 동사입니다.\n\n" + "\n\n".join(
        f"{n}. {ko}\n\n{en}" for n, (ko, en) in enumerate(items, start=1)
    )
    paragraphs = extract_text(text, id="list", source="list").paragraphs
    paired = {(p.text, paragraphs[p.pair].text) for p in paragraphs if p.lang == "en" and p.pair is not None}
    expected = {(en, f"{n}. {ko}") for n, (ko, en) in enumerate(items, start=1)}
    assert len(paired & expected) >= 6 and paired <= expected


def test_bracketed_headings_glued_to_their_sentences_split_by_language() -> None:
    """A digest printing "[English heading][Korean heading]English sentence.Korean sentence." with no
    spaces between (invented text in the shape of a stored news-summary blog): four runs, and a
    Korean run keeps the acronym it holds ("… 쇼는 BBC 조사 후 …")."""
    text = (
        "[Harbor city opens new ferry line to the islands][한빛시, 섬 잇는 새 여객선 항로 열어]"
        "The city says the line will carry two thousand people a day."
        "시는 이 항로가 하루 2천 명을 실어 나를 것이라고 밝혔습니다."
    )
    assert [text[a:b] for a, b in language_spans(text)] == [
        "[Harbor city opens new ferry line to the islands]",
        "[한빛시, 섬 잇는 새 여객선 항로 열어]",
        "The city says the line will carry two thousand people a day.",
        "시는 이 항로가 하루 2천 명을 실어 나를 것이라고 밝혔습니다.",
    ]
    acronym = (
        "[Ferry show cancelled after KBS report][여객선 행사는 KBS 보도 후 취소되었습니다.]The ferry event is off."
    )
    assert language_spans(acronym)[1] == (39, acronym.index("]The") + 1)


def test_an_apostrophe_is_no_quotation_mark() -> None:
    """ "Russia’s" and "Ukraine’s" hold a curly apostrophe: counted as quotes, they made an English
    paragraph quoting once look like four quotations and lose its Korean translation."""
    english = (
        "The ministry said it was considering sending ships to the strait, in response to the harbor’s "
        "closure. An official said the city’s ferries would stop, which would mean “the end of the season”."
    )
    korean = (
        "항구가 폐쇄되자 부처는 해협에 선박을 보내는 방안을 검토 중이라고 밝혔다. "
        "한 관계자는 시의 여객선이 멈추면 “시즌의 끝”이 될 것이라고 말했다."
    )
    assert pair_score(english, korean) > 0.6


def test_side_by_side_paragraphs_that_disagree_on_figures_get_no_pairs() -> None:
    """An English block beside Korean paragraphs on another matter (invented text in the shape of
    the generated bench articles): lengths fit a translation and each pair shares a stray "2",
    but their figures otherwise disagree, so the page is two languages side by side."""
    english = [
        "The two sides plan to launch a working group on ferries later this year, with the first meeting "
        "set for September 2024 and a budget of 150 million won.",
        "The city said 1,800 people used the line on 12 days in May, up 35 percent from the year before.",
    ]
    korean = [
        "② 제3항과 제4항의 사유는 지체 없이 공포하여야 한다. 제71조제2항제4호 중 만 6세를 만 8세로 고친다.",
        "2011년의 경우 대상자는 40,923명이며 예상 인원은 2,836명이다. 제2조 이 법은 공포한 날부터 시행한다.",
    ]
    langs = ["en", "en", "ko", "ko"]
    assert align_translations(langs, english + korean) == [None] * 4


def test_a_line_holding_a_sentence_and_its_translation_pairs_its_halves() -> None:
    """A study page prints an example and its translation on one line among its commentary; the
    line's two halves pair with each other, not with the commentary's lines by length."""
    text = (
        "제목\n\nThe council approved the harbor plan after a long debate, Mayor Kim Min-su said.\n"
        "김민수 시장은 의회가 긴 토론 끝에 항구 계획을 승인했다고 말했다.\n"
        "Everyone is waiting to see the results. 모두가 결과를 기다리고 있습니다.\n"
        "와 같은 형태로요.\nSTEP 1. 영어 뉴스 보기\n해석하려고 너무 애쓰지 마시고 편안한 마음으로 보세요.\n"
        "Harbor plan wins approval\n"
    )
    paragraphs = extract_text(text, id="t", source="t").paragraphs
    pairs = {(p.text[:12], paragraphs[p.pair].text[:8]) for p in paragraphs if p.pair is not None and p.lang == "en"}
    assert pairs == {("The council ", "김민수 시장은 "), ("Everyone is ", "모두가 결과를 ")}


def test_a_paragraph_printed_again_and_a_gloss_stay_unpaired() -> None:
    langs = ["en", "ko", "ko", "ko", "en"]
    texts = [
        "The extra budget, set to be worth roughly six billion dollars, will be financed through bonds.",
        "약 60억 달러로 정해진 추가 예산은 국채 발행을 통해 조달될 예정이다.",
        "국채는 state bond 외에도 national bond, government bond, national debt 등으로 표현할 수 있습니다.",
        "처음에는 스크립트만 그냥 읽어 보고, 그 다음에는 뉴스 영상을 틀어놓고 또 한 번 읽어봅니다.",
        "The extra budget, set to be worth roughly six billion dollars, will be fin",
    ]
    assert align_translations(langs, texts) == [1, 0, None, None, None]


def test_a_short_label_opening_a_bilingual_paragraph_does_not_keep_it_whole() -> None:
    text = (
        "1. 한빛타임 477호 스크립트 1. The Mayor Speaks with a Shaking Voice 떨리는 목소리로 연설한 시장 "
        "This week Mayor Kim vowed to find the cause. 이번 주 김 시장은 원인을 찾아낼 것이라고 다짐했다."
    )
    spans = [text[a:b] for a, b in language_spans(text)]
    assert spans[1:] == [
        "떨리는 목소리로 연설한 시장",
        "This week Mayor Kim vowed to find the cause.",
        "이번 주 김 시장은 원인을 찾아낼 것이라고 다짐했다.",
    ]


def test_spelled_out_counts_back_a_pair() -> None:
    """ "Forty-two state attorneys general" keeps the Korean "42개 주" figure."""
    assert evidence("Forty-two state attorneys general sent a joint letter.", "42개 주 법무장관들이 서한을 보냈습니다.")


def test_hard_wrapped_lines_switching_language_mid_line_pair_whole_sentences() -> None:
    """A text dump wraps sentences of both languages at the page's width: a line's last English
    words go on in the next line, whose opening words ("nation.") end that sentence."""
    text = (
        "1. HeadLine News\nThe Film That Moved the Harbor\n그 항구를 움직인 영화\n\n"
        "Just about all media outlets are discussing the issues created by the domestic harbor film\n"
        "sensation that is based on an appalling true story of the old port and its forgotten workers.\n"
        "거의 모든 매체에서 그 국내 항구 영화 흥행으로 제기된 사안을 논의 중이다. 이는 옛 항구와\n"
        "잊혀진 노동자들의 끔찍한 실제 이야기를 근거로 하고 있다. In recent weeks, the harbor film\n"
        "“Harbor,” which is known as “The Old Port” in English, has been the top grossing film in the\n"
        "nation. 최근 몇 주 동안, 영어로 “The Old Port”로 알려진 영화 ‘항구’가 한국에서 흥행하고 있다.\n"
    )
    english, partner = paired_with(text, "In recent weeks")
    assert english.endswith("top grossing film in the nation.")
    assert partner.startswith("최근 몇 주 동안")


def test_a_bracketed_line_under_a_headline_is_its_translation() -> None:
    """A study page glosses each English headline with its Korean in brackets on the next line,
    between lines of Korean notes that translate nothing."""
    langs = ["ko", "en", "ko", "ko", "en", "ko"]
    texts = [
        "① 제목에서 Be 동사는 통상 생략된다.",
        "Harbor Fund Reserve Not Enough",
        "(항구 기금 적립 충분치 않아)",
        "② 제목에서 시제가 현재일 때는 과거로 해석한다.",
        "Mayor Stresses Growing Importance of the Port.",
        "(시장, 날로 커져 가는 항구의 중요성을 강조(했다)).",
    ]
    assert align_translations(langs, texts) == [None, 2, 1, None, 5, 4]


def test_a_bracketed_note_without_the_figures_is_no_translation() -> None:
    langs = ["en", "ko"]
    texts = [
        "City to Offer Additional W16.3 Bil. in Harbor Relief",
        "(여러 항구 병원들이 전 세계적으로 인정받고 있습니다.)",
    ]
    assert align_translations(langs, texts) == [None, None]


def test_a_numbered_list_of_headlines_pairs_a_terse_korean_headline() -> None:
    """Korean headlines are terser than their English ones: the numbering pairs them anyway."""
    texts = [
        "1. 신예 홍길동 나도 ‘금’",
        "Rookie Hong Gil-dong Grabs The Gold",
        '2. 헌재 항만법 "찬양-고무죄" 합헌 결정',
        "Constitutional Court Rules Harbor Praise Crime Constitutionally Correct",
        "3. 모의재판에서 사법개혁 강조",
        "Mock Trials Highlight Judicial Reform",
    ]
    langs = ["ko", "en"] * 3
    assert align_translations(langs, texts) == [1, 0, 3, 2, 5, 4]


def test_a_study_card_under_emoji_labels_pairs_its_sentence_and_translation() -> None:
    text = (
        "항구 영자신문읽기 9 : Harbor Budget Proposal Threatens Port Program\n\n"
        "🇺🇸 English Sentence: The city is considering a budget plan that would eliminate all funding for "
        "the harbor program. 🇰🇷 한국어 해석: 시는 항구 프로그램의 모든 예산을 없애는 예산안을 검토 중입니다. "
        "📘 한국어 해설: 항구 프로그램은 저소득층 가정의 아이들을 위한 중요한 프로그램이에요. 그런데 시장이 이 "
        "프로그램의 예산을 완전히 없애려고 한다는 계획이 나왔어요. 🗂️ Vocabulary: budget plan: 예산안 eliminate: 없애다"
    )
    _, partner = paired_with(text, "English Sentence")
    assert partner.startswith("한국어 해석: 시는")


def test_a_korean_translation_cut_off_mid_sentence_still_pairs_when_its_figures_agree() -> None:
    """A newspaper's excerpt stops inside the Korean block ("… 한편 배우 홍길동과 김"): the block is
    longer than it shows, and its figures (2, 9, 2006) are the English block's."""
    english = (
        "The Harbor Festival commenced on August 2 at the Port Art Hall in Hanbit. Performances are to take "
        "place in four more cities through August 9. The festival provides an overall cultural experience of "
        "the old port, which the city has not celebrated in decades. The city and the port authority have "
        "endorsed this event since 2006 as part of their exchange project. The main program for this year's "
        "festival is a harbor concert, performed by some of the best bands of the region. Another event worth "
        "checking out is a photo exhibition of the port's workers and their ships. Meanwhile, two actors held "
        "a presentation on port culture at the Art Hall."
    )
    korean = (
        "항구축제가 지난 2일 항구아트홀에서 개막했다. 네 도시에서 9일까지 축제가 계속될 계획이다. "
        "시와 항만공사는 2006년부터 이 행사를 이어오고 있다. 한편 배우 홍길동과 김"
    )
    assert align_translations(["en", "ko"], [english, korean]) == [1, 0]


def test_a_headline_closing_the_page_is_not_a_cut_translation() -> None:
    english = "Top harbor official: Port closure may last for years and be devastating to fishermen"
    korean = (
        "항구는 이번 방문에서 첫 번째 협력 사업으로 오는 9월 세계 항만 대회에 참가할 예정이다. "
        "항만공사는 이를 위해 2개 팀을 꾸렸다."
    )
    assert align_translations(["ko", "en"], [korean, english]) == [None, None]


def test_a_correction_written_with_an_arrow_and_its_korean_note_are_no_pair() -> None:
    """A writing-class page cut into paragraphs: a Korean paragraph, a reader's English version, the
    editor's, then notes that give a correction with an arrow and explain it in Korean (the first
    note's two halves cut apart by language). The notes translate nothing."""
    texts = [
        "항구축제가 지난 2일 항구아트홀에서 개막했다. 네 도시에서 9일까지 축제가 계속될 계획이다.",
        "내가 한 영작",
        "The Harbor Festival opened on August 2 at the Port Art Hall. It will go on in four cities until August 9.",
        "에디터가 수정한 문장",
        "The Harbor Festival commenced on August 2 at the Port Art Hall and will continue in four cities until "
        "August 9.",
        "Writing Tip",
        "the festival → the harbor festival",
        "축제 이름에 대한 부가설명 추가",
        "ⓑ hall → art hall 공연장 이름을 정확하게 바꿔 줌",
    ]
    langs = ["ko", "ko", "en", "ko", "en", "en", "en", "ko", "ko"]
    same_line = [False] * 6 + [True, False, False]
    pairs = align_translations(langs, texts, same_line)
    assert pairs[2] == 0 and pairs[6] is None and pairs[7] is None, pairs


def test_a_vocabulary_note_and_the_script_printed_again_are_no_pair() -> None:
    """A study page: a sentence over its translation, a vocabulary note, the page's Korean commentary
    and steps, then the broadcast's headline and script opening with the same sentence. The script
    and the commentary sit side by side but translate nothing, and the note pairs with nothing."""
    sentence = "The harbor festival of South Korea's second city opens in the coming hours."
    texts = [
        sentence,
        "한국 제2의 도시의 항구축제가 몇 시간 후 개막합니다.",
        "*harbor festival : 항구축제",
        "축제를 이르는 말은 나라마다, 그 나라의 관습에 따라 조금씩 차이가 있습니다. "
        "한국의 축제는 Festival 이라고 합니다.",
        "STEP 1. 자막이나 스크립트 없이 영어 뉴스 보기",
        "부담없이 편안한 마음으로 뉴스를 봅니다.",
        "STEP 2. 스크립트 보기",
        "처음에는 스크립트만 그냥 읽어 보고, 그 다음에는 뉴스 영상을 틀어놓고 또 한 번 읽어봅니다.",
        "South Korea's harbor festival to open with organizers at odds",
        f"{sentence} However, it's expected to be a bumpy road as the organizers have not narrowed their "
        "differences on some major questions,.. one of which being the ticket price.",
    ]
    langs = ["en", "ko", "en", "ko", "ko", "ko", "ko", "ko", "en", "en"]
    pairs = align_translations(langs, texts)
    assert all(pairs[i] is None for i in (2, 3, 9)), pairs


def test_a_study_pages_vocabulary_note_backs_its_sentence_and_translation() -> None:
    """A sentence and its translation share no figure or name, but the page's note under them glosses
    the phrase the one uses by the word the other uses: the page's own dictionary backs the pair."""
    texts = [
        "They say there is no solid evidence, claiming the case rests on false reports and harbor lobbyists.",
        "그들은 확고한 증거가 없다고 말하면서 그 주장이 거짓 보도와 항만 로비스트들에 근거한 것이라고 주장합니다.",
        "*harbor lobbyists : 항만 로비스트",
        "STEP 1. 영어 뉴스 보기",
    ]
    assert align_translations(["en", "ko", "en", "ko"], texts) == [1, 0, None, None]


def test_a_headline_in_a_list_of_headlines_is_no_translation_of_the_korean_one_beside_it() -> None:
    """A bilingual weekly's contents: three English headlines, then a Korean one about something
    else. Lengths alone would pair the Korean headline with its English neighbour; one sandwiched
    between two unpaired headlines of its own language is a list's entry, not a translation."""
    texts = [
        "The port authority that opened its new terminal yesterday has shed light on the region's trade.",
        "Cranes arrive in Busan 부산에 크레인 도착 Mayor Kim Min-su greets the new cranes on Aug. 14 at the harbor in "
        "Busan. The cranes, which run from Aug. 14 to 18 in tests, are expected to carry far-reaching "
        "changes along with new jobs, with events involving many types of people, particularly the young.",
        "김민수 시장이 8월14일 부산 항구에서 새 크레인을 맞이하고 있다. 크레인은 8월14일부터 18일까지 시험 "
        "가동되며, 새 일자리뿐 아니라 각계각층의 사람들, 특히 청년들을 위한 행사들로 큰 변화를 가져올 것으로 예상된다.",
        "Can we trust the harbor?",
        "First shipping congress for the region opens",
        "Welcoming the new cranes",
        "섬마을 옛 학교 건물, 다시 문 여나",
    ]
    langs = ["en", "en", "ko", "en", "en", "en", "ko"]
    pairs = align_translations(langs, texts)
    assert pairs[1] == 2 and pairs[4] is None and pairs[6] is None, pairs
