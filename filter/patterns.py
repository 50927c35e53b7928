"""Wording and markup that mark boilerplate, kept as data in one place.

The HTML cleaner, the plain-text segmenter and the classifier's features all
read these lists; none of them writes its own copy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

MEMO_CHARS = 200
"""Answers about texts this short are remembered (see ``_memo``)."""
MEMO_SIZE = 1 << 10
"""How many short texts each remembered pattern keeps answers for."""


def _memo(test: Callable[[str], bool]) -> Callable[[str], bool]:
    """``test`` with its answers for short texts remembered. The block
    features, the boilerplate rules, the segment features and the context
    pass ask the same questions of the same block, up to four times. Only
    texts of at most ``MEMO_CHARS`` are remembered, ``MEMO_SIZE`` of them
    per pattern, so the caches stay within a few MiB; most patterns answer
    a longer text from its length alone."""
    remembered = functools.lru_cache(maxsize=MEMO_SIZE)(test)

    @functools.wraps(test)
    def wrapper(text: str) -> bool:
        return remembered(text) if len(text) <= MEMO_CHARS else test(text)

    return wrapper


PROMO_HEADERS: tuple[str, ...] = (
    "read also",
    "also read",
    "read more",
    "read next",
    "more reading",
    "related",
    "related articles",
    "related stories",
    "related news",
    "related coverage",
    "related content",
    "related posts",
    "related links",
    "related topics",
    "see also",
    "more from",
    "more stories",
    "more news",
    "more on this",
    "more on this story",
    "latest news",
    "latest stories",
    "latest",
    "top stories",
    "trending",
    "trending now",
    "most read",
    "most popular",
    "popular stories",
    "recommended",
    "recommended for you",
    "recommended stories",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "don't miss",
    "editor's picks",
    "further reading",
    "watch next",
    "up next",
    "in other news",
    "what to read next",
    "lesen sie auch",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "lire aussi",
    "à lire aussi",
    "leer también",
    "leggi anche",
    "leia também",
    "veja também",
    "leia mais",
    "te puede interesar",
    "читайте также",
    # Chinese, Japanese, Korean
    "相关阅读",
    "相关新闻",
    "相关文章",
    "延伸阅读",
    "推荐阅读",
    "関連記事",
    "関連ニュース",
    "あわせて読みたい",
    "おすすめ記事",
    "관련기사",
    "관련 기사",
)

PROMO_HEADERS_MORE: tuple[str, ...] = (
    # "read also", "see also", "related" in more European languages, Indonesian, Vietnamese, Hindi and Arabic
    "читайте также по теме", "смотрите также", "читайте також", "czytaj też", "czytaj także", "czytaj również",
    "przeczytaj też", "przeczytaj także", "przeczytaj również", "zobacz też", "zobacz także", "lees ook",
    "läs också", "läs även", "læs også", "les også", "lue myös", "čtěte také", "čtěte též", "přečtěte si také",
    "čítajte aj", "prečítajte si aj", "citește și", "citeşte şi", "διαβάστε επίσης", "διαβάστε ακόμα",
    "lee también", "lea también", "lee más", "lea más", "vea también", "ver también", "mira también", "puedes ver",
    "te recomendamos", "le recomendamos", "le puede interesar", "noticias relacionadas",
    "también te puede interesar", "voir aussi", "lire également", "à lire également", "sur le même sujet",
    "ti potrebbe interessare", "potrebbe interessarti", "articoli correlati", "notícias relacionadas",
    "weitere artikel", "weitere beiträge", "das könnte dich auch interessieren", "auch interessant",
    "ilgili haberler", "baca juga", "xem thêm", "tin liên quan", "यह भी पढ़ें", "ये भी पढ़ें", "اقرأ أيضا",
    "اقرأ أيضاً", "zobacz również", "schon gelesen?", "zum weiterlesen", "weiterlesen", "viel gelesen", "meistgelesen",
    "weitere nachrichten", "saiba mais", "veja mais",
    # English widgets' headers, and German and Polish ones (segment feature version 5)
    "you may like", "you might like", "most viewed", "most shared", "sponsored stories", "around the web",
    "popular now", "in case you missed it", "lesen sie hier", "neueste artikel", "dowiedz się więcej",
    # A live blog's list of links to its own entries, and Russian lists of other news (segment feature version 6)
    "key events", "другие новости", "последние новости", "новости по теме", "похожие новости", "материалы по теме",
    # More lists of other news, in English and the languages of the sixth probe round (segment feature version 7)
    "more local news", "more local stories", "other news", "other stories", "more headlines",
    "berita terkait", "artikel terkait", "berita lainnya", "terpopuler", "ilginizi çekebilir", "benzer haberler",
    "diğer haberler", "ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง", "بیشتر بخوانید", "مطالب مرتبط", "أخبار ذات صلة",
    "أخبار متعلقة", "đọc thêm", "související články", "další články", "articole similare", "mais lidas",
)
"""Promo headers the block model was not trained with. The rules
(``is_promo_rule``: the boilerplate stage and the plain-text segmenter) and,
from segment feature version 4, the segment classifier's features read them;
the block model's features do not, so that a block model retrained from
``training/`` sees what the shipped one saw."""

PROMO_HEADERS_WITH_SOURCE: tuple[str, ...] = ("more from", "more on", "latest from", "more stories from", "more news from", "also on", "mehr von", "plus de")
"""Promo headers that may name a source or topic: ``More from CNN``."""


def _starts_with_letter(alternative: str) -> bool:
    """Whether a regex alternative starts with a literal letter (not one a quantifier repeats)."""
    return alternative[:1].isalpha() and alternative[1:2] not in ("?", "*", "+", "{")


def _by_first_letter(alternatives: Sequence[str]) -> str:
    """``(?=[ab…])(?:a(?:…)|b(?:…))``: the alternatives grouped by their
    first letter behind a lookahead on those letters, for case-insensitive
    use. It matches what the bare alternation ``a…|b…`` matches, faster:
    the lookahead fails at once at a position no alternative can start at,
    and elsewhere only the alternatives of its letter are tried (Python's
    engine otherwise tries every alternative in turn). Alternatives with the
    same first letter keep their order, and two with different first letters
    cannot both match at one position, so the first match is unchanged (a
    test checks that no character matches two of the letters)."""
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0].lower(), []).append(a[1:])
    first = "".join(sorted(groups))
    grouped = "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
    return rf"(?=[{first}])(?:{grouped})"


def _alternation(phrases: tuple[str, ...]) -> str:
    """The phrases as one alternation, longest first, grouped by first letter
    (``_by_first_letter``) when they all start with one. The promo headers'
    150 alternatives made ``PROMO_RULE_HEADER`` and ``PROMO_RULE_LEAD`` a
    microsecond a block each, tried in turn at the start of every line."""
    escaped = [re.escape(p) for p in sorted(phrases, key=len, reverse=True)]
    if all(_starts_with_letter(a) for a in escaped):
        return _by_first_letter(escaped)
    return "|".join(escaped)


_END = r"\s*[:»>|\-–—…]*\s*$"
_RULE_OPEN = r"(?:>>|[\[(【«»>•▶►])?\s*"
"""The rules also read a promo header in brackets or behind a bullet:
``[Read more: How to set up your accounts]``, ``(See also: …)``, ``► Related``, ``>> Lesen Sie auch``."""
_RULE_END = r"\s*[:：»>|\-–—….\])】]*\s*$"
_RULE_LEAD = r"\s*(?:[:：»>|\-–—\]】]|\.{3}|…)\s*\S"
"""After a header that opens a line and goes on with the teaser, the rules
also take a full-width colon and a closing square or lenticular bracket
(not a parenthesis, which closes words in prose): ``相关新闻：…``,
``【関連記事】青葉橋…``, ``[Read more] …`` (segment feature version 6), and
three dots, which Hindi sites set after the header: ``ये भी पढ़ें...`` alone,
or before the teaser (segment feature version 7)."""


def _promo_patterns(
    headers: tuple[str, ...], opening: str = "", end: str = _END, lead_end: str = r"\s*[:»>|\-–—]\s*\S"
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The header and lead patterns (``PROMO_HEADER``, ``PROMO_LEAD``) for a
    list of headers; ``opening`` may come before a header, ``end`` after one
    that stands alone (a header naming a source ends with ``_END``) and
    ``lead_end`` between one and its teaser."""
    header = re.compile(
        rf"^\s*(?:{opening}(?:{_alternation(headers)}){end}"
        rf"|(?:{_alternation(PROMO_HEADERS_WITH_SOURCE)})\s+[^.!?,;]{{1,40}}?{_END})",
        re.IGNORECASE,
    )
    lead = re.compile(rf"^\s*{opening}(?:{_alternation(headers)}){lead_end}", re.IGNORECASE)
    return header, lead


PROMO_HEADER, PROMO_LEAD = _promo_patterns(PROMO_HEADERS)
"""A line that is only a promo header, such as ``Read Also:`` or ``More from
CNN``; and a line that starts with a promo header and goes on with the teaser
itself: ``Read also: Iconic food chain closes``. The block model's features
read these, exactly as the shipped block model was trained with them."""
PROMO_RULE_HEADER, PROMO_RULE_LEAD = _promo_patterns(PROMO_HEADERS + PROMO_HEADERS_MORE, _RULE_OPEN, _RULE_END, _RULE_LEAD)
"""The same for the rules and the segment classifier's features, which also
know ``PROMO_HEADERS_MORE`` and read a header in brackets or behind a bullet
(``_RULE_OPEN``)."""
PROMO_HEADER_MAX_CHARS = 80
PROMO_LEAD_MAX_CHARS = 200
"""Longer lines are not a promo header, or a header and its teaser."""


def _words_pattern(alternatives: tuple[str, ...]) -> str:
    """``\\b(?:a|b|…)\\b`` for alternatives that each start with a literal
    letter, for case-insensitive use, with the same matches as the bare
    alternation but faster: a lookahead on the first letters lets the regex
    engine pass over most positions at once (twice as fast on page blocks),
    and the alternatives are grouped by first letter, so that a position is
    tried only against the alternatives that begin with its letter (Python's
    engine otherwise tries every alternative in turn). Alternatives with the
    same first letter keep their order, and two with different first letters
    cannot both match at one position, so the first match is unchanged."""
    if not all(_starts_with_letter(a) for a in alternatives):
        raise ValueError("every alternative must start with a literal letter")
    return rf"\b{_by_first_letter(alternatives)}\b"


def _words(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    """``_words_pattern`` compiled, case-insensitive."""
    return re.compile(_words_pattern(alternatives), re.IGNORECASE)


CALL_TO_ACTION = _words(
    (
        r"sign(?:\s|-)?up (?:for|to)", r"subscribe (?:to|now|for|today)", "newsletter",
        "click here", "tap here", "follow us on", "download (?:our|the) app", "get (?:our|the) app",
        "share (?:this|on)", "all rights reserved", "cookie", "cookies", "privacy policy", "terms of (?:use|service)",
        "advertisement", "sponsored content", "support (?:our|independent) journalism",
        "become a (?:member|subscriber)", "log ?in to", "sign in to", "create an account",
        "already a subscriber", "unlimited (?:digital )?access", "ad-free",
    )
)
"""Wording of calls to action, consent prompts and site furniture."""


@_memo
def has_call_to_action(text: str) -> bool:
    """True when ``text`` holds CALL_TO_ACTION wording."""
    return CALL_TO_ACTION.search(text) is not None


CONSENT_WORDING: tuple[str, ...] = (
    # English
    r"we and our (?:\d+ )?(?:partners|vendors)", r"store (?:and/or access )?information on (?:your|a) device",
    r"access information on (?:your|a) device", r"this (?:web)?site uses cookies", r"our (?:web)?site uses cookies",
    r"we use cookies",
    r"accept (?:all )?cookies", r"reject (?:all )?cookies", r"allow (?:all )?cookies",
    r"cookie (?:settings|preferences|policy|consent)", r"cookies policy",
    r"manage (?:your )?(?:cookie |privacy )?(?:preferences|options|settings|consent)",
    r"legitimate interests?", "precise geolocation", "device scanning", r"personali[sz]ed (?:ads|advertising)",
    r"give (?:your )?consent", r"withdraw (?:your )?consent", r"refuse (?:your )?consent",
    r"technolog(?:y|ies),? (?:such as|like) cookies", r"tools,? (?:such as|like) cookies",
    r"cookies (?:and|or) (?:similar|other|comparable) (?:technologies|tracking|tools|trackers)",
    r"strictly necessary (?:cookies|technologies|tools)", r"choose not to (?:agree|accept|consent)",
    # German
    r"wir und unsere (?:\d+ )?partner", r"informationen auf (?:ihrem|einem|deinem) (?:end)?gerät",
    r"diese (?:web)?(?:seite|site) (?:verwendet|nutzt|benutzt|setzt) cookies",
    r"wir (?:verwenden|nutzen|benutzen|setzen) (?:technologien wie )?cookies",
    r"cookies (?:und|oder) (?:ähnliche|vergleichbare|andere) technologien",
    r"cookie[- ]?(?:einstellungen|richtlinien?|erklärung|hinweis|präferenzen)",
    r"alle cookies akzeptieren", r"alle cookies ablehnen", r"cookies verwalten", r"genauen? standortdaten",
    r"endgerät\w* zur identifikation", r"gerät\w* zur identifikation",
    r"einwilligung(?: \S+){0,12} widerrufen", r"zustimmung(?: \S+){0,12} widerrufen",
    # French
    r"nous et nos (?:\d+ )?partenaires", r"informations sur (?:un|votre) appareil",
    r"site (?:web |internet )?utilise des cookies", r"nous utilisons (?:des |les )?cookies",
    r"cookies (?:et|ou) (?:autres )?traceurs",
    r"paramétrer (?:les |mes |vos )?cookies", r"personnaliser (?:les |mes |vos )?cookies",
    r"gérer (?:les |mes |vos )?cookies", r"retirer (?:votre |ton )?consentement", r"géolocalisation précises?",
    # Spanish
    r"nosotros y nuestros (?:\d+ )?socios", r"información en (?:un|su|tu) dispositivo",
    r"sitio(?: web)? (?:utiliza|usa) cookies", r"utilizamos cookies", r"usamos cookies",
    r"cookies propias y de terceros", r"configurar (?:las )?cookies",
    r"aceptar (?:las )?cookies", r"rechazar (?:las )?cookies", r"gestionar (?:las )?cookies",
    r"retirar (?:el |su |tu )?consentimiento", r"geolocalización precisa", r"solicita (?:tu|su) consentimiento",
    # Italian
    r"noi e i nostri (?:\d+ )?partner", r"informazioni su(?:l)? (?:un |tuo |suo )?dispositivo",
    r"sito (?:web )?(?:utilizza|usa) (?:i )?cookie", r"utilizziamo (?:i )?cookie", r"usiamo (?:i )?cookie",
    r"cookie (?:tecnici|di profilazione|analitici)", r"informativa (?:estesa )?sui cookie",
    r"accetta (?:tutti )?(?:i )?cookie", r"rifiuta (?:tutti )?(?:i )?cookie", r"revocare (?:il (?:tuo |suo )?)?consenso",
    r"geolocalizzazione precisi",
    # Dutch
    r"wij en onze (?:\d+ )?partners", r"informatie op (?:een|uw|je) apparaat",
    r"site (?:gebruikt|maakt gebruik van) cookies", r"website (?:gebruikt|maakt gebruik van) cookies",
    r"wij gebruiken cookies", r"we gebruiken cookies", r"cookie-?(?:instellingen|beleid|voorkeuren|verklaring)",
    r"cookies accepteren", r"cookies weigeren", r"cookies beheren", r"precieze geolocatiegegevens",
    r"toestemming (?:intrekken|geven|weigeren)", r"technieken zoals cookies", r"gebruiken (?:wij|we) (?:technieken zoals )?cookies",
    # Portuguese ("utilizamos cookies" and "usamos cookies" are the Spanish ones)
    r"nós e (?:os )?(?:nossos )?(?:\d+ )?parceiros", r"informaç(?:ões|ão) (?:num|em um|no seu|em seu|no) dispositivo",
    r"site (?:utiliza|usa) cookies", r"website (?:utiliza|usa) cookies",
    r"definições de cookies", r"configurações de cookies", r"preferências de cookies",
    r"aceitar (?:todos )?(?:os )?cookies", r"rejeitar (?:todos )?(?:os )?cookies",
    r"retirar (?:o (?:seu |teu )?)?consentimento", r"geolocalização precisos",
    # Polish
    r"my i nasi (?:\d+ )?partnerzy", r"informacj\w* na (?:twoim |swoim )?urządzeniu",
    r"strona(?: internetowa)? (?:używa|wykorzystuje|stosuje) (?:plików )?cookies?",
    r"używamy (?:plików )?cookies?", r"wykorzystujemy (?:plików )?cookies?", r"stosujemy (?:plików )?cookies?",
    r"ustawienia (?:plików )?cookies?",
    r"akceptuj\w* (?:wszystkie )?(?:pliki )?cookies?", r"zaakceptuj (?:wszystkie )?(?:pliki )?cookies?",
    r"precyzyjn\w* dan\w* geolokalizacyjn\w*",
    # Turkish, Czech, Romanian, Greek
    r"çerez(?:ler)?(?:i|e)? kullan\w*", r"çerez politikası", r"çerez ayarları", r"kabul etmiş sayılırsınız",
    r"web (?:používá|využívá) (?:soubory )?cookie", r"soubory cookie", r"používáme (?:soubory )?cookie",
    r"site(?:ul)? folosește (?:module )?cookie", r"folosim (?:module )?cookie", r"cookie-uri",
    r"χρησιμοποιούμε cookies", r"χρησιμοποιεί cookies",
)
"""Wording of cookie and consent banners: the IAB framework's stock text
and its variants (``We and our partners store and/or access information on
a device``, ``Manage options``) and the common banners' sentences, in
English, German, French, Spanish, Italian, Dutch, Portuguese and Polish
(``Wir und unsere Partner``, ``Nous et nos partenaires``, ``Utilizamos cookies
propias y de terceros``). A phrase that reporting uses as often goes
unlisted: a court's "berechtigtes Interesse", "intérêt légitime" or "interés
legítimo" is law, not a banner, and "política de cookies" or "anúncios
personalizados" are what stories about advertising say, next to words that
also address a reader in those languages ("su", "nas")."""
CONSENT = _words(CONSENT_WORDING)
CONSENT_KEYS: tuple[str, ...] = (
    "cookie", "consen", "partner", "vendors", "device", "legitimate", "geoloca", "personali", "manage", "strictly",
    "choose not",
    "gerät", "standortdaten", "widerruf", "partenaires", "appareil", "géolocalisation", "socios", "dispositivo",
    "apparaat", "toestemming", "parceiros", "urządzeni", "geolokali", "çerez", "kabul etmiş",
)
"""Every alternative of ``CONSENT_WORDING`` holds one of these, in each of
its branches: looking for them in the lower-cased text first is faster than
the pattern on a paragraph of reporting, which holds none."""
CONSENT_BUTTONS: tuple[str, ...] = (
    r"accept all(?: and (?:close|continue))?", r"reject all", r"accept (?:and|&) close",
    r"agree and (?:close|continue|proceed)", r"continue without accepting",
    r"alle akzeptieren", r"alle ablehnen", r"akzeptieren(?: und (?:schließen|weiter|fortfahren))?", r"ablehnen",
    r"zustimmen(?: und weiter)?", r"(?:einstellungen|optionen) verwalten",
    r"tout accepter", r"tout refuser", r"accepter et (?:fermer|continuer)", r"continuer sans accepter",
    r"gérer (?:les |mes )?(?:options|choix|préférences)",
    r"aceptar (?:todo|todas|todos)", r"aceptar y (?:cerrar|continuar)", r"rechazar (?:todo|todas|todos)",
    r"gestionar (?:opciones|preferencias)",
    r"accetta (?:tutto|tutti)", r"accetta e (?:chiudi|continua)", r"rifiuta (?:tutto|tutti)", r"continua senza accettare",
    r"gestisci (?:opzioni|preferenze)",
    r"alles accepteren", r"accepteren", r"alles weigeren", r"(?:instellingen|opties|voorkeuren) beheren",
    r"aceitar (?:tudo|todos)", r"aceitar e (?:fechar|continuar)", r"rejeitar (?:tudo|todos)",
    r"(?:gerir|gerenciar) (?:opções|preferências)",
    r"akceptuję", r"(?:za)?akceptuj wszystkie", r"akceptuję wszystkie", r"odrzuć wszystkie",
    r"zarządzaj opcjami",
    r"tümünü kabul et", r"reddet", r"çerez ayarları", r"přijmout vše", r"odmítnout vše", r"accept toate", r"refuz(?: toate)?",
    r"αποδοχή όλων", r"απόρριψη(?: όλων)?",
)
"""A consent banner's buttons, whole (``Accept all``, ``Alle akzeptieren``,
``Tout accepter``, ``Akceptuję``). Only the whole text of a block counts: "alle akzeptieren" in
a sentence is as often a coach's or a party's."""
CONSENT_BUTTON = re.compile(rf"(?:{'|'.join(CONSENT_BUTTONS)})[.!]?", re.IGNORECASE)
_ADDRESSED_WORDS: tuple[str, ...] = ("you", "your", "we", "our", "us")
"""English words that speak to the reader."""
CONSENT_ADDRESSED_WORDS: tuple[str, ...] = (
    "wir", "uns", r"unser\w*", r"dein\w*", "dich", "dir", "euch", "euer", r"eure[mnrs]?",
    "vous", "votre", "vos", "nous", "notre", "nos", "tu", "te", "toi",
    r"usted(?:es)?", "tus", "nosotros", r"nuestr[oa]s?", "puedes", "aceptas",
    "noi", r"nostr[oaie]", "tuo", "tua", "tuoi", "tue", "ti", "voi", r"vostr[oaie]",
    "wij", "ons", "onze", "uw", "jij", "jouw", "je",
    r"vocês?", "nós", r"noss[oa]s?",
    "nas", "nasi", r"nasz\w*", "twój", r"twoj\w*", "twoim", "twoich",
    "sizin", "sizi", "sayılırsınız", r"sitemiz\w*", "kullanıyoruz", "vám", "váš", "vaše", "vás", "dumneavoastră", "voastră", "σας",
)
"""Words that speak to the reader in the banners' other languages. Some
are common words too (Portuguese "nas", in the; Spanish "su", below, is also
his and her): there the wording decides nearly alone, and is chosen for that."""
CONSENT_ADDRESSED_CASED: tuple[str, ...] = ("Sie", r"Ihr\w*", "u", "su", "sus", r"seus?", r"suas?")
"""Words that speak to the reader only in this case: German "sie" and "ihr"
are also she, they and her, "U" is also the U of U.S., and "Su" a name."""
_ADDRESSED = re.compile(
    _words_pattern(_ADDRESSED_WORDS + CONSENT_ADDRESSED_WORDS) + rf"|\b(?-i:{'|'.join(CONSENT_ADDRESSED_CASED)})\b",
    re.IGNORECASE,
)
"""Words that speak to the reader, in any of these languages: consent
wording and a newsletter pitch count only with one of them."""
CONSENT_MAX_WORDS = 120
"""Consent paragraphs are short; a long one that quotes such words is reporting on them."""
CONSENT_BUTTON_WORDS = 4
"""A text this short with consent wording is a banner's button or link
(``Accept all cookies``, ``Manage options``), whoever it speaks to."""


def is_consent(text: str) -> bool:
    """A short paragraph of a cookie or consent banner: consent wording that
    speaks to the reader (``we``, ``you``, ``Sie``, ``vous``), or a button's
    few words (``CONSENT_BUTTONS``, or consent wording that short). Reporting
    on privacy law names cookies too, but does not ask the reader to accept
    them."""
    spaces = text.count(" ")
    if spaces >= CONSENT_MAX_WORDS:
        return False
    if spaces < CONSENT_BUTTON_WORDS and CONSENT_BUTTON.fullmatch(text) is not None:
        return True
    lowered = text.lower()
    return (
        any(map(lowered.__contains__, CONSENT_KEYS))
        and CONSENT.search(text) is not None
        and (spaces < CONSENT_BUTTON_WORDS or _ADDRESSED.search(text) is not None)
    )


PROMPT = _words(
    (
        r"sign(?:\s|-)?up (?:here|now|today|for (?:our|the|a free|free)|to (?:our|the|receive|get))",
        r"subscribe (?:now|today|here|for free|to (?:our|my) \w+)", "subscribe to (?:the )?(?:newsletter|channel|podcast)",
        "enter your e-?mail", "in your inbox", "to your inbox", "click here", "tap here", "download (?:our|the) app",
        "follow us (?:on|for)", "join (?:our|the) (?:newsletter|mailing list)", "register (?:now|today|for free)",
        "become a (?:member|subscriber) (?:today|now)", "support (?:our|independent) journalism",
        "signing up (?:to|for) our", "to continue reading", "to (?:view|read) the full (?:story|article)",
        r"download (?:our|the) (?:\S+ ){0,2}apps? (?:for|on|from) (?:ios|android|iphone|the app store|google play)",
        "already (?:a subscriber|subscribed)",
        r"follow (?:us|(?!me\b)\w+(?: \w+)?) on (?:twitter|facebook|instagram|tiktok|youtube|telegram|whatsapp|linkedin|threads|bluesky)",
        r"join (?:our|\w+(?:'s|’s)) (?:whatsapp|telegram) (?:channel|group)",
        # Spanish, German, French, Italian, Portuguese
        "síguenos en", "siguenos en", "únete a nuestro (?:canal|grupo)", "unete a nuestro (?:canal|grupo)", "suscríbete",
        "suscribete", "folgen sie uns", "folge uns", "jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren)",
        "newsletter abonnieren", "abonnez-vous", "inscrivez-vous", "suivez-nous", "iscriviti", "seguici su", "siga-nos",
        "inscreva-se",
        # Donation appeals
        "donate (?:now|today|here)", "please donate", "jetzt spenden", "spenden sie (?:jetzt|hier|noch heute)",
        "faites un don", "faire un don", "haz una donación", "haga una donación", "dona ora", "doneer nu", "doe agora",
        "wesprzyj nas",
        # Calls to join a news channel (Telegram, WhatsApp) in Russian, Ukrainian, Indonesian, Brazilian Portuguese, Turkish
        "подписывайтесь на наш", "подписывайтесь на нас", "подпишитесь на наш", "підписуйтесь на наш", "підписуйтесь на нас",
        "bergabung di saluran whatsapp", "bergabung di grup telegram", "bergabung di kanal whatsapp",
        "dapatkan update berita pilihan", "simak breaking news", "receba no celular as notícias",
        "entre no canal do", "participe do canal do", "siga o canal do", "google news ile abone ol",
    )
)
"""Imperative calls to action: a paragraph asking the reader to sign up,
subscribe or click is a prompt, even written as prose inside the article.
"Follow <the paper> on Instagram" counts, a blogger's "follow me on
Bluesky" does not: on the development pages it is the post's own text."""
PROMPT_MAX_WORDS = 80
"""Prompts are short; a long paragraph that quotes such words is reporting."""
PROMPT_UNSPACED = re.compile(r"友だち追加|LINEで(?:友だち|登録)|最新ニュースが届きます|关注我们的微信|扫码关注")
"""Calls to action in Japanese and Chinese, which ``PROMPT``'s word
boundaries cannot find inside an unspaced sentence: "LINEで友だち追加",
"扫码关注"."""


SHARE = re.compile(
    r"(?:share (?:this|the) (?:article|story|post|page)|(?:diesen |den )?artikel teilen|partager (?:cet |l')article"
    r"|compartir (?:este |el )?artículo|condividi (?:questo |l')articolo|deel (?:dit |het )?artikel"
    r"|compartilh(?:e|ar) (?:este |o )?artigo|udostępnij (?:ten )?artykuł)\b",
    re.IGNORECASE,
)
"""A line asking the reader to share the article, in the seven languages
of the other prompts ("Share this story", "Möchten Sie den Artikel
teilen?")."""
SHARE_MAX_WORDS = 8
"""Only a short line: "the minister did not share the article's view" is reporting."""


COMMENT_FORM = _words(
    (
        r"leave a (?:reply|comment)", "post a comment", "add a comment", r"your e-?mail address will not be published",
        "required fields are marked", "comments are closed", r"join the (?:discussion|conversation)",
        r"log in to (?:reply|comment)",
    )
)
"""The stock wording of a comment form: the form is not article text, and
neither is the comment section it opens."""
PITCH = _words(
    (
        r"never miss an? (?:story|thing|post|beat|headline|update)",
        r"free (?:daily |weekly |morning |evening )?(?:e-?mail|newsletter|briefing|bulletin|digest)",
        r"daily (?:e-?mail|newsletter|briefing|bulletin|digest)", r"weekly (?:e-?mail|newsletter|briefing|bulletin|digest)",
        r"morning (?:e-?mail|newsletter|briefing|bulletin|digest)",
        # German, French, Spanish, Italian, Dutch, Portuguese
        r"in (?:ihr|dein|euer)(?:em|en)? (?:e-mail-)?postfach", r"kostenlose[nr]? newsletter", r"täglich(?:e[nr]?)? newsletter",
        r"schicken wir (?:ihnen|dir|euch) (?:die|unsere?n?) (?:wichtigsten |besten )?(?:nachrichten|news|artikel|geschichten)",
        r"senden wir (?:ihnen|dir|euch) (?:die|unsere?n?) (?:wichtigsten |besten )?(?:nachrichten|news|artikel|geschichten)",
        r"dans votre boîte (?:mail|e-mail|de réception|aux lettres)", r"newsletter gratuite",
        r"en tu (?:correo|bandeja de entrada|email)", r"boletín (?:gratuito|diario|semanal)",
        r"nella tua (?:casella|email|posta)", r"in je (?:mailbox|inbox)", r"gratis nieuwsbrief",
        r"no seu (?:e-mail|email)", r"na sua caixa de (?:entrada|e-mail)",
        # A sign-up box's small print
        r"we(?: will|'ll)? never (?:share|sell) your (?:e-?mail|details|data|information|personal)",
        r"i(?: will|'ll)? never (?:share|sell) your (?:e-?mail|details|data|information|personal)",
        r"unsubscribe at any ?time", r"newsletters? may contain",
        r"jederzeit (?:wieder )?(?:abbestellen|abmelden|kündigen)", r"abmeldung (?:ist )?jederzeit möglich",
        r"désinscrire à tout moment", r"désabonner à tout moment",
        r"darte de baja en cualquier momento", r"cancelar (?:tu|la) suscripción en cualquier momento",
        r"disiscriverti in qualsiasi momento", r"cancelar a subscrição a qualquer momento",
    )
)
"""A newsletter pitch that asks for nothing in so many words ("Never miss a
story: get our free daily email"), or the small print under a sign-up
form ("We will never share your email address", "Unsubscribe at any
time"). Media reporting names newsletters too, so a pitch must also speak
to the reader."""


DISCLOSURE = _words(
    (
        r"this (?:post|article|page|story|review|guide) (?:may )?contains? (?:affiliate )?links",
        r"the (?:post|article|page|story|review|guide) (?:may )?contains? (?:affiliate )?links",
        r"we (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|fee|share of sales)",
        r"may earn (?:us )?a (?:small )?commission", r"might earn (?:us )?a (?:small )?commission",
        r"at no (?:extra|additional) cost to you", r"buying through (?:our )?links", r"purchases? (?:made )?through (?:our )?links",
        "references to products from one or more of our advertisers",
        r"may not be (?:published|reproduced), broadcast, rewritten,? or redistributed", "copyrighted property of",
        r"enthält (?:werbung|affiliate-links|anzeigen)", r"affiliate-links?", r"werbelinks?",
        r"affiliatelinks?", r"as an amazon associate", r"i earn from qualifying purchases", r"we earn from qualifying purchases",
        r"read our (?:full )?disclosure", r"see our (?:full )?disclosure", r"our disclosure page", r"affiliate links are used",
        r"links in this (?:article|post|page) are affiliate", r"should ever be used as a substitute for",
        r"materiał chroniony prawem autorskim",
        r"está (?:expresamente )?prohibida la (?:redistribución|reproducción)",
        r"queda (?:expresamente )?prohibida la (?:redistribución|reproducción)",
        r"reproduction (?:même partielle )?interdite", r"riproduzione riservata",
        r"é proibida a reprodução", r"nachdruck (?:nur )?(?:verboten|mit genehmigung)",
    )
)
"""An affiliate or advertising disclosure ("We may earn a commission …",
"Dieser Beitrag enthält Werbung", "As an Amazon Associate we earn from
qualifying purchases"), a site's disclaimer ("No content on this site …
should ever be used as a substitute for …"), or a copyright notice ("… may not be published,
broadcast, rewritten or redistributed", "Materiał chroniony prawem
autorskim", a wire's "Está expresamente prohibida la redistribución …",
"Reproduction interdite", "Riproduzione riservata", "Nachdruck verboten"). Not "All rights reserved": a page's footer has it, which the
model drops anyway, and so does the output of a program quoted in a post.
Nor the bare names "advertising disclosure", "disclosure policy" or "earn
from qualifying purchases", which a report on advertising rules uses; the
disclosure's own wording ("read our disclosure policy", "we earn from
qualifying purchases") is read instead."""
DISCLOSURE_MAX_WORDS = 60
"""Disclosures are a line or two; a longer paragraph that names commissions is a page's own text."""


@_memo
def is_disclosure(text: str) -> bool:
    """A short affiliate or advertising disclosure, or a copyright notice."""
    return text.count(" ") < DISCLOSURE_MAX_WORDS and DISCLOSURE.search(text) is not None


COMMENT_FORM_MAX_WORDS = 20
"""A comment form's heading or note; a blogger's closing paragraph that asks
readers to leave a comment is the post's own text."""
PITCH_MAX_WORDS = 40
"""A pitch is a line or two; a longer paragraph that names a free newsletter
is a page's own text (a mail service describing its product)."""


@_memo
def is_prompt(text: str) -> bool:
    """A short paragraph that asks the reader to sign up, subscribe or click."""
    return text.count(" ") < PROMPT_MAX_WORDS and (
        PROMPT.search(text) is not None or not text.isascii() and PROMPT_UNSPACED.search(text) is not None
    )


def is_form_or_pitch(text: str) -> bool:
    """A comment form's heading or note, a line asking to share the article,
    or a newsletter pitch that speaks to the reader."""
    spaces = text.count(" ")
    if spaces < COMMENT_FORM_MAX_WORDS and COMMENT_FORM.search(text) is not None:
        return True
    if spaces < SHARE_MAX_WORDS and SHARE.search(text) is not None:
        return True
    return spaces < PITCH_MAX_WORDS and PITCH.search(text) is not None and _ADDRESSED.search(text) is not None


BUTTON = re.compile(
    r"(?:(?:book|buy|shop|order|apply|download|register|watch|listen|call|start|subscribe) (?:now|today|here|online)"
    r"|learn more|find out more|discover more|check (?:the )?price|view (?:the )?deal|see (?:the )?deal|buy (?:it )?on amazon"
    r"|get (?:a|your) (?:free )?quote(?: today| now)?)"
    r"[.!]?(?: \(?\+?[\d() -]{7,}\)?)?",
    re.IGNORECASE,
)
"""A button's label standing alone as a block: "Book now", "Learn more.",
"Buy on Amazon", "Get a Quote (212) 555-0100". The whole block must be
the label (``fullmatch``): "Learn more about the scheme at the council's
website" is a sentence, and a bare verb ("Watch", "Register") can be a
heading. On held-out block probabilities, of the kept blocks of wcxb-dev
and trafilatura-eval pages it matches, 103 were outside wcxb-dev's truth
and 17 a line of it (10 "Buy on Amazon" lines that product reviews' truth
holds, and "Learn more" links under a service's description)."""


BUTTON_MAX_CHARS = 60
"""Longer than any label ``BUTTON`` reads, phone number included."""


def is_button(text: str) -> bool:
    """A block that is only a button's label (``BUTTON``)."""
    return len(text) <= BUTTON_MAX_CHARS and BUTTON.fullmatch(text) is not None


CREDIT = re.compile(
    r"^\s*(?:photo(?:graph)?s?|pictures?|image|video|illustration|graphic|chart|map|credit|source"
    r"|fotos?|bild(?:er)?|abbildung|abb\.|grafik|quelle|imagen|fuente|crédits?)\s*(?:by\b|credit\b|courtesy\b|:)"
    r"|^\s*(?:fot\.|foto di|foto de)\s*(?-i:[A-Z])"
    r"|" + _words_pattern(("getty images", "reuters/", "ap photo", "afp via getty", "shutterstock")),
    re.IGNORECASE,
)
"""A photo credit or media attribution line (``Photo: Daniel Frost``,
``Picture by Anna Webb``, ``AP Photo/…``, ``Chart: …``, Polish ``Fot.
Marek Zieliński``, Italian ``Foto di Luca Bianchi``, Spanish ``Foto de
Ana López``: the name after them capitalised)."""
CREDIT_MAX_WORDS = 12
_CREDIT_TAIL_WORDS: tuple[str, ...] = ("photo(?:graph)?", "picture", "image", "credit", "foto", "bild")
STOCK_AGENCIES: tuple[str, ...] = (
    r"istock(?:photo)?(?:\.com)?", r"shutterstock(?:\.com)?", r"getty ?images", r"adobe ?stock", r"pixelio(?:\.de)?",
    r"pixabay(?:\.com)?", r"unsplash(?:\.com)?", r"imago(?: images)?", r"picture[- ]alliance", r"stock\.adobe\.com",
    r"fotolia(?:\.com)?", r"123rf(?:\.com)?", r"dreamstime(?:\.com)?", r"depositphotos(?:\.com)?", r"alamy",
)
"""Photo agencies whose name closes a caption after a slash, a bar or a
©: ``… (mlharing / iStock.com)``, ``… © Rike/pixelio.de``."""
WIRE_AGENCIES: tuple[str, ...] = (
    "AP", "AFP", "EFE", "dpa", "DPA", "Reuters", "REUTERS", "ANSA", "ANP", "APA", "EPA", "Keystone", "Europa Press", "Xinhua",
)
"""News agencies whose name, a slash and the photographer's name close a
caption: ``… cerrado desde 2022. EFE/Ana López``, ``… (dpa/Thomas Kern)``.
The name after the slash is a capitalised word: a wire story's source line
(``(dpa/lnw)``, ``(AFP/Reuters)``) is not a caption."""
CREDIT_TAIL = re.compile(
    rf"(?:(?:^|(?<=[\s(\[]))(?:(?i:{'|'.join(_CREDIT_TAIL_WORDS)})s?\s*(?:(?i:by|courtesy(?: of)?)\s+|:\s*|/\s*)|(?i:fot\.)\s*)|(?:^|(?<=[(\[]))(?i:foto di|foto de)\s+|©\s*)"
    r"[A-Z](?:[^.!?()\[\]:©]|\.(?=[a-z]{2,4}\b)){0,60}[)\]]?\s*$"
    rf"|[/|©]\s*(?i:{'|'.join(STOCK_AGENCIES)})\s*[)\]]?\s*$"
    r"|(?<=[(\[])(?i:photos?)\s+(?:(?i:archives?|d'archives)\s+)?[A-Z][^()\[\]]{1,60}[)\]]\s*$"
    r"|\(\s*사진\s*=[^()]{1,40}\)\s*$|\[[^\[\]]{0,60}(?:제공|재판매 및 DB 금지)[^\[\]]{0,40}\]\s*$"
    r"|(?:记者|通讯员|摄影)\s*\S{1,12}\s*摄\s*[)）]?\s*$|\((?:फाइल\s+)?(?:फोटो|फ़ोटो)\s*:[^()]{1,40}\)\s*$"
    r"|(?<=[.!?] )\([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}/[\w.-]{2,30}\)\s*$"
    rf"|(?:^|(?<=[\s(\[]))(?:{'|'.join(WIRE_AGENCIES)})\s*/\s*(?!(?:{'|'.join(WIRE_AGENCIES)})\b)[A-Z][a-zà-ÿ]+(?:[ -][A-Z][\w'-]*){{0,3}}\s*[)\]]?\s*$"
)
"""A caption that ends on its credit: ``Smoke over the estate on Sunday.
(Image: County Fire Service)``, ``… Picture: Tom Hale``, ``… (AP
Photo/Maria Lopez)``, ``… | © AFP / Marco Bertorello``, ``…© Rike/pixelio.de``,
Polish ``… Fot. Marek Zieliński``, Italian ``… (Foto di Luca Bianchi)`` (in
brackets only: "una foto de María" is a sentence's), French ``… (Photo AFP)``
and ``… (Photo archives Jean Dumas)`` (in brackets, a capital after),
Korean ``… (사진=연합뉴스)`` and ``[한빛시 제공. 재판매 및 DB 금지]``, Chinese
``…新华社记者 李华 摄``, Hindi ``… (फाइल फोटो: PTI)``, Indonesian ``…
(Andi Saputra/detakNusa)`` (after a sentence: two capitalised names, a
slash with no space around it, the outlet; "(Project Lead / Strategist)"
is a title).
The name after it is capitalised (a dot in it only before a domain's
ending); or the caption ends on a photo agency (``STOCK_AGENCIES``) after a
slash, a bar or a ©."""
CAPTION_MAX_WORDS = 40

CAPTION_TAGS: frozenset[str] = frozenset({"figcaption", "caption"})
"""Elements whose text describes a picture or a table: captions, not article text."""

CAPTION_TOKENS: frozenset[str] = frozenset(
    {"cutline", "cutlines", "bildunterschrift", "bildtext", "bildbeschreibung", "bildnachweis", "bildquelle",
     "legende", "légende", "legenda", "didascalia", "pie-foto", "pie-de-foto", "piefoto", "pie-imagen",
     "bijschrift", "fotobijschrift"}
)
"""Class and id names of a caption or a photo credit that do not say
``caption`` or ``credit``: the US ``cutline``, German ``bildunterschrift``
and ``bildnachweis``, French ``légende``, Spanish ``pie-foto``, Italian
``didascalia``, Dutch ``bijschrift``. The block model reads ``caption`` and
``credit`` (``BOILERPLATE_TOKENS``, also inside ``wp-caption-text``) and
weighs them against the rest of the page, so those are left to it: on
wcxb-dev, dropping every short block named so whatever the model said took
112 blocks of the truth for 39 that were not (the set's truth keeps some
captions). It never saw these others, and keeps a caption set in a ``<p>``
or a ``<div>`` that they name. Whole names only: ``foto`` or ``bild``
alone also name a gallery or a story's picture box."""


CJK_CREDIT = re.compile(
    r"^\s*[（(【]?\s*(?:责任编辑|責任編輯|编辑|編輯|编审|来源|來源|稿源|撮影|写真|摄影|攝影|图片来源|圖片來源|校对|校對)\s*[：:]"
)
"""A Chinese or Japanese credit line: ``责任编辑：李明`` (the editor in
charge, which closes a Chinese story), ``来源：新华社`` (the source),
``撮影：…`` and ``写真：…`` (photo). Chinese and Japanese put no spaces
between words, so such a line is held to ``CJK_CREDIT_MAX_CHARS``."""
CJK_CREDIT_MAX_CHARS = 40
SCRIPT_CREDIT = re.compile(r"\s*(?:\(?\s*사진\s*=|기사\s*제공|(?:फाइल\s+)?(?:फोटो|फ़ोटो)(?:\s+साभार)?\s*:)")
"""A Korean or Hindi credit line: ``(사진=연합뉴스)``, ``기사제공 …`` (the
article's provider), ``फोटो साभार: PTI``. Matched at the start of a text
that is not ASCII only: in ``CREDIT``, searched at every position, these
branches cost 0.1 ms a page."""


def is_credit(text: str) -> bool:
    """A short line that credits a photo or a piece of media."""
    if text.count(" ") >= CREDIT_MAX_WORDS:
        return False
    if CREDIT.search(text) is not None:
        return True
    return not text.isascii() and (
        SCRIPT_CREDIT.match(text) is not None or len(text) <= CJK_CREDIT_MAX_CHARS and CJK_CREDIT.match(text) is not None
    )


CREDIT_TAIL_CHARS = 90
"""A credit at the end of a caption lies within this many last characters."""
_CREDIT_WORDS = tuple(word.split("(")[0] for word in _CREDIT_TAIL_WORDS) + ("fot.", "©", "/", "|", "사진", "제공", "摄", "फोटो", "फ़ोटो")
"""What ``CREDIT_TAIL`` needs in the text, looked for before the pattern runs."""


def ends_on_credit(text: str) -> bool:
    """A caption that ends on its credit (``CREDIT_TAIL``). Only the end of
    the text is searched, and only when it names a picture at all."""
    if text.count(" ") >= CAPTION_MAX_WORDS:
        return False
    tail = text[-CREDIT_TAIL_CHARS:]
    lowered = tail.lower()
    return any(word in lowered for word in _CREDIT_WORDS) and CREDIT_TAIL.search(tail) is not None


PULL_QUOTE_TOKENS: frozenset[str] = frozenset({"pullquote", "pull-quote", "pull_quote", "pullout-quote"})
"""Class and id names of a pull quote: a sentence of the article set large
beside it, which would come out twice. Whole names only: ``pull`` is also
half of Bootstrap's ``pull-right``."""

SIGN_UP_TOKENS: frozenset[str] = frozenset(
    {"newsletter", "newsletters", "signup", "sign-up", "subscribe", "subscription", "nl", "optin", "opt-in", "inbox", "cta"}
)
"""Class and id names of a sign-up box (``nl`` is the usual short form:
``nl-title``, ``dcr-nl-privacy``; Ghost's member box is ``gh-cta``)."""

AUTHOR_BIO_TOKENS: frozenset[str] = frozenset(
    {"author-bio", "author-box", "authorbox", "about-author", "author-info", "author-description", "author-card",
     "author-profile", "author-bio-content", "saboxplugin-wrap", "saboxplugin-desc", "abh_box", "bio"}
)
"""Class and id names of an author's box ("Jane Doe covers transport for
…"). Not ``byline``: a story's subtitle can sit in the byline's element."""

LEAD_TOKENS: frozenset[str] = frozenset(
    {"lead", "lede", "standfirst", "dek", "deck", "intro", "subtitle", "subheadline", "sub-headline", "subhead",
     "teaser", "summary", "excerpt", "description", "abstract", "strapline"}
)
"""Class and id names of an article's lead (standfirst, dek, excerpt): the
paragraph between the headline and the body that sums the story up."""

BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|av|de)\s|\b(?:ago|hours?|minutes?|mins?|yesterday|today|updated|published)\b"
    r"|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
"""A byline or a time stamp: ``By Amelia Hart · 2 hours ago``, ``March 1, 2024``,
``12.03.2024``. A price or a rating between a product's name and its blurb is
neither: a shop's list is not a section front of stories."""
READ_MORE = re.compile(
    r"^(?:read|continue|more|learn more|full (?:story|article)|weiterlesen|mehr|lire|leer|leggi|lees|ler|czytaj|läs)\b",
    re.IGNORECASE,
)
"""The start of the link a card ends on when its headline is not a link
(``Read more about …``, ``Continue reading``, ``Weiterlesen``)."""

NEAR_TOKENS = 10
"""A block's class and id tokens nearer than this describe it: they decide
the block model's token features and the furniture reasons of dropped blocks."""

_READ_NUMBER = r"(?:ca\.\s*|about\s*|~\s*)?\d{1,3}(?:\s*(?:-|–|to|bis)\s*\d{1,3})?\s*(?:min(?:ute)?s?|minuten|minut(?:y|a)?|minutos?|minuti|mn)\.?"
READING_TIME = re.compile(
    r"^\W*(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura"
    rf"|leestijd|tempo de leitura|czas czytania)\W*{_READ_NUMBER}"
    rf"|{_READ_NUMBER}\s+(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura|leestijd|de leitura|czytania))\W*$",
    re.IGNORECASE,
)
"""A reading-time line ("5 min read", "Lesezeit: 3 Minuten", "11 minut czytania")."""

AD_LABEL = re.compile(
    r"\W*(?:advertisement|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|advertentie|reklama|reklame"
    r"|sponsored|gesponsert|patrocinado|sponsorisé|sponsorizzato|reklam|تبلیغات|آگهی|إعلان|광고|广告|広告|โฆษณา"
    r"|haberin devamı|story continues below(?: advertisement)?|article continues below(?: advertisement)?)\W*",
    re.IGNORECASE,
)
"""An ad slot's label standing alone: "ADVERTISEMENT", "Anzeige",
"PUBBLICITÀ", "Publicidad", "Reklama", "Reklam", "تبلیغات", "광고", "广告",
"Sponsored", and the button or line that splits a story around the ad
("Haberin Devamı", "Story continues below") (``fullmatch``; not
"Advertising" or "Annonce", which name a topic or an announcement). Of the
kept blocks of the wcxb-dev and trafilatura-eval pages it matches (held-out
block probabilities), none is in wcxb-dev's truth."""
AD_LABEL_MAX_CHARS = 24

POST_METADATA = re.compile(
    r"\bthis entry was posted (?:on|in)\b.{0,200}?\b(?:filed under|permalink|tagged|bookmark)|\bbookmark the permalink\b|\byou can follow any responses to this entry\b"
    r"|\byou can (?:leave a response|skip to the end and leave a response)\b|\bboth comments and pings are (?:currently )?closed\b"
    r"|\b(?:responses|comments) are currently closed, but you can trackback\b|\btrackbacks?\s*\(\d+\)|\|\s*permalink\s*\|"
    r"|\bdieser eintrag wurde (?:am [^.]{0,60})?veröffentlicht\b|\bdieser beitrag wurde unter\b.{0,200}\babgelegt\b|\blesezeichen (?:auf den|für den) permalink\b"
    r"|\bce (?:contenu|billet|article) a été publié dans\b|\bpermalien\b.{0,20}\bmarque-page\b|\bmarque-page\b.{0,20}\bpermalien\b"
    r"|\besta entrada (?:fue publicada|se publicó|foi publicada) (?:en|em)\b|\benlace permanente\b.{0,3}$|\blink permanente\b.{0,3}$"
    r"|\bquesta voce è stata pubblicata in\b|\bil permalink\b.{0,3}$",
    re.IGNORECASE,
)
"""A blog engine's line about the post, under it: WordPress's "This entry
was posted on … and is filed under … You can follow any responses to this
entry through the RSS 2.0 feed", "Bookmark the permalink" (and its German,
French, Spanish, Portuguese and Italian translations), Movable Type's "|
Permalink | Comments (4) | TrackBacks (0)"."""
POST_METADATA_MAX_CHARS = 600
POST_METADATA_KEYS: tuple[str, ...] = (
    "posted", "permalink", "responses to this entry", "leave a response", "pings", "trackback", "eintrag wurde",
    "beitrag wurde", "publié", "permalien", "permanente", "entrada", "voce è stata",
)
"""Every branch of ``POST_METADATA`` holds one of these, lower-cased:
looked for first, they spare the pattern nearly every paragraph (the
pattern alone on every kept block cost 2.4 ms a wcxb-dev page)."""


def is_post_metadata(text: str) -> bool:
    """A blog engine's line about the post (``POST_METADATA``)."""
    if len(text) > POST_METADATA_MAX_CHARS:
        return False
    lowered = text.lower()
    return any(map(lowered.__contains__, POST_METADATA_KEYS)) and POST_METADATA.search(text) is not None


GALLERY_COUNTER = re.compile(
    r"^\s*(?:(?:(?:photo|picture|image|slide|bild|foto|imagen|immagine|zdjęcie)\s+)?\d{1,3}"
    r"\s+(?:of|von|de|di|sur|van|z)\s+\d{1,3}|\d{1,3}\s+/\s+\d{1,3})\s*$",
    re.IGNORECASE,
)
"""A gallery's or slideshow's counter standing alone: "1 / 12", "Bild 1 von
8", "Image 2 of 5". A number, a slash with spaces around it or a word, and
a number; not "3/4", a size or a fraction."""

_MONTH = r"(?:jan|feb|f[ée]v|m[aä]r|apr|avr|abr|ma[iy]|mag|mei|jun|jui|giu|jul|lug|aug|ao[uû]|ago|sep|set|o[ck]t|ott|out|nov|de[cz]|d[ée]c|dic|gen|ene)[^\W\d_]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s*"
)
_CALENDAR_DATE = (
    rf"(?:{_WEEKDAY})?(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{2}}|{_YEAR})|{_YEAR}-\d{{2}}-\d{{2}}"
    rf"|{_DAY}\s*(?:de\s+)?{_MONTH},?\s*(?:de\s+)?{_YEAR}|{_MONTH}\s*{_DAY},?\s*{_YEAR})"
)
_DATE_TIME = r"(?:,?\s*(?:um|at|à|alle|a\s+las|om|-|\|)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h)?)?"
_DATE_LABEL = (
    r"(?:last\s+)?(?:updated|modified|published|posted|reviewed)(?:\s+(?:on|at))?|(?:zuletzt\s+)?aktualisiert(?:\s+am)?"
    r"|ver[öo]ffentlicht(?:\s+am)?|ver[öo]ffentlichung|erstellt(?:\s+am)?|stand|datum|date|pubblicato(?:\s+il)?"
    r"|ultima\s+modifica|aggiornato(?:\s+il)?|actualizado(?:\s+el)?|publicado(?:\s+el)?|mis\s+à\s+jour(?:\s+le)?"
    r"|publié(?:\s+le)?|bijgewerkt(?:\s+op)?|gepubliceerd(?:\s+op)?"
)
_DATE_SEP = r"[\s,:|·•/\-–—]*"
_LABELLED_DATE = rf"(?:{_DATE_LABEL}){_DATE_SEP}{_CALENDAR_DATE}{_DATE_TIME}"
DATE_LINE = re.compile(
    rf"^\s*(?:{_CALENDAR_DATE}{_DATE_SEP})?{_LABELLED_DATE}(?:{_DATE_SEP}{_LABELLED_DATE})?\s*$",
    re.IGNORECASE,
)
"""A line that is only a labelled date: "Last updated: April 21, 2025",
"Published on 2025-12-19", "Aktualisiert: 11.04.2020, 10:27", "Pubblicato il
19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02", "August 16, 2019 -
Updated July 9, 2025", with an optional clock time. A bare date ("December
24, 2024") is not one: wcxb-dev's truth holds a story's bare date line 319
times in 366, and a forum post's time stamp is part of its thread."""
DATE_LINE_MAX_CHARS = 120


def is_date_line(text: str) -> bool:
    """A short line that is only a labelled date (``DATE_LINE``)."""
    return len(text) <= DATE_LINE_MAX_CHARS and DATE_LINE.match(text) is not None


DATED_BYLINE = re.compile(
    r"^\W*(?:(?:written|reviewed|medically reviewed|fact[- ]checked|edited|posted|published)\s+by|by|von|par|por|door|di)\s*:?\s+\S",
    re.IGNORECASE,
)
_CALENDAR_DATE_SEARCH = re.compile(_CALENDAR_DATE, re.IGNORECASE)
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}|@\d")
DATED_BYLINE_MAX_WORDS = 15


_BYLINE_CONNECTORS = frozenset(
    "on am le el il op de del di und and et y e at for the with in "
    "staff writer reporter correspondent editor contributor contributing senior special".split()
)
"""Lower-case words a dated byline may hold beside the name and the date:
connectors and a writer's role ("Posted by IndustrySelect on Tuesday, …",
"von Marc Scheloske am …", "By Ann Lee, staff writer | May 2, 2024")."""


def is_dated_byline(text: str) -> bool:
    """A short byline with the story's date and no clock time: "By Haley
    Hoekstra • March 12, 2025", "Posted by IndustrySelect on Tuesday, August
    29, 2023", "Reviewed by …, on December 9, 2024." (``DATED_BYLINE`` and a
    calendar date). A byline with a clock time is left alone: on forum pages
    it heads a post ("by Minoa » Tue Aug 27, 2019 5:58 am") that the page's
    truth keeps; so is a byline without a date, which is as often a book's or
    a game's credit line ("Published by Hachette"). Besides the date, the
    words after "by" must be a name: capitalised, or one of
    ``_BYLINE_CONNECTORS``; "By Tuesday, March 12, 2025, all schools will have
    reopened" is a story's sentence."""
    prefix = DATED_BYLINE.match(text) if text.count(" ") < DATED_BYLINE_MAX_WORDS else None
    if prefix is None or _CLOCK_TIME.search(text) is not None:
        return False
    # The prefix match ends on the first character of the name: keep it.
    rest, dates = _CALENDAR_DATE_SEARCH.subn(" ", text[prefix.end() - 1 :])
    if not dates:
        return False
    words = _WORD.findall(rest)
    return bool(words) and all(w[0].isupper() or w.lower() in _BYLINE_CONNECTORS for w in words)


COMMENT_TOKENS: frozenset[str] = frozenset(
    {
        "commentlist", "comment-list", "comments-list", "comment-body", "comment-content", "comment-text",
        "comments-area", "comment-respond", "comment-form", "comment-section", "comments-section",
        "comments-container", "comment-wrapper", "disqus_thread", "commento", "commento-root", "commento-comments",
    }
)
"""Class and id names of comment sections. Only whole names: the parts
``comment`` and ``comments`` also come from names such as ``comments-open``
on a page's body or ``tone-comment`` on an opinion column. They are looked
for among all of a block's tokens, not the ``NEAR_TOKENS`` nearest: comment
widgets nest each comment a dozen elements deep in names of their own, and
Disqus's (``post``, ``post-body``, ``post-message``) read like an article's."""


COMMENT_SECTION_NAMES: tuple[str, ...] = (
    "comments", "reader comments", "readers' comments", "readers’ comments", "user comments", "your comments",
    "kommentare", "leserkommentare", "kommentarer", "kommentit", "commentaires", "comentarios", "comentários",
    "commenti", "reacties", "komentarze", "комментарии", "yorumlar", "opinie czytelników", "reader comments and replies",
    "bình luận", "ý kiến", "σχόλια",
)
"""Plural names that head a comment section on their own: ``Comments``,
``Kommentare``, ``Reacties``. The singular (``Comment``, ``Kommentar``) is
also the label of an opinion column, so it needs a count."""
COMMENT_COUNTED_NAMES: tuple[str, ...] = (
    "comment", "kommentar", "commentaire", "comentario", "comentário", "commento", "reactie", "komentarz",
    "conversation", "response", "responses",
    "komentarzy", "комментарий", "комментария", "комментариев", "yorum", "σχόλιο",
)
"""Singular and counted forms that head a comment section with a number:
``1 comment``, ``5 komentarzy``, ``Kommentar (1)``."""
COMMENT_CALLS: tuple[str, ...] = (
    "join the discussion", "join the conversation", "leave a comment", "leave a reply", "post a comment",
    "add a comment", "write a comment", "(?:show|view|read|load) (?:all )?comments", "kommentar schreiben",
    "kommentar verfassen", "kommentar hinzufügen", "kommentar hinterlassen", "kommentare anzeigen",
    "diskutieren sie mit", "laisser un commentaire", "ajouter un commentaire", "deja (?:un|tu|su) comentario",
    "dejar un comentario", "escribe un comentario", "lascia un commento", "scrivi un commento",
    "plaats een reactie", "laat een reactie achter", "deixe (?:um|seu|o seu) comentário", "dodaj komentarz",
    "yorum yap", "αφήστε ένα σχόλιο", "gửi bình luận", "viết bình luận",
)
"""Calls to join a comment section that head it, or its form."""
COMMENT_TITLE_NOUNS: tuple[str, ...] = ("thoughts", "responses", "replies", "comments")
"""What a count says about the title above the comments: ``2 thoughts on “…”``, ``5 responses to “…”``."""
_NUMBER = r"\d[\d.,]*k?"
_NAMES = _alternation(COMMENT_SECTION_NAMES)
_COUNTED = _alternation(COMMENT_SECTION_NAMES + COMMENT_COUNTED_NAMES)
COMMENT_HEADING = re.compile(
    rf"^\s*(?:(?:{_NAMES})"
    rf"|(?:{_NUMBER}|no|one)\s*(?:{_COUNTED})"
    rf"|(?:{_COUNTED})\s*(?:\(\s*{_NUMBER}\s*\)|:?\s*{_NUMBER})"
    rf"|{_NUMBER}\s+(?:{'|'.join(COMMENT_TITLE_NOUNS)})\s+(?:on|to)\s+\S.*"
    rf"|(?:{'|'.join(COMMENT_CALLS)})(?:\s*\(\s*{_NUMBER}\s*\))?)\s*[:.…]*\s*$",
    re.IGNORECASE,
)
"""A line that heads a comment section: its name (``Comments``,
``Kommentare``), its count (``12 comments``, ``Comments (12)``,
``2 thoughts on “Warehouse destroyed in fire”``) or a call to join it
(``Join the discussion``, ``Leave a comment``). Only the whole line: a
subheading that goes on (``Comments from the public``) or a sentence (``In
comments to reporters, …``) is an article's."""
COMMENT_HEADING_MAX_CHARS = 160
"""Longer lines do not head a comment section (``N thoughts on`` the title is the longest)."""
COMMENT_NAME = re.compile(rf"^\s*(?:{_NAMES})\s*[:.…]*\s*$", re.IGNORECASE)
"""A comment heading that is only a name (``Comments``, ``Kommentare``),
without a count or a call: a story's subheading can be that too."""

_CLOCK = r"\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h)?"
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
COMMENT_BYLINE = re.compile(
    rf"(?:{_DATE}\s*(?:,|at|um|à|a las|alle|om|o|@|-|\|)?\s*{_CLOCK}"
    r"|\b(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago"
    r"|\bvor\s+(?:\d+|einer|einem)\s+\w+|\bil\s+y\s+a\s+\d+\s+\w+|\bhace\s+\d+\s+\w+"
    r"|\b\d+\s+\w+\s+(?:fa|geleden|temu|önce|trước|назад)|\bπριν(?: από)? \d+ \w+"
    r"|\b(?:says|sagt|schreibt|dit|écrit|dice|escribe|scrive|zegt|schrijft|pisze)\s*:"
    r")\s*\)?\s*:?\s*$",
    re.IGNORECASE,
)
"""The end of a comment's byline: when it was posted (``2 hours ago``,
``March 3, 2024 at 5:12 pm``, ``06.11.2023, 13.47 Uhr``, ``vor 3 Stunden``)
or that its writer ``says:``, with or without a colon before the comment
(``Sabine M. schrieb am 14.05.2024, 12:40 Uhr:``). A date without a clock
time is not enough: a story's dateline is one."""
COMMENT_BYLINE_MAX_WORDS = 12
"""A byline is a name and a time; a longer line is a comment or a story's sentence."""


def is_comment_byline(line: str) -> bool:
    """A short line that ends as a comment's byline does (``COMMENT_BYLINE``):
    ``ashby_resident 2 hours ago``, ``Kathy Owen says:``."""
    return line.count(" ") < COMMENT_BYLINE_MAX_WORDS and COMMENT_BYLINE.search(line) is not None


def is_comment_name(line: str) -> bool:
    """A comment heading that is only a name (``COMMENT_NAME``)."""
    return COMMENT_NAME.match(line) is not None


def is_comment_heading(line: str) -> bool:
    """True for a line that heads a comment section (``COMMENT_HEADING``).
    The anchored pattern fails at once on other lines: a prefilter on key
    words, or remembering answers, made it slower on page blocks."""
    return len(line) <= COMMENT_HEADING_MAX_CHARS and COMMENT_HEADING.match(line) is not None


BOILERPLATE_TOKENS: frozenset[str] = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
        "footer", "masthead", "topbar", "toolbar",
        "share", "sharing", "social", "sharebar", "socials",
        "related", "recommended", "recommendations", "promo", "promotion", "teaser", "teasers",
        "newsletter", "subscribe", "subscription", "signup", "paywall",
        "cookie", "cookies", "consent", "banner", "modal", "popup", "overlay",
        "comment", "comments", "disqus", "discussion",
        "ad", "ads", "advert", "advertisement", "adslot", "sponsor", "sponsored", "outbrain", "taboola",
        "caption", "credit", "credits", "copyright",
        "widget", "sidebar", "rail", "trending", "popular", "mostread",
        "tags", "tagcloud", "pagination", "pager",
        "author-bio", "bio",
        "skip", "sr-only", "visually-hidden", "screen-reader-text",
    }
)
"""Class and id tokens that mark boilerplate containers."""

DIALOG_TOKENS: frozenset[str] = frozenset(
    {"dialog", "alertdialog", "modal", "popup", "overlay", "cmp", "consent", "cookie", "cookies", "gdpr"}
)
"""Class, id and role tokens of a dialog laid over the page, or of a consent
manager's box: what such an element holds belongs together."""

BOILERPLATE_TAGS: frozenset[str] = frozenset(
    {"nav", "footer", "aside", "form", "button", "select", "label", "figcaption", "menu", "dialog"}
)
"""Elements whose content is site furniture, never article text."""

CONTENT_TOKENS: frozenset[str] = frozenset(
    {
        "article", "articlebody", "article-body", "story", "story-body", "storybody", "post",
        "post-content", "entry", "entry-content", "content", "main", "body", "text", "prose",
        "paragraph", "rich-text", "richtext",
    }
)
"""Class and id tokens that mark the article container."""

TOKEN_SPLIT = re.compile(r"[\s_\-:]+")
_TOKEN_PART = re.compile(r"[^\s_\-:]+")
"""The pieces ``TOKEN_SPLIT`` leaves, found in one pass (no empty strings to filter out)."""


MAX_ATTRIBUTE_CHARS = 512
"""Only this much of a class or id value is read: longer values are not names."""


@functools.lru_cache(maxsize=1 << 11)
def split_tokens(value: str) -> tuple[str, ...]:
    """Class or id value to lower-case tokens; ``story-body__inner`` also yields
    ``story``, ``body`` and ``inner`` so compound names still match.

    Cached: pages repeat the same class values on hundreds of elements. A
    page still brings about 200 values of its own (AEB), each computed once:
    a word without ``-``, ``_`` or ``:`` is its only token (``str.split``
    already took the whitespace that ``TOKEN_SPLIT`` also splits on), so
    only the others are searched, which made the uncached call a third
    faster (0.29 -> 0.19 ms a page)."""
    out: list[str] = []
    for word in value.lower().split():
        out.append(word)
        if "-" in word or "_" in word or ":" in word:
            parts = _TOKEN_PART.findall(word)
            if len(parts) > 1:
                out.extend(parts)
    return tuple(out)


@_memo
def is_promo_header(line: str) -> bool:
    """True for a line that is only a promo header (``Read Also:``)."""
    return len(line) <= PROMO_HEADER_MAX_CHARS and PROMO_HEADER.match(line) is not None


@_memo
def is_promo_lead(line: str) -> bool:
    """True for a promo header followed by its teaser (``Read also: …``)."""
    return len(line) <= PROMO_LEAD_MAX_CHARS and PROMO_LEAD.match(line) is not None


def is_promo_line(line: str) -> bool:
    """True for a promo header, alone or followed by its teaser."""
    return is_promo_header(line) or is_promo_lead(line)


@_memo
def is_promo_rule_header(line: str) -> bool:
    """``is_promo_header`` for the rules: also the headers of ``PROMO_HEADERS_MORE``."""
    return len(line) <= PROMO_HEADER_MAX_CHARS and PROMO_RULE_HEADER.match(line) is not None


MORE_LEAD = re.compile(rf"^\s*{_RULE_OPEN}MORE\s*:\s*\S")
"""A bare "MORE:" before a teaser, as broadcasters' and wire-style pages
set one between paragraphs (``MORE: What is RAAC and why is it in so many
schools?``). In capitals and with a colon only: "More - much more - is
needed" is a sentence, and a review site's "More: Dream Hammocks Darien
Full Review" links belong to its page (on wcxb-dev any case took ten such
lines of the truth)."""


@_memo
def is_promo_rule(line: str) -> bool:
    """``is_promo_line`` for the rules: also the headers of ``PROMO_HEADERS_MORE``,
    alone or followed by their teaser, and a teaser after "MORE:" (``MORE_LEAD``)."""
    return is_promo_rule_header(line) or (
        len(line) <= PROMO_LEAD_MAX_CHARS
        and (PROMO_RULE_LEAD.match(line) is not None or MORE_LEAD.match(line) is not None)
    )


_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into is of on or over the to up vs with "
    "after before about than via amid".split()
)


@_memo
def looks_like_headline(line: str) -> bool:
    """A short line without closing punctuation, most of its words capitalised:
    the shape of a teaser headline (``Iconic Food Chain Closes Due To Crime``)."""
    text = line.strip()
    if not text or len(text) > 160 or text[-1] in ".;,":
        return False
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 20:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.6


UNSPACED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
)
"""The code points of ``UNSPACED``, first and last of each range (``blocks._text_counts`` reads them)."""
UNSPACED = re.compile("[" + "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in UNSPACED_RANGES) + "]")
"""Letters of scripts written without spaces between words: Thai, Lao,
Myanmar, Khmer, Japanese kana and Chinese characters (Korean puts spaces
between words and is counted like English)."""
UNSPACED_CHARS_PER_WORD = 3
UNSPACED_CHAR_WEIGHT = 3
"""An unspaced letter counts as this many characters where length stands for
content: 250 characters of Chinese say about as much as 750 of English."""


SENTENCE_END = ".!?\"”’»)。！？」』）।॥؟۔"
"""What a paragraph that ends a sentence ends on, in spaced scripts and in
Chinese and Japanese (``。``, ``」``): without them a Chinese story of short
paragraphs, each under ``pipeline.ARTICLE_MIN_PARAGRAPH_WORDS``, was not an
article."""


def count_words(text: str) -> tuple[int, int]:
    """About how many words ``text`` holds in any script, and how many of its
    letters belong to a script that puts no spaces between words: the runs
    between spaces, plus a word for every ``UNSPACED_CHARS_PER_WORD`` such
    letters. Counting spaces alone took a long Japanese or Chinese paragraph
    for one word."""
    unspaced = len(UNSPACED.findall(text))
    return len(text.split()) + unspaced // UNSPACED_CHARS_PER_WORD, unspaced
