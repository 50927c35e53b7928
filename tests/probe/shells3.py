"""Third probe round: page shells in the style of further sites and CMSs.

Vox Media's Chorus, a Washington-Post-like Arc variant (``data-qa``), a
Reuters-like page (``data-testid`` paragraphs, ``text__text__`` classes), an
AP-News-like page (``RichTextStoryBody``), Spiegel-like (``data-area="text"``),
Le-Monde-like (``article__paragraph``), El-País-like (``a_st``), a Corriere-like
page, Japanese and Chinese news, a Russian 1C-Bitrix site, a Hugo blog
(PaperMod), Wix, Webflow, a HubSpot blog, TYPO3 (EXT:news), a live blog, a
Yahoo-News-like syndicated page and a press-release wire page.

Each shell takes the body HTML as it is; the ``*_p`` helpers render a list of
paragraphs the way the site does.
"""

from html import escape


def esc(s):
    return escape(s, quote=False)


# ================================================================ Vox Media Chorus
def chorus(title, body, dek="", after="", before="", site="Civic Desk"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://cdn.vox-cdn.example/packs/chorus-7c1f.css">
<script>window.Chorus = window.Chorus || {{}}; Chorus.Context = {{"entry_id": 23456789, "network": "civicdesk"}};</script></head>
<body class="entry_key_unison_standard entry_layout_unison_main entry_template_standard" data-entry-id="23456789">
<div class="l-root l-reskin">
<header class="c-global-header"><div class="c-global-header__logo"><a href="/">{site}</a></div>
<nav class="c-global-header__links" aria-label="Main"><ul><li><a href="/explainers">Explainers</a></li><li><a href="/politics">Politics</a></li><li><a href="/policy">Policy</a></li><li><a href="/cities">Cities</a></li><li><a href="/climate">Climate</a></li><li><a href="/podcasts">Podcasts</a></li></ul></nav>
<a class="c-global-header__support" href="/pages/support">Support our work</a></header>
{before}
<div class="m-ad m-ad__dfp-unit m-ad__top_leaderboard"><div id="div-gpt-ad-top" class="dfp_ad--top"></div></div>
<main id="content" class="l-segment l-main-content">
<div class="c-entry-hero c-entry-hero--default">
<div class="c-entry-group-labels"><ul class="c-entry-group-labels__list"><li class="c-entry-group-labels__item"><a href="/cities"><span>Cities</span></a></li></ul></div>
<h1 class="c-page-title">{esc(title)}</h1>
{f'<p class="c-entry-summary p-dek">{esc(dek)}</p>' if dek else ''}
<div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">Marcus Lindqvist</span></span> <span class="c-byline__item"><time class="c-byline__item" datetime="2024-05-15T07:00:00-04:00">May 15, 2024, 7:00am EDT</time></span></div>
<div class="c-social-buttons c-social-buttons--popover"><a class="c-social-buttons__item c-social-buttons__facebook" href="#"><span class="u-hidden-text">Share this story on facebook</span></a><a class="c-social-buttons__item c-social-buttons__twitter" href="#"><span class="u-hidden-text">Share this story on twitter</span></a><a class="c-social-buttons__item c-social-buttons__email" href="#"><span class="u-hidden-text">Share this story via email</span></a></div>
</div>
<div class="l-col__main">
<div class="c-entry-content ">
{body}
</div>
<div class="c-entry-box--compact c-entry-box--compact--article"></div>
{after}
</div>
<div class="l-col__sidebar"><div class="c-rock-list"><h2 class="c-rock-list__title">Most Popular</h2><ol>
<li><a href="/cities/2024/5/14/rent-control-vote">The rent control fight, explained</a></li>
<li><a href="/policy/2024/5/13/heat-pumps">Why heat pumps are suddenly everywhere</a></li>
<li><a href="/climate/2024/5/12/flood-maps">Your flood map is probably out of date</a></li></ol></div></div>
</main>
<footer class="c-footer"><div class="c-footer__logos"><a href="/">{site}</a></div><ul class="c-footer__links"><li><a href="/pages/terms">Terms of Use</a></li><li><a href="/pages/privacy">Privacy Notice</a></li><li><a href="/pages/cookies">Cookie Policy</a></li><li><a href="/pages/ethics">Ethics Statement</a></li></ul><p class="c-footer__copyright">© 2024 Civic Media, Inc. All Rights Reserved</p></footer>
</div></body></html>"""


def chorus_p(paras, start=0):
    ids = ["Kt3a7f", "W0xq2L", "pB9mRz", "Hs4nUe", "yT1cVd", "Qe8kJo", "Lm5wAi", "Zr2pGx", "Nd6tCb", "Fo7yEs"]
    return "\n".join(f'<p id="{ids[(start + i) % len(ids)]}">{esc(p)}</p>' for i, p in enumerate(paras))


# ================================================================ Washington-Post-like Arc variant (data-qa)
def wapo(title, body, subheadline="", after="", before="", site="The Capital Ledger"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body>
<div id="__next">
<div class="wpds-c-hBHZpx" data-qa="site-header"><nav aria-label="Sections" class="wpds-c-kSOqLF"><a href="/">{site}</a>
<ul><li><a href="/politics/">Politics</a></li><li><a href="/opinions/">Opinions</a></li><li><a href="/local/">Local</a></li><li><a href="/business/">Business</a></li><li><a href="/climate/">Climate</a></li><li><a href="/sports/">Sports</a></li></ul></nav>
<button data-qa="sc-account-button">Sign in</button><a data-qa="subscribe-button" href="/subscribe/">Subscribe</a></div>
{before}
<main id="main-content" class="wpds-c-fCauKr">
<div class="wpds-c-ePnZdF" data-qa="article-header">
<div data-qa="kicker" class="wpds-c-gKeTvZ"><a href="/local/">Local</a></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf"><span data-qa="headline-text">{esc(title)}</span></h1>
{f'<h2 data-qa="subheadline" class="wpds-c-fyIsdQ">{esc(subheadline)}</h2>' if subheadline else ''}
<div data-qa="author-byline" class="wpds-c-cXwnyT">By <a data-qa="author-name" href="/people/nadia-ferris/">Nadia Ferris</a></div>
<div data-qa="timestamp"><span data-qa="display-date">May 18, 2024 at 5:12 p.m. EDT</span></div>
<div data-qa="share-bar" class="wpds-c-dhmcnt"><button data-qa="gift-button">Gift Article</button><button data-qa="share-button">Share</button><button data-qa="comments-btn">Comment <span>1,204</span></button><button data-qa="save-button">Save</button></div>
</div>
<div class="meteredContent grid-center" data-qa="article-body-container">
{body}
</div>
{after}
</main>
<footer data-qa="site-footer" class="wpds-c-fSnWYN"><ul><li><a href="/about/">About Us</a></li><li><a href="/policies/">Policies &amp; Standards</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/terms/">Terms of Service</a></li></ul><p>© 1996-2024 {site}</p></footer>
</div></body></html>"""


def wapo_p(paras):
    return "\n".join(
        f'<div class="wpds-c-PJLV article-body" data-qa="article-body"><p data-el="text" dir="null" class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles" data-apitype="text" data-contentid="R4Q{i:02d}XKJH7ZB">{esc(p)}</p></div>'
        for i, p in enumerate(paras))


def wapo_ad():
    return ('<div class="wpds-c-fPdbJB" data-qa="article-body-ad"><div class="wpds-c-iyOzPn">Story continues below advertisement</div>'
            '<div id="slug_inline_bb_1" class="dfp-ad-unit"></div></div>')


# ================================================================ Reuters-like (data-testid paragraphs)
def reuters(title, body, after="", before="", summary=None, site="Wireline"):
    summ = ""
    if summary:
        summ = ('<div data-testid="Summary" class="article-body__summary__3-_SF"><ul class="summary__list__2WxCn">'
                + "".join(f'<li data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__base__22dCE">{esc(s)}</li>' for s in summary)
                + "</ul></div>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title></head>
<body>
<div id="fusion-app">
<header class="site-header__header__2rOYj"><a href="/" class="site-header__logo__3-B3l">{site}</a>
<nav class="site-header__nav__1HcuZ" aria-label="Main navigation"><ul><li><a href="/world/" data-testid="Link">World</a></li><li><a href="/business/" data-testid="Link">Business</a></li><li><a href="/markets/" data-testid="Link">Markets</a></li><li><a href="/sustainability/" data-testid="Link">Sustainability</a></li><li><a href="/legal/" data-testid="Link">Legal</a></li></ul></nav>
<a href="/account/register/" class="button__link__uTGln">Register</a></header>
{before}
<main id="main-content" class="regular-article-layout__main__1tyBK">
<article class="article__container__2-zZi">
<header class="article__header__3rEmg">
<nav aria-label="Tags" data-testid="Tags" class="article-header__tags__3ndeg"><a href="/world/us/" data-testid="Link">United States</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j heading__heading_2__3Fcw5">{esc(title)}</h1>
<div class="article-header__info__3_Lsb"><div class="info-content__author-date__1Epi_"><div class="article-byline__container__2Fwln">By <a data-testid="AuthorNameLink" href="/authors/nora-castell/" class="author-name__author__1gx5k">Nora Castell</a></div>
<time data-testid="DateLineText" class="article-header__dateline__4jE04"><span class="date-line__date__23Ge-">May 14, 2024</span><span class="date-line__date__23Ge-">4:21 PM UTC</span><span>Updated 2 hours ago</span></time></div>
<div class="article-header__toolbar__3VnDB"><div data-testid="ShareButton"><button aria-label="Share">Share</button></div><a data-testid="Link" href="/info-pages/reprints/">Purchase Licensing Rights</a></div></div>
</header>
{summ}
<div data-testid="ArticleBody" class="article-body__container__3ypuX"><div class="article-body__content__17Yit">
{body}
</div>
<p class="sign-off__sign-off__3_Bnk" data-testid="SignOffLine">Reporting by Nora Castell in Marlow; Editing by Paul Simms</p>
<div class="trust-badge__trust-badge__1Yhuk"><span data-testid="Body">Our Standards: <a href="/info-pages/trust-principles/">The Wireline Trust Principles.</a></span></div>
</div>
</article>
{after}
</main>
<footer class="site-footer__footer__1xYKp"><ul><li><a href="/info-pages/about-us/">About Wireline</a></li><li><a href="/info-pages/careers/">Careers</a></li><li><a href="/info-pages/privacy/">Privacy</a></li><li><a href="/info-pages/terms-of-use/">Terms of Use</a></li></ul><p>All quotes delayed a minimum of 15 minutes. © 2024 Wireline. All rights reserved</p></footer>
</div></body></html>"""


def reuters_p(paras, start=0):
    return "\n".join(
        f'<div data-testid="paragraph-{start + i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw body__large_body__FV5_X article-body__element__2p5pI">{esc(p)}</div>'
        for i, p in enumerate(paras))


def reuters_ad(n=1):
    return (f'<div data-testid="ResponsiveAdSlot" class="article-body__ad-slot__3SfM9"><div class="responsive-ad__container__3lC3y">'
            f'<div class="text__text__1FZLe text__inherit-color__3208F responsive-ad__label__2RBO9">Advertisement · Scroll to continue</div>'
            f'<div id="ad-slot-{n}" class="ad-slot__container__1BXbH"></div></div></div>')


def reuters_figure(caption):
    return f"""<div data-testid="Image" class="article-body__element__2p5pI"><figure class="image__container__31Zmp">
<div class="image__image__2Rz0T"><img src="https://cloudfront.wireline.example/resizer/v2/AB12.jpg?width=960" alt="{escape(caption)}" width="960" height="640"></div>
<figcaption data-testid="Caption" class="image-caption__container__3wQCN"><span data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__extra_small__1Mw6v body__full_width__ekUdw body__extra_small_body__3QTYe image-caption__text__2pZdn">{esc(caption)}</span>
<a data-testid="Link" href="/info-pages/reprints/" class="image-caption__licensing__3mR8d">Purchase Licensing Rights<span class="screen-reader-text">, opens new tab</span></a></figcaption></figure></div>"""


# ================================================================ AP-News-like (RichTextStoryBody)
def apnews(title, body, lead_figure="", after="", before="", site="Allied Press"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site} News</title></head>
<body class="Page-body" data-named-page-type="Story">
<bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">{site}</a>
<nav class="Page-header-navigation"><ul class="Page-header-navigation-items"><li><a href="/world-news">World</a></li><li><a href="/us-news">U.S.</a></li><li><a href="/politics">Politics</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li><li><a href="/business">Business</a></li></ul></nav>
<a class="Page-header-donate" href="/donate">Donate</a></div></bsp-header>
{before}
<main class="Page-main">
<div class="Page-content">
<div class="Page-headline"><h1 class="Page-headline">{esc(title)}</h1></div>
<div class="Page-byline"><div class="Page-authors">By&nbsp;<a class="Link" href="/author/jill-navarro">JILL NAVARRO</a></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1715890320000"><span data-date="">Updated 4:12 PM EDT, May 16, 2024</span></bsp-timestamp></div></div>
<bsp-sharebar class="Page-actions"><div class="ShareBar"><span class="ShareBar-label">Share</span><ul class="ShareBar-items"><li><a class="ShareBar-link" href="#">Facebook</a></li><li><a class="ShareBar-link" href="#">Copy Link copied</a></li><li><a class="ShareBar-link" href="#">Email</a></li><li><a class="ShareBar-link" href="#">X</a></li><li><a class="ShareBar-link" href="#">Reddit</a></li></ul></div></bsp-sharebar>
<div class="Page-lead">{lead_figure}</div>
<bsp-story-page class="Page-storyBody">
<div class="RichTextStoryBody RichTextBody">
{body}
</div>
</bsp-story-page>
{after}
</div>
<div class="Page-rightRail"><div class="PageListRightRailA"><div class="PageListRightRailA-header"><h2 class="PageListRightRailA-title">Most read</h2></div><ul class="PageList-items">
<li class="PageList-items-item"><a href="/article/heat-wave-records">Heat wave breaks records across the Southwest</a></li>
<li class="PageList-items-item"><a href="/article/bridge-inspection-audit">Audit finds thousands of bridges overdue for inspection</a></li>
<li class="PageList-items-item"><a href="/article/minor-league-stadium">Minor league team unveils plans for new stadium</a></li></ul></div></div>
</main>
<footer class="Page-footer"><ul class="Page-footer-links"><li><a href="/about">About</a></li><li><a href="/standards">{site} Stylebook</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul><p class="Page-footer-disclaimer">Copyright 2024 {site}. All Rights Reserved.</p></footer>
</body></html>"""


def ap_figure(caption):
    return f"""<figure class="Figure"><bsp-lead-image><div class="Figure-image"><picture><img class="Image" alt="{escape(caption)}" src="/images/lead-1.jpg" width="1440" height="960" loading="lazy"></picture></div></bsp-lead-image>
<bsp-read-more class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>{esc(caption)}</p></div></bsp-read-more></figure>"""


def ap_ad():
    return '<div class="Advertisement"><div class="ad-placeholder"><bsp-ad data-slot="article-inline"></bsp-ad></div></div>'


# ================================================================ Spiegel-like (German, data-area)
def spiegel(title, sections, intro="", kicker="Erdrutsch in Nordhessen", after="", before="", site="Der Tagesspiegel Nord"):
    """``sections``: the body as a list of HTML chunks; plain chunks become a ``data-area="text"`` section each."""
    body = "\n".join(
        s if s.lstrip().startswith("<div data-area") or s.lstrip().startswith("<section") or s.lstrip().startswith("<div hidden") else
        f'<section class="relative" data-area="text"><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap">\n{s}\n</div></section>'
        for s in sections)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title></head>
<body class="bg-white dark:bg-black">
<div id="wrapper">
<header data-area="page-header" class="relative"><a href="/" title="{site}" class="font-brandUI">{site}</a>
<nav data-area="navigation"><ul><li><a href="/schlagzeilen/">Schlagzeilen</a></li><li><a href="/politik/">Politik</a></li><li><a href="/panorama/">Panorama</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/wissenschaft/">Wissenschaft</a></li><li><a href="/sport/">Sport</a></li></ul></nav>
<a href="/abo/" data-sara-click-el="abo_header">Abo</a> <a href="/anmelden/">Anmelden</a></header>
{before}
<main id="Inhalt">
<article aria-label="{escape(title)}" data-sara-article-id="4e2b8a31-0f7c-4d1e-9c6a-2d8f1b7e5a90">
<header data-area="intro" class="lg:mb-32 md:mb-32 sm:mb-24">
<h2 class="lg:w-9/12 md:w-10/12"><span class="text-primary-base dark:text-dm-primary-base font-sansUI font-bold lg:text-xl md:text-xl sm:text-l">{esc(kicker)}</span> <span class="align-middle">{esc(title)}</span></h2>
{f'<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l lg:mb-32 md:mb-32 sm:mb-24">{esc(intro)}</div>' if intro else ''}
<div class="font-sansUI lg:text-base md:text-base sm:text-s text-shade-dark">Von <a href="/impressum/autor-5c1e/" class="text-black">Jana Wiegand</a>, Kassel</div>
<div class="font-sansUI text-shade-dark"><time datetime="2024-05-14 18:03:11">14.05.2024, 18.03 Uhr</time></div>
<div data-area="social_bar"><button data-sara-click-el="share_button">Artikel teilen</button> <button>Zur Merkliste hinzufügen</button> <a href="#kommentare">Kommentare</a></div>
</header>
<div data-area="body">
<div data-area="top_element>image"><figure><img src="/images/hang.jpg" alt="Abgerutschter Hang an der Bahnstrecke"><figcaption><p>Abgerutschter Hang an der Bahnstrecke bei Kreuzbach</p><span class="text-shade-dark">Foto: Lars Opitz / dpa</span></figcaption></figure></div>
{body}
</div>
</article>
{after}
</main>
<footer data-area="page-footer"><nav><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/nutzungsbedingungen">Nutzungsbedingungen</a> <a href="/kontakt">Kontakt</a> <a href="/cmp">Privatsphäre-Einstellungen</a></nav><p>© {site} GmbH &amp; Co. KG</p></footer>
</div></body></html>"""


def spiegel_ad():
    return ('<div data-area="ad_container" class="relative mb-40"><div class="text-shade-dark text-center font-sansUI text-xs">Anzeige</div>'
            '<div id="spMobileBanner-1" class="ad-slot"></div></div>')


# ================================================================ Le-Monde-like (French)
def lemonde(title, body, desc="", after="", before="", figure="", site="Le Quotidien du Val"):
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body class="article-page old-article">
<header class="Header"><div class="Header__logo"><a href="/">{site}</a></div>
<nav class="Nav"><ul class="Nav__list"><li class="Nav__item"><a href="/actualite-en-continu/">En continu</a></li><li class="Nav__item"><a href="/politique/">Politique</a></li><li class="Nav__item"><a href="/societe/">Société</a></li><li class="Nav__item"><a href="/economie/">Économie</a></li><li class="Nav__item"><a href="/idees/">Idées</a></li><li class="Nav__item"><a href="/culture/">Culture</a></li></ul></nav>
<a class="Header__subscribe" href="/abonnement/">S'abonner</a> <a class="Header__login" href="/connexion/">Se connecter</a></header>
{before}
<main id="habillagepub">
<section class="zone zone--article old__zone">
<header class="article__header article__header--">
<ul class="breadcrumb"><li><a href="/societe/">Société</a></li><li><a href="/logement/">Logement</a></li></ul>
<h1 class="article__title">{esc(title)}</h1>
{f'<p class="article__desc">{esc(desc)}</p>' if desc else ''}
<div class="meta meta__publisher"><span class="meta__date meta__date--header">Publié le 14 mai 2024 à 06h00, modifié à 10h12</span> <span class="meta__reading-time"><span class="sr-only">Temps de </span>Lecture 3 min.</span></div>
<div class="meta__social"><button class="meta__social-button js-share">Partager</button> <button class="meta__social-button js-bookmark">Ajouter à vos sélections</button></div>
</header>
<section class="article__wrapper article__wrapper--premium">
<article class="article__content old__article-content-single">
{figure}
{body}
<span class="author__signature">Sophie Marchand (Bellerive-sur-Loire, correspondante)</span>
</article>
<section class="article__reactions"><div class="article__reactions-header">Contribuer</div><p class="article__reactions-text">Réutiliser ce contenu</p></section>
<footer class="article__footer-single old__article-footer"><ul class="tags"><li><a href="/logement/">Logement</a></li><li><a href="/loyers/">Loyers</a></li></ul></footer>
</section>
{after}
</section>
</main>
<footer class="Footer"><ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/cgv/">Conditions générales</a></li><li><a href="/confidentialite/">Politique de confidentialité</a></li><li><a href="/cookies/">Gestion des cookies</a></li></ul><p>© {site} - Reproduction interdite</p></footer>
</body></html>"""


def lemonde_p(paras):
    return "\n".join(f'<p class="article__paragraph ">{esc(p)}</p>' for p in paras)


# ================================================================ El-País-like (Spanish)
def elpais(title, body, subtitle="", after="", before="", site="El Diario Peninsular"):
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>{esc(title)} | Clima y Medio Ambiente | {site}</title></head>
<body class="_pr">
<header class="_g _g-h _g-o _g-t"><div class="ep_l"><a href="/" class="ep_l_n">{site}</a></div>
<nav class="sm _df" aria-label="Menú"><ul><li><a href="/internacional/">Internacional</a></li><li><a href="/opinion/">Opinión</a></li><li><a href="/espana/">España</a></li><li><a href="/economia/">Economía</a></li><li><a href="/sociedad/">Sociedad</a></li><li><a href="/clima-y-medio-ambiente/">Clima</a></li></ul></nav>
<a class="_btn _btn-sm" href="/suscripciones/">Suscríbete</a> <a href="/login/">Iniciar sesión</a></header>
{before}
<main id="main-content">
<article id="main-content-article" class="a _g _g-lg _g-o">
<header class="a_e _g">
<div class="a_e_txt _df"><div class="a_k _df"><a class="a_k_n" href="/clima-y-medio-ambiente/">Sequía</a></div>
<h1 class="a_t">{esc(title)}</h1>
{f'<h2 class="a_st">{esc(subtitle)}</h2>' if subtitle else ''}</div>
<div class="a_e_m"><figure class="a_m a_m-h"><span><img src="/embalse.jpg" alt="" width="414" height="233"></span><figcaption class="a_m_p"><span>El embalse de Peñalba, el pasado sábado.</span><span class="a_m_m">Carlos Rubio</span></figcaption></figure></div>
</header>
<div class="a_md _df"><div class="a_md_a"><a href="/autor/lucia-mendez/" class="a_md_a_n">Lucía Méndez</a></div><div class="a_md_f"><span>Valdecerro - </span><a href="#" title="Ver todas las noticias de esta fecha"><time>14 may 2024 - 05:40 CEST</time></a></div></div>
<div class="a_s _df"><a class="_btn" href="#" title="Compartir en Whatsapp">Compartir en Whatsapp</a><a class="_btn" href="#" title="Compartir en Facebook">Compartir en Facebook</a><a class="_btn" href="#" title="Copiar enlace">Copiar enlace</a><a class="_btn" href="#comentarios">Comentarios</a></div>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{body}
</div>
<div class="a_tp _df"><ul class="_df"><li><a href="/noticias/sequia/">Sequía</a></li><li><a href="/noticias/agricultura/">Agricultura</a></li><li><a href="/noticias/embalses/">Embalses</a></li></ul></div>
</article>
{after}
</main>
<footer class="_g _g-f"><ul><li><a href="/estaticos/contacto/">Contacto</a></li><li><a href="/estaticos/aviso-legal/">Aviso legal</a></li><li><a href="/estaticos/politica-privacidad/">Política de privacidad</a></li><li><a href="/estaticos/politica-cookies/">Política de cookies</a></li></ul><p>© Ediciones Peninsulares S.L.</p></footer>
</body></html>"""


def elpais_ad(n=1):
    return f'<div id="elpais_gpt-INTEXT{n}" class="ad ad-nstd" data-adtype="INTEXT"></div>'


# ================================================================ Corriere-like (Italian)
def corriere(title, body, summary="", after="", before="", site="Corriere di Borgovalle", end_of_body=""):
    return f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title></head>
<body class="is-article">
<header id="l-header" class="header-hp"><div class="bck-header"><a class="logo" href="/">{site}</a>
<nav class="nav-sections"><ul><li><a href="/cronaca/">Cronaca</a></li><li><a href="/politica/">Politica</a></li><li><a href="/economia/">Economia</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/opinioni/">Opinioni</a></li></ul></nav>
<a class="btn-abbonati" href="/abbonamenti/">Abbonati</a> <a class="btn-login" href="/accedi/">Accedi</a></div></header>
{before}
<div id="l-main" class="wrapper-body">
<div class="content-article"><div class="container">
<header class="header-art">
<p class="kicker-art"><a href="/cronaca/">Cronaca</a></p>
<h1 class="title-art-hp is-xxlarge is-line-h-106">{esc(title)}</h1>
{f'<p class="summary-art">{esc(summary)}</p>' if summary else ''}
<div class="info-art"><span class="writer">di <span class="is-author">Marco Lanzi</span></span> <p class="is-last-update" datetime="2024-05-16T08:21:00+02:00">16 maggio 2024 (modifica il 16 maggio 2024 | 10:05)</p></div>
<div class="tools-art"><a class="btn-share" href="#">Condividi</a> <a class="btn-share" href="#">Facebook</a> <a class="btn-share" href="#">WhatsApp</a> <a class="btn-comments" href="#commenti">Commenti</a></div>
</header>
<div class="body-art">
{body}
</div>
{end_of_body}
</div></div>
{after}
</div>
<footer id="l-footer"><p>Copyright 2024 © Editoriale Borgovalle S.p.A. Tutti i diritti sono riservati | P.IVA 01234560987</p><ul><li><a href="/note-legali/">Note legali</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookie/">Cookie policy</a></li><li><a href="/preferenze/">Preferenze sui cookie</a></li></ul></footer>
</body></html>"""


def corriere_p(paras):
    return "\n".join(f'<p class="chapter-paragraph">{esc(p)}</p>' for p in paras)


# ================================================================ Japanese news
def japanese(title, body, after="", before="", site="北浜新聞デジタル", category="地域"):
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{esc(title)}：{site}</title></head>
<body>
<header class="l-header"><div class="l-header__logo"><a href="/">{site}</a></div>
<nav class="gnav"><ul><li><a href="/">トップ</a></li><li><a href="/national/">社会</a></li><li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li><li><a href="/international/">国際</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/local/">地域</a></li></ul></nav>
<div class="l-header__member"><a href="/login/">ログイン</a><a class="btn-regist" href="/regist/">会員登録</a></div></header>
{before}
<main class="l-main"><div class="l-container">
<div class="l-contents">
<article class="p-article">
<div class="p-article__header">
<h1 class="p-article__title">{esc(title)}</h1>
<div class="p-article__meta"><time datetime="2024-05-14T18:30:00+09:00">2024年5月14日 18時30分</time><span class="p-article__category"><a href="/local/">{category}</a></span></div>
<ul class="p-sns-share"><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">はてなブックマーク</a></li><li><a href="#">メール</a></li></ul>
</div>
<div class="p-article__body">
{body}
</div>
<div class="p-article__footer"><p class="p-article__copyright">この記事の無断転載・複製を禁じます</p></div>
</article>
{after}
</div>
<aside class="l-side"><section class="p-ranking"><h2 class="p-ranking__title">アクセスランキング</h2><ol>
<li><a href="/local/20240514-001">市立病院、夜間救急を一時休止へ　医師不足で</a></li>
<li><a href="/local/20240513-004">北浜港に大型クルーズ船、今年初の寄港</a></li>
<li><a href="/local/20240513-002">高校野球春季大会、北浜商が8強入り</a></li></ol></section></aside>
</div></main>
<footer class="l-footer"><ul><li><a href="/policy/">利用規約</a></li><li><a href="/privacy/">個人情報の取り扱い</a></li><li><a href="/contact/">お問い合わせ</a></li><li><a href="/company/">会社案内</a></li></ul><p class="copyright">Copyright © 北浜新聞社 All rights reserved.</p></footer>
</body></html>"""


def ja_p(paras, indent=True):
    lead = "\u3000" if indent else ""
    return "\n".join(f"<p>{lead}{esc(p)}</p>" for p in paras)


# ================================================================ Chinese news (Sina-like)
def chinese(title, body, after="", before="", site="南湖新闻网"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}_{site}</title></head>
<body>
<div class="top-nav"><div class="w1240"><a class="logo" href="/">{site}</a>
<ul class="nav-list"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/finance/">财经</a></li><li><a href="/sports/">体育</a></li><li><a href="/ent/">娱乐</a></li><li><a href="/city/">本地</a></li></ul>
<div class="top-login"><a href="/login/">登录</a> | <a href="/reg/">注册</a></div></div></div>
{before}
<div class="main-content w1240">
<h1 class="main-title">{esc(title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2024年05月14日 09:12</span> <a class="source" href="/">南湖日报</a></div>
<div class="share-bar"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div></div>
<div class="article-content clearfix">
<div class="article" id="artibody">
{body}
<p class="article-editor">责任编辑：李明</p>
</div>
<div class="keywords"><span>关键词：</span><a href="/tag/地铁">地铁</a> <a href="/tag/南湖">南湖</a></div>
</div>
{after}
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/law/">法律声明</a></p><p>Copyright © 2024 {site} 版权所有</p><p>互联网新闻信息服务许可证：1234567890</p></div>
</body></html>"""


def zh_p(paras):
    return "\n".join(f"<p>\u3000\u3000{esc(p)}</p>" for p in paras)


# ================================================================ Russian 1C-Bitrix
def bitrix(title, body, after="", before="", site="Заречный вестник", sidebar=True, wrap_cls="workarea"):
    side = """<div class="sidebar"><div class="sidebar-block"><h3>Популярное</h3><ul>
<li><a href="/news/1201/">В городском парке откроют новый фонтан</a></li>
<li><a href="/news/1198/">Школьники Заречного взяли золото олимпиады по химии</a></li>
<li><a href="/news/1195/">Отключение горячей воды: график на июнь</a></li></ul></div>
<div class="sidebar-block banner"><a href="/adv/"><img src="/upload/rk/banner240.jpg" alt="Реклама"></a></div></div>""" if sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(title)}</title>
<link href="/bitrix/cache/css/s1/zarech/template_3f1c2b7e/template_3f1c2b7e_v1.css?1715671203" type="text/css" rel="stylesheet"/>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1714021112"></script></head>
<body>
<div id="panel"></div>
<div class="wrapper">
<header class="header"><div class="logo"><a href="/">{site}</a><span class="slogan">Городская газета с 1931 года</span></div>
<ul class="top-menu"><li><a href="/news/">Новости</a></li><li><a href="/city/">Город</a></li><li><a href="/incidents/">Происшествия</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/culture/">Культура</a></li><li><a href="/ads/">Объявления</a></li></ul></header>
{before}
<div class="content-wrap">
<div class="{wrap_cls}">
<div class="breadcrumbs"><a href="/" title="Главная">Главная</a> / <a href="/news/" title="Новости">Новости</a> / <span>{esc(title)}</span></div>
<h1 id="pagetitle">{esc(title)}</h1>
{body}
{after}
</div>
{side}
</div>
<footer class="footer"><p>© 2024 «{site}». Все права защищены. При использовании материалов ссылка на сайт обязательна.</p><p>Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000. 16+</p><a href="/about/">О редакции</a> | <a href="/contacts/">Контакты</a> | <a href="/adv/">Реклама</a></footer>
</div></body></html>"""


def bitrix_detail(body, date="14.05.2024"):
    """The news.detail component's default template: date, then the DETAIL_TEXT as the editor wrote it."""
    return f"""<div class="news-detail">
<img class="detail_picture" border="0" src="/upload/iblock/5a2/most.jpg" width="600" height="400" alt="" title=""/>
<span class="news-date-time">{date}</span>
{body}
<div style="clear:both"></div>
<br/>
<div class="news-detail-share"><span>Поделиться:</span> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</div>"""


def bitrix_news_list(items, heading="", pager=True):
    """The news.list component's default template: <p class="news-item"> with date, bold linked title, preview text."""
    rows = "\n".join(
        f"""<p class="news-item" id="bx_3218110189_{1190 + i}">
<a href="/news/{1190 + i}/"><img class="preview_picture" border="0" src="/upload/iblock/p{i}.jpg" width="120" height="80" alt="" style="float:left"/></a>
<span class="news-date-time">{13 - i}.05.2024</span>
<a href="/news/{1190 + i}/"><b>{esc(t)}</b></a><br/>
{esc(s)}
<div style="clear:both"></div>
</p>""" for i, (t, s) in enumerate(items))
    h = f"<h2>{esc(heading)}</h2>\n" if heading else ""
    nav = (f'<br/><font class="text">Новости 1 - {len(items)} из 312<br/></font><font class="text">Начало | Пред. | <b>1</b> <a href="?PAGEN_1=2">2</a> <a href="?PAGEN_1=3">3</a> | '
           '<a href="?PAGEN_1=2">След.</a> | <a href="?PAGEN_1=32">Конец</a></font>') if pager else ""
    return f'{h}<div class="news-list">\n{rows}\n{nav}\n</div>'


# ================================================================ Hugo (PaperMod theme) and a Jekyll-like theme with a sidebar wrapper
def hugo(title, body, after="", before="", site="Eastfield Community Garden", main_html=None):
    main = main_html if main_html is not None else f"""<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">{esc(title)}</h1>
<div class="post-meta"><span title='2024-05-13 00:00:00 +0000 UTC'>May 13, 2024</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Marion Hale</div>
</header>
<div class="post-content">{body}</div>
<footer class="post-footer">
<ul class="post-tags"><li><a href="/tags/greenhouse/">Greenhouse</a></li><li><a href="/tags/fundraising/">Fundraising</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/plant-sale-2024/"><span class="title">« Prev</span><br><span>Spring plant sale raises £2,300</span></a>
<a class="next" href="/posts/agm-minutes-march-2024/"><span class="title">Next »</span><br><span>AGM minutes, March 2024</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="#">X</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on facebook" href="#">Facebook</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on whatsapp" href="#">WhatsApp</a></li></ul>
</footer>
{after}
</article>"""
    return f"""<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Hugo 0.125.4"><title>{esc(title)} | {site}</title>
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet" as="style"></head>
<body class="" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="{site} (Alt + H)">{site}</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"></button></div></div>
<ul id="menu"><li><a href="/posts/" title="News"><span>News</span></a></li><li><a href="/about/" title="About"><span>About</span></a></li><li><a href="/volunteer/" title="Volunteer"><span>Volunteer</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li></ul></nav></header>
{before}
<main class="main">
{main}
</main>
<footer class="footer"><span>&copy; 2024 <a href="/">{site}</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>
</body></html>"""


def jekyll_sidebar(title, body, after="", site="Notes from the Moor"):
    """A Jekyll theme whose layout wraps post and sidebar in div.sidebar-wrapper."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="generator" content="Jekyll v4.3.3"><link rel="stylesheet" href="/assets/main.css"></head>
<body>
<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{site}</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a><a class="page-link" href="/walks/">Walks</a></div></nav></div></header>
<main class="page-content" aria-label="Content">
<div class="wrapper sidebar-wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(title)}</h1>
<p class="post-meta"><time class="dt-published" datetime="2024-05-11T09:00:00+01:00" itemprop="datePublished">May 11, 2024</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Ruth Carrow</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
{body}
</div>
<a class="u-url" href="/2024/05/11/greenhouse/" hidden></a>
</article>
<aside class="sidebar"><h3>About</h3><p>Occasional notes from a community garden on the edge of the moor.</p><h3>Recent posts</h3><ul><li><a href="/2024/04/27/plant-sale/">Spring plant sale</a></li><li><a href="/2024/04/02/new-beds/">Raised beds for the school</a></li><li><a href="/2024/03/15/agm/">AGM 2024</a></li></ul></aside>
</div>
{after}
</main>
<footer class="site-footer h-card"><div class="wrapper"><p>{site} · Subscribe <a href="/feed.xml">via RSS</a></p></div></footer>
</body></html>"""


# ================================================================ Wix (blog post, Ricos viewer)
def wix(title, body, after="", before="", end_of_body="", site="Fenn Street Gazette"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="generator" content="Wix.com Website Builder"/>
<title>{esc(title)}</title>
<script type="application/json" id="wix-viewer-model">{{"siteFeaturesConfigs":{{}},"site":{{"metaSiteId":"0c7e1b2a"}}}}</script></head>
<body class="responsive">
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="wixui-header" tabindex="-1"><div id="comp-lk8x1q2a" class="wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">{site.upper()}</span></p></div>
<nav aria-label="Site" id="comp-lk8x1q3b" class="wixui-dropdown-menu"><ul><li><a class="wixui-dropdown-menu__item" href="/"><p class="wixui-dropdown-menu__item-label">Home</p></a></li><li><a class="wixui-dropdown-menu__item" href="/news"><p class="wixui-dropdown-menu__item-label">News</p></a></li><li><a class="wixui-dropdown-menu__item" href="/whats-on"><p class="wixui-dropdown-menu__item-label">What's On</p></a></li><li><a class="wixui-dropdown-menu__item" href="/contact"><p class="wixui-dropdown-menu__item-label">Contact</p></a></li></ul></nav></header>
{before}
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="wxvxx" class="wixui-page">
<div data-hook="post-page"><article data-hook="post">
<div data-hook="post-header"><div data-hook="user-name"><span>Ada Brennan</span></div><span data-hook="time-ago" title="May 17">May 17</span> <span data-hook="time-to-read">1 min read</span></div>
<div data-hook="post-title"><h1 class="H3vOVf" data-hook="post-title"><span class="post-title__text blog-post-title-font blog-post-title-color">{esc(title)}</span></h1></div>
<div data-hook="post-description"><div class="post-content__body"><div class="kcuABq" data-rce-version="9.12.3"><div class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr">
{body}
</div></div></div></div>
{end_of_body}
<div data-hook="post-footer"><div data-hook="share-buttons"><button aria-label="Share via Facebook">Facebook</button><button aria-label="Share via X">X</button><button aria-label="Share via LinkedIn">LinkedIn</button><button aria-label="Share via Link">Link</button></div>
<div data-hook="post-stats"><span data-hook="view-count">48 views</span><span data-hook="comment-count">0 comments</span></div></div>
</article></div>
{after}
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_9 wixui-rich-text__text">© 2024 by {site}. Proudly created with <a href="https://www.wix.com">Wix.com</a></p></footer>
</div></div></div></div>
</body></html>"""


def wix_p(paras, start=0):
    ids = ["d8b1f", "7k2aa", "c93e0", "s0p4x", "1qz7h", "u6m2r", "e4tt9"]
    return "\n".join(
        f'<p class="MMl86 cJJUi _6Hf0T _3vt1t" id="viewer-{ids[(start + i) % len(ids)]}" dir="auto"><span class="FpS3c">{p}</span></p>'
        for i, p in enumerate(paras))


# ================================================================ Webflow (CMS collection page)
def webflow(title, body, after="", before="", site="The Wendle Reader", body_cls="post-body w-richtext", wrap_cls="section-post", category="River"):
    return f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-page="65a1f0e2c8d3b40012ab34cd" data-wf-site="64f2e1d0b7c2a30011aa2233" lang="en"><head><meta charset="utf-8"/><title>{esc(title)} | {site}</title>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.example/64f2e1d0b7c2a30011aa2233/css/wendle.webflow.8c1f2a.css" rel="stylesheet" type="text/css"/></head>
<body>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">{site}</a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/news" class="nav-link w-nav-link">News</a><a href="/people" class="nav-link w-nav-link">People</a><a href="/whats-on" class="nav-link w-nav-link">What's On</a><a href="/about" class="nav-link w-nav-link">About</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
{before}
<div class="{wrap_cls}"><div class="container w-container">
<div class="post-header"><a href="/category/{category.lower()}" class="category-tag">{category}</a><h1 class="post-title">{esc(title)}</h1>
<div class="post-meta"><div class="text-block">May 17, 2024</div><div class="meta-dot">·</div><div>By Hannah Cole</div></div></div>
<img src="https://cdn.prod.website-files.example/64f2/6601a2_main.jpg" loading="lazy" alt="" class="post-main-image"/>
<div class="{body_cls}">{body}</div>
</div></div>
{after}
<div class="section-newsletter"><div class="w-container"><h3 class="newsletter-heading">Get {site} in your inbox</h3>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email" id="email" required=""/><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"/></form></div></div></div>
<div class="footer"><div class="w-container"><div class="footer-links"><a href="/about" class="footer-link">About</a><a href="/advertise" class="footer-link">Advertise</a><a href="/privacy" class="footer-link">Privacy</a></div><div class="footer-text">© 2024 {site}. Independent local journalism.</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
</body></html>"""


# ================================================================ HubSpot CMS blog post
def hubspot(title, body, after="", before="", site="Parcelwise", end_of_article=""):
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="generator" content="HubSpot"><link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.example/hubfs/hub_generated/template_assets/1/main.min.css"></head>
<body>
<div class="body-wrapper   hs-content-id-158203648291 hs-blog-post hs-blog-id-102938475601">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/">{site}</a></div>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list"><li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/solutions">Solutions</a></li><li class="menu__item menu__item--depth-1"><a class="menu__link" href="/pricing">Pricing</a></li><li class="menu__item menu__item--depth-1"><a class="menu__link menu__link--active-link" href="/blog">Blog</a></li><li class="menu__item menu__item--depth-1"><a class="menu__link" href="/about">About us</a></li></ul></nav>
<a class="button" href="/demo">Book a demo</a></div></header></div>
{before}
<main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{esc(title)}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/sam-okoro">Sam Okoro</a><time datetime="2024-05-09 14:15:00" class="blog-post__timestamp">May 9, 2024 2:15:00 PM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">{body}</span></div>
{end_of_article}
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><g><path d="M0 252.118V48C0 21.49"></path></g></svg><a class="blog-post__tag-link" href="/blog/tag/sustainability" rel="tag">Sustainability</a>, <a class="blog-post__tag-link" href="/blog/tag/operations" rel="tag">Operations</a></div>
</article>
{after}
</div></div>
</main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper"><p>© 2024 {site} Ltd. Registered in England and Wales.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li><li><a href="/careers">Careers</a></li></ul></div></footer></div>
</div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
</body></html>"""


# ================================================================ TYPO3 (EXT:news detail view)
def typo3(title, body, teaser="", after="", before="", site="Gemeinde Oberwaldau", category="Pressemitteilung", after_news=""):
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="de-DE">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>{site}: {esc(title)}</title>
<meta name="generator" content="TYPO3 CMS" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c6d-min.css?1715262011" media="all"></head>
<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subnavigation_right layout-default">
<div id="top"></div>
<div class="body-bg">
<a class="sr-only sr-only-focusable" href="#page-content"><span>Zum Hauptinhalt springen</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container"><a class="navbar-brand navbar-brand-image" title="{site}" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/logo.svg" alt="{site} Logo" height="52" width="180"></a>
<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a href="/rathaus-buergerservice/" class="nav-link">Rathaus &amp; Bürgerservice</a></li><li class="nav-item"><a href="/leben-wohnen/" class="nav-link">Leben &amp; Wohnen</a></li><li class="nav-item"><a href="/wirtschaft/" class="nav-link">Wirtschaft</a></li><li class="nav-item"><a href="/freizeit-tourismus/" class="nav-link">Freizeit &amp; Tourismus</a></li><li class="nav-item active"><a href="/aktuelles/" class="nav-link">Aktuelles</a></li></ul></nav></div></header>
{before}
<nav class="breadcrumb-section" aria-label="Brotkrumennavigation"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Startseite">Startseite</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/aktuelles/" title="Aktuelles">Aktuelles</a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{category}en</span></li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><div class="container"><div class="section-row"><main class="section section-default">
<!--TYPO3SEARCH_begin-->
<div id="c1021" class="frame frame-default frame-type-news_newsdetail frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner">
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{esc(title)}</h1></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-05-14">14.05.2024</time></span> <span class="news-list-category">{category}</span></p></div>
{f'<div class="teaser-text" itemprop="description"><p>{esc(teaser)}</p></div>' if teaser else ''}
<div class="news-text-wrap" itemprop="articleBody">
{body}
</div>
{after_news}
<div class="news-backlink-wrap"><a href="/aktuelles/">Zurück</a></div>
</div></div>
</div></div></div>
{after}
<!--TYPO3SEARCH_end-->
</main>
<aside class="section section-aside"><div class="frame frame-default frame-type-menu_subpages"><div class="frame-header"><h2 class="element-header">Aktuelles</h2></div><ul><li><a href="/aktuelles/pressemitteilungen/">Pressemitteilungen</a></li><li><a href="/aktuelles/amtsblatt/">Amtsblatt</a></li><li><a href="/aktuelles/veranstaltungen/">Veranstaltungen</a></li><li><a href="/aktuelles/baustellen/">Baustellen</a></li></ul></div></aside>
</div></div></div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><p><strong>{site}</strong><br>Rathausplatz 1<br>79877 Oberwaldau<br>Telefon 07654 123-0</p>
<ul class="footer-links"><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/barrierefreiheit/">Erklärung zur Barrierefreiheit</a></li></ul></div></section></footer>
</div>
<script src="/typo3temp/assets/compressed/merged-8f7e6d5c4b3a2910-min.js?1715262011"></script>
</body></html>"""


# ================================================================ a live blog
def liveblog(title, entries, standfirst="", pinned=None, before_feed="", after="", before="", site="The Coast Courier"):
    """``entries``: (time, title, paragraphs), oldest first; shown newest first."""
    def post(i, t, h, paras, extra_cls=""):
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        return f"""<article class="liveblog-post{extra_cls}" id="post-{i}" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">
<div class="liveblog-post__meta"><time class="liveblog-post__time" datetime="2024-05-15T{t}:00+01:00" itemprop="datePublished">{t} BST</time> <span class="liveblog-post__author">Ruth Ogilvie</span></div>
<h3 class="liveblog-post__title" itemprop="headline">{esc(h)}</h3>
<div class="liveblog-post__body" itemprop="articleBody">{body}</div>
<div class="liveblog-post__share"><button class="share-button">Share</button><a class="liveblog-post__permalink" href="#post-{i}">Copy link</a></div>
</article>"""
    feed = "\n".join(post(i + 1, t, h, ps_) for i, (t, h, ps_) in reversed(list(enumerate(entries))))
    keys = "".join(f'<li><a href="#post-{i + 1}"><time>{t}</time> {esc(h)}</a></li>' for i, (t, h, _) in reversed(list(enumerate(entries))) if i % 2 == 1)
    pin = ""
    if pinned is not None:
        i = pinned
        t, h, ps_ = entries[i]
        pin = f'<div class="liveblog__pinned"><div class="liveblog__pinned-label">Pinned</div>\n{post(i + 1, t, h, ps_, " liveblog-post--pinned")}</div>'
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"{escape(title)}","coverageStartTime":"2024-05-15T09:05:00+01:00"}}</script></head>
<body class="liveblog-page">
<header class="site-header"><a class="site-header__logo" href="/">{site}</a>
<nav class="site-nav"><ul><li><a href="/news/">News</a></li><li><a href="/news/weather/">Weather</a></li><li><a href="/sport/">Sport</a></li><li><a href="/whats-on/">What's On</a></li><li><a href="/jobs/">Jobs</a></li></ul></nav></header>
{before}
<main id="main">
<article class="liveblog" itemscope itemtype="https://schema.org/LiveBlogPosting">
<header class="liveblog__header">
<span class="live-badge">Live</span>
<h1 class="liveblog__title" itemprop="headline">{esc(title)}</h1>
{f'<p class="liveblog__standfirst">{esc(standfirst)}</p>' if standfirst else ''}
<div class="liveblog__byline">Ruth Ogilvie and Callum Shaw</div>
<div class="liveblog__updated">Updated <time datetime="2024-05-15T11:04:00+01:00">11:04 BST</time></div>
<div class="liveblog__keyevents"><h2 class="liveblog__keyevents-title">Key events</h2><ul>{keys}</ul></div>
</header>
{pin}
<div class="liveblog__feed" data-live-feed="storm-ilsa">
{before_feed}
{feed}
</div>
<nav class="liveblog__pagination"><a href="?page=2" class="liveblog__older">Older updates</a></nav>
</article>
{after}
</main>
<footer class="site-footer"><p>© 2024 {site} Ltd. <a href="/terms/">Terms</a> · <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact us</a></p></footer>
</body></html>"""


# ================================================================ Yahoo-News-like syndicated page (caas)
def yahoo(title, body, provider="The Harlow Sentinel", after="", before="", site="Wayfarer News"):
    return f"""<!DOCTYPE html>
<html lang="en-US" class="ltr desktop"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body>
<div id="module-header"><header id="ybar" role="banner"><a id="ybar-logo" href="/">{site}</a>
<ul id="ybar-navigation"><li><a href="/">Home</a></li><li><a href="/us/">US</a></li><li><a href="/politics/">Politics</a></li><li><a href="/world/">World</a></li><li><a href="/health/">Health</a></li><li><a href="/science/">Science</a></li></ul>
<a id="ybarMailLink" href="/mail">Mail</a> <a id="ybar-login" href="/login">Sign in</a></header></div>
{before}
<div id="Main" role="main">
<div id="Col1-2-Article-Proxy" class="Article"><div class="caas-container"><article class="caas-container-wrapper" role="article">
<div class="caas-body-wrapper">
<header class="caas-header"><h1 data-test-locator="headline">{esc(title)}</h1></header>
<div class="caas-attr"><div class="caas-logo"><a href="https://harlowsentinel.example/" target="_blank"><img alt="{provider}" src="/caas/logo.png" class="caas-img"></a></div>
<div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">Rosa Jimenez</span></div>
<div class="caas-attr-time-style"><time datetime="2024-05-13T20:31:00.000Z">Mon, May 13, 2024, 4:31 PM EDT</time><span class="caas-attr-mins-read">2 min read</span></div></div></div>
<div class="caas-share-buttons"><ul><li><a class="caas-share-button" href="#" title="Share on Facebook">Facebook</a></li><li><a class="caas-share-button" href="#" title="Share on X">X</a></li><li><a class="caas-share-button" href="#" title="Email">Email</a></li></ul></div>
<div class="caas-body">
{body}
</div>
<div class="caas-comment-button"><button class="caas-button link">View comments</button></div>
</div>
</article></div></div>
{after}
</div>
<div id="Aside"><div id="Col2-3-Trending" class="trending"><h3 class="trending-title">Trending Now</h3><ol><li><a href="/t/1">Kyle Nolan</a></li><li><a href="/t/2">Mortgage rates</a></li><li><a href="/t/3">Severe weather</a></li><li><a href="/t/4">NBA playoffs</a></li></ol></div></div>
<footer id="module-footer"><a href="/terms">Terms</a>/<a href="/privacy">Privacy Policy</a> <a href="/privacy-dashboard">Privacy Dashboard</a> <a href="/about">About Our Ads</a><p>© 2024 {site}. All rights reserved.</p></footer>
</body></html>"""


def yahoo_p(paras):
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


# ================================================================ press-release wire page
def wire(title, body, company="Halvorsen Marine", subheading="", after="", before="", site="WireDesk"):
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body class="release-page">
<header class="main-header"><div class="container"><a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul><li><a href="/news-releases/">News</a></li><li><a href="/products/">Products</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="header-actions"><a class="btn" href="/account/signup/">Sign up</a> <a class="btn btn-primary" href="/send-release/">Send a Release</a></div></div></header>
<nav class="breadcrumb container"><a href="/news-releases/">News Releases</a> &gt; <a href="/news-releases/business-technology/">Business &amp; Technology</a> &gt; <a href="/news-releases/transportation/">Transportation</a></nav>
{before}
<main>
<header class="container release-header">
<div class="row"><div class="col-sm-8"><p class="mb-no">News provided by</p><a class="company-name" href="/news/halvorsen-marine/">{company}</a><p class="mb-no">May 14, 2024, 08:00 ET</p></div>
<div class="col-sm-4"><a class="btn btn-share" href="#">Share this article</a></div></div>
<h1>{esc(title)}</h1>
{f'<p class="subheading">{esc(subheading)}</p>' if subheading else ''}
<div class="social-share"><span>Share this article</span><ul><li><a href="#" title="Share to X">Share toX</a></li><li><a href="#" title="Share to Facebook">Share toFacebook</a></li><li><a href="#" title="Share to LinkedIn">Share toLinkedIn</a></li><li><a href="#" title="Email">Email</a></li></ul></div>
</header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
{body}
</div></div></section>
{after}
<section class="release-more container"><h2>More News From {company}</h2><div class="row">
<div class="col-sm-4 card"><small>Mar 02, 2024, 09:00 ET</small><a class="news-release" href="/news-releases/halvorsen-hybrid-ferry-launch.html">Halvorsen Marine Launches First Hybrid-Electric Ferry for Coastal Routes</a></div>
<div class="col-sm-4 card"><small>Nov 14, 2023, 08:30 ET</small><a class="news-release" href="/news-releases/halvorsen-q3-results.html">Halvorsen Marine Reports Record Third-Quarter Orders</a></div>
<div class="col-sm-4 card"><small>Jul 20, 2023, 10:00 ET</small><a class="news-release" href="/news-releases/halvorsen-port-aldry-groundbreaking.html">Halvorsen Marine Breaks Ground on Port Aldry Shipyard Expansion</a></div></div></section>
</main>
<footer class="main-footer"><div class="container"><ul><li><a href="/terms/">Terms of Use</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/sitemap/">Site Map</a></li></ul><p>© 2024 {site} Inc. All Rights Reserved.</p></div></footer>
</body></html>"""
