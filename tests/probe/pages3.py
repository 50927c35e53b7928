"""Third probe round: the 14 cases in further markups (see ``shells3``), in
English, German, French, Spanish, Italian, Japanese, Chinese and Russian.
Imported at the end of ``pages`` and appends to its ``PAGES``."""

from html import escape

from .pages import heads, page
from .shells import ps
from .shells3 import (
    ap_ad,
    ap_figure,
    apnews,
    bitrix,
    bitrix_detail,
    bitrix_news_list,
    chinese,
    chorus,
    chorus_p,
    corriere,
    corriere_p,
    elpais,
    elpais_ad,
    hubspot,
    hugo,
    ja_p,
    japanese,
    jekyll_sidebar,
    lemonde,
    lemonde_p,
    liveblog,
    reuters,
    reuters_ad,
    reuters_figure,
    reuters_p,
    spiegel,
    spiegel_ad,
    typo3,
    wapo,
    wapo_ad,
    wapo_p,
    webflow,
    wire,
    wix,
    wix_p,
    yahoo,
    yahoo_p,
    zh_p,
)
from .texts3 import (
    DE_BAHN,
    DE_HOFLADEN,
    DE_ORTSDURCHFAHRT,
    EN_BAKERY,
    EN_BUSES,
    EN_CCTV,
    EN_DROUGHT,
    EN_FAIR,
    EN_FERRYBOAT,
    EN_FERRYYARD,
    EN_FERRYYARD_LIST,
    EN_GREENHOUSE,
    EN_STORM,
    EN_TREASURER,
    EN_VANS,
    EN_VANS_LIST,
    EN_ZONING,
    ES_SEQUIA,
    FR_LOYERS,
    IT_BIBLIOTECA,
    IT_TRAM,
    JA_HASHI,
    RU_MOST,
    ZH_DITIE,
)


def swap(html, start, end, new):
    """Replace the part of ``html`` from the marker ``start`` up to (not including) the marker ``end``."""
    i = html.index(start)
    j = html.index(end, i)
    return html[:i] + new + html[j:]


def ul(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{escape(x, quote=False)}</li>" for x in items) + "</ul>"


T_LOYERS = "Bellerive-sur-Loire encadre les loyers dans six quartiers du centre-ville"
T_SEQUIA = "Emergencia por sequía en 14 municipios de Valdecerro: restricciones al riego desde junio"
T_BAHN = "Pendlerstrecke bleibt nach Erdrutsch wochenlang gesperrt"
T_BUSES = "Why Portmere's buses are so late this year"
T_ORTS = "Sanierung der Ortsdurchfahrt: Hauptstraße ab 3. Juni gesperrt"
T_TRAM = "Borgovalle, il tram entra in servizio a settembre: 16 fermate dalla stazione all'ospedale"
T_MOST = "Октябрьский мост закроют на ремонт до конца сентября"
T_HASHI = "青葉橋、6月1日に通行再開　補修工事終え8カ月ぶり"
T_DROUGHT = "Calder County imposes first mandatory water restrictions in three decades"
T_FAIR = "Harlow County Fair drops cattle and goat shows over bird flu fears"
T_GREEN = "We have a greenhouse!"
T_DITIE = "南湖地铁5号线二期6月28日开通试运营"
T_ZONING = "Arlingford board votes to allow duplexes and small apartments in single-family neighborhoods"
T_VANS = "How we cut delivery emissions by 41% in a year (without raising prices)"
T_BAKERY = "The Crooked Oven reopens on Monday"
T_BIBLIO = "Biblioteca civica aperta anche la domenica pomeriggio per tutta l'estate"
T_HOF = "Hofladen Kessler hat wieder geöffnet"
T_TREAS = "Former county treasurer convicted of stealing $1.2 million in tax payments"
T_FERRYBOAT = "Electric boat to take over the Wendle ferry crossing"
T_FERRYYARD = "Halvorsen Marine Opens $48 Million Ferry Maintenance Facility in Port Aldry, Creating 160 Jobs"
T_STORM = "Storm Ilsa live: trains cancelled and 14,000 homes without power as 80mph winds hit the coast"
T_CCTV = "Council fined £85,000 over leisure centre CCTV that filmed changing area"

LM_ABSENT = ["Mentions légales", "S'abonner", "Réutiliser ce contenu", "Ajouter à vos sélections"]
EP_ABSENT = ["Compartir en Whatsapp", "Copiar enlace", "Aviso legal", "Suscríbete"]
SP_ABSENT = ["Artikel teilen", "Zur Merkliste", "Impressum", "Privatsphäre-Einstellungen"]
CH_ABSENT = ["Most Popular", "Share this story", "Support our work", "All Rights Reserved"]
T3_ABSENT = ["Zum Hauptinhalt springen", "Erklärung zur Barrierefreiheit", "Rathausplatz 1", "Zurück"]
BX_ABSENT = ["Популярное", "Все права защищены", "Поделиться", "Городская газета с 1931 года"]
JA_ABSENT = ["アクセスランキング", "無断転載", "会員登録", "はてなブックマーク"]

# ---------------------------------------------------------------- 1 teaser / lead kept
DESC_FR = "Le conseil municipal a adopté la mesure, promise par la maire en 2020, malgré l'opposition des agences immobilières. Elle s'appliquera dès septembre à 11 000 logements."
page(1, "lemonde_article_desc", lemonde(T_LOYERS, lemonde_p(FR_LOYERS), desc=DESC_FR),
     [DESC_FR[:50]] + heads(FR_LOYERS), LM_ABSENT)
ST_ES = "Los embalses de la comarca apenas superan el 19 % y los regantes piden ayudas directas para salvar 3.000 hectáreas de frutales"
page(1, "elpais_a_st", elpais(T_SEQUIA, ps(ES_SEQUIA[:3]) + "\n" + elpais_ad() + "\n" + ps(ES_SEQUIA[3:]), subtitle=ST_ES),
     [ST_ES[:50]] + heads(ES_SEQUIA), EP_ABSENT)
INTRO_DE = "Nach dem Hangrutsch bei Kreuzbach rollen auf der wichtigen Pendlerstrecke wochenlang keine Züge. Fahrgastvertreter werfen dem Betreiber vor, Warnungen ignoriert zu haben."
page(1, "spiegel_intro_richtext", spiegel(T_BAHN, [ps(DE_BAHN)], intro=INTRO_DE),
     [INTRO_DE[:50]] + heads(DE_BAHN), SP_ABSENT)
DEK_EN = "A driver shortage and a bridge project have made Portmere's buses the least reliable they have been in a decade."
page(1, "chorus_p_dek", chorus(T_BUSES, chorus_p(EN_BUSES), dek=DEK_EN),
     [DEK_EN[:50]] + heads(EN_BUSES), CH_ABSENT)
TEASER_T3 = "Ab Juni wird die Hauptstraße zwischen Rathausplatz und Mühlweg grundlegend erneuert. Der Durchgangsverkehr wird über die Kreisstraße 14 umgeleitet."
page(1, "typo3_news_teaser_text", typo3(T_ORTS, ps(DE_ORTSDURCHFAHRT), teaser=TEASER_T3),
     [TEASER_T3[:50]] + heads(DE_ORTSDURCHFAHRT), T3_ABSENT)

# ---------------------------------------------------------------- 2 "read also" line between body paragraphs
page(2, "corriere_leggi_anche", corriere(T_TRAM, corriere_p(IT_TRAM[:3]) + '\n<p class="chapter-paragraph"><strong>Leggi anche:</strong> <a href="/cronaca/24_maggio_10/tram-reperti-via-garibaldi.shtml">Tram, i reperti di via Garibaldi finiranno al museo civico</a></p>\n' + corriere_p(IT_TRAM[3:])),
     heads(IT_TRAM), ["Leggi anche", "i reperti di via Garibaldi finiranno"])
page(2, "bitrix_chitayte_takzhe", bitrix(T_MOST, bitrix_detail(ps(RU_MOST[:3]) + '\n<p><b>Читайте также:</b> <a href="/news/1187/">Какие дороги отремонтируют в Заречном в этом году</a></p>\n' + ps(RU_MOST[3:]))),
     heads(RU_MOST), ["Читайте также", "Какие дороги отремонтируют"])
page(2, "ja_kanren_kiji", japanese(T_HASHI, ja_p(JA_HASHI[:3]) + '\n<p><strong>【関連記事】</strong><a href="/local/20231002-003">青葉橋、橋脚に深いひび割れ　車両と歩行者を通行止めに</a></p>\n' + ja_p(JA_HASHI[3:])),
     heads(JA_HASHI, 30), ["関連記事", "橋脚に深いひび割れ　車両と歩行者を"])

# ---------------------------------------------------------------- 3 trailing lists of links
READ_NEXT = [
    ("United States", "Wildfire near Ridgeback forces evacuation of 2,000 homes", "3:04 PM UTC"),
    ("Sustainability", "Western states strike deal on Fenwick River water sharing", "1:47 PM UTC"),
    ("Business", "Almond growers brace for smaller harvest as heat persists", "11:20 AM UTC"),
    ("United States", "Utility asks regulators to approve emergency power purchases", "9:58 AM UTC"),
]
RN_HTML = ('<section data-testid="ReadNext" class="read-next__container__1XgUk"><h2 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_6__1qUJ5 heading__base__2T28j heading__heading_6__RtD9P">Read Next</h2><ul class="read-next__list__3Jd3B">'
           + "".join(f'<li><div data-testid="MediaStoryCard" class="media-story-card__container__2Hn8M"><span data-testid="Label" class="text__text__1FZLe"><a href="/{k.lower().replace(" ", "-")}/" data-testid="Link">{k}</a></span>'
                     f'<a data-testid="Heading" href="/world/us/story-{i}/" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_6__1qUJ5 heading__base__2T28j media-story-card__heading__eqhp9"><span>{t}</span></a>'
                     f'<time data-testid="Label" class="text__text__1FZLe text__inherit-color__3208F label__label__f9Hew">{d}</time></div></li>' for i, (k, t, d) in enumerate(READ_NEXT))
           + "</ul></section>")
page(3, "reuters_read_next", reuters(T_DROUGHT, reuters_p(EN_DROUGHT), after=RN_HTML),
     heads(EN_DROUGHT), ["Read Next"] + [t for _, t, _ in READ_NEXT] + ["Our Standards", "Purchase Licensing Rights"])

YH_STREAM = [
    ("The Harlow Sentinel", "Dairy farmers told to test milk before moving cows across county lines", "State officials said the new rule would stay in place at least until the end of the summer while the outbreak is tracked."),
    ("Midwest Farm Report", "What bird flu in cattle means for the price of milk", "Economists say consumers are unlikely to notice much difference at the store, but small dairies could be squeezed."),
    ("The Harlow Sentinel", "Harlow County approves new fairgrounds grandstand", "The $3.4 million project will replace seating that dates from 1962 and should be ready for next year's fair."),
    ("Plains Public Radio", "4-H enrollment climbs to a ten-year high across the region", "Club leaders credit a surge of interest in livestock and robotics projects among middle school students."),
]
YH_HTML = ('<div id="Col1-3-RecommendationStream" class="stream" data-reactid="14"><h2 class="Fz(17px) Fw(b) Mb(12px)">More from Wayfarer</h2><ul class="My(0) P(0) Wow(bw) Ov(h)">'
           + "".join(f'<li class="js-stream-content Pos(r)"><div class="Cf"><div class="Fl(start) W(30%)"><img src="/s/{i}.jpg" alt=""></div><div class="Ov(h) Pend(44px) Pstart(25px)">'
                     f'<div class="C(#959595) Fz(11px) Fw(b) Mb(4px)">{p}</div><h3 class="Mb(5px)"><a class="js-content-viewer Fw(b) Fz(18px) Lh(23px)" href="/news/stream-{i}.html">{t}</a></h3>'
                     f'<p class="Fz(14px) Lh(19px) Fz(13px)--sm1024 Lh(17px)--sm1024 LineClamp(2,38px)--sm1024 M(0)">{s}</p></div></div></li>' for i, (p, t, s) in enumerate(YH_STREAM))
           + "</ul></div>")
YH_BODY = yahoo_p(EN_FAIR[:2]) + '\n<div class="caas-readmore caas-readmore-collapse"><button class="link caas-button collapse-button" aria-label="">Story continues</button></div>\n<div class="caas-da"><div id="sda-INLINE" class="sda-INLINE"></div></div>\n' + yahoo_p(EN_FAIR[2:])
page(3, "yahoo_stream_after_caas", yahoo(T_FAIR, YH_BODY, after=YH_HTML),
     heads(EN_FAIR), ["More from Wayfarer", "Story continues", "View comments"] + [t for _, t, _ in YH_STREAM] + [s[:40] for _, _, s in YH_STREAM])

BX_OTHER = [
    ("На Заводской улице заменят трубы теплотрассы", "Работы начнутся 20 мая и продлятся около трёх недель. Горячую воду в домах отключат поочерёдно."),
    ("Какие дороги отремонтируют в Заречном в этом году", "В план ремонта вошли 14 улиц общей протяжённостью более 11 километров."),
    ("Городской пляж откроется к 1 июня", "На пляже установят новые кабинки для переодевания и пост спасателей."),
]
page(3, "bitrix_drugie_novosti", bitrix(T_MOST, bitrix_detail(ps(RU_MOST)), after=bitrix_news_list(BX_OTHER, heading="Другие новости", pager=False)),
     heads(RU_MOST), ["Другие новости"] + [t for t, _ in BX_OTHER] + [s[:40] for _, s in BX_OTHER])

SEE_ALSO = """<aside class="related"><h3>See also</h3><ul>
<li><a href="/posts/greenhouse-fundraiser-halfway/">Greenhouse fund passes the halfway mark</a></li>
<li><a href="/posts/lottery-grant-awarded/">Lottery grant awarded for the greenhouse</a></li>
<li><a href="/posts/sponsored-walk-2023/">Sponsored walk raises £1,900</a></li></ul></aside>"""
page(3, "hugo_see_also", hugo(T_GREEN, ps(EN_GREENHOUSE), after=SEE_ALSO),
     heads(EN_GREENHOUSE), ["See also", "Greenhouse fund passes the halfway", "Lottery grant awarded", "Sponsored walk raises", "Spring plant sale raises", "AGM minutes", "Powered by"])

ZH_REL = [("南湖地铁6号线首段启动建设", "2024-04-28"), ("滨江新城将新增两条公交接驳线", "2024-04-15"), ("南湖东站改造完工，换乘更便捷", "2024-03-30"), ("地铁票价调整听证会下月举行", "2024-03-12")]
ZH_REL_HTML = '<div class="related-news"><h3 class="tit">相关新闻</h3><ul>' + "".join(f'<li><a href="/news/2024/{i}.shtml" target="_blank">{t}</a><span class="time">{d}</span></li>' for i, (t, d) in enumerate(ZH_REL)) + "</ul></div>"
page(3, "zh_xiangguan_xinwen", chinese(T_DITIE, zh_p(ZH_DITIE), after=ZH_REL_HTML),
     heads(ZH_DITIE, 30), ["相关新闻"] + [t for t, _ in ZH_REL] + ["版权所有", "责任编辑"])

# ---------------------------------------------------------------- 4 newsletter call to action as prose, no links
CH_NL = ('<div class="c-newsletter_signup_box c-newsletter_signup_box--inline"><div class="c-newsletter_signup_box--form__body">'
         '<h2 class="c-newsletter_signup_box--form__title">Sign up for the Civic Desk Weekly</h2>'
         '<p class="c-newsletter_signup_box--form__description">Understand your city with one smart explainer every Friday, plus the week\'s most important stories about how places work.</p>'
         '<form class="c-newsletter_signup_box--form"><label class="sr-only" for="nl-email">Email (required)</label><input id="nl-email" type="email" placeholder="Enter your email" required><button type="submit">Sign Up</button></form>'
         '<p class="c-newsletter_signup_box--fine-print">By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time.</p></div></div>')
page(4, "chorus_newsletter_box", chorus(T_BUSES, chorus_p(EN_BUSES[:4]) + "\n" + CH_NL + "\n" + chorus_p(EN_BUSES[4:], start=4)),
     heads(EN_BUSES), ["Sign up for the Civic Desk Weekly", "one smart explainer every Friday", "By submitting your email"])
WP_NL = ('<div data-qa="newsletter-signup-inline" class="wpds-c-hgBnLs"><div class="wpds-c-kFwXMO"><span class="wpds-c-gSTKLr">Local Headlines</span>'
         '<p class="wpds-c-iXYrmk">Get the stories shaping the region every weekday morning: our free newsletter, written by the metro desk and delivered to your inbox at 6 a.m.</p>'
         '<form><input type="email" aria-label="Email address" placeholder="Email address"><button type="submit">Sign up</button></form></div></div>')
page(4, "wapo_inline_signup", wapo(T_ZONING, wapo_p(EN_ZONING[:5]) + "\n" + WP_NL + "\n" + wapo_p(EN_ZONING[5:])),
     heads(EN_ZONING), ["Get the stories shaping the region", "delivered to your inbox at 6 a.m", "Gift Article"])
HS_CTA = "Want more like this? The Last Mile, our monthly digest on delivery and sustainability, lands in your inbox on the first Thursday of every month. No sales pitches, just what we learned."
HS_SUB = ('<div class="blog-subscribe"><h3>Subscribe to the Last Mile</h3><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe">'
          '<form class="hs-form stacked"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label><span>Email</span><span class="hs-form-required">*</span></label><input type="email" name="email"></div>'
          '<div class="hs_blog_default_hubspot_blog_subscription hs-fieldtype-radio"><label>Notification Frequency</label><ul class="inputs-list"><li><label><input type="radio" value="instant"><span>Instant</span></label></li><li><label><input type="radio" value="weekly"><span>Weekly</span></label></li><li><label><input type="radio" value="monthly"><span>Monthly</span></label></li></ul></div>'
          '<input type="submit" value="Subscribe" class="hs-button primary large"></form></span></div>')
page(4, "hubspot_prose_cta_last_p", hubspot(T_VANS, ps(EN_VANS) + f"\n<p><em>{HS_CTA}</em></p>", after=HS_SUB),
     heads(EN_VANS), ["Want more like this?", "our monthly digest on delivery", "No sales pitches", "Subscribe to the Last Mile", "Notification Frequency"])
SP_NL = ('<section data-area="newsletter_box" class="lg:w-8/12 md:w-10/12 mx-auto my-32 p-24 bg-shade-lightest"><div class="font-sansUI font-bold text-l">Newsletter: Der Morgen im Norden</div>'
         '<div class="RichText RichText--sans">Was heute in der Region wichtig ist, jeden Morgen um 6 Uhr kostenlos in Ihrem Postfach. Unsere Redaktion fasst die wichtigsten Nachrichten aus Nordhessen für Sie zusammen.</div>'
         '<form><input type="email" placeholder="Ihre E-Mail-Adresse"><button type="submit">Jetzt kostenlos anmelden</button></form></section>')
page(4, "spiegel_newsletter_section", spiegel(T_BAHN, [ps(DE_BAHN[:3]), SP_NL, ps(DE_BAHN[3:])]),
     heads(DE_BAHN), ["Der Morgen im Norden", "jeden Morgen um 6 Uhr kostenlos", "Jetzt kostenlos anmelden"])
EP_NL = "Suscríbase al boletín semanal de Clima y Medio Ambiente para recibir cada viernes en su correo las noticias más importantes sobre el agua, la energía y el territorio."
page(4, "elpais_boletin_last_p", elpais(T_SEQUIA, ps(ES_SEQUIA) + f"\n<p><i>{EP_NL}</i></p>"),
     heads(ES_SEQUIA), ["Suscríbase al boletín semanal", "recibir cada viernes en su correo"])

# ---------------------------------------------------------------- 5 consent banner/modal longer than a short article
WIX_CONSENT = """<div id="consent-banner-root" data-hook="consent-banner-root" class="consent-banner consent-banner--bottom"><div data-hook="consent-banner-container">
<p data-hook="consent-banner-text">This website uses cookies. We use cookies to improve your experience on our site, to personalise content and ads, to provide social media features and to analyse our traffic. By clicking Accept, you agree to our use of such cookies.</p>
<div data-hook="consent-banner-buttons"><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<div data-hook="consent-policy-settings" role="dialog" aria-modal="true" aria-label="Cookie Settings" class="consent-settings"><h2 data-hook="settings-title">Cookie Settings</h2>
<p data-hook="settings-description">We use cookies to provide the best possible experience on our website. You can choose which categories of cookies you allow. Please note that blocking some types of cookies may affect your experience and the services we are able to offer.</p>
<div data-hook="category"><h3>Essential cookies</h3><p>These cookies are necessary for the website to function and cannot be switched off. They are usually set in response to actions you take, such as setting your privacy preferences, logging in or filling in forms.</p><span>Always active</span></div>
<div data-hook="category"><h3>Functional cookies</h3><p>These cookies allow the website to remember choices you make and provide enhanced, more personal features, such as remembering your region or the text size you prefer.</p></div>
<div data-hook="category"><h3>Analytics cookies</h3><p>These cookies help us understand how visitors interact with the website by collecting and reporting information anonymously, such as which pages are visited most often.</p></div>
<div data-hook="category"><h3>Advertising cookies</h3><p>These cookies may be set through our site by our advertising partners to build a profile of your interests and show you relevant adverts on other sites.</p></div>
<button data-hook="settings-save">Save</button></div>"""
page(5, "wix_consent_settings", wix(T_BAKERY, wix_p(EN_BAKERY)).replace("</body>", WIX_CONSENT + "\n</body>"),
     heads(EN_BAKERY), ["This website uses cookies", "Cookie Settings", "Essential cookies", "necessary for the website to function", "remember choices you make", "profile of your interests", "Decline All"])
IUBENDA = """<div id="iubenda-cs-banner" class="iubenda-cs-default iubenda-cs-bottom iubenda-cs-visible" role="alertdialog" aria-labelledby="iubenda-cs-title" aria-describedby="iubenda-cs-paragraph"><div class="iubenda-cs-container"><div class="iubenda-cs-content"><div class="iubenda-cs-rationale"><div class="iubenda-banner-content" role="document">
<div id="iubenda-cs-title">Informativa</div>
<div id="iubenda-cs-paragraph"><p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per le finalità di esperienza, misurazione e marketing (con annunci personalizzati) come specificato nella <a href="/privacy/cookie-policy" class="iubenda-cs-cookie-policy-lnk">cookie policy</a>.</p>
<p class="iub-p">Per quanto riguarda la pubblicità, noi e terze parti selezionate potremmo utilizzare dati di geolocalizzazione precisi e l'identificazione attraverso la scansione del dispositivo, al fine di archiviare e/o accedere a informazioni su un dispositivo e trattare dati personali come i tuoi dati di utilizzo, per le seguenti finalità pubblicitarie: annunci e contenuti personalizzati, valutazione degli annunci e del contenuto, osservazioni del pubblico e sviluppo di prodotti.</p>
<p class="iub-p">Puoi liberamente prestare, rifiutare o revocare il tuo consenso, in qualsiasi momento, accedendo al pannello delle preferenze. Il rifiuto del consenso può rendere non disponibili le relative funzioni.</p>
<p class="iub-p">Usa il pulsante “Accetta” per acconsentire. Usa il pulsante “Rifiuta” o chiudi questa informativa per continuare senza accettare.</p></div></div>
<div class="iubenda-cs-opt-group"><div class="iubenda-cs-opt-group-custom"><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button></div><div class="iubenda-cs-opt-group-consent"><button class="iubenda-cs-reject-btn iubenda-cs-btn-primary">Rifiuta</button><button class="iubenda-cs-accept-btn iubenda-cs-btn-primary">Accetta</button></div></div></div></div></div></div>"""
page(5, "corriere_iubenda_banner", corriere(T_BIBLIO, corriere_p(IT_BIBLIOTECA)).replace("</body>", IUBENDA + "\n</body>"),
     heads(IT_BIBLIOTECA), ["Informativa", "terze parti selezionate", "geolocalizzazione precisi", "revocare il tuo consenso", "Scopri di più e personalizza"])
KLARO = """<div id="klaro"><div class="klaro"><div class="cookie-modal"><div class="cm-bg"></div><div class="cm-modal cm-klaro">
<div class="cm-header"><h1 class="title" id="id-cookie-title">Datenschutzeinstellungen</h1>
<p id="id-cookie-description">Wir nutzen auf unserer Website Cookies und vergleichbare Technologien. Einige davon sind für den Betrieb der Website unbedingt erforderlich, andere helfen uns, die Website und Ihre Nutzererfahrung zu verbessern. Sie können selbst entscheiden, welche Kategorien Sie zulassen möchten. Bitte beachten Sie, dass auf Basis Ihrer Einstellungen womöglich nicht mehr alle Funktionalitäten der Seite zur Verfügung stehen.</p></div>
<div class="cm-body"><ul class="cm-purposes">
<li class="cm-purpose"><input type="checkbox" checked disabled><label><span class="cm-list-title">Notwendige Cookies</span><span class="cm-required">(immer erforderlich)</span></label><div class="cm-list-description"><p class="purpose-description">Diese Cookies sind für die Grundfunktionen der Website erforderlich, etwa zum Speichern Ihrer Datenschutzeinstellungen oder für die Online-Terminvergabe im Bürgerbüro.</p></div></li>
<li class="cm-purpose"><input type="checkbox"><label><span class="cm-list-title">Statistik</span></label><div class="cm-list-description"><p class="purpose-description">Mit Hilfe von Matomo erfassen wir anonymisiert, welche Seiten wie häufig aufgerufen werden. Die Daten werden ausschließlich auf Servern der Gemeinde gespeichert und nicht an Dritte weitergegeben.</p></div></li>
<li class="cm-purpose"><input type="checkbox"><label><span class="cm-list-title">Externe Medien</span></label><div class="cm-list-description"><p class="purpose-description">Inhalte von Videoplattformen und Kartendiensten werden standardmäßig blockiert. Wenn Sie externe Medien zulassen, kann der Anbieter personenbezogene Daten wie Ihre IP-Adresse erheben.</p></div></li></ul></div>
<div class="cm-footer"><div class="cm-footer-buttons"><button class="cm-btn cm-btn-decline cm-btn-danger">Ablehnen</button><button class="cm-btn cm-btn-success cm-btn-accept">Auswahl speichern</button><button class="cm-btn cm-btn-success cm-btn-accept-all">Alle akzeptieren</button></div><p class="cm-powered-by"><a target="_blank" href="https://kiprotect.example/klaro">Realisiert mit Klaro!</a></p></div>
</div></div></div></div>"""
page(5, "typo3_klaro_modal", typo3(T_HOF, ps(DE_HOFLADEN), category="Mitteilung").replace("<div id=\"top\"></div>", "<div id=\"top\"></div>\n" + KLARO),
     heads(DE_HOFLADEN), ["Datenschutzeinstellungen", "Cookies und vergleichbare Technologien", "Grundfunktionen der Website", "Matomo erfassen wir", "Videoplattformen und Kartendiensten", "Alle akzeptieren"])

# ---------------------------------------------------------------- 6 captions and photo credits
CAP_RT = "A boat sits on the cracked bed of the Marlow reservoir in Calder County, May 12, 2024. WIRELINE/Daniel Ortega"
page(6, "reuters_figure_caption", reuters(T_DROUGHT, reuters_p(EN_DROUGHT[:1]) + "\n" + reuters_figure(CAP_RT) + "\n" + reuters_p(EN_DROUGHT[1:], start=1)),
     heads(EN_DROUGHT), ["A boat sits on the cracked bed", "WIRELINE/Daniel Ortega", "Purchase Licensing Rights"])
CAP_AP = "Former Hollis County Treasurer Dana Whitcomb leaves the courthouse in Millbrook, Ind., after the verdict on Thursday, May 16, 2024. (AP Photo/Kevin Marsh)"
page(6, "ap_lead_figure_caption", apnews(T_TREAS, ps(EN_TREASURER[:3]) + "\n" + ap_ad() + "\n" + ps(EN_TREASURER[3:]), lead_figure=ap_figure(CAP_AP)),
     heads(EN_TREASURER), ["leaves the courthouse in Millbrook", "AP Photo/Kevin Marsh", "Copy Link copied", "Most read"])
FIG_LM = ('<figure class="article__media"><img src="https://img.quotidienduval.example/2024/05/13/0/0/4000/2667/664/0/75/0/3f1c2b7_gare.jpg" alt="" width="664" height="443">'
          '<figcaption class="article__legend">Des immeubles du quartier de la Gare, à Bellerive-sur-Loire, le 10 mai 2024. <span class="article__credit">JULIEN PERRIN POUR « LE QUOTIDIEN DU VAL »</span></figcaption></figure>')
page(6, "lemonde_article_legend", lemonde(T_LOYERS, lemonde_p(FR_LOYERS[:2]) + "\n" + FIG_LM + "\n" + lemonde_p(FR_LOYERS[2:])),
     heads(FR_LOYERS), ["Des immeubles du quartier de la Gare", "JULIEN PERRIN POUR"])
FIG_JA = '<div class="p-article__photo"><img src="/photo/20240514/aobabashi.jpg" alt="" width="640" height="427"><p class="p-article__caption">補修工事を終え、通行再開を待つ青葉橋＝13日、北浜市青葉町、山田健太撮影</p></div>'
page(6, "ja_photo_caption_p", japanese(T_HASHI, FIG_JA + "\n" + ja_p(JA_HASHI)),
     heads(JA_HASHI, 30), ["通行再開を待つ青葉橋", "山田健太撮影"])
FIG_WF = ('<figure style="max-width:1600px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.example/64f2/6601a2_marigold.jpg" loading="lazy" alt=""/></div>'
          '<figcaption>The Marigold being lifted into the water at Old Quay on Thursday morning. Photo: Hannah Cole</figcaption></figure>')
page(6, "webflow_richtext_figure", webflow(T_FERRYBOAT, ps(EN_FERRYBOAT[:2]) + FIG_WF + ps(EN_FERRYBOAT[2:])),
     heads(EN_FERRYBOAT), ["lifted into the water at Old Quay", "Photo: Hannah Cole"])

# ---------------------------------------------------------------- 7 comment sections
STATICMAN = """<section class="js-comments staticman-comments"><h3 class="comments-title">3 comments</h3>
<article id="comment-1" class="static-comment"><img class="comment-avatar" src="https://www.gravatar.example/avatar/1a2b?d=identicon&amp;s=60" alt="" width="60" height="60"><h4 class="comment-author">Pat Nolan</h4><div class="comment-timestamp"><a href="#comment-1" title="Permalink to this comment"><time datetime="2024-05-13T19:02:11Z">May 13, 2024 at 7:02 pm</time></a></div><div class="comment-content"><p>Brilliant news, well done everyone. I can do Tuesday and Thursday evenings for the watering rota if that helps, just tell me where the key is kept.</p></div></article>
<article id="comment-2" class="static-comment"><img class="comment-avatar" src="https://www.gravatar.example/avatar/3c4d?d=identicon&amp;s=60" alt="" width="60" height="60"><h4 class="comment-author">Deepa</h4><div class="comment-timestamp"><a href="#comment-2" title="Permalink to this comment"><time datetime="2024-05-13T20:15:40Z">May 13, 2024 at 8:15 pm</time></a></div><div class="comment-content"><p>My daughter was so proud that her two pounds helped to build it. See you all at the open day!</p></div></article>
<article id="comment-3" class="static-comment"><img class="comment-avatar" src="https://www.gravatar.example/avatar/5e6f?d=identicon&amp;s=60" alt="" width="60" height="60"><h4 class="comment-author">Alan W.</h4><div class="comment-timestamp"><a href="#comment-3" title="Permalink to this comment"><time datetime="2024-05-14T08:03:02Z">May 14, 2024 at 8:03 am</time></a></div><div class="comment-content"><p>I'm a retired plumber and happy to have a look at the tanks one weekend. Drop me a line.</p></div></article>
<h3>Leave a comment</h3>
<form class="js-form form" method="post" action="https://staticman.example/v3/entry/github/eastfield/site/main/comments"><input type="hidden" name="options[slug]" value="we-have-a-greenhouse"><label for="comment-form-name">Name</label><input type="text" id="comment-form-name" name="fields[name]"><label for="comment-form-message">Comment</label><textarea id="comment-form-message" name="fields[message]" rows="6"></textarea><button type="submit" class="btn">Submit comment</button><p class="form-note">Comments are moderated and will appear once approved.</p></form></section>"""
page(7, "hugo_staticman_comments", hugo(T_GREEN, ps(EN_GREENHOUSE), after=STATICMAN),
     heads(EN_GREENHOUSE), ["3 comments", "Pat Nolan", "I can do Tuesday and Thursday", "her two pounds helped", "I'm a retired plumber", "Leave a comment", "Comments are moderated"])


def bx_review(mid, author, date, text, odd):
    return f"""<table cellspacing="0" border="0" class="reviews-post-table {'reviews-post-first ' if mid == 48211 else ''}reviews-post-{'odd' if odd else 'even'}" id="message{mid}"><thead><tr><td>
<div class="reviews-post-info"><div class="reviews-post-author"><b><a name="message{mid}"></a>{author}</b></div><div class="reviews-post-date">{date}</div></div>
<div class="reviews-text" id="message_text_{mid}">{text}</div>
<div class="reviews-post-reply-buttons"><a href="#review_anchor" title="Ответить" class="reviews-button-small">Ответить</a></div>
</td></tr></thead></table>"""


BX_REVIEWS = ('<div class="reviews-block-container reviews-reviews-block-container"><div class="reviews-block-outer"><div class="reviews-block-inner">\n'
              + bx_review(48211, "Сергей К.", "14.05.2024 12:31", "Наконец-то! Этот мост уже лет десять в ужасном состоянии, в швах можно колесо потерять. Только почему ремонт летом, когда все ездят на дачи?", True) + "\n"
              + bx_review(48214, "Марина", "14.05.2024 13:05", "Четыре месяца ездить через один мост — это пробки до самого вокзала. Надеюсь, хотя бы в срок уложатся.", False) + "\n"
              + bx_review(48230, "zarechny_vadim", "14.05.2024 16:48", "184 миллиона на ремонт одного моста? Интересно, сколько из них дойдёт до асфальта.", True) + "\n"
              + '</div></div></div>\n<div class="reviews-reply-form"><a name="review_anchor"></a><form name="REPLIER" id="REPLIER" action="/news/1202/" method="POST"><div class="reviews-reply-header"><span>Оставить комментарий</span></div>'
              + '<div class="reviews-reply-field-text"><textarea name="REVIEW_TEXT" rows="8"></textarea></div><div class="reviews-reply-buttons"><input type="submit" name="preview_comment" value="Отправить"></div></form></div>')
page(7, "bitrix_forum_reviews", bitrix(T_MOST, bitrix_detail(ps(RU_MOST)), after='<h3 class="comments-title">Комментарии (3)</h3>\n' + BX_REVIEWS),
     heads(RU_MOST), ["Комментарии (3)", "Сергей К.", "Наконец-то! Этот мост", "Четыре месяца ездить через один мост", "сколько из них дойдёт до асфальта", "Оставить комментарий"])
ZH_CMT = [("南湖老张", "[南湖市]", "05-14 10:21", "终于等到了！每天开车上班堵一个小时，以后可以坐地铁了，希望早高峰别太挤。", 56),
          ("滨江小李", "[南湖市]", "05-14 10:48", "票价一样就好，就是6分钟一班还是有点长，希望以后能加密。", 31),
          ("路人甲", "[江州市]", "05-14 11:30", "总投资112亿，这钱花得值不值，得看以后的客流了。", 9)]
ZH_CMT_HTML = ('<div class="comment-section" id="comment"><div class="comment-header"><h3>网友评论</h3><span class="comment-count">已有<em>3</em>条评论，<em>1,204</em>人参与</span></div><div class="comment-list">'
               + "".join(f'<div class="comment-item"><div class="comment-user"><img class="avatar" src="/avatar/{i}.png" alt=""><span class="username">{u}</span><span class="location">{loc}</span><span class="time">{t}</span></div>'
                         f'<div class="comment-text">{c}</div><div class="comment-actions"><a class="reply" href="javascript:;">回复</a><a class="like" href="javascript:;">赞({n})</a></div></div>' for i, (u, loc, t, c, n) in enumerate(ZH_CMT))
               + '</div><div class="comment-more"><a href="/comment/list/ditie5.shtml">查看更多评论</a></div><div class="comment-post"><textarea placeholder="我有话说..."></textarea><button type="button">发布</button></div></div>')
page(7, "zh_wangyou_pinglun", chinese(T_DITIE, zh_p(ZH_DITIE), after=ZH_CMT_HTML),
     heads(ZH_DITIE, 30), ["网友评论", "南湖老张", "终于等到了", "票价一样就好", "这钱花得值不值", "查看更多评论"])
WIX_COMMENTS = ('<div data-hook="comments-root" class="comments-root"><div class="comments-header"><h2 data-hook="comments-header">Comments</h2></div>'
                '<div data-hook="comment" class="comment"><div data-hook="comment-header"><span data-hook="author-name">Margaret Lyle</span><span data-hook="comment-date">2d</span></div>'
                '<div data-hook="comment-content"><div class="rich-content-viewer" data-id="rich-content-viewer">' + wix_p(["So pleased to see you back! The cinnamon buns were the only thing getting me through Monday mornings, and the street has not been the same without the smell of baking."], start=4) + '</div></div>'
                '<div data-hook="comment-footer"><button>Like</button><button>Reply</button></div></div>'
                '<div data-hook="comment" class="comment"><div data-hook="comment-header"><span data-hook="author-name">Jonny Fenwick</span><span data-hook="comment-date">1d</span></div>'
                '<div data-hook="comment-content"><div class="rich-content-viewer" data-id="rich-content-viewer">' + wix_p(["Great news for Fenn Street. See you for that free coffee on Monday."], start=5) + '</div></div>'
                '<div data-hook="comment-footer"><button>Like</button><button>Reply</button></div></div>'
                '<div data-hook="comment-input"><div data-hook="comment-placeholder">Write a comment...</div></div></div>')
page(7, "wix_ricos_comments", wix(T_BAKERY, wix_p(EN_BAKERY), after=WIX_COMMENTS),
     heads(EN_BAKERY), ["Margaret Lyle", "cinnamon buns were the only thing", "Great news for Fenn Street", "Write a comment"])

# ---------------------------------------------------------------- 8 body in two containers around an ad or a chart, second half opens on a quote
page(8, "wapo_two_body_containers_ad", wapo(T_ZONING, wapo_p(EN_ZONING[:4]) + "\n</div>\n" + wapo_ad() + '\n<div class="meteredContent grid-center" data-qa="article-body-container">\n' + wapo_p(EN_ZONING[4:])),
     heads(EN_ZONING), ["Story continues below advertisement"])
RT_CHART = ('<div data-testid="Graphic" class="article-body__element__2p5pI"><figure class="graphic__container__3LpIz"><iframe src="https://graphics.wireline.example/CALDER-DROUGHT/reservoir/chart.html" title="Marlow reservoir storage" height="420" width="100%" frameborder="0" scrolling="no"></iframe>'
            '<figcaption><span data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__extra_small__1Mw6v">Marlow reservoir storage, percent of capacity. Source: Calder County Water Authority</span></figcaption></figure></div>')
page(8, "reuters_split_chart_and_ad", reuters(T_DROUGHT, reuters_p(EN_DROUGHT[:2]) + "\n</div>\n" + RT_CHART + "\n" + reuters_ad() + '\n<div class="article-body__content__17Yit">\n' + reuters_p(EN_DROUGHT[2:], start=2)),
     heads(EN_DROUGHT), ["Source: Calder County Water Authority", "Advertisement · Scroll to continue"])
EP_CHART = ('<figure class="a_gr"><div class="a_gr_w"><iframe title="Reserva de los embalses de Valdecerro" aria-label="Gráfico" src="https://datawrapper.dwcdn.example/Xk3p9/2/" scrolling="no" frameborder="0" height="380"></iframe></div>'
            '<figcaption class="a_gr_p">Reserva de agua en los embalses de la comarca, en porcentaje. Fuente: confederación hidrográfica del Alto Tajuña.</figcaption></figure>')
page(8, "elpais_split_chart", elpais(T_SEQUIA, ps(ES_SEQUIA[:3]) + "\n</div>\n" + EP_CHART + "\n" + elpais_ad(2) + '\n<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">\n' + ps(ES_SEQUIA[3:])),
     heads(ES_SEQUIA), ["Reserva de agua en los embalses", "Fuente: confederación"])
JA_AD = '<div class="p-ad p-ad--inread"><span class="p-ad__label">広告</span><div id="gpt-ad-inread-1"></div></div>'
page(8, "ja_split_ad_kagikakko", japanese(T_HASHI, ja_p(JA_HASHI[:3]) + "\n</div>\n" + JA_AD + '\n<div class="p-article__body">\n' + ja_p(JA_HASHI[3:])),
     heads(JA_HASHI, 30), ["広告"])
page(8, "spiegel_text_sections_ad", spiegel(T_BAHN, [ps(DE_BAHN[:4]), spiegel_ad(), ps(DE_BAHN[4:])]),
     heads(DE_BAHN), ["Anzeige"])

# ---------------------------------------------------------------- 9 lists and subheadings inside the body
HS_BODY = (ps(EN_VANS[:2]) + "\n<h2>Electric vans where they make sense</h2>\n" + ps(EN_VANS[2:4]) + "\n<h2>What made the biggest difference</h2>\n" + ps(EN_VANS[4:5])
           + "\n" + ul(EN_VANS_LIST) + "\n<h2>What comes next</h2>\n" + ps(EN_VANS[5:]))
page(9, "hubspot_h2_ul", hubspot(T_VANS, HS_BODY),
     heads(EN_VANS[:2]) + ["Electric vans where they make sense"] + heads(EN_VANS[2:4]) + ["What made the biggest difference"] + heads(EN_VANS[4:5]) + EN_VANS_LIST + ["What comes next"] + heads(EN_VANS[5:]),
     ["Book a demo", "Registered in England"])
WIRE_BODY = (ps(EN_FERRYYARD[:4]) + "\n" + ul(EN_FERRYYARD_LIST) + "\n" + ps(EN_FERRYYARD[4:])
             + "\n<p><b>About Halvorsen Marine</b><br>Halvorsen Marine designs, builds and operates passenger ferries for coastal and river routes in the Pacific Northwest. Founded in 1921, the company employs 640 people.</p>"
             + "\n<p><b>Media contact:</b><br>Erin Tate, Halvorsen Marine<br>press@halvorsen.example<br>+1 360 555 0142</p>\n<p>SOURCE Halvorsen Marine</p>")
page(9, "wire_release_highlights_ul", wire(T_FERRYYARD, WIRE_BODY),
     heads(EN_FERRYYARD) + EN_FERRYYARD_LIST,
     ["More News From Halvorsen", "First Hybrid-Electric Ferry", "Record Third-Quarter Orders", "Share toX", "Send a Release"])
T3_BODY = (ps(DE_ORTSDURCHFAHRT[:3]) + "\n<h2>Änderungen im Busverkehr</h2>\n<p>Die Buslinien 7 und 12 fahren während der Bauzeit eine Umleitung. Folgende Haltestellen entfallen:</p>\n"
           + ul(["Haltestelle Rathausplatz (Linien 7 und 12)", "Haltestelle Hauptstraße/Kirche (Linie 7)", "Haltestelle Mühlweg (Linie 12)"])
           + "\n<p>Ersatzhaltestellen werden in der Schulstraße und am Friedhof eingerichtet.</p>\n<h2>Anlieger und Müllabfuhr</h2>\n" + ps(DE_ORTSDURCHFAHRT[3:]))
page(9, "typo3_h2_ul_bus", typo3(T_ORTS, T3_BODY),
     heads(DE_ORTSDURCHFAHRT[:3]) + ["Änderungen im Busverkehr", "Die Buslinien 7 und 12 fahren während", "Haltestelle Rathausplatz (Linien 7 und 12)", "Haltestelle Hauptstraße/Kirche (Linie 7)",
                                     "Haltestelle Mühlweg (Linie 12)", "Ersatzhaltestellen werden in der Schulstraße", "Anlieger und Müllabfuhr"] + heads(DE_ORTSDURCHFAHRT[3:]),
     T3_ABSENT)

# ---------------------------------------------------------------- 10 display:none / hidden
SP_PAYWALL = ('<div hidden data-area="paywall" data-sara-click-el="paywall"><div class="font-sansUI font-bold">Weiterlesen mit Tagesspiegel Nord+</div>'
              '<p>Sie haben bereits ein Abo? Melden Sie sich an und lesen Sie alle Artikel auf unserer Website und in der App.</p><a href="/abo/">Jetzt für 1 Euro testen</a></div>')
SP_APP = ('<div data-area="app_teaser" style="display: none"><p>Laden Sie jetzt unsere App herunter und erhalten Sie Eilmeldungen aus Nordhessen direkt auf Ihr Smartphone.</p></div>')
page(10, "spiegel_hidden_paywall_and_app_teaser", spiegel(T_BAHN, [ps(DE_BAHN[:3]), SP_APP, ps(DE_BAHN[3:]), SP_PAYWALL]),
     heads(DE_BAHN), ["Weiterlesen mit Tagesspiegel", "Sie haben bereits ein Abo", "Laden Sie jetzt unsere App herunter", "Eilmeldungen aus Nordhessen"])
LB_HIDDEN = ('<div class="liveblog__new-updates" hidden><button class="liveblog__new-updates-button">2 new updates – show them now</button></div>\n'
             '<div class="liveblog__error" style="display:none"><p>Sorry, we could not load the latest updates. Please refresh the page to try again.</p></div>')
page(10, "liveblog_hidden_notices", liveblog(T_STORM, EN_STORM, standfirst="Amber wind warning in force until 6pm; ferries cancelled and several roads closed by fallen trees", before_feed=LB_HIDDEN),
     [ps_[0][:45] for _, _, ps_ in EN_STORM] + [EN_STORM[1][2][1][:45]], ["new updates", "could not load the latest updates"])

# ---------------------------------------------------------------- 11 real content inside sidebar-wrapper / gdpr-
page(11, "jekyll_post_in_sidebar_wrapper", jekyll_sidebar(T_GREEN, ps(EN_GREENHOUSE)),
     heads(EN_GREENHOUSE), ["Recent posts", "Occasional notes from a community garden"])
page(11, "webflow_gdpr_named_classes", webflow(T_CCTV, ps(EN_CCTV), site="The Privacy Ledger", body_cls="gdpr-article-body w-richtext", wrap_cls="gdpr-article-section", category="Enforcement"),
     heads(EN_CCTV), ["Independent local journalism"])

# ---------------------------------------------------------------- 12 words neither fused nor split
WIX_SPLIT = [
    'The <span style="font-weight:bold">C</span><span style="font-weight:bold;color:#B5651D">rooked Oven</span> bakery on Fenn Street will reopen on Monday, three months after a kitchen<br>fire forced it to close.',
    '<span class="wixGuard">\u200b</span>',
    'Owners T<span style="text-decoration:underline">om</span> and A<span style="text-decoration:underline">da</span> Brennan said insurers had covered the repairs and that all six staff had been kept on through the closure.',
    'The bakery will open from 7am to 3pm, Tuesday to Sunday, and is offering free coffee to customers on the first morning.',
]
page(12, "wix_styled_spans_mid_word", wix(T_BAKERY, wix_p(WIX_SPLIT)),
     ["The Crooked Oven bakery on Fenn Street", "after a kitchen fire forced it to close", "Owners Tom and Ada Brennan said insurers", EN_BAKERY[2][:45]],
     ["C rooked", "kitchenfire", "T om", "A da"])
JA_INLINE = ('<p>\u3000北浜市は14日、老朽化のため通行止めが続いていた市道の<a href="/tag/aobabashi/">青葉橋</a>について、<strong>6月1日から</strong>通行を再開すると発表した。</p>\n'
             '<p>\u3000青葉橋は1968年に架けられた長さ約120メートルの橋で、昨年9月の点検で橋脚の一部に深いひび割れが見つかり、<span class="u-marker">車両と歩行者</span>の通行を止めていた。</p>\n'
             + ja_p(JA_HASHI[2:]))
page(12, "ja_inline_tags_no_spaces", japanese(T_HASHI, JA_INLINE),
     ["市道の青葉橋について、6月1日から通行を再開すると発表", "深いひび割れが見つかり、車両と歩行者の通行を止めていた"] + heads(JA_HASHI[2:], 30),
     ["市道の 青葉橋", "青葉橋 について", "6月1日から 通行", "見つかり、 車両", "歩行者 の通行"])
RU_FUSE = ('<p><span class="dropcap">О</span>ктябрьский мост через реку Сосновку в Заречном закроют на ремонт с 1 июня. Об этом сообщили в администрации города.</p>\n'
           'Движение транспорта по мосту будет полностью перекрыто до конца сентября.<br>Пешеходов будут пропускать по временному настилу вдоль северной стороны моста.\n'
           '<p>Подрядчик, компания «Мостстрой-Н», заменит деформационные швы, гидроизоляцию и асфальтовое покрытие. Стоимость работ составит 184 миллиона рублей.</p>'
           '«Мост не ремонтировали с 1987 года, откладывать дальше нельзя», — заявил заместитель главы администрации О<small>лег</small> С<small>авельев</small>.'
           '<div>Автобусы маршрутов № 3, 7 и 12 на время ремонта пустят в объезд через Заводскую улицу.</div>')
page(12, "bitrix_dropcap_loose_text_small", bitrix(T_MOST, bitrix_detail(RU_FUSE)),
     ["Октябрьский мост через реку Сосновку в Заречном", "Движение транспорта по мосту будет", "Пешеходов будут пропускать по временному",
      "Подрядчик, компания «Мостстрой-Н»", "«Мост не ремонтировали с 1987 года", "администрации Олег Савельев", "Автобусы маршрутов № 3, 7 и 12"],
     ["О ктябрьский", "сентября.Пешеходов", "сентябряПешеходов", "рублей.«Мост", "Савельев.Автобусы", "О лег", "С авельев"])

# ---------------------------------------------------------------- 13 no paragraph twice
page(13, "liveblog_pinned_post_repeated", liveblog(T_STORM, EN_STORM, pinned=5),
     [ps_[0][:45] for _, _, ps_ in EN_STORM], [])
PULL = '<aside class="c-float-right c-float-hang"><q>there are not enough drivers</q></aside>'
PULL2 = "<aside class=\"c-pullquote\"><blockquote><p>Training a new driver takes about ten weeks, and many recruits leave within their first year.</p></blockquote></aside>"
BUSES_PQ = list(EN_BUSES)
BUSES_PQ[2] = "The agency raised starting pay to $26 an hour last fall and began offering signing bonuses. Training a new driver takes about ten weeks, and many recruits leave within their first year."
page(13, "chorus_pullquote_repeats_body", chorus(T_BUSES, chorus_p(BUSES_PQ[:2]) + "\n" + PULL + "\n" + chorus_p(BUSES_PQ[2:3], start=2) + "\n" + PULL2 + "\n" + chorus_p(BUSES_PQ[3:], start=3)),
     heads(BUSES_PQ), [])

# ---------------------------------------------------------------- 14 section fronts made of teaser cards
RT_CARDS = [
    ("Calder County imposes first mandatory water restrictions in three decades", "Lawn watering banned on weekdays as reservoir falls to 38% of capacity."),
    ("Wildfire near Ridgeback forces evacuation of 2,000 homes", "Firefighters said the blaze had burned more than 4,000 acres of dry brush by Tuesday evening."),
    ("Arlingford approves duplexes in single-family neighborhoods", "The county board voted 4-1 after two days of packed public hearings."),
    ("Former county treasurer convicted of stealing $1.2 million", "Prosecutors said the money paid for casino trips and a lakeside cabin."),
    ("Utility asks regulators to approve emergency power purchases", "The company warned of possible rolling blackouts if a heat wave arrives in July."),
]
rt_cards = "\n".join(f"""<li class="story-collection__story__LeZ29 story-collection__default__G33_I"><div data-testid="MediaStoryCard" class="media-story-card__hub__3mHOR story-card"><div data-testid="Image" class="media-story-card__image-container__gQPAN"><img src="/resizer/card{i}.jpg" alt="" width="320" height="213"></div>
<div class="media-story-card__body__3tRWy"><span data-testid="Label" class="text__text__1FZLe"><a href="/world/us/" data-testid="Link">United States</a></span>
<a data-testid="Heading" href="/world/us/story-{i}-2024-05-14/" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_6__1qUJ5 heading__base__2T28j media-story-card__heading__eqhp9"><span>{t}</span></a>
<p data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__base__22dCE body__small_body__2vQyf media-story-card__description__2icM8">{s}</p>
<time data-testid="Label" class="text__text__1FZLe text__inherit-color__3208F label__label__f9Hew">May 14, 2024</time></div></div></li>""" for i, (t, s) in enumerate(RT_CARDS))
rt_front = swap(reuters("United States", ""), '<article class="article__container', "</main>",
                '<div class="section-layout__container__2kNdd"><h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_3__1kDhc heading__base__2T28j heading__heading_3__3aL54">United States</h1>'
                '<ul class="story-collection__list__2M49i">' + rt_cards + '</ul><button class="button__button__2Ecqi button__secondary__18moI" data-testid="Button">Load more articles</button></div>\n')
page(14, "reuters_section_story_cards", rt_front, [], [t for t, _ in RT_CARDS] + [s[:40] for _, s in RT_CARDS] + ["Load more articles"], is_article=False)

AP_CARDS = [
    ("Former county treasurer convicted of stealing $1.2 million in tax payments", "Prosecutors said the money paid for casino trips and a lakeside cabin."),
    ("Judge blocks state law limiting ballot drop boxes", "The ruling means drop boxes will be available in every county for the November election."),
    ("Jury selection begins in trial of former police chief", "The chief is accused of covering up an officer's drunken-driving crash in 2021."),
    ("Appeals court revives lawsuit over prison heat", "Inmates say temperatures inside cells regularly topped 100 degrees last summer."),
]
ap_items = "\n".join(f"""<div class="PageList-items-item"><div class="PagePromo" data-gtm-region="Courts"><div class="PagePromo-media"><a class="Link" href="/article/courts-{i}" aria-label="{escape(t)}"><picture><img class="Image" src="/img/courts-{i}.jpg" alt=""></picture></a></div>
<div class="PagePromo-content"><bsp-custom-headline custom-headline="div"><div class="PagePromo-title"><a class="Link " href="/article/courts-{i}"><span class="PagePromoContentIcons-text">{t}</span></a></div></bsp-custom-headline>
<div class="PagePromo-description"><a class="Link " href="/article/courts-{i}"><span class="PagePromoContentIcons-text">{s}</span></a></div>
<div class="PagePromo-byline"><div class="PagePromo-date"><bsp-timestamp data-timestamp="171589{i}000"><span class="Timestamp-template">May {16 - i}, 2024</span></bsp-timestamp></div></div></div></div></div>""" for i, (t, s) in enumerate(AP_CARDS))
ap_hub = swap(apnews("Courts", ""), '<div class="Page-headline">', '<div class="Page-rightRail">',
              '<div class="Page-headline"><h1 class="Page-headline">Courts</h1></div>\n<div class="PageListStandardE"><div class="PageList-items">' + ap_items + '</div><div class="PageList-nextPage"><a class="Link" href="/hub/courts?p=2">More</a></div></div>\n</div>\n')
page(14, "ap_hub_page_promos", ap_hub, [], [t for t, _ in AP_CARDS] + [s[:40] for _, s in AP_CARDS], is_article=False)

LM_CARDS = [
    ("Bellerive-sur-Loire encadre les loyers dans six quartiers du centre-ville", "La mesure, promise par la maire en 2020, concernera 11 000 logements dès septembre."),
    ("Logement étudiant : la région promet 2 000 places d'ici à 2027", "Les résidences seront construites en priorité près des campus de Bellerive et de Saint-Aubin."),
    ("À Saint-Aubin, les HLM de la Croix-Verte bientôt rénovés", "Les travaux doivent permettre de diviser par deux la facture de chauffage des locataires."),
    ("Le prix des maisons recule pour la première fois depuis dix ans", "Selon les notaires du département, la baisse atteint 4 % sur un an dans les communes rurales."),
]
lm_teasers = "\n".join(f"""<section class="teaser teaser--inline-picture"><a href="/logement/article/2024/05/{13 - i}/article-{i}.html" class="teaser__link"><figure class="teaser__media"><picture class="teaser__picture"><img src="/img/t{i}.jpg" alt=""></picture></figure>
<h3 class="teaser__title">{t}</h3><p class="teaser__desc">{s}</p></a><span class="meta meta__date">Publié le {13 - i} mai 2024 à 0{6 + i}h00</span></section>""" for i, (t, s) in enumerate(LM_CARDS))
lm_front = swap(lemonde("Logement", ""), '<section class="zone zone--article', "</main>",
                '<section class="zone zone--river"><header class="river__header"><h1 class="river__title">Logement</h1></header><div class="river">' + lm_teasers
                + '</div><section class="river__pagination"><a class="river__pagination--page" href="/logement/2/">Page suivante</a></section></section>\n')
page(14, "lemonde_rubrique_teasers", lm_front, [], [t for t, _ in LM_CARDS] + [s[:40] for _, s in LM_CARDS] + ["Page suivante"], is_article=False)

HUGO_POSTS = [
    ("We have a greenhouse!", "After two years of fundraising, the Eastfield Community Garden finally has its greenhouse. Volunteers finished glazing the 12-metre structure on Saturday, and the first trays of seedlings went in on Sunday morning. The greenhouse cost £18,400 …", "May 13, 2024"),
    ("Spring plant sale raises £2,300", "Thank you to everyone who came to the spring plant sale despite the rain. We sold more than 900 plants, most of them grown from seed by our Wednesday group, and raised £2,300 for the greenhouse fund …", "April 27, 2024"),
    ("AGM minutes, March 2024", "Twenty-three members attended the annual general meeting in the church hall. The committee was re-elected, and members agreed to raise the annual plot fee from £25 to £30 from next January …", "March 16, 2024"),
    ("Raised beds for Eastfield Primary", "Pupils from Eastfield Primary helped us build four raised beds by the school gate this week. Each class will look after one bed and grow vegetables for the school kitchen …", "March 2, 2024"),
]
hugo_entries = "\n".join(f"""<article class="post-entry"><header class="entry-header"><h2 class="entry-hint-parent">{escape(t)}</h2></header>
<div class="entry-content"><p>{escape(s)}</p></div>
<footer class="entry-footer"><span title='2024-05-13 00:00:00 +0000 UTC'>{d}</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Marion Hale</footer>
<a class="entry-link" aria-label="post link to {escape(t)}" href="/posts/post-{i}/"></a></article>""" for i, (t, s, d) in enumerate(HUGO_POSTS))
hugo_list = hugo("Posts", "", main_html='<header class="page-header"><div class="breadcrumbs"><a href="/">Home</a></div><h1>Posts</h1></header>\n' + hugo_entries
                 + '\n<footer class="page-footer"><nav class="pagination"><a class="next" href="/posts/page/2/">Next&nbsp;&nbsp;»</a></nav></footer>')
page(14, "hugo_papermod_list_summaries", hugo_list, [], [t for t, _, _ in HUGO_POSTS] + [s[:40] for _, s, _ in HUGO_POSTS], is_article=False)

BX_NEWS = [
    ("Октябрьский мост закроют на ремонт до конца сентября", "Движение транспорта по мосту будет полностью перекрыто, пешеходов пустят по временному настилу."),
    ("На Заводской улице заменят трубы теплотрассы", "Работы начнутся 20 мая и продлятся около трёх недель. Горячую воду в домах отключат поочерёдно."),
    ("Какие дороги отремонтируют в Заречном в этом году", "В план ремонта вошли 14 улиц общей протяжённостью более 11 километров."),
    ("Городской пляж откроется к 1 июня", "На пляже установят новые кабинки для переодевания и пост спасателей."),
    ("Школьники Заречного взяли золото олимпиады по химии", "Команда лицея № 2 обошла 40 соперников из 12 регионов страны."),
]
page(14, "bitrix_news_list_page", bitrix("Новости", bitrix_news_list(BX_NEWS)), [], [t for t, _ in BX_NEWS] + [s[:40] for _, s in BX_NEWS] + ["Новости 1 - 5 из 312"], is_article=False)
