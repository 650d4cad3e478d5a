"""HTML vocabulary as data: which tags are junk, blocks, inline; which tokens mark boilerplate containers.

Generic HTML knowledge only. Per-site selectors belong to site rules.
"""

from __future__ import annotations

import re

from .._model import BoilerplateKind

#: Removed with their content before anything else (never visible article text). Not <source>: it has
#: no text, and libxml2 nests the <img> of a <picture> inside its <source> elements.
JUNK_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "datalist",
    "link",
    "meta",
    "audio",
    "video",
    "track",
    "map",
    "dialog",
)
#: Replaced elements drawn as boxes: removing them must not glue the text either side ("NameComment").
FORM_CONTROL_TAGS = ("input", "select", "textarea")
#: Leaf blocks: each becomes one candidate with its whole text.
TEXT_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "dt", "dd", "caption"))
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
LISTS = frozenset(("ul", "ol", "dl"))
QUOTES = frozenset(("blockquote",))
#: HTML5's block elements that end an open <p> in a browser (HTML5 parsing), which lxml's HTML4 parser
#: leaves inside it: "<p>Text<aside>Teaser</aside>More</p>" is three blocks on screen, not one.
CLOSES_PARAGRAPH = (
    "aside", "article", "section", "nav", "header", "footer", "figure", "figcaption", "main",
    "details", "summary", "hgroup", "menu", "dialog",
)  # fmt: skip
#: Block-level containers: text directly inside them forms paragraphs of its own.
BLOCK_TAGS = frozenset(
    TEXT_BLOCKS
    | LISTS
    | QUOTES
    | {
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "li",
        "form",
        "fieldset",
        "body",
        "html",
        "center",
        "details",
        "summary",
        "hr",
        "br-block",
        "picture",
        "menu",
        "hgroup",
    }
)
#: Containers that are page furniture by their tag alone, and the boilerplate kind each is.
BOILERPLATE_TAGS = {"nav": "navigation", "aside": "other", "footer": "other", "menu": "navigation"}
#: Class/id/role tokens that mark a container as page furniture (split on -, _ and white space, whole
#: tokens), and the boilerplate kind each announces. `role="banner"` and `role="contentinfo"` are the
#: site's header and footer (ARIA landmarks).
FURNITURE_KINDS: dict[str, BoilerplateKind] = {
    **dict.fromkeys("comment comments respond reply disqus".split(), "comments"),
    **dict.fromkeys("newsletter subscribe subscription signup optin".split(), "newsletter"),
    **dict.fromkeys("share sharing".split(), "share"),
    "social": "social",
    **dict.fromkeys(
        "related recommended teaser teasers trending popular recirc readmore readnext".split(), "related"
    ),
    **dict.fromkeys(
        "nav navbar navigation menu breadcrumb breadcrumbs pagination postnav toolbar banner masthead".split(),
        "navigation",
    ),
    **dict.fromkeys(
        "advert advertisement ads ad sponsored promo outbrain taboola donation donate cta".split(), "ad"
    ),
    **dict.fromkeys(
        "sidebar widget widgets footer contentinfo complementary cookie cookies consent popup modal bio biography disclaimer".split(),
        "other",
    ),
}
FURNITURE_TOKENS = frozenset(FURNITURE_KINDS)
#: When a name holds several furniture words, the kind that says most wins ("comments-sidebar").
KIND_PRECEDENCE: tuple[BoilerplateKind, ...] = (
    "comments", "newsletter", "share", "social", "related", "navigation", "ad", "other"
)  # fmt: skip
#: Class/id tokens (first or last of a class value) of caption and credit containers outside <figure>.
CAPTION_TOKENS = frozenset(
    """caption captions figcaption credit credits photocredit imagecredit bildunterschrift bildtext legende
    légende didascalia legenda epigrafe""".split()
)
#: A name that pairs an image word with a text word is a caption too ("detail-img__description", "mediaInfo").
IMAGE_WORDS = frozenset("img image images photo photos picture pic media bild foto figure".split())
IMAGE_TEXT_WORDS = frozenset("description desc subtitle text caption credit legend info".split())
#: A class value with one of these tokens describes a layout or a state, not what the element is
#: ("l-sidebar-fixed" in the SMACSS layout convention, "layout-sidebar", "modal-enabled", "menu-open").
MODIFIER_TOKENS = frozenset("enabled disabled open active l layout".split())
#: Furniture names that stay furniture even around the page's largest prose (comment threads and
#: cookie-consent dialogs can be long).
STRONG_FURNITURE_TOKENS = frozenset("comment comments respond reply disqus cookie cookies consent".split())
#: Class values beginning with these describe a state ("has-comments"), not what the element is.
STATE_PREFIXES = ("has-", "is-", "no-", "with-", "show-", "enable", "hide-", "js-")
#: Class/id tokens of a hidden container holding a gated article's text (kept, not dropped as hidden).
PAYWALL_TOKENS = frozenset("paywall paywalled premium subscriber subscribers".split())
#: Words in a class/id (its tokens run together) naming a kicker, the topic line over a headline.
KICKER_NAMES = ("kicker", "topline", "overline", "eyebrow", "roofline", "dachzeile", "pretitle", "supertitle")
#: A kicker is a label: longer lines by the headline are subheadlines or teasers.
MAX_KICKER_WORDS = 8
#: A class or id naming a read-time element, its words joined or not ("rt-reading-time", "post-read-time",
#: "readTime", "lesezeit"): WordPress's reading-time plugins and themes write them.
READ_TIME_NAME = re.compile(
    r"read[-_]?(?:ing[-_]?)?time|lese[-_]?(?:zeit|dauer)|temps[-_]?de[-_]?lecture|tiempo[-_]?de[-_]?lectura",
    re.IGNORECASE,
)
#: A link to an author's page: a path segment naming authors, then the author's own ("/author/jane-doe/",
#: "/autoren/max-muster", WordPress's and most CMSs' author archives).
AUTHOR_PAGE = re.compile(
    r"/(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|journalist)/[^/?#]+"
)
#: Class/id tokens marking a byline container (the author's name without "By").
BYLINE_TOKENS = frozenset("author authors byline autor autoren autorin auteur autore writer".split())
#: Class/id tokens marking a subheadline container.
DEK_TOKENS = frozenset(
    """dek subtitle subheadline subhead standfirst strapline summary excerpt lede lead intro
    deck""".split()
)
#: Class/id/src tokens of images that are not the article's pictures.
#: Attributes where lazy loaders keep an image's real URL (the src holds a placeholder).
LAZY_SRC_ATTRIBUTES = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazyload",
    "data-url",
    "data-hi-res-src",
)
DECORATIVE_IMAGE_WORDS = (
    "logo",
    "icon",
    "avatar",
    "sprite",
    "spacer",
    "pixel",
    "tracking",
    "badge",
    "emoji",
    "blank.gif",
    "button",
)
CREDIT_TOKENS = frozenset(
    ["credit", "credits", "photographer", "copyright", "byline", "source", "attribution"]
)
#: Schema.org types whose JSON-LD node describes the article.
ARTICLE_TYPES = re.compile(
    r"Article$|BlogPosting$|^Report$|^LiveBlogPosting$|^SocialMediaPosting$|^Review$|^ClaimReview$"
)

# --- captures: a page saved or served by an archive says so (`_capture.py` reads these) -----------------
#: How far into a page, and from its end, a capture's own notes are looked for: services and savers
#: write them at the top of the document (Wayback's rewrite scripts open its head) or at its very end.
CAPTURE_HEAD_CHARS = 8192
CAPTURE_TAIL_CHARS = 4096
#: Substrings that must be in the head (or, for Wayback's archive note, the tail) before any pattern runs.
WAYBACK_HEAD_MARKERS = ("__wm.", "Wayback Rewrite JS", "WAYBACK TOOLBAR INSERT")
WAYBACK_TAIL_MARKER = "FILE ARCHIVED ON"
WAYBACK_TOOLBAR = ("BEGIN WAYBACK TOOLBAR INSERT", "END WAYBACK TOOLBAR INSERT")
#: How much of the toolbar, back from its end (where its script and print header are), is read.
WAYBACK_TOOLBAR_CHARS = 32768
SINGLEFILE_MARKER = "Page saved with SingleFile"
BROWSER_SAVE_MARKER = "saved from url="
ARCHIVE_TODAY_MARKER = "archive."
#: Where a Wayback page names the capture it shows, most telling first: the replay script's call
#: (`__wm.wombat("<original>","<timestamp>",...)`), the toolbar's (`__wm.bt(...,"<original>","<timestamp>",...)`),
#: the older toolbar's `wbCurrentUrl`, and the print header ("The Wayback Machine - <address>").
WAYBACK_SELF = (
    re.compile(r"__wm\.wombat\(\s*\"(?P<url>[^\"]+)\"\s*,\s*\"(?P<ts>\d{14})\""),
    re.compile(r"__wm\.bt\([^)]{0,100}?\"(?P<url>https?://[^\"]+)\"\s*,\s*\"(?P<ts>\d{14})\""),
    re.compile(r"wbCurrentUrl\s*=\s*\"(?P<url>https?://[^\"]+)\""),
    re.compile(r"The Wayback Machine - (?P<address>https?://\S+)"),
)
#: The page's own canonical link or og:url as Wayback rewrote it (older captures' links are relative to
#: web.archive.org): the article's address, perhaps not the one captured, and the capture's time.
WAYBACK_DECLARED = re.compile(
    r"<(?:link|meta)\b[^<>]{0,200}?(?:canonical|og:url)[^<>]{0,200}?[\"'=](?P<address>(?:(?:https?:)?//(?:web|wayback)"
    r"\.archive\.org)?/web/\d{14}[^\s\"'<>]+)",
    re.IGNORECASE,
)
#: Wayback's note at the end of every page it serves: "FILE ARCHIVED ON 10:32:43 Jan 19, 2018 AND
#: RETRIEVED FROM THE INTERNET ARCHIVE ON ..." (the capture's time, in UTC).
WAYBACK_ARCHIVED_ON = re.compile(
    r"FILE ARCHIVED ON (?P<H>\d{1,2}):(?P<M>\d{2}):(?P<S>\d{2}) (?P<b>[A-Z][a-z]{2}) (?P<d>\d{1,2}), (?P<Y>\d{4})"
)
#: archive.today's own head names the capture by its long link (canonical, og:url, bookmark) and says
#: when it was made in its description ("archived 11 Jan 2019 08:04:44 UTC").
ARCHIVE_TODAY_SELF = re.compile(
    r"<(?:link|meta)\b[^<>]{0,200}?(?P<address>(?:https?:)?//archive\.(?:today|ph|is|li|vn|fo|md)/"
    r"\d{4}\.\d{2}\.\d{2}-\d{6}/https?://[^\s\"'<>]+)",
    re.IGNORECASE,
)
ARCHIVE_TODAY_ARCHIVED = re.compile(
    r"archived (?P<d>\d{1,2}) (?P<b>[A-Z][a-z]{2}) (?P<Y>\d{4}) (?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2}) UTC"
)
#: SingleFile's opening comment: "Page saved with SingleFile / url: <original> / saved date: <the
#: browser's Date.toString(), as 'Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)'>".
SINGLEFILE_NOTE = re.compile(
    r"Page saved with SingleFile\s*\n\s*url:\s*(?P<url>\S+)\s*\n"
    r"(?:\s*saved date:\s*\w{3} (?P<b>[A-Z][a-z]{2}) (?P<d>\d{1,2}) (?P<Y>\d{4}) "
    r"(?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2}) GMT(?P<z>[+-]\d{4}))?"
)
#: The mark a browser's "Save page as" leaves: `<!-- saved from url=(0173)<original> -->`, the number
#: being the address's length.
BROWSER_SAVE_NOTE = re.compile(r"<!--\s*saved from url=\((?P<n>\d{4})\)(?P<url>https?://[^\s>]+)")
#: Month abbreviations as these notes write them (English, whatever the locale).
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Ids of the chrome a capture service adds to the page it serves, per service: Wayback's toolbar
#: (`wm-ipp-base`, and `wm-ipp` in older captures), its print header and donation banner;
#: archive.today's header (the capture's date, "Saved from", history, share and download links).
CAPTURE_CHROME_IDS: dict[str, frozenset[str]] = {
    "wayback": frozenset(("wm-ipp-base", "wm-ipp", "wm-ipp-print", "donato", "wm-capinfo")),
    "archive.today": frozenset(("HEADER",)),
}
#: Services that write the page's head themselves: its <meta> and <link> elements describe the capture
#: (og:site_name "archive.today", article:published_time the capture's time), not the article.
CAPTURE_WRITES_HEAD = frozenset(("archive.today",))
