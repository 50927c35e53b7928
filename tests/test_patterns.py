"""The wording the product defines as boilerplate, and counting words in any script."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filter.patterns import (
    BYLINE,
    CALL_TO_ACTION,
    COMMENT_COUNTED_NAMES,
    COMMENT_HEADING,
    COMMENT_NAME,
    COMMENT_SECTION_NAMES,
    CONSENT_KEYS,
    CONSENT_WORDING,
    CREDIT_TAIL_CHARS,
    GALLERY_COUNTER,
    PROMO_HEADER,
    PROMO_HEADERS,
    PROMO_HEADERS_MORE,
    PROMO_HEADERS_WITH_SOURCE,
    PROMO_LEAD,
    PROMO_RULE_HEADER,
    PROMO_RULE_LEAD,
    PROMPT,
    _alternation,
    _words,
    count_words,
    ends_on_credit,
    is_consent,
    is_comment_byline,
    is_comment_heading,
    is_credit,
    is_button,
    is_form_or_pitch,
    is_promo_header,
    is_promo_line,
    is_promo_rule,
    is_promo_rule_header,
    split_tokens,
)


@pytest.mark.parametrize(
    "line",
    ["Read Also:", "RELATED", "More from CNN", "Lesen Sie auch", "Lire aussi :", "Leia também:", "Читайте также",
     "相关阅读", "関連記事", "관련기사", "Czytaj też:", "Lees ook", "Läs också", "Baca juga:", "Lea también",
     "Das könnte dich auch interessieren …", "Voir aussi", "यह भी पढ़ें", "Schon gelesen?", "Zum Weiterlesen:",
     "Zobacz również", "Saiba mais"],
)
def test_promo_headers(line: str) -> None:
    assert is_promo_rule_header(line)
    assert is_promo_rule(line)


@pytest.mark.parametrize(
    "line",
    ["Read also: Iconic Food Chain Closes", "Czytaj też: Czy grozi nam wojna atomowa?", "Baca juga: Harga BBM naik lagi",
     "VEA TAMBIÉN: Estudiantes sin aulas en Panamá Oeste", "Weiterlesen: Vitamin D-Mangel im Winter"],
    ids=["english", "polish", "indonesian", "spanish", "german"],
)
def test_promo_leads(line: str) -> None:
    assert not is_promo_rule_header(line)
    assert is_promo_rule(line)


@pytest.mark.parametrize(
    "line",
    ["[Read more: How to Set Up Your Accounting Right From Day One]", "(See also: Council delays vote on rates)",
     "» Related: How to Save Money on Car Rentals", "► Related", "[Read more]", "(Le puede interesar: Buscan responsables)",
     ">> Lesen Sie auch: Stadtwerke melden Rekordgewinn"],
    ids=["square-brackets", "parentheses", "guillemet", "bullet", "header-in-brackets", "spanish-in-parentheses", "double-chevron"],
)
def test_the_rules_read_a_promo_header_in_brackets_or_behind_a_bullet(line: str) -> None:
    assert is_promo_rule(line)
    assert not is_promo_line(line)  # the block model's features were trained without them


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        # feature version 5: widgets' headers
        pytest.param("You may like", True, id="v5-you-may-like"),
        pytest.param("Most viewed", True, id="v5-most-viewed"),
        pytest.param("Around the web", True, id="v5-around-the-web"),
        pytest.param("In case you missed it: Council backs tram plan", True, id="v5-icymi-lead"),
        pytest.param("In case you missed it, the council backed the tram plan on Monday.", False, id="v5-icymi-in-a-sentence"),
        pytest.param("Lesen Sie hier: Die Stadt baut eine neue Brücke", True, id="v5-lesen-sie-hier"),
        pytest.param("Dowiedz się więcej:", True, id="v5-polish"),
        pytest.param("Most viewed videos were about the storm, the broadcaster said.", False, id="v5-most-viewed-in-a-sentence"),
        # feature version 6: Chinese, Japanese and Russian lists, a live blog's key events, more separators
        pytest.param("【関連記事】青葉橋、橋脚に深いひび割れ 車両と歩行者を通行止めに", True, id="v6-japanese-in-lenticular-brackets"),
        pytest.param("相关新闻：南湖地铁5号线二期6月28日开通", True, id="v6-chinese-full-width-colon"),
        pytest.param("相关新闻：", True, id="v6-chinese-header-alone"),
        pytest.param("Key events", True, id="v6-live-blog-key-events"),
        pytest.param("Другие новости", True, id="v6-russian-other-news"),
        pytest.param("Key events of the week included the budget vote and the mayor's resignation.", False, id="v6-key-events-in-a-sentence"),
        pytest.param("Related) matters were left to the committee.", False, id="v6-bracket-after-a-word-in-prose"),
        # feature version 7: more lists of other news, three dots after a header
        pytest.param("More Local News", True, id="v7-more-local-news"),
        pytest.param("Benzer Haberler", True, id="v7-turkish-similar-news"),
        pytest.param("Berita Terkait", True, id="v7-indonesian-related-news"),
        pytest.param("ये भी पढ़ें...", True, id="v7-hindi-header-with-three-dots"),
        pytest.param("ये भी पढ़ें... मानसून ने पकड़ी रफ्तार, 20 राज्यों में अलर्ट", True, id="v7-hindi-lead-after-three-dots"),
        pytest.param("Other news outlets reported the same figures.", False, id="v7-other-news-in-a-sentence"),
    ],
)
def test_headers_the_rules_read_and_the_block_model_does_not(line: str, promo: bool) -> None:
    """``PROMO_HEADERS_MORE`` and the rules' separators, by the segment feature version that added them."""
    assert is_promo_rule(line) is promo
    assert not is_promo_line(line)  # the block model's features were trained without them


@pytest.mark.parametrize(
    "line",
    ["MORE: What is RAAC and why is it in so many schools?", "[MORE: Ferry fares to rise in April]"],
    ids=["capitals", "in-brackets"],
)
def test_a_teaser_after_more_in_capitals_is_a_promo_line(line: str) -> None:
    assert is_promo_rule(line)


@pytest.mark.parametrize(
    "line",
    ["More - much more - needs to be done, she said.", "More: Dream Hammocks Darien Full Review", "More than 300 jobs are at risk.", "More"],
    ids=["dashes", "not-capitals", "sentence", "alone"],
)
def test_more_is_a_promo_lead_only_in_capitals_with_a_colon(line: str) -> None:
    assert not is_promo_rule(line)


@pytest.mark.parametrize(
    "line",
    ["(More on this below)", "(Related reporting by Jane Doe in Paris)", "[Read the full decision in the court's filing.]"],
    ids=["aside", "credit", "sentence-in-brackets"],
)
def test_bracketed_prose_is_not_a_promo_line(line: str) -> None:
    assert not is_promo_rule(line)


@pytest.mark.parametrize("line", ["Czytaj też:", "Baca juga: Harga BBM naik lagi", "Lea más: Juan Carlos Ortega"], ids=["polish", "indonesian", "spanish"])
def test_the_block_models_features_keep_the_headers_they_were_trained_with(line: str) -> None:
    # The rules and the segment features know these headers; the block model's features do not.
    assert is_promo_rule(line)
    assert not is_promo_line(line)


def test_every_header_the_features_know_is_known_to_the_rules() -> None:
    assert all(is_promo_rule_header(header) for header in PROMO_HEADERS)
    assert not set(PROMO_HEADERS) & set(PROMO_HEADERS_MORE)


@pytest.mark.parametrize(
    "line",
    ["Related to the budget, the council said on Tuesday that roads come first.", "Readers wrote in to complain.",
     "関連する議案は来月審議される予定だ。", "Czytaj też wiele innych rzeczy, które napisał autor.",
     "Auch interessant war die Rede des Bürgermeisters am Dienstag.",
     "Puedes ver el partido en vivo desde las 8 de la noche por televisión abierta.",
     "Weiterlesen konnte er nicht, denn das Licht ging aus."],
)
def test_prose_is_not_a_promo_header(line: str) -> None:
    assert not is_promo_header(line)
    assert not is_promo_rule(line)


@pytest.mark.parametrize(
    ("text", "words", "unspaced"),
    [
        pytest.param("", 0, 0, id="empty"),
        pytest.param("The council approved the budget.", 5, 0, id="english"),
        pytest.param("北浜市議会は予算案を可決した", 5, 14, id="japanese"),
        pytest.param("新跨江大桥正式通车", 4, 9, id="chinese"),
        pytest.param("서울시는 예산안을 통과시켰다", 3, 0, id="korean-has-spaces"),
        pytest.param("Apple 発表 iPhone", 3, 2, id="mixed"),
    ],
)
def test_count_words(text: str, words: int, unspaced: int) -> None:
    assert count_words(text) == (words, unspaced)


# The bare alternations CALL_TO_ACTION and PROMPT were written as before the
# first-letter lookahead (patterns._words): the lookahead must change no match.
_BARE_CALL_TO_ACTION = re.compile(
    r"\b(?:sign(?:\s|-)?up (?:for|to)|subscribe (?:to|now|for|today)|newsletter|"
    r"click here|tap here|follow us on|download (?:our|the) app|get (?:our|the) app|"
    r"share (?:this|on)|all rights reserved|cookie|cookies|privacy policy|terms of (?:use|service)|"
    r"advertisement|sponsored content|support (?:our|independent) journalism|"
    r"become a (?:member|subscriber)|log ?in to|sign in to|create an account|"
    r"already a subscriber|unlimited (?:digital )?access|ad-free)\b",
    re.IGNORECASE,
)
_BARE_PROMPT = re.compile(
    r"\b(?:sign(?:\s|-)?up (?:here|now|today|for (?:our|the|a free|free)|to (?:our|the|receive|get))|"
    r"subscribe (?:now|today|here|for free|to (?:our|my) \w+)|subscribe to (?:the )?(?:newsletter|channel|podcast)|"
    r"enter your e-?mail|(?:in|to) your inbox|click here|tap here|download (?:our|the) app|"
    r"follow us (?:on|for)|join (?:our|the) (?:newsletter|mailing list)|register (?:now|today|for free)|"
    r"become a (?:member|subscriber) (?:today|now)|support (?:our|independent) journalism|"
    r"signing up (?:to|for) our|to continue reading|to (?:view|read) the full (?:story|article)|"
    r"download (?:our|the) (?:\S+ ){0,2}apps? (?:for|on|from) (?:ios|android|iphone|the app store|google play)|"
    r"already (?:a subscriber|subscribed)|"
    r"follow (?:us|(?!me\b)\w+(?: \w+)?) on (?:twitter|facebook|instagram|tiktok|youtube|telegram|whatsapp|linkedin|threads|bluesky)|"
    r"síguenos en|siguenos en|únete a nuestro (?:canal|grupo)|unete a nuestro (?:canal|grupo)|suscríbete|suscribete|"
    r"folgen sie uns|folge uns|jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren)|newsletter abonnieren|"
    r"abonnez-vous|inscrivez-vous|suivez-nous|iscriviti|seguici su|siga-nos|inscreva-se|"
    r"donate (?:now|today|here)|please donate|jetzt spenden|spenden sie (?:jetzt|hier|noch heute)|"
    r"faites un don|faire un don|haz una donación|haga una donación|dona ora|doneer nu|doe agora|wesprzyj nas)\b",
    re.IGNORECASE,
)
_PIECES = ("Sign", "sign-up", "SIGNUP", "up", "for", "to", "our", "Subscribe", "now", "newsletter", "Click", "here",
           "in", "your", "Inbox", "enter", "e-mail", "Log", "login", "ad-free", "Cookies", "ſign", "K", "_", "-", " ",
           "journalism", "support", "independent", "become", "a", "member", "today", "the", "app", "download",
           "follow", "me", "The Gleaner", "Instagram", "síguenos", "en", "jetzt", "anmelden", "signing", "apps", "iOS")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=10).map(" ".join))
def test_first_letter_lookahead_changes_no_match(text: str) -> None:
    for fast, bare in ((CALL_TO_ACTION, _BARE_CALL_TO_ACTION), (PROMPT, _BARE_PROMPT)):
        found, expected = fast.search(text), bare.search(text)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "text, call_to_action, prompt",
    [
        ("Sign up for our newsletter", True, True),
        ("Enter your email to get it in your inbox", False, True),
        ("Officials signed the deal up north on Tuesday.", False, False),
        ("Read our cookie policy", True, False),
        ("Never miss the latest news by signing up to our newsletter today!", True, True),
        ("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner.", False, True),
        ("You might also want to follow me on Bluesky.", False, False),
        ("To view the full story, please subscribe to The Haitian Times.", True, True),
        ("Síguenos en Telegram, Instagram, Facebook y Twitter.", False, True),
        ("Folgen Sie uns auf Facebook", False, True),
        ("Spitzensport live. Jetzt anmelden!", False, True),
        ("Abonnez-vous à notre infolettre matinale", False, True),
        ("She had followed the minister on Twitter for years, she said.", False, False),
        ("For breaking news updates download the Nationnews apps for iOS and Android.", False, True),
        ("Make your contribution now and help Gothamist thrive in 2023. Donate today", False, True),
        ("Residents were asked to donate blood at the town hall on Saturday.", False, False),
        ("Users can download the NHS app from Thursday, the health secretary said.", False, False),
    ],
    ids=["newsletter", "inbox", "reporting", "cookie", "signing-up", "follow-the-paper", "blogger-follow-me", "paywall",
         "es-follow", "de-follow", "de-sign-up", "fr-subscribe", "followed-in-reporting", "download-the-papers-apps",
         "app-in-reporting", "donation-appeal", "donation-in-reporting"],
)
def test_calls_to_action(text: str, call_to_action: bool, prompt: bool) -> None:
    assert (CALL_TO_ACTION.search(text) is not None, PROMPT.search(text) is not None) == (call_to_action, prompt)


def _bare(phrases: tuple[str, ...]) -> str:
    """The plain alternation that ``_alternation`` groups by first letter."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_RULE_HEADERS = PROMO_HEADERS + PROMO_HEADERS_MORE
_PHRASE_LISTS = (
    _RULE_HEADERS, PROMO_HEADERS, PROMO_HEADERS_WITH_SOURCE, COMMENT_SECTION_NAMES + COMMENT_COUNTED_NAMES, COMMENT_SECTION_NAMES,
)
_GROUPED = {
    "PROMO_HEADER": PROMO_HEADER, "PROMO_LEAD": PROMO_LEAD, "PROMO_RULE_HEADER": PROMO_RULE_HEADER,
    "PROMO_RULE_LEAD": PROMO_RULE_LEAD, "COMMENT_HEADING": COMMENT_HEADING, "COMMENT_NAME": COMMENT_NAME,
}


def _ungrouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with every phrase list as the plain alternation."""
    source = pattern.pattern
    for phrases in _PHRASE_LISTS:
        source = source.replace(_alternation(phrases), _bare(phrases))
    assert "(?=[" not in source
    return re.compile(source, pattern.flags)


_BARE_PROMO = {name: _ungrouped(pattern) for name, pattern in _GROUPED.items()}
_HEADER_PIECES = (
    _RULE_HEADERS + PROMO_HEADERS_WITH_SOURCE + COMMENT_SECTION_NAMES + COMMENT_COUNTED_NAMES
    + ("READ ALSO", "Lees Ook", "ſee also", "Kommentare", "CNN", ":", "»", " - ", "…", "12", "(3)", "", " ", "\u00a0")
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_HEADER_PIECES), st.text(max_size=3)), min_size=1, max_size=5).map("".join))
def test_phrases_grouped_by_first_letter_match_as_the_plain_alternation(line: str) -> None:
    for name, grouped in _GROUPED.items():
        found, expected = grouped.match(line), _BARE_PROMO[name].match(line)
        assert (found and found.span()) == (expected and expected.span()), name


@pytest.mark.parametrize(
    "line",
    [header for header in _RULE_HEADERS[::7]] + ["Read also: Iconic food chain closes", "More from CNN", "Comments (12)", "Kommentare", "lees ook »"],
    ids=lambda line: re.sub(r"\W+", "-", line).strip("-")[:24] or "symbols",
)
def test_every_header_still_matches_when_grouped(line: str) -> None:
    for name, grouped in _GROUPED.items():
        assert (grouped.match(line) is None) == (_BARE_PROMO[name].match(line) is None), name
        assert (grouped.match(line.upper()) is None) == (_BARE_PROMO[name].match(line.upper()) is None), name


_EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize(
    "phrases",
    [_RULE_HEADERS, PROMO_HEADERS_WITH_SOURCE, COMMENT_SECTION_NAMES, COMMENT_SECTION_NAMES + COMMENT_COUNTED_NAMES],
    ids=["promo-headers", "headers-with-source", "comment-names", "comment-counted-names"],
)
def test_no_character_matches_two_first_letters(phrases: tuple[str, ...]) -> None:
    """What makes grouping by first letter keep the first match: under
    IGNORECASE, each character of Unicode matches at most one of the letters."""
    letters = {phrase[0].lower() for phrase in phrases}
    matched: dict[str, str] = {}
    for letter in sorted(letters):
        for char in re.findall(re.escape(letter), _EVERY_CHARACTER, re.IGNORECASE):
            assert matched.setdefault(char, letter) == letter, (char, letter, matched[char])
    for first in {phrase[0] for phrase in phrases if phrase[0] != phrase[0].lower()}:
        # the lowered letter the group uses matches what the phrase's own first letter matches
        assert re.findall(re.escape(first), _EVERY_CHARACTER, re.IGNORECASE) == re.findall(
            re.escape(first.lower()), _EVERY_CHARACTER, re.IGNORECASE
        )


@pytest.mark.parametrize(
    ("phrases", "grouped"),
    [
        pytest.param(("read also", "related"), True, id="letters-grouped"),
        pytest.param(("read also", "+ more"), False, id="symbol-first-stays-plain"),
        pytest.param(("read also", "2 more"), False, id="digit-first-stays-plain"),
    ],
)
def test_alternation_groups_only_phrases_that_start_with_a_letter(phrases: tuple[str, ...], grouped: bool) -> None:
    pattern = _alternation(phrases)
    assert pattern.startswith("(?=[") == grouped
    assert pattern == _bare(phrases) or grouped
    compiled = re.compile(rf"^(?:{pattern})$", re.IGNORECASE)
    assert all(compiled.match(phrase.upper()) for phrase in phrases)


def _split_tokens_by_regex(value: str) -> tuple[str, ...]:
    """``split_tokens`` as it was written first: every word split by ``TOKEN_SPLIT``."""
    out: list[str] = []
    for word in value.lower().split():
        out.append(word)
        parts = [p for p in re.split(r"[\s_\-:]+", word) if p]
        if len(parts) > 1:
            out.extend(parts)
    return tuple(out)


@pytest.mark.parametrize(
    "value",
    [
        "story-body__inner", "article", "a:b", "  ", "", "x--y", "-lead", "lead-", "_", "--", "Foo_Bar BAZ",
        "nav\u00a0menu-item", "a\tb\nc-d", "ÄRTIKEL-Text", "\u212a-top", "post-12345 type-post", "sr-only::after",
    ],
    ids=lambda value: repr(value)[1:-1][:24] or "empty",
)
def test_split_tokens_matches_splitting_every_word(value: str) -> None:
    assert split_tokens.__wrapped__(value) == _split_tokens_by_regex(value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ-_: \t\u00a0\u212aß"), max_size=20))
def test_split_tokens_matches_splitting_every_word_on_any_text(value: str) -> None:
    assert split_tokens.__wrapped__(value) == _split_tokens_by_regex(value)


def test_word_patterns_need_a_leading_letter() -> None:
    with pytest.raises(ValueError, match="literal letter"):
        _words(("(?:in|to) your inbox",))


@pytest.mark.parametrize(
    ("text", "consent"),
    [
        ("We and our 842 partners store and/or access information on a device, such as cookies.", True),
        ("With your permission we may use precise geolocation data and identification through device scanning.", True),
        ("This site uses cookies to give you the best experience.", True),
        ("Manage options", True),
        ("Websites must ask users before they store information on a device, the court ruled.", False),
        ("The regulator fined the firm for mishandling personal data of 3 million users.", False),
        ("They did not accept all of the demands, we were told.", False),
        (" ".join(["We use cookies, the company's lawyers told the court."] * 15), False),
        ("Mag een bedrijf zonder uw toestemming uw gegevens delen met adverteerders?", False),
        ("Google cambia su política de cookies para toda Europa.", False),
        ("A Meta exibe anúncios personalizados nas redes sociais, diz o estudo.", False),
    ],
    ids=["iab-stock-text", "geolocation", "site-uses-cookies", "button", "cookie-law-report", "data-report", "accept-all-demands", "long-report",
         "dutch-consumer-question", "spanish-story-on-cookie-policy", "portuguese-story-on-ads"],
)
def test_consent_wording(text: str, consent: bool) -> None:
    assert is_consent(text) is consent


@pytest.mark.parametrize(
    ("text", "consent"),
    [
        pytest.param(
            "If you're happy with this, we'll use technologies such as cookies to collect information about how you use our apps.",
            True,
            id="technologies-such-as-cookies",
        ),
        pytest.param(
            "If you choose not to agree, we will only use the strictly necessary technologies needed to make our services work.",
            True,
            id="choose-not-to-agree",
        ),
        pytest.param(
            "We use cookies and similar technologies to understand how you use the site.", True, id="similar-technologies"
        ),
        pytest.param(
            "We and third-party vendors such as Google use first-party cookies (such as the Google Analytics cookies).",
            False,
            id="privacy-policy-analytics-cookies",
        ),
        pytest.param("Accept all", True, id="accept-all-button"),
        pytest.param(
            "Regulators said the firm's cookies and similar technologies followed users across thousands of sites.",
            False,
            id="similar-technologies-report",
        ),
        pytest.param("They would not accept all of it, the union's leader said.", False, id="accept-all-in-prose"),
        pytest.param("Bake the cookies for 12 minutes, or until we see the edges turn golden.", False, id="baking"),
    ],
)
def test_banner_sentences_that_name_no_framework(text: str, consent: bool) -> None:
    assert is_consent(text) is consent


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, z. B. Cookies.", id="de-iab"
        ),
        pytest.param("Mit Ihrer Zustimmung verarbeiten wir und unsere 214 Partner auch genaue Standortdaten.", id="de-geolocation"),
        pytest.param("Diese Website verwendet Cookies, damit wir dir die bestmögliche Erfahrung bieten können.", id="de-site-uses"),
        pytest.param("Ihre Einwilligung können Sie jederzeit über den Link am Ende jeder Seite widerrufen.", id="de-withdraw"),
        pytest.param("Alle akzeptieren", id="de-button"),
        pytest.param(
            "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, telles que les cookies.",
            id="fr-iab",
        ),
        pytest.param("Vous pouvez retirer votre consentement à tout moment.", id="fr-withdraw"),
        pytest.param("Tout accepter", id="fr-button"),
        pytest.param("Continuer sans accepter", id="fr-continue-button"),
        pytest.param(
            "Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, tales como cookies.", id="es-iab"
        ),
        pytest.param("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", id="es-own-and-third-party"),
        pytest.param("Aceptar todo", id="es-button"),
        pytest.param("Noi e i nostri partner archiviamo e/o accediamo a informazioni su un dispositivo, come i cookie.", id="it-iab"),
        pytest.param("Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza.", id="it-site-uses"),
        pytest.param("Accetta tutto", id="it-button"),
        pytest.param("Wij en onze partners slaan informatie op een apparaat op en/of openen deze, zoals cookies.", id="nl-iab"),
        pytest.param("Met uw toestemming kunnen wij en onze partners precieze geolocatiegegevens gebruiken.", id="nl-geolocation"),
        pytest.param("Alles accepteren", id="nl-button"),
        pytest.param("Nós e os nossos parceiros armazenamos e/ou acedemos a informações num dispositivo, tais como cookies.", id="pt-iab"),
        pytest.param("Com a sua permissão, nós e os nossos parceiros podemos utilizar dados de geolocalização precisos.", id="pt-geolocation"),
        pytest.param("Aceitar tudo", id="pt-button"),
        pytest.param(
            "My i nasi partnerzy przechowujemy i/lub uzyskujemy dostęp do informacji na urządzeniu, takich jak pliki cookie.",
            id="pl-iab",
        ),
        pytest.param("Używamy plików cookies, aby zapewnić Ci najlepsze doświadczenia na naszej stronie.", id="pl-we-use"),
        pytest.param("Akceptuję", id="pl-button"),
        pytest.param("Zaakceptuj wszystkie", id="pl-accept-all-button"),
        pytest.param("El Diario del Soto solicita tu consentimiento para usar tus datos personales con estos fines.", id="es-asks-consent"),
        pytest.param("Utilizamos cookies propias y de terceros. Puedes aceptarlas todas o configurarlas.", id="es-puedes"),
        pytest.param("Om de beste ervaring te bieden, gebruiken wij technieken zoals cookies om informatie op te slaan.", id="nl-techniques"),
    ],
)
def test_consent_wording_in_other_languages(text: str) -> None:
    assert is_consent(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Websites dürfen Cookies nur mit Einwilligung setzen, urteilte der Bundesgerichtshof am Donnerstag.", id="de-court-report"
        ),
        pytest.param(
            "Das Gericht sah ein berechtigtes Interesse des Verlags, wie die Richterin in der Begründung schrieb.", id="de-legitimate-interest"
        ),
        pytest.param("Sie wollte nicht alle akzeptieren, sagte die Trainerin nach dem Spiel über die Neuzugänge.", id="de-she-accepts"),
        pytest.param(
            "La CNIL a infligé une amende à la société, dont le site utilisait des cookies sans consentement.", id="fr-fine-report"
        ),
        pytest.param(
            "El tribunal reconoció el interés legítimo de la empresa en conservar sus datos durante cinco años.", id="es-court-report"
        ),
        pytest.param(
            "Il Garante ha multato la società per aver installato cookie di profilazione senza consenso degli utenti.", id="it-fine-report"
        ),
        pytest.param(
            "De toezichthouder legde het bedrijf een boete op omdat het zonder toestemming cookies plaatste.", id="nl-fine-report"
        ),
        pytest.param("A autoridade multou a empresa por instalar cookies sem consentimento dos utilizadores.", id="pt-fine-report"),
        pytest.param("Urząd nałożył karę na spółkę, która instalowała pliki cookie bez zgody użytkowników.", id="pl-fine-report"),
    ],
)
def test_reporting_on_consent_in_other_languages_is_not_consent(text: str) -> None:
    assert not is_consent(text)


@pytest.mark.parametrize("alternative", CONSENT_WORDING, ids=lambda a: re.sub(r"\W+", "-", a).strip("-")[:32])
def test_consent_keys_cover_every_alternative(alternative: str) -> None:
    # is_consent skips the pattern when none of the keys is in the text.
    assert any(key in alternative for key in CONSENT_KEYS)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Smoke rises from the warehouse on Sunday morning. (Image: County Fire Service)", True),
        ("Firefighters at the scene on Sunday. Picture: Tom Hale", True),
        ("Die Stimmung in Wolfsburg ist nicht gut. (Foto: Volkswagen)", True),
        ("Neuer Blick auf das Blue-Marble-Foto: ICON simuliert das Klimasystem", False),
        ("The council released a picture of the site on Tuesday.", False),
        ("Officials said the picture: Grim for farmers who lost most of the harvest to the floods in the north.", False),
        ("x " * 50 + "Photo: Tom Hale", False),
        ("Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO", True),
        ("Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta National/Getty Images", True),
        ("The firm said the logo, © Acme Corp, was registered in 1990 and has been used on every product.", False),
        ("Crews clear debris from the road near the river on Monday. (AP Photo/Maria Lopez)", True),
        ("Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)", True),
        ("Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de", True),
        ("Die Corona-Intensivstation im Dresdner Universitätsklinikum / picture alliance", True),
        ("The agency bought the rights to 40 photos from iStock last year.", False),
        ("Use 1/2 cup of flour and 3/4 cup of sugar", False),
        ("Getty Images / Holger Leue", True),
        ("She posted the photo/video on her account, the police said, and it was shared by Smith", False),
        ("A deputy at the scene on Friday. (Photo courtesy of Fenwick County)", True),
        ("Fachada del mercado de abastos, cerrado desde 2022. EFE/Ana López", True),
        ("Der Minister am Dienstag in Berlin. (dpa/Thomas Kern)", True),
        ("Das sagte ein Sprecher am Montag. (dpa/lnw)", False),
        ("Talks resumed on Monday, officials said. (AFP/Reuters)", False),
    ],
    ids=[
        "image-in-brackets", "picture-colon", "foto", "compound-foto", "picture-in-prose", "long-tail", "long-text",
        "copyright-sign", "bar-and-copyright", "copyright-mid-sentence", "agency-photo-slash", "stock-agency-in-brackets",
        "fused-copyright-and-domain", "stock-agency-after-slash", "stock-agency-in-prose", "fractions", "images-slash",
        "photo-slash-video-in-prose", "photo-courtesy-of", "wire-agency-and-photographer",
        "wire-agency-and-photographer-in-brackets", "wire-source-line", "two-wire-agencies",
    ],
)
def test_caption_ending_on_credit(text: str, caption: bool) -> None:
    assert ends_on_credit(text) is caption


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Nowy most na Bystrzycy tuż przed otwarciem, piątek 17 maja. Fot. Marek Zieliński", True),
        ("Il nuovo parcheggio visto da piazza del Duomo (Foto di Luca Bianchi)", True),
        ("La alcaldesa compartió una foto de María en Instagram", False),
        ("La papeterie est le premier employeur de la commune depuis 1921. (Photo archives Jean Dumas)", True),
        ("Le maire inaugure la nouvelle salle des fêtes. (Photo AFP)", True),
        ("The winners of the contest (photo above) met the mayor on Friday.", False),
    ],
    ids=["polish-fot", "italian-in-brackets", "spanish-photo-of-in-a-sentence", "french-photo-archives",
         "french-photo-agency", "photo-above-in-a-sentence"],
)
def test_captions_ending_on_a_credit_in_other_languages(text: str, credit: bool) -> None:
    assert ends_on_credit(text) is credit


@pytest.mark.parametrize(
    ("text", "counter"),
    [("1 / 12", True), ("Bild 1 von 8", True), ("Image 2 of 5", True), ("3/4", False), ("1 of 3 people said yes", False)],
    ids=["slash", "german", "english", "fraction", "sentence"],
)
def test_gallery_counters(text: str, counter: bool) -> None:
    assert (GALLERY_COUNTER.match(text) is not None) is counter


def test_credit_is_found_in_the_tail_only() -> None:
    caption = "A long caption about the flood defences along the river that were built after the storms. Photo: Ann Lee"
    assert ends_on_credit(caption)
    assert len("Photo: Ann Lee") < CREDIT_TAIL_CHARS < len(caption)


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Leave a Reply", True),
        ("Your email address will not be published. Required fields are marked *", True),
        ("Never miss a story: get our free daily email, delivered to you every morning.", True),
        ("Want the best stories in one place? Our weekly briefing is free.", True),
        ("The paper's free daily newsletter now reaches more than a million readers, its editor said.", False),
        ("If you tried the recipe, please leave a comment below and tell me how it went, and which of the variations "
         "you made, and whether the children liked it as much as mine did.", False),
        ("Jeden Werktag um sechs Uhr schicken wir Ihnen die wichtigsten Nachrichten des Tages. Kostenlos.", True),
        ("Recevez chaque matin l'essentiel de l'actualité directement dans votre boîte mail.", True),
        ("Der Verlag verschickt seinen kostenlosen Newsletter nach eigenen Angaben an 200.000 Leser.", False),
        ("El diario lanzó un boletín gratuito que ya leen 50.000 personas, según la empresa.", False),
        ("Share this story", True),
        ("Möchten Sie den Artikel teilen?", True),
        ("Partager cet article", True),
        ("The minister said he would not share the article's conclusions with the committee before the vote.", False),
        ("Newsletters may contain info about charities, online ads, and content funded by outside parties. We will not "
         "share your email address.", True),
        ("We will never share your email address without your permission.", True),
        ("No spam. You can unsubscribe at any time.", True),
        ("Sie können den Newsletter jederzeit abbestellen.", True),
        ("Was heute in der Region wichtig ist, jeden Morgen um 6 Uhr kostenlos in Ihrem Postfach.", True),
        ("Vous pouvez vous désinscrire à tout moment.", True),
        ("The company said it would never share customers' data with advertisers.", False),
        ("Users can unsubscribe at any time, the regulator said, but few of them know how.", False),
    ],
    ids=["reply-heading", "form-note", "pitch", "briefing-pitch", "media-report", "blogger-closing", "pitch-de", "pitch-fr",
         "media-report-de", "media-report-es", "share-en", "share-de", "share-fr", "share-in-reporting",
         "small-print-contents", "small-print-never-share", "small-print-unsubscribe", "small-print-de", "pitch-de-dative",
         "small-print-fr",
         "report-on-data-sharing", "report-on-unsubscribing"],
)
def test_comment_form_or_pitch(text: str, prompt: bool) -> None:
    assert is_form_or_pitch(text) is prompt


@pytest.mark.parametrize(
    ("text", "button"),
    [
        pytest.param("Book now", True, id="book-now"),
        pytest.param("Learn more.", True, id="learn-more"),
        pytest.param("LEARN MORE", True, id="capitals"),
        pytest.param("Buy on Amazon", True, id="amazon"),
        pytest.param("Get a Quote (212) 555-0100", True, id="quote-with-phone"),
        pytest.param("Watch now!", True, id="watch-now"),
        pytest.param("Learn more about the scheme on the council's website.", False, id="sentence"),
        pytest.param("Watch", False, id="bare-verb-heading"),
        pytest.param("Register", False, id="bare-register"),
        pytest.param("Where to learn more", False, id="heading-around-phrase"),
        pytest.param("Shoppers were told to book now to avoid the queues, the chain said.", False, id="reporting"),
    ],
)
def test_a_block_that_is_only_a_button_label(text: str, button: bool) -> None:
    assert is_button(text) is button


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo: Daniel Frost", True),
        ("Foto: MDR/Bernd Cramer", True),
        ("Quelle: dpa-AFX", True),
        ("Abbildung: Farblich codierte Schneehöhen im Mattertal", True),
        ("Chart: fires in the county, 2015-2024", True),
        ("Bildung ist wichtig: sagt die Ministerin", False),
        ("The council released a map of the new routes on Tuesday.", False),
        ("Photo courtesy of the Fenwick County Sheriff’s Office", True),
        ("Fot. Marek Zieliński", True),
        ("Foto di Sara Galli / La Voce di San Vito", True),
        ("Foto di gruppo per i vincitori del torneo", False),
        ("责任编辑：李明", True),
        ("（来源：新华社）", True),
        ("写真：北浜新聞社", True),
        ("编辑部表示，今年的报道计划已经确定，重点关注城市交通和教育。", False),
        ("来源：" + "据市交通局统计，今年前四个月全市地铁客运量同比增长百分之十二，日均客流超过三百万人次。", False),
    ],
    ids=["photo", "foto", "quelle", "abbildung", "chart", "bildung-is-not-bild", "map-in-prose", "photo-courtesy",
         "chinese-editor", "chinese-source", "japanese-photo", "chinese-prose-on-editors", "chinese-paragraph-too-long",
         "polish-fot", "italian-foto-di", "italian-group-photo-is-no-credit"],
)
def test_credit_lines(text: str, credit: bool) -> None:
    assert is_credit(text) is credit


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Comments", True),
        ("Comments (12)", True),
        ("12 comments", True),
        ("One Comment", True),
        ("Reader comments", True),
        ("Join the discussion", True),
        ("Leave a comment", True),
        ("2 thoughts on “Warehouse destroyed in fire”", True),
        ("View all comments (31)", True),
        ("Kommentare (3)", True),
        ("5 commentaires", True),
        ("Comentarios", True),
        ("Commenti: 7", True),
        ("Reacties", True),
        ("Komentarze(9)", True),
        ("Comments from the public", False),
        ("In comments to reporters, the minister said the bridge would open on time.", False),
        ("Comment", False),
        ("Kommentar", False),
        ("Comment choisir son barbecue ?", False),
        ("Comments: 10 pages, 4 figures", False),
        ("Replies: 77", False),
        ("Leave a comment below and tell me how it went", False),
        ("Conversation (3)", True),
        ("76 Replies", False),
        ("3 Responses", True),
        ("Opinie czytelników (4)", True),
        ("Responses", False),
    ],
    ids=[
        "comments", "count-after", "count-before", "one-comment", "reader-comments", "join-the-discussion",
        "leave-a-comment", "thoughts-on-title", "view-all-with-count", "kommentare-count", "commentaires-count",
        "comentarios", "commenti-colon-count", "reacties", "komentarze-unspaced", "comments-from-the-public",
        "in-comments-to-reporters", "opinion-label", "kommentar-opinion-label", "french-comment-is-how",
        "paper-comments-field", "forum-reply-count", "blogger-sentence", "conversation-count",
        "forum-thread-replies", "responses-count", "polish-readers-opinions", "responses-alone",
    ],
)
def test_comment_heading(line: str, heading: bool) -> None:
    assert is_comment_heading(line) is heading


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("ashby_resident 2 hours ago", True),
        ("Raymond K • 3 hours ago", True),
        ("R. Hanley March 3, 2024 at 5:12 pm", True),
        ("AmySeptember 11, 2008 at 2:06 PM", True),
        ("Abdul Majeed 3/12/2021 at 1:48am", True),
        ("06.11.2023, 13.47 Uhr", True),
        ("3. November 2023 um 20:14 Uhr", True),
        ("(22 juin 2018 @11h13)", True),
        ("Kathy Owen says:", True),
        ("vor 3 Stunden", True),
        ("il y a 2 heures", True),
        ("Sabine M. schrieb am 14.05.2024, 12:40 Uhr:", True),
        ("Published March 3, 2024", False),
        ("By Nora Bishop, March 3, 2024", False),
        ("Updated 5:12 pm", False),
        ("The minister said:", False),
        ("The meeting ran from 3 March 2024 at 5:12 pm until late in the evening, and the vote was held on Tuesday", False),
    ],
    ids=[
        "time-ago", "bullet-time-ago", "date-at-time", "name-glued-to-date", "numeric-date-at-time", "german-uhr",
        "german-um", "french-at-sign", "says", "vor-stunden", "il-y-a", "colon-after-time", "dateline", "byline-with-date",
        "updated-time", "quote-lead-in", "long-sentence",
    ],
)
def test_comment_byline(line: str, byline: bool) -> None:
    assert is_comment_byline(line) is byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        pytest.param("By Amelia Hart · 2 hours ago", True, id="byline-and-age"),
        pytest.param("March 1, 2026", True, id="date"),
        pytest.param("12.03.2026", True, id="numeric-date"),
        pytest.param("Von Anna Weber", True, id="german-byline"),
        pytest.param("$285.00", False, id="price"),
        pytest.param("Rated: Good", False, id="rating"),
        pytest.param("Bib Gourmand | Lower East Side", False, id="place"),
    ],
)
def test_byline_between_a_card_headline_and_summary(line: str, byline: bool) -> None:
    assert (BYLINE.search(line) is not None) is byline


@pytest.mark.parametrize(
    ("check", "text", "expected"),
    [
        pytest.param("prompt", "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.", True, id="prompt-ru-telegram"),
        pytest.param("prompt", "Mari bergabung di saluran WhatsApp detakNusa untuk update berita terbaru.", True, id="prompt-id-whatsapp"),
        pytest.param("prompt", "Receba no celular as notícias do g1 Vale: entre no canal do g1 no WhatsApp.", True, id="prompt-br-whatsapp"),
        pytest.param("prompt", "公式LINEで友だち追加すると、最新ニュースが届きます。", True, id="prompt-ja-line"),
        pytest.param("prompt", "Власти подписали соглашение о строительстве моста.", False, id="prompt-ru-reporting"),
        pytest.param("prompt", "Join HT's WhatsApp Channel and get the latest news and must-reads.", True, id="prompt-en-whatsapp-channel"),
        pytest.param("prompt", "He urged members to join the WhatsApp group of the union, police said.", False, id="prompt-en-reporting"),
        pytest.param("credit-tail", "시청 앞 광장에 설치된 조형물. (사진=한빛뉴스 DB)", True, id="credit-ko-sajin"),
        pytest.param("credit-tail", "새 도서관 전경 [한빛시 제공. 재판매 및 DB 금지]", True, id="credit-ko-provided"),
        pytest.param("credit-tail", "工人在新建的大桥上作业。新华社记者 李华 摄", True, id="credit-zh-she"),
        pytest.param("credit-tail", "नई सड़क का उद्घाटन करते मंत्री (फाइल फोटो: PTI)", True, id="credit-hi-file-photo"),
        pytest.param("credit-tail", "Warga antre di depan kantor kelurahan. (Andi Saputra/detakNusa)", True, id="credit-id-name-outlet"),
        pytest.param("credit-tail", "1. Mobile App Development Guru (Project Lead / Strategist)", False, id="a-title-in-brackets"),
        pytest.param("credit", "(사진=한빛뉴스 DB)", True, id="credit-line-ko"),
        pytest.param("consent", "Bu sitede çerezler kullanılmaktadır. Siteyi kullanarak çerez politikamızı kabul etmiş sayılırsınız.", True, id="consent-tr"),
        pytest.param("consent", "Belediye, çerez üreticilerine yeni bir vergi getirdi.", False, id="consent-tr-reporting"),
        pytest.param("comment-heading", "Yorumlar (3)", True, id="comments-tr"),
        pytest.param("comment-heading", "Ý kiến (4)", True, id="comments-vi"),
        pytest.param("comment-byline", "ahmet_k 2 saat önce", True, id="comment-byline-tr"),
    ],
)
def test_wording_in_more_languages(check: str, text: str, expected: bool) -> None:
    """Calls to join a channel, photo credits, consent and comment wording of
    news sites outside Western Europe (probe round 6)."""
    from filter import patterns

    checks = {
        "prompt": patterns.is_prompt, "credit-tail": patterns.ends_on_credit, "credit": patterns.is_credit,
        "consent": patterns.is_consent, "comment-heading": patterns.is_comment_heading,
        "comment-byline": patterns.is_comment_byline,
    }
    assert checks[check](text) is expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("ADVERTISEMENT", True, id="en"),
        pytest.param("- Anzeige -", True, id="de-dashes"),
        pytest.param("PUBBLICITÀ", True, id="it"),
        pytest.param("Publicidad:", True, id="es"),
        pytest.param("Reklam", True, id="tr"),
        pytest.param("تبلیغات", True, id="fa"),
        pytest.param("Haberin Devamı", True, id="tr-continue-button"),
        pytest.param("Advertising", False, id="a-topic"),
        pytest.param("Advertisement revenue fell", False, id="a-sentence"),
    ],
)
def test_ad_label(text: str, label: bool) -> None:
    from filter.patterns import AD_LABEL

    assert (AD_LABEL.fullmatch(text) is not None) is label


@pytest.mark.parametrize(
    ("text", "metadata"),
    [
        pytest.param("This entry was posted on Wednesday, January 28th, 2009 at 9:14 am and is filed under City Council. "
                     "You can follow any responses to this entry through the RSS 2.0 feed.", True, id="kubrick"),
        pytest.param("This entry was posted in Allgemein. Bookmark the permalink.", True, id="twenty-ten"),
        pytest.param("By Dan Morrow on May 3, 2009 10:12 PM | Permalink | Comments (4) | TrackBacks (0)", True, id="movable-type"),
        pytest.param("Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit Berlin. Permanentlink.", True, id="de"),
        pytest.param("Questa voce è stata pubblicata in Cronaca. Aggiungi ai preferiti il permalink.", True, id="it"),
        pytest.param("Esta entrada fue publicada en Noticias. Guarda el enlace permanente.", True, id="es"),
        pytest.param("Ce billet a été publié dans Actualités. Ajoutez ce permalien à vos marque-pages.", True, id="fr"),
        pytest.param("Both comments and pings are currently closed.", True, id="pings-closed"),
        pytest.param("This entry was posted on Facebook by the suspect hours before the attack.", False, id="reporting-on-a-post"),
        pytest.param("Both comments were closed to the public, the council said.", False, id="reporting-on-comments"),
    ],
)
def test_post_metadata(text: str, metadata: bool) -> None:
    from filter.patterns import POST_METADATA, is_post_metadata

    assert is_post_metadata(text) is metadata  # the key words looked for first let every branch through
    assert (POST_METADATA.search(text) is not None) is metadata


@pytest.mark.parametrize(
    ("text", "reading_time"),
    [
        pytest.param("5 min read", True, id="min-read"),
        pytest.param("Reading Time: 11 minutes", True, id="reading-time-prefix"),
        pytest.param("Lesezeit: 3 Minuten", True, id="de"),
        pytest.param("11 minut czytania", True, id="pl"),
        pytest.param("⏱ 2-3 min read", True, id="icon-and-range"),
        pytest.param("3 minutes", False, id="a-bare-duration"),
        pytest.param("The meeting lasted 5 minutes and ended in a vote.", False, id="reporting"),
    ],
)
def test_reading_time(text: str, reading_time: bool) -> None:
    from filter.patterns import READING_TIME

    assert (READING_TIME.match(text) is not None) is reading_time


@pytest.mark.parametrize(
    ("text", "date_line"),
    [
        pytest.param("Last updated: April 21, 2025", True, id="last-updated"),
        pytest.param("Updated on November 18, 2025", True, id="updated-on"),
        pytest.param("Published on 2025-12-19", True, id="iso-date"),
        pytest.param("Last updated on September 16th, 2023 at 09:27 am", True, id="ordinal-and-clock"),
        pytest.param("August 16, 2019 - Updated July 9, 2025", True, id="date-then-updated"),
        pytest.param("PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m.", True, id="two-labels"),
        pytest.param("Aktualisiert: 11.04.2020, 10:27", True, id="de-updated"),
        pytest.param("Veröffentlichung: 2. Februar 2022", True, id="de-published"),
        pytest.param("Stand: 20. April 2020, 14:57 Uhr", True, id="de-stand"),
        pytest.param("Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02", True, id="it"),
        pytest.param("Publicado el 12 de marzo de 2024", True, id="es"),
        pytest.param("December 24, 2024", False, id="a-bare-date"),
        pytest.param("28/11/2025 at 7:07 pm", False, id="a-post-time-stamp"),
        pytest.param("Trustpilot, 2.23.2025", False, id="a-review-source"),
        pytest.param("Updated: the 2024 plan", False, id="no-date"),
        pytest.param("Last updated on April 21, 2025, the figures show a fall in rents across the city.", False, id="a-sentence"),
    ],
)
def test_date_line(text: str, date_line: bool) -> None:
    from filter.patterns import is_date_line

    assert is_date_line(text) is date_line


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        pytest.param("By Haley Hoekstra • March 12, 2025", True, id="bullet"),
        pytest.param("by Karina Cohen | May 19, 2024", True, id="bar"),
        pytest.param("Posted by IndustrySelect on Tuesday, August 29, 2023", True, id="posted-by-weekday"),
        pytest.param("Reviewed by Justin Meserole, Trial Attorney, on December 9, 2024.", True, id="reviewed-by"),
        pytest.param("von Marc Scheloske | 20. Mai 2007", True, id="de"),
        pytest.param("By Ann Lee, staff writer for the Courier | May 2, 2024", True, id="with-a-role"),
        pytest.param("by Minoa » Tue Aug 27, 2019 5:58 am", False, id="a-forum-post-with-a-time"),
        pytest.param("Published by Hachette", False, id="no-date"),
        pytest.param("By the end of March 2024 the council expects to have hired 40 more wardens.", False, id="a-sentence"),
        pytest.param("By the end of March 12, 2025, the council had approved the plan.", False, id="a-sentence-with-a-full-date"),
        pytest.param("By Tuesday, March 12, 2025, all schools will have reopened.", False, id="a-sentence-on-a-weekday"),
    ],
)
def test_dated_byline(text: str, byline: bool) -> None:
    from filter.patterns import is_dated_byline

    assert is_dated_byline(text) is byline
