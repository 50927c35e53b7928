"""A blind probe of the segment labels on whole HTML pages: about 36 news
and opinion pages written by hand in the markup of real site families
(opinion sections of national papers, a WordPress local paper, a TownNews
BLOX paper, German, French, Spanish and Italian papers), each body
paragraph with the label a careful editor would give it.

Every page and sentence here was written for this probe from general
knowledge of how those sites lay out their pages and how their writers
write, without reading the training data, the classifier or its models, and
none was picked or reworded after seeing the model's output. Sites, names,
people, figures and events are invented; the domains are ``.example``.

Each page is a dict:

- ``id``: readable name;
- ``kind``: column, editorial, review, letters, op_ed, analysis or report;
- ``verdict``: the expected ``summary.label``, "news" or "opinion";
- ``lang``: the page's language;
- ``url``: the page's URL, laid out as its kind of site lays them out;
- ``html``: the whole page, head to footer;
- ``paragraphs``: ``(text, expected)`` for the article's body paragraphs
  only (not the headline, standfirst, captions, bios, boxes or comments),
  where ``expected`` is "news", "opinion", or "news|opinion" when a careful
  editor could call it either (a column's paragraph of background facts, a
  plot summary, a letter's signature).

Some pages mark their section in meta tags, JSON-LD or a data layer, some
only in the URL or a visible label, some hardly at all, as real sites do.

``python -m tests.probe.labels_html_run`` measures the labels against these.
"""

from __future__ import annotations

import html as _html
import json
import re

N, O, NO = "news", "opinion", "news|opinion"

KINDS = ("column", "editorial", "review", "letters", "op_ed", "analysis", "report")

PAGES: list[dict] = []


# ---------------------------------------------------------------- helpers
def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def att(s: str) -> str:
    return _html.escape(s, quote=True)


def jsonld(obj: dict) -> str:
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
            + "</script>")


def script_json(prefix: str, obj: dict, suffix: str = ";") -> str:
    return "<script>" + prefix + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") + suffix + "</script>"


def inline(text: str, marks=()) -> str:
    """Escape a paragraph and put links or emphasis on some of its phrases:
    ``marks`` is a list of (phrase, href) or (phrase, "<em>")."""
    t = esc(text)
    for phrase, target in marks:
        p = esc(phrase)
        if target.startswith("<"):
            tag = target.strip("<>")
            t = t.replace(p, f"<{tag}>{p}</{tag}>", 1)
        else:
            t = t.replace(p, f'<a href="{att(target)}">{p}</a>', 1)
    return t


def render(paragraphs, tpl: str, inserts=None, marks=None) -> str:
    """Render body paragraphs with ``tpl`` (``{t}`` is the paragraph's
    markup), with ``inserts[i]`` placed before paragraph i ("end" after the
    last) and ``marks[i]`` applied to paragraph i."""
    inserts = inserts or {}
    marks = marks or {}
    out = []
    for i, (text, _) in enumerate(paragraphs):
        if i in inserts:
            out.append(inserts[i])
        out.append(tpl.replace("{t}", inline(text, marks.get(i, ()))))
    if "end" in inserts:
        out.append(inserts["end"])
    return "\n".join(out)


def add(id: str, kind: str, verdict: str, lang: str, url: str, paragraphs, html: str) -> None:
    PAGES.append({"id": id, "kind": kind, "verdict": verdict, "lang": lang, "url": url, "html": html,
                  "paragraphs": list(paragraphs)})


def slug(name: str) -> str:
    return "-".join("".join(c for c in w if c.isalnum()) for w in name.lower().split())


# ====================================================================== site families
# -------------------------------------------------- a New York broadsheet (React app, css-hash classes)
def ledger(*, url, headline, description, author, published, shown, section, cg, pst, kicker=None,
           kicker_href=None, summary=None, paragraphs, inserts=None, marks=None, split=(3, 6), caption="",
           credit="", bio=None, opinion_tail=False, print_line="", keywords=(), more=(), comments=None):
    title = f"Opinion | {headline}" if cg == "opinion" else headline
    body_ps = list(paragraphs)
    tpl = '<p class="css-at9mc1 evys1bk0">{t}</p>'
    chunks, start = [], 0
    for n, end in enumerate(list(split) + [len(body_ps)]):
        end = min(end, len(body_ps))
        if end <= start:
            continue
        ins = {i - start: v for i, v in (inserts or {}).items() if isinstance(i, int) and start <= i < end}
        mk = {i - start: v for i, v in (marks or {}).items() if start <= i < end}
        chunks.append(
            f'<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-{n}">'
            f'<div class="css-53u6y8">{render(body_ps[start:end], tpl, ins, mk)}</div></div>')
        if end < len(body_ps):
            chunks.append(
                f'<div id="story-ad-{n + 1}-wrapper" class="css-1jhe7qv ad-wrapper"><div class="css-1gdjmzs">'
                f'<p class="css-1lvl0 e1tr3hx40">Advertisement</p><a href="#after-story-ad-{n + 1}" '
                f'class="css-1ly73wi e1tej78p0">SKIP ADVERTISEMENT</a></div><div id="story-ad-{n + 1}" '
                f'class="place-ad" data-position="story-ad-{n + 1}" data-size-key="story"></div>'
                f'<div id="after-story-ad-{n + 1}" class="css-ofqxyv" aria-hidden="true"></div></div>')
        start = end
    tail = ""
    if bio:
        tail += f'<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8"><p class="css-at9mc1 evys1bk0"><em class="css-2fg4z9 e1gzwzxm0">{esc(bio)}</em></p></div></div>'
    if opinion_tail:
        tail += ('<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8">'
                 '<p class="css-at9mc1 evys1bk0"><em class="css-2fg4z9 e1gzwzxm0">The Ledger is committed to publishing '
                 '<a href="https://www.nyledger.example/2019/01/31/opinion/letters/letters-to-editor-new-york-ledger-women.html">a diversity of letters</a> '
                 'to the editor. We’d like to hear what you think about this or any of our articles. Here are some '
                 '<a href="https://help.nyledger.example/hc/en-us/articles/115014925288-How-to-submit-a-letter-to-the-editor">tips</a>. '
                 'And here’s our email: <a href="mailto:letters@nyledger.example">letters@nyledger.example</a>.</em></p>'
                 '<p class="css-at9mc1 evys1bk0"><em class="css-2fg4z9 e1gzwzxm0">Follow the New York Ledger Opinion section on '
                 '<a href="https://www.facebook.example/nyledgeropinion">Facebook</a>, <a href="https://www.instagram.example/nyledgeropinion/">Instagram</a>, '
                 '<a href="https://www.tiktok.example/@nyledgeropinion">TikTok</a>, <a href="https://whatsapp.example/channel/0029VaN8tdZ5vKAGNwXaED0M">WhatsApp</a>, '
                 '<a href="https://x.example/NYLedgeropinion">X</a> and <a href="https://www.threads.example/@nyledgeropinion">Threads</a>.</em></p></div></div>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "url": url,
          "headline": headline, "description": description, "datePublished": published, "dateModified": published,
          "articleSection": section, "inLanguage": "en",
          "author": [{"@type": "Person", "name": author, "url": f"https://www.nyledger.example/by/{slug(author)}"}],
          "image": [{"@type": "ImageObject", "url": f"https://static01.nyledger.example/images/{published[:10].replace('-', '/')}/{cg}/{slug(headline)[:20]}-videoSixteenByNine3000.jpg",
                     "height": 1688, "width": 3000, "caption": caption}],
          "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"},
          "publisher": {"@id": "https://www.nyledger.example/#publisher"}}
    kick = ""
    if kicker:
        kick = (f'<div class="css-1ytud3j e1h9rw200"><p class="css-1n8ed0g e1wiw3jv0"><a href="{att(kicker_href or "#")}" '
                f'class="css-1xm5z8r">{esc(kicker)}</a></p></div>')
    tags = "\n".join(f'<meta data-rh="true" property="article:tag" content="{att(k)}"/>' for k in keywords)
    more_li = "".join(f'<li class="css-ye6x8s"><a class="css-1u3p7j1" href="{att(h)}"><h3 class="css-1jyxv4x e1hr934v1">{esc(t)}</h3></a></li>' for t, h in more)
    comment_btn = f'<a href="#commentsContainer" class="css-1vtk0t6 e1bbj3n30"><span class="css-18ga7uk">{comments}</span></a>' if comments else ""
    return f"""<!DOCTYPE html>
<html lang="en" class=" story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charset="utf-8"/>
<title data-rh="true">{esc(title)} - The New York Ledger</title>
<meta data-rh="true" name="robots" content="noarchive, max-image-preview:large"/>
<meta data-rh="true" name="description" content="{att(description)}"/>
<meta data-rh="true" property="twitter:url" content="{att(url)}"/>
<meta data-rh="true" property="twitter:title" content="{att(title)}"/>
<meta data-rh="true" property="og:url" content="{att(url)}"/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="{att(title)}"/>
<meta data-rh="true" property="og:description" content="{att(description)}"/>
<meta data-rh="true" property="og:image:alt" content="{att(caption)}"/>
<meta data-rh="true" name="twitter:card" content="summary_large_image"/>
<meta data-rh="true" name="byl" content="By {att(author)}"/>
<meta data-rh="true" name="news_keywords" content="{att(",".join(keywords))}"/>
<meta data-rh="true" name="pdate" content="{published[:10].replace('-', '')}"/>
<meta data-rh="true" property="article:published_time" content="{published}"/>
<meta data-rh="true" property="article:modified_time" content="{published}"/>
<meta data-rh="true" property="article:section" content="{att(section)}"/>
{tags}
<meta data-rh="true" name="CG" content="{cg}"/>
<meta data-rh="true" name="SCG" content=""/>
<meta data-rh="true" name="PT" content="article"/>
<meta data-rh="true" name="PST" content="{att(pst)}"/>
<link data-rh="true" rel="canonical" href="{att(url)}"/>
<link rel="stylesheet" href="/vi-assets/static-assets/global-a7f4ca4b0f5b2b0e5d3e.css"/>
{jsonld(ld)}
{jsonld({"@context": "https://schema.org", "@type": "NewsMediaOrganization", "@id": "https://www.nyledger.example/#publisher", "name": "The New York Ledger", "url": "https://www.nyledger.example/", "logo": {"@type": "ImageObject", "url": "https://static01.nyledger.example/vi-assets/images/share/1200x1200_t.png"}})}
{script_json("window.dataLayer = window.dataLayer || []; window.dataLayer.push(", {"event": "pageDataReady", "asset": {"section": cg, "subsection": "", "type": "article", "url": url, "headline": headline}, "user": {"type": "anon", "subscriptions": ""}}, ");")}
<script async src="/vi-assets/static-assets/main-7a1c9b1e.js"></script>
</head>
<body>
<div id="app"><div><div class="css-1q2w90k e1m0pzr40">
<header class="css-ahe4g0 e1m0pzr40" data-testid="masthead-container">
<a class="css-10698na e1ewqyyk0" href="#site-content">Skip to content</a><a class="css-10698na e1ewqyyk0" href="#site-index">Skip to site index</a>
<div class="css-1k4n7oc"><button aria-label="Sections Navigation &amp; Search" class="css-1q3fmi1 e1xbquvu0" type="button"></button>
<a data-testid="masthead-mobile-logo" aria-label="New York Ledger Logo. Click to visit the homepage" class="css-1wr3we4 e1ewqyyk1" href="https://www.nyledger.example/"><svg viewBox="0 0 184 25" fill="#000"><path d="M13.8 2.9c0-2-1.9-2.5-3.4-2.5v.3c.9 0 1.6.3 1.6 1v3.9"></path></svg></a>
<div class="css-10488qs"><span class="css-fwqvlz"><a class="css-nuvmzp" href="https://www.nyledger.example/section/{cg}">{esc(section)}</a></span></div>
<div class="css-6n7j50"><a href="https://www.nyledger.example/subscription?campaignId=8HHXJ" class="css-1z8grmz" data-testid="masthead-subscribe">Subscribe for $1/week</a>
<a class="css-1kj7lfb" href="https://myaccount.nyledger.example/auth/login?response_type=cookie">Log in</a></div></div>
</header></div>
<main id="site-content"><div><div class="css-1hyc85e">
<article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-wj8gmh e1h9rw200">
{kick}
<div class="css-1kjyycn"><h1 data-testid="headline" class="css-1ffe9mf e1h9rw200" id="link-{slug(headline)[:12]}">{esc(headline)}</h1></div>
{f'<p id="article-summary" class="css-79rysd e1wiw3jv0">{esc(summary)}</p>' if summary else ''}
<div data-testid="photoviewer-wrapper" class="css-1a48zt4 ehw59r15"><figure class="img-sz-large css-1vqz4xu e1g7ppur0" aria-label="media" role="group"><div class="css-1xdhyk6 erfvjey0"><picture><img alt="{att(caption)}" class="css-rq4mmj" src="https://static01.nyledger.example/images/{published[:10].replace('-', '/')}/{cg}/{slug(headline)[:20]}-articleLarge.jpg?quality=75&amp;auto=webp&amp;disable=upscale" width="600" height="400" decoding="async"/></picture></div>
<figcaption class="css-bwjp2z e1g7ppur1"><span class="css-jevhma e13ogyst0">{esc(caption)}</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">Credit...</span><span>{esc(credit)}</span></span></figcaption></figure></div>
<div class="css-1vkm6nb ehdk2mb0"><div class="css-1i4y2t3 e1jsehar1"><div class="css-233int epjyd6m3"><p class="css-aknsld e1jsehar1" data-testid="byline"><span class="byline-prefix">By </span><span class="css-1baulvz last-byline" itemprop="name"><a href="https://www.nyledger.example/by/{slug(author)}" class="css-n8ff4n e1jsehar0">{esc(author)}</a></span></p></div></div>
<div class="css-ld3wwf e16638kd4"><time class="css-1kt5z2s e16638kd0" datetime="{published}"><span>{esc(shown)}</span></time></div></div>
<div class="css-1ajvjd0"><div class="css-1d3x8j6" data-testid="share-tools"><button type="button" aria-label="Share full article" class="css-1b1qzn8"><span>Share full article</span></button><button type="button" aria-label="Save article for reading later..." class="css-dg3wl7">Save</button>{comment_btn}</div></div>
</header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
{chr(10).join(chunks)}
{tail}
</section>
<div class="bottom-of-article"><div class="css-6n7j50"><div class="css-1cnjtky" data-testid="share-tools"><button type="button" aria-label="Share full article" class="css-1b1qzn8">Share full article</button></div>
<div class="css-1f8er69 eggkzx40"><p class="css-8axsqj e1cr0d1v0">{esc(print_line)}</p> <a href="https://www.parsintl.example/publication/the-new-york-ledger/">Order Reprints</a> | <a href="https://www.nyledger.example/section/todays-paper">Today’s Paper</a> | <a href="https://www.nyledger.example/subscriptions/Multiproduct/lp8HYKU.html">Subscribe</a></div></div></div>
</article></div>
<div class="css-1l1rbsk" data-testid="recirculation"><h2 class="css-1dv1kvn"><a href="https://www.nyledger.example/section/{cg}">More in {esc(section)}</a></h2><ol class="css-11jjg e1ajfg7t0">{more_li}</ol></div>
<div class="css-1jxbsnn"><div id="comments-speech-bubble-bottom" data-testid="comments-container"><h2>{esc(str(comments or ""))} Comments</h2><p>Comments are closed for this article.</p></div></div>
</div></main>
<nav id="site-index" aria-labelledby="site-index-label" class="css-1ji5fxa"><h2 id="site-index-label" class="css-1ly73wi">Site Index</h2>
<div class="css-6n7j50"><h3>news</h3><ul><li><a href="/">Home Page</a></li><li><a href="/section/world">World</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/nyregion">New York</a></li><li><a href="/section/business">Business</a></li></ul>
<h3>opinion</h3><ul><li><a href="/section/opinion">Today's Opinion</a></li><li><a href="/section/opinion/columnists">Columnists</a></li><li><a href="/section/opinion/editorials">Editorials</a></li><li><a href="/section/opinion/contributors">Guest Essays</a></li><li><a href="/section/opinion/letters">Letters</a></li></ul>
<h3>arts</h3><ul><li><a href="/section/arts">Today's Arts</a></li><li><a href="/section/books/review">Book Review</a></li><li><a href="/section/movies">Movies</a></li></ul></div></nav>
<footer role="contentinfo" class="css-1a3t8fb"><div class="css-1d8a290"><span>© <!-- -->2024<!-- --> <a href="https://www.nylco.example/">The New York Ledger Company</a></span>
<ul class="css-1ho5u4o"><li><a href="https://www.nylco.example/">NYLCo</a></li><li><a href="https://help.nyledger.example/hc/en-us/articles/115015385887-Contact-Us">Contact Us</a></li><li><a href="https://help.nyledger.example/hc/en-us/articles/115015727108-Accessibility">Accessibility</a></li><li><a href="https://www.nylco.example/careers/">Work with us</a></li><li><a href="https://advertising.nyledger.example/">Advertise</a></li><li><a href="https://www.nyledger.example/privacy/cookie-policy#how-do-i-manage-trackers">Your Ad Choices</a></li><li><a href="https://www.nyledger.example/privacy/privacy-policy">Privacy Policy</a></li><li><a href="https://help.nyledger.example/hc/en-us/articles/115014893428-Terms-of-service">Terms of Service</a></li><li><a href="https://spiderbites.nyledger.example/">Site Map</a></li><li><a href="https://help.nyledger.example/hc/en-us">Help</a></li><li><a href="https://www.nyledger.example/subscription?campaignId=37WXW">Subscriptions</a></li></ul></div></footer>
</div></div>
</body>
</html>"""


# -------------------------------------------------- a Washington broadsheet (Arc / Fusion)
def capital(*, url, headline, description, author, role, published, shown, section_path, kicker, kicker_note,
            byline_prefix, paragraphs, inserts=None, marks=None, dek=None, caption="", comments=0,
            more_title="", more=(), follow=None):
    tpl = ('<p class="wpds-c-hoxNhZ wpds-c-hoxNhZ-iPJLV-css overrideStyles font-copy" data-el="text" dir="null" '
           'data-testid="drop-cap-letter">{t}</p>')
    ins = dict(inserts or {})
    for i in (3, 6):
        if i < len(paragraphs) and i not in ins:
            ins[i] = ('<div class="hide-for-print" data-qa="article-body-ad"><div class="dib w-100 center" '
                      'data-qa="ad-label"><span class="wpds-c-gvQvCD">Story continues below advertisement</span></div>'
                      '<wp-ad id="slug_inline_bb_1" class="dib center"></wp-ad></div>')
    body = render(paragraphs, tpl, ins, marks)
    fusion = {"_id": "W2XQKJ7Y3BDHFLBQ4T5KZ6N2AE", "type": "story", "canonical_url": url.split(".example", 1)[1],
              "headlines": {"basic": headline}, "description": {"basic": description},
              "taxonomy": {"primary_section": {"_id": "/" + section_path, "name": kicker},
                           "tags": []},
              "credits": {"by": [{"name": author, "type": "author", "additional_properties": {"original": {"byline": author, "role": role}}}]},
              "publish_date": published, "label": {"basic": {"text": kicker, "display": True}}}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "description": description,
          "datePublished": published, "dateModified": published, "url": url,
          "author": [{"@type": "Person", "name": author, "url": f"https://www.capitalpost.example/people/{slug(author)}/"}],
          "publisher": {"@type": "Organization", "name": "The Capital Post", "logo": {"@type": "ImageObject", "url": "https://www.capitalpost.example/pb/resources/img/twp-social-share.png"}},
          "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}}
    fusion_js = script_json('window.Fusion=window.Fusion||{};Fusion.arcSite="capitalpost";Fusion.globalContent=', fusion)
    more_li = "".join(f'<li class="mb-sm"><a href="{att(h)}" class="wpds-c-iKQyrV"><span class="font-xs font-bold">{esc(t)}</span></a></li>' for t, h in more)
    follow_box = (f'<div class="wpds-c-fFwLkv" data-qa="follow-author"><button class="wpds-c-kSOqLF" type="button">Follow</button>'
                  f'<span>{esc(follow)}</span></div>') if follow else ""
    return f"""<!DOCTYPE html><html lang="en"><head>
<meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{esc(("Opinion | " if byline_prefix.startswith("Opinion") else "") + headline)} - The Capital Post</title>
<meta name="description" content="{att(description)}"/>
<link rel="canonical" href="{att(url)}"/>
<meta property="og:title" content="{att(headline)}"/><meta property="og:description" content="{att(description)}"/>
<meta property="og:url" content="{att(url)}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="The Capital Post"/>
<meta property="og:image" content="https://www.capitalpost.example/wp-apps/imrs.php?src=https://arc-anglerfish-cp-prod.s3.example/public/ZQ3K7Y.jpg&amp;w=1440"/>
<meta name="twitter:site" content="@capitalpost"/><meta name="twitter:card" content="summary_large_image"/>
<meta property="article:published_time" content="{published}"/>
<meta name="author" content="{att(author)}"/>
<meta name="eomportal-id" content="7184202"/>
{jsonld(ld)}
{fusion_js}
<script>window.wpTracking={{"pageName":"{url.split('.example', 1)[1]}","contentType":"article","subsection":"{section_path}"}};</script>
<script defer src="https://www.capitalpost.example/pf/dist/engine/react.js?d=1187"></script>
</head><body>
<div id="fusion-app" class="fusion-app">
<a href="#main-content" class="wpds-c-kGfBeD">Skip to main content</a>
<header class="wpds-c-cPnQvT" data-qa="sc-site-header"><div class="flex"><button aria-label="Sections Menu" class="wpds-c-kSOqLF">Sections</button>
<a href="https://www.capitalpost.example/" aria-label="The Capital Post homepage" class="wpds-c-jdFRFG"><svg width="190" height="30" viewBox="0 0 190 30"><title>The Capital Post</title></svg></a>
<span class="wpds-c-kCvVpi">Democracy Dies in Daylight</span>
<a href="https://subscribe.capitalpost.example/acquisition/?promo=o26" class="wpds-c-lpDvZK">Subscribe</a><a href="https://www.capitalpost.example/subscribe/signin/" class="wpds-c-ekJcuq">Sign in</a></div></header>
<main id="main-content"><article class="grid-layout layout--article-default" data-qa="article">
<div class="grid-center"><div class="wpds-c-dhzjXW" data-qa="headline-kicker"><a href="https://www.capitalpost.example/{section_path}/" class="wpds-c-iKQyrV font-bold">{esc(kicker)}</a>
<button type="button" class="wpds-c-bAqhSX" aria-label="{att(kicker_note)}" data-qa="kicker-tooltip">?</button><div role="tooltip" class="wpds-c-hjkEDu" hidden>{esc(kicker_note)}</div></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf wpds-c-iiQaMf-igUpeQN-css"><span data-qa="headline-text">{esc(headline)}</span></h1>
{f'<h2 data-qa="subheadline" class="wpds-c-fDeFBv">{esc(dek)}</h2>' if dek else ''}
<div class="wpds-c-PJLV" data-qa="attribution-container"><div data-qa="author-byline" class="wpds-c-cNdzuP"><span class="wpds-c-dyhfpv">{esc(byline_prefix)} </span><a data-qa="author-name" rel="author" class="wpds-c-knSWeD" href="https://www.capitalpost.example/people/{slug(author)}/">{esc(author)}</a>
<div class="wpds-c-cXEfzv" data-qa="author-role">{esc(role)}</div>{follow_box}</div>
<div class="wpds-c-hjexhU" data-qa="timestamp"><span data-testid="display-date">{esc(shown)}</span></div></div>
<div class="wpds-c-cGyPPy" data-qa="article-share-bar"><button data-qa="gift-share" class="wpds-c-kSOqLF">Gift Article</button><button data-qa="share-button" class="wpds-c-kSOqLF">Share</button><a href="#comments" data-qa="comments-btn" class="wpds-c-kSOqLF"><span>Comment</span><span>{comments}</span></a><button data-qa="save-button" class="wpds-c-kSOqLF">Save</button></div>
</div>
<figure class="grid-center"><img src="https://www.capitalpost.example/wp-apps/imrs.php?src=https://arc-anglerfish-cp-prod.s3.example/public/ZQ3K7Y.jpg&amp;w=916" alt="{att(caption)}" width="916"/><figcaption class="wpds-c-fguJQS">{esc(caption)}</figcaption></figure>
<div class="article-body grid-center grid-body paywall" data-qa="article-body">
{body}
</div>
<div class="grid-center" data-qa="article-end"><div class="wpds-c-ePbQpL"><button data-qa="gift-share" class="wpds-c-kSOqLF">Gift this article</button></div>
<section class="wpds-c-jBrNBX" data-qa="popular-section"><h2 class="font-bold">{esc(more_title)}</h2><ul>{more_li}</ul></section>
<div id="comments" data-qa="comments"><h2>Comments</h2><p>Our <a href="https://www.capitalpost.example/discussions/community-rules/">community rules</a> apply. <button class="wpds-c-kSOqLF">View {comments} Comments</button></p></div></div>
</article></main>
<footer class="wpds-c-kBRtYp" data-qa="footer"><nav><ul><li><a href="https://www.capitalpost.example/about-the-post/">About The Post</a></li><li><a href="https://www.capitalpost.example/newsletters/">Newsletters &amp; alerts</a></li><li><a href="https://www.capitalpost.example/policies-and-standards/">Policies &amp; Standards</a></li><li><a href="https://www.capitalpost.example/privacy-policy/">Privacy Policy</a></li><li><a href="https://www.capitalpost.example/terms-of-service/">Terms of Use</a></li><li><a href="https://helpcenter.capitalpost.example/">Contact Us</a></li></ul>
<p>© 1996-2024 The Capital Post</p></nav></footer>
</div></body></html>"""


# -------------------------------------------------- a London liberal daily (DCR, dcr-hash classes)
def clarion(*, url, headline, standfirst, author, published, shown, section, section_name, pillar, tone,
            design, paragraphs, inserts=None, marks=None, caption="", bio=None, series=None, rating=None,
            topics=(), comments=None, most_viewed=()):
    tpl = '<p class="dcr-s3ycb2">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    if bio:
        body += f'\n<p class="dcr-s3ycb2"><em>{inline(bio)}</em></p>'
    config = {"page": {"section": section, "sectionName": section_name, "pillar": pillar, "tones": tone,
                       "contentType": "Article", "webTitle": headline, "pageId": url.split(".example/", 1)[1],
                       "author": author, "keywords": ",".join(t for t, _ in topics), "isPaidContent": False,
                       "commentable": comments is not None, "format": {"design": design, "theme": pillar.title() + "Pillar", "display": "StandardDisplay"}}}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "@id": url, "publisher": {"@type": "Organization", "name": "The Clarion", "url": "https://www.theclarion.example/"},
          "isAccessibleForFree": True, "isPartOf": {"@type": ["CreativeWork", "Product"], "name": "The Clarion", "productID": "theclarion.example:basic"},
          "image": [f"https://i.clarionimg.example/img/media/{slug(headline)[:24]}/0_0_5000_3000/master/5000.jpg?width=1200"],
          "author": [{"@type": "Person", "name": author, "sameAs": f"https://www.theclarion.example/profile/{slug(author)}"}],
          "datePublished": published, "headline": headline, "dateModified": published, "mainEntityOfPage": url}
    stars = ""
    if rating is not None:
        stars = (f'<div class="dcr-1tlk9ix" aria-label="{rating} stars out of 5">'
                 + "".join(f'<svg class="dcr-{"x3pn6g" if k < rating else "1n8ov0e"}" viewBox="0 0 22 21"><path d="M11 0l3.3 6.9 7.7 1.1-5.5 5.4 1.3 7.6L11 17.4 4.2 21l1.3-7.6L0 8l7.7-1.1z"></path></svg>' for k in range(5))
                 + "</div>")
    series_html = f'<div data-gu-name="series" class="dcr-1xt1n4k"><a href="https://www.theclarion.example/{att(series[1])}" class="dcr-1vu6d4o"><span>{esc(series[0])}</span></a></div>' if series else ""
    topics_li = "".join(f'<li class="dcr-1ohrsb8"><a href="https://www.theclarion.example/{att(h)}" class="dcr-1n1x5j5">{esc(t)}</a></li>' for t, h in topics)
    mv = "".join(f'<li class="dcr-1nphvx0"><a href="{att(h)}"><span class="dcr-1ay6c8s">{n + 1}</span><h4 class="dcr-1ypk3ne">{esc(t)}</h4></a></li>' for n, (t, h) in enumerate(most_viewed))
    comments_html = (f'<section id="comments" data-component="discussion" class="dcr-1rg8rjq"><h2 class="dcr-14fxl5k">Comments <span class="dcr-1xz08lq">({comments})</span></h2>'
                     f'<p class="dcr-1pf4kgt">Comments on this piece are premoderated to ensure discussion remains on the topics raised by the writer. Please be aware there may be a short delay in comments appearing on the site.</p>'
                     f'<button class="dcr-1oncmrk">View more comments</button></section>') if comments is not None else ""
    return f"""<!doctype html>
<html lang="en"><head>
<title>{esc(headline)}{' | ' + esc(author) if design in ('CommentDesign', 'EditorialDesign') else ''} | The Clarion</title>
<meta name="description" content="{att(standfirst)}"/>
<meta charset="utf-8"/><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"/>
<link rel="canonical" href="{att(url)}"/>
<meta property="og:url" content="{att(url)}"/><meta property="article:author" content="https://www.theclarion.example/profile/{slug(author)}"/>
<meta property="og:type" content="article"/><meta property="og:title" content="{att(headline)}"/><meta property="og:description" content="{att(standfirst)}"/>
<meta property="og:image" content="https://i.clarionimg.example/img/media/{slug(headline)[:24]}/0_0_5000_3000/master/5000.jpg?width=1200&amp;height=630&amp;quality=85&amp;auto=format&amp;fit=crop&amp;overlay-align=bottom%2Cleft&amp;overlay-width=100p&amp;overlay-base64=L2ltZy9zdGF0aWMvb3ZlcmxheXMvdGctZGVmYXVsdC5wbmc&amp;enable=upscale&amp;s=4d1c5b"/>
<meta property="article:publisher" content="https://www.facebook.example/theclarion"/><meta property="og:site_name" content="the Clarion"/>
<meta property="article:published_time" content="{published}"/><meta property="article:section" content="{att(section_name)}"/>
<meta name="twitter:site" content="@clarion"/><meta name="twitter:card" content="summary_large_image"/>
{jsonld(ld)}
{script_json("window.clarion = ", {"config": config})}
</head>
<body>
<div id="bannerandheader"><a href="#maincontent" class="dcr-1t8ppez">Skip to main content</a><a href="#navigation" class="dcr-1t8ppez">Skip to navigation</a>
<div class="dcr-1w6p1ef"><a href="https://support.theclarion.example/uk?INTCMP=header_support&amp;acquisitionData=%7B%22source%22%3A%22CLARION_WEB%22%7D" class="dcr-1n6elu9">Support us</a><a href="https://profile.theclarion.example/signin" class="dcr-1ptbwlt">Sign in</a></div>
<header class="dcr-1vy7k3h"><a href="https://www.theclarion.example/"><span class="dcr-1ly73wi">The Clarion - Back to home</span><svg width="295" height="95" viewBox="0 0 295 95"></svg></a></header>
<nav id="navigation" class="dcr-1tqdwwj" aria-label="Clarion sections"><ul><li><a href="https://www.theclarion.example/">News</a></li><li><a href="https://www.theclarion.example/commentisfree">Opinion</a></li><li><a href="https://www.theclarion.example/sport">Sport</a></li><li><a href="https://www.theclarion.example/culture">Culture</a></li><li><a href="https://www.theclarion.example/lifeandstyle">Lifestyle</a></li></ul></nav></div>
<main data-layout="{design.replace('Design', 'Layout')}" id="maincontent">
<article class="dcr-1pn0zm5">
<div data-gu-name="title" class="dcr-1c58b8v"><div class="dcr-f6gs0v"><a href="https://www.theclarion.example/{section}" class="dcr-1xs5w5b"><span>{esc(section_name)}</span></a></div>{series_html}</div>
<div data-gu-name="headline" class="dcr-1ydwpb6"><h1 class="dcr-1yk4qb9">{esc(headline)}</h1></div>
<div data-gu-name="standfirst" class="dcr-1arcyk4"><div class="dcr-1rwaqab"><p>{esc(standfirst)}</p></div>{stars}</div>
<div data-gu-name="media" class="dcr-4gxk6a"><figure id="img-1" class="dcr-10khgmf"><div class="dcr-1t4fnij"><picture><img alt="{att(caption)}" src="https://i.clarionimg.example/img/media/{slug(headline)[:24]}/0_0_5000_3000/master/5000.jpg?width=620&amp;dpr=2&amp;s=none" width="620" height="372" loading="eager" class="dcr-evn1e9"/></picture></div>
<figcaption class="dcr-1jhd4tk"><span class="dcr-1vrr6vy"><svg width="18" height="13" viewBox="0 0 18 13"></svg></span>{esc(caption)}</figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1n6ol0k"><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline"><div class="dcr-1sl1cw0"><a rel="author" class="dcr-ccqt3m" data-link-name="auto tag link" href="https://www.theclarion.example/profile/{slug(author)}">{esc(author)}</a></div></address>
<div class="dcr-1xo7iml"><details class="dcr-1ro5oas" data-component="dateline"><summary><span class="dcr-u0h1qy">{esc(shown)}</span></summary></details></div>
<div class="dcr-1lr8dqz"><div data-component="share"><button class="dcr-1d26gz8" aria-label="Share">Share</button></div>{f'<a href="#comments" class="dcr-fncrk3" data-link-name="Comment count"><span class="dcr-18cldsv">{comments}</span></a>' if comments is not None else ''}</div></div>
<div data-gu-name="body" class="dcr-a7i1vi"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1qvd3m6">
{body}
</div>
<div class="dcr-1t8ppez" id="slot-body-end"><div class="dcr-1nnbiew"><h2 class="dcr-1n2wln">… there is a good reason why people around the world support the Clarion</h2><p class="dcr-1b5ch3d">We have no shareholders and no billionaire owner, which means our journalism is free from commercial and political influence. If you can, please support us on a monthly basis. It takes less than a minute to set up, and you can rest assured that you're making a big impact every single month. Thank you.</p><div class="dcr-143mzxv"><a href="https://support.theclarion.example/contribute?REFPVID=lx8ktkg5v2&amp;INTCMP=gdnwb_copts_memco" class="dcr-1hgsj0x">Support us</a></div></div></div>
<div class="dcr-1ixwb6y"><h2 class="dcr-10m8g6v">Explore more on these topics</h2><ul class="dcr-1n8q1yk">{topics_li}</ul>
<div data-component="share"><a class="dcr-1d26gz8" href="https://www.facebook.example/dialog/share?app_id=180444840287&amp;href={att(url)}">Share</a><a class="dcr-16u5e3t" data-link-name="meta-syndication-article" href="https://syndication.theclarion.example/automation/?url={att(url)}">Reuse this content</a></div></div></div>
</article>
{comments_html}
<section data-component="most-viewed" class="dcr-19x4pdb"><h2 class="dcr-1jz6p6v">Most viewed</h2><ol class="dcr-wagf1n">{mv}</ol></section>
</main>
<footer data-link-name="footer" class="dcr-1gy2jbr"><div class="dcr-yfu6py"><ul class="dcr-1yeplik"><li><a href="https://www.theclarion.example/about">About us</a></li><li><a href="https://www.theclarion.example/help/contact-us">Contact us</a></li><li><a href="https://www.theclarion.example/info/complaints-and-corrections">Complaints &amp; corrections</a></li><li><a href="https://www.theclarion.example/help/terms-of-service">Terms &amp; conditions</a></li><li><a href="https://www.theclarion.example/info/privacy">Privacy policy</a></li><li><a href="https://www.theclarion.example/info/cookies">Cookie policy</a></li></ul>
<div class="dcr-8dbdyy">© 2024 Clarion News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</div></div></footer>
</body></html>"""


# -------------------------------------------------- a London conservative daily
def despatch(*, url, headline, standfirst, author, role, published, shown, section_name, channel, subchannel,
             paragraphs, inserts=None, marks=None, caption="", rating=None, related=(), premium=True,
             ld_section=None):
    tpl = "<p>{t}</p>"
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": headline, "description": standfirst, "datePublished": published, "dateModified": published,
          "author": [{"@type": "Person", "name": author, "url": f"https://www.dailydespatch.example/authors/{slug(author)}/"}],
          "publisher": {"@type": "Organization", "name": "The Daily Despatch", "logo": {"@type": "ImageObject", "url": "https://www.dailydespatch.example/etc/designs/despatch/core/clientlibs/core/icons/logo.png"}},
          "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".articleBodyText"}}
    if ld_section:
        ld["articleSection"] = ld_section
    stars = ""
    if rating is not None:
        stars = f'<div class="e-rating" aria-label="{rating} out of 5 stars"><span class="e-rating__stars">{"★" * rating}{"☆" * (5 - rating)}</span></div>'
    rel = "".join(f'<li class="related-articles__item"><a href="{att(h)}" class="related-articles__link">{esc(t)}</a></li>' for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<title>{esc(headline)}</title>
<meta name="description" content="{att(standfirst)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{att(url)}">
<meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(standfirst)}"><meta property="og:type" content="article"><meta property="og:url" content="{att(url)}">
<meta property="og:site_name" content="The Daily Despatch"><meta property="og:image" content="https://www.dailydespatch.example/content/dam/{channel}/2024/{slug(headline)[:20]}-xlarge_trans_NvBQzQNjv4BqqVzuuqpFlyLIwiB6NTmJwfSVWeZ_vEN7c6bHu2jJnT8.jpg">
<meta name="tmgads.channel" content="{channel}"><meta name="tmgads.section" content="{subchannel}"><meta name="tmgads.pagetype" content="article">
<meta name="DCSext.Channel" content="{channel}"><meta name="DCSext.Content_Type" content="Story"><meta name="DCSext.articleFirstPublished" content="{published}">
{jsonld(ld)}
<script>window.dataLayer = window.dataLayer || [];window.dataLayer.push({{"pageType":"article","channel":"{channel}","subChannel":"{subchannel}","contentAccess":"{'premium' if premium else 'free'}"}});</script>
</head>
<body class="article article--{channel}">
<div class="site-header"><a class="skip-link" href="#main-content">Skip to content</a>
<header class="site-header__inner"><a href="https://www.dailydespatch.example/" class="site-header__logo" title="The Daily Despatch"><svg class="logo" viewBox="0 0 500 44"></svg></a>
<nav class="primary-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/money/">Money</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/culture/">Culture</a></li><li><a href="/books/">Books</a></li><li><a href="/travel/">Travel</a></li></ul></nav>
<a class="site-header__subscribe" href="/customer/subscribe/digitalsub/">Subscribe now</a><a class="site-header__login" href="/customer/secure/login/">Log in</a></header></div>
<main id="main-content" class="main-content">
<article class="article-body-wrapper" itemscope itemtype="https://schema.org/NewsArticle">
<div class="e-sticky-header-section"><a href="https://www.dailydespatch.example/{channel}/" class="e-section-label">{esc(section_name)}</a></div>
<h1 class="e-headline u-heading-1" itemprop="headline">{esc(headline)}</h1>
{stars}
<p class="e-standfirst" itemprop="description">{esc(standfirst)}</p>
<div class="e-byline"><div class="e-byline__author-image"><img src="https://www.dailydespatch.example/content/dam/authors/{slug(author)}.png" alt=""></div>
<span class="e-byline__author" itemprop="author"><a href="https://www.dailydespatch.example/authors/{slug(author)}/">{esc(author)}</a></span><span class="e-byline__role">{esc(role)}</span>
<time class="e-byline__date" itemprop="datePublished" datetime="{published}">{esc(shown)}</time></div>
<div class="e-share-bar"><a class="e-share-bar__item" href="#comments">Comments</a><button class="e-share-bar__gift">Gift this article free</button><button class="e-share-bar__share">Share</button></div>
<figure class="e-lead-asset"><img src="https://www.dailydespatch.example/content/dam/{channel}/2024/{slug(headline)[:20]}-large.jpg" alt="{att(caption)}"><figcaption class="e-caption">{esc(caption)}</figcaption></figure>
<div class="articleBodyText section{' premium-paywall' if premium else ''}" itemprop="articleBody"><div class="component-content">
{body}
</div></div>
<div class="article-related-topics"><h3>Related Topics</h3><ul>{rel}</ul></div>
<div class="e-comments" id="comments"><h3>Join the conversation</h3><p>Comments will now be open to subscribers only. Please review our <a href="/news/commenting-policy/">commenting policy</a>.</p><button class="e-comments__show">Show comments</button></div>
</article>
<aside class="newsletter-promo"><h3>The Despatch Morning Briefing</h3><p>Your essential guide to the day's news. Sign up for free and get it in your inbox every morning.</p><a href="/newsletters/" class="button">Sign up</a></aside>
</main>
<footer class="site-footer"><ul><li><a href="/about-us/">About us</a></li><li><a href="/contact-us/">Contact us</a></li><li><a href="/about-us/editorial-and-commercial-guidelines/">Guidelines</a></li><li><a href="/privacy-and-cookie-policy/">Privacy</a></li><li><a href="/terms-and-conditions/">Terms &amp; Conditions</a></li><li><a href="/syndication/">Syndication and Commissioning</a></li></ul>
<p class="site-footer__copyright">© Despatch Media Group Holdings Limited 2024</p></footer>
</body></html>"""


# -------------------------------------------------- a London establishment daily (no section in URL or meta)
def courant(*, url, headline, standfirst, author, role, shown, published, paragraphs, inserts=None, marks=None,
            caption="", related=(), label=None):
    tpl = '<p class="responsive__Paragraph-sc-1pktst5-0 hsIUsk">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "description": standfirst,
          "datePublished": published, "url": url, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": "The London Courant"},
          "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-body"}}
    rel = "".join(f'<li class="RelatedArticles-item"><a href="{att(h)}"><h3>{esc(t)}</h3></a></li>' for t, h in related)
    lab = f'<div class="responsive__Label-sc-15gvuj2-2 fZxhIV" data-testid="article-label">{esc(label)}</div>' if label else ""
    return f"""<!DOCTYPE html><html lang="en-GB"><head>
<meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(headline)} | The London Courant</title>
<meta name="description" content="{att(standfirst)}"/>
<meta property="og:title" content="{att(headline)}"/><meta property="og:description" content="{att(standfirst)}"/><meta property="og:url" content="{att(url)}"/><meta property="og:type" content="article"/>
<meta property="og:image" content="https://www.thecourant.example/imageserver/image/%2Fmethode%2Fcourant%2Fprod%2Fweb%2Fbin%2Fa1b2c3d4.jpg?crop=1500%2C844%2C0%2C78&amp;resize=1200"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@thecourant"/>
<link rel="canonical" href="{att(url)}"/>
{jsonld(ld)}
<script>window.nuk = window.nuk || {{}}; window.nuk.analytics = {{"page":{{"pageType":"article","pageName":"{slug(headline)}","articleId":"{url.rsplit('-', 1)[-1]}","registrationType":"logged out"}}}};</script>
</head><body>
<div id="root"><div class="App-container">
<header class="Masthead-container" role="banner"><a href="/" aria-label="The London Courant home"><svg class="Masthead-logo" viewBox="0 0 280 40"></svg></a>
<nav class="Masthead-nav"><a href="/">Home</a><a href="/uk">UK</a><a href="/world">World</a><a href="/uk/politics">Politics</a><a href="/business-money">Business</a><a href="/comment">Comment</a><a href="/sport">Sport</a><a href="/culture">Culture</a></nav>
<a class="Masthead-subscribe" href="/subscribe">Subscribe</a><a class="Masthead-login" href="/login">Log in</a></header>
<main id="main-container"><article class="Article-container" data-testid="article">
{lab}
<h1 class="responsive__HeadlineContainer-sc-3t8ix5-3 gcRoZN" role="heading" data-testid="headline">{esc(headline)}</h1>
<p class="responsive__StandfirstContainer-sc-3t8ix5-5 kXQwCm" data-testid="standfirst">{esc(standfirst)}</p>
<div class="responsive__BylineContainer-sc-1pvq9j-1 bkvIFy"><div class="Byline-author"><img src="/imageserver/image/authors/{slug(author)}.png" alt="" class="Byline-avatar"/><a href="/profile/{slug(author)}" class="Byline-name">{esc(author)}</a><span class="Byline-role">{esc(role)}</span></div>
<time class="responsive__DatePublication-sc-1pvq9j-5" datetime="{published}">{esc(shown)}</time></div>
<div class="SaveAndShare-container"><button aria-label="Share">Share</button><button aria-label="Save">Save</button><a href="#comments">Comments</a></div>
<figure class="LeadAsset-container"><img src="/imageserver/image/lead-{slug(headline)[:16]}.jpg" alt="{att(caption)}"/><figcaption class="Caption-text">{esc(caption)}</figcaption></figure>
<div class="article-body" data-testid="article-body">
{body}
</div>
<div class="RelatedArticles-container"><h2>Related articles</h2><ul>{rel}</ul></div>
<div id="comments" class="Comments-container"><h2>Comments</h2><p>Comments are subject to our community guidelines, which can be viewed <a href="/comment-guidelines">here</a>.</p><button>Show comments</button></div>
</article></main>
<footer class="Footer-container"><ul><li><a href="/help/contact-us">Contact us</a></li><li><a href="/terms">Terms and conditions</a></li><li><a href="/privacy">Privacy &amp; cookie policy</a></li><li><a href="/syndication">Syndication</a></li><li><a href="/puzzles">Puzzles</a></li></ul>
<p>© Courant Media Group Ltd. 2024. Registered in England No. 894646. Registered office: 1 London Bridge Street, SE1 9GF.</p></footer>
</div></div>
<script src="/assets/runtime.4f1a.js"></script><script src="/assets/main.93c2.js"></script>
</body></html>"""


# -------------------------------------------------- a London daily, web-only (Voices section, sc- classes)
def intelligencer(*, url, headline, standfirst, author, published, shown, section, section_label, paragraphs,
                  inserts=None, marks=None, caption="", read_more=(), topics=()):
    tpl = "<p>{t}</p>"
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": headline,
          "description": standfirst, "datePublished": published, "dateModified": published, "articleSection": section_label,
          "keywords": [t for t, _ in topics], "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": author, "url": f"https://www.intelligencer.example/author/{slug(author)}"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Intelligencer", "logo": {"@type": "ImageObject", "url": "https://static.intelligencer.example/img/logo-amp.png"}}}
    js = {"section": section, "sectionName": section_label, "articleId": url.rsplit("-", 1)[-1].split(".")[0], "pageType": "article",
          "author": author, "publishedDate": published, "topics": [t for t, _ in topics], "premium": False}
    rm = "".join(f'<li><a href="{att(h)}" class="sc-1xt8011-0">{esc(t)}</a></li>' for t, h in read_more)
    tp = "".join(f'<a href="{att(h)}" class="sc-1hb9w4c-0">{esc(t)}</a>' for t, h in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{esc(headline)} | The Intelligencer</title>
<meta name="description" content="{att(standfirst)}"><link rel="canonical" href="{att(url)}">
<meta property="og:type" content="article"><meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(standfirst)}"><meta property="og:url" content="{att(url)}">
<meta property="og:image" content="https://static.intelligencer.example/2024/05/{slug(headline)[:18]}.jpg?width=1200&amp;auto=webp">
<meta property="article:published_time" content="{published}"><meta property="article:author" content="https://www.intelligencer.example/author/{slug(author)}">
<meta name="article:tag" content="{att(', '.join(t for t, _ in topics))}">
{jsonld(ld)}
{script_json("window.JSGlobals = ", js)}
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-K6RQZXS');</script>
</head><body>
<div id="root"><header class="sc-oxeqwd-0 hHGtaY"><a href="/" aria-label="The Intelligencer"><svg viewBox="0 0 300 40"></svg></a>
<nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/voices">Voices</a><a href="/climate-change">Climate</a><a href="/arts-entertainment">Culture</a><a href="/life-style">Lifestyle</a><a href="/travel">Travel</a><a href="/money">Money</a></nav>
<a href="/subscribe" class="sc-b6ydvq-0">Support us</a><button class="sc-1c4jw2a-0">Log in</button></header>
<main id="main"><article class="sc-1ndtqgt-0">
<header class="sc-18s2ivm-0"><nav class="sc-1w5ytki-0" aria-label="Breadcrumb"><a href="/{section.split('/')[0]}">{esc(section_label)}</a></nav>
<h1 class="sc-1ed5evl-0 gpNqGF" id="articleHeader">{esc(headline)}</h1>
<h2 class="sc-sttm8y-0 ielKDk">{esc(standfirst)}</h2>
<div class="sc-1ln7pl6-0"><a href="/author/{slug(author)}" class="sc-1ln7pl6-2">{esc(author)}</a><span class="sc-1ln7pl6-3">{esc(shown)}</span></div>
<div class="sc-1x2ckdm-0" data-testid="share-buttons"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button><button aria-label="Email">Email</button><a href="#comments" class="sc-1x2ckdm-2">Comments</a></div></header>
<figure class="sc-1rtizuh-0"><img src="https://static.intelligencer.example/2024/05/{slug(headline)[:18]}.jpg?width=640" alt="{att(caption)}"><figcaption>{esc(caption)}</figcaption></figure>
<div id="main" class="sc-jbiisr-0 main-content">
{body}
</div>
<div class="sc-1wvmsni-0"><h3>Read more</h3><ul>{rm}</ul></div>
<div class="sc-p6gdla-0">{tp}</div>
<div id="comments" class="sc-1oj6kdt-0"><h3>Join our commenting forum</h3><p>Join thought-provoking conversations, follow other Intelligencer readers and see their replies</p><button>View comments</button></div>
</article>
<aside class="sc-1azsq5q-0"><h3>Most popular</h3><ol><li><a href="/news/uk/politics/reform-poll-westminster-b2543001.html">Poll puts Reform level with Tories for first time in a year</a></li><li><a href="/life-style/sleep-tips-heatwave-b2542987.html">How to sleep in the heat, according to experts</a></li></ol></aside></main>
<footer class="sc-1h4tlg8-0"><a href="/service/contact-us">Contact us</a> <a href="/service/code-of-conduct">Code of conduct and complaints</a> <a href="/service/privacy-notice">Privacy notice</a> <a href="/service/cookie-policy">Cookie policy</a>
<p>© 2024 The Intelligencer</p></footer></div>
</body></html>"""


# -------------------------------------------------- a US national daily (Gannett-style, gnt_ classes)
def nationdaily(*, url, headline, description, author, role, published, shown, ssts, label, paragraphs, inserts=None,
                marks=None, caption="", bio=None, end_note=None, keywords=()):
    tpl = '<p class="gnt_ar_b_p">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    utag = {"ssts": ssts, "section": ssts.split("/")[0], "topic": ssts.split("/")[1] if "/" in ssts else "",
            "page_name": f"{slug(headline)[:40]}", "content_type": "story", "byline": author, "cst": ssts,
            "taxonomykeywords": ",".join(keywords), "is_premium": "false"}
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": headline, "description": description,
          "datePublished": published, "dateModified": published, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "author": [{"@type": "Person", "name": author, "jobTitle": role}],
          "publisher": {"@type": "Organization", "name": "NATION DAILY", "logo": {"@type": "ImageObject", "url": "https://www.nationdaily.example/sites/nationdaily/images/site-nav-logo@2x.png"}}}
    tail = ""
    if bio:
        tail += f'<p class="gnt_ar_b_p"><em>{inline(bio)}</em></p>'
    if end_note:
        tail += f'<p class="gnt_ar_b_p"><em>{inline(end_note)}</em></p>'
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>{esc(headline)}</title>
<meta name="description" content="{att(description)}"><meta name="keywords" content="{att(', '.join(keywords))}">
<link rel="canonical" href="{att(url)}">
<meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(description)}"><meta property="og:url" content="{att(url)}"><meta property="og:type" content="article"><meta property="og:site_name" content="NATION DAILY">
<meta property="og:image" content="https://www.nationdaily.example/gcdn/authoring/authoring-images/2024/02/19/NDAY/72654321007-{slug(headline)[:16]}.jpg?crop=5471,3078,x0,y285&amp;width=3200&amp;height=1801&amp;format=pjpg&amp;auto=webp">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@nationdaily">
{jsonld(ld)}
{script_json("var utag_data = ", utag)}
<script async src="https://tags.tiqcdn.example/utag/gci/nationdaily/prod/utag.js"></script>
</head><body class="gnt_pr">
<header class="gnt_n"><a class="gnt_n_lg" href="/" aria-label="Nation Daily homepage"><svg viewBox="0 0 135 40"></svg></a>
<nav class="gnt_n_mn"><a class="gnt_n_mn_l" href="/news/">U.S.</a><a class="gnt_n_mn_l" href="/news/politics/">Politics</a><a class="gnt_n_mn_l" href="/sports/">Sports</a><a class="gnt_n_mn_l" href="/entertainment/">Entertainment</a><a class="gnt_n_mn_l" href="/money/">Money</a><a class="gnt_n_mn_l" href="/travel/">Travel</a><a class="gnt_n_mn_l" href="/opinion/">Opinion</a></nav>
<a class="gnt_n_us_a" href="https://subscribe.nationdaily.example/">Subscribe</a><a class="gnt_n_us_a" href="https://login.nationdaily.example/">Sign in</a></header>
<main class="gnt_cw"><article class="gnt_pr">
<div class="gnt_ar_lbl" data-c-sl="{att(label)}">{esc(label)}</div>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(headline)}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__si" href="/staff/{slug(author)}/">{esc(author)}</a><div class="gnt_ar_by_t">{esc(role)}</div></div>
<div class="gnt_ar_dt" aria-label="{att(shown)}">{esc(shown)}</div>
<div class="gnt_ss"><button class="gnt_ss_b" data-c-sc="facebook">Share on Facebook</button><button class="gnt_ss_b" data-c-sc="x">Share on X</button><button class="gnt_ss_b" data-c-sc="email">Email</button></div>
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.nationdaily.example/gcdn/authoring/2024/{slug(headline)[:16]}.jpg?width=660" alt="{att(caption)}"><figcaption class="gnt_em_cp"><span class="gnt_em_cp_s">{esc(caption)}</span></figcaption></figure>
<div class="gnt_ar_b" aria-label="Article Body">
{body}
{tail}
</div>
</article>
<aside class="gnt_rr"><h2 class="gnt_rr_h">Most popular</h2><ol><li><a href="/story/news/nation/2024/02/19/winter-storm-northeast/72650011007/">Winter storm to bring a foot of snow to parts of Northeast</a></li><li><a href="/story/money/2024/02/19/tax-refund-schedule/72640011007/">When will I get my tax refund? What to know</a></li></ol></aside></main>
<footer class="gnt_f"><ul><li><a href="/about/">About us</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="https://cm.nationdaily.example/">Contact us</a></li><li><a href="/terms/">Terms of Service</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/do-not-sell/">Your Privacy Choices</a></li></ul><p>© 2024 NATION DAILY, a division of Gannet Satellite Information Network, LLC.</p></footer>
</body></html>"""


# -------------------------------------------------- a US cable news site
def gnn(*, url, headline, description, author, published, shown, section, paragraphs, inserts=None, marks=None,
        caption="", editor_note=None, dateline=None, label=None, byline_prefix="By"):
    tpl = '<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    if dateline:
        first = '<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text">'
        body = body.replace(first, first + f'<cite class="source__cite"><span class="source__location">{esc(dateline)}</span><span class="source__text">GNN</span></cite>\n            —\n', 1)
    note = (f'<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text"><em>{inline(editor_note)}</em></p>'
            if editor_note else "")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": headline, "description": description,
          "url": url, "datePublished": published, "dateModified": published, "articleSection": [section],
          "author": [{"@type": "Person", "name": author}], "isAccessibleForFree": True,
          "publisher": {"@type": "Organization", "name": "GNN", "logo": {"@type": "ImageObject", "url": "https://media.gnn.example/api/v1/images/stellar/prod/gnn-logo.png"}}}
    lab = f'<div class="headline__sub-text" data-editable="label">{esc(label)}</div>' if label else ""
    return f"""<!DOCTYPE html>
<html lang="en" data-uri="gnn.example/_pages/{slug(headline)[:16]}@published" data-layout-uri="gnn.example/_layouts/layout-with-rail/instances/{section}-article-v1@published">
<head><meta charset="UTF-8">
<title>{esc(headline)} | GNN</title>
<meta name="description" content="{att(description)}"><meta name="author" content="{att(author)}">
<meta name="section" content="{section}"><meta name="type" content="article"><meta name="template_type" content="article_leaf">
<meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(description)}"><meta property="og:type" content="article"><meta property="og:url" content="{att(url)}"><meta property="og:site_name" content="GNN">
<meta property="og:image" content="https://media.gnn.example/api/v1/images/stellar/prod/{slug(headline)[:18]}.jpg?c=16x9&amp;q=w_800,c_fill">
<meta property="article:published_time" content="{published}"><meta property="article:section" content="{section}">
<link rel="canonical" href="{att(url)}">
{jsonld(ld)}
<script>window.GNN = window.GNN || {{}}; window.GNN.contentModel = {{"analytics":{{"pageTop":{{"branding_content_page":"default","section":["{section}"],"template_type":"content","content_type":"article","headline":{json.dumps(headline)}}}}}}};</script>
</head>
<body class="layout layout-with-rail__body">
<header class="header" data-editable="header"><div class="header__container"><a href="/" class="brand-logo" aria-label="GNN logo"><svg viewBox="0 0 64 30"></svg></a>
<nav class="header__nav"><a href="/us">US</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/health">Health</a><a href="/entertainment">Entertainment</a><a href="/style">Style</a><a href="/travel">Travel</a><a href="/sport">Sports</a><a href="/opinions">Opinion</a></nav>
<a href="/account/log-in" class="header__login">Log In</a></div></header>
<section class="layout__content-wrapper layout-with-rail__content-wrapper"><main class="layout__main-wrapper">
<div class="headline headline--has-lowertext">{lab}<h1 id="maincontent" class="headline__text inline-placeholder" data-editable="headlineText">{esc(headline)}</h1>
<div class="headline__footer"><div class="byline vossi-byline" data-editable="byline"><div class="byline__names"><span class="byline__name">{esc(byline_prefix)} </span><a href="/profiles/{slug(author)}" class="byline__link"><span class="byline__name">{esc(author)}</span></a></div></div>
<div class="timestamp vossi-timestamp" data-editable="settings">Published {esc(shown)}</div></div>
<div class="social-share"><button class="social-share__button" data-type="facebook">Facebook</button><button class="social-share__button" data-type="twitter">Tweet</button><button class="social-share__button" data-type="email">Email</button><button class="social-share__button" data-type="link">Link Copied!</button></div></div>
<div class="article__lede-wrapper"><div class="image image__lede"><img src="https://media.gnn.example/api/v1/images/stellar/prod/{slug(headline)[:18]}.jpg?c=16x9&amp;q=h_653,w_1160,c_fill/f_webp" alt="{att(caption)}"><div class="image__caption attribution"><span data-editable="metaCaption">{esc(caption)}</span></div></div></div>
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
{note}
{body}
</div></div>
<div class="related-content related-content--article"><h2 class="related-content__headline">Related</h2><div class="container__item"><a href="/2024/02/27/{section}/related-story/index.html"><span class="container__headline-text">More from GNN {esc(section.title())}</span></a></div></div>
</main><div class="layout-with-rail__rail"><div class="ad-slot-rail" data-unselectable="true"><div class="ad-slot__feedback">Ad Feedback</div></div></div></section>
<footer class="footer"><div class="footer__links"><a href="/terms">Terms of Use</a><a href="/privacy">Privacy Policy</a><a href="/ad-choices">Ad Choices</a><a href="/accessibility">Accessibility &amp; CC</a><a href="/about">About</a><a href="/newsletters">Newsletters</a><a href="/transcripts">Transcripts</a></div>
<p class="footer__copyright-text">© 2024 Global News Network. A Meridian Broadcast Company. All Rights Reserved.</p></footer>
</body></html>"""


# -------------------------------------------------- a US cable news site, right-leaning
def eagle(*, url, headline, description, author, author_bio, published, shown, section, eyebrow, paragraphs,
          inserts=None, marks=None, caption="", category_isa=None):
    tpl = "<p>{t}</p>"
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": headline,
          "description": description, "datePublished": published, "dateModified": published,
          "author": [{"@type": "Person", "name": author, "url": f"https://www.eaglenews.example/person/{author[0].lower()}/{slug(author)}"}],
          "publisher": {"@type": "Organization", "name": "Eagle News", "logo": {"@type": "ImageObject", "url": "https://static.eaglenews.example/static/orion/img/eagle-news-logo.png"}}}
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>{esc(headline)} | Eagle News</title>
<meta name="description" content="{att(description)}">
<meta name="prism.section" content="{section}"><meta name="prism.channel" content="enc"><meta name="dc.source" content="Eagle News">
{f'<meta name="classification-isa" content="{category_isa}">' if category_isa else ''}
<meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(description)}"><meta property="og:type" content="article"><meta property="og:url" content="{att(url)}"><meta property="og:site_name" content="Eagle News">
<meta property="og:image" content="https://a57.eaglenews.example/static.eaglenews.example/foxnews.com/content/uploads/2024/03/1200/675/{slug(headline)[:16]}.jpg?ve=1&amp;tl=1">
<link rel="canonical" href="{att(url)}">
{jsonld(ld)}
<script>var dataLayer = dataLayer || []; dataLayer.push({{"page.section":"{section}","page.type":"article","page.title":{json.dumps(headline)},"content.author":{json.dumps(author)}}});</script>
</head><body class="fn article-ct">
<header class="site-header"><div class="logo"><a href="/"><img src="https://static.eaglenews.example/static/orion/img/eagle-news-logo.svg" alt="Eagle News"></a></div>
<nav class="main-nav"><ul><li class="menu-item"><a href="/us">U.S.</a></li><li class="menu-item"><a href="/politics">Politics</a></li><li class="menu-item"><a href="/world">World</a></li><li class="menu-item"><a href="/opinion">Opinion</a></li><li class="menu-item"><a href="/media">Media</a></li><li class="menu-item"><a href="/entertainment">Entertainment</a></li><li class="menu-item"><a href="/video">Watch Live</a></li></ul></nav></header>
<main class="main-content"><article class="article-wrap has-video">
<header class="article-header"><div class="eyebrow"><a href="/{section}">{esc(eyebrow)}</a></div>
<h1 class="headline speakable">{esc(headline)}</h1><h2 class="sub-headline speakable">{esc(description)}</h2>
<div class="article-meta article-meta-upper"><div class="author-byline"><span>By <a href="/person/{author[0].lower()}/{slug(author)}">{esc(author)}</a> <span class="article-source">Eagle News</span></span></div>
<div class="article-date"><time>Published {esc(shown)}</time></div></div>
<div class="social-share"><ul><li class="facebook"><a href="#">Facebook</a></li><li class="twitter"><a href="#">Twitter</a></li><li class="flipboard"><a href="#">Flipboard</a></li><li class="comments"><a href="#commenting">Comments</a></li><li class="print"><a href="#">Print</a></li><li class="email"><a href="#">Email</a></li></ul></div></header>
<div class="article-content"><div class="article-body">
<p class="speakable"><strong>NEW</strong>You can now listen to Eagle News articles!</p>
<div class="image-ct inline"><div class="m"><img src="https://a57.eaglenews.example/{slug(headline)[:16]}-640.jpg" alt="{att(caption)}"></div><div class="info"><div class="caption"><p>{esc(caption)}</p></div></div></div>
{body}
</div>
<div class="author-bio"><p><em>{inline(author_bio)}</em></p></div>
<div class="article-footer"><div class="social-share"><a href="#">Share</a></div><div class="newsletter-signup"><h3>Get the latest updates from the 2024 campaign trail and exclusive interviews at our Eagle News Digital election hub.</h3><a href="/elections">Get the latest updates</a></div></div>
</div>
<div id="commenting" class="article-comments"><h3>Comments</h3><p>Log in to comment on videos and join in on the fun.</p></div>
</article>
<aside class="sidebar"><section class="collection-trending"><h3 class="title">Trending</h3><ol><li><a href="/us/man-charged-airport">Man charged after airport security scare</a></li><li><a href="/entertainment/country-star-tour">Country star announces farewell tour</a></li></ol></section></aside></main>
<footer class="site-footer"><nav><a href="/about">About</a> <a href="/privacy-policy">Privacy Policy</a> <a href="/terms-of-use">Terms of Use</a> <a href="/closed-captioning">Closed Captioning Policy</a> <a href="/help">Help</a> <a href="/contact">Contact Us</a></nav>
<p class="copyright">This material may not be published, broadcast, rewritten, or redistributed. ©2024 EAGLE News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes.</p></footer>
</body></html>"""


# -------------------------------------------------- a US monthly magazine online (Ideas rubric)
def meridian(*, url, headline, dek, author, published, shown, rubric, rubric_href, paragraphs, inserts=None,
             marks=None, caption="", about=None):
    tpl = '<p class="ArticleParagraph_root__4mszW" data-flatplan-paragraph="true">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "description": dek,
          "url": url, "datePublished": published, "dateModified": published, "articleSection": rubric,
          "author": [{"@type": "Person", "name": author, "sameAs": f"https://www.meridianmag.example/author/{slug(author)}/"}],
          "isAccessibleForFree": False, "hasPart": [{"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-content-body"}],
          "publisher": {"@type": "Organization", "name": "The Meridian"}}
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<title>{esc(headline)} - The Meridian</title>
<meta name="description" content="{att(dek)}"/><link rel="canonical" href="{att(url)}"/>
<meta property="og:title" content="{att(headline)}"/><meta property="og:description" content="{att(dek)}"/><meta property="og:url" content="{att(url)}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="The Meridian"/>
<meta property="article:section" content="{att(rubric)}"/><meta name="author" content="{att(author)}"/>
{jsonld(ld)}
<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"urqlState": {}, "article": {"channel": rubric.lower(), "url": url}}}, "page": "/[...slug]", "buildId": "Xk4iEo2WbB"})}</script>
</head><body>
<div id="__next"><header class="SiteHeader_root__Q1kZb"><a href="/" class="SiteHeader_logo__rA6zw" aria-label="The Meridian"><svg viewBox="0 0 170 32"></svg></a>
<nav class="SiteHeader_nav__ZCeXo"><a href="/latest/">Latest</a><a href="/newsletters/">Newsletters</a><a href="/magazine/">The Magazine</a><a href="/politics/">Politics</a><a href="/ideas/">Ideas</a><a href="/culture/">Culture</a><a href="/technology/">Technology</a></nav>
<a href="/subscribe/" class="SiteHeader_subscribe__2mVlf">Subscribe</a><a href="/accounts/login/" class="SiteHeader_signIn__OB3jo">Sign In</a></header>
<main id="main-content"><article class="ArticleLayout_article__x8PqT">
<header class="ArticleHero_root__Nhk2g"><div class="ArticleRubric_root__X0TUk"><a href="{att(rubric_href)}" class="ArticleRubric_link__Tz1ap">{esc(rubric)}</a></div>
<h1 class="ArticleTitle_root__VrZaG">{esc(headline)}</h1><p class="ArticleDek_root__P3leE">{esc(dek)}</p>
<div class="ArticleBylines_root__ZNYN_"><span>By </span><a href="/author/{slug(author)}/" class="ArticleBylines_link__kNP4C">{esc(author)}</a></div>
<figure class="ArticleLeadArt_root__wk7X3"><img src="https://cdn.meridianmag.example/thumbor/{slug(headline)[:12]}/1440x810/media/img/mt/2024/04/original.jpg" alt="{att(caption)}"/><figcaption class="ArticleLeadFigure_caption__xXQ9N">{esc(caption)}</figcaption></figure>
<div class="ArticleShare_root__a9TQa"><button>Share</button><button>Save</button></div>
<time class="ArticleTimestamp_root__b3bL6" datetime="{published}">{esc(shown)}</time></header>
<section class="ArticleBody_root__2gF81 article-content-body">
{body}
</section>
{f'<div class="ArticleBio_root__a2LJb"><h2>About the Author</h2><p>{inline(about)}</p></div>' if about else ''}
<div class="ArticleNewsletter_root__kp2iR"><h2>Sign up for Meridian Ideas</h2><p>The week’s most provocative arguments, in your inbox every Saturday.</p><form><input type="email" placeholder="Enter your email"/><button>Sign Up</button></form><p class="ArticleNewsletter_legal__gP2wm">Your newsletter subscriptions are subject to The Meridian’s Privacy Policy and Terms and Conditions.</p></div>
<div class="ArticleExploreTopics_root__pe9YU"><h2>Explore More Topics</h2><a href="/tag/democracy/">Democracy</a><a href="/tag/technology/">Technology</a></div>
</article></main>
<footer class="SiteFooter_root__n8TJd"><a href="/about/">About</a><a href="/contact/">Contact</a><a href="/privacy-policy/">Privacy Policy</a><a href="/terms-and-conditions/">Terms Conditions</a><a href="/responsible-disclosure/">Responsible Disclosure</a><p>The Meridian © 2024</p></footer></div>
</body></html>"""


# -------------------------------------------------- a WordPress local weekly (theme + Yoast + Jetpack)
def millbrook(*, url, headline, excerpt, author, role, published, shown, category, category_slug, post_id,
              paragraphs, inserts=None, marks=None, caption="", tags=(), comments=(), related=(), yoast_section=True):
    tpl = "<p>{t}</p>"
    body = render(paragraphs, tpl, inserts, marks)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": author, "@id": f"https://millbrookherald.example/#/schema/person/{post_id}a"},
         "headline": headline, "datePublished": published, "dateModified": published, "mainEntityOfPage": {"@id": url},
         "wordCount": sum(len(t.split()) for t, _ in paragraphs), "commentCount": len(comments),
         "publisher": {"@id": "https://millbrookherald.example/#organization"}, "inLanguage": "en-US",
         **({"articleSection": [category] + (["Columns"] if category == "Opinion" else [])} if yoast_section else {}),
         "keywords": list(tags)},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{headline} - The Millbrook Herald", "datePublished": published,
         "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://millbrookherald.example/"},
            {"@type": "ListItem", "position": 2, "name": headline}]},
        {"@type": "Organization", "@id": "https://millbrookherald.example/#organization", "name": "The Millbrook Herald", "url": "https://millbrookherald.example/"}]}
    tag_links = ", ".join(f'<a href="https://millbrookherald.example/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in tags)
    coms = "".join(
        f'<li id="comment-{post_id + 17 + n}" class="comment even thread-even depth-1"><article id="div-comment-{post_id + 17 + n}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{n}?s=56&amp;d=mm&amp;r=g" class="avatar avatar-56 photo" height="56" width="56"><b class="fn">{esc(who)}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="{att(url)}#comment-{post_id + 17 + n}"><time datetime="{published}">{esc(when)}</time></a></div></footer>'
        f'<div class="comment-content"><p>{esc(what)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id + 17 + n}">Reply</a></div></article></li>'
        for n, (who, when, what) in enumerate(comments))
    rel = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{att(h)}">{esc(t)}</a></h4><p class="jp-relatedposts-post-context">In &quot;{esc(c)}&quot;</p></div>' for t, h, c in related)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(headline)} - The Millbrook Herald</title>
<meta name="description" content="{att(excerpt)}" />
<link rel="canonical" href="{att(url)}" />
<meta property="og:locale" content="en_US" /><meta property="og:type" content="article" /><meta property="og:title" content="{att(headline)}" /><meta property="og:description" content="{att(excerpt)}" /><meta property="og:url" content="{att(url)}" /><meta property="og:site_name" content="The Millbrook Herald" />
<meta property="article:publisher" content="https://www.facebook.example/MillbrookHerald" /><meta property="article:published_time" content="{published}" />
<meta name="author" content="{att(author)}" /><meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="{att(author)}" /><meta name="twitter:label2" content="Est. reading time" /><meta name="twitter:data2" content="4 minutes" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='wp-block-library-css' href='https://millbrookherald.example/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='newspack-style-css' href='https://millbrookherald.example/wp-content/themes/herald-theme/style.css?ver=2.1.4' media='all' />
<script src="https://millbrookherald.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-5LQ2X1HW7B"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-5LQ2X1HW7B');</script>
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive category-{category_slug} has-sidebar">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="top-bar"><span class="current-date">{esc(shown.split(' at ')[0])}</span><a href="https://millbrookherald.example/e-edition/">E-Edition</a> <a href="https://millbrookherald.example/subscribe/">Subscribe</a> <a href="https://millbrookherald.example/my-account/">Log in</a></div>
<div class="site-branding"><p class="site-title"><a href="https://millbrookherald.example/" rel="home">The Millbrook Herald</a></p><p class="site-description">Serving Millbrook and the Harlan Valley since 1887</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://millbrookherald.example/category/news/">News</a></li><li class="menu-item"><a href="https://millbrookherald.example/category/sports/">Sports</a></li><li class="menu-item"><a href="https://millbrookherald.example/category/opinion/">Opinion</a></li><li class="menu-item"><a href="https://millbrookherald.example/category/obituaries/">Obituaries</a></li><li class="menu-item"><a href="https://millbrookherald.example/category/community/">Community</a></li><li class="menu-item"><a href="https://millbrookherald.example/public-notices/">Public Notices</a></li><li class="menu-item"><a href="https://millbrookherald.example/contact/">Contact</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{category_slug}{''.join(' tag-' + slug(t) for t in tags)} entry">
<header class="entry-header"><span class="cat-links"><a href="https://millbrookherald.example/category/{category_slug}/" rel="category tag">{esc(category)}</a></span>
<h1 class="entry-title">{esc(headline)}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="https://millbrookherald.example/author/{slug(author)}/">{esc(author)}</a></span>{' | ' + esc(role) if role else ''}</span> <span class="posted-on"><a href="{att(url)}" rel="bookmark"><time class="entry-date published" datetime="{published}">{esc(shown)}</time></a></span></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="https://millbrookherald.example/wp-content/uploads/2024/05/{slug(headline)[:20]}-1200x800.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async" fetchpriority="high" /><figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{att(url)}?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="{att(url)}?share=twitter"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D"><span>Email</span></a></li><li class="share-print"><a class="share-print sd-button share-icon" href="{att(url)}#print"><span>Print</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{rel}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://millbrookherald.example/category/{category_slug}/" rel="category tag">{esc(category)}</a></span>{'<span class="tags-links">Tagged ' + tag_links + '</span>' if tags else ''}</footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://millbrookherald.example/2024/05/10/harlan-valley-fair-board-names-new-manager/" rel="prev"><span class="meta-nav">Previous</span> <span class="post-title">Harlan Valley Fair board names new manager</span></a></div><div class="nav-next"><a href="https://millbrookherald.example/2024/05/15/millbrook-seniors-honored-at-awards-night/" rel="next"><span class="meta-nav">Next</span> <span class="post-title">Millbrook seniors honored at awards night</span></a></div></div></nav>
<div id="comments" class="comments-area">{f'<h2 class="comments-title">{len(comments)} thoughts on &ldquo;{esc(headline)}&rdquo;</h2><ol class="comment-list">{coms}</ol>' if comments else ''}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://millbrookherald.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://millbrookherald.example/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="https://millbrookherald.example/2024/05/15/millbrook-seniors-honored-at-awards-night/">Millbrook seniors honored at awards night</a></li><li><a href="https://millbrookherald.example/2024/05/13/road-work-to-close-route-9-bridge-for-two-weeks/">Road work to close Route 9 bridge for two weeks</a></li><li><a href="https://millbrookherald.example/2024/05/12/letters-to-the-editor-may-12/">Letters to the editor, May 12</a></li></ul></section>
<section id="text-4" class="widget widget_text"><h2 class="widget-title">Get the Herald delivered</h2><div class="textwidget"><p>Subscribe to the print edition for $48 a year, or read the e-edition every Thursday morning. <a href="https://millbrookherald.example/subscribe/">Subscribe today</a></p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>The Millbrook Herald, 212 Main Street, Millbrook. Phone (555) 013-4421.</p><p>&copy; 2024 The Millbrook Herald. All rights reserved.</p><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
<script src="https://millbrookherald.example/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.4" id="sharing-js-js"></script>
</body>
</html>"""


# -------------------------------------------------- a TownNews BLOX regional daily
def cedar(*, url, headline, summary, author, published, shown, section_path, kicker, paragraphs, inserts=None,
          marks=None, caption="", tags=(), datalayer=True, byline_title=None):
    tpl = "<p>{t}</p>"
    body = render(paragraphs, tpl, inserts, marks)
    uuid = url.rsplit("article_", 1)[-1].split(".")[0]
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "url": url, "headline": headline, "description": summary,
          "datePublished": published, "dateModified": published, "author": [{"@type": "Person", "name": author}],
          "publisher": {"@type": "Organization", "name": "Cedar County Courier", "logo": {"@type": "ImageObject", "url": "https://bloximages.example/cedarcountycourier.example/content/tncms/custom/image/logo.png"}},
          "isAccessibleForFree": False}
    dl = ""
    if datalayer:
        dl = script_json("dataLayer = window.dataLayer || []; dataLayer.push(", {
            "townnews.product.software": "BLOX", "townnews.product.version": "1.74.3",
            "townnews.document.type": "article", "townnews.document.uuid": uuid,
            "townnews.document.section": section_path, "townnews.document.keywords": ",".join(tags),
            "townnews.document.byline": author, "townnews.document.premium": "true"}, ");")
    tag_html = "".join(f'<li><a href="/search/?tncms_csrf_token=&amp;f=html&amp;t=article&amp;l=25&amp;s=start_time&amp;sd=desc&amp;k%5B%5D=%23{slug(t)}" class="btn btn-sm btn-default">{esc(t)}</a></li>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-US" class="fontawesome-i2svg-active">
<head>
<meta charset="utf-8">
<title>{esc(headline)} | {esc(kicker) + ' | ' if kicker else ''}cedarcountycourier.example</title>
<meta name="description" content="{att(summary)}">
<meta name="author" content="{att(author)}">
<meta property="og:type" content="article"><meta property="og:url" content="{att(url)}"><meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(summary)}"><meta property="og:site_name" content="Cedar County Courier">
<meta property="og:image" content="https://bloximages.example/cedarcountycourier.example/content/tncms/assets/v3/editorial/{uuid[:1]}/{uuid[:2]}/{uuid}/6641f2a8c1d3e.image.jpg?crop=1763%2C926%2C0%2C124&amp;resize=1200%2C630&amp;order=crop%2Cresize">
<meta property="article:published_time" content="{published}">
<meta name="tncms-access-version" content="1.74.3">
<link rel="canonical" href="{att(url)}">
{jsonld(ld)}
{dl}
<link rel="stylesheet" href="https://bloximages.example/cedarcountycourier.example/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/resources/styles/bootstrap.min.css">
</head>
<body class="fixed-nav-enabled section-{section_path.replace('/', '-')} asset-type-article">
<div id="site-container"><header id="site-header" class="hidden-print"><div class="container"><div id="site-top-nav"><a href="/users/login/" class="tnt-user-login">Log In</a> <a href="/users/signup/" class="btn btn-primary">Subscribe</a></div>
<div class="navbar-brand"><a href="/" title="Cedar County Courier"><img src="https://bloximages.example/cedarcountycourier.example/content/tncms/custom/image/logo.png" alt="Cedar County Courier"></a></div>
<nav id="main-nav"><ul class="nav navbar-nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/lifestyles/">Lifestyles</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/eedition/">e-Edition</a></li></ul></nav></div></header>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8 col-lg-8">
<article itemscope itemtype="http://schema.org/NewsArticle" class="asset">
<header class="asset-header"><div class="meta">{f'<span class="kicker"><a href="/{section_path}/">{esc(kicker)}</a></span>' if kicker else ''}</div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">{esc(headline)}</span></h1>
<h2 class="subhead"><span>{esc(summary)}</span></h2>
<ul class="list-inline"><li><span class="tnt-byline"><a href="/users/profile/{slug(author)}" rel="author">{esc(author)}</a></span>{'<span class="tnt-byline-title"> ' + esc(byline_title) + '</span>' if byline_title else ''}</li>
<li><ul class="list-inline"><li><time datetime="{published}" class="tnt-date asset-date text-muted">{esc(shown)}</time></li></ul></li></ul>
<div class="share-container content-above"><div class="share-container"><ul class="list-inline tnt-share"><li class="share-facebook"><a href="#" class="btn btn-link">Facebook</a></li><li class="share-twitter"><a href="#" class="btn btn-link">Twitter</a></li><li class="share-email"><a href="#" class="btn btn-link">Email</a></li><li class="share-print"><a href="#" class="btn btn-link">Print</a></li><li class="share-save"><a href="#" class="btn btn-link">Save</a></li></ul></div></div></header>
<div class="asset-photo"><figure class="photo layout-horizontal"><img src="https://bloximages.example/cedarcountycourier.example/content/tncms/assets/v3/editorial/{uuid}/photo.jpg?resize=750%2C500" alt="{att(caption)}"><figcaption class="caption-container"><div class="caption-text"><p>{esc(caption)}</p></div></figcaption></figure></div>
<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
<div class="subscriber-preview"></div>
<div class="lee-article-text">
{body}
</div></div>
<div class="asset-tagline"><p><strong>Be the first to know</strong></p><p>Get local news delivered to your inbox!</p><form><input type="email" placeholder="Email Address"><button class="btn btn-primary">Sign up!</button></form></div>
<div class="asset-tags"><ul class="list-inline">{tag_html}</ul></div>
<div id="asset-comments" class="asset-comments"><h3>Comments</h3><p>Welcome to the discussion.</p><p>Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language. PLEASE TURN OFF YOUR CAPS LOCK. Don't Threaten. Threats of harming another person will not be tolerated. Be Truthful. Don't knowingly lie about anyone or anything. Be Nice. No racism, sexism or any sort of -ism that is degrading to another person. Be Proactive. Use the 'Report' link on each comment to let us know of abusive posts. Share with Us. We'd love to hear eyewitness accounts, the history behind an article.</p></div>
</article></div>
<div class="col-md-4 col-lg-4"><aside id="tncms-region-article_instory_top"><div class="card-panel"><h3 class="block-title">Trending Now</h3><ol><li><a href="/news/local/man-arrested-after-standoff-on-county-road-14/article_e9a1.html">Man arrested after standoff on County Road 14</a></li><li><a href="/news/local/new-grocery-store-opens-in-north-cedar/article_7b22.html">New grocery store opens in north Cedar</a></li></ol></div></aside></div>
</div></div>
<footer id="site-footer"><div class="container"><p>Cedar County Courier, 401 E. Second St., Cedar Falls. Phone: (555) 010-2200</p><ul class="list-inline"><li><a href="/site/terms.html">Terms of Use</a></li><li><a href="/site/privacy.html">Privacy Policy</a></li><li><a href="/site/contact.html">Contact Us</a></li></ul><p>© Copyright 2024 Cedar County Courier, 401 E. Second St. Cedar Falls | Terms of Use | Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.com.</p></div></footer>
</div>
</body>
</html>"""


# -------------------------------------------------- a German news weekly online (data-area attributes)
def kompass(*, url, kicker, headline, teaser, author_line, published, shown, paragraphs, inserts=None, marks=None,
            caption="", label=None, channel="politik", forum=None):
    tpl = ('<div data-sara-click-el="body_element" data-area="text_block"><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap mb-24">'
           '<p>{t}</p></div></div>')
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": f"{kicker}: {headline}", "description": teaser,
          "datePublished": published, "dateModified": published, "mainEntityOfPage": url, "inLanguage": "de-DE",
          "author": [{"@type": "Person", "name": author_line.split("von ")[-1]}],
          "publisher": {"@type": "Organization", "name": "DER KOMPASS", "logo": {"@type": "ImageObject", "url": "https://cdn.kompass.example/public/kompass/logo.png"}},
          "isAccessibleForFree": True}
    lab = f'<span class="text-primary-base dark:text-dm-primary-base font-sansUI font-bold text-s" data-label="type">{esc(label)}</span> ' if label else ""
    return f"""<!DOCTYPE html>
<html lang="de" data-theme="light">
<head>
<meta charset="utf-8">
<title>{esc(kicker)}: {esc(headline)} - DER KOMPASS</title>
<meta name="description" content="{att(teaser)}">
<meta name="robots" content="index, follow, noarchive, max-snippet:-1, max-image-preview:large, max-video-preview:-1">
<meta property="og:title" content="{att(kicker)}: {att(headline)}"><meta property="og:description" content="{att(teaser)}"><meta property="og:url" content="{att(url)}"><meta property="og:type" content="article"><meta property="og:site_name" content="DER KOMPASS">
<meta property="og:image" content="https://cdn.kompass.example/images/{slug(headline)[:8]}-0001-0002-0000-000001234567_w1200_r1.778_fpx44.98_fpy50.jpg">
<meta name="date" content="{published}"><meta name="last-modified" content="{published}">
<link rel="canonical" href="{att(url)}">
{jsonld(ld)}
<script>window.KOMPASS = window.KOMPASS || {{}}; window.KOMPASS.dataLayer = {{"channel":"{channel}","contentType":"article","paywall":"none","articleId":"{url.rsplit('-a-', 1)[-1]}"}};</script>
</head>
<body class="bg-white dark:bg-black">
<div id="page"><header data-area="header" class="relative"><a href="#Inhalt" class="sr-only">Zum Inhalt springen</a>
<a href="https://www.kompass.example/" title="DER KOMPASS" class="text-black"><svg viewBox="0 0 220 30"><title>DER KOMPASS</title></svg></a>
<nav data-area="navigation_bar"><a href="/schlagzeilen/">Schlagzeilen</a><a href="/politik/">Politik</a><a href="/meinung/">Meinung</a><a href="/wirtschaft/">Wirtschaft</a><a href="/panorama/">Panorama</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a><a href="/wissenschaft/">Wissenschaft</a></nav>
<a href="https://gruppenkonto.kompass.example/anmelden.html" data-sara-click-el="top_bar">Anmelden</a><a href="/abonnement/" class="bg-primary-base">Abo</a></header>
<main id="Inhalt"><article aria-label="{att(headline)}" data-area="article">
<header data-area="intro" class="lg:w-8/12 md:w-10/12 lg:mx-auto"><div class="text-shade-dark font-sansUI text-s">{lab}</div>
<h2 class="font-brandUI font-extrabold lg:text-6xl"><span class="text-primary-base dark:text-dm-primary-base font-sansUI font-bold text-xl block mb-12">{esc(kicker)}</span><span class="align-middle">{esc(headline)}</span></h2>
<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l lg:mb-32 md:mb-32 sm:mb-24">{esc(teaser)}</div>
<div class="font-sansUI lg:text-base md:text-base sm:text-s text-shade-dark"><span>{esc(author_line)}</span></div>
<div class="font-sansUI text-shade-dark text-s mt-8"><time datetime="{published}" class="timeformat">{esc(shown)}</time></div>
<div data-area="social_bar"><button data-sara-click-el="share">Artikel teilen</button><a href="#kommentare" data-sara-click-el="comments">{esc(str(forum)) if forum else ''} Kommentare</a><button>Merken</button></div></header>
<figure data-area="image" class="relative"><picture><img src="https://cdn.kompass.example/images/{slug(headline)[:8]}-0001_w948_r1.77_fpx44.98_fpy50.jpg" alt="{att(caption)}" title="{att(caption)}" width="948" height="533"></picture><figcaption class="font-sansUI text-shade-dark text-s"><p>{esc(caption)}</p></figcaption></figure>
<section class="relative" data-area="body"><div data-area="text_block">
{body}
</div></section>
<section data-area="related_articles"><h3>Mehr zum Thema</h3><ul><li><a href="/politik/deutschland/schuldenbremse-was-die-reform-bringen-wuerde-a-3f2b8c0d-2e6a-4a5e-9f1c-5b0e7c2d1a44">Schuldenbremse: Was die Reform bringen würde</a></li><li><a href="/wirtschaft/soziales/kommunen-kassenlage-a-9d0c2a1b-7e6f-4c3d-8b2a-1f0e9d8c7b6a">Kommunen: So schlecht ist die Kassenlage</a></li></ul></section>
<section id="kommentare" data-area="forum"><h3>Diskutieren Sie mit</h3><p>Die Kommentarfunktion ist für diesen Artikel geöffnet. Bitte beachten Sie unsere Netiquette.</p><button>Forum öffnen</button></section>
</article></main>
<footer data-area="footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz-spiegel-a-1234567.html">Datenschutz</a></li><li><a href="/nutzungsbedingungen">Nutzungsbedingungen</a></li><li><a href="/kontakt">Kontakt</a></li><li><a href="/hilfe/">Hilfe</a></li></ul><p>© DER KOMPASS GmbH &amp; Co. KG</p></footer></div>
</body></html>"""


# -------------------------------------------------- a German weekly's online news desk
def woche(*, url, kicker, headline, summary, source, published, shown, ressort, paragraphs, inserts=None, marks=None,
          caption="", keywords=()):
    tpl = '<p class="paragraph article__item">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": f"{kicker}: {headline}", "description": summary, "datePublished": published, "dateModified": published,
          "articleSection": ressort, "keywords": ", ".join(keywords), "inLanguage": "de",
          "author": [{"@type": "Organization", "name": "WOCHE ONLINE"}],
          "publisher": {"@type": "Organization", "name": "DIE WOCHE", "url": "https://www.diewoche.example/"}}
    return f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(kicker)}: {esc(headline)} | WOCHE ONLINE</title>
<meta name="description" content="{att(summary)}"><meta name="keywords" content="{att(', '.join(keywords))}">
<meta property="og:site_name" content="DIE WOCHE"><meta property="og:type" content="article"><meta property="og:title" content="{att(kicker)}: {att(headline)}"><meta property="og:description" content="{att(summary)}"><meta property="og:url" content="{att(url)}">
<meta property="og:image" content="https://img.diewoche.example/{ressort.lower()}/2024-05/{slug(headline)[:16]}/wide__1300x731">
<link rel="canonical" href="{att(url)}">
{jsonld(ld)}
<script>window.Woche = window.Woche || {{}}; Woche.view = {{"ressort":"{ressort.lower()}","sub_ressort":"deutschland","type":"article","product_id":"woche","serie":"","access":"free"}};</script>
</head>
<body data-page-type="article">
<div class="page"><header class="header"><a class="header__skiplink" href="#main">Zum Inhalt springen</a><a class="header__logo" href="https://www.diewoche.example/index" title="WOCHE ONLINE"><svg viewBox="0 0 180 30"></svg></a>
<nav class="nav"><ul class="nav__ressorts-list"><li><a href="/politik/index">Politik</a></li><li><a href="/gesellschaft/index">Gesellschaft</a></li><li><a href="/wirtschaft/index">Wirtschaft</a></li><li><a href="/kultur/index">Kultur</a></li><li><a href="/wissen/index">Wissen</a></li><li><a href="/sport/index">Sport</a></li></ul></nav>
<a class="header__abo" href="https://abo.diewoche.example/">Abo</a><a class="header__login" href="https://meine.diewoche.example/anmelden">Anmelden</a></header>
<main id="main" class="main main--article"><article class="article article--padded" id="js-article">
<header class="article-header"><h1 class="article-heading"><span class="article-heading__kicker">{esc(kicker)}</span><span class="visually-hidden">: </span><span class="article-heading__title">{esc(headline)}</span></h1>
<div class="summary">{esc(summary)}</div>
<div class="metadata"><span class="metadata__source">Quelle: {esc(source)}</span><time class="metadata__date" datetime="{published}">{esc(shown)}</time><a class="metadata__commentcount" href="#comments">152 Kommentare</a></div></header>
<figure class="article__media article__item"><div class="article__media-container"><img class="article__media-item" src="https://img.diewoche.example/{ressort.lower()}/2024-05/{slug(headline)[:16]}/wide__820x461" alt="{att(caption)}"></div><figcaption class="figure__caption"><span class="figure__text">{esc(caption)}</span> <span class="figure__copyright">© Lena Holtkamp/dpa</span></figcaption></figure>
<div class="article-body article-body--article">
{body}
</div>
<div class="article-tags"><h4 class="article-tags__title">Schlagwörter</h4><ul class="article-tags__list">{''.join(f'<li><a class="article-tags__link" href="/thema/{slug(k)}">{esc(k)}</a></li>' for k in keywords)}</ul></div>
<aside class="article-toc"><h3>Mehr zum Thema</h3><ul><li><a href="/politik/deutschland/2024-05/bundeshaushalt-2025-sparplaene">Bundeshaushalt 2025: Wo die Regierung sparen will</a></li></ul></aside>
</article>
<section id="comments" class="comment-section"><h3 class="comment-section__headline">Kommentare</h3><p>Ihre Meinung ist uns wichtig. Bitte melden Sie sich an, um zu kommentieren.</p></section>
</main>
<footer class="footer"><ul><li><a href="/impressum/index">Impressum</a></li><li><a href="/hilfe/index">Hilfe und Kontakt</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li></ul><p>© DIE WOCHE Verlag</p></footer></div>
</body></html>"""


# -------------------------------------------------- a Paris evening daily (Idées / Tribune)
def quotidien(*, url, breadcrumb, headline, desc, author_line, author_desc, published, shown, kicker, section_meta,
              paragraphs, inserts=None, marks=None, caption="", subscribers=True):
    tpl = '<p class="article__paragraph ">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "description": desc,
          "datePublished": published, "dateModified": published, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "articleSection": section_meta, "inLanguage": "fr-FR",
          "author": [{"@type": "Person", "name": author_line}],
          "publisher": {"@type": "Organization", "name": "Le Quotidien", "logo": {"@type": "ImageObject", "url": "https://www.lequotidien.example/bucket/logo.png"}},
          "isAccessibleForFree": not subscribers}
    lock = '<p class="article__status"><span class="icon__premium"></span><span>Article réservé aux abonnés</span></p>' if subscribers else ""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>{esc(headline)}</title>
<meta name="description" content="{att(desc)}">
<meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(desc)}"><meta property="og:type" content="article"><meta property="og:url" content="{att(url)}"><meta property="og:site_name" content="Le Quotidien.fr">
<meta property="og:article:section" content="{att(section_meta)}"><meta property="og:article:published_time" content="{published}">
<meta property="og:image" content="https://img.lequotidien.example/{slug(headline)[:10]}/1200/630/0/75/0/0/0/0/50/50/1a2b3c4d5e6f.jpg">
<link rel="canonical" href="{att(url)}">
{jsonld(ld)}
<script>var lmd = lmd || {{}}; lmd.context = {{"page":{{"type":"article","section":"{att(section_meta)}","restricted":{str(subscribers).lower()}}}}};</script>
</head>
<body class="article-page">
<header class="Header"><a class="Header__logo" href="https://www.lequotidien.example/" title="Le Quotidien.fr - Actualités et Infos en France et dans le monde"><svg viewBox="0 0 200 40"></svg></a>
<nav class="Nav"><ul><li><a href="/international/">International</a></li><li><a href="/politique/">Politique</a></li><li><a href="/societe/">Société</a></li><li><a href="/economie/">Économie</a></li><li><a href="/idees/">Idées</a></li><li><a href="/culture/">Culture</a></li><li><a href="/sport/">Sport</a></li></ul></nav>
<a class="Header__subscribe" href="/abonnement/">S’abonner</a><a class="Header__login" href="https://secure.lequotidien.example/sfuser/connexion">Se connecter</a></header>
<main class="article article--content"><section class="zone zone--article">
<ul class="breadcrumb"><li class="breadcrumb__parent"><a href="/{breadcrumb[1]}/">{esc(breadcrumb[0])}</a></li></ul>
{f'<span class="article__kicker">{esc(kicker)}</span>' if kicker else ''}
<h1 class="article__title">{esc(headline)}</h1>
<p class="article__desc">{esc(desc)}</p>
<section class="article__meta"><span class="author__detail"><span class="author__name">{esc(author_line)}</span></span>
{f'<p class="article__author-description">{esc(author_desc)}</p>' if author_desc else ''}
<span class="meta__date meta__date--header">{esc(shown)}</span>{lock}</section>
<div class="article__reading-time"><span>Temps de Lecture 3 min.</span></div>
<section class="services"><button class="services__share">Partager</button><button class="services__offer">Offrir cet article</button><button class="services__save">Ajouter à vos sélections</button></section>
<figure class="article__media"><img src="https://img.lequotidien.example/{slug(headline)[:10]}/664/0/1500/0/50/50/1a2b3c4d5e6f.jpg" alt="{att(caption)}"><figcaption class="article__legend">{esc(caption)}</figcaption></figure>
<article class="article__content old__article-content-single">
{body}
</article>
<footer class="article__footer-single"><section class="article__siblings"><h3>Newsletter</h3><p>« La lettre des idées » Chaque samedi, une sélection d’analyses, de tribunes et de débats. <a href="/newsletters/">S’inscrire</a></p></section>
<section class="article__reactions"><h3>Contribuer</h3><p>Réutiliser ce contenu</p></section></footer>
</section></main>
<footer class="Footer"><ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/charte-groupe/">Charte du groupe</a></li><li><a href="/confidentialite/">Politique de confidentialité</a></li><li><a href="/cgv/">Conditions générales</a></li><li><a href="/aide/">Aide (FAQ)</a></li></ul><p>Le Quotidien - Tous droits réservés</p></footer>
</body></html>"""


# -------------------------------------------------- a Paris morning daily (fig- classes)
def messager(*, url, headline, standfirst, byline, published, shown, section, page_section, paragraphs, inserts=None,
             marks=None, caption="", topics=()):
    tpl = '<p class="fig-paragraph">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "description": standfirst,
          "datePublished": published, "dateModified": published, "articleSection": section, "inLanguage": "fr",
          "mainEntityOfPage": url, "author": [{"@type": "Organization", "name": "Le Messager"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Le Messager"}}
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{esc(headline)}</title>
<meta name="description" content="{att(standfirst)}">
<meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(standfirst)}"><meta property="og:type" content="article"><meta property="og:url" content="{att(url)}"><meta property="og:site_name" content="Le Messager">
<link rel="canonical" href="{att(url)}">
{jsonld(ld)}
<script>var tc_vars = {{"page_section":"{page_section}","page_type":"article","page_access":"gratuit","page_author":{json.dumps(byline)}}};</script>
</head><body class="fig-page fig-page--article">
<header class="fig-header"><a href="https://www.lemessager.example/" class="fig-header__logo" title="Le Messager - Actualité en direct et informations en continu"><svg viewBox="0 0 160 36"></svg></a>
<nav class="fig-nav"><a href="/politique">Politique</a><a href="/international">International</a><a href="/actualite-france">Société</a><a href="/economie">Économie</a><a href="/vox">Vox</a><a href="/sports">Sport</a><a href="/culture">Culture</a></nav>
<a class="fig-header__subscribe" href="/abonnement">S'abonner</a><a class="fig-header__login" href="https://connect.lemessager.example/login">Connexion</a></header>
<main class="fig-main"><article class="fig-main-col">
<nav class="fig-breadcrumb"><a href="/">Accueil</a> <a href="/{page_section}">{esc(section)}</a></nav>
<h1 class="fig-headline">{esc(headline)}</h1>
<p class="fig-standfirst">{esc(standfirst)}</p>
<div class="fig-content-metas"><span class="fig-content-metas__author">{esc(byline)}</span><span class="fig-content-metas__pub-date"><time datetime="{published}">{esc(shown)}</time></span></div>
<div class="fig-social-share"><button>Copier le lien</button><button>Partager</button><a href="#fig-comments">Commenter</a><button>Sauvegarder</button></div>
<figure class="fig-media"><img src="https://i.lemessager.example/{slug(headline)[:12]}.jpg" alt="{att(caption)}"><figcaption class="fig-media__legend">{esc(caption)}</figcaption></figure>
<div class="fig-body">
{body}
</div>
<div class="fig-tags"><span>Sujets</span>{''.join(f'<a href="/sujet/{slug(t)}">{esc(t)}</a>' for t in topics)}</div>
<section id="fig-comments" class="fig-comments"><h3>Commentaires</h3><p>Participez à la conversation. Les commentaires sont réservés aux abonnés.</p></section>
</article></main>
<footer class="fig-footer"><a href="/mentions-legales">Mentions légales</a> <a href="/cgu">CGU</a> <a href="/donnees-personnelles">Données personnelles</a> <a href="/cookies">Cookies</a><p>© Le Messager 2024</p></footer>
</body></html>"""


# -------------------------------------------------- a Madrid daily (a_ classes, DTM data layer)
def faro(*, url, kicker, headline, subtitle, author, location, published, shown, section, section_href, paragraphs,
         inserts=None, marks=None, caption="", tags=(), author_bio=None):
    tpl = "<p>{t}</p>"
    body = render(paragraphs, tpl, inserts, marks)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "description": subtitle,
          "datePublished": published, "dateModified": published, "articleSection": section, "inLanguage": "es",
          "mainEntityOfPage": url, "author": [{"@type": "Person", "name": author}], "keywords": list(tags),
          "isAccessibleForFree": False,
          "publisher": {"@type": "Organization", "name": "El Faro Diario", "logo": {"@type": "ImageObject", "url": "https://static.elfarodiario.example/dist/resources/images/logos/primary/el-faro.png"}}}
    dtm = {"primaryCategory": section_href.strip("/").split("/")[0], "articleTitle": headline, "author": author,
           "contentType": "articulo", "publisher": "elfarodiario", "language": "es", "tags": list(tags)}
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>{esc(headline)} | {esc(section)} | EL FARO</title>
<meta name="description" content="{att(subtitle)}"><meta name="author" content="{att(author)}">
<meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(subtitle)}"><meta property="og:type" content="article"><meta property="og:url" content="{att(url)}"><meta property="og:site_name" content="El Faro Diario">
<meta property="article:section" content="{att(section)}"><meta property="article:published_time" content="{published}">
<link rel="canonical" href="{att(url)}">
{jsonld(ld)}
{script_json("var DTM = DTM || {}; DTM.pageDataLayer = ", dtm)}
</head><body class="a-page">
<header class="_g _g-md _g-lg"><a href="https://elfarodiario.example/" class="_df" aria-label="EL FARO"><svg viewBox="0 0 210 40"></svg></a>
<nav class="sm _df"><a href="/internacional/">Internacional</a><a href="/opinion/">Opinión</a><a href="/espana/">España</a><a href="/economia/">Economía</a><a href="/sociedad/">Sociedad</a><a href="/cultura/">Cultura</a><a href="/deportes/">Deportes</a></nav>
<a href="https://suscripciones.elfarodiario.example/" class="_btn">Suscríbete</a><a href="/subscriptions/signin" class="_btn">Iniciar sesión</a></header>
<main id="main-content"><article class="a _g _g-lg _g-o">
<header class="a_e _cf"><div class="a_k"><a href="{att(section_href)}">{esc(kicker)}</a></div>
<div class="a_e_txt _df"><h1 class="a_t">{esc(headline)}</h1><h2 class="a_st">{esc(subtitle)}</h2></div>
<figure class="a_m a_m-h"><img src="https://imagenes.elfarodiario.example/resizer/v2/{slug(headline)[:14]}.jpg?auth=8f1c&amp;width=1200" alt="{att(caption)}"><figcaption class="a_m_p">{esc(caption)}</figcaption></figure></header>
<div class="a_md _cf"><div class="a_md_a"><div class="a_md_a_n"><a href="/autor/{slug(author)}/" class="a_md_a_n_l">{esc(author)}</a></div></div>
<div class="a_md_f"><span>{esc(location)}</span> - <a href="/hemeroteca/{published[:10]}/" data-date="{published}">{esc(shown)}</a></div>
<div class="a_md_sh"><button>Compartir en Whatsapp</button><button>Compartir en Facebook</button><button>Compartir en Twitter</button><a href="#comentarios">Comentarios</a></div></div>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{body}
</div>
{f'<div class="a_ei">{inline(author_bio)}</div>' if author_bio else ''}
<div class="a_sc"><p class="a_sc_t">Suscríbete para seguir leyendo</p><p>Lee sin límites</p><a href="https://suscripciones.elfarodiario.example/">Seguir leyendo</a></div>
<div class="a_tp"><h3>Archivado En</h3><ul>{''.join(f'<li><a href="/noticias/{slug(t)}/">{esc(t)}</a></li>' for t in tags)}</ul></div>
<div id="comentarios" class="a_com"><h3>Comentarios</h3><p>Normas</p><p>Más información</p></div>
</article></main>
<footer class="_g"><ul><li><a href="/quienes-somos/">Quiénes somos</a></li><li><a href="/aviso-legal/">Aviso legal</a></li><li><a href="/politica-privacidad/">Política de privacidad</a></li><li><a href="/politica-cookies/">Política cookies</a></li><li><a href="/contacto/">Contacto</a></li></ul><p>© EDICIONES EL FARO, S.L.</p></footer>
</body></html>"""


# -------------------------------------------------- a Milan daily
def gazzetta(*, url, label, headline, subtitle, author, published, shown, paragraphs, inserts=None, marks=None,
             caption="", section_var=None):
    tpl = '<p class="chapter-paragraph">{t}</p>'
    body = render(paragraphs, tpl, inserts, marks)
    utag = f'<script>var utag_data = {{"page_type":"article","page_section":"{section_var}","page_author":{json.dumps(author)}}};</script>' if section_var else ""
    return f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="UTF-8">
<title>{esc(headline)} | Gazzetta Nazionale</title>
<meta name="description" content="{att(subtitle)}">
<meta property="og:title" content="{att(headline)}"><meta property="og:description" content="{att(subtitle)}"><meta property="og:url" content="{att(url)}"><meta property="og:type" content="article"><meta property="og:site_name" content="Gazzetta Nazionale">
<meta property="og:image" content="https://images2.gazzettanazionale.example/{slug(headline)[:10]}/xl.jpg">
<meta name="author" content="{att(author)}">
<link rel="canonical" href="{att(url)}">
{utag}
</head><body>
<header class="header-main"><div class="bck-header"><a href="https://www.gazzettanazionale.example/" class="logo" title="Gazzetta Nazionale"><img src="https://www.gazzettanazionale.example/img/logo-gazzetta.svg" alt="Gazzetta Nazionale"></a></div>
<nav class="nav-main"><ul><li><a href="/politica/">Politica</a></li><li><a href="/cronache/">Cronache</a></li><li><a href="/economia/">Economia</a></li><li><a href="/esteri/">Esteri</a></li><li><a href="/opinioni/">Opinioni</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/sport/">Sport</a></li></ul></nav>
<a class="btn-subscribe" href="https://abbonamenti.gazzettanazionale.example/">Abbonati</a><a class="btn-login" href="https://login.gazzettanazionale.example/">Accedi</a></header>
<main class="container"><article class="article-wrapper">
<div class="article-kicker"><span class="kicker">{esc(label)}</span></div>
<h1 class="title-art-hp is-large">{esc(headline)}</h1>
<h2 class="subtitle-art">{esc(subtitle)}</h2>
<div class="article-info"><p class="writer"><span class="writer__by">di </span><span class="writer__name">{esc(author)}</span></p><p class="is-last-update" datetime="{published}">{esc(shown)}</p></div>
<div class="social-bar"><a class="social-facebook" href="#">Facebook</a><a class="social-whatsapp" href="#">WhatsApp</a><a class="social-x" href="#">X</a><a class="social-mail" href="#">Mail</a></div>
<div class="media-news"><img src="https://images2.gazzettanazionale.example/{slug(headline)[:10]}/large.jpg" alt="{att(caption)}"><p class="media-news__caption">{esc(caption)}</p></div>
<div class="content-article">
{body}
</div>
<div class="box-newsletter"><p class="box-newsletter__title">Iscriviti alle newsletter di Gazzetta Nazionale</p><p>Le notizie più importanti ogni mattina nella tua casella di posta.</p><a href="/newsletter/">Iscriviti</a></div>
<p class="article-date-footer">{esc(shown)} (modifica il {esc(shown)})</p>
<p class="copyright-article">© RIPRODUZIONE RISERVATA</p>
</article>
<aside class="right-column"><div class="box-ultime"><h3>Ultime notizie</h3><ul><li><a href="/cronache/24_aprile_18/incidente-a4-tir-coda.shtml">Incidente sull'A4, tir ribaltato: 8 km di coda</a></li><li><a href="/sport/24_aprile_18/serie-a-anticipi.shtml">Serie A, gli anticipi del weekend</a></li></ul></div></aside></main>
<footer class="footer"><p>Copyright 2024 © Gazzetta Nazionale Editori S.p.A. Tutti i diritti sono riservati. Per la pubblicità: Gazzetta Pubblicità S.p.A.</p><p>Gazzetta Nazionale Editori S.p.A. - Sede legale: via Solferino, 28 - 20121 Milano | Partita IVA 12086540155</p><ul><li><a href="/privacy/">Privacy</a></li><li><a href="/cookie-policy/">Cookie policy</a></li><li><a href="/note-legali/">Note legali</a></li></ul></footer>
</body></html>"""


# ====================================================================== pages
# ---------------------------------------------------------------- New York broadsheet
_p = [
    ("For eleven years I ran a 25-bed hospital in a county of 9,000 people in western Kansas. We delivered babies, set arms broken in harvest accidents and kept heart attack patients alive long enough to get them onto a helicopter to Wichita. Last fall, our board voted to close the labor and delivery unit. I cast the deciding vote.", NO),
    ("I want to explain why, because the explanation is not the one you usually hear. It was not greed, and it was not mismanagement, though we surely made our share of mistakes. It was arithmetic, and the arithmetic was written in Washington.", O),
    ("Rural hospitals are paid for most of their patients by Medicare and Medicaid, at rates set with large urban systems in mind. A delivery that cost us roughly $9,000, counting the obstetrician on call around the clock and the nurses who must be there whether or not anyone is in labor, was reimbursed by the state's Medicaid program at about $4,100. We did about 80 deliveries a year.", NO),
    ("Since 2010, more than 140 rural hospitals have closed or stopped providing inpatient care, according to researchers at the University of North Carolina, and hundreds more have quietly shut their maternity wards. Those closures rarely make the national news, because the people they affect are not, by and large, the people the national news is written for.", NO),
    ("Congress has had an easy answer available for years: pay low-volume rural hospitals for being ready, not just for what they do. A fire department is not paid per fire. We fund it because we want it there when the house catches. Standby obstetric care two hours from the nearest alternative is the same kind of public good.", O),
    ("Instead, we get pilot programs. The latest, announced with some fanfare last spring, offers a handful of hospitals a fixed annual budget in exchange for meeting a long list of quality targets. We applied. Eight months later we were told we lacked the administrative staff to meet the reporting requirements. I laughed when I read that letter; I did not know what else to do.", O),
    ("The women in our county now drive 110 miles to give birth. Some of them will not make it in time. One already has not: in January a young mother delivered in the cab of her husband's pickup on Highway 83, with a state trooper talking them through it on the phone. Mother and baby are fine. Next time they may not be.", NO),
    ("I do not regret my vote; the alternative was to close the whole hospital within two years. What I regret is that it was the right vote. A country that can find the money for almost anything should be able to find it for this.", O),
]
add("nyl_guest_essay_rural_maternity", "op_ed", O, "en",
    "https://www.nyledger.example/2024/03/14/opinion/rural-hospitals-maternity-closures.html", _p,
    ledger(url="https://www.nyledger.example/2024/03/14/opinion/rural-hospitals-maternity-closures.html",
           headline="I Voted to Close Our Hospital’s Maternity Ward. Washington Made Sure I Had To.",
           description="Rural hospitals are being squeezed out of delivering babies, and the fix has been sitting in plain sight for years.",
           author="Gail Hendricks", published="2024-03-14T05:00:11-04:00", shown="March 14, 2024, 5:00 a.m. ET",
           section="Opinion", cg="opinion", pst="Guest Essay", kicker="Guest Essay",
           kicker_href="https://www.nyledger.example/section/opinion/contributors", paragraphs=_p, split=(3, 6),
           marks={3: [("according to researchers at the University of North Carolina", "https://www.shepscenter.example/programs-projects/rural-health/rural-hospital-closures/")]},
           caption="A closed labor and delivery wing in western Kansas.", credit="Illustration by Mara Quist/The New York Ledger; photograph by Tom Reyes",
           bio="Gail Hendricks was the chief executive of Prairie View Regional Hospital in Alder Springs, Kan., from 2012 to 2023.",
           opinion_tail=True, print_line="A version of this article appears in print on March 15, 2024, Section A, Page 22 of the New York edition with the headline: Washington Closed Our Maternity Ward.",
           keywords=("Hospitals", "Rural Areas", "Pregnancy and Childbirth", "Medicaid", "Kansas"), comments=612,
           more=(("The Supreme Court Is About to Decide Who Counts as a Worker", "https://www.nyledger.example/2024/03/13/opinion/supreme-court-gig-workers.html"),
                 ("I Teach Eighth Grade. Here’s What I Want Parents to Know About Phones.", "https://www.nyledger.example/2024/03/12/opinion/phones-school-teacher.html"))))

_p = [
    ("Tenants in three buildings on the Grand Concourse ended an 11-month rent strike on Tuesday after their landlord agreed to freeze rents for two years and make repairs that residents had demanded since before the pandemic, according to a settlement filed in Bronx Housing Court.", N),
    ("The agreement, reached after weeks of negotiations overseen by a court-appointed mediator, covers about 230 apartments owned by Castellan Property Group, a company that has bought more than 40 rent-stabilized buildings in the Bronx since 2019.", N),
    ("Under its terms, Castellan will replace the buildings' boilers by October, fix leaking roofs and remove lead paint from apartments where children under 6 live. Tenants who withheld rent will pay 60 percent of what they owe, and the rest will be forgiven.", N),
    ("“We did not want to be on strike. We wanted heat,” said Marisol Quiñones, 54, a home health aide who has lived in one of the buildings for 22 years and helped organize the strike. “For two winters my grandchildren did their homework in their coats.”", N),
    ("A spokesman for Castellan, Evan Lindqvist, said in a statement that the company was “pleased to have resolved this matter” and had “invested significantly in these properties since acquiring them.” He declined to answer questions about the timeline for repairs.", N),
    ("Rent strikes remain relatively rare in New York, and tenant lawyers say they carry real risks, since landlords can move to evict residents who stop paying. But organizers in the Bronx have increasingly turned to them as city housing inspectors struggle with a backlog of complaints. The city's Department of Housing Preservation and Development logged more than 8,000 heat complaints at the three buildings over the past five years, records show.", N),
    ("City Council member Rafael Ortega, whose district includes the buildings, called the settlement “a model” and said he would introduce legislation requiring landlords to set aside money for major repairs when they buy rent-stabilized properties.", N),
]
add("nyl_report_bronx_rent_strike", "report", N, "en",
    "https://www.nyledger.example/2024/04/23/nyregion/bronx-rent-strike-settlement.html", _p,
    ledger(url="https://www.nyledger.example/2024/04/23/nyregion/bronx-rent-strike-settlement.html",
           headline="Bronx Tenants End 11-Month Rent Strike With a Two-Year Freeze",
           description="Residents of three Grand Concourse buildings withheld rent over broken boilers and leaking roofs. Their landlord agreed to repairs and a rent freeze.",
           author="Daniel Okonkwo", published="2024-04-23T18:42:05-04:00", shown="April 23, 2024, 6:42 p.m. ET",
           section="New York", cg="nyregion", pst="News", summary="Residents of three Grand Concourse buildings withheld rent over broken boilers and leaking roofs. Their landlord agreed to repairs and a rent freeze.",
           paragraphs=_p, split=(4,), caption="Marisol Quiñones, one of the strike’s organizers, outside her building on the Grand Concourse.",
           credit="Amir Haddad for The New York Ledger", keywords=("Rent Strikes", "Bronx (NYC)", "Landlords", "Housing and Real Estate"),
           print_line="A version of this article appears in print on April 24, 2024, Section A, Page 19 of the New York edition with the headline: Bronx Tenants End Strike With Rent Freeze.",
           more=(("Subway Crime Fell in March. Riders Are Not Convinced.", "https://www.nyledger.example/2024/04/22/nyregion/subway-crime-march.html"),)))

_p = [
    ("When Gov. Dana Whitlock of Michigan signed a law last year requiring that half of new cars sold in the state be electric by 2032, her advisers expected a fight with the auto industry. They did not expect that, a year later, the law would become the central issue in the race to succeed her.", N),
    ("Yet that is where the contest stands. Both Republican candidates have promised to repeal the requirement on their first day in office, and the Democratic front-runner, Attorney General Paul Ferrante, has spent much of the past month explaining which parts of it he would keep.", N),
    ("The shift says as much about the electric vehicle market as about Michigan politics. Sales of electric cars grew by about 7 percent nationally last year, far below the pace automakers projected in 2022, and two of the three Detroit companies have delayed new battery plants.", N),
    ("For Democrats, the timing is awkward. The law was designed in part to give Michigan's factories a guaranteed home market for the vehicles they were being asked to build. But a mandate that looked like industrial policy in a boom now looks, to many voters, like a bet placed too early.", NO),
    ("“People here are not against electric cars. They are against being told,” said Sharon Kowalczyk, a Democratic county chair in Macomb County, who said she had heard the complaint at nearly every event she had attended this spring.", N),
    ("Republicans are betting that the issue can carry them in suburbs that have drifted away from the party. Recent polling suggests it might: a survey by Great Lakes Research in April found that 54 percent of likely voters favored repealing the law, including a third of Democrats.", N),
    ("Still, the election is five months away, and gas prices, which have climbed for six straight weeks, could scramble the calculation. If they keep rising, the case for cars that do not need gasoline may sound less like a mandate and more like a promise — which is exactly what Mr. Ferrante's campaign is hoping.", NO),
]
add("nyl_news_analysis_michigan_ev", "analysis", N, "en",
    "https://www.nyledger.example/2024/06/02/us/politics/michigan-governor-electric-vehicles.html", _p,
    ledger(url="https://www.nyledger.example/2024/06/02/us/politics/michigan-governor-electric-vehicles.html",
           headline="In Michigan, a Governor’s Race Turns Into a Vote on Electric Cars",
           description="A law meant to secure the state’s place in the auto industry’s future has become a liability for the Democrats who passed it.",
           author="Rebecca Thornbury", published="2024-06-02T07:00:32-04:00", shown="June 2, 2024, 7:00 a.m. ET",
           section="U.S.", cg="us", pst="News Analysis", kicker="news analysis", kicker_href="https://www.nyledger.example/section/us/politics",
           paragraphs=_p, split=(4,), caption="An electric vehicle charging station at a dealership in Sterling Heights, Mich.",
           credit="Emily Rhodes for The New York Ledger", keywords=("Electric and Hybrid Vehicles", "Michigan", "Elections, Governors"),
           print_line="A version of this article appears in print on June 3, 2024, Section A, Page 14 of the New York edition with the headline: A Race for Governor Becomes a Vote on E.V.s.",
           more=(("Automakers Slow Their Electric Plans as Sales Cool", "https://www.nyledger.example/2024/05/30/business/electric-vehicle-sales.html"),)))


# ---------------------------------------------------------------- Washington broadsheet
_p = [
    ("Three years ago, the city council in my Maryland suburb voted to ban gas-powered leaf blowers. You would have thought they had banned Thanksgiving.", O),
    ("The public hearing ran past midnight. A landscaper warned that his crews would need twice as long to clear a yard. A resident who introduced himself as a retired engineer presented a slide deck arguing that rakes cause more back injuries than blowers cause hearing loss. Someone called it, without apparent irony, “the most important vote this council will ever take.”", NO),
    ("The ban took effect in January 2023. I have now lived through two full autumns under it, and I can report the following: The leaves still fall. They are still removed. And on Saturday mornings, for the first time since I moved here, I can hear the birds.", O),
    ("The numbers are less poetic but point the same way. A commercial gas blower emits as much smog-forming pollution in an hour as driving a car more than 1,000 miles, according to California's air regulators, and its two-stroke engine is loud enough at close range to damage the hearing of the people who run it all day. Those people, it bears saying, are rarely the ones who show up at public hearings.", NO),
    ("The landscapers adapted faster than anyone predicted. Most bought battery blowers, helped by a city rebate of up to $500 per machine. Jorge Padilla, who runs a six-person crew, told me his costs went up in the first year and down in the second, because he no longer buys gasoline. “My guys like it,” he said. “They can talk to each other now.”", NO),
    ("None of this means every town should copy us tomorrow. Battery equipment is still more expensive, and rural properties with acres of lawn are not quarter-acre lots. But the apocalyptic predictions deserve to be remembered the next time a small, sensible rule is described as the end of the world. They almost always are. They almost never are.", O),
    ("I still rake my own leaves, badly. My neighbor still uses a blower — a quiet one. We are both, I suspect, happier than we expected to be.", O),
]
add("cp_column_leaf_blowers", "column", O, "en",
    "https://www.capitalpost.example/opinions/2024/05/02/leaf-blower-ban-maryland-suburb/", _p,
    capital(url="https://www.capitalpost.example/opinions/2024/05/02/leaf-blower-ban-maryland-suburb/",
            headline="My town banned leaf blowers. Civilization survived.",
            description="The predictions were apocalyptic. Two autumns later, the leaves are gone and the birds are back.",
            author="Martin Ebersole", role="Columnist", published="2024-05-02T06:00:00-04:00", shown="May 2, 2024 at 6:00 a.m. EDT",
            section_path="opinions", kicker="Opinion", kicker_note="A point of view on an issue, based on the author’s interpretation of facts and data.",
            byline_prefix="Opinion by", paragraphs=_p, caption="A landscaper uses a battery-powered leaf blower in Takoma Park, Md. (Carla Jiménez/The Capital Post)",
            comments=1843, follow="Follow Martin Ebersole",
            more_title="Popular opinions articles",
            more=(("Opinion: Biden’s student loan plan is a gift to the wrong people", "https://www.capitalpost.example/opinions/2024/05/01/student-loans-forgiveness-plan/"),
                  ("Opinion: The Nationals’ rebuild is finally paying off", "https://www.capitalpost.example/opinions/2024/04/30/nationals-rebuild-young-players/"))))

_p = [
    ("The U.S. economy added 175,000 jobs in April, the Labor Department said Friday, fewer than economists had expected and the smallest monthly gain in six months. The unemployment rate ticked up to 3.9 percent.", N),
    ("On its face, that is the kind of number the Federal Reserve has been waiting for. Policymakers have said for months that they need to see the labor market cool before they can be confident inflation is heading back to their 2 percent target, and they left interest rates unchanged at their meeting this week.", N),
    ("But a single month of data is a thin reed. Monthly payroll figures are estimated from a survey of employers and are routinely revised by tens of thousands of jobs; the February figure was revised down by 34,000 on Friday.", N),
    ("Wage growth may matter more to the Fed than the headline number. Average hourly earnings rose 3.9 percent from a year earlier, the slowest pace since mid-2021, a sign that the pressure on employers to raise pay is easing.", N),
    ("Several economists cautioned against reading too much into the slowdown. “This is a normalization, not a deterioration,” said Priya Raman, chief economist at the consulting firm Lakeshore Advisors. “Employers are still hiring. They are just not hiring in a panic the way they were in 2022.”", N),
    ("Others pointed to softer spots beneath the surface. Hiring was concentrated in health care and government, while temporary-help employment, often an early signal of trouble, fell for the fifth straight month.", N),
    ("Markets took the report as good news. Treasury yields fell, and futures traders raised their bets that the Fed will cut rates by September. Whether that bet pays off depends on the next two jobs reports — and on inflation figures that, so far this year, have refused to cooperate.", NO),
]
add("cp_analysis_jobs_report", "analysis", N, "en",
    "https://www.capitalpost.example/business/2024/05/03/jobs-report-april-fed-rates/", _p,
    capital(url="https://www.capitalpost.example/business/2024/05/03/jobs-report-april-fed-rates/",
            headline="The job market is cooling. Here’s what that does and doesn’t mean for rates.",
            description="Employers added 175,000 jobs in April, the fewest in six months, and wage growth slowed.",
            author="Lauren Feld", role="Economics correspondent", published="2024-05-03T12:14:00-04:00", shown="May 3, 2024 at 12:14 p.m. EDT",
            section_path="business", kicker="Analysis", kicker_note="Interpretation of the news based on evidence, including data, as well as anticipating how events might unfold based on past events",
            byline_prefix="Analysis by", paragraphs=_p, caption="A help-wanted sign in a restaurant window in Arlington, Va. (Jahi Chikwendiu/The Capital Post)",
            comments=402, more_title="Most Read Business",
            more=(("Mortgage rates climb to highest level since November", "https://www.capitalpost.example/business/2024/05/02/mortgage-rates-may/"),)))

_p = [
    ("The Arlington County Board on Saturday approved a plan that would let developers convert vacant office buildings into apartments without going through the county's lengthy site plan process, a change officials said could add as many as 2,000 homes over the next decade.", N),
    ("The measure passed 4-1 after a five-hour hearing. Board member Elena Marsh cast the lone vote against it, saying she worried the conversions would not include enough affordable units.", N),
    ("About a quarter of the office space in Arlington is empty, according to county figures, much of it in Rosslyn and Crystal City, where federal agencies and contractors have shrunk their footprints since the pandemic.", N),
    ("Under the new rules, converted buildings must set aside 10 percent of units for households earning no more than 60 percent of the area median income, which for a family of four is about $92,000 a year. Developers who meet that requirement can receive approval from county staff within 90 days.", N),
    ("“We have buildings sitting empty and people who cannot afford to live here. This lets us solve both problems at once,” said board chair Nathan Ochoa.", N),
    ("Several residents urged the board to go further, while others warned that the conversions would strain schools in neighborhoods already near capacity. Representatives of a regional apartment industry group said the set-aside could make some projects financially unworkable.", N),
    ("Conversions have proved difficult elsewhere. Office buildings often have deep floor plates that leave interior apartments without windows, and rerouting plumbing can cost more than building new. Only a handful of projects in the District have been completed under a similar program launched in 2022.", N),
]
add("cp_report_arlington_office_conversions", "report", N, "en",
    "https://www.capitalpost.example/dc-md-va/2024/05/18/arlington-office-to-housing-conversions/", _p,
    capital(url="https://www.capitalpost.example/dc-md-va/2024/05/18/arlington-office-to-housing-conversions/",
            headline="Arlington clears the way for empty offices to become apartments",
            description="The county board approved a faster approval process for office-to-residential conversions.",
            author="Teresa Vukovich", role="Reporter covering Northern Virginia", published="2024-05-18T19:31:00-04:00", shown="May 18, 2024 at 7:31 p.m. EDT",
            section_path="dc-md-va", kicker="Virginia", kicker_note="Local news from Virginia",
            byline_prefix="By", paragraphs=_p, caption="Office towers in Rosslyn, where vacancy rates have climbed since 2020. (Craig Hudson/The Capital Post)",
            comments=96, more_title="More from Local",
            more=(("Metro to add late-night service on weekends starting in June", "https://www.capitalpost.example/transportation/2024/05/17/metro-late-night-weekend/"),)))


# ---------------------------------------------------------------- London liberal daily
_MV = (("Live: Labour promises 1.5m homes as manifesto launched", "https://www.theclarion.example/politics/live/2024/jun/13/labour-manifesto-launch-live"),
       ("‘A wasted decade’: the towns the recovery forgot", "https://www.theclarion.example/uk-news/2024/jun/12/towns-recovery-forgot"),
       ("Heatwave warning issued for south-east England", "https://www.theclarion.example/uk-news/2024/jun/13/heatwave-warning-south-east"))
_p = [
    ("Every country has a national sport that it pretends not to play. Ours is complaining about the trains, and this week we were handed a fresh set of fixtures.", O),
    ("The regulator's annual figures, published on Tuesday, showed that just 61% of trains on the worst-performing intercity line arrived within a minute of schedule last year, and that cancellations across the network reached their highest level since records began in 2014.", NO),
    ("The response from ministers was as predictable as a Sunday replacement bus service. It was, we were told, a matter for the operators. The operators, in turn, pointed to Network Rail, which pointed to the weather, which declined to comment.", O),
    ("It is tempting to treat all this as comedy, and British commuters are very good at the grim joke. But the state of the railways is not really a punchline. It is a confession: of three decades in which governments of both colours preferred to manage decline rather than pay for renewal.", O),
    ("Consider the signalling. Much of the network still runs on equipment installed in the 1960s and 70s, and Network Rail's own plans assume that some of it will remain in service into the 2040s. When it fails, as ageing kit does, whole routes stop.", NO),
    ("None of this is cheap to fix, and I do not pretend that it is. But every year we put it off, it becomes more expensive, and the people who pay are not the ministers who make the decision. They are the nurse in Darlington who cannot get to her shift, and the firm in Hull that quietly decides not to expand.", O),
    ("There is a train I take most weeks that has not once, in two years, arrived on time. I have started to find it almost comforting, like a relative whose failings you have long since forgiven. That is precisely the problem. We have learned to expect so little that we no longer notice how much we have lost.", O),
]
add("clarion_cif_trains_confession", "column", O, "en",
    "https://www.theclarion.example/commentisfree/2024/jun/13/britain-trains-cancellations-railways-decline", _p,
    clarion(url="https://www.theclarion.example/commentisfree/2024/jun/13/britain-trains-cancellations-railways-decline",
            headline="Britain’s trains aren’t a joke. They’re a confession",
            standfirst="Record cancellations are what you get after 30 years of governments choosing to manage decline instead of paying for renewal",
            author="Hannah Kerslake", published="2024-06-13T06:00:12.000Z", shown="Thu 13 Jun 2024 07.00 BST",
            section="commentisfree", section_name="Opinion", pillar="opinion", tone="Comment", design="CommentDesign",
            paragraphs=_p, inserts={4: '<figure id="rich-link-1" data-spacefinder-role="richLink" class="dcr-1ohrsb8"><aside class="dcr-173mewl"><a href="https://www.theclarion.example/business/2024/jun/11/rail-operators-cancellations-record"><span class="dcr-1x6ydc8">Rail cancellations hit record high as regulator warns on reliability</span><span class="dcr-dxmkz0">Read more</span></a></aside></figure>'},
            caption="Passengers wait for delayed services at King’s Cross station in London. Photograph: Hollie Adams/Reuters",
            bio="Hannah Kerslake is a Clarion columnist",
            topics=(("Rail transport", "uk/railways"), ("Transport", "uk/transport"), ("Infrastructure", "business/infrastructure"), ("comment", "tone/comment")),
            comments=1204, most_viewed=_MV))

_p = [
    ("There are 34 children's hospices in England, caring for children with life-limiting conditions and their families, often for years rather than weeks.", NO),
    ("Their work is little understood and rarely discussed. It includes care at the end of life, but also respite breaks that allow exhausted parents to sleep through a night, support for brothers and sisters, and specialist nursing at home. For many families, a hospice is the only service that treats their child as a whole person rather than a list of conditions.", NO),
    ("Yet on average only a fifth of their funding comes from the state. The rest is raised through charity shops, fun runs and legacies. A £25m grant was confirmed this week for one more year – welcome, but announced so late that several hospices had already cut services.", NO),
    ("This is no way to fund care that the NHS would otherwise have to provide, at greater cost, in hospital beds. It is a false economy, and an unkind one. Hospice chief executives should not have to spend the spring wondering whether they can keep their nurses until the autumn.", O),
    ("Ministers say that funding decisions are for integrated care boards, the local bodies that commission health services. But the boards' contributions vary wildly, from generous to almost nothing, depending on where a family happens to live. That is a postcode lottery of the most painful kind.", O),
    ("The answer is not complicated. Children's palliative care should be funded through a multi-year settlement, with a national minimum that every integrated care board must meet. Charity will always have a place; it should be the icing, not the cake.", O),
    ("Nobody who has visited a children's hospice forgets it. The government should make sure that it is remembered when the spending review comes round.", O),
]
add("clarion_editorial_childrens_hospices", "editorial", O, "en",
    "https://www.theclarion.example/commentisfree/2024/apr/19/the-clarion-view-on-childrens-hospices-care-should-not-depend-on-bake-sales", _p,
    clarion(url="https://www.theclarion.example/commentisfree/2024/apr/19/the-clarion-view-on-childrens-hospices-care-should-not-depend-on-bake-sales",
            headline="The Clarion view on children’s hospices: care should not depend on bake sales",
            standfirst="Editorial: Families of seriously ill children rely on hospices that are funded year to year, and too often by chance",
            author="Editorial", published="2024-04-19T17:30:00.000Z", shown="Fri 19 Apr 2024 18.30 BST",
            section="commentisfree", section_name="Opinion", pillar="opinion", tone="Editorials", design="EditorialDesign",
            paragraphs=_p, caption="‘For many families, a hospice is the only service that treats their child as a whole person.’ Photograph: Christopher Thomond/The Clarion",
            series=("The Clarion view", "profile/editorial"),
            topics=(("Hospices", "society/hospices"), ("Children", "society/children"), ("NHS", "society/nhs"), ("editorials", "tone/editorials")),
            comments=None, most_viewed=_MV))

_p = [
    ("There is a shot about twenty minutes into Low Tide, the second feature from the Irish director Niamh Carroway, that is so beautiful it almost stops the film: a woman in a yellow oilskin walking out across wet sand at dusk, her reflection trailing behind her like a second, reluctant self.", O),
    ("The woman is Róisín (Aoife Brennan), a marine biologist who returns to the Donegal village where she grew up after her father, a fisherman, is lost at sea. She is there, officially, to settle his affairs. Unofficially, she wants to know why he went out in weather no sensible skipper would have touched.", NO),
    ("Brennan is very good, all coiled silence and sudden, disconcerting laughter, and she gets strong support from Ciarán Duffy as the brother who stayed behind and resents her for leaving. Their scenes together have a lived-in prickliness that the rest of the film never quite matches.", O),
    ("The trouble is the script, which Carroway co-wrote with the novelist Peter Lowry, and which seems terrified that we might miss a single theme. Grief, guilt, the decline of the fishing industry and the collapse of the North Atlantic's fish stocks are all present and correct, and each is underlined twice.", O),
    ("By the final act, when a long-buried secret surfaces with the punctuality of a ferry timetable, the film's considerable atmosphere has been squeezed out by its obligations.", O),
    ("Still, there is real talent here, and the cinematographer Tomás Kiely deserves to be snapped up by someone with a bigger budget. Low Tide is worth seeing for its faces and its weather. Just don't expect it to surprise you.", O),
    ("Low Tide is in UK and Irish cinemas from 7 June.", N),
]
add("clarion_review_film_low_tide", "review", O, "en",
    "https://www.theclarion.example/film/2024/jun/05/low-tide-review-aoife-brennan-donegal-drama", _p,
    clarion(url="https://www.theclarion.example/film/2024/jun/05/low-tide-review-aoife-brennan-donegal-drama",
            headline="Low Tide review – handsome Donegal drama forgets to breathe",
            standfirst="Aoife Brennan is superb as a scientist searching for the truth about her father’s death, but an overstuffed script sinks the mood",
            author="Peter Ashdown", published="2024-06-05T14:00:00.000Z", shown="Wed 5 Jun 2024 15.00 BST",
            section="film", section_name="Film", pillar="culture", tone="Reviews", design="ReviewDesign", rating=3,
            paragraphs=_p, marks={0: [("Low Tide", "<em>")], 5: [("Low Tide", "<em>")], 6: [("Low Tide", "<em>")]},
            caption="Aoife Brennan as Róisín in Low Tide. Photograph: Kinetic Films",
            topics=(("Film", "film/film"), ("Drama films", "film/drama"), ("Irish film", "film/irish-film"), ("reviews", "tone/reviews")),
            comments=38, most_viewed=_MV))

_p = [
    ("The number of wild Atlantic salmon returning to rivers in England has fallen to the lowest level since records began, according to figures published by the Environment Agency on Tuesday.", N),
    ("An estimated 11,500 adult salmon returned to English rivers in 2023, a fall of 18% on the previous year and less than a third of the average in the early 1990s. Of 42 principal salmon rivers in England, 37 were classed as “at risk” or “probably at risk”.", N),
    ("The agency said the causes were complex, including warmer seas that reduce the fish's food supply, barriers such as weirs that block migration, and poor water quality from agricultural runoff and sewage.", N),
    ("“Salmon are a barometer of the health of our rivers and seas, and the barometer is pointing to storm,” said Dr Kate Ellwood, the agency's head of fisheries. “We are doing what we can, but no single measure will turn this around.”", N),
    ("The Angling Trust called the figures a “national disgrace” and urged ministers to make water companies pay for river restoration. A spokesperson for the water industry's trade body said companies were investing a record £11bn over the next five years to reduce discharges from storm overflows.", N),
    ("The Department for Environment, Food and Rural Affairs said it was “taking action to protect salmon”, including a ban on netting in most estuaries that came into force in 2019.", N),
    ("Wild salmon were added to the International Union for Conservation of Nature's red list as endangered in Great Britain in December.", N),
]
add("clarion_report_salmon_record_low", "report", N, "en",
    "https://www.theclarion.example/environment/2024/jun/04/wild-salmon-england-rivers-lowest-level-on-record", _p,
    clarion(url="https://www.theclarion.example/environment/2024/jun/04/wild-salmon-england-rivers-lowest-level-on-record",
            headline="Wild salmon in England’s rivers fall to lowest level on record",
            standfirst="Environment Agency figures show 11,500 fish returned in 2023, less than a third of the level in the early 1990s",
            author="Tom Aldridge", published="2024-06-04T10:15:00.000Z", shown="Tue 4 Jun 2024 11.15 BST",
            section="environment", section_name="Environment", pillar="news", tone="News", design="ArticleDesign",
            paragraphs=_p, caption="A salmon leaps at a weir on the River Tyne. Photograph: Owen Humphreys/PA",
            topics=(("Fish", "environment/fish"), ("Rivers", "environment/rivers"), ("Wildlife", "environment/wildlife"), ("Water", "environment/water")),
            comments=None, most_viewed=_MV))

_p = [
    ("Germany's three-party coalition has spent much of its two and a half years in office arguing about money, but this week's row over the 2025 budget has been unusually bitter, even by its own standards.", N),
    ("At the centre of the dispute is the debt brake, a rule written into the constitution in 2009 that limits the federal government's structural deficit to 0.35% of GDP. The finance minister, whose liberal party sees the rule as a badge of fiscal honesty, has refused to countenance any further exemptions.", N),
    ("His coalition partners, the Social Democrats and the Greens, argue that the rule has become a straitjacket at a moment when Germany needs to spend heavily on defence, railways and the energy transition all at once.", N),
    ("The arithmetic is unforgiving. Finance ministry officials estimate a gap of about €25bn in next year's budget, and the constitutional court ruled last November that the government could not repurpose €60bn of unused pandemic credit for climate projects.", N),
    ("Economists are divided. The Bundesbank has cautiously suggested the rule could be loosened for investment, while a leading Munich economic institute warned that doing so would undermine trust in German public finances.", N),
    ("Politically, the stakes are highest for the smallest party. The liberals are polling at about 5%, the threshold for entering parliament, and see fiscal discipline as their last distinctive message. Giving ground could cost them what remains of their voters; refusing could cost them the government.", NO),
    ("The chancellor has so far tried to stay above the fray. That approach may not survive the summer. The cabinet is due to approve a draft budget in early July, and all three parties have said, in almost identical words, that they will not be the ones to blink.", NO),
]
add("clarion_analysis_german_debt_brake", "analysis", N, "en",
    "https://www.theclarion.example/world/2024/jun/07/germany-coalition-debt-brake-budget-row-analysis", _p,
    clarion(url="https://www.theclarion.example/world/2024/jun/07/germany-coalition-debt-brake-budget-row-analysis",
            headline="Why Germany’s coalition cannot stop fighting over the debt brake",
            standfirst="A constitutional limit on borrowing has become the fault line of a government that needs to spend on everything at once",
            author="Katrin Vogler", published="2024-06-07T15:48:00.000Z", shown="Fri 7 Jun 2024 16.48 BST",
            section="world", section_name="Germany", pillar="news", tone="Analysis", design="AnalysisDesign",
            paragraphs=_p, caption="The Reichstag building in Berlin. Photograph: Michael Sohn/AP",
            series=("Analysis", "tone/analysis"),
            topics=(("Germany", "world/germany"), ("Europe", "world/europe-news"), ("analysis", "tone/analysis")),
            comments=None, most_viewed=_MV))


# ---------------------------------------------------------------- London conservative daily
_p = [
    ("Miriam Tolley's fourth novel opens, as so many English novels seem to these days, with a funeral in the rain. It is a sign of her confidence that she lets the scene run for nearly 30 pages before anyone says anything that matters.", O),
    ("The dead man is Gerald Ashby, a Herefordshire fruit farmer who leaves his three adult children an orchard, a mountain of debt and a letter to be opened only when they agree on what to do with the land. They do not agree. They have not agreed on anything since 1987.", NO),
    ("What follows is a family saga of the unfashionable kind, long and patient and largely uninterested in twists. Tolley cares far more about the way siblings rehearse the same arguments for decades, each of them word-perfect in a part they never auditioned for.", O),
    ("The middle sister, Clare, a solicitor who has spent her life being the sensible one, is the novel's great achievement. Her resentment is so precisely observed that it is almost uncomfortable to read, and her single act of rebellion, two thirds of the way through, is both funny and quietly devastating.", O),
    ("There are longueurs. A subplot about a property developer feels imported from a more conventional book, and the brother's chapters, narrated in a jaunty first person, never quite earn their place.", O),
    ("But the ending, when it comes, is earned in a way few family novels manage. I finished it and went straight back to the first chapter, which is the highest compliment I know how to pay.", O),
    ("The Orchard House is published by Fig Tree at £18.99", N),
]
add("despatch_review_book_orchard_house", "review", O, "en",
    "https://www.dailydespatch.example/books/what-to-read/the-orchard-house-miriam-tolley-review/", _p,
    despatch(url="https://www.dailydespatch.example/books/what-to-read/the-orchard-house-miriam-tolley-review/",
             headline="The Orchard House by Miriam Tolley review: a slow-burning family saga that earns its ending",
             standfirst="Three siblings, one orchard and four decades of grudges make for an unfashionably patient novel – and a quietly devastating one",
             author="Caroline Pettigrew", role="Fiction Critic", published="2024-05-25T07:00:00+01:00", shown="25 May 2024 • 7:00am",
             section_name="Books", channel="books", subchannel="what-to-read", rating=4, ld_section="Books",
             paragraphs=_p, marks={6: [("The Orchard House", "<em>")]},
             inserts={"end": '<p><strong>To order your copy for £16.99, call 0844 871 1514 or visit <a href="https://books.dailydespatch.example/products/the-orchard-house">Despatch Books</a></strong></p>'},
             caption="Miriam Tolley’s fourth novel is set on a Herefordshire fruit farm Credit: Alamy",
             related=(("Books", "/books/"), ("Fiction", "/books/fiction/"), ("Book reviews", "/books/what-to-read/"))))

_p = [
    ("Households in six areas of England face council tax rises of up to 10 per cent from April after the Government allowed struggling councils to break the cap on increases.", N),
    ("The Local Government Secretary approved requests from six councils, including Ashbridge and Castleford, to raise bills by more than the usual 4.99 per cent limit without holding a local referendum.", N),
    ("The average Band D bill in Ashbridge will rise by £198 to £2,180, the largest cash increase in the country.", N),
    ("Councils blamed soaring costs for adult social care, children's services and temporary accommodation for homeless families, which together now account for nearly two thirds of spending at many authorities.", N),
    ("Ashbridge declared itself effectively bankrupt last year, issuing a so-called section 114 notice after a £40 million hole opened up in its accounts, partly as a result of failed commercial property investments.", N),
    ("The TaxPayers' Alliance said residents were “being made to pay for the mistakes of town hall bosses”. A Local Government Association spokesman said councils faced “an unprecedented financial crisis” and that tax rises alone would not fill the gap.", N),
    ("A spokesman for the Department for Levelling Up said: “We have been clear that council tax payers should not be asked to pay more than necessary, and these increases come with strict conditions.”", N),
]
add("despatch_report_council_tax_cap", "report", N, "en",
    "https://www.dailydespatch.example/news/2024/02/08/council-tax-rise-ten-per-cent-six-councils/", _p,
    despatch(url="https://www.dailydespatch.example/news/2024/02/08/council-tax-rise-ten-per-cent-six-councils/",
             headline="Council tax to rise by up to 10pc in six areas",
             standfirst="Struggling councils given permission to break cap on bills without holding referendum",
             author="Edward Lyle", role="Political Correspondent", published="2024-02-08T19:12:00+00:00", shown="8 February 2024 • 7:12pm",
             section_name="Politics", channel="news", subchannel="politics", premium=False,
             paragraphs=_p, caption="The average Band D bill in Ashbridge will rise by £198 Credit: Peter Byrne/PA",
             related=(("Council tax", "/council-tax/"), ("Local government", "/politics/local-government/"))))


# ---------------------------------------------------------------- London establishment daily
_p = [
    ("There is a university in the north of England — I will spare its blushes — that has spent more on new buildings in the past decade than on its library since the Second World War. It has a rooftop terrace. It has a “wellbeing pod”. What it no longer has is a department of modern languages.", O),
    ("This is not an isolated folly. Since tuition fees in England rose to £9,000 in 2012, universities have borrowed heavily to compete for students, betting that shiny campuses would win the fight for applicants. Sector borrowing has roughly doubled over the period, according to the Office for Students, to more than £12 billion.", NO),
    ("The bet made a certain sense while fees were rising and overseas students were arriving in ever greater numbers. Neither is true any longer. Fees have been frozen at £9,250 since 2017, which in real terms amounts to a cut of about a quarter, and international applications have fallen sharply since the government restricted the right of postgraduate students to bring family members.", NO),
    ("So the bill has come due, and universities are paying it in the only currency they have left: staff. More than forty institutions are running redundancy programmes. The cuts fall, with grim predictability, on subjects that do not fill lecture halls: languages, music, classics, philosophy.", NO),
    ("Vice-chancellors will tell you, with some justice, that they are the victims of a funding system nobody designed on purpose. But nobody forced them to build the rooftop terrace. The sector spent the good years behaving as if they would never end, and it is now asking students and taxpayers to cover the difference.", O),
    ("There is an honest conversation to be had about how many universities England needs, what they are for and who should pay for them. Neither party seems keen to start it before the election. In the meantime, the wellbeing pods will stay open. The German department will not.", O),
]
add("courant_column_universities_buildings", "column", O, "en",
    "https://www.thecourant.example/article/universities-rooftop-terraces-cuts-languages-k7xq2m9pl", _p,
    courant(url="https://www.thecourant.example/article/universities-rooftop-terraces-cuts-languages-k7xq2m9pl",
            headline="Universities built rooftop terraces and cut German",
            standfirst="A decade of borrowing for shiny campuses has left the sector asking students and taxpayers to pick up the bill",
            author="Jonathan Rourke", role="", shown="Thursday March 14 2024, 5.00pm GMT, The Courant", published="2024-03-14T17:00:00Z",
            paragraphs=_p, caption="Construction at a university campus. Vice-chancellors borrowed heavily in the years of rising fees",
            related=(("Forty universities cutting jobs as finances worsen", "https://www.thecourant.example/article/universities-redundancies-finances-r4t8x2"),)))

_p = [
    ("Drivers on stretches of motorway in England could face permanent 60mph limits under plans to cut air pollution near homes and schools, The Courant can reveal.", N),
    ("National Highways is examining whether to extend limits introduced as a trial on 11 sections of the M1, M5 and M6 in 2019, which were designed to bring nitrogen dioxide levels within legal limits.", N),
    ("Internal documents seen by this newspaper show that officials believe the trial cut nitrogen dioxide concentrations by up to 14 per cent on the affected stretches, although they caution that the effect varied widely with weather and traffic.", N),
    ("The AA said that any permanent change would need to be “properly justified by evidence and clearly signed”, and warned that drivers were already confused by variable limits on smart motorways.", N),
    ("A National Highways spokeswoman said: “We are legally required to reduce nitrogen dioxide to within legal limits in the shortest possible time. No decisions have been taken.”", N),
    ("The Department for Transport said it had “no plans” for a blanket reduction in speed limits.", N),
]
add("courant_report_motorway_60mph", "report", N, "en",
    "https://www.thecourant.example/article/motorway-60mph-limits-pollution-national-highways-p2w9d4k7x", _p,
    courant(url="https://www.thecourant.example/article/motorway-60mph-limits-pollution-national-highways-p2w9d4k7x",
            headline="Motorway drivers face permanent 60mph limits to cut pollution",
            standfirst="Trial on stretches of the M1, M5 and M6 could be made permanent",
            author="Alice Pemberton", role="Transport Correspondent", shown="Saturday April 20 2024, 12.01am BST, The Courant", published="2024-04-19T23:01:00Z",
            paragraphs=_p, caption="The trial limits were introduced on 11 sections of motorway in 2019",
            related=(("Smart motorways: what drivers need to know", "https://www.thecourant.example/article/smart-motorways-explained-b7f2k9"),)))


# ---------------------------------------------------------------- London web-only daily
_p = [
    ("Last Tuesday I started my shift at 8am and finished it at 10.40pm. In between I saw 31 patients, certified two deaths, ate half a sandwich standing up and apologised, by my count, 19 times to people who had waited more than six hours in a corridor.", NO),
    ("For this I am paid £18.62 an hour, before tax. I know this because I worked it out on my phone on the bus home, which is not something I recommend doing at the end of a 14-hour shift.", NO),
    ("I am tired of hearing that doctors who strike are greedy. I went into medicine because I wanted to be useful, not rich, and I have never met a colleague who chose this job for the money. What we want is to be paid what the work is worth – and for the work to be survivable.", O),
    ("The figures are not really in dispute. Junior doctors' pay in England has fallen by more than a quarter in real terms since 2008, according to the British Medical Association, and the government's own pay review body has acknowledged the erosion.", NO),
    ("What is in dispute is whether anyone in government cares. Ministers have said for a year that the door is open, while making sure nobody walks through it. Each round of talks ends with the same press release, as if it had been written in advance. Perhaps it was.", O),
    ("Meanwhile, my friends are leaving. Of the 14 people I graduated with, four are now working in Australia, one in New Zealand and two have left medicine altogether. The NHS trained every one of them, at a cost of well over £200,000 each. It is a strange sort of economy that spends that money and then shows people the door.", O),
    ("I will be on the picket line on Thursday. I would much rather be on the ward.", O),
]
add("intel_voices_junior_doctor_strike", "op_ed", O, "en",
    "https://www.intelligencer.example/voices/junior-doctors-strike-pay-nhs-b2512345.html", _p,
    intelligencer(url="https://www.intelligencer.example/voices/junior-doctors-strike-pay-nhs-b2512345.html",
                  headline="I’m a junior doctor. Here’s what my 14-hour shift actually pays",
                  standfirst="Ministers say the door to talks is open while making sure nobody walks through it, writes Dr Amina Farouk",
                  author="Amina Farouk", published="2024-06-25T06:00:00+01:00", shown="Tuesday 25 June 2024 06:00 BST",
                  section="voices", section_label="Voices", paragraphs=_p,
                  inserts={3: '<div class="sc-1y3kt1r-0 newsletter-inline"><p><strong>Sign up to our free View from Westminster email for expert analysis straight to your inbox</strong></p><form><input type="email" placeholder="Enter your email address"><button>Sign up</button></form><p>I would like to be emailed about offers, events and updates from The Intelligencer. Read our <a href="/service/privacy-notice">privacy notice</a></p></div>'},
                  caption="Junior doctors on a picket line outside St Thomas’ Hospital in London (PA)",
                  read_more=(("Junior doctors announce five-day strike days before general election", "https://www.intelligencer.example/news/health/junior-doctors-strike-dates-b2510011.html"),),
                  topics=(("NHS", "/topic/nhs"), ("Junior doctors", "/topic/junior-doctors"), ("Strikes", "/topic/strikes"))))

_p = [
    ("Residents of a Lincolnshire village have been told they may not be able to return to their homes for weeks after a violent gust of wind tore the roofs off at least 14 houses on Sunday afternoon.", N),
    ("Witnesses in Hepworth-on-Trent described a roaring noise and a dark, funnel-shaped cloud moving across fields shortly before 3pm. Roof tiles, garden furniture and a trampoline were thrown across the main street, and a barn was destroyed.", N),
    ("No one was seriously injured, Lincolnshire Police said, although two people were treated for minor cuts.", N),
    ("“It sounded like a train coming straight through the house,” said Janet Hollis, 72, whose conservatory was lifted off its foundations. “I was in the kitchen and by the time I'd looked out of the window it was over.”", N),
    ("The Met Office said it was investigating whether the damage had been caused by a tornado. The UK records around 30 tornadoes a year, more per square mile than almost any other country, though most are weak and short-lived.", N),
    ("The district council said it had opened the village hall as a rest centre and was arranging temporary accommodation for five families.", N),
    ("Scaffolding firms began arriving on Monday morning to make the damaged roofs safe.", N),
]
add("intel_report_lincolnshire_gust", "report", N, "en",
    "https://www.intelligencer.example/news/uk/home-news/lincolnshire-tornado-roofs-village-b2512390.html", _p,
    intelligencer(url="https://www.intelligencer.example/news/uk/home-news/lincolnshire-tornado-roofs-village-b2512390.html",
                  headline="Suspected tornado rips roofs off 14 homes in Lincolnshire village",
                  standfirst="Families told they may be unable to return home for weeks after freak gust",
                  author="Sophie Brannigan", published="2024-10-06T18:20:00+01:00", shown="Sunday 06 October 2024 18:20 BST",
                  section="news/uk/home-news", section_label="UK", paragraphs=_p,
                  inserts={3: '<p><strong>Read more:</strong> <a href="/climate-change/news/storm-warning-met-office-b2512001.html">Met Office issues yellow wind warning for much of England</a></p>'},
                  caption="Damage to houses in Hepworth-on-Trent on Sunday (Lincolnshire Fire and Rescue)",
                  read_more=(("Met Office issues yellow wind warning for much of England", "https://www.intelligencer.example/climate-change/news/storm-warning-met-office-b2512001.html"),),
                  topics=(("Lincolnshire", "/topic/lincolnshire"), ("Weather", "/topic/weather"))))


# ---------------------------------------------------------------- US national daily
_p = [
    ("The screen swiveled toward me at the airport newsstand, and there they were: three buttons, 18%, 20% and 25%, for a bottle of water and a pack of gum I had carried to the counter myself.", NO),
    ("I pressed “No tip,” and the cashier, who had done nothing wrong, looked at me the way you'd look at someone who had just kicked a puppy. I felt like I had kicked a puppy. That is the whole point of the screen.", O),
    ("Tipping prompts have spread far beyond restaurants since the pandemic, when point-of-sale systems made them easy to add and customers were eager to support struggling workers. In a survey last year, 72% of Americans said tipping was expected in more places than it was five years earlier.", NO),
    ("Here is the uncomfortable truth: The screen is not for the worker. It is for the employer, who gets to pay less in wages and let guilt make up the difference. In most states, counter staff are paid the full minimum wage, and the tips, when they come, are a bonus the business didn't have to fund.", O),
    ("I'm not against tipping. I tip my barber generously and my server at the diner more generously still. But a tip is supposed to be a thank-you for service, not a toll for the privilege of paying.", O),
    ("So here is my modest proposal. Businesses that want their workers to earn more should pay them more and raise their prices accordingly. Customers can handle an honest price. What we can't handle is another iPad asking us to prove we're good people.", O),
]
add("nd_column_tipping_screens", "column", O, "en",
    "https://www.nationdaily.example/story/opinion/columnist/2024/02/20/tipping-culture-screens-too-much/72654321007/", _p,
    nationdaily(url="https://www.nationdaily.example/story/opinion/columnist/2024/02/20/tipping-culture-screens-too-much/72654321007/",
                headline="Tip screens want me to feel guilty. I refuse.",
                description="A tip is supposed to be a thank-you for service, not a toll for the privilege of paying.",
                author="Rex Holloway", role="Columnist", published="2024-02-20T05:01:00Z", shown="Published 5:01 a.m. ET Feb. 20, 2024",
                ssts="opinion/columnist", label="Opinion", paragraphs=_p,
                inserts={3: '<aside class="gnt_em gnt_em__el"><p class="gnt_em__el_t">More from Rex Holloway:</p><ul><li><a href="/story/opinion/columnist/2024/02/06/super-bowl-ticket-prices/72500921007/">Super Bowl tickets cost more than my first car. Who is this for?</a></li></ul></aside>'},
                caption="A tipping prompt on a payment screen at a coffee shop. Customers report seeing such prompts in more places.",
                bio="Rex Holloway is a columnist for NATION DAILY. Follow him on X, formerly Twitter: @rexholloway",
                end_note="You can read diverse opinions from our Board of Contributors and other writers on the Opinion front page, on X, formerly Twitter, @NDopinion and in our Opinion newsletter.",
                keywords=("tipping", "restaurants", "minimum wage")))

_p = [
    ("The Federal Aviation Administration on Wednesday ordered airlines to inspect about 300 Boeing 737 jets after a panel covering one of the engines came loose during a flight from Denver to Houston last month.", N),
    ("The agency's emergency directive requires operators to check the latches on the engine cowlings within 10 days. Airlines said they did not expect significant disruption to schedules.", N),
    ("The incident occurred on March 18 shortly after takeoff. Passengers reported hearing a loud bang, and photos posted on social media showed a section of the cowling flapping in the wind. The plane returned safely to Denver, and no one was injured.", N),
    ("“Safety is our top priority and we are complying fully with the directive,” United Airlines said in a statement.", N),
    ("Boeing said it was supporting the FAA and its customers. The manufacturer has faced intense scrutiny since a door plug blew off an Alaska Airlines jet in January.", N),
    ("The National Transportation Safety Board said it had opened an investigation.", N),
]
add("nd_report_faa_inspections", "report", N, "en",
    "https://www.nationdaily.example/story/travel/airline-news/2024/04/10/faa-orders-boeing-737-engine-cowling-inspections/73278813007/", _p,
    nationdaily(url="https://www.nationdaily.example/story/travel/airline-news/2024/04/10/faa-orders-boeing-737-engine-cowling-inspections/73278813007/",
                headline="FAA orders inspections of 300 Boeing jets after engine panel comes loose",
                description="The emergency directive gives airlines 10 days to check engine cowling latches on about 300 Boeing 737s.",
                author="Maria Lindqvist", role="NATION DAILY", published="2024-04-10T21:48:00Z", shown="Updated 5:48 p.m. ET April 10, 2024",
                ssts="travel/airline-news", label="Airline News", paragraphs=_p,
                caption="A Boeing 737 at Denver International Airport.", keywords=("FAA", "Boeing", "airlines")))


# ---------------------------------------------------------------- US cable news site
_p = [
    ("Last month, a neighbor called the police because my 9-year-old son was walking our dog around the block. Alone. In daylight. On a street where the most dangerous thing, as far as I can tell, is the mail truck.", NO),
    ("The officer who came to our door was kind and a little embarrassed. He told me there was no law against it, that he had to respond to every call, and that his own kids were probably doing the same thing at that moment. I thanked him and offered him a lemonade. He declined.", NO),
    ("I have thought a lot since then about what that call says about us. Children in the United States are safer from strangers than at almost any time in recorded history; violent crime against children has fallen sharply since the early 1990s, according to federal data. And yet we have never been more afraid to let them out of our sight.", O),
    ("The cost of that fear is real, even if it is harder to see. Pediatricians and psychologists have linked the decline of unsupervised play to rising anxiety among children, who never get the chance to solve small problems on their own before being handed large ones. A child who has never walked to a friend's house becomes a teenager who has never been trusted.", O),
    ("A handful of states, including Utah and Texas, have passed so-called free-range parenting laws clarifying that letting children walk to school or play in a park is not, on its own, neglect.", NO),
    ("Those laws are a start. But the real change has to happen on our streets, among neighbors. The next time you see a kid walking a dog, or riding a bike to the store, try waving instead of dialing. You might be surprised by how capable they are. I was.", O),
]
add("gnn_opinion_free_range_kids", "op_ed", O, "en",
    "https://www.gnn.example/2024/03/05/opinions/kids-walking-alone-police-free-range-whitfield/index.html", _p,
    gnn(url="https://www.gnn.example/2024/03/05/opinions/kids-walking-alone-police-free-range-whitfield/index.html",
        headline="Opinion: A neighbor called the police because my son walked the dog",
        description="We have never been more afraid to let children out of our sight, and they are paying for it, writes Dana Whitfield.",
        author="Dana Whitfield", published="2024-03-05T11:12:00Z", shown="6:12 AM EST, Tue March 5, 2024", section="opinions",
        paragraphs=_p, label="Opinion", byline_prefix="Opinion by",
        editor_note="Editor’s Note: Dana Whitfield is a writer and mother of three in Columbus, Ohio. The views expressed in this commentary are her own. Read more opinion on GNN.",
        inserts={3: '<div class="related-content related-content--article"><a href="/2024/02/12/health/kids-independence-anxiety-study/index.html"><span>Related article</span> <span>Kids who get more independence are less anxious, study finds</span></a></div>'},
        caption="A boy walks a dog on a residential street."))

_p = [
    ("Greek authorities ordered the evacuation of more than 20,000 people on the island of Chios on Tuesday as a wildfire fanned by gale-force winds spread toward villages and a popular beach resort.", N),
    ("More than 300 firefighters, supported by 11 water-dropping aircraft, were battling the blaze, which broke out in a pine forest in the island's south shortly after midnight, the fire service said.", N),
    ("Coast guard vessels and private boats evacuated about 1,200 tourists from beaches near the village of Lithi, according to the state broadcaster. No injuries had been reported by Tuesday evening.", N),
    ("“The wind is our enemy today,” Civil Protection Minister Nikos Varelas said in a televised briefing. “We are asking everyone to follow the instructions of the authorities and leave when told.”", N),
    ("Greece has suffered a series of destructive fires in recent summers. In 2023, a blaze in the northeastern region of Evros burned more than 90,000 hectares, the largest wildfire recorded in the European Union.", N),
    ("Scientists say the climate crisis is making heat waves longer and more intense in the Mediterranean, drying out vegetation and creating conditions in which fires spread faster.", N),
]
add("gnn_report_chios_wildfire", "report", N, "en",
    "https://www.gnn.example/2024/07/23/europe/greece-chios-wildfire-evacuations-intl/index.html", _p,
    gnn(url="https://www.gnn.example/2024/07/23/europe/greece-chios-wildfire-evacuations-intl/index.html",
        headline="Wildfire forces 20,000 to evacuate on Greek island of Chios",
        description="Greek authorities ordered mass evacuations on Chios as gale-force winds drove a wildfire toward villages and beaches.",
        author="Eleni Markou", published="2024-07-23T16:40:00Z", shown="12:40 PM EDT, Tue July 23, 2024", section="world",
        paragraphs=_p, dateline="Athens", caption="A firefighting plane drops water over a wildfire on Chios on Tuesday."))


# ---------------------------------------------------------------- US cable news site, right-leaning
_p = [
    ("Remember when Washington swore up and down that nobody was coming for your gas stove? That was 2023. Welcome to 2024, when the same people are coming for your backyard grill.", O),
    ("Last week, the Environmental Protection Agency quietly opened a comment period on proposed emissions standards for “outdoor cooking appliances,” a category that, as best anyone can tell, includes the propane grill on your deck and the smoker your brother-in-law won't stop talking about.", NO),
    ("The agency says the proposal is only a “preliminary step” and that no decisions have been made. We've heard that before. First it's a preliminary step, then it's a guidance document, and before you know it you need a permit to flip a burger on the Fourth of July.", O),
    ("This is what happens when unelected bureaucrats run out of big problems to solve. They start inventing small ones, and the small ones always seem to land in the kitchens and backyards of ordinary Americans who just want to be left alone.", O),
    ("According to the agency's own documents, outdoor grills account for a tiny fraction of nitrogen oxide emissions nationwide, far less than a single coal-fired power plant.", NO),
    ("Congress should make clear, now, that the EPA has no business regulating the family cookout. And Americans should make their voices heard during the comment period, which closes on July 15. Fire up the grill while you still can.", O),
]
add("eagle_opinion_epa_grills", "op_ed", O, "en",
    "https://www.eaglenews.example/opinion/epa-coming-for-your-backyard-grill", _p,
    eagle(url="https://www.eaglenews.example/opinion/epa-coming-for-your-backyard-grill",
          headline="First they came for your gas stove. Now the EPA wants your grill",
          description="Unelected bureaucrats have run out of big problems, so they are inventing small ones.",
          author="Brett Calloway", author_bio="Brett Calloway is a former congressional staffer and a senior fellow at the Liberty Hearth Institute.",
          published="2024-06-11T04:00:00-04:00", shown="June 11, 2024 4:00am EDT", section="opinion", eyebrow="Opinion",
          paragraphs=_p, category_isa="opinion",
          inserts={2: '<p><strong><a href="https://www.eaglenews.example/newsletters">CLICK HERE TO GET THE OPINION NEWSLETTER</a></strong></p>',
                   4: '<p><strong><a href="https://www.eaglenews.example/opinion/biden-regulations-small-business">BIDEN’S REGULATORY BLITZ IS CRUSHING SMALL BUSINESS</a></strong></p>',
                   "end": '<p><strong><a href="https://www.eaglenews.example/person/b/brett-calloway">CLICK HERE TO READ MORE FROM BRETT CALLOWAY</a></strong></p>'},
          caption="A man grills burgers at a Fourth of July party. (iStock)"))

_p = [
    ("A Florida fisherman was rescued Monday after spending nearly three days clinging to his capsized boat about 40 miles off the coast of Cape Canaveral, the U.S. Coast Guard said.", N),
    ("The man, identified by family members as 62-year-old Richard Tomlin of Titusville, had left Port Canaveral early Friday and was reported overdue by his wife when he failed to return that evening.", N),
    ("A Coast Guard aircrew spotted the overturned 22-foot vessel on Monday afternoon after searching more than 6,000 square miles of ocean, officials said. A helicopter crew hoisted Tomlin aboard and flew him to a hospital in Melbourne, where he was listed in stable condition.", N),
    ("“He is dehydrated and sunburned, but he's talking and he's asking for a cheeseburger, so we think he's going to be OK,” his daughter, Kayla Tomlin, told Eagle News Digital.", N),
    ("Coast Guard officials said Tomlin had been wearing a life jacket and had tied himself to the hull, which likely saved his life.", N),
    ("The cause of the capsizing is under investigation.", N),
]
add("eagle_report_fisherman_rescued", "report", N, "en",
    "https://www.eaglenews.example/us/florida-fisherman-rescued-three-days-capsized-boat-coast-guard", _p,
    eagle(url="https://www.eaglenews.example/us/florida-fisherman-rescued-three-days-capsized-boat-coast-guard",
          headline="Florida fisherman rescued after nearly 3 days clinging to capsized boat",
          description="The Coast Guard searched more than 6,000 square miles before spotting the overturned vessel off Cape Canaveral.",
          author="Jessica Dunleavy", author_bio="Jessica Dunleavy is a breaking news writer for Eagle News Digital.",
          published="2024-08-19T20:15:00-04:00", shown="August 19, 2024 8:15pm EDT", section="us", eyebrow="U.S.",
          paragraphs=_p, inserts={3: '<p><strong><a href="https://www.eaglenews.example/apps-products">CLICK HERE TO GET THE EAGLE NEWS APP</a></strong></p>'},
          caption="A U.S. Coast Guard helicopter crew hoists a man from a capsized boat. (U.S. Coast Guard)"))


# ---------------------------------------------------------------- US monthly magazine online
_p = [
    ("My phone rang last Tuesday, and I watched it ring. The number was local, the area code familiar, and I did what I suspect you would have done: nothing. When it stopped, I felt a small, shameful relief.", NO),
    ("I am not alone in this. In a survey conducted last year, 67 percent of American adults said they do not answer calls from numbers they don't recognize. Spam accounts for part of that; Americans received more than 50 billion robocalls in 2023, according to one industry estimate.", NO),
    ("But robocalls are the alibi, not the explanation. The deeper change is that we have come to regard a phone call as an imposition — a demand for our full, synchronous attention, delivered without warning by someone who has decided that their time matters more than ours. A text can wait. A call insists.", O),
    ("There is something a little sad about this, and also something revealing. For most of the 20th century, the phone call was the technology of intimacy: of long-distance romances, of teenagers stretching the cord into the hallway, of bad news delivered by a human voice. We did not abandon it because it failed. We abandoned it because it asked something of us.", O),
    ("Texting, by contrast, lets us perform availability without ever being available. We can answer in an hour, or a day, having drafted and redrafted. It is communication with an edit button, and it has made us, I think, slightly worse at the unedited kind.", O),
    ("I am not proposing a return to the landline. But I have started an experiment: Once a week, I call someone I would ordinarily text. It is awkward. People answer warily, as if I am about to tell them someone has died. Then, usually, we talk for 40 minutes, and I hang up feeling more like myself.", O),
]
add("meridian_ideas_phone_calls", "column", O, "en",
    "https://www.meridianmag.example/ideas/archive/2024/04/phone-calls-texting-attention/678123/", _p,
    meridian(url="https://www.meridianmag.example/ideas/archive/2024/04/phone-calls-texting-attention/678123/",
             headline="Nobody Answers the Phone Anymore, and It’s Not Because of Spam",
             dek="We abandoned the phone call not because it failed, but because it asked something of us.",
             author="Claire Donnelly", published="2024-04-16T07:00:00-04:00", shown="April 16, 2024",
             rubric="Ideas", rubric_href="https://www.meridianmag.example/ideas/", paragraphs=_p,
             caption="Illustration by The Meridian. Source: Getty.",
             about="Claire Donnelly is a staff writer at The Meridian."))


# ---------------------------------------------------------------- WordPress local weekly
_p = [
    ("For 61 years, the last night of the Harlan Valley Fair has ended the same way: with a demolition derby, a great deal of mud, and a grandstand full of people who would not admit to anyone from the city how much they love it.", O),
    ("So it was with some dismay that I read last week that the fair board has voted to cancel the derby this year, citing insurance costs that have nearly tripled since 2021.", NO),
    ("Let me say first that I understand the board's position. Its members are volunteers, they have a budget to balance, and nobody wants to be the person who explains to a grieving family why the fair skimped on safety. According to fair manager Doug Kessler, the derby's insurance premium rose from $4,200 to $11,800 in three years.", NO),
    ("But I also think the board gave up too easily. The derby is the fair's biggest single draw. Last year it sold 2,400 tickets, which at $15 apiece comes to $36,000, and that is before you count the corn dogs. Surely there is a way to make that math work.", O),
    ("Other fairs have found one. The Osage Creek Fair, two counties over, raised its entry fee, found a sponsor for each heat and asked drivers to sign a stronger waiver. Their derby is going ahead on Aug. 17.", NO),
    ("I am not a mechanic, and I have never driven in a derby, though my late husband did, twice, and lost both times with great enthusiasm. But I know what that last night means to this town. It is the one evening of the year when the farmer and the banker sit on the same bleachers and holler at the same rusty Buick.", O),
    ("The board meets again on June 4. I hope its members will take another look. And I hope the rest of us will show up and tell them what we think — politely, of course. This is Millbrook, after all.", O),
]
add("millbrook_column_demolition_derby", "column", O, "en",
    "https://millbrookherald.example/2024/05/14/lindgren-dont-let-the-derby-die/", _p,
    millbrook(url="https://millbrookherald.example/2024/05/14/lindgren-dont-let-the-derby-die/",
              headline="LINDGREN: Don’t let the derby die",
              excerpt="For 61 years, the last night of the Harlan Valley Fair has ended the same way: with a demolition derby, a great deal of mud, and a grandstand full of people.",
              author="Betty Lindgren", role="Columnist", published="2024-05-14T09:00:00-05:00", shown="May 14, 2024 at 9:00 am",
              category="Opinion", category_slug="opinion", post_id=48213, paragraphs=_p,
              caption="Cars collide during the 2023 Harlan Valley Fair demolition derby. (Herald file photo)",
              tags=("Harlan Valley Fair", "demolition derby", "Betty Lindgren"),
              related=(("Fair board cancels demolition derby, cites insurance", "https://millbrookherald.example/2024/05/07/fair-board-cancels-demolition-derby/", "News"),
                       ("LINDGREN: What the old depot could be", "https://millbrookherald.example/2024/04/16/lindgren-what-the-old-depot-could-be/", "Opinion")),
              comments=(("Dale R.", "May 14, 2024 at 11:32 am", "Well said Betty. Ive been going to that derby since I was 8 years old and so have my kids. The board should be ashamed."),
                        ("Karen Meyer", "May 14, 2024 at 2:05 pm", "I'm on the fair board and I can tell you we did not make this decision lightly. Come to the meeting June 4 and bring ideas, we need them."),
                        ("JT", "May 15, 2024 at 7:48 am", "Insurance companies are running this country. Period."))))

_p = [
    ("The Millbrook Community School Board voted unanimously Monday to replace the roof of the high school, a project expected to cost about $2.1 million and be finished before classes resume in August 2025.", N),
    ("The district's facilities director, Ron Pauley, told board members that the current roof, installed in 1994, had leaked in at least 14 places during spring storms, damaging ceiling tiles in the library and two science classrooms.", N),
    ("The project will be paid for with revenue from the statewide one-cent sales tax for school buildings, known locally as the penny tax, and will not require a property tax increase, Superintendent Karen Albrecht said.", N),
    ("Board member Tom Gerrity asked whether the work could be done in phases to spread out the cost. Pauley said phasing would add about $300,000 because contractors would have to mobilize twice.", N),
    ("Bids will be opened Feb. 12. The board also approved a contract with Hartwell & Dunn Architects for design work at a cost not to exceed $148,000.", N),
    ("In other business, the board approved the 2024-25 school calendar. The first day of classes will be Aug. 22.", N),
]
add("millbrook_report_school_roof", "report", N, "en",
    "https://millbrookherald.example/2024/01/16/school-board-approves-2-1-million-high-school-roof/", _p,
    millbrook(url="https://millbrookherald.example/2024/01/16/school-board-approves-2-1-million-high-school-roof/",
              headline="School board approves $2.1 million high school roof",
              excerpt="The Millbrook Community School Board voted unanimously Monday to replace the roof of the high school.",
              author="Josh Tennant", role="", published="2024-01-16T16:30:00-06:00", shown="January 16, 2024 at 4:30 pm",
              category="News", category_slug="news", post_id=46980, paragraphs=_p, yoast_section=False,
              caption="Water-damaged ceiling tiles in the Millbrook High School library. (Josh Tennant/Herald)",
              tags=("Millbrook Community Schools", "school board"),
              related=(("School board race draws four candidates", "https://millbrookherald.example/2023/09/20/school-board-race-draws-four-candidates/", "News"),)))


# ---------------------------------------------------------------- TownNews BLOX regional daily
_letters = [
    ("Library Sunday closing is shortsighted", [
        ("I was disappointed to read that the Cedar Falls Public Library will close on Sundays beginning in July. For many working families, Sunday afternoon is the only time they can bring their children to the library.", O),
        ("The council says the change will save $38,000 a year. That is less than the city spent on the new sign at the entrance to Riverside Park. I would rather my grandchildren read a book than a sign.", O),
        ("Linda Marquardt, Cedar Falls", NO)]),
    ("Thank you, trail volunteers", [
        ("On April 27, more than 80 volunteers spent a rainy Saturday picking up trash along the Cedar River trail. They filled 112 bags and hauled out two tires, a shopping cart and, somehow, a bowling ball.", NO),
        ("I want to thank every one of them, and especially the Scouts of Troop 41, who worked harder than anyone and complained less. Our community is better because of people like them.", O),
        ("Gary Ostrander, Cedar Falls", NO)]),
    ("Wind project deserves a fair hearing", [
        ("The letters opposing the proposed wind project in Washburn Township have made a lot of claims about noise and property values. I would ask my neighbors to look at the evidence before they make up their minds.", O),
        ("I have lived half a mile from a turbine for nine years. I can hear it on a still night if I stand in the yard and listen for it. My property was reassessed last year, and its value went up, not down. The lease payments have helped keep three family farms in my township in business.", NO),
        ("Ruth Engeldinger, Washburn Township", NO)]),
]
_p = [x for _, ps in _letters for x in ps]
_html_letters = "\n".join(
    f"<p><strong>{esc(h)}</strong></p>\n" + "\n".join(f"<p>{esc(t)}</p>" for t, _ in ps) for h, ps in _letters)
add("cedar_letters_may_12", "letters", O, "en",
    "https://www.cedarcountycourier.example/opinion/letters_to_editor/letters-to-the-editor-may-12-2024/article_3f2a9c1e-0e7b-11ef-9a4d-5b2c7e8f1a20.html", _p,
    cedar(url="https://www.cedarcountycourier.example/opinion/letters_to_editor/letters-to-the-editor-may-12-2024/article_3f2a9c1e-0e7b-11ef-9a4d-5b2c7e8f1a20.html",
          headline="Letters to the editor: May 12, 2024", summary="Readers write about the library's Sunday hours, a trail cleanup and the Washburn Township wind project.",
          author="Readers", published="2024-05-12T05:00:00-05:00", shown="May 12, 2024",
          section_path="opinion/letters_to_editor", kicker="Letters", paragraphs=[],
          inserts={"end": _html_letters + '\n<p><em>Letters policy: Letters must be 300 words or fewer and include the writer’s name, address and daytime phone number for verification. Writers are limited to one letter every 30 days. Email letters to letters@cedarcountycourier.example.</em></p>'},
          caption="", tags=("Letters to the editor",)))

_p = [
    ("Cedar County taxpayers spend about $4.3 million a year to house inmates in the county jail, most of it through a contract with a private company that provides food, medical care and some staffing.", NO),
    ("That contract comes up for renewal in September. So far, the Board of Supervisors has not said whether it will seek other bids, how the company's performance has been measured, or why the cost of the medical portion alone has risen 40% since 2020.", NO),
    ("Those are not unreasonable questions. Two inmates have died in the jail in the past 18 months, and while the state medical examiner found no evidence of wrongdoing in either case, the families of both men have said they asked repeatedly for medical help that did not come in time.", NO),
    ("We believe the supervisors owe the public more than silence. At a minimum, they should release the company's quarterly performance reports, which the contract requires it to provide, and hold a public hearing before voting on a renewal.", O),
    ("Supervisor Dale Heinrich told this newspaper last week that the reports contain “proprietary information.” We are not persuaded. A company that takes public money to care for people in public custody should expect the public to see how it is doing.", O),
    ("Open bidding would also be good practice. It is possible that the current company offers the best value. But the only way to know that is to ask, and the county has not asked in nine years.", O),
    ("Sunlight costs nothing. The supervisors should let some in.", O),
]
add("cedar_editorial_jail_contract", "editorial", O, "en",
    "https://www.cedarcountycourier.example/opinion/editorial/our-view-county-should-open-the-books-on-jail-contract/article_8c41d2f0-1a3b-11ef-8e2d-0f6a3b9c4d51.html", _p,
    cedar(url="https://www.cedarcountycourier.example/opinion/editorial/our-view-county-should-open-the-books-on-jail-contract/article_8c41d2f0-1a3b-11ef-8e2d-0f6a3b9c4d51.html",
          headline="Our view: County should open the books on jail contract", summary="The public deserves to see how a $4.3 million contract is performing before it is renewed.",
          author="Cedar County Courier Editorial Board", published="2024-05-26T05:00:00-05:00", shown="May 26, 2024",
          section_path="opinion/editorial", kicker=None, paragraphs=_p, datalayer=False,
          caption="The Cedar County Jail in Cedar Falls.", tags=()))

_p = [
    ("The Cedar Falls City Council voted 6-1 on Monday to build a new fire station on the city's west side, ending a two-year debate over where to put it and how to pay for it.", N),
    ("The $8.7 million station will be built on a city-owned lot at West 12th Street and Union Road and is expected to open in late 2026. It will be paid for with general obligation bonds.", N),
    ("Fire Chief Marcus Delaney told the council that response times to neighborhoods west of Hudson Road average nine minutes, compared with five minutes elsewhere in the city, because engines must travel from the downtown station.", N),
    ("Council member Susan Bright, who cast the only no vote, said she supported a new station but believed the city should have built it on land offered by a local developer, which would have saved about $600,000.", N),
    ("Several residents of the neighborhood near the chosen site spoke in favor of the plan. “Four minutes is a long time when your house is on fire,” said Jim Hoeger, who lives two blocks away.", N),
    ("The city will hire nine additional firefighters over the next two years to staff the station.", N),
]
add("cedar_report_fire_station", "report", N, "en",
    "https://www.cedarcountycourier.example/news/local/council-approves-west-side-fire-station/article_b7e0a6d4-2c9f-11ef-a1b3-7f2d4e6c8a90.html", _p,
    cedar(url="https://www.cedarcountycourier.example/news/local/council-approves-west-side-fire-station/article_b7e0a6d4-2c9f-11ef-a1b3-7f2d4e6c8a90.html",
          headline="Council approves $8.7 million west side fire station", summary="The station is expected to cut response times west of Hudson Road.",
          author="Megan Schroeder", published="2024-06-17T21:40:00-05:00", shown="Jun 17, 2024",
          section_path="news/local", kicker="Local News", paragraphs=_p, byline_title="Staff Writer",
          caption="The city-owned lot at West 12th Street and Union Road where the station will be built.", tags=("Cedar Falls City Council", "fire")))


# ---------------------------------------------------------------- German news weekly online
_p = [
    ("Es gibt Zahlen, die man sich nicht ausdenken könnte. Im April kamen nur 58 Prozent der Fernzüge der Bahn pünktlich an, wobei der Konzern als pünktlich bereits einen Zug zählt, der weniger als sechs Minuten Verspätung hat. Ausgefallene Züge tauchen in der Statistik gar nicht erst auf.", NO),
    ("Der Konzern reagiert darauf, wie er seit Jahren reagiert: mit einem Sanierungsprogramm, einem neuen Namen für das Sanierungsprogramm und dem Hinweis, dass die Probleme von früheren Regierungen verursacht wurden. Das ist nicht einmal falsch. Es hilft nur niemandem, der in Fulda auf dem Bahnsteig steht.", O),
    ("Tatsächlich hat der Bund jahrzehntelang zu wenig in das Schienennetz investiert. Viele Stellwerke stammen aus der Zeit vor der Wiedervereinigung, rund ein Viertel der Brücken gilt als sanierungsbedürftig. Bis 2030 sollen etwa 40 besonders belastete Strecken generalsaniert werden.", NO),
    ("Doch wer die Bahn verstehen will, muss auch über den Konzern selbst reden. Der Vorstand hat sich im vergangenen Jahr trotz Milliardenverlusten Boni genehmigt, und die Struktur aus Dutzenden Tochtergesellschaften ist selbst für Fachleute kaum zu durchschauen. Eine Reform, die diesen Namen verdient, würde hier ansetzen und nicht bei der nächsten Imagekampagne.", O),
    ("Die Fahrgäste haben in den vergangenen Jahren ein bemerkenswertes Maß an Geduld bewiesen. Man sollte sich nicht darauf verlassen, dass sie ewig reicht.", O),
]
add("kompass_kommentar_bahn", "column", O, "de",
    "https://www.kompass.example/wirtschaft/unternehmen/bahn-puenktlichkeit-kommentar-a-5e1c7b2a-9d4f-4c8e-b3a1-2f6d8e0c4b79", _p,
    kompass(url="https://www.kompass.example/wirtschaft/unternehmen/bahn-puenktlichkeit-kommentar-a-5e1c7b2a-9d4f-4c8e-b3a1-2f6d8e0c4b79",
            kicker="Deutsche Bahn", headline="Pünktlich ist hier nur noch die Ausrede",
            teaser="Nur 58 Prozent der Fernzüge kamen im April pünktlich an. Die Bahn verweist auf marode Gleise und alte Regierungen. Das stimmt – und reicht trotzdem nicht.",
            author_line="Ein Kommentar von Julia Brenner", published="2024-05-08T17:42:00+02:00", shown="08.05.2024, 17.42 Uhr",
            paragraphs=_p, label="Meinung", channel="wirtschaft", forum=318,
            inserts={2: '<div data-area="related_link" class="my-24"><span class="font-bold">Mehr zum Thema</span><a href="/wirtschaft/unternehmen/bahn-generalsanierung-riedbahn-a-7a2c">Generalsanierung: Was auf Bahnkunden in diesem Sommer zukommt</a></div>'},
            caption="Wartende Fahrgäste am Hauptbahnhof Fulda: Nur jeder zweite Fernzug ist pünktlich"))

_p = [
    ("Der gesetzliche Mindestlohn in Deutschland soll nach dem Willen der Mindestlohnkommission zum 1. Januar 2026 auf 13,50 Euro pro Stunde steigen. Das teilte das Gremium am Dienstag in Berlin mit.", N),
    ("Derzeit liegt die Lohnuntergrenze bei 12,41 Euro. Die Erhöhung fällt damit geringer aus, als die Gewerkschaften gefordert hatten; sie hatten sich für mindestens 15 Euro ausgesprochen.", N),
    ("Die Entscheidung fiel nach Angaben aus Kommissionskreisen gegen die Stimmen der Arbeitnehmervertreter. Es ist das zweite Mal in Folge, dass die Kommission keinen einstimmigen Beschluss fasst.", N),
    ("Der Deutsche Gewerkschaftsbund kritisierte die Empfehlung als „Schlag ins Gesicht der Beschäftigten“. Die Arbeitgeberverbände erklärten dagegen, die Anhebung belaste vor allem kleine Betriebe in Ostdeutschland und im Gastgewerbe erheblich.", N),
    ("Die Bundesregierung muss die Empfehlung noch per Verordnung umsetzen. Ein Sprecher des Arbeitsministeriums kündigte an, dies zügig zu tun.", N),
    ("Von der Erhöhung würden nach Berechnungen des Statistischen Bundesamts rund sechs Millionen Beschäftigte profitieren.", N),
]
add("woche_report_mindestlohn", "report", N, "de",
    "https://www.diewoche.example/wirtschaft/2024-06/mindestlohn-kommission-erhoehung-13-50-euro", _p,
    woche(url="https://www.diewoche.example/wirtschaft/2024-06/mindestlohn-kommission-erhoehung-13-50-euro",
          kicker="Mindestlohn", headline="Kommission empfiehlt Anhebung auf 13,50 Euro",
          summary="Der Mindestlohn soll 2026 deutlich steigen, aber weniger stark als von Gewerkschaften gefordert. Die Arbeitnehmervertreter stimmten dagegen.",
          source="WOCHE ONLINE, dpa, AFP, sab", published="2024-06-25T13:05:00+02:00", shown="25. Juni 2024, 13:05 Uhr",
          ressort="Wirtschaft", paragraphs=_p, keywords=("Mindestlohn", "Gewerkschaften", "Arbeitsmarkt"),
          caption="Eine Kellnerin in einem Restaurant in Hamburg. Vom Mindestlohn profitieren besonders Beschäftigte im Gastgewerbe."))


# ---------------------------------------------------------------- Paris evening daily
_p = [
    ("Chaque fois que l'on évoque la semaine de quatre jours en France, le débat s'enlise en quelques minutes dans les mêmes ornières : on nous explique que les Français ne travaillent déjà pas assez, que les 35 heures ont ruiné la compétitivité du pays et que seule une poignée de start-up parisiennes peut se permettre une telle fantaisie.", O),
    ("Les faits racontent pourtant une autre histoire. Au Royaume-Uni, une expérimentation menée en 2022 auprès de 61 entreprises a montré que 56 d'entre elles avaient choisi de prolonger le dispositif à son terme, avec un chiffre d'affaires stable et une baisse marquée des arrêts maladie.", NO),
    ("En France même, plusieurs dizaines d'entreprises et quelques collectivités territoriales l'ont adoptée, parfois depuis des années, sans que le ciel leur tombe sur la tête.", NO),
    ("Le vrai sujet n'est donc pas de savoir si la semaine de quatre jours est possible, mais à quelles conditions. Elle suppose de repenser l'organisation du travail, de supprimer les réunions inutiles et de faire confiance aux salariés. C'est précisément ce que le management à la française, hiérarchique et attaché au présentéisme, a le plus de mal à faire.", O),
    ("L'État pourrait montrer l'exemple. Plutôt que de multiplier les annonces, il devrait lancer une expérimentation sérieuse, évaluée par des chercheurs indépendants, dans quelques administrations volontaires. Si elle échoue, nous l'aurons appris. Si elle réussit, il deviendra difficile de continuer à la traiter comme une lubie.", O),
]
add("quotidien_tribune_semaine_quatre_jours", "op_ed", O, "fr",
    "https://www.lequotidien.example/idees/article/2024/03/12/la-semaine-de-quatre-jours-n-est-pas-une-utopie-c-est-une-question-d-organisation_6221234_3232.html", _p,
    quotidien(url="https://www.lequotidien.example/idees/article/2024/03/12/la-semaine-de-quatre-jours-n-est-pas-une-utopie-c-est-une-question-d-organisation_6221234_3232.html",
              breadcrumb=("Idées", "idees"), kicker="Tribune",
              headline="« La semaine de quatre jours n’est pas une utopie, c’est une question d’organisation »",
              desc="L’économiste Claire Morvan invite l’État à lancer une expérimentation sérieuse dans ses administrations plutôt que de multiplier les annonces.",
              author_line="Claire Morvan", author_desc="Economiste, maîtresse de conférences à l’université Paris-Nanterre",
              published="2024-03-12T06:00:00+01:00", shown="Publié le 12 mars 2024 à 06h00", section_meta="Idées",
              paragraphs=_p, inserts={3: '<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi |</span> <a href="/economie/article/2024/02/28/semaine-de-quatre-jours-les-entreprises-qui-ont-franchi-le-pas_6219001_3234.html" class="catcher__link">Semaine de quatre jours : ces entreprises qui ont franchi le pas</a></section>'},
              caption="Dans les bureaux d’une entreprise de logiciels à Nantes, en février 2024."))

_p = [
    ("Le trafic sera fortement perturbé jeudi sur les lignes TER de la région Auvergne-Rhône-Alpes en raison d'un mouvement de grève lancé par trois syndicats de cheminots, a annoncé la SNCF mercredi soir.", N),
    ("En moyenne, seul un train sur trois circulera, et aucune circulation n'est prévue sur plusieurs lignes, dont Lyon – Saint-Étienne après 20 heures. Les TGV ne sont pas concernés.", N),
    ("Les syndicats dénoncent la suppression de postes de contrôleurs à bord des trains et réclament des embauches. « Les conditions de travail se dégradent et la sécurité des voyageurs est en jeu », a déclaré un responsable de la CGT-Cheminots.", N),
    ("La direction régionale de la SNCF assure de son côté qu'« aucune suppression de poste n'est prévue » et appelle à la reprise du dialogue.", N),
    ("Le président de la région a dénoncé une grève « inacceptable » et annoncé que les abonnés seraient remboursés.", N),
    ("La SNCF conseille aux voyageurs de reporter leurs déplacements ou de consulter l'application SNCF Connect avant de se rendre en gare.", N),
]
add("messager_report_greve_ter", "report", N, "fr",
    "https://www.lemessager.example/actualite-france/greve-ter-auvergne-rhone-alpes-un-train-sur-trois-jeudi-20240410", _p,
    messager(url="https://www.lemessager.example/actualite-france/greve-ter-auvergne-rhone-alpes-un-train-sur-trois-jeudi-20240410",
             headline="Grève des TER en Auvergne-Rhône-Alpes : un train sur trois jeudi",
             standfirst="Trois syndicats de cheminots protestent contre la suppression de postes de contrôleurs. Les TGV ne sont pas concernés.",
             byline="Par Le Messager avec AFP", published="2024-04-10T21:32:00+02:00", shown="Publié le 10/04/2024 à 21:32",
             section="Société", page_section="actualite-france", paragraphs=_p,
             inserts={2: '<p class="fig-body-link"><strong>À lire aussi</strong> <a href="/actualite-france/greve-sncf-ce-qu-il-faut-savoir-20240402">Grève SNCF : ce qu’il faut savoir sur vos droits au remboursement</a></p>'},
             caption="Un quai de la gare de Lyon Part-Dieu. JEFF PACHOUD / AFP", topics=("SNCF", "Grève", "Transports")))


# ---------------------------------------------------------------- Madrid daily
_p = [
    ("Hace veinte años, un joven español con un sueldo medio necesitaba algo menos de siete años de salario íntegro para comprar una vivienda de tamaño medio. Hoy necesita más de nueve, y en Madrid o Barcelona la cifra supera con holgura los doce.", NO),
    ("Nos hemos acostumbrado a hablar de este problema como si fuera una catástrofe natural, algo que simplemente ocurre. No lo es. Es el resultado de decisiones políticas concretas, tomadas por gobiernos de distinto signo, que durante décadas trataron la vivienda como un motor de crecimiento y no como un derecho.", O),
    ("España tiene uno de los parques de vivienda social más pequeños de Europa: apenas un 2,5% del total, frente a más del 20% en Austria o los Países Bajos. Esa cifra no es una fatalidad; es una elección.", NO),
    ("La ley de vivienda aprobada en 2023 fue un paso, pero tímido y mal coordinado con unas comunidades autónomas que, en muchos casos, se niegan a aplicarla. Mientras tanto, los fondos de inversión siguen comprando edificios enteros y los pisos turísticos expulsan a los vecinos de los centros históricos.", O),
    ("Lo que hace falta no es otro plan con nombre rimbombante, sino un pacto de Estado que garantice inversión pública sostenida durante al menos dos décadas, al margen de los ciclos electorales. Sin eso, seguiremos pidiendo a los jóvenes que se emancipen con sueldos de 2008 y alquileres de 2024.", O),
]
add("faro_tribuna_vivienda", "op_ed", O, "es",
    "https://elfarodiario.example/opinion/2024-04-08/la-vivienda-no-es-un-activo-financiero.html", _p,
    faro(url="https://elfarodiario.example/opinion/2024-04-08/la-vivienda-no-es-un-activo-financiero.html",
         kicker="TRIBUNA", headline="La vivienda no es un activo financiero",
         subtitle="El problema del acceso a la casa no es una catástrofe natural, sino el resultado de decisiones políticas concretas",
         author="Lucía Arriaga", location="", published="2024-04-08T05:20:00+02:00", shown="08 abr 2024 - 05:20 CEST",
         section="Opinión", section_href="/opinion/tribunas/", paragraphs=_p,
         author_bio="Lucía Arriaga es profesora de Economía Urbana en la Universidad Complutense de Madrid.",
         caption="Bloques de viviendas en construcción en el barrio de Valdebebas, en Madrid.", tags=("Vivienda", "Alquiler", "Opinión")))

_p = [
    ("El Consejo de Ministros aprobó este martes un real decreto que obliga a las empresas a registrar digitalmente la jornada laboral de sus trabajadores a partir del 1 de enero de 2025, según anunció la ministra de Trabajo en la rueda de prensa posterior.", N),
    ("La norma afectará a las empresas de más de 50 empleados, que deberán utilizar un sistema informático al que la Inspección de Trabajo podrá acceder en remoto. Las sanciones por incumplimiento podrán alcanzar los 10.000 euros por trabajador afectado.", N),
    ("Según la Encuesta de Población Activa, los asalariados en España realizaron el año pasado una media de 2,6 millones de horas extraordinarias semanales, de las que casi la mitad no fueron retribuidas.", N),
    ("Los sindicatos CC OO y UGT celebraron la medida, que llevaban años reclamando. La patronal CEOE, en cambio, la calificó de «intervencionista» y advirtió de que supondrá una «carga burocrática innecesaria» para las empresas.", N),
    ("El decreto entrará en vigor tras su publicación en el Boletín Oficial del Estado, previsiblemente esta misma semana.", N),
]
add("faro_report_registro_jornada", "report", N, "es",
    "https://elfarodiario.example/economia/2024-05-14/el-gobierno-obliga-a-las-empresas-a-registrar-digitalmente-la-jornada.html", _p,
    faro(url="https://elfarodiario.example/economia/2024-05-14/el-gobierno-obliga-a-las-empresas-a-registrar-digitalmente-la-jornada.html",
         kicker="MERCADO LABORAL", headline="El Gobierno obliga a las empresas a registrar digitalmente la jornada laboral",
         subtitle="Las compañías de más de 50 trabajadores deberán usar un sistema al que la Inspección de Trabajo podrá acceder en remoto",
         author="Andrés Villalba", location="Madrid", published="2024-05-14T14:37:00+02:00", shown="14 may 2024 - 14:37 CEST",
         section="Economía", section_href="/economia/", paragraphs=_p,
         caption="Trabajadores en una oficina de Madrid.", tags=("Mercado laboral", "Ministerio de Trabajo", "Horas extra")))


# ---------------------------------------------------------------- Milan daily
_p = [
    ("Ogni anno circa 50 mila giovani laureati lasciano l'Italia per lavorare all'estero. Lo dicono i dati dell'Istat, e lo sanno bene le famiglie che li accompagnano all'aeroporto con un misto di orgoglio e di malinconia.", NO),
    ("La politica, da anni, ripete le stesse formule: bisogna trattenere i talenti, bisogna creare le condizioni perché restino. Sono parole giuste, e proprio per questo sono diventate vuote. Nessun governo, di nessun colore, ha fatto di questa emergenza una priorità vera.", O),
    ("Eppure le cause sono note. Stipendi d'ingresso tra i più bassi d'Europa, contratti precari che si rinnovano per anni, un sistema che premia l'anzianità più del merito. Un ingegnere di trent'anni guadagna a Monaco quasi il doppio di quanto guadagnerebbe a Milano.", NO),
    ("Non basteranno gli sgravi fiscali per chi rientra, utili ma marginali. Servirebbe una riforma del mercato del lavoro che abbia il coraggio di scontentare qualcuno, a partire da chi oggi è garantito.", O),
    ("Un Paese che non riesce a tenere i suoi figli migliori non ha un problema di emigrazione. Ha un problema di futuro. Sarebbe ora di accorgersene.", O),
]
add("gazzetta_editoriale_giovani_emigrano", "editorial", O, "it",
    "https://www.gazzettanazionale.example/editoriali/24_aprile_18/il-prezzo-del-silenzio-giovani-laureati-estero-a1b2c3d4-fd21-11ee-9a6b-5c3e1f0a7b82.shtml", _p,
    gazzetta(url="https://www.gazzettanazionale.example/editoriali/24_aprile_18/il-prezzo-del-silenzio-giovani-laureati-estero-a1b2c3d4-fd21-11ee-9a6b-5c3e1f0a7b82.shtml",
             label="L'editoriale", headline="Il prezzo del silenzio",
             subtitle="Ogni anno 50 mila laureati lasciano il Paese. Le cause sono note, le soluzioni anche: manca il coraggio",
             author="Marco Ferrandi", published="2024-04-18T07:30:00+02:00", shown="18 aprile 2024 (modifica il 18 aprile 2024 | 07:30)",
             paragraphs=_p, caption="Partenze all'aeroporto di Milano Malpensa", section_var=None))


def _check() -> None:
    ids = [p["id"] for p in PAGES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in PAGES:
        assert p["kind"] in KINDS, p["id"]
        assert p["verdict"] in (N, O), p["id"]
        assert p["url"].startswith("https://") and ".example/" in p["url"], p["id"]
        assert 5 <= len(p["paragraphs"]) <= 10, p["id"]
        plain = _html.unescape(re.sub(r"<[^>]+>", "", p["html"]))
        for text, expected in p["paragraphs"]:
            assert expected in (N, O, NO), (p["id"], text)
            assert text == text.strip() and "\n" not in text, (p["id"], text)
            assert text in plain, (p["id"], "paragraph not in the page", text[:60])


_check()
