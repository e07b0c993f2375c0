"""Tag sets and selectors for HTML article pages: data only, no logic."""

from __future__ import annotations

import re

DROP_TAGS = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "input", "select", "textarea", "template", "canvas", "object", "embed", "link", "meta",
]  # fmt: skip

BLOCK_TAGS = [
    "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "pre",
]  # fmt: skip

# Article containers of the portals and news CMSs that Korean outlets run, most specific first.
# Inside one of these the page says where its article is, and reading it ourselves keeps the
# figure captions and credits; any other page goes to trafilatura's main-text extraction.
ARTICLE_CONTAINERS = (
    "#dic_area", "#newsct_article", "#articleBodyContents", "#articeBody", "#newsEndContents",
    ".article_view section", ".article_view", "#harmonyContainer", "[itemprop=articleBody]",
    "#articleBody", "#article_body", "#article-view-content-div", "#articletxt", "#news_body_area",
    "#CmAdContent", ".article_body", ".article-body", ".articleBody", ".article_txt", ".news_body",
    ".news_text", ".story-body", ".article__body", ".article-content",
)  # fmt: skip

# Photo captions the portals print inside the article container as inline text (Naver's
# "img_desc", Daum's "txt_caption"), with the source after the caption and no mark before it
# ("… 쌓여 있다. 연합뉴스"): read as captions, not as the story's first paragraph.
CAPTION_CLASSES = ("img_desc", "photo_desc", "txt_caption")
CAPTION_SELECTORS = tuple(f".{name}" for name in CAPTION_CLASSES)

# Machine-readable times some portals put on their visible time stamps (Naver's "입력"/"수정").
PUBLISHED_STAMP_ATTRS = ("data-date-time",)
UPDATED_STAMP_ATTRS = ("data-modify-date-time",)

# When neither a known container nor trafilatura finds the text: generic page regions.
GENERIC_BODY_SELECTORS = ("article", "main", "[role=main]", ".entry-content", ".post-content", "#content-body")

# Class or id words of elements that are never article text.
NOISE_RE = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert\w*|banner|share|sns|social|related|recommend\w*|comment\w*|"
    r"reply|popular|ranking|most[_-]?read|newsletter|subscribe|promo\w*|sponsor\w*|outbrain|"
    r"taboola|dable|breadcrumb\w*|menu|gnb|lnb|nav\w*|sidebar|widget|tag[_-]?list|tags|"
    r"copyright|footer|print|font[_-]?size|toolbar|util\w*|hidden|sr-only)(?:$|[\s_-])",
    re.I,
)

# Class or id words of the byline and date block that pages print above the body.
HEADER_INFO_RE = re.compile(
    r"(?:^|[\s_-])(?:byline|writer|reporter|author|journalist|date|dates|datetime|time|info|"
    r"article[_-]?info|news[_-]?info|view[_-]?info|updated|published)(?:$|[\s_-])",
    re.I,
)

# " - 연합뉴스", " | Reuters", ":: 한국경제" after a page title.
TITLE_SUFFIX_RE = re.compile(r"\s*(?:[|:]{1,2}|\s[-–—]\s)\s*[^|:–—-]{1,30}$")
