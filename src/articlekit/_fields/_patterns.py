"""Vocabulary and patterns as data, apart from the logic that uses them.

Everything here is generic: words and line shapes that mean the same thing on any site. Per-site
knowledge (class names, selectors) belongs to site rules, never here.
"""

from __future__ import annotations

import re

from ._alternatives import by_first_character
from ._calendar import MONTH_NAMES, WEEKDAY_NAMES

# --- social networks, as their names appear in follow and share lines -------------------------------
# Longest names first so that "Google News" wins over a shorter name inside it.
NETWORKS = (
    "Google News",
    "Apple News",
    "WhatsApp",
    "Instagram",
    "Facebook",
    "LinkedIn",
    "YouTube",
    "TikTok",
    "Telegram",
    "Threads",
    "Bluesky",
    "Mastodon",
    "Pinterest",
    "Reddit",
    "Snapchat",
    "Flipboard",
    "Twitter",
    "Tumblr",
    "Twitch",
    "Discord",
    "Substack",
    "VK",
    "Weibo",
    "WeChat",
    "LINE",
    "X",
)
# A network name may be glued to the previous one when link texts are copied ("XInstagram"), so names
# are not bounded by word boundaries; `networks_named` checks what stands before each match.
NETWORK_NAME = re.compile(r"(" + "|".join(re.escape(n) for n in NETWORKS) + r")(?![a-z])")

# --- boilerplate lines: a whole short line (or block) of this shape is not article text -----------------
_I = re.IGNORECASE
SOCIAL_LINE = re.compile(
    r"^\W*(follow|like|join|find|connect with|subscribe to)\b.{0,80}?\b(on|via|at)\b"
    r"|^\W*follow us\b|^\W*(folgen sie uns|suivez-nous|síguenos|seguici)\b",
    _I,
)
SHARE_LINE = re.compile(
    r"^\W*(share( this( article| story| post| page)?)?( on| via)?|tweet|e-?mail|print|copy link|"
    r"teilen|partager|compartir|condividi)\W*$|^\W*share (on|via|this)\b|^\W*share\s*:|"
    r"^\W*\d[\d,.]*\s*[km]?\s*(shares?|comments?)\W*$",
    _I,
)
COMMENTS_LINE = re.compile(
    r"^\W*(leave a (reply|comment)|post a comment|add (a )?comment|comments?( \(\d+\))?|\d+ comments?|"
    r"join the (conversation|discussion)|comments are closed|show comments|view comments|"
    r"reply|cancel reply|post comment|submit comment|kommentare?|commentaires?|comentarios?)\W*$"
    r"|your email address will not be published|required fields are marked|"
    r"save my name, email,? and website|you must be logged in to post a comment|"
    r"responses to this entry|antworten zu diesem eintrag|\brss 2\.0 feed\b|\btrackback\b|"
    r"^\W*(no comments( yet)?|(noch )?keine kommentare|comments (are )?closed|kommentare (sind )?geschlossen|"
    r"be the first to comment|sei der erste,? der kommentiert)\b",
    _I,
)
#: A call to act opens a sentence: "Sign up ...", "Subscribe ...", "Abonnieren Sie ...".
AT_SENTENCE_START = r"(?:^|[.!?]\s+)\W*"
NEWSLETTER_LINE = re.compile(
    r"^\W*(newsletters?|subscribe|sign up|enter your e-?mail( address)?)\W*$|\bin your inbox\b|"
    r"\bin (deinen|ihren|dein|ihr) (e-mail-)?postfach\b|\bin (deinen|ihren) (e-mail-)?posteingang\b|"
    r"\bdans votre boîte (mail|e-mail|de réception)\b|\ben tu (bandeja de entrada|correo)\b|"
    + AT_SENTENCE_START
    + r"(sign (me )?up|subscribe|abonnier\w*|melden sie sich|registrieren sie sich|inscri\w*|suscr[ií]b\w*|"
    r"iscriviti)\b.{0,80}\b(newsletters?|inbox|e-?mails?|updates|briefing|postfach|kanal|channel)\b|"
    + AT_SENTENCE_START
    + r"(get|receive|read|erhalten sie|bestellen sie) (our|the|unseren?) .{0,30}\bnewsletter\b|"
    + AT_SENTENCE_START
    + r"sign (me )?up (here|now|today|for free|below)\b",
    _I,
)
#: A prompt that gates the article for subscribers: the page shows a teaser and asks to subscribe.
PAYWALL_LINE = re.compile(
    AT_SENTENCE_START
    + r"(subscribe|subscription|become a (subscriber|member)|join now|start your (free )?trial)\b.{0,40}\b"
    r"(to|and) (continue|keep|start|read|unlock|get|access)\w*\b.{0,30}\b(reading|article|story|access)\b|"
    + AT_SENTENCE_START
    + r"(to )?(continue|keep) reading.{0,40}\b(subscribe|subscription|subscriber|log ?in|sign in)\b|"
    + AT_SENTENCE_START
    + r"(this|the) (full )?(article|story|content|post) is (only |available |reserved |exclusive(ly)? )*"
    r"(for|to) (paying |paid |digital )?(subscribers|members)\b|"
    + AT_SENTENCE_START
    + r"(already (a )?(subscriber|subscribed|member|registered)\?|(exclusive|only) for subscribers\b|subscribers only\b|"
    r"unlock (this|the full) (article|story)\b)|"
    + AT_SENTENCE_START
    + r"((dieser|der) )?(artikel|beitrag|inhalt|text) ist (nur |exklusiv )?(für|nur für) "
    r"(abonnent\w*|abo\w*|\w+plus-?abonnent\w*)|"
    + AT_SENTENCE_START
    + r"(nur für abonnent\w*|sie sind bereits abonnent\w*|bereits abonnent\w*\?|jetzt weiterlesen mit\b|"
    r"weiterlesen mit [\w+ -]{1,30}$|um (den|diesen) (ganzen |vollständigen )?(artikel|beitrag) (zu lesen|"
    r"weiterzulesen))|"
    + AT_SENTENCE_START
    + r"((cet |l')?article |contenu |la suite (de cet article )?(est )?)?(est )?réservée? aux abonnés\b|"
    + AT_SENTENCE_START
    + r"(déjà abonnée?\s?\?|abonnez-vous pour (lire|continuer)\b)|"
    + AT_SENTENCE_START
    + r"((contenido|artículo|noticia) )?(exclusivo )?para (suscriptores|abonados)\b|"
    + AT_SENTENCE_START
    + r"(ya eres (suscriptor|abonado)\w*\?|suscríbete para (seguir|continuar) leyendo\b)|"
    + AT_SENTENCE_START
    + r"((contenuto|articolo) )?riservato agli abbonati\b|sei già abbonato\?|"
    + AT_SENTENCE_START
    + r"(alleen (voor|beschikbaar voor) abonnees\b|ben je al abonnee\?)",
    _I,
)
#: A prompt that asks for a (free) account before the rest of the article: a registration wall.
REGISTRATION_LINE = re.compile(
    AT_SENTENCE_START
    + r"(register|sign up|create a( free)? account|log ?in|sign in)( for free| free)?\b.{0,30}\b(to|and) "
    r"(continue|keep|read|unlock|access)\w*\b.{0,30}\b(reading|article|story|content)\b|"
    + AT_SENTENCE_START
    + r"already registered\?|"
    + AT_SENTENCE_START
    + r"(kostenlos registrieren|registrieren sie sich kostenlos|jetzt kostenlos anmelden)\b.{0,40}\b"
    r"(weiterlesen|lesen|artikel)\b|"
    + AT_SENTENCE_START
    + r"(inscrivez-vous|créez un compte)( gratuitement)?\b.{0,30}\b(lire|continuer)\b|"
    + AT_SENTENCE_START
    + r"(regístrate|registrate)( gratis)?\b.{0,30}\b(leer|seguir|continuar)\b",
    _I,
)
RELATED_LINE = re.compile(
    r"^\W*(related( articles?| stories| posts| news| content| coverage)?|read (more|also|next)|"
    r"see also|also read|you (may|might) also like|more (from|on|stories|news)\b.{0,40}|"
    r"recommended( for you)?|most (read|popular|viewed)|(recent|latest|newest) (posts|articles|stories|news)|popular( now| stories)?|trending( now)?|"
    r"(related )?(tags|topics)|more in .{1,40}|"
    r"lesen sie auch|mehr zum thema|mehr themen.{0,30}|neueste artikel|weitere artikel|das könnte sie auch "
    r"interessieren|à lire aussi|lire aussi|sur le même (thème|sujet)|à découvrir|te puede interesar|"
    r"más noticias|ver también|leia também|leia mais|leggi anche|potrebbe interessarti|"
    r"(das( thema)?|dies|das hier) (könnte|dürfte) (dich|sie|euch) (auch )?interessieren|"
    r"mehr (artikel|beiträge|kolumnen|news|nachrichten|videos|rezepte|geschichten|tipps)\b.{0,40}|"
    r"empfehlungen (aus|für|der)\b.{0,40}|(weitere|ähnliche) (artikel|beiträge|themen|links))\W*(:.*)?$|"
    r"^\W*(this entry was posted|posted in|filed under|tagged with|kategorie(n)?:|schlagw[öo]rter:)|"
    r"\bwurde (am .{0,60})?veröffentlicht und (wurde )?unter\b|\b(abgelegt|kategorisiert) unter\b|"
    r"^\W*(click|tap) here to (read|see|view|watch|download|learn)\b|"
    r"^\W*mehr (zu|zum|zur|über) .{1,60}\b(lesen|finden|sehen|hören) sie\b.{0,40}$|"
    r"^\W*(for more (stories|news|articles) like this|(read|find out|learn) more about .{1,60}\b"
    r"(here|in our|on our)\b)",
    _I,
)
#: Notices that go with a form, whatever the form is for ("This site is protected by reCAPTCHA and
#: the Google Privacy Policy and Terms of Service apply."), and calls for readers' news tips ("Got a
#: story? Get in touch with our news team ...").
FORM_NOTICE_LINE = re.compile(
    r"\bprotected by recaptcha\b|\bgoogle privacy policy and terms of service apply\b|"
    + AT_SENTENCE_START
    + r"(got a story|have you got a story|do you have a story( to share| for us)?|got a news tip)\b.{0,3}\?|"
    + AT_SENTENCE_START
    + r"get in touch with (our|the) news ?(team|desk)\b",
    _I,
)
#: A line that is nothing but a way to reach someone (an e-mail address, a profile's address or handle),
#: or a WordPress shortcode the page never rendered ("[button link=...]Send us your review[/button]").
CONTACT_LINE = re.compile(
    r"^\W*(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$|"
    r"^\W*(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|threads|bsky)\.(?:com|net|app)/[\w./-]+\W*$|"
    r"^\s*\[(?P<shortcode>[a-z_-]+)\b[^\]]*\].*\[/(?P=shortcode)\]\s*$|"
    r"^\W*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?\W*$|"
    r"(?<![a-z])(?:pdf|docx?|xlsx?|pptx?|zip|odt)\s*[|,(]?\s*\d+(?:[.,]\d+)?\s*(?:kb|mb|kib|mib|kbyte|mbyte)\b",
    _I,
)
COPYRIGHT_LINE = re.compile(
    r"©|\(c\)\s*\d{4}|^\W*copyright\b|\bcopyright\s*(\(c\)|\d{4})|\ball rights reserved\b|\btous droits réservés\b|"
    r"\balle rechte vorbehalten\b|\btodos los derechos reservados\b|"
    r"無断転載|無断複製|版权所有|版權所有|무단\s?전재|무단\s?배포",  # "reproduction without permission ..."
    _I,
)
NAVIGATION_LINE = re.compile(
    r"^\W*(home|menu|search|skip to (main )?content|previous( post| article)?|next( post| article)?|"
    r"back to top|top stories|sections|log ?in|sign in|register|startseite|accueil|inicio|"
    r"close|caption|expand|collapse|zoom( in| out)?|enlarge|full ?screen|(open|view) (the )?(gallery|slideshow)|"
    r"(more|further) information|(weitere|mehr) informationen|plus d'informations|más información|"
    r"this slideshow requires javascript)\W*$"
    r"|^\W*(previous|next) (post|article|story)\s*[:\-–]"
    r"|\b(showing|zeige|es werden)\b.{0,30}\b\d+\s*(bis|to|-|–)\s*\d+\s*(von|of)( insgesamt)? \d+",
    _I,
)
AD_LINE = re.compile(
    r"^\W*(advertisement|advertising|advert|sponsored( content)?|ad|anzeige|werbung|publicité|publicidad|"
    r"pubblicità|(story|article) continues below( this)?( advertisement)?)\W*$|"
    r"\bunterstützen sie (uns|unsere arbeit)\b|\bjede (kleine )?spende hilft\b|^\W*we need your help\b|"
    r"\bplease (consider )?(donat|support us)|\baffiliate[- ]links?\b|\bwe may (earn|receive) (a )?"
    r"(commission|compensation)\b|"
    + AT_SENTENCE_START
    + r"(please )?(support|donate to|give to) (our|independent|us)\b|"
    + AT_SENTENCE_START
    + r"(become|werden sie|werde) (a |an )?(member|supporter|subscriber|patron|mitglied|unterstützer\w*|"
    r"abonnent\w*)\b|"
    + AT_SENTENCE_START
    + r"(jetzt|bitte) spenden\b|^\W*(donate|spenden)( now| jetzt)?\W*$|\bhazte (miembro|socio)\b",
    _I,
)

_EXTERNAL_CONTENT = (
    r"(?:externe[nrs]? inhalte?|redaktioneller inhalt|external content|third[- ]party content|"
    r"contenu externe|contenido externo|contenuto esterno)"
)
_CONSENT_WORDS = (
    r"(?:anzeig|angezeigt|einverstanden|ausblend|empfohlen|display|load|show|consent|enable|afficher|"
    r"mostrar|visualizza)"
)
#: Notices standing in for blocked external content (an embedded post, a video) until the reader consents.
EMBED_CONSENT_LINE = re.compile(
    rf"\b{_EXTERNAL_CONTENT}\b.*{_CONSENT_WORDS}|\b{_CONSENT_WORDS}.*\b{_EXTERNAL_CONTENT}\b",
    _I,
)

#: Staff credit lines ("Reporting by X; Editing by Y", "Redaktion: X"): about the article, not of it.
CREDITS_LINE = re.compile(
    r"^\W*(additional reporting|reporting|writing|editing|compiled|edited|produced|translated) by\b|"
    r"^\W*(redaktion|schlussredaktion|übersetzung|mitarbeit|bildrechte|rédaction|traduction|redacción|"
    r"image credits?|photo credits?)\s*:",
    _I,
)

# Ordered: the first kind whose pattern matches a boilerplate-shaped line wins.
BOILERPLATE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("paywall", REGISTRATION_LINE),
    ("paywall", PAYWALL_LINE),
    ("comments", COMMENTS_LINE),
    ("social", SOCIAL_LINE),
    ("newsletter", NEWSLETTER_LINE),
    ("share", SHARE_LINE),
    ("related", RELATED_LINE),
    ("copyright", COPYRIGHT_LINE),
    ("navigation", NAVIGATION_LINE),
    ("ad", AD_LINE),
    ("other", CREDITS_LINE),
    ("other", EMBED_CONSENT_LINE),
    ("other", FORM_NOTICE_LINE),
    ("other", CONTACT_LINE),
)


# --- read time --------------------------------------------------------------------------------------
READ_TIME = re.compile(
    r"^\W*(?:(?:est(?:imated|\.)?\s*)?(?:reading|read)\s+time|time\s+to\s+read|(?:geschätzte\s+)?lesezeit|"
    r"lesedauer|temps\s+de\s+lecture|"
    r"tiempo\s+de\s+lectura|lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leitura|leestijd|lästid|læsetid|"
    r"lesetid|lukuaika|czas\s+czytania|okuma\s+süresi|время\s+чтения|čas\s+čtení)?\s*[:\-–]?\s*"
    r"(?:about|approx\.?|approximately|ca\.?|circa|cerca\s+de|environ|etwa|około|~)?\s*"
    r"(?P<minutes>\d{1,3})(?:\s*[-–]\s*\d{1,3})?\s*"
    r"(?:min\.?|mins\.?|minutes?|minuten|minutos|minuti|minuut|minuter|minutter|minuuttia|minut|dk\.?|dakika|мин\.?|минут[аы]?)"
    r"(?!\w)\.?\s*"
    r"(?:read|reading|to read|read time|lesen|lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd|"
    r"läsning|læsning|lesing|czytania|okuma)?\W*$",
    _I,
)
READ_TIME_NEEDS_CONTEXT = re.compile(
    r"read|lese|lectur|lettur|leitur|leestijd|läs|læs|luku|czyta|okuma|чтени|čtení|^\W*\d{1,3}\s*mins?\b", _I
)
#: CJK read times ("読了時間：約3分", "阅读时间：3分钟", "읽는 시간 3분"), where no word boundary separates the units.
CJK_READ_TIME = re.compile(
    r"^\W*(?:読了時間|読む時間|阅读时间|閱讀時間|阅读|읽는\s*시간|읽기)\W*(?:約|约|약)?\s*(?P<minutes>\d{1,3})\s*(?:分钟|分鐘|分|분)\W*$"
)

# --- publication / syndication lines --------------------------------------------------------------------
# An outlet is a run of capitalised words (with a few joining words); matched case-sensitively.
OUTLET = (
    r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*"
    r"(?:\s+(?:[A-Z0-9&][\w.&'’\-]*|of|and|the|for|de|du|la|le|del|der|die|edition))*)"
)
_KIND = r"(?i:article|story|piece|post|column|essay|op-ed|report)"
PUBLICATION_LINES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^\W*(?:(?i:this|the) " + _KIND + r" (?i:was|is) )?(?i:originally|first) "
        r"(?i:published|posted|appeared|ran) (?i:in|at|by|on) " + OUTLET + r"(?P<rest>.*)$"
    ),
    re.compile(
        r"^\W*(?i:this|the) "
        + _KIND
        + r" (?i:first|originally) (?i:appeared|ran) (?i:in|on|at) "
        + OUTLET
        + r"(?P<rest>.*)$"
    ),
    re.compile(
        r"^\W*(?i:a version of this) " + _KIND + r" (?i:appears|appeared) (?i:in print)\b(?P<rest>.*?)"
        r"(?:\b(?i:of the|in the|in) " + OUTLET + r"\b.*)?$"
    ),
    re.compile(r"^\W*(?i:published|appeared) (?i:in|by) " + OUTLET + r"(?P<rest>.*)$"),
)

# --- dates ------------------------------------------------------------------------------------------
# Prefixes of dateline-shaped lines and the role each announces.
DATE_PREFIX = re.compile(
    r"^\W*(?P<prefix>(?:last\s+)?(?:updated|modified|edited|revised)(?:\s+on|\s+at)?|"
    r"(?:first\s+)?(?:published|posted|created|released|dated)(?:\s+on|\s+at)?|on|"
    r"aktualisiert(?:\s+am)?|veröffentlicht(?:\s+am)?|stand|publié(?:\s+le)?|mis à jour(?:\s+le)?|"
    r"publicado(?:\s+el)?|actualizado(?:\s+el)?|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?)\s*[:\-–]?\s*",
    _I,
)
#: Words announcing an update or a first publication, in the languages we read; searched in the words
#: before a date ("Updated", "Stand:", "Güncelleme:", "Uppfært", "更新", "수정"; "Published", "Erschienen
#: am", "Giriş:", "입력", "公開日").
MODIFIED_PREFIX = re.compile(
    r"\b(?:updat|modif|edited|revis|aktualis|stand\b|mis à jour|actualiz|aggiorn|güncelle|uppfært|oppdatert|"
    r"opdateret|uppdaterad|päivitetty|zuletzt)|更新|수정|업데이트",
    _I,
)
PUBLISHED_PREFIX = re.compile(
    r"\b(?:publi|pubblicat|posted|created|released|dated|veröffentl|erschienen|erstellt|giriş|yayın|"
    r"julkaistu|mise? en ligne)|公開|입력|게재|발행",
    _I,
)
#: A blog footer's sentence saying when the article was written ("This entry was posted on Monday,
#: December 14th, 2015 at 2:48 pm and is filed under ...", "Dieser Artikel wurde am 14. Dezember 2015 ...").
#: Where a blog files a post ("... and is filed under News", "... und wurde unter Allgemein abgelegt").
FILED_UNDER = re.compile(
    r"\b(filed under|posted in|categori[sz]ed (in|under)|abgelegt|kategorisiert|veröffentlicht und (wurde )?unter|"
    r"classé dans)\b",
    _I,
)
AUTHORSHIP_STATEMENT = re.compile(
    r"^\W*(?:this (?:entry|article|post|story) was (?:posted|published|written) on|"
    r"(?:dieser|der) (?:artikel|beitrag|eintrag) wurde (?:am|veröffentlicht am|erstellt am)|"
    r"cet (?:article|billet) a été publié le)\b",
    _I,
)
#: After a lead's opening date: an optional time, then the break between the dateline and the text.
DATELINE_BREAK = re.compile(
    r",?\s*(?:(?:um|at)\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?))?)?\s*"
    r"(?P<break>[|–—]|--?\s|/[^/\s]+/)",
    _I,
)
# A date phrase inside a longer line: "July 11th, 2025", "11 July 2025", "2025-07-11", "11.07.2025".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zé]*\.?"
DATE_PHRASE = re.compile(
    r"\b"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?"
    + _MONTH
    + r",?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b",
    re.IGNORECASE,
)
# Month and weekday names: see _calendar.py.
MONTH_SET = frozenset(name.lower() for names in MONTH_NAMES for name in names)
WEEKDAY_SET = frozenset(name.lower() for names in WEEKDAY_NAMES for name in names)
#: Words a dateline may hold besides the date: joining words in several languages, time zones.
DATELINE_FILLERS = frozenset(
    """at am pm of the on uhr um den der le à de del el il op van utc gmt est edt cst cdt mst mdt pst pdt
    ist pkt cet cest bst mez mesz aest aedt jst kst hkt sgt st nd rd th""".split()
)
DATE_WORDS = MONTH_SET | WEEKDAY_SET | DATELINE_FILLERS
NUMERIC_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?!\d)|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}"
)
#: Month names, the longest first (grouped by their first letter: several times faster to search).
MONTHS_LONGEST_FIRST = sorted(MONTH_SET, key=len, reverse=True)
_MONTH_ALTERNATIVES = by_first_character(MONTHS_LONGEST_FIRST)
#: One date anywhere in a line, in the shapes datelines take: East Asian, year first, numeric day and month
#: (day first with dots; slashes are ambiguous), and a month name before or after the day (text dumps
#: may glue the time to the year: "Apr 28 20232:23 PM").
DATE_TOKEN = re.compile(
    r"(?P<cjk>\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?)"
    r"|\b(?P<iso_year>\d{4})(?P<iso_sep>[-./])(?P<iso_month>\d{1,2})(?P=iso_sep)(?P<iso_day>\d{1,2})(?![\d])"
    r"|\b(?P<first>\d{1,2})(?P<sep>[./])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d]|\.\d)"
    r"|\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+|of\s+)?(?P<month_after>"
    + _MONTH_ALTERNATIVES
    + r")\b\.?,?\s+(?:de\s+)?(?P<year_after>\d{4})\b"
    r"|\b(?P<month_before>"
    + _MONTH_ALTERNATIVES
    + r")\b\.?\s+(?P<day_after>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year_before>\d{4})(?=\d?(?:\b|:))",
    _I,
)
#: A time of day right after a date ("13. Mai 2026 um 15:44", "03.07.2024 - 18:24", "9:26pm", "13:55 GMT+1").
TIME_AFTER_DATE = re.compile(
    r"\s*(?:,\s*|-\s*|–\s*|um\s+|at\s+|à\s+|a las\s+|alle\s+|kl\.?\s*|\|\s*)?"
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?![\d])\s*(?P<half>[ap]\.?m\.?)?"
    r"(?:\s*(?P<zone>gmt|utc)(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?\b)?",
    _I,
)
LETTERS = re.compile(r"[^\W\d_]+")
DIGIT = re.compile(r"\d")
#: Word characters, for comparisons that ignore punctuation.
WORD = re.compile(r"\w+")
#: A word of three letters or more (no digits), for comparing what two titles say.
LONG_WORD = re.compile(r"[^\W\d_]{3,}")


#: A line that is only a time, or a relative time, with an optional label ("5:50 PM", "Updated at
#: 1:23 p.m.", "Updated an hour ago", "Actualizado a las 20:56h.", "Aktualisiert um 9:10 Uhr"): head
#: metadata, though not a date claim.
TIME_ONLY = re.compile(
    r"^\W*(?:(?:(?:last\s+)?(?:updated|posted|published|modified)(?:\s+at|\s+on)?|"
    r"(?:aktualisiert|veröffentlicht)(?:\s+um)?|stand|(?:actualizado|publicado)(?:\s+a\s+las)?|"
    r"(?:mis à jour|publié)(?:\s+à)?|(?:aggiornato|pubblicato)(?:\s+alle)?)\s*:?\s*)?"
    r"(?:\d{1,2}(?:[:.]\d{2}|h\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|uhr)?\s*(?:[a-z]{2,4})?|"
    r"(?:an?|\d{1,3})\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)\W*$",
    _I,
)
#: A slideshow's counter ("3 of 12", "3 von 12", "3/12"): what follows it is that slide's caption.
GALLERY_COUNTER = re.compile(r"^\W*\d{1,3}\s*(?:of|von|de|di|sur|/)\s*\d{1,3}\W*$", _I)
#: A gallery's button over its first picture ("View 6 Images", "12 Bilder", "Voir les 8 photos").
GALLERY_LABEL = re.compile(
    r"^\W*(?:(?:view|see|show|open|zeige|alle|voir|ver|vedi)\s+)?(?:(?:all|les|las|los|le)\s+)?\d{1,3}\s+"
    r"(?:images?|photos?|pictures?|pics|bilder|fotos?|imágenes|immagini|foto)\W*$",
    _I,
)
#: Separators between a page title's parts ("Headline | Site", "Site - Headline").
_CJK_CHAR = r"[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
#: The same, or a full-width punctuation mark ("！", "？") that may end a title's part.
_CJK_CHAR_OR_MARK = r"[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff0f\uff1a-\uff1f]"
TITLE_SEPARATORS = re.compile(
    r"\s+[|–—»«·:]\s+|\s+-\s+|\s+::\s+|\s*[｜ㅣ]\s*"
    rf"|(?<={_CJK_CHAR})\s*[_：:]\s*(?={_CJK_CHAR})"  # "見出し：〇〇新聞デジタル", "标题_频道_某某日报"
    rf"|(?<={_CJK_CHAR_OR_MARK})-(?={_CJK_CHAR})"  # "기사 제목-정치", "标题！-新华网"
)
#: A separator left dangling at a title's end or start, its site name gone ("Headline -").
DANGLING_SEPARATOR = re.compile(r"^\s*[-|–—»«·]\s+|\s+[-|–—»«·]\s*$")
#: The separators that set a site's name apart and never join a headline's own parts.
TITLE_BARS = re.compile(r"\s+[|»«·]\s+|\s+::\s+|\s*[｜ㅣ]\s*")
#: Separators between the parts of a metadata line ("By X | May 3, 2024 · 4 min read").
SEGMENT_SPLIT = re.compile(r"\s*[|·•]\s*|\s{3,}|\s+[—–]\s+")

# --- bylines ------------------------------------------------------------------------------------------
BYLINE = re.compile(
    r"(?:^\W*(?:(?:written|words|posted|published|story|opinion|analysis|commentary|reporting) by|by|"
    r"(?:verfasst|geschrieben|erstellt) von|(?:ein )?(?:beitrag|kommentar|gastbeitrag|artikel) von|von|"
    r"publié par|par|(?:publicado|escrito) por|por|(?:pubblicato|scritto) da|a cura di|di|av|"
    r"authors?|autor(?:in|en|a)?|auteur|autore|verfasser(?:in)?|redakteur(?:in)?|reporter(?:in)?|"
    r"text|texto)\s*:?\s+"
    # Chinese and Japanese labels take a (full-width) colon and no space: "责任编辑：焦鹏", "文：山田太郎"
    r"|^\W*(?:作者|记者|記者|责任编辑|責任編輯|责编|編集|编辑|撰文|取材・文|文)\s*[:：]\s*)"
    r"(?P<names>[^|·•\n]{2,160})$",
    _I,
)
NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b|\bmit\b)\s*")

# --- images -------------------------------------------------------------------------------------------
#: A picture's credit at the end of its caption: "Photo: X", "Bild © X", "(Reuters)"; the credit may end
#: with the outlet in brackets ("Foto: X (Getty)", "Foto: X / Pixabay (Symbolbild)").
CREDIT_MARK = re.compile(
    r"(?:^|[\s(\[|/—–-])(?P<label>photo(?:graph)?s?|image|picture|pic|credit|illustration|video|foto|bild)"
    r"\s*(?:by|credit)?\s*[:©]\s*(?P<credit>[^()\[\]]{2,120}?(?:\s*\([^()\[\]]{1,40}\))?)[)\]]?\s*\.?$"
    r"|(?:^|\s)©\s*(?P<copy>[^()\[\]]{2,120}?(?:\s*\([^()\[\]]{1,40}\))?)\s*\.?$"
    r"|\((?P<paren>[^()]{2,60}(?:/| via )[^()]{2,60}|AP|AFP|Reuters|Getty Images|EPA|dpa)\)\s*\.?$",
    _I,
)
CAPTION_PREFIX = re.compile(
    r"^\W*(?:photo|image|picture|pictured|illustration|file photo|abbildung|abb\.|foto|bild|grafik|graphic|"
    r"chart|imagen|légende)\s*\d*\s*:\s*",
    _I,
)
#: A line that is only a picture's credit: "Photograph by X", "(Credit: X / Y)", "Foto: dpa", "Bild © X".
CREDIT_LINE = re.compile(
    r"^\W*(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|bild(?:er)?|illustration|crédit|crédito)"
    r"\s*(?:by|von|de|credit|:|©)\s*(?P<credit>[^.!?]{2,80}?)\)?\s*$",
    _I,
)
#: The wire agencies' caption opening: "In this Dec. 12, 2006, file photo, ..." says what a picture shows.
#: A line ending with its picture's credit in brackets ("... in Hanoi, Vietnam. (AP Photo/Hau Dinh)",
#: "(Photo by Jane Roe/Getty Images)", "(Foto: dpa)"): a caption, wherever the page puts it.
PHOTO_CREDIT_END = re.compile(
    r"\((?:[^()]{0,40}?\s)?(?:photo|photograph|foto|picture|image|bild)s?\s*(?:/|:|by\b|©)\s*[^()]{2,80}\)\W*$",
    _I,
)
WIRE_CAPTION = re.compile(
    r"^\W*in this\b.{0,60}?\b(?:file |handout )?(?:photo|image|picture|photograph)\b|"
    r"^\W*this\b.{0,60}?\b(?:photo|image|picture|photograph) (?:provided|released|made available|taken|obtained)\b",
    _I,
)
#: Finite verbs and subject pronouns that make a line a statement, not a picture's description: auxiliaries,
#: copulas and verbs of saying in the languages the language guess knows (words that are also nouns or
#: articles elsewhere - "hat", "war", "son", "il", "du" - left out).
FINITE_VERBS = frozenset(
    """is are was were has have had will would shall should can could may might must do does did said
    says told tells announced announces reported reports stated added explained
    ist sind waren hatte haben wird werden wurde wurden kann können soll sollen muss müssen sagte sagt
    est sont était étaient sera seront ont avait peut doit dit
    es fue fueron era eran había será puede dijo
    è sono erano hanno sarà può disse
    é são foi foram tem têm será pode disse
    zijn heeft hebben wordt worden werd moet zei""".split()
)
PRONOUNS = frozenset(
    """i we you he she they me us him her them my our your his their
    ich wir er sie ihr je nous vous ils elle elles yo nosotros ella ellos ellas io noi lui lei loro
    ele ela eles elas ik wij hij zij jij""".split()
)
