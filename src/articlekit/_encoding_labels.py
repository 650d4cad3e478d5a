"""Encoding labels as browsers read them (the WHATWG Encoding Standard), and the legacy encoding a page
in a given language most likely uses when it declares none. Data only; `_encoding.py` uses it."""

from __future__ import annotations

#: Python codec -> the labels the WHATWG Encoding Standard reads as that encoding. Browsers read
#: "iso-8859-1", "latin1" and "ascii" as windows-1252, "gb2312" as GBK (decoded as gb18030), "big5"
#: as Big5-HKSCS, "shift_jis" as Windows-31J and "euc-kr" as windows-949: so must we, or the bytes
#: these wider encodings add (curly quotes, dashes, the euro sign) come out as control characters.
_LABELS_BY_CODEC: dict[str, str] = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "cp866": "866 cp866 csibm866 ibm866",
    "iso8859_2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso8859_3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso8859_4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso8859_5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
    "iso_8859-5:1988",
    "iso8859_6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
    "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso8859_7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
    "iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso8859_8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
    "iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical",
    "iso8859_10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso8859_13": "iso-8859-13 iso8859-13 iso885913",
    "iso8859_14": "iso-8859-14 iso8859-14 iso885914",
    "iso8859_15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso8859_16": "iso-8859-16",
    "koi8_r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8_u": "koi8-ru koi8-u",
    "mac_roman": "csmacintosh mac macintosh x-mac-roman",
    "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "cp1250": "cp1250 windows-1250 x-cp1250",
    "cp1251": "cp1251 windows-1251 x-cp1251",
    "cp1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
    "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 x-user-defined",
    "cp1253": "cp1253 windows-1253 x-cp1253",
    "cp1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 "
    "latin5 windows-1254 x-cp1254",
    "cp1255": "cp1255 windows-1255 x-cp1255",
    "cp1256": "cp1256 windows-1256 x-cp1256",
    "cp1257": "cp1257 windows-1257 x-cp1257",
    "cp1258": "cp1258 windows-1258 x-cp1258",
    "mac_cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gb18030": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030",
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc_jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso2022_jp": "csiso2022jp iso-2022-jp",
    "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
    "windows-949",
    "utf-16-be": "unicodefffe utf-16be",
    "utf-16-le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
}

#: Label (lower-cased, trimmed) -> Python codec.
CODEC_BY_LABEL: dict[str, str] = {
    label: codec for codec, labels in _LABELS_BY_CODEC.items() for label in labels.split()
}

#: Labels the standard maps to its "replacement" decoder: encodings that can smuggle markup past a
#: parser, never decoded; a page declaring one is read as if it declared nothing.
UNSAFE_LABELS = frozenset(
    "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement".split()
)

#: Language (or language-region) -> the legacy encodings its pages use, the most common first (the
#: one browsers fall back to for that locale); any other language uses windows-1252.
_ENCODINGS_BY_LANGUAGE: dict[str, str] = {
    "cs hu pl sk sl hr bs ro sq": "cp1250 iso8859_2",
    "ru be bg mk sr kk ky tg mn": "cp1251 koi8_r iso8859_5 mac_cyrillic cp866",
    "uk": "cp1251 koi8_u",
    "el": "cp1253 iso8859_7",
    "tr az": "cp1254",
    "he iw yi": "cp1255 iso8859_8",
    "ar fa ur ps": "cp1256 iso8859_6",
    "lt lv et": "cp1257 iso8859_13 iso8859_4",
    "vi": "cp1258",
    "th": "cp874",
    "ja": "cp932 euc_jp",
    "zh zh-cn zh-sg zh-hans": "gb18030",
    "zh-tw zh-hk zh-mo zh-hant": "big5hkscs",
    "ko": "cp949",
}
ENCODINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    language: tuple(codecs.split())
    for languages, codecs in _ENCODINGS_BY_LANGUAGE.items()
    for language in languages.split()
}
#: Codec names a detector gives for what the standard reads as one encoding.
DETECTED_ALIASES = {
    "euc_jis_2004": "euc_jp", "euc_jisx0213": "euc_jp", "shift_jis": "cp932", "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932", "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "euc_kr": "cp949",
    "latin_1": "cp1252", "iso8859_9": "cp1254", "iso8859_11": "cp874", "ascii": "cp1252",
}  # fmt: skip
#: The web's most common legacy encoding: the fallback for every other language, and for none.
DEFAULT_FALLBACK = "cp1252"

#: Country-code top-level domains -> language, for pages that name no language (browsers use the
#: domain the same way).
LANGUAGE_BY_DOMAIN: dict[str, str] = {
    "cz": "cs", "hu": "hu", "pl": "pl", "sk": "sk", "si": "sl", "hr": "hr", "ba": "bs", "ro": "ro",
    "al": "sq", "ru": "ru", "ua": "uk", "bg": "bg", "by": "be", "mk": "mk", "rs": "sr", "kz": "kk",
    "kg": "ky", "gr": "el", "tr": "tr", "az": "az", "il": "he", "eg": "ar", "sa": "ar", "ae": "ar",
    "ir": "fa", "pk": "ur", "lt": "lt", "lv": "lv", "ee": "et", "vn": "vi", "th": "th", "jp": "ja",
    "cn": "zh-cn", "tw": "zh-tw", "hk": "zh-hk", "kr": "ko",
}  # fmt: skip
