"""<meta> tag names (name / property / itemprop, lower-cased) and what their content claims: data only."""

from __future__ import annotations

import re

from .._model import DateRole

META_DATES: dict[str, DateRole] = {
    "article:published_time": "published",
    "og:article:published_time": "published",
    "article:published": "published",
    "published_time": "published",
    "pubdate": "published",
    "publishdate": "published",
    "publish-date": "published",
    "publish_date": "published",
    "date": "published",
    "dc.date": "published",
    "dc.date.issued": "published",
    "dcterms.issued": "published",
    "dcterms.created": "published",
    "dc.date.created": "published",
    "parsely-pub-date": "published",
    "sailthru.date": "published",
    "article.published": "published",
    "datepublished": "published",
    "original-publish-date": "published",
    "citation_publication_date": "published",
    "article:modified_time": "modified",
    "og:updated_time": "modified",
    "article:modified": "modified",
    "last-modified": "modified",
    "datemodified": "modified",
    "dcterms.modified": "modified",
    "dc.date.modified": "modified",
    "lastmod": "modified",
    "article.updated": "modified",
}
#: The same keys, spelled without separators: sites write "article:published:time", "published-time" ...
NOT_LETTERS = re.compile(r"[^a-z]")
#: Several names in one meta value: "Jane Doe, John Roe; Ann Poe".
NAME_LIST = re.compile(r"\s*[,;]\s*")
META_DATES_LOOSE: dict[str, DateRole] = {NOT_LETTERS.sub("", k): role for k, role in META_DATES.items()}
#: A publisher's own vocabulary names its dates so after its prefix ("xyz:publicationDate",
#: "site.article.updatedAt"); a bare "date" after a prefix tells nothing ("build:date").
LOCAL_DATE_NAMES: dict[str, DateRole] = {
    **{
        name: "published"
        for name in "publicationdate publisheddate publishdate publishedtime publishedat "
        "datepublished pubdate firstpublished firstpublishedat releasedate".split()
    },
    **{
        name: "modified"
        for name in "modifieddate modifiedtime datemodified updateddate updatedtime updatedat "
        "lastupdated lastmodified".split()
    },
}
NAMESPACE = re.compile(r"[:.]")


META_TITLES = {
    "og:title": "og:title",
    "twitter:title": "twitter:title",
    "dc.title": "meta",
    "parsely-title": "meta",
}
META_SITES = ("og:site_name", "application-name", "twitter:app:name:iphone", "publisher", "dc.publisher")
META_AUTHORS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "dcterms.creator",
)
META_IMAGES = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
#: Meta names giving the lead image's alternative text (OpenGraph's and Twitter's).
META_IMAGE_ALTS = ("og:image:alt", "twitter:image:alt")
MAX_SITE_NAME_WORDS = 6
META_DESCRIPTIONS = ("description", "og:description", "twitter:description", "dc.description")
META_SECTIONS = ("article:section", "parsely-section", "sailthru.section", "section", "category")
#: Keywords meta is left out on purpose: it is more often a list of search terms than the article's tags.
META_TAGS = ("article:tag", "news_keywords", "parsely-tags", "sailthru.tags")
