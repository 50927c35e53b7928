"""Article texts for the fourth probe round (invented stories, invented places).

The ``*_S`` texts are short three-paragraph stories for the consent pages
(case 5); the others are longer bodies for the comment and caption pages."""

# ================================================================ short stories (case 5): three short paragraphs
FR_PISCINE_S = [
    "La piscine municipale de Saint-Aubin-des-Prés rouvrira le samedi 8 juin, après huit mois de travaux sur sa toiture et ses vestiaires.",
    "Le chantier, d'un coût de 1,4 million d'euros, a pris six semaines de retard à cause des pluies de l'hiver, a précisé la mairie.",
    "L'entrée restera à 3 euros pour les adultes et sera gratuite pour les moins de six ans tout l'été.",
]
DE_WOCHENMARKT_S = [
    "Der Wochenmarkt in Hellbrunn zieht im Juli vom Kirchplatz auf den neu gestalteten Rathausplatz um.",
    "Die Marktbeschicker hatten sich seit Jahren mehr Platz und einen Stromanschluss für ihre Kühlwagen gewünscht, teilte die Stadtverwaltung mit.",
    "Markttage bleiben Mittwoch und Samstag, jeweils von 7 bis 13 Uhr.",
]
DE_VEREIN_S = [
    "Der Heimatverein Ober-Lichtenau hat am Sonntag die restaurierte Dorfmühle am Erlenbach wieder für Besucher geöffnet.",
    "Zwölf Ehrenamtliche haben in drei Jahren fast 4.000 Arbeitsstunden in das neue Mühlrad und den Mahlboden gesteckt.",
    "Führungen gibt es künftig an jedem ersten Sonntag im Monat um 14 Uhr, der Eintritt ist frei.",
]
NL_FIETSBRUG_S = [
    "De nieuwe fietsbrug over het Merwedekanaal bij Oudewater-Noord gaat op maandag 3 juni open voor verkeer.",
    "De brug van 84 meter vervangt de oude pont, die volgens de gemeente te vaak uitviel en jaarlijks 180.000 euro kostte.",
    "Wethouder Femke Dijkstra opent de brug om 9.00 uur samen met leerlingen van basisschool De Wilgen.",
]
IT_SAGRA_S = [
    "Torna dal 14 al 16 giugno la sagra delle ciliegie di Montealto, giunta quest'anno alla sua quarantesima edizione.",
    "Il programma prevede il mercato dei produttori in piazza Garibaldi, la gara di torte e un concerto della banda cittadina sabato sera.",
    "Il centro storico sarà chiuso al traffico dalle 8 di venerdì; navette gratuite partiranno ogni venti minuti dal parcheggio dello stadio.",
]
EN_LIBVAN_S = [
    "A mobile library will start visiting eleven villages around Ashby Parva next month after the county council found money to replace its broken-down van.",
    "The new vehicle, which cost £160,000, has a wheelchair lift and space for about 3,000 books, and will stop at each village every second Tuesday.",
    "The previous van was taken off the road in January after failing its safety inspection.",
]
ES_FERIA_S = [
    "La feria del libro de Villanueva del Soto vuelve a la plaza de la Constitución del 24 al 30 de mayo con 28 casetas.",
    "Este año participan once librerías de la comarca y dos editoriales locales, que presentarán nueve novedades.",
    "El horario será de 11.00 a 14.00 y de 18.00 a 21.30, y el domingo habrá cuentacuentos para niños por la mañana.",
]
EN_ROADWORKS_S = [
    "Drivers in Cressington face three weeks of overnight closures on the A614 from Monday while the road is resurfaced between the Mill Lane and Hatton roundabouts.",
    "The road will shut from 8pm to 6am, with diversions signposted through Eastholme.",
    "National Highways said the work had been moved forward after a rise in potholes over the winter.",
]
PL_DROGA_S = [
    "Od poniedziałku kierowcy jadący drogą wojewódzką nr 817 przez Zalesie Górne muszą liczyć się z utrudnieniami.",
    "Drogowcy rozpoczęli przebudowę skrzyżowania z ulicą Leśną, które ma zostać zastąpione rondem. Prace potrwają do końca września.",
    "Ruch odbywa się wahadłowo, a autobusy linii 12 i 14 jeżdżą objazdem przez Brzozówkę.",
]
EN_PARKRUN_S = [
    "Saturday morning's 5km run in Fairlow Park will move to the riverside path for the summer while the park's lake is drained for repairs.",
    "Organisers said the new course is flatter and could mean faster times, but the start will be 400 metres from the usual car park.",
    "About 350 people take part in the free weekly run, which has been held in the park since 2016.",
]
EN_WATERMAIN_S = [
    "About 2,400 homes in north Belmont were left without running water for most of Thursday after a 24-inch water main burst beneath Garfield Avenue.",
    "Crews from the Belmont Water Authority restored supply to most homes by 9 p.m. and handed out bottled water at the community center during the day.",
    "Residents were told to run their cold taps for several minutes before drinking the water.",
]
EN_CAFE_S = [
    "After six months of building work, the Marsh Lane Community Café reopens on Saturday with a bigger kitchen and a new ramp at the front door.",
    "Volunteers will serve breakfast from 9am, and the Thursday lunch club for older residents starts again next week.",
    "Thank you to everyone who gave money, time and cake to make it happen.",
]
PL_BIBLIOTEKA_S = [
    "Miejska biblioteka w Kamieńcu Nowym będzie od czerwca otwarta także w soboty, od 9 do 15.",
    "Dyrekcja tłumaczy, że wiele osób pracujących w tygodniu nie zdążało oddać książek przed zamknięciem o 17.",
    "Zmieni się też dzień, w którym placówka jest zamknięta: od czerwca będzie to poniedziałek.",
]
ES_MERCADO_S = [
    "El mercado municipal de Almoradí de la Vega abrirá también los domingos por la mañana a partir del 2 de junio.",
    "La medida, pactada con la asociación de placeros, busca atraer a los visitantes que llegan al pueblo los fines de semana.",
    "Al menos 18 de los 26 puestos han confirmado que abrirán, según el concejal de Comercio, Andrés Molina.",
]

# ================================================================ longer stories (cases 6 and 7)
EN_POOL = [
    "Plans to close the Rushmoor Road swimming pool have been put on hold for a year after more than 6,000 people signed a petition and a local swimming club offered to help run it.",
    "Councillors had been due to vote next week on shutting the 1970s pool in September to save £310,000 a year, the biggest single cut in a package of savings drawn up by the borough's finance team.",
    "Instead, the council's cabinet agreed on Tuesday to talk to Rushmoor Otters Swimming Club and a community interest company about taking over the building, which needs about £1.8 million of repairs to its roof and boilers.",
    "\"We have heard very clearly how much this pool matters,\" said council leader Harriet Doyle. \"But I will not pretend the money has appeared from nowhere. We need a plan that works by next spring.\"",
    "The Otters' chairman, Dev Malik, said the club's 450 members had already pledged more than £40,000 and that two local firms had offered help with the heating system.",
    "The nearest other public pool is nine miles away in Castlebury, and parents told the cabinet meeting that many children would stop swimming altogether if the Rushmoor Road site closed.",
]
EN_BRIDGE = [
    "The Old Ferry Bridge in Tenby Cross will close to all traffic for six months from July so that engineers can replace corroded steel beams found during a routine inspection last autumn.",
    "The 1928 bridge carries about 9,000 vehicles a day across the River Lune, and the county council said a temporary footbridge would be built alongside it for pedestrians and cyclists.",
    "Drivers will face a diversion of about seven miles through Holbeck, and bus routes 21 and 22 will be split, with passengers walking across the footbridge to change buses.",
    "Business owners in Tenby Cross said they feared a repeat of 2019, when a two-month closure for resurfacing cut takings at some shops by a third.",
    "\"Six months in the summer is going to hurt,\" said Karen Ollerton, who runs the Bridge End Tea Rooms. \"We need people to know that the town is still open.\"",
    "The council said the work would cost £4.3 million and that it had chosen the summer because the weather made painting and welding more reliable.",
]
EN_ALLOTMENTS = [
    "Plot holders at the Beech Road allotments in Kelsall Vale have been told they can stay for at least another ten years after the parish council turned down an offer from a developer to buy the land.",
    "The developer, Harrow Homes, had offered £2.2 million for the four-acre site and promised to create new allotments on farmland a mile outside the village.",
    "Councillors voted 7-2 to reject the offer on Monday night in front of a public gallery packed with gardeners, some of whom had brought their own vegetables to make the point.",
    "\"You cannot move sixty years of good soil a mile down the road,\" said Jean Parry, who has tended a plot on the site since 1987.",
    "The parish council said it would now sign a new ten-year lease with the allotment society and look at adding a water supply to the upper plots.",
]
EN_DEPOT = [
    "A proposed bus depot on the edge of Marlow Heath will go ahead after the city's planning committee approved it on Wednesday despite objections from more than 200 residents.",
    "The depot, on a former builders' yard off Stanton Road, will house 60 electric buses and is due to open in 2026. Its operator, Heathline, said it would create 85 jobs.",
    "Neighbours had objected to the noise of buses leaving before dawn and to the size of the charging building, which will stand 14 metres high.",
    "The committee added conditions limiting movements between 11pm and 5am and requiring a noise barrier along the boundary with houses on Ash Grove.",
    "Heathline's managing director, Tom Riordan, said the company would hold a drop-in session for residents before building work starts in the autumn.",
]
DE_ORTSUMGEHUNG = [
    "Die geplante Ortsumgehung von Bad Lindenfels rückt näher: Das Regierungspräsidium hat am Dienstag den Planfeststellungsbeschluss für die 4,2 Kilometer lange Trasse veröffentlicht.",
    "Die neue Straße soll die Hauptstraße entlasten, durch die täglich rund 14.000 Fahrzeuge fahren, darunter mehr als 1.200 Lastwagen. Baubeginn ist frühestens im Herbst 2025.",
    "Bürgermeister Stefan Rühl sprach von einem „guten Tag für Bad Lindenfels“. Die Anwohner der Hauptstraße warteten seit mehr als dreißig Jahren auf Entlastung.",
    "Die Bürgerinitiative „Lindenfelser Aue“ kündigte dagegen an, gegen den Beschluss zu klagen. Die Trasse führe durch ein Überschwemmungsgebiet und zerschneide ein Naherholungsgebiet.",
    "Die Kosten werden inzwischen auf 38 Millionen Euro geschätzt, fast doppelt so viel wie bei der ersten Planung im Jahr 2012.",
]
ES_PISCINAS = [
    "Las tres piscinas municipales de Castrojeriz de Arriba abrirán el 15 de junio, dos semanas antes que el año pasado, tras el acuerdo alcanzado el lunes entre el Ayuntamiento y la empresa adjudicataria.",
    "El abono de temporada costará 45 euros para los adultos y 25 para los menores de 16 años, los mismos precios que en 2023.",
    "La concejala de Deportes, Pilar Santamaría, explicó que el adelanto ha sido posible porque las obras de impermeabilización del vaso grande terminaron antes de lo previsto.",
    "La oposición criticó, sin embargo, que la piscina del barrio de San Roque siga sin sombra en la zona de césped, una queja que los vecinos repiten desde hace años.",
    "El Ayuntamiento calcula que las instalaciones recibirán unos 60.000 bañistas durante el verano.",
]
IT_PARCHEGGIO = [
    "Il nuovo parcheggio multipiano di via Roma a San Vito al Piano aprirà lunedì prossimo, con due mesi di ritardo rispetto al calendario annunciato dal Comune.",
    "La struttura ha 320 posti auto su quattro livelli, venti colonnine per la ricarica delle auto elettriche e un deposito custodito per le biciclette.",
    "La prima ora di sosta sarà gratuita; dopo si pagherà un euro all'ora, con un abbonamento mensile da 40 euro per i residenti del centro storico.",
    "Il sindaco Paolo Ferretti ha detto che il parcheggio permetterà di togliere le auto da piazza del Duomo, che dall'autunno diventerà pedonale.",
    "I commercianti del centro hanno accolto la notizia con favore, ma chiedono che i lavori in piazza non si sovrappongano alle festività natalizie.",
]
NL_DIJK = [
    "Het waterschap begint in september met het versterken van de dijk langs de Lek tussen Schoonhoven-West en Lexmond, een klus van bijna vier jaar.",
    "Over een lengte van twaalf kilometer wordt de dijk breder en hoger gemaakt. Volgens het waterschap voldoet hij niet meer aan de nieuwe veiligheidsnormen.",
    "Ongeveer veertig woningen aan de voet van de dijk krijgen te maken met trillingen en bouwverkeer. Bewoners kunnen een vergoeding krijgen als hun huis schade oploopt.",
    "Het fietspad op de dijk gaat in fases dicht. Een omleiding loopt via de polderweg.",
    "De kosten van het project worden geschat op 210 miljoen euro en worden grotendeels betaald uit het landelijke Hoogwaterbeschermingsprogramma.",
]
PL_MOST = [
    "Nowy most na Bystrzycy w Lipowcu Dolnym został w piątek oddany do użytku, po prawie dwóch latach budowy i pół roku opóźnienia.",
    "Przeprawa ma 96 metrów długości, dwa pasy ruchu, chodniki i ścieżkę rowerową. Zastąpiła stary most z 1958 roku, który od 2021 roku był zamknięty dla ciężarówek.",
    "Inwestycja kosztowała 34 miliony złotych, z czego 22 miliony pochodziły z rządowego funduszu dróg samorządowych.",
    "– Czekaliśmy na ten dzień bardzo długo. Ciężarówki jeździły objazdem przez centrum miasta i mieszkańcy mieli tego dość – mówił podczas otwarcia burmistrz Tadeusz Wróbel.",
    "Opóźnienie wykonawca tłumaczył problemami z dostawą stali i wysokim stanem wody jesienią ubiegłego roku.",
]
FR_MARCHE = [
    "Le marché couvert de Montferrand-sur-Allier a rouvert ses portes samedi, après dix-huit mois de rénovation et un chantier à 4,6 millions d'euros.",
    "La halle de 1902 a retrouvé sa charpente métallique d'origine, repeinte en vert, et accueille désormais trente-deux commerçants, contre vingt-deux avant les travaux.",
    "« On a gardé l'âme du lieu tout en le rendant enfin agréable l'hiver », s'est félicitée la maire, Catherine Vidal, en coupant le ruban devant plusieurs centaines d'habitants.",
    "Les commerçants, installés pendant les travaux sous des barnums sur le parking de la gare, ont salué un « retour à la maison ». Certains s'inquiètent toutefois du montant des nouveaux loyers.",
    "Le marché est ouvert du mardi au dimanche matin, de 7 h 30 à 13 heures.",
]
EN_CARNIVAL = [
    "More than 20,000 people lined the streets of Portwen on Saturday for the town's first carnival in five years, with 46 floats and a steel band from Bristol leading the parade.",
    "The carnival was cancelled in 2020 and had not returned since, after its organising committee disbanded and insurance costs more than tripled.",
    "A group of volunteers revived it last year with help from the town council, which agreed to underwrite £15,000 of the costs.",
    "The parade left the harbour at 2pm and wound through the town centre to Trenance Park, where a fair and food stalls ran until late evening.",
    "Organiser Lowenna Pascoe said the day had gone \"better than we dared hope\" and that planning for next year would start within weeks.",
]
DE_FREIBAD = [
    "Nach zwei Jahren Umbau hat das Freibad im Neustädter Stadtpark am Samstag wieder geöffnet. Schon am ersten Tag kamen mehr als 2.000 Besucher.",
    "Das Becken wurde komplett mit Edelstahl ausgekleidet, dazu kommen eine neue Rutsche, ein Kinderbereich mit Wasserspielen und eine Photovoltaikanlage auf dem Dach der Umkleiden.",
    "Der Umbau kostete 7,8 Millionen Euro, rund 1,5 Millionen mehr als geplant. Der Bund übernahm knapp die Hälfte aus einem Förderprogramm für Sportstätten.",
    "Die Eintrittspreise steigen leicht: Erwachsene zahlen künftig 4,50 Euro, Kinder 2,50 Euro. Die Saisonkarte kostet 75 Euro.",
    "Geöffnet ist das Bad bis Mitte September täglich von 9 bis 20 Uhr, bei gutem Wetter donnerstags bis 21 Uhr.",
]
