"""Page shells for the seventh probe round: big English-language news
publishers, modern markup. All sites, people and domains are invented.

A CNN-like page (``div.article__content``, ``p.paragraph.inline-placeholder``,
"Ad Feedback" slots, ``container__item`` section cards), a Fox-News-like one
(``div.article-body``, bold-caps link paragraphs), a modern NYT-like one
(``section[name=articleBody]``, ``StoryBodyCompanionColumn``, "Advertisement"
/ "SKIP ADVERTISEMENT", the print line), the Gannett local network
(``gnt_ar_b_p``, ``gnt_m_flm`` section cards), NPR (``div#storytext``,
``bucketwrap`` captions), Politico (several ``div.story-text``), Axios
(bold lead-ins, "Go deeper"), a Nexstar station and The Hill (the copyright
line), the Daily Mail (``mol-para-with-font``, "RELATED ARTICLES",
``#reader-comments``), The Independent, Sky News (``sdc-article-body``),
Al Jazeera English (``wysiwyg``, ``gc`` cards), Business Insider
(``summary-list``, "Read next"), Hindustan Times (``h2.sortDec``,
``div.detail``), Times of India (a ``<br>`` body), ABC Australia (hashed
classes), CBC, the Irish Times (Arc XP), the Straits Times (Drupal
paragraphs), News24, SCMP, TownNews BLOX (``asset-content
subscriber-premium``, ``tnt-`` cards), McClatchy, Patch and a Sinclair
station."""

import json
from html import escape


def esc(s):
    return escape(s, quote=False)


def ps7(paras, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in paras)


def ld(headline, kind="NewsArticle", publisher="News", author="Staff", date="2024-08-14T09:14:00Z", section="News", desc=""):
    data = {"@context": "https://schema.org", "@type": kind, "headline": headline, "description": desc or headline,
            "datePublished": date, "dateModified": date, "articleSection": section,
            "author": [{"@type": "Person", "name": author}], "publisher": {"@type": "Organization", "name": publisher}}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# ================================================================ CNN-like
CNN_NAV = ("US", "World", "Politics", "Business", "Health", "Entertainment", "Style", "Travel", "Sports", "Science", "Climate", "Weather")
CNN_FOOT = ("Terms of Use", "Privacy Policy", "Cookie Settings", "Ad Choices", "Accessibility & CC", "About", "Newsletters", "Transcripts")


def cnn_p(paras):
    return "\n".join(f'<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text" id="paragraph-{i}">\n      {esc(p)}\n    </p>'
                     for i, p in enumerate(paras))


def cnn_ad(n=1):
    return (f'<div class="ad-slot-dynamic ad-slot-dynamic--desktop" data-unselectable="true"><div class="ad-slot__wrapper"><div class="ad-slot" id="ad_mod_{n}"></div>'
            '<div class="ad-feedback-link-container"><div class="ad-feedback-link"><p class="ad-feedback-link__label">Ad Feedback</p></div></div></div></div>')


def _cnn_top(title, site):
    nav = "".join(f'<a class="header__nav-item-link" href="/{x.lower()}">{x}</a>' for x in CNN_NAV)
    return f"""<!DOCTYPE html>
<html lang="en" data-layout-uri="cms.cns.example/_layouts/layout-with-rail/instances/cns-v1"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/page.min.css">
<script>window.CNS = window.CNS || {{}}; window.CNS.adTargets = {{"section": "us", "template": "article"}};</script>
<script async src="https://cdn.cns.example/js/wm.js"></script></head>
<body class="layout layout-with-rail__body">
<header class="header" data-editable="header"><div class="header__container"><a class="brand-logo" href="/" aria-label="{site} logo">{site}</a>
<nav class="header__nav" aria-label="Main menu">{nav}</nav>
<div class="header__right"><a class="header__watch" href="/live-tv">Watch</a> <a class="header__listen" href="/audio">Listen</a> <a class="header__live-tv" href="/live-tv">Live TV</a> <button class="header__search-icon" aria-label="Search">Search</button> <a class="header__login" href="/account/log-in">Log In</a></div></div></header>
<div class="ad-slot-header"><div class="ad-slot-header__wrapper"><div id="ad_bnr_atf_01"></div><div class="ad-feedback-link-container"><div class="ad-feedback-link"><p class="ad-feedback-link__label">Ad Feedback</p></div></div></div></div>"""


def _cnn_bottom(site):
    foot = "".join(f'<a class="footer__link" href="/footer/{i}">{x}</a>' for i, x in enumerate(CNN_FOOT))
    return f"""<footer class="footer" data-editable="footer"><div class="footer__inner"><a class="brand-logo" href="/">{site}</a>
<div class="footer__links">{foot}</div>
<div class="footer__copyright-text">© 2024 Cable News Service, Inc. A Parallax Discovery Company. All Rights Reserved.<br>{site} Sans ™ &amp; © 2016 Cable News Service.</div></div></footer>
<script src="/js/article.min.js"></script>
</body></html>"""


def cnn(title, body, after="", before_body="", site="CNS", byline="Rafael Montoya and Kelsey Ward", date="Updated 9:14 AM EDT, Wed August 14, 2024", rail=True):
    rail_html = """<div class="layout__rail layout-with-rail__rail" data-editable="rail"><div class="container container_list-headlines"><h2 class="container__title-text">More from CNS</h2>
<ul class="container__field-links"><li class="card"><a class="container__link" href="/2024/08/14/us/heat-dome"><span class="container__headline-text">Heat dome brings triple digits to the Southwest</span></a></li>
<li class="card"><a class="container__link" href="/2024/08/14/us/teacher-shortage"><span class="container__headline-text">The states with the worst teacher shortages</span></a></li>
<li class="card"><a class="container__link" href="/2024/08/13/us/rail-strike"><span class="container__headline-text">Commuter rail strike averted in last-minute deal</span></a></li></ul></div>
<div class="ad-slot-rail"><div id="ad_rect_atf_01"></div><div class="ad-feedback-link-container"><div class="ad-feedback-link"><p class="ad-feedback-link__label">Ad Feedback</p></div></div></div>
<div class="container container_paid-partner"><h2 class="container__title-text">Paid Partner Content</h2><div class="container__item"><a href="https://partner.example/1"><span class="container__headline-text">This Smart Hearing Aid Is Taking The Country By Storm</span></a></div></div></div>""" if rail else ""
    return _cnn_top(title, site) + f"""
<section class="layout__content-wrapper layout-with-rail__content-wrapper">
<section class="layout__top layout-with-rail__top"><div class="headline headline--has-lowertext"><div class="headline__wrapper">
<h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">{esc(title)}</h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text"><div class="byline byline--with-lowertext"><div class="byline__names"><span class="byline__by">By</span> <span class="byline__name">{byline}</span>, {site}</div></div>
<div class="timestamp vossi-timestamp">{date}</div></div>
<div class="social-share social-share--with-labels"><button class="social-share__button" aria-label="Share with Facebook">Facebook</button> <button class="social-share__button" aria-label="Share with X">Tweet</button> <button class="social-share__button" aria-label="Share via Email">Email</button> <button class="social-share__button">Link Copied!</button></div>
</div></div></div></section>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main-wrapper layout-with-rail__main-wrapper"><section class="layout__main layout-with-rail__main">
<main class="article__main">
{before_body}
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
{body}
</div></div>
</main>
{after}
</section>
{rail_html}
</section></section></section>
""" + _cnn_bottom(site)


def cnn_related(headline, href, img="/img/related.jpg"):
    return f"""<div class="related-content related-content--article" data-component-name="related-content"><div class="related-content__wrapper">
<a class="related-content__link" href="{href}"><div class="related-content__image"><div class="image image__hide-placeholder"><picture class="image__picture"><img src="{img}" alt="" class="image__dam-img" loading="lazy"></picture></div></div>
<div class="related-content__content"><span class="related-content__label">Related article</span><span class="related-content__headline"><span class="related-content__headline-text">{esc(headline)}</span></span></div></a></div></div>"""


def cnn_image(caption, credit, img="/img/fire.jpg"):
    return f"""<div class="image image__hide-placeholder" data-component-name="image" data-observe-resizes="">
<div class="image__container" data-image-variation="image"><picture class="image__picture"><source media="(max-width: 479px)" srcset="{img}?q=w_480"><img src="{img}?q=w_1110" alt="{esc(caption[:40])}" class="image__dam-img" loading="lazy"></picture></div>
<div class="image__metadata"><div itemprop="caption" class="image__caption attribution"><span data-editable="metaCaption" class="inline-placeholder">{esc(caption)}</span></div>
<figcaption class="image__credit">{esc(credit)}</figcaption></div></div>"""


def cnn_section(cards, site="CNS", section="US"):
    items = "\n".join(f"""<div data-uri="cms.cns.example/_components/card/instances/c{i}" class="card container__item container__item--type-media-image container__item--type-section" data-component-name="card">
<a href="/2024/08/1{i}/us/story-{i}" class="container__link container__link--type-article"><div class="container__item-media-wrapper"><div class="container__item-media"><div class="image"><picture class="image__picture"><img src="/img/card{i}.jpg" alt="" class="image__dam-img" loading="lazy"></picture></div></div></div></a>
<a href="/2024/08/1{i}/us/story-{i}" class="container__link container__link--type-article"><div class="container__text container_lead-plus-headlines__text"><div class="container__headline container_lead-plus-headlines__headline"><span data-editable="headline" class="container__headline-text">{esc(t)}</span></div>
<div class="container__description container_lead-plus-headlines__description inline-placeholder" data-editable="description">{esc(s)}</div></div></a></div>""" for i, (t, s) in enumerate(cards))
    return _cnn_top(section, site) + f"""
<section class="layout__content-wrapper layout-no-rail__content-wrapper">
<section class="layout__top"><h1 class="headline__text" id="maincontent">{section}</h1>
<nav class="section-subnav"><a href="/us/crime">Crime + Justice</a> <a href="/weather">Weather</a> <a href="/us/energy-environment">Energy + Environment</a> <a href="/us/space-science">Space + Science</a></nav></section>
<section class="layout__main"><div class="zone zone--t-light"><div class="zone__items layout--wide-center">
<div class="container container_lead-plus-headlines" data-collapsed-text="Top stories"><div class="container__header"><h2 class="container__title-text">Top stories</h2></div>
<div class="container__field-links container_lead-plus-headlines__field-links">
{items}
</div></div>
<div class="ad-slot-dynamic"><div id="ad_mod_1"></div><div class="ad-feedback-link-container"><div class="ad-feedback-link"><p class="ad-feedback-link__label">Ad Feedback</p></div></div></div>
</div></div></section></section>
""" + _cnn_bottom(site)


# ================================================================ Fox-News-like
FOX_NAV = ("U.S.", "Politics", "World", "Opinion", "Media", "Entertainment", "Sports", "Lifestyle", "Video")


def fox(title, body, subhead="", after="", featured="", site="Falcon News", author="Jenna Caldwell", date="Published August 11, 2024 7:42pm EDT", eyebrow="US"):
    nav = "".join(f'<li class="menu-item"><a href="/{x.lower().replace(".", "")}">{x}</a></li>' for x in FOX_NAV)
    sub = f'<h2 class="sub-headline speakable">{esc(subhead)}</h2>' if subhead else ""
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section=eyebrow)}
<script>window.__FNC_DATA__ = {{"page_type": "article", "category": "us"}};</script></head>
<body class="fn article-page">
<header class="site-header"><div class="header-inner"><div class="logo"><a href="/">{site}</a></div>
<nav id="main-nav" class="main-nav"><ul>{nav}</ul></nav>
<div class="meta"><a class="watch-tv" href="/live">Watch TV</a> <a class="login" href="/account/login">Login</a> <a class="search" href="/search-results">Search</a></div></div></header>
<div class="ad-container desktop ad-h-250"><div class="ad gam" data-pos="ad_leader"></div></div>
<div class="page-content"><div class="row full"><main class="main-content main-content-article">
<article class="article-wrap has-video">
<header class="article-header"><div class="eyebrow"><a href="/category/us/crime">{eyebrow}</a></div>
<h1 class="headline speakable">{esc(title)}</h1>
{sub}
<div class="article-meta article-meta-upper"><div class="author-byline"><span><span>By <a href="/person/c/jenna-caldwell">{author}</a></span> <span class="article-source">{site}</span></span></div>
<div class="article-date"><time>{date}</time></div></div>
<div class="social-icons"><ul><li class="facebook"><a href="#">Facebook</a></li><li class="twitter"><a href="#">Twitter</a></li><li class="flipboard"><a href="#">Flipboard</a></li><li class="comments"><a href="#commenting">Comments</a></li><li class="print"><a href="#">Print</a></li><li class="email"><a href="#">Email</a></li></ul></div>
</header>
<div class="article-content"><div class="article-body">
{featured}
{body}
</div></div>
<div class="article-footer"><div class="author-bio"><p><span>Jenna Caldwell is a reporter for {site} Digital covering crime and the southern U.S.</span></p></div>
<div class="article-tags"><a href="/category/us/crime" class="tag">Crime</a> <a href="/category/us/us-regions" class="tag">U.S. Regions</a></div></div>
</article>
{after}
</main>
<aside class="sidebar sidebar-secondary"><div class="collection collection-trending"><h3 class="title">Trending</h3><ol class="content">
<li><a href="/us/1">Man charged after police chase ends in crash at gas station</a></li>
<li><a href="/us/2">Historic lighthouse keeper's cottage for sale for $1</a></li>
<li><a href="/us/3">Hurricane center tracking two systems in the Atlantic</a></li></ol></div>
<div class="ad-container"><div class="ad gam" data-pos="ad_rr_1"></div></div></aside>
</div></div>
<footer class="site-footer"><div class="footer-inner"><nav class="footer-nav"><a href="/about">About</a> <a href="/contact">Contact Us</a> <a href="/careers">Careers</a> <a href="/closed-captioning">Closed Captioning Policy</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a> <a href="/privacy-choices">Your Privacy Choices</a></nav>
<p class="copyright">This material may not be published, broadcast, rewritten, or redistributed. ©2024 {site} Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes.</p></div></footer>
<script src="/static/js/article.js"></script>
</body></html>"""


def fox_p(paras, speakable=2):
    return "\n".join(f'<p class="speakable">{esc(p)}</p>' if i < speakable else f"<p>{esc(p)}</p>" for i, p in enumerate(paras))


def fox_caps_link(text, href):
    return f'<p><strong><a href="{href}" target="_blank">{esc(text)}</a></strong></p>'


FOX_AD = '<div class="ad-container mobile ad-h-250"><div class="ad gam" data-pos="ad_mob_1"></div></div>'


# ================================================================ modern NYT-like
def nyt7(title, body, summary="", after="", figure="", before_body="", site="The Gotham Record", section="Education", print_line=True, byline="Nora Feldstein"):
    summ = f'<p id="article-summary" class="css-79rysd e1wiw3jv0">{esc(summary)}</p>' if summary else ""
    pl = (f'<div class="bottom-of-article"><div class="css-1vhk1ks e1jggnzs0"><p class="css-1k5kgsh e1xdpqjp0">A version of this article appears in print on Oct. 15, 2024, Section A, Page 18 of the New York edition with the headline: {esc(title)}. '
          '<a href="https://help.gothamrecord.example/reprints">Order Reprints</a> | <a href="/section/todayspaper">Today\'s Paper</a> | <a href="/subscription">Subscribe</a></p></div></div>') if print_line else ""
    return f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=byline, section=section, desc=summary)}
<script>window.__preloadedData = {{"initialState": {{"user": null}}, "config": {{"gqlUrlClient": "/graphql/v2"}}}};</script></head>
<body><div id="app"><div><div class="css-1tmyq3d"><a class="css-1o1qzbn" href="#site-content">Skip to content</a><a class="css-1o1qzbn" href="#site-index">Skip to site index</a></div>
<header class="css-ahe4g0 e1m0pzr40"><section class="css-9kr9i3 e1m0pzr41"><div class="css-qo6pn ea180rp0"><button aria-label="Sections Navigation &amp; Search" class="css-fzvsed">Sections</button><button class="css-1fe7a5q">Search</button></div>
<div class="css-10488qs"><a class="css-nhjhh0" href="/" aria-label="{site} homepage">{site}</a></div>
<div class="css-6n7j50"><a class="css-1kj7lfb" href="/subscription">Subscribe for $1/week</a> <a class="css-1kj7lfb" href="/auth/login">Log in</a></div></section></header>
<main id="site-content"><div><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1ioyv9z e1e1d4h80"><div class="css-1vkm6nb ehdk2mb0"><p class="css-1wysf4q"><a href="/section/education">{section}</a></p></div>
<div class="css-1vkm6nb ehdk2mb0"><h1 data-testid="headline" class="css-88wicj e1h9rw200">{esc(title)}</h1></div>
{summ}
{figure}
<div class="css-1mxvotc"><div class="css-1k0kvtk"><p class="css-aknsld e1jsehar1" data-testid="byline">By <span class="css-1baulvz last-byline" itemprop="name"><a href="/by/nora-feldstein" class="css-n8ff4n e1jsehar0">{byline}</a></span></p><p class="css-1wj3m5g">Reporting from Maple Fork, Vt.</p></div>
<time datetime="2024-10-14T05:00:12-04:00" class="css-1edhl4t"><span>Oct. 14, 2024</span></time></div>
<div class="css-1sgjs4h"><button class="css-1xe2kdb" aria-label="Share full article">Share full article</button> <button class="css-1dtsvfy" aria-label="Save article for reading later...">Save</button> <span class="css-7lidp4">312</span></div>
</header>
{before_body}
<section name="articleBody" class="meteredContent css-1r7ky0e">
{body}
</section>
<div id="bottom-wrapper" class="css-1ede5it">{pl}</div>
</article>
{after}
<div class="css-1ptn8u0"><div data-testid="related-links"><h2 class="css-1rc3vz">Related Content</h2><ul class="css-1h2ek1i"><li><a href="/2024/09/02/us/teacher-shortage-rural.html">Rural Schools Try Housing Stipends to Lure Teachers</a></li><li><a href="/2024/06/18/us/school-bus-drivers.html">Where Have All the School Bus Drivers Gone?</a></li></ul></div></div>
</div></main>
<footer class="css-1e1s8k7" id="site-index"><nav data-testid="footer"><div class="css-1qtbrzg"><a href="/">{site}</a></div>
<ul class="css-1ho5u4o"><li><a href="/section/nyregion">N.Y.</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/world">World</a></li><li><a href="/section/business">Business</a></li><li><a href="/section/arts">Arts</a></li><li><a href="/section/opinion">Opinion</a></li></ul>
<ul class="css-14ibbyw"><li>© 2024 The Gotham Record Company</li><li><a href="/contact">Contact Us</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/careers">Work with us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/adchoices">Your Ad Choices</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Service</a></li></ul></nav></footer>
</div></div>
<script>window.__NYT_LOADED__ = true;</script>
</body></html>"""


def nyt7_col(paras, n=0, first_html=None):
    ps_ = "\n".join(f'<p class="css-at9mc1 evys1bk0">{esc(p)}</p>' for p in paras)
    if first_html:
        ps_ = first_html + "\n" + ps_
    return (f'<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-{n}"><div class="css-53u6y8">\n{ps_}\n</div>'
            '<aside class="css-ew4tgv" aria-label="companion column"></aside></div>')


def nyt7_ad(n=1):
    return (f'<div id="story-ad-{n}-wrapper" class="css-1nkgrdi"><div class="css-a6rbq9"><div class="ad story-ad-{n}-wrapper" style="text-align:center">'
            f'<p class="css-1cqdvu8">Advertisement</p><div id="story-ad-{n}" class="place-ad" data-position="story-ad-{n}"></div>'
            f'<div class="css-1rurwn1"><a href="#after-story-ad-{n}" class="css-1o81yv7">SKIP ADVERTISEMENT</a></div></div></div></div><div id="after-story-ad-{n}"></div>')


# ================================================================ Gannett / USA Today local network
def _gnt_top(title, site):
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author="Hannah Okoro")}
<script>window.gnt_config = {{"ssts": "news/local", "site": "marioncreek"}};</script></head>
<body class="gnt_pr gnt_pr__article">
<div class="gnt_n"><div class="gnt_n_w"><a class="gnt_n_logo" href="/" aria-label="{site} home">{site}</a>
<nav class="gnt_n_mn"><a class="gnt_n_mn_l" href="/">Home</a><a class="gnt_n_mn_l" href="/news/">News</a><a class="gnt_n_mn_l" href="/sports/">Sports</a><a class="gnt_n_mn_l" href="/entertainment/">Entertainment</a><a class="gnt_n_mn_l" href="/opinion/">Opinion</a><a class="gnt_n_mn_l" href="https://www.legacy.example/us/obituaries/ledger">Obituaries</a><a class="gnt_n_mn_l" href="https://ledger.e-edition.example">eNewspaper</a><a class="gnt_n_mn_l" href="/legal-notices">Legals</a></nav>
<div class="gnt_n_us"><a class="gnt_n_us_a gnt_n_us_a__sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/signin">Sign In</a></div></div></div>
<div class="gnt_tb gnt_tb__ad"><div class="gnt_x gnt_x__lbl">Advertisement</div><div id="gnt_tb_ad"></div></div>"""


def _gnt_bottom(site):
    return f"""<footer class="gnt_f"><div class="gnt_f_w"><a class="gnt_f_logo" href="/">{site}</a><div class="gnt_f_c"><p class="gnt_f_c_t">Our Company</p><a href="/about">About Us</a><a href="https://careers.example">Careers</a><a href="/newsroom-ethics">Our Ethical Principles</a><a href="/staff">Staff Directory</a><a href="/accessibility">Accessibility Support</a></div>
<div class="gnt_f_c"><p class="gnt_f_c_t">Subscriber Benefits</p><a href="/subscribe">Subscription Offers</a><a href="/newsletters">Newsletters</a><a href="/eenewspaper">eNewspaper</a><a href="/manage">Manage Account</a></div>
<p class="gnt_f_cp">© 2024 www.marioncreekledger.example. All rights reserved.</p></div></footer>
<script src="https://www.gannett-cdn.example/gnt/static/js/article.js"></script>
</body></html>"""


def gannett(title, body, after="", figure="", site="The Marion Creek Ledger", author="Hannah Okoro", date="Published 5:02 a.m. ET Oct. 8, 2024", label="LOCAL"):
    return _gnt_top(title, site) + f"""
<main class="gnt_cw"><article class="gnt_pr" aria-label="{esc(title)}">
<div class="gnt_ar_lbl"><a href="/news/local/">{label}</a></div>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(title)}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/2649/hannah-okoro/">{author}</a><div class="gnt_ar_by_j">{site}</div></div>
<div class="gnt_ar_dt" aria-label="{date}">{date}</div>
<div class="gnt_ss"><button class="gnt_ss_fb" aria-label="Share to Facebook">Facebook</button><button class="gnt_ss_tw" aria-label="Share to X">X</button><button class="gnt_ss_em" aria-label="Email this article">Email</button><button class="gnt_ss_gf">Gift article</button></div>
{figure}
<div class="gnt_ar_b" aria-label="Article Body">
{body}
</div>
<div class="gnt_ar_fb"><div class="gnt_x gnt_x__lbl">Advertisement</div></div>
</article>
{after}
<aside class="gnt_rr"><div class="gnt_m gnt_m_th"><div class="gnt_m_th_lbl">Most Popular</div>
<a class="gnt_m_th_a" href="/story/news/local/2024/10/07/1/">Man dies after being pulled from Eagle Lake</a><a class="gnt_m_th_a" href="/story/news/local/2024/10/06/2/">Where to find the best apple cider donuts this fall</a><a class="gnt_m_th_a" href="/story/sports/2024/10/05/3/">Friday night lights: Our picks for Week 8</a></div>
<div class="gnt_x gnt_x__lbl">Advertisement</div></aside>
</main>
""" + _gnt_bottom(site)


def gnt_p(paras):
    return "\n".join(f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in paras)


GNT_AD = '<aside class="gnt_em_vp__tp gnt_em gnt_em__el" aria-label="advertisement"><div class="gnt_x gnt_x__lbl">Advertisement</div><div class="gnt_x_ad"></div></aside>'


def gnt_section(cards, site="The Marion Creek Ledger"):
    items = "\n".join(f"""<a class="gnt_m_flm_a" data-t-l="|flm|{i}" href="/story/news/local/2024/10/0{i + 1}/story-{i}/" data-c-br="{esc(s)}">{esc(t)}<div class="gnt_m_flm_br">{esc(s)}</div><div class="gnt_m_flm_sbt" data-c-dt="{i + 2}:1{i} p.m. ET Oct. 8"></div><img class="gnt_m_flm_i" src="/img/flm{i}.jpg" alt="" loading="lazy" width="120" height="80"></a>""" for i, (t, s) in enumerate(cards))
    return _gnt_top("Local News", site) + f"""
<main class="gnt_cw gnt_cw__sf"><h1 class="gnt_sf_t">Local News</h1>
<div class="gnt_m gnt_m_flm" aria-label="Latest local news">
{items}
</div>
<div class="gnt_m_lm"><button class="gnt_m_lm_b">Load More</button></div>
<aside class="gnt_rr"><div class="gnt_x gnt_x__lbl">Advertisement</div></aside>
</main>
""" + _gnt_bottom(site)


# ================================================================ NPR-like
def npr(title, body, after="", site="NPX", slug="Food", author="Lena Whitcomb", teaser=""):
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>{esc(title)} : {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section=slug, desc=teaser)}
<script>var NPR = NPR || {{}}; NPR.serverVars = {{"storyId": "nx-5022184", "topics": ["1053"]}};</script></head>
<body class="story-page">
<header id="globalheader" class="globalheader"><div class="global-navigation"><a class="logo" href="/">{site}</a>
<nav class="navigation"><ul><li><a href="/sections/news/">News</a></li><li><a href="/sections/arts/">Culture</a></li><li><a href="/music/">Music</a></li><li><a href="/podcasts-and-shows/">Podcasts &amp; Shows</a></li><li><a href="/search/">Search</a></li></ul></nav>
<a class="donate-button" href="/donations/support">Donate</a> <a class="shop" href="https://shop.npx.example">Shop</a></div></header>
<main class="main"><section id="main-section"><article class="story">
<div class="story-meta"><div class="slug-wrap"><h3 class="slug"><a href="/sections/food/">{slug}</a></h3></div>
<div class="storytitle"><h1>{esc(title)}</h1></div>
<div id="story-meta" class="story-meta has-byline"><div class="story-meta__one"><div class="byline-container--block"><div class="byline byline--block"><p class="byline__name byline__name--block"><a href="/people/5512/lena-whitcomb" rel="author">{author}</a></p></div></div></div>
<div class="story-meta__two"><div class="dateblock"><time datetime="2024-07-02T05:00:00-04:00"><span class="date">July 2, 2024</span><span class="time">5:00 AM ET</span></time></div></div></div>
<div class="share-tools share-tools--primary" aria-label="Share"><ul><li class="share-tool share-tool--facebook"><a href="#">Facebook</a></li><li class="share-tool share-tool--flipboard"><a href="#">Flipboard</a></li><li class="share-tool share-tool--email"><a href="#">Email</a></li></ul></div></div>
<div class="audio-module"><div class="audio-module-controls-wrap"><button class="audio-module-listen"><b class="audio-module-listen-inner"><b class="audio-module-listen-text"><b class="audio-module-cta">Listen</b> · <b class="audio-module-listen-duration"><span>4:12</span></b></b></b></button></div>
<div class="audio-module-tools"><ul class="audio-tool-list"><li class="audio-tool audio-tool-download"><a href="/download/5022184.mp3">Download</a></li><li class="audio-tool audio-tool-embed"><button>Embed</button></li><li class="audio-tool audio-tool-transcript"><a href="/transcripts/5022184">Transcript</a></li></ul></div></div>
<div id="storytext" class="storytext storylocation linkLocation">
{body}
</div>
<div class="story-footer"><aside class="tags"><a href="/tags/1001/drought">drought</a> <a href="/tags/1002/ranching">ranching</a> <a href="/tags/1003/new-mexico">New Mexico</a></aside></div>
</article>
{after}
<aside id="main-sidebar" class="main-sidebar"><div class="recommended-stories"><h3>More Stories From {site}</h3>
<article class="item"><h2 class="title"><a href="/2024/07/01/heat-workers">Heat is killing more outdoor workers. A new rule aims to change that</a></h2></article>
<article class="item"><h2 class="title"><a href="/2024/06/30/chili-harvest">Chile farmers try new seeds as the Rio Grande shrinks</a></h2></article></div></aside>
</section></main>
<footer id="npr-footer" class="npr-footer"><div class="footer-links"><a href="/about/">About {site}</a> <a href="/about/ethics">Ethics</a> <a href="/about/diversity">Diversity</a> <a href="/about/careers">Careers</a> <a href="/about/press">Press</a></div>
<div class="footer-legal"><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy</a> <a href="/privacy-choices">Your Privacy Choices</a> <a href="/text">Text Only</a> <span>© 2024 {site}</span></div></footer>
</body></html>"""


def npr_image(caption, credit, rid="res5022201"):
    return f"""<div id="{rid}" class="bucketwrap image large" aria-label="Image">
<div class="imagewrap has-source-dimensions" data-crop-type=""><picture><source srcset="/assets/img/2024/07/01/ranch_wide.jpg?s=1100"><img src="/assets/img/2024/07/01/ranch_wide.jpg?s=800" alt="{esc(caption[:50])}" loading="lazy"></picture>
<div class="enlarge_measure"></div><div class="enlarge-options"><button class="enlargebtn" aria-label="Enlarge this image">Enlarge this image</button></div></div>
<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>{esc(caption)}<b class="hide-caption"><b>hide caption</b></b></p></div><b class="toggle-caption"><b>toggle caption</b></b></div>
<span class="credit" aria-label="Image credit">{esc(credit)}</span></div>
<div class="enlarge_html"><div class="image"><img src="/assets/img/2024/07/01/ranch_wide.jpg?s=1600" alt=""></div><div class="credit-caption"><div class="caption"><p>{esc(caption)}</p></div><span class="credit">{esc(credit)}</span></div></div></div>"""


# ================================================================ Politico-like
def politico(title, body, dek="", after="", site="Polity", author="Evan Marchand and Tessa Oyelaran", section="CONGRESS"):
    d = f'<p class="dek">{esc(dek)}</p>' if dek else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section=section)}
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"content_type": "story", "section": "congress"}});</script></head>
<body class="page-article layout-story">
<header class="site-header"><a class="site-header__logo" href="/">{site}</a>
<nav class="site-header__nav"><a href="/congress">Congress</a> <a href="/white-house">White House</a> <a href="/elections">Elections</a> <a href="/policy">Policy</a> <a href="/newsletters">Newsletters</a> <a href="/podcasts">Podcasts</a> <a href="https://pro.polity.example">Pro</a></nav>
<a class="site-header__subscribe" href="/subscribe">Subscribe</a></header>
<div class="ad ad--leaderboard"><p class="ad__label">Advertisement</p><div id="pol-leader"></div></div>
<main id="main" class="container container--story"><div class="container__column container__column--story">
<article class="story-main-content">
<header class="summary-header"><p class="story-meta__section"><a href="/congress">{section}</a></p><h2 class="headline">{esc(title)}</h2>{d}
<div class="story-meta"><p class="story-meta__authors"><span class="vcard">By <a href="/staff/evan-marchand">{author}</a></span></p><p class="story-meta__timestamp"><time datetime="2024-07-09T04:30:00-04:00">07/09/2024 04:30 AM EDT</time></p></div>
<div class="share-tools"><button class="share-tools__link">Link Copied</button> <a class="share-tools__facebook" href="#">Facebook</a> <a class="share-tools__twitter" href="#">Twitter</a> <a class="share-tools__email" href="#">Email</a></div></header>
{body}
<footer class="story-footer"><p class="story-meta__tags">Filed under: <a href="/tag/congress">Congress</a>, <a href="/tag/rail">Rail</a>, <a href="/tag/senate">Senate</a></p></footer>
</article>
{after}
</div>
<aside class="container__column container__column--sidebar"><div class="newsletter-promo"><h3 class="newsletter-promo__title">Playbook</h3><p class="newsletter-promo__text">Sign up for Polity Playbook and get the latest news, every morning — in your inbox.</p>
<form class="newsletter-promo__form"><input type="email" placeholder="Your Email"><button type="submit">Sign Up</button></form><p class="newsletter-promo__legal">By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service.</p></div>
<div class="most-read"><h3>Most Read</h3><ol><li><a href="/news/1">House GOP eyes new spending fight</a></li><li><a href="/news/2">Inside the governor's race nobody saw coming</a></li><li><a href="/news/3">Supreme Court takes up water rights case</a></li></ol></div></aside>
</main>
<footer class="site-footer"><nav><a href="/about">About Us</a> <a href="/advertising">Advertising</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> <a href="/do-not-sell">Do not sell my info</a></nav><p>© 2024 {site} LLC</p></footer>
</body></html>"""


def pol_text(paras):
    return '<div class="story-text">\n' + "\n".join(f'<p class="story-text__paragraph">{esc(p)}</p>' for p in paras) + "\n</div>"


def pol_ad(n=1):
    return f'<div class="story-interrupt ad ad--horizontal" data-position="inline-{n}"><p class="ad__label">Advertisement</p><div id="pol-0{n}"></div></div>'


# ================================================================ Axios-like
def axios(title, body, after="", site="Axion", local="Axion Denver", author="Maren Fischer", date="Jul 22, 2024"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - {local}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Local")}
<script id="__NEXT_DATA__" type="application/json">{{"props": {{"pageProps": {{"storyId": "a8c2f1"}}}}, "page": "/local/[city]/[year]/[month]/[day]/[slug]"}}</script></head>
<body><div id="__next">
<header class="Header_header__Qy2_p"><a class="Header_logo__k1n2b" href="/">{site}</a><span class="Header_local__1Nn8q">{local}</span>
<nav class="Header_nav__8vU2h"><a href="/politics">Politics &amp; Policy</a> <a href="/technology">Technology</a> <a href="/local">Local</a> <a href="/newsletters">Newsletters</a></nav>
<a class="Header_subscribe__0mN3s" href="/newsletters/axion-denver">Subscribe</a></header>
<main class="Layout_main__7VvW4"><article class="StoryLayout_story__P2d8Q">
<div class="StoryHeadline_headline__tZ1kM"><h1 class="h1">{esc(title)}</h1></div>
<div class="StoryByline_byline__Gj1gN"><a href="/authors/mfischer" class="StoryByline_author__1eKf2">{author}</a><time class="StoryByline_time__F0s7r">{date}</time></div>
<div class="ShareButtons_share__2Zc0h"><button>Share on Facebook</button><button>Share on X</button><button>Share on LinkedIn</button><button>Share via Email</button></div>
<figure class="StoryImage_image__W0n7M"><img src="/img/rent.jpg" alt="Illustration of a for-rent sign"><figcaption class="StoryImage_caption__8nG2u"><span class="StoryImage_credit__t6Y3x">Illustration: Axion Visuals</span></figcaption></figure>
<div class="StoryBody_body__fA1x4 gtmContentClickTracker"><div class="DraftjsBlocks_draftjs__fm3S2">
{body}
</div></div>
</article>
{after}
</main>
<footer class="Footer_footer__3Zk1Q"><nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a> <a href="/local/cities">Axion Local cities</a></nav><p>Axion Media © 2024</p></footer>
</div></body></html>"""


# ================================================================ Nexstar: The Hill-like and a TV station
NEXSTAR_COPY = "Copyright 2024 Meridian Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."


def nexstar(title, body, after="", site="KXRV 7 News", tagline="Cordova County's News Leader", author="Daniel Rios", date="Posted: Jul 14, 2024 / 10:22 AM MDT", section="Local News", hill=False):
    nav = ("News", "Weather", "Sports", "Video", "Contests", "Community") if not hill else ("News", "Policy", "Business", "Opinion", "Latino", "Video", "Events")
    navh = "".join(f'<li class="site-nav__item"><a class="site-nav__link" href="/{x.lower()}/">{x}</a></li>' for x in nav)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section=section)}
<script>var nxsTargeting = {{"site": "kxrv", "section": "{section.lower()}"}};</script>
<link rel="stylesheet" id="nexstar-main-css" href="/wp-content/themes/nexstar/client/build/css/main.css" media="all"></head>
<body class="post-template-default single single-post {'thehill' if hill else 'nxs-station'}">
<div class="site-header-wrapper"><header class="site-header"><a class="site-header__logo" href="/">{site}</a><span class="site-header__tagline">{tagline}</span>
<nav class="site-nav"><ul class="site-nav__list">{navh}</ul></nav>
<div class="site-header__weather"><a href="/weather/">78°</a></div><a class="site-header__watch" href="/live/">Watch Now</a></div></header></div>
<div class="ad-unit ad-unit--leaderboard"><div class="ad-unit__label">ADVERTISEMENT</div><div id="acm-ad-tag-728x90"></div></div>
<main id="main" class="site-main"><div class="article-wrapper">
<article class="article post type-post">
<header class="article-header"><div class="article-section"><a href="/news/local-news/">{section}</a></div><h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><div class="article-authors"><span class="article-author">by: <a href="/author/daniel-rios/">{author}</a></span></div><p class="article-dates"><time datetime="2024-07-14T10:22:00-06:00">{date}</time> <time class="updated">Updated: Jul 14, 2024 / 11:05 AM MDT</time></p></div>
<div class="article-share"><a class="share-facebook" href="#">Share on Facebook</a> <a class="share-twitter" href="#">Share on X</a> <a class="share-email" href="#">Email</a> <a class="share-copy" href="#">Copy Link</a></div></header>
<div class="article-content article-body rich-text">
{body}
</div>
</article>
{after}
<section class="article-list article-list--trending"><h2 class="article-list__heading">Trending Stories</h2><ul>
<li><a href="/news/1/">Crash closes both lanes of I-25 near mile marker 340</a></li>
<li><a href="/news/2/">New taco shop opens in former drive-in theater</a></li>
<li><a href="/news/3/">Summer monsoon: When to expect the first storms</a></li></ul></section>
</div></main>
<footer class="site-footer"><nav class="site-footer__nav"><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> <a href="/eeo-report/">EEO Report</a> <a href="/fcc-public-file/">FCC Public File</a> <a href="/privacy-policy/">Privacy Policy</a> <a href="/terms-of-use/">Terms Of Use</a> <a href="/ccpa/">Do Not Sell or Share My Personal Information</a></nav>
<p class="site-footer__copyright">© 1998 - 2024 Meridian Media Inc. | All Rights Reserved.</p></footer>
<script src="/wp-content/themes/nexstar/client/build/js/main.js"></script>
</body></html>"""


# ================================================================ Daily Mail-like
DM_NAV = ("Home", "News", "Royals", "U.S.", "Sport", "TV", "Showbiz", "Femail", "Health", "Science", "Money", "Travel")


def dailymail(title, body, bullets=(), after="", site="Daily Courier", byline="By HELEN MCCARTHY FOR COURIERONLINE"):
    nav = "".join(f'<li><a href="/{x.lower().replace(".", "")}/index.html">{x}</a></li>' for x in DM_NAV)
    bl = ('<ul class="mol-bullets-with-font">' + "".join(f'<li class="class-_4bd3w"><font style="font-size: 1.2em;"><strong>{esc(b)}</strong></font></li>' for b in bullets) + "</ul>") if bullets else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site} Online</title>
{ld(title, publisher=site, author="Helen McCarthy", section="News")}
<script>window.PageCriteria = window.PageCriteria || {{"articleId": 13398841, "channel": "news"}};</script></head>
<body class="mol-desktop">
<div id="page-container">
<div class="page-header"><div class="masthead"><a class="logo" href="/home/index.html">{site}</a></div>
<ul class="nav-primary cleared">{nav}</ul>
<ul class="nav-secondary"><li><a href="/news/headlines/index.html">Headlines</a></li><li><a href="/news/coronavirus/index.html">Covid</a></li><li><a href="/news/crime/index.html">Crime</a></li><li><a href="/news/royals/index.html">Royal Family</a></li></ul></div>
<div class="billboard-container"><div id="billBoard" class="adHolder"></div></div>
<div class="alpha">
<div id="js-article-text" class="article-text wide heading-tag-switch">
<h2>{esc(title)}</h2>
{bl}
<p class="author-section byline-plain">{byline}</p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span> <time datetime="2024-05-14T16:42:11+0100">16:42 BST, 14 May 2024</time></span> | <span class="article-timestamp article-timestamp-updated"><span class="article-timestamp-label">Updated:</span> <time datetime="2024-05-14T17:05:40+0100">17:05 BST, 14 May 2024</time></span></p>
<div class="social-share-top"><ul class="social-links"><li class="share-facebook"><a href="#">Share</a></li><li class="share-twitter"><a href="#">Tweet</a></li><li class="share-email"><a href="#">Email</a></li></ul><div class="article-icon-links-container"><span class="comments-count">142</span> <a href="#comments">comments</a></div></div>
<div itemprop="articleBody">
{body}
</div>
<div class="social-share-bottom"><h3 class="share-article-title">Share or comment on this article:</h3><ul class="social-links"><li class="share-email"><a href="#">e-mail</a></li><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-twitter"><a href="#">X</a></li></ul></div>
{after}
</div></div>
<div class="beta"><div class="puff"><h3 class="linkro-darkred">Most Read News</h3><ul class="link-box">
<li><a href="/news/article-1/a.html">Couple's dream holiday ruined by 'plague of wasps'</a></li>
<li><a href="/news/article-2/b.html">Pensioner finds Roman coin hoard with £30 metal detector</a></li>
<li><a href="/news/article-3/c.html">Motorway chaos as lorry sheds load of baked beans</a></li></ul></div>
<div class="femail-puff"><h3>FEMAIL TODAY</h3><ul><li><a href="/femail/1.html">Star shows off bronzed figure on yacht in Ibiza</a></li></ul></div></div>
<div class="page-footer"><p class="footer-links"><a href="/home/article-1/terms.html">Terms</a> | <a href="/privacy">Privacy policy &amp; cookies</a> | <a href="/advertise">Advertise with us</a> | <a href="/contact">Contact us</a> | <a href="/howtocomplain">How to complain</a></p>
<p class="footer-copyright">Published by Associated Courier Newspapers Ltd. Part of the Courier, Sunday Courier &amp; Courier Direct Group. © Associated Courier Newspapers Ltd</p></div>
</div>
<script src="/static/mol-fe/static/mol-fe-sync-bundle/desktop.js"></script>
</body></html>"""


def dm_p(paras):
    return "\n".join(f'<p class="mol-para-with-font">{esc(p)}</p>' for p in paras)


def dm_image(caption, img="/i/pix/2024/05/14/hedge.jpg"):
    return f"""<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap"><img id="i-8c1f" src="{img}" height="423" width="634" alt="{esc(caption[:40])}" class="blkBorder img-share"></div></div>
<p class="imageCaption">{esc(caption)}</p></div>"""


# ================================================================ Independent-like
def independent(title, body, standfirst="", after="", site="The Northern Independent", author="Rebecca Thorne", role="Health Correspondent"):
    sf = f'<h2 class="sc-1s2ds66-0 standfirst">{esc(standfirst)}</h2>' if standfirst else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="UK News", desc=standfirst)}
<script>window.JSGlobals = {{"article": {{"premium": false, "sections": ["news", "health"]}}}};</script></head>
<body class="article-page">
<header class="sc-1x9t0hw-0 header"><a class="sc-1x9t0hw-1 logo" href="/">{site}</a>
<nav class="sc-1x9t0hw-2 nav"><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/voices">Voices</a> <a href="/climate-change">Climate</a> <a href="/money">Money</a> <a href="/life-style">Lifestyle</a> <a href="/travel">Travel</a> <a href="/premium">Premium</a></nav>
<a class="sc-1x9t0hw-3 subscribe" href="/subscribe">Subscribe</a> <a class="login" href="/login">Login</a></header>
<div class="sc-ad-wrapper"><div id="top_banner" class="dfp-ad"></div></div>
<main><article class="sc-1s2ds66-1 article">
<header id="articleHeader"><nav class="breadcrumb"><a href="/news">News</a> <a href="/news/health">Health</a></nav>
<h1 class="sc-1s2ds66-2 headline">{esc(title)}</h1>
{sf}
<div class="sc-author"><a href="/author/rebecca-thorne">{author}</a> <span class="role">{role}</span> <time datetime="2024-07-10T11:02:00Z">Wednesday 10 July 2024 12:02 BST</time></div>
<div class="sc-share-bar"><button>Share on Facebook</button><button>Share on X</button><button>Share via Email</button><span class="comments-count">Comments</span><button>Bookmark</button></div></header>
<div id="main" class="sc-1tw5ko3-3 main-content">
{body}
</div>
<div class="sc-tags"><h4>More about</h4><a href="/topic/nhs">NHS</a> <a href="/topic/bma">BMA</a> <a href="/topic/junior-doctors">junior doctors</a> <a href="/topic/strikes">strikes</a></div>
<div class="sc-comments-cta"><h4>Join our commenting forum</h4><p>Join thought-provoking conversations, follow other Independent readers and see their replies</p><button>View comments</button></div>
</article>
{after}
</main>
<aside class="sc-most-popular"><h3>Most popular</h3><ol><li><a href="/news/uk/1">Heatwave warning as temperatures set to hit 33C</a></li><li><a href="/news/uk/2">Water firm bosses banned from bonuses</a></li><li><a href="/news/uk/3">The seaside town that banned barbecues</a></li></ol></aside>
<footer class="sc-footer"><nav><a href="/service/about-us">About us</a> <a href="/service/contact-us">Contact us</a> <a href="/service/code-of-conduct">Code of conduct and complaints</a> <a href="/service/privacy-policy">Privacy notice</a> <a href="/service/cookie-policy">Cookie policy</a></nav>
<p>© 2024 {site}. All rights reserved.</p></footer>
</body></html>"""


# ================================================================ Sky-News-like
def sky(title, body, standfirst="", after="", site="Sky Channel News", author="Ellie Marsh", role="news reporter"):
    sf = f'<p class="sdc-article-header__sub-title">{esc(standfirst)}</p>' if standfirst else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | UK News | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="UK", desc=standfirst)}
<script>window.sdc = {{"page": {{"type": "story", "section": "uk"}}}};</script></head>
<body class="sdc-site">
<header class="sdc-site-header"><a class="sdc-site-header__logo" href="/">{site}</a>
<nav class="sdc-site-header__menu"><a class="sdc-site-header__menu-item" href="/">Home</a><a class="sdc-site-header__menu-item" href="/uk">UK</a><a class="sdc-site-header__menu-item" href="/world">World</a><a class="sdc-site-header__menu-item" href="/politics">Politics</a><a class="sdc-site-header__menu-item" href="/us">US</a><a class="sdc-site-header__menu-item" href="/climate">Climate</a><a class="sdc-site-header__menu-item" href="/science-and-tech">Science &amp; Tech</a><a class="sdc-site-header__menu-item" href="/business">Business</a><a class="sdc-site-header__menu-item" href="/watch-live">Watch Live</a></nav></header>
<main class="sdc-site-layout"><div class="sdc-site-layout__col1">
<div class="sdc-article-header"><div class="sdc-article-header__wrap"><h1 class="sdc-article-header__long-title">{esc(title)}</h1>
{sf}
<div class="sdc-article-author"><p class="sdc-article-author__byline">By {author}, {role}</p></div>
<p class="sdc-article-date"><span class="sdc-article-date__date-time">Monday 14 October 2024 09:41, UK</span></p></div></div>
<div class="sdc-article-share"><ul><li><a class="sdc-article-share__link" href="#">Why you can trust {site}</a></li></ul><div class="sdc-share-tool"><button>Facebook</button><button>X</button><button>WhatsApp</button><button>Email</button></div></div>
<div class="sdc-article-body sdc-article-body--story sdc-article-body--lead">
{body}
</div>
<div class="sdc-article-related-stories"><h3 class="sdc-article-related-stories__title">Related Topics</h3><ul><li><a href="/topic/flooding">Flooding</a></li><li><a href="/topic/weather">Weather</a></li><li><a href="/topic/yorkshire">Yorkshire</a></li></ul></div>
{after}
</div>
<div class="sdc-site-layout__col2"><div class="ui-trending"><h3>Trending</h3><ol><li><a href="/story/1">Pub landlord fined after serving 'dangerous' scampi</a></li><li><a href="/story/2">Train operator to be renationalised next year</a></li></ol></div></div></main>
<footer class="sdc-site-footer"><ul class="sdc-site-footer__list"><li><a href="/about">About {site}</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms &amp; Conditions</a></li><li><a href="/privacy">Privacy &amp; Cookies</a></li><li><a href="/privacy-options">Privacy Options</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
<p class="sdc-site-footer__copyright">© 2024 {site} Ltd. All rights reserved.</p></footer>
</body></html>"""


def sky_image(caption, credit):
    return f"""<div class="sdc-article-image"><figure class="sdc-article-image__figure"><div class="sdc-article-image__wrapper"><img class="sdc-article-image__item" src="/img/flood.jpg" alt="{esc(caption[:40])}"></div>
<figcaption class="ui-media-caption sdc-article-image__caption"><span class="u-hide-visually">Image:</span><span class="ui-media-caption__caption-text">{esc(caption)}<br>Pic: {esc(credit)}</span></figcaption></figure></div>"""


# ================================================================ Al Jazeera English-like
AJ_NAV = ("News", "Middle East", "Explained", "Opinion", "Sport", "Video", "Features", "Economy", "Climate Crisis")


def _aj_top(title, site):
    nav = "".join(f'<li class="menu__item"><a href="/{x.lower().replace(" ", "-")}/">{x}</a></li>' for x in AJ_NAV)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author="Al Jazeera Staff", section="News")}
<script>window.dataLayer = [{{"pageType": "post"}}];</script></head>
<body class="single-post">
<div class="container"><header class="site-header"><a class="site-header__logo" href="/">{site}</a><nav class="site-header__navigation"><ul class="menu header-menu">{nav}</ul></nav>
<a class="site-header__live-cta" href="/live/">Live</a></header>
<div class="site-header__ad"><div class="advertisement container--ads"><div id="dfp-ad-top"></div><span class="ad-label">Advertisement</span></div></div>"""


def _aj_bottom(site):
    return f"""<footer class="footer"><div class="footer__menus"><ul class="footer-menu"><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/code-of-ethics/">Code of Ethics</a></li><li><a href="/terms/">Terms and Conditions</a></li><li><a href="/cookie-preferences/">Cookie Preferences</a></li><li><a href="/privacy/">Privacy Policy</a></li></ul></div>
<p class="footer__copyright">© 2024 {site} Media Network</p></footer></div>
<script src="/static/js/main.js"></script>
</body></html>"""


def aljazeera(title, body, subhead="", after="", figure="", site="Al Wasat English"):
    sh = f'<p class="article__subhead"><em>{esc(subhead)}</em></p>' if subhead else ""
    return _aj_top(title, site) + f"""
<div class="container__inner"><main id="main-content-area" class="l-col l-col--8">
<header class="article-header"><div class="topics"><a href="/where/varesh/">Varesh</a></div><h1>{esc(title)}</h1>{sh}</header>
<div class="article-info-block"><div class="article-b-l"><div class="article-author"><span class="article-author-name">By <a href="/author/aisha-rahman">Aisha Rahman</a></span></div>
<div class="article-dates"><div class="date-simple"><span class="screen-reader-text">Published On 14 Jul 2024</span><span aria-hidden="true">14 Jul 2024</span></div></div></div>
<div class="article-share"><button class="article-share__button">Click here to share on social media</button><a class="bookmark" href="#">Save</a></div></div>
{figure}
<div class="wysiwyg wysiwyg--all-content css-ibbk12" aria-live="polite">
{body}
</div>
{after}
</main>
<aside class="l-col l-col--4 sidebar"><div class="most-read-container"><h2 class="most-read__title">Most Read</h2><ol>
<li><a href="/news/2024/7/13/1">Dozens killed as boat capsizes off coast</a></li><li><a href="/news/2024/7/13/2">Why are farmers protesting across the region?</a></li><li><a href="/news/2024/7/12/3">Election body delays results for second day</a></li></ol></div></aside></div>
""" + _aj_bottom(site)


def aj_figure(caption):
    return f"""<figure class="article-featured-image"><div class="responsive-image"><img src="/wp-content/uploads/2024/07/flood.jpg?resize=770%2C513" alt="{esc(caption[:40])}"></div><figcaption>{esc(caption)}</figcaption></figure>"""


def aj_section(cards, site="Al Wasat English"):
    items = "\n".join(f"""<article class="gc u-clickable-card gc--type-post gc--list gc--with-image"><div class="gc__content"><div class="gc__header-wrap"><h3 class="gc__title"><a class="u-clickable-card__link" href="/news/2024/7/1{i}/story-{i}"><span>{esc(t)}</span></a></h3></div>
<div class="gc__body-wrap"><div class="gc__excerpt"><p>{esc(s)}</p></div></div>
<footer class="gc__footer"><div class="gc__meta"><div class="gc__date"><div class="date-simple"><span class="screen-reader-text">Published On 1{i} Jul 1{i} Jul 2024</span><span aria-hidden="true">1{i} Jul 2024</span></div></div></div></footer></div>
<div class="gc__image-wrap"><div class="responsive-image"><img src="/img/gc{i}.jpg" alt="" loading="lazy"></div></div></article>""" for i, (t, s) in enumerate(cards))
    return _aj_top("News", site) + f"""
<div class="container__inner"><main id="main-content-area" class="l-col l-col--8">
<h1 class="section-header__title">News</h1>
<section id="news-feed-container" class="news-feed-container">
{items}
</section>
<button class="show-more-button" data-testid="show-more-button">Show more</button>
</main></div>
""" + _aj_bottom(site)


# ================================================================ Business Insider-like
def bi(title, body, summary=(), after="", site="Business Ledger", author="Priya Natarajan", date="Jul 9, 2024, 1:14 PM EDT"):
    sm = ('<div class="post-summary-bullets"><ul class="summary-list">' + "".join(f"<li>{esc(b)}</li>" for b in summary) + "</ul></div>") if summary else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Tech")}
<script>window.insiderData = {{"vertical": "tech", "premium": false}};</script></head>
<body class="post-page vertical-tech">
<header class="site-header"><a class="site-header__logo" href="/">{site}</a><nav class="site-header__verticals"><a href="/business">Business</a> <a href="/strategy">Strategy</a> <a href="/economy">Economy</a> <a href="/tech">Tech</a> <a href="/ai">AI</a> <a href="/markets">Markets</a> <a href="/lifestyle">Lifestyle</a></nav>
<a class="site-header__subscribe" href="/subscription">Subscribe</a> <a class="site-header__login" href="/account/login">Log in</a></header>
<div class="ad-wrapper ad-wrapper--leaderboard"><div class="ad-callout">Advertisement</div><div id="gpt-leaderboard"></div></div>
<main><article class="post-content-wrapper">
<div class="post-headline"><h1 class="post-hed">{esc(title)}</h1></div>
<div class="byline-wrapper"><div class="byline-author"><a class="byline-link" href="/author/priya-natarajan">{author}</a></div><div class="byline-timestamp" data-timestamp="2024-07-09T17:14:00Z">{date}</div>
<div class="share-wrapper"><button class="share-button">Share</button><button class="save-button">Save</button><button class="read-in-app">Read in app</button></div></div>
<figure class="figure image-figure-image"><img src="/i/quantrell-hq.jpg" alt="Quantrell headquarters"><figcaption class="figure-caption"><span class="image-source-caption">Quantrell's headquarters in San Mateo, California.</span> <span class="image-source-credit">Loren Haas/Getty Images</span></figcaption></figure>
<section class="post-content">
{sm}
<div class="content-lock-content">
{body}
</div>
</section>
</article>
{after}
</main>
<footer class="site-footer"><nav><a href="/about">About Us</a> <a href="/careers">Careers</a> <a href="/advertising">Advertising</a> <a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a> <a href="/reprints">Reprints &amp; Permissions</a></nav>
<p>* Copyright © 2024 Ledger Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms of Service and Privacy Policy.</p></footer>
</body></html>"""


def bi_p(paras):
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


BI_AD = '<div class="in-post-sticky"><div class="ad-wrapper ad-wrapper--in-post"><div class="ad-callout">Advertisement</div><div class="gpt-inpost"></div></div></div>'


# ================================================================ Hindustan Times-like and Times of India-like
def ht(title, body, dek="", after="", figure="", site="Hindustan Daily", author="Rohit Kulkarni", date="Updated on Oct 14, 2024 09:11 PM IST", before_body=""):
    d = f'<h2 class="sortDec">{esc(dek)}</h2>' if dek else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Latest News India - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Cities", desc=dek)}
<script>var htAds = {{"section": "cities", "subsection": "ranipur-news"}};</script></head>
<body>
<header class="hdr"><div class="logo"><a href="/">{site}</a></div><nav class="mainNav"><a href="/">Home</a> <a href="/latest-news">Latest News</a> <a href="/india-news">India</a> <a href="/world-news">World</a> <a href="/cities">Cities</a> <a href="/entertainment">Entertainment</a> <a href="/cricket">Cricket</a> <a href="/videos">Videos</a> <a href="/e-paper">E-Paper</a></nav>
<a class="subscribeBtn" href="/subscription">Subscribe</a> <a class="signIn" href="/login">Sign In</a></header>
<div class="adHeight90 adMinHeight90 topAd"><div id="div-gpt-ad-top"></div><span class="adsTxt">Advertisement</span></div>
<section class="mainContainer"><div class="leftSection">
<div class="storyDetails taboola-readmore" id="storyDetails" data-vars-storyid="101728907211">
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/cities">Cities</a> / <a href="/cities/ranipur-news">Ranipur</a></div>
<h1 class="hdg1">{esc(title)}</h1>
{d}
<div class="actionDiv flexElm topTime"><div class="storyBy"><small>By <a href="/author/rohit-kulkarni">{author}</a>, Ranipur</small></div><div class="dateTime secTime storyPage">{date}</div>
<div class="shareArticle"><ul><li class="shareIcon"><a href="#">Share Via</a></li><li class="copyLinks"><a href="#">Copy Link</a></li></ul></div></div>
{figure}
{before_body}
<div class="detail">
{body}
</div>
<div class="storyTopics"><span class="topicHead">Topics</span><ul><li><a href="/topic/ranipur">Ranipur</a></li><li><a href="/topic/electric-buses">electric buses</a></li></ul></div>
</div>
{after}
</div>
<div class="rightSection"><div class="trendingNews"><h3>Trending in Cities</h3><ul><li><a href="/cities/1">Metro line 3 trial run to begin next week</a></li><li><a href="/cities/2">Heavy rain lashes city; IMD issues yellow alert</a></li><li><a href="/cities/3">Civic body seals 14 shops for plastic ban violation</a></li></ul></div>
<div class="adHeight250"><div id="div-gpt-ad-rhs"></div><span class="adsTxt">Advertisement</span></div></div></section>
<footer class="footer"><ul class="footerLinks"><li><a href="/about-us">About Us</a></li><li><a href="/contact-us">Contact Us</a></li><li><a href="/terms-of-use">Terms of Use</a></li><li><a href="/privacy-policy">Privacy Policy</a></li><li><a href="/disclaimer">Disclaimer</a></li><li><a href="/rss">RSS</a></li></ul>
<p class="copyRight">Copyright © 2024 HD Media Limited. All Rights Reserved.</p></footer>
</body></html>"""


def ht_p(paras):
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


HT_CATCH = ('<p class="catchAll">Get <a href="/india-news">Latest India News</a> along with <a href="/latest-news">Latest News</a> and <a href="/">Top Headlines</a> from India and around the world.</p>')


def toi(title, body, after="", site="The Times of Bharat", author="Megha Joshi", date="TNN / Updated: Oct 14, 2024, 06:12 IST"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Ranipur News - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="City")}
<script>window.__TOI_STATE__ = {{"msid": 114230918, "section": "city/ranipur"}};</script></head>
<body>
<div class="contentwrapper clearfix"><header id="header"><div class="_1wbNy"><a class="logo" href="/">{site}</a></div>
<nav class="_2KZVo"><a href="/">News</a> <a href="/city">City</a> <a href="/india">India</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/life-style">Life &amp; Style</a> <a href="/tv">TV</a> <a href="/etimes">ETimes</a></nav></header>
<div class="_3JExo"><div id="toi_atf_728"></div></div>
<div class="okf2Z"><div class="_1Y-96"><div class="_2NFXP"><h1 class="HNMDR"><span>{esc(title)}</span></h1></div>
<div class="xf8Pm byline"><div><a href="/toireporter/author-megha-joshi-479213.cms">{author}</a> / {date}</div><div class="_3Mkg- share"><span>Share</span><a href="#">FacebookTwitterLinkedinEMail</a></div></div></div>
<div class="_3YYSt clearfix"><div class="M1rHh undefined"><div class="_s30J clearfix">{body}</div></div></div>
<div class="_2TWWG"><span class="_2Ybgk">FOLLOW US ON SOCIAL MEDIA</span></div>
{after}
</div>
<div class="_3YuwX"><div class="_1Ktan"><h3>Top Stories</h3><ul><li><a href="/1.cms">Cyclone likely to make landfall near coast on Friday</a></li><li><a href="/2.cms">Stock markets end lower for third day</a></li></ul></div></div></div>
<footer class="_3U_5e"><div class="_2Ls1h"><a href="/aboutus">About us</a> <a href="/adtech">Create Your Own Ad</a> <a href="/termsandcondition">Terms of Use and Grievance Redressal Policy</a> <a href="/privacypolicy">Privacy policy</a> <a href="/sitemap">Sitemap</a></div>
<p class="_2YGCh">Copyright © 2024 Bennett Grant &amp; Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service</p></footer>
</body></html>"""


# ================================================================ ABC-Australia-like (hashed classes)
def abcau(title, body, after="", site="ABC Coastal News", author="Tom Galloway", date="Posted Fri 13 Dec 2024 at 4:12pm", figure="", key_points=None):
    kp = ""
    if key_points:
        kp = ('<div class="KeyPoints_keyPoints__nJbFh"><h2 class="Typography_base__sj2RP KeyPoints_title__L2mN8">Key points:</h2><ul class="KeyPoints_list__2nbVj">'
              + "".join(f'<li class="KeyPoints_item__Hy2TE">{esc(k)}</li>' for k in key_points) + "</ul></div>")
    return f"""<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="News")}
<script id="__NEXT_DATA__" type="application/json">{{"props": {{"pageProps": {{"contentId": "104712290"}}}}}}</script></head>
<body><div id="__next">
<header class="Header_header__Xp9Qa"><a class="Header_logo__w3Bts" href="/news">{site}</a><nav class="Nav_nav__LjXzW"><a class="Nav_link__9y2rK" href="/news/justin">Just In</a><a class="Nav_link__9y2rK" href="/news/world">World</a><a class="Nav_link__9y2rK" href="/news/business">Business</a><a class="Nav_link__9y2rK" href="/news/politics">Politics</a><a class="Nav_link__9y2rK" href="/news/sport">Sport</a><a class="Nav_link__9y2rK" href="/news/science">Science</a><a class="Nav_link__9y2rK" href="/news/factcheck">Fact Check</a></nav></header>
<main id="content" class="App_main__A1vyb"><article class="ArticleLayout_article__mF12z">
<header class="ArticleHeadline_headline__4Z7ay"><h1 class="Typography_base__sj2RP Typography_sizeDesktop48__8nZ5B">{esc(title)}</h1>
<div class="ArticleHeadline_byline__4o41M"><a class="Link_link__5eL5m" href="/news/tom-galloway/12345">{author}</a></div>
<div class="ArticleTimestamp_timestamp__q5QzK"><time datetime="2024-12-13T05:12:00.000Z">{date}</time></div>
<div class="ShareUtility_share__UnRj_"><button class="ShareUtility_button__r7d0u">Share</button></div></header>
{figure}
<div id="body" class="ArticleRender_article__7i2EW">
{kp}
{body}
</div>
</article>
{after}
</main>
<footer class="Footer_footer__w7m3E"><p class="Footer_acknowledgement__8gJ1e">{site} acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p>
<nav><a href="/about">About the ABC</a> <a href="/contact">Contact</a> <a href="/conditions">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/accessibility">Accessibility</a></nav><p>© 2024 ABC</p></footer>
</div></body></html>"""


def abc_p(paras):
    return "\n".join(f'<p class="paragraph_paragraph__iYReA">{esc(p)}</p>' for p in paras)


def abc_figure(caption, credit, img="/news/image/14212020-3x2-940x627.jpg"):
    return (f'<figure class="Figure_figure__xLyBy"><div class="Figure_content__Ql4YC"><img src="{img}" alt="{esc(caption[:40])}" loading="lazy"></div>'
            f'<figcaption class="Figure_caption__P75P6"><span class="Typography_base__sj2RP">{esc(caption)}</span> <span class="Figure_credit__Ho2yd">({esc(credit)})</span></figcaption></figure>')


# ================================================================ CBC-like
def cbc(title, body, deck="", after="", site="CPB News", author="Jenna Morin", date="Posted: Sep 12, 2024 5:00 AM CDT | Last Updated: September 12"):
    dk = f'<h2 class="deck">{esc(deck)}</h2>' if deck else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Manitoba", desc=deck)}
<script>window.__INITIAL_STATE__ = {{"detail": {{"contentId": "1.7321188"}}}};</script></head>
<body class="news-detail">
<header class="header"><div class="cpb-logo"><a href="/">{site}</a></div><nav class="primary-navigation"><a href="/news">Top Stories</a> <a href="/news/canada/manitoba">Manitoba</a> <a href="/news/canada">Canada</a> <a href="/news/world">World</a> <a href="/news/politics">Politics</a> <a href="/news/business">Business</a> <a href="/news/health">Health</a> <a href="/news/gopublic">Go Public</a></nav>
<a class="signInButton" href="/account/signin">Sign In</a></header>
<main id="content" class="content-main"><div class="storyWrapper">
<div class="detailHeadline-wrapper"><h1 class="detailHeadline">{esc(title)}</h1>{dk}</div>
<div class="bylineDetails"><span class="authorText">{author}</span> · <span class="bylineSource">{site}</span> · <time class="timeStamp">{date}</time></div>
<div class="sharebarWrapper"><div class="sharebar"><button>Facebook</button><button>X</button><button>Email</button><button>Reddit</button><button>LinkedIn</button></div></div>
<div class="story"><span>
{body}
</span></div>
<div class="storyCorrections"><p><a href="/news/corrections">Corrections and clarifications</a> | <a href="/news/submit-a-tip">Submit a news tip</a> | <a href="/news/report-error">Report error</a></p></div>
<div class="similarStories"><h2 class="title">Related Stories</h2><ul><li><a href="/news/1">Manitoba nurses hold information pickets over stalled contract talks</a></li><li><a href="/news/2">Rural ERs closed 1,100 times last year, data shows</a></li></ul></div>
{after}
</div>
<aside class="sidebar"><div class="popular"><h3>Popular Now in News</h3><ol><li><a href="/p/1">Province announces $40M for road repairs</a></li><li><a href="/p/2">Boil-water advisory lifted in Selkirk</a></li></ol></div></aside></main>
<footer class="footer"><nav><a href="/aboutcpb">About CPB News</a> <a href="/standards">CPB's Journalistic Standards and Practices</a> <a href="/accessibility">Accessibility</a> <a href="/terms">Terms of Use</a> <a href="/privacy">Privacy</a></nav><p>©2024 Canadian Public Broadcaster</p></footer>
</body></html>"""


# ================================================================ Irish Times-like (Arc XP)
def irishtimes(title, body, standfirst="", after="", site="The Leinster Times", author="Ciarán Doyle", before="", wrap_open="", wrap_close=""):
    sf = f'<h2 class="c-heading c-standfirst">{esc(standfirst)}</h2>' if standfirst else ""
    return f"""<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>{esc(title)} – {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Ireland", desc=standfirst)}
<script>window.Fusion = window.Fusion || {{}}; Fusion.arcSite = "leinster-times"; Fusion.contentCache = {{}};</script></head>
<body>
{before}
<div id="fusion-app" class="layout-section"><header class="b-header"><a class="b-header__logo" href="/">{site}</a>
<nav class="b-header__nav"><a href="/ireland/">Ireland</a> <a href="/world/">World</a> <a href="/politics/">Politics</a> <a href="/opinion/">Opinion</a> <a href="/business/">Business</a> <a href="/sport/">Sport</a> <a href="/life-style/">Life &amp; Style</a> <a href="/culture/">Culture</a> <a href="/podcasts/">Podcasts</a></nav>
<a class="b-header__subscribe" href="/subscribe/">Subscribe</a> <a class="b-header__signin" href="/signin/">Sign In</a></header>
{wrap_open}
<main class="b-main"><article class="b-article">
<div class="b-article-header"><p class="c-overline"><a href="/ireland/housing-planning/">Housing &amp; Planning</a></p><h1 class="c-heading">{esc(title)}</h1>{sf}
<div class="b-byline"><a class="c-link" href="/people/ciaran-doyle/">{author}</a> <time class="c-date" datetime="2024-11-04T21:30:00Z">Mon Nov 04 2024 - 21:30</time></div>
<div class="b-share"><button>Share on Facebook</button><button>Share on X</button><button>Share by Email</button><button>Gift this article</button></div></div>
<div class="b-article-body">
{body}
</div>
<div class="b-newsletter-signup"><h3>Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone</h3><p>Find The Leinster Times on WhatsApp and stay up to date</p></div>
</article>
{after}
</main>
{wrap_close}
<footer class="b-footer"><nav><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> <a href="/terms-and-conditions/">Terms &amp; Conditions</a> <a href="/privacy-policy/">Privacy Policy</a> <a href="/cookie-policy/">Cookie Policy</a> <a href="/trust-principles/">Trust Principles</a></nav><p>© 2024 {site} DAC</p></footer></div>
</body></html>"""


def arc7_p(paras):
    return "\n".join(f'<p class="c-paragraph">{esc(p)}</p>' for p in paras)


# ================================================================ Straits-Times-like (Drupal paragraphs)
def st(title, body, after="", site="The Harbour Times", author="Lim Jia Hui", role="Transport Correspondent", date="Updated Sep 02, 2024, 05:41 PM"):
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Singapore")}
<script>var drupalSettings = {{"path": {{"currentPath": "node/3321870"}}, "ht": {{"paywall": "free"}}}};</script></head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><header class="site-header"><a class="logo" href="/">{site}</a>
<nav class="main-menu"><ul class="menu"><li class="menu-item"><a href="/singapore">Singapore</a></li><li class="menu-item"><a href="/asia">Asia</a></li><li class="menu-item"><a href="/world">World</a></li><li class="menu-item"><a href="/opinion">Opinion</a></li><li class="menu-item"><a href="/life">Life</a></li><li class="menu-item"><a href="/business">Business</a></li><li class="menu-item"><a href="/tech">Tech</a></li><li class="menu-item"><a href="/sport">Sport</a></li><li class="menu-item"><a href="/multimedia">Videos</a></li></ul></nav>
<a class="subscribe-btn" href="/subscribe">Subscribe</a></header>
<div class="ads-wrapper ads-lb"><div class="dfp-tag-wrapper" id="dfp-ad-lb1"></div></div>
<main role="main" class="layout-main-wrapper"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<div class="ds-wrapper"><div class="group-header"><h1 class="headline node-header h1">{esc(title)}</h1>
<div class="group-byline"><div class="author-name"><a href="/authors/lim-jia-hui">{author}</a></div><div class="author-designation">{role}</div><div class="story-postdate">{date}</div>
<div class="social-share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">X</a> <a href="#">Gift this article</a></div></div></div>
<div class="clearfix text-formatted field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
{body}
</div>
<div class="field field--name-field-tags"><span class="field__label">Topics:</span> <a href="/tags/mrt">MRT</a> <a href="/tags/lta">LTA</a> <a href="/tags/public-transport">Public transport</a></div>
</div>
</article>
{after}
</div></main>
<footer class="site-footer"><ul class="menu"><li><a href="/about">About Us</a></li><li><a href="/terms">Terms &amp; Conditions</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/contact">Need help? Reach us here.</a></li></ul><p>Copyright © 2024 Harbour Press Holdings Ltd. Co. Regn. No. 198402868E. All rights reserved.</p></footer></div>
</body></html>"""


def st_text(paras, n=0):
    ps_ = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return (f'<div class="paragraph paragraph--id--{3321900 + n} paragraph--type--text-area paragraph--view-mode--default">'
            f'<div class="clearfix text-formatted field field--name-field-paragraph-text field--type-text-long field--label-hidden field__item">\n{ps_}\n</div></div>')


# ================================================================ News24-like
def news24(title, body, after="", site="News365", author="Sipho Ndlovu", date="Published 3h ago"):
    return f"""<!DOCTYPE html>
<html lang="en-ZA"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="SouthAfrica")}
<script>window.n365 = {{"articleId": "f3c1e2a0", "section": "south-africa", "premium": false}};</script></head>
<body class="page-article">
<header class="header"><a class="header__logo" href="/">{site}</a><nav class="header__nav"><a href="/news">News</a> <a href="/south-africa">South Africa</a> <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinions">Opinions</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<a class="header__subscribe" href="/subscribe">Subscribe</a></header>
<div class="ad-placeholder ad-placeholder--leaderboard"><span class="ad-placeholder__label">Advertisement</span><div id="ad-lb"></div></div>
<main class="article-wrapper"><article class="article">
<div class="article__header"><div class="article__section"><a href="/south-africa/news">News</a></div><h1 class="article__title">{esc(title)}</h1>
<div class="article__byline"><span class="article__author">{author}</span> <span class="article__date">{date}</span></div>
<div class="article__share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on WhatsApp</a> <a href="#">Copy link</a></div></div>
<div class="article__body NewsArticle">
{body}
</div>
<div class="article__tags"><a href="/tags/topics/water-crisis">water crisis</a> <a href="/tags/places/gauteng">gauteng</a></div>
</article>
{after}
</main>
<aside class="sidebar"><div class="most-read"><h3>Most Read</h3><ol><li><a href="/1">Taxi strike: Commuters stranded as talks collapse</a></li><li><a href="/2">Lotto results: Saturday's winning numbers</a></li><li><a href="/3">Eskom says grid stable ahead of long weekend</a></li></ol></div></aside>
<footer class="footer"><nav><a href="/about">About us</a> <a href="/contact">Contact us</a> <a href="/terms">Terms &amp; Conditions</a> <a href="/privacy">Privacy Policy</a> <a href="/press-code">Press Code</a> <a href="/paia">PAIA</a></nav><p>© 2024 {site}. All rights reserved.</p></footer>
</body></html>"""


# ================================================================ SCMP-like
def scmp(title, body, after="", site="South China Herald", author="Kelly Chan", date="Published: 8:30am, 4 Dec 2024", summary=()):
    sm = ('<div data-qa="ArticleSummary-Container" class="e1dkjzk40"><ul>' + "".join(f"<li>{esc(s)}</li>" for s in summary) + "</ul></div>") if summary else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Hong Kong")}
<script id="__NEXT_DATA__" type="application/json">{{"props": {{"pageProps": {{"entityId": "3289051"}}}}}}</script></head>
<body><div id="__next">
<header class="ehk4o5u0 header"><a class="logo" href="/">{site}</a><nav class="section-nav"><a href="/hong-kong">Hong Kong</a> <a href="/china">China</a> <a href="/asia">Asia</a> <a href="/world">World</a> <a href="/comment">Opinion</a> <a href="/business">Business</a> <a href="/tech">Tech</a> <a href="/lifestyle">Lifestyle</a> <a href="/sport">Sport</a></nav>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<main class="e1w0j6vz0"><article data-qa="GenericArticle-Container" class="ez0a5ym0">
<div data-qa="ArticleHeader-Container"><div class="section-name"><a href="/hong-kong/society">Hong Kong / Society</a></div><h1 data-qa="ContentHeadline-Headline" class="e1aahq0b0">{esc(title)}</h1>
{sm}
<div data-qa="AuthorNames-Container" class="author"><a href="/author/kelly-chan">{author}</a></div><time data-qa="ArticleDate-Published" datetime="2024-12-04T00:30:00Z">{date}</time>
<div class="share-widget"><button>Why you can trust {site}</button><button>Share</button><button>Bookmark</button></div></div>
<section data-qa="GenericArticle-Content" class="e1w3bpi0 article-body">
{body}
</section>
</article>
{after}
</main>
<aside class="rhs"><div class="most-popular"><h3>Most Popular</h3><ol><li><a href="/1">MTR trains delayed after signalling fault on Tsuen Wan line</a></li><li><a href="/2">Typhoon signal No 3 to stay in force until noon</a></li></ol></div></aside>
<footer class="footer"><nav><a href="/about">About us</a> <a href="/contact">Contact us</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms &amp; Conditions</a> <a href="/cookies">Cookies Policy</a></nav><p>Copyright © 2024 {site} Publishers Ltd. All rights reserved.</p></footer>
</div></body></html>"""


def scmp_p(paras):
    return "\n".join(f'<p data-qa="Component-Component" class="e1ycdxy00">{esc(p)}</p>' for p in paras)


def scmp_image(caption, credit):
    return (f'<div data-qa="GenericArticle-Image" class="image-container"><figure><img src="/sites/default/files/styles/1020x680/public/d8/images/canvas/2024/12/04/fire.jpg" alt="{esc(caption[:40])}" loading="lazy">'
            f'<figcaption data-qa="ArticleImage-Caption" class="e1g4ndv50"><span class="caption-text">{esc(caption)}</span> <span class="caption-credit">Photo: {esc(credit)}</span></figcaption></figure></div>')


# ================================================================ TownNews BLOX local paper
def _blox_top(title, site):
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{esc(title)} | Local News | {site.lower().replace(' ', '')}.example</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author="Travis Kemper", section="Local News")}
<script>var TNCMS = TNCMS || {{}}; TNCMS.Asset = {{"uuid": "8e2c4a90-6c1b-11ef-9d21-2b7c1a5e7f10", "type": "article"}};</script>
<link rel="stylesheet" href="https://bloximages.example/shared/templates/bootstrap/css/main.css"></head>
<body class="fixed-nav-body tnt-section-news tnt-section-local">
<div id="site-container"><header id="site-navbar-container"><div id="main-navigation"><a class="navbar-brand" href="/">{site}</a>
<ul class="nav navbar-nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/eedition/">e-Edition</a></li><li><a href="/site/contact.html">Contact Us</a></li></ul>
<div class="navbar-right"><a class="btn btn-primary" href="/users/signup/?referer_url=/">Subscribe</a> <a class="tnt-signin" href="/users/login/">Log In</a></div></div></header>
<div id="tncms-region-global-container-top" class="tncms-region"><div class="tnt-ads-container"><div class="tnt-ads" id="tncms-ad-leaderboard"></div><span class="tnt-ad-label">Advertisement</span></div></div>"""


def _blox_bottom(site):
    return f"""<footer id="site-footer-container"><div class="footer-block"><ul class="list-inline"><li><a href="/site/about.html">About Us</a></li><li><a href="/site/contact.html">Contact Us</a></li><li><a href="/site/terms.html">Terms of Use</a></li><li><a href="/site/privacy.html">Privacy Policy</a></li><li><a href="/site/forms/subscription_services/">Subscription Services</a></li><li><a href="/site/forms/online_services/obituary/">Submit an Obituary</a></li></ul>
<p id="site-copyright">© Copyright 2024 {site}, 118 W. Main St. Millbrook, IA | Terms of Use | Privacy Policy</p>
<p class="tnt-powered">Powered by BLOX Content Management System from TownNews.com.</p></div></footer></div>
<script src="https://bloximages.example/shared/templates/bootstrap/js/main.js"></script>
</body></html>"""


def blox(title, body, after="", site="The Millbrook Sentinel", author="Travis Kemper", date="Sep 11, 2024", before_body="", preview="", row_cls="row", main_wrap=""):
    pv = f'<div class="asset-content subscriber-preview">\n{preview}\n</div>' if preview else ""
    inner = f"""<div class="{row_cls}"><div class="col-md-8 col-sm-12 main-content">
<article class="asset tnt-section-local" itemscope itemtype="http://schema.org/NewsArticle">
<header class="asset-header"><div class="meta"><span class="asset-section"><a href="/news/local/">Local News</a></span></div>
<h1 class="headline"><span class="asset-headline tncms-inline-edit-text" itemprop="headline">{esc(title)}</span></h1>
<ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/tkemper">{author}</a> Staff Writer</span></li><li><time class="tnt-date asset-date text-muted" datetime="2024-09-11T05:00:00-05:00">{date}</time></li></ul>
<div class="share-container"><ul class="list-inline"><li><a class="tnt-share-facebook" href="#">Facebook</a></li><li><a class="tnt-share-twitter" href="#">Twitter</a></li><li><a class="tnt-share-email" href="#">Email</a></li><li><a class="tnt-share-print" href="#">Print</a></li><li><a class="tnt-share-save" href="#">Save</a></li></ul></div></header>
{before_body}
<div class="asset-body">
{pv}
<div class="asset-content subscriber-premium" itemprop="articleBody">
<div id="article-body" class="tnt-article-body">
{body}
</div></div>
</div>
<div id="asset-below"><div class="asset-tags"><ul class="list-inline"><li><a href="/search/?t=article&amp;k=Millbrook%20School%20Board">Millbrook School Board</a></li></ul></div></div>
</article>
{after}
</div>
<aside class="col-md-4 hidden-sm hidden-xs"><div class="tncms-block"><h3 class="block-title">Most Popular</h3><ol class="most-popular"><li><a href="/news/local/1.html">Millbrook man arrested after standoff</a></li><li><a href="/news/local/2.html">New Mexican restaurant opens on Main Street</a></li><li><a href="/news/local/3.html">Storm damage cleanup continues</a></li></ol></div>
<div class="tnt-ads-container"><div class="tnt-ads" id="tncms-ad-sidebar"></div></div></aside>
</div>"""
    if main_wrap:
        inner = main_wrap.format(inner=inner)
    return _blox_top(title, site) + f"""
<section id="main-page-container" class="container"><div id="main-body-container">
{inner}
</div></section>
""" + _blox_bottom(site)


def blox_section(cards, site="The Millbrook Sentinel"):
    items = "\n".join(f"""<article class="tnt-asset-type-article tnt-section-local card summary has-image">
<div class="card-container"><div class="card-image"><div class="image"><a href="/news/local/story-{i}.html" aria-label="{esc(t)}"><img src="https://bloximages.example/millbrook/tncms/assets/v3/editorial/c/{i}.jpg" alt="" class="img-responsive lazyload"></a></div></div>
<div class="card-body"><div class="card-headline"><h3 class="tnt-headline"><a href="/news/local/story-{i}.html" class="tnt-asset-link">{esc(t)}</a></h3></div>
<div class="card-lead"><p class="tnt-summary">{esc(s)}</p></div>
<div class="card-meta"><ul class="list-inline"><li class="card-label-section"><a href="/news/local/">Local News</a></li><li class="card-date"><time datetime="2024-09-1{i}">{i + 1} hrs ago</time></li></ul></div></div></div></article>""" for i, (t, s) in enumerate(cards))
    return _blox_top("Local News", site) + f"""
<section id="main-page-container" class="container"><div id="main-body-container"><div class="row"><div class="col-md-8">
<h1 class="block-title-inner">Local News</h1>
<div class="tnt-block-grid">
{items}
</div>
<ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="/news/local/?o=20">2</a></li><li><a href="/news/local/?o=40">3</a></li><li class="next"><a href="/news/local/?o=20">Next</a></li></ul>
</div></div></div></section>
""" + _blox_bottom(site)


# ================================================================ McClatchy-like
def mcclatchy(title, body, after="", site="The Valley Beacon", author="Luis Herrera", date="Updated September 20, 2024 5:35 PM"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Local")}
<script>window.mi = window.mi || {{}}; mi.pageInfo = {{"story_id": "291288410", "paywall": "metered"}};</script></head>
<body class="story-body-page">
<header class="masthead"><a class="masthead-logo" href="/">{site}</a><nav class="nav-main"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/news/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/entertainment/">Entertainment</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">eEdition</a></nav>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<div class="grid"><main class="main"><article class="story-body">
<div class="header"><h1 class="h1">{esc(title)}</h1><div class="byline"><a class="ellipsis" href="/profile/luis-herrera">{author}</a></div><div class="time"><time>{date}</time></div>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></div>
<div class="article-body">
{body}
</div>
<div class="article-footer"><div class="tags"><span>Read more about:</span> <a href="/topics/homelessness">homelessness</a> <a href="/topics/city-council">city council</a></div></div>
</article>
{after}
</main>
<aside class="rail"><div class="trending"><h3>Trending Stories</h3><ol><li><a href="/1">Valley fog season: What to know before you drive</a></li><li><a href="/2">High school football rankings after Week 4</a></li></ol></div></aside></div>
<footer class="footer"><nav><a href="/customer-service">Customer Service</a> <a href="/newsletters">Newsletters</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> <a href="/ccpa">Do Not Sell My Personal Information</a></nav><p>Copyright 2024 {site}. All Rights Reserved.</p></footer>
</body></html>"""


# ================================================================ Patch-like
def patch(title, body, after="", site="Porch", town="Maple Grove", author="Karen Lutz, Porch Staff", date="Posted Sun, Jun 9, 2024 at 3:12 pm ET", end_of_body=""):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {town}, PA {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="Traffic & Transit")}
<script id="__NEXT_DATA__" type="application/json">{{"props": {{"pageProps": {{"article": {{"id": 32291810}}}}}}}}</script></head>
<body><div id="__next">
<header class="styles_Header__Xe3a1"><a class="styles_Header__logo__7bR2t" href="/">{site}</a><span class="styles_Header__town__hg9Lq">{town}</span>
<nav class="styles_Nav__m3Kd0"><a href="/pennsylvania/maplegrove">News Feed</a> <a href="/pennsylvania/maplegrove/calendar">Events</a> <a href="/pennsylvania/maplegrove/classifieds">Classifieds</a> <a href="/pennsylvania/maplegrove/real-estate">Real Estate</a></nav>
<a class="styles_Header__subscribe__Xw2Pq" href="/subscribe">Subscribe</a></header>
<main class="styles_Main__q8P1r"><article class="styles_Article__Oa4nK">
<div class="styles_Article__category__xk2Ji"><a href="/pennsylvania/maplegrove/traffic-transit">Traffic &amp; Transit</a></div>
<h1 class="styles_Article__heading__Kk9Tz">{esc(title)}</h1>
<div class="styles_Byline__A7QXe"><a href="/users/karen-lutz">{author}</a> <time>{date}</time></div>
<div class="styles_ShareBar__s2c8n"><button>Thank</button><button>Reply</button><button>Share</button></div>
<section class="styles_Section__M6bXu"><div class="styles_HTMLContent__LDG2k">
{body}
</div></section>
{end_of_body}
</article>
{after}
</main>
<footer class="styles_Footer__9wbnL"><nav><a href="/about">About Porch</a> <a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/community-guidelines">Community Guidelines</a> <a href="/advertise">Advertise on Porch</a></nav><p>© 2024 Porch Media. All rights reserved.</p></footer>
</div></body></html>"""


# ================================================================ Sinclair-like TV station
def sinclair(title, body, after="", site="WCFX 9", author="Amber Reyes", date="Mon, August 19th 2024, 5:54 PM CDT"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld(title, publisher=site, author=author, section="News")}
<script>window.__SBG_PAGE__ = {{"station": "wcfx", "section": "news/local"}};</script></head>
<body class="js-focus-visible">
<div id="js-Page"><header class="index-module_header__3Ca9J"><a class="index-module_logo__Df9t3" href="/">{site}</a>
<nav class="index-module_nav__1aC0A"><a href="/news">News</a> <a href="/weather">Weather</a> <a href="/sports">Sports</a> <a href="/watch">Watch</a> <a href="/station/contests">Contests</a> <a href="/station/community">Community</a></nav>
<div class="index-module_weather__3bXK4"><a href="/weather">72°</a></div></header>
<div class="AdUnit-module_adUnit__2gEwa"><span class="AdUnit-module_label__3D7aV">ADVERTISEMENT</span><div id="sbg-ad-top"></div></div>
<main class="StoryPage-module_main__1Ax2D"><article class="StoryPage-module_story__2kXTB">
<h1 class="index-module_storyTitle__2p2iE">{esc(title)}</h1>
<div class="index-module_byline__1a3Ux"><span>by {author}</span> <span class="index-module_timestamp__3Rz1e">{date}</span></div>
<div class="index-module_shareButtons__2hyTg"><button aria-label="Facebook">Facebook</button><button aria-label="Twitter">Twitter</button><button aria-label="Email">Email</button><button>Copy Link</button></div>
<div class="StoryText-module_storyText__2BX4q">
{body}
</div>
<div class="StoryPage-module_reportTypo__1Gf8c"><a href="/station/report-a-typo">Report a typo</a></div>
</article>
{after}
</main>
<aside class="StoryPage-module_rail__3x8Gd"><div class="index-module_trending__2Zb1c"><h3>Trending Now</h3><ul><li><a href="/1">Man hospitalized after shooting on 5th Street</a></li><li><a href="/2">First Alert Weather: Storms possible Thursday</a></li></ul></div></aside>
<footer class="index-module_footer__3k0Qx"><nav><a href="/station/about">About Us</a> <a href="/station/contact">Contact Us</a> <a href="/station/eeo">EEO Report</a> <a href="/station/fcc">FCC Applications</a> <a href="/station/privacy">Privacy Policy</a> <a href="/station/terms">Terms of Service</a></nav><p>© 2024 Keystone Broadcast Group, Inc.</p></footer></div>
</body></html>"""
