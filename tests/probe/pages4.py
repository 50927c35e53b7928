"""Fourth probe round: cases 5 (consent longer than a short article), 6
(captions and photo credits) and 7 (comment sections) in consent platforms,
comment systems and caption markups the earlier rounds do not cover, in
English, German, French, Spanish, Italian, Dutch and Polish. Imported at the
end of ``pages`` and appends to its ``PAGES``."""

from .pages import heads, page
from .shells import (
    arc,
    arc_p,
    drupal,
    ghost,
    joomla,
    microdata,
    plain_main,
    ps,
    wordpress,
)
from .shells3 import (
    apnews,
    corriere,
    corriere_p,
    elpais,
    hugo,
    lemonde,
    lemonde_p,
    wapo,
    wapo_p,
    webflow,
)
from .shells4 import dpg, drupal7, generatepress, minima, newspack, pl_portal, tagdiv
from .texts4 import (
    DE_FREIBAD,
    DE_ORTSUMGEHUNG,
    DE_VEREIN_S,
    DE_WOCHENMARKT_S,
    EN_ALLOTMENTS,
    EN_BRIDGE,
    EN_CAFE_S,
    EN_CARNIVAL,
    EN_DEPOT,
    EN_LIBVAN_S,
    EN_PARKRUN_S,
    EN_POOL,
    EN_ROADWORKS_S,
    EN_WATERMAIN_S,
    ES_FERIA_S,
    ES_MERCADO_S,
    ES_PISCINAS,
    FR_MARCHE,
    FR_PISCINE_S,
    IT_PARCHEGGIO,
    IT_SAGRA_S,
    NL_DIJK,
    NL_FIETSBRUG_S,
    PL_BIBLIOTEKA_S,
    PL_DROGA_S,
    PL_MOST,
)


def at_top(html, block):
    """Put ``block`` right after the opening <body ...> tag, where a consent platform injects its container first."""
    i = html.index("<body")
    j = html.index(">", i) + 1
    return html[:j] + "\n" + block + html[j:]


def at_end(html, block):
    """Put ``block`` right before </body>, where most consent platforms append their container."""
    return html.replace("</body>", block + "\n</body>")


# ---------------------------------------------------------------- 5 consent banner/modal longer than a short article
DIDOMI = """<div id="didomi-host" data-nosnippet="true"><div tabindex="-1" role="dialog" aria-labelledby="didomi-notice-title" aria-describedby="didomi-notice-text" aria-modal="true">
<div id="didomi-popup" class="didomi-popup-backdrop didomi-notice-popup didomi-popup__backdrop"><div class="didomi-popup-container didomi-popup-notice didomi-popup-notice-with-data-processing didomi-popup__dialog">
<div class="didomi-popup-notice-logo-container"><img class="didomi-popup-notice-logo" src="/static/logo-quotidien.svg" alt="Le Quotidien du Val"></div>
<div class="didomi-popup-notice-text-container">
<h1 id="didomi-notice-title" class="didomi-popup-notice-title">Bienvenue sur Le Quotidien du Val</h1>
<div id="didomi-notice-text" class="didomi-popup-notice-text"><p>Le Quotidien du Val et ses 814 partenaires stockent et/ou accèdent à des informations sur votre terminal, comme des identifiants uniques dans les cookies, afin de traiter des données personnelles. Vous pouvez accepter ou refuser ces traitements, y compris votre droit d'opposition lorsque l'intérêt légitime est invoqué, en cliquant sur « Paramétrer les cookies » ou à tout moment via le lien « Gestion des cookies » en bas de page.</p>
<p>Vos choix seront signalés à nos partenaires et n'affecteront pas vos données de navigation. En cliquant sur « Continuer sans accepter », vous refusez les traceurs non essentiels, mais vous pourrez toujours lire nos articles gratuits.</p></div>
<div class="didomi-popup-notice-data-processing-container"><div class="didomi-popup-notice-data-processing-title">Nous et nos partenaires procédons aux traitements de données suivants :</div>
<div class="didomi-popup-notice-data-processing-list"><span class="didomi-notice-data-processing-list-item">Données de géolocalisation précises et identification par analyse du terminal</span>, <span class="didomi-notice-data-processing-list-item">Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, études d'audience et développement de services</span>, <span class="didomi-notice-data-processing-list-item">Stocker et/ou accéder à des informations sur un terminal</span>, <span class="didomi-notice-data-processing-list-item">Partage de vos données avec les réseaux sociaux</span></div></div>
</div>
<div class="didomi-popup-notice-buttons"><button id="didomi-notice-learn-more-button" class="didomi-components-button didomi-button didomi-button-standard standard-button"><span>Paramétrer les cookies</span></button><button id="didomi-notice-disagree-button" class="didomi-components-button didomi-button didomi-disagree-button didomi-button-highlight highlight-button"><span>Continuer sans accepter</span></button><button id="didomi-notice-agree-button" class="didomi-components-button didomi-button didomi-dismiss-button didomi-button-highlight highlight-button"><span>Accepter &amp; Fermer</span></button></div>
</div></div></div></div>"""
page(5, "lemonde_didomi_notice_fr", at_end(lemonde("La piscine de Saint-Aubin-des-Prés rouvre le 8 juin", lemonde_p(FR_PISCINE_S)), DIDOMI),
     heads(FR_PISCINE_S), ["Bienvenue sur Le Quotidien du Val", "814 partenaires", "Vos choix seront signalés", "traitements de données suivants", "géolocalisation précises", "Partage de vos données avec les réseaux", "Continuer sans accepter"])

USERCENTRICS = """<div id="usercentrics-button"><div id="uc-main-banner" class="uc-banner-wrap uc-overlay" role="dialog" aria-modal="true" aria-labelledby="uc-banner-title" aria-describedby="uc-banner-text"><div class="uc-banner-modal uc-banner-content uc-layout-modal">
<div class="uc-banner-header"><h2 id="uc-banner-title" class="uc-banner-title">Privatsphäre-Einstellungen</h2><span class="uc-language-selector">DE</span></div>
<p id="uc-banner-text" class="uc-banner-text">Wir verwenden Cookies und ähnliche Technologien auf unserer Website und verarbeiten personenbezogene Daten von Ihnen (z.B. IP-Adresse), um Inhalte und Anzeigen zu personalisieren, Medien von Drittanbietern einzubinden oder Zugriffe auf unsere Website zu analysieren. Die Datenverarbeitung kann auch erst in Folge gesetzter Cookies stattfinden. Wir teilen diese Daten mit Dritten, die wir in den Privatsphäre-Einstellungen benennen.</p>
<p class="uc-banner-text uc-optin-description">Die Datenverarbeitung kann mit Ihrer Einwilligung oder auf Basis eines berechtigten Interesses erfolgen, dem Sie in den Privatsphäre-Einstellungen widersprechen können. Sie haben das Recht, nicht einzuwilligen und Ihre Einwilligung zu einem späteren Zeitpunkt zu ändern oder zu widerrufen.</p>
<div class="uc-card-list">
<div class="uc-category-row"><div class="uc-category-header"><span class="uc-category-title">Essenziell</span><label class="uc-switch uc-switch-disabled"><input type="checkbox" checked disabled aria-label="Essenziell"><span class="uc-slider"></span></label></div>
<p class="uc-category-description">Diese Technologien sind erforderlich, um die Kernfunktionalität der Website zu aktivieren, etwa die Anmeldung im Abo-Bereich und die Speicherung Ihrer Einwilligung.</p>
<div class="uc-service-list"><span class="uc-service-name">Usercentrics Consent Management Platform</span>, <span class="uc-service-name">Cloudflare</span>, <span class="uc-service-name">Piano Login</span></div></div>
<div class="uc-category-row"><div class="uc-category-header"><span class="uc-category-title">Funktional</span><label class="uc-switch"><input type="checkbox" aria-label="Funktional"><span class="uc-slider"></span></label></div>
<p class="uc-category-description">Diese Technologien ermöglichen es uns, Inhalte von Videoplattformen und Kartendiensten anzuzeigen und Ihre Auswahl, etwa die Schriftgröße, zu speichern.</p>
<div class="uc-service-list"><span class="uc-service-name">YouTube Video</span>, <span class="uc-service-name">Google Maps</span>, <span class="uc-service-name">Datawrapper</span></div></div>
<div class="uc-category-row"><div class="uc-category-header"><span class="uc-category-title">Marketing</span><label class="uc-switch"><input type="checkbox" aria-label="Marketing"><span class="uc-slider"></span></label></div>
<p class="uc-category-description">Diese Technologien werden von Werbetreibenden verwendet, um Anzeigen zu schalten, die für Ihre Interessen relevant sind, und um die Reichweite von Kampagnen zu messen.</p>
<div class="uc-service-list"><span class="uc-service-name">Google Ad Manager</span>, <span class="uc-service-name">Meta Pixel</span>, <span class="uc-service-name">Outbrain</span></div></div>
</div>
<div class="uc-btn-footer-container"><button id="uc-btn-deny-banner" class="uc-btn uc-btn-default btn-deny">Ablehnen</button><button id="uc-btn-more-info-banner" class="uc-btn uc-btn-default btn-more-info">Einstellungen speichern</button><button id="uc-btn-accept-banner" class="uc-btn uc-btn-primary btn-accept">Alle akzeptieren</button></div>
<div class="uc-powered-by"><a href="https://usercentrics.com/" rel="nofollow">Powered by Usercentrics Consent Management</a></div>
</div></div></div>"""
page(5, "drupal_usercentrics_de", at_end(drupal("Wochenmarkt zieht auf den Rathausplatz", ps(DE_WOCHENMARKT_S), site="Hellbrunner Tagblatt"), USERCENTRICS),
     heads(DE_WOCHENMARKT_S), ["Privatsphäre-Einstellungen", "Wir verwenden Cookies und ähnliche", "berechtigten Interesses", "Kernfunktionalität der Website", "Videoplattformen und Kartendiensten", "Werbetreibenden verwendet", "Usercentrics Consent", "Google Ad Manager", "Alle akzeptieren"])

BORLABS = """<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-describedby="CookieBoxTextDescription" aria-modal="true"><div class="middle-center" style="display: flex;"><div class="_brlbs-box-wrap _brlbs-box-plus"><div class="_brlbs-box _brlbs-box-advanced"><div class="cookie-box" aria-hidden="false"><div class="container"><div class="row"><div class="col-12"><div class="_brlbs-flex-center">
<img width="32" height="32" class="cookie-logo" src="/wp-content/uploads/2023/02/wappen.png" alt="Heimatverein Ober-Lichtenau">
<span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">Datenschutzeinstellungen</span></div>
<p id="CookieBoxTextDescription"><span class="_brlbs-paragraph _brlbs-text-description">Wir brauchen Ihre Zustimmung, bevor Sie unsere Website weiter besuchen können.</span> <span class="_brlbs-paragraph _brlbs-text-confirm-age">Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, müssen Sie Ihre Erziehungsberechtigten um Erlaubnis bitten.</span> <span class="_brlbs-paragraph _brlbs-text-technology">Wir verwenden Cookies und andere Technologien auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</span> <span class="_brlbs-paragraph _brlbs-text-personal-data">Personenbezogene Daten können verarbeitet werden (z. B. IP-Adressen), z. B. für personalisierte Anzeigen und Inhalte oder Anzeigen- und Inhaltsmessung.</span> <span class="_brlbs-paragraph _brlbs-text-more-information">Weitere Informationen über die Verwendung Ihrer Daten finden Sie in unserer <a class="_brlbs-cursor" href="/datenschutzerklaerung/">Datenschutzerklärung</a>.</span> <span class="_brlbs-paragraph _brlbs-text-revoke">Sie können Ihre Auswahl jederzeit unter <a class="_brlbs-cursor" href="#" data-cookie-individual>Einstellungen</a> widerrufen oder anpassen.</span></p>
<fieldset><legend class="sr-only">Datenschutzeinstellungen</legend><ul>
<li><label class="_brlbs-checkbox">Essenziell<input id="checkbox-essential" tabindex="0" type="checkbox" name="cookieGroup[]" value="essential" checked disabled data-borlabs-cookie-checkbox><span class="_brlbs-checkbox-indicator"></span></label></li>
<li><label class="_brlbs-checkbox">Statistiken<input id="checkbox-statistics" tabindex="0" type="checkbox" name="cookieGroup[]" value="statistics" data-borlabs-cookie-checkbox><span class="_brlbs-checkbox-indicator"></span></label></li>
<li><label class="_brlbs-checkbox">Externe Medien<input id="checkbox-external-media" tabindex="0" type="checkbox" name="cookieGroup[]" value="external-media" data-borlabs-cookie-checkbox><span class="_brlbs-checkbox-indicator"></span></label></li>
</ul></fieldset>
<p class="_brlbs-accept"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-accept-all>Alle akzeptieren</a></p>
<p class="_brlbs-accept"><a href="#" tabindex="0" role="button" id="CookieBoxSaveButton" class="_brlbs-btn _brlbs-cursor" data-cookie-accept>Speichern</a></p>
<p class="_brlbs-refuse-btn"><a class="_brlbs-btn _brlbs-cursor" href="#" tabindex="0" role="button" data-cookie-refuse>Nur essenzielle Cookies akzeptieren</a></p>
<p class="_brlbs-manage-btn "><a href="#" class="_brlbs-cursor _brlbs-btn " tabindex="0" role="button" data-cookie-individual>Individuelle Datenschutzeinstellungen</a></p>
<p class="_brlbs-legal"><a href="#" class="_brlbs-cursor" tabindex="0" role="button" data-cookie-individual>Cookie-Details</a><span class="_brlbs-separator"></span><a href="/datenschutzerklaerung/" tabindex="0">Datenschutzerklärung</a><span class="_brlbs-separator"></span><a href="/impressum/" tabindex="0">Impressum</a></p>
</div></div></div></div></div></div></div></div>"""
page(5, "generatepress_borlabs_de", at_top(generatepress("Dorfmühle am Erlenbach wieder geöffnet", ps(DE_VEREIN_S), lang="de", site="Heimatverein Ober-Lichtenau e.V.",
     recent=("Jahreshauptversammlung 2024", "Maibaum steht wieder", "Arbeitseinsatz an der Mühle")), BORLABS),
     heads(DE_VEREIN_S), ["Wir brauchen Ihre Zustimmung", "unter 16 Jahre alt", "Einige von ihnen sind essenziell", "Personenbezogene Daten können", "Weitere Informationen über die Verwendung", "widerrufen oder anpassen", "Nur essenzielle Cookies", "Individuelle Datenschutzeinstellungen"])

COMPLIANZ = """<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Cookie-toestemming beheren</div><div class="cmplz-close" tabindex="0" role="button" aria-label="Dialog sluiten"><svg aria-hidden="true" focusable="false" role="img" viewBox="0 0 352 512" height="18"><path fill="currentColor" d="M242.72 256l100.07-100.07"></path></svg></div></div>
<div class="cmplz-divider cmplz-divider-header"></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>Om de beste ervaring te bieden, gebruiken wij technieken zoals cookies om informatie over je apparaat op te slaan en/of te raadplegen. Door in te stemmen met deze technieken kunnen wij gegevens zoals surfgedrag of unieke ID's op deze site verwerken. Als je geen toestemming geeft of je toestemming intrekt, kan dit een nadelige invloed hebben op bepaalde functies en mogelijkheden.</p></div>
<div class="cmplz-categories">
<details class="cmplz-category cmplz-functional"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Functioneel</span><span class="cmplz-always-active"><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-functional-optin" data-category="cmplz_functional" class="cmplz-consent-checkbox cmplz-functional" size="40" value="1"/><label class="cmplz-label" for="cmplz-functional-optin"><span class="screen-reader-text">Functioneel</span></label></span>Altijd actief</span></span></summary>
<div class="cmplz-description"><span class="cmplz-description-functional">De technische opslag of toegang is strikt noodzakelijk voor het legitieme doel het gebruik mogelijk te maken van een specifieke dienst waarom de abonnee of gebruiker uitdrukkelijk heeft gevraagd, of met als enig doel de uitvoering van de transmissie van een communicatie over een elektronisch communicatienetwerk.</span></div></details>
<details class="cmplz-category cmplz-preferences"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Voorkeuren</span></span></summary>
<div class="cmplz-description"><span class="cmplz-description-preferences">De technische opslag of toegang is noodzakelijk voor het legitieme doel voorkeuren op te slaan die niet door de abonnee of gebruiker zijn aangevraagd.</span></div></details>
<details class="cmplz-category cmplz-statistics"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Statistieken</span></span></summary>
<div class="cmplz-description"><span class="cmplz-description-statistics">De technische opslag of toegang die uitsluitend voor statistische doeleinden wordt gebruikt. Zonder dagvaarding, vrijwillige naleving door je internetprovider of aanvullende gegevens van een derde partij kan informatie die alleen voor dit doel wordt opgeslagen of opgehaald gewoonlijk niet worden gebruikt om je te identificeren.</span></div></details>
<details class="cmplz-category cmplz-marketing"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Marketing</span></span></summary>
<div class="cmplz-description"><span class="cmplz-description-marketing">De technische opslag of toegang is nodig om gebruikersprofielen op te stellen voor het verzenden van reclame, of om de gebruiker op een website of over verschillende websites te volgen voor soortgelijke marketingdoeleinden.</span></div></details>
</div></div>
<div class="cmplz-links cmplz-information"><a class="cmplz-link cmplz-manage-options cookie-statement" href="#">Beheer opties</a> <a class="cmplz-link cmplz-manage-third-parties cookie-statement" href="#">Beheer diensten</a> <a class="cmplz-link cmplz-manage-vendors tcf cookie-statement" href="#">Beheer leveranciers</a></div>
<div class="cmplz-divider cmplz-footer"></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepteren</button><button class="cmplz-btn cmplz-deny">Weigeren</button><button class="cmplz-btn cmplz-view-preferences">Voorkeuren bekijken</button><button class="cmplz-btn cmplz-save-preferences">Voorkeuren opslaan</button></div>
<div class="cmplz-links cmplz-documents"><a class="cmplz-link cookie-statement" href="/cookiebeleid-eu/" data-relative_url="#cmplz-cookies-overview">Cookiebeleid</a> <a class="cmplz-link privacy-statement" href="/privacyverklaring/" data-relative_url="#cmplz-privacy-statement">Privacyverklaring</a></div>
</div></div>"""
page(5, "generatepress_complianz_nl", at_end(generatepress("Fietsbrug over het Merwedekanaal gaat maandag open", ps(NL_FIETSBRUG_S), lang="nl", site="Oudewater-Noord Actueel",
     recent=("Kermis verhuist naar het Marktveld", "Nieuwe huisarts in De Gaarde", "Werk aan de Julianalaan")), COMPLIANZ),
     heads(NL_FIETSBRUG_S), ["Cookie-toestemming beheren", "Om de beste ervaring te bieden", "strikt noodzakelijk voor het legitieme", "voorkeuren op te slaan", "uitsluitend voor statistische doeleinden", "gebruikersprofielen op te stellen", "Voorkeuren bekijken", "Privacyverklaring"])

QUANTCAST = """<div id="qc-cmp2-container" data-nosnippet="true"><div class="qc-cmp2-container" id="qc-cmp2-main"><div class="qc-cmp-cleanslate css-1q5r7a6"><div id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui" aria-modal="true" tabindex="0" class=" css-1k3b4rk">
<div class="qc-cmp2-summary-section"><div class="qc-cmp2-summary-info">
<h2 class=" css-14fmxg7">Valutiamo la tua privacy</h2>
<div class="qc-cmp2-summary-text" style="max-height: none;"><p>Noi e i nostri <button aria-pressed="false" class="qc-cmp2-link-inline css-1q9s7vx">partner</button> archiviamo e/o accediamo a informazioni su un dispositivo, come gli ID univoci nei cookie, per il trattamento dei dati personali. Puoi accettare o gestire le tue scelte cliccando qui sotto o in qualsiasi momento nella pagina dell'informativa sulla privacy, compreso il diritto di opporti quando viene utilizzato il legittimo interesse. Le tue scelte verranno segnalate ai nostri partner e non influiranno sui dati di navigazione.</p></div>
<div class="qc-cmp2-consent-info"><p class="qc-cmp2-list-header">Noi e i nostri partner trattiamo i dati per fornire:</p>
<ul class="qc-cmp2-list"><li>Utilizzare dati di geolocalizzazione precisi. Scansione attiva delle caratteristiche del dispositivo ai fini dell'identificazione. Archiviare e/o accedere a informazioni su un dispositivo. Annunci e contenuti personalizzati, valutazione degli annunci e del contenuto, osservazioni del pubblico e sviluppo di prodotti.</li></ul>
<button aria-pressed="false" class="qc-cmp2-list-toggle css-1e5u21n">Elenco dei partner (fornitori)</button></div></div>
<div class="qc-cmp2-summary-buttons"><button mode="secondary" size="large" class=" css-1hy2vtq"><span>ALTRE OPZIONI</span></button><button mode="primary" size="large" class=" css-47sehv"><span>ACCETTO</span></button></div>
</div></div></div></div></div>"""
page(5, "joomla_quantcast_choice_it", at_end(joomla("Sagra delle ciliegie, a Montealto la quarantesima edizione", ps(IT_SAGRA_S), site="Gazzetta di Montealto"), QUANTCAST),
     heads(IT_SAGRA_S), ["Valutiamo la tua privacy", "archiviamo e/o accediamo", "trattiamo i dati per fornire", "Scansione attiva delle caratteristiche", "Elenco dei partner", "ALTRE OPZIONI"])

COOKIEYES = """<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div class="cky-modal cky-modal-open" tabindex="-1"><div class="cky-preference-center" data-cky-tag="detail">
<div class="cky-preference-header"><span class="cky-preference-title" role="heading" aria-level="1" data-cky-tag="detail-title">Customise Consent Preferences</span><button class="cky-btn-close" aria-label="Close" data-cky-tag="detail-close"><img src="/wp-content/plugins/cookie-law-info/lite/frontend/images/close.svg" alt="Close"></button></div>
<div class="cky-preference-body-wrapper"><div class="cky-preference-content-wrapper" data-cky-tag="detail-description"><p>We use cookies to help you navigate efficiently and perform certain functions. You will find detailed information about all cookies under each consent category below.</p><p>The cookies that are categorised as "Necessary" are stored on your browser as they are essential for enabling the basic functionalities of the site.</p><p>We also use third-party cookies that help us analyse how you use this website, store your preferences, and provide the content and advertisements that are relevant to you. These cookies will only be stored in your browser with your prior consent.</p></div>
<div class="cky-accordion-wrapper" data-cky-tag="detail-categories">
<div class="cky-accordion" id="ckyDetailCategorynecessary"><div class="cky-accordion-item"><div class="cky-accordion-chevron"><i class="cky-chevron-right"></i></div><div class="cky-accordion-header-wrapper"><div class="cky-accordion-header"><button class="cky-accordion-btn" aria-label="Necessary" data-cky-tag="detail-category-title">Necessary</button><span class="cky-always-active">Always Active</span></div>
<div class="cky-accordion-header-des" data-cky-tag="detail-category-description"><p>Necessary cookies are required to enable the basic features of this site, such as providing secure log-in or adjusting your consent preferences. These cookies do not store any personally identifiable data.</p></div></div></div>
<div class="cky-accordion-body"><div class="cky-audit-table" data-cky-tag="audit-table"><ul class="cky-cookie-des-table"><li><div>Cookie</div><div>cookieyes-consent</div></li><li><div>Duration</div><div>1 year</div></li><li><div>Description</div><div>CookieYes sets this cookie to remember users' consent preferences so that their preferences are respected on subsequent visits to this site.</div></li></ul></div></div></div>
<div class="cky-accordion" id="ckyDetailCategoryanalytics"><div class="cky-accordion-item"><div class="cky-accordion-chevron"><i class="cky-chevron-right"></i></div><div class="cky-accordion-header-wrapper"><div class="cky-accordion-header"><button class="cky-accordion-btn" aria-label="Analytics" data-cky-tag="detail-category-title">Analytics</button><div class="cky-switch" data-cky-tag="detail-category-toggle"><input type="checkbox" id="ckySwitchanalytics"></div></div>
<div class="cky-accordion-header-des" data-cky-tag="detail-category-description"><p>Analytical cookies are used to understand how visitors interact with the website. These cookies help provide information on metrics such as the number of visitors, bounce rate, traffic source, etc.</p></div></div></div>
<div class="cky-accordion-body"><div class="cky-audit-table" data-cky-tag="audit-table"><ul class="cky-cookie-des-table"><li><div>Cookie</div><div>_ga</div></li><li><div>Duration</div><div>1 year 1 month 4 days</div></li><li><div>Description</div><div>Google Analytics sets this cookie to calculate visitor, session and campaign data and track site usage for the site's analytics report.</div></li></ul></div></div></div>
<div class="cky-accordion" id="ckyDetailCategoryadvertisement"><div class="cky-accordion-item"><div class="cky-accordion-chevron"><i class="cky-chevron-right"></i></div><div class="cky-accordion-header-wrapper"><div class="cky-accordion-header"><button class="cky-accordion-btn" aria-label="Advertisement" data-cky-tag="detail-category-title">Advertisement</button><div class="cky-switch" data-cky-tag="detail-category-toggle"><input type="checkbox" id="ckySwitchadvertisement"></div></div>
<div class="cky-accordion-header-des" data-cky-tag="detail-category-description"><p>Advertisement cookies are used to provide visitors with customised advertisements based on the pages you visited previously and to analyse the effectiveness of the ad campaigns.</p></div></div></div></div>
</div></div>
<div class="cky-footer-wrapper"><span class="cky-footer-shadow"></span><div class="cky-prefrence-btn-wrapper" data-cky-tag="detail-buttons"><button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="detail-reject-button">Reject All</button><button class="cky-btn cky-btn-preferences" aria-label="Save My Preferences" data-cky-tag="detail-save-button">Save My Preferences</button><button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="detail-accept-button">Accept All</button></div>
<div style="padding: 8px 24px; font-size: 12px; font-weight: 400; line-height: 20px; text-align: right;" data-cky-tag="detail-powered-by">Powered by <a target="_blank" rel="noopener" href="https://www.cookieyes.com/product/cookie-consent"><img src="/wp-content/plugins/cookie-law-info/lite/frontend/images/poweredbtcky.svg" alt="Cookieyes logo"></a></div></div>
</div></div><div class="cky-overlay"></div>"""
page(5, "newspack_cookieyes_en", at_top(newspack("Mobile library returns to eleven villages next month", ps(EN_LIBVAN_S), site="The Ashby Parva Echo"), COOKIEYES),
     heads(EN_LIBVAN_S), ["We value your privacy", "serve personalised ads", "Customise Consent Preferences", "help you navigate efficiently", "essential for enabling the basic", "third-party cookies that help us", "such as providing secure log-in", "cookieyes-consent", "remember users' consent", "Analytical cookies are used", "bounce rate", "calculate visitor, session", "Advertisement cookies are used", "Save My Preferences"])

FUNDING_CHOICES = """<div class="fc-consent-root" dir="ltr"><div class="fc-dialog-container"><div class="fc-dialog fc-choice-dialog" role="dialog" aria-modal="true" aria-label="Este sitio solicita tu consentimiento para usar tus datos"><div class="fc-dialog-content">
<div class="fc-header fc-dialog-restrict-width"><div class="fc-header-image-container"><img class="fc-header-image" alt="Diario de Villanueva" src="https://fundingchoicesmessages.google.com/i/pub-1234567890123456?ers=2"></div></div>
<div class="fc-dialog-headline"><h1 class="fc-dialog-headline-text fc-choice-dialog-header">Diario de Villanueva solicita tu consentimiento para usar tus datos personales para:</h1></div>
<div class="fc-dialog-body"><div class="fc-stacks fc-dialog-restrict-width">
<div class="fc-stack"><div class="fc-stack-icon-wrapper"><div class="fc-stack-icon fc-personal-data-icon"></div></div><div class="fc-stack-name">Anuncios y contenido personalizados, medición de anuncios y del contenido, investigación de audiencia y desarrollo de servicios</div></div>
<div class="fc-stack"><div class="fc-stack-icon-wrapper"><div class="fc-stack-icon fc-store-info-icon"></div></div><div class="fc-stack-name">Almacenar la información en un dispositivo y/o acceder a ella</div></div></div>
<div class="fc-dialog-restrict-width"><div class="fc-learn-more-title-container"><div class="fc-learn-more-title">Más información</div><div class="fc-chevron fc-chevron-down"></div></div>
<div class="fc-dialog-body-text"><p class="fc-body-text">Tus datos personales se tratarán y la información de tu dispositivo (cookies, identificadores únicos y otros datos del dispositivo) podrá ser almacenada, consultada y compartida con 142 proveedores TCF y 67 partners publicitarios, o bien utilizada específicamente por este sitio o aplicación.</p>
<p class="fc-body-text">Algunos proveedores pueden tratar tus datos personales basándose en un interés legítimo, al que puedes oponerte gestionando tus opciones a continuación. Busca un enlace en la parte inferior de esta página o en nuestra política de privacidad para retirar el consentimiento.</p></div></div></div>
<div class="fc-footer fc-dialog-restrict-width"><div class="fc-footer-buttons-container"><div class="fc-footer-buttons-divider"></div><div class="fc-footer-buttons"><button class="fc-button fc-cta-consent fc-primary-button" role="button" aria-label="Consentir" tabindex="0"><div class="fc-button-background"></div><p class="fc-button-label">Consentir</p></button><button class="fc-button fc-cta-manage-options fc-secondary-button" role="button" aria-label="Gestionar opciones" tabindex="0"><div class="fc-button-background"></div><p class="fc-button-label">Gestionar opciones</p></button></div></div></div>
</div></div></div><div class="fc-dialog-overlay"></div></div>"""
page(5, "plain_funding_choices_es", at_end(plain_main("La feria del libro vuelve a la plaza de la Constitución", ps(ES_FERIA_S), site="Diario de Villanueva"), FUNDING_CHOICES),
     heads(ES_FERIA_S), ["solicita tu consentimiento", "investigación de audiencia", "Almacenar la información en un dispositivo", "Más información", "142 proveedores TCF", "interés legítimo, al que puedes oponerte", "Gestionar opciones"])

SOURCEPOINT = """<div id="sp_message_container_1067211" class="sp_message_container" style="display: block; position: fixed; z-index: 2147483647; top: 0; left: 0; width: 100%; height: 100%;"><div id="sp_message_id_1067211" class="sp_message sp_message_1067211 message type-modal" style="background-color: #ffffff; max-width: 720px; margin: 40px auto;">
<div class="message-container"><div class="message-component message-row" style="padding: 10px 20px;"><img class="message-component message-logo" src="/img/cressington-logo.svg" alt="Cressington Messenger"></div>
<div class="message-component message-column"><p class="message-component message-text message-title" style="font-size: 22px; font-weight: 700;">Cressington Messenger values your privacy</p>
<div class="message-component message-text"><p>We and our 894 partners store and/or access information on a device, such as cookies and unique identifiers, and process personal data, such as browsing data, for the purposes listed below. You may click to consent to our and our partners' processing for such purposes. Alternatively, you may click to refuse to consent, or access more detailed information and change your preferences before consenting.</p>
<p>Your preferences will apply to this website only. Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing. You can change your preferences or withdraw your consent at any time by returning to this site and clicking the "Privacy" button at the bottom of the webpage.</p></div>
<div class="message-component message-stacks"><p class="message-component message-text stack-title">We and our partners process data for the following purposes</p>
<div class="message-component stack-row"><span class="stack-name">Personalised advertising and content, advertising and content measurement, audience research and services development</span></div>
<div class="message-component stack-row"><span class="stack-name">Store and/or access information on a device</span></div>
<div class="message-component stack-row"><span class="stack-name">Use limited data to select content</span></div>
<div class="message-component stack-row"><span class="stack-name">Precise geolocation data, and identification through device scanning</span></div></div>
<div class="message-component message-row"><button class="message-component message-button no-children focusable sp_choice_type_12" title="Options">Options</button><button class="message-component message-button no-children focusable sp_choice_type_11" title="Accept">Accept</button></div>
<p class="message-component message-text"><a href="/vendor-list">List of partners (vendors)</a></p></div>
</div></div></div>"""
page(5, "arc_sourcepoint_native_message", at_end(arc("A614 to close overnight for three weeks of resurfacing", arc_p(EN_ROADWORKS_S), site="Cressington Messenger"), SOURCEPOINT),
     heads(EN_ROADWORKS_S), ["values your privacy", "894 partners", "Your preferences will apply to this website", "process data for the following purposes", "Personalised advertising and content, advertising", "Use limited data to select content", "identification through device scanning", "List of partners"])

COOKIE_NOTICE_PL = """<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom cn-effect-fade cookie-notice-visible" aria-label="Cookie Notice" style="background-color: rgba(0,0,0,0.85);"><div class="cookie-notice-container" style="color: #fff">
<span id="cn-notice-text" class="cn-text-container"><strong>Szanowny Czytelniku, dbamy o Twoją prywatność.</strong><br>
Nasza strona korzysta z plików cookies w celu zapewnienia prawidłowego działania serwisu, prowadzenia statystyk odwiedzin oraz dopasowania wyświetlanych reklam do Twoich zainteresowań. Pliki cookies mogą być zapisywane także przez naszych partnerów, w tym Google i Meta.<br><br>
Administratorem Twoich danych osobowych jest Wydawnictwo Zalesie sp. z o.o. z siedzibą w Zalesiu Górnym, ul. Długa 14. Dane przetwarzamy na podstawie art. 6 ust. 1 lit. a i f RODO w celach marketingowych, analitycznych oraz w celu świadczenia usług drogą elektroniczną. Dane mogą być przekazywane podmiotom przetwarzającym je na nasze zlecenie, w szczególności dostawcom usług IT i agencjom reklamowym.<br><br>
Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do przenoszenia danych, prawo do wniesienia sprzeciwu oraz prawo do wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Zgodę możesz w każdej chwili wycofać, zmieniając ustawienia swojej przeglądarki.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button cn-button-custom button" aria-label="Akceptuję">Akceptuję</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button cn-button-custom button" aria-label="Nie zgadzam się">Nie zgadzam się</a><a href="/polityka-prywatnosci/" target="_blank" id="cn-more-info" class="cn-more-info cn-button cn-button-custom button" aria-label="Polityka prywatności">Polityka prywatności</a></span>
<span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Nie zgadzam się"></span></div>
<div class="cookie-revoke-container" style="color: #fff"><span id="cn-revoke-buttons" class="cn-buttons-container"><a href="#" class="cn-revoke-cookie cn-button cn-button-custom button" aria-label="Cofnij zgodę">Cofnij zgodę</a></span></div></div>"""
page(5, "tagdiv_cookie_notice_rodo_pl", at_end(tagdiv("Przebudowa skrzyżowania na 817. Będzie rondo i objazdy", ps(PL_DROGA_S)), COOKIE_NOTICE_PL),
     heads(PL_DROGA_S), ["dbamy o Twoją prywatność", "korzysta z plików cookies", "Administratorem Twoich danych", "Przysługuje Ci prawo dostępu", "Nie zgadzam się", "Cofnij zgodę"])

OSANO = """<div class="osano-cm-window" dir="ltr"><div role="dialog" aria-live="polite" aria-label="Cookie Consent Banner" aria-describedby="osano-cm-dialog-title" class="osano-cm-dialog osano-cm-dialog--position_bottom osano-cm-dialog--type_bar osano-cm-dialog--theme_dark">
<div class="osano-cm-content osano-cm-dialog__content"><span id="osano-cm-dialog-title" class="osano-cm-label osano-cm-dialog__title">Your privacy choices</span>
<span class="osano-cm-content__message osano-cm-message osano-cm-dialog__content__message">This website utilizes technologies such as cookies to enable essential site functionality, as well as for analytics, personalization, and targeted advertising purposes. To learn more, view the following link:</span> <a href="/privacy-policy" rel="noopener" target="_blank" class="osano-cm-storage-policy osano-cm-link osano-cm-dialog__link">Privacy Policy</a>
<ul class="osano-cm-dialog__list osano-cm-list">
<li class="osano-cm-list-item osano-cm-list-item--ESSENTIAL osano-cm-dialog__list-item"><input id="osano-cm-dialog-toggle--category_ESSENTIAL" type="checkbox" class="osano-cm-toggle__input" checked disabled aria-checked="true" data-category="ESSENTIAL"><label for="osano-cm-dialog-toggle--category_ESSENTIAL" class="osano-cm-toggle__switch osano-cm-switch"><span class="osano-cm-label osano-cm-toggle__label">Essential</span></label></li>
<li class="osano-cm-list-item osano-cm-list-item--STORAGE"><input id="osano-cm-dialog-toggle--category_STORAGE" type="checkbox" class="osano-cm-toggle__input" aria-checked="false" data-category="STORAGE"><label for="osano-cm-dialog-toggle--category_STORAGE" class="osano-cm-toggle__switch osano-cm-switch"><span class="osano-cm-label osano-cm-toggle__label">Storage</span></label></li>
<li class="osano-cm-list-item osano-cm-list-item--MARKETING"><input id="osano-cm-dialog-toggle--category_MARKETING" type="checkbox" class="osano-cm-toggle__input" aria-checked="false" data-category="MARKETING"><label for="osano-cm-dialog-toggle--category_MARKETING" class="osano-cm-toggle__switch osano-cm-switch"><span class="osano-cm-label osano-cm-toggle__label">Marketing</span></label></li>
<li class="osano-cm-list-item osano-cm-list-item--ANALYTICS"><input id="osano-cm-dialog-toggle--category_ANALYTICS" type="checkbox" class="osano-cm-toggle__input" aria-checked="false" data-category="ANALYTICS"><label for="osano-cm-dialog-toggle--category_ANALYTICS" class="osano-cm-toggle__switch osano-cm-switch"><span class="osano-cm-label osano-cm-toggle__label">Personalization</span></label></li></ul></div>
<div class="osano-cm-dialog__buttons osano-cm-buttons"><button class="osano-cm-button osano-cm-manage osano-cm-buttons__button">Manage Preferences</button><button class="osano-cm-accept-all osano-cm-buttons__button osano-cm-button">Accept All</button><button class="osano-cm-denyAll osano-cm-buttons__button osano-cm-button">Reject Non-Essential</button></div></div>
<div class="osano-cm-info-dialog osano-cm-info-dialog--open"><div role="dialog" aria-modal="true" aria-label="Cookie Preferences" class="osano-cm-info osano-cm-info--position_right"><div class="osano-cm-info-views"><div class="osano-cm-info-views__view"><div class="osano-cm-info--do_not_sell osano-cm-view__storage osano-cm-info__view">
<p class="osano-cm-description osano-cm-view__description">Websites store cookies to enhance functionality and personalize your experience. You can manage your preferences, but blocking some cookies may impact site performance and services.</p>
<div class="osano-cm-drawer-toggle"><label class="osano-cm-label">Essential</label><p class="osano-cm-description">Essential cookies enable basic functions and are necessary for the proper function of the website.</p></div>
<div class="osano-cm-drawer-toggle"><label class="osano-cm-label">Storage</label><p class="osano-cm-description">Storage preferences are stored to remember the choices you make, such as your language or the region you are in, to provide a more personal experience.</p></div>
<div class="osano-cm-drawer-toggle"><label class="osano-cm-label">Marketing</label><p class="osano-cm-description">Marketing cookies are used by third parties or the publisher to display personalized advertisements by tracking users across websites.</p></div>
<div class="osano-cm-drawer-toggle"><label class="osano-cm-label">Personalization</label><p class="osano-cm-description">Personalization cookies collect information about how you use the website to recommend stories and tailor what you see on your next visit.</p></div>
<button class="osano-cm-save osano-cm-view__button osano-cm-button">Save</button><a class="osano-cm-powered-by__link" href="https://www.osano.com" target="_blank" rel="noopener">Powered by Osano</a></div></div></div></div></div>
</div>"""
page(5, "apnews_osano_dialog_drawer", at_end(apnews("Water main break leaves 2,400 Belmont homes dry for most of a day", ps(EN_WATERMAIN_S), site="Belmont Daily Courier"), OSANO),
     heads(EN_WATERMAIN_S), ["Your privacy choices", "utilizes technologies such as cookies", "Reject Non-Essential", "Websites store cookies to enhance", "Essential cookies enable basic", "Storage preferences are stored", "display personalized advertisements", "recommend stories and tailor", "Powered by Osano"])

TRUSTARC = """<div id="consent_blackbar" style="position: fixed; bottom: 0; width: 100%; z-index: 9999999;"><div id="truste-consent-track" class="truste-consent-track-class" role="alertdialog" aria-labelledby="truste-cookie-title" aria-describedby="truste-consent-text" style="overflow: hidden; background-color: #1b2430;">
<div id="truste-consent-content" class="truste-consent-content-class"><div id="truste-consent-text" class="truste-consent-text-class">
<h2 id="truste-cookie-title" class="truste-cookie-title">How we use cookies</h2>
<p>This site uses cookies and related technologies, as described in our privacy statement, for purposes that may include site operation, analytics, enhanced user experience, or advertising. You may choose to consent to our use of these technologies, or manage your own preferences.</p>
<p><strong>Required cookies</strong> are necessary for the site to work, for example to keep you signed in to your subscription and to remember the choices you make in this banner. They cannot be switched off.</p>
<p><strong>Functional cookies</strong> let us remember settings such as your saved articles and the edition you prefer, and allow embedded video players and maps to work.</p>
<p><strong>Advertising cookies</strong> are set by us and our partners to build a profile of your interests and show you relevant ads on this and other sites. California residents may opt out of the sale or sharing of personal information by selecting Decline.</p></div>
<div id="truste-consent-buttons" class="truste-consent-buttons-class"><button id="truste-consent-required" class="truste-button2" type="button">Decline</button><button id="truste-show-consent" class="truste-button2" type="button">Manage Preferences</button><button id="truste-consent-button" class="truste-button1" type="button">Accept All Cookies</button></div>
</div><div id="truste-consent-close"><img alt="close" src="https://consent.trustarc.example/get?name=cross-white.svg"></div></div></div>"""
page(5, "wapo_trustarc_blackbar", at_top(wapo("Fairlow parkrun moves to river path for the summer", wapo_p(EN_PARKRUN_S), site="The Fairlow Standard"), TRUSTARC),
     heads(EN_PARKRUN_S), ["How we use cookies", "related technologies, as described", "Required cookies", "keep you signed in to your subscription", "Functional cookies", "embedded video players", "Advertising cookies", "California residents may opt out", "Accept All Cookies"])

TERMLY = """<div id="termly-code-snippet-support"><div class="termly-styles-root-d5f974 termly-styles-bottom-e4b1c6" tabindex="0" role="alertdialog" aria-label="Cookie Consent Prompt"><div class="termly-styles-module-root-f61419 termly-styles-module-medium-ca4f8a" data-tid="banner">
<div class="termly-styles-header-d4d2a8"><div class="termly-styles-title-e4fcb1" role="heading" aria-level="2">This site uses cookies</div></div>
<div class="termly-styles-message-f7c9f2"><span>Marsh Lane Community Café uses essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve user experience, personalise content and analyse website traffic. For these reasons, we may share your site usage data with our analytics partners. By clicking "Accept," you agree to our website's cookie use as described in our <button class="termly-styles-button-a4543c" data-tid="banner-cookie-policy-link">Cookie Policy</button>. You can change your cookie settings at any time by clicking "<button class="termly-styles-button-a4543c" data-tid="banner-preferences-link">Preferences</button>."</span></div>
<div class="termly-styles-buttons-ea7c0e"><button class="termly-styles-module-root-c8e5ad termly-styles-module-secondary-c1a8b1 termly-styles-preferences-button-ce7f57" data-tid="banner-preferences">Preferences</button><button class="termly-styles-module-root-c8e5ad termly-styles-module-outline-a2a1e9" data-tid="banner-decline">Decline</button><button class="termly-styles-module-root-c8e5ad termly-styles-module-primary-f3f1b0" data-tid="banner-accept">Accept</button></div></div></div>
<div class="t-preference-modal termly-styles-modal-d2b1a5" role="dialog" aria-modal="true" aria-label="Preference Center"><div class="termly-styles-preferences-e2fc3a">
<div class="termly-styles-header-a8f1bd"><h2 class="termly-styles-title-c2b0c3">Preference Center</h2></div>
<p class="termly-styles-description-fb1f22">When you visit our website, we store cookies on your browser to collect information. The information collected might relate to you, your preferences or your device, and is mostly used to make the site work as you expect it to and to provide a more personalised web experience.</p>
<div class="termly-styles-category-cbb7e4"><div class="termly-styles-category-title-d7a2b3">Essential Cookies</div><div class="termly-styles-always-on-a4f76d">Always on</div><p>These cookies are strictly necessary to provide you with services available through our website, such as booking a table or signing up for the lunch club.</p></div>
<div class="termly-styles-category-cbb7e4"><div class="termly-styles-category-title-d7a2b3">Performance and Functionality Cookies</div><input type="checkbox" class="termly-styles-toggle-f2d0e3" aria-label="Performance and Functionality Cookies"><p>These cookies are used to enhance the performance and functionality of our website but are non-essential to its use. Without them, certain features such as embedded maps may become unavailable.</p></div>
<div class="termly-styles-category-cbb7e4"><div class="termly-styles-category-title-d7a2b3">Analytics and Customisation Cookies</div><input type="checkbox" class="termly-styles-toggle-f2d0e3" aria-label="Analytics and Customisation Cookies"><p>These cookies collect information that is used in aggregate form to help us understand how our website is being used or how effective our marketing campaigns are.</p></div>
<div class="termly-styles-footer-b5c0a0"><button data-tid="preferences-decline-all">Decline All</button><button data-tid="preferences-save">Save Preferences</button><button data-tid="preferences-accept-all">Accept All</button></div></div></div></div>"""
page(5, "webflow_termly_banner_prefs", at_end(webflow("The café reopens on Saturday", ps(EN_CAFE_S), site="Marsh Lane Community Café", category="News"), TERMLY),
     heads(EN_CAFE_S), ["This site uses cookies", "uses essential cookies to make our site work", "Preference Center", "we store cookies on your browser", "strictly necessary to provide you", "Performance and Functionality", "enhance the performance and functionality", "used in aggregate form", "Save Preferences"])

CMPBOX_PL = """<div id="cmpwrapper" class="cmpwrapper"><div id="cmpbox" class="cmpbox cmpstyleroot cmpfadein cmpBoxBottom cmpBoxWelcome" role="dialog" aria-modal="true" aria-labelledby="cmpboxhead" aria-describedby="cmpboxdesc">
<div class="cmpboxinner"><div class="cmpboxcontent">
<div class="cmpboxtxt cmptxt_hl" id="cmpboxhead" role="heading" aria-level="2">Szanujemy Twoją prywatność</div>
<div class="cmpboxtxt cmptxt_txt" id="cmpboxdesc">Wraz z naszymi 312 partnerami przechowujemy informacje na Twoim urządzeniu lub uzyskujemy do nich dostęp (np. pliki cookie, identyfikatory urządzeń) i przetwarzamy dane osobowe, takie jak identyfikatory i dane przeglądania. Robimy to, aby dopasować treści i reklamy, mierzyć ich skuteczność, badać odbiorców i rozwijać nasze usługi. Możesz zaakceptować przetwarzanie lub zmienić ustawienia, w tym sprzeciwić się przetwarzaniu opartemu na prawnie uzasadnionym interesie. Swoją zgodę możesz wycofać w dowolnym momencie w ustawieniach prywatności w stopce strony.</div>
<div class="cmpboxtxt cmptxt_links"><a class="cmptxt_link cmptxt_link_privacy" href="/polityka-prywatnosci" target="_blank">Polityka prywatności</a> <a class="cmptxt_link cmptxt_link_imprint" href="/o-nas" target="_blank">Dane wydawcy</a></div></div>
<div class="cmpboxpurposes"><div class="cmppurposes">
<div class="cmppurpose cmppurpose1"><span class="cmppurposename">Przechowywanie informacji na urządzeniu lub dostęp do nich</span><div class="cmppurposedesc">Pliki cookie, identyfikatory urządzeń lub inne informacje mogą być przechowywane na Twoim urządzeniu lub odczytywane z niego w celach przedstawionych w tym oknie.</div></div>
<div class="cmppurpose cmppurpose2"><span class="cmppurposename">Spersonalizowane reklamy i treści, pomiar reklam i treści</span><div class="cmppurposedesc">Reklamy i treści mogą być dopasowane na podstawie profilu tworzonego z Twojej aktywności w tym serwisie i w innych witrynach, a ich skuteczność może być mierzona.</div></div>
<div class="cmppurpose cmppurpose3"><span class="cmppurposename">Badanie odbiorców i rozwój usług</span><div class="cmppurposedesc">Informacje o tym, jak korzystasz z serwisu, mogą posłużyć do tworzenia statystyk oglądalności oraz ulepszania istniejących i tworzenia nowych usług.</div></div>
<div class="cmppurpose cmppurpose4"><span class="cmppurposename">Dokładne dane geolokalizacyjne i identyfikacja poprzez skanowanie urządzenia</span><div class="cmppurposedesc">Za Twoją zgodą możemy wykorzystywać dokładne dane o Twojej lokalizacji oraz aktywnie skanować cechy urządzenia w celu jego identyfikacji.</div></div>
</div></div>
<div class="cmpboxbtns"><a class="cmpboxbtn cmpboxbtnno cmptxt_btn_no" role="button" tabindex="0" href="#">Odrzuć wszystkie</a><a class="cmpboxbtn cmpboxbtncustom cmptxt_btn_custom" role="button" tabindex="0" href="#">Ustawienia</a><a class="cmpboxbtn cmpboxbtnyes cmptxt_btn_yes" role="button" tabindex="0" href="#">Akceptuję wszystkie</a></div>
<div class="cmpboxrecall"><a href="https://www.consentmanager.net" target="_blank" rel="noopener" class="cmpboxrecalllink">Powered by consentmanager.net</a></div>
</div></div></div><div id="cmpboxbackground" class="cmpboxBG"></div>"""
page(5, "pl_portal_consentmanager_cmpbox", at_end(pl_portal("Biblioteka miejska otwarta także w soboty", ps(PL_BIBLIOTEKA_S), site="Kurier Kamieniecki", section="Kamieniec"), CMPBOX_PL),
     heads(PL_BIBLIOTEKA_S), ["Szanujemy Twoją prywatność", "312 partnerami", "Przechowywanie informacji na urządzeniu", "Pliki cookie, identyfikatory urządzeń", "Spersonalizowane reklamy", "profilu tworzonego z Twojej aktywności", "Badanie odbiorców", "statystyk oglądalności", "skanować cechy urządzenia", "Odrzuć wszystkie"])

HANDMADE_ES = """<div id="barra-aviso" class="barra-aviso barra-aviso--visible" role="dialog" aria-labelledby="barra-aviso-titulo"><div class="barra-aviso__caja">
<h2 id="barra-aviso-titulo" class="barra-aviso__titulo">Tu privacidad es importante para nosotros</h2>
<p class="barra-aviso__texto">En el Ayuntamiento de Almoradí de la Vega utilizamos cookies propias y de terceros con fines técnicos, analíticos y, si lo aceptas, para mostrarte vídeos y mapas de otras plataformas. Puedes aceptar todas, rechazarlas o elegir qué finalidades permites marcando las casillas de abajo.</p>
<div class="barra-aviso__opciones">
<label class="barra-aviso__opcion"><input type="checkbox" checked disabled> <strong>Técnicas (siempre activas).</strong> Permiten navegar por la web, recordar tu idioma y guardar estas preferencias. Sin ellas la sede electrónica y el registro de entrada no funcionarían correctamente.</label>
<label class="barra-aviso__opcion"><input type="checkbox" name="analiticas"> <strong>Analíticas.</strong> Nos ayudan a saber qué páginas se visitan más y cuánto tiempo se permanece en ellas, de forma agregada y anónima, para mejorar los contenidos de la web municipal.</label>
<label class="barra-aviso__opcion"><input type="checkbox" name="externas"> <strong>Contenido de terceros.</strong> Necesarias para ver los plenos retransmitidos en YouTube y los mapas de Google Maps. Estas plataformas pueden registrar tu dirección IP y tu actividad.</label></div>
<p class="barra-aviso__legal">Responsable: Ayuntamiento de Almoradí de la Vega. Más información en nuestra <a href="/politica-de-cookies">Política de cookies</a> y en el <a href="/aviso-legal">Aviso legal</a>. Puedes cambiar tu elección en cualquier momento desde el enlace «Configurar cookies» del pie de página.</p>
<div class="barra-aviso__botones"><button type="button" class="boton boton--secundario">Rechazar</button><button type="button" class="boton boton--secundario">Guardar selección</button><button type="button" class="boton boton--primario">Aceptar todas</button></div>
</div></div>"""
page(5, "elpais_handmade_banner_es", at_top(elpais("El mercado municipal abrirá los domingos desde junio", ps(ES_MERCADO_S), site="Almoradí Noticias"), HANDMADE_ES),
     heads(ES_MERCADO_S), ["Tu privacidad es importante", "cookies propias y de terceros", "Técnicas (siempre activas)", "sede electrónica", "Analíticas.", "de forma agregada y anónima", "Contenido de terceros", "plenos retransmitidos", "Responsable: Ayuntamiento", "Guardar selección"])


# ---------------------------------------------------------------- 7 comment sections
def wpd_comment(cid, parent, level, author, when, title, text, votes):
    return f"""<div id='wpd-comm-{cid}_{parent}' class='comment {"even" if cid % 2 else "odd"} thread-even depth-{level} wpd-comment{" wpd-reply" if level > 1 else ""} wpd_comment_level-{level}'><div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-left "><div class="wpd-avatar "><img alt='{author}' src='https://secure.gravatar.example/avatar/{cid:x}?s=64&amp;d=mm&amp;r=g' class='avatar avatar-64 photo' height='64' width='64' loading='lazy' decoding='async'/></div></div>
<div id="comment-{cid}" class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author ">{author}</div><div class="wpd-comment-date" title="{title}"><i class="far fa-clock" aria-hidden="true"></i> {when}</div><div class="wpd-comment-link wpd-hidden"><span wpd-tooltip="Comment Link" wpd-tooltip-position="left"><i class="fas fa-link" aria-hidden="true" data-wpd-clipboard="https://ashbyparvaecho.example/2024/05/16/rushmoor-road-pool/#comment-{cid}"></i></span></div><div class="wpd-space"></div></div>
<div class="wpd-comment-text"><p>{text}</p></div>
<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 21h4V9H1v12z"/></svg></div><div class="wpd-vote-result" title="{votes}">{votes}</div><div class="wpd-vote-result-sep"></div><div class="wpd-vote-down wpd_not_clicked"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M15 3H6v12z"/></svg></div></div><div class="wpd-reply-button"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M10 9V5l-7 7 7 7v-4.1"/></svg><span>Reply</span></div><div class="wpd-space"></div></div></div></div><div id='wpdiscuz_form_anchor-{cid}_{parent}'></div>"""


WPDISCUZ = ("""<div class="wpdiscuz_top_clearing"></div>
<div id='comments' class='comments-area'><div id='respond' style='width: 0;height: 0;clear: both;margin: 0;padding: 0;'></div>
<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-open">
<div class="wc_social_plugin_wrapper"></div>
<div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">Subscribe</span> <i class="fas fa-caret-down"></i></div><div class="wpd-auth"><div class="wpd-login"><a rel="nofollow" href="/wp-login.php"><i class='fas fa-sign-in-alt'></i> Login</a></div></div></div>
<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id='wpd-main-form-wrapper-0_0'><form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form"><div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap "><div class="wpd-avatar"><img alt='guest' src='https://secure.gravatar.example/avatar/?s=56&amp;d=mm&amp;r=g' class='avatar avatar-56 photo' height='56' width='56' loading='lazy'/></div>
<div id="wpd-editor-wraper-0_0"><textarea id="wc-textarea-0_0" name="wc_comment" class="wc_comment wpd-field" placeholder="Join the discussion"></textarea></div></div></div></div>
<div class="wpd-form-foot"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required='required' aria-required='true' class="wc_name wpd-field" type="text" name="wc_name" placeholder="Name*" maxlength="50" pattern='.{3,50}' title=""></div><div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Post Comment" aria-label="Post Comment"/></div></div></form></div></div>
<div id="wpd-threads" class="wpd-thread-wrapper">
<div class="wpd-thread-head"><div class="wpd-thread-info " data-comments-count="4"><span class='wpdtc' title='4'>4</span> Comments</div><div class="wpd-space"></div>
<div class="wpd-thread-filter"><div class="wpd-filter wpdf-reacted wpd_not_clicked" wpd-tooltip="Most reacted comment"><i class="fas fa-bolt"></i></div><div class="wpd-filter wpdf-hottest wpd_not_clicked" wpd-tooltip="Hottest comment thread"><i class="fas fa-fire"></i></div>
<div class="wpd-filter wpdf-sorting"><span class="wpdiscuz-sort-button wpdiscuz-date-sort-desc wpdiscuz-sort-button-active" data-sorting="newest">Newest</span><i class="fas fa-sort-down"></i><div class="wpdiscuz-sort-buttons"><span class="wpdiscuz-sort-button wpdiscuz-date-sort-asc" data-sorting="oldest">Oldest</span><span class="wpdiscuz-sort-button wpdiscuz-vote-sort-up" data-sorting="by_vote">Most Voted</span></div></div></div></div>
<div class="wpd-comment-info-bar"><div class="wpd-current-view"><i class="fas fa-quote-left"></i> Inline Feedbacks</div><div class="wpd-filter-view-all">View all comments</div></div>
<div class="wpd-thread-list">
"""
            + wpd_comment(5521, 0, 1, "Sandra Lowe", "2 hours ago", "May 16, 2024 9:12 am",
                          "Both my kids learned to swim at Rushmoor Road and I taught lessons there for a while in the nineties. The building has been neglected for twenty years, that's the real story here. Every time something broke it was patched up on the cheap, and now everyone acts surprised that the roof needs replacing. If the Otters take it on, the council should hand it over with a proper repair budget, not just the keys and a bill.", 14)
            + "\n<div class='wpd-reply-thread'>" + wpd_comment(5524, 5521, 2, "Gary Pugh", "1 hour ago", "May 16, 2024 10:03 am",
                                                            "Agree about the neglect. The boilers were flagged as end of life in the 2017 condition survey, it's in the cabinet papers.", 6) + "</div>\n"
            + wpd_comment(5518, 0, 1, "swimdad_rushmoor", "3 hours ago", "May 16, 2024 8:20 am",
                          "Nine miles to Castlebury on a Tuesday evening after work? Not happening. Well done to everyone who signed.", 3)
            + wpd_comment(5512, 0, 1, "Colin Avery", "5 hours ago", "May 16, 2024 6:41 am",
                          "£1.8 million for a pool that loses money every single year. Sorry, but there are other priorities, like the potholes on my street.", -2)
            + """
</div>
<div class="wpdiscuz-comment-pagination"></div></div></div></div>
<div id="wpdiscuz-loading-bar" class="wpdiscuz-loading-bar-unauth"></div>""")
page(7, "newspack_wpdiscuz", newspack("Rushmoor Road pool closure put on hold for a year", ps(EN_POOL), after=WPDISCUZ, site="The Ashby Parva Echo"),
     heads(EN_POOL), ["Inline Feedbacks", "View all comments", "Sandra Lowe", "Both my kids learned to swim", "patched up on the cheap", "Gary Pugh",
                      "The boilers were flagged", "swimdad_rushmoor", "Nine miles to Castlebury on a Tuesday", "Colin Avery", "a pool that loses money", "2 hours ago"])


def gp_comment(cid, author, when, iso, paras, likes, children=""):
    body = "".join(f"<p>{p}</p>" for p in paras)
    like = (f'<p id="comment-like-{cid}" data-liked="comment-not-liked" class="comment-likes comment-not-liked"><a href="https://widgets.wp.example/likes/?like_comment={cid}&amp;_wpnonce=4a1b2c" class="comment-like-link needs-login" rel="nofollow" data-blog="201455871"><span>Like</span></a>'
            + (f'<span id="comment-like-count-{cid}" class="comment-like-feedback">Liked by {likes} {"person" if likes == 1 else "people"}</span>' if likes else f'<span id="comment-like-count-{cid}" class="comment-like-feedback">Like</span>') + "</p>")
    kids = f'<ul class="children">{children}</ul>' if children else ""
    return f"""<li id="comment-{cid}" class="comment even thread-even depth-1{' parent' if children else ''}"><article class="comment-body" id="div-comment-{cid}" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt='' src='https://secure.gravatar.example/avatar/{cid:x}?s=50&#038;d=identicon&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' loading='lazy' decoding='async'/>
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">{author}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-{cid}"><time datetime="{iso}" itemprop="datePublished">{when}</time></a></div></div>
<span class="reply">| <a rel='nofollow' class='comment-reply-link' href='?replytocom={cid}#respond' data-commentid="{cid}" data-postid="2231" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="Reply to {author}" aria-label='Reply to {author}'>Reply</a></span></footer>
<div class="comment-content" itemprop="text">{body}{like}</div></article>{kids}</li>"""


JETPACK = f"""<div class="comments-area"><div id="comments">
<h3 class="comments-title">4 thoughts on &ldquo;Bus depot approved despite residents&#8217; objections&rdquo;</h3>
<ol class="comment-list">
{gp_comment(88, "Martin Keogh", "22/05/2024 at 8:14 pm", "2024-05-22T20:14:02+01:00", ["I live on Ash Grove and a fourteen metre building at the end of the gardens is not what anyone would call &#8220;the edge of Marlow Heath&#8221;. Nobody from the committee came to stand in our gardens and look.", "The noise barrier is welcome but it needs to go in before the buses do, not afterwards. Can the association press for that at the next meeting?"], 5,
            children=gp_comment(91, "Marlow Heath Residents&#039; Association", "22/05/2024 at 9:02 pm", "2024-05-22T21:02:40+01:00", ["Thanks Martin, yes &#8211; it is on the agenda for 4 June and we have asked Heathline to attend."], 2))}
{gp_comment(93, "Priya N", "23/05/2024 at 7:31 am", "2024-05-23T07:31:11+01:00", ["Will the 44 go back to every fifteen minutes once the depot opens?"], 0)}
{gp_comment(97, "Ron Bairstow", "23/05/2024 at 12:48 pm", "2024-05-23T12:48:56+01:00", ["Electric buses charging overnight are a lot quieter than the lorries that used that yard for thirty years. I think people will be surprised."], 1)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form id="commentform" class="comment-form"><iframe title="Comment Form" src="https://jetpack.wp.example/jetpack-comment/?blogid=201455871&amp;postid=2231&amp;comment_registration=0&amp;require_name_email=1&amp;stc_enabled=1&amp;stb_enabled=1&amp;show_avatars=1&amp;avatar_default=identicon&amp;greeting=Leave+a+Comment&amp;lang=en_GB" name="jetpack_remote_comment" style="width:100%; height: 430px; border:0;" class="jetpack_remote_comment" id="jetpack_remote_comment" sandbox="allow-same-origin allow-top-navigation allow-scripts allow-forms allow-popups"></iframe></form></div>
<input type="hidden" name="comment_parent" id="comment_parent" value="" />
</div></div>"""
page(7, "generatepress_jetpack_comments", generatepress("Bus depot approved despite residents' objections", ps(EN_DEPOT), after=JETPACK, site="Marlow Heath Residents' Association",
     recent=("Litter pick on Saturday 8 June", "Minutes of the May meeting", "Ash Grove tree survey results")),
     heads(EN_DEPOT), ["4 thoughts on", "Martin Keogh", "fourteen metre building at the end of the gardens", "The noise barrier is welcome", "it is on the agenda for 4 June", "Priya N", "Will the 44 go back",
                       "Ron Bairstow", "Electric buses charging overnight are a lot quieter", "Liked by", "Leave a Comment"])


def fb_comment(author, text, likes, when, badge="", reply_to=""):
    return f"""<div class="fb-seo-comment{' fb-seo-reply' if reply_to else ''}" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div class="fb-seo-comment__author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="https://www.facebook.com/profile.php?id=1000{sum(map(ord, author)) * 7919}" itemprop="url" rel="nofollow"><span itemprop="name">{author}</span></a>{f' <span class="fb-seo-comment__badge">{badge}</span>' if badge else ''}</div>
<div class="fb-seo-comment__text" itemprop="text">{text}</div>
<div class="fb-seo-comment__meta"><a href="#" class="fb-seo-comment__like">Like</a> · <a href="#" class="fb-seo-comment__reply">Reply</a>{f' · <span class="fb-seo-comment__likes" itemprop="upvoteCount">{likes}</span>' if likes else ''} · <time itemprop="dateCreated" datetime="2024-05-1{when[0]}">{when}</time></div></div>"""


FB_COMMENTS = f"""<div class="fb-comments-wrapper" id="comments"><h3 class="fb-comments-title">Comments</h3>
<div class="fb-comments fb_iframe_widget fb_iframe_widget_fluid_desktop" data-href="https://tarnvalleypost.example/2024/05/rushmoor-road-pool/" data-width="100%" data-numposts="10" data-order-by="social" data-lazy="true" fb-xfbml-state="rendered" fb-iframe-plugin-query="app_id=2190034&amp;container_width=720&amp;height=100&amp;href=https%3A%2F%2Ftarnvalleypost.example%2F2024%2F05%2Frushmoor-road-pool%2F&amp;lazy=true&amp;locale=en_GB&amp;numposts=10&amp;order_by=social&amp;sdk=joey&amp;version=v19.0&amp;width="><span style="vertical-align: bottom; width: 100%; height: 1203px;"><iframe name="f3c9a1e2b" width="1000px" height="100px" data-testid="fb:comments Facebook Social Plugin" title="fb:comments Facebook Social Plugin" frameborder="0" allowtransparency="true" allowfullscreen="true" scrolling="no" allow="encrypted-media" src="https://www.facebook.com/v19.0/plugins/comments.php?app_id=2190034&amp;href=https%3A%2F%2Ftarnvalleypost.example%2F2024%2F05%2Frushmoor-road-pool%2F" style="border: none; visibility: visible; width: 100%; height: 1203px;"></iframe></span></div>
<div id="fbSEOComments" class="fb-seo-comments" itemscope itemtype="https://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="Rushmoor Road pool closure put on hold for a year"><p class="fb-seo-comments__count"><span itemprop="commentCount">4</span> comments</p>
{fb_comment("Angela Fairweather", "Brilliant news. The Otters have been running galas in that pool since before I was born, and my granddaughter has just got her 25 metres badge there. Whoever suggested closing it clearly never tried getting three children to Castlebury and back on a school night. Now the council needs to stop dragging its feet and actually sign something with the club before the summer.", 24, "2d", badge="Top fan")}
{fb_comment("Martin Keogh", "Saving £310,000 a year by closing the only pool in town was never a real saving. It just moves the cost onto families.", 9, "2d")}
{fb_comment("Lisa Trent", "Does anyone know if the Saturday family sessions will carry on in the meantime?", 0, "1d")}
{fb_comment("The Tarn Valley Post", "Hi Lisa, the council says all current sessions continue as normal until at least next April.", 3, "1d", reply_to="Lisa Trent")}
<p class="fb-seo-comments__more"><a href="https://www.facebook.com/plugins/feedback.php?href=https%3A%2F%2Ftarnvalleypost.example%2F2024%2F05%2Frushmoor-road-pool%2F" rel="nofollow">Facebook Comments Plugin</a></p></div></div>"""
page(7, "wp_facebook_comments_seo_fallback", wordpress("Rushmoor Road pool closure put on hold for a year", ps(EN_POOL), after=FB_COMMENTS),
     heads(EN_POOL), ["Angela Fairweather", "Top fan", "running galas in that pool", "stop dragging its feet", "Martin Keogh", "Saving £310,000 a year by closing", "Lisa Trent", "Saturday family sessions",
                      "all current sessions continue", "Facebook Comments Plugin", "4 comments"])


def commento_card(cid, name, initial, color, score, ago, text, children="", depth=0):
    return f"""<div id="commento-comment-card-{cid}" class="commento-card" style="border-left: 2px solid {color};"><div id="commento-comment-header-{cid}" class="commento-header"><div class="commento-avatar" style="background: {color};">{initial}</div><div id="commento-comment-name-{cid}" class="commento-name">{name}</div><div id="commento-comment-subtitle-{cid}" class="commento-subtitle"><div id="commento-comment-score-{cid}" class="commento-score">{score} points</div><div class="commento-timeago" title="Mon May 13 2024">{ago}</div></div></div>
<div id="commento-comment-contents-{cid}" class="commento-contents"><div id="commento-comment-collapse-{cid}" class="commento-button commento-collapse" title="Collapse children"></div><div id="commento-comment-upvote-{cid}" class="commento-button commento-upvote" title="Upvote"></div><div id="commento-comment-downvote-{cid}" class="commento-button commento-downvote" title="Downvote"></div><div id="commento-comment-reply-{cid}" class="commento-button commento-reply" title="Reply"></div>
<div id="commento-comment-text-{cid}" class="commento-body"><p>{text}</p></div>
<div id="commento-comment-children-{cid}" class="commento-body">{children}</div></div></div>"""


COMMENTO = f"""<div id="commento"><div id="commento-main-area" class="commento-root commento-root-font" style="display: block;">
<div class="commento-login"><div class="commento-login-text">Login</div></div>
<div id="commento-textarea-super-container-root" class="commento-root-min-height"><div class="commento-textarea-container"><textarea id="commento-textarea-root" placeholder="Add a comment"></textarea></div><div class="commento-anonymous-checkbox-container"><input id="commento-anonymous-checkbox-root" type="checkbox"><label for="commento-anonymous-checkbox-root">Comment anonymously</label></div><button id="commento-submit-button-root" type="submit" class="commento-button commento-submit-button">Add Comment</button></div>
<div class="commento-sort-policy-buttons-container"><div class="commento-sort-policy-buttons"><a id="commento-sort-policy-score-desc" class="commento-sort-policy-button commento-sort-policy-button-selected">Upvotes</a><a id="commento-sort-policy-creationdate-desc" class="commento-sort-policy-button">Newest</a><a id="commento-sort-policy-creationdate-asc" class="commento-sort-policy-button">Oldest</a></div></div>
<div id="commento-comments-area" class="commento-comments">
{commento_card("a81f", "Hilary Byrne", "H", "#15aabf", 7, "1 day ago",
               "Plot 14 here. I went to the meeting expecting the worst and came out almost in tears. Thank you to the seven who voted to keep us, and to everyone who wrote letters. If anyone from the developer is reading: the soil on this site took three generations to build and you cannot buy that. Now, who wants rhubarb?",
               children=commento_card("b22c", "Kelsall Vale Allotment Society", "K", "#7950f2", 3, "1 day ago", "Hilary, the rhubarb stall is a great idea for the open day on 15 June. Put your name down on the board by the shed."))}
{commento_card("c904", "Anonymous", "?", "#868e96", 2, "20 hours ago", "The two who voted against should explain themselves at the next parish meeting.")}
{commento_card("d317", "Tomasz", "T", "#f76707", 1, "6 hours ago", "Is there still a waiting list for the upper plots? I put my name down in 2022 and heard nothing since.")}
</div>
<div class="commento-footer"><div class="commento-logo-container"><a class="commento-logo-text" href="https://commento.io" target="_blank">Commento</a></div></div>
</div></div>"""
page(7, "hugo_commento", hugo("Beech Road allotments saved: parish council rejects £2.2m offer", ps(EN_ALLOTMENTS), after=COMMENTO, site="Kelsall Vale Allotment Society"),
     heads(EN_ALLOTMENTS), ["Comment anonymously", "Hilary Byrne", "Plot 14 here", "took three generations to build", "rhubarb stall is a great idea", "should explain themselves at the next",
                            "Tomasz", "waiting list for the upper plots", "7 points", "Upvotes"])


def coral_comment(cid, user, ago, iso, paras, reacts, indent=0):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<div role="article" aria-labelledby="comment-{cid}-label" class="coral coral-comment coral-indent-{indent}" data-testid="comment-{cid}"><div id="comment-{cid}" class="coral-comment-innerContainer">
<div class="coral-comment-username-wrapper"><button class="coral coral-comment-username coral-username" data-testid="comment-{cid}-username"><span>{user}</span></button><div class="coral coral-comment-timestamp"><time dateTime="{iso}" title="{iso}" class="coral coral-timestamp">{ago}</time></div></div>
<div class="coral coral-content coral-comment-content">{body}</div>
<div class="coral coral-comment-actionBar"><button class="coral coral-reactButton coral-comment-reactButton" data-testid="comment-reaction-button" aria-pressed="false"><span class="coral coral-reactButton-label">Respect</span><span class="coral coral-reactButton-count coral-comment-reactButton-count">{reacts}</span></button><button id="comments-commentContainer-replyButton-{cid}" class="coral coral-comment-replyButton" data-testid="comment-reply-button">Reply</button><button class="coral coral-comment-shareButton">Share</button><button class="coral coral-comment-reportButton" data-testid="comment-report-button">Report</button></div></div></div>"""


CORAL = f"""<div id="coral_thread" class="coral-embed"><div id="coral" class="coral coral-stream" data-testid="stream"><div class="coral coral-stream-tabBar"><ul class="coral coral-tabBar" role="tablist"><li role="presentation"><button class="coral coral-tabBar-tab coral-tabBar-tab-active" role="tab" aria-selected="true">Comments <span class="coral coral-counter">4</span></button></li><li role="presentation"><button class="coral coral-tabBar-tab" role="tab">Discussions</button></li></ul></div>
<div class="coral coral-guidelines"><div class="coral coral-guidelines-content"><p>Comments are moderated. Please read our <a href="/community-guidelines/">community guidelines</a> before posting.</p></div></div>
<div class="coral coral-createComment"><div class="coral coral-createComment-signIn"><button class="coral coral-createComment-signInButton">Sign in to join the conversation</button></div></div>
<div class="coral coral-comments-sortMenu"><label for="coral-comments-sortMenu">Sort by</label><select id="coral-comments-sortMenu" class="coral coral-comments-sortMenu-select"><option value="CREATED_AT_DESC">Newest</option><option value="CREATED_AT_ASC">Oldest</option><option value="REACTION_DESC">Most respected</option></select></div>
<div class="coral coral-comments" id="comments-allComments-log" role="log" aria-live="off">
{coral_comment("7a1e", "ashgrove_neighbor", "1 day ago", "2024-05-17T19:22:04.000Z", ["The conditions sound good on paper, but who is going to enforce a curfew at 5 a.m.? We were promised the same thing when the builders' yard got its license, and the trucks started at 4:30 for years.", "I'd like to know who residents are supposed to call when the rules are broken, because the last time the answer was a letter three months later."], 31)}
<div class="coral coral-comment-replies coral-indent-1">{coral_comment("7a9f", "TomOnStanton", "1 day ago", "2024-05-17T21:40:51.000Z", ["Call the planning enforcement line and log every breach with the time. It works if enough people do it."], 7, indent=1)}</div>
{coral_comment("7b22", "MarlowCommuter", "1 day ago", "2024-05-17T18:03:27.000Z", ["Electric buses charging overnight is exactly what we should want next to housing. Diesel depots are the real nuisance."], 12)}
{coral_comment("7c05", "R. Delacroix", "23 hours ago", "2024-05-18T06:15:00.000Z", ["Hope they hire locally."], 4)}
</div>
<button class="coral coral-loadMoreButton coral-comments-loadMore" aria-controls="comments-allComments-log">Load More</button></div></div>"""
page(7, "wapo_coral_talk", wapo("Marlow Heath bus depot wins approval despite neighbors' objections", wapo_p(EN_DEPOT), after=CORAL, site="The Heath Ledger"),
     heads(EN_DEPOT), ["Discussions", "Comments are moderated", "Sign in to join the conversation", "Most respected", "ashgrove_neighbor", "enforce a curfew at 5 a.m.", "who residents are supposed to call",
                       "TomOnStanton", "log every breach", "MarlowCommuter", "exactly what we should want next to housing", "Hope they hire locally", "Load More"])

GISCUS = """<section class="comments" id="comments"><h2 class="comments-heading">Comments</h2>
<p class="comments-note">Comments are powered by <a href="https://giscus.app">giscus</a> and stored as GitHub Discussions on this blog's repository. Sign in with GitHub to join in, or leave a reaction.</p>
<script src="https://giscus.app/client.js" data-repo="mhicks/portwen-notes" data-repo-id="R_kgDOJx2Qbw" data-category="Comments" data-category-id="DIC_kwDOJx2Qb84CXa1T" data-mapping="pathname" data-strict="0" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="bottom" data-theme="light" data-lang="en" crossorigin="anonymous" async></script>
<div class="giscus"><iframe class="giscus-frame" title="Comments" scrolling="no" allow="clipboard-write" src="https://giscus.app/en/widget?origin=https%3A%2F%2Fportwen.example%2F2024%2F05%2F19%2Fcarnival%2F&amp;session=&amp;theme=light&amp;reactionsEnabled=1&amp;emitMetadata=0&amp;inputPosition=bottom&amp;repo=mhicks%2Fportwen-notes&amp;repoId=R_kgDOJx2Qbw&amp;category=Comments&amp;categoryId=DIC_kwDOJx2Qb84CXa1T&amp;strict=0&amp;description=&amp;backLink=https%3A%2F%2Fportwen.example%2F2024%2F05%2F19%2Fcarnival%2F&amp;term=2024%2F05%2F19%2Fcarnival%2F" loading="lazy" style="opacity: 1;"></iframe></div>
<noscript>Please enable JavaScript to view the comments powered by giscus.</noscript>
<p class="comments-fallback">Can't see the comments? They are also on <a href="https://github.com/mhicks/portwen-notes/discussions">the discussion board on GitHub</a>, where you can reply without visiting this page.</p>
</section>"""
page(7, "minima_giscus_fallback", minima("Portwen carnival is back", ps(EN_CARNIVAL), after=GISCUS),
     heads(EN_CARNIVAL), ["Comments are powered by", "stored as GitHub Discussions", "Sign in with GitHub", "Please enable JavaScript", "Can't see the comments", "discussion board on GitHub"])


def hyvor_comment(cid, name, ago, text, votes, replies=""):
    return f"""<div class="ht-comment" id="ht-comment-{cid}" data-id="{cid}"><div class="ht-comment-box"><div class="ht-comment-avatar"><img src="https://talk.hyvor.example/avatar/{cid}.png" alt="" width="40" height="40"></div>
<div class="ht-comment-main"><div class="ht-comment-head"><span class="ht-comment-name">{name}</span><a class="ht-comment-time" href="#ht-comment-{cid}">{ago}</a></div>
<div class="ht-comment-body"><p>{text}</p></div>
<div class="ht-comment-actions"><button class="ht-vote ht-upvote" aria-label="Voter pour"><span class="ht-vote-count">{votes}</span></button><button class="ht-vote ht-downvote" aria-label="Voter contre"></button><button class="ht-reply-button">Répondre</button><button class="ht-share-button">Partager</button><button class="ht-report-button">Signaler</button></div></div></div>
{f'<div class="ht-comment-replies">{replies}</div>' if replies else ''}</div>"""


HYVOR = f"""<section class="commentaires-lecteurs"><hyvor-talk-comments website-id="10482" page-id="marche-couvert-montferrand-rouvre" page-language="fr" loading="default" class="ht-loaded">
<div class="ht-wrap" data-ht-ssr="true"><div class="ht-head"><div class="ht-comments-count">5 commentaires</div><div class="ht-reactions"><span class="ht-reaction">Super <b>18</b></span> <span class="ht-reaction">Bof <b>2</b></span> <span class="ht-reaction">Triste <b>1</b></span></div></div>
<div class="ht-box"><div class="ht-box-login"><button class="ht-login-button">Se connecter pour commenter</button></div><textarea class="ht-editor" placeholder="Écrivez votre commentaire…"></textarea></div>
<div class="ht-sort"><button class="ht-sort-button ht-sort-active">Les meilleurs</button><button class="ht-sort-button">Les plus récents</button><button class="ht-sort-button">Les plus anciens</button></div>
<div class="ht-comments">
{hyvor_comment(88120, "Françoise B.", "il y a 3 heures", "Enfin ! J'y suis allée samedi matin avec ma mère, qui y faisait déjà ses courses dans les années soixante. Elle a reconnu la charpente tout de suite et elle était émue. Par contre, le boucher nous a dit que son loyer avait presque doublé, alors j'espère que la mairie ne va pas faire fuir les petits commerçants qui font vivre ce marché depuis toujours.", 14,
               replies=hyvor_comment(88131, "Loïc Martin", "il y a 2 heures", "Même son de cloche chez le fromager. À suivre au prochain conseil municipal.", 6))}
{hyvor_comment(88142, "montferrandais63", "il y a 2 heures", "4,6 millions pour repeindre une charpente en vert… on aurait pu refaire les trottoirs de toute la rue du Commerce avec ça.", 2)}
{hyvor_comment(88157, "Sylvie Roche", "il y a 1 heure", "Très belle réussite. Vivement le marché de nuit cet été.", 5)}
</div>
<div class="ht-footer"><a class="ht-branding" href="https://talk.hyvor.example" target="_blank" rel="noopener">Propulsé par Hyvor Talk</a></div></div>
</hyvor-talk-comments></section>"""
page(7, "microdata_hyvor_talk_fr", microdata("Le marché couvert de Montferrand rouvre après dix-huit mois de travaux", ps(FR_MARCHE), after=HYVOR, site="La Gazette de l'Allier"),
     heads(FR_MARCHE), ["5 commentaires", "Se connecter pour commenter", "Les meilleurs", "Françoise B.", "J'y suis allée samedi matin", "faire fuir les petits commerçants", "Loïc Martin", "Même son de cloche",
                        "montferrandais63", "repeindre une charpente en vert", "Sylvie Roche", "Vivement le marché de nuit", "Propulsé par Hyvor Talk"])


def d7_comment(cid, user, anon, when, subject, text, zebra, indented=""):
    name = f'<span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">{user} (not verified)</span>' if anon else f'<a href="/users/{user.lower().replace(" ", "-")}" title="View user profile." class="username" xml:lang="" about="/users/{user.lower().replace(" ", "-")}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{user}</a>'
    return f"""<a id="comment-{cid}"></a>
<div class="comment{' comment-by-anonymous' if anon else ''} clearfix" about="/comment/{cid}#comment-{cid}" typeof="sioc:Post sioct:Comment">
<div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span rel="sioc:has_creator">{name}</span></p><p class="comment-time"><span property="dc:date dc:created" content="2024-05-20T12:00:00+01:00" datatype="xsd:dateTime">{when}</span></p><p class="comment-permalink"><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">Permalink</a></p></div></div>
<div class="comment-text"><div class="comment-arrow"></div>
<h3 property="dc:title" datatype=""><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">{subject}</a></h3>
<div class="content"><span rel="sioc:reply_of" resource="/news/2024/05/old-ferry-bridge-closure" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item {zebra}" property="content:encoded"><p>{text}</p></div></div></div></div>
<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/8841/{cid}">reply</a></li></ul></div></div>
{f'<div class="indented">{indented}</div>' if indented else ''}"""


D7_COMMENTS = f"""<div id="comments" class="comment-wrapper">
<h2 class="title">Comments</h2>
{d7_comment(4512, "Lune Valley Cyclist", False, "Mon, 05/20/2024 - 10:02", "Footbridge", "Good to see that a temporary footbridge is planned, but please make it wide enough for bikes to pass each other and put a ramp at the town end, not steps. Last time there was a closure we were told to dismount for three quarters of a mile and most people just rode on the road instead.", "even",
            indented=d7_comment(4515, "Gwen Hollis", False, "Mon, 05/20/2024 - 11:40", "Re: Footbridge", "The council says the footbridge will be 2.5m wide with ramps at both ends. We will ask about the town end.", "even"))}
{d7_comment(4519, "Alan", True, "Mon, 05/20/2024 - 13:15", "Why summer?", "Why does this always happen in the tourist season? The tea rooms and the campsite will lose their best months.", "odd")}
{d7_comment(4523, "M. Shaw", True, "Mon, 05/20/2024 - 18:51", "Buses", "Changing buses on foot with shopping bags in the rain. Brilliant planning.", "even")}
<h2 class="title comment-form">Add new comment</h2>
<form class="comment-form" action="/comment/reply/8841" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Your name </label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>
<div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body"><div id="comment-body-add-more-wrapper"><div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">Comment <span class="form-required" title="This field is required.">*</span></label><div class="form-textarea-wrapper resizable"><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div></div></div></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Save" class="form-submit" /><input type="submit" id="edit-preview" name="op" value="Preview" class="form-submit" /></div></div></form>
</div>"""
page(7, "drupal7_bartik_comments", drupal7("Old Ferry Bridge to close for six months", ps(EN_BRIDGE), after=D7_COMMENTS),
     heads(EN_BRIDGE), ["Lune Valley Cyclist", "wide enough for bikes to pass", "dismount for three quarters of a mile", "Re: Footbridge", "2.5m wide with ramps", "Alan (not verified)", "Why summer?", "tourist season",
                        "Changing buses on foot", "Permalink", "Add new comment", "Your name"])


def ghost_comment(initials, color, name, expertise, ago, title, text, likes, replies=""):
    return f"""<div class="flex w-full flex-row" data-testid="comment-component"><div class="mr-2 flex flex-col items-center justify-start sm:mr-3"><div class="flex h-8 w-8 shrink-0 items-center justify-center overflow-hidden rounded-full sm:h-10 sm:w-10" style="background-color: {color};"><p class="font-sans text-base font-semibold text-white">{initials}</p></div></div>
<div class="grow"><div class="mb-2 mt-0.5 flex items-start sm:mt-0"><div class="flex min-w-0 flex-col"><h4 class="text-[rgb(23,23,23] font-sans text-base font-bold leading-snug sm:text-sm">{name}</h4><div class="flex items-baseline pr-4 font-sans text-base text-[rgba(0,0,0,0.5)] sm:text-sm"><span><span class="mx-[0.3em]">·</span>{expertise}<span class="mx-[0.3em]">·</span></span><span class="font-normal" title="{title}">{ago}</span></div></div></div>
<div class="mb-2 flex flex-row items-center gap-4 pr-4"><p class="gh-comment-content text-md text-neutral-900 font-sans leading-normal [overflow-wrap:anywhere] sm:text-lg" data-testid="comment-content">{text}</p></div>
<div class="flex gap-5"><button class="duration-50 group flex items-center font-sans text-sm outline-0 transition-all ease-linear text-[rgba(0,0,0,0.5)]" data-testid="like-button"><svg class="mr-[6px]" width="16" height="16" viewBox="0 0 24 24"><path d="M16.5 3C14.76 3 13.09 3.81 12 5.09"></path></svg>{likes}</button><button class="duration-50 group flex items-center font-sans text-sm outline-0 transition-all ease-linear text-[rgba(0,0,0,0.5)]" data-testid="reply-button"><svg class="mr-[6px]" width="16" height="16" viewBox="0 0 24 24"><path d="M10 9V5l-7 7 7 7"></path></svg>Reageren</button><button class="flex items-center" data-testid="more-button"><svg width="16" height="16"></svg></button></div>
{f'<div class="mb-4 ml-[-1.4rem] mt-7 sm:mb-0 sm:mt-8">{replies}</div>' if replies else ''}</div></div>"""


GHOST_COMMENTS = f"""<section class="article-comments gh-canvas"><div id="ghost-comments-root"><section class="ghost-display" data-testid="comments-ui">
<div class="mb-8 flex w-full items-baseline justify-between"><h2 class="text-[2.8rem] font-bold tracking-tight text-black">Reacties van leden</h2><span class="text-md whitespace-nowrap font-sans text-[rgba(0,0,0,0.5)]" data-testid="count">3 reacties</span></div>
<button class="text-md group mb-10 flex w-auto items-center px-0 pb-2 pt-0 text-left font-sans font-semibold text-neutral-700" data-testid="pagination-component">↑ Toon 2 eerdere reacties</button>
<div class="z-10 flex flex-col gap-10">
{ghost_comment("AV", "#b3503f", "Anneke Verhoef", "Bewoner Lekdijk", "2 dagen geleden", "15 mei 2024 19:02",
               "Wij wonen precies aan de voet van de dijk in Lexmond en hebben nog niets van het waterschap gehoord over trillingsmetingen. Bij de vorige werkzaamheden in 2016 kregen we scheuren in de gevel en het heeft twee jaar geduurd voordat er iets werd vergoed. Ik hoop echt dat ze het dit keer beter regelen en vóóraf een nulmeting doen bij alle huizen.", 12,
               replies=ghost_comment("RH", "#3f6db3", "Ruud Hoogendoorn", "Waterschap Lek en Linge", "1 dag geleden", "16 mei 2024 09:15", "Beste Anneke, alle woningen binnen honderd meter krijgen in juli een vooropname. U ontvangt daarover een brief.", 4))}
{ghost_comment("PK", "#6e9e4a", "Pieter K.", "Fietser", "1 dag geleden", "16 mei 2024 12:44", "Vier jaar omrijden via de polderweg. Daar is geen verlichting en er rijden vrachtwagens. Dat moet anders.", 7)}
</div>
<div class="mt-[-16px] flex items-center justify-between"><button class="font-sans text-md font-semibold text-neutral-700" data-testid="signup-box">Meld je aan om mee te praten</button></div>
</section></div></section>"""
nl_ghost = ghost("Dijkversterking langs de Lek begint in september", ps(NL_DIJK), lang="nl", site="Lekstreek Nieuws", tag="Nieuws")
nl_ghost = nl_ghost.replace("</section>\n</article>", "</section>\n" + GHOST_COMMENTS + "\n</article>")
page(7, "ghost_native_comments_nl", nl_ghost,
     heads(NL_DIJK), ["Reacties van leden", "3 reacties", "Toon 2 eerdere reacties", "Anneke Verhoef", "Bewoner Lekdijk", "nog niets van het waterschap gehoord", "nulmeting doen bij alle huizen", "Ruud Hoogendoorn",
                      "vooropname", "Pieter K.", "Vier jaar omrijden via de polderweg", "Meld je aan om mee te praten"])


def phpbb_post(pid, user, uid, rank, posts, joined, place, when, subject, content, sig=""):
    return f"""<div id="p{pid}" class="post has-profile bg{1 + pid % 2}"><div class="inner">
<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{user}</a></dt>
<dd class="profile-rank">{rank}</dd><dd class="profile-posts"><strong>Beiträge:</strong> <a href="./search.php?author_id={uid}&amp;sr=posts">{posts}</a></dd><dd class="profile-joined"><strong>Registriert:</strong> {joined}</dd>
<dd class="profile-custom-field profile-phpbb_location"><strong>Wohnort:</strong> {place}</dd></dl>
<div class="postbody"><div id="post_content{pid}"><h3><a href="#p{pid}">{subject}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={pid}" title="Mit Zitat antworten" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Zitieren</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p={pid}#p{pid}" title="Beitrag"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Beitrag</span></a> <span class="responsive-hide">von <strong><a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{user}</a></strong> &raquo; </span><time datetime="2024-05-14T10:31:00+00:00">{when}</time></p>
<div class="content">{content}</div>
{f'<div id="sig{pid}" class="signature">{sig}</div>' if sig else ''}
</div></div>
<div class="back2top"><a href="#top" class="top" title="Nach oben"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Nach oben</span></a></div>
</div></div>
<hr class="divider" />"""


PHPBB = f"""<section id="kommentare" class="forum-kommentare"><h2 class="forum-kommentare__titel">Kommentare (4)</h2>
<p class="forum-kommentare__hinweis">Die Kommentare stammen aus unserem Leserforum. <a href="/forum/viewtopic.php?t=8812">Zum Thema im Forum</a> · <a href="/forum/ucp.php?mode=register">Registrieren</a></p>
<div id="page-body" class="page-body" role="main">
{phpbb_post(41233, "Auebewohner", 2211, "Stammleser", 812, "Sa 12. Mär 2016, 18:40", "Bad Lindenfels", "Di 14. Mai 2024, 12:31", "Re: Ortsumgehung: Planfeststellungsbeschluss liegt vor",
            "Dreißig Jahre warten und jetzt soll die Straße mitten durch die Aue gehen, wo im Winter regelmäßig alles unter Wasser steht. Hat eigentlich irgendjemand im Regierungspräsidium mal im Februar da unten gestanden? Ich bin für eine Entlastung der Hauptstraße, keine Frage, aber nicht um jeden Preis und schon gar nicht für 38 Millionen.",
            sig="Wer die Aue liebt, der schiebt.")}
{phpbb_post(41240, "Hauptstraße_17", 3120, "Neuling", 23, "Do 2. Feb 2023, 07:15", "Bad Lindenfels", "Di 14. Mai 2024, 13:05", "Re: Ortsumgehung: Planfeststellungsbeschluss liegt vor",
            '<blockquote><div><cite>Auebewohner hat geschrieben: <a href="./viewtopic.php?p=41233#p41233">↑</a>Di 14. Mai 2024, 12:31</cite>nicht um jeden Preis</div></blockquote>Doch, um jeden Preis. Kommen Sie mal bei uns vorbei, wenn morgens um fünf die ersten Laster durchdonnern. Die Fenster klirren.')}
{phpbb_post(41262, "kw1958", 1408, "Forenurgestein", 4127, "Mo 3. Jan 2011, 09:12", "Lindenfels-Ost", "Di 14. Mai 2024, 16:48", "Re: Ortsumgehung: Planfeststellungsbeschluss liegt vor",
            "Die Klage der Bürgerinitiative wird das Ganze wieder um Jahre verzögern. Wetten, dass 2030 immer noch kein Bagger da ist?")}
</div></section>"""
page(7, "drupal_phpbb_kommentare_de", drupal("Ortsumgehung: Planfeststellungsbeschluss liegt vor", ps(DE_ORTSUMGEHUNG), after=PHPBB, site="Lindenfelser Anzeiger"),
     heads(DE_ORTSUMGEHUNG), ["Kommentare (4)", "stammen aus unserem Leserforum", "Auebewohner", "Stammleser", "Registriert:", "Wohnort:", "mitten durch die Aue", "nicht um jeden Preis und schon gar nicht",
                              "Wer die Aue liebt", "Hauptstraße_17", "hat geschrieben", "wenn morgens um fünf die ersten Laster", "kw1958", "Die Klage der Bürgerinitiative wird", "Nach oben", "Zitieren"])


def es_comentario(cid, nombre, fecha, texto, pos, neg, respuesta=False):
    return f"""<li class="comentario{' comentario--respuesta' if respuesta else ''}" id="c-{cid}"><div class="comentario__cabecera"><img class="comentario__avatar" src="/static/img/avatar-generico.svg" alt="" width="32" height="32"><span class="comentario__nombre">{nombre}</span> <time class="comentario__fecha" datetime="2024-05-14">{fecha}</time></div>
<div class="comentario__texto"><p>{texto}</p></div>
<div class="comentario__acciones"><button class="comentario__responder">Responder</button> <button class="comentario__voto comentario__voto--positivo" aria-label="Me gusta">{pos}</button> <button class="comentario__voto comentario__voto--negativo" aria-label="No me gusta">{neg}</button> <button class="comentario__denunciar">Denunciar</button></div></li>"""


ES_COMENTARIOS = f"""<section id="comentarios" class="comentarios"><header class="comentarios__cabecera-seccion"><h2 class="comentarios__titulo">Comentarios <span class="comentarios__numero">(5)</span></h2><a class="comentarios__normas" href="/normas-de-participacion/">Normas de participación</a></header>
<div class="comentarios__acceso"><p>Para comentar debes ser suscriptor. <a href="/suscripciones/">Suscríbete</a> o <a href="/login/">inicia sesión</a>.</p></div>
<div class="comentarios__ordenar">Ordenar por: <a class="activo" href="#">Más recientes</a> · <a href="#">Más valorados</a></div>
<ul class="comentarios__lista">
{es_comentario(118842, "Mª José Cuesta", "14/05/2024 09:12", "Me alegro de que abran antes, pero lo de la piscina de San Roque ya es de vergüenza. Llevamos desde 2019 pidiendo unos toldos o unos árboles en la zona de césped y todos los veranos nos dicen lo mismo, que está en estudio. A las cuatro de la tarde allí no se puede estar, y los que tenemos niños pequeños acabamos yéndonos a casa a la hora de comer.", 23, 1)}
{es_comentario(118850, "Diario Peninsular", "14/05/2024 10:02", "Hola, Mª José. Hemos preguntado al Ayuntamiento y nos dicen que la plantación de árboles está prevista para el otoño.", 4, 0, respuesta=True)}
{es_comentario(118857, "castrojericeño", "14/05/2024 11:30", "Cuarenta y cinco euros el abono está bien. En el pueblo de al lado cobran sesenta.", 11, 2)}
{es_comentario(118866, "Paco R.", "14/05/2024 12:47", "¿Y el socorrista de la piscina pequeña? El año pasado estuvo sin él todo julio.", 8, 0)}
</ul>
<button class="comentarios__mas">Ver más comentarios</button></section>"""
page(7, "elpais_comentarios_lista_es", elpais("Las piscinas municipales abrirán el 15 de junio, dos semanas antes", ps(ES_PISCINAS), after=ES_COMENTARIOS, site="Diario Peninsular"),
     heads(ES_PISCINAS), ["Comentarios (5)", "Normas de participación", "Para comentar debes ser suscriptor", "Mª José Cuesta", "lo de la piscina de San Roque ya es de vergüenza", "A las cuatro de la tarde allí",
                          "Hemos preguntado al Ayuntamiento", "castrojericeño", "Cuarenta y cinco euros el abono", "Paco R.", "el socorrista de la piscina pequeña", "Ver más comentarios", "Denunciar"])


def it_commento(cid, utente, data, testo, mipiace, risposta=False):
    return f"""<div class="comment-item{' comment-item--reply' if risposta else ''}" data-id="{cid}"><div class="comment-head"><span class="comment-user">{utente}</span> <span class="comment-date">{data}</span></div>
<div class="comment-text">{testo}</div>
<div class="comment-tools"><a class="comment-reply" href="#">Rispondi</a> <a class="comment-like" href="#">Mi piace ({mipiace})</a> <a class="comment-abuse" href="#">Segnala abuso</a></div></div>"""


IT_COMMENTI = f"""<section id="commenti" class="box-comments"><div class="comments-header"><h3 class="title-comments">I commenti dei lettori <span class="count">(4)</span></h3><p class="comments-rules">Partecipa alla discussione nel rispetto della <a href="/netiquette/">netiquette</a>. I commenti sono moderati.</p></div>
<div class="comments-list">
{it_commento(55101, "gianni_sanvito", "16 maggio 2024, 09:41", "Un euro all'ora dopo la prima è un prezzo onesto. Però quaranta euro al mese per i residenti del centro mi sembrano tanti, considerando che prima parcheggiavamo gratis in piazza del Duomo e adesso ce la chiudono pure. Speriamo almeno che l'ascensore funzioni, non come quello della stazione.", 17)}
{it_commento(55108, "Redazione", "16 maggio 2024, 10:20", "Gentile lettore, il Comune ha annunciato agevolazioni per gli over 70 residenti: ne scriveremo nei prossimi giorni.", 3, risposta=True)}
{it_commento(55114, "Marta F.", "16 maggio 2024, 11:05", "Finalmente le colonnine per le auto elettriche!", 9)}
{it_commento(55122, "commerciante_centro", "16 maggio 2024, 12:58", "Due mesi di ritardo e nessuno ne risponde. Come al solito.", 5)}
</div>
<div class="comments-more"><a href="#" class="btn-more">Carica altri commenti</a></div></section>"""
page(7, "corriere_commenti_lettori_it", corriere("Parcheggio di via Roma, apertura lunedì con due mesi di ritardo", corriere_p(IT_PARCHEGGIO), after=IT_COMMENTI, site="La Voce di San Vito"),
     heads(IT_PARCHEGGIO), ["I commenti dei lettori", "Partecipa alla discussione", "gianni_sanvito", "Un euro all'ora dopo la prima", "Speriamo almeno che l'ascensore", "Gentile lettore, il Comune",
                            "Marta F.", "Finalmente le colonnine", "commerciante_centro", "Due mesi di ritardo e nessuno", "Segnala abuso", "Carica altri commenti"])

WF_RESPONSES = """<div class="section-5"><div class="container-7 w-container"><h2 class="heading-11">3 Responses</h2>
<div class="collection-list-wrapper-3 w-dyn-list"><div role="list" class="collection-list-4 w-dyn-items">
<div role="listitem" class="collection-item-5 w-dyn-item"><div class="div-block-21"><img src="https://cdn.prod.website-files.example/64f2/avatar-k.png" loading="lazy" alt="" class="image-14"/><div><div class="text-block-31">Karen O.</div><div class="text-block-32">May 20, 2024</div></div></div>
<p class="paragraph-18">We have been through this before and the footbridge made all the difference last time, so please do share this widely. The town is open all summer! Come for a cream tea and walk across the river, it is only an extra two minutes from the car park on Mill Street.</p><a href="#reply-form" class="link-block-6 w-inline-block"><div class="text-block-33">Reply</div></a></div>
<div role="listitem" class="collection-item-5 w-dyn-item"><div class="div-block-21"><img src="https://cdn.prod.website-files.example/64f2/avatar-d.png" loading="lazy" alt="" class="image-14"/><div><div class="text-block-31">Dafydd Price</div><div class="text-block-32">May 20, 2024</div></div></div>
<p class="paragraph-18">Seven miles each way through Holbeck for six months. Can the council not at least keep one lane open for the buses?</p><a href="#reply-form" class="link-block-6 w-inline-block"><div class="text-block-33">Reply</div></a></div>
<div role="listitem" class="collection-item-5 w-dyn-item"><div class="div-block-21"><img src="https://cdn.prod.website-files.example/64f2/avatar-s.png" loading="lazy" alt="" class="image-14"/><div><div class="text-block-31">Sam</div><div class="text-block-32">May 21, 2024</div></div></div>
<p class="paragraph-18">Better six months now than a collapse later.</p><a href="#reply-form" class="link-block-6 w-inline-block"><div class="text-block-33">Reply</div></a></div>
</div></div>
<div id="reply-form" class="form-block-3 w-form"><h3 class="heading-12">Leave a response</h3><form id="wf-form-Response" name="wf-form-Response" data-name="Response" method="get" class="form-5"><input class="text-field-4 w-input" maxlength="256" name="Name" data-name="Name" placeholder="Your name" type="text" id="Name"/><textarea placeholder="Your response" maxlength="5000" id="Message" name="Message" data-name="Message" class="textarea-2 w-input"></textarea><input type="submit" data-wait="Please wait..." class="submit-button-3 w-button" value="Post response"/></form></div>
</div></div>"""
page(7, "webflow_responses_no_comment_class", webflow("Old Ferry Bridge to close for six months from July", ps(EN_BRIDGE), after=WF_RESPONSES, site="The Lune Reader", category="Roads"),
     heads(EN_BRIDGE), ["3 Responses", "Karen O.", "footbridge made all the difference last time", "Come for a cream tea", "Dafydd Price", "Seven miles each way through Holbeck", "keep one lane open",
                        "Better six months now than a collapse", "Leave a response"])

PL_OPINIE = """<div class="opinie" id="komentarze"><h3 class="opinie__naglowek">Opinie czytelników (4)</h3>
<p class="opinie__regulamin">Dodając opinię, akceptujesz <a href="/regulamin">regulamin</a>. Opinie są moderowane.</p>
<ul class="opinie__lista">
<li class="opinia" id="op-7718"><div class="opinia__autor"><strong>mieszkaniec_lipowca</strong> <span class="opinia__ip">IP: 83.24.*.*</span> <span class="opinia__data">17.05.2024, 15:02</span></div><p class="opinia__tresc">Nareszcie! Przez trzy lata tiry jeździły mi pod oknami przez Rynek, bo na starym moście był zakaz powyżej 3,5 tony. Szkoda tylko, że ścieżka rowerowa kończy się zaraz za mostem i dalej trzeba jechać ulicą Kolejową, gdzie nie ma nawet pobocza. Ktoś to w ogóle przemyślał?</p><div class="opinia__akcje"><a href="#" class="opinia__plus">+ 21</a> <a href="#" class="opinia__minus">− 2</a> <a href="#" class="opinia__odpowiedz">Odpowiedz</a> <a href="#" class="opinia__zglos">Zgłoś naruszenie</a></div></li>
<li class="opinia opinia--odpowiedz" id="op-7721"><div class="opinia__autor"><strong>Gość</strong> <span class="opinia__ip">IP: 46.112.*.*</span> <span class="opinia__data">17.05.2024, 15:40</span></div><p class="opinia__tresc">Ścieżka do Kolejowej ma być w przyszłym roku, tak mówili na sesji.</p><div class="opinia__akcje"><a href="#" class="opinia__plus">+ 5</a> <a href="#" class="opinia__minus">− 0</a> <a href="#" class="opinia__odpowiedz">Odpowiedz</a> <a href="#" class="opinia__zglos">Zgłoś naruszenie</a></div></li>
<li class="opinia" id="op-7730"><div class="opinia__autor"><strong>Krzysztof W.</strong> <span class="opinia__ip">IP: 178.36.*.*</span> <span class="opinia__data">17.05.2024, 17:11</span></div><p class="opinia__tresc">34 miliony i pół roku opóźnienia. A kary umowne wykonawca zapłaci?</p><div class="opinia__akcje"><a href="#" class="opinia__plus">+ 14</a> <a href="#" class="opinia__minus">− 3</a> <a href="#" class="opinia__odpowiedz">Odpowiedz</a> <a href="#" class="opinia__zglos">Zgłoś naruszenie</a></div></li>
<li class="opinia" id="op-7734"><div class="opinia__autor"><strong>ewa_z_dolnego</strong> <span class="opinia__ip">IP: 31.0.*.*</span> <span class="opinia__data">17.05.2024, 18:25</span></div><p class="opinia__tresc">Piękny most, wreszcie można spacerować nad rzeką.</p><div class="opinia__akcje"><a href="#" class="opinia__plus">+ 8</a> <a href="#" class="opinia__minus">− 1</a> <a href="#" class="opinia__odpowiedz">Odpowiedz</a> <a href="#" class="opinia__zglos">Zgłoś naruszenie</a></div></li>
</ul>
<form class="opinie__formularz" action="/opinie/dodaj" method="post"><label for="op-podpis">Podpis</label><input id="op-podpis" name="podpis" type="text"><label for="op-tresc">Twoja opinia</label><textarea id="op-tresc" name="tresc" rows="4"></textarea><button type="submit">Dodaj opinię</button></form></div>"""
page(7, "pl_portal_opinie_czytelnikow", pl_portal("Nowy most na Bystrzycy otwarty. Ciężarówki nie pojadą już przez centrum", ps(PL_MOST), after=PL_OPINIE),
     heads(PL_MOST), ["Opinie czytelników", "akceptujesz regulamin", "mieszkaniec_lipowca", "tiry jeździły mi pod oknami", "Ktoś to w ogóle przemyślał", "Ścieżka do Kolejowej ma być", "Krzysztof W.",
                      "A kary umowne wykonawca", "ewa_z_dolnego", "wreszcie można spacerować", "Zgłoś naruszenie", "Dodaj opinię", "IP: 83.24"])


# ---------------------------------------------------------------- 6 figure captions and photo credits
def split(paras, at, block):
    return ps(paras[:at]) + "\n" + block + "\n" + ps(paras[at:])


PL_FOTO = ('<div class="article__photo"><img src="/media/2024/05/most-bystrzyca-1200.jpg" alt="Nowy most na Bystrzycy" width="1200" height="675">'
           '<div class="article__photo-desc">Nowy most na Bystrzycy tuż przed otwarciem, piątek 17 maja. <span class="article__photo-author">Fot. Marek Zieliński</span></div></div>')
PL_FOTO2 = ('<div class="article__photo article__photo--inline"><img src="/media/2024/05/otwarcie-mostu.jpg" alt="" width="800" height="533">'
            '<p class="article__photo-desc">Wstęgę przecięli burmistrz Tadeusz Wróbel i przedstawiciele wykonawcy.</p><p class="article__photo-author">Fot. UM Lipowiec Dolny</p></div>')
page(6, "pl_portal_fot_caption_div", pl_portal("Nowy most na Bystrzycy otwarty. Ciężarówki nie pojadą już przez centrum", PL_FOTO + "\n" + split(PL_MOST, 3, PL_FOTO2)),
     heads(PL_MOST), ["tuż przed otwarciem, piątek 17 maja", "Fot. Marek Zieliński", "Wstęgę przecięli burmistrz", "Fot. UM Lipowiec"])

PL_TD = (ps(PL_MOST[:1]) + '\n<p><img loading="lazy" decoding="async" class="aligncenter size-full wp-image-55110" src="/wp-content/uploads/2024/05/most-1.jpg" alt="" width="1200" height="800" srcset="/wp-content/uploads/2024/05/most-1.jpg 1200w, /wp-content/uploads/2024/05/most-1-300x200.jpg 300w" sizes="(max-width: 1200px) 100vw, 1200px" /></p>\n'
         '<p style="text-align: right;"><em>fot. Tomasz Bąk / Gazeta Zalesiańska</em></p>\n' + ps(PL_MOST[1:3])
         + '\n<p><img loading="lazy" decoding="async" class="aligncenter size-large wp-image-55112" src="/wp-content/uploads/2024/05/most-2-1024x683.jpg" alt="" width="1024" height="683" /></p>\n'
         '<p style="text-align: right;"><span style="font-size: 10pt;">Fot. Gmina Lipowiec Dolny</span></p>\n' + ps(PL_MOST[3:]))
page(6, "tagdiv_fot_credit_line_pl", tagdiv("Nowy most na Bystrzycy otwarty", PL_TD, site="Tygodnik Lipowiecki"),
     heads(PL_MOST), ["fot. Tomasz Bąk", "Fot. Gmina Lipowiec"])

NL_BEELD = ('<div class="article__image article__image--wide"><picture><source srcset="/images/2024/05/15/lekdijk-1280.webp" type="image/webp"><img src="/images/2024/05/15/lekdijk-1280.jpg" alt="De Lekdijk bij Lexmond" loading="lazy"></picture>'
            '<div class="article__image-caption"><span class="caption">De Lekdijk bij Lexmond, waar het werk in september begint.</span> <span class="credit">Foto: Erik van Gent</span></div></div>')
NL_BEELD2 = ('<div class="article__image"><img src="/images/2024/05/15/woningen-dijk.jpg" alt="" loading="lazy">'
             '<div class="article__image-caption"><span class="caption">Woningen aan de voet van de dijk in Schoonhoven-West.</span> <span class="credit">© ANP / Lex Bouwman</span></div></div>')
page(6, "dpg_foto_caption_span_nl", dpg("Dijkversterking langs de Lek begint in september", NL_BEELD + "\n" + split(NL_DIJK, 2, NL_BEELD2)),
     heads(NL_DIJK), ["waar het werk in september begint", "Foto: Erik van Gent", "Woningen aan de voet van de dijk", "ANP / Lex Bouwman"])

IT_FOTO = ('<div class="foto-articolo"><img src="/images/2024/05/parcheggio-via-roma.jpg" alt="Il parcheggio di via Roma" width="900" height="600">'
           '<p class="didascalia">Il nuovo parcheggio multipiano di via Roma visto da piazza del Duomo (Foto di Luca Bianchi)</p></div>')
IT_FOTO2 = ('<div class="foto-articolo foto-articolo--piccola"><img src="/images/2024/05/colonnine.jpg" alt="" width="600" height="400">'
            '<p class="didascalia">Le colonnine di ricarica al piano terra.</p><p class="credito-foto">Foto di Sara Galli / La Voce di San Vito</p></div>')
page(6, "joomla_foto_di_didascalia_it", joomla("Parcheggio di via Roma, apertura lunedì", IT_FOTO + "\n" + split(IT_PARCHEGGIO, 2, IT_FOTO2), site="La Voce di San Vito"),
     heads(IT_PARCHEGGIO), ["visto da piazza del Duomo", "Foto di Luca Bianchi", "Le colonnine di ricarica al piano terra", "Foto di Sara Galli"])

ES_IMG = ('<div class="imagen-noticia"><img src="/fotos/2024/05/piscina-castrojeriz.jpg" alt="" width="980" height="551">'
          '<p class="pie-imagen">La piscina grande, durante las obras de impermeabilización del vaso.</p><p class="autor-imagen">Foto: Jesús Ortega</p></div>')
ES_IMG2 = ('<div class="imagen-noticia imagen-noticia--vertical"><img src="/fotos/2024/05/san-roque.jpg" alt="" width="600" height="800">'
           '<span class="pie-imagen">Zona de césped sin sombra de la piscina de San Roque, el verano pasado. <span class="autor-imagen">Foto: Ayuntamiento de Castrojeriz</span></span></div>')
page(6, "elpais_foto_pie_es", elpais("Las piscinas municipales abrirán el 15 de junio",
     ps(ES_PISCINAS[:1]) + "\n" + ES_IMG + "\n" + ps(ES_PISCINAS[1:3]) + "\n" + ES_IMG2 + "\n" + ps(ES_PISCINAS[3:]), site="Diario Peninsular"),
     heads(ES_PISCINAS), ["durante las obras de impermeabilización del vaso", "Foto: Jesús Ortega", "Zona de césped sin sombra", "Foto: Ayuntamiento de Castrojeriz"])

FR_FIG = ('<figure class="article__media article__media--wide"><picture><source srcset="/img/2024/05/halle-1280.webp" type="image/webp"><img src="/img/2024/05/halle-1280.jpg" alt="" width="664" height="443"></picture>'
          '<div class="article__caption"><span class="article__caption-text">La halle, photographiée samedi depuis la rue du Commerce, peu avant l\'ouverture.</span> <span class="article__caption-credit">Photo : Julien Berthier / Le Quotidien du Val</span></div></figure>')
page(6, "lemonde_figure_without_figcaption_fr", lemonde("Le marché couvert de Montferrand rouvre ses portes", FR_FIG + "\n" + lemonde_p(FR_MARCHE)),
     heads(FR_MARCHE), ["photographiée samedi depuis la rue du Commerce", "Photo : Julien Berthier"])
FR_AFP = ('<div class="photo photo--inline"><img src="/images/marche-clients.jpg" alt="" width="700" height="466"><span class="photo__legende">Les premiers clients sous la halle, samedi matin.</span> <span class="photo__credit">© Marc Aubry/AFP</span></div>')
page(6, "microdata_copyright_afp_span_fr", microdata("Le marché couvert rouvre après dix-huit mois de travaux", split(FR_MARCHE, 2, FR_AFP), site="La Gazette de l'Allier"),
     heads(FR_MARCHE), ["Les premiers clients sous la halle", "Marc Aubry/AFP"])

CARNIVAL_SLIDES = [
    ("The Portwen Steel Orchestra leads the parade away from the harbour.", "Picture: Jess Treloar"),
    ("A float from Trenance Primary School, whose pupils built a papier-mâché sea serpent.", "Picture: Jess Treloar"),
    ("Crowds on Fore Street waiting for the first floats to arrive.", "Picture: Ben Curnow"),
]
slides = "\n".join(
    f'<div class="gallery-embed__slide{" is-active" if i == 0 else ""}" data-index="{i}"><img src="/wp-content/uploads/2024/05/carnival-{i + 1}.jpg" alt="" loading="lazy">'
    f'<div class="gallery-embed__meta"><span class="gallery-embed__counter">{i + 1} / 12</span><p class="gallery-embed__caption">{c}</p><span class="gallery-embed__credit">{cr}</span></div></div>'
    for i, (c, cr) in enumerate(CARNIVAL_SLIDES))
GALLERY_EN = (f'<div class="gallery-embed" data-gallery-id="90455"><div class="gallery-embed__header"><span class="gallery-embed__label">Gallery</span><h3 class="gallery-embed__title">Portwen Carnival 2024 in pictures</h3></div>'
              f'<div class="gallery-embed__slides">\n{slides}\n</div><div class="gallery-embed__controls"><button class="gallery-embed__prev" aria-label="Previous image">‹</button><button class="gallery-embed__next" aria-label="Next image">›</button></div>'
              f'<a class="gallery-embed__all" href="/gallery/portwen-carnival-2024/">View all 12 photos</a></div>')
page(6, "newspack_gallery_counter_en", newspack("Portwen carnival returns after five years", split(EN_CARNIVAL, 3, GALLERY_EN), site="The Portwen Packet"),
     heads(EN_CARNIVAL), ["Portwen Carnival 2024 in pictures", "1 / 12", "2 / 12", "3 / 12", "leads the parade away from the harbour", "papier-mâché sea serpent", "Crowds on Fore Street waiting", "Picture: Jess Treloar", "Picture: Ben Curnow", "View all 12 photos"])

FREIBAD_SLIDES = [
    ("Das neue Edelstahlbecken am Eröffnungstag.", "Foto: Sabine Reuter"),
    ("Die neue Rutsche ist 62 Meter lang.", "Foto: Sabine Reuter"),
    ("Der Kinderbereich mit Wasserspielen.", "Foto: Stadtwerke Neustadt"),
]
dslides = "\n".join(
    f'<div class="slick-slide{" slick-current slick-active" if i == 0 else ""}" data-slick-index="{i}" aria-hidden="{"false" if i == 0 else "true"}" style="width: 760px;"><div class="bildergalerie__bild"><img src="/sites/default/files/galerie/freibad-{i + 1}.jpg" alt="" width="760" height="507"></div>'
    f'<div class="bildergalerie__text"><span class="bildergalerie__zaehler">Bild {i + 1} von 8</span><p class="bildergalerie__unterschrift">{c}</p><span class="bildergalerie__quelle">{cr}</span></div></div>'
    for i, (c, cr) in enumerate(FREIBAD_SLIDES))
GALLERY_DE = (f'<div class="paragraph paragraph--type--bildergalerie bildergalerie"><h3 class="bildergalerie__titel">Bildergalerie: So sieht das neue Freibad aus</h3>'
              f'<div class="slick-slider slick-initialized"><button class="slick-prev slick-arrow" aria-label="Zurück" type="button">Zurück</button><div class="slick-list draggable"><div class="slick-track">\n{dslides}\n</div></div>'
              f'<button class="slick-next slick-arrow" aria-label="Weiter" type="button">Weiter</button></div></div>')
page(6, "drupal_bildergalerie_de", drupal("Freibad im Stadtpark nach zwei Jahren Umbau wieder offen", split(DE_FREIBAD, 2, GALLERY_DE), site="Neustädter Nachrichten"),
     heads(DE_FREIBAD), ["Bildergalerie: So sieht", "Bild 1 von 8", "Das neue Edelstahlbecken am Eröffnungstag", "Foto: Sabine Reuter", "Die neue Rutsche ist 62 Meter lang", "Der Kinderbereich mit Wasserspielen", "Foto: Stadtwerke Neustadt", "Weiter"])

EN_CREDITS = (ps(EN_BRIDGE[:1]) + '\n<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2024/05/old-ferry-bridge-1024x683.jpg" alt="The Old Ferry Bridge at Tenby Cross" class="wp-image-3140"/></figure>\n'
              '<p class="has-small-font-size">Photo: Lune Valley Council</p>\n' + ps(EN_BRIDGE[1:4])
              + '\n<div class="wp-block-image"><figure class="aligncenter size-medium"><img decoding="async" width="300" height="200" src="/wp-content/uploads/2024/05/tea-rooms-300x200.jpg" alt="" class="wp-image-3142"/></figure></div>\n'
              '<p class="has-text-align-center has-small-font-size"><em>Image courtesy of Karen Ollerton</em></p>\n' + ps(EN_BRIDGE[4:]))
page(6, "generatepress_credit_line_under_image_en", generatepress("Old Ferry Bridge to close for six months from July", EN_CREDITS, site="Tenby Cross Community News",
     recent=("Lifeboat open day raises £4,000", "Bridge closure: your questions answered", "Market charter celebrations planned")),
     heads(EN_BRIDGE), ["Photo: Lune Valley Council", "Image courtesy of Karen Ollerton"])
