"""Article texts for the seventh probe round (invented stories, invented
towns, agencies and people): reporting in the house styles of big
English-language news publishers in the US, the UK, Ireland, Canada,
Australia, India, Singapore, South Africa and Hong Kong: wire-style leads,
quotes that open a paragraph, Axios's bold lead-ins and bullets, the Daily
Mail's bullet summary, section-front teaser cards."""

# ================================================================ CNN-like: a wildfire
US_FIRE = [
    "A fast-moving wildfire tore through rural Tamarack County in Northern California on Tuesday, forcing more than 6,000 residents to flee and destroying at least 40 homes, fire officials said.",
    "The Cedar Ridge Fire had burned about 18,500 acres by Wednesday morning and was 5% contained, according to the state's forestry and fire protection agency. Wind gusts of up to 45 mph pushed the flames across two ridgelines overnight.",
    "Evacuation orders cover the communities of Pine Hollow, Dutch Flat Road and parts of Larkin Valley, the county sheriff's office said. Shelters have been opened at the Tamarack fairgrounds and a high school in nearby Ellison.",
    "\"It came over the hill faster than anything I've seen in 30 years,\" said Marla Jennings, who left her home with two dogs and a box of photographs. \"By the time we reached the highway, we could see it in the mirror.\"",
    "Nearly 1,100 firefighters are assigned to the blaze, supported by 14 helicopters and air tankers dropping retardant along the fire's eastern edge, incident commander Luis Ortega told reporters.",
    "Two firefighters suffered minor injuries and were treated at the scene. No civilian injuries have been reported, though officials said crews had not yet been able to reach several remote properties.",
    "The cause of the fire is under investigation. The local utility said it had de-energized power lines in the area on Monday evening as a precaution ahead of the forecast winds.",
    "Forecasters expect lighter winds and higher humidity by Thursday, which could give crews a chance to strengthen containment lines before another dry spell arrives over the weekend.",
]

# section front of teaser cards: (headline, summary)
US_CARDS = [
    ("Storms knock out power to 200,000 across the Midwest", "Utilities say some customers may be without electricity until the weekend."),
    ("Jury selection begins in trial of former county treasurer", "Prosecutors say he diverted $3.2 million in public funds over six years."),
    ("Airline cancels hundreds of flights after software outage", "The carrier said systems were restored by mid-afternoon but delays continued."),
    ("Why egg prices are falling again", "Farmers have rebuilt flocks after last year's bird flu outbreaks."),
    ("Teen's science project could help detect lead in tap water", "A 16-year-old in Ohio built a sensor that costs less than $5."),
    ("National park sets visitor record despite summer closures", "More than 4.8 million people visited in the first nine months of the year."),
]

# ================================================================ Fox-like: shark bites and a beach closure; a smuggling arrest
US_SHARK = [
    "Officials in a Florida Gulf Coast town closed a popular beach for the rest of the week after two swimmers were bitten by sharks in separate incidents less than an hour apart on Sunday.",
    "The first victim, a 47-year-old man visiting from Tennessee, was bitten on the lower leg while standing in waist-deep water near the Coral Point pier around 2:15 p.m., according to the Harbor Key Police Department.",
    "About 45 minutes later, a 15-year-old girl suffered a bite to her hand roughly half a mile to the south. Both were taken to a hospital in Fort Alder and were listed in stable condition Monday.",
    "\"We had lifeguards clear the water within minutes of the second call,\" Harbor Key Fire Rescue Chief Dana Whitfield said. \"We are not going to take any chances with families out there.\"",
    "Witnesses told investigators they had seen large schools of baitfish close to shore throughout the afternoon, which can draw sharks into shallow water.",
    "A marine biologist with the state wildlife commission said the bites were most likely made by blacktip or spinner sharks, which are common along the coast in the summer months.",
    "Purple flags warning of dangerous marine life will remain posted along a three-mile stretch of beach through Friday, and drones will patrol the shoreline each morning.",
    "Florida leads the nation in unprovoked shark bites, though fatal attacks remain extremely rare, according to data kept by researchers at a state university.",
]
US_SMUGGLE = [
    "Federal agents arrested a Texas man on Friday after finding 23 migrants locked inside a tractor-trailer at a truck stop outside San Lorenzo, authorities said.",
    "Border Patrol agents stopped the truck at about 4 a.m. after a drug-sniffing dog alerted near the trailer doors, according to a criminal complaint filed in federal court.",
    "Agents found the migrants, including four children, sitting among pallets of bottled water. Temperatures inside the trailer had reached about 95 degrees, the complaint said.",
    "The driver, identified as 38-year-old Raymond Ochoa of Laredo, told agents he had been paid $2,000 to drive the load to Houston and did not know people were inside, according to the filing.",
    "\"These smugglers treat human beings like cargo,\" said the chief patrol agent for the sector. \"Our agents' quick work very likely saved lives this morning.\"",
    "Three of the migrants were treated for dehydration at a local hospital. The others were taken into custody for processing, officials said.",
    "Ochoa faces charges of transporting undocumented immigrants for financial gain. He is due to appear before a magistrate judge next week.",
]

# ================================================================ NYT-like: a four-day school week
US_SCHOOL = [
    "When the school board in Maple Fork, Vt., voted last spring to move to a four-day week, the superintendent called it a last resort. The district had lost a fifth of its teachers in two years, and the nearest town with a bigger payroll was only a 25-minute drive away.",
    "Six months later, the experiment has become something of a case study for rural districts across New England, where schools are competing for a shrinking pool of teachers and bus drivers.",
    "Classes in Maple Fork now run from 7:50 a.m. to 3:40 p.m., Monday through Thursday. On Fridays, the buildings stay open for tutoring, sports practices and a free meal program run by volunteers.",
    "Applications for teaching jobs in the district have roughly tripled, according to the superintendent, Dr. Elaine Marchetti, and every classroom opened the year with a certified teacher for the first time since 2019.",
    "Not everyone is convinced. Some parents who work Fridays say they have struggled to find child care, and a petition asking the board to reconsider gathered about 300 signatures over the summer.",
    "\"I understand why they did it, but it's the families with the least flexibility who are paying for it,\" said Jordan Pike, a nurse and father of two who now drives his children to his mother's house 40 minutes away each Friday.",
    "Research on four-day weeks is mixed. A study of districts in Oregon found small declines in test scores, particularly in math, while studies in Colorado and Missouri found little difference in achievement.",
    "State education officials have said they will monitor attendance and test results closely. Vermont law requires a minimum number of instructional hours, not days, which allowed the district to make the change without a waiver.",
    "\"We did not pretend this would be free,\" Dr. Marchetti said. \"We made a trade, and we're going to be honest with parents about what the numbers show.\"",
    "The board is scheduled to review the first full year of data next June before deciding whether to continue the schedule.",
]
US_SCHOOL_PULL = "We did not pretend this would be free,"

# ================================================================ Gannett-like: a jail expansion, with subheads and a list
US_JAIL_INTRO = [
    "Marion Creek County commissioners on Monday approved a $48 million expansion of the county jail, ending more than two years of debate over how to ease crowding at the 40-year-old facility.",
    "The 3-0 vote clears the way for construction of a 240-bed addition on the east side of the Justice Center on Wabash Street. Work could begin as early as next spring.",
    "Sheriff Tom Brandt told commissioners the jail has held an average of 412 inmates this year in space designed for 300, with some sleeping on plastic cots in common areas.",
]
US_JAIL_H2A = "What's in the expansion"
US_JAIL_LIST = [
    "240 beds in four housing units, including one for women",
    "A medical and mental health wing with 24 beds",
    "A new intake area and a video court room",
    "Space for education and addiction treatment programs",
]
US_JAIL_MID = "The county plans to pay for the project with a combination of bonds and a local income tax increase approved by the county council in 2023."
US_JAIL_H2B = "Opponents want more spent on treatment"
US_JAIL_END = [
    "About two dozen residents spoke during the public comment period, most of them against the expansion. Several urged the county to spend the money on addiction treatment and pretrial services instead.",
    "\"If you build it, they will fill it,\" said Renee Alcott, who leads a local criminal justice reform group. \"We are choosing more beds over fewer people in them.\"",
    "Commissioner Gary Lutz said the county would continue to fund its pretrial release program, which has kept about 60 people a month out of jail since it began in 2022.",
    "The county expects to open the addition in late 2027.",
]

US_SECTION_CARDS = [
    ("Downtown parking garage to close for repairs", "The city says the Main Street garage will reopen in March."),
    ("High school football: Week 7 scores and highlights", "North Marion stays unbeaten with a 28-14 win over Lincoln."),
    ("Restaurant inspections: 3 eateries cited for critical violations", "Inspectors found problems with food temperatures and pest control."),
    ("County fair attendance tops 100,000 for first time", "Organizers credit new concerts and a second carnival midway."),
    ("Police identify man killed in Route 9 crash", "The 34-year-old was pronounced dead at the scene, police said."),
    ("New bakery opens in former bank building", "The owners spent 18 months restoring the 1920s lobby."),
]

# ================================================================ NPR-like: drought and cattle
US_DROUGHT = [
    "On a dry morning in late June, rancher Tomás Vigil drove his pickup along a fence line in northeastern New Mexico and counted the cows he has left. A year ago there were 310. Now there are 140.",
    "The rest have been sold, most of them at a loss, because the grass on his family's 9,000 acres stopped growing. Two winters with little snow and a spring with almost no rain left stock ponds cracked and empty.",
    "\"My grandfather ran cattle through the '50s drought, and he used to talk about it like it was the end of the world,\" Vigil says. \"I think this one is worse.\"",
    "Ranchers across the Southwest are making similar decisions. Cattle numbers in the region have fallen to their lowest level in decades, according to federal agriculture data, as drought pushes the price of hay beyond what many small operations can pay.",
    "Hay that sold for about $180 a ton three years ago now costs more than $350 delivered, Vigil says. Feeding his whole herd through the winter would have cost more than the cattle were worth.",
    "Economists say the selloff is one reason beef prices at the grocery store have climbed to record highs. Fewer cows now means fewer calves for years to come, because rebuilding a herd takes time.",
    "Federal disaster programs cover part of ranchers' losses, but the payments often arrive months later and rarely match the cost of buying cattle back once the rain returns.",
    "Vigil plans to keep his best cows and hope for a wet monsoon season. \"You don't quit,\" he says. \"You just get smaller and wait.\"",
]

# ================================================================ Politico-like: a rail safety bill
US_RAIL = [
    "Senate negotiators are closing in on a bipartisan deal to tighten safety rules for freight trains carrying hazardous materials, according to three people familiar with the talks, more than a year after a derailment forced the evacuation of a small Ohio town.",
    "The emerging agreement would require railroads to install more trackside detectors for overheated wheel bearings, set minimum crew sizes for most freight trains and raise the maximum fines the Federal Railroad Administration can impose.",
    "It would drop a provision that had been a sticking point for several Republicans: a mandate requiring railroads to notify state emergency officials before hazardous cargo crosses their borders.",
    "Negotiators hope to release text before the August recess, though aides cautioned that the timeline could slip if the package becomes tangled in negotiations over government funding.",
    "\"We are close, closer than we've been at any point,\" said Sen. Carla Whitmore, a Democrat from Pennsylvania and one of the lead negotiators. \"But close doesn't get a bill to the president's desk.\"",
    "The Association of American Railroads has lobbied against the crew-size requirement, arguing that it would raise costs without improving safety. Rail unions have made it their top priority.",
    "Republican Sen. Dale Hutchins of Montana, who has worked with Whitmore on the bill, said the detector requirement was the most important piece. \"Every derailment investigator we've talked to says the same thing: catch the bad bearing early,\" he said.",
    "The House passed a narrower version of the bill in March. Any Senate deal would need to be reconciled with that measure before it could become law.",
    "The White House has said the president would sign a bill that includes crew-size rules.",
]

# ================================================================ Axios-like: rents in a Mountain West city
US_RENT_LEAD = "Rents in Denver-area apartments fell for the third straight quarter as thousands of newly built units hit the market, per a new report from a regional apartment association."
US_RENT_WHY = "Why it matters: After years of runaway rent hikes, tenants are finally getting a little breathing room — and landlords are offering free months and waived fees to fill buildings."
US_RENT_NUMBERS = "By the numbers: The average monthly rent for a metro apartment dropped to $1,812 in the second quarter, down 2.4% from a year earlier."
US_RENT_BULLETS = [
    "The vacancy rate climbed to 7.1%, the highest since 2009.",
    "Nearly 15,000 new units opened in the past 12 months, a record for the region.",
    "One-bedroom rents fell the most, while rents for three-bedroom units held steady.",
]
US_RENT_BIG = "The big picture: Developers started an unusually large number of projects in 2021 and 2022, when interest rates were low and demand seemed endless. Those buildings are only now opening."
US_RENT_SAY = "What they're saying: \"Renters have the upper hand right now, probably for the next 12 to 18 months,\" said Priya Sandoval, an analyst who wrote the report."
US_RENT_NEXT = "What's next: Construction starts have fallen sharply since interest rates rose, which means the glut could turn into a shortage again by 2027, Sandoval said."

# ================================================================ The Hill / Nexstar station: a congressional bill; a hiker rescue
US_STOCKS = [
    "A House committee on Wednesday advanced a bill that would bar members of Congress and their spouses from trading individual stocks, the furthest the long-stalled idea has moved in the chamber in years.",
    "The House Administration Committee voted 8-1 to send the measure to the floor after adopting an amendment that would give lawmakers 180 days to sell their holdings or place them in a qualified blind trust.",
    "Supporters in both parties have argued that a ban is needed to restore public trust, pointing to well-timed trades by lawmakers before major policy announcements.",
    "\"The American people don't think we should be day-trading while we write the laws that move the markets, and they're right,\" said Rep. Nadia Brooks, who sponsored the bill.",
    "The lone vote against came from Rep. Carl Benning, who said the bill would discourage people with business experience from running for office.",
    "It is unclear whether House leaders will bring the bill to the floor before the end of the session. A similar proposal in the Senate has not received a committee vote.",
    "Under current law, lawmakers must disclose stock trades worth more than $1,000 within 45 days, but penalties for late filings are small and rarely enforced.",
]
US_HIKERS = [
    "Two hikers were rescued early Sunday after spending the night stranded on a ledge in Eagle Rock Canyon, the Cordova County Sheriff's Office said.",
    "The hikers, a 24-year-old woman and a 26-year-old man from Albuquerque, called 911 around 7 p.m. Saturday after losing the trail while descending in the dark, deputies said.",
    "Search and rescue volunteers located the pair shortly after midnight using the coordinates from their phone, but steep terrain and loose rock made it unsafe to reach them until daylight.",
    "A state police helicopter crew lowered a rescuer to the ledge at about 6:30 a.m. and hoisted both hikers to safety. Neither was seriously hurt.",
    "\"They did the right thing by staying put and calling for help,\" sheriff's spokesperson Anita Rael said. \"Trying to climb down at night is how people get badly injured.\"",
    "The sheriff's office reminded hikers to carry a headlamp, extra water and a charged phone, and to tell someone their route before heading out.",
]

# ================================================================ Daily Mail-like: a hedge dispute
UK_HEDGE_BULLETS = [
    "Margaret Holloway, 82, had been told to cut her 30ft leylandii to half its height",
    "Neighbours complained the trees blocked light to their conservatory and garden",
    "Planning inspector ruled the hedge was 'part of the character' of the street",
]
UK_HEDGE = [
    "A grandmother has won a two-year battle with her council over a towering hedge that neighbours claimed plunged their home into darkness.",
    "Margaret Holloway, 82, was ordered by Kettleby District Council to cut her row of leylandii trees from 30ft to 14ft after the couple next door lodged a formal complaint.",
    "But a planning inspector has now overturned the decision, ruling that the hedge, planted by Mrs Holloway's late husband in 1986, did not have an 'unreasonable' effect on the neighbouring property.",
    "The widow, who has lived in the detached house in the village of Lower Ashby for more than 40 years, said she was 'overjoyed' by the ruling.",
    "'My husband Ken planted those trees the summer we moved in,' she said. 'Every time I look out of the window I think of him. I couldn't bear the thought of them being hacked down.'",
    "Her neighbours, who moved to the village in 2021, had argued that the hedge blocked sunlight to their garden for most of the afternoon and had damaged the foundations of their conservatory.",
    "The inspector, who visited both properties in March, found no evidence of structural damage and said the loss of light was 'modest' for most of the year.",
    "Kettleby District Council said it accepted the decision and would not be taking any further action.",
    "Mrs Holloway said she would continue to have the hedge trimmed every autumn 'as I always have done', and hoped relations with her neighbours could now be repaired.",
]
UK_HEDGE_COMMENTS = [
    ("Gardener_Bill", "Brighton, United Kingdom", "Good for her. People buy a house next to a hedge and then complain about the hedge.", "1 hour ago"),
    ("SunnySideUp", "Leeds", "30ft leylandii is a monster though. I'd be furious living next to that.", "2 hours ago"),
    ("Patricia M", "Perth, Australia", "Lovely that she keeps it for her late husband. Hope the neighbours see sense.", "3 hours ago"),
]

# ================================================================ Independent-like: a doctors' strike
UK_STRIKE = [
    "Resident doctors in England will walk out for five days later this month after talks with the government over pay broke down, their union has announced.",
    "The strike will begin at 7am on 24 July and end at 7am on 29 July, the British Medical Association (BMA) said, in what would be the 12th round of industrial action in the long-running dispute.",
    "The union is seeking what it calls \"full pay restoration\", arguing that the real value of doctors' pay has fallen by more than a fifth since 2008 once inflation is taken into account.",
    "Dr Hannah Okafor, co-chair of the BMA's resident doctors committee, said members had \"no option\" after ministers refused to improve on an offer of 4 per cent for this year.",
    "\"Nobody wants to strike, least of all doctors who see every day what delays mean for patients,\" she said. \"But we cannot keep losing colleagues to Australia and New Zealand.\"",
    "The Department of Health said the offer was fair and that it had already accepted the recommendations of the independent pay review body in full.",
    "NHS England said hospitals would prioritise emergency care, intensive care and maternity services during the walkout, and urged patients to attend appointments unless told otherwise.",
    "Previous strikes have led to the rescheduling of more than 1.4 million appointments and operations, according to NHS figures.",
]
UK_STRIKE_PULL = "Nobody wants to strike, least of all doctors who see every day what delays mean for patients"

# ================================================================ Sky-like: flooding after a storm; a short story
UK_FLOOD = [
    "Hundreds of homes have been flooded across North Yorkshire after Storm Edric brought more than a month's rain in 24 hours, with dozens of people rescued from cars and houses overnight.",
    "The Environment Agency has issued 38 flood warnings, meaning flooding is expected, including three severe warnings along the River Calder where water levels reached a record high on Monday morning.",
    "Firefighters used boats to reach residents in the town of Thornby, where water rose to waist height in some streets before dawn.",
    "\"It came up through the floorboards in about 20 minutes,\" said Steve Marsh, 61, who was carried out of his terraced house by firefighters. \"Everything downstairs is gone.\"",
    "A rest centre has been opened at Thornby Leisure Centre and the local council said around 140 people stayed there overnight.",
    "Rail services between York and Harrogate have been suspended and several A roads remain closed because of fallen trees and standing water.",
    "The Met Office said further heavy rain was expected in the region on Wednesday, although the worst of the storm had moved out into the North Sea.",
]
UK_SHORT_SKY = [
    "A 19-year-old man has been charged with attempted murder after a stabbing outside a nightclub in Leicester city centre in the early hours of Saturday.",
    "The victim, a 22-year-old man, remains in hospital in a serious but stable condition, Leicestershire Police said.",
    "The accused is due to appear before magistrates in the city on Monday.",
]

# ================================================================ Al Jazeera-like: floods; a newsletter
INTL_FLOOD = [
    "Floods triggered by days of torrential rain have killed at least 47 people and displaced more than 120,000 in the northern provinces of Varesh, according to the country's disaster management agency.",
    "The Kivara River burst its banks on Saturday, submerging entire villages and cutting the main highway linking the provincial capital, Tamsa, to the coast.",
    "Rescue teams using boats and helicopters have been searching for dozens of people reported missing, the agency said in a statement on Monday.",
    "\"We lost everything – our house, our goats, the maize we had stored for the year,\" said Halima Osei, a mother of five who reached a camp for displaced people in Tamsa on foot.",
    "Aid agencies have warned of a risk of cholera outbreaks in overcrowded camps, where clean water and latrines are in short supply.",
    "The United Nations humanitarian office said it had released $4m from an emergency fund to provide food, shelter and medical supplies.",
    "Scientists say climate change is making extreme rainfall more frequent and intense across the region, which has also suffered a severe drought in recent years.",
    "The government has declared a state of emergency in four provinces and appealed for international assistance.",
]
INTL_CARDS = [
    ("Ceasefire talks resume as aid convoys wait at border", "Mediators say both sides have agreed to discuss a prisoner exchange."),
    ("Millions vote in second round of presidential election", "Turnout was higher than in the first round, officials said."),
    ("Heatwave pushes temperatures past 48C across the region", "Hospitals report a rise in heatstroke cases as power cuts continue."),
    ("Protesters rally against fuel price rise for third day", "Police fired tear gas to disperse crowds outside parliament."),
    ("Explainer: What is at stake at the climate summit?", "Negotiators will try to agree on a new target for climate finance."),
    ("Fishermen say new port has destroyed their catch", "Residents of the coastal town accuse officials of ignoring the damage."),
]

# ================================================================ Business Insider-like: layoffs
US_LAYOFFS_SUMMARY = [
    "Quantrell, a cloud software company, is laying off about 1,200 employees, or 9% of its staff.",
    "The CEO told staff the cuts were needed to \"reinvest in AI\" as growth slows.",
    "It's the company's second round of layoffs in 18 months.",
]
US_LAYOFFS = [
    "Quantrell is cutting about 1,200 jobs, the cloud software company told employees on Tuesday, in its second major round of layoffs since early last year.",
    "CEO Martin Feld said in an internal memo viewed by Business Ledger that the cuts would mostly affect sales, marketing and recruiting teams, and that the company would redirect the savings toward artificial intelligence products.",
    "\"This is not a decision we take lightly. These are talented colleagues who helped build Quantrell,\" Feld wrote. \"But our growth has slowed, and we have to make choices about where to invest.\"",
    "Affected employees in the US will receive at least 12 weeks of severance pay, plus an additional week for every year of service, according to the memo.",
    "Quantrell's revenue grew 11% in the most recent quarter, down from more than 30% two years ago. Its shares have fallen about 40% from their 2021 peak.",
    "The company had about 13,000 employees at the end of last year, according to its annual report. It cut roughly 800 jobs in January of last year.",
    "A Quantrell spokesperson confirmed the layoffs but declined to comment further.",
    "Tech companies have cut more than 90,000 jobs so far this year, according to a tracker maintained by an independent website, even as many of them pour money into AI.",
]

# ================================================================ Hindustan Times / Times of India-like: buses; water supply
IN_BUSES_DEK = "The civic transport undertaking will deploy the buses on 28 routes from April, officials said, with fares unchanged."
IN_BUSES = [
    "The Ranipur Municipal Corporation on Tuesday approved the purchase of 400 electric buses for the city's transport undertaking, the largest such order by a civic body in the state.",
    "The buses will be leased from a private operator under a gross cost contract, under which the corporation will pay a fixed rate per kilometre and keep the fare revenue, municipal commissioner Anil Deshmukh said.",
    "The first batch of 100 buses is expected to arrive by March, and the remaining buses will be inducted in phases over the next 18 months.",
    "\"Nearly half of our current fleet is more than 12 years old. These buses will cut breakdowns and reduce pollution on the busiest corridors,\" Deshmukh told reporters after the standing committee meeting.",
    "Four new charging depots will be built at Hadapsar Road, Nigdi Phata, Karve Nagar and the Pimple Gaon bus terminus at a cost of ₹86 crore, officials said.",
    "Commuter groups welcomed the decision but said the corporation must also improve the frequency of buses on routes to the city's outer suburbs.",
    "The city's transport undertaking carries about 11 lakh passengers a day and runs a fleet of 1,650 buses, of which 320 are electric.",
]
IN_WATER = [
    "Several parts of Ranipur will face a complete water cut on Thursday and low-pressure supply on Friday as the municipal corporation carries out repairs on a main pipeline, officials said.",
    "The 1,200 mm pipeline from the Khadki water treatment plant developed a major leak near Shivaji Chowk on Sunday, flooding a section of the road and disrupting traffic for several hours.",
    "Areas including Sadashiv Peth, Model Colony, Gokhale Nagar, Baner and parts of Aundh will be affected, according to a statement issued by the water supply department.",
    "Executive engineer Sunita Kulkarni said the work would take about 18 hours and residents should store enough water for two days.",
    "\"We have arranged for water tankers in areas where housing societies do not have storage tanks. Residents can call the ward office helpline,\" Kulkarni said.",
    "This is the third major pipeline leak in the city this year. Activists have demanded an audit of the ageing network, parts of which were laid in the 1970s.",
]

# ================================================================ ABC Australia-like: bushfire; a chart-split story on housing
AU_FIRE = [
    "An emergency warning has been issued for a bushfire burning out of control in the Wirra Valley, in Victoria's east, with residents of several towns told it is too late to leave.",
    "The fire, which started near Lake Corran on Friday afternoon, has burned through more than 12,000 hectares of bush and farmland and is travelling in a south-easterly direction.",
    "Residents in Corran, Tallong and Mount Elder have been told to shelter indoors because fire is approaching and conditions are too dangerous to travel.",
    "More than 300 firefighters and 40 aircraft are working on the blaze, which has been fanned by hot north-westerly winds and temperatures above 40 degrees Celsius.",
    "\"This is a very dangerous fire and it is moving quickly,\" the state's emergency management commissioner said. \"If you are in the warning area, you need to act now to protect yourself.\"",
    "Relief centres have been opened in Bairnsford and Sale. Several roads, including the Wirra Valley Highway, are closed.",
    "A cool change is forecast to arrive late on Saturday evening, but authorities warned the wind shift could push the fire's long eastern flank towards new communities.",
]
AU_RENT = [
    "Rents in Australia's capital cities have risen for the 30th consecutive month, with the cost of a typical unit now 36 per cent higher than before the pandemic, new figures show.",
    "The national rental vacancy rate sits at just 1.1 per cent, according to property data released on Monday, well below the 3 per cent level that analysts consider a balanced market.",
    "Perth and Adelaide recorded the sharpest increases over the past year, while rents in Melbourne and Hobart grew more slowly.",
    "\"Renters are spending a larger share of their income on housing than at any time since records began,\" said Dr Alana Prescott, a housing economist who worked on the report.",
    "She said the main driver was a shortage of new homes, with construction approvals running well below the level needed to keep up with population growth.",
    "The federal government has set a target of building 1.2 million homes over five years, but industry groups say the rate of construction is falling behind.",
    "Tenant advocates have called for limits on how often rents can be increased, a policy already in place in several states.",
]

# ================================================================ CBC-like: a nurses' contract; a story whose deck repeats the first paragraph
CA_NURSES = [
    "Nurses in Manitoba have voted to accept a new four-year contract that includes raises of 12 per cent and a new premium for working in rural and northern communities, their union said Thursday.",
    "About 84 per cent of members who cast ballots voted in favour of the deal, the Prairie Nurses' Union said in a statement. The union represents more than 12,000 nurses in the province.",
    "The agreement includes a $3-an-hour premium for nurses working in communities north of the 53rd parallel, where hospitals have struggled to fill shifts for years.",
    "\"This isn't everything we asked for, but it's a real step toward keeping nurses in the public system,\" union president Darlene Fontaine said in an interview.",
    "The previous contract expired in March 2023. Talks stalled several times over the past year, and nurses held information pickets outside hospitals in Winnipeg and Brandon last fall.",
    "The province's health minister said the deal would help reduce the use of private nursing agencies, which cost the health system more than $100 million last year.",
    "The contract is retroactive to April 2023 and expires in March 2027.",
]

# ================================================================ Irish Times-like: a housing story; a short story
IE_HOUSING = [
    "Ballinmore County Council has approved plans for 640 homes on a former industrial site near the town centre, the largest housing development in the county in more than a decade.",
    "The scheme, on the 14-hectare site of the old Kerrigan's mill, will include 220 social homes, 160 cost-rental apartments and 260 homes for sale, as well as a creche and a public park along the river.",
    "Councillors voted 22 to 4 in favour of the plan at a special meeting on Monday evening, after a debate that lasted almost three hours.",
    "\"People in this county have been waiting too long for homes they can afford. This is a chance to build a new neighbourhood within walking distance of the main street,\" said the council's chief executive, Siobhán Gallagher.",
    "Several residents of neighbouring estates objected to the height of some of the apartment blocks, which will rise to seven storeys, and warned of traffic congestion on the Mill Road.",
    "The Land Development Agency, which will deliver the scheme, said construction could begin in the middle of next year, subject to any appeals to An Bord Pleanála.",
    "The first homes are expected to be completed in 2027.",
]
IE_SHORT = [
    "Gardaí have appealed for witnesses after a cyclist was seriously injured in a collision with a van in Co Galway on Sunday morning.",
    "The man, who is in his 50s, was taken to University Hospital Galway, where his condition is described as serious. The driver of the van was not injured.",
    "The road between Oranmore and Clarinbridge remains closed for a forensic examination and local diversions are in place.",
]

# ================================================================ Straits Times-like: a new MRT line
SG_MRT = [
    "Six stations on the new Rivervale MRT line will open to the public on Sept 28, the Land Transport Authority (LTA) announced on Monday, cutting travel times between the north-east and the city by up to 25 minutes.",
    "The 11.6km first stage runs from Rivervale Depot to Kallang Bahru and will serve about 120,000 households, LTA said.",
    "Residents will be able to preview the stations at open houses on Sept 21 and 22, when trains will run free of charge between 10am and 4pm.",
    "\"For many families in Rivervale and Fernvale, this will be the first time they have an MRT station within a 10-minute walk,\" said Acting Transport Minister Chee Wei Ling at a media preview.",
    "The line is Singapore's first to use trains with a fully driverless signalling system from the start of operations, and each train will have four cars with capacity for about 950 passengers.",
    "Trains will run every three to four minutes during peak hours. The remaining six stations, including an interchange with the Circle Line, will open in 2027.",
    "Bus services 82 and 109 will be amended to connect with the new stations, while service 374 will be withdrawn from Oct 13 because its route overlaps with the line.",
]
SG_FLATS = [
    "Resale prices of Housing Board flats rose 2.3 per cent in the third quarter, the 20th straight quarterly increase, according to flash estimates released on Oct 1.",
    "The number of resale transactions fell slightly to about 7,000, compared with 7,300 in the previous quarter, HDB said.",
    "Analysts said demand was still being driven by buyers who could not wait for new Build-To-Order flats, many of which take four to five years to complete.",
    "\"Price growth is slowing compared with the 2021 and 2022 peak, but the market is clearly still tight,\" said Mr Nicholas Teo, head of research at a property consultancy.",
    "A record 28 flats changed hands for at least $1 million in the quarter, most of them in mature estates such as Toa Payoh, Queenstown and Bishan.",
    "HDB will launch about 8,500 flats in its October sales exercise, including units in the new Tengah and Kallang Whampoa estates.",
]

# ================================================================ News24-like: a municipal water crisis
ZA_WATER = [
    "Residents of Eastvale in Gauteng have gone without running water for nine days after a burst pipe at a pump station, with the municipality now saying repairs could take another week.",
    "Thousands of households in Eastvale Extensions 4, 7 and 12 have relied on water tankers, which residents say arrive irregularly and run dry within an hour.",
    "\"We queue at five in the morning with our buckets, and sometimes the truck doesn't come at all,\" said Nomsa Dlamini, a mother of three who lives in Extension 7.",
    "Municipal spokesperson Themba Mahlangu said the damaged pipe was more than 40 years old and that replacement parts had to be ordered from a supplier in Durban.",
    "He said 22 tankers had been deployed and the municipality was working with a private contractor to speed up repairs.",
    "Residents blockaded the main road into the township with burning tyres on Monday morning, and police used rubber bullets to disperse the crowd.",
    "The DA caucus in the municipal council has called for an urgent meeting, saying the crisis was the result of years of neglected maintenance.",
    "The Department of Water and Sanitation said it was monitoring the situation and had offered technical support to the municipality.",
]

# ================================================================ SCMP-like: a Hong Kong building fire
HK_FIRE = [
    "Hong Kong firefighters rescued 21 people from a burning residential building in Tai Shek on Tuesday night, after a blaze that started in a flat on the 12th floor sent thick smoke through the stairwells.",
    "The fire broke out at about 9.40pm at Wing Fung Building on Kwong Ming Street, according to the Fire Services Department, which raised the alarm to a No 3 alarm at 10.05pm.",
    "Eight residents, including two children, were taken to hospital suffering from smoke inhalation. A 76-year-old woman was in serious condition on Wednesday morning.",
    "About 200 people were evacuated from the 18-storey building, which was built in 1968 and does not have a sprinkler system.",
    "\"The smoke was so thick we could not see the stairs. Firemen told us to wet towels and stay in the flat,\" said a resident surnamed Lau, who lives on the 15th floor.",
    "Police said the cause was under investigation but initial inquiries suggested an electric scooter battery being charged in the flat may have caught fire.",
    "The government has previously warned about the fire risk posed by lithium batteries in older buildings, and lawmakers have called for stricter rules on charging in residential premises.",
]

# ================================================================ TownNews BLOX-like local paper: a school bond; section cards
US_BOND = [
    "Millbrook School Board members voted 5-2 Tuesday night to ask voters in November to approve a $12.4 million bond to replace the district's 1962 gymnasium and add four classrooms at Millbrook High School.",
    "If approved, the bond would raise property taxes by about $96 a year on a home valued at $200,000, according to figures presented by the district's financial adviser.",
    "Superintendent Karen Voss said the gym's roof leaks every spring and its bleachers no longer meet safety codes. The district has spent more than $300,000 on repairs since 2019.",
    "\"We are asking a lot of our community, and we know that,\" Voss said. \"But our students deserve a building that isn't held together with buckets and tarps.\"",
    "Board members Dale Henning and Sue Ratliff voted against placing the bond on the ballot, saying the district should first try to raise money through private donations.",
    "The last bond proposal in Millbrook, for a new elementary school in 2016, failed by 212 votes.",
    "The district plans to hold three public meetings about the proposal in September, including a tour of the current gym.",
]
US_BOND_CARDS = [
    ("Millbrook council OKs new splash pad for Riverside Park", "Construction is expected to start in April and finish by Memorial Day."),
    ("Obituary: Harold 'Hal' Jenkins, 88", "Longtime owner of Jenkins Hardware and a volunteer firefighter for 40 years."),
    ("Lady Hornets advance to regional semifinal", "Senior guard Emma Ruiz scored 24 points in a 61-48 win."),
    ("Sheriff's office warns of phone scam targeting seniors", "Callers claim to be deputies and demand payment for missed jury duty."),
    ("Farmers market moves to Saturdays this summer", "Vendors say the change will draw more families downtown."),
    ("County roads department to begin chip-sealing June 3", "Drivers should expect delays on County Roads 12, 18 and 40."),
]

# ================================================================ McClatchy-like: a homeless shelter
US_SHELTER = [
    "The Fresno Valley City Council voted 4-3 Thursday to convert a vacant motel on Blackstone Avenue into a 120-bed shelter for people experiencing homelessness, despite objections from nearby business owners.",
    "The city will spend $9.8 million in state grant money to buy and renovate the former Desert Palms Motor Inn, which has been closed since 2021.",
    "The shelter would offer private rooms, meals, case management and mental health services, and would be run by a nonprofit under contract with the city.",
    "\"We have people sleeping in the riverbed and under the freeway, and we have an empty motel with 120 rooms,\" said Councilmember Rosa Delgado, who pushed for the project. \"This is not complicated.\"",
    "Several owners of businesses along Blackstone told the council they feared more loitering and break-ins, and asked the city to add security patrols and lighting around the site.",
    "The city's most recent count found 4,180 people experiencing homelessness in Fresno Valley, a 14% increase from the year before.",
    "The shelter could open as soon as next spring, city staff said.",
]

# ================================================================ Patch-like: a short road closure
US_SHORT_PATCH = [
    "A stretch of Maple Grove Road between Elm Street and Route 30 will be closed to through traffic for two weeks starting Monday while crews replace a water main, town officials said.",
    "Detours will be posted, and residents who live on the affected section will still be able to reach their homes.",
    "Work is expected to take place weekdays between 7 a.m. and 5 p.m., weather permitting.",
]

# ================================================================ Sinclair-like TV station: car break-ins
US_BREAKINS = [
    "Police in Cedar Falls are investigating a string of car break-ins at apartment complexes on the city's west side, with at least 19 vehicles targeted over three nights.",
    "Officers said most of the break-ins happened between midnight and 5 a.m. at the Willow Run, Parkside and Timber Ridge complexes, where thieves smashed windows and took purses, laptops and at least two handguns.",
    "Surveillance video from one complex shows two people wearing hoodies walking through a parking lot and trying door handles shortly after 2 a.m. Sunday.",
    "\"It's a crime of opportunity. They're looking for anything they can see through the window,\" Cedar Falls police Sgt. Mike Dorsey said.",
    "Police urged residents to lock their vehicles, remove valuables and never leave firearms in cars overnight.",
    "Anyone with information is asked to call the Cedar Falls Police Department or submit a tip anonymously through Crime Stoppers.",
]

# subheads and a list for the ABC-like bushfire page
AU_FIRE_H2A = "Where the emergency warnings apply"
AU_FIRE_LIST_INTRO = "Emergency warnings are current for the following communities:"
AU_FIRE_LIST = [
    "Corran and Corran North",
    "Tallong, Tallong Heights and Bimbi Creek",
    "Mount Elder and the Upper Wirra Road area",
    "Lake Corran East, including the caravan park",
]
AU_FIRE_H2B = "A cool change could bring new danger"
