"""Seventh probe round: big English-language news publishers in the US, the
UK, Ireland, Canada, Australia, India, Singapore, South Africa and Hong Kong,
in their modern markup: CNN-like "Related article" cards and ``Ad Feedback``
slots, Fox-News-like bold-caps link paragraphs ("CLICK HERE FOR MORE US
NEWS"), NYT-like companion columns around "Advertisement" and the print line,
Gannett's ``gnt_ar_b_p`` and "More:" links, NPR's ``bucketwrap`` captions,
Politico's split ``story-text``, Axios's bold lead-ins and "Go deeper", The
Hill and a Nexstar station with the "may not be published, broadcast,
rewritten, or redistributed" line, the Daily Mail's bullets, "RELATED
ARTICLES" and reader comments, The Independent's newsletter box and pull
quote, Sky News's "Read more from" lines, Al Jazeera's newsletter block and
"More from News", Business Insider's summary bullets and "Read next",
Hindustan Times and Times of India ("Also Read", a ``<br>`` body), ABC
Australia, CBC, the Irish Times, the Straits Times (Drupal paragraphs,
"Join … WhatsApp Channel"), News24 ("READ |"), SCMP ("Photo: …"), TownNews
BLOX (``subscriber-preview`` beside ``subscriber-premium``, "Get local news
delivered to your inbox!", the comment rules), McClatchy ("RELATED STORIES
FROM …"), Patch and a Sinclair station, and section fronts of teaser cards.
Imported at the end of ``pages`` and appends to its ``PAGES``."""

from .pages import heads, page
from .shells7 import (
    BI_AD,
    FOX_AD,
    GNT_AD,
    HT_CATCH,
    NEXSTAR_COPY,
    abc_figure,
    abc_p,
    abcau,
    aj_figure,
    aj_section,
    aljazeera,
    arc7_p,
    axios,
    bi,
    bi_p,
    blox,
    blox_section,
    cbc,
    cnn,
    cnn_ad,
    cnn_image,
    cnn_p,
    cnn_related,
    cnn_section,
    dailymail,
    dm_image,
    dm_p,
    esc,
    fox,
    fox_caps_link,
    fox_p,
    gannett,
    gnt_p,
    gnt_section,
    ht,
    ht_p,
    independent,
    irishtimes,
    mcclatchy,
    news24,
    nexstar,
    npr,
    npr_image,
    nyt7,
    nyt7_ad,
    nyt7_col,
    patch,
    pol_ad,
    pol_text,
    politico,
    ps7,
    scmp,
    scmp_image,
    scmp_p,
    sinclair,
    sky,
    sky_image,
    st,
    st_text,
    toi,
)
from .texts7 import (
    AU_FIRE,
    AU_FIRE_H2A,
    AU_FIRE_H2B,
    AU_FIRE_LIST,
    AU_FIRE_LIST_INTRO,
    AU_RENT,
    CA_NURSES,
    HK_FIRE,
    IE_HOUSING,
    IE_SHORT,
    IN_BUSES,
    IN_BUSES_DEK,
    IN_WATER,
    INTL_CARDS,
    INTL_FLOOD,
    SG_FLATS,
    SG_MRT,
    UK_FLOOD,
    UK_HEDGE,
    UK_HEDGE_BULLETS,
    UK_HEDGE_COMMENTS,
    UK_SHORT_SKY,
    UK_STRIKE,
    UK_STRIKE_PULL,
    US_BOND,
    US_BOND_CARDS,
    US_BREAKINS,
    US_CARDS,
    US_DROUGHT,
    US_FIRE,
    US_HIKERS,
    US_JAIL_END,
    US_JAIL_H2A,
    US_JAIL_H2B,
    US_JAIL_INTRO,
    US_JAIL_LIST,
    US_JAIL_MID,
    US_LAYOFFS,
    US_LAYOFFS_SUMMARY,
    US_RAIL,
    US_RENT_BIG,
    US_RENT_BULLETS,
    US_RENT_LEAD,
    US_RENT_NEXT,
    US_RENT_NUMBERS,
    US_RENT_SAY,
    US_RENT_WHY,
    US_SCHOOL,
    US_SECTION_CARDS,
    US_SHARK,
    US_SHELTER,
    US_SHORT_PATCH,
    US_SMUGGLE,
    US_STOCKS,
    ZA_WATER,
)

CNN_CHROME = ["Ad Feedback", "A Parallax Discovery Company", "Paid Partner Content", "Heat dome brings triple digits", "Link Copied!", "Accessibility & CC", "More from CNS"]
FOX_CHROME = ["Quotes displayed in real-time", "Closed Captioning Policy", "Historic lighthouse keeper's cottage", "Hurricane center tracking two systems", "Your Privacy Choices"]
NYT_CHROME = ["Skip to content", "SKIP ADVERTISEMENT", "Subscribe for $1/week", "Share full article", "Rural Schools Try Housing Stipends", "Your Ad Choices", "Order Reprints",
              "A version of this article appears in print", "Advertisement"]
GNT_CHROME = ["Our Ethical Principles", "Subscription Offers", "Gift article", "Man dies after being pulled from Eagle Lake", "www.marioncreekledger.example", "Advertisement"]
NPR_CHROME = ["More Stories From NPX", "Your Privacy Choices", "Enlarge this image", "hide caption", "toggle caption", "Heat is killing more outdoor workers"]
POL_CHROME = ["Sign up for Polity Playbook", "Filed under", "House GOP eyes new spending fight", "Do not sell my info", "Link Copied", "Advertisement"]
AX_CHROME = ["Axion Local cities", "Share on LinkedIn", "Illustration: Axion Visuals", "Axion Media ©"]
NEX_CHROME = ["This material may not be published", "Trending Stories", "FCC Public File", "Do Not Sell or Share", "Crash closes both lanes", "ADVERTISEMENT"]
DM_CHROME = ["Share or comment on this article", "Most Read News", "plague of wasps", "FEMAIL TODAY", "Associated Courier Newspapers", "How to complain"]
IND_CHROME = ["Join our commenting forum", "Join thought-provoking conversations", "Heatwave warning as temperatures", "Code of conduct and complaints", "View comments"]
SKY_CHROME = ["Why you can trust Sky Channel News", "Related Topics", "Pub landlord fined", "Privacy Options", "Watch Live"]
AJ_CHROME = ["Click here to share on social media", "Dozens killed as boat capsizes", "Cookie Preferences", "Al Wasat English Media Network"]
BI_CHROME = ["Read in app", "Reprints & Permissions", "Registration on or use of this site", "Advertisement", "Quantrell's headquarters in San Mateo", "Loren Haas/Getty Images"]
HT_CHROME = ["Trending in Cities", "Metro line 3 trial run", "HD Media Limited", "Share Via", "Latest India News"]
TOI_CHROME = ["FOLLOW US ON SOCIAL MEDIA", "Cyclone likely to make landfall", "Times Syndication Service", "FacebookTwitterLinkedinEMail"]
ABC_CHROME = ["acknowledges Aboriginal and Torres Strait Islander", "Just In", "Fact Check", "About the ABC"]
CBC_CHROME = ["Corrections and clarifications", "Submit a news tip", "Related Stories", "Popular Now in News", "Journalistic Standards and Practices"]
IT_CHROME = ["Sign up for push alerts", "Find The Leinster Times on WhatsApp", "Trust Principles", "Gift this article"]
ST_CHROME = ["Need help? Reach us here.", "Harbour Press Holdings", "Gift this article", "Topics:"]
N24_CHROME = ["Taxi strike: Commuters stranded", "Press Code", "Copy link", "Lotto results"]
SCMP_CHROME = ["Why you can trust South China Herald", "MTR trains delayed", "Cookies Policy", "Hong Kong / Society"]
BLOX_CHROME = ["Powered by BLOX", "Submit an Obituary", "Millbrook man arrested after standoff", "Subscription Services"]
MCC_CHROME = ["Trending Stories", "Valley fog season", "Do Not Sell My Personal Information", "Read more about:"]
PATCH_CHROME = ["About Porch", "Community Guidelines", "Advertise on Porch"]
SIN_CHROME = ["Report a typo", "Trending Now", "First Alert Weather", "EEO Report", "ADVERTISEMENT"]


# ================================================================ 1 lead / teaser inside the article wrapper
T_LAYOFFS = "Quantrell is laying off 1,200 workers as it pivots to AI, according to an internal memo"
page(1, "bilike_summary_list_bullets_en", bi(T_LAYOFFS, bi_p(US_LAYOFFS[:4]) + "\n" + BI_AD + "\n" + bi_p(US_LAYOFFS[4:]), summary=US_LAYOFFS_SUMMARY),
     heads(US_LAYOFFS_SUMMARY) + heads(US_LAYOFFS), BI_CHROME)

T_BUSES = "Ranipur civic body clears purchase of 400 e-buses, first batch by March"
HT_FIG = ('<div class="storyParagraphFigure"><figure><span class="imgWrap"><picture><img src="https://www.hindustandaily.example/ht-img/img/2024/10/14/550x309/ebus.jpg" alt="Electric buses at a depot" width="550" height="309"></picture></span>'
          '<figcaption>Electric buses parked at the Nigdi Phata depot on Tuesday. (HD Photo/Pratham Gokhale)</figcaption></figure></div>')
page(1, "hindustantimes_sortdec_h2_en", ht(T_BUSES, ht_p(IN_BUSES) + "\n" + HT_CATCH, dek=IN_BUSES_DEK, figure=HT_FIG),
     [IN_BUSES_DEK] + heads(IN_BUSES), HT_CHROME + ["parked at the Nigdi Phata depot", "HD Photo/Pratham Gokhale"])

T_HEDGE = "Grandmother, 82, wins two-year battle with council over 30ft hedge planted by her late husband"
DM_CAP1 = "Margaret Holloway, 82, pictured in front of the leylandii hedge at her home in Lower Ashby, which her late husband Ken planted in 1986"
page(1, "dailymail_bullets_with_font_en", dailymail(T_HEDGE, dm_p(UK_HEDGE[:4]) + "\n" + dm_image(DM_CAP1) + "\n" + dm_p(UK_HEDGE[4:]), bullets=UK_HEDGE_BULLETS),
     UK_HEDGE_BULLETS + heads(UK_HEDGE), DM_CHROME + ["pictured in front of the leylandii hedge"])

# ================================================================ 2 "read also" between paragraphs
T_SHARK = "Florida beach closed after 2 swimmers bitten by sharks within an hour"
FOX_VIDEO = """<div class="featured featured-video video-ct"><div class="contain"><div class="video-player" data-video-id="6359201117112"><div class="m video-player-placeholder"><img src="/img/shark-video.jpg" alt=""></div></div>
<div class="info"><div class="caption"><p class="title">Shark sightings prompt warnings along the Gulf Coast</p></div></div></div></div>"""
FOX_SHARK_BODY = (fox_p(US_SHARK[:3]) + "\n" + fox_caps_link("RARE GREAT WHITE SPOTTED OFF CAROLINA COAST AS SUMMER CROWDS ARRIVE", "/us/rare-great-white-spotted-carolina-coast")
                  + "\n" + FOX_AD + "\n" + fox_p(US_SHARK[3:6], speakable=0) + "\n" + fox_caps_link("BEACHGOERS PULLED FROM RIP CURRENTS AS RED FLAGS FLY ACROSS PANHANDLE", "/us/beachgoers-rip-currents-panhandle")
                  + "\n" + fox_p(US_SHARK[6:], speakable=0) + "\n<p><i>Falcon News' Mark Dunn contributed to this report.</i></p>")
page(2, "foxlike_caps_related_headline_links_en", fox(T_SHARK, FOX_SHARK_BODY, subhead="Both victims were listed in stable condition", featured=FOX_VIDEO),
     heads(US_SHARK), FOX_CHROME + ["RARE GREAT WHITE SPOTTED", "BEACHGOERS PULLED FROM RIP CURRENTS", "Shark sightings prompt warnings"])

T_FIRE = "Cedar Ridge Fire forces 6,000 to flee in Northern California as winds fan flames"
CNN_SOURCE = ('<div class="source inline-placeholder" data-editable="source"><cite class="source__cite"><span class="source__location" data-editable="location">Pine Hollow, California</span>\n'
              '<span class="source__text" data-editable="source">CNS</span>\n          — \n        </cite></div>')
CNN_FOOTNOTE = '<div class="footnote footnote--article" data-editable="footnote"><p><em>CNS\'s Ana Ruiz contributed to this report.</em></p></div>'
CNN_FIRE_BODY = (CNN_SOURCE + "\n" + cnn_p(US_FIRE[:3]) + "\n" + cnn_related("Maps: Tracking the wildfires burning across the West", "/2024/08/12/us/wildfire-maps-west")
                 + "\n" + cnn_p(US_FIRE[3:6]) + "\n" + cnn_ad(1) + "\n" + cnn_related("What to pack in a wildfire evacuation go-bag", "/2024/07/30/us/wildfire-go-bag-what-to-pack")
                 + "\n" + cnn_p(US_FIRE[6:]) + "\n" + CNN_FOOTNOTE)
page(2, "cnnlike_related_article_card_en", cnn(T_FIRE, CNN_FIRE_BODY),
     heads(US_FIRE), CNN_CHROME + ["Related article", "Tracking the wildfires burning across the West", "wildfire evacuation go-bag"])

T_FLOOD = "Storm Edric: Hundreds of homes flooded and dozens rescued as river hits record high"
SKY_READ = ('<p><strong>Read more from Sky Channel News:</strong><br><a class="sdc-article-body__link-inline" href="/story/amber-warning-rain-12">Amber warning for rain extended into Wednesday</a><br>'
            '<a class="sdc-article-body__link-inline" href="/story/flooded-home-what-to-do-13">What to do if your home is flooded</a></p>')
SKY_FIG = sky_image("A man is carried from his home by firefighters in Thornby on Monday morning", "PA")
page(2, "skylike_read_more_from_links_en", sky(T_FLOOD, SKY_FIG + "\n" + ps7(UK_FLOOD[:4]) + "\n" + SKY_READ + "\n" + ps7(UK_FLOOD[4:]),
                                                standfirst="Firefighters used boats to reach residents in Thornby as the River Calder burst its banks before dawn."),
     heads(UK_FLOOD), SKY_CHROME + ["A man is carried from his home by firefighters", "Pic: PA", "Read more from Sky Channel News", "Amber warning for rain extended", "What to do if your home is flooded"])

T_ZAWATER = "Eastvale residents enter ninth day without water as municipality says repairs could take another week"
N24_READ = '<p><strong>READ | <a href="/news365/southafrica/news/{}">{}</a></strong></p>'
N24_BODY = (ps7(ZA_WATER[:2]) + "\n" + N24_READ.format("gauteng-taps-run-dry-20240902", "Gauteng's water crisis: Why the taps keep running dry") + "\n" + ps7(ZA_WATER[2:5])
            + "\n" + N24_READ.format("eastvale-residents-march-20240820", "Eastvale residents march to municipal offices over billing errors") + "\n" + ps7(ZA_WATER[5:]))
page(2, "news24like_read_pipe_links_en", news24(T_ZAWATER, N24_BODY),
     heads(ZA_WATER), N24_CHROME + ["READ |", "Why the taps keep running dry", "march to municipal offices over billing"])

T_WATERCUT = "Water cut in several areas on Thursday as civic body repairs main pipeline"
TOI_ALSO = ('<div class="_1JMcJ"><div class="_3D2Vv"><span class="_2hZ7c">Also Read</span>'
            '<a href="/city/ranipur/smart-water-meters-billing/articleshow/114201122.cms"><div class="_1Bt-o">Smart water meters: Residents complain of inflated bills</div></a>'
            '<a href="/city/ranipur/khadki-plant-capacity/articleshow/114188410.cms"><div class="_1Bt-o">Khadki treatment plant to get 200 MLD expansion by 2026</div></a></div></div>')
TOI_AD = '<div class="_3Fjbg" data-ad="toi_mrec_1"><div id="div-gpt-ad-mrec1"></div></div>'
TOI_BODY = (f"RANIPUR: {esc(IN_WATER[0])}<br/><br/>{esc(IN_WATER[1])}<br/><br/>{esc(IN_WATER[2])}{TOI_ALSO}"
            f"{esc(IN_WATER[3])}<br/><br/>{TOI_AD}{esc(IN_WATER[4])}<br/><br/>{esc(IN_WATER[5])}")
page(2, "toilike_also_read_in_br_body_en", toi(T_WATERCUT, TOI_BODY),
     heads(IN_WATER), TOI_CHROME + ["Also Read", "Smart water meters: Residents complain", "Khadki treatment plant to get 200 MLD"])

DM_RELATED = """<div class="related-carousel" data-track-module="am-related_carousel^related_carousel"><h3>RELATED ARTICLES</h3>
<div class="rotator"><ul class="rotator-panels"><li class="rotator-panel"><a class="rotator-link" href="/news/article-13311/neighbours-war-leylandii.html"><img src="/i/pix/r1.jpg" alt=""><span class="rotator-title">Neighbours at war over 40ft leylandii that 'blocks out the sun'</span></a></li>
<li class="rotator-panel"><a class="rotator-link" href="/news/article-13287/council-hedge-height-rules.html"><img src="/i/pix/r2.jpg" alt=""><span class="rotator-title">How tall can your hedge legally be? The rules explained</span></a></li></ul>
<p class="rotator-pages"><a class="rotator-prev" href="#">Previous</a> <span class="rotator-page">1</span> <a class="rotator-next" href="#">Next</a></p></div>
<div class="share-or-comment"><span class="share-or-comment-text">Share this article</span> <span class="share-or-comment-share"><a href="#">Share</a></span></div></div>"""
page(2, "dailymail_related_articles_carousel_en", dailymail(T_HEDGE, dm_p(UK_HEDGE[:3]) + "\n" + DM_RELATED + "\n" + dm_p(UK_HEDGE[3:])),
     heads(UK_HEDGE), DM_CHROME + ["RELATED ARTICLES", "Neighbours at war over 40ft", "How tall can your hedge legally be", "Share this article", "Previous"])

T_JAIL = "Marion Creek County commissioners approve $48M jail expansion"
GNT_MORE = '<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">{}</strong> <a class="gnt_ar_b_a" href="{}" data-t-l="|inline|intext|n/a">{}</a></p>'
GNT_BODY = (gnt_p(US_JAIL_INTRO) + "\n" + GNT_MORE.format("More:", "/story/news/local/2024/09/12/jail-deaths-state-review/", "Two deaths at county jail prompt calls for state review")
            + "\n" + GNT_AD + "\n" + gnt_p([US_JAIL_MID] + US_JAIL_END[:2]) + "\n"
            + GNT_MORE.format("Read more:", "/story/news/local/2024/08/20/sheriff-deputies-budget/", "Sheriff asks county council for 12 more jail officers")
            + "\n" + gnt_p(US_JAIL_END[2:]) + '\n<p class="gnt_ar_b_p"><em>Contributing: Ray Lindqvist, The Marion Creek Ledger</em></p>')
page(2, "gannett_more_colon_inline_links_en", gannett(T_JAIL, GNT_BODY),
     heads(US_JAIL_INTRO + [US_JAIL_MID] + US_JAIL_END), GNT_CHROME + ["More:", "Read more:", "Two deaths at county jail prompt", "12 more jail officers"])

# ================================================================ 3 trailing lists
T_SMUGGLE = "Texas man charged after 23 migrants found locked in sweltering tractor-trailer"
FOX_SMUGGLE_BODY = (fox_p(US_SMUGGLE[:4]) + "\n" + fox_caps_link("CLICK HERE FOR MORE US NEWS", "/us") + "\n" + fox_p(US_SMUGGLE[4:], speakable=0)
                    + "\n" + fox_caps_link("CLICK HERE TO GET THE FALCON NEWS APP", "/apps-products"))
FOX_MORE = """<div class="collection collection-article-list related-topics"><h3 class="title">More from Falcon News</h3><ul class="content">
<li><article class="article"><a href="/us/border-agents-rescue-migrants-river"><h4 class="title">Border agents rescue 11 migrants clinging to buoy line in river</h4></a></article></li>
<li><article class="article"><a href="/us/smuggling-ring-sentenced"><h4 class="title">Leaders of human smuggling ring sentenced to decades in prison</h4></a></article></li>
<li><article class="article"><a href="/us/stash-house-raid-houston"><h4 class="title">Houston police find 40 people in suspected stash house</h4></a></article></li></ul></div>"""
page(3, "foxlike_more_news_caps_links_en", fox(T_SMUGGLE, FOX_SMUGGLE_BODY, after=FOX_MORE, eyebrow="BORDER SECURITY"),
     heads(US_SMUGGLE), FOX_CHROME + ["CLICK HERE FOR MORE US NEWS", "CLICK HERE TO GET THE FALCON NEWS APP", "More from Falcon News", "clinging to buoy line", "smuggling ring sentenced", "suspected stash house"])

T_SHELTER = "Fresno Valley council votes to turn vacant motel into 120-bed homeless shelter"
MCC_RELATED = """<div class="package related-stories"><h3 class="h3">RELATED STORIES FROM THE VALLEY BEACON</h3>
<article class="card"><h3 class="h4"><a href="/news/local/article291001.html">Homeless count finds 14% jump in Fresno Valley</a></h3><time class="time">September 3, 2024 6:00 AM</time></article>
<article class="card"><h3 class="h4"><a href="/news/local/article290544.html">Blackstone business owners say break-ins are up. Here's what police data shows</a></h3><time class="time">August 21, 2024 5:00 AM</time></article>
<article class="card"><h3 class="h4"><a href="/news/local/article289910.html">State awards $9.8 million to Fresno Valley for motel conversion</a></h3><time class="time">July 30, 2024 2:15 PM</time></article></div>"""
page(3, "mcclatchylike_related_stories_from_en", mcclatchy(T_SHELTER, ps7(US_SHELTER) + "\n<p><em>This story was originally published September 20, 2024, 5:35 PM.</em></p>\n" + MCC_RELATED),
     heads(US_SHELTER), MCC_CHROME + ["RELATED STORIES FROM THE VALLEY BEACON", "Homeless count finds 14% jump", "Here's what police data shows", "State awards $9.8 million to Fresno Valley"])

BI_READ_NEXT = """<div class="read-next-container" data-component-type="read-next"><h2 class="read-next-headline">Read next</h2>
<div class="read-next-story"><a href="/tech/saas-layoffs-ai-spending-2024-7"><img src="/i/rn1.jpg" alt=""><h3 class="read-next-title">Software companies are cutting sales jobs to pay for AI. Here's who's next.</h3></a></div>
<div class="read-next-story"><a href="/tech/severance-packages-tech-layoffs-2024-6"><img src="/i/rn2.jpg" alt=""><h3 class="read-next-title">The best and worst severance packages in tech this year</h3></a></div>
<div class="read-next-story"><a href="/careers/laid-off-job-search-tips-2024-5"><img src="/i/rn3.jpg" alt=""><h3 class="read-next-title">I was laid off twice in 18 months. Here's how I found my next job.</h3></a></div></div>"""
page(3, "bilike_read_next_cards_en", bi(T_LAYOFFS, bi_p(US_LAYOFFS), after=BI_READ_NEXT),
     heads(US_LAYOFFS), BI_CHROME + ["Read next", "cutting sales jobs to pay for AI", "best and worst severance packages", "I was laid off twice in 18 months"])

T_INTLFLOOD = "Floods kill dozens and displace 120,000 in northern Varesh"
AJ_MORE = """<section class="more-on"><h2 class="more-on__title">More from News</h2><div class="more-on__list">
<article class="gc u-clickable-card gc--type-post"><div class="gc__content"><h3 class="gc__title"><a class="u-clickable-card__link" href="/news/2024/7/14/a"><span>Ceasefire monitors report breaches on first day of truce</span></a></h3></div></article>
<article class="gc u-clickable-card gc--type-post"><div class="gc__content"><h3 class="gc__title"><a class="u-clickable-card__link" href="/news/2024/7/14/b"><span>Opposition leader released on bail after six months in detention</span></a></h3></div></article>
<article class="gc u-clickable-card gc--type-post"><div class="gc__content"><h3 class="gc__title"><a class="u-clickable-card__link" href="/news/2024/7/13/c"><span>Locust swarms threaten harvest as farmers race to spray fields</span></a></h3></div></article>
<article class="gc u-clickable-card gc--type-post"><div class="gc__content"><h3 class="gc__title"><a class="u-clickable-card__link" href="/news/2024/7/13/d"><span>Photos: Life in the camps after a year of displacement</span></a></h3></div></article></div></section>"""
AJ_FIG = aj_figure("Residents wade through floodwater in Tamsa, the provincial capital, on Sunday [Joseph Mwangi/AFP]")
page(3, "aljazeeralike_more_from_news_en", aljazeera(T_INTLFLOOD, ps7(INTL_FLOOD) + "\n<p><span>Source</span>: <span>Al Wasat English and news agencies</span></p>", after=AJ_MORE, figure=AJ_FIG),
     heads(INTL_FLOOD), AJ_CHROME + ["Residents wade through floodwater", "Joseph Mwangi/AFP", "More from News", "Ceasefire monitors report breaches", "Opposition leader released on bail", "Locust swarms threaten harvest", "Life in the camps after a year"])

T_AUFIRE = "Emergency warning issued as out-of-control bushfire threatens towns in the Wirra Valley"
ABC_RELATED = """<div class="RelatedStories_related__V2xLm"><h2 class="Typography_base__sj2RP">Related stories</h2><ul class="RelatedStories_list__bZ4dK">
<li><a class="Link_link__5eL5m" href="/news/2024-12-12/fire-danger-ratings-explained/104706112"><span>What the new fire danger ratings mean and what you should do</span></a></li>
<li><a class="Link_link__5eL5m" href="/news/2024-12-10/wirra-valley-farmers-fire-season/104698801"><span>Wirra Valley farmers brace for worst fire season in five years</span></a></li></ul></div>
<div class="RelatedTopics_topics__q1Fx2"><h2 class="Typography_base__sj2RP">Related topics</h2><ul><li><a href="/news/topic/bushfire">Bushfire</a></li><li><a href="/news/topic/emergency-incidents">Emergency Incidents</a></li><li><a href="/news/topic/sale-3850">Sale</a></li></ul></div>"""
page(3, "abcau_related_stories_and_topics_en", abcau(T_AUFIRE, abc_p(AU_FIRE), after=ABC_RELATED),
     heads(AU_FIRE), ABC_CHROME + ["Related stories", "Related topics", "What the new fire danger ratings mean", "farmers brace for worst fire season", "Emergency Incidents"])

# ================================================================ 4 newsletter and channel prompts as prose, no links
T_BOND = "Millbrook school board puts $12.4M gym bond on November ballot"
BLOX_NL = """<div class="tnt-newsletter-inline tncms-block"><div class="panel panel-default"><div class="panel-body">
<h4 class="panel-title">Get local news delivered to your inbox!</h4>
<p>Subscribe to our Daily Headlines newsletter.</p>
<form class="tnt-newsletter-form" method="post"><input type="email" class="form-control" placeholder="Email" required><button type="submit" class="btn btn-primary">Sign up!</button></form>
</div></div></div>"""
page(4, "blox_get_local_news_inbox_box_en", blox(T_BOND, ps7(US_BOND[:4]) + "\n" + BLOX_NL + "\n" + ps7(US_BOND[4:])),
     heads(US_BOND), BLOX_CHROME + ["Get local news delivered to your inbox", "Daily Headlines newsletter", "Sign up!"])

T_STRIKE = "Resident doctors announce five-day strike after pay talks collapse"
IND_NL = """<div class="sc-newsletter-inline" data-newsletter="breaking-news"><p class="sc-nl-title">Sign up to our free Breaking News email for all of the latest headlines</p>
<p class="sc-nl-desc">Get the most important stories of the day delivered to your inbox every morning and evening, completely free.</p>
<form class="sc-nl-form"><input type="email" placeholder="Enter your email address"><button type="submit">SIGN UP</button></form>
<p class="sc-nl-legal">I would like to be emailed about offers, events and updates from The Northern Independent. Read our privacy notice</p></div>"""
page(4, "independentlike_inline_newsletter_box_en", independent(T_STRIKE, ps7(UK_STRIKE[:3]) + "\n" + IND_NL + "\n" + ps7(UK_STRIKE[3:]),
                                                              standfirst="Walkout from 24 July will be the 12th round of industrial action in the long-running dispute"),
     heads(UK_STRIKE), IND_CHROME + ["Sign up to our free Breaking News email", "delivered to your inbox every morning and evening", "I would like to be emailed about offers"])

AJ_NL = """<div class="newsletter-block-wrapper"><div class="newsletter-block"><div class="newsletter-block__title">Sign up for Al Wasat English</div>
<h3 class="newsletter-block__heading">Africa Weekly</h3><p class="newsletter-block__desc">Catch up on our coverage of the continent, all in one place, every Friday.</p>
<form class="newsletter-block__form"><input type="email" placeholder="E.g., janedoe@email.com"><button type="submit">Sign up</button></form>
<p class="newsletter-block__legal">By signing up, you agree to our Privacy Policy</p><p class="newsletter-block__recaptcha">protected by reCAPTCHA</p></div></div>"""
page(4, "aljazeeralike_newsletter_block_en", aljazeera(T_INTLFLOOD, ps7(INTL_FLOOD[:5]) + "\n" + AJ_NL + "\n" + ps7(INTL_FLOOD[5:]), figure=AJ_FIG),
     heads(INTL_FLOOD), AJ_CHROME + ["Residents wade through floodwater", "Joseph Mwangi/AFP", "Sign up for Al Wasat English", "Africa Weekly", "Catch up on our coverage of the continent", "By signing up, you agree", "protected by reCAPTCHA"])

T_FLATS = "HDB resale prices up 2.3% in third quarter, 20th straight quarterly rise"
ST_WA = "Join HT's WhatsApp Channel and get the latest news and must-reads."
ST_FLATS_BODY = (st_text(SG_FLATS[:3], 0) + "\n"
                 + '<div class="paragraph paragraph--type--text-area"><div class="clearfix text-formatted field field--name-field-paragraph-text field__item">\n'
                 + ps7(SG_FLATS[3:]) + f"\n<p><em>{esc(ST_WA)}</em></p>\n</div></div>")
page(4, "straitstimes_whatsapp_channel_prose_en", st(T_FLATS, ST_FLATS_BODY, author="Rachel Koh", role="Property Correspondent"),
     heads(SG_FLATS), ST_CHROME + ["Join HT's WhatsApp Channel", "latest news and must-reads"])


def ax_p(text):
    """A paragraph with Axios's bold lead-in ("Why it matters:") when it has one."""
    if ": " in text[:30]:
        lead, rest = text.split(": ", 1)
        return f"<p><strong>{esc(lead)}:</strong> {esc(rest)}</p>"
    return f"<p>{esc(text)}</p>"


T_RENT = "Denver rents fall again as new apartments flood the market"
AX_NL = "Sign up for Axion Denver, our free weekday newsletter, to get more stories like this in your inbox every morning."
AX_BODY4 = "\n".join(ax_p(x) for x in (US_RENT_LEAD, US_RENT_WHY, US_RENT_NUMBERS, US_RENT_BIG, US_RENT_SAY, US_RENT_NEXT)) + f"\n<p><em>{esc(AX_NL)}</em></p>"
page(4, "axioslike_local_newsletter_prose_en", axios(T_RENT, AX_BODY4),
     heads([US_RENT_LEAD, US_RENT_WHY, US_RENT_NUMBERS, US_RENT_BIG, US_RENT_SAY, US_RENT_NEXT]), AX_CHROME + ["Sign up for Axion Denver", "our free weekday newsletter"])

# ================================================================ 5 a consent dialog longer than a three-paragraph story
T_STAB = "Man, 19, charged with attempted murder after stabbing outside Leicester nightclub"
SP_MODAL = """<div id="sp_message_container_1051283" class="sp_message_container"><div class="message-overlay"><div class="message type-modal" role="dialog" aria-label="Privacy and cookies">
<div class="message-component message-row"><p class="message-component message-title">We care about your privacy</p></div>
<div class="message-component message-row"><p class="message-component message-text">We and our 842 partners store and access information on your device, such as cookies and unique identifiers, and process personal data such as browsing behaviour, IP addresses and device characteristics, to personalise advertising and content, to measure the performance of ads and content, to understand our audiences and to develop and improve our products and services.</p></div>
<div class="message-component message-row"><p class="message-component message-text">With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting.</p></div>
<div class="message-component message-row"><p class="message-component message-text">Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing. Your preferences will apply to this website only. You can change your preferences at any time by returning to this site or visiting our privacy policy.</p></div>
<div class="message-component message-row"><button class="message-component message-button sp_choice_type_11" title="Accept all">Accept all</button><button class="message-component message-button sp_choice_type_13" title="Do not accept">Do not accept</button><button class="message-component message-button sp_choice_type_12" title="Options">Options</button></div>
</div></div></div>"""
page(5, "skylike_sourcepoint_modal_short_story_en", sky(T_STAB, ps7(UK_SHORT_SKY), author="Ben Ashworth").replace("</body>", SP_MODAL + "\n</body>"),
     heads(UK_SHORT_SKY), SKY_CHROME + ["We care about your privacy", "We and our 842 partners store", "With your permission we and our partners", "Please note that some processing", "Accept all", "Do not accept"])

T_CYCLIST = "Cyclist seriously injured in collision with van in Co Galway"
ONETRUST = """<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat ot-wo-title" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy matters to us</h2>
<div id="onetrust-policy-text">We and our partners use cookies and similar technologies to store and access information on your device for purposes including personalised advertising and content, advertising and content measurement, audience research and services development. Some of our partners process your data on the basis of legitimate interest, which you can object to in the settings. You can withdraw your consent at any time through the Cookie Settings link at the bottom of every page.</div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
<div id="onetrust-pc-sdk" class="otPcCenter ot-hide ot-fade-in" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title"><div class="ot-pc-header"><div class="ot-pc-logo" role="img" aria-label="Company Logo"></div></div>
<div id="ot-pc-content" class="ot-pc-scrollbar"><div class="ot-optout-signal ot-hide"></div><h2 id="ot-pc-title">Privacy Preference Centre</h2><div id="ot-pc-desc">When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies. This information might be about you, your preferences or your device and is mostly used to make the site work as you expect it to. The information does not usually directly identify you, but it can give you a more personalised web experience.</div>
<h3 id="ot-category-title">Manage Consent Preferences</h3>
<div class="ot-accordion-layout ot-cat-item"><h4 class="ot-cat-header">Strictly Necessary Cookies</h4><div class="ot-always-active">Always Active</div><p class="ot-category-desc">These cookies are necessary for the website to function and cannot be switched off in our systems. They are usually only set in response to actions made by you which amount to a request for services, such as setting your privacy preferences, logging in or filling in forms.</p></div>
<div class="ot-accordion-layout ot-cat-item"><h4 class="ot-cat-header">Targeting Cookies</h4><p class="ot-category-desc">These cookies may be set through our site by our advertising partners. They may be used by those companies to build a profile of your interests and show you relevant adverts on other sites. They do not store directly personal information, but are based on uniquely identifying your browser and internet device.</p></div></div>
<div class="ot-pc-footer"><div class="ot-btn-container"><button class="save-preference-btn-handler onetrust-close-btn-handler">Confirm My Choices</button></div></div></div></div>"""
page(5, "irishtimeslike_onetrust_short_story_en", irishtimes(T_CYCLIST, arc7_p(IE_SHORT), author="Órla Ní Bhriain").replace("</body>", ONETRUST + "\n</body>"),
     heads(IE_SHORT), IT_CHROME + ["Your privacy matters to us", "We and our partners use cookies", "Privacy Preference Centre", "When you visit any website", "Strictly Necessary Cookies",
                                  "These cookies are necessary", "Targeting Cookies", "Accept All Cookies", "Confirm My Choices"])

T_ROAD = "Maple Grove Road To Close For 2 Weeks For Water Main Work"
PATCH_CONSENT = """<div class="styles_ConsentModal__overlay__Yq2pA"><div class="styles_ConsentModal__J7cXo" role="dialog" aria-modal="true" aria-labelledby="consent-title">
<h2 id="consent-title" class="styles_ConsentModal__title__m2Kx9">We value your privacy</h2>
<p class="styles_ConsentModal__text__b3Vt0">Porch and our advertising and analytics partners use cookies, pixels and similar technologies to collect information about how you use our site, to show you local news and ads that are relevant to you, and to measure how our services perform. Some of these partners may combine this information with other data they hold about you.</p>
<p class="styles_ConsentModal__text__b3Vt0">Depending on where you live, you may have the right to opt out of the sale or sharing of your personal information, or of targeted advertising. You can make these choices at any time from the Your Privacy Choices page linked in the footer of every page on our site.</p>
<p class="styles_ConsentModal__text__b3Vt0">By clicking "Accept" you agree to the storing of cookies on your device and to the processing of your information as described in our Privacy Policy and Cookie Policy. Clicking "Manage choices" lets you decide which categories of partners can use your data.</p>
<div class="styles_ConsentModal__buttons__q0Kx3"><button class="styles_Button__primary__1zX8c">Accept</button><button class="styles_Button__secondary__Cx2pL">Manage choices</button><button class="styles_Button__link__3Lm5z">Reject non-essential</button></div></div></div>"""
page(5, "patchlike_consent_modal_short_story_en", patch(T_ROAD, ps7(US_SHORT_PATCH)).replace('<body><div id="__next">', '<body><div id="__next">\n' + PATCH_CONSENT),
     heads(US_SHORT_PATCH), PATCH_CHROME + ["We value your privacy", "Porch and our advertising and analytics partners", "Depending on where you live", "By clicking \"Accept\"", "Manage choices", "Reject non-essential"])

# ================================================================ 6 captions and photo credits
CNN_CAP1 = "Flames from the Cedar Ridge Fire burn near homes in Pine Hollow, California, on Tuesday evening."
CNN_CAP2 = "Firefighters cut a containment line along Larkin Valley Road early Wednesday."
CNN_LEAD = ('<div class="image__lede article__lede-wrapper" data-editable="lede">' + cnn_image("Smoke rises over ridgelines east of Pine Hollow as the fire spreads on Tuesday.", "Josh Redmond/AFP/Getty Images", "/img/lede.jpg") + "</div>")
page(6, "cnnlike_image_caption_and_credit_en", cnn(T_FIRE, cnn_p(US_FIRE[:2]) + "\n" + cnn_image(CNN_CAP1, "Noah Feld/AP") + "\n" + cnn_p(US_FIRE[2:5]) + "\n" + cnn_ad(1) + "\n"
                                                   + cnn_image(CNN_CAP2, "Marcus Yi/Reuters") + "\n" + cnn_p(US_FIRE[5:]), before_body=CNN_LEAD),
     heads(US_FIRE), CNN_CHROME + ["Flames from the Cedar Ridge Fire burn near homes", "Firefighters cut a containment line", "Smoke rises over ridgelines", "Noah Feld/AP", "Marcus Yi/Reuters", "Josh Redmond/AFP/Getty Images"])

T_DROUGHT = "As drought drags on, ranchers in New Mexico sell off their herds"
NPR_CAP1 = "Rancher Tomás Vigil checks an empty stock pond on his family's land near Wagon Mound, N.M., in June."
NPR_CAP2 = "Cattle wait to be sold at a livestock auction in Clovis, N.M. Auction barns across the region report record numbers of cows for sale."
page(6, "nprlike_bucketwrap_caption_credit_en", npr(T_DROUGHT, ps7(US_DROUGHT[:2]) + "\n" + npr_image(NPR_CAP1, "Adriana Solís for NPX") + "\n" + ps7(US_DROUGHT[2:5]) + "\n"
                                                   + npr_image(NPR_CAP2, "Lena Whitcomb/NPX", rid="res5022240") + "\n" + ps7(US_DROUGHT[5:])),
     heads(US_DROUGHT), NPR_CHROME + ["checks an empty stock pond", "Cattle wait to be sold at a livestock auction", "Adriana Solís for NPX", "Lena Whitcomb/NPX"])

ABC_CAP1 = "Smoke from the fire could be seen from Bairnsford on Friday afternoon."
ABC_CAP2 = "A water-bombing helicopter refills at a dam near Tallong."
page(6, "abcau_figure_caption_credit_in_parens_en", abcau(T_AUFIRE, abc_p(AU_FIRE[:3]) + "\n" + abc_figure(ABC_CAP2, "ABC Gippsland: Kate Lynch", "/news/image/14212031-3x2.jpg") + "\n" + abc_p(AU_FIRE[3:]),
                                                        figure=abc_figure(ABC_CAP1, "Supplied: Country Fire Authority")),
     heads(AU_FIRE), ABC_CHROME + ["could be seen from Bairnsford", "water-bombing helicopter refills", "ABC Gippsland: Kate Lynch", "Supplied: Country Fire Authority"])

T_HKFIRE = "21 rescued as fire tears through Tai Shek residential block; e-scooter battery suspected"
SCMP_CAP = "Firefighters at the scene of the blaze on Kwong Ming Street in Tai Shek on Tuesday night."
SCMP_LEAD = scmp_image("Residents gather outside Wing Fung Building after being evacuated.", "Edmond So")
page(6, "scmplike_caption_photo_credit_en", scmp(T_HKFIRE, SCMP_LEAD + "\n" + scmp_p(HK_FIRE[:3]) + "\n" + scmp_image(SCMP_CAP, "Dickson Lee") + "\n" + scmp_p(HK_FIRE[3:])),
     heads(HK_FIRE), SCMP_CHROME + ["Firefighters at the scene of the blaze", "Residents gather outside Wing Fung", "Photo: Dickson Lee", "Photo: Edmond So"])

GNT_FIG = """<figure class="gnt_em gnt_em__fp gnt_em_img" aria-label="Image"><div class="gnt_em_img_w"><img class="gnt_em_img_i" src="https://www.gannett-cdn.example/presto/2024/10/07/jail.jpg?crop=4031,2268&amp;width=660" alt="The Marion Creek County Jail" width="660" height="371"></div>
<figcaption class="gnt_em_img_ccw" aria-label="Caption"><span class="gnt_em_img_ccw_ct">The Marion Creek County Jail on Wabash Street has held an average of 412 inmates this year.</span> <span class="gnt_em_img_ccw_cr" aria-label="Credit">Hannah Okoro/The Marion Creek Ledger</span></figcaption></figure>"""
GNT_FIG2 = """<figure class="gnt_em gnt_em_img" aria-label="Image"><div class="gnt_em_img_w"><img class="gnt_em_img_i" src="https://www.gannett-cdn.example/presto/2024/10/07/commissioners.jpg?width=660" alt="" loading="lazy"></div>
<figcaption class="gnt_em_img_ccw"><span class="gnt_em_img_ccw_ct">Commissioner Gary Lutz listens during public comment at Monday's meeting.</span> <span class="gnt_em_img_ccw_cr">Provided by Marion Creek County</span></figcaption></figure>"""
page(6, "gannett_figure_caption_credit_en", gannett(T_JAIL, gnt_p(US_JAIL_INTRO) + "\n" + GNT_AD + "\n" + gnt_p([US_JAIL_MID] + US_JAIL_END[:2]) + "\n" + GNT_FIG2 + "\n" + gnt_p(US_JAIL_END[2:]), figure=GNT_FIG),
     heads(US_JAIL_INTRO + [US_JAIL_MID] + US_JAIL_END), GNT_CHROME + ["has held an average of 412 inmates this year.", "Hannah Okoro/The Marion Creek Ledger", "listens during public comment", "Provided by Marion Creek County"])

# ================================================================ 7 comment sections
DM_COMMENTS = ("""<div id="reader-comments" class="reader-comments"><div class="comments-header"><h3 class="comments-title">Comments <span class="comments-count">142</span></h3><p class="comments-share-prompt">Share what you think</p></div>
<div class="comments-sort"><span class="sort-option selected">Newest</span> <span class="sort-option">Oldest</span> <span class="sort-option">Best rated</span> <span class="sort-option">Worst rated</span></div>
<p class="comments-disclaimer">The comments below have not been moderated.</p>
<div class="comments-list">"""
               + "\n".join(f"""<div class="comment" data-comment-id="{88120 + i}"><div class="comment-header"><span class="user-name">{u}</span>, <span class="user-location">{loc}</span>, <span class="comment-time">{t}</span></div>
<p class="comment-body">{esc(c)}</p><div class="comment-footer"><a class="reply" href="#">Reply</a> <span class="rating-label">Click to rate</span> <span class="rating-up">Rating {120 - 30 * i}</span></div></div>""" for i, (u, loc, c, t) in enumerate(UK_HEDGE_COMMENTS))
               + """</div>
<div class="comments-footer"><a class="view-all" href="#">View all</a><p class="comments-disclaimer">The views expressed in the contents above are those of our users and do not necessarily reflect the views of CourierOnline.</p>
<p class="house-rules">By posting your comment you agree to our house rules.</p></div></div>""")
page(7, "dailymail_reader_comments_en", dailymail(T_HEDGE, dm_p(UK_HEDGE), after=DM_COMMENTS),
     heads(UK_HEDGE), DM_CHROME + ["Share what you think", "The comments below have not been moderated", "Gardener_Bill", "People buy a house next to a hedge", "30ft leylandii is a monster",
                                  "keeps it for her late husband", "Click to rate", "The views expressed in the contents above", "house rules"])

BLOX_COMMENTS = """<div id="comments" class="asset-comments"><h3 class="block-title">Comments</h3>
<div class="tnt-comments-policy"><p><strong>Keep it Clean.</strong> Please avoid obscene, vulgar, lewd, racist or sexually-oriented language. <strong>PLEASE TURN OFF YOUR CAPS LOCK.</strong> <strong>Don't Threaten.</strong> Threats of harming another person will not be tolerated. <strong>Be Truthful.</strong> Don't knowingly lie about anyone or anything. <strong>Be Nice.</strong> No racism, sexism or any sort of -ism that is degrading to another person. <strong>Be Proactive.</strong> Use the 'Report' link on each comment to let us know of abusive posts. <strong>Share with Us.</strong> We'd love to hear eyewitness accounts, the history behind an article.</p></div>
<div class="tnt-comments-list">
<div class="comment"><div class="comment-meta"><span class="comment-author">hornetsfan62</span> <time class="comment-time">Sep 11, 2024 8:14am</time></div><p class="comment-text">I graduated in that gym in 1979 and it leaked then too. Vote yes.</p><a class="comment-reply" href="#">Reply</a> <a class="comment-report" href="#">Report</a></div>
<div class="comment"><div class="comment-meta"><span class="comment-author">Dale in Millbrook</span> <time class="comment-time">Sep 11, 2024 9:02am</time></div><p class="comment-text">Another $96 a year for those of us on fixed incomes. Fix the roof and leave the rest.</p><a class="comment-reply" href="#">Reply</a> <a class="comment-report" href="#">Report</a></div>
</div></div>"""
page(7, "blox_comments_with_posting_rules_en", blox(T_BOND, ps7(US_BOND), after=BLOX_COMMENTS),
     heads(US_BOND), BLOX_CHROME + ["Keep it Clean", "PLEASE TURN OFF YOUR CAPS LOCK", "Threats of harming another person", "hornetsfan62", "I graduated in that gym in 1979",
                                   "Dale in Millbrook", "Fix the roof and leave the rest"])

N24_COMMENTS = """<section class="article-comments"><div class="vf-conversations"><h3 class="vf-conversations__title">Comments <span class="vf-count">23</span></h3>
<p class="vf-disclaimer">News365 encourages commentary submitted via MyNews365 accounts. Contributions of 100 words or more will be considered for publication. We reserve editorial discretion to decide what will be published.</p>
<div class="vf-comment"><div class="vf-comment-header"><span class="vf-username">Thabo M</span> <span class="vf-timestamp">2 hours ago</span></div><div class="vf-content"><p>Nine days and the mayor has not once come to Extension 7. Shame.</p></div><div class="vf-comment-actions"><button>Like</button> <button>Reply</button></div></div>
<div class="vf-comment"><div class="vf-comment-header"><span class="vf-username">Lindiwe K</span> <span class="vf-timestamp">3 hours ago</span></div><div class="vf-content"><p>Forty-year-old pipes and no maintenance budget. This was always going to happen.</p></div><div class="vf-comment-actions"><button>Like</button> <button>Reply</button></div></div>
<button class="vf-load-more">Load more comments</button></div></section>"""
page(7, "news24like_viafoura_comments_en", news24(T_ZAWATER, ps7(ZA_WATER), after=N24_COMMENTS),
     heads(ZA_WATER), N24_CHROME + ["News365 encourages commentary", "Contributions of 100 words or more", "Thabo M", "the mayor has not once come to Extension 7", "Lindiwe K",
                                   "Forty-year-old pipes and no maintenance", "Load more comments"])

# ================================================================ 8 a body in two containers around an ad or chart, the second opening on a quote
T_SCHOOL = "A Vermont Town Bet on a Four-Day School Week. Six Months In, Here's What It Learned."
NYT_SPLIT = nyt7_col(US_SCHOOL[:5], 0) + "\n" + nyt7_ad(1) + "\n" + nyt7_col(US_SCHOOL[5:8], 1) + "\n" + nyt7_ad(2) + "\n" + nyt7_col(US_SCHOOL[8:], 2)
page(8, "nytlike_companion_columns_around_ads_quote_en", nyt7(T_SCHOOL, NYT_SPLIT, summary="Facing a teacher shortage, a rural district cut Fridays. Families and researchers are watching closely."),
     heads(US_SCHOOL), NYT_CHROME)

T_RAIL = "Senate negotiators near deal on rail safety bill"
POL_SPLIT = pol_text(US_RAIL[:4]) + "\n" + pol_ad(1) + "\n" + pol_text(US_RAIL[4:6]) + "\n" + pol_ad(2) + "\n" + pol_text(US_RAIL[6:])
page(8, "politicolike_story_text_split_by_ads_en", politico(T_RAIL, POL_SPLIT, dek="The emerging package would set minimum crew sizes and require more trackside detectors."),
     heads(US_RAIL), POL_CHROME)

T_MRT = "First six stations on Rivervale MRT line to open on Sept 28"
ST_CHART = """<div class="paragraph paragraph--id--3321905 paragraph--type--embed paragraph--view-mode--default"><div class="field field--name-field-embed-code field__item">
<div class="flourish-embed flourish-map" data-src="visualisation/19283746"><script src="https://public.flourish.example/resources/embed.js"></script><noscript><img src="https://public.flourish.example/visualisation/19283746/thumbnail" width="100%" alt="map visualization"></noscript></div></div>
<div class="field field--name-field-caption">The first stage of the Rivervale line runs 11.6km from Rivervale Depot to Kallang Bahru. SOURCE: LAND TRANSPORT AUTHORITY  HT GRAPHICS</div></div>"""
page(8, "straitstimes_paragraphs_split_by_chart_en", st(T_MRT, st_text(SG_MRT[:3], 0) + "\n" + ST_CHART + "\n" + st_text(SG_MRT[3:], 1)),
     heads(SG_MRT), ST_CHROME + ["The first stage of the Rivervale line runs", "HT GRAPHICS", "map visualization"])

T_AURENT = "Rents rise for 30th straight month as vacancy rate stays near record low"
ABC_DW = """<figure class="EmbedDatawrapper_embed__t7Qz2"><iframe title="Capital city rents have climbed since 2021" aria-label="Line chart" id="datawrapper-chart-Xk2pQ" src="https://datawrapper.example/Xk2pQ/3/" scrolling="no" frameborder="0" height="420"></iframe>
<figcaption class="EmbedDatawrapper_caption__d9Jq1">Median weekly rents for units in each capital city since January 2020. Source: CoreData Property</figcaption></figure>"""
ABC_SPLIT = ('<div class="ArticleRender_article__7i2EW">\n' + abc_p(AU_RENT[:3]) + "\n</div>\n" + ABC_DW + '\n<div class="ArticleRender_article__7i2EW">\n' + abc_p(AU_RENT[3:]) + "\n</div>")
page(8, "abcau_body_split_around_datawrapper_en", abcau(T_AURENT, ABC_SPLIT, author="Mia Sorensen").replace('<div id="body" class="ArticleRender_article__7i2EW">', '<div id="body" class="ArticleRender_body__k3PzQ">'),
     heads(AU_RENT), ABC_CHROME + ["Median weekly rents for units in each capital", "Source: CoreData Property"])

T_STOCKS = "House panel advances ban on lawmakers trading stocks"
HILL_SPLIT = (ps7(US_STOCKS[:3]) + '\n</div>\n<div class="article-video-player"><div class="jwplayer" id="jw-hill-1"></div><p class="article-video-player__title">Watch: Lawmakers debate stock trading ban</p></div>\n'
              + '<div class="ad-unit ad-unit--inline"><div class="ad-unit__label">ADVERTISEMENT</div><div id="acm-ad-tag-300x250-1"></div></div>\n'
              + '<div class="article-content article-body rich-text">\n' + ps7(US_STOCKS[3:]) + f"\n<p>{NEXSTAR_COPY}</p>")
page(8, "thehilllike_body_split_around_video_and_ad_en", nexstar(T_STOCKS, HILL_SPLIT, site="The Capitol Wire", tagline="", author="Mike Lillis", section="House", hill=True),
     heads(US_STOCKS), NEX_CHROME + ["Watch: Lawmakers debate stock trading ban"])

# ================================================================ 9 subheadings and lists
AX_BODY9 = ("\n".join(ax_p(x) for x in (US_RENT_LEAD, US_RENT_WHY, US_RENT_NUMBERS)) + "\n<ul>" + "".join(f"<li>{esc(b)}</li>" for b in US_RENT_BULLETS) + "</ul>\n"
            + "\n".join(ax_p(x) for x in (US_RENT_BIG, US_RENT_SAY, US_RENT_NEXT))
            + '\n<p><strong>Go deeper:</strong> <a href="/local/denver/2024/05/02/denver-apartment-construction-slowdown">Denver apartment construction falls off a cliff</a></p>')
AX_GO_DEEPER = """<section class="GoDeeper_goDeeper__3kQ1c"><h3 class="GoDeeper_title__0nJf2">Go deeper</h3>
<div class="GoDeeper_card__Jt1Lx"><a href="/local/denver/2024/03/11/colorado-renter-protections-bill"><h4>Colorado lawmakers weigh new limits on rental application fees</h4></a><span class="GoDeeper_time__Zs8kP">Mar 11, 2024</span></div>
<div class="GoDeeper_card__Jt1Lx"><a href="/local/denver/2024/01/22/denver-home-prices-2024"><h4>Where Denver home prices are headed this year</h4></a><span class="GoDeeper_time__Zs8kP">Jan 22, 2024</span></div></section>"""
page(9, "axioslike_bold_leadins_bullets_go_deeper_en", axios(T_RENT, AX_BODY9, after=AX_GO_DEEPER),
     heads([US_RENT_LEAD, US_RENT_WHY, US_RENT_NUMBERS, US_RENT_BIG, US_RENT_SAY, US_RENT_NEXT]) + US_RENT_BULLETS,
     AX_CHROME + ["Go deeper", "construction falls off a cliff", "limits on rental application fees", "Where Denver home prices are headed"])

GNT_BODY9 = (gnt_p(US_JAIL_INTRO) + f'\n<h2 class="gnt_ar_b_h2">{esc(US_JAIL_H2A)}</h2>\n<ul class="gnt_ar_b_ul">' + "".join(f'<li class="gnt_ar_b_ul_li">{esc(x)}</li>' for x in US_JAIL_LIST) + "</ul>\n"
             + gnt_p([US_JAIL_MID]) + "\n" + GNT_AD + f'\n<h2 class="gnt_ar_b_h2">{esc(US_JAIL_H2B)}</h2>\n' + gnt_p(US_JAIL_END))
page(9, "gannett_h2_subheads_and_ul_en", gannett(T_JAIL, GNT_BODY9),
     heads(US_JAIL_INTRO + [US_JAIL_MID] + US_JAIL_END) + [US_JAIL_H2A, US_JAIL_H2B] + US_JAIL_LIST, GNT_CHROME)

ABC_BODY9 = (abc_p(AU_FIRE[:3]) + f'\n<h2 class="Typography_base__sj2RP Heading_h2__q8KxZ">{esc(AU_FIRE_H2A)}</h2>\n' + abc_p([AU_FIRE_LIST_INTRO]) + '\n<ul class="List_list__7Vq2d">'
             + "".join(f'<li class="ListItem_item__bX2mP">{esc(x)}</li>' for x in AU_FIRE_LIST) + "</ul>\n" + abc_p(AU_FIRE[3:6])
             + f'\n<h2 class="Typography_base__sj2RP Heading_h2__q8KxZ">{esc(AU_FIRE_H2B)}</h2>\n' + abc_p(AU_FIRE[6:]))
page(9, "abcau_h2_subheads_and_town_list_en", abcau(T_AUFIRE, ABC_BODY9),
     heads(AU_FIRE + [AU_FIRE_LIST_INTRO]) + [AU_FIRE_H2A, AU_FIRE_H2B] + AU_FIRE_LIST, ABC_CHROME)

# ================================================================ 10 hidden elements
NYT_HIDDEN = ('<div class="css-gx5sib" hidden><p class="css-1bd8bfl">We are having trouble retrieving the article content.</p><p class="css-1bd8bfl">Please enable JavaScript in your browser settings.</p></div>\n'
              '<div id="gateway-content" class="css-mcm29f" style="display:none"><p>Thank you for your patience while we verify access. If you are in Reader mode please exit and log into your Gotham Record account, or subscribe for all of The Record.</p>'
              '<p>Already a subscriber? Log in.</p><p>Want all of The Record? Subscribe.</p></div>')
page(10, "nytlike_hidden_gateway_and_js_notice_en", nyt7(T_SCHOOL, nyt7_col(US_SCHOOL[:4], 0) + "\n" + NYT_HIDDEN + "\n" + nyt7_ad(1) + "\n" + nyt7_col(US_SCHOOL[4:], 1)),
     heads(US_SCHOOL), NYT_CHROME + ["trouble retrieving the article content", "enable JavaScript in your browser", "Thank you for your patience while we verify access",
                                    "Already a subscriber?", "Want all of The Record?"])

T_HIKERS = "Hikers rescued after night stranded on ledge in Eagle Rock Canyon"
NEX_HIDDEN = ('<div class="article-content__newsletter-signup" style="display: none;"><h3>Get KXRV headlines in your inbox</h3><p>Sign up for the 7 News Daily Digest and never miss a story from Cordova County.</p></div>\n'
              '<p class="video-fallback" hidden>Your browser does not support the video player. Please update your browser to watch this clip.</p>')
page(10, "nexstar_station_hidden_signup_and_fallback_en", nexstar(T_HIKERS, ps7(US_HIKERS[:3]) + "\n" + NEX_HIDDEN + "\n" + ps7(US_HIKERS[3:]) + f"\n<p>{NEXSTAR_COPY}</p>"),
     heads(US_HIKERS), NEX_CHROME + ["Get KXRV headlines in your inbox", "7 News Daily Digest", "does not support the video player"])

BI_HIDDEN = ('<div class="paywall-teaser" style="display: none;"><h3>This story is available exclusively to Business Ledger subscribers.</h3><p>Become an Insider and start reading now. Have an account? Log in.</p></div>\n'
             '<section class="inline-newsletter" hidden><p>Get the Ledger Today newsletter: the biggest stories of the day, before your first coffee.</p></section>')
page(10, "bilike_hidden_paywall_teaser_and_newsletter_en", bi(T_LAYOFFS, bi_p(US_LAYOFFS[:3]) + "\n" + BI_HIDDEN + "\n" + bi_p(US_LAYOFFS[3:])),
     heads(US_LAYOFFS), BI_CHROME + ["available exclusively to Business Ledger subscribers", "Become an Insider and start reading", "Ledger Today newsletter"])

# ================================================================ 11 real content in sidebar- and gdpr- named containers
page(11, "blox_sidebar_wrapper_around_main_column_en", blox(T_BOND, ps7(US_BOND), main_wrap='<div class="sidebar-wrapper has-right-rail">\n{inner}\n</div>'),
     heads(US_BOND), BLOX_CHROME)

T_HOUSING = "Council approves 640 homes on former mill site in largest scheme in a decade"
page(11, "irishtimeslike_gdpr_consent_wrapper_en", irishtimes(T_HOUSING, arc7_p(IE_HOUSING), wrap_open='<div class="gdpr-consent-wrapper gdpr-embed-region" data-gdpr-vendor="arc">', wrap_close="</div>"),
     heads(IE_HOUSING), IT_CHROME)

# ================================================================ 12 words neither fused nor split
NYT_DROP = ('<p class="css-at9mc1 evys1bk0"><span class="css-1wb7f3a dropcap">W</span><span class="css-fsf2sj smallcaps">hen the school board</span> in Maple Fork, Vt., voted last spring to move to a four-day week, '
            'the superintendent called it a last resort. The district had lost a fifth of its teachers in two years, and the nearest town with a bigger payroll was only a 25-minute drive away.</p>')
NYT_LINKS = ('<p class="css-at9mc1 evys1bk0">Research on four-day weeks is mixed. <a class="css-yywogo" href="https://www.rand.example/pubs/four-day-week.html">A study of districts in Oregon</a> found small declines in test scores, '
             'particularly in math, while <a class="css-yywogo" href="https://www.colorado.example/study">studies in Colorado and Missouri</a> found little difference in achievement.</p>')
page(12, "nytlike_dropcap_smallcaps_and_inline_links_en", nyt7(T_SCHOOL, nyt7_col(US_SCHOOL[1:6], 0, first_html=NYT_DROP) + "\n" + nyt7_ad(1) + "\n" + nyt7_col(US_SCHOOL[7:], 1, first_html=NYT_LINKS)),
     ["When the school board in Maple Fork, Vt., voted last spring", "A study of districts in Oregon found small declines", "while studies in Colorado and Missouri found little"] + heads(US_SCHOOL[1:6] + US_SCHOOL[7:]),
     NYT_CHROME + ["W hen", "Whenthe", "W\nhen", "boardin", "mixed.A", "whilestudies", "Missourifound", "Oregonfound"])

TOI_BODY12 = (f"RANIPUR: {esc(IN_WATER[0])}<br/><br/>{esc(IN_WATER[1])}{TOI_AD}{esc(IN_WATER[2])}<br/><br/>"
              "Executive engineer <strong>Sunita Kulkarni</strong> said the work would take about 18 hours and residents should store enough water for two days.<br/><br/>"
              f"{esc(IN_WATER[4])}<div class=\"_1JMcJ\"></div>"
              "This is the third major pipeline leak in the city this year. Activists have demanded an <a href=\"/topic/water-audit\">audit</a> of the ageing network, parts of which were laid in the 1970s.")
page(12, "toilike_br_text_and_div_inserts_en", toi(T_WATERCUT, TOI_BODY12),
     heads(IN_WATER[:3] + IN_WATER[4:5]) + ["Executive engineer Sunita Kulkarni said the work", "Activists have demanded an audit of the ageing network, parts"],
     TOI_CHROME + ["hours.Areas", "hoursAreas", "department.Executive", "departmentExecutive", "engineerSunita", "Kulkarnisaid", "days.\"We", "daysWe",
                   "said.This", "saidThis", "anaudit", "auditof", "network ,"])

T_BREAKINS = "Police investigating string of car break-ins at west side apartment complexes"
SIN_AD = '<div class="AdUnit-module_adUnit__2gEwa AdUnit-module_inline__1Jq9x"><span class="AdUnit-module_label__3D7aV">ADVERTISEMENT</span><div id="sbg-ad-inline-1"></div></div>'
SIN_BODY = (f"CEDAR FALLS, Iowa (WCFX) — {esc(US_BREAKINS[0])}<br><br>{esc(US_BREAKINS[1])}{SIN_AD}{esc(US_BREAKINS[2])}<br><br>"
            f"{esc(US_BREAKINS[3])}<br><br><div class=\"StoryText-module_related__3Qq9p\"></div>{esc(US_BREAKINS[4])}<br><br>{esc(US_BREAKINS[5])}")
page(12, "sinclairlike_loose_text_between_ad_divs_en", sinclair(T_BREAKINS, SIN_BODY),
     heads(US_BREAKINS), SIN_CHROME + ["handguns.Surveillance", "handgunsSurveillance", "Sunday.\"It's", "said.Police", "saidPolice", "overnight.Anyone"])

# ================================================================ 13 no paragraph twice
page(13, "blox_subscriber_preview_beside_premium_en", blox(T_BOND, ps7(US_BOND), preview=ps7(US_BOND[:1])),
     heads(US_BOND), BLOX_CHROME)

HT_MOBILE_DEK = f'<div class="sumMobile hideDesktop"><p class="sumText">{esc(IN_BUSES_DEK)}</p></div>'
page(13, "hindustantimes_dek_repeated_for_mobile_en", ht(T_BUSES, ht_p(IN_BUSES), dek=IN_BUSES_DEK, before_body=HT_MOBILE_DEK),
     [IN_BUSES_DEK] + heads(IN_BUSES), HT_CHROME)

IND_PULL = f'<aside class="sc-pullquote"><blockquote class="sc-pullquote__quote"><p>{esc(UK_STRIKE_PULL)}</p></blockquote><p class="sc-pullquote__cite">Dr Hannah Okafor, BMA</p></aside>'
page(13, "independentlike_pullquote_repeats_a_sentence_en", independent(T_STRIKE, ps7(UK_STRIKE[:5]) + "\n" + IND_PULL + "\n" + ps7(UK_STRIKE[5:])),
     heads(UK_STRIKE), IND_CHROME)

T_NURSES = "Manitoba nurses ratify 4-year deal with 12% raises, northern premium"
page(13, "cbclike_deck_repeats_first_paragraph_en", cbc(T_NURSES, ps7(CA_NURSES), deck=CA_NURSES[0]),
     heads(CA_NURSES), CBC_CHROME)

# ================================================================ 14 section fronts of teaser cards only
page(14, "cnnlike_section_front_container_cards_en", cnn_section(US_CARDS), [],
     [t for t, _ in US_CARDS] + [s[:40] for _, s in US_CARDS] + ["Top stories", "Crime + Justice"], is_article=False)

page(14, "blox_section_front_tnt_cards_en", blox_section(US_BOND_CARDS), [],
     [t for t, _ in US_BOND_CARDS] + [s[:40] for _, s in US_BOND_CARDS] + ["hrs ago"], is_article=False)

page(14, "gannett_section_front_flm_cards_en", gnt_section(US_SECTION_CARDS), [],
     [t for t, _ in US_SECTION_CARDS] + [s[:40] for _, s in US_SECTION_CARDS] + ["Load More"], is_article=False)

page(14, "aljazeeralike_news_feed_gc_cards_en", aj_section(INTL_CARDS), [],
     [t for t, _ in INTL_CARDS] + [s[:40] for _, s in INTL_CARDS] + ["Show more"], is_article=False)
