"""Page shells for the sixth probe round: news sites outside Western Europe.

An Indonesian portal in Detik's markup (``detail__body-text``, ``linksisip``
"Baca juga" tables) and one in Kompas's (``read__content``), a Turkish one in
Hürriyet's (``rhd-article-spot``, "Haberin Devamı"), an Arabic and a Persian
right-to-left page, a Russian and Ukrainian regional site, a Hindi portal in
NDTV's markup (``ins_storybody``), VnExpress (``fck_detail``, ``p.Normal``),
a Yonhap-like Korean wire page and Naver News (``#dic_area``, ``<br>``
paragraphs), a Sina-like Chinese page, Yahoo-Japan-like and NHK-like
Japanese pages, a Central European news theme for Czech, Romanian and Greek,
G1 (``content-text__container``) and a Thai portal. All sites are invented.
"""

from html import escape


def esc(s):
    return escape(s, quote=False)


def ps6(paras, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in paras)


# ================================================================ Indonesian: Detik-like
def detik(title, body, after="", media="", reporter="Andi Saputra", desk="detikJabar", date="Senin, 13 Jan 2025 11:42 WIB", site="detakNusa"):
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="https://cdn.detaknusa.example/css/detail.css">
<script>var dtkAds = {{"kanal": "jabar", "articleid": 7731288}};</script></head>
<body class="detail-article">
<header class="header"><div class="container"><a class="header__logo" href="/">{site}</a>
<nav class="nav"><ul class="nav__list"><li class="nav__item"><a href="/news">News</a></li><li class="nav__item"><a href="/finance">Finance</a></li><li class="nav__item"><a href="/sport">Sport</a></li><li class="nav__item"><a href="/jabar">Jabar</a></li><li class="nav__item"><a href="/foto">Foto</a></li><li class="nav__item"><a href="/indeks">Indeks</a></li></ul></nav>
<a class="header__login" href="/login">Masuk</a></div></header>
<div class="ads-billboard"><div id="div-gpt-ad-billboard" class="ads-slot"></div><span class="ads-label">ADVERTISEMENT</span></div>
<div class="container"><div class="grid-row content__bg">
<div class="column-8">
<article class="detail">
<div class="detail__header">
<div class="page__breadcrumb"><a href="/">Home</a> <a href="/jabar">Jabar</a> <a href="/jabar/berita">Berita</a></div>
<h1 class="detail__title">{esc(title)}</h1>
<div class="detail__author">{reporter} - {desk}</div>
<div class="detail__date">{date}</div>
<div class="detail__share"><span>Bagikan</span> <a class="share-fb" href="#">Facebook</a> <a class="share-tw" href="#">Twitter</a> <a class="share-wa" href="#">WhatsApp</a> <a class="share-copy" href="#">Salin Link</a></div>
</div>
{media}
<div class="detail__body itp_bodycontent_wrapper">
<div class="detail__body-text itp_bodycontent">
{body}
</div>
<div class="detail__body-tag mgt-16"><div class="nav"><a class="nav__item" href="/tag/banjir">banjir</a><a class="nav__item" href="/tag/sukamaju">sukamaju</a><a class="nav__item" href="/tag/bpbd">bpbd</a></div></div>
</div>
</article>
{after}
</div>
<div class="column-4"><div class="sticky"><div class="box cb-mostpop"><h2 class="title">Berita Terpopuler</h2><ol class="list-content">
<li><a href="/jabar/1">Viral Kakek 70 Tahun Kayuh Sepeda ke Sukamaju demi Bertemu Cucu</a></li>
<li><a href="/jabar/2">Jadwal SIM Keliling Sukamaju Pekan Ini</a></li>
<li><a href="/jabar/3">Cuaca Jabar Hari Ini: Hujan Disertai Petir di Sore Hari</a></li></ol></div>
<div class="ads-square"><div id="div-gpt-ad-medrec"></div><span class="ads-label">ADVERTISEMENT</span></div></div></div>
</div></div>
<footer class="footer"><div class="container"><ul class="footer__links"><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="/karir">Karir</a></li><li><a href="/kotak-pos">Kotak Pos</a></li><li><a href="/info-iklan">Info Iklan</a></li><li><a href="/privacy-policy">Privacy Policy</a></li><li><a href="/disclaimer">Disclaimer</a></li></ul>
<p class="footer__copy">Copyright @ 2025 {site}. All right reserved</p></div></footer>
</body></html>"""


def detik_indeks(cards, site="detakNusa"):
    items = "\n".join(f"""<article class="list-content__item"><div class="media media--left media--image-radius block-link">
<div class="media__image"><a class="media__link" href="/jabar/berita/d-77{i}0/x"><span class="ratiobox ratiobox--4-3"><img src="https://akcdn.detaknusa.example/community/media/visual/2025/01/1{i}/thumb.jpeg?w=250&q=90" alt="{esc(t)}"></span></a></div>
<div class="media__text"><h3 class="media__title"><a class="media__link" href="/jabar/berita/d-77{i}0/x">{esc(t)}</a></h3>
<div class="media__desc">{esc(s)}</div>
<div class="media__date"><span title="Senin, 13 Jan 2025 0{i + 8}:1{i} WIB">{i + 1} jam yang lalu</span></div></div></div></article>""" for i, (t, s) in enumerate(cards))
    body = f"""<div class="column-8"><h1 class="page__title">Indeks Berita Jabar</h1>
<div class="filter-date"><form action="/jabar/indeks"><input type="text" name="date" value="01/13/2025"><button type="submit">Cari</button></form></div>
<div class="list-content">
{items}
</div>
<div class="pagination text-center mgt-16 mgb-16"><a class="pagination__item itp-pagination" href="#">Prev</a><a class="pagination__item pagination__item--active" href="#">1</a><a class="pagination__item" href="/jabar/indeks/2">2</a><a class="pagination__item" href="/jabar/indeks/3">3</a><a class="pagination__item" href="/jabar/indeks/2">Next</a></div>
</div>"""
    return detik("Indeks Berita Jabar", "", media="").split('<div class="column-8">')[0] + body + """
<div class="column-4"><div class="ads-square"><div id="div-gpt-ad-medrec"></div><span class="ads-label">ADVERTISEMENT</span></div></div>
</div></div>
<footer class="footer"><div class="container"><ul class="footer__links"><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="/karir">Karir</a></li></ul>
<p class="footer__copy">Copyright @ 2025 """ + site + """. All right reserved</p></div></footer>
</body></html>"""


# ================================================================ Indonesian: Kompas-like
def kompas(title, body, after="", photo="", site="Warta Nusantara", author="Dian Permatasari", editor="Agus Setiawan"):
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(title)} Halaman all - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div class="nav"><div class="container"><a class="logo" href="/">{site}</a><ul class="nav__wrap"><li class="nav__item"><a href="/news">News</a></li><li class="nav__item"><a href="/regional">Regional</a></li><li class="nav__item"><a href="/megapolitan">Megapolitan</a></li><li class="nav__item"><a href="/money">Money</a></li><li class="nav__item"><a href="/tekno">Tekno</a></li><li class="nav__item"><a href="/bola">Bola</a></li></ul></div></div>
<div class="container clearfix">
<div class="col-bs10-7">
<div class="read__header"><div class="breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/regional">Regional</a></li></ul></div>
<h1 class="read__title">{esc(title)}</h1>
<div class="read__time">Warta Nusantara - 04/03/2025, 14:20 WIB</div></div>
{photo}
<div class="read__credit clearfix"><div class="credit-title-name"><h6>Penulis</h6><div class="credit-title-nameEditor">{author}</div></div><div class="credit-title-name"><h6>Editor</h6><div class="credit-title-nameEditor">{editor}</div></div></div>
<div class="read__article mt2 clearfix js-tower-sticky-parent">
<div class="read__content">
<div class="clearfix">
{body}
</div>
</div>
<div class="tag__article"><h3 class="tag__article__title">Baca berikutnya</h3><ul class="tag__article__wrap"><li class="tag__article__item"><a class="tag__article__link" href="/tag/kebakaran">kebakaran</a></li><li class="tag__article__item"><a class="tag__article__link" href="/tag/pasar">pasar</a></li></ul></div>
</div>
{after}
</div>
<div class="col-bs10-3"><div class="most"><div class="title__content">Terpopuler</div><div class="most__wrap">
<div class="most__list"><a class="most__link" href="/r/1"><h4 class="most__title">Mobil Terperosok ke Sawah di Jalur Selatan, Sopir Selamat</h4></a></div>
<div class="most__list"><a class="most__link" href="/r/2"><h4 class="most__title">Harga Beras Premium Naik Lagi di Pasar Tradisional</h4></a></div></div></div></div>
</div>
<div class="footer"><div class="container"><ul class="footer__link"><li><a href="/about">Tentang Kami</a></li><li><a href="/pedoman">Pedoman Media Siber</a></li><li><a href="/kontak">Kontak</a></li><li><a href="/privacy">Kebijakan Data Pribadi</a></li></ul>
<p class="footer__copyright">Copyright 2008 - 2025 PT. {site} Digital. All Rights Reserved.</p></div></div>
</body></html>"""


# ================================================================ Turkish: Hürriyet-like
def hurriyet(title, body, spot="", after="", site="Karakaya Haber", date="15.02.2025 - 13:47", extra_after_body=""):
    spot_html = f'<h2 class="rhd-article-spot">{esc(spot)}</h2>' if spot else ""
    return f"""<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8"><title>{esc(title)} - Son Dakika Haberleri</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/news-detail.css"></head>
<body>
<header class="header"><div class="header-top"><a class="logo" href="/">{site}</a><div class="header-weather">Karakaya 8°C</div></div>
<nav class="main-menu"><ul><li><a href="/gundem/">Gündem</a></li><li><a href="/ekonomi/">Ekonomi</a></li><li><a href="/dunya/">Dünya</a></li><li><a href="/spor/">Spor</a></li><li><a href="/yazarlar/">Yazarlar</a></li><li><a href="/yerel-haberler/">Yerel Haberler</a></li><li><a href="/foto-galeri/">Foto Galeri</a></li></ul></nav></header>
<div class="ad-masthead"><div id="dfp_masthead"></div></div>
<main class="container news-detail-area">
<div class="row"><div class="col-lg-8">
<nav class="breadcrumb"><a href="/">Anasayfa</a> <a href="/yerel-haberler/">Yerel Haberler</a> <a href="/yerel-haberler/karakaya/">Karakaya</a></nav>
<div class="rhd-article-header"><h1 class="rhd-article-title">{esc(title)}</h1>
{spot_html}
<div class="rhd-article-meta"><span class="rhd-author-name">Haber Merkezi</span> <time class="rhd-time">{date}</time> <span class="rhd-update">Son Güncelleme: 15.02.2025 - 14:02</span></div>
<div class="rhd-social"><a href="#" class="share-facebook">Facebook'ta Paylaş</a> <a href="#" class="share-twitter">X'te Paylaş</a> <a href="#" class="share-whatsapp">WhatsApp</a> <a class="google-news-follow" href="https://news.google.com/publications/x">Google News ile Abone Ol</a></div></div>
<div class="rhd-all-article-detail">
{body}
</div>
{extra_after_body}
<div class="rhd-tags"><a href="/haberleri/metro">metro</a> <a href="/haberleri/karakaya">karakaya</a> <a href="/haberleri/ulasim">ulaşım</a></div>
{after}
</div>
<div class="col-lg-4"><aside class="sidebar"><div class="most-read"><h3>Çok Okunanlar</h3><ol><li><a href="/gundem/1">Meteoroloji'den kuvvetli kar uyarısı</a></li><li><a href="/gundem/2">Emekli maaş farkları hesaplara yattı mı?</a></li><li><a href="/spor/3">Karakayaspor deplasmanda kazandı</a></li></ol></div>
<div class="ad-300x250"><div id="dfp_sidebar"></div></div></aside></div></div>
</main>
<footer class="footer"><div class="container"><ul class="footer-links"><li><a href="/kunye/">Künye</a></li><li><a href="/iletisim/">İletişim</a></li><li><a href="/gizlilik/">Gizlilik Politikası</a></li><li><a href="/kvkk/">KVKK Aydınlatma Metni</a></li><li><a href="/cerez-politikasi/">Çerez Politikası</a></li></ul>
<p>© 2025 {site}. Tüm hakları saklıdır. İzinsiz ve kaynak gösterilmeden yayınlanamaz.</p></div></footer>
</body></html>"""


# ================================================================ Arabic and Persian, right to left
RTL_CHROME = {
    "ar": {'site': "الساحل اليوم", 'nav': ("الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "مقالات", "فيديو"), 'home': "الرئيسية", 'section': "محليات",
               'share': "شارك", 'popular': "الأكثر قراءة", 'pop': ("ارتفاع درجات الحرارة إلى 45 درجة مئوية نهاية الأسبوع", "نتائج امتحانات الثانوية العامة تصدر الخميس", "افتتاح مهرجان الكتاب في دورته العشرين"),
               'foot': ("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام"), 'rights': "جميع الحقوق محفوظة", 'date': "الأحد 12 يناير 2025 - 10:45 ص", 'author': "عمر الخطيب"},
    "fa": {'site': "خبرگزاری نیک‌آباد", 'nav': ("صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "استان‌ها"), 'home': "صفحه اصلی", 'section': "فرهنگی",
               'share': "اشتراک‌گذاری", 'popular': "پربازدیدترین‌ها", 'pop': ("پیش‌بینی بارش برف در ارتفاعات استان", "زمان ثبت‌نام کنکور اعلام شد", "افتتاح سالن ورزشی جدید در شهرک غرب"),
               'foot': ("درباره ما", "تماس با ما", "حریم خصوصی", "قوانین و مقررات"), 'rights': "تمامی حقوق این سایت محفوظ است", 'date': "شنبه ۲۲ دی ۱۴۰۳ - ۱۰:۴۵", 'author': "سارا محمدی"},
}


def rtl(title, body, lang="ar", subhead="", after="", before_body="", body_cls="article-body wysiwyg", main_html=None):
    c = RTL_CHROME[lang]
    nav = "".join(f'<li><a href="/section/{i}">{x}</a></li>' for i, x in enumerate(c["nav"]))
    pop = "".join(f'<li><a href="/news/{900 + i}">{x}</a></li>' for i, x in enumerate(c["pop"]))
    foot = " | ".join(f'<a href="/page/{i}">{x}</a>' for i, x in enumerate(c["foot"]))
    sub = f'<p class="article-subhead">{esc(subhead)}</p>' if subhead else ""
    art = f"""<article class="article">
<header class="article-header"><h1 class="article-title">{esc(title)}</h1>
{sub}
<div class="article-meta"><span class="author">{c['author']}</span> <time>{c['date']}</time></div>
<div class="share-bar"><span>{c['share']}</span> <a class="fb" href="#">Facebook</a> <a class="tw" href="#">X</a> <a class="wa" href="#">WhatsApp</a> <a class="tg" href="#">Telegram</a></div></header>
{before_body}
<div class="{body_cls}">
{body}
</div>
</article>""" if main_html is None else main_html
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | {c['site']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/rtl.css"></head>
<body class="rtl single-article">
<header class="site-header"><div class="container"><a class="site-logo" href="/">{c['site']}</a>
<nav class="main-nav"><ul>{nav}</ul></nav></div></header>
<div class="container"><div class="row">
<main class="col-md-8" id="main-content">
<ol class="breadcrumb"><li><a href="/">{c['home']}</a></li><li><a href="/section/1">{c['section']}</a></li></ol>
{art}
{after}
</main>
<aside class="col-md-4 sidebar"><div class="widget most-read"><h3 class="widget-title">{c['popular']}</h3><ol>{pop}</ol></div><div class="ad-box"><div id="ad-sidebar-1"></div></div></aside>
</div></div>
<footer class="site-footer"><div class="container"><p>{foot}</p><p>© 2025 {c['site']} - {c['rights']}</p></div></footer>
</body></html>"""


# ================================================================ Russian and Ukrainian regional site
RU_CHROME = {
    "ru": {'site': "Заречинск Онлайн", 'nav': ("Новости", "Город", "Происшествия", "Экономика", "Спорт", "Афиша", "Объявления"), 'home': "Главная", 'section': "Новости",
               'share': "Поделиться", 'views': "просмотров", 'foot': ("О проекте", "Реклама", "Контакты", "Политика конфиденциальности"),
               'rights': "При использовании материалов ссылка на «Заречинск Онлайн» обязательна. 18+", 'date': "14 октября 2024, 09:30", 'author': "Екатерина Волкова"},
    "uk": {'site': "Звенигородка Сьогодні", 'nav': ("Новини", "Місто", "Події", "Економіка", "Спорт", "Афіша", "Оголошення"), 'home': "Головна", 'section': "Новини",
               'share': "Поділитися", 'views': "переглядів", 'foot': ("Про нас", "Реклама", "Контакти", "Політика конфіденційності"),
               'rights': "Усі права захищено. Використання матеріалів дозволяється за умови посилання на сайт.", 'date': "2 вересня 2024, 10:15", 'author': "Марія Шевчук"},
}


def regional(title, body, lang="ru", after="", lead="", wrap_cls="article", body_cls="article__text", sidebar_cls="sidebar", sidebar_extra="", main_html=None):
    c = RU_CHROME[lang]
    nav = "".join(f'<li class="menu__item"><a href="/rubric/{i}/">{x}</a></li>' for i, x in enumerate(c["nav"]))
    foot = "".join(f'<li><a href="/page/{i}/">{x}</a></li>' for i, x in enumerate(c["foot"]))
    lead_html = f'<div class="article__lead">{esc(lead)}</div>' if lead else ""
    art = f"""<div class="{wrap_cls}" itemscope itemtype="https://schema.org/NewsArticle">
<ul class="breadcrumbs"><li><a href="/">{c['home']}</a></li><li><a href="/news/">{c['section']}</a></li></ul>
<h1 class="article__title" itemprop="headline">{esc(title)}</h1>
<div class="article__meta"><time itemprop="datePublished">{c['date']}</time> <span class="article__views">1 284 {c['views']}</span> <span class="article__author">{c['author']}</span></div>
{lead_html}
<div class="{body_cls}" itemprop="articleBody">
{body}
</div>
<div class="article__share"><span>{c['share']}:</span> <a class="share-vk" href="#">ВКонтакте</a> <a class="share-ok" href="#">Одноклассники</a> <a class="share-tg" href="#">Telegram</a></div>
</div>
{after}""" if main_html is None else main_html
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} - {c['site']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div class="page">
<header class="header"><div class="header__top"><a class="logo" href="/">{c['site']}</a><div class="header__weather">+4°</div><div class="header__currency">USD 97,40 EUR 105,90</div></div>
<nav class="menu"><ul class="menu__list">{nav}</ul></nav></header>
<div class="banner banner--top"><div id="adfox_top"></div></div>
<div class="layout">
<main class="layout__main">
{art}
</main>
<aside class="layout__side {sidebar_cls}">{sidebar_extra}<div class="widget widget--popular"><div class="widget__title">Популярное</div><ul><li><a href="/news/5501/">На Садовой снова прорвало трубу</a></li><li><a href="/news/5502/">Выставка кошек пройдёт в ДК «Энергетик»</a></li></ul></div></aside>
</div>
<footer class="footer"><ul class="footer__menu">{foot}</ul><p class="footer__copy">© 2012–2024 {c['site']}. {c['rights']}</p></footer>
</div>
</body></html>"""


# ================================================================ Hindi: NDTV-like
def hindi(title, body, after="", lead="", site="नवभारत समाचार", author="राहुल शर्मा", date="अपडेटेड: 18 जुलाई, 2024 10:20 AM IST", photo=""):
    lead_html = f'<h2 class="sp-descp">{esc(lead)}</h2>' if lead else ""
    return f"""<!DOCTYPE html>
<html lang="hi"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header class="hdr"><div class="hdr-wr"><a class="logo" href="/">{site}</a>
<nav class="m-nv"><ul><li><a href="/">होम</a></li><li><a href="/india">देश</a></li><li><a href="/world">दुनिया</a></li><li><a href="/state">राज्य</a></li><li><a href="/cricket">क्रिकेट</a></li><li><a href="/entertainment">मनोरंजन</a></li><li><a href="/business">बिज़नेस</a></li></ul></nav></div></header>
<div class="vjl-cntr"><div class="vjl-row">
<div class="vjl-md-8">
<div class="sp-hd"><nav class="brd-nv"><a href="/">होम</a> » <a href="/state">राज्य</a> » <a href="/state/up">उत्तर प्रदेश</a></nav>
<h1 class="sp-ttl">{esc(title)}</h1>
{lead_html}
<div class="pst-by"><span class="pst-by_lnk">{author}</span> <span class="pst-by_li">{date}</span></div>
<div class="shr-wr"><a class="shr-fb" href="#">Facebook</a> <a class="shr-tw" href="#">Twitter</a> <a class="shr-wa" href="#">WhatsApp</a></div></div>
{photo}
<div class="sp-cn ins_storybody" id="ins_storybody">
{body}
</div>
{after}
</div>
<div class="vjl-md-4"><div class="sdbr-wdg"><div class="sdbr-ttl">ट्रेंडिंग</div><ul><li><a href="/t/1">शेयर बाजार में आज भी तेजी, सेंसेक्स 500 अंक चढ़ा</a></li><li><a href="/t/2">इन राज्यों में अगले तीन दिन भारी बारिश का अलर्ट</a></li></ul></div></div>
</div></div>
<footer class="ftr"><div class="ftr-lnk"><a href="/about">हमारे बारे में</a> | <a href="/contact">संपर्क करें</a> | <a href="/privacy">प्राइवेसी पॉलिसी</a> | <a href="/terms">नियम और शर्तें</a></div>
<p class="ftr-cpy">© कॉपीराइट {site} 2024. सर्वाधिकार सुरक्षित.</p></footer>
</body></html>"""


# ================================================================ Vietnamese: VnExpress-like
def vnexpress(title, body, desc="", location="Nghệ An", after="", site="Tin Nhanh Việt", author="Hoàng Minh", sidebar_cls="sidebar-2"):
    desc_html = f'<p class="description"><span class="location-stamp">{location}</span>{esc(desc)}</p>' if desc else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header class="section header"><div class="container"><a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul class="parent"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/giai-tri">Giải trí</a></li><li><a href="/the-thao">Thể thao</a></li><li><a href="/phap-luat">Pháp luật</a></li><li><a href="/giao-duc">Giáo dục</a></li></ul></nav></div></header>
<section class="section page-detail top-detail"><div class="container">
<div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul><span class="date">Chủ nhật, 20/4/2025, 10:30 (GMT+7)</span></div>
<h1 class="title-detail">{esc(title)}</h1>
{desc_html}
<article class="fck_detail">
{body}
<p class="Normal" style="text-align:right;"><strong>{author}</strong></p>
</article>
<div class="footer-content"><div class="social_pin"><a class="btn_share" href="#">Chia sẻ</a> <a class="btn_copy" href="#">Sao chép liên kết</a></div>
<div class="tags"><h4 class="item-tag"><a href="/chu-de/cau-tan-phu">Cầu Tân Phú</a></h4><h4 class="item-tag"><a href="/chu-de/nghe-an">Nghệ An</a></h4></div></div>
{after}
</div>
<div class="{sidebar_cls}"><div class="box-category"><h2 class="title-box-category">Xem nhiều</h2><ul><li><a href="/1">Giá xăng giảm lần thứ ba liên tiếp</a></li><li><a href="/2">Hà Nội sắp có mưa rét kéo dài</a></li></ul></div></div>
</div></section>
<footer class="footer"><div class="container"><p>Báo điện tử {site}. Giấy phép số 548/GP-BTTTT.</p><p>© Copyright 1997-2025. Toàn bộ bản quyền thuộc {site}.</p><p><a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a> | <a href="/dieu-khoan">Điều khoản sử dụng</a></p></div></footer>
</body></html>"""


def vn_p(paras):
    return "\n".join(f'<p class="Normal">{esc(p)}</p>' for p in paras)


# ================================================================ Korean: Yonhap-like wire page
def yonhap(title, body, after="", site="한빛뉴스", date="송고시간 2025-03-14 10:21", photo="", main_html=None):
    art = f"""<header class="title-article01"><p class="tit-sub"><a href="/local">전국</a></p><h1 class="tit">{esc(title)}</h1>
<p class="update-time">{date}</p>
<div class="share-box"><button type="button" class="btn-share">공유</button> <button type="button" class="btn-font">글자크기 조정</button> <button type="button" class="btn-print">인쇄</button></div></header>
<div class="story-news article">
{photo}
{body}
</div>
<div class="keyword-zone"><h2 class="title-keyword">관련 뉴스</h2><ul class="list-keyword"><li><a href="/view/AKR20250301">#버스요금</a></li><li><a href="/view/AKR20250302">#한빛시</a></li></ul></div>""" if main_html is None else main_html
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="header"><div class="header-top"><a class="logo" href="/">{site}</a></div>
<nav class="gnb"><ul><li><a href="/politics">정치</a></li><li><a href="/nk">북한</a></li><li><a href="/economy">경제</a></li><li><a href="/society">사회</a></li><li><a href="/local">전국</a></li><li><a href="/international">세계</a></li><li><a href="/culture">문화</a></li><li><a href="/sports">스포츠</a></li></ul></nav></div>
<div id="container"><div class="content03">
<div class="section01">
{art}
{after}
</div>
<aside class="section02"><div class="aside-box01"><h2 class="title-type01">많이 본 뉴스</h2><ol class="list-type003"><li><a href="/v/1">주말 전국 곳곳 비…기온 뚝 떨어져</a></li><li><a href="/v/2">한빛시 신청사 설계 공모 당선작 발표</a></li></ol></div></aside>
</div></div>
<div id="footer"><ul class="footer-menu"><li><a href="/about">회사소개</a></li><li><a href="/contact">고객센터</a></li><li><a href="/privacy">개인정보처리방침</a></li><li><a href="/youth">청소년보호정책</a></li></ul>
<p class="copyright">Copyright (c) {site}. All Rights Reserved.</p></div>
</body></html>"""


def naver(title, body, after="", press="한빛일보", date="입력 2025.02.27. 오전 9:12", reporter="김민지 기자"):
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{esc(title)} : 네이버 뉴스</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="u_skip"><a href="#ct">본문 바로가기</a></div>
<header class="Nlnb"><div class="Nlnb_menu_inner"><a class="Nlogo_link" href="/">NAVER 뉴스</a><ul class="Nlnb_menu_list"><li><a href="/main/home">홈</a></li><li><a href="/section/100">정치</a></li><li><a href="/section/101">경제</a></li><li><a href="/section/102">사회</a></li><li><a href="/section/103">생활/문화</a></li><li><a href="/section/104">IT/과학</a></li><li><a href="/section/105">세계</a></li></ul></div></header>
<div id="ct" class="ct _tts_pc">
<div class="media_end_head go_trans"><div class="media_end_head_top"><a class="media_end_head_top_logo" href="/press/001">{press}</a></div>
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{esc(title)}</span></h2></div>
<div class="media_end_head_info"><div class="media_end_head_journalist"><em class="media_end_head_journalist_name">{reporter}</em></div><div class="media_end_head_info_datestamp"><span class="media_end_head_info_datestamp_time">{date}</span></div></div>
<div class="media_end_head_info_variety"><button class="media_end_head_cmtcount_button">댓글</button> <button class="_reactionModule">공감</button> <button class="media_end_head_fontsize">본문 요약봇</button></div></div>
<div id="contents" class="newsct_body">
<div id="newsct_article" class="newsct_article _article_body">
<article id="dic_area" class="go_trans _article_content">
{body}
</article>
</div>
<div class="byline"><p><span class="byline_s">{reporter}(mj.kim@hanbitilbo.example)</span></p></div>
<p class="source">기사제공 {press}</p>
<p class="c_text">Copyright ⓒ {press}. All rights reserved. 무단 전재 및 재배포 금지.</p>
<p class="ai_guide">기사 섹션 분류 안내: 기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.</p>
</div>
{after}
</div>
<footer class="Nfooter"><ul><li><a href="/policy">이용약관</a></li><li><a href="/privacy">개인정보처리방침</a></li><li><a href="/help">고객센터</a></li></ul><p>© NAVER Corp.</p></footer>
</body></html>"""


# ================================================================ Chinese: Sina-like
def sina(title, body, after="", source="新华网", date="2025年03月02日 09:15", editor="张明", site="青川新闻网"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}|青川_新闻</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div class="top-nav"><div class="tn-bg"><a href="/">{site}首页</a> <a href="/news/">新闻</a> <a href="/finance/">财经</a> <a href="/sports/">体育</a> <a href="/ent/">娱乐</a> <a href="/tech/">科技</a> <a href="/auto/">汽车</a> <a href="/login">登录</a></div></div>
<div class="main-content w1240">
<div class="channel-path"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/local/">地方新闻</a></div>
<h1 class="main-title">{esc(title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{date}</span> <a class="source ent-source" href="/source/1">{source}</a></div>
<div class="page-tools"><a class="tool-fav" href="#">收藏本文</a> <a class="tool-share" href="#">分享到</a> <span class="tool-cmt">评论</span></div></div>
<div class="article-content clearfix"><div class="article-content-left">
<div class="article" id="article">
{body}
<p class="show_author">责任编辑：{editor}</p>
</div>
{after}
</div>
<div class="article-content-right"><div class="right-wrap"><h3 class="tit">热门推荐</h3><ul><li><a href="/r/1">多地迎来降温降雨 注意防范</a></li><li><a href="/r/2">春运返程高峰来临 铁路加开列车</a></li><li><a href="/r/3">多家银行下调存款利率</a></li><li><a href="/r/4">今年高考报名人数公布</a></li><li><a href="/r/5">新能源汽车下乡活动启动</a></li></ul></div></div>
</div></div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/jobs/">招聘信息</a> | <a href="/law/">通行证注册</a></p><p>Copyright © 1996-2025 {site} All Rights Reserved 版权所有</p><p>互联网新闻信息服务许可证编号：00000000000</p></div>
</body></html>"""


def zh_p(paras):
    return "\n".join(f"<p>\u3000\u3000{esc(p)}</p>" for p in paras)


# ================================================================ Japanese: Yahoo-Japan-like and NHK-like
def yahoo_ja(title, body, after="", source="緑ヶ丘新聞", date="3/1(土) 18:05配信", lead=""):
    lead_html = f'<p class="sc-lead">{esc(lead)}</p>' if lead else ""
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{esc(title)}（{source}） - ヤフーニュース風</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="msthd"><a class="logo" href="/">ニュース</a><ul class="gnav"><li><a href="/topics/top-picks">トップ</a></li><li><a href="/categories/domestic">国内</a></li><li><a href="/categories/world">国際</a></li><li><a href="/categories/business">経済</a></li><li><a href="/categories/entertainment">エンタメ</a></li><li><a href="/categories/sports">スポーツ</a></li><li><a href="/categories/local">地域</a></li></ul></div>
<div id="contentsWrap"><div id="uamods"><article>
<header><h1 class="sc-1t6ybd0">{esc(title)}</h1>
<div class="sc-headinfo"><time>{date}</time> <a class="sc-source" href="/media/midori">{source}</a></div></header>
{lead_html}
<div class="article_body highLightSearchTarget">
{body}
</div>
<footer class="sc-foot"><p class="sc-copy">最終更新:3/1(土) 18:05</p><p class="sc-media">{source}</p></footer>
</article>
{after}
</div>
<div id="yjSNLiveRanking"><section><h2>アクセスランキング</h2><ol><li><a href="/r/1">週末は広い範囲で雪　交通への影響に注意</a></li><li><a href="/r/2">物価上昇続く　食料品の値上げ相次ぐ</a></li></ol></section></div></div>
<div id="footer"><ul><li><a href="/privacy">プライバシー</a></li><li><a href="/terms">利用規約</a></li><li><a href="/help">ヘルプ</a></li></ul><p>© LY Corporation 風</p></div>
</body></html>"""


def nhk(title, body, summary="", after="", date="2025年2月5日 19時12分"):
    summ = f'<div class="content--summary"><p>{esc(summary)}</p></div>' if summary else ""
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{esc(title)} | 緑ヶ丘放送 ニュース</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header id="header"><div class="gnav"><a class="logo" href="/">緑ヶ丘放送 ニュース</a><ul><li><a href="/news/cat01">社会</a></li><li><a href="/news/cat03">政治</a></li><li><a href="/news/cat05">ビジネス</a></li><li><a href="/news/cat06">国際</a></li><li><a href="/news/cat07">スポーツ</a></li><li><a href="/news/weather">気象・災害</a></li></ul></div></header>
<main id="main"><div class="module module--detail">
<section class="module--content">
<h1 class="content--title"><span>{esc(title)}</span></h1>
<p class="content--date"><time datetime="2025-02-05T19:12">{date}</time></p>
<div class="content--detail-body">
{summ}
<div class="content--detail-more"><div class="body-text">
{body}
</div></div>
</div>
<div class="content--sns"><a class="sns-x" href="#">ポスト</a> <a class="sns-fb" href="#">シェア</a> <a class="sns-line" href="#">LINEで送る</a></div>
</section>
{after}
</div></main>
<footer id="footer"><ul><li><a href="/privacy">個人情報保護方針</a></li><li><a href="/rules">利用規約</a></li></ul><p>Copyright 緑ヶ丘放送 許可なく転載することを禁じます。このページは受信料で制作しています。</p></footer>
</body></html>"""


# ================================================================ Czech, Romanian, Greek: a Central European news theme
CEU_CHROME = {
    "cs": {'site': "Bělohradský deník", 'nav': ("Zprávy", "Region", "Sport", "Kultura", "Ekonomika", "Názory", "Počasí"), 'home': "Úvod", 'section': "Region",
               'share': "Sdílet", 'popular': "Nejčtenější", 'author': "Jana Dvořáková", 'date': "12. srpna 2025 8:15", 'tags': "Témata:", 'foot': ("O nás", "Reklama", "Kontakty", "Zásady ochrany osobních údajů"),
               'rights': "© 2025 Bělohradský deník. Všechna práva vyhrazena. Publikování nebo šíření obsahu je bez písemného souhlasu zakázáno."},
    "ro": {'site': "Gazeta de Valea Mare", 'nav': ("Știri", "Local", "Sport", "Economie", "Sănătate", "Educație", "Opinii"), 'home': "Acasă", 'section': "Local",
               'share': "Distribuie", 'popular': "Cele mai citite", 'author': "Mihai Dumitrescu", 'date': "15 februarie 2025, 10:04", 'tags': "Etichete:", 'foot': ("Despre noi", "Publicitate", "Contact", "Politica de confidențialitate"),
               'rights': "© 2025 Gazeta de Valea Mare. Toate drepturile rezervate."},
    "el": {'site': "Αλμυρή Σήμερα", 'nav': ("Ειδήσεις", "Τοπικά", "Οικονομία", "Αθλητικά", "Πολιτισμός", "Απόψεις", "Καιρός"), 'home': "Αρχική", 'section': "Τοπικά",
               'share': "Κοινοποίηση", 'popular': "Δημοφιλή", 'author': "Ελένη Γεωργίου", 'date': "03.06.2025 | 11:20", 'tags': "Ετικέτες:", 'foot': ("Ποιοι είμαστε", "Διαφήμιση", "Επικοινωνία", "Πολιτική απορρήτου"),
               'rights': "© 2025 Αλμυρή Σήμερα. Με την επιφύλαξη παντός δικαιώματος."},
}


CEU_POPULAR = {
    "cs": ("Uzavírka mostu potrvá do října", "Hasiči zasahovali u požáru haly"),
    "ro": ("Prețul apei crește de la 1 martie", "Drumul spre Cheile Mari, închis pentru reparații"),
    "el": ("Κλειστός ο παραλιακός δρόμος το Σαββατοκύριακο", "Νέα δρομολόγια για τα νησιά από τον Ιούνιο"),
}

CEU_TAGS = {"cs": ("doprava", "nemocnice"), "ro": ("sănătate", "educație"), "el": ("λιμάνι", "ύδρευση")}


def ceu(title, body, lang="cs", perex="", after="", wrap_cls="article-wrapper", body_cls="article-content", before_body="", side_cls="sidebar", main_cls="main-column"):
    c = CEU_CHROME[lang]
    nav = "".join(f'<li><a href="/{i}/">{x}</a></li>' for i, x in enumerate(c["nav"]))
    foot = "".join(f'<li><a href="/p/{i}/">{x}</a></li>' for i, x in enumerate(c["foot"]))
    per = f'<p class="perex">{esc(perex)}</p>' if perex else ""
    pop = "".join(f'<li><a href="/x/{i}/">{x}</a></li>' for i, x in enumerate(CEU_POPULAR[lang]))
    tags = " ".join(f'<a href="/tag/{i}/">{x}</a>' for i, x in enumerate(CEU_TAGS[lang]))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} | {c['site']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="single single-post">
<header class="site-header"><div class="container"><a class="brand" href="/">{c['site']}</a><nav class="primary-menu"><ul>{nav}</ul></nav></div></header>
<div class="container"><div class="row">
<div class="{main_cls}">
<div class="{wrap_cls}">
<nav class="breadcrumbs"><a href="/">{c['home']}</a> › <a href="/1/">{c['section']}</a></nav>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="author">{c['author']}</span> <time>{c['date']}</time></div>
{per}
{before_body}
<div class="{body_cls}">
{body}
</div>
<div class="entry-tags">{c['tags']} {tags}</div>
<div class="entry-share">{c['share']}: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>
</div>
{after}
</div>
<aside class="{side_cls}"><div class="widget"><h3 class="widget-title">{c['popular']}</h3><ul>{pop}</ul></div></aside>
</div></div>
<footer class="site-footer"><div class="container"><ul class="footer-menu">{foot}</ul><p>{c['rights']}</p></div></footer>
</body></html>"""


# ================================================================ Brazilian Portuguese: G1-like
def g1(title, body, subtitle="", after="", site="Portal Ipê", author="Por Fernanda Lima, Portal Ipê Campinas", date="12/02/2025 09h41  Atualizado há 2 horas"):
    sub = f'<h2 class="content-head__subtitle">{esc(subtitle)}</h2>' if subtitle else ""
    return f"""<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>{esc(title)} | Campinas e Região | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header id="header-produto" class="header-navegacao"><div class="header-wrapper"><a class="header-title-url" href="/">{site}</a>
<nav class="menu"><ul><li><a href="/sp/campinas-regiao/">Campinas e Região</a></li><li><a href="/economia/">Economia</a></li><li><a href="/politica/">Política</a></li><li><a href="/mundo/">Mundo</a></li><li><a href="/educacao/">Educação</a></li><li><a href="/podcast/">Podcasts</a></li></ul></nav></div></header>
<main class="mc-body theme">
<div class="mc-article-header"><div class="content-head"><div class="content-head__title-wrap"><h1 class="content-head__title" itemprop="headline">{esc(title)}</h1></div>
{sub}
<div class="content-publication-data"><p class="content-publication-data__from">{author}</p><p class="content-publication-data__updated"><time itemprop="datePublished">{date}</time></p></div>
<div class="content-share"><a class="share-facebook" href="#">Facebook</a> <a class="share-whatsapp" href="#">WhatsApp</a> <a class="share-x" href="#">X</a></div></div></div>
<article itemprop="articleBody">
{body}
</article>
{after}
</main>
<footer class="footer"><ul><li><a href="/principios/">Princípios editoriais</a></li><li><a href="/privacidade/">Política de privacidade</a></li><li><a href="/termos/">Termos de uso</a></li><li><a href="/trabalhe/">Trabalhe conosco</a></li></ul><p>© Copyright 2000-2025 {site}. Todos os direitos reservados.</p></footer>
</body></html>"""


def g1_p(paras):
    return "\n".join(f'<div class="mc-column content-text active-extra-styles"><p class="content-text__container">{esc(p)}</p></div>' for p in paras)


# ================================================================ Thai portal
def thai(title, body, after="", lead="", site="ข่าวเมืองทอง", date="15 ก.ย. 2567 09:30 น."):
    lead_html = f'<div class="article-abstract"><p>{esc(lead)}</p></div>' if lead else ""
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header class="site-header"><a class="logo" href="/">{site}</a><nav class="menu"><ul><li><a href="/news">ข่าว</a></li><li><a href="/local">ข่าวภูมิภาค</a></li><li><a href="/economy">เศรษฐกิจ</a></li><li><a href="/sport">กีฬา</a></li><li><a href="/entertain">บันเทิง</a></li><li><a href="/lotto">ตรวจหวย</a></li></ul></nav></header>
<div class="container"><div class="row">
<div class="col-main">
<div class="breadcrumb"><a href="/">หน้าแรก</a> › <a href="/local">ข่าวภูมิภาค</a></div>
<article class="article-detail">
<h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><span class="date">{date}</span> <span class="views">อ่าน 3,214 ครั้ง</span></div>
{lead_html}
<div class="article-content entry-content">
{body}
</div>
<div class="article-tags"><span>แท็กที่เกี่ยวข้อง</span> <a href="/tag/1">เขื่อน</a> <a href="/tag/2">น้ำท่วม</a></div>
<div class="article-share"><span>แชร์ข่าว</span> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">X</a></div>
</article>
{after}
</div>
<aside class="col-side"><div class="widget"><h3>ข่าวยอดนิยม</h3><ul><li><a href="/p/1">ราคาทองวันนี้ปรับขึ้น 100 บาท</a></li><li><a href="/p/2">กรมอุตุฯ เตือนฝนตกหนักหลายจังหวัด</a></li></ul></div></aside>
</div></div>
<footer class="site-footer"><p><a href="/about">เกี่ยวกับเรา</a> | <a href="/contact">ติดต่อเรา</a> | <a href="/privacy">นโยบายความเป็นส่วนตัว</a></p><p>© 2567 {site} สงวนลิขสิทธิ์</p></footer>
</body></html>"""
