"""Safe HTML parsing with lxml: no network, no entity expansion, junk and hidden elements removed."""

from __future__ import annotations

import re

import lxml.etree as etree

from .._model import Via
from ..errors import EmptyInput, NotAnArticle
from ._selectors import CAPTURE_CHROME_IDS, CAPTURE_WRITES_HEAD, FORM_CONTROL_TAGS, JUNK_TAGS, PAYWALL_TOKENS
from ._tree import NOT_XML_CHARS, Element, drop_keep_tail, name_values, text_of

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)  # "?>" or a broken end
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _parser(encoding: str | None = None) -> etree.HTMLParser:
    # libxml2's HTML parser does not load DTDs or external entities; no_network forbids any fetch.
    return etree.HTMLParser(  # type: ignore[call-arg]
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
        huge_tree=False,
        default_doctype=False,
        encoding=encoding,
    )


def parse_document(text: str, warnings: list[str] | None = None, *, utf8: bytes | None = None) -> Element:
    """Parse HTML text into an lxml tree, raising typed errors instead of lxml's; what the parser had
    to give up goes to `warnings`. `utf8`: the text's UTF-8 bytes, parsed instead when the text needs
    no cleaning (libxml2 reads UTF-8: the text itself it would convert first)."""
    cleaned = _XML_DECLARATION.sub("", text, count=1)
    if not cleaned or cleaned.isspace():  # (no copy of the page, as `strip` would make)
        raise EmptyInput("empty document")
    if _may_hold_huge_tag(cleaned):
        cleaned = _HUGE_TAG.sub(_cut_tag, cleaned)
    source: str | bytes = utf8 if utf8 is not None and cleaned is text else cleaned
    parser = _parser("utf-8" if isinstance(source, bytes) else None)
    try:
        root = _parse(source, parser)
    except ValueError:
        # lxml refuses control characters and lone surrogates; scrub them only when they are there
        parser = _parser()
        root = _parse(NOT_XML_CHARS.sub("", cleaned), parser)
    if root is None:
        raise EmptyInput("empty document")
    if warnings is not None and any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        warnings.append(TOO_DEEP)
    if _AMP_PAGE.search(cleaned, 0, 4096):
        _amp_images_as_img(root)
    return root


#: AMP pages' image elements, which stand where an <img> would (their children are fallbacks).
AMP_IMAGE_TAGS = ("amp-img", "amp-anim")
#: An AMP page says so on its <html> element (`<html amp>`, `<html ⚡>`), near the top.
_AMP_PAGE = re.compile(r"<html\b[^>]*?(?:\samp\b|⚡)", re.IGNORECASE)


def _amp_images_as_img(root: Element) -> None:
    """AMP pages show images as <amp-img src alt>: read them as the <img> they stand for."""
    for image in list(root.iter(*AMP_IMAGE_TAGS)):
        image.tag = "img"
        for child in list(image):
            image.remove(child)


#: libxml2 stops at this depth of nested elements (a safety limit): what follows is not read.
MAX_DEPTH = 255
TOO_DEEP = (
    f"the page nests elements more than {MAX_DEPTH} deep: the HTML parser stops there, and the text "
    "after that point is lost"
)


#: A start tag longer than this is cut there: libxml2 compares each attribute with all before it, so a
#: tag of very many attributes takes time growing with their square (a 4 MB one, minutes).
MAX_TAG_CHARS = 32_768
_HUGE_TAG = re.compile(rf"<([a-zA-Z][\w:-]*)([^<>]{{{MAX_TAG_CHARS},}})>")
#: Where `_HUGE_TAG` matches, found without its backtracking (a tag name's characters are among [^<>]).
_HUGE_TAG_ANYWHERE = re.compile(rf"<[a-zA-Z][^<>]{{{MAX_TAG_CHARS},}}+>")
_WINDOW = MAX_TAG_CHARS // 2


def _may_hold_huge_tag(text: str) -> bool:
    """Whether `_HUGE_TAG` matches somewhere in `text`. Speed: such a tag is a run of more than
    MAX_TAG_CHARS characters without "<" or ">", which covers a whole window of half that length
    aligned on its multiples; a few `str.find` calls rule out most windows, and past one holding
    neither (a long script's data) only a tag opening at the last "<" before it can be that long."""
    tried = -1
    for at in range(0, len(text) - _WINDOW + 1, _WINDOW):
        if text.find("<", at, at + _WINDOW) >= 0 or text.find(">", at, at + _WINDOW) >= 0:
            continue
        opening = text.rfind("<", 0, at)
        if opening > tried:
            tried = opening
            if _HUGE_TAG_ANYWHERE.match(text, opening) is not None:
                return True
    return False


def _cut_tag(match: re.Match[str]) -> str:
    attributes = match.group(2)[:MAX_TAG_CHARS]
    return f"<{match.group(1)}{attributes.rsplit(' ', 1)[0]}>"


def _parse(text: str | bytes, parser: etree.HTMLParser) -> Element | None:
    try:
        return etree.fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError) as exc:
        raise NotAnArticle(f"the HTML could not be parsed: {exc}") from exc


#: Hidden elements are dropped unless the visible page would keep less than this share of the text:
#: pages rendered by client-side frameworks stream their article into hidden containers.
MIN_VISIBLE_SHARE = 0.2


def remove_junk(root: Element, maybe_hidden: list[Element]) -> list[str]:
    """Drop scripts, styles, embeds, form controls, <noscript> and hidden elements (keeping the text
    after them).

    Returns warnings about what was kept against the rule (a page kept in <noscript> or hidden elements).
    """
    _prepare_controls(root)
    etree.strip_elements(
        root, *(tag for tag in JUNK_TAGS if tag != "noscript"), etree.Comment, with_tail=False
    )
    warnings = _noscript_removed(root)
    hidden = [element for element in maybe_hidden if _is_hidden(element)]
    if not hidden:
        return warnings
    total = len(text_of(root))
    hidden_text = sum(len(text_of(element)) for element in _outermost(hidden))
    if total and total - hidden_text < MIN_VISIBLE_SHARE * total:
        return [*warnings, "most of the page's text is in hidden elements (client-side rendering); kept"]
    for element in hidden:
        drop_keep_tail(element)
    return warnings


def _prepare_controls(root: Element) -> None:
    """Before the form controls go: a button holding a picture becomes a <div>, and a control's tail
    is set apart from it. Speed: buttons and controls are found in one pass over the tree."""
    for element in root.iter("button", *FORM_CONTROL_TAGS):
        if element.tag != "button":
            # a box on screen: the labels either side stay apart (lxml parsed control characters it will
            # not be given back)
            element.tail = " " + NOT_XML_CHARS.sub("", element.tail or "")
        elif next(element.iter("img", "picture", "figure"), None) is not None:
            element.tag = "div"  # a picture that opens a lightbox: what it shows stays, with its caption


#: A page whose <noscript> elements hold this much text, and most of it, shows them: it is the page a
#: reader without scripts gets (a client-rendered site's fallback), not a notice beside the article.
MIN_NOSCRIPT_CHARS = 500


def _noscript_removed(root: Element) -> list[str]:
    """Drop the <noscript> elements ("Please enable JavaScript", tracking pixels), unless the page
    keeps its text in them: then they are read as the page."""
    noscripts = _outermost(list(root.iter("noscript")))
    if not noscripts:
        return []  # (speed: no second pass over the tree to strip none)
    inside = sum(len(" ".join(text_of(element).split())) for element in noscripts)
    if inside >= MIN_NOSCRIPT_CHARS:
        total = len(" ".join(text_of(root).split()))
        if total - inside < MIN_VISIBLE_SHARE * total:
            etree.strip_tags(root, "noscript")
            return ["most of the page's text is in <noscript> (the page without scripts); read"]
    etree.strip_elements(root, "noscript", with_tail=False)
    return []


def remove_capture_chrome(root: Element, via: Via) -> None:
    """Take out what a capture service added to the page it serves: its toolbar or header (by their
    ids), and, where the service writes the head itself, the head's <meta> and <link> elements."""
    chrome = CAPTURE_CHROME_IDS.get(via, frozenset())
    if via in CAPTURE_WRITES_HEAD and (head := root.find("head")) is not None:
        chrome_elements = [*head.iter("meta", "link")]
    else:
        chrome_elements = []
    if chrome:
        chrome_elements += [element for element in root.iter() if element.get("id") in chrome]
    for element in chrome_elements:
        drop_keep_tail(element)


def _is_hidden(element: Element) -> bool:
    """Hidden by attribute or inline style, but not a gated article's text: metered paywalls ship
    the article hidden in a container named for the paywall, and a script reveals it."""
    if element.tag in ("html", "body"):
        return False
    if not (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or _HIDDEN_STYLE.search(element.get("style") or "")
    ):
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if not any(token in names for token in PAYWALL_TOKENS):
        return True  # the common case, decided by a substring test
    return not any(PAYWALL_TOKENS.intersection(tokens) for tokens in name_values(element))


def _outermost(elements: list[Element]) -> list[Element]:
    chosen = set(elements)
    return [e for e in elements if not any(a in chosen for a in e.iterancestors())]
