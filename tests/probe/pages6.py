"""Sixth probe round: news sites outside Western Europe. Indonesian (Detik-
and Kompas-like portals, "Baca juga:" links between paragraphs), Turkish
(Hürriyet-like: the spot, "Haberin Devamı", "İlgili Haberler"), Arabic and
Persian (right to left), Russian and Ukrainian regional sites (Telegram
prompts, "Читайте також", "Новости по теме"), Hindi (NDTV-like, "यह भी
पढ़ें"), Vietnamese (VnExpress-like: ``p.description``, ``p.Normal``, "Tin
liên quan", "Ý kiến"), Korean (a Yonhap-like wire page and Naver News),
Chinese (Sina-like: "责任编辑", "图片来源", "猜你喜欢"), Japanese
(Yahoo-Japan-like and NHK-like), Czech, Romanian, Greek, Brazilian
Portuguese (G1-like: "Leia também", "— Foto: Reprodução/…") and Thai, with
the local wire credits, photo credits, channel prompts, consent banners and
comment widgets. Imported at the end of ``pages`` and appends to its
``PAGES``.

Scripts without spaces between words (Chinese, Japanese, Thai): ``present``
strings are whole clauses, and ``absent`` strings of a split word carry the
space that would split it."""

from .pages import heads, page
from .shells6 import (
    ceu,
    detik,
    detik_indeks,
    esc,
    g1,
    g1_p,
    hindi,
    hurriyet,
    kompas,
    naver,
    nhk,
    ps6,
    regional,
    rtl,
    sina,
    thai,
    vn_p,
    vnexpress,
    yahoo_ja,
    yonhap,
    zh_p,
)
from .texts6 import (
    AR_CARDS,
    AR_TAHLIYA,
    BR_CHUVA,
    BR_ONIBUS,
    BR_SUBTITLE,
    CS_NEMOCNICE,
    CS_TRAM,
    EL_LIMANI,
    EL_NERO,
    FA_KETABKHANE,
    HI_BARISH,
    HI_METRO_END,
    HI_METRO_H1,
    HI_METRO_H2,
    HI_METRO_INTRO,
    HI_METRO_MID,
    HI_METRO_STATIONS,
    ID_BANJIR,
    ID_CARDS,
    ID_PASAR,
    JA_BUS,
    JA_KOUEN,
    KO_BUS,
    KO_CARDS,
    KO_DOSEOGWAN,
    RO_SCOALA_END,
    RO_SCOALA_H1,
    RO_SCOALA_H2,
    RO_SCOALA_INTRO,
    RO_SCOALA_LIST,
    RO_SPITAL,
    RU_OTOPLENIE,
    RU_POLIKLINIKA,
    TH_KHUEAN,
    TH_RAIL_END,
    TH_RAIL_H,
    TH_RAIL_INTRO,
    TH_RAIL_LIST,
    TR_METRO,
    TR_SPOT,
    TR_SU,
    UK_UKRYTTIA,
    VI_CAU,
    VI_DESC,
    ZH_GAOTIE,
    ZH_HE,
)

ID_CHROME = ["Berita Terpopuler", "Pedoman Media Siber", "All right reserved", "Salin Link", "Indeks"]
KOMPAS_CHROME = ["Terpopuler", "Tentang Kami", "Kebijakan Data Pribadi", "All Rights Reserved", "Baca berikutnya"]
TR_CHROME = ["Çok Okunanlar", "Google News ile Abone Ol", "Tüm hakları saklıdır", "KVKK Aydınlatma Metni"]
AR_CHROME = ["الأكثر قراءة", "سياسة الخصوصية", "جميع الحقوق محفوظة"]
FA_CHROME = ["پربازدیدترین‌ها", "حریم خصوصی", "تمامی حقوق این سایت محفوظ است"]
RU_CHROME = ["Популярное", "Политика конфиденциальности", "ссылка на «Заречинск Онлайн» обязательна", "Одноклассники"]
UK_CHROME = ["Популярное", "Політика конфіденційності", "Усі права захищено", "Поділитися"]
HI_CHROME = ["ट्रेंडिंग", "प्राइवेसी पॉलिसी", "सर्वाधिकार सुरक्षित", "शेयर बाजार में आज भी तेजी"]
VI_CHROME = ["Xem nhiều", "Toàn bộ bản quyền", "Sao chép liên kết", "Giá xăng giảm lần thứ ba"]
KO_CHROME = ["많이 본 뉴스", "개인정보처리방침", "All Rights Reserved", "글자크기 조정"]
NAVER_CHROME = ["본문 바로가기", "본문 요약봇", "무단 전재 및 재배포 금지", "기사 섹션 분류 안내", "기사제공"]
ZH_CHROME = ["热门推荐", "收藏本文", "版权所有", "互联网新闻信息服务许可证", "责任编辑"]
JA_CHROME = ["アクセスランキング", "利用規約", "最終更新"]
NHK_CHROME = ["個人情報保護方針", "許可なく転載することを禁じます", "LINEで送る"]
CS_CHROME = ["Nejčtenější", "Všechna práva vyhrazena", "Zásady ochrany osobních údajů", "Sdílet:"]
RO_CHROME = ["Cele mai citite", "Toate drepturile rezervate", "Politica de confidențialitate", "Distribuie:"]
EL_CHROME = ["Δημοφιλή", "Με την επιφύλαξη παντός δικαιώματος", "Πολιτική απορρήτου", "Κοινοποίηση:"]
BR_CHROME = ["Princípios editoriais", "Todos os direitos reservados", "Trabalhe conosco"]
TH_CHROME = ["ข่าวยอดนิยม", "สงวนลิขสิทธิ์", "นโยบายความเป็นส่วนตัว", "แชร์ข่าว"]


def insert(paras, at, html, render=ps6):
    return render(paras[:at]) + "\n" + html + "\n" + render(paras[at:])


# ================================================================ 1 lead / teaser inside the article wrapper
T_CAU = "Thông xe cầu 1.500 tỷ đồng bắc qua sông Lam"
page(1, "vnexpress_description_location_stamp_vi", vnexpress(T_CAU, vn_p(VI_CAU), desc=VI_DESC),
     [VI_DESC[:60]] + heads(VI_CAU), VI_CHROME)

T_METRO = "Karakaya'da Merkez-Üniversite metro hattı hizmete açıldı"
page(1, "hurriyet_rhd_article_spot_h2_tr", hurriyet(T_METRO, ps6(TR_METRO), spot=TR_SPOT),
     [TR_SPOT] + heads(TR_METRO), TR_CHROME)

T_BUS_JA = "緑ヶ丘市営バス　郊外の4路線を来年3月で廃止へ"
JA_SUMMARY = "緑ヶ丘市は、利用者の少ない市営バスの郊外4路線を来年3月末で廃止し、予約制の乗り合いタクシーに切り替える方針です。"
page(1, "nhk_content_summary_ja", nhk(T_BUS_JA, ps6(JA_BUS), summary=JA_SUMMARY),
     [JA_SUMMARY[:40]] + [p[:30] for p in JA_BUS], NHK_CHROME)

# ================================================================ 2 "read also" between paragraphs
T_BANJIR = "Banjir Rendam 1.200 Rumah di Sukamaju, 430 Warga Mengungsi"
LINKSISIP = ('<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong> '
             '<a href="https://www.detaknusa.example/jabar/berita/d-7731001/tanggul-cikaret-jebol-lagi" onclick="_pt(this, \'baca juga\')">{}</a></div></td></tr></tbody></table>')
DETIK_BODY = (f"<p><strong>Sukamaju</strong> - {esc(ID_BANJIR[0])}</p>\n" + ps6(ID_BANJIR[1:3]) + "\n" + LINKSISIP.format("Tanggul Sungai Cikaret Jebol Lagi, Warga Minta Pemkab Turun Tangan")
              + "\n" + ps6(ID_BANJIR[3:6]) + "\n" + LINKSISIP.format("Cuaca Ekstrem, BMKG Minta Warga Jabar Waspada Banjir dan Longsor") + "\n" + ps6(ID_BANJIR[6:])
              + "\n<p>(asp/yld)</p>")
page(2, "detik_linksisip_baca_juga_table_id", detik(T_BANJIR, DETIK_BODY),
     heads(ID_BANJIR), ID_CHROME + ["Baca juga", "Tanggul Sungai Cikaret Jebol Lagi", "Cuaca Ekstrem, BMKG Minta Warga"])

T_PASAR = "Pasar Induk Kramatwangi Terbakar, 86 Kios Hangus"
KOMPAS_BJ = '<p><strong>Baca juga: <a class="inner-link-baca-juga" href="https://regional.wartanusantara.example/read/2025/03/01/pedagang-pasar">{}</a></strong></p>'
KOMPAS_BODY = (f"<p><strong>SUKAMAJU, WARTANUSANTARA.com</strong> - {esc(ID_PASAR[0])}</p>\n" + ps6(ID_PASAR[1:3]) + "\n" + KOMPAS_BJ.format("Pedagang Pasar Kramatwangi Tolak Rencana Revitalisasi")
               + "\n" + ps6(ID_PASAR[3:5]) + "\n" + KOMPAS_BJ.format("Tiga Kebakaran Pasar dalam Setahun, Damkar Sukamaju Kekurangan Armada") + "\n" + ps6(ID_PASAR[5:]))
page(2, "kompas_baca_juga_strong_link_id", kompas(T_PASAR, KOMPAS_BODY),
     heads(ID_PASAR), KOMPAS_CHROME + ["Baca juga", "Tolak Rencana Revitalisasi", "Damkar Sukamaju Kekurangan Armada"])

T_TAHLIYA = "افتتاح محطة لتحلية مياه البحر بطاقة 150 ألف متر مكعب يومياً"
AR_READ = '<p><strong>اقرأ أيضاً:</strong> <a href="/news/2025/01/10/water-cuts">انقطاع المياه عن أحياء الساحل الشرقي لثلاثة أيام</a></p>'
page(2, "rtl_iqra_aydan_ar", rtl(T_TAHLIYA, insert(AR_TAHLIYA, 3, AR_READ)),
     heads(AR_TAHLIYA), AR_CHROME + ["اقرأ أيضاً", "انقطاع المياه عن أحياء الساحل الشرقي"])

T_BARISH = "रामपुर में भारी बारिश, दो दिन स्कूल बंद; 300 लोग सुरक्षित स्थानों पर पहुंचाए गए"
HI_READ1 = '<p><strong>यह भी पढ़ें -</strong> <a href="/state/up/rampur-river-level">रामगंगा नदी खतरे के निशान के करीब, प्रशासन अलर्ट पर</a></p>'
HI_READ2 = ('<p><strong>ये भी पढ़ें...</strong></p>\n<ul><li><a href="/india/monsoon-update">मानसून ने पकड़ी रफ्तार, 20 राज्यों में बारिश का अलर्ट</a></li>'
            '<li><a href="/state/up/school-holiday">भारी बारिश के चलते इन जिलों में स्कूल बंद</a></li></ul>')
page(2, "ndtv_yah_bhi_padhen_and_list_hi", hindi(T_BARISH, ps6(HI_BARISH[:2]) + "\n" + HI_READ1 + "\n" + ps6(HI_BARISH[2:4]) + "\n" + HI_READ2 + "\n" + ps6(HI_BARISH[4:])),
     heads(HI_BARISH), HI_CHROME + ["यह भी पढ़ें", "ये भी पढ़ें", "रामगंगा नदी खतरे के निशान", "मानसून ने पकड़ी रफ्तार", "इन जिलों में स्कूल बंद"])

T_CHUVA = "Temporal deixa 320 desalojados em Vale do Ipê"
G1_LEIA = ('<div class="mc-column content-text active-extra-styles"><p class="content-text__container"><strong>LEIA TAMBÉM:</strong></p></div>\n'
           '<div class="mc-column content-unordered-list"><ul class="content-unordered-list"><li><p class="content-unordered-list__item"><a href="/sp/campinas-regiao/noticia/2025/02/10/previsao.ghtml">Previsão indica mais chuva forte na região até sexta</a></p></li>'
           '<li><p class="content-unordered-list__item"><a href="/sp/campinas-regiao/noticia/2025/01/28/piscinoes.ghtml">Obras de piscinões atrasam e preocupam moradores</a></p></li></ul></div>')
page(2, "g1_leia_tambem_unordered_list_br", g1(T_CHUVA, g1_p(BR_CHUVA[:3]) + "\n" + G1_LEIA + "\n" + g1_p(BR_CHUVA[3:]), subtitle=BR_SUBTITLE),
     heads(BR_CHUVA), BR_CHROME + ["LEIA TAMBÉM", "Previsão indica mais chuva forte", "Obras de piscinões atrasam"])

# ================================================================ 3 trailing lists
T_SU = "KASKİ'den suya yüzde 38 zam"
ILGILI = """<div class="rhd-related-news"><h3 class="rhd-related-title">İlgili Haberler</h3>
<div class="rhd-related-item"><a href="/yerel/karakaya-baraj-doluluk"><img src="/img/r1.jpg" alt=""><span class="rhd-related-text">Karakaya Barajı'nda doluluk oranı yüzde 31'e düştü</span></a></div>
<div class="rhd-related-item"><a href="/yerel/dogalgaz-zammi"><img src="/img/r2.jpg" alt=""><span class="rhd-related-text">Doğal gaza yeni zam kapıda mı? Uzmanlar yanıtladı</span></a></div>
<div class="rhd-related-item"><a href="/yerel/belediye-meclisi-butce"><img src="/img/r3.jpg" alt=""><span class="rhd-related-text">Belediye meclisinde bütçe tartışması sert geçti</span></a></div></div>"""
page(3, "hurriyet_ilgili_haberler_tr", hurriyet(T_SU, ps6(TR_SU), after=ILGILI),
     heads(TR_SU), TR_CHROME + ["İlgili Haberler", "doluluk oranı yüzde 31", "Doğal gaza yeni zam kapıda", "bütçe tartışması sert geçti"])

T_GAOTIE = "青川东站28日启用 青川至省城高铁最快1小时10分"
ZH_LIKE = """<div class="blk-related" id="tab_related"><h2 class="blk-related-tit">猜你喜欢</h2><ul class="list-a">
<li><a href="/news/2025-03-01/doc-1.shtml">青川地铁3号线全线“洞通” 预计明年底开通</a><span class="time">03月01日 18:20</span></li>
<li><a href="/news/2025-02-28/doc-2.shtml">省城至青川城际公交开通 票价15元</a><span class="time">02月28日 10:05</span></li>
<li><a href="/news/2025-02-27/doc-3.shtml">青川机场新航站楼主体结构封顶</a><span class="time">02月27日 16:42</span></li>
<li><a href="/news/2025-02-26/doc-4.shtml">青川市今年将新改建农村公路300公里</a><span class="time">02月26日 09:11</span></li></ul></div>"""
page(3, "sina_cai_ni_xi_huan_zh", sina(T_GAOTIE, zh_p(ZH_GAOTIE), after=ZH_LIKE),
     [p[:25] for p in ZH_GAOTIE], ZH_CHROME + ["猜你喜欢", "全线“洞通”", "城际公交开通", "新航站楼主体结构封顶", "农村公路300公里"])

T_POLIKLINIKA = "В Заречинске открылась детская поликлиника на 320 посещений"
RU_TEMA = """<div class="news-related"><div class="news-related__title">Новости по теме</div>
<div class="news-related__item"><a href="/news/5301/">В областной больнице заработал новый томограф</a> <span class="news-related__date">10 октября</span></div>
<div class="news-related__item"><a href="/news/5288/">Строительство школы в Северном отстаёт от графика</a> <span class="news-related__date">7 октября</span></div>
<div class="news-related__item"><a href="/news/5240/">Минздрав: в области не хватает 400 врачей</a> <span class="news-related__date">1 октября</span></div></div>"""
page(3, "regional_novosti_po_teme_ru", regional(T_POLIKLINIKA, ps6(RU_POLIKLINIKA), after=RU_TEMA),
     heads(RU_POLIKLINIKA), RU_CHROME + ["Новости по теме", "заработал новый томограф", "отстаёт от графика", "не хватает 400 врачей"])

T_KHUEAN = "ชลประทานเร่งระบายน้ำเขื่อนห้วยทราย เตือนชาวบ้านท้ายเขื่อนเฝ้าระวัง"
TH_REL = """<div class="related-news"><h3 class="related-news__title">ข่าวที่เกี่ยวข้อง</h3><ul>
<li><a href="/local/2791">น้ำป่าไหลหลากท่วมบ้านเรือนริมคลอง 2 หมู่บ้าน</a></li>
<li><a href="/local/2788">ผู้ว่าฯ ลงพื้นที่ตรวจความพร้อมรับมืออุทกภัย</a></li>
<li><a href="/local/2780">กรมอุตุฯ ประกาศเตือนฝนตกหนักถึงหนักมาก</a></li></ul></div>"""
page(3, "thai_khao_thi_kiaw_khong_th", thai(T_KHUEAN, ps6(TH_KHUEAN), after=TH_REL),
     [p[:30] for p in TH_KHUEAN], TH_CHROME + ["ข่าวที่เกี่ยวข้อง", "น้ำป่าไหลหลากท่วมบ้านเรือน", "ผู้ว่าฯ ลงพื้นที่ตรวจความพร้อม", "ประกาศเตือนฝนตกหนักถึงหนักมาก"])

AR_REL = """<section class="related-articles"><h2 class="related-articles__title">أخبار ذات صلة</h2>
<div class="related-card"><a href="/news/2024/11/02/dam"><img src="/img/rel1.jpg" alt=""><h3>تراجع منسوب سد الوادي إلى أدنى مستوى منذ عشر سنوات</h3></a></div>
<div class="related-card"><a href="/news/2024/10/15/tariff"><img src="/img/rel2.jpg" alt=""><h3>الحكومة تدرس تعديل تعرفة المياه للمنازل</h3></a></div>
<div class="related-card"><a href="/news/2024/09/20/solar"><img src="/img/rel3.jpg" alt=""><h3>توقيع عقد أكبر محطة للطاقة الشمسية في المنطقة</h3></a></div></section>"""
page(3, "rtl_akhbar_dhat_sila_ar", rtl(T_TAHLIYA, ps6(AR_TAHLIYA), after=AR_REL),
     heads(AR_TAHLIYA), AR_CHROME + ["أخبار ذات صلة", "تراجع منسوب سد الوادي", "تعديل تعرفة المياه", "أكبر محطة للطاقة الشمسية"])

# ================================================================ 4 channel and newsletter prompts as prose, no links
T_OTOPLENIE = "В Заречинске досрочно начнут подключать отопление"
RU_TG = "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о главных новостях Заречинска."
page(4, "regional_telegram_prompt_prose_ru", regional(T_OTOPLENIE, ps6(RU_OTOPLENIE) + f"\n<p><b>{RU_TG}</b></p>"),
     heads(RU_OTOPLENIE), RU_CHROME + ["Подписывайтесь на наш Telegram", "первыми узнавать о главных новостях"])

ID_WA = ("Dapatkan update berita pilihan dan breaking news setiap hari dari Warta Nusantara. Mari bergabung di saluran WhatsApp kami: "
         "cari \"Warta Nusantara\" di menu Saluran, lalu ketuk tombol Ikuti.")
page(4, "kompas_whatsapp_channel_prose_id", kompas(T_PASAR, f"<p><strong>SUKAMAJU, WARTANUSANTARA.com</strong> - {esc(ID_PASAR[0])}</p>\n" + ps6(ID_PASAR[1:]) + f"\n<p>{esc(ID_WA)}</p>"),
     heads(ID_PASAR), KOMPAS_CHROME + ["Dapatkan update berita pilihan", "saluran WhatsApp kami", "ketuk tombol Ikuti"])

T_ONIBUS = "Passagem de ônibus sobe para R$ 5,40 em Vale do Ipê"
BR_WA = "📲 Receba no celular as notícias de Campinas e região: entre no canal do Portal Ipê no WhatsApp e ative as notificações."
page(4, "g1_whatsapp_channel_prose_br", g1(T_ONIBUS, g1_p(BR_ONIBUS[:3]) + "\n" + g1_p([BR_WA]) + "\n" + g1_p(BR_ONIBUS[3:])),
     heads(BR_ONIBUS), BR_CHROME + ["Receba no celular as notícias", "canal do Portal Ipê no WhatsApp"])

T_KOUEN = "緑ヶ丘中央公園が2年ぶり全面再開　遊具一新、屋内広場も"
JA_LINE = "LINEで緑ヶ丘新聞を友だち追加すると、地域の最新ニュースが毎朝届きます。"
page(4, "yahoo_line_friend_prompt_ja", yahoo_ja(T_KOUEN, ps6(JA_KOUEN) + f"\n<p><strong>{JA_LINE}</strong></p>"),
     [p[:30] for p in JA_KOUEN], JA_CHROME + ["LINEで緑ヶ丘新聞を友だち追加", "地域の最新ニュースが毎朝届きます"])

# ================================================================ 5 a consent banner longer than a short story
T_TRAM = "Tramvaje se v pondělí vrátí do Lesní čtvrti"
CS_COOKIES = """<div id="cookie-lista" class="cookie-bar" role="dialog" aria-label="Souhlas s cookies">
<div class="cookie-bar__inner"><h2 class="cookie-bar__title">Vaše soukromí je pro nás důležité</h2>
<p>Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie. My a naši partneři ukládáme informace ve vašem zařízení nebo k nim přistupujeme, například k jedinečným identifikátorům v souborech cookie, a zpracováváme osobní údaje.</p>
<p>Kliknutím na tlačítko „Přijmout vše“ souhlasíte s používáním všech souborů cookie. Své volby můžete kdykoli změnit nebo souhlas odvolat v Nastavení soukromí v patičce stránky. Některé partnery zpracovávající údaje na základě oprávněného zájmu můžete odmítnout.</p>
<p>Účely zpracování: ukládání informací v zařízení nebo přístup k nim, personalizovaná reklama a obsah, měření reklamy a obsahu, průzkum publika a vývoj služeb, přesné údaje o zeměpisné poloze.</p>
<div class="cookie-bar__buttons"><button class="btn btn--primary">Přijmout vše</button><button class="btn">Odmítnout vše</button><button class="btn btn--link">Nastavení</button></div></div></div>"""
page(5, "ceu_cookie_lista_short_story_cs", ceu(T_TRAM, ps6(CS_TRAM)).replace("</body>", CS_COOKIES + "\n</body>"),
     heads(CS_TRAM), CS_CHROME + ["Vaše soukromí je pro nás důležité", "Tento web používá k poskytování služeb", "Kliknutím na tlačítko", "Účely zpracování", "Přijmout vše", "Odmítnout vše"])

T_SPITAL = "Secție nouă de neonatologie la Spitalul Județean Valea Mare"
RO_COOKIES = """<div class="gdpr-popup-overlay"><div class="gdpr-popup" role="dialog" aria-modal="true">
<h3>Respectăm confidențialitatea ta</h3>
<p>Acest site folosește cookie-uri proprii și ale partenerilor noștri pentru a-ți oferi o experiență de navigare personalizată, pentru a măsura audiența și pentru a afișa reclame relevante. Noi și partenerii noștri stocăm și accesăm informații pe dispozitivul tău.</p>
<p>Prin apăsarea butonului „Accept toate” îți exprimi acordul pentru utilizarea tuturor cookie-urilor. Poți retrage oricând consimțământul din pagina Politica de cookie-uri sau poți alege doar cookie-urile strict necesare.</p>
<p>Scopuri: stocarea informațiilor pe un dispozitiv, publicitate personalizată, măsurarea performanței conținutului, dezvoltarea și îmbunătățirea serviciilor.</p>
<div class="gdpr-buttons"><button class="gdpr-accept">Accept toate</button> <button class="gdpr-reject">Refuz</button> <button class="gdpr-settings">Setări cookie-uri</button></div></div></div>"""
page(5, "ceu_gdpr_popup_short_story_ro", ceu(T_SPITAL, ps6(RO_SPITAL), lang="ro").replace('<body class="single single-post">', '<body class="single single-post">\n' + RO_COOKIES),
     heads(RO_SPITAL), RO_CHROME + ["Respectăm confidențialitatea ta", "Acest site folosește cookie-uri", "Prin apăsarea butonului", "Scopuri: stocarea", "Accept toate", "Setări cookie-uri"])

T_LIMANI = "Ξεκινά τον Σεπτέμβριο η επέκταση του λιμανιού της Νέας Αλμυρής"
EL_COOKIES = """<div class="cmp-modal" id="cmp-modal" role="dialog" aria-modal="true"><div class="cmp-modal__box">
<h2>Η ιδιωτικότητά σας είναι σημαντική για εμάς</h2>
<p>Χρησιμοποιούμε cookies και παρόμοιες τεχνολογίες για να βελτιώσουμε την εμπειρία σας, να αναλύσουμε την επισκεψιμότητα και να σας προβάλλουμε εξατομικευμένες διαφημίσεις. Εμείς και οι συνεργάτες μας αποθηκεύουμε ή έχουμε πρόσβαση σε πληροφορίες στη συσκευή σας.</p>
<p>Πατώντας «Αποδοχή όλων» συναινείτε στη χρήση όλων των cookies. Μπορείτε να αλλάξετε τις επιλογές σας ή να ανακαλέσετε τη συγκατάθεσή σας ανά πάσα στιγμή από τις Ρυθμίσεις απορρήτου στο κάτω μέρος της σελίδας.</p>
<p>Σκοποί επεξεργασίας: αποθήκευση πληροφοριών σε συσκευή, εξατομικευμένες διαφημίσεις και περιεχόμενο, μέτρηση διαφημίσεων, έρευνα κοινού.</p>
<div class="cmp-modal__buttons"><button>Αποδοχή όλων</button><button>Απόρριψη</button><button>Ρυθμίσεις</button></div></div></div>"""
page(5, "ceu_cmp_modal_short_story_el", ceu(T_LIMANI, ps6(EL_LIMANI), lang="el").replace("</body>", EL_COOKIES + "\n</body>"),
     heads(EL_LIMANI), EL_CHROME + ["Η ιδιωτικότητά σας είναι σημαντική", "Χρησιμοποιούμε cookies και παρόμοιες", "Πατώντας «Αποδοχή όλων»", "Σκοποί επεξεργασίας", "Αποδοχή όλων", "Απόρριψη"])

TR_KVKK = """<div class="kvkk-cerez-bildirimi" id="cerezBildirimi"><div class="kvkk-cerez-icerik">
<p><strong>Çerez Kullanımı</strong></p>
<p>İnternet sitemizde size daha iyi hizmet sunabilmek, site trafiğini analiz etmek ve ilgi alanlarınıza uygun reklamlar gösterebilmek amacıyla çerezler kullanılmaktadır. Kişisel verileriniz 6698 sayılı Kişisel Verilerin Korunması Kanunu (KVKK) kapsamında işlenmektedir.</p>
<p>Sitemizi kullanmaya devam ederek çerez kullanımını kabul etmiş sayılırsınız. Çerezlerin nasıl kullanıldığını ve tercihlerinizi nasıl yöneteceğinizi öğrenmek için Çerez Politikamızı ve Aydınlatma Metnimizi inceleyebilirsiniz.</p>
<div class="kvkk-butonlar"><button class="kabul">Tümünü Kabul Et</button> <button class="reddet">Reddet</button> <button class="ayarlar">Çerez Ayarları</button></div></div></div>"""
page(5, "hurriyet_kvkk_cerez_short_story_tr", hurriyet(T_SU, ps6(TR_SU[:3])).replace("</body>", TR_KVKK + "\n</body>"),
     heads(TR_SU[:3]), TR_CHROME + ["Çerez Kullanımı", "İnternet sitemizde size daha iyi hizmet", "Sitemizi kullanmaya devam ederek", "Tümünü Kabul Et", "Çerez Ayarları"])

# ================================================================ 6 captions and photo credits
DETIK_MEDIA = """<div class="detail__media"><figure class="detail__media-image"><img src="https://akcdn.detaknusa.example/community/media/visual/2025/03/04/pasar.jpeg?w=700&q=90" alt="Kebakaran Pasar Induk Kramatwangi" title="Kebakaran Pasar Induk Kramatwangi" class="p_img_zoomin img-zoomin">
<figcaption class="detail__media-caption">Petugas memadamkan api di Pasar Induk Kramatwangi, Kota Sukamaju, Selasa (4/3/2025). Foto: ANTARA FOTO/Raisan Al Farisi</figcaption></figure></div>"""
DETIK_INLINE_PIC = """<div class="pic_artikel_sisip_alt"><div class="pic_artikel_sisip" align="center"><div class="pic"><img src="https://akcdn.detaknusa.example/community/media/visual/2025/03/04/kios.jpeg?w=620" alt="Kios yang hangus" title="Kios yang hangus"></div>Sisa kios pakaian yang hangus di lantai dasar pasar. (Andi Saputra/detakNusa)</div></div>"""
page(6, "detik_media_caption_antara_foto_id", detik(T_PASAR, f"<p><strong>Sukamaju</strong> - {esc(ID_PASAR[0])}</p>\n" + ps6(ID_PASAR[1:3]) + "\n" + DETIK_INLINE_PIC + "\n" + ps6(ID_PASAR[3:]), media=DETIK_MEDIA),
     heads(ID_PASAR), ID_CHROME + ["Petugas memadamkan api di Pasar Induk", "ANTARA FOTO/Raisan Al Farisi", "Sisa kios pakaian yang hangus", "(Andi Saputra/detakNusa)"])

T_BUS_KO = "한빛시 시내버스 기본요금 150원 인상…다음 달 12일부터"
YNA_BODY = (f"<p>(한빛=한빛뉴스) 김민지 기자 = {esc(KO_BUS[0])}</p>\n"
            + '<div class="comp-box photo-group"><figure class="img-con"><span class="img"><img src="https://img.hanbitnews.example/photo/2025/03/14/bus.jpg" alt="버스 정류장"></span>'
            + '<figcaption class="desc-con"><p class="txt-desc">한빛시청 앞 버스정류장에서 시민들이 버스에 오르고 있다. [한빛시 제공. 재판매 및 DB 금지]</p></figcaption></figure></div>\n'
            + ps6(KO_BUS[1:3]) + '\n<p class="txt-photo">(사진=한빛뉴스 DB)</p>\n' + ps6(KO_BUS[3:])
            + '\n<p class="txt-copyright adrs">mjkim@hanbitnews.example</p>\n<p class="txt-copyright">&lt;저작권자(c) 한빛뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p>')
page(6, "yonhap_caption_je_gong_and_sajin_ko", yonhap(T_BUS_KO, YNA_BODY),
     heads(KO_BUS), KO_CHROME + ["시민들이 버스에 오르고 있다", "재판매 및 DB 금지", "(사진=한빛뉴스 DB)", "mjkim@hanbitnews.example", "무단 전재-재배포"])

ZH_IMG = ('<div class="img_wrapper"><img src="//n.sinaimg.example/news/2025/0302/qingchuan.jpg" alt="青川东站"><span class="img_descr">青川东站候车大厅内景。新华社记者 李华 摄</span></div>')
ZH_IMG2 = ('<p style="text-align:center"><img src="//n.sinaimg.example/news/2025/0302/map.jpg" alt=""></p>\n<p style="text-align:center">图片来源：青川市交通运输局</p>')
page(6, "sina_img_descr_xinhua_she_and_tupian_laiyuan_zh", sina(T_GAOTIE, zh_p(ZH_GAOTIE[:2]) + "\n" + ZH_IMG + "\n" + zh_p(ZH_GAOTIE[2:4]) + "\n" + ZH_IMG2 + "\n" + zh_p(ZH_GAOTIE[4:])),
     [p[:25] for p in ZH_GAOTIE], ZH_CHROME + ["候车大厅内景", "新华社记者 李华 摄", "图片来源"])

HI_PHOTO = ('<div class="ins_instory_dv_cont"><img src="https://c.navbharat.example/i/2024-07/rampur-rain.jpg" alt="रामपुर में जलभराव">'
            '<div class="ins_instory_dv_caption sp_b">रामपुर के निचले इलाकों में जलभराव के बीच से गुजरते लोग. (फाइल फोटो: PTI)</div></div>')
page(6, "ndtv_instory_caption_file_photo_pti_hi", hindi(T_BARISH, ps6(HI_BARISH[:1]) + "\n" + HI_PHOTO + "\n" + ps6(HI_BARISH[1:])),
     heads(HI_BARISH), HI_CHROME + ["जलभराव के बीच से गुजरते लोग", "फाइल फोटो: PTI"])

G1_FIG = ('<div class="mc-column content-media-image"><figure class="content-media-figure"><img src="https://s2.portalipe.example/chuva-vale-do-ipe.jpg" alt="Moradores usam barcos">'
          '<figcaption class="content-media__image__caption"><span class="content-media__description">Moradores usam barcos para deixar casas no Jardim Primavera, em Vale do Ipê</span> — Foto: Reprodução/TV Ipê</figcaption></figure></div>')
page(6, "g1_figcaption_foto_reproducao_br", g1(T_CHUVA, g1_p(BR_CHUVA[:2]) + "\n" + G1_FIG + "\n" + g1_p(BR_CHUVA[2:]), subtitle=BR_SUBTITLE),
     heads(BR_CHUVA) + [BR_SUBTITLE], BR_CHROME + ["Moradores usam barcos para deixar casas", "Foto: Reprodução/TV Ipê"])

# ================================================================ 7 comment sections
RU_COMMENTS = """<div class="comments" id="comments"><div class="comments__title">Комментарии (3)</div>
<div class="comments__list">
<div class="comment"><div class="comment__head"><span class="comment__author">Ольга Н.</span> <span class="comment__date">14 октября 2024, 11:02</span></div><div class="comment__text">Наконец-то! Мы с двумя детьми ездили на двух автобусах до старой поликлиники на Ленина.</div></div>
<div class="comment"><div class="comment__head"><span class="comment__author">Сергей</span> <span class="comment__date">14 октября 2024, 12:40</span></div><div class="comment__text">Здание есть, а врачей нет. Посмотрим, сколько там будет очередь к педиатру через месяц.</div></div>
<div class="comment"><div class="comment__head"><span class="comment__author">северянка</span> <span class="comment__date">14 октября 2024, 13:15</span></div><div class="comment__text">Были сегодня на приёме, всё чисто и быстро, спасибо.</div></div>
</div>
<div class="comments__form"><p class="comments__login">Войдите через ВКонтакте или Яндекс, чтобы оставить комментарий</p><textarea placeholder="Ваш комментарий"></textarea><button>Отправить</button></div></div>"""
page(7, "regional_comments_vk_login_ru", regional(T_POLIKLINIKA, ps6(RU_POLIKLINIKA), after=RU_COMMENTS),
     heads(RU_POLIKLINIKA), RU_CHROME + ["Комментарии (3)", "Ольга Н.", "ездили на двух автобусах", "а врачей нет", "всё чисто и быстро", "Войдите через ВКонтакте"])

TR_COMMENTS = """<div class="yorumlar-alani" id="yorumlar"><h3 class="yorumlar-baslik">Yorumlar (3)</h3>
<div class="yorum-yap"><textarea placeholder="Yorumunuzu yazın..."></textarea><p class="yorum-kural">Yorumunuz editör onayından sonra yayınlanacaktır. Hakaret, küfür ve suç unsuru içeren yorumlar yayınlanmaz.</p><button>Gönder</button></div>
<ul class="yorum-listesi">
<li class="yorum"><span class="yorum-yazar">Hasan K.</span> <span class="yorum-tarih">2 saat önce</span><p class="yorum-metni">Emekli maaşıyla zaten zor geçiniyoruz, bir de suya zam. Yazık.</p><span class="yorum-begeni">Beğen (14)</span></li>
<li class="yorum"><span class="yorum-yazar">Zeynep</span> <span class="yorum-tarih">3 saat önce</span><p class="yorum-metni">Çevre illerde fiyatlar gerçekten daha yüksek, araştırmadan yorum yapmayalım.</p><span class="yorum-begeni">Beğen (3)</span></li>
<li class="yorum"><span class="yorum-yazar">karakayalı_61</span> <span class="yorum-tarih">5 saat önce</span><p class="yorum-metni">Kayıp kaçak oranı yüzde 40, önce boruları yenileyin.</p><span class="yorum-begeni">Beğen (22)</span></li></ul></div>"""
page(7, "hurriyet_yorumlar_local_widget_tr", hurriyet(T_SU, ps6(TR_SU), after=TR_COMMENTS),
     heads(TR_SU), TR_CHROME + ["Yorumlar (3)", "Yorumunuz editör onayından", "Hasan K.", "Emekli maaşıyla zaten", "araştırmadan yorum yapmayalım", "Kayıp kaçak oranı", "Beğen (14)", "saat önce"])

VI_COMMENTS = """<div class="box_comment_vne width_common" id="box_comment_vne"><div class="ss-title"><h3 class="title_box_category">Ý kiến (3)</h3></div>
<div class="input_comment"><textarea class="txt_comment" placeholder="Chia sẻ ý kiến của bạn"></textarea></div>
<div class="tab_comment"><a class="active" href="#">Quan tâm nhất</a> <a href="#">Mới nhất</a></div>
<div id="list_comment" class="list_comment">
<div class="comment_item"><div class="content-comment"><p class="full_content"><span class="txt-name"><a href="#" class="nickname"><b>Trần Quốc Bảo</b></a></span>Quê tôi ở Tân Phú, mừng quá, từ nay không phải chờ phà nửa tiếng mỗi sáng nữa.</p></div><div class="user-status"><a class="link_thich" href="#">Thích</a> <a class="link_reply" href="#">Trả lời</a> <span class="time-com">2h trước</span></div></div>
<div class="comment_item"><div class="content-comment"><p class="full_content"><span class="txt-name"><a href="#" class="nickname"><b>lan.nguyen</b></a></span>Mong tỉnh lo việc làm cho người lái phà thật sự chứ đừng chỉ hứa.</p></div><div class="user-status"><a class="link_thich" href="#">Thích</a> <a class="link_reply" href="#">Trả lời</a> <span class="time-com">3h trước</span></div></div>
<div class="comment_item"><div class="content-comment"><p class="full_content"><span class="txt-name"><a href="#" class="nickname"><b>Minh Hải</b></a></span>Cầu đẹp nhưng đường dẫn lên cầu còn hẹp, giờ tan tầm chắc vẫn kẹt.</p></div><div class="user-status"><a class="link_thich" href="#">Thích</a> <a class="link_reply" href="#">Trả lời</a> <span class="time-com">5h trước</span></div></div>
</div></div>"""
page(7, "vnexpress_y_kien_box_comment_vi", vnexpress(T_CAU, vn_p(VI_CAU), desc=VI_DESC, after=VI_COMMENTS),
     heads(VI_CAU), VI_CHROME + ["Ý kiến (3)", "Chia sẻ ý kiến của bạn", "Trần Quốc Bảo", "không phải chờ phà nửa tiếng", "lo việc làm cho người lái phà", "đường dẫn lên cầu còn hẹp", "Trả lời"])

T_NERO = "Περιορισμοί στη χρήση νερού στη Νέα Αλμυρή"
EL_COMMENTS = """<section class="comments-area" id="comments"><h3 class="comments-title">Σχόλια (3)</h3>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Κώστας Μ.</b> <time>03.06.2025 στις 12:05</time></footer><div class="comment-content"><p>Είκοσι χρόνια ακούμε για το νέο φράγμα και ακόμα τίποτα.</p></div><a class="comment-reply-link" href="#">Απάντηση</a></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Μαρία</b> <time>03.06.2025 στις 13:40</time></footer><div class="comment-content"><p>Τα ξενοδοχεία γεμίζουν πισίνες κάθε μέρα, αλλά το πρόστιμο θα το πληρώσει ο παππούς που ποτίζει τις ντομάτες του.</p></div><a class="comment-reply-link" href="#">Απάντηση</a></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Γ. Αντωνίου</b> <time>03.06.2025 στις 15:22</time></footer><div class="comment-content"><p>Στη γειτονιά μας χάνεται νερό από σπασμένο αγωγό εδώ και δύο εβδομάδες.</p></div><a class="comment-reply-link" href="#">Απάντηση</a></article></li></ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Αφήστε ένα σχόλιο</h3><form class="comment-form"><p class="comment-notes">Η ηλ. διεύθυνση σας δεν δημοσιεύεται. Τα υποχρεωτικά πεδία σημειώνονται με *</p><textarea name="comment"></textarea><button type="submit">Δημοσίευση σχολίου</button></form></div></section>"""
page(7, "ceu_comments_area_sxolia_el", ceu(T_NERO, ps6(EL_NERO), lang="el", after=EL_COMMENTS),
     heads(EL_NERO), EL_CHROME + ["Σχόλια (3)", "Κώστας Μ.", "Είκοσι χρόνια ακούμε", "Τα ξενοδοχεία γεμίζουν πισίνες", "χάνεται νερό από σπασμένο αγωγό", "Αφήστε ένα σχόλιο", "Η ηλ. διεύθυνση σας"])

# ================================================================ 8 a body in two containers around an ad, the second opening on a quote
HURRIYET_SPLIT = (ps6(TR_METRO[:3]) + '\n</div>\n<div class="haberin-devami-wrapper"><button class="haberin-devami">Haberin Devamı</button></div>\n'
                  + '<div class="medyanet-inline-adv"><div id="dfp_inread_1"></div><span class="adv-label">Reklam</span></div>\n<div class="rhd-all-article-detail">\n' + ps6(TR_METRO[3:]))
page(8, "hurriyet_haberin_devami_reklam_tr", hurriyet(T_METRO, HURRIYET_SPLIT, spot=TR_SPOT),
     heads(TR_METRO), TR_CHROME + ["Haberin Devamı", "Reklam"])

AR_SPLIT = (ps6(AR_TAHLIYA[:4]) + '\n</div>\n<div class="ad-container ad-inarticle"><span class="ad-label">إعلان</span><div id="div-gpt-ad-inarticle"></div></div>\n'
            + '<div class="article-body wysiwyg">\n' + ps6(AR_TAHLIYA[4:]))
page(8, "rtl_two_bodies_around_ilan_ar", rtl(T_TAHLIYA, AR_SPLIT),
     heads(AR_TAHLIYA), AR_CHROME + ["إعلان"])

T_KETAB = "کتابخانه مرکزی نیک‌آباد پس از دو سال بازگشایی شد"
FA_SPLIT = (ps6(FA_KETABKHANE[:3]) + '\n</div>\n<div class="ads-inline"><span class="ads-title">تبلیغات</span><a href="https://ads.example/1"><img src="/ads/banner-468.gif" alt="آگهی"></a></div>\n'
            + '<div class="article-body wysiwyg">\n' + ps6(FA_KETABKHANE[3:]))
page(8, "rtl_two_bodies_around_tablighat_fa", rtl(T_KETAB, FA_SPLIT, lang="fa"),
     heads(FA_KETABKHANE), FA_CHROME + ["تبلیغات"])

T_URGENT = "Nemocnice v Bělohradě otevře v září nový urgentní příjem"
CS_CHART = ('<figure class="chart"><div class="infogram-embed" data-id="urgent-2025" data-title="Počet pacientů na pohotovosti"></div>'
            '<figcaption>Počet ošetřených pacientů na pohotovosti v letech 2019–2024. Zdroj: Krajská nemocnice Bělohrad</figcaption></figure>')
CS_SPLIT = ps6(CS_NEMOCNICE[:2]) + '\n</div>\n' + CS_CHART + '\n<div class="article-content">\n' + ps6(CS_NEMOCNICE[2:])
page(8, "ceu_two_bodies_around_chart_cs", ceu(T_URGENT, CS_SPLIT),
     heads(CS_NEMOCNICE), CS_CHROME + ["Počet ošetřených pacientů", "Zdroj: Krajská nemocnice"])

# ================================================================ 9 subheadings and lists
T_HI_METRO = "नवनगर मेट्रो: सोमवार से दौड़ेगी पहली मेट्रो, जानिए रूट और किराया"
HI_METRO_BODY = (ps6(HI_METRO_INTRO) + f"\n<h2>{HI_METRO_H1}</h2>\n<ul>" + "".join(f"<li>{x}</li>" for x in HI_METRO_STATIONS) + "</ul>\n"
                 + ps6([HI_METRO_MID]) + f"\n<h2>{HI_METRO_H2}</h2>\n" + ps6(HI_METRO_END))
page(9, "ndtv_h2_subheads_station_list_hi", hindi(T_HI_METRO, HI_METRO_BODY),
     heads(HI_METRO_INTRO + [HI_METRO_MID] + HI_METRO_END) + [HI_METRO_H1, HI_METRO_H2] + HI_METRO_STATIONS, HI_CHROME)

T_SCOALA = "Școala nr. 5 din Valea Mare se redeschide după doi ani de renovare"
RO_BODY = (ps6(RO_SCOALA_INTRO) + f"\n<h2>{RO_SCOALA_H1}</h2>\n<ul>" + "".join(f"<li>{x};</li>" for x in RO_SCOALA_LIST) + "</ul>\n"
           + f"<h2>{RO_SCOALA_H2}</h2>\n" + ps6(RO_SCOALA_END))
page(9, "ceu_h2_subheads_list_ro", ceu(T_SCOALA, RO_BODY, lang="ro"),
     heads(RO_SCOALA_INTRO + RO_SCOALA_END) + [RO_SCOALA_H1, RO_SCOALA_H2] + RO_SCOALA_LIST, RO_CHROME)

T_RAIL = "รถไฟฟ้าสายสีทองเปิดบริการวันแรก ผู้โดยสารแน่น"
TH_BODY = ps6(TH_RAIL_INTRO) + f"\n<h3>{TH_RAIL_H}</h3>\n<ul>" + "".join(f"<li>{x}</li>" for x in TH_RAIL_LIST) + "</ul>\n" + ps6([TH_RAIL_END])
page(9, "thai_h3_fare_list_th", thai(T_RAIL, TH_BODY),
     [p[:30] for p in TH_RAIL_INTRO] + [TH_RAIL_H] + TH_RAIL_LIST + [TH_RAIL_END[:30]], TH_CHROME)

# ================================================================ 10 hidden elements
JA_HIDDEN = ('<div class="sc-report-modal" aria-hidden="true" style="display: none;"><p>記事に関する報告</p><p>この記事について不適切な内容やエラーを報告する</p><button>報告する</button></div>\n'
             '<div class="sc-paid-teaser" hidden><p>この記事の続きは有料会員登録でお読みいただけます。初月無料キャンペーン実施中。</p></div>')
page(10, "yahoo_hidden_report_modal_and_paid_teaser_ja", yahoo_ja(T_KOUEN, ps6(JA_KOUEN[:3]) + "\n" + JA_HIDDEN + "\n" + ps6(JA_KOUEN[3:])),
     [p[:30] for p in JA_KOUEN], JA_CHROME + ["記事に関する報告", "エラーを報告する", "有料会員登録", "初月無料キャンペーン"])

ID_HIDDEN = ('<div class="detail__body-paywall" style="display: none;"><h3>Konten Ini Khusus Pelanggan</h3><p>Berlangganan detakNusa+ mulai Rp 29.000 per bulan untuk membaca tanpa batas dan bebas iklan.</p></div>\n'
             '<div class="collapsible-video" style="visibility: hidden; height: 0"><p>Simak Video "Detik-detik Tanggul Cikaret Jebol Diterjang Arus"</p></div>')
page(10, "detik_hidden_paywall_and_video_teaser_id", detik(T_BANJIR, f"<p><strong>Sukamaju</strong> - {esc(ID_BANJIR[0])}</p>\n" + ps6(ID_BANJIR[1:4]) + "\n" + ID_HIDDEN + "\n" + ps6(ID_BANJIR[4:])),
     heads(ID_BANJIR), ID_CHROME + ["Konten Ini Khusus Pelanggan", "Berlangganan detakNusa+", "Simak Video", "Tanggul Cikaret Jebol Diterjang"])

T_UKR = "У Звенигородці ліцей № 3 повертається до очного навчання"
UK_HIDDEN = ('<div class="donate-popup" aria-hidden="true" style="display:none"><p class="donate-popup__text">Підтримайте незалежну місцеву журналістику! Навіть 50 гривень на місяць допомагають нам працювати.</p><a class="donate-popup__btn" href="/donate/">Підтримати</a></div>\n'
             '<p class="print-only" style="display:none">Надруковано з сайту Звенигородка Сьогодні</p>')
page(10, "regional_hidden_donate_popup_uk", regional(T_UKR, ps6(UK_UKRYTTIA[:3]) + "\n" + UK_HIDDEN + "\n" + ps6(UK_UKRYTTIA[3:]), lang="uk"),
     heads(UK_UKRYTTIA), UK_CHROME + ["Підтримайте незалежну", "50 гривень на місяць", "Надруковано з сайту"])

# ================================================================ 11 real content in sidebar- and gdpr- named containers
page(11, "ceu_gdpr_named_article_wrapper_cs", ceu(T_URGENT, ps6(CS_NEMOCNICE), wrap_cls="gdpr-consent-container article-wrapper", body_cls="article-content gdpr-embed-area"),
     heads(CS_NEMOCNICE), CS_CHROME)

page(11, "vnexpress_sidebar_1_main_column_vi", vnexpress(T_CAU, vn_p(VI_CAU)),
     heads(VI_CAU), VI_CHROME)

page(11, "regional_sidebar_wrapper_article_uk", regional(T_UKR, ps6(UK_UKRYTTIA), lang="uk", wrap_cls="sidebar-wrapper article"),
     heads(UK_UKRYTTIA), UK_CHROME)

# ================================================================ 12 words neither fused nor split
TH_INLINE = ("<p>กรมชลประทาน<a href=\"/tag/dam\">เตรียมเร่งระบายน้ำ</a>จากเขื่อนห้วยทรายเพิ่มขึ้น หลังปริมาณน้ำในอ่างเก็บน้ำสูงเกิน<strong>ร้อยละ 90</strong>ของความจุ</p>\n"
             "<p><strong>นายสมชาย วงศ์ใหญ่</strong> ผู้อำนวยการโครงการชลประทานจังหวัด เปิดเผยว่า จะเพิ่มการระบายน้ำจากวันละ 20 ล้านลูกบาศก์เมตร เป็น 30 ล้านลูกบาศก์เมตร ตั้งแต่วันพรุ่งนี้</p>\n"
             "<p>ประชาชนที่อาศัยอยู่ริม<span class=\"hl\">แม่น้ำ</span>ท้ายเขื่อนใน 3 อำเภอ ควรเฝ้าระวังระดับน้ำที่อาจเพิ่มขึ้นประมาณ 50 เซนติเมตร</p>\n"
             + ps6(TH_KHUEAN[3:]))
page(12, "thai_inline_tags_inside_words_th", thai(T_KHUEAN, TH_INLINE),
     ["กรมชลประทานเตรียมเร่งระบายน้ำจากเขื่อนห้วยทรายเพิ่มขึ้น", "สูงเกินร้อยละ 90ของความจุ", "นายสมชาย วงศ์ใหญ่ ผู้อำนวยการโครงการชลประทานจังหวัด",
      "ประชาชนที่อาศัยอยู่ริมแม่น้ำท้ายเขื่อนใน 3 อำเภอ", TH_KHUEAN[3][:30], TH_KHUEAN[4][:30]],
     TH_CHROME + ["กรมชลประทาน เตรียม", "เตรียมเร่งระบายน้ำ จาก", "ริม แม่น้ำ", "แม่น้ำ ท้าย", "ร้อยละ 90 ของ"])

T_DOSEO = "한빛시 중앙도서관, 1년 리모델링 마치고 2일 재개관"
NAVER_BODY = (f"{esc(KO_DOSEOGWAN[0])}<br><br>"
              '<span class="end_photo_org"><div class="nbd_im_w"><img id="img1" src="https://imgnews.pstatic.example/image/2025/02/27/lib.jpg" alt=""></div><em class="img_desc">리모델링을 마친 한빛시 중앙도서관 2층 어린이 열람실. (사진=한빛시 제공)</em></span><br><br>'
              f"{esc(KO_DOSEOGWAN[1])}<br><br>"
              f"<b>{esc(KO_DOSEOGWAN[2])}</b><br><br>"
              f"{esc(KO_DOSEOGWAN[3])}<br><br>"
              f"{esc(KO_DOSEOGWAN[4])}<br><br>"
              "<div class=\"byline_dup\" style=\"display:none\"></div>김민지 기자")
page(12, "naver_dic_area_br_paragraphs_ko", naver(T_DOSEO, NAVER_BODY),
     heads(KO_DOSEOGWAN, 30), NAVER_CHROME + ["리모델링을 마친 한빛시 중앙도서관 2층", "(사진=한빛시 제공)", "다시 문을 연다.시는", "연다.시는", "꾸몄다고 밝혔다.좌석", "마련됐다.도서관", "말했다.운영"])

T_HE = "青川清水河水质提升至三类 12公里滨水绿道全线贯通"
ZH_INLINE = ("<p>\u3000\u3000经过两年多的综合治理，流经<a href=\"/tag/qingchuan\" target=\"_blank\">青川</a>市城区的<strong>清水河</strong>水质已由劣五类提升至三类，沿岸12公里滨水绿道也于近日全线贯通。</p>\n"
             "<p>\u3000\u3000青川市<span class=\"keyword\">生态环境局</span>相关负责人介绍，治理期间共关停沿河排污口46个，新建污水管网38公里，并对河道进行了清淤。</p>\n"
             + zh_p(ZH_HE[2:]))
page(12, "sina_inline_keyword_links_no_spaces_zh", sina(T_HE, ZH_INLINE, source="青川日报"),
     ["流经青川市城区的清水河水质已由劣五类提升至三类", "青川市生态环境局相关负责人介绍", ZH_HE[2][:20], ZH_HE[3][:20], ZH_HE[4][:20]],
     ZH_CHROME + ["青川 市", "的 清水河", "清水河 水质", "青川市 生态", "生态环境局 相关"])

AR_INLINE = ("<p>افتتحت <a href=\"/tag/water-ministry\">وزارة المياه</a>، يوم الأحد، محطة جديدة لتحلية مياه البحر في مدينة <strong>الساحل الشرقي</strong>، بطاقة إنتاجية تبلغ 150 ألف متر مكعب يومياً.</p>\n"
             "<p>وقال وزير المياه <a href=\"/people/khaled-al-omari\">خالد العمري</a>، خلال حفل الافتتاح، إن المحطة ستوفر مياه الشرب لنحو 600 ألف نسمة في المدينة والقرى المحيطة بها.</p>\n"
             + ps6(AR_TAHLIYA[2:]))
page(12, "rtl_inline_links_between_words_ar", rtl(T_TAHLIYA, AR_INLINE),
     ["افتتحت وزارة المياه، يوم الأحد، محطة جديدة", "في مدينة الساحل الشرقي، بطاقة إنتاجية", "وقال وزير المياه خالد العمري، خلال حفل الافتتاح"] + heads(AR_TAHLIYA[2:]),
     AR_CHROME + ["افتتحتوزارة", "المياه،يوم", "مدينةالساحل", "الشرقي،بطاقة", "المياهخالد", "العمري،خلال"])

# ================================================================ 13 no paragraph twice
ZH_SUMMARY = f'<div class="article-summary"><span class="summary-label">摘要：</span>{esc(ZH_GAOTIE[0])}</div>'
page(13, "sina_summary_box_repeats_first_paragraph_zh", sina(T_GAOTIE, ZH_SUMMARY + "\n" + zh_p(ZH_GAOTIE)),
     [p[:25] for p in ZH_GAOTIE], ZH_CHROME + ["摘要"])

page(13, "hurriyet_spot_repeated_as_first_paragraph_tr", hurriyet(T_SU, ps6(TR_SU), spot=TR_SU[0]),
     heads(TR_SU), TR_CHROME)

# ================================================================ 14 section fronts of teaser cards only
page(14, "detik_indeks_media_cards_id", detik_indeks(ID_CARDS), [],
     [t for t, _ in ID_CARDS] + [s[:40] for _, s in ID_CARDS] + ["jam yang lalu", "Indeks Berita Jabar"], is_article=False)

AR_FRONT = ('<h1 class="section-title">محليات</h1>\n<div class="section-list">\n'
            + "\n".join(f'<article class="card card--horizontal"><a class="card__image" href="/news/2025/01/{10 + i}/item"><img src="/img/c{i}.jpg" alt=""></a>'
                        f'<div class="card__body"><h2 class="card__title"><a href="/news/2025/01/{10 + i}/item">{t}</a></h2><p class="card__excerpt">{s}</p>'
                        f'<time class="card__date">{10 + i} يناير 2025</time></div></article>' for i, (t, s) in enumerate(AR_CARDS))
            + '\n</div>\n<nav class="pagination"><a href="?page=1" class="current">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">التالي</a></nav>')
page(14, "rtl_section_cards_mahalliyat_ar", rtl("محليات", "", main_html=AR_FRONT), [],
     [t for t, _ in AR_CARDS] + [s[:40] for _, s in AR_CARDS] + ["التالي"], is_article=False)

KO_LIST = ('<div class="list-type038"><h1 class="tit-section">전국</h1><ul class="list">\n'
           + "\n".join(f'<li><div class="item-box01"><figure class="img-con"><a href="/view/AKR2025031{i}"><img src="/img/t{i}.jpg" alt=""></a></figure>'
                       f'<div class="news-con"><a href="/view/AKR2025031{i}" class="tit-wrap"><strong class="tit-news">{t}</strong></a><p class="lead">{s}</p></div>'
                       f'<div class="info-box01"><span class="txt-time">03-1{i} 1{i}:2{i}</span></div></div></li>' for i, (t, s) in enumerate(KO_CARDS))
           + '\n</ul><div class="paging"><strong>1</strong> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2" class="next">다음</a></div></div>')
page(14, "yonhap_list_type_item_box_ko", yonhap("전국", "", main_html=KO_LIST), [],
     [t for t, _ in KO_CARDS] + [s[:30] for _, s in KO_CARDS], is_article=False)
