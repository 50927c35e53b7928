"""Fourth probe round: page shells for further sites and themes.

WordPress with the Newspack theme, GeneratePress and tagDiv's Newspaper theme
(common on Polish regional sites), Drupal 7 (Bartik), a Jekyll blog (minima),
a Polish news portal on its own CMS and a Dutch regional news site (DPG-like).

Each shell takes the body HTML as it is; ``before`` goes right after
``<body>`` (where consent platforms put their container when they inject it
first) and ``end_of_body`` right before ``</body>``.
"""

from html import escape


def esc(s):
    return escape(s, quote=False)


# ================================================================ WordPress, Newspack theme
def newspack(title, body, after="", before="", end_of_body="", site="The Harlow Chronicle", category="Local News"):
    return f"""<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {site}</title>
<link rel='stylesheet' id='newspack-style-css' href='/wp-content/themes/newspack-theme/style.css?ver=2.1.0' media='all' />
<meta name="generator" content="WordPress 6.5.3" /></head>
<body class="post-template-default single single-post postid-90412 single-format-standard wp-embed-responsive singular has-sidebar h-nsub h-db h-ll h-dh header-default-background header-default-height single-featured-image-default newspack-front-page">
{before}
<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><button class="mobile-menu-toggle"><span>Close</span></button><nav class="mobile-menu" aria-label="Mobile Menu"><ul id="menu-primary" class="main-menu"><li class="menu-item"><a href="/category/local-news/">Local News</a></li><li class="menu-item"><a href="/category/schools/">Schools</a></li><li class="menu-item"><a href="/category/business/">Business</a></li></ul></nav></aside>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search" [class]="searchVisible ? 'show-header-search site-header ' : 'hide-header-search site-header'">
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="400" height="60" src="/wp-content/uploads/2023/01/logo.png" class="custom-logo" alt="{site}" /></a></div>
<div class="nav-wrapper desktop-only"><div id="tertiary-nav-contain"><a class="button" href="/donate/">Donate</a></div></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary-1" class="main-menu"><li class="menu-item"><a href="/category/local-news/">Local News</a></li><li class="menu-item"><a href="/category/schools/">Schools</a></li><li class="menu-item"><a href="/category/business/">Business</a></li><li class="menu-item"><a href="/category/arts/">Arts &amp; Culture</a></li><li class="menu-item"><a href="/about/">About Us</a></li></ul></nav></div></div></div>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/local-news/" rel="category tag">{category}</a></span>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt='' src='/wp-content/uploads/avatar-ellie.jpg' class='avatar avatar-80 photo' height='80' width='80' /></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/ellie-brandt/">Ellie Brandt</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2024-05-16T06:30:00-04:00">May 16, 2024</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon no-text" href="?share=facebook" target="_blank" title="Click to share on Facebook"><span class="sharing-screen-reader-text">Click to share on Facebook (Opens in new window)</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon no-text" href="?share=x" target="_blank" title="Click to share on X"><span class="sharing-screen-reader-text">Click to share on X (Opens in new window)</span></a></li></ul></div></div></div></div>
</header>
<main id="main" class="site-main">
<article id="post-90412" class="post-90412 post type-post status-publish format-standard has-post-thumbnail hentry category-local-news entry">
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> <a href="/tag/harlow/" rel="tag">Harlow</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Ellie Brandt</h2></div><p>Ellie Brandt covers local government and schools for {site}.</p><a class="author-link" href="/author/ellie-brandt/">More by Ellie Brandt</a></div></div>
</article>
{after}
</main>
<aside id="secondary" class="widget-area"><section id="newspack-blocks-homepage-articles-2" class="widget widget_block"><div class="wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title"><span>Most read</span></h2>
<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/2024/05/14/school-board-budget/">School board approves $48 million budget</a></h3></div></article>
<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/2024/05/12/main-street-parking/">Main Street parking meters to go cashless</a></h3></div></article></div></section></aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">&copy; 2024 {site}.</span><a class="imprint" href="https://newspack.com/" target="_blank" rel="noopener">Proudly powered by Newspack by Automattic</a> <a class="privacy-policy-link" href="/privacy-policy/">Privacy Policy</a></div></div></footer>
</div>
{end_of_body}
</body></html>"""


# ================================================================ WordPress, GeneratePress theme (any language)
GP_CHROME = {
    "en": ("Skip to content", "Home", "News", "Events", "About", "Search", "Recent Posts", "Leave a Comment", "Privacy Policy", "Built with GeneratePress"),
    "de": ("Zum Inhalt springen", "Start", "Aktuelles", "Termine", "Über uns", "Suche", "Neueste Beiträge", "Schreibe einen Kommentar", "Datenschutzerklärung", "Erstellt mit GeneratePress"),
    "nl": ("Ga naar de inhoud", "Home", "Nieuws", "Agenda", "Over ons", "Zoeken", "Recente berichten", "Plaats een reactie", "Privacybeleid", "Gebouwd met GeneratePress"),
}


def generatepress(title, body, lang="en", after="", before="", end_of_body="", site="Kelsall Vale Village News", recent=("Village hall roof appeal passes £20,000", "Summer fete date confirmed", "Speed watch volunteers needed")):
    skip, home, news, events, about, search, recent_t, _, privacy, built = GP_CHROME[lang]
    rec = "".join(f'<li><a href="/{i}/">{esc(t)}</a></li>' for i, t in enumerate(recent))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' /></head>
<body class="post-template-default single single-post postid-2231 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
{before}
<a class="screen-reader-text skip-link" href="#content" title="{skip}">{skip}</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">{site}</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu"><li class="menu-item"><a href="/">{home}</a></li><li class="menu-item current-menu-parent"><a href="/category/news/">{news}</a></li><li class="menu-item"><a href="/events/">{events}</a></li><li class="menu-item"><a href="/about/">{about}</a></li></ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard hentry category-news" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-05-21T18:40:00+01:00" itemprop="datePublished">21/05/2024</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/editor/" rel="author" itemprop="url"><span class="author-name" itemprop="name">Sue Whitfield</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
{body}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/news/" rel="category tag">{news}</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/older-post/" rel="prev">{esc(recent[1])}</a></span></div><div class="nav-next"><span class="next"><a href="/newer-post/" rel="next">{esc(recent[0])}</a></span></div></nav></footer>
</div>
</article>
{after}
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span class="screen-reader-text">{search}</span><input type="search" class="search-field" placeholder="{search} &hellip;" name="s"></label><button class="search-submit" aria-label="{search}"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">{recent_t}</h2><ul>{rec}</ul></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2024 {site}</span> &bull; <a href="/privacy-policy/">{privacy}</a> &bull; {built}</div></div></footer></div>
{end_of_body}
</body></html>"""


# ================================================================ WordPress, tagDiv "Newspaper" theme (Polish)
def tagdiv(title, body, after="", before="", end_of_body="", site="Gazeta Zalesiańska", category="Wiadomości"):
    return f"""<!doctype html>
<html lang="pl-PL"><head><meta charset="UTF-8"/><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=12.6.5' media='all' /></head>
<body class="post-template-default single single-post postid-55102 single-format-standard td-standard-pack global-block-template-1 tdb_template_3214 tdb-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
{before}
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-mobile-content"><div class="menu-main-container"><ul id="menu-main" class="td-mobile-main-menu"><li><a href="/">Strona główna</a></li><li><a href="/wiadomosci/">Wiadomości</a></li><li><a href="/sport/">Sport</a></li></ul></div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap"><div class="td-header-template-wrap"><div class="td-header-desktop-wrap"><div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2 wpb_row td-pb-row tdc-element-style">
<div class="tdb-logo-wrap"><a class="tdb-logo-a" href="/"><span class="tdb-logo-text-title">{site}</span><span class="tdb-logo-text-tagline">Portal informacyjny gminy Zalesie</span></a></div>
<div class="tdb-menu-wrap"><ul id="menu-glowne" class="tdb-block-menu tdb-menu tdb-menu-items-visible"><li class="menu-item"><a href="/"><div class="tdb-menu-item-text">Strona główna</div></a></li><li class="menu-item"><a href="/wiadomosci/"><div class="tdb-menu-item-text">Wiadomości</div></a></li><li class="menu-item"><a href="/sport/"><div class="tdb-menu-item-text">Sport</div></a></li><li class="menu-item"><a href="/kultura/"><div class="tdb-menu-item-text">Kultura</div></a></li><li class="menu-item"><a href="/ogloszenia/"><div class="tdb-menu-item-text">Ogłoszenia</div></a></li></ul></div>
</div></div></div></div></div>
<div id="tdb-autoload-article" data-autoload="off"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><article id="template-id-3214" class="post-55102 post type-post status-publish format-standard has-post-thumbnail category-wiadomosci" itemscope itemtype="https://schema.org/Article">
<div id="tdi_20" class="tdc-row"><div class="vc_row tdi_21 wpb_row td-pb-row"><div class="vc_column tdi_23 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_single_categories tdi_25 td-pb-border-top td_block_template_1"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="/wiadomosci/"><span class="tdb-cat-bg"></span>{category}</a></div></div>
<div class="td_block_wrap tdb_title tdi_26 tdb-single-title td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{esc(title)}</h1></div></div>
<div class="td_block_wrap tdb_single_author tdi_27 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><a class="tdb-author-name" href="/author/redakcja/">Redakcja</a></div></div>
<div class="td_block_wrap tdb_single_date tdi_28 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="2024-05-17T10:05:00+02:00">17 maja 2024</time></div></div>
<div class="td_block_wrap tdb_single_content tdi_30 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
{body}
</div></div>
<div class="td_block_wrap tdb_single_tags tdi_31 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>TAGI</span></li><li><a href="/tag/zalesie/">Zalesie</a></li><li><a href="/tag/drogi/">drogi</a></li></ul></div></div>
<div class="td_block_wrap tdb_single_post_share tdi_32 td-pb-border-top td_block_template_1"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a></div></div>
{after}
</div></div>
<div class="vc_column tdi_40 wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper"><div class="td_block_wrap td_flex_block_1 tdi_41 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Najczęściej czytane</span></h4></div>
<div class="td_block_inner td-mc1-wrap"><div class="td_module_flex td_module_flex_1"><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="/2024/05/nowy-plac-zabaw/">Nowy plac zabaw w Brzozówce już otwarty</a></h3></div></div><div class="td_module_flex td_module_flex_1"><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="/2024/05/sesja-rady-gminy/">Sesja rady gminy: absolutorium dla wójta</a></h3></div></div></div></div></div></div>
</div></div>
</article></div></div></div>
<div class="td-footer-template-wrap"><div class="td-footer-wrap"><div class="tdc-row"><p class="tdb-footer-text">&copy; 2024 {site}. Wszelkie prawa zastrzeżone. <a href="/polityka-prywatnosci/">Polityka prywatności</a> · <a href="/regulamin/">Regulamin</a> · <a href="/kontakt/">Kontakt</a></p></div></div></div>
</div>
{end_of_body}
</body></html>"""


# ================================================================ a Polish news portal on its own CMS
def pl_portal(title, body, lead="", after="", before="", end_of_body="", site="Głos Doliny", section="Region"):
    return f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/portal.min.css?v=2024.5.2"></head>
<body class="page-article">
{before}
<div class="top-bar"><div class="container"><span class="top-bar__date">piątek, 17 maja 2024</span> <span class="top-bar__weather">Lipowiec Dolny 19°C</span> <a href="/konto/logowanie" class="top-bar__login">Zaloguj się</a></div></div>
<header class="site-header"><div class="container"><a class="site-header__logo" href="/">{site}</a>
<nav class="main-nav"><ul><li><a href="/region/">Region</a></li><li><a href="/lipowiec/">Lipowiec</a></li><li><a href="/gospodarka/">Gospodarka</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultura/">Kultura</a></li><li><a href="/ogloszenia/">Ogłoszenia</a></li></ul></nav></div></header>
<div class="container main-container"><div class="row">
<main class="col-main">
<div class="article" id="article-48812">
<div class="article__breadcrumbs"><a href="/">Strona główna</a> › <a href="/region/">{section}</a></div>
<h1 class="article__title">{esc(title)}</h1>
<div class="article__meta"><span class="article__author">Anna Kowalczyk</span> <span class="article__date">17.05.2024, 14:20</span> <span class="article__comments-count"><a href="#komentarze">Komentarze (5)</a></span></div>
{f'<div class="article__lead"><p>{esc(lead)}</p></div>' if lead else ''}
<div class="article__body">
{body}
</div>
<div class="article__share"><span>Udostępnij:</span> <a href="#" class="share-fb">Facebook</a> <a href="#" class="share-x">X</a> <a href="#" class="share-mail">E-mail</a></div>
</div>
{after}
</main>
<aside class="col-side"><div class="box box--popular"><h3 class="box__title">Najpopularniejsze</h3><ol><li><a href="/region/pozar-stodoly">Pożar stodoły w Brzeźnicy. Spłonęły maszyny rolnicze</a></li><li><a href="/sport/awans-lks">LKS Lipowiec z awansem do czwartej ligi</a></li><li><a href="/lipowiec/targowisko">Targowisko miejskie do remontu</a></li></ol></div></aside>
</div></div>
<footer class="site-footer"><div class="container"><p>© 2024 {site} Sp. z o.o. Wszelkie prawa zastrzeżone.</p><ul><li><a href="/regulamin">Regulamin</a></li><li><a href="/polityka-prywatnosci">Polityka prywatności</a></li><li><a href="/reklama">Reklama</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div></footer>
{end_of_body}
</body></html>"""


# ================================================================ Drupal 7, Bartik theme (English)
def drupal7(title, body, after="", before="", end_of_body="", site="Tenby Cross Herald"):
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types#">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{esc(title)} | {site}</title>
<style type="text/css" media="all">@import url("/modules/system/system.base.css?s1a2b3");</style></head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-8841 node-type-article">
{before}
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Home" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>{site}</span></a></strong></div><div id="site-slogan">News for the Lune valley since 1887</div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">Home</a></li><li class="menu-402"><a href="/news">News</a></li><li class="menu-403"><a href="/sport">Sport</a></li><li class="menu-404"><a href="/whats-on">What's On</a></li><li class="menu-405 last"><a href="/contact">Contact</a></li></ul></div>
</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » <a href="/news">News</a></div></div>
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{esc(title)}</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-8841" class="node node-article node-promoted node-full clearfix" about="/news/2024/05/old-ferry-bridge-closure" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{escape(title)}" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="2024-05-20T09:14:00+01:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" xml:lang="" about="/users/gwen-hollis" typeof="sioc:UserAccount" property="foaf:name" datatype="">Gwen Hollis</span> on Mon, 05/20/2024 - 09:14</span></div>
<div class="content clearfix">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/tags/roads" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">roads</a></div><div class="field-item odd" rel="dc:subject"><a href="/tags/river-lune" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">River Lune</a></div></div></div>
</div>
<div class="link-wrapper"><ul class="links inline"><li class="comment-add first last active"><a href="/news/2024/05/old-ferry-bridge-closure#comment-form" title="Share your thoughts and opinions related to this posting." class="active">Add new comment</a></li></ul></div>
{after}
</div>
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second"><div id="block-views-popular-block" class="block block-views"><h2>Popular this week</h2><div class="content"><div class="item-list"><ul><li class="views-row views-row-1 views-row-odd views-row-first"><a href="/news/2024/05/library-hours">Library opening hours cut</a></li><li class="views-row views-row-2 views-row-even"><a href="/news/2024/05/lifeboat-crew">Lifeboat crew rescue two kayakers</a></li><li class="views-row views-row-3 views-row-odd views-row-last"><a href="/news/2024/05/market-charter">Market charter celebrations planned</a></li></ul></div></div></div></div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>© 2024 {site} · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p></div></div><div id="block-system-powered-by" class="block block-system"><div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div></div></div>
</div></div>
{end_of_body}
</body></html>"""


# ================================================================ Jekyll, minima theme
def minima(title, body, after="", before="", site="Notes from Portwen"):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 --><title>{esc(title)} | {site}</title><meta name="generator" content="Jekyll v4.3.3" /><!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"></head>
<body>
{before}
<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{site}</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"></span></label><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a><a class="page-link" href="/photos/">Photos</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(title)}</h1>
<p class="post-meta"><time class="dt-published" datetime="2024-05-19T20:11:00+01:00" itemprop="datePublished">May 19, 2024</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Morwenna Hicks</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
{body}
</div>
{after}
<a class="u-url" href="/2024/05/19/carnival/" hidden></a>
</article>
</div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><div class="footer-col-wrapper"><div class="footer-col"><p class="feed-subscribe"><a href="/feed.xml"><span>Subscribe</span></a></p><ul class="contact-list"><li class="p-name">Morwenna Hicks</li></ul></div>
<div class="footer-col"><p>Small things happening in a small Cornish town.</p></div></div></div></footer>
</body></html>"""


# ================================================================ a Dutch regional news site (DPG-like)
def dpg(title, body, intro="", after="", before="", end_of_body="", site="Lekstroom Dagblad"):
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{esc(title)} | Regio | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="article-page">
{before}
<header class="app-header" data-testid="app-header"><a class="app-header__logo" href="/">{site}</a>
<nav class="app-header__nav" aria-label="Hoofdmenu"><ul><li><a href="/regio/">Regio</a></li><li><a href="/nieuws/">Nieuws</a></li><li><a href="/sport/">Sport</a></li><li><a href="/show/">Show</a></li><li><a href="/koken-en-eten/">Koken &amp; eten</a></li></ul></nav>
<a class="app-header__subscribe" href="/abonnement/">Abonneer</a> <a class="app-header__login" href="/login/">Inloggen</a></header>
<main id="main" class="app-main">
<article class="article" data-article-id="250a7f12">
<header class="article__header"><span class="article__label">Lekdijk</span><h1 class="article__title">{esc(title)}</h1>
{f'<p class="article__intro">{esc(intro)}</p>' if intro else ''}
<div class="article__meta"><span class="author">Joost van Leeuwen</span> <time class="article__time" datetime="2024-05-15T17:04:00+02:00">15 mei 24, 17:04</time></div>
<div class="article__share"><button class="share-button">Delen</button><button class="bookmark-button">Bewaren</button></div></header>
<div class="article__body">
{body}
</div>
<footer class="article__footer"><ul class="tags"><li><a href="/tag/waterschap/">Waterschap</a></li><li><a href="/tag/lek/">Lek</a></li></ul></footer>
</article>
{after}
</main>
<footer class="app-footer"><ul><li><a href="/colofon/">Colofon</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookiebeleid</a></li><li><a href="/voorwaarden/">Gebruiksvoorwaarden</a></li></ul><p>© 2024 {site} B.V.</p></footer>
{end_of_body}
</body></html>"""
