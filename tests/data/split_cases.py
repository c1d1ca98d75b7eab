"""Sentence-boundary cases for ``summarizer.split``, written for this project.

Each case is ``(name, text, expected sentences)``. They follow the themes of the well-known
"golden rules" for English sentence segmentation (abbreviations, initials, numbers, ellipses,
quotes, lists, addresses, newlines ...), but every sentence here is our own invented text.
"""

from __future__ import annotations

GOLDEN_CASES: list[tuple[str, str, list[str]]] = [
    # --- plain terminators
    (
        "period",
        "The bridge opened. Traffic moved at once.",
        ["The bridge opened.", "Traffic moved at once."],
    ),
    (
        "question",
        "Who paid for the repairs? Nobody knows yet.",
        ["Who paid for the repairs?", "Nobody knows yet."],
    ),
    (
        "exclamation",
        "The dam held! Villagers cheered all night.",
        ["The dam held!", "Villagers cheered all night."],
    ),
    (
        "double_exclamation",
        "Amazing!! Nobody expected that.",
        ["Amazing!!", "Nobody expected that."],
    ),
    ("double_question", "Really?? Tell me more.", ["Really??", "Tell me more."]),
    ("interrobang_1", "Gone!? Where did it go?", ["Gone!?", "Where did it go?"]),
    ("interrobang_2", "Closed?! We drove for hours.", ["Closed?!", "We drove for hours."]),
    # --- abbreviations and initials
    (
        "initial_middle",
        "The report was signed by Maria T. Okafor.",
        ["The report was signed by Maria T. Okafor."],
    ),
    (
        "initials_chain",
        "She quoted C. S. Lewis and J. R. R. Tolkien at length.",
        ["She quoted C. S. Lewis and J. R. R. Tolkien at length."],
    ),
    ("page_ref", "The chart is on p. 14 of the filing.", ["The chart is on p. 14 of the filing."]),
    ("co_lower_mid", "Did Omar and co. leave early?", ["Did Omar and co. leave early?"]),
    (
        "co_upper_mid",
        "The bid from Harlow, Finch & Co. arrived late.",
        ["The bid from Harlow, Finch & Co. arrived late."],
    ),
    ("co_lower_end", "Ask Omar and co. They were there.", ["Ask Omar and co.", "They were there."]),
    (
        "co_upper_end",
        "The land went to Harlow, Finch & Co. It paid cash.",
        ["The land went to Harlow, Finch & Co.", "It paid cash."],
    ),
    (
        "inc_end",
        "The suit names Vantor Inc. The company denies it.",
        ["The suit names Vantor Inc.", "The company denies it."],
    ),
    ("mount", "Climbers reached Mt. Kenya at dawn.", ["Climbers reached Mt. Kenya at dawn."]),
    (
        "saint_and_street",
        "St. Agnes School sits on Elm st. beside the river.",
        ["St. Agnes School sits on Elm st. beside the river."],
    ),
    ("possessive_jr", "We found Ray Dunn Jr.'s old truck.", ["We found Ray Dunn Jr.'s old truck."]),
    (
        "titles",
        "Dr. Leong met Gov. Ames and Sen. Pruitt on Monday.",
        ["Dr. Leong met Gov. Ames and Sen. Pruitt on Monday."],
    ),
    (
        "military",
        "Gen. Ruiz and Lt. Col. Baptiste toured the base with Sgt. Moe.",
        ["Gen. Ruiz and Lt. Col. Baptiste toured the base with Sgt. Moe."],
    ),
    ("mr_mrs", "Mr. and Mrs. Delacroix sold the farm.", ["Mr. and Mrs. Delacroix sold the farm."]),
    (
        "month_abbrev",
        "The vote is set for Feb. 9 in the capital.",
        ["The vote is set for Feb. 9 in the capital."],
    ),
    (
        "number_abbrev",
        "He wore the No. 23 shirt. Fans loved it.",
        ["He wore the No. 23 shirt.", "Fans loved it."],
    ),
    (
        "eg_ie",
        "Bring tools, e.g. a hammer, i.e. something heavy.",
        ["Bring tools, e.g. a hammer, i.e. something heavy."],
    ),
    (
        "etc_end",
        "They sold chairs, lamps, rugs, etc. The rest was burned.",
        ["They sold chairs, lamps, rugs, etc.", "The rest was burned."],
    ),
    (
        "vs",
        "The final pits Arsenal vs. Benfica on Sunday.",
        ["The final pits Arsenal vs. Benfica on Sunday."],
    ),
    (
        "pronoun_i_and_initial",
        "The winners were Pat and I. Have you met Henry I. Vance?",
        ["The winners were Pat and I.", "Have you met Henry I. Vance?"],
    ),
    (
        "phd",
        "She earned a Ph.D. in chemistry last spring.",
        ["She earned a Ph.D. in chemistry last spring."],
    ),
    (
        "state_abbrev",
        "The plant in Dayton, Ohio, and one in Fresno, Calif. were closed.",
        ["The plant in Dayton, Ohio, and one in Fresno, Calif. were closed."],
    ),
    # --- multi-period abbreviations
    ("usa_mid", "They toured the U.S.A. for a month.", ["They toured the U.S.A. for a month."]),
    (
        "uk_end",
        "My cousin moved to the U.K. Where do you live?",
        ["My cousin moved to the U.K.", "Where do you live?"],
    ),
    (
        "us_end",
        "The company is based in the U.S. It has no other offices.",
        ["The company is based in the U.S.", "It has no other offices."],
    ),
    (
        "us_proper_noun",
        "He joined the U.S. Navy at eighteen.",
        ["He joined the U.S. Navy at eighteen."],
    ),
    (
        "us_lower",
        "She has worked in the U.S. since 2011.",
        ["She has worked in the U.S. since 2011."],
    ),
    (
        "un_end",
        "The plan was put to the U.N. The council will vote in May.",
        ["The plan was put to the U.N.", "The council will vote in May."],
    ),
    (
        "am_pm",
        "At 7 a.m. Mrs. Ortiz opened the shop. She closed it at 9 p.m. Mr. Ortiz counted the cash.",
        [
            "At 7 a.m. Mrs. Ortiz opened the shop.",
            "She closed it at 9 p.m.",
            "Mr. Ortiz counted the cash.",
        ],
    ),
    (
        "pm_weekday",
        "The polls close at 8 p.m. Tuesday in most states.",
        ["The polls close at 8 p.m. Tuesday in most states."],
    ),
    # --- numbers
    (
        "money_mid",
        "The fund holds $2.75 billion in bonds.",
        ["The fund holds $2.75 billion in bonds."],
    ),
    (
        "money_end",
        "The ticket cost $45.50. It was worth it.",
        ["The ticket cost $45.50.", "It was worth it."],
    ),
    (
        "decimal",
        "Growth slowed to 3.5 percent in the spring.",
        ["Growth slowed to 3.5 percent in the spring."],
    ),
    (
        "year_end",
        "The mill closed in 1987. It never reopened.",
        ["The mill closed in 1987.", "It never reopened."],
    ),
    (
        "dotted_number",
        "The parcel number is Lot No. 4471.302.18. Keep it safe.",
        ["The parcel number is Lot No. 4471.302.18.", "Keep it safe."],
    ),
    # --- brackets and quotes
    (
        "paren_inside",
        "She studied law (She had worked as a nurse for years.) at the city college.",
        ["She studied law (She had worked as a nurse for years.) at the city college."],
    ),
    (
        "paren_sentence",
        "The mayor resigned. (Her deputy took over.) The council met later.",
        ["The mayor resigned.", "(Her deputy took over.)", "The council met later."],
    ),
    (
        "single_quote_inside",
        "He looked up, 'That was quick.' he said.",
        ["He looked up, 'That was quick.' he said."],
    ),
    (
        "double_quote_inside",
        'He looked up, "That was quick." he said.',
        ['He looked up, "That was quick." he said.'],
    ),
    (
        "double_quote_end",
        'He looked up, "That was quick." He put the box down.',
        ['He looked up, "That was quick."', "He put the box down."],
    ),
    (
        "curly_quote_end",
        "The coach said “we will be back.” The team flew home.",
        ["The coach said “we will be back.”", "The team flew home."],
    ),
    (
        "question_in_quotes_attrib",
        '"Is anyone hurt?" Captain Reyes asked. Nobody answered.',
        ['"Is anyone hurt?" Captain Reyes asked.', "Nobody answered."],
    ),
    (
        "exclaim_in_quotes_lower",
        '"Run!" shouted the guard, and we ran.',
        ['"Run!" shouted the guard, and we ran.'],
    ),
    (
        "quote_question_end",
        'She asked, "Is it over?" Then she left.',
        ['She asked, "Is it over?"', "Then she left."],
    ),
    (
        "brand_exclaim",
        "He works at Jolt! in the design team.",
        ["He works at Jolt! in the design team."],
    ),
    # --- addresses
    (
        "email",
        "Write to ana.perez@mailhost.org. She replies quickly.",
        ["Write to ana.perez@mailhost.org.", "She replies quickly."],
    ),
    (
        "url",
        "Details are at http://files.example.net/reports/q3_final.pdf. Read them first.",
        ["Details are at http://files.example.net/reports/q3_final.pdf.", "Read them first."],
    ),
    (
        "www",
        "Tickets go on sale at www.cityarena.com tomorrow. Prices vary.",
        ["Tickets go on sale at www.cityarena.com tomorrow.", "Prices vary."],
    ),
    # --- lists
    (
        "list_dot_paren",
        "1.) Pack the tent 2.) Fill the tank",
        ["1.) Pack the tent", "2.) Fill the tank"],
    ),
    (
        "list_dot_paren_period",
        "1.) Pack the tent. 2.) Fill the tank.",
        ["1.) Pack the tent.", "2.) Fill the tank."],
    ),
    ("list_paren", "1) Lock the door 2) Feed the cat", ["1) Lock the door", "2) Feed the cat"]),
    (
        "list_paren_period",
        "1) Lock the door. 2) Feed the cat.",
        ["1) Lock the door.", "2) Feed the cat."],
    ),
    ("list_dot", "1. Sort the mail 2. File the forms", ["1. Sort the mail", "2. File the forms"]),
    (
        "list_dot_period",
        "1. Sort the mail. 2. File the forms.",
        ["1. Sort the mail.", "2. File the forms."],
    ),
    (
        "list_bullet_numbers",
        "• 4. Check the brakes • 5. Check the lights",
        ["4. Check the brakes", "5. Check the lights"],
    ),
    (
        "list_hyphen_bullet",
        "⁃3. Open the valve ⁃4. Close the hatch",
        ["⁃3. Open the valve", "⁃4. Close the hatch"],
    ),
    (
        "list_letters",
        "a. Buy paint b. Sand the wall c. Paint the wall twice",
        ["a. Buy paint", "b. Sand the wall", "c. Paint the wall twice"],
    ),
    ("list_three_numbers", "1. Wash 2. Rinse 3. Repeat", ["1. Wash", "2. Rinse", "3. Repeat"]),
    # --- ellipses
    (
        "ellipsis_quote_end",
        "The letter ends, “and so we waited, and waited. . . .”",
        ["The letter ends, “and so we waited, and waited. . . .”"],
    ),
    (
        "ellipsis_brackets",
        '"The river [...] rose faster than the maps [...]" (Hale 12).',
        ['"The river [...] rose faster than the maps [...]" (Hale 12).'],
    ),
    (
        "ellipsis_four_spaced",
        "Cut the end of a quoted sentence and close it with a period . . . . The next one starts here.",
        [
            "Cut the end of a quoted sentence and close it with a period . . . .",
            "The next one starts here.",
        ],
    ),
    (
        "ellipsis_four_glued",
        "I never said that.... He walked out.",
        ["I never said that....", "He walked out."],
    ),
    (
        "ellipsis_inside",
        "I was going to ... well, I thought...maybe . . . you know, it is . . . I forget.",
        ["I was going to ... well, I thought...maybe . . . you know, it is . . . I forget."],
    ),
    (
        "ellipsis_after_period",
        "The old custom faded . . . and was replaced by printed forms. . . . The forms did not last. . . .",
        [
            "The old custom faded . . . and was replaced by printed forms.",
            ". . . The forms did not last. . . .",
        ],
    ),
    ("ellipsis_unicode", "We waited… The bus never came.", ["We waited…", "The bus never came."]),
    # --- wire-news habits
    (
        "quote_then_attribution_clause",
        "She said the plan ``is not finished.'' Parker said it would be.",
        ["She said the plan ``is not finished.''", "Parker said it would be."],
    ),
    (
        "wire_question_attribution",
        "``Who pays for this?'' Ortega asked. The room went quiet.",
        ["``Who pays for this?'' Ortega asked.", "The room went quiet."],
    ),
    (
        "party_state_code",
        "The bill was backed by Sen. Ann Rowe, D-W. Va., and two others.",
        ["The bill was backed by Sen. Ann Rowe, D-W. Va., and two others."],
    ),
    (
        "party_state_code_end",
        "The vote was called by Rep. Lou Pike, R-Ind. He lost.",
        ["The vote was called by Rep. Lou Pike, R-Ind.", "He lost."],
    ),
    (
        "bracketed_aside_after_stop",
        "The law changed in 1990. (footnote 4) Courts followed it.",
        ["The law changed in 1990.", "(footnote 4) Courts followed it."],
    ),
    (
        "time_in_parentheses",
        "The show airs Sunday (9 p.m.) HBO said in a note.",
        ["The show airs Sunday (9 p.m.) HBO said in a note."],
    ),
    (
        "proposition_number",
        "Voters rejected Prop. 12 in the fall.",
        ["Voters rejected Prop. 12 in the fall."],
    ),
    (
        "all_caps_company",
        "COPYRIGHT BY NORTHWIND MEDIA, INC. Storms hit the coast today.",
        ["COPYRIGHT BY NORTHWIND MEDIA, INC.", "Storms hit the coast today."],
    ),
    (
        "time_then_eastern",
        "Updates move at 6 p.m. Eastern every day.",
        ["Updates move at 6 p.m. Eastern every day."],
    ),
    (
        "initial_in_quote_end",
        "The ruling cites ``Article I.'' The appeal failed.",
        ["The ruling cites ``Article I.''", "The appeal failed."],
    ),
    (
        "dateline",
        "OSLO, Norway (Wire) _ The ferry sank at 4 a.m. All 80 passengers were saved.",
        ["OSLO, Norway (Wire) _ The ferry sank at 4 a.m.", "All 80 passengers were saved."],
    ),
    (
        "hard_wrap_number_line",
        "The vote is set for Oct.\n14. Residents can write in.",
        ["The vote is set for Oct.\n14.", "Residents can write in."],
    ),
    # --- spacing and newlines
    (
        "missing_space",
        "The vote passed.Opponents walked out.",
        ["The vote passed.", "Opponents walked out."],
    ),
    (
        "paragraph_break",
        "First paragraph without a stop\n\nSecond paragraph here.",
        ["First paragraph without a stop", "Second paragraph here."],
    ),
    (
        "heading_newline",
        "Floods hit the valley\nRivers burst their banks on Sunday after a week of rain across the region.",
        [
            "Floods hit the valley",
            "Rivers burst their banks on Sunday after a week of rain across the region.",
        ],
    ),
    (
        "hard_wrap",
        "The council agreed to spend the money on the\nbridge and the road that leads to it.",
        ["The council agreed to spend the money on the\nbridge and the road that leads to it."],
    ),
    (
        "hard_wrap_short",
        "It was a long \nwinter in the hills.",
        ["It was a long \nwinter in the hills."],
    ),
    (
        "hard_wrap_capital",
        "Officials said the talks with the delegation from\nNorway would resume.",
        ["Officials said the talks with the delegation from\nNorway would resume."],
    ),
    (
        "lower_list_lines",
        "opening hours\nparking\nfood, drinks\n",
        ["opening hours", "parking", "food, drinks"],
    ),
    (
        "bullet_lines",
        "Key facts:\n- two dead\n- roads closed\n- schools open Monday",
        ["Key facts:", "two dead", "roads closed", "schools open Monday"],
    ),
    (
        # The wire's item marks: an underscore or two hyphens open each item, not its sentence.
        "wire_item_marks",
        "The council met on Monday.\n\n_ The mayor resigned.\n\n--Fares rise in May.\n\n-- Two close.",
        [
            "The council met on Monday.",
            "The mayor resigned.",
            "Fares rise in May.",
            "Two close.",
        ],
    ),
    (
        # A minus sign and a separator line are no item marks.
        "minus_and_rule",
        "It fell to -5 degrees overnight.\n\n* * *\n\nRoads reopened at noon.",
        ["It fell to -5 degrees overnight.", "Roads reopened at noon."],
    ),
    # --- news: places, ranks, times and companies (from the MSRP boundary benchmark's errors)
    (
        "place_state_end",
        "The plant stood in Dover Falls, Vt. Wilkins ran it for years.",
        ["The plant stood in Dover Falls, Vt.", "Wilkins ran it for years."],
    ),
    (
        "place_state_dotted_end",
        "The jet landed in Camden Hill, N.J. Crews towed it away.",
        ["The jet landed in Camden Hill, N.J.", "Crews towed it away."],
    ),
    (
        "place_state_weekday",
        "She spoke in Mossbank, Okla. Tuesday and left.",
        ["She spoke in Mossbank, Okla. Tuesday and left."],
    ),
    (
        "place_state_dateline",
        "ELM RIDGE, Ore. (Wire) _ The mill reopened.",
        ["ELM RIDGE, Ore. (Wire) _ The mill reopened."],
    ),
    (
        "place_state_no_comma",
        "The Mich. Senate approved the bill.",
        ["The Mich. Senate approved the bill."],
    ),
    (
        "military_rank",
        "Army Pfc. Dana Ruiz came home. Spc. Lee Park did too.",
        ["Army Pfc. Dana Ruiz came home.", "Spc. Lee Park did too."],
    ),
    (
        "slash_initials",
        "The Harrow/J. Mills merger closed. Shares rose.",
        ["The Harrow/J. Mills merger closed.", "Shares rose."],
    ),
    (
        "time_zone_bracket",
        "The polls closed early at about 8 p.m. (EST), officials said.",
        ["The polls closed early at about 8 p.m. (EST), officials said."],
    ),
    (
        "company_then_numbered",
        "He now drives for Lark Racing Inc. No. 4 car in the spring.",
        ["He now drives for Lark Racing Inc. No. 4 car in the spring."],
    ),
    (
        "nested_quote_lone_closer",
        "``She told me, `Wait here.' '' The bus left without us.",
        ["``She told me, `Wait here.' ''", "The bus left without us."],
    ),
    (
        "nested_question_lone_closer_said",
        "``I kept asking, `Why me?' '' he said.",
        ["``I kept asking, `Why me?' '' he said."],
    ),
    (
        "number_word_after_unit",
        "Gusts reached 70 mph. Two trees fell on the road.",
        ["Gusts reached 70 mph.", "Two trees fell on the road."],
    ),
]

# A gold-segmented, news-style passage (invented events): one sentence per line; paragraphs are
# separated by a blank line in the joined text.
NEWS_PARAGRAPHS: list[list[str]] = [
    [
        "BRACKNELL, England (Wire) _ Flood barriers failed along the River Ouse late Tuesday, forcing about 2,300 people from their homes, officials said.",
        "The Environment Agency said water levels peaked at 6.2 meters shortly after 11 p.m.",
        "It was the highest reading since records began in 1947.",
        '"We have never seen anything like this," said Margaret O\'Neil, 64, who has lived on Mill Lane for four decades.',
    ],
    [
        "Rescue crews from the U.K. and the Netherlands worked through the night.",
        "Gov. Harriet Lowe of the region's council, a former U.S. Army engineer, said the barriers were built in 1998 by Castell & Sons Ltd. and inspected in Jan. 2004.",
        "Castell & Sons Ltd. said it would cooperate with any inquiry.",
        "The company's shares fell 3.5 percent, to $12.40, in London trading.",
    ],
    [
        'Dr. Samuel K. Adeyemi, a hydrologist at St. Columba\'s College, said the rain that fell on Sunday and Monday was "unprecedented."',
        'He added that the barriers "were designed for a different century."',
        "Was the disaster avoidable?",
        "Some residents think so.",
        '"They told us in 2010 it was fixed!" said Paul Ferris, a shop owner.',
    ],
    [
        "The Prime Minister, who visited the area at 9 a.m. Wednesday, promised 40 million pounds in aid.",
        'Opposition leaders, including Sen. Marta Ruiz of the Liberal bloc (she is not related to the minister), called the sum "far too little."',
        "A vote on the aid package is set for Oct. 14.",
        "Residents can find updates at www.ouse-recovery.org.uk or by writing to help@ouse-recovery.org.uk.",
        "By Thursday, the water had begun to fall.",
    ],
    [
        "Insurers estimate total losses at between $450 million and $600 million, according to a report by Haldane Re Inc.",
        "The figure excludes farmland.",
        'Farmers near York, the worst-hit area, said the losses there were "impossible to count."',
        "Meanwhile, forecasters at the Met Office warned of more rain on Friday.",
        "The warning covers 14 counties, from Cumbria to Lincs.",
    ],
]
