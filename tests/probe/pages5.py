"""Fifth probe round: markup from other benchmarks' eras. 2000s table layouts
(nested tables, ``<font>``, ``<br><br>`` paragraphs, spacer gifs, ``|`` nav
bars), 2008-2012 news sites (``div#storybody``, tool bars, pagination,
floated related boxes, wire credits, ad slots, Digg buttons), the blog
engines of that era (Kubrick, classic Blogger, Movable Type, LiveJournal) and
modern pages of unusual markup (AMP, a body of ``<section>`` elements only, a
``<br>``-separated body in a modern ``<div>``, a Liveticker, a live blog with
key events, interviews with bold speaker names, key-point summaries, pull
quotes), in English, German, French, Spanish, Portuguese and Italian.
Imported at the end of ``pages`` and appends to its ``PAGES``.

Pull quotes: a pull quote repeats a sentence of the body as a design
element; the body's sentence is what the story says, so the pull quote
should go (the check's "no paragraph twice" catches it kept when it is a
substring of the body paragraph; when its punctuation differs from the
body's, the pull quote's own text and its attribution are listed absent)."""

from .pages import heads, page
from .shells5 import (
    amp_news,
    blogger_minima,
    blogger_minima_comments,
    brs,
    esc,
    genesis,
    kubrick,
    kubrick_comments,
    liveblog_uk,
    livejournal,
    liveticker,
    modern,
    movabletype,
    mt_comments,
    ps5,
    sections_page,
    storybody,
    table_portal,
)
from .texts5 import (
    CARDS_2009,
    CARDS_ARCHIVE,
    CARDS_TABLE,
    DE_BR_HALLENBAD,
    DE_GEMEINDERAT,
    DE_KEYPOINTS,
    DE_KP_BODY,
    DE_QA,
    DE_QA_INTRO,
    DE_TICKER,
    EN_AP_BRIDGES,
    EN_BLOG_COUNCIL,
    EN_FERRY,
    EN_FLOOD,
    EN_KEYPOINTS,
    EN_KP_BODY,
    EN_LIVE,
    EN_LJ_SNOW,
    EN_MILL,
    EN_MT_LIBRARY,
    EN_PULL,
    EN_QA,
    EN_QA_INTRO,
    EN_SCHOOLBOARD,
    EN_SECTIONS,
    EN_SECTIONS_LIST,
    EN_ZOO,
    ES_ACUEDUCTO,
    ES_METRO,
    FR_MARCHE_NOEL,
    FR_USINE,
    IT_PULL,
    IT_TEATRO,
    PT_BLOG_FEIRA,
    PT_ENCHENTE,
    PULL_EN,
    PULL_IT,
)

TABLE_CHROME_EN = ["Print this story", "E-mail this story", "ADVERTISEMENT", "All rights reserved", "Obituaries", "Classifieds", "Subscribe", "Archives"]
STORY_CHROME = ["Print this article", "E-mail this article", "Text size", "Digg", "del.icio.us", "StumbleUpon", "Most Popular", "Police log", "Partly Cloudy", "RSS Feeds", "may not be published"]

# ================================================================ 2000s table layouts
T_FLOOD = "Millbrook families flee as River Marle floods again"
FLOOD_LEAD = f'<font face="Arial" size="3"><b>{esc(EN_FLOOD[0])}</b></font><br><br>\n'
page(1, "table_font_bold_lead_en", table_portal(T_FLOOD, FLOOD_LEAD + brs(EN_FLOOD[1:])),
     heads(EN_FLOOD), TABLE_CHROME_EN)

T_FERRY = "Harbor board ends winter ferry runs to Tallow Island"
MORE_LOCAL = ('<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#003366"><font face="Arial" size="2" color="#FFFFFF"><b>More Local News</b></font></td></tr>\n<tr><td><font face="Arial" size="2">'
              + "<br>\n".join(f'<img src="/images/bullet.gif" width="5" height="5" alt=""> <a href="/local/story{i}.html">{esc(t)}</a>' for i, (t, _) in enumerate(CARDS_TABLE) if "Ferry" not in t)
              + '<br>\n<a href="/local/"><b>More headlines &raquo;</b></a></font></td></tr></table>')
page(3, "table_more_local_news_en", table_portal(T_FERRY, brs(EN_FERRY), more=MORE_LOCAL),
     heads(EN_FERRY), TABLE_CHROME_EN + ["More Local News", "Council approves downtown parking garage", "Flood victims to get state aid", "Zoo welcomes baby giraffe", "More headlines"])

T_HALLE = "Gemeinderat stimmt knapp für neue Sporthalle"
HALLE_BODY = (brs(DE_GEMEINDERAT[:2]) + '<br><br>\n<b>Streit um die Folgekosten</b><br>\n' + brs(DE_GEMEINDERAT[2:4])
              + '<br><br>\n<b>Was in der Halle geplant ist:</b>\n<ul><li>ein teilbares Spielfeld für drei Schulklassen</li><li>eine Zuschauertribüne mit 200 Plätzen</li><li>ein Gymnastikraum für die Vereine</li></ul>\n'
              + esc(DE_GEMEINDERAT[4]))
page(9, "table_br_bold_subheads_list_de", table_portal(T_HALLE, HALLE_BODY, lang="de", site="Kirnacher Bote", byline="Von Thomas Reiser", date="Mittwoch, 12. November 2008"),
     heads(DE_GEMEINDERAT) + ["Streit um die Folgekosten", "ein teilbares Spielfeld für drei Schulklassen", "eine Zuschauertribüne mit 200 Plätzen", "ein Gymnastikraum für die Vereine"],
     ["Artikel drucken", "Artikel versenden", "Traueranzeigen", "Kleinanzeigen", "Alle Rechte vorbehalten", "ADVERTISEMENT", "Abonnement", "Archiv"])

T_ACU = "El acueducto de Valdemora, en obras durante cuatro meses"
ACU_BODY = (f'<font size="6" color="#990000"><b>{ES_ACUEDUCTO[0][0]}</b></font>{esc(ES_ACUEDUCTO[0][1:])}<br><br>\n'
            + esc(ES_ACUEDUCTO[1]).replace("el Ministerio de Cultura", 'el <font color="#990000">Ministerio de Cultura</font>') + "<br><br>\n"
            + brs(ES_ACUEDUCTO[2:]))
page(12, "table_font_dropcap_es", table_portal(T_ACU, ACU_BODY, lang="es", site="El Heraldo de Valdemora", byline="Por Marta Gil", date="Lunes, 3 de marzo de 2008"),
     heads(ES_ACUEDUCTO) + ["financiado por la Junta y el Ministerio de Cultura, tiene un presupuesto"],
     ["L as obras", "L\nas obras", "meses.El", "mesesEl", "humedad.El", "humedadEl", "trabajos.Los", "trabajosLos", "verano.Según", "veranoSegún", "Imprimir noticia", "Enviar noticia", "Esquelas", "Todos los derechos reservados", "Suscríbase", "Hemeroteca"])

T_METRO = "La ampliación de la línea 9 del metro se retrasa hasta 2011"
EFE_CREDIT = '<br><br>\n<font size="1" color="#666666">© EFE 2010. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.</font>'
page(1, "table_efe_dateline_credit_es", table_portal(T_METRO, f'<b>{esc(ES_METRO[0][:13])}</b>{esc(ES_METRO[0][13:])}<br><br>\n' + brs(ES_METRO[1:]) + EFE_CREDIT,
     lang="es", site="El Heraldo de Valdemora", byline="Agencia EFE", date="Jueves, 11 de noviembre de 2010"),
     heads(ES_METRO), ["expresamente prohibida", "© EFE 2010", "Imprimir noticia", "Esquelas", "Clasificados", "Suscríbase", "Hemeroteca"])

T_ENCH = "Chuva deixa 400 desalojados em São Bento do Ribeirão"
PT_HIDDEN = ('<div id="cabecalhoImpressao" style="display:none"><font size="2"><b>Notícias de Ribeirão</b> - Versão para impressão - www.noticiasderibeirao.example</font></div>\n'
             '<div id="enviarAmigo" style="display: none"><form action="/enviar.php" method="post"><font size="1" face="Arial">Enviar esta notícia para um amigo<br>Seu nome: <input type="text" name="nome"><br>E-mail do destinatário: <input type="text" name="para"><br><input type="submit" value="Enviar"></font></form></div>\n')
page(10, "table_display_none_print_header_pt", table_portal(T_ENCH, brs(PT_ENCHENTE[:3]) + '<br><br>\n<span style="display:none">Leia também: Defesa Civil alerta para risco de deslizamentos na serra</span>' + brs(PT_ENCHENTE[3:]),
     lang="pt", site="Notícias de Ribeirão", byline="Da Redação", date="Quarta-feira, 14 de janeiro de 2009", before_body=PT_HIDDEN),
     heads(PT_ENCHENTE), ["Versão para impressão", "Enviar esta notícia para um amigo", "E-mail do destinatário", "Defesa Civil alerta para risco", "Imprimir notícia", "Classificados", "Todos os direitos reservados", "Assine", "Arquivo"])

SECTION_ROWS = "\n".join(f"""<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td width="90" valign="top"><a href="/local/story{i}.html"><img src="/photos/thumb{i}.jpg" width="80" height="60" border="0" alt=""></a></td>
<td valign="top"><font face="Georgia, Times New Roman" size="3"><b><a href="/local/story{i}.html">{esc(t)}</a></b></font><br><font face="Arial" size="2">{esc(s)} <a href="/local/story{i}.html">more &raquo;</a></font></td></tr></table>
<img src="/images/dots.gif" width="450" height="1" alt=""><br>""" for i, (t, s) in enumerate(CARDS_TABLE))
page(14, "table_section_front_thumbs_blurbs_en", table_portal("Local News", SECTION_ROWS + '<br><center><font face="Arial" size="2"><a href="/local/?page=2">Next page &raquo;</a></font></center>', byline="", date="Updated 6:15 a.m. Wednesday", tools=False),
     [], [t for t, _ in CARDS_TABLE] + [s[:40] for _, s in CARDS_TABLE] + ["more »", "Next page"], is_article=False)

T_TEATRO = "Castelrosso, il Teatro Comunale riapre dopo undici anni"
IT_AD = ('</font></td></tr></table>\n<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td align="center">' + '<img src="/images/spacer.gif" width="1" height="10" alt=""><br>'
         '<font face="Arial" size="1" color="#999999">PUBBLICITÀ</font><br><script type="text/javascript">OAS_AD("Middle");</script><a href="/adclick.php?id=77"><img src="/ads/banca_468x60.gif" width="468" height="60" border="0" alt="Banca di Castelrosso - Mutui casa"></a></td></tr></table>\n'
         '<table width="100%" border="0" cellpadding="8" cellspacing="0"><tr><td class="bodytext" valign="top"><font face="Georgia, Times New Roman" size="3">\n')
page(8, "table_split_around_ad_quote_it", table_portal(T_TEATRO, brs(IT_TEATRO[:2]) + "\n" + IT_AD + brs(IT_TEATRO[2:]), lang="it", site="Il Corriere di Castelrosso", byline="di Francesca Orlandi", date="Sabato 20 settembre 2008"),
     heads(IT_TEATRO), ["PUBBLICITÀ", "Stampa articolo", "Invia articolo", "Necrologi", "Tutti i diritti riservati", "Abbonati", "Archivio"])

T_USINE = "La papeterie de Saint-Rémy fermera avant la fin de l'année"
FR_PHOTO = ('<table align="right" width="210" border="0" cellpadding="4" cellspacing="0"><tr><td><img src="/photos/2009/papeterie.jpg" width="200" height="150" border="1" alt=""></td></tr>'
            '<tr><td bgcolor="#eeeeee"><font face="Arial" size="1"><i>La papeterie est le premier employeur de la commune depuis 1921. (Photo archives Jean Dumas)</i></font></td></tr></table>\n')
page(6, "table_right_photo_table_caption_fr", table_portal(T_USINE, FR_PHOTO + brs(FR_USINE), lang="fr", site="Le Progrès de la Loue", byline="Par Sophie Vernier", date="Mardi 6 octobre 2009"),
     heads(FR_USINE), ["La papeterie est le premier employeur de la commune depuis 1921. (", "Photo archives", "Imprimer l'article", "Avis de décès", "Tous droits réservés", "Abonnement", "Archives"])

# ================================================================ 2008-2012 news sites: div#storybody
T_BRIDGES = "Report: 1 in 8 highway bridges structurally deficient"
AP_BODY = (f'<p><span class="dateline">WASHINGTON (AP)</span> &mdash; {esc(EN_AP_BRIDGES[0][len("WASHINGTON (AP) — "):])}</p>\n' + ps5(EN_AP_BRIDGES[1:])
           + '\n<p class="wirecredit"><em>Copyright 2009 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</em></p>')
page(1, "storybody_ap_dateline_wire_credit_en", storybody(T_BRIDGES, AP_BODY, byline="By JOAN LOWELL", byline_title="Associated Press Writer", date="Posted: Tuesday, Sept. 15, 2009 4:11 PM EDT"),
     ["WASHINGTON (AP) — Nearly one in eight highway bridges"] + heads(EN_AP_BRIDGES[1:]), STORY_CHROME + ["Copyright 2009 The Associated Press"])

T_LINCOLN = "Board votes to close Lincoln Elementary"
RELATED_BOX = """<div class="related-stories" style="float: right; width: 200px; margin: 0 0 10px 10px; border: 1px solid #ccc;"><h4>Related stories</h4><ul>
<li><a href="/news/2009/apr/30/board-weighs-closing/">Board weighs closing two elementary schools</a></li>
<li><a href="/news/2009/may/06/lincoln-rally/">Lincoln parents plan rally at district office</a></li>
<li><a href="/news/2009/mar/12/enrollment/">District enrollment down 8 percent in five years</a></li></ul>
<h4>Related documents</h4><ul><li><a href="/pdf/lincoln_facilities_report.pdf">Facilities report (PDF, 2.1 MB)</a></li></ul></div>"""
page(2, "storybody_related_box_floated_in_body_en", storybody(T_LINCOLN, ps5(EN_SCHOOLBOARD[:2]) + "\n" + RELATED_BOX + "\n" + ps5(EN_SCHOOLBOARD[2:])),
     heads(EN_SCHOOLBOARD), STORY_CHROME + ["Related stories", "Board weighs closing two", "Lincoln parents plan rally", "District enrollment down", "Related documents", "Facilities report"])

PAGINATION = '<div class="pagination">Page <strong>1</strong> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2" class="next">Next &raquo;</a></div>'
MORE_NEWS = """<div class="morenews"><h3>More Local News</h3><ul>
""" + "\n".join(f'<li><a href="/news/2009/may/{14 - i}/s{i}/">{esc(t)}</a> <span class="date">{d}</span></li>' for i, (t, _, d) in enumerate(CARDS_2009) if "ferry" not in t) + "\n</ul></div>"
page(3, "storybody_pagination_tools_more_news_en", storybody(T_FERRY, ps5(EN_FERRY), pagination=PAGINATION, after=MORE_NEWS),
     heads(EN_FERRY), STORY_CHROME + ["Page 1", "Next »", "More Local News", "Mill closing to cost town", "Library branches to close Mondays", "Bridge backlog grows", "New dog park to open"])

T_MILL = "Haverhill Weaving to close Pawlet mill in June"
STORY_CONT = ('</div>\n<div class="ad-inline"><p class="ad-label">Story continues below</p><div class="adlabel">Advertisement</div>'
              '<div id="ad-story-inline"><script type="text/javascript">GA_googleFillSlot("Herald_Story_Inline_300x250");</script></div></div>\n<div id="storybody-2" class="storybody">')
page(8, "storybody_story_continues_below_second_div_quote_en", storybody(T_MILL, ps5(EN_MILL[:4]) + "\n" + STORY_CONT + "\n" + ps5(EN_MILL[4:])),
     heads(EN_MILL), STORY_CHROME + ["Story continues below", "Advertisement"])

T_GIRAFFE = "Riverside Zoo welcomes first baby giraffe in 17 years"
PHOTO_2009 = """<div class="photo-wrap" style="float: left; width: 300px; margin: 0 10px 10px 0;"><a href="/photos/2009/may/giraffe_lg.jpg"><img src="/photos/2009/may/giraffe.jpg" width="300" height="200" alt="Giraffe calf" /></a>
<p class="caption">Mara, a 9-year-old giraffe, stands with her newborn calf in the barn at the Riverside Zoo on Sunday.</p>
<p class="credit">Mike Ostrander/Herald</p>
<p class="photo-links"><a href="/photos/2009/may/giraffe_lg.jpg">View larger image</a> | <a href="http://photos.grangerherald.example/buy?id=77812">Buy this photo</a></p></div>"""
page(6, "storybody_float_photo_caption_credit_en", storybody(T_GIRAFFE, PHOTO_2009 + "\n" + ps5(EN_ZOO)),
     heads(EN_ZOO), STORY_CHROME + ["stands with her newborn calf", "Mike Ostrander/Herald", "View larger image", "Buy this photo"])

READER_COMMENTS = [
    ("lincolnmom74", "My kids have walked to Lincoln every day for five years. Now they will be on a bus for forty minutes. Thanks for nothing, school board."),
    ("fairview_taxpayer", "Six million dollars for a roof and a boiler on a building that is half empty. The board made the only responsible choice."),
    ("OakHillDad", "Has anyone asked whether Oak Hill even has room for another hundred kids? The classrooms there are already full."),
]
COMMENTS_2009 = ('<div id="comments"><h3>Reader Comments (3)</h3><p class="disclaimer">Comments are the sole responsibility of the person posting them. Please keep them civil and on topic.</p>\n'
                 + "\n".join(f"""<div class="comment"><div class="comment-author"><a href="/users/{who}/">{who}</a> wrote:</div><div class="comment-text"><p>{esc(text)}</p></div>
<div class="comment-meta">May 15, 2009 {7 + i}:14 AM | <a href="/report_abuse/{i}">Report abuse</a> | <a href="#reply">Reply</a></div></div>""" for i, (who, text) in enumerate(READER_COMMENTS))
                 + '\n<h3>Post a comment</h3><p>You must be logged in to post a comment. <a href="/login/">Log in</a> or <a href="/register/">register</a>.</p></div>')
page(7, "storybody_reader_comments_2009_en", storybody(T_LINCOLN, ps5(EN_SCHOOLBOARD), after=COMMENTS_2009, comments_count=3),
     heads(EN_SCHOOLBOARD), STORY_CHROME + ["Reader Comments", "lincolnmom74", "walked to Lincoln every day", "the only responsible choice", "Has anyone asked whether Oak Hill", "Report abuse", "sole responsibility", "Post a comment", "must be logged in"])

TEXT_ALERTS = "<p><em>Want breaking news sent straight to your phone? Text HERALDNEWS to 56789 to sign up for free Granger County Herald text alerts. Standard message and data rates apply.</em></p>"
page(4, "storybody_text_alerts_prose_en", storybody(T_MILL, ps5(EN_MILL) + "\n" + TEXT_ALERTS),
     heads(EN_MILL), STORY_CHROME + ["breaking news sent straight", "Text HERALDNEWS", "Standard message and data rates"])

DROP_BODY = (f'<p><span class="dropcap">{EN_SCHOOLBOARD[0][0]}</span>{esc(EN_SCHOOLBOARD[0][1:])}</p>\n' + ps5(EN_SCHOOLBOARD[1:4])
             + f'\n<p>{esc(EN_SCHOOLBOARD[4])}<br />\n{esc(EN_SCHOOLBOARD[5])}</p>\n' + ps5(EN_SCHOOLBOARD[6:]))
page(12, "storybody_dropcap_br_inside_p_en", storybody(T_LINCOLN, DROP_BODY),
     heads(EN_SCHOOLBOARD) + ["The Fairview school board voted 5-2"], STORY_CHROME + ["T he Fairview", "T\nhe Fairview", "grades.Superintendent", "gradesSuperintendent"])

EMAIL_HIDDEN = ('<div id="emailthis" style="display:none"><h3>E-mail this article</h3><form action="/email_story/8812" method="post"><label>Your name:</label> <input type="text" name="from_name" /> '
                '<label>Recipient\'s e-mail address:</label> <input type="text" name="to" /><textarea name="message">I thought you might be interested in this article from the Granger County Herald.</textarea><input type="submit" value="Send" /></form></div>\n'
                '<div class="print-only" style="display: none;">Printed from GrangerHerald.com on Thursday, May 14, 2009. Visit us online for breaking news and updates.</div>')
page(10, "storybody_hidden_email_form_print_line_en", storybody(T_FERRY, ps5(EN_FERRY), inside_top=EMAIL_HIDDEN),
     heads(EN_FERRY), STORY_CHROME + ["Recipient's e-mail", "I thought you might be interested", "Printed from GrangerHerald.com", "Visit us online for breaking news"])

INDEX_2009 = ('<div id="section-index"><h1 class="section-title">Local News</h1>\n'
              + "\n".join(f"""<div class="story-teaser{' lead' if i == 0 else ''}">{'<a href="/news/s0/"><img src="/photos/2009/may/mill_t.jpg" width="140" height="93" alt="" /></a>' if i == 0 else ''}<h3><a href="/news/2009/may/{14 - i}/s{i}/">{esc(t)}</a></h3>
<p class="teaser-date">{d}</p><p class="teaser-text">{esc(s)}</p><p class="teaser-links"><a href="/news/2009/may/{14 - i}/s{i}/#comments">Comments ({3 + i})</a></p></div>""" for i, (t, s, d) in enumerate(CARDS_2009))
              + '\n<div class="pagination">Page <strong>1</strong> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next &raquo;</a></div></div>')
page(14, "storybody_site_section_index_2009_en", storybody("Local News", "", article_html=INDEX_2009),
     [], [t for t, _, _ in CARDS_2009] + [s[:40] for _, s, _ in CARDS_2009] + ["Next »"], is_article=False)

T_FLOOD_G = "Millbrook families spend night in school gym as river floods"
page(11, "genesis_content_sidebar_wrap_en", genesis(T_FLOOD_G, ps5(EN_FLOOD)),
     heads(EN_FLOOD), ["Skip to main content", "Leave a Comment", "Filed Under", "Recent News", "Lake levels lowest", "Genesis Framework", "Primary Sidebar"])

GB_PULL = (f'<figure class="wp-block-pullquote"><blockquote><p>&#8220;{PULL_EN}.&#8221;</p><cite>Denise Okoro, Harbour View Tenants&#8217; Association</cite></blockquote></figure>')
T_HARBOUR = "Harbour View tenants win two-year fight over mould"
page(13, "genesis_gutenberg_pullquote_en", genesis(T_HARBOUR, ps5(EN_PULL[:2]) + "\n" + GB_PULL + "\n" + ps5(EN_PULL[2:]), site="Harbourside Weekly", category="Housing"),
     heads(EN_PULL) + ["\"We were made to feel it was our fault for living in our own homes,\" she said"],
     [f"“{PULL_EN}.”", "Denise Okoro, Harbour View Tenants", "Filed Under", "Recent News"])

# ================================================================ blog engines of the era
T_GARAGE = "Parking garage gets the green light"
BLOG_CHROME = ["This entry was posted on", "leave a response", "Leave a Reply", "Mail (will not be published)", "Submit Comment", "Blogroll", "proudly powered by", "Entries (RSS)", "Snow plows, or the lack"]
KUB_COMMENTS = [
    ("Ed Navarro", "http://ednavarro.example/", "Thanks for staying up so the rest of us did not have to. Did anyone ask what happens to the surface lot on Fifth once the garage opens?"),
    ("jmcallister", "", "Reyes is right about the study. We are borrowing money for parking nobody needs."),
    ("Patty K.", "", "Finally some good news about the dog park! Our beagle thanks the council."),
]
page(7, "kubrick_commentlist_en", kubrick(T_GARAGE, ps5(EN_BLOG_COUNCIL), comments=kubrick_comments(T_GARAGE, KUB_COMMENTS)),
     heads(EN_BLOG_COUNCIL), BLOG_CHROME + ["Responses to", "Ed Navarro", "Thanks for staying up", "Reyes is right about the study", "Our beagle thanks the council", "Says:"])

YARPP = """<div class='yarpp-related'><p>Related posts:</p><ol>
<li><a href='/2009/01/budget-hearing/' rel='bookmark' title='Budget hearing on Thursday'>Budget hearing on Thursday</a> <small>The city manager will present next year's budget at 7 p.m. in council chambers. The headline number is...</small></li>
<li><a href='/2008/11/garage-vote-delayed/' rel='bookmark' title='Garage vote delayed again'>Garage vote delayed again</a> <small>The council put off a decision on the Fourth Street garage for the third time...</small></li>
<li><a href='/2008/10/elm-hollow-dog-park/' rel='bookmark' title='Elm Hollow dog park: your letters'>Elm Hollow dog park: your letters</a> <small>I asked what you thought about the dog park and more than forty of you wrote back...</small></li>
</ol></div>
<div class="sociable"><div class="sociable_tagline"><strong>Share and Enjoy:</strong></div><ul><li><a rel="nofollow" href="http://digg.com/submit?phase=2&amp;url=x" title="Digg"><img src="/wp-content/plugins/sociable/images/digg.png" title="Digg" alt="Digg" class="sociable-hovers" /></a></li><li><a rel="nofollow" href="http://del.icio.us/post?url=x" title="del.icio.us"><img src="/wp-content/plugins/sociable/images/delicious.png" title="del.icio.us" alt="del.icio.us" class="sociable-hovers" /></a></li><li><a rel="nofollow" href="http://www.facebook.com/share.php?u=x" title="Facebook"><img src="/wp-content/plugins/sociable/images/facebook.png" title="Facebook" alt="Facebook" class="sociable-hovers" /></a></li></ul></div>"""
page(3, "kubrick_yarpp_related_sociable_en", kubrick(T_GARAGE, ps5(EN_BLOG_COUNCIL), after_entry=YARPP),
     heads(EN_BLOG_COUNCIL), BLOG_CHROME + ["Related posts", "Budget hearing on Thursday", "present next year's budget", "Garage vote delayed again", "put off a decision", "your letters", "more than forty of you", "Share and Enjoy"])

ARCHIVE = ('<h2 class="pagetitle">Archive for January, 2009</h2>\n<div class="navigation"><div class="alignleft"><a href="/2009/01/page/2/">&laquo; Older Entries</a></div><div class="alignright"></div></div>\n'
           + "\n".join(f"""<div class="post">
<h3 id="post-{412 - i}"><a href="/2009/01/p{i}/" rel="bookmark" title="Permanent Link to {esc(t)}">{esc(t)}</a></h3>
<small>{d}</small>
<div class="entry"><p>{esc(x)}</p></div>
<p class="postmetadata">Posted in <a href="/category/city-council/" title="View all posts in City Council" rel="category tag">City Council</a> | <a href="/2009/01/p{i}/#comments" title="Comment on {esc(t)}">{c} &#187;</a></p>
</div>""" for i, (t, x, d, c) in enumerate(CARDS_ARCHIVE))
           + '\n<div class="navigation"><div class="alignleft"><a href="/2009/01/page/2/">&laquo; Older Entries</a></div><div class="alignright"></div></div>')
page(14, "kubrick_monthly_archive_excerpts_en", kubrick("Archive for January, 2009", "", single=False, main_html=ARCHIVE),
     [], [t for t, _, _, _ in CARDS_ARCHIVE] + [x[:40] for _, x, _, _ in CARDS_ARCHIVE] + ["Older Entries", "Posted in City Council"], is_article=False)

T_FEIRA = "Feira da Rua das Acácias vai mudar de endereço"
FEIRA_BR = ('<div style="text-align: justify;">' + esc(PT_BLOG_FEIRA[0]) + "<br />\n<br />\n" + esc(PT_BLOG_FEIRA[1]) + "<br />\n<br />\n"
            + esc(PT_BLOG_FEIRA[2]).replace("Dona Célia", "<b>Dona Célia</b>") + "<br />\n<br />\n" + esc(PT_BLOG_FEIRA[3]) + "<br />\n<br />\n<i>" + esc(PT_BLOG_FEIRA[4]) + "</i></div>")
page(12, "blogger_minima_br_post_footer_pt", blogger_minima(T_FEIRA, FEIRA_BR),
     heads(PT_BLOG_FEIRA) + ["Conversei com alguns feirantes na manhã de hoje e quase todos estão preocupados. Dona Célia, que vende"],
     ["mês que vem.A", "mês que vemA", "feira.Conversei", "feiraConversei", "a pé.A associação", "a péA", "nomes.Volto", "nomesVolto", "Postado por", "3 comentários", "Marcadores", "Arquivo do blog", "Jornalista aposentada", "Postagem mais antiga", "Assinar:"])

PT_COMMENTS = [
    ("Seu Jorge da banca", "Trabalho na feira há 22 anos e ninguém da prefeitura veio conversar com a gente antes de decidir. O estacionamento do estádio fica longe de tudo."),
    ("Marisa", "Moro na Rua das Acácias e confesso que vou sentir falta, mas o barulho às cinco da manhã era mesmo difícil."),
    ("Anônimo", "Alguém sabe se vai ter ônibus até o estádio no domingo de manhã?"),
]
page(7, "blogger_minima_comments_block_pt", blogger_minima(T_FEIRA, ps5(PT_BLOG_FEIRA), comments=blogger_minima_comments("3 comentários:", PT_COMMENTS)),
     heads(PT_BLOG_FEIRA), ["3 comentários", "Seu Jorge da banca", "Trabalho na feira há 22 anos", "vou sentir falta", "Alguém sabe se vai ter ônibus", "disse...", "Postar um comentário", "Postado por", "Marcadores"])

T_LIB = "Library keeps all branches open, but with shorter hours"
MT_CHROME = ["Permalink", "TrackBack", "TrackBacks (0)", "Subscribe to this blog's feed", "Powered by Movable Type", "Monthly Archives", "Snow day for county schools", "Categories:", "Tags:"]
page(8, "movabletype_entry_body_and_entry_more_quote_en", movabletype(T_LIB, ps5(EN_MT_LIBRARY[:4]), entry_more=ps5(EN_MT_LIBRARY[4:])),
     heads(EN_MT_LIBRARY), MT_CHROME)

MT_C = [
    ("Rob Feeney", "http://feeneyfiles.example/", "Closing at six is going to hurt the kids at Eastgate the most. Good for Jake for saying it out loud at the hearing."),
    ("Lorraine", "", "I volunteer with the Friends of the Library. Our spring book sale is April 10 and every dollar goes toward evening hours."),
    ("Dan Morrow", "http://eastgatedispatch.example/", "Thanks Lorraine, I will post the details of the book sale next week."),
]
page(7, "movabletype_comments_en", movabletype(T_LIB, ps5(EN_MT_LIBRARY), comments=mt_comments(MT_C), n_comments=3),
     heads(EN_MT_LIBRARY), MT_CHROME + ["3 Comments", "Rob Feeney", "Closing at six is going to hurt", "spring book sale is April 10", "I will post the details", "Leave a comment", "Preview"])

T_PLOW = "four days"
LJ_BODY = (brs(EN_LJ_SNOW[:3], sep="<br /><br />\n")
           + '<br /><br />\nThanks to <span class="ljuser" lj:user="ward14watch" style="white-space: nowrap;"><a href="http://ward14watch.livejournal.com/profile"><img src="http://l-stat.livejournal.com/img/userinfo.gif" alt="[info]" width="17" height="17" style="vertical-align: bottom; border: 0; padding-right: 1px;" /></a><a href="http://ward14watch.livejournal.com/"><b>ward14watch</b></a></span> for the number of the hotline.'
           + "<br /><br />\n" + esc(EN_LJ_SNOW[3]))
page(12, "livejournal_br_ljuser_metadata_en", livejournal(T_PLOW, LJ_BODY),
     heads(EN_LJ_SNOW) + ["Thanks to ward14watch for the number of the hotline."],
     ["days!The", "days!\nThe", "help her out.I", "outI", "this winter.Thanks", "hotline.Anyway", "Current Mood", "aggravated", "Current Music", "Leave a comment", "14 comments", "previous entry", "Create an Account", "Explore LJ"])

# ================================================================ modern, unusual markup
T_NOEL = "Le marché de Noël de Colmont-les-Bains s'agrandit"
AMP_FIG = ('<figure class="art-fig"><amp-img src="/img/2024/11/marche-noel.jpg" width="1200" height="800" layout="responsive" alt="Le marché de Noël"></amp-img>'
           '<figcaption>Soixante-deux chalets seront installés cette année place de l\'Hôtel-de-Ville. <span class="art-fig__credit">Photo archives L\'Écho / Paul Girard</span></figcaption></figure>')
AMP_AD = '<div class="ad-slot"><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/echo/amp_mid" layout="fixed"><div placeholder>Publicité</div><div fallback>Publicité</div></amp-ad></div>'
AMP_CHROME = ["S'abonner", "Voir la version complète", "Mentions légales", "Publicité"]
page(6, "amp_news_amp_img_figcaption_credit_fr", amp_news(T_NOEL, AMP_FIG + "\n" + ps5(FR_MARCHE_NOEL[:2]) + "\n" + AMP_AD + "\n" + ps5(FR_MARCHE_NOEL[2:])),
     heads(FR_MARCHE_NOEL), AMP_CHROME + ["Soixante-deux chalets seront installés cette", "Photo archives"])

AMP_RELATED = """<section class="related"><h2 class="related__title">À lire aussi</h2>
<amp-carousel type="carousel" height="210" layout="fixed-height">
<a class="card" href="/actualite/patinoire-synthetique.amp.html"><amp-img src="/img/t1.jpg" width="200" height="130" alt=""></amp-img><span class="card__title">Colmont : la patinoire passe au synthétique pour réduire la facture</span></a>
<a class="card" href="/actualite/navettes-gratuites.amp.html"><amp-img src="/img/t2.jpg" width="200" height="130" alt=""></amp-img><span class="card__title">Des navettes gratuites tout l'hiver entre la gare et le centre</span></a>
<a class="card" href="/actualite/artisans-locaux.amp.html"><amp-img src="/img/t3.jpg" width="200" height="130" alt=""></amp-img><span class="card__title">Les artisans du département réclament plus de place</span></a>
</amp-carousel></section>"""
page(3, "amp_news_related_carousel_fr", amp_news(T_NOEL, ps5(FR_MARCHE_NOEL), after=AMP_RELATED),
     heads(FR_MARCHE_NOEL), AMP_CHROME + ["À lire aussi", "la patinoire passe au synthétique", "Des navettes gratuites tout l'hiver", "Les artisans du département réclament"])


def cinema_sections(hidden=""):
    out = []
    for i, (h, paras) in enumerate(EN_SECTIONS):
        head = f'<h2 class="story-section__heading">{esc(h)}</h2>\n' if h else ""
        extra = "\n<ul>" + "".join(f"<li>{esc(x)}</li>" for x in EN_SECTIONS_LIST) + "</ul>" if h == "What changes" else ""
        out.append(f'<section class="story-section" data-section="{i}">\n{head}' + "\n".join(f'<p class="story-section__text">{esc(p)}</p>' for p in paras) + extra + "\n</section>")
        if i == 1 and hidden:
            out.append(hidden)
    return "\n".join(out)


CIN_PARAS = [p for _, ps_ in EN_SECTIONS for p in ps_]
T_REGAL = "Ashford's Regal cinema reopens after community buyout"
SECTIONS_CHROME = ["More from Ashford Today", "Bank Street bus lane", "Library to open on Sundays", "Market traders win rent freeze", "Topics:", "Subscribe", "What's on"]
page(9, "sections_only_body_subheads_list_en", sections_page(T_REGAL, cinema_sections()),
     heads(CIN_PARAS) + ["How the money was raised", "What changes", "What comes next"] + EN_SECTIONS_LIST, SECTIONS_CHROME)

PAYWALL_HIDDEN = ('<section class="story-paywall" hidden><h2>Subscribe to keep reading</h2><p>You have read all of your free articles this month. Subscribers get unlimited access to Ashford Today for £1 a week.</p>'
                  '<a class="story-paywall__button" href="/subscribe">See subscription offers</a></section>\n'
                  '<section class="story-share" aria-hidden="true" style="display:none"><p>Share this story with a friend by email or on social media.</p></section>')
page(10, "sections_only_hidden_attribute_paywall_en", sections_page(T_REGAL, cinema_sections(hidden=PAYWALL_HIDDEN)),
     heads(CIN_PARAS) + EN_SECTIONS_LIST, SECTIONS_CHROME + ["Subscribe to keep reading", "free articles this month", "See subscription offers", "Share this story with a friend"])

T_BAD = "Hallenbad Bergheim-Süd bleibt bis Ende März zu"
DE_BR_BODY = (f'<strong>{esc(DE_BR_HALLENBAD[0])}</strong><br />\n<br />\n'
              + esc(DE_BR_HALLENBAD[1]) + "<br />\n<br />\n" + esc(DE_BR_HALLENBAD[2]) + "<br />\n<br />\n"
              + esc(DE_BR_HALLENBAD[3]).replace("Kerpen", '<a href="/thema/kerpen">Kerpen</a>') + "<br />\n<br />\n" + esc(DE_BR_HALLENBAD[4]))
page(12, "modern_div_br_separated_body_de", modern(T_BAD, DE_BR_BODY, lang="de", site="Erft-Kurier", author="Sven Lorenz", body_cls="article-text", tags=("Bergheim", "Schwimmbad")),
     heads(DE_BR_HALLENBAD) + ["Die Stadt verhandelt mit dem Nachbarort Kerpen über zusätzliche Bahnzeiten."],
     ["geschlossen.Bei", "geschlossenBei", "mit.Ursprünglich", "mitUrsprünglich", "Euro.Betroffen", "EuroBetroffen", "Bahnzeiten.Besitzer", "BahnzeitenBesitzer", "Artikel teilen", "Link kopieren", "Zum Inhalt springen", "Alle Rechte vorbehalten"])

T_BRAND = "Großbrand im Hafen: Rauchwolke über der Stadt"
TICKER_INTRO = "In einer Lagerhalle im Hafengebiet ist am Mittwochnachmittag ein Großfeuer ausgebrochen. Die Feuerwehr ist mit mehr als 120 Einsatzkräften vor Ort. Wir berichten im Liveticker."
page(8, "liveticker_timestamped_entries_de", liveticker(T_BRAND, DE_TICKER, intro=TICKER_INTRO),
     [TICKER_INTRO[:50]] + [t[:45] for _, t in DE_TICKER],
     ["Liveticker aktualisieren", "Automatisch aktualisieren", "Ältere Einträge laden", "Jetzt abonnieren", "Impressum"])

T_BYE = "Hartfield by-election: polls close as count begins"
LB_STAND = "Voters in Hartfield have been choosing a new MP in a by-election seen as a test for all four main parties. Polls close at 10pm; a result is expected after 3am."
page(13, "liveblog_key_events_list_repeats_titles_en", liveblog_uk(T_BYE, EN_LIVE, standfirst=LB_STAND),
     [LB_STAND[:50]] + [x[:45] for _, _, x in EN_LIVE],
     ["Key events", "3.52pm Polls close in 11 minutes", "1.10pm Why this seat matters", "Show key events only", "Older", "Oldest"])

T_WATER = "Coral Bay water bills to rise by $92 a year"
KP_EN = '<div class="key-points" data-component="KeyPoints"><h2 class="key-points__title">Key points:</h2><ul class="key-points__list">' + "".join(f"<li>{esc(x)}</li>" for x in EN_KEYPOINTS) + "</ul></div>"
page(9, "key_points_list_at_top_en", modern(T_WATER, KP_EN + "\n" + ps5(EN_KP_BODY), tags=("Water", "Coral Bay")),
     EN_KEYPOINTS + heads(EN_KP_BODY), ["Skip to main content", "Share this article", "Copy link", "All rights reserved"])

T_TICKET = "Schülerticket für 29 Euro kommt im April"
KP_DE = ('<section class="article-summary" aria-label="Zusammenfassung"><h2 class="article-summary__title">Das Wichtigste in Kürze</h2><ul>'
         + "".join(f"<li>{esc(x)}</li>" for x in DE_KEYPOINTS) + "</ul></section>")
page(1, "key_points_summary_box_de", modern(T_TICKET, KP_DE + "\n" + ps5(DE_KP_BODY), lang="de", site="Wendlinger Zeitung", author="Anja Kröger", tags=("Landkreis", "Verkehr")),
     DE_KEYPOINTS + heads(DE_KP_BODY), ["Zum Inhalt springen", "Artikel teilen", "Link kopieren", "Alle Rechte vorbehalten"])

T_QA = "'Nobody will be sent home without being seen'"
QA_EN = (f"<p><em>{esc(EN_QA_INTRO)}</em></p>\n<p><em>This interview has been edited for length and clarity.</em></p>\n"
         + "\n".join(f"<p><strong>{esc(q)}</strong></p>\n<p><strong>Lindqvist:</strong> {esc(a)}</p>" for q, a in EN_QA))
page(9, "qa_interview_bold_questions_speaker_en", modern(T_QA, QA_EN, site="The Columba Courier", author="Interview by Sam Reid", tags=("Health",)),
     [EN_QA_INTRO[:50]] + [q for q, _ in EN_QA] + [a[:45] for _, a in EN_QA] + ["Lindqvist: About a third of the people"],
     ["Skip to main content", "Share this article", "Copy link", "All rights reserved"])

T_TIERHEIM = "„So kann es nicht weitergehen“"
QA_DE = (f'<p class="intro"><strong>{esc(DE_QA_INTRO)}</strong></p>\n'
         + "\n".join(f"<p><b>WZ:</b> {esc(q)}</p>\n<p><b>Katrin Vogt:</b> {esc(a)}</p>" for q, a in DE_QA)
         + '\n<p class="interview-credit"><i>Das Gespräch führte Anja Kröger.</i></p>')
page(9, "qa_interview_bold_speaker_labels_de", modern(T_TIERHEIM, QA_DE, lang="de", site="Wendlinger Zeitung", author="Anja Kröger", tags=("Tierschutz",)),
     [DE_QA_INTRO[:50]] + [q for q, _ in DE_QA] + [a[:45] for _, a in DE_QA] + ["Katrin Vogt: Wir haben Platz für 60 Hunde", "WZ: Woran liegt das?"],
     ["Zum Inhalt springen", "Artikel teilen", "Link kopieren", "Alle Rechte vorbehalten"])

T_TRAFFICO = "Borgo San Vitale, centro storico chiuso alle auto nel weekend"
IT_PQ = f'<aside class="article-quote"><p>«{esc(PULL_IT)}»</p><span class="article-quote__author">Luca Parodi, presidente dei commercianti</span></aside>'
page(13, "pullquote_aside_with_author_it", modern(T_TRAFFICO, ps5(IT_PULL[:2]) + "\n" + IT_PQ + "\n" + ps5(IT_PULL[2:]), lang="it", site="La Voce di San Vitale", author="Elena Marchi", tags=("Traffico",)),
     heads(IT_PULL) + ["«Il sabato facciamo metà del fatturato della settimana», ha detto Luca Parodi"],
     ["Luca Parodi, presidente dei commercianti", "Vai al contenuto", "Condividi l'articolo", "Tutti i diritti riservati"])
