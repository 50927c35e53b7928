"""Article texts for the third probe round (invented stories, invented places)."""

# ---------------------------------------------------------------- English
EN_DROUGHT = [
    "Calder County imposed its first mandatory water restrictions in 31 years on Tuesday, banning lawn watering on weekdays after reservoir levels fell to 38% of capacity, officials said.",
    "The restrictions, which take effect on June 1, also prohibit washing cars at home and filling private swimming pools, and carry fines of up to $500 for repeat violations.",
    "\"We are asking every household to cut its use by a fifth,\" county water director Elaine Porter told reporters at a news conference in Marlow. \"If we do nothing, we could be looking at rationing by September.\"",
    "Rainfall across the county has been about half the long-term average since October, according to the state climatologist's office, and snowpack in the nearby Ridgeback Mountains melted weeks earlier than usual.",
    "Farmers, who draw most of their water from a separate irrigation district, are not covered by the new rules, but the district has said it will cut deliveries by 25% from July.",
    "Businesses including car washes and golf courses will have to submit water-saving plans within 30 days. The county said it would offer rebates of up to $2,000 for homeowners who replace lawns with drought-tolerant plants.",
    "The last mandatory restrictions, in 1993, stayed in place for 14 months.",
    "Porter said the county was also speeding up work on a $90 million pipeline linking the Marlow reservoir to the Fenwick River, which is due to be completed in 2026.",
]

EN_TREASURER = [
    "MILLBROOK, Ind. (AP) — A jury on Thursday convicted a former county treasurer of stealing more than $1.2 million in tax payments over six years and spending much of it on casino trips and a lakeside cabin.",
    "Dana Whitcomb, 57, was found guilty of 14 counts of theft and tampering with records after a two-week trial in Hollis County Circuit Court. She faces up to 30 years in prison when she is sentenced in July.",
    "Prosecutors said Whitcomb, who served as treasurer from 2015 until her resignation in 2022, diverted property tax checks into a private account she had opened under the name of a defunct county program.",
    "The scheme came to light when a state audit found that dozens of property owners had been sent delinquency notices for taxes they had already paid.",
    "Whitcomb's attorney, Mark Delaney, told jurors his client had a gambling addiction and had always intended to repay the money. He said after the verdict that she would appeal.",
    "County commissioners said they had recovered about $400,000 through the sale of the cabin and would seek the rest through a civil lawsuit.",
]

EN_ZONING = [
    "The Arlingford County Board voted 4-1 on Saturday to allow duplexes and small apartment buildings on lots now reserved for single-family homes, ending one of the most heated local debates in years.",
    "The change, which takes effect in January, lets property owners build up to six units on larger lots in most residential neighborhoods, as long as the buildings meet the same height and setback rules as houses.",
    "Supporters said the plan would open up neighborhoods that have been out of reach for teachers, nurses and young families, where the median price of a detached house has passed $1.1 million.",
    "Opponents packed two days of hearings, warning that the change would crowd schools, strain parking and alter the character of tree-lined streets. Some vowed to challenge the decision in court.",
    "\"This is not the end of single-family homes,\" board chair Denise Okafor said before the vote. \"It is the end of a rule that says only one kind of family can live here.\"",
    "The lone dissenting vote came from board member Paul Wexler, who said he supported more housing but wanted a cap on how many permits could be issued each year.",
    "County planners estimate the change will lead to about 200 new homes a year, a small share of the roughly 3,000 units the region needs annually.",
    "Similar measures have passed in several cities in recent years, though studies of their effect on prices remain mixed.",
]

EN_BUSES = [
    "If you have waited for a bus in Portmere this spring, you have probably waited a long time. Only 61 percent of buses on the city's busiest routes arrived within five minutes of schedule in April, the worst figure since the transit agency began publishing data in 2012.",
    "The main reason is simple: there are not enough drivers. The Portmere Area Transit Authority is about 140 operators short of the 900 it needs, and it has cancelled roughly one in ten scheduled trips since January.",
    "The agency raised starting pay to $26 an hour last fall and began offering signing bonuses, but training a new driver takes about ten weeks, and many recruits leave within their first year.",
    "Traffic is the other culprit. Construction on the Harbor Boulevard bridge has squeezed four lanes into two, and buses on the 12 and 40 lines now spend an average of nine extra minutes crossing it at rush hour.",
    "Transit advocates want the city to paint dedicated bus lanes on the most congested corridors, a change that could be made in weeks rather than years. The city council is expected to vote on a pilot program in June.",
    "Until then, riders are being told to check the agency's app before leaving home, and to expect delays.",
]

EN_BAKERY = [
    "The Crooked Oven bakery on Fenn Street will reopen on Monday, three months after a kitchen fire forced it to close.",
    "Owners Tom and Ada Brennan said insurers had covered the repairs and that all six staff had been kept on through the closure.",
    "The bakery will open from 7am to 3pm, Tuesday to Sunday, and is offering free coffee to customers on the first morning.",
]

EN_VANS = [
    "When we set ourselves the goal of cutting delivery emissions by a third in 2023, plenty of people in the company thought it could not be done without raising prices. Twelve months later, our emissions per parcel are down 41 percent, and our prices have not moved.",
    "Here is what we changed, what did not work, and what we would do differently if we started again.",
    "We replaced 180 of our 420 diesel vans with electric models, starting with the urban routes under 90 miles a day. On those routes the vans never needed a top-up charge during a shift.",
    "Longer rural routes stayed on diesel for now. The range is there on paper, but winter performance in our trial was too unpredictable to promise next-day delivery.",
    "Surprisingly, it was not the vans. The largest single saving came from our routing software, which we retuned to favour fewer, fuller trips over raw speed. Three changes did most of the work:",
    "We will publish our full numbers, including the parts that went badly, in our annual sustainability report in March.",
]
EN_VANS_LIST = [
    "Consolidating two daily rounds into one in 23 postcodes",
    "Letting customers pick a green delivery slot for a small discount",
    "Moving sorting for the north-west from Leeds to Preston",
]

EN_FERRYYARD = [
    "PORT ALDRY, Wash., May 14, 2024 /WireDesk/ -- Halvorsen Marine, a builder and operator of passenger ferries, today announced the opening of a 120,000-square-foot maintenance facility at the Port of Aldry, creating 160 permanent jobs.",
    "The facility includes two dry docks able to take vessels of up to 90 meters, a battery workshop for the company's hybrid-electric ferries and a training center for marine engineers.",
    "\"Port Aldry has built boats for more than a century, and we are proud to add a new chapter to that history,\" said Ingrid Halvorsen, chief executive of Halvorsen Marine. \"This facility lets us keep our fleet in service closer to home.\"",
    "Highlights of the new facility include:",
    "Construction began in March 2022 and was financed in part by a $12 million grant from the state's maritime innovation fund.",
]
EN_FERRYYARD_LIST = [
    "Two dry docks for vessels up to 90 meters long",
    "A 6-megawatt shore charging station powered by renewable energy",
    "An apprenticeship program for 40 trainees a year",
]

EN_STORM = [  # live blog entries, oldest first: (time, title, paragraphs)
    ("09:05", "Welcome to our coverage", ["Good morning and welcome to our live coverage of Storm Ilsa, which brought gusts of more than 80mph to the west coast overnight. We will bring you the latest on travel disruption, power cuts and school closures throughout the day."]),
    ("09:22", "Trains suspended between Carrick and Dunmore", ["Trains between Carrick and Dunmore are suspended until at least midday after a tree fell on the line near Balloch Bridge.", "The operator says replacement buses are being arranged but warns passengers to expect long queues at both stations."]),
    ("09:48", "14,000 homes without power", ["About 14,000 homes are without power across the region, the electricity network says. Engineers have restored supplies to 6,000 homes since 7am, but some rural areas may not be reconnected until tomorrow."]),
    ("10:15", "Westmoor schools closed", ["All schools in the Westmoor council area are closed today. The council says buildings will be checked for damage before pupils return on Thursday."]),
    ("10:40", "'Never seen anything like it'", ["\"We saw the roof of the boat shed lift off and land in the harbour,\" says Fiona Reid, who runs a cafe on the seafront in Dunmore. \"I have lived here forty years and never seen anything like it.\""]),
    ("11:02", "Amber warning extended until 6pm", ["The weather service has extended its amber wind warning until 6pm. Forecasters say winds will ease this evening but heavy rain could bring flooding to low-lying areas on Thursday."]),
]

EN_FAIR = [
    "The Harlow County Fair will go ahead in August without its cattle and goat shows, organizers said Monday, after state agriculture officials confirmed bird flu in dairy herds in two neighboring counties.",
    "The decision affects about 300 young exhibitors from 4-H and FFA clubs, many of whom have spent the past year raising animals for the show ring.",
    "Fair board president Linda Castillo said the board had agonized over the choice. \"These kids have worked so hard, and it breaks our hearts,\" she said. \"But we cannot risk bringing animals from dozens of farms into one barn.\"",
    "Poultry and rabbit shows had already been cancelled. Exhibitors will instead be invited to present their projects to judges through photographs and a written record book.",
    "The fair's carnival, concerts and demolition derby will go ahead as planned from Aug. 7 to 11.",
]

EN_GREENHOUSE = [
    "After two years of fundraising, the Eastfield Community Garden finally has its greenhouse. Volunteers finished glazing the 12-metre structure on Saturday, and the first trays of tomato and pepper seedlings went in on Sunday morning.",
    "The greenhouse cost £18,400. Just over half came from a lottery grant, and the rest from plant sales, a sponsored walk and more than 200 individual donations, the smallest of them £2 from a seven-year-old member of our Saturday club.",
    "It will let us grow seedlings for the whole site instead of buying them in, and run winter sessions for the local primary school, which has asked for weekly visits from October.",
    "We still need help. We are looking for two or three volunteers who can commit to watering on weekday evenings through the summer, and for someone with plumbing experience to look at the rainwater tanks.",
    "The greenhouse will be officially opened at our summer open day on 22 June, from 11am. Everyone is welcome, and there will be cake.",
]

EN_CCTV = [
    "The data protection regulator has fined Harwick Borough Council £85,000 after CCTV cameras at a council-run leisure centre recorded people in its changing rooms for almost two years.",
    "The cameras were installed in 2021 to deter thefts from lockers, but an investigation found that two of them also captured the area where swimmers changed, and that the footage was kept for 90 days.",
    "The regulator said the council had failed to carry out an impact assessment before installing the cameras and had ignored a complaint from a member of the public in 2022.",
    "The council said it had removed the cameras, deleted the footage and apologised to users of the centre. It has 28 days to appeal against the fine.",
]

EN_FERRYBOAT = [
    "The Wendle river ferry, which has carried passengers between Old Quay and Millbank since 1890, is going electric. Its new boat, the Marigold, arrived by lorry on Thursday and will enter service in July after safety trials.",
    "The 12-passenger boat replaces the diesel Kittiwake, which has worked the crossing since 1978 and will be sold to a boating club further upstream.",
    "The ferry's operator, a community interest company run by volunteers, raised £140,000 for the boat through a share offer. Ferryman Joe Akers said the Marigold would cut fuel costs by about £6,000 a year.",
    "The crossing runs every 20 minutes from 8am to 6pm between April and October. Fares will stay at £1.50 for adults.",
]

# ---------------------------------------------------------------- German
DE_BAHN = [
    "Die Bahnstrecke zwischen Hohenfeld und Kreuzbach bleibt nach dem Erdrutsch vom vergangenen Wochenende mindestens bis Ende Juni gesperrt. Das teilte der Netzbetreiber am Dienstag mit.",
    "Nach starken Regenfällen war am Samstagabend ein etwa 40 Meter langer Hang auf die Gleise gerutscht. Ein Regionalzug konnte rechtzeitig bremsen, verletzt wurde niemand.",
    "Geologen untersuchen derzeit, ob der Hang weiter in Bewegung ist. Erst wenn er gesichert sei, könnten die Aufräumarbeiten beginnen, sagte ein Sprecher.",
    "Für die rund 9000 Pendler, die täglich auf der Strecke unterwegs sind, wurde ein Ersatzverkehr mit Bussen eingerichtet. Die Fahrzeit verlängert sich dadurch um bis zu 45 Minuten.",
    "„Wir wissen, dass das für viele Fahrgäste eine große Belastung ist“, sagte Regionalleiterin Katrin Oswald. Man arbeite daran, zusätzliche Busse einzusetzen.",
    "Der Fahrgastverband kritisierte, dass der Hang schon seit Jahren als instabil bekannt gewesen sei. Bereits 2019 hatte ein Gutachten vor einem Abrutschen gewarnt.",
    "Das Land kündigte an, die Sicherung gefährdeter Böschungen entlang der Strecke mit zusätzlichen Mitteln zu unterstützen.",
]

DE_ORTSDURCHFAHRT = [
    "Die Gemeinde Oberwaldau saniert ab dem 3. Juni die Ortsdurchfahrt der Hauptstraße zwischen Rathausplatz und Mühlweg.",
    "Die Arbeiten umfassen die Erneuerung der Wasserleitung, des Kanals und der Fahrbahndecke. Sie sollen nach derzeitiger Planung bis Mitte Oktober abgeschlossen sein.",
    "Während der Bauzeit ist die Hauptstraße in diesem Abschnitt für den Durchgangsverkehr gesperrt. Die Umleitung erfolgt über die Kreisstraße 14 und ist ausgeschildert.",
    "Anlieger können ihre Grundstücke weiterhin erreichen, müssen aber zeitweise mit Einschränkungen rechnen. Die Müllabfuhr ist sichergestellt.",
    "Für Fragen steht das Bauamt im Rathaus, Zimmer 12, montags bis freitags von 8 bis 12 Uhr zur Verfügung.",
]

DE_HOFLADEN = [
    "Der Hofladen der Familie Kessler in Unterried hat nach dem Brand im Februar wieder geöffnet.",
    "Das Feuer hatte damals die Kühlräume und einen Teil des Verkaufsraums zerstört. Verletzt wurde niemand.",
    "Verkauft werden wie bisher Milch, Käse und Gemüse vom eigenen Hof, geöffnet ist dienstags bis samstags von 8 bis 18 Uhr.",
]

# ---------------------------------------------------------------- French
FR_LOYERS = [
    "À Bellerive-sur-Loire, le conseil municipal a voté, lundi 13 mai, l'encadrement des loyers dans six quartiers du centre-ville, une première pour une commune de cette taille dans la région.",
    "À partir du 1er septembre, les propriétaires ne pourront plus fixer un loyer supérieur de plus de 20 % à un loyer de référence établi par un observatoire local, selon le type de logement et son année de construction.",
    "La mesure concerne environ 11 000 logements, soit près d'un tiers du parc locatif privé de la ville. Elle avait été promise par la maire, Hélène Garnier, lors de sa campagne de 2020.",
    "« Les loyers ont augmenté de 18 % en cinq ans, bien plus vite que les salaires. Nous ne pouvions plus rester les bras croisés », a déclaré l'élue lors de la séance.",
    "L'opposition a voté contre, estimant que la mesure découragerait les investisseurs et réduirait l'offre de logements. Plusieurs agences immobilières ont également exprimé leurs craintes.",
    "Les associations de locataires saluent une avancée, mais réclament des contrôles. En cas de dépassement, les locataires pourront saisir la commission départementale de conciliation.",
    "La préfecture doit encore publier l'arrêté fixant les loyers de référence avant l'été.",
]

# ---------------------------------------------------------------- Spanish
ES_SEQUIA = [
    "La confederación hidrográfica del Alto Tajuña ha decretado este martes el estado de emergencia por sequía en 14 municipios de la comarca de Valdecerro, donde los embalses apenas superan el 19 % de su capacidad.",
    "La medida permite restringir el riego agrícola y el llenado de piscinas privadas a partir del 1 de junio, y obliga a los ayuntamientos a reducir la presión del agua durante la noche.",
    "Los regantes, que ya vieron recortada su dotación a la mitad el año pasado, han pedido ayudas directas para compensar las pérdidas. Según la asociación agraria comarcal, más de 3.000 hectáreas de frutales están en riesgo.",
    "«Sin agua no hay cosecha, y sin cosecha el pueblo se vacía», resume Tomás Gil, agricultor de 58 años que cultiva almendros en Fuentelarga.",
    "El consejero de Medio Ambiente, Rafael Ortuño, anunció que el Gobierno regional destinará 12 millones de euros a obras de emergencia, entre ellas la perforación de nuevos pozos y la conexión con el embalse de Peñalba.",
    "Los expertos advierten de que, si el otoño vuelve a ser seco, la situación podría afectar también al abastecimiento de agua potable en los núcleos más pequeños.",
]

# ---------------------------------------------------------------- Italian
IT_TRAM = [
    "Il nuovo tram di Borgovalle entrerà in servizio il 15 settembre. Lo ha annunciato ieri il sindaco Paolo Ferrante durante la presentazione dei primi convogli arrivati in deposito.",
    "La linea, lunga 7,2 chilometri, collegherà la stazione ferroviaria con l'ospedale e il polo universitario di Sant'Anna, con 16 fermate e un passaggio ogni otto minuti nelle ore di punta.",
    "L'opera è costata 138 milioni di euro, in gran parte finanziati con i fondi europei. I lavori erano cominciati nel 2021 e hanno subito diversi rallentamenti per il ritrovamento di reperti archeologici in via Garibaldi.",
    "«È il cambiamento più importante per la città degli ultimi cinquant'anni», ha detto Ferrante. «Ridurremo il traffico in centro e daremo un'alternativa all'auto a migliaia di studenti e lavoratori».",
    "Non mancano le critiche. I commercianti di corso Mazzini lamentano un calo degli incassi durante i cantieri e chiedono un indennizzo al Comune.",
    "Nelle prime due settimane di esercizio il servizio sarà gratuito per tutti i passeggeri.",
]

IT_BIBLIOTECA = [
    "La biblioteca civica di Borgovalle resterà aperta anche la domenica pomeriggio a partire dal 2 giugno, dalle 14 alle 19, per tutta l'estate.",
    "La decisione è arrivata dopo una raccolta firme promossa dagli studenti universitari, che lamentavano la mancanza di spazi per studiare nei fine settimana.",
    "L'assessora alla Cultura, Giulia Serra, ha spiegato che l'apertura straordinaria costerà circa 18mila euro, coperti da una fondazione bancaria.",
]

# ---------------------------------------------------------------- Japanese (no spaces between words)
JA_HASHI = [
    "北浜市は14日、老朽化のため通行止めが続いていた市道の青葉橋について、6月1日から通行を再開すると発表した。",
    "青葉橋は1968年に架けられた長さ約120メートルの橋で、昨年9月の点検で橋脚の一部に深いひび割れが見つかり、車両と歩行者の通行を止めていた。",
    "市によると、補修工事では橋脚4本を鋼板で補強し、路面の舗装もすべてやり直した。工事費は約3億2千万円で、国の補助金を充てたという。",
    "「通学路が元に戻り、子どもたちを安心して送り出せる」と近くに住む会社員の女性（42）は話した。通行止めの間、周辺の小学生は約1キロの回り道を強いられていた。",
    "市は今後、市内にある築50年以上の橋37カ所についても、2026年度までに順に点検と補修を進める方針だ。",
]

# ---------------------------------------------------------------- Chinese (no spaces between words)
ZH_DITIE = [
    "记者从南湖市轨道交通集团获悉，地铁5号线二期工程将于6月28日开通试运营，届时南湖东站至滨江新城的通勤时间将缩短约25分钟。",
    "5号线二期全长14.6公里，共设10座车站，其中换乘站3座。线路自2020年开工建设，总投资约112亿元。",
    "据介绍，开通初期列车最小行车间隔为6分钟，首班车6时发车，末班车22时30分发车，票价与现有线路保持一致。",
    "“以前上班要换两趟公交，单程一个多小时。”家住滨江新城的市民王女士说，地铁开通后她打算改乘地铁通勤。",
    "轨道交通集团表示，试运营期间将根据客流情况适时调整运营时间和行车间隔，并在各站增设临时引导人员。",
]

# ---------------------------------------------------------------- Russian
RU_MOST = [
    "В Заречном с 1 июня закроют на ремонт Октябрьский мост через реку Сосновку. Об этом сообщили в администрации города.",
    "Движение транспорта по мосту будет полностью перекрыто до конца сентября. Пешеходов будут пропускать по временному настилу вдоль северной стороны моста.",
    "Подрядчик, компания «Мостстрой-Н», заменит деформационные швы, гидроизоляцию и асфальтовое покрытие. Стоимость работ составит 184 миллиона рублей.",
    "«Мост не ремонтировали с 1987 года, откладывать дальше нельзя», — заявил заместитель главы администрации Олег Савельев.",
    "Автобусы маршрутов № 3, 7 и 12 на время ремонта пустят в объезд через Заводскую улицу. Новые схемы движения опубликуют на сайте администрации.",
    "Жители Левобережного района опасаются пробок на единственном оставшемся мосту. В администрации обещают скорректировать работу светофоров на развязке.",
]
