"""``filter.boilerplate.decide``: from content probabilities to the reasons users read."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest

from filter import Block
from filter.boilerplate import (
    CALL_TO_ACTION,
    CAPTION,
    COMMENTS,
    CONSENT_PROMPT,
    DIALOG,
    DUPLICATE,
    HEADLINE,
    NO_WORDS,
    ORPHAN_HEADING,
    PROMO_LIST,
    PULL_QUOTE,
    TEASERS,
    decide,
    decide_text,
)

PROSE = "The council said on Tuesday that work on the new bridge would start in the spring."
DISQUS_COMMENT_TOKENS = (
    "post-message", "post", "message", "publisher-anchor-color", "publisher", "anchor", "color",
    "post-message-container", "post", "message", "container", "post-body-inner", "post", "body", "inner",
    "post-body", "post", "body", "post-content", "post", "content", "post", "post-list", "post", "list",
    "conversation", "layout", "disqus_thread", "disqus", "thread", "gh-article", "gh", "article",
)
"""The tokens of a comment in static Disqus markup: ``disqus_thread`` is the
28th, and the nearest ten read like an article's."""


@pytest.mark.parametrize(
    ("block", "probability", "reason"),
    [
        pytest.param(Block(PROSE), 0.9, None, id="content-kept"),
        pytest.param(Block("Read also: Bridge Street traders stage protest"), 0.1, "boilerplate: promo link", id="promo"),
        pytest.param(Block("Home World Sport", link_density=1.0), 0.1, "boilerplate: link list", id="link-list"),
        pytest.param(Block("Sign up for our newsletter today."), 0.1, "boilerplate: call to action", id="call-to-action"),
        pytest.param(Block("© 2024 Example Media", path="html>body>footer>p"), 0.1, "boilerplate: page furniture", id="footer"),
        pytest.param(Block("Posted 3 hours ago", tokens=("comments",)), 0.1, "boilerplate: page furniture", id="comment-token"),
        pytest.param(Block(PROSE, drop="boilerplate: hidden element"), 0.9, "boilerplate: hidden element", id="segmenter-drop-wins"),
        pytest.param(Block("Last updated: April 21, 2025"), 0.9, "boilerplate: date line", id="updated-line"),
        pytest.param(Block("December 24, 2024"), 0.9, None, id="a-bare-date-is-kept"),
        pytest.param(Block("By Haley Hoekstra • March 12, 2025"), 0.9, "boilerplate: byline", id="dated-byline"),
    ],
)
def test_reason(block: Block, probability: float, reason: str | None) -> None:
    assert decide([block], np.array([probability]), 0.5) == [reason]


def test_unexplained_drop_gives_the_probability() -> None:
    (reason,) = decide([Block(PROSE)], np.array([0.23]), 0.5)
    assert reason == "boilerplate: outside the article (content probability 0.23)"


def test_threshold_is_inclusive() -> None:
    assert decide([Block(PROSE)], np.array([0.5]), 0.5) == [None]


def test_repeated_paragraph_is_dropped_once_kept() -> None:
    blocks = [Block(PROSE), Block("Another paragraph of the story."), Block(PROSE)]
    assert decide(blocks, np.array([0.9, 0.9, 0.9]), 0.5) == [None, None, DUPLICATE]


def test_short_lines_may_repeat() -> None:
    blocks = [Block("Pros:"), Block(PROSE), Block("Pros:"), Block("Battery life: Yes")]
    assert decide(blocks, np.full(4, 0.9), 0.5) == [None, None, None, None]


def test_a_dropped_copy_does_not_hide_the_kept_one() -> None:
    blocks = [Block(PROSE), Block(PROSE)]
    assert decide(blocks, np.array([0.1, 0.9]), 0.5)[1] is None


def test_plain_text_keeps_what_the_segmenter_did_not_mark() -> None:
    blocks = [Block(PROSE, tag="line"), Block("Read Also:", tag="line", drop="boilerplate: promo block")]
    assert decide_text(blocks) == [None, "boilerplate: promo block"]


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(Block("The chicks were spotted in a nest.", tag="figcaption"), id="figcaption"),
        pytest.param(Block("Photo: Daniel Frost"), id="photo-colon"),
        pytest.param(Block("Picture by Anna Webb"), id="picture-by"),
        pytest.param(Block("Enter your email address below to get our weekly newsletter."), id="prompt"),
        pytest.param(Block("We and our partners store and/or access information on a device, such as cookies."), id="consent"),
        pytest.param(Block("Accept all cookies"), id="consent-button"),
        pytest.param(Block("Smoke rises over the estate on Sunday. (Image: County Fire Service)"), id="caption-ending-on-credit"),
        pytest.param(Block("Leave a Reply"), id="comment-form-heading"),
        pytest.param(Block("Never miss a story: get our free daily email, delivered to you every morning."), id="newsletter-pitch"),
        pytest.param(Block(PROSE, tokens=("comment-content", "comment", "content")), id="comment-section"),
        pytest.param(Block(PROSE, tokens=("disqus_thread", "disqus", "thread")), id="disqus"),
        pytest.param(Block(PROSE, tokens=DISQUS_COMMENT_TOKENS), id="disqus-far-up"),
        pytest.param(Block("We independently review everything we recommend. When you buy through our links, we may earn a commission."), id="affiliate-disclosure"),
        pytest.param(Block("*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke."), id="advertising-disclosure-de"),
        pytest.param(Block("As an Amazon Associate we earn from qualifying purchases."), id="amazon-associate"),
        pytest.param(Block("This podcast may contain affiliate links, please read our disclosure policy."), id="disclosure-policy"),
        pytest.param(Block("Affiliatelinks"), id="affiliate-label-de"),
        pytest.param(Block("No content on this site should ever be used as a substitute for direct advice from your doctor."), id="site-disclaimer"),
        pytest.param(Block("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin."), id="copyright-pl"),
        pytest.param(Block("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."), id="wire-copyright"),
        pytest.param(Block("© EFE 2010. Está expresamente prohibida la redistribución y la redifusión de todo o parte del contenido."), id="wire-copyright-es"),
        pytest.param(Block("© Le Courrier 2009. Reproduction interdite."), id="copyright-fr"),
        pytest.param(Block("This entry was posted in Allgemein. Bookmark the permalink."), id="post-metadata"),
        pytest.param(Block("PUBBLICITÀ"), id="ad-label-it"),
        pytest.param(Block("Dana Whitlock covers transport and the harbour for the Courier.", tokens=("author-bio", "author", "bio")), id="author-bio"),
        pytest.param(Block("Ich bin Jessie, 32 Jahre jung, und schreibe hier über Familie.", tokens=("saboxplugin-desc", "saboxplugin", "desc")), id="author-box-plugin"),
        pytest.param(Block("Das Heizkraftwerk am Kanal soll bis 2030 umgebaut werden.", tokens=("bildunterschrift",)), id="caption-named-de"),
        pytest.param(Block("Anglers on the river near the weir in 2023.", tokens=("cutline",)), id="cutline"),
        pytest.param(Block("Fachada del mercado, cerrado desde 2022.", tokens=("pie-foto", "pie", "foto")), id="caption-named-es"),
    ],
)
def test_dropped_whatever_the_model_says(block: Block) -> None:
    (reason,) = decide([block], np.array([0.99]), 0.5)
    assert reason is not None and reason.startswith("boilerplate:")


@pytest.mark.parametrize(
    "text",
    [
        "Photographers gathered outside the court on Monday as the verdict was read.",
        "The council will subscribe to the regional transport scheme from next year, officials said.",
        "Websites must ask users before they store information on a device, the court ruled on Tuesday.",
        "The regulator said the firm had no legitimate interest in keeping the data, and fined it 2 million euros.",
        "Officials said the picture: Grim for farmers who lost most of the harvest to the floods in the north of the county.",
        "The paper's free daily newsletter now reaches more than a million readers, its editor said on Tuesday.",
        "If you have tried the recipe, I would love to hear how it went for you and your family, so please leave a comment below "
        "and tell me which of the variations you made and whether the children liked it as much as mine did.",
        "Retailers said the new rules would cut the commission that publishers earn on sales by a third, from next year.",
        "The regulator said posts that contain affiliate links must say so, and fined two influencers on Tuesday.",
        "An Amazon associate at the warehouse said staff had been told to work through the heatwave.",
        "Doctors warned that the chatbot is not a substitute for medical advice, and urged patients to see their GP.",
        "Health officials said the pills should not be used as a substitute for vaccination, the agency said on Monday.",
        "The FTC updated its advertising disclosure rules for influencers on Tuesday, officials said.",
        "The company said its disclosure policy had been followed in every case, a spokesman said.",
        "The bank said customers would earn from qualifying purchases under the new card scheme.",
    ],
    ids=[
        "photographers-sentence", "subscribe-as-news", "cookie-law-report", "legitimate-interest-report",
        "picture-in-prose", "newsletter-in-media-report", "blogger-asks-for-comments",
        "commission-in-reporting", "affiliate-links-in-reporting", "amazon-worker-in-reporting",
        "medical-advice-in-reporting", "substitute-in-reporting", "advertising-rules-in-reporting",
        "disclosure-policy-in-reporting", "qualifying-purchases-in-reporting",
    ],
)
def test_prose_with_similar_words_is_kept(text: str) -> None:
    assert decide([Block(text)], np.array([0.99]), 0.5) == [None]


def banner_and_article(banner: list[str], article: list[str]) -> list[Block]:
    """Blocks as the segmenter numbers them: the banner's under element 2, the article's under element 9."""
    blocks = [Block(t, nodes=(0, 1, 2, 3 + i)) for i, t in enumerate(banner)]
    return blocks + [Block(t, nodes=(0, 1, 9, 10 + i)) for i, t in enumerate(article)]


CONSENT_PARAGRAPH = "With your permission we and our partners may use precise geolocation data."


def test_a_banner_takes_its_other_sentences_with_it() -> None:
    blocks = banner_and_article(
        ["Your choices on this site", CONSENT_PARAGRAPH, "Your preferences will apply to this website only."], [PROSE]
    )
    assert decide(blocks, np.full(4, 0.9), 0.5) == [CONSENT_PROMPT, CONSENT_PROMPT, CONSENT_PROMPT, None]


def test_an_article_quoting_a_banner_keeps_its_other_paragraphs() -> None:
    blocks = banner_and_article([], [PROSE, CONSENT_PARAGRAPH, PROSE + " It was delayed.", PROSE + " Again."])
    assert decide(blocks, np.full(4, 0.9), 0.5) == [None, CONSENT_PROMPT, None, None]


def test_an_overlay_without_the_framework_wording_goes_whole() -> None:
    banner = [
        "Let us know you agree to data collection",
        "We and our partners use technologies, such as cookies, and collect browsing data to give you the best online experience.",
        "If you're happy with this, we'll use technologies such as cookies to collect information about how you use our websites.",
        "We'd also like to use analytics and marketing tools, and share data with advertising partners, to show you adverts "
        "when you are outside the UK that are more relevant to your interests.",
        "If you choose not to agree, we will only use the strictly necessary technologies needed to make our services work.",
    ]
    blocks = banner_and_article(banner, [PROSE])
    assert decide(blocks, np.full(6, 0.9), 0.5) == [CONSENT_PROMPT] * 5 + [None]


OVERLAY = [
    "Your privacy",
    CONSENT_PARAGRAPH,
    "If you are happy with this, we will also measure how the site performs for you.",
    "Some of these partners may show you adverts that suit your interests better.",
    "Your choice applies to every app and website we run on this browser.",
]


def overlay_and_article(banner_tokens: tuple[str, ...], article_tokens: tuple[str, ...], story: list[str]) -> list[Block]:
    """An overlay whose only consent wording is a quarter of its text, above an article."""
    blocks = [Block(t, tokens=banner_tokens, nodes=(0, 1, 2, 3 + i)) for i, t in enumerate(OVERLAY)]
    return blocks + [Block(t, tokens=article_tokens, nodes=(0, 1, 9, 10 + i)) for i, t in enumerate(story)]


@pytest.mark.parametrize(
    ("banner_tokens", "article_tokens", "overlay_goes"),
    [
        pytest.param(("privacy-overlay", "privacy", "overlay", "dialog"), ("article",), True, id="role-dialog"),
        pytest.param(("message", "type-modal", "type", "modal"), ("article",), True, id="modal-class"),
        pytest.param(("privacy-box", "privacy", "box"), ("article",), False, id="no-dialog"),
        pytest.param(("box", "modal-open", "modal", "open"), ("article", "modal-open", "modal", "open"), False, id="modal-open-body"),
    ],
)
def test_a_dialog_goes_whole_on_less_consent_wording(
    banner_tokens: tuple[str, ...], article_tokens: tuple[str, ...], overlay_goes: bool
) -> None:
    blocks = overlay_and_article(banner_tokens, article_tokens, [PROSE])
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    expected = [CONSENT_PROMPT] * len(OVERLAY) if overlay_goes else [None, CONSENT_PROMPT, None, None, None]
    assert reasons == expected + [None]


def test_a_dialog_goes_whole_when_the_model_dropped_its_consent_wording() -> None:
    # The model already drops the sentence that names cookies; the dialog's
    # other sentences, which it keeps, go with it all the same.
    blocks = overlay_and_article(("privacy-overlay", "privacy", "overlay"), ("article",), [PROSE])
    content = np.full(len(blocks), 0.9)
    content[1] = 0.1  # CONSENT_PARAGRAPH
    reasons = decide(blocks, content, 0.5)
    assert reasons[2:len(OVERLAY)] == [CONSENT_PROMPT] * (len(OVERLAY) - 2)
    assert reasons[-1] is None


def test_an_article_in_a_dialog_quoting_a_banner_keeps_its_other_paragraphs() -> None:
    story = [PROSE, CONSENT_PARAGRAPH, PROSE + " It was delayed.", PROSE + " Again.", PROSE + " Twice.", PROSE + " Still."]
    blocks = overlay_and_article(("box",), ("reader-modal", "reader", "modal"), story)[len(OVERLAY) :]
    assert decide(blocks, np.full(len(blocks), 0.9), 0.5) == [None, CONSENT_PROMPT, None, None, None, None]


BANNERS_AND_STORIES = [
    pytest.param(
        ["Wir respektieren Ihre Privatsphäre", "Wir und unsere Partner verwenden Cookies, um Informationen auf Ihrem Gerät zu speichern.",
         "Ihre Auswahl gilt nur für dieses Angebot.", "Alle akzeptieren"],
        "Der Stadtrat hat am Mittwoch ein neues Radwegenetz beschlossen, das bis 2028 fertig sein soll.",
        id="de",
    ),
    pytest.param(
        ["Vos choix sur ce site", "Nous et nos partenaires stockons des informations sur un appareil, telles que les cookies.",
         "Vos choix s'appliquent à ce site uniquement.", "Tout accepter"],
        "Le conseil municipal a voté mardi soir un budget en hausse pour la rénovation des routes.",
        id="fr",
    ),
    pytest.param(
        ["Tu privacidad", "Nosotros y nuestros socios almacenamos información en un dispositivo, tales como cookies.",
         "Tu elección se aplica solo a este sitio.", "Aceptar todo"],
        "El ayuntamiento aprobó el martes un presupuesto mayor para reparar las calles del centro.",
        id="es",
    ),
    pytest.param(
        ["La tua privacy", "Noi e i nostri partner archiviamo informazioni su un dispositivo, come i cookie.",
         "La tua scelta vale solo per questo sito.", "Accetta tutto"],
        "Il consiglio comunale ha approvato martedì un bilancio più alto per la manutenzione delle strade.",
        id="it",
    ),
    pytest.param(
        ["Jouw privacy", "Wij en onze partners slaan informatie op een apparaat op, zoals cookies.",
         "Je keuze geldt alleen voor deze site.", "Alles accepteren"],
        "De gemeenteraad heeft dinsdag een hoger budget goedgekeurd voor het herstel van de wegen.",
        id="nl",
    ),
    pytest.param(
        ["A sua privacidade", "Nós e os nossos parceiros armazenamos informações num dispositivo, tais como cookies.",
         "A sua escolha aplica-se apenas a este site.", "Aceitar tudo"],
        "A câmara municipal aprovou na terça-feira um orçamento maior para reparar as estradas do centro.",
        id="pt",
    ),
    pytest.param(
        ["Twoja prywatność", "My i nasi partnerzy przechowujemy informacje na urządzeniu, takie jak pliki cookie.",
         "Twój wybór dotyczy tylko tej witryny.", "Akceptuję"],
        "Rada miasta zatwierdziła we wtorek wyższy budżet na remonty dróg w centrum.",
        id="pl",
    ),
]


@pytest.mark.parametrize(("banner", "story"), BANNERS_AND_STORIES)
def test_a_banner_in_another_language_takes_its_other_sentences_with_it(banner: list[str], story: str) -> None:
    blocks = banner_and_article(banner, [story])
    assert decide(blocks, np.full(len(blocks), 0.9), 0.5) == [CONSENT_PROMPT] * len(banner) + [None]


@pytest.mark.parametrize(("banner", "story"), BANNERS_AND_STORIES)
def test_a_story_quoting_a_banner_in_another_language_keeps_its_other_paragraphs(banner: list[str], story: str) -> None:
    blocks = banner_and_article([], [story, banner[1], story + " 2", story + " 3"])
    assert decide(blocks, np.full(4, 0.9), 0.5) == [None, CONSENT_PROMPT, None, None]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Websites dürfen Cookies nur mit Einwilligung setzen, urteilte der Bundesgerichtshof.", id="de-court-report"),
        pytest.param("Sie wollte nicht alle akzeptieren, sagte die Trainerin über die Neuzugänge.", id="de-accept-all-in-prose"),
        pytest.param("La CNIL a sanctionné le site, qui déposait des cookies sans consentement des internautes.", id="fr-fine-report"),
        pytest.param("No podemos aceptar todo lo que propone el Gobierno, dijo su portavoz el martes.", id="es-accept-all-in-prose"),
        pytest.param("Il Garante ha multato la società per cookie di profilazione installati senza consenso.", id="it-fine-report"),
    ],
)
def test_reporting_in_other_languages_is_kept(text: str) -> None:
    assert decide([Block(text)], np.array([0.99]), 0.5) == [None]


def test_a_banner_the_model_already_drops_is_not_looked_at() -> None:
    blocks = banner_and_article([CONSENT_PARAGRAPH, "Your preferences will apply to this website only."], [PROSE])
    reasons = decide(blocks, np.array([0.1, 0.1, 0.9]), 0.5)
    assert reasons[2] is None and CONSENT_PROMPT not in reasons


@pytest.mark.parametrize(
    "tokens",
    [("tone-comment", "tone", "comment"), ("single-post", "comments-open", "comments", "open"), ("commentary", "article")],
    ids=["opinion-column-class", "body-comments-open", "commentary"],
)
def test_comment_words_in_other_names_keep_the_story(tokens: tuple[str, ...]) -> None:
    assert decide([Block(PROSE, tokens=tokens)], np.array([0.9]), 0.5) == [None]


BODY = [
    "Teachers in the district will strike on Monday after talks broke down late on Friday night.",
    "The union said pay had fallen behind for a decade and classes had grown too large to teach well.",
]
PULL = ("wp-block-pullquote", "wp", "block", "pullquote")


@pytest.mark.parametrize(
    ("quote", "tokens", "pulled"),
    [
        pytest.param(["classes had grown too large to teach well", "Dana Whitfield, teacher"], PULL, True, id="repeat-goes-with-its-cite"),
        pytest.param(["Pay had fallen behind for a decade"], ("pull-quote",), True, id="repeat-recased"),
        pytest.param(["We were never asked what we needed", "Dana Whitfield"], PULL, False, id="quote-said-nowhere-else-stays"),
        pytest.param(["classes had grown too large to teach well"], ("pull-right", "pull", "right"), False, id="bootstrap-pull-right"),
    ],
)
def test_pull_quotes(quote: list[str], tokens: tuple[str, ...], pulled: bool) -> None:
    blocks = [Block(BODY[0]), *(Block(t, tokens=tokens) for t in quote), Block(BODY[1])]
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    assert reasons == [None, *([PULL_QUOTE if pulled else None] * len(quote)), None]


PITCH = "Get the latest news on climate change and the environment, delivered to your inbox every Thursday."
SMALL_PRINT = "Privacy Notice: Newsletters may contain information about charities, online ads and content funded by outside parties."


@pytest.mark.parametrize(
    ("tokens", "boxed"),
    [
        pytest.param(("nl-title", "nl", "title"), True, id="named-sign-up-box"),
        pytest.param(("newsletter-inline", "newsletter", "inline"), True, id="named-newsletter-box"),
        pytest.param(("gh-cta-title", "gh", "cta", "title", "gh-cta"), True, id="named-call-to-action-box"),
        pytest.param(("panel", "aside"), False, id="unnamed-element-keeps-its-text"),
    ],
)
def test_a_sign_up_box_takes_its_title_and_small_print(tokens: tuple[str, ...], boxed: bool) -> None:
    box = [Block(t, tokens=tokens, nodes=(0, 1, 5, 6 + i)) for i, t in enumerate(["The Climate Brief", PITCH, SMALL_PRINT])]
    blocks = [Block(BODY[0], nodes=(0, 1, 2, 3)), *box, Block(BODY[1], nodes=(0, 1, 2, 9))]
    kept = None if not boxed else CALL_TO_ACTION
    assert decide(blocks, np.full(len(blocks), 0.9), 0.5) == [None, kept, CALL_TO_ACTION, kept, None]


def test_a_prompt_inside_a_short_article_leaves_the_article() -> None:
    """Two paragraphs and a long pitch, in an element whose class names a
    newsletter: a third of the text is the prompt, but the rest is more than
    a box holds (``SIGN_UP_OTHER_MAX_CHARS``)."""
    tokens = ("article-body", "article", "body", "newsletter-enabled", "newsletter", "enabled")
    texts = [" ".join(BODY) + " Schools stay open.", PITCH + " " + PITCH.replace("Thursday", "Monday"), PROSE + " " + BODY[1] + " Talks resume next week."]
    blocks = [Block(t, tokens=tokens, nodes=(0, 1, 2, 3 + i)) for i, t in enumerate(texts)]
    assert len(texts[1]) >= 0.3 * sum(map(len, texts))
    assert decide(blocks, np.full(len(texts), 0.9), 0.5) == [None, CALL_TO_ACTION, None]


LONG_PROSE = PROSE + " The work is expected to take two years and will cost about 12 million pounds, the council said."
"""A paragraph long enough to be the story's (``ARTICLE_BEFORE_COMMENTS_WORDS``)."""
COMMENT = "We live about a quarter mile from the bridge and nobody from the council has been to see us about the works."


def story_then(section: list[str], after: list[str] = (), *, nested: int = 0) -> list[Block]:
    """Blocks as the segmenter numbers them: two paragraphs of a story in
    element 9, then ``section`` in element 30 (its first block directly,
    the others ``nested`` elements deeper), then ``after`` in element 90."""
    story = [Block(LONG_PROSE, nodes=(0, 1, 9, 10)), Block(LONG_PROSE + " Again.", nodes=(0, 1, 9, 11))]
    blocks = [Block(section[0], nodes=(0, 1, 30, 31))] if section else []
    for i, text in enumerate(section[1:]):
        chain = (0, 1, 30, 40 + 10 * i) + tuple(40 + 10 * i + d for d in range(1, nested + 1))
        blocks.append(Block(text, nodes=chain[-12:]))
    return story + blocks + [Block(text, nodes=(0, 1, 90, 91 + i)) for i, text in enumerate(after)]


@pytest.mark.parametrize(
    "heading",
    [
        "Comments (12)", "12 comments", "1 Comment", "Reader comments", "Join the discussion", "Leave a comment",
        "2 thoughts on “Warehouse destroyed in fire”", "Kommentare", "3 Kommentare", "Commentaires", "Comentarios",
        "Commenti", "Reacties",
    ],
    ids=lambda heading: re.sub(r"\W+", "-", heading).strip("-")[:32],
)
def test_a_comment_heading_takes_its_section(heading: str) -> None:
    blocks = story_then([heading, "Keep it civil and stay on topic.", "ashby_resident 2 hours ago", COMMENT], ["Weather"])
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    # A call to join is a comment form's heading too, and may be dropped as one.
    assert reasons[2] in (COMMENTS, "boilerplate: call to action")
    assert reasons[:2] + reasons[3:] == [None, None, COMMENTS, COMMENTS, COMMENTS, None]


def test_comments_nested_deeper_than_the_tag_path_go_with_their_section() -> None:
    # Disqus nests a comment a dozen elements below its section: the block's
    # nodes no longer reach the section's element.
    blocks = story_then(["Join the conversation", COMMENT, COMMENT + " Yes."], nested=12)
    assert 30 not in blocks[-1].nodes
    assert decide(blocks, np.full(len(blocks), 0.9), 0.5)[3:] == [COMMENTS] * 2


def test_a_dropped_heading_still_opens_its_section() -> None:
    blocks = story_then(["Comments (2)", COMMENT])
    assert decide(blocks, np.array([0.9, 0.9, 0.1, 0.9]), 0.5)[3] == COMMENTS


def in_body(texts: list[str]) -> list[Block]:
    """Blocks of one story body, element 9, after its first two paragraphs."""
    return [Block(t, nodes=(0, 1, 9, 10 + i)) for i, t in enumerate([LONG_PROSE, LONG_PROSE + " Again.", *texts])]


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(in_body(["In comments to reporters, the minister said the bridge would open on time."]), id="in-comments-to-reporters"),
        pytest.param(
            story_then(["Comments from the public", "The council received more than 300 comments on the plan."]),
            id="comments-from-the-public-subheading",
        ),
        pytest.param(in_body(["Comments", "The council received more than 300 comments on the plan."]), id="comments-subheading-in-the-body"),
        pytest.param(
            [Block("12 comments", nodes=(0, 1, 5, 6)), Block(LONG_PROSE, nodes=(0, 1, 5, 7, 8)), Block(PROSE, nodes=(0, 1, 5, 7, 9))],
            id="comment-count-above-the-story",
        ),
        pytest.param(
            story_then([], [])[:1]
            + [Block("12 comments", link_density=1.0, nodes=(0, 1, 30, 31)), Block(LONG_PROSE + " More.", nodes=(0, 1, 30, 32))],
            id="linked-comment-count",
        ),
        pytest.param(
            story_then(["Comments", "The council received more than 300 comments on the plan."], [LONG_PROSE + " Then."]),
            id="story-goes-on-after-a-comments-section",
        ),
        pytest.param(
            story_then(["Comments", "The council received more than 300 comments on the plan."]),
            id="comments-subheading-last-without-bylines",
        ),
        pytest.param(
            story_then(["Comments", "The council received more than 300 comments."], ["ashby_resident 2 hours ago"]),
            id="byline-after-the-section-does-not-count",
        ),
        pytest.param(in_body(["12 comments", COMMENT]), id="comment-count-in-the-body-without-bylines"),
    ],
)
def test_the_story_keeps_what_names_comments(blocks: list[Block]) -> None:
    assert decide(blocks, np.full(len(blocks), 0.9), 0.5) == [None] * len(blocks)


def test_blocks_given_back_are_not_kept_twice() -> None:
    blocks = story_then(["Comments", LONG_PROSE], [LONG_PROSE + " Then."])
    assert decide(blocks, np.full(len(blocks), 0.9), 0.5) == [None, None, None, DUPLICATE, None]


@pytest.mark.parametrize(
    "byline",
    ["ashby_resident 2 hours ago", "R. Hanley March 3, 2024 at 5:12 pm", "Kathy Owen says:"],
    ids=["time-ago", "date-and-time", "says"],
)
def test_a_comment_byline_after_a_heading_in_the_body_takes_the_rest_of_the_body(byline: str) -> None:
    # A flat page: the story, the heading and the comments are all children of one element.
    blocks = in_body(["Comments", byline, COMMENT, COMMENT + " Yes."])
    assert decide(blocks, np.full(len(blocks), 0.9), 0.5) == [None, None] + [COMMENTS] * 4


LEAD = "Work starts in May and will take most of the summer, the board said."


def headline_lead_body(lead: Block, furniture: float = 0.3) -> tuple[list[Block], np.ndarray]:
    """A headline, a lead, a byline and two body paragraphs in one <article>
    (element 2), as the segmenter numbers them; the model drops all but the body."""
    blocks = [
        Block("Harbour board to close two ferry piers", tag="h1", path="html>body>article>header>h1", nodes=(0, 1, 2, 3, 4)),
        lead,
        Block("By Dana Whitlock March 6, 2024", tag="div", path="html>body>article>header>div", nodes=(0, 1, 2, 3, 6)),
        Block(LONG_PROSE, path="html>body>article>section>p", nodes=(0, 1, 2, 7, 8)),
        Block(LONG_PROSE.replace("council", "board"), path="html>body>article>section>p", nodes=(0, 1, 2, 7, 9)),
    ]
    return blocks, np.array([0.3, furniture, 0.2, 0.95, 0.95])


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        pytest.param(Block(LEAD, path="html>body>article>header>p", tokens=("post-excerpt", "post", "excerpt"), nodes=(0, 1, 2, 3, 5)), True, id="named-excerpt"),
        pytest.param(Block(LEAD, tag="h2", path="html>body>article>header>h2", tokens=("dek",), nodes=(0, 1, 2, 3, 5)), True, id="named-dek"),
        pytest.param(Block(LEAD, path="html>body>article>header>p", tokens=("meta",), nodes=(0, 1, 2, 3, 5)), False, id="unnamed"),
        pytest.param(Block(LEAD, tag="h2", path="html>body>article>header>h2", tokens=("a_st",), nodes=(0, 1, 2, 3, 5)), True,
                     id="unnamed-subtitle-beside-the-headline"),
        pytest.param(Block(LEAD, tag="h2", path="html>body>article>div>h2", nodes=(0, 1, 2, 5, 6)), False,
                     id="subheading-in-another-element"),
        pytest.param(Block(LEAD, path="html>body>article>aside>p", tokens=("summary",), nodes=(0, 1, 2, 3, 5)), False, id="in-an-aside"),
        pytest.param(Block(LEAD, path="html>body>div>article>p", tokens=("summary",), nodes=(0, 1, 10, 11, 5)), False, id="another-article"),
        pytest.param(Block("Updated March 6, 2024 at 6:41 p.m. by Dana Whitlock", path="html>body>article>header>p", tokens=("dek",), nodes=(0, 1, 2, 3, 5)), False, id="byline"),
        pytest.param(Block("Ferry piers to close", path="html>body>article>header>p", tokens=("dek",), nodes=(0, 1, 2, 3, 5)), False, id="too-short"),
    ],
)
def test_an_articles_lead_is_given_back(lead: Block, kept: bool) -> None:
    blocks, probability = headline_lead_body(lead)
    reasons = decide(blocks, probability, 0.5)
    assert (reasons[1] is None) is kept
    assert reasons[0] is not None and reasons[2] is not None and reasons[3:] == [None, None]


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        pytest.param(Block(LEAD, tag="h3", path="html>body>div>header>h3", tokens=("subtitle",), nodes=(0, 1, 2, 3, 5)), True,
                     id="subtitle-beside-the-headline"),
        pytest.param(Block(LEAD, path="html>body>div>header>p", tokens=("post-excerpt", "post", "excerpt"), nodes=(0, 1, 2, 3, 5)), False,
                     id="named-excerpt-that-nothing-ties-to-the-story"),
    ],
)
def test_a_page_without_an_article_element_gets_only_the_subtitle_back(lead: Block, kept: bool) -> None:
    blocks, probability = headline_lead_body(lead)
    blocks = [Block(b.text, tag=b.tag, path=b.path.replace("article", "div"), tokens=b.tokens, nodes=b.nodes) for b in blocks]
    reasons = decide(blocks, probability, 0.5)
    assert (reasons[1] is None) is kept
    assert reasons[3:] == [None, None]


KLARO = ("cm-modal", "cm", "modal", "cookie-modal", "cookie", "klaro")


@pytest.mark.parametrize(
    ("box_tokens", "wording", "in_main", "dropped"),
    [
        pytest.param(KLARO, True, False, True, id="consent-managers-second-layer"),
        pytest.param(("gdpr-article", "gdpr", "article"), False, False, False, id="gdpr-named-content-without-consent-wording"),
        pytest.param(KLARO, True, True, False, id="inside-main"),
        pytest.param(("box", "panel"), True, False, False, id="no-consent-managers-names"),
    ],
)
def test_a_consent_managers_box_goes_whole(box_tokens: tuple[str, ...], wording: bool, in_main: bool, dropped: bool) -> None:
    """Klaro's purpose descriptions, each in an element of its own without
    consent wording, go with the box whose intro has it."""
    path = "html>body>main>div>div" if in_main else "html>body>div>div"
    intro = "We use cookies and similar technologies on our website." if wording else PROSE
    box = [Block(intro, path=path + ">p", tokens=("intro", *box_tokens), nodes=(0, 1, 3, 4, 5))]
    box += [Block(f"{PROSE} ({i})", path=path + ">div>p", tokens=("purpose-description", *box_tokens), nodes=(0, 1, 3, 6 + 2 * i, 7 + 2 * i))
            for i in range(3)]
    story = [Block(LONG_PROSE + f" {i}.", path="html>body>article>p", tokens=("story",), nodes=(0, 1, 20, 21 + i)) for i in range(3)]
    blocks = box + story
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    assert all((r == CONSENT_PROMPT) is dropped for r in reasons[1:4])
    assert reasons[4:] == [None] * 3


@pytest.mark.parametrize(
    ("options", "in_article", "dropped"),
    [
        pytest.param(3, False, True, id="a-hand-made-banners-purposes"),
        pytest.param(12, False, False, id="more-than-the-banners-wording"),
        pytest.param(3, True, False, id="inside-an-article"),
    ],
)
def test_a_hand_made_banners_options_go_with_it(options: int, in_article: bool, dropped: bool) -> None:
    """``<div><h2>…</h2><p>We use cookies …</p><div><label>Analytics. …</label>…</div></div>``:
    the purposes' labels, in an element of their own with no consent manager's names, go with the banner."""
    banner = [
        Block("Your privacy matters to us", tag="h2", path="html>body>div>div>h2", nodes=(0, 1, 2, 3, 4)),
        Block(CONSENT_PARAGRAPH, path="html>body>div>div>p", nodes=(0, 1, 2, 3, 5)),
    ]
    where = "html>body>article>div>div>label" if in_article else "html>body>div>div>div>label"
    banner += [Block(f"Analytics {i}. They count the pages read.", tag="label", path=where,
                     nodes=(0, 1, 2, 3, 6, 7 + i)) for i in range(options)]
    story = [Block(LONG_PROSE + f" {i}.", path="html>body>article>p", nodes=(0, 1, 40, 41 + i)) for i in range(3)]
    blocks = banner + story
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    assert reasons[:2] == [CONSENT_PROMPT] * 2
    assert all((r == CONSENT_PROMPT) is dropped for r in reasons[2 : 2 + options])
    assert reasons[-3:] == [None] * 3


@pytest.mark.parametrize(
    ("caption", "counter", "after", "dropped"),
    [
        pytest.param(Block("The ribbon was cut by the mayor.", nodes=(0, 1, 9, 30, 31)), False, False, True, id="caption-over-its-credit"),
        pytest.param(Block("The ribbon was cut by the mayor.", nodes=(0, 1, 9, 30, 31)), True, False, True, id="gallery-slide-with-a-counter"),
        pytest.param(Block("The ribbon was cut by the mayor.", tag="h3", nodes=(0, 1, 9, 30, 31)), False, False, False, id="heading-over-a-credit"),
        pytest.param(Block("The ribbon was cut by the mayor.", nodes=(0, 1, 9, 30, 31)), False, True, False, id="more-text-in-the-element"),
        pytest.param(Block(LONG_PROSE * 3, nodes=(0, 1, 9, 30, 31)), False, False, False, id="too-long-for-a-caption"),
    ],
)
def test_a_caption_over_its_credit_line_goes(caption: Block, counter: bool, after: bool, dropped: bool) -> None:
    """``<div><img><p>caption</p><p>Fot. …</p></div>``: the caption goes with its credit."""
    blocks = [Block(LONG_PROSE, nodes=(0, 1, 9, 10)), Block(LONG_PROSE + " Again.", nodes=(0, 1, 9, 11))]
    if counter:
        blocks.append(Block("2 / 12", nodes=(0, 1, 9, 30, 29)))
    blocks += [caption, Block("Fot. UM Lipowiec Dolny", nodes=(0, 1, 9, 30, 32))]
    if after:
        blocks.append(Block("The council paid for the bridge.", nodes=(0, 1, 9, 30, 33)))
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    i = blocks.index(caption)
    assert reasons[i + 1] == CAPTION
    assert (reasons[i] == CAPTION) is dropped


def _gallery(counter: str, credit: bool, slides: int) -> list[Block]:
    """A story, a gallery of ``slides`` slides, and the story again:
    ``<div class="gallery"><h3>…</h3><div class="slide"><div class="meta">
    <span>1 / 12</span><p>caption</p><span>Picture: …</span></div></div>…
    <button>Next</button></div>``."""
    story = [Block(LONG_PROSE, nodes=(0, 1, 9, 10)), Block(LONG_PROSE + " Again.", nodes=(0, 1, 9, 11))]
    gallery = [Block("Carnival day in pictures", tag="h3", nodes=(0, 1, 9, 20, 21))]
    for s in range(slides):
        meta = (0, 1, 9, 20, 22, 30 + 5 * s, 31 + 5 * s)
        gallery.append(Block(counter.format(s + 1), tag="div", nodes=meta))
        gallery.append(Block(f"A float on Fore Street, the {s + 1}th of the day.", nodes=(*meta, 32 + 5 * s)))
        if credit:
            gallery.append(Block("Picture: Jess Treloar", tag="div", nodes=meta))
    gallery.append(Block("Next", tag="button", nodes=(0, 1, 9, 20, 90)))
    return [*story, *gallery, Block(LONG_PROSE + " Once more.", nodes=(0, 1, 9, 91))]


@pytest.mark.parametrize(
    ("counter", "credit", "slides", "dropped"),
    [
        pytest.param("{} / 12", True, 3, True, id="slides-with-counters-and-credits"),
        pytest.param("Bild {} von 8", True, 1, True, id="one-slide-with-a-credit"),
        pytest.param("Photo {} of 12", False, 3, True, id="slides-without-credits"),
        pytest.param("Image {} of 1", False, 1, False, id="one-picture-no-credit"),
        pytest.param("{} of 20", True, 3, False, id="bare-count-is-a-page-or-a-step"),
    ],
)
def test_a_gallery_goes_whole(counter: str, credit: bool, slides: int, dropped: bool) -> None:
    """A gallery's title, captions and arrows go with its counters and credits; the story stays."""
    blocks = _gallery(counter, credit, slides)
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    assert reasons[:2] == [None, None] and reasons[-1] is None
    captions = [r for b, r in zip(blocks, reasons) if b.text.startswith(("A float", "Carnival"))]
    assert all((r == CAPTION) is dropped for r in captions)


def test_a_slideshow_that_is_the_story_keeps_its_captions() -> None:
    """With no paragraph of the story outside it, the gallery is the page."""
    blocks = _gallery("{} / 12", True, 3)[2:-1]
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    assert all(r is None for b, r in zip(blocks, reasons) if b.text.startswith("A float"))


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        pytest.param(Block(PROSE, nodes=(0, 1, 9, 10)), True, id="sentence-paragraph-of-the-story"),
        pytest.param(Block(PROSE, tag="div", nodes=(0, 1, 9, 10)), False, id="not-a-paragraph"),
        pytest.param(Block(PROSE, nodes=(0, 1, 8, 10)), False, id="in-another-element"),
        pytest.param(Block(PROSE.rstrip(".") + " and", nodes=(0, 1, 9, 10)), False, id="no-sentence-end"),
        pytest.param(Block("The council met on Tuesday.", nodes=(0, 1, 9, 10)), False, id="too-short"),
    ],
)
def test_the_storys_first_paragraph_is_given_back(first: Block, kept: bool) -> None:
    """A paragraph the model alone dropped right before the story's first kept
    paragraph, in its element (a Japanese lead after a share list scored 0.48)."""
    blocks = [Block("Share", tag="li", link_density=1.0, nodes=(0, 1, 9, 5, 6)), first,
              Block(LONG_PROSE, nodes=(0, 1, 9, 11)), Block(LONG_PROSE + " Again.", nodes=(0, 1, 9, 12))]
    reasons = decide(blocks, np.array([0.1, 0.48, 0.9, 0.9]), 0.5)
    assert (reasons[1] is None) is kept
    assert reasons[0] is not None and reasons[2:] == [None, None]


@pytest.mark.parametrize(
    "tokens",
    [
        pytest.param(("byline", "article-byline"), id="byline-element"),
        pytest.param(("biography-text", "article-body"), id="a-biography-story"),
    ],
)
def test_an_author_box_needs_its_own_name(tokens: tuple[str, ...]) -> None:
    """A subtitle can sit in the byline's element, and a story about a life is no author box."""
    assert decide([Block(LONG_PROSE, tokens=tokens)], np.array([0.9]), 0.5) == [None]


def card_after_story(heading: Block, under: list[tuple[str, float]]) -> tuple[list[Block], np.ndarray]:
    """Two story paragraphs in element 9, then a card (element 30) holding
    ``heading`` and the blocks ``under`` it with their content probabilities."""
    story = [Block(LONG_PROSE, nodes=(0, 1, 9, 10)), Block(LONG_PROSE + " Again.", nodes=(0, 1, 9, 11))]
    card = [heading] + [Block(text, nodes=(0, 1, 30, 32 + i)) for i, (text, _) in enumerate(under)]
    return story + card, np.array([0.95, 0.95, 0.9] + [p for _, p in under])


EVENING = Block("Get the Evening Edition", tag="h5", nodes=(0, 1, 30, 31))
PITCH_PROMPT = "Every weekday at 6 p.m. our editors send a short roundup of the day's news. Enter your email to sign up."


@pytest.mark.parametrize(
    ("heading", "under", "dropped"),
    [
        pytest.param(EVENING, [(PITCH_PROMPT, 0.9)], True, id="newsletter-card-title"),
        pytest.param(Block("Related", tag="h3", nodes=(0, 1, 30, 31)), [("Bridge Street traders stage protest", 0.1)], False,
                     id="model-drop-with-no-named-cue"),
        pytest.param(Block("Elsewhere today", tag="h2", nodes=(0, 1, 30, 31)),
                     [("Bridge Street traders stage protest", 0.1), ("Read also: Council votes on rates", 0.9)], True,
                     id="over-a-promo-line"),
        pytest.param(EVENING, [(PITCH_PROMPT, 0.9), (PROSE, 0.9)], False, id="text-kept-under-it"),
        pytest.param(Block("Get the Evening Edition", tag="p", nodes=(0, 1, 30, 31)), [(PITCH_PROMPT, 0.9)], False,
                     id="not-a-heading"),
        pytest.param(Block("What the council said", tag="h2", nodes=(0, 1, 30, 31)), [], False, id="nothing-under-it"),
        pytest.param(Block(" ".join([LONG_PROSE] * 2), tag="h3", nodes=(0, 1, 30, 31)), [(PITCH_PROMPT, 0.9)], False,
                     id="a-paragraph-set-as-a-heading"),
    ],
)
def test_a_heading_over_dropped_text_goes_with_it(heading: Block, under: list[tuple[str, float]], dropped: bool) -> None:
    blocks, probability = card_after_story(heading, under)
    reasons = decide(blocks, probability, 0.5)
    assert reasons[:2] == [None, None]
    assert (reasons[2] == ORPHAN_HEADING) is dropped


def test_a_heading_stops_at_the_next_heading() -> None:
    """The text under the next subheading is not the first one's."""
    blocks = [
        Block(LONG_PROSE, nodes=(0, 1, 9, 10)),
        Block("What happens next", tag="h2", nodes=(0, 1, 9, 11)),
        Block("Sign up for our newsletter today.", nodes=(0, 1, 9, 12)),
        Block("Who pays", tag="h2", nodes=(0, 1, 9, 13)),
        Block(PROSE, nodes=(0, 1, 9, 14)),
    ]
    assert decide(blocks, np.full(5, 0.9), 0.5) == [None, ORPHAN_HEADING, CALL_TO_ACTION, None, None]


def test_a_lead_set_as_a_subheading_over_the_dateline_stays() -> None:
    """Substack's subtitle is an h3 over the date: ``_leads`` gives it back after the heading rule."""
    lead = Block(LEAD, tag="h3", path="html>body>article>header>h3", tokens=("subtitle",), nodes=(0, 1, 2, 3, 5))
    blocks, probability = headline_lead_body(lead)
    blocks[2] = Block("Share", tag="div", path="html>body>article>header>div", link_density=1.0, nodes=(0, 1, 2, 3, 6))
    reasons = decide(blocks, probability, 0.5)
    assert reasons[1] is None and reasons[3:] == [None, None]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        pytest.param("\u200d", True, id="zero-width-joiner"),
        pytest.param("\ue072", True, id="icon-font-glyph"),
        pytest.param("★★★★★", True, id="rating"),
        pytest.param("→", True, id="arrow"),
        pytest.param("×", True, id="close-button"),
        pytest.param("$$$", True, id="price-tier"),
        pytest.param("* * *", False, id="section-break"),
        pytest.param("—", False, id="dash"),
        pytest.param("“", False, id="quotation-mark"),
        pytest.param("});", False, id="code"),
        pytest.param("✓ 24/7 support", False, id="icon-and-words"),
    ],
)
def test_a_block_of_symbols_is_no_text(text: str, dropped: bool) -> None:
    reasons = decide([Block(LONG_PROSE), Block(text), Block(PROSE)], np.full(3, 0.9), 0.5)
    assert reasons == [None, NO_WORDS if dropped else None, None]


def test_an_icon_under_a_heading_does_not_orphan_it() -> None:
    """The heading's text is in the next element; the icon between says nothing."""
    blocks = [
        Block(LONG_PROSE, nodes=(0, 1, 9, 10)),
        Block("What happens next", tag="h2", nodes=(0, 1, 20, 21)),
        Block("\u200d", nodes=(0, 1, 20, 22)),
        Block(PROSE, nodes=(0, 1, 30, 31)),
    ]
    assert decide(blocks, np.full(4, 0.9), 0.5) == [None, None, NO_WORDS, None]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        pytest.param("html>body>dialog>div>p", DIALOG, id="inside-a-dialog"),
        pytest.param("html>body>div>p", None, id="in-the-page"),
        pytest.param("html>body>div.dialogue>p", None, id="a-name-that-only-begins-so"),
    ],
)
def test_what_a_dialog_holds_is_not_the_article(path: str, reason: str | None) -> None:
    """An open ``<dialog>`` is a box laid over the page; the model never saw one keep text."""
    blocks = [Block(LONG_PROSE, path="html>body>main>p"), Block(PROSE + " Some partners process your data.", path=path)]
    assert decide(blocks, np.full(2, 0.9), 0.5) == [None, reason]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("Join over 240,000 people who get the most important news stories delivered to your inbox.", CALL_TO_ACTION,
                     id="sign-up"),
        pytest.param("Follow Dan Hanzus on Twitter @danhanzus.", CALL_TO_ACTION, id="follow"),
        pytest.param("Learn more", CALL_TO_ACTION, id="button"),
        pytest.param("Photo by MaryHelen Avalos", "boilerplate: caption or credit", id="credit"),
        pytest.param("© 2016 The Associated Press. All Rights Reserved. This material may not be published, broadcast, "
                     "rewritten, or redistributed.", "boilerplate: disclosure", id="wire-copyright"),
        pytest.param("We and our partners store and/or access information on a device, such as cookies.", CONSENT_PROMPT,
                     id="consent"),
        pytest.param(PROSE, None, id="reporting"),
        pytest.param("The paper's free daily newsletter now reaches more than a million readers, its editor said.", None,
                     id="reporting-on-a-newsletter"),
    ],
)
def test_plain_text_lines_follow_the_page_wording_rules(line: str, reason: str | None) -> None:
    from filter.segment import segment_text

    blocks = segment_text(f"{LONG_PROSE}\n\n{line}\n\n{PROSE}")
    assert decide_text(blocks) == [None, reason, None]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("Book now", CALL_TO_ACTION, id="button"),
        pytest.param("Get a Quote (212) 555-0100", CALL_TO_ACTION, id="button-with-phone"),
        pytest.param("Learn more about the scheme on the council's website.", None, id="sentence"),
    ],
)
def test_a_kept_button_label_is_a_call_to_action(text: str, reason: str | None) -> None:
    reasons = decide([Block(LONG_PROSE), Block(text), Block(PROSE)], np.full(3, 0.9), 0.5)
    assert reasons == [None, reason, None]


@pytest.mark.parametrize(
    ("tags", "probabilities", "expected"),
    [
        pytest.param(("h1", "p", "p"), (0.9, 0.9, 0.9), [HEADLINE, None, None], id="kept-headline"),
        pytest.param(("h1", "p", "h1", "p"), (0.9, 0.9, 0.9, 0.9), [HEADLINE, None, None, None], id="only-the-first-h1"),
        pytest.param(("p", "h2", "p"), (0.9, 0.9, 0.9), [None, None, None], id="no-h1"),
        pytest.param(("h1", "p", "p"), (0.1, 0.9, 0.9), ["outside", None, None], id="model-dropped-it-already"),
    ],
)
def test_the_first_h1_is_the_headline_not_the_body(tags: tuple[str, ...], probabilities: tuple[float, ...], expected: list) -> None:
    texts = {"h1": "Council approves bridge plan", "h2": "What happens next", "p": LONG_PROSE}
    blocks = [Block(f"{texts[tag]} ({i})" if tag == "p" else texts[tag], tag=tag, index=i) for i, tag in enumerate(tags)]
    reasons = decide(blocks, np.array(probabilities), 0.5)
    assert [r if r is None or not r.startswith("boilerplate: outside") else "outside" for r in reasons] == expected


BRIDGE_STORY = [
    "The council voted on Tuesday to close the old Bridge Street crossing for repairs that will last until the end of next year.",
    "Traders on both banks said the closure would cost them customers, and asked the council to open a temporary footbridge.",
    "The mayor said a footbridge was being looked at, but that the repairs could not wait for another winter of floods.",
]
HEADLINES = [
    "Iconic Food Chain Closes Due To Crime",
    "City Hall Unveils Plan For New Riverside Park",
    "Local School Wins National Robotics Prize",
    "Five Things To Know About The New Bus Timetable",
]

SECTIONS = ["What the council decided", "What traders said", "What happens next"]


def story_and(after: list[Block], probability: float = 0.9) -> tuple[list[Block], np.ndarray]:
    """Three story paragraphs in element 9, then ``after`` (kept by the model
    with ``probability``, a block marked ``drop`` aside)."""
    story = [Block(text, nodes=(0, 1, 9, 10 + i)) for i, text in enumerate(BRIDGE_STORY)]
    probabilities = [0.95] * len(story) + [probability if block.drop is None else 0.1 for block in after]
    return story + after, np.array(probabilities)


def linked_list(tag: str = "li", texts: list[str] = HEADLINES) -> list[Block]:
    """Linked headlines as the items of one list (element 40)."""
    return [Block(text, tag=tag, link_density=1.0, nodes=(0, 1, 40, 41 + i)) for i, text in enumerate(texts)]


def cards(with_summary: bool) -> list[Block]:
    """Linked headlines as ``<div>`` cards (elements 50, 60 …), each with a
    date under it that the model drops."""
    blocks: list[Block] = []
    for i, text in enumerate(HEADLINES):
        card = 50 + 10 * i
        blocks.append(Block(text, tag="h3", link_density=1.0, nodes=(0, 1, 49, card, card + 1)))
        if with_summary:
            blocks.append(Block("March 12, 2025", tag="div", nodes=(0, 1, 49, card, card + 2), drop="boilerplate: hidden element"))
    return blocks


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(linked_list("li"), id="list-items-after-the-story"),
        pytest.param(linked_list("div"), id="div-cards-after-the-story"),
        pytest.param(linked_list("p", HEADLINES[:3]), id="three-linked-lines-after-the-story"),
        pytest.param(cards(with_summary=False), id="linked-card-titles-after-the-story"),
    ],
)
def test_a_run_of_teaser_headlines_after_the_story_goes(after: list[Block]) -> None:
    """No "Related" header names them: three or more linked headlines in a row after the story's last paragraph."""
    blocks, probability = story_and(after)
    reasons = decide(blocks, probability, 0.5)
    assert reasons[:3] == [None, None, None]
    assert reasons[3:] == [TEASERS] * len(after)


def test_teaser_cards_between_paragraphs_go() -> None:
    """Cards whose dates the model drops hold the site's other stories, even before the story goes on."""
    blocks, probability = story_and(cards(with_summary=True) + [Block(BRIDGE_STORY[0] + " Again.", nodes=(0, 1, 90, 91))])
    reasons = decide(blocks, probability, 0.5)
    assert [reasons[i] for i, block in enumerate(blocks) if block.tag == "h3"] == [TEASERS] * len(HEADLINES)
    assert reasons[:3] == [None, None, None] and reasons[-1] is None


def roundup() -> list[Block]:
    """A roundup's linked subheadings, each over its paragraph."""
    blocks: list[Block] = []
    for i, text in enumerate(HEADLINES):
        blocks.append(Block(text, tag="h2", link_density=1.0, nodes=(0, 1, 9, 20 + 2 * i)))
        blocks.append(Block(f"{BRIDGE_STORY[i % 3]} It is number {i + 1} on the list.", nodes=(0, 1, 9, 21 + 2 * i)))
    return blocks


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(story_and(roundup())[0], id="roundup-linked-subheadings"),
        pytest.param(story_and(linked_list() + [Block(BRIDGE_STORY[1] + " Again.", nodes=(0, 1, 9, 60))])[0],
                     id="linked-bullet-list-between-paragraphs"),
        pytest.param(story_and(linked_list(texts=HEADLINES[:2]))[0], id="two-linked-lines"),
        pytest.param(story_and([Block("Bridge Street", link_density=1.0), Block("Council", link_density=1.0),
                                 Block("Floods", link_density=1.0)])[0], id="single-word-links"),
        pytest.param(story_and([Block(BRIDGE_STORY[1] + " Read the council's report.", link_density=0.95)])[0],
                     id="a-linked-sentence"),
        pytest.param([Block("Bridge closes for a year of repairs."), *linked_list()], id="short-body"),
        pytest.param([Block(BRIDGE_STORY[0]), *linked_list()], id="a-list-page-with-an-introduction"),
        pytest.param(
            [block for i, text in enumerate(SECTIONS) for block in (
                Block(text, tag="h2", nodes=(0, 1, 9, 70 + 2 * i)), Block(f"{BRIDGE_STORY[i]} So it goes.", nodes=(0, 1, 9, 71 + 2 * i)),
            )] + linked_list(texts=SECTIONS),
            id="a-table-of-contents-after-the-story",
        ),
    ],
)
def test_linked_text_of_the_story_stays(blocks: list[Block]) -> None:
    """Linked lines that are the story's own: a roundup's subheadings, a list
    between paragraphs, a sentence, a short body's links, a list page's
    links, a table of contents that repeats the page's headings."""
    assert TEASERS not in decide(blocks, np.full(len(blocks), 0.9), 0.5)


@pytest.mark.parametrize(
    ("kept", "dropped", "lone_goes"),
    [
        pytest.param(1, 4, True, id="the-last-entry-of-a-table-nav"),
        pytest.param(1, 2, False, id="too-few-links-around-it"),
        pytest.param(2, 4, False, id="two-kept"),
    ],
)
def test_a_link_kept_alone_among_dropped_links_goes(kept: int, dropped: int, lone_goes: bool) -> None:
    """``<td><a>Home</a><br><a>News</a><br>…<a>Archives</a></td>``: each link a block of the same element."""
    words = ("Home", "News", "Sport", "Business", "Weather", "Obituaries", "Archives")
    nav = [Block(word, tag="td", link_density=1.0, nodes=(0, 1, 5, 6)) for word in words[-(dropped + kept):]]
    story = [Block(f"{LONG_PROSE} ({i})", nodes=(0, 1, 7, 8 + i)) for i in range(3)]
    blocks = nav + story
    probability = np.array([0.3] * dropped + [0.6] * kept + [0.9] * 3)
    reasons = decide(blocks, probability, 0.5)
    assert all((r is not None) is lone_goes for r in reasons[dropped : dropped + kept])
    assert reasons[-3:] == [None] * 3


def _promo_list_page(after: list[Block]) -> list[Block]:
    """A story (element 10), then a "Related" box (element 20, inside element
    1, inside 0) with its header and what follows."""
    story = [Block(f"{LONG_PROSE} ({i})", nodes=(0, 1, 10, 11 + i)) for i in range(3)]
    return story + [Block("Related", tag="h2", nodes=(0, 1, 20, 21))] + [
        dataclasses.replace(block, nodes=(0, *block.nodes) if block.nodes[0] == 1 else block.nodes) for block in after
    ]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param([Block(f"Harbour wall repairs begin on Monday {i}", tag="li", link_density=1.0, nodes=(1, 20, 30, 31 + i))
                      for i in range(3)], [PROMO_LIST] * 3, id="linked-list-in-the-box"),
        pytest.param([Block("Harbour wall repairs begin on Monday", tag="h3", link_density=1.0, nodes=(1, 20, 30, 31)),
                      Block(PROSE, nodes=(1, 20, 40)),
                      Block("New owner for the seafront hotel", tag="h3", link_density=1.0, nodes=(1, 20, 50, 51))],
                     [PROMO_LIST, None, None], id="a-paragraph-ends-the-list"),
        pytest.param([Block("Harbour wall repairs begin on Monday", tag="h3", link_density=1.0, nodes=(1, 60, 61))],
                     [PROMO_LIST], id="beside-the-headers-wrapper"),
        pytest.param([Block("Harbour wall repairs begin on Monday", tag="h3", link_density=1.0, nodes=(0, 60, 61))],
                     [None], id="outside-the-wrappers-parent"),
        pytest.param([Block(f"Harbour wall repairs begin {day} The council's contractor will close the quay for a week...",
                            tag="li", link_density=0.4, lead_link=30, nodes=(1, 20, 30, 31 + i))
                      for i, day in enumerate(("on Monday", "next week", "in June"))],
                     [PROMO_LIST] * 3, id="related-posts-with-excerpts"),
        pytest.param([Block("Harbour wall repairs begin on Monday, the council said, and the quay will close for a week.",
                            tag="li", link_density=0.5, lead_link=20, nodes=(1, 20, 30, 31))],
                     [None], id="a-line-that-opens-on-a-link-and-has-more"),
        pytest.param([Block("Harbour wall repairs begin on Monday May 14, 2009", tag="li", link_density=0.77, lead_link=31,
                            nodes=(1, 20, 30, 31))], [PROMO_LIST], id="a-linked-headline-and-its-date"),
        pytest.param([Block("Harbour wall repairs begin on Monday by Tom Swartz", tag="li", link_density=0.75, lead_link=31,
                            nodes=(1, 20, 30, 31))], [None], id="a-linked-title-and-its-author"),
    ],
)
def test_teasers_under_a_promo_header_are_promo(after: list[Block], expected: list) -> None:
    blocks = _promo_list_page(after)
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    assert reasons[:3] == [None, None, None]
    assert reasons[3] == "boilerplate: promo link"
    assert reasons[4:] == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        pytest.param((1, 10), PROMO_LIST, id="box-after-the-story"),
        pytest.param((1, 20, 10), PROMO_LIST, id="box-that-holds-the-story"),
    ],
)
def test_a_header_alone_in_its_wrapper_heads_the_wrappers_parent(story: tuple[int, ...], expected: str | None) -> None:
    """Medium's "More from" box: ``<div><h2>More from …</h2></div>`` and then
    the cards, beside the wrapper; or G1's "LEIA TAMBÉM:" in a wrapper of its
    own between the story's paragraphs, each in its own wrapper too."""
    blocks = [Block(f"{LONG_PROSE} ({i})", nodes=(*story, 11 + i)) for i in range(3)]
    blocks += [Block("More from The Courier", tag="h2", nodes=(1, 20, 21, 22))]
    blocks += [Block(f"Harbour wall repairs begin on Monday {i}", tag="h3", link_density=1.0, nodes=(1, 20, 30 + i, 40 + i)) for i in range(2)]
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    assert reasons[:3] == [None, None, None]
    assert reasons[3] == "boilerplate: promo link"
    assert reasons[4:] == [expected] * 2


SUMMARY = "State officials said the new rule would stay in place at least until the end of the summer."


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        pytest.param(Block(SUMMARY, nodes=(1, 20, 30 + 0, 41)), [PROMO_LIST] * 4, id="summary-in-the-card"),
        pytest.param(Block(SUMMARY, nodes=(1, 20, 41)), [PROMO_LIST, None, None, None], id="paragraph-beside-the-card"),
        pytest.param(Block(LONG_PROSE * 3, nodes=(1, 20, 30, 41)), [PROMO_LIST, None, None, None], id="too-long-for-a-summary"),
    ],
)
def test_a_cards_summary_goes_with_its_headline(summary: Block, expected: list) -> None:
    """A "More from" stream of cards, each a linked headline and an unlinked summary."""
    cards = [Block(f"Harbour wall repairs begin on Monday {i}", tag="h3", link_density=1.0, nodes=(1, 20, 30 + i, 40)) for i in range(2)]
    blocks = _promo_list_page([cards[0], summary, cards[1], Block(SUMMARY + " Again.", nodes=(1, 20, 31, 42))])
    reasons = decide(blocks, np.full(len(blocks), 0.9), 0.5)
    assert reasons[4:] == expected


@pytest.mark.parametrize(
    ("middle_kept_alone", "expected"),
    [
        pytest.param(True, TEASERS, id="lone-kept-item-of-a-dropped-list"),
        pytest.param(False, None, id="items-kept-together"),
    ],
)
def test_a_lone_kept_teaser_among_dropped_siblings_goes_with_them(middle_kept_alone: bool, expected: str | None) -> None:
    items = [Block(f"Harbour wall repairs begin on Monday {i}", tag="li", link_density=1.0, nodes=(1, 10, 20, 21 + i)) for i in range(3)]
    blocks = [Block(LONG_PROSE, nodes=(1, 10, 11)), *items, Block(f"{LONG_PROSE} Then the council met again.", nodes=(1, 10, 30))]
    content = np.array([0.9, 0.1 if middle_kept_alone else 0.9, 0.9, 0.1 if middle_kept_alone else 0.9, 0.9])
    reasons = decide(blocks, content, 0.5)
    assert reasons[2] == expected
    assert reasons[0] is None and reasons[4] is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param([0.9, 0.9, 0.1, 0.1], [TEASERS, TEASERS, "dropped", "dropped"], id="half-dropped-list-goes"),
        pytest.param([0.9, 0.9, 0.9, 0.1], [None, None, None, "dropped"], id="mostly-kept-list-stays"),
    ],
)
def test_a_list_of_links_mostly_dropped_goes_whole(content: list[float], expected: list) -> None:
    items = [Block(f"Harbour wall repairs begin on Monday {i}", tag="li", link_density=1.0, nodes=(1, 10, 20, 21 + i)) for i in range(4)]
    blocks = [Block(LONG_PROSE, nodes=(1, 10, 11)), *items, Block(f"{LONG_PROSE} Then the council met again.", nodes=(1, 10, 30))]
    reasons = decide(blocks, np.array([0.9, *content, 0.9]), 0.5)
    assert [r if r in (None, TEASERS) else "dropped" for r in reasons[1:5]] == expected
