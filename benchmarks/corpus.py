"""Deterministic generator of a synthetic news corpus for benchmarking.

The articles are invented: they are stitched together from sentence templates
filled with real country, capital and organisation names and made-up people.
They read like wire copy (dateline, lead, quotes, reactions, background,
economic and weather filler) so that the pipeline does realistic work on them,
but they describe no real events and must never be used as gold data.

``make_corpus(n_words, seed)`` always returns the same articles for the same
arguments. Run as a script to write JSONL::

    python benchmarks/corpus.py [OUT.jsonl] [N_WORDS] [SEED]

The JSONL goes to stdout when no path (or ``-``) is given; the word count is
printed to stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections.abc import Callable

WIRE = "Tidings Bench Wire"
MIN_WORDS = 250
MAX_WORDS = 700

# --------------------------------------------------------------------------- inventory

# (name as used mid-sentence, capital, demonym)
COUNTRIES: list[tuple[str, str, str]] = [
    ("Afghanistan", "Kabul", "Afghan"),
    ("Algeria", "Algiers", "Algerian"),
    ("Argentina", "Buenos Aires", "Argentine"),
    ("Australia", "Canberra", "Australian"),
    ("Bangladesh", "Dhaka", "Bangladeshi"),
    ("Brazil", "Brasilia", "Brazilian"),
    ("Canada", "Ottawa", "Canadian"),
    ("Chile", "Santiago", "Chilean"),
    ("China", "Beijing", "Chinese"),
    ("Colombia", "Bogota", "Colombian"),
    ("Egypt", "Cairo", "Egyptian"),
    ("Ethiopia", "Addis Ababa", "Ethiopian"),
    ("France", "Paris", "French"),
    ("Germany", "Berlin", "German"),
    ("Ghana", "Accra", "Ghanaian"),
    ("India", "New Delhi", "Indian"),
    ("Indonesia", "Jakarta", "Indonesian"),
    ("Iran", "Tehran", "Iranian"),
    ("Iraq", "Baghdad", "Iraqi"),
    ("Italy", "Rome", "Italian"),
    ("Japan", "Tokyo", "Japanese"),
    ("Jordan", "Amman", "Jordanian"),
    ("Kenya", "Nairobi", "Kenyan"),
    ("Lebanon", "Beirut", "Lebanese"),
    ("Libya", "Tripoli", "Libyan"),
    ("Malaysia", "Kuala Lumpur", "Malaysian"),
    ("Mali", "Bamako", "Malian"),
    ("Mexico", "Mexico City", "Mexican"),
    ("Morocco", "Rabat", "Moroccan"),
    ("Nepal", "Kathmandu", "Nepali"),
    ("Nigeria", "Abuja", "Nigerian"),
    ("Pakistan", "Islamabad", "Pakistani"),
    ("Peru", "Lima", "Peruvian"),
    ("Poland", "Warsaw", "Polish"),
    ("Qatar", "Doha", "Qatari"),
    ("Russia", "Moscow", "Russian"),
    ("Saudi Arabia", "Riyadh", "Saudi"),
    ("Somalia", "Mogadishu", "Somali"),
    ("South Africa", "Pretoria", "South African"),
    ("South Korea", "Seoul", "South Korean"),
    ("Spain", "Madrid", "Spanish"),
    ("Sri Lanka", "Colombo", "Sri Lankan"),
    ("Sudan", "Khartoum", "Sudanese"),
    ("Syria", "Damascus", "Syrian"),
    ("Thailand", "Bangkok", "Thai"),
    ("Turkey", "Ankara", "Turkish"),
    ("Uganda", "Kampala", "Ugandan"),
    ("Ukraine", "Kyiv", "Ukrainian"),
    ("Venezuela", "Caracas", "Venezuelan"),
    ("Vietnam", "Hanoi", "Vietnamese"),
    ("Yemen", "Sanaa", "Yemeni"),
    ("Zimbabwe", "Harare", "Zimbabwean"),
    ("the United States", "Washington", "U.S."),
    ("the United Kingdom", "London", "British"),
    ("the Philippines", "Manila", "Philippine"),
    ("the Netherlands", "The Hague", "Dutch"),
]

ORGS: list[str] = [
    "the United Nations",
    "the European Union",
    "NATO",
    "the African Union",
    "ASEAN",
    "the World Health Organization",
    "the International Monetary Fund",
    "the World Bank",
    "the International Committee of the Red Cross",
    "Amnesty International",
    "Human Rights Watch",
    "the U.N. Security Council",
    "the Arab League",
    "the Organization of American States",
    "the Organisation of Islamic Cooperation",
    "the G7",
    "the U.N. human rights office",
]

AID_ORGS: list[str] = [
    "The World Food Programme",
    "UNICEF",
    "The U.N. refugee agency UNHCR",
    "The International Committee of the Red Cross",
    "Doctors Without Borders",
    "The International Organization for Migration",
]

TITLES: list[str] = [
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Interior Minister",
    "Finance Minister",
    "Trade Minister",
    "Energy Minister",
    "Justice Minister",
    "Deputy Foreign Minister",
    "National Security Adviser",
]

# Titles that read wrongly for some countries.
TITLE_OVERRIDES: dict[str, dict[str, str]] = {
    "the United States": {
        "Prime Minister": "Vice President",
        "Foreign Minister": "Secretary of State",
        "Defence Minister": "Defense Secretary",
        "Interior Minister": "Homeland Security Secretary",
        "Finance Minister": "Treasury Secretary",
        "Trade Minister": "Trade Representative",
        "Energy Minister": "Energy Secretary",
        "Justice Minister": "Attorney General",
        "Deputy Foreign Minister": "Deputy Secretary of State",
    },
    "the United Kingdom": {
        "President": "Prime Minister",
        "Foreign Minister": "Foreign Secretary",
        "Defence Minister": "Defence Secretary",
        "Interior Minister": "Home Secretary",
        "Finance Minister": "Finance Minister",
        "Trade Minister": "Business and Trade Secretary",
        "Energy Minister": "Energy Secretary",
    },
}

MALE_FIRST: list[str] = [
    "Arman", "Tomasz", "Kofi", "Rafael", "Hamid", "Jonas", "Viktor", "Daniel", "Samuel",
    "Ibrahim", "Mateo", "Kenji", "Lucas", "Omar", "Pavel", "Andile", "Rohan", "Henrik",
    "Emeka", "Farid", "Luis", "Nikolai", "Tariq", "Bruno", "Yusuf", "Marek", "Anders",
]
FEMALE_FIRST: list[str] = [
    "Amina", "Clara", "Leila", "Sofia", "Mariam", "Ingrid", "Nadia", "Grace", "Elena",
    "Priya", "Yuki", "Fatima", "Helena", "Zanele", "Carmen", "Olga", "Ama", "Lucia",
    "Noor", "Katarina", "Beatriz", "Hana", "Ruth", "Selin", "Marta", "Aditi",
]
LAST: list[str] = [
    "Okonkwo", "Varga", "Haddad", "Lindqvist", "Moreno", "Tanaka", "Novak", "Mensah",
    "Rahimi", "Kowalczyk", "Ferreira", "Osei", "Petrov", "Sandoval", "Demir", "Nakamura",
    "Castell", "Adeyemi", "Bergmann", "Karimov", "Ruiz", "Mwangi", "Hashemi", "Dlamini",
    "Sorensen", "Abiodun", "Lemaire", "Quispe", "Baptiste", "Yilmaz", "Farouk", "Ivanova",
    "Brennan", "Kagame-Otieno", "Sato", "Valdivia", "Olsen", "Chaudhry", "Marin", "Teklu",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
# Wire-style dateline abbreviations.
MONTH_ABBR = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
]

# Phrase lists; entries may themselves contain {placeholders}.
LISTS: dict[str, list[str]] = {
    "topic": [
        "trade", "energy security", "border security", "climate change", "migration",
        "counter-terrorism", "maritime security", "debt relief", "food security",
        "infrastructure investment", "nuclear cooperation", "public health", "water sharing",
        "fisheries", "cyber security", "regional stability",
    ],
    "grievance": [
        "rising fuel prices", "a proposed tax increase", "the rising cost of living",
        "alleged fraud in last month's election", "government corruption",
        "cuts to public sector wages", "a new media law", "repeated power cuts",
        "the detention of opposition leaders", "plans to raise the retirement age",
    ],
    "group_p": [
        "protesters", "opposition supporters", "striking workers", "students", "farmers",
        "teachers", "demonstrators", "trade union members",
    ],
    "group_a": [
        "Militants", "Rebels", "Insurgents", "Separatist fighters", "Suspected jihadists",
        "Armed men", "Fighters from an armed group",
    ],
    "sanc_reason": [
        "human rights abuses", "supporting terrorism", "undermining democracy",
        "cyber attacks on government networks", "evading an arms embargo",
        "corruption and money laundering",
    ],
    "sector": ["energy", "banking", "mining", "shipping", "defence", "technology"],
    "disaster": [
        "severe flooding", "a prolonged drought", "an earthquake", "a cyclone",
        "a cholera outbreak", "months of fighting", "landslides", "a locust invasion",
    ],
    "deal": [
        "reopen their shared border to trade", "restore direct flights",
        "resume talks on a free trade pact", "exchange prisoners",
        "expand cooperation on energy", "jointly patrol their maritime boundary",
        "ease visa rules for business travellers",
    ],
    "accusation": [
        "interfering in its internal affairs", "supporting armed groups on its territory",
        "violating its airspace", "mistreating its citizens", "spreading disinformation",
        "illegally detaining its fishermen", "stealing sensitive technology",
    ],
    "provocation": [
        "hold military exercises near the border", "build a dam on a shared river",
        "deploy missiles close to its territory", "close its airspace to {Adem} airlines",
        "expand drilling in disputed waters",
    ],
    "demand": [
        "released the detained citizens", "withdrew its troops from the border area",
        "apologised for the remarks", "halted construction in the disputed area",
    ],
    "restraint": [
        "exercise maximum restraint", "return to the negotiating table",
        "respect international law", "avoid any steps that could escalate tensions",
        "protect civilians",
    ],
    "resolve": [
        "find a peaceful solution", "de-escalate the situation", "support a lasting ceasefire",
        "restore dialogue between the parties",
    ],
    "bg_event": [
        "a dispute over fishing rights erupted", "{A} expelled several {Bdem} diplomats",
        "a border clash killed {n} soldiers", "{B} raised tariffs on {Adem} goods",
        "a {Bdem} journalist was arrested in {Acap}",
        "work began on a disputed hydroelectric project",
    ],
    "think": [
        "Institute for Strategic Studies", "Centre for Policy Research",
        "Regional Security Forum", "Council on International Affairs",
        "Institute of Economic Affairs",
    ],
    "addon": [
        "talks would continue next week", "the government was studying all options",
        "details would be announced in the coming days", "{A} remained open to dialogue",
        "no decision had been taken yet",
    ],
    "updown": ["up", "down"],
    "ordinal": ["second", "third", "fourth", "fifth", "sixth"],
    "quote": [
        "We are committed to dialogue, but we will defend our interests",
        "This is a difficult moment for our country",
        "We call on all sides to exercise restraint",
        "Our door remains open",
        "There can be no military solution to this conflict",
        "We will not allow anyone to threaten our security",
        "The people of {A} deserve better",
        "This agreement opens a new chapter in our relations",
        "We expect concrete steps, not just words",
        "The international community must act now",
        "We have made progress, but much work remains",
        "We are deeply concerned by what is happening",
        "Our priority is the safety of our citizens",
        "We will respond in a measured and proportionate way",
        "These accusations are completely unfounded",
        "Cooperation on {topic} is in the interest of both our peoples",
        "Time is running out",
        "We want to see results before the end of the year",
        "Nobody wins from this confrontation",
        "We have been patient for a long time",
    ],
}

# --------------------------------------------------------------------------- templates

# Event-specific templates: lead sentences, body sentences and headlines.
EVENTS: dict[str, dict[str, list[str]]] = {
    "meeting": {
        "lead": [
            "{Adem} {T1} {P1} met {Bdem} {T2} {P2} in {Acap} on {day} to discuss {topic} and "
            "{topic2}, officials from both countries said.",
            "{Adem} and {Bdem} officials held talks in {Acap} on {day}, the first high-level meeting "
            "between the two governments since {pyear}.",
            "{T1} {P1} of {A} held talks with {his1} {Bdem} counterpart {P2} on {day}, seeking to "
            "ease tensions over {topic}.",
        ],
        "body": [
            "The two sides agreed to set up a joint working group on {topic} and to meet again "
            "before the end of the year.",
            "The meeting lasted more than {n} hours, according to a person familiar with the "
            "discussions who asked not to be named.",
            "Neither side disclosed details of the talks, but a statement from {A}'s foreign "
            "ministry described them as \"frank and constructive.\"",
            "{P2l} said after the meeting that {Bcap} was ready to work with {Acap} on {topic}, but "
            "that differences remained.",
            "{Adem} state media broadcast footage of the two officials shaking hands before the "
            "talks began.",
        ],
        "head": [
            "{A} and {B} discuss {topic} in {Acap} talks",
            "{Adem}, {Bdem} officials hold rare high-level talks",
            "{Adem}, {Bdem} officials meet to ease tensions over {topic}",
        ],
    },
    "visit": {
        "lead": [
            "{Bdem} {T2} {P2} arrived in {Acap} on {day} for a {n}-day official visit, the first "
            "by a senior {Bdem} official in more than {n2} years.",
            "{Adem} {T1} {P1} began a visit to {B} on {day}, with {topic} expected to top the "
            "agenda.",
        ],
        "body": [
            "{P2l} was greeted at the airport by {P1}, and the two were due to hold talks later "
            "in the day.",
            "During the visit, {P2l} is also scheduled to address {A}'s parliament and meet "
            "business leaders.",
            "The visit comes as both governments seek to expand trade, which reached {amt} last "
            "year.",
            "Officials said several agreements on {topic} were expected to be signed before the "
            "delegation leaves on {today}.",
            "Security was tight in {Acap}, with several roads closed for the motorcade.",
        ],
        "head": [
            "{Bdem} {t2} visits {A} as ties warm",
            "{Adem} {t1} travels to {B} for talks on {topic}",
        ],
    },
    "statement": {
        "lead": [
            "{A}'s foreign ministry said on {day} it was deeply concerned about the situation in "
            "{C} and called on all parties to show restraint.",
            "{Adem} {T1} {P1} said on {day} that {A} would not accept any attempt to change the "
            "status quo on {topic}.",
            "{A} said on {day} it supported efforts by {org} to {resolve} in {C}.",
        ],
        "body": [
            "The statement was issued after a meeting of {A}'s national security council.",
            "The ministry said it was following developments closely and was in contact with its "
            "partners.",
            "{P1l} made the remarks in an interview with state television.",
            "The ministry did not say what steps, if any, {A} would take.",
        ],
        "head": [
            "{A} voices concern over situation in {C}",
            "{Adem} {t1} says no change on {topic}",
            "{A} backs international efforts on {C}",
        ],
    },
    "protest": {
        "lead": [
            "Thousands of {group_p} marched through central {Acap} on {day} to protest against "
            "{grievance}, the latest in a series of demonstrations that have rattled the government.",
            "Police in {Acap} fired tear gas to disperse hundreds of {group_p} who gathered outside "
            "parliament on {day} to denounce {grievance}.",
        ],
        "body": [
            "Organisers said more than {N} people took part, while police put the number at around "
            "{N2}.",
            "Protesters carried banners and chanted slogans calling for the resignation of the "
            "government.",
            "Shops along the main avenue were shuttered and several roads were closed to traffic.",
            "The demonstrations were largely peaceful, though scuffles broke out near the interior "
            "ministry.",
            "The interior ministry said {n} police officers had been injured and dozens of people "
            "detained.",
        ],
        "head": [
            "Thousands protest in {Acap} over {grievance}",
            "{Adem} police fire tear gas at {group_p}",
        ],
    },
    "arrest": {
        "lead": [
            "{Adem} authorities arrested {held} people on {day} on suspicion of plotting attacks in "
            "{Acap}, the interior ministry said.",
            "Police in {A} detained a prominent opposition politician on {day}, prompting protests "
            "by supporters outside the capital's main court.",
            "{Adem} security forces arrested {held} suspected members of an armed group in a series "
            "of raids on {day}, officials said.",
        ],
        "body": [
            "A police spokesman said the suspects would appear in court within {n2} days.",
            "Lawyers for the detainees said they had not been allowed to see their clients.",
            "The arrests drew criticism from {org}, which said the charges appeared to be "
            "politically motivated.",
            "{T1} {P1} defended the arrests, saying the security forces had acted within the law.",
            "The interior ministry said weapons and explosives were seized during the raids.",
        ],
        "head": [
            "{Adem} police arrest {held} over alleged attack plot",
            "{A} detains opposition figure, supporters protest",
            "{Adem} police arrest {held} in raids",
        ],
    },
    "attack": {
        "lead": [
            "Gunmen attacked a police station near {A}'s border with {B} on {day}, killing {killed} "
            "officers and wounding {n2} others, security officials said.",
            "At least {killed} people were killed on {day} when a bomb exploded at a market in a town "
            "north of {Acap}, local officials said.",
            "{group_a} ambushed an army convoy in eastern {A} on {day}, killing {killed} soldiers, the "
            "military said.",
        ],
        "body": [
            "No group immediately claimed responsibility for the attack.",
            "The wounded were taken to hospitals in {Acap}, where several were in critical "
            "condition.",
            "Security forces sealed off the area and launched a search for the attackers.",
            "{A} has seen a rise in attacks by armed groups since {pyear}.",
            "The government declared {n2} days of national mourning.",
            "{org} condemned the attack and offered condolences to the families of the victims.",
        ],
        "head": [
            "Gunmen kill {killed} police officers near {A}'s border with {B}",
            "Market bomb kills {killed} in {A}",
            "{group_a} kill {killed} soldiers in eastern {A}",
        ],
    },
    "sanctions": {
        "lead": [
            "{A} imposed sanctions on {n} {Bdem} officials and entities on {day}, accusing them of "
            "{sanc_reason}.",
            "The European Union agreed on {day} to impose new sanctions on {B}, targeting its "
            "{sector} sector.",
        ],
        "body": [
            "The measures freeze any assets the individuals hold in {A} and bar them from "
            "travelling to the country.",
            "{B}'s foreign ministry condemned the sanctions as illegal and said it reserved the "
            "right to respond.",
            "Analysts said the sanctions were likely to have a limited impact on {B}'s economy, "
            "which relies heavily on {sector} exports.",
            "The sanctions are the {ordinal} package announced against {B} this year.",
        ],
        "head": [
            "{A} sanctions {Bdem} officials over {sanc_reason}",
            "New sanctions target {B}'s {sector} sector",
        ],
    },
    "aid": {
        "lead": [
            "{A} pledged {aidamt} in humanitarian aid to {B} on {day} to help people affected by "
            "{disaster}.",
            "{aid_org} said on {day} it would send emergency food supplies to {N} families in {B} "
            "after {disaster}.",
        ],
        "body": [
            "The aid will be delivered through U.N. agencies and local partners, the ministry said.",
            "Aid workers said access to the worst-hit areas remained difficult because of damaged "
            "roads.",
            "The United Nations estimates that {N} people in {B} need humanitarian assistance.",
            "The funding will pay for food, clean water, shelter and medical care, officials said.",
        ],
        "head": [
            "{A} pledges {aidamt} in aid to {B}",
            "Aid agencies rush supplies to {B} after {disaster}",
        ],
    },
    "agreement": {
        "lead": [
            "{A} and {B} signed an agreement on {topic} on {day}, pledging to deepen cooperation "
            "over the next {n} years.",
            "{Adem} and {Bdem} negotiators reached a deal on {day} to {deal}, ending months of "
            "talks.",
        ],
        "body": [
            "The agreement was signed by {P1} and {P2} at a ceremony in {Acap}.",
            "Under the deal, the two countries will share information and hold regular joint "
            "exercises.",
            "Officials said the agreement still needed to be ratified by {B}'s parliament.",
            "Trade between the two countries has grown steadily and reached {amt} last year.",
        ],
        "head": [
            "{A}, {B} sign {topic} pact",
            "{A} and {B} agree to {deal}",
        ],
    },
    "accusation": {
        "lead": [
            "{A} accused {B} on {day} of {accusation}, an allegation {Bcap} quickly denied.",
            "{Adem} {T1} {P1} accused {B} of {accusation}, saying {A} would raise the issue at the "
            "United Nations.",
        ],
        "body": [
            "{B}'s foreign ministry rejected the accusation as \"baseless\" and urged {A} to stop "
            "spreading false information.",
            "{P1l} did not provide evidence to support the claim.",
            "It was not the first time {Acap} has made such allegations against its neighbour.",
            "{A} summoned {B}'s ambassador to lodge a formal protest, the foreign ministry said.",
        ],
        "head": [
            "{A} accuses {B} of {accusation}",
            "{B} rejects {Adem} accusations",
        ],
    },
    "threat": {
        "lead": [
            "{A} warned on {day} that it would take \"all necessary measures\" if {B} went ahead "
            "with plans to {provocation}.",
            "{Adem} {T1} {P1} threatened on {day} to expel {Bdem} diplomats unless {Bcap} "
            "{demand}.",
        ],
        "body": [
            "The warning raised fears of a wider confrontation between the two countries.",
            "{B} said it would not be intimidated and accused {A} of escalating tensions.",
            "Diplomats said {C} and {org} had urged both sides to resolve their dispute through "
            "dialogue.",
            "{B} placed its border forces on heightened alert on {today}, according to state media.",
        ],
        "head": [
            "{A} warns {B} over plans to {provocation}",
            "{A} threatens to expel {Bdem} diplomats",
        ],
    },
}

# Generic paragraphs, usable in any article.
GENERIC: dict[str, list[str]] = {
    "quote": [
        "\"{quote},\" {P1l} said.",
        "\"{quote},\" {P1l} told reporters in {Acap}, adding that {addon}.",
        "\"{quote},\" {he} said.",
        "{P2l} said: \"{quote}.\"",
        "\"{quote},\" {Adem} {T1} {P1} said in a statement.",
        "\"{quote},\" {P4l} said.",
        "{P4l} said the dispute was unlikely to be resolved quickly.",
        "\"{quote},\" {he} added.",
        "\"{quote}. {quote2},\" {P2l} told a news conference on {day}.",
        "\"{quote},\" {he} said, speaking to state media.",
    ],
    "reaction": [
        "{org} called on {A} and {B} to {restraint}.",
        "{C} said it was monitoring the situation closely and urged calm.",
        "A spokesperson for {org} said the organisation was ready to support efforts to "
        "{resolve}.",
        "{Cdem} officials welcomed the development, describing it as a step in the right "
        "direction.",
        "{org} condemned the violence and called for an independent investigation.",
        "{C} offered to mediate between the two sides.",
        "The U.N. Secretary-General's office said it was following events in {A} with concern.",
        "{Cdem} {T3} {P3} said on {day} that {Ccap} would discuss the issue with its partners "
        "in {org}.",
        "{org} said it would send a fact-finding mission to {A} in the coming weeks.",
        "Diplomats in {Ccap} said the issue was likely to be raised at the next meeting of {org}.",
        "{P3l} urged {A} and {B} to settle their differences through talks.",
        "Several governments issued advisories urging their citizens to avoid non-essential travel "
        "to {A}.",
    ],
    "background": [
        "{A} and {B} established diplomatic relations in {oldyear}.",
        "Relations between the two countries have been strained since {pyear}, when "
        "{bg_event}.",
        "Trade between {A} and {B} totalled {amt} in {pyear}, according to official figures.",
        "{A} has a population of about {popm} million people.",
        "More than {N} people have been killed in the conflict since it began in {month2} "
        "{pyear}.",
        "The last round of talks, held in {Ccap} in {month2} {pyear}, ended without agreement.",
        "{A} is due to hold general elections in {month2} {fyear}.",
        "Officials from the two countries have met {n} times since {pyear} without resolving the "
        "issue.",
        "{P1l}, who took office in {pyear}, has made {topic} a priority of {his1} government.",
        "It was the {ordinal} such incident this year, according to a tally by local media.",
        "On {month} {dom}, {pyear}, the two governments signed a memorandum on {topic} that "
        "was never fully implemented.",
        "{A} and {B} signed a treaty of friendship and cooperation in {oldyear}.",
        "{A}'s parliament approved a new security law in {pyear}, granting the police wider "
        "powers of arrest.",
        "About {pct} percent of {A}'s exports go to {B}, making it one of its largest trading "
        "partners.",
        "The government came to power in {pyear} promising to tackle corruption and revive the "
        "economy.",
        "Human rights groups say at least {N} people have been detained since {month2} {pyear}.",
        "{P2l} last visited {Acap} in {month2} {pyear}.",
    ],
    "economy": [
        "{A}'s central bank left its benchmark interest rate unchanged at {rate} percent on "
        "{day}.",
        "Inflation in {A} slowed to {pct} percent in {month}, the statistics office said.",
        "The {Adem} currency fell {small} percent against the dollar on {day}, its weakest level "
        "in {n} months.",
        "{A}'s economy grew {small} percent in the first quarter, below analysts' forecasts.",
        "Oil prices rose on {day}, with Brent crude trading at around ${oil} a barrel.",
        "The government has forecast a budget deficit of {small} percent of gross domestic "
        "product this year.",
        "Unemployment in {A} stands at around {pct} percent, according to official data.",
        "Stocks in {Acap} closed {updown} {small} percent on {day}.",
        "{A}'s trade deficit widened to {amt} in {month}, customs data showed.",
        "The International Monetary Fund approved a {amt} loan to {A} in {pyear} to support its "
        "balance of payments.",
        "Fuel shortages have led to long queues at petrol stations in {Acap} in recent weeks.",
        "Foreign direct investment into {A} fell {pct} percent last year, according to government "
        "figures.",
        "Tourism, a major source of foreign currency for {A}, has yet to recover fully.",
    ],
    "weather": [
        "Heavy rain caused flooding in parts of {Acap} on {day}, disrupting traffic and closing "
        "schools.",
        "Temperatures in {Acap} reached {temp} degrees Celsius on {day}, and forecasters expect "
        "the heat to continue for several days.",
        "The meteorological office warned of strong winds along the coast over the weekend.",
        "Officials said {n} people had died in floods in the south of the country this month.",
        "Power cuts lasting several hours were reported in several districts of {Acap} as demand "
        "for electricity surged during the heatwave.",
        "Forecasters said up to {mm} mm of rain was expected over the next {n2} days in coastal "
        "provinces.",
        "Drought has cut the harvest in {A} by about {pct} percent, the agriculture ministry said.",
        "Thick smog kept schools in {Acap} closed for a {ordinal} day on {today}.",
        "Authorities in {Acap} opened cooling centres as the heatwave entered its {ordinal} week.",
    ],
}

# Which generic section to draw for filler paragraphs, with weights.
FILLER_WEIGHTS: list[tuple[str, int]] = [
    ("event", 3), ("quote", 3), ("reaction", 2), ("background", 3), ("economy", 2), ("weather", 1),
]

# List slots drawn once per article, so that headline and text agree.
STICKY = frozenset({
    "grievance", "group_p", "group_a", "sanc_reason", "sector", "disaster", "deal",
    "accusation", "provocation", "demand", "think",
})

_SLOT = re.compile(r"\{(\w+)\}")
_START_DATE = dt.date(2015, 1, 1)
_DAY_SPAN = (dt.date(2024, 12, 31) - _START_DATE).days


def template_count() -> int:
    """Number of sentence templates in the inventory (headlines excluded)."""
    event = sum(len(e["lead"]) + len(e["body"]) for e in EVENTS.values())
    return event + sum(len(v) for v in GENERIC.values())


# --------------------------------------------------------------------------- filling


def _amount(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"${rng.randint(12, 950)} million"
    return f"${rng.randint(1, 40)}.{rng.randint(1, 9)} billion"


def _person(rng: random.Random, country: str) -> dict[str, str]:
    female = rng.random() < 0.4
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    last = rng.choice(LAST)
    title = rng.choice(TITLES)
    title = TITLE_OVERRIDES.get(country, {}).get(title, title)
    return {
        "name": f"{first} {last}",
        "last": last,
        "title": title,
        "he": "she" if female else "he",
        "his": "her" if female else "his",
    }


def _generators(rng: random.Random, year: int) -> dict[str, Callable[[], str]]:
    return {
        "n": lambda: str(rng.randint(2, 12)),
        "n2": lambda: str(rng.randint(2, 9)),
        "N": lambda: f"{rng.randint(1, 60) * 500 + rng.randint(0, 9) * 50:,}",
        "N2": lambda: f"{rng.randint(2, 40) * 250:,}",
        "pct": lambda: f"{rng.randint(2, 25)}.{rng.randint(0, 9)}",
        "small": lambda: f"{rng.randint(0, 4)}.{rng.randint(1, 9)}",
        "rate": lambda: f"{rng.randint(1, 18)}.{rng.choice((0, 25, 5, 75))}",
        "amt": lambda: _amount(rng),
        "oil": lambda: f"{rng.randint(55, 110)}.{rng.randint(10, 99)}",
        "temp": lambda: str(rng.randint(34, 48)),
        "mm": lambda: str(rng.randint(60, 320)),
        "popm": lambda: str(rng.randint(3, 240)),
        "pyear": lambda: str(rng.randint(year - 15, year - 1)),
        "fyear": lambda: str(rng.randint(year + 1, year + 2)),
        "oldyear": lambda: str(rng.randint(1947, 1995)),
        "month2": lambda: rng.choice(MONTHS),
        "dom": lambda: str(rng.randint(1, 28)),
        "org": lambda: rng.choice(ORGS),
        "quote2": lambda: rng.choice(LISTS["quote"]),
    }


class _Writer:
    """Fills templates for one article, keeping its cast, dates and mentions consistent."""

    def __init__(self, rng: random.Random, date: dt.date) -> None:
        self.rng = rng
        self.date = date
        self.ctx: dict[str, str] = {}
        a, b, c = rng.sample(COUNTRIES, 3)
        for key, (name, cap, dem) in (("A", a), ("B", b), ("C", c)):
            self.ctx[key] = name
            self.ctx[key + "cap"] = cap
            self.ctx[key + "dem"] = dem
        # P1 speaks for A, P2 for B, P3 for C; P4 is an analyst based in A.
        self.intro: dict[str, str] = {}
        for i, (country, dem) in enumerate(((a[0], a[2]), (b[0], b[2]), (c[0], c[2]), (a[0], a[2])), 1):
            p = _person(rng, country)
            self.ctx[f"P{i}"] = p["name"]
            self.ctx[f"T{i}"] = p["title"]
            self.ctx[f"t{i}"] = p["title"].lower()
            self.ctx[f"his{i}"] = p["his"]
            self.ctx[f"_last{i}"] = p["last"]
            self.ctx[f"_he{i}"] = p["he"]
            self.intro[str(i)] = f"{dem} {p['title']} {p['name']}"
        think = rng.choice(LISTS["think"])
        self.intro["4"] = f"{self.ctx['P4']}, an analyst at the {think} in {a[1]},"
        self.speaker = "1"  # the person "{he}" refers to: the one named last
        self.mentioned: set[str] = set()
        # Events usually happened the day before the dateline.
        self.ctx["day"] = WEEKDAYS[(date - dt.timedelta(days=rng.choice((0, 1, 1, 1)))).weekday()]
        self.ctx["today"] = WEEKDAYS[date.weekday()]
        self.ctx["month"] = MONTHS[date.month - 1]
        self.ctx["year"] = str(date.year)
        self.ctx["topic"], self.ctx["topic2"] = rng.sample(LISTS["topic"], 2)
        self.ctx["aid_org"] = rng.choice(AID_ORGS)
        self.ctx["killed"] = str(rng.randint(3, 40))
        self.ctx["held"] = str(rng.randint(3, 25))
        self.ctx["aidamt"] = _amount(rng)
        self.gens = _generators(rng, date.year)

    def _slot(self, key: str, depth: int) -> str:
        if key == "he":
            key = "he" + self.speaker
        person = re.fullmatch(r"(P|he)(\d)l?", key)
        if person:
            i = self.speaker = person.group(2)
            if key == f"P{i}":
                self.mentioned.add(i)
                return self.ctx[key]
            if i not in self.mentioned:  # first mention: full title and name
                self.mentioned.add(i)
                return self.intro[i]
            return self.ctx[f"_last{i}"] if key.startswith("P") else self.ctx[f"_he{i}"]
        if key in self.ctx:
            return self.ctx[key]
        if key in self.gens:
            value = self.gens[key]()
        elif key in LISTS:
            value = self.rng.choice(LISTS[key])
            if key in STICKY:  # keep the article's story consistent
                self.ctx[key] = value
        else:
            raise KeyError(f"unknown template slot {{{key}}}")
        if "{" in value and depth < 3:
            value = self.fill(value, depth + 1)
        return value

    def fill(self, template: str, depth: int = 0) -> str:
        """Fill the slots of ``template``; the top level gets a capital first letter."""
        text = _SLOT.sub(lambda m: self._slot(m.group(1), depth), template)
        return text[:1].upper() + text[1:] if depth == 0 else text

    def dateline(self) -> str:
        return f"{self.ctx['Acap'].upper()}, {MONTH_ABBR[self.date.month - 1]} {self.date.day} ({WIRE}) - "


def _make_article(rng: random.Random, index: int, seed: int) -> dict:
    date = _START_DATE + dt.timedelta(days=rng.randint(0, _DAY_SPAN))
    writer = _Writer(rng, date)
    kind = rng.choice(list(EVENTS))
    event = EVENTS[kind]
    target = rng.randint(MIN_WORDS + 10, MAX_WORDS - 20)
    used_templates: set[str] = set()
    seen: set[str] = set()

    def pick(pool: list[str], reuse: bool = False) -> str | None:
        """A sentence from ``pool`` not yet in this article; templates are reused only if ``reuse``."""
        fresh = [t for t in pool if t not in used_templates]
        stale = [t for t in pool if t in used_templates] if reuse else []
        rng.shuffle(fresh)
        rng.shuffle(stale)
        for template in (fresh + stale)[:8]:
            sentence = writer.fill(template)
            if sentence not in seen:
                seen.add(sentence)
                used_templates.add(template)
                return sentence
        return None

    def pool_for(section: str) -> list[str]:
        return event["body"] if section == "event" else GENERIC[section]

    plan = ["event", "quote", "reaction", "background"]
    sections = [s for s, _ in FILLER_WEIGHTS]
    weights = [w for _, w in FILLER_WEIGHTS]

    # Headlines are listed in step with the lead sentences they summarise.
    lead_index = rng.randrange(len(event["lead"]))
    lead = writer.fill(event["lead"][lead_index])
    used_templates.add(event["lead"][lead_index])
    if rng.random() < 0.5:
        lead += " " + (pick(event["body"]) or "")
    paragraphs = [writer.dateline() + lead.strip()]
    total = len(paragraphs[0].split())
    full = False
    idle = 0  # rounds in a row that added nothing
    while total < target and not full and idle < 50:
        idle += 1
        section = plan.pop(0) if plan else rng.choices(sections, weights)[0]
        if section != "quote" and all(t in used_templates for t in pool_for(section)):
            continue
        sentences: list[str] = []
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            sentence = pick(pool_for(section), reuse=section == "quote")
            if sentence is None:
                break
            words = len(sentence.split())
            if total + words > MAX_WORDS:
                full = True
                break
            sentences.append(sentence)
            total += words
            if total >= target:
                break
        if sentences:
            paragraphs.append(" ".join(sentences))
            idle = 0

    return {
        "id": f"bench-{seed}-{index:05d}",
        "date": date.isoformat(),
        "title": writer.fill(event["head"][lead_index]),
        "text": "\n\n".join(paragraphs),
    }


def make_corpus(n_words: int = 60000, seed: int = 7) -> list[dict]:
    """Return invented articles whose texts hold at least ``n_words`` words in total.

    Each article is a dict with ``id``, ``date`` (ISO), ``title`` and ``text``
    (250-700 whitespace-separated words in several blank-line-separated
    paragraphs, the first starting with a dateline). The result depends only on
    ``n_words`` and ``seed``.
    """
    rng = random.Random(seed)
    articles: list[dict] = []
    total = 0
    while total < n_words:
        article = _make_article(rng, len(articles), seed)
        articles.append(article)
        total += len(article["text"].split())
    return articles


def word_count(articles: list[dict]) -> int:
    """Total whitespace-separated words in the articles' texts."""
    return sum(len(a["text"].split()) for a in articles)


def main(argv: list[str]) -> int:
    """Write the corpus as JSONL to ``argv[1]`` (or stdout); word count to stderr."""
    path = argv[1] if len(argv) > 1 else "-"
    n_words = int(argv[2]) if len(argv) > 2 else 60000
    seed = int(argv[3]) if len(argv) > 3 else 7
    articles = make_corpus(n_words, seed)
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    if path == "-":
        sys.stdout.write(lines)
    else:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(lines)
    print(f"{len(articles)} articles, {word_count(articles)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
