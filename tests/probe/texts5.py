"""Article texts for the fifth probe round (invented stories, invented places
and people): stories as they ran on 2000s table layouts, 2008-2012 news
sites and blogs, and on modern pages of unusual markup."""

# ================================================================ 2000s table layouts
EN_FLOOD = [
    "Dozens of families in the low-lying Millbrook district spent Tuesday night in the Calder Street school gym after the River Marle burst its banks for the second time in three years.",
    "The river peaked at 14.2 feet shortly after 9 p.m., nearly three feet above flood stage, according to the county emergency management office.",
    "Firefighters used two boats to reach residents on Water Lane and Sycamore Court, where the water was waist-deep by evening. No injuries were reported.",
    "Mayor Dennis Hollister said the city would ask the state for disaster aid once the water recedes and crews can assess the damage to homes and roads.",
    "Many residents said they were still paying off repairs from the 2005 flood. \"We just put new carpet down in March,\" said Linda Kowalski, who has lived on Water Lane for 22 years.",
    "The National Weather Service expects the river to fall below flood stage by Thursday afternoon if no more rain falls.",
]
EN_FERRY = [
    "The Harbor Commission voted 4-1 Monday night to end the winter schedule of the Port Ellis ferry, leaving island residents with only the summer service from May to October.",
    "The commission said the winter runs lost $412,000 last year and carried an average of 31 passengers a day, fewer than a third of the summer figure.",
    "Islanders packed the meeting room and several urged the board to wait a year. Ruth Abernathy, who runs the only grocery on Tallow Island, said her deliveries would now have to come by private boat at twice the cost.",
    "\"You are cutting off 600 people for half the year,\" she told the commissioners.",
    "Commissioner Gary Pruitt, the only vote against, said the board had not looked at cheaper options such as a smaller boat or fewer daily runs.",
    "The last winter ferry will sail on Oct. 31. The commission will take written comments until Sept. 15.",
]
DE_GEMEINDERAT = [
    "Der Gemeinderat von Unterkirnach hat am Dienstagabend mit knapper Mehrheit den Bau einer neuen Sporthalle neben der Grundschule beschlossen.",
    "Die Halle soll rund 3,8 Millionen Euro kosten, das Land übernimmt knapp die Hälfte. Baubeginn ist für das Frühjahr 2009 vorgesehen.",
    "Gegner des Projekts hatten vor allem die Folgekosten kritisiert. Gemeinderat Herbert Maier rechnete vor, dass Heizung und Unterhalt die Gemeinde jährlich mindestens 90.000 Euro kosten würden.",
    "Bürgermeisterin Renate Faller verwies dagegen auf die alte Turnhalle aus dem Jahr 1962, die seit Jahren nur noch mit Ausnahmegenehmigung genutzt werden darf.",
    "Die Vereine sollen die neue Halle an den Abenden und am Wochenende nutzen können. Der Turnverein hat bereits angekündigt, eine Volleyballabteilung zu gründen.",
]
ES_ACUEDUCTO = [
    "Las obras de restauración del acueducto romano de Valdemora comenzarán el próximo lunes y obligarán a cortar el tráfico en la calle del Arco durante al menos cuatro meses.",
    "El proyecto, financiado por la Junta y el Ministerio de Cultura, tiene un presupuesto de 1,2 millones de euros y prevé consolidar once de los arcos, los más dañados por la humedad.",
    "El alcalde, Tomás Ruiz, explicó que los autobuses urbanos de las líneas 2 y 5 se desviarán por la avenida de Portugal mientras duren los trabajos.",
    "Los comerciantes de la zona han pedido al Ayuntamiento una rebaja de la tasa de terrazas, porque temen perder buena parte de sus clientes durante el verano.",
    "Según los técnicos, es la primera intervención a fondo en el monumento desde 1974.",
]
PT_ENCHENTE = [
    "A prefeitura de São Bento do Ribeirão decretou situação de emergência nesta quarta-feira depois que as chuvas da madrugada deixaram cerca de 400 pessoas desalojadas.",
    "Segundo a Defesa Civil, o rio Piracema subiu quase três metros em seis horas e invadiu casas nos bairros Vila Nova e Jardim das Palmeiras.",
    "As famílias foram levadas para o ginásio municipal e para duas escolas estaduais, onde recebem colchões, roupas e refeições.",
    "O prefeito Antônio Carlos Menezes disse que vai pedir ajuda ao governo do estado para recuperar duas pontes de madeira que foram levadas pela correnteza.",
    "A previsão é de mais chuva até o fim de semana, e a Defesa Civil pede que moradores de áreas de risco deixem suas casas ao primeiro sinal de alagamento.",
]
IT_TEATRO = [
    "Dopo undici anni di chiusura, il Teatro Comunale di Castelrosso riaprirà le porte il prossimo 12 ottobre con una serata dedicata alla musica di Puccini.",
    "I lavori di restauro, costati circa 4 milioni di euro, hanno riguardato il tetto, gli impianti e le decorazioni del soffitto, danneggiate da un'infiltrazione d'acqua nel 1997.",
    "«È una promessa mantenuta», ha detto il sindaco Paolo Ferretti, che ha ringraziato la Fondazione della Cassa di Risparmio per aver coperto un terzo della spesa.",
    "La stagione prevede dodici spettacoli tra prosa, lirica e concerti. Gli abbonamenti saranno in vendita dal 15 settembre alla biglietteria del teatro.",
    "Per la serata inaugurale sono già esauriti i 420 posti della platea e dei palchi.",
]
FR_USINE = [
    "La direction de la papeterie de Saint-Rémy-sur-Loue a confirmé lundi la fermeture du site d'ici à la fin de l'année, une décision qui touche 183 salariés.",
    "Le groupe invoque la baisse de la demande de papier journal et le coût de l'énergie, qui aurait doublé en trois ans.",
    "Les syndicats dénoncent « un abandon » et rappellent que l'usine avait reçu 2 millions d'euros d'aides publiques en 2004 pour moderniser sa ligne de production.",
    "Le maire, Jean-Pierre Mollard, a demandé une rencontre avec le préfet et promet de chercher un repreneur. La papeterie est le premier employeur de la commune depuis 1921.",
    "Une réunion d'information pour les salariés est prévue jeudi à la salle des fêtes.",
]

# ================================================================ 2008-2012 news sites
EN_AP_BRIDGES = [
    "WASHINGTON (AP) — Nearly one in eight highway bridges in the country is structurally deficient and the backlog of repairs has grown for a third straight year, according to a federal report released Tuesday.",
    "The Transportation Department report found that 71,900 bridges need major repairs or replacement, up from 69,200 two years ago. Most are more than 40 years old.",
    "\"We are not keeping up, and everyone who drives knows it,\" said Transportation Secretary Ellen Whitcombe at a news conference at a rusting overpass in suburban Maryland.",
    "The report estimates that clearing the backlog would cost about $76 billion, roughly twice what states and the federal government now spend on bridges each year.",
    "Lawmakers from both parties have proposed raising the federal gasoline tax, which has been 18.4 cents a gallon since 1993, but congressional leaders have shown little interest in taking up the measure before the election.",
    "Pennsylvania, Iowa and Oklahoma had the largest number of deficient bridges. Nevada and Arizona had the fewest.",
    "The department said deficient does not mean unsafe, and that bridges judged dangerous are closed or limited to lighter vehicles.",
]
EN_SCHOOLBOARD = [
    "The Fairview school board voted 5-2 Thursday to close Lincoln Elementary at the end of the school year, the first school closing in the district since 1983.",
    "The 94-year-old building on Ashland Avenue needs about $6 million in repairs, including a new roof and boiler, according to a report presented to the board last month.",
    "Its 212 students will be split between Jefferson and Oak Hill elementary schools, and the district will add bus routes for families who live more than a mile away.",
    "More than 150 parents, teachers and former students attended the meeting, which lasted nearly four hours. Many wore green T-shirts with the words \"Save Lincoln\" on the back.",
    "\"This school is the reason a lot of us stayed in this neighborhood,\" said Maria Delgado, whose two children are in second and fourth grades.",
    "Superintendent Robert Kessler said the district had lost 1,100 students over the past decade and could not afford to keep half-empty buildings open.",
    "Board members Janet Liu and Tom Barrow voted against the closing. Liu said the board should have waited for a study of enrollment that is due in the spring.",
    "The board will decide in February what to do with the building. Kessler said it could be sold or leased to the city's parks department.",
]
EN_MILL = [
    "The last working textile mill in Granger County will close in June, its owner said Wednesday, ending more than a century of cloth-making along the Pawlet River.",
    "Haverhill Weaving told its 240 employees at a morning meeting that orders had fallen by half since 2008 and that the company could no longer compete with imports.",
    "Workers said they had expected cuts but not a full closing. Some have worked at the mill for more than 30 years, as their parents did before them.",
    "The company will keep about 20 people through the summer to remove equipment and close the building, said Haverhill's president, Alan Whitlock.",
    "\"We held on as long as we could,\" Whitlock said. \"I grew up two streets from this mill, and this is the hardest thing I have ever had to do.\"",
    "State labor officials will hold a job fair at the mill next month and said laid-off workers may qualify for retraining money under a federal trade program.",
    "The mill's closing will cost the town of Pawlet about $300,000 a year in property taxes, nearly a tenth of its budget, Town Manager Susan Greer said.",
    "The brick mill, built in 1898, is listed on the state register of historic places. Greer said the town would look for a developer to turn it into apartments or offices.",
]
EN_ZOO = [
    "The Riverside Zoo welcomed its first baby giraffe in 17 years on Sunday, a 6-foot-tall female born to 9-year-old Mara shortly after 3 a.m.",
    "Keepers said the calf was standing within an hour and nursing by midmorning. She weighed about 140 pounds at birth.",
    "The zoo's veterinarian, Dr. Karen Moss, said mother and calf were doing well but would stay in the barn for at least two weeks before visitors can see them.",
    "The zoo plans to let the public suggest names on its Web site and will announce the winner in July.",
    "Riverside has five giraffes. The calf's father, Kito, came from a zoo in Ohio in 2007 as part of a breeding program for endangered animals.",
]
ES_METRO = [
    "MADRID (EFE) — La ampliación de la línea 9 del metro hasta el barrio de Los Olivos se retrasará al menos hasta la primavera de 2011 por problemas en la perforación del túnel, según informó ayer la Consejería de Transportes.",
    "La tuneladora se detuvo en octubre al encontrar una bolsa de agua a 30 metros de profundidad, y los técnicos todavía estudian cómo reforzar el terreno.",
    "La obra, de 4,2 kilómetros y tres estaciones, tiene un presupuesto de 310 millones de euros y debía estar terminada a finales de este año.",
    "Los vecinos de Los Olivos, que esperan el metro desde hace más de una década, han convocado una concentración para el próximo sábado frente a la junta municipal.",
    "La Consejería asegura que el retraso no encarecerá el proyecto porque los sobrecostes corren a cargo de la empresa constructora.",
]

# ================================================================ blogs of the era
EN_BLOG_COUNCIL = [
    "Last night's council meeting ran until almost midnight, so here is the short version for those of you who had the good sense to stay home.",
    "The big item was the parking garage on Fourth Street. The council voted 6-3 to borrow $8.5 million to build it, with construction starting in the fall. Councilman Reyes, who voted no, said the city's own study shows the downtown lots are only 60 percent full on a weekday.",
    "The garage will have 420 spaces and, after a long fight, ground-floor shops on the Fourth Street side. Parking will cost $1 an hour, the same as the meters.",
    "They also approved the new dog park at Elm Hollow, which I know a lot of you wrote to me about. It should open by Memorial Day.",
    "The next meeting is Feb. 17. I'll be there with my laptop and too much coffee, as usual.",
]
PT_BLOG_FEIRA = [
    "A feira livre da Rua das Acácias, que funciona há mais de 40 anos aos domingos, vai mudar de endereço a partir do mês que vem.",
    "A prefeitura decidiu transferir as barracas para o estacionamento do estádio municipal, alegando que os moradores reclamavam do barulho e da sujeira depois da feira.",
    "Conversei com alguns feirantes na manhã de hoje e quase todos estão preocupados. Dona Célia, que vende verduras ali desde 1979, acha que vai perder metade da freguesia, principalmente os idosos que vão a pé.",
    "A associação dos feirantes marcou uma reunião com o secretário de Serviços Urbanos para a próxima terça-feira e promete levar um abaixo-assinado com mais de 2 mil nomes.",
    "Volto ao assunto assim que souber o resultado da reunião.",
]
EN_MT_LIBRARY = [
    "The county library board decided Tuesday to keep all eleven branches open next year, but most of them will be open fewer hours, starting Jan. 4.",
    "Under the plan, the main library on Court Street keeps its current schedule. The ten branches will close on Mondays and at 6 p.m. instead of 8 p.m. on weeknights.",
    "Library director Helen Marsh said the cuts save about $640,000, close to the amount the county commission took out of the library's budget in November.",
    "About 40 people spoke at the hearing before the vote. Most asked the board to keep evening hours for students and people who work during the day.",
    "\"A library that closes at six is a library for retirees,\" said Jake Hollins, a high school junior who said he does his homework at the Eastgate branch because his family has no Internet at home.",
    "Marsh said the board would look at restoring evening hours at the busiest branches if the Friends of the Library raise enough money this spring.",
    "The board also approved a new policy that lets patrons borrow e-book readers, starting with 30 devices at the main library.",
    "The next board meeting is Jan. 12 at the main library.",
]
EN_LJ_SNOW = [
    "So the city finally plowed our street this afternoon, four days after the storm. Four days!",
    "The plow came through at about 2 p.m. and buried every car on the block under a wall of ice. Mrs. Petrakis from across the street was out with a shovel for an hour before a couple of the kids from the corner helped her out.",
    "I called the public works hotline on Tuesday and again on Wednesday, and both times a recording said side streets would be done \"within 48 hours.\" Our alderman's office says they are short twelve drivers this winter.",
    "Anyway, the bus is running again and I made it to work today. Tomorrow's forecast: more snow.",
]

# ================================================================ modern, unusual markup
FR_MARCHE_NOEL = [
    "Le marché de Noël de Colmont-les-Bains ouvrira ses portes le vendredi 29 novembre sur la place de l'Hôtel-de-Ville, avec soixante-deux chalets, dix de plus que l'an dernier.",
    "La municipalité a choisi de réserver un tiers des emplacements aux artisans du département, une demande ancienne des commerçants du centre-ville.",
    "La patinoire installée devant la mairie sera cette année synthétique, ce qui doit permettre d'économiser près de 40 000 euros d'électricité, selon l'adjoint chargé des festivités, Marc Delorme.",
    "Le marché sera ouvert tous les jours de 11 heures à 20 heures, et jusqu'à 22 heures les vendredis et samedis. Il fermera le 31 décembre.",
    "Des navettes gratuites relieront la gare et les parkings relais toutes les quinze minutes pendant les week-ends.",
]
EN_SECTIONS = [
    ("", [
        "Ashford's only cinema will reopen on Friday after a community group raised £310,000 to buy the building from its former owner, who closed it during the pandemic.",
        "The Regal, a two-screen cinema on Bank Street, first opened in 1936 and had been empty for almost four years.",
    ]),
    ("How the money was raised", [
        "More than 1,900 people bought shares in the Regal Community Benefit Society, at a minimum of £50 each. The rest came from a lottery heritage grant and a loan from the town council.",
        "The group's chair, Nadia Okafor, said the average investment was about £110, and that some shareholders were people who had their first date at the cinema.",
    ]),
    ("What changes", [
        "Volunteers have spent the winter repainting the foyer and replacing the seats in the smaller screen. The society has also made several changes to how the cinema will run:",
    ]),
    ("What comes next", [
        "The society hopes to restore the original 1930s frontage next year and is applying for a second grant.",
        "Okafor said the cinema needed to sell about 600 tickets a week to cover its costs.",
    ]),
]
EN_SECTIONS_LIST = ["Tickets will cost £6.50, or £4 for under-16s", "A café will open in the old box office", "Volunteers will run the Sunday matinees", "The balcony will be used for talks and quiz nights"]
DE_BR_HALLENBAD = [
    "Das Hallenbad in Bergheim-Süd bleibt noch bis mindestens Ende März geschlossen.",
    "Bei der Sanierung der Lüftungsanlage sind die Handwerker auf asbesthaltige Dichtungen gestoßen, die nun von einer Fachfirma entfernt werden müssen, teilte die Stadt am Montag mit.",
    "Ursprünglich sollte das Bad nach den Weihnachtsferien wieder öffnen. Die Mehrkosten schätzt die Verwaltung auf rund 250.000 Euro.",
    "Betroffen sind vor allem die Schwimmvereine und die Grundschulen, deren Schwimmunterricht seit Oktober ausfällt. Die Stadt verhandelt mit dem Nachbarort Kerpen über zusätzliche Bahnzeiten.",
    "Besitzer von Zehnerkarten können diese im Bürgerbüro verlängern lassen.",
]
DE_TICKER = [
    ("18:42 Uhr", "Die Feuerwehr meldet, dass der Brand in der Lagerhalle an der Industriestraße unter Kontrolle ist. Die Nachlöscharbeiten werden nach Angaben eines Sprechers aber noch bis in die Nacht dauern."),
    ("18:05 Uhr", "Die Warnung über die Warn-App bleibt bestehen: Anwohner in Hochfeld und Am Kanal sollen weiter Fenster und Türen geschlossen halten und Lüftungsanlagen abschalten."),
    ("17:31 Uhr", "„Wir haben derzeit keine Hinweise auf Verletzte“, sagt Einsatzleiter Stefan Kühn. Zwei Mitarbeiter, die sich zum Zeitpunkt des Brandes in der Halle aufhielten, konnten sich selbst ins Freie retten."),
    ("17:02 Uhr", "Die Polizei hat die Industriestraße zwischen der Kanalbrücke und dem Gewerbering voll gesperrt. Die Buslinien 731 und 733 werden umgeleitet."),
    ("16:48 Uhr", "Über dem Hafengebiet ist eine dichte schwarze Rauchsäule zu sehen, die bis in die Innenstadt reicht. Zahlreiche Leser haben uns Fotos geschickt."),
    ("16:35 Uhr", "Die Feuerwehr ist mit einem Großaufgebot zu einem Brand in einer Lagerhalle im Hafengebiet ausgerückt. Nach ersten Angaben brennen dort Kunststoffpaletten."),
]
EN_LIVE = [
    ("3.52pm", "Polls close in 11 minutes", "Turnout in the Hartfield by-election has been brisk in the villages but slower in the town centre, according to our reporter at the count in the leisure centre. Party agents are already arriving."),
    ("3.20pm", "Candidates make final push", "All four candidates have spent the afternoon knocking on doors in the Riverside ward, which decided the seat by 212 votes last time. The Liberal Democrat candidate, Sarah Pennock, said she had visited every street in the ward at least twice."),
    ("2.45pm", "Rain moves in", "Heavy rain has arrived across the constituency, and one polling station in Upper Hartfield was briefly closed after water came in under the door. The council says voters were not turned away."),
    ("1.10pm", "Why this seat matters", "Hartfield has changed hands three times since 2005. The by-election was called after the sitting MP, Graham Ould, stood down for health reasons in February."),
]
EN_PULL = [
    "A group of tenants in the Harbour View tower block has won a two-year fight to have mould and damp repaired in their flats, after the housing association agreed to a full refurbishment of the building.",
    "Harbourside Homes said on Wednesday that it would spend £4.6m replacing the windows, ventilation and roof of the 14-storey block, which was built in 1968.",
    "The tenants' association, which started with a handful of residents meeting in a laundry room, collected photographs from 61 of the 84 flats and sent them to the housing ombudsman last spring.",
    "Its chair, Denise Okoro, said the group had been told for years that the damp was caused by tenants drying washing indoors. \"We were made to feel it was our fault for living in our own homes,\" she said.",
    "The ombudsman found in January that the association had failed to investigate complaints properly and ordered it to pay compensation to 23 households.",
    "Work is due to start in September and will take about 18 months. Tenants will not have to move out, the association said.",
]
PULL_EN = "We were made to feel it was our fault for living in our own homes"
IT_PULL = [
    "Il consiglio comunale di Borgo San Vitale ha approvato ieri sera il nuovo piano del traffico, che dal primo settembre chiuderà alle auto il centro storico nei fine settimana.",
    "Il provvedimento è passato con 11 voti favorevoli e 6 contrari, al termine di una seduta durata oltre quattro ore e seguita da un centinaio di cittadini.",
    "L'assessore alla mobilità, Chiara Benassi, ha difeso la scelta ricordando che in piazza Duomo si registrano i livelli di biossido di azoto più alti della provincia.",
    "Contrari i commercianti di via Roma, che temono un calo degli incassi. «Il sabato facciamo metà del fatturato della settimana», ha detto Luca Parodi, presidente dell'associazione di categoria.",
    "Per i residenti sono previsti permessi gratuiti, mentre due nuovi parcheggi di scambio con navetta saranno aperti entro l'estate.",
]
PULL_IT = "Il sabato facciamo metà del fatturato della settimana"
EN_KEYPOINTS = ["Water bills in the Coral Bay region will rise by an average of $92 a year from July", "The increase pays for a new desalination plant due to open in 2027", "Pensioners and concession card holders will get a $50 rebate"]
EN_KP_BODY = [
    "Households across the Coral Bay region will pay an average of $92 more a year for water from July, after the state's pricing regulator approved the largest increase in more than a decade.",
    "The regulator said the rise would fund most of the $1.3 billion desalination plant at Shelly Point, which is being built after three years of below-average rainfall left the region's dams at less than half capacity.",
    "Coral Bay Water's chief executive, Michelle Tran, said the utility had cut its own running costs by 8 per cent to keep the increase down.",
    "\"Nobody likes a higher bill, but the alternative was water restrictions every second summer,\" she said.",
    "Community groups said the rebate for pensioners was too small. The Coral Bay Council of Social Service said families on low incomes would struggle and called for the rebate to be extended to renters.",
    "The new prices will appear on bills from the September quarter.",
]
DE_KEYPOINTS = ["Ab 1. April kostet das Deutschlandticket im Landkreis für Schüler nur noch 29 Euro", "Der Kreistag hat den Zuschuss mit großer Mehrheit beschlossen", "Anträge gibt es ab sofort in allen Schulsekretariaten"]
DE_KP_BODY = [
    "Schülerinnen und Schüler im Landkreis Wendlingen können ab April für 29 Euro im Monat mit dem Deutschlandticket fahren.",
    "Der Kreistag beschloss am Montag mit 41 zu 6 Stimmen, die Differenz zum regulären Preis aus dem Kreishaushalt zu bezahlen. Das kostet den Landkreis nach Schätzung der Verwaltung rund 2,1 Millionen Euro im Jahr.",
    "Bisher zahlten Familien für eine Schülermonatskarte im Verkehrsverbund zwischen 38 und 62 Euro, je nach Entfernung zur Schule.",
    "Landrat Michael Berger sprach von einem „wichtigen Signal an die Familien im ländlichen Raum“. Die Grünen-Fraktion hätte sich ein kostenloses Ticket gewünscht.",
    "Wer bereits ein Abo hat, wird nach Angaben des Verkehrsverbunds automatisch umgestellt.",
]
EN_QA_INTRO = "Dr. Amara Lindqvist has run the emergency department at St. Columba's Hospital for six years. As the hospital prepares to open a new urgent care centre next month, we asked her about waiting times, staffing and what patients should expect."
EN_QA = [
    ("Why does the hospital need an urgent care centre?", "About a third of the people who come to our emergency department have problems that could be treated somewhere else, such as sprains, minor burns or infections. They wait a long time because we have to see the sickest patients first. The new centre gives them a faster route."),
    ("Will it shorten waiting times in the emergency department?", "We expect it to. Our modelling says the average wait should fall by about forty minutes in the first year, but that depends on us filling the posts we have advertised."),
    ("How many staff are you still looking for?", "We need eleven more nurses and two doctors for the centre. We have offers out to seven nurses, and the rest we hope to recruit by the autumn."),
    ("What should patients do if they are not sure where to go?", "Call the 111 line, or just come to the main entrance. A nurse at the front desk will decide which service is right for you. Nobody will be sent home without being seen."),
]
DE_QA_INTRO = "Seit zwei Jahren leitet Katrin Vogt das Tierheim in Marlow. Im Gespräch erklärt sie, warum so viele Tiere abgegeben werden und was sich Tierheime von der Politik wünschen."
DE_QA = [
    ("Frau Vogt, Ihr Tierheim hat einen Aufnahmestopp verhängt. Wie ist die Lage?", "Wir haben Platz für 60 Hunde und betreuen im Moment 74. Einige sitzen in Quarantäneboxen, die eigentlich für Notfälle gedacht sind. So kann es nicht weitergehen."),
    ("Woran liegt das?", "Viele Menschen haben sich in der Pandemie ein Tier angeschafft und merken jetzt, dass sie dafür keine Zeit haben oder die Kosten unterschätzt haben. Eine Tierarztrechnung kann schnell mehrere hundert Euro betragen."),
    ("Was muss sich ändern?", "Wir brauchen eine Pflicht zum Sachkundenachweis, bevor man einen Hund kauft, und die Kommunen müssen die Fundtierpauschale erhöhen. Die deckt bei uns nicht einmal die Hälfte der Kosten."),
    ("Was können Leser tun?", "Am meisten hilft es, wenn jemand ein Tier aufnimmt. Wer das nicht kann, kann Gassi gehen oder spenden. Jeder Euro kommt direkt bei den Tieren an."),
]

# ================================================================ teaser cards for section fronts
CARDS_TABLE = [
    ("Council approves downtown parking garage", "The $8.5 million garage on Fourth Street will have 420 spaces and shops on the ground floor."),
    ("Flood victims to get state aid", "Families in Millbrook can apply for grants of up to $5,000 starting next week."),
    ("Lincoln Elementary to close in June", "The school board voted 5-2 to close the 94-year-old building on Ashland Avenue."),
    ("Zoo welcomes baby giraffe", "The 6-foot-tall calf is the first giraffe born at Riverside in 17 years."),
    ("Ferry winter service cut", "Tallow Island residents will have only summer service after a 4-1 commission vote."),
]
CARDS_2009 = [
    ("Mill closing to cost town $300,000 a year", "Pawlet will lose nearly a tenth of its budget when Haverhill Weaving shuts down in June.", "May 14, 2009"),
    ("Library branches to close Mondays", "The county library board cut hours at ten branches to save $640,000.", "May 13, 2009"),
    ("Bridge backlog grows for third year", "A federal report says one in eight highway bridges is structurally deficient.", "May 12, 2009"),
    ("Harbor board ends winter ferry runs", "The last winter ferry to Tallow Island will sail on Oct. 31.", "May 12, 2009"),
    ("New dog park to open by Memorial Day", "The council approved the Elm Hollow park after months of requests from residents.", "May 11, 2009"),
]
CARDS_ARCHIVE = [
    ("Parking garage gets the green light", "Last night's council meeting ran until almost midnight, so here is the short version for those of you who had the good sense to stay home. The big item was the garage on Fourth Street [...]", "January 28th, 2009", "3 Comments"),
    ("Snow plows, or the lack of them", "Four days after the storm, our street finally saw a plow. Here is what public works told me when I called the hotline [...]", "January 22nd, 2009", "7 Comments"),
    ("Budget hearing on Thursday", "The city manager will present next year's budget at 7 p.m. in council chambers. The headline number is a 2 percent property tax increase [...]", "January 19th, 2009", "No Comments"),
    ("A new coffee shop on Main Street", "The old hardware store at Main and Third has a new life as a coffee shop, and the owners kept the original shelving [...]", "January 15th, 2009", "1 Comment"),
]
