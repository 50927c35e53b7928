"""Page shells for the fifth probe round: markup from other benchmarks' eras.

A 2000s table-layout portal (nested tables, ``<font>``, spacer gifs,
``<center>``, ``|`` nav bars, ``<td class="bodytext">``), a 2008-2012 news
site (``div#storybody``, tool bars, Digg and del.icio.us buttons), the old
WordPress Kubrick theme, classic Blogger (Minima), Movable Type, LiveJournal,
an AMP news page, a page whose body is ``<section>`` elements only, a Genesis
theme (``content-sidebar-wrap``), a German Liveticker, a UK live blog and a
generic modern news page for key points, interviews and pull quotes."""

from html import escape


def esc(s):
    return escape(s, quote=False)


def brs(paras, sep="<br><br>\n"):
    """Paragraphs as loose text separated by <br><br>, the way table-era CMSs and blog editors wrote them."""
    return sep.join(esc(p) for p in paras)


def ps5(paras, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in paras)


# ================================================================ 2000s table layout portal
TABLE_CHROME = {
    "en": ("Home", "Local News", "Sports", "Business", "Obituaries", "Classifieds", "Weather", "Search", "Go", "Contact Us", "Advertise", "Subscribe", "Archives", "Print this story", "E-mail this story", "All rights reserved", "Terms of Use", "Privacy Policy"),
    "de": ("Startseite", "Lokales", "Sport", "Wirtschaft", "Traueranzeigen", "Kleinanzeigen", "Wetter", "Suche", "Los", "Kontakt", "Anzeigen", "Abonnement", "Archiv", "Artikel drucken", "Artikel versenden", "Alle Rechte vorbehalten", "Nutzungsbedingungen", "Datenschutz"),
    "es": ("Portada", "Local", "Deportes", "Economía", "Esquelas", "Clasificados", "El tiempo", "Buscar", "Ir", "Contacto", "Publicidad", "Suscríbase", "Hemeroteca", "Imprimir noticia", "Enviar noticia", "Todos los derechos reservados", "Aviso legal", "Política de privacidad"),
    "pt": ("Capa", "Cidade", "Esportes", "Economia", "Obituário", "Classificados", "Tempo", "Busca", "OK", "Fale conosco", "Anuncie", "Assine", "Arquivo", "Imprimir notícia", "Enviar por e-mail", "Todos os direitos reservados", "Termos de uso", "Privacidade"),
    "it": ("Home", "Cronaca", "Sport", "Economia", "Necrologi", "Annunci", "Meteo", "Cerca", "Vai", "Contatti", "Pubblicità", "Abbonati", "Archivio", "Stampa articolo", "Invia articolo", "Tutti i diritti riservati", "Note legali", "Privacy"),
    "fr": ("Accueil", "Région", "Sports", "Économie", "Avis de décès", "Petites annonces", "Météo", "Rechercher", "OK", "Contact", "Publicité", "Abonnement", "Archives", "Imprimer l'article", "Envoyer l'article", "Tous droits réservés", "Mentions légales", "Confidentialité"),
}
SPACER = '<img src="/images/spacer.gif" width="1" height="10" border="0" alt="">'


def table_portal(title, body, lang="en", site="The Marle Valley Courier", byline="By Jim Harkness<br>Courier Staff Writer", date="Wednesday, April 9, 2008",
                 after="", before_body="", right_col=True, tools=True, more=""):
    """A 2000s table layout: a banner table, a '|' nav bar, then a three-column table (left nav, story <td class="bodytext">, right ad column), all in <font>."""
    (home, local, sports, biz, obits, classi, weather, search, go, contact, adv, subs, arch, printx, emailx, rights, terms, privacy) = TABLE_CHROME[lang]
    right = f"""<td width="160" valign="top" bgcolor="#f0f0f0"><center>{SPACER}<br><font face="Arial" size="1">ADVERTISEMENT</font><br>
<a href="/adclick.php?id=2231"><img src="/ads/carlot_160x600.gif" width="160" height="600" border="0" alt="Harkness Ford - Click Here"></a><br>{SPACER}</center></td>""" if right_col else ""
    tool = f"""<table width="100%" cellpadding="2" cellspacing="0" border="0"><tr><td bgcolor="#eeeeee"><font face="Arial" size="1"><img src="/images/icon_print.gif" width="12" height="12" border="0" alt=""> <a href="/print.php?story=8812">{printx}</a> | <img src="/images/icon_mail.gif" width="12" height="12" border="0" alt=""> <a href="/email.php?story=8812">{emailx}</a></font></td></tr></table>""" if tools else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>{site} - {esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<script language="JavaScript" src="/js/rollover.js"></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/images/nav_on.gif')">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><a href="/"><img src="/images/masthead.gif" width="780" height="90" border="0" alt="{site}"></a></td></tr>
<tr><td colspan="3" bgcolor="#003366" height="22"><center><font face="Verdana, Arial" size="2" color="#FFFFFF"><b><a href="/"><font color="#FFFFFF">{home}</font></a> | <a href="/local/"><font color="#FFFFFF">{local}</font></a> | <a href="/sports/"><font color="#FFFFFF">{sports}</font></a> | <a href="/business/"><font color="#FFFFFF">{biz}</font></a> | <a href="/obits/"><font color="#FFFFFF">{obits}</font></a> | <a href="/classifieds/"><font color="#FFFFFF">{classi}</font></a> | <a href="/weather/"><font color="#FFFFFF">{weather}</font></a></b></font></center></td></tr>
<tr><td colspan="3">{SPACER}</td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E6ECF2">
<table width="150" border="0" cellpadding="4" cellspacing="0">
<tr><td><form action="/search.php" method="get"><font face="Arial" size="1"><b>{search}</b></font><br><input type="text" name="q" size="12"> <input type="submit" value="{go}"></form></td></tr>
<tr><td><font face="Arial" size="2"><img src="/images/arrow.gif" width="7" height="7" alt=""> <a href="/contact.html">{contact}</a><br>
<img src="/images/arrow.gif" width="7" height="7" alt=""> <a href="/advertise.html">{adv}</a><br>
<img src="/images/arrow.gif" width="7" height="7" alt=""> <a href="/subscribe.html">{subs}</a><br>
<img src="/images/arrow.gif" width="7" height="7" alt=""> <a href="/archives/">{arch}</a></font></td></tr>
</table></td>
<td width="470" valign="top">
<table width="100%" border="0" cellpadding="8" cellspacing="0"><tr><td class="bodytext" valign="top">
{before_body}
<font face="Georgia, Times New Roman" size="5"><b>{esc(title)}</b></font><br>
<font face="Arial" size="1" color="#666666">{byline}<br>{date}</font><br>{SPACER}<br>
<font face="Georgia, Times New Roman" size="3">
{body}
</font>
<br><br>
{after}
{tool}
{more}
</td></tr></table>
</td>
{right}
</tr>
<tr><td colspan="3" bgcolor="#003366">{SPACER}</td></tr>
<tr><td colspan="3"><center><font face="Arial" size="1">&copy; 2008 {site}. {rights}.<br><a href="/terms.html">{terms}</a> | <a href="/privacy.html">{privacy}</a> | <a href="/contact.html">{contact}</a></font></center></td></tr>
</table>
</body></html>"""


# ================================================================ 2008-2012 news site: div#storybody
def storybody(title, body, site="The Granger County Herald", byline="By Karen Whitfield", date="Posted: Thursday, May 14, 2009 10:32 PM EDT",
              after="", before="", inside_top="", lang="en", comments_count=12, pagination="", share=True, rightcol=True, article_html=None, byline_title="Herald Staff Writer"):
    share_html = """<div class="share-tools"><span class="share-label">Share this:</span> <a class="digg" href="http://digg.com/submit?url=http%3A%2F%2Fwww.grangerherald.example%2Fnews%2F2009%2Fmay%2F14%2Fstory" title="Digg this"><img src="/img/digg_16.gif" alt="">Digg</a> <a class="delicious" href="http://del.icio.us/post?url=http%3A%2F%2Fwww.grangerherald.example%2Fnews" title="Save to del.icio.us"><img src="/img/delicious_16.gif" alt="">del.icio.us</a> <a class="facebook" href="http://www.facebook.com/sharer.php?u=http%3A%2F%2Fwww.grangerherald.example%2Fnews"><img src="/img/fb_16.gif" alt="">Facebook</a> <a class="stumble" href="http://www.stumbleupon.com/submit?url=http%3A%2F%2Fwww.grangerherald.example"><img src="/img/su_16.gif" alt="">StumbleUpon</a> <a class="twitter" href="http://twitter.com/home?status=Reading%3A+http%3A%2F%2Fgrangerherald.example%2F8812">Twitter</a></div>""" if share else ""
    right = """<div id="rightcol">
<div class="box mostpopular"><h3>Most Popular</h3><ol><li><a href="/news/2009/may/13/police-log/">Police log: May 13</a></li><li><a href="/news/2009/may/12/graduation-dates/">High school graduation dates set</a></li><li><a href="/sports/2009/may/13/tigers-win/">Tigers win district title in extra innings</a></li></ol></div>
<div class="box ad300"><div class="adlabel">Advertisement</div><script type="text/javascript">GA_googleFillSlot("Herald_Story_300x250");</script></div>
<div class="box weather"><h3>Weather</h3><p>Granger: 68&deg;F Partly Cloudy</p><a href="/weather/">Full forecast</a></div>
</div>""" if rightcol else ""
    article = f"""<div id="article">
<h1 class="headline">{esc(title)}</h1>
<div class="byline">{byline}<br /><span class="title">{byline_title}</span></div>
<div class="dateline">{date}</div>
<div class="tools top"><a href="/printer_friendly/8812" class="print">Print this article</a> | <a href="/email_story/8812" class="email">E-mail this article</a> | <a href="#comments" class="comments">Comments ({comments_count})</a> | <a href="#" class="fontsize">Text size: <b>A</b> <big>A</big></a></div>
{share_html}
<div id="storybody">
{inside_top}
{body}
</div>
{pagination}
<div class="tools bottom"><a href="/printer_friendly/8812" class="print">Print this article</a> | <a href="/email_story/8812" class="email">E-mail this article</a></div>
</div>""" if article_html is None else article_html
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} | {site}</title>
<link rel="stylesheet" type="text/css" href="/css/global.css" /><script type="text/javascript" src="/js/prototype.js"></script></head>
<body class="story">
<div id="wrapper">
<div id="header"><div id="logo"><a href="/"><img src="/img/logo.png" alt="{site}" /></a></div>
<div id="topsearch"><form action="/search/" method="get"><input type="text" name="q" value="Search" /><input type="submit" value="Go" /></form></div>
<ul id="nav"><li><a href="/">Home</a></li><li class="active"><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/jobs/">Jobs</a></li></ul>
<div id="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news/">News</a> &raquo; <a href="/news/local/">Local</a></div></div>
{before}
<div id="content">
<div id="leftcol">
{article}
{after}
</div>
{right}
</div>
<div id="footer"><p><a href="/about/">About Us</a> | <a href="/contact/">Contact Us</a> | <a href="/advertise/">Advertise</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/rss/">RSS Feeds</a></p>
<p>Copyright &copy; 2009 {site}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>
</div>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-1']);</script>
</body></html>"""


# ================================================================ WordPress 2.x Kubrick theme
def kubrick(title, body, after_entry="", comments="", site="Fourth Street Notes", desc="Keeping an eye on city hall since 2005", date="January 28th, 2009",
            categories=("City Council", "Downtown"), n_comments=3, single=True, main_html=None):
    cats = ", ".join(f'<a href="/category/{c.lower().replace(" ", "-")}/" title="View all posts in {c}" rel="category tag">{c}</a>' for c in categories)
    post = f"""<div class="navigation"><div class="alignleft">&laquo; <a href="/2009/01/snow-plows/">Snow plows, or the lack of them</a></div><div class="alignright"></div></div>
<div class="post" id="post-412">
<h2><a href="/2009/01/parking-garage/" rel="bookmark" title="Permanent Link to {esc(title)}">{esc(title)}</a></h2>
<div class="entry">
{body}
{after_entry}
<p class="postmetadata alt"><small>This entry was posted on Wednesday, {date} at 9:14 am and is filed under {cats}. You can follow any responses to this entry through the <a href="/2009/01/parking-garage/feed/">RSS 2.0</a> feed. You can <a href="#respond">leave a response</a>, or <a href="/2009/01/parking-garage/trackback/" rel="trackback">trackback</a> from your own site.</small></p>
</div>
</div>
{comments}
<h3 id="respond">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform">
<p><input type="text" name="author" id="author" value="" size="22" tabindex="1" /> <label for="author"><small>Name (required)</small></label></p>
<p><input type="text" name="email" id="email" value="" size="22" tabindex="2" /> <label for="email"><small>Mail (will not be published) (required)</small></label></p>
<p><input type="text" name="url" id="url" value="" size="22" tabindex="3" /> <label for="url"><small>Website</small></label></p>
<p><textarea name="comment" id="comment" cols="100%" rows="10" tabindex="4"></textarea></p>
<p><input name="submit" type="submit" id="submit" tabindex="5" value="Submit Comment" /></p></form>""" if main_html is None else main_html
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-US">
<head profile="http://gmpg.org/xfn/11"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{site} &raquo; Blog Archive &raquo; {esc(title)}</title>
<meta name="generator" content="WordPress 2.7" /><link rel="stylesheet" href="/wp-content/themes/default/style.css" type="text/css" media="screen" />
<style type="text/css" media="screen">#page {{ background: url("/wp-content/themes/default/images/kubrickbg-ltr.jpg") repeat-y top; border: none; }}</style></head>
<body>
<div id="page">
<div id="header" role="banner"><div id="headerimg"><h1><a href="/">{site}</a></h1><div class="description">{desc}</div></div></div>
<hr />
<div id="content" class="{'widecolumn' if single else 'narrowcolumn'}" role="main">
{post}
</div>
<div id="sidebar" role="complementary"><ul>
<li><form method="get" id="searchform" action="/"><label class="hidden" for="s">Search for:</label><div><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Search" /></div></form></li>
<li><h2>Archives</h2><ul><li><a href="/2009/01/" title="January 2009">January 2009</a></li><li><a href="/2008/12/" title="December 2008">December 2008</a></li><li><a href="/2008/11/" title="November 2008">November 2008</a></li></ul></li>
<li class="categories"><h2>Categories</h2><ul><li class="cat-item"><a href="/category/city-council/">City Council</a> (48)</li><li class="cat-item"><a href="/category/downtown/">Downtown</a> (21)</li><li class="cat-item"><a href="/category/schools/">Schools</a> (17)</li></ul></li>
<li><h2>Blogroll</h2><ul><li><a href="http://citydesk.example/">City Desk</a></li><li><a href="http://elmhollow.example/">Elm Hollow Neighbors</a></li></ul></li>
<li><h2>Meta</h2><ul><li><a href="/wp-login.php">Log in</a></li><li><a href="/feed/" title="Syndicate this site using RSS 2.0">Entries <abbr title="Really Simple Syndication">RSS</abbr></a></li><li><a href="http://wordpress.org/" title="Powered by WordPress, state-of-the-art semantic personal publishing platform.">WordPress.org</a></li></ul></li>
</ul></div>
<hr />
<div id="footer" role="contentinfo"><p>{site} is proudly powered by <a href="http://wordpress.org/">WordPress</a><br /><a href="/feed/">Entries (RSS)</a> and <a href="/comments/feed/">Comments (RSS)</a>.</p></div>
</div>
</body></html>"""


def kubrick_comments(title, comments):
    items = "\n".join(f"""<li class="{'alt' if i % 2 == 0 else ''}" id="comment-{900 + i}">
<cite><a href="{url}" rel="external nofollow" class="url">{who}</a></cite> Says:<br />
<small class="commentmetadata"><a href="#comment-{900 + i}" title="">January {28 + i // 2}th, 2009 at {10 + i}:0{i} am</a> </small>
<p>{esc(text)}</p>
</li>""" for i, (who, url, text) in enumerate(comments))
    n = len(comments)
    return f"""<h3 id="comments">{n} Responses to &#8220;{esc(title)}&#8221;</h3>
<div class="navigation"><div class="alignleft"></div><div class="alignright"></div></div>
<ol class="commentlist">
{items}
</ol>"""


# ================================================================ classic Blogger (Minima template, 2006-2010)
def blogger_minima(title, body, footer_author="Rita Figueiredo", footer_time="10:42 AM", n_comments=3, comments="", lang="pt", site="Notícias do Bairro",
                   desc="O que acontece no Jardim das Acácias", date="domingo, 14 de março de 2010", labels=("feira", "prefeitura")):
    labs = ", ".join(f'<a href="http://noticiasdobairro.blogspot.com/search/label/{x}" rel="tag">{x}</a>' for x in labels)
    word = "comentários" if lang == "pt" else "comments"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr" dir="ltr">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="generator" content="Blogger" />
<title>{site}: {esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="{site} - Atom" href="http://noticiasdobairro.blogspot.com/feeds/posts/default" />
<style id="page-skin-1" type="text/css">body {{ background:#fff; margin:0; color:#333; font:x-small Georgia Serif; }} #outer-wrapper {{ width: 660px; }}</style></head>
<body>
<div id="navbar-iframe-container"><iframe src="http://www.blogger.com/navbar.g?targetBlogID=7711" height="30px" width="100%" marginwidth="0" marginheight="0" scrolling="no" id="navbar-iframe" frameborder="0"></iframe></div>
<div id="outer-wrapper"><div id="wrap2">
<div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="http://noticiasdobairro.blogspot.com/">{site}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>{desc}</span></p></div></div></div></div></div>
<div id="content-wrapper">
<div id="crosscol-wrapper" style="text-align:center"><div class="crosscol no-items section" id="crosscol"></div></div>
<div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
<div class="blog-posts hfeed">
<h2 class="date-header">{date}</h2>
<div class="post hentry uncustomized-post-template">
<a name="4418207712"></a>
<h3 class="post-title entry-title"><a href="http://noticiasdobairro.blogspot.com/2010/03/feira.html">{esc(title)}</a></h3>
<div class="post-header-line-1"></div>
<div class="post-body entry-content">
{body}
<div style="clear: both;"></div>
</div>
<div class="post-footer">
<div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Postado por <span class="fn">{footer_author}</span></span> <span class="post-timestamp">às <a class="timestamp-link" href="http://noticiasdobairro.blogspot.com/2010/03/feira.html" rel="bookmark" title="permanent link"><abbr class="published" title="2010-03-14T10:42:00-03:00">{footer_time}</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="https://www.blogger.com/comment.g?blogID=7711&amp;postID=4418207712" onclick="">{n_comments} {word}</a></span> <span class="post-icons"><span class="item-action"><a href="https://www.blogger.com/email-post.g?blogID=7711&amp;postID=4418207712" title="Enviar esta postagem por e-mail"><img alt="" class="icon-action" height="13" src="http://www.blogger.com/img/icon18_email.gif" width="18" /></a></span></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Marcadores: {labs}</span></div>
<div class="post-footer-line post-footer-line-3"></div></div>
</div>
{comments}
</div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2010/03/novo.html" title="Postagem mais recente">Postagem mais recente</a></span> <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2010/03/antigo.html" title="Postagem mais antiga">Postagem mais antiga</a></span> <a class="home-link" href="http://noticiasdobairro.blogspot.com/">Página inicial</a></div>
<div class="clear"></div>
<div class="post-feeds"><div class="feed-links">Assinar: <a class="feed-link" href="http://noticiasdobairro.blogspot.com/feeds/4418207712/comments/default" target="_blank" type="application/atom+xml">Postar comentários (Atom)</a></div></div>
</div></div></div>
<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar">
<div class="widget BlogArchive" id="BlogArchive1"><h2>Arquivo do blog</h2><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">&#9660; </span></a><a class="post-count-link" href="/2010/">2010</a> <span class="post-count">(14)</span><ul><li class="archivedate expanded"><a class="post-count-link" href="/2010_03_01_archive.html">março</a> <span class="post-count">(5)</span><ul class="posts"><li><a href="/2010/03/feira.html">{esc(title)}</a></li><li><a href="/2010/03/buraco.html">Buraco na Rua 7 completa um ano</a></li></ul></li></ul></li></ul></div></div></div></div>
<div class="widget Profile" id="Profile1"><h2>Quem sou eu</h2><div class="widget-content"><a href="https://www.blogger.com/profile/0912"><img class="profile-img" height="80" src="/img/rita.jpg" width="60" alt="Minha foto" /></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link" href="https://www.blogger.com/profile/0912" rel="author">{footer_author}</a></dt><dd class="profile-textblock">Jornalista aposentada, moradora do bairro há 30 anos.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/0912" rel="author">Ver meu perfil completo</a></div></div>
</div></div>
<div style="clear: both"></div>
</div>
<div id="footer-wrapper"><div class="footer no-items section" id="footer"></div></div>
</div></div>
</body></html>"""


def blogger_minima_comments(label, comments):
    items = "\n".join(f"""<dt class="comment-author" id="c{5500 + i}"><a name="c{5500 + i}"></a><a href="https://www.blogger.com/profile/{330 + i}" rel="nofollow">{who}</a> disse...</dt>
<dd class="comment-body"><p>{esc(text)}</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="/2010/03/feira.html?showComment=12685{i}#c{5500 + i}" title="comment permalink">14 de março de 2010 {11 + i}:2{i}</a> </span><span class="item-control blog-admin pid-1120"><a href="https://www.blogger.com/delete-comment.g?blogID=7711" title="Excluir comentário"><img src="//www.blogger.com/img/icon_delete13.gif" /></a></span></dd>""" for i, (who, text) in enumerate(comments))
    return f"""<div class="comments" id="comments"><a name="comments"></a><h4>{label}</h4>
<div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">
{items}
</dl></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=7711&amp;postID=4418207712" onclick="">Postar um comentário</a></p></div>
<div id="backlinks-container"><div id="Blog1_backlinks-container"></div></div>"""


# ================================================================ Movable Type 4 (default 'Professional' templates)
def movabletype(title, entry_body, entry_more="", comments="", site="Eastgate Dispatch", author="Dan Morrow", date="December 15, 2009 11:48 PM", n_comments=4):
    more = f'<div id="more" class="entry-more">\n{entry_more}\n</div>' if entry_more else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="generator" content="Movable Type Pro 4.32-en" />
<link rel="stylesheet" href="/styles.css" type="text/css" /><title>{esc(title)} - {site}</title></head>
<body class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<div id="header-name"><a href="/" accesskey="1">{site}</a></div>
<div id="header-description">News and notes from the Eastgate neighborhood</div></div></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div id="entry-3318" class="entry-asset asset hentry">
<div class="asset-header"><h1 id="page-title" class="asset-name entry-title">{esc(title)}</h1>
<div class="asset-meta"><span class="byline">By <span class="vcard author">{author}</span> on <abbr class="published" title="2009-12-15T23:48:30-05:00">{date}</abbr></span> <span class="separator">|</span> <a class="permalink" href="/2009/12/library-hours.html">Permalink</a> <span class="separator">|</span> <a href="/2009/12/library-hours.html#comments">Comments ({n_comments})</a> <span class="separator">|</span> <a href="/2009/12/library-hours.html#trackback">TrackBacks (0)</a></div></div>
<div class="asset-content entry-content">
<div class="asset-body">
{entry_body}
</div>
{more}
</div>
<div class="asset-footer"><div class="entry-categories"><h4>Categories<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="/library/" rel="tag">Library</a></li></ul></div>
<div class="entry-tags"><h4>Tags<span class="delimiter">:</span></h4><ul><li><a href="/mt/mt-search.cgi?tag=budget&amp;blog_id=3" rel="tag">budget</a><span class="delimiter">,</span></li><li><a href="/mt/mt-search.cgi?tag=county&amp;blog_id=3" rel="tag">county</a></li></ul></div></div>
</div>
<div id="trackbacks" class="trackbacks"><h2 class="trackbacks-header">TrackBack</h2><div class="trackbacks-info"><p>TrackBack URL for this entry: <span id="trackbacks-link">/mt/mt-tb.cgi/2118</span></p></div></div>
{comments}
<div class="entry-navigation"><a href="/2009/12/snow-day.html">&laquo; Snow day for county schools</a> | <a href="/">Main</a> | <a href="/2009/12/holiday-lights.html">Holiday lights on Main Street &raquo;</a></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-search widget"><h3 class="widget-header">Search</h3><div class="widget-content"><form method="get" action="/mt/mt-search.cgi"><input id="search" class="ti" name="search" /><input type="submit" class="search-submit" value="Search" /></form></div></div>
<div class="widget-archive widget-archive-monthly widget"><h3 class="widget-header">Monthly <a href="/archives.html">Archives</a></h3><div class="widget-content"><ul><li><a href="/2009/12/">December 2009 (9)</a></li><li><a href="/2009/11/">November 2009 (14)</a></li></ul></div></div>
<div class="widget-syndication widget"><div class="widget-content"><ul><li><img src="/mt-static/images/status_icons/feed.gif" alt="Subscribe to feed" width="9" height="9" /> <a href="/atom.xml">Subscribe to this blog's feed</a></li></ul></div></div>
<div class="widget-powered widget"><div class="widget-content"><a href="http://www.movabletype.com/"><img src="/mt-static/images/bug-pbmt-white.png" alt="Powered by Movable Type 4.32-en" width="120" height="75" /></a></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content"><div class="widget-powered widget"><div class="widget-content">Powered by <a href="http://www.movabletype.com/" rel="generator">Movable Type Pro</a></div></div></div></div></div>
</div></div>
</body></html>"""


def mt_comments(comments):
    items = "\n".join(f"""<div class="comment" id="comment-{7100 + i}"><div class="inner">
<div class="comment-header"><div class="asset-meta"><span class="byline"><span class="vcard author"><a class="fn url" href="{url}" rel="nofollow">{who}</a></span> | <a href="/2009/12/library-hours.html#comment-{7100 + i}"><abbr class="published" title="2009-12-16T0{i}:12:00-05:00">December 16, 2009 {i + 7}:12 AM</abbr></a> | <a title="Reply" href="javascript:void(0);" onclick="mtReplyCommentOnClick({7100 + i}, '{who}')">Reply</a></span></div></div>
<div class="comment-content">
<p>{esc(text)}</p>
</div></div></div>""" for i, (who, url, text) in enumerate(comments))
    return f"""<div id="comments" class="comments"><h2 class="comments-header">{len(comments)} Comments</h2>
<div class="comments-content">
{items}
</div>
<form method="post" action="/mt/mt-comments.cgi" name="comments_form" id="comments-form"><div id="comments-open"><h2 class="comments-open-header">Leave a comment</h2><div id="comment-form-name"><label for="comment-author">Name</label><input id="comment-author" name="author" size="30" value="" /></div><div id="comments-open-text"><label for="comment-text">Comments</label><textarea id="comment-text" name="text" rows="15" cols="50"></textarea></div><div id="comments-open-footer"><input type="submit" accesskey="v" name="preview_button" id="comment-preview" value="Preview" /> <input type="submit" accesskey="s" name="post" id="comment-submit" value="Submit" /></div></div></form>
</div>"""


# ================================================================ LiveJournal (site scheme, 2009)
def livejournal(title, body, user="kestrel_ave", mood="aggravated", music="the sound of shovels", tags=("city hall", "snow", "winter"), n_comments=14, date="January 22nd, 2009"):
    tag_links = ", ".join(f'<a rel="tag" href="http://{user}.livejournal.com/tag/{t.replace(" ", "+")}">{t}</a>' for t in tags)
    ljuser = f'<span class="ljuser" lj:user="{user}" style="white-space: nowrap;"><a href="http://{user}.livejournal.com/profile"><img src="http://l-stat.livejournal.com/img/userinfo.gif" alt="[info]" width="17" height="17" style="vertical-align: bottom; border: 0; padding-right: 1px;" /></a><a href="http://{user}.livejournal.com/"><b>{user}</b></a></span>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{user}: {esc(title)}</title><link rel="stylesheet" type="text/css" href="http://l-stat.livejournal.com/??lj_base.css,esn.css,s1.css">
<meta name="description" content="{esc(title)} - {user}"></head>
<body>
<div id="lj_controlstrip"><table id="lj_controlstrip_table"><tr><td id="lj_controlstrip_userpic"><a href="http://www.livejournal.com/"><img src="http://l-stat.livejournal.com/img/controlstrip/nouserpic.gif" alt="LiveJournal"></a></td>
<td id="lj_controlstrip_user"><form action="http://www.livejournal.com/login.bml" method="post"><input type="text" name="user" size="11" value="" tabindex="1"> <input type="password" name="password" size="11" tabindex="2"> <input type="submit" value="Log in"></form></td>
<td id="lj_controlstrip_actionlinks">{ljuser}<br><a href="http://www.livejournal.com/create.bml">Create an Account</a> | <a href="http://www.livejournal.com/explore/">Explore LJ</a></td></tr></table></div>
<table width="100%" class="topbox"><tr><td><font size="+2" face="Verdana, Arial"><b>{user}</b></font><br><font size="-1">Kestrel Avenue, Ward 14</font></td></tr></table>
<table width="100%" cellpadding="3" class="menubar"><tr><td><a href="http://{user}.livejournal.com/">Recent Entries</a> | <a href="http://{user}.livejournal.com/calendar">Archive</a> | <a href="http://{user}.livejournal.com/friends">Friends</a> | <a href="http://{user}.livejournal.com/profile">User Info</a></td></tr></table>
<div class="entry" id="entry-{user}-21977">
<table width="100%" class="entrybox" cellpadding="2" cellspacing="0"><tr><td class="caption"><span class="date">{date}</span></td></tr>
<tr><td class="index"><font size="-1">04:41 pm</font> - <span class="subject"><b>{esc(title)}</b></span></td></tr>
<tr><td class="entry-content"><div class="entry_text">
{body}
</div>
<br><table class="metadata"><tr><td class="currents"><b>Current Mood:</b></td><td><img src="http://l-stat.livejournal.com/img/mood/indicators/angry.gif" align="absmiddle" alt=""> {mood}</td></tr>
<tr><td class="currents"><b>Current Music:</b></td><td>{music}</td></tr></table>
<div class="ljtags"><b>Tags:</b> {tag_links}</div>
</td></tr>
<tr><td class="comments" align="right"><font size="-2">(<a href="http://{user}.livejournal.com/21977.html?nc={n_comments}">{n_comments} comments</a> | <a href="http://{user}.livejournal.com/21977.html?mode=reply">Leave a comment</a>)</font></td></tr></table>
</div>
<table width="100%" class="navbox"><tr><td align="center"><a href="http://www.livejournal.com/go.bml?journal={user}&amp;itemid=21977&amp;dir=prev">&lt;&lt; previous entry</a> | <a href="http://www.livejournal.com/go.bml?journal={user}&amp;itemid=21977&amp;dir=next">next entry &gt;&gt;</a></td></tr></table>
<p align="center"><font size="-2">Powered by <a href="http://www.livejournal.com/">LiveJournal.com</a></font></p>
</body></html>"""


# ================================================================ AMP news page (not the WordPress AMP plugin)
def amp_news(title, body, lang="fr", site="L'Écho de Colmont", after="", section="Actualité"):
    return f"""<!doctype html>
<html ⚡ lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<link rel="canonical" href="https://www.echo-colmont.example/actualite/marche-de-noel.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.art-body p{{font-size:1.1rem}}.ad-slot{{text-align:center}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(title)}"}}</script></head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics>
<header class="amp-header"><a class="amp-logo" href="https://www.echo-colmont.example/"><amp-img src="/img/logo-echo.svg" width="160" height="32" alt="{site}"></amp-img></a>
<a class="amp-header-link" href="https://www.echo-colmont.example/abonnement/">S'abonner</a></header>
<div class="amp-breadcrumb"><a href="/">Accueil</a> › <a href="/actualite/">{section}</a></div>
<div class="ad-slot"><amp-ad width="320" height="100" type="doubleclick" data-slot="/1234/echo/amp_top"><div placeholder>Publicité</div></amp-ad></div>
<div class="art">
<h1 class="art-title">{esc(title)}</h1>
<div class="art-meta">Par <span class="art-author">Claire Besson</span> · Publié le 18/11/2024 à 07h45</div>
<div class="art-share"><amp-social-share type="facebook" width="32" height="32" data-param-app_id="1234"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
<div class="art-body">
{body}
</div>
<div class="art-tags"><a href="/tag/noel/">Noël</a> <a href="/tag/colmont/">Colmont-les-Bains</a></div>
</div>
{after}
<footer class="amp-footer"><a href="https://www.echo-colmont.example/?amp_noamp=1">Voir la version complète</a> · <a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">CGU</a><p>© 2024 {site}</p></footer>
</body></html>"""


# ================================================================ a page whose body is <section> elements only (no <article>, no <main>)
def sections_page(title, sections, site="Ashford Today", dek=""):
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)} | {site}</title>
<link rel="stylesheet" href="/static/css/app.3f9a1c.css"></head>
<body>
<div id="app" data-v-app="">
<div class="site-header"><a class="site-header__logo" href="/">{site}</a>
<div class="site-header__menu"><a href="/news">News</a><a href="/whats-on">What's on</a><a href="/sport">Sport</a><a href="/property">Property</a><a href="/jobs">Jobs</a></div>
<a class="site-header__cta" href="/subscribe">Subscribe</a></div>
<div class="page page--story">
<div class="story-head"><div class="story-head__kicker"><a href="/news">News</a></div><h1 class="story-head__title">{esc(title)}</h1>
{f'<div class="story-head__dek">{esc(dek)}</div>' if dek else ''}
<div class="story-head__byline">By <a href="/authors/tom-ellery">Tom Ellery</a> · 12 March 2024</div></div>
{sections}
<section class="story-tags"><span>Topics:</span> <a href="/topic/cinema">Cinema</a> <a href="/topic/community">Community</a></section>
<section class="more-stories"><h2 class="more-stories__title">More from Ashford Today</h2>
<div class="more-stories__item"><a href="/news/bank-street-bus-lane">Bank Street bus lane to be made permanent</a></div>
<div class="more-stories__item"><a href="/news/library-sunday">Library to open on Sundays from April</a></div>
<div class="more-stories__item"><a href="/news/market-traders">Market traders win rent freeze</a></div></section>
</div>
<div class="site-footer"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><span>&copy; 2024 {site}</span></div>
</div>
</body></html>"""


# ================================================================ Genesis framework theme (content-sidebar-wrap)
def genesis(title, body, after="", site="Pine Ridge Weekly", category="Community"):
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8" /><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" /><link rel='stylesheet' id='news-pro-theme-css' href='/wp-content/themes/news-pro/style.css?ver=3.2.2' type='text/css' media='all' /></head>
<body class="post-template-default single single-post postid-3011 single-format-standard header-full-width content-sidebar genesis-breadcrumbs-hidden" itemscope itemtype="https://schema.org/WebPage">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li><li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut"> Skip to primary sidebar</a></li></ul>
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="/">{site}</a></p><p class="site-description" itemprop="description">News for Pine Ridge and the lake towns</p></div></div></header>
<nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="wrap"><ul id="menu-main" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="/" itemprop="url"><span itemprop="name">Home</span></a></li><li class="menu-item"><a href="/category/community/" itemprop="url"><span itemprop="name">Community</span></a></li><li class="menu-item"><a href="/category/schools/" itemprop="url"><span itemprop="name">Schools</span></a></li><li class="menu-item"><a href="/category/sports/" itemprop="url"><span itemprop="name">Sports</span></a></li></ul></div></nav>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-3011 post type-post status-publish format-standard category-{category.lower()} entry" aria-label="{esc(title)}" itemscope itemtype="https://schema.org/CreativeWork">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="2021-06-03T07:00:00-05:00">June 3, 2021</time> By <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/author/mhalvorsen/" class="entry-author-link" itemprop="url" rel="author"><span class="entry-author-name" itemprop="name">Mark Halvorsen</span></a></span> <span class="entry-comments-link"><a href="/2021/06/story/#respond">Leave a Comment</a></span></p></header>
<div class="entry-content" itemprop="text">
{body}
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/category/{category.lower()}/" rel="category tag">{category}</a></span></p></footer>
</article>
{after}
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" itemscope itemtype="https://schema.org/WPSideBar" id="genesis-sidebar-primary"><h2 class="genesis-sidebar-title screen-reader-text">Primary Sidebar</h2>
<section id="featured-post-2" class="widget featured-content featuredpost"><div class="widget-wrap"><h3 class="widgettitle widget-title">Recent News</h3>
<article class="post-2998 post type-post entry"><header class="entry-header"><h4 class="entry-title" itemprop="headline"><a href="/2021/06/lake-levels/">Lake levels lowest since 2012</a></h4></header></article>
<article class="post-2990 post type-post entry"><header class="entry-header"><h4 class="entry-title" itemprop="headline"><a href="/2021/05/graduation/">Pine Ridge High graduates 88 seniors</a></h4></header></article></div></section>
</aside>
</div></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2021 {site} &middot; <a href="https://my.studiopress.com/themes/news/">News Pro</a> on <a href="https://www.studiopress.com/">Genesis Framework</a> &middot; <a href="https://wordpress.org/">WordPress</a> &middot; <a rel="nofollow" href="/wp-login.php">Log in</a></p></div></footer>
</div>
</body></html>"""


# ================================================================ generic modern news site (key points, interviews, pull quotes, <br> bodies)
MODERN_CHROME = {
    "en": ("Skip to main content", "News", "Politics", "Business", "Sport", "Culture", "Share this article", "Copy link", "About us", "Contact", "Privacy", "Terms", "All rights reserved", "Topics"),
    "de": ("Zum Inhalt springen", "Nachrichten", "Politik", "Wirtschaft", "Sport", "Kultur", "Artikel teilen", "Link kopieren", "Über uns", "Kontakt", "Datenschutz", "AGB", "Alle Rechte vorbehalten", "Themen"),
    "it": ("Vai al contenuto", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Condividi l'articolo", "Copia link", "Chi siamo", "Contatti", "Privacy", "Termini", "Tutti i diritti riservati", "Argomenti"),
}


def modern(title, body, lang="en", site="Coral Bay Times", author="Lucy Ward", date="2024-03-05", after="", dek="", body_cls="article-body", tags=("Local",)):
    skip, news, pol, biz, sport, cult, share, copy, about, contact, privacy, terms, rights, topics = MODERN_CHROME[lang]
    tag_html = " ".join(f'<a href="/topic/{t.lower()}">{esc(t)}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)} | {site}</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(title)}","datePublished":"{date}"}}</script></head>
<body class="page-article">
<a class="skip-link" href="#content">{skip}</a>
<header class="masthead"><a class="masthead__logo" href="/">{site}</a>
<nav class="masthead__nav" aria-label="Sections"><ul><li><a href="/news">{news}</a></li><li><a href="/politics">{pol}</a></li><li><a href="/business">{biz}</a></li><li><a href="/sport">{sport}</a></li><li><a href="/culture">{cult}</a></li></ul></nav></header>
<main id="content">
<article class="article">
<header class="article__header"><h1 class="article__title">{esc(title)}</h1>
{f'<p class="article__dek">{esc(dek)}</p>' if dek else ''}
<div class="article__meta"><span class="article__author">{author}</span> <time datetime="{date}T06:00:00Z">{date}</time></div>
<div class="article__share"><span>{share}</span> <a href="https://www.facebook.com/sharer/sharer.php?u=x" aria-label="Facebook">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x" aria-label="X">X</a> <button type="button">{copy}</button></div></header>
<div class="{body_cls}">
{body}
</div>
<footer class="article__footer"><span>{topics}:</span> {tag_html}</footer>
</article>
{after}
</main>
<footer class="site-footer"><ul><li><a href="/about">{about}</a></li><li><a href="/contact">{contact}</a></li><li><a href="/privacy">{privacy}</a></li><li><a href="/terms">{terms}</a></li></ul><p>&copy; 2024 {site}. {rights}.</p></footer>
</body></html>"""


# ================================================================ German Liveticker (newest entry first)
def liveticker(title, entries, intro="", site="Hafenstadt Nachrichten"):
    items = "\n".join(f"""<div class="ticker__entry" id="entry-{len(entries) - i}"><div class="ticker__time"><time datetime="2024-08-21T{t[:5]}:00+02:00">{t}</time></div>
<div class="ticker__content"><p>{esc(text)}</p></div></div>""" for i, (t, text) in enumerate(entries))
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="article-liveticker">
<header class="header"><a class="header__logo" href="/">{site}</a><nav class="header__nav"><a href="/lokales">Lokales</a> <a href="/region">Region</a> <a href="/sport">Sport</a> <a href="/service">Service</a></nav><a class="header__abo" href="/abo">Jetzt abonnieren</a></header>
<main class="content">
<div class="article article--live">
<div class="article__kicker"><span class="live-badge">LIVE</span> Großbrand im Hafengebiet</div>
<h1 class="article__headline">{esc(title)}</h1>
<p class="article__intro">{esc(intro)}</p>
<div class="article__meta">Von Jana Petersen | Aktualisiert: 21.08.2024, 18:42 Uhr</div>
<div class="ticker">
<div class="ticker__toolbar"><button class="ticker__refresh" type="button">Liveticker aktualisieren</button> <label><input type="checkbox" checked> Automatisch aktualisieren</label></div>
{items}
<div class="ticker__more"><button type="button">Ältere Einträge laden</button></div>
</div>
</div>
</main>
<footer class="footer"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/kontakt">Kontakt</a><p>© 2024 {site}</p></footer>
</body></html>"""


# ================================================================ UK live blog with a 'Key events' list linking to its entries
def liveblog_uk(title, entries, standfirst="", site="The Hartfield Post"):
    keys = "\n".join(f'<li class="key-events__item"><a href="#block-{i}" class="key-events__link"><time>{t}</time> {esc(h)}</a></li>' for i, (t, h, _) in enumerate(entries))
    blocks = "\n".join(f"""<div id="block-{i}" class="block block--key-event" data-block-id="{i}"><div class="block__header"><a class="block__time" href="?page=with:block-{i}#block-{i}"><time datetime="2024-05-02T{t}">{t}</time></a><span class="block__share"><button>Share</button></span></div>
<div class="block__body"><h2 class="block__title">{esc(h)}</h2><p>{esc(text)}</p></div></div>""" for i, (t, h, text) in enumerate(entries))
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} - live updates | {site}</title><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body>
<header class="site-header"><a class="site-header__logo" href="/">{site}</a><nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
<main>
<article class="liveblog">
<header class="liveblog__header"><span class="liveblog__badge">Live</span><h1 class="liveblog__title">{esc(title)}</h1><p class="liveblog__standfirst">{esc(standfirst)}</p></header>
<aside class="key-events"><h2 class="key-events__title">Key events</h2><ul class="key-events__list">
{keys}
</ul><button class="key-events__toggle">Show key events only</button></aside>
<div class="liveblog__body">
{blocks}
</div>
<nav class="liveblog__pagination"><a href="?page=2">Older</a> <a href="?page=last">Oldest</a></nav>
</article>
</main>
<footer class="site-footer"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <p>&copy; 2024 {site}</p></footer>
</body></html>"""
