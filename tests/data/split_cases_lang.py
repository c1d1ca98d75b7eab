"""Sentence-boundary cases in German, French, Spanish and Italian, written for this project.

Each case is ``(name, text, expected sentences)``. They follow the themes of the public per-language
"golden rules" lists (abbreviations, titles, numbers and ordinals, dates, quotation styles, inverted
marks, elision, lists, ellipses), but every sentence is our own text about invented events.
"""

from __future__ import annotations

Case = tuple[str, str, list[str]]

GERMAN: list[Case] = [
    (
        "period",
        "Die Fähre legte ab. Sie kam pünktlich an.",
        ["Die Fähre legte ab.", "Sie kam pünktlich an."],
    ),
    (
        "question",
        "Wer zahlt die Reparatur? Niemand weiß es.",
        ["Wer zahlt die Reparatur?", "Niemand weiß es."],
    ),
    ("exclamation", "Der Damm hält! Alle jubeln.", ["Der Damm hält!", "Alle jubeln."]),
    (
        "z_b_spaced",
        "Man kann z. B. mit dem Bus fahren. Das dauert länger.",
        ["Man kann z. B. mit dem Bus fahren.", "Das dauert länger."],
    ),
    (
        "z_b_glued",
        "Viele Städte, z.B. Ulm und Kiel, sparen Strom.",
        ["Viele Städte, z.B. Ulm und Kiel, sparen Strom."],
    ),
    (
        "d_h",
        "Der Zug fällt aus, d. h. alle warten. Der Bus kommt später.",
        ["Der Zug fällt aus, d. h. alle warten.", "Der Bus kommt später."],
    ),
    (
        "dr_title",
        "Gestern sprach Dr. Wendler im Rathaus. Er blieb eine Stunde.",
        ["Gestern sprach Dr. Wendler im Rathaus.", "Er blieb eine Stunde."],
    ),
    (
        "prof_title",
        "Die Rede hielt Frau Prof. Anselm. Danach gab es Kaffee.",
        ["Die Rede hielt Frau Prof. Anselm.", "Danach gab es Kaffee."],
    ),
    (
        "dr_med",
        "Wir trafen Dr. med. Kessler vor der Klinik.",
        ["Wir trafen Dr. med. Kessler vor der Klinik."],
    ),
    (
        "nr",
        "Der Bus Nr. 7 fuhr nicht. Viele gingen zu Fuß.",
        ["Der Bus Nr. 7 fuhr nicht.", "Viele gingen zu Fuß."],
    ),
    ("bzw", "Es gibt Tee bzw. Kaffee für alle Gäste.", ["Es gibt Tee bzw. Kaffee für alle Gäste."]),
    (
        "usw_end",
        "Sie kauften Brot, Käse, Obst usw. Dann fuhren sie heim.",
        ["Sie kauften Brot, Käse, Obst usw.", "Dann fuhren sie heim."],
    ),
    ("usw_last", "Wir brauchen Tische, Stühle usw.", ["Wir brauchen Tische, Stühle usw."]),
    (
        "ordinal_month",
        "Die Abstimmung findet am 14. März statt. Das Ergebnis folgt.",
        ["Die Abstimmung findet am 14. März statt.", "Das Ergebnis folgt."],
    ),
    (
        "ordinal_month_question",
        "Was geschah am 3. Oktober in Lindau?",
        ["Was geschah am 3. Oktober in Lindau?"],
    ),
    (
        "ordinal_century",
        "Die Mühle stammt aus dem 17. Jahrhundert und steht noch.",
        ["Die Mühle stammt aus dem 17. Jahrhundert und steht noch."],
    ),
    (
        "ordinal_range",
        "Funde aus dem 2. -4. Jahrhundert lagen im Keller.",
        ["Funde aus dem 2. -4. Jahrhundert lagen im Keller."],
    ),
    (
        "year_end",
        "Die Brücke wurde 1998 gebaut. 2004 kam ein Steg dazu.",
        ["Die Brücke wurde 1998 gebaut.", "2004 kam ein Steg dazu."],
    ),
    (
        "number_end_starter",
        "Am Ende stand es 3 zu 12. Danach ging es weiter.",
        ["Am Ende stand es 3 zu 12.", "Danach ging es weiter."],
    ),
    (
        "thousands",
        "Der Verein sammelte 1.250.000 Euro. Das ist ein Rekord.",
        ["Der Verein sammelte 1.250.000 Euro.", "Das ist ein Rekord."],
    ),
    (
        "decimal_comma",
        "Ein Ticket kostet 4,50 Euro. Kinder fahren gratis.",
        ["Ein Ticket kostet 4,50 Euro.", "Kinder fahren gratis."],
    ),
    (
        "quote_low_high",
        "„Wir bleiben hier.“ Das sagte die Bürgermeisterin.",
        ["„Wir bleiben hier.“", "Das sagte die Bürgermeisterin."],
    ),
    (
        "quote_comma_sagte",
        "„Heute nicht“, sagte der Wirt, „vielleicht morgen.“ Wir gingen.",
        ["„Heute nicht“, sagte der Wirt, „vielleicht morgen.“", "Wir gingen."],
    ),
    (
        "quote_question_comma",
        "„Kommt ihr mit?“, fragte Jana. Alle nickten.",
        ["„Kommt ihr mit?“, fragte Jana.", "Alle nickten."],
    ),
    (
        "quote_guillemets",
        "»Das Wasser steigt.« Die Feuerwehr kam sofort.",
        ["»Das Wasser steigt.«", "Die Feuerwehr kam sofort."],
    ),
    (
        "quote_single",
        "Er nannte es ‚einen Anfang.‘ Mehr sagte er nicht.",
        ["Er nannte es ‚einen Anfang.‘", "Mehr sagte er nicht."],
    ),
    (
        "s_page",
        "Die Tabelle steht auf S. 42 im Anhang.",
        ["Die Tabelle steht auf S. 42 im Anhang."],
    ),
    (
        "kath",
        "Sie besucht eine kath. Grundschule in Weiden.",
        ["Sie besucht eine kath. Grundschule in Weiden."],
    ),
    (
        "u_ae",
        "Wir sammeln Zeitungen, Hefte u. Ä. für den Basar.",
        ["Wir sammeln Zeitungen, Hefte u. Ä. für den Basar."],
    ),
    ("z_t_start", "Z. T. fehlen noch Unterlagen.", ["Z. T. fehlen noch Unterlagen."]),
    (
        "str_address",
        "Das Büro liegt in der Hauptstr. 9 in Lohr.",
        ["Das Büro liegt in der Hauptstr. 9 in Lohr."],
    ),
    (
        "ca",
        "Es kamen ca. 300 Gäste. Die Halle war voll.",
        ["Es kamen ca. 300 Gäste.", "Die Halle war voll."],
    ),
    (
        "list",
        "1. Der Plan steht. 2. Die Mittel fehlen.",
        ["1. Der Plan steht.", "2. Die Mittel fehlen."],
    ),
    ("ellipsis", "Sie wartete... Dann ging sie.", ["Sie wartete...", "Dann ging sie."]),
    (
        "parenthesis_bang",
        "Er lachte (wir auch!). Dann ging es los.",
        ["Er lachte (wir auch!).", "Dann ging es los."],
    ),
    (
        "vgl",
        "Die Zahlen sinken (vgl. Tabelle 3). Das freut die Stadt.",
        ["Die Zahlen sinken (vgl. Tabelle 3).", "Das freut die Stadt."],
    ),
    (
        "mio",
        "Der Bau kostet 3 Mio. Euro. Die Stadt zahlt die Hälfte.",
        ["Der Bau kostet 3 Mio. Euro.", "Die Stadt zahlt die Hälfte."],
    ),
    (
        "url",
        "Infos gibt es auf www.beispiel-stadt.de. Dort steht alles.",
        ["Infos gibt es auf www.beispiel-stadt.de.", "Dort steht alles."],
    ),
    (
        "arithmetic",
        "Er rechnete: 1 + 1 ist 2. 2 + 2 ist 4. Das Heft war voll.",
        ["Er rechnete: 1 + 1 ist 2.", "2 + 2 ist 4.", "Das Heft war voll."],
    ),
    (
        "bullets",
        "• 1. Planen Sie früh!\n• 2. Essen Sie gut!\n• 3. Schlafen Sie viel!",
        ["1. Planen Sie früh!", "2. Essen Sie gut!", "3. Schlafen Sie viel!"],
    ),
    (
        "heading_then_text",
        "Neue Fähre für Lindau\n\nDie Stadt hat am Montag eine Fähre getauft. Sie fährt ab Mai.",
        [
            "Neue Fähre für Lindau",
            "Die Stadt hat am Montag eine Fähre getauft.",
            "Sie fährt ab Mai.",
        ],
    ),
    (
        "quote_question_title",
        "Er fragte: „Wie geht es Ihnen, Herr Dr. Lenz?“ Dann setzte er sich.",
        ["Er fragte: „Wie geht es Ihnen, Herr Dr. Lenz?“", "Dann setzte er sich."],
    ),
    (
        "ordinal_weekday_date",
        "Die Messe beginnt am Freitag, dem 9. Mai. Sie endet am 11. Mai.",
        ["Die Messe beginnt am Freitag, dem 9. Mai.", "Sie endet am 11. Mai."],
    ),
    (
        "ggf_inkl",
        "Die Karte gilt inkl. Bus und ggf. Bahn. Kinder zahlen nichts.",
        ["Die Karte gilt inkl. Bus und ggf. Bahn.", "Kinder zahlen nichts."],
    ),
    (
        "company_co_kg",
        "Die Hollmann GmbH & Co. KG hat Insolvenz beantragt. Die Belegschaft bangt.",
        ["Die Hollmann GmbH & Co. KG hat Insolvenz beantragt.", "Die Belegschaft bangt."],
    ),
    (
        "numeric_date",
        "Das Treffen war am 12.03.2021. Danach wurde gebaut.",
        ["Das Treffen war am 12.03.2021.", "Danach wurde gebaut."],
    ),
    (
        "place_number",
        "Sie belegte Platz 3. Die Siegerin kam aus Graz.",
        ["Sie belegte Platz 3.", "Die Siegerin kam aus Graz."],
    ),
    (
        "dr_ing",
        "Die Rede hielt Dr.-Ing. Maier vor Ort.",
        ["Die Rede hielt Dr.-Ing. Maier vor Ort."],
    ),
    # --- more kinds of the golden-rule lists (written for this project)
    (
        "dcomma_quotes",
        "Lena fragte: ,,Wann fährt der Zug?” ,,Das steht noch nicht fest“, sagte der Schaffner, ,,vielleicht um acht.“ Wir warteten 2.500 Minuten.",
        [
            "Lena fragte: ,,Wann fährt der Zug?” ,,Das steht noch nicht fest“, sagte der Schaffner, ,,vielleicht um acht.“",
            "Wir warteten 2.500 Minuten.",
        ],
    ),
    (
        "bang_quote_comma",
        "„Schließt sofort die Tore!“, rief der Wärter seinem Kollegen zu, „und zwar alle.“",
        ["„Schließt sofort die Tore!“, rief der Wärter seinem Kollegen zu, „und zwar alle.“"],
    ),
    (
        "u_a_glued",
        "Der Verein bietet u.a. Segelkurse an.",
        ["Der Verein bietet u.a. Segelkurse an."],
    ),
    ("z_z", "Herr Dr. Brandt ist z. Z. im Urlaub.", ["Herr Dr. Brandt ist z. Z. im Urlaub."]),
    (
        "z_t_start_2",
        "Z. T. fehlen noch Unterlagen. Wir melden uns.",
        ["Z. T. fehlen noch Unterlagen.", "Wir melden uns."],
    ),
    (
        "u_ae_2",
        "Wir sammeln Bücher, Hefte u. Ä. für die Schule.",
        ["Wir sammeln Bücher, Hefte u. Ä. für die Schule."],
    ),
    ("s_lower", "Die Karte steht auf S. 12, s. unten.", ["Die Karte steht auf S. 12, s. unten."]),
    ("s_start", "s. oben.", ["s. oben."]),
    (
        "apostrophe_acute_question",
        "Er rief: „Wie geht´s, Herr Prof. Lang?“",
        ["Er rief: „Wie geht´s, Herr Prof. Lang?“"],
    ),
    (
        "caps_heading",
        "Neue Regeln\n\nWICHTIGE HINWEISE\n\nDer Hafen schließt früher. Die Fähren fahren seltener.",
        [
            "Neue Regeln",
            "WICHTIGE HINWEISE",
            "Der Hafen schließt früher.",
            "Die Fähren fahren seltener.",
        ],
    ),
    (
        "paren_bang_period",
        "Ich kaufe nie Süßes (ich kenne mich ja!). Das hilft mir sehr.",
        ["Ich kaufe nie Süßes (ich kenne mich ja!).", "Das hilft mir sehr."],
    ),
    (
        "bullet_numbered",
        "• 1. Packen Sie den Koffer! \n• 2. Prüfen Sie die Tickets! \n• 3. Fahren Sie los! \n",
        ["1. Packen Sie den Koffer!", "2. Prüfen Sie die Tickets!", "3. Fahren Sie los!"],
    ),
    (
        "footnote_glued",
        "Der Preis stieg pro Jahr7. Dazu kamen 0.5 %8. Die Kunden zahlten mehr.",
        ["Der Preis stieg pro Jahr7.", "Dazu kamen 0.5 %8.", "Die Kunden zahlten mehr."],
    ),
    (
        "zero_ordinal",
        "Ab dem 02. März 2026 gilt die neue Regel für alle.",
        ["Ab dem 02. März 2026 gilt die neue Regel für alle."],
    ),
    (
        "bullets_no_stop",
        "\n• frisches Brot  \n• kalter Tee  \n• reife Äpfel",
        ["frisches Brot", "kalter Tee", "reife Äpfel"],
    ),
    (
        "exercise_lines",
        "Übung Zahlen\n1. Ich ___ drei Äpfel.\nhabe\nhat\n2. Wann ___ du? Morgen?\nkommst\nkommt\n",
        [
            "Übung Zahlen",
            "1. Ich ___ drei Äpfel.",
            "habe",
            "hat",
            "2. Wann ___ du?",
            "Morgen?",
            "kommst",
            "kommt",
        ],
    ),
    (
        "ordinal_range_2",
        "Funde aus dem 4. -6. Jahrhundert liegen im Museum.",
        ["Funde aus dem 4. -6. Jahrhundert liegen im Museum."],
    ),
    (
        "year_end_number",
        "Das Museum öffnete 1998. 2004 kam ein Anbau hinzu.",
        ["Das Museum öffnete 1998.", "2004 kam ein Anbau hinzu."],
    ),
    (
        "ellipsis_lower",
        "Er zögerte ... und ging dann doch.",
        ["Er zögerte ... und ging dann doch."],
    ),
    (
        "ellipsis_capital",
        "Und dann kam nichts mehr... Alle schwiegen.",
        ["Und dann kam nichts mehr...", "Alle schwiegen."],
    ),
    (
        "nested_quotes",
        "Sie sagte: „Er rief ‚Halt!‘ und lief weg.“ Dann kam die Polizei.",
        ["Sie sagte: „Er rief ‚Halt!‘ und lief weg.“", "Dann kam die Polizei."],
    ),
    (
        "guillemets_de",
        "Das Blatt schrieb: »Die Brücke bleibt zu.« Viele ärgerten sich.",
        ["Das Blatt schrieb: »Die Brücke bleibt zu.«", "Viele ärgerten sich."],
    ),
    (
        "email",
        "Schreiben Sie an info@hafen-lindau.de. Wir antworten schnell.",
        ["Schreiben Sie an info@hafen-lindau.de.", "Wir antworten schnell."],
    ),
    (
        "initials",
        "Der Roman von H. C. Berger erschien 1975.",
        ["Der Roman von H. C. Berger erschien 1975."],
    ),
    ("abs_par", "Das regelt § 5 Abs. 2 des Gesetzes.", ["Das regelt § 5 Abs. 2 des Gesetzes."]),
    (
        "ca_uhr",
        "Der Zug kommt ca. 14 Uhr an. Bitte warten Sie.",
        ["Der Zug kommt ca. 14 Uhr an.", "Bitte warten Sie."],
    ),
    ("sog", "Das sog. Sommerfest fiel aus.", ["Das sog. Sommerfest fiel aus."]),
    (
        "evtl_ggf",
        "Wir kommen evtl. später. Bitte rufen Sie an.",
        ["Wir kommen evtl. später.", "Bitte rufen Sie an."],
    ),
    (
        "roman_ordinal",
        "Er sprach mit Papst Leo XIV. über die Reise.",
        ["Er sprach mit Papst Leo XIV. über die Reise."],
    ),
    (
        "roman_ordinal_cap",
        "Das Schloss ließ Ludwig II. bauen. Heute ist es ein Museum.",
        ["Das Schloss ließ Ludwig II. bauen.", "Heute ist es ein Museum."],
    ),
    (
        "time_uhr",
        "Um 18.30 Uhr beginnt das Konzert. Der Eintritt ist frei.",
        ["Um 18.30 Uhr beginnt das Konzert.", "Der Eintritt ist frei."],
    ),
    (
        "date_numeric",
        "Am 03.04.2025 war Markttag. Es regnete.",
        ["Am 03.04.2025 war Markttag.", "Es regnete."],
    ),
    (
        "question_in_quotes_then_sagte",
        "„Kommst du mit?“, fragte Jonas. „Ja“, sagte Mia.",
        ["„Kommst du mit?“, fragte Jonas.", "„Ja“, sagte Mia."],
    ),
    (
        "dash_list",
        "Wir brauchen:\n- Seile\n- Zelte\n- Lampen",
        ["Wir brauchen:", "Seile", "Zelte", "Lampen"],
    ),
    (
        "url_2",
        "Mehr unter www.stadtwerke-ulm.de/info. Dort gibt es Formulare.",
        ["Mehr unter www.stadtwerke-ulm.de/info.", "Dort gibt es Formulare."],
    ),
    (
        "st_saint",
        "Er wohnt in St. Gallen. Dort arbeitet er.",
        ["Er wohnt in St. Gallen.", "Dort arbeitet er."],
    ),
    (
        "jh",
        "Das Haus stammt aus dem 18. Jh. und wurde renoviert.",
        ["Das Haus stammt aus dem 18. Jh. und wurde renoviert."],
    ),
    (
        "gmbh",
        "Die Fahrwerk GmbH zahlte. Die Fahrer waren froh.",
        ["Die Fahrwerk GmbH zahlte.", "Die Fahrer waren froh."],
    ),
    (
        "mrd",
        "Das kostet 2 Mrd. Euro. Der Bund zahlt die Hälfte.",
        ["Das kostet 2 Mrd. Euro.", "Der Bund zahlt die Hälfte."],
    ),
    (
        "booklet_headings",
        (
            "Neue Wege am See\n\nEin Heft über Wanderungen rund um den Bodensee\n\nRECHTLICHER HINWEIS\n\n"
            "Ohne schriftliche Zustimmung des Verlags Seeblick, vertreten durch Jana Ott, darf dieses "
            "Heft weder ganz noch in Teilen kopiert oder verbreitet werden. Wer das Heft an einem "
            "öffentlichen Rechner liest, muss es danach dort löschen. Jedes Heft trägt eine Kennung.\n"
            "Fotos Urheberrecht © 2019 bei Bildwerk, Satz und -gestaltung durch Jana Ott\n"
            "Urheberrecht © 2020 Seeblick. Alle Rechte vorbehalten\n\nÜber uns"
        ),
        [
            "Neue Wege am See",
            "Ein Heft über Wanderungen rund um den Bodensee",
            "RECHTLICHER HINWEIS",
            (
                "Ohne schriftliche Zustimmung des Verlags Seeblick, vertreten durch Jana Ott, darf "
                "dieses Heft weder ganz noch in Teilen kopiert oder verbreitet werden."
            ),
            "Wer das Heft an einem öffentlichen Rechner liest, muss es danach dort löschen.",
            "Jedes Heft trägt eine Kennung.",
            "Fotos Urheberrecht © 2019 bei Bildwerk, Satz und -gestaltung durch Jana Ott",
            "Urheberrecht © 2020 Seeblick.",
            "Alle Rechte vorbehalten",
            "Über uns",
        ],
    ),
]

FRENCH: list[Case] = [
    (
        "period",
        "Le bac a quitté le port. Il est arrivé à l'heure.",
        ["Le bac a quitté le port.", "Il est arrivé à l'heure."],
    ),
    (
        "question_space",
        "Qui paiera les travaux ? Personne ne le sait.",
        ["Qui paiera les travaux ?", "Personne ne le sait."],
    ),
    (
        "exclamation_space",
        "La digue a tenu ! Le village a fêté cela.",
        ["La digue a tenu !", "Le village a fêté cela."],
    ),
    (
        "m_title",
        "Hier, M. Garnier a ouvert la séance. Elle a duré une heure.",
        ["Hier, M. Garnier a ouvert la séance.", "Elle a duré une heure."],
    ),
    (
        "m_title_le",
        "Le maire a reçu M. Le Goff. Ils ont parlé du port.",
        ["Le maire a reçu M. Le Goff.", "Ils ont parlé du port."],
    ),
    (
        "mme",
        "Mme Roussel a voté contre. Son voisin a voté pour.",
        ["Mme Roussel a voté contre.", "Son voisin a voté pour."],
    ),
    ("dr_title", "Le Dr. Morel a examiné les enfants.", ["Le Dr. Morel a examiné les enfants."]),
    (
        "p_ex",
        "Certains quartiers, p. ex. le port, seront fermés. Les autres restent ouverts.",
        ["Certains quartiers, p. ex. le port, seront fermés.", "Les autres restent ouverts."],
    ),
    (
        "etc_end",
        "On y trouve du pain, du fromage, etc. Les prix sont bas.",
        ["On y trouve du pain, du fromage, etc.", "Les prix sont bas."],
    ),
    (
        "cf",
        "Les chiffres baissent (cf. tableau 2). La ville est satisfaite.",
        ["Les chiffres baissent (cf. tableau 2).", "La ville est satisfaite."],
    ),
    (
        "guillemets_inside",
        "Elle a dit : « Nous restons. » Puis elle est partie.",
        ["Elle a dit : « Nous restons. »", "Puis elle est partie."],
    ),
    (
        "guillemets_nbsp",
        "Il a répondu : «\u00a0Pas aujourd'hui.\u00a0» Le public a ri.",
        ["Il a répondu : «\u00a0Pas aujourd'hui.\u00a0»", "Le public a ri."],
    ),
    (
        "guillemets_question_verb",
        "« Qui vient ? » a demandé Léa. Tout le monde a levé la main.",
        ["« Qui vient ? » a demandé Léa.", "Tout le monde a levé la main."],
    ),
    (
        "guillemets_comma",
        "« Pas ce soir », a dit le patron. Nous sommes partis.",
        ["« Pas ce soir », a dit le patron.", "Nous sommes partis."],
    ),
    (
        "elision_starter",
        "La réunion a fini tard. L'assemblée a voté ensuite.",
        ["La réunion a fini tard.", "L'assemblée a voté ensuite."],
    ),
    (
        "elision_abbrev",
        "Le rapport cite l'art. 12 du règlement.",
        ["Le rapport cite l'art. 12 du règlement."],
    ),
    (
        "thousands_space",
        "La mairie a récolté 12 500 euros. C'est un record.",
        ["La mairie a récolté 12 500 euros.", "C'est un record."],
    ),
    (
        "decimal_comma",
        "Le billet coûte 3,20 euros. Les enfants voyagent gratuitement.",
        ["Le billet coûte 3,20 euros.", "Les enfants voyagent gratuitement."],
    ),
    (
        "date",
        "Le vote aura lieu le 14 mars. Le résultat suivra.",
        ["Le vote aura lieu le 14 mars.", "Le résultat suivra."],
    ),
    (
        "century_roman",
        "Le moulin date du XVIIe siècle. Il tourne encore.",
        ["Le moulin date du XVIIe siècle.", "Il tourne encore."],
    ),
    (
        "year_end",
        "Le pont a été construit en 1998. En 2004, une passerelle a suivi.",
        ["Le pont a été construit en 1998.", "En 2004, une passerelle a suivi."],
    ),
    (
        "ellipsis",
        "Elle a attendu… Puis elle est partie.",
        ["Elle a attendu…", "Puis elle est partie."],
    ),
    (
        "parenthesis_bang",
        "Il a ri (nous aussi !). Puis tout a commencé.",
        ["Il a ri (nous aussi !).", "Puis tout a commencé."],
    ),
    (
        "list",
        "1. Le plan est prêt. 2. Les fonds manquent.",
        ["1. Le plan est prêt.", "2. Les fonds manquent."],
    ),
    (
        "url",
        "Tout est sur www.exemple-ville.fr. Le site est clair.",
        ["Tout est sur www.exemple-ville.fr.", "Le site est clair."],
    ),
    (
        "st_title",
        "La fête de la St. Jean aura lieu samedi.",
        ["La fête de la St. Jean aura lieu samedi."],
    ),
    (
        "env",
        "Il y avait env. 300 invités. La salle était pleine.",
        ["Il y avait env. 300 invités.", "La salle était pleine."],
    ),
    (
        "n_number",
        "Le bus no. 7 ne roule pas. Beaucoup marchent.",
        ["Le bus no. 7 ne roule pas.", "Beaucoup marchent."],
    ),
    (
        "av_jc",
        "La ville fut fondée en 52 av. J.-C. par des marins.",
        ["La ville fut fondée en 52 av. J.-C. par des marins."],
    ),
    (
        "mlle",
        "Mlle Vasseur a gagné la course. Elle avait douze ans.",
        ["Mlle Vasseur a gagné la course.", "Elle avait douze ans."],
    ),
    (
        "mm",
        "MM. Durand et Petit sont venus. Ils sont repartis vite.",
        ["MM. Durand et Petit sont venus.", "Ils sont repartis vite."],
    ),
    (
        "bd",
        "Il habite au 12, bd. Voltaire. Sa sœur vit à côté.",
        ["Il habite au 12, bd. Voltaire.", "Sa sœur vit à côté."],
    ),
    (
        "exclamation_verb_after",
        "« Non ! » s'est écrié le maire. La salle s'est tue.",
        ["« Non ! » s'est écrié le maire.", "La salle s'est tue."],
    ),
    ("dialogue_dash", "— Tu viens ? — Oui, j'arrive.", ["— Tu viens ?", "— Oui, j'arrive."]),
    (
        "time",
        "Le conseil s'est ouvert à 20 h 30. Il a fini tard.",
        ["Le conseil s'est ouvert à 20 h 30.", "Il a fini tard."],
    ),
    (
        "verse_slash",
        "Le poème dit : « La mer est calme. / Le vent se tait. » Puis rien.",
        ["Le poème dit : « La mer est calme. / Le vent se tait. »", "Puis rien."],
    ),
    (
        "premier",
        "Il est né le 1er janvier. Le lendemain, il pleuvait.",
        ["Il est né le 1er janvier.", "Le lendemain, il pleuvait."],
    ),
    (
        "two_quotes",
        "« Oui. » « Non. » Le débat a continué.",
        ["« Oui. »", "« Non. »", "Le débat a continué."],
    ),
    (
        "acronym_dots_in_quotes",
        "Le texte « S.A.R.L. » figure sur la porte.",
        ["Le texte « S.A.R.L. » figure sur la porte."],
    ),
    # --- more kinds of the golden-rule lists (written for this project)
    (
        "elision_starter_2",
        "Le port a rouvert aujourd'hui après l'orage. L'accès reste limité aux piétons.",
        ["Le port a rouvert aujourd'hui après l'orage.", "L'accès reste limité aux piétons."],
    ),
    (
        "quote_comma_verb",
        '"La ligne ouvrira comme prévu en 2027", a-t-elle précisé.',
        ['"La ligne ouvrira comme prévu en 2027", a-t-elle précisé.'],
    ),
    (
        "guillemets_period_outside",
        "À 9 heures, on comptait six bateaux à quai : ceux de Sète (Hérault), dont l’équipage est de 40 marins. Il affirme que la grève « n’aura aucun effet sur la pêche ».",
        [
            "À 9 heures, on comptait six bateaux à quai : ceux de Sète (Hérault), dont l’équipage est de 40 marins.",
            "Il affirme que la grève « n’aura aucun effet sur la pêche ».",
        ],
    ),
    (
        "dotted_in_guillemets",
        "Le sigle « SS.AA.RR. » désigne « Leurs Altesses royales » dans ce texte.",
        ["Le sigle « SS.AA.RR. » désigne « Leurs Altesses royales » dans ce texte."],
    ),
    (
        "ltd_lower",
        "Les bureaux de Nordmarine Ltd. sont fermés.",
        ["Les bureaux de Nordmarine Ltd. sont fermés."],
    ),
    (
        "m_title_2",
        "M. Durand est arrivé. Mme Leroy aussi.",
        ["M. Durand est arrivé.", "Mme Leroy aussi."],
    ),
    (
        "p_ex_2",
        "Prenez des fruits, p. ex. des pommes, pour la route.",
        ["Prenez des fruits, p. ex. des pommes, pour la route."],
    ),
    (
        "etc_end_2",
        "Il a acheté du pain, du lait, etc. Puis il est rentré.",
        ["Il a acheté du pain, du lait, etc.", "Puis il est rentré."],
    ),
    (
        "question_space_2",
        "Qui paiera ? Personne ne le sait.",
        ["Qui paiera ?", "Personne ne le sait."],
    ),
    (
        "exclamation_space_2",
        "Quelle tempête ! Tout est inondé.",
        ["Quelle tempête !", "Tout est inondé."],
    ),
    (
        "guillemets_question_inside",
        "« Qui vient ? » demanda Paul. Personne ne répondit.",
        ["« Qui vient ? » demanda Paul.", "Personne ne répondit."],
    ),
    (
        "guillemets_full_sentence",
        "Il a dit : « Le pont est fermé. » Les voitures ont fait demi-tour.",
        ["Il a dit : « Le pont est fermé. »", "Les voitures ont fait demi-tour."],
    ),
    (
        "nested_quotes",
        "Elle a écrit : « Le maire a dit “non” hier. » Le conseil s'est tu.",
        ["Elle a écrit : « Le maire a dit “non” hier. »", "Le conseil s'est tu."],
    ),
    (
        "numbers",
        "Le budget atteint 1 250 000 euros, soit 3,5 % de plus. Il sera voté lundi.",
        ["Le budget atteint 1 250 000 euros, soit 3,5 % de plus.", "Il sera voté lundi."],
    ),
    (
        "date_abbrev",
        "La séance du 3 janv. 2025 a été reportée.",
        ["La séance du 3 janv. 2025 a été reportée."],
    ),
    (
        "siecle",
        "L'église date du XIIe s. et a été restaurée.",
        ["L'église date du XIIe s. et a été restaurée."],
    ),
    ("ellipsis_2", "Il a hésité... Puis il a signé.", ["Il a hésité...", "Puis il a signé."]),
    ("ellipsis_lower", "Il a hésité... puis il a signé.", ["Il a hésité... puis il a signé."]),
    (
        "initials",
        "Le roman de J.-P. Morel est paru en 1980.",
        ["Le roman de J.-P. Morel est paru en 1980."],
    ),
    (
        "email",
        "Écrivez à contact@port-sete.fr. Nous répondrons vite.",
        ["Écrivez à contact@port-sete.fr.", "Nous répondrons vite."],
    ),
    (
        "url_2",
        "Voir www.mairie-sete.fr/agenda. Les horaires y figurent.",
        ["Voir www.mairie-sete.fr/agenda.", "Les horaires y figurent."],
    ),
    (
        "list_2",
        "Il faut :\n1. un sac\n2. une lampe\n3. de l'eau",
        ["Il faut :", "1. un sac", "2. une lampe", "3. de l'eau"],
    ),
    (
        "paren_bang",
        "Il est parti tôt (et sans payer !). Le patron était furieux.",
        ["Il est parti tôt (et sans payer !).", "Le patron était furieux."],
    ),
    (
        "cf_2",
        "Voir le rapport (cf. p. 12) pour les détails.",
        ["Voir le rapport (cf. p. 12) pour les détails."],
    ),
    ("dr", "Le Dr Martin et le Pr. Blanc ont signé.", ["Le Dr Martin et le Pr. Blanc ont signé."]),
    ("st", "Ils habitent à St. Malo depuis un an.", ["Ils habitent à St. Malo depuis un an."]),
    (
        "av_jc_2",
        "La ville fut fondée vers 600 av. J.-C. par des marins.",
        ["La ville fut fondée vers 600 av. J.-C. par des marins."],
    ),
    (
        "n_number_2",
        "Le navire n° 12 et le n. 14 sont partis.",
        ["Le navire n° 12 et le n. 14 sont partis."],
    ),
    (
        "time_2",
        "Le train part à 14 h 30. Il arrive à 18 h.",
        ["Le train part à 14 h 30.", "Il arrive à 18 h."],
    ),
    (
        "tel",
        "Appelez le tél. 01 23 45 67 89 avant midi.",
        ["Appelez le tél. 01 23 45 67 89 avant midi."],
    ),
    ("chap", "Relisez le chap. 3 du manuel.", ["Relisez le chap. 3 du manuel."]),
    ("mm_2", "MM. Dupont et Roux ont voté contre.", ["MM. Dupont et Roux ont voté contre."]),
    (
        "elision_abbrev_2",
        "Selon l'art. 5 du règlement, c'est interdit.",
        ["Selon l'art. 5 du règlement, c'est interdit."],
    ),
    (
        "guillemets_comma_then",
        "« Nous partirons demain », a déclaré le capitaine. Les passagers ont applaudi.",
        ["« Nous partirons demain », a déclaré le capitaine.", "Les passagers ont applaudi."],
    ),
    (
        "year_end_2",
        "Le musée a ouvert en 1998. Il a été agrandi depuis.",
        ["Le musée a ouvert en 1998.", "Il a été agrandi depuis."],
    ),
    (
        "century_roman_2",
        "Au XIXe siècle, le port était prospère. Il l'est encore.",
        ["Au XIXe siècle, le port était prospère.", "Il l'est encore."],
    ),
    (
        "ordinal_er",
        "Le 1er mai, les quais étaient vides. Tout était calme.",
        ["Le 1er mai, les quais étaient vides.", "Tout était calme."],
    ),
    ("bd_2", "Le magasin est au 12 bd. Voltaire.", ["Le magasin est au 12 bd. Voltaire."]),
    ("env_2", "Il y avait env. 300 personnes.", ["Il y avait env. 300 personnes."]),
]

SPANISH: list[Case] = [
    (
        "question_inverted",
        "¿Quién pagará las obras? Nadie lo sabe.",
        ["¿Quién pagará las obras?", "Nadie lo sabe."],
    ),
    (
        "exclamation_inverted",
        "¡El dique resistió! El pueblo lo celebró.",
        ["¡El dique resistió!", "El pueblo lo celebró."],
    ),
    (
        "mixed_marks",
        "Marta, ¿adónde vas? ¡¿Qué has visto?!",
        ["Marta, ¿adónde vas?", "¡¿Qué has visto?!"],
    ),
    (
        "exclamations_in_row",
        "¡Cuesta 40.000 euros! ¡Demasiado! Nadie lo compró.",
        ["¡Cuesta 40.000 euros!", "¡Demasiado!", "Nadie lo compró."],
    ),
    (
        "sr",
        "Ayer el Sr. Ortega abrió la sesión. Duró una hora.",
        ["Ayer el Sr. Ortega abrió la sesión.", "Duró una hora."],
    ),
    (
        "sra_srta",
        "La Sra. Quiroga y la Srta. Paz votaron en contra.",
        ["La Sra. Quiroga y la Srta. Paz votaron en contra."],
    ),
    (
        "name_after_title_end",
        "Saludos, Srta. Ferrer. Buenos días a todos.",
        ["Saludos, Srta. Ferrer.", "Buenos días a todos."],
    ),
    (
        "dr_lic",
        "Habló el Lic. Ramos Vidal y después el Dr. Soto.",
        ["Habló el Lic. Ramos Vidal y después el Dr. Soto."],
    ),
    (
        "eeuu_mid",
        "La empresa exporta a EE. UU. y a Canadá.",
        ["La empresa exporta a EE. UU. y a Canadá."],
    ),
    (
        "eeuu_end",
        "El ministro viajó a EE. UU. Después volvió a Lima.",
        ["El ministro viajó a EE. UU.", "Después volvió a Lima."],
    ),
    (
        "etc_end",
        "Compraron pan, queso, fruta, etc. Luego volvieron a casa.",
        ["Compraron pan, queso, fruta, etc.", "Luego volvieron a casa."],
    ),
    (
        "p_ej",
        "Algunos barrios, p. ej. el puerto, quedarán cerrados.",
        ["Algunos barrios, p. ej. el puerto, quedarán cerrados."],
    ),
    (
        "num",
        "El autobús núm. 7 no circula. Muchos caminan.",
        ["El autobús núm. 7 no circula.", "Muchos caminan."],
    ),
    (
        "art",
        "El informe cita el art. 12 del reglamento.",
        ["El informe cita el art. 12 del reglamento."],
    ),
    (
        "thousands",
        "La alcaldía recaudó 1.250.000 pesos. Es un récord.",
        ["La alcaldía recaudó 1.250.000 pesos.", "Es un récord."],
    ),
    (
        "decimal",
        "El billete cuesta 3,20 euros. Los niños viajan gratis.",
        ["El billete cuesta 3,20 euros.", "Los niños viajan gratis."],
    ),
    (
        "guillemets_comma",
        "«Hoy no», dijo el dueño. Nos fuimos.",
        ["«Hoy no», dijo el dueño.", "Nos fuimos."],
    ),
    (
        "guillemets_period_inside",
        "«Nos quedamos.» Eso dijo la alcaldesa.",
        ["«Nos quedamos.»", "Eso dijo la alcaldesa."],
    ),
    (
        "guillemets_then_comma",
        "«El agua sube.», gritó un vecino en la plaza.",
        ["«El agua sube.», gritó un vecino en la plaza."],
    ),
    (
        "date_abbrev",
        "La cita es el Mar. 14 de Nov. de 2023. Gracias.",
        ["La cita es el Mar. 14 de Nov. de 2023.", "Gracias."],
    ),
    (
        "min_lower",
        "Tenían 5 min. para responder la pregunta.",
        ["Tenían 5 min. para responder la pregunta."],
    ),
    (
        "degrees",
        "El motor llegó a 110.5°C. Por suerte, terminó la carrera.",
        ["El motor llegó a 110.5°C.", "Por suerte, terminó la carrera."],
    ),
    (
        "year_end",
        "El puente se construyó en 1998. En 2004 se añadió una pasarela.",
        ["El puente se construyó en 1998.", "En 2004 se añadió una pasarela."],
    ),
    ("ellipsis", "Esperó... Luego se fue.", ["Esperó...", "Luego se fue."]),
    (
        "list",
        "1. El plan está listo. 2. Faltan fondos.",
        ["1. El plan está listo.", "2. Faltan fondos."],
    ),
    ("ud", "Si Ud. quiere, puede venir mañana.", ["Si Ud. quiere, puede venir mañana."]),
    (
        "dona",
        "Dña. Elvira abrió la tienda. Todos entraron.",
        ["Dña. Elvira abrió la tienda.", "Todos entraron."],
    ),
    (
        "url",
        "Todo está en www.ciudad-ejemplo.es. La página es clara.",
        ["Todo está en www.ciudad-ejemplo.es.", "La página es clara."],
    ),
    ("no_number", "El corredor No. 14 llegó tercero.", ["El corredor No. 14 llegó tercero."]),
    (
        "aprox",
        "Asistieron aprox. 300 personas. La sala estaba llena.",
        ["Asistieron aprox. 300 personas.", "La sala estaba llena."],
    ),
    (
        "dialogue_dash",
        "—¿Vienes mañana? —preguntó Ana. —Sí, claro —respondió Luis.",
        ["—¿Vienes mañana? —preguntó Ana.", "—Sí, claro —respondió Luis."],
    ),
    (
        "tel_ext",
        "Llame al Tel. (0341) 55 Ext. 12 antes de las nueve.",
        ["Llame al Tel. (0341) 55 Ext. 12 antes de las nueve."],
    ),
    (
        "glued_list",
        "La lista: 1.Pan, 2.Leche, 3.Arroz. ¿Cuánto cuesta? Unos $8.5.",
        ["La lista: 1.Pan, 2.Leche, 3.Arroz.", "¿Cuánto cuesta?", "Unos $8.5."],
    ),
    (
        "arithmetic",
        "1 + 1 es 2. 3 + 3 es 6. La cuenta está bien.",
        ["1 + 1 es 2.", "3 + 3 es 6.", "La cuenta está bien."],
    ),
    (
        "quote_question_period",
        'Preguntó: "Niños, ¿cuánto es 2 + 2?". Tenían 1 min. para pensar.',
        ['Preguntó: "Niños, ¿cuánto es 2 + 2?".', "Tenían 1 min. para pensar."],
    ),
    (
        "n_degree",
        "El expediente N°. 4451.220 fue archivado.",
        ["El expediente N°. 4451.220 fue archivado."],
    ),
    ("dialogue_tag_period", "—Hola —dijo él—. ¿Cómo estás?", ["—Hola —dijo él—.", "¿Cómo estás?"]),
    (
        "company_sa",
        "La empresa Pérez S.A. de C.V. cerró. Los empleados protestaron.",
        ["La empresa Pérez S.A. de C.V. cerró.", "Los empleados protestaron."],
    ),
    ("ud_mid", "Usted y yo, Ud. y él, fuimos juntos.", ["Usted y yo, Ud. y él, fuimos juntos."]),
    # --- more kinds of the golden-rule lists (written for this project)
    ("question", "¿Qué tal el viaje? Llegamos tarde.", ["¿Qué tal el viaje?", "Llegamos tarde."]),
    (
        "exclamation",
        "¡Qué frío hace! Mejor nos quedamos.",
        ["¡Qué frío hace!", "Mejor nos quedamos."],
    ),
    (
        "titles",
        "Buenas tardes Sra. Ortega. Le presento al Ing. Luis Campos, y a su hermana, la Dra. Campos.",
        [
            "Buenas tardes Sra. Ortega.",
            "Le presento al Ing. Luis Campos, y a su hermana, la Dra. Campos.",
        ],
    ),
    (
        "money_bang",
        "¡El barco cuesta $2.300.000,00! ¡Carísimo! Se espera una subida del 3.5% este año.",
        [
            "¡El barco cuesta $2.300.000,00!",
            "¡Carísimo!",
            "Se espera una subida del 3.5% este año.",
        ],
    ),
    (
        "guillemets_period_comma",
        "«Ningún puerto está a salvo de la marea.», dijo el capitán.",
        ["«Ningún puerto está a salvo de la marea.», dijo el capitán."],
    ),
    (
        "guillemets_comma_then_questions",
        "«El mar no perdona», dijo el pescador. Marta, ¿vienes ya? ¡¿Lo has oído?!",
        ["«El mar no perdona», dijo el pescador.", "Marta, ¿vienes ya?", "¡¿Lo has oído?!"],
    ),
    ("admon_lower", "Depto. es departamento, creo yo.", ["Depto. es departamento, creo yo."]),
    (
        "bullets_no_stop",
        "• 1. Lava las verduras \n• 2. Corta el pan \n• 3. Pon la mesa",
        ["1. Lava las verduras", "2. Corta el pan", "3. Pon la mesa"],
    ),
    (
        "bang_title_question",
        "¡Buenas Srta. Pardo! ¿Cómo le va? Espero que bien.",
        ["¡Buenas Srta. Pardo!", "¿Cómo le va?", "Espero que bien."],
    ),
    (
        "date_abbrevs_year",
        "La reunión quedó para esta fecha: Jue. 12 de Dic. de 2024. Gracias.",
        ["La reunión quedó para esta fecha: Jue. 12 de Dic. de 2024.", "Gracias."],
    ),
    (
        "num_phone_dots",
        "Núm. de tel: 412.555.019.3. Salude a la Sra. Ibarra.",
        ["Núm. de tel: 412.555.019.3.", "Salude a la Sra. Ibarra."],
    ),
    (
        "kelvin",
        "El agua hierve a 373.15 K, a nivel del mar. Esto depende de la presión.",
        ["El agua hierve a 373.15 K, a nivel del mar.", "Esto depende de la presión."],
    ),
    (
        "paren_date_time",
        "Durante el vuelo (12 Sep. 1991 10:04.30) se soltó un globo, la misión fue XR-12-B.",
        ["Durante el vuelo (12 Sep. 1991 10:04.30) se soltó un globo, la misión fue XR-12-B."],
    ),
    (
        "verse_slash",
        'Dijo el poeta: "Camina el río / hacia el mar, / sin prisa. / [...] ".',
        ['Dijo el poeta: "Camina el río / hacia el mar, / sin prisa. / [...] ".'],
    ),
    (
        "guillemets_inner_period_comma",
        "Como escribió Ana Ruiz «El puerto duerme, el faro no.», lo cual es cierto.",
        ["Como escribió Ana Ruiz «El puerto duerme, el faro no.», lo cual es cierto."],
    ),
    (
        "arith_dot_x",
        'Les di un ejercicio a los niños, que era "2 + (10/5).y = 6". ¿Qué opinas?',
        ['Les di un ejercicio a los niños, que era "2 + (10/5).y = 6".', "¿Qué opinas?"],
    ),
    (
        "double_period_eeuu",
        "Leyeron el párrf. 3 y 4 del art. 9 de la ley de los EE. UU..",
        ["Leyeron el párrf. 3 y 4 del art. 9 de la ley de los EE. UU.."],
    ),
    (
        "quote_question_period_min",
        'El examen del Mié. 3 de Abr. decía: "Chicos, ¿cuánto es 2.5 + 1/2?". Tenían 2 min. para contestar.',
        [
            'El examen del Mié. 3 de Abr. decía: "Chicos, ¿cuánto es 2.5 + 1/2?".',
            "Tenían 2 min. para contestar.",
        ],
    ),
    (
        "degrees_end",
        "El horno llegó a los 220.5°C. Por suerte, nadie se quemó.",
        ["El horno llegó a los 220.5°C.", "Por suerte, nadie se quemó."],
    ),
    (
        "cubic_question",
        "La caja mide 2m³. ¿Cuánto pesa llena?",
        ["La caja mide 2m³.", "¿Cuánto pesa llena?"],
    ),
    (
        "square",
        "El patio tiene 30.5m². La cocina tiene 12.0m².",
        ["El patio tiene 30.5m².", "La cocina tiene 12.0m²."],
    ),
    ("fahrenheit", "5°C equivale a 41°F. ¿Y 10°C?", ["5°C equivale a 41°F.", "¿Y 10°C?"]),
    (
        "hs_time",
        "Ganó la regata tras 2:10:05.300 Hs. de carrera, a 1.5 segundos del segundo. Así fue ¡Campeona nacional!",
        [
            "Ganó la regata tras 2:10:05.300 Hs. de carrera, a 1.5 segundos del segundo.",
            "Así fue ¡Campeona nacional!",
        ],
    ),
    ("no_degree", "La atleta No. 57 llegó 2°.", ["La atleta No. 57 llegó 2°."]),
    (
        "date_slash",
        "Hoy es 14/03/2025, día de mercado. ¿Vienes?",
        ["Hoy es 14/03/2025, día de mercado.", "¿Vienes?"],
    ),
    (
        "glued_list_question",
        "La compra de hoy: 1.Pan, 2.Queso, 3.Fruta. ¿Cuánto será? Tal vez $8.5.",
        ["La compra de hoy: 1.Pan, 2.Queso, 3.Fruta.", "¿Cuánto será?", "Tal vez $8.5."],
    ),
    (
        "arithmetic_sentences",
        "3 + 3 es 6. 4 + 4 es 8. El barco es azul.",
        ["3 + 3 es 6.", "4 + 4 es 8.", "El barco es azul."],
    ),
    (
        "km_question",
        "El tren iba a 90 km/h. ¿Cuánto tardó en hacer los 200 Km.?",
        ["El tren iba a 90 km/h.", "¿Cuánto tardó en hacer los 200 Km.?"],
    ),
    ("n_degree_number", "N°. 4455.321.889", ["N°. 4455.321.889"]),
    (
        "letterhead",
        "\n \nOficina de Puertos -OP \n\nCra. 9 No. 12-34 Piso 2 Tel.  (57-1) 555000 Ext. 12 \n\nhttp://www.puertos-ejemplo.org - info@puertos-ejemplo.org \n\nBogotá, D.C. 3 de mayo de 2024.  \n \nSeñores: \nPUERTO DEL NORTE \n",
        [
            "Oficina de Puertos -OP",
            "Cra. 9 No. 12-34 Piso 2 Tel.  (57-1) 555000 Ext. 12",
            "http://www.puertos-ejemplo.org - info@puertos-ejemplo.org",
            "Bogotá, D.C. 3 de mayo de 2024.",
            "Señores:",
            "PUERTO DEL NORTE",
        ],
    ),
    (
        "underscore_line",
        "\n______________________\nEl Consejo del Puerto según la Sección 12 del “Harbor Act” del 1990 no discrimina por edad.",
        [
            "El Consejo del Puerto según la Sección 12 del “Harbor Act” del 1990 no discrimina por edad."
        ],
    ),
    (
        "mt",
        "Hay trabajo en el hospital de la sierra en Mt. Pelado.",
        ["Hay trabajo en el hospital de la sierra en Mt. Pelado."],
    ),
    ("ud_2", "¿Ud. viene mañana? Sí, claro.", ["¿Ud. viene mañana?", "Sí, claro."]),
    ("pag", "Vea la pág. 12 del informe.", ["Vea la pág. 12 del informe."]),
    (
        "email",
        "Escriba a info@puerto-vigo.es. Responderemos pronto.",
        ["Escriba a info@puerto-vigo.es.", "Responderemos pronto."],
    ),
    (
        "ellipsis_2",
        "Esperamos mucho... Luego llegó el tren.",
        ["Esperamos mucho...", "Luego llegó el tren."],
    ),
    (
        "initials",
        "El libro de J. L. Borda salió en 1960.",
        ["El libro de J. L. Borda salió en 1960."],
    ),
    (
        "inverted_mid",
        "Dime, ¿cuándo llega el barco? Mañana, creo.",
        ["Dime, ¿cuándo llega el barco?", "Mañana, creo."],
    ),
    (
        "inverted_bang_mid",
        "Y entonces, ¡zas! se cayó la vela.",
        ["Y entonces, ¡zas! se cayó la vela."],
    ),
    ("sr_d", "El Sr. D. Pedro Gil firmó el acta.", ["El Sr. D. Pedro Gil firmó el acta."]),
]

ITALIAN: list[Case] = [
    (
        "period",
        "Il traghetto è partito. È arrivato in orario.",
        ["Il traghetto è partito.", "È arrivato in orario."],
    ),
    (
        "question",
        "Chi pagherà i lavori? Nessuno lo sa.",
        ["Chi pagherà i lavori?", "Nessuno lo sa."],
    ),
    (
        "exclamation",
        "La diga ha retto! Il paese ha festeggiato.",
        ["La diga ha retto!", "Il paese ha festeggiato."],
    ),
    (
        "sig_ra",
        "Buongiorno Sig.ra Fabbri! Come va oggi?",
        ["Buongiorno Sig.ra Fabbri!", "Come va oggi?"],
    ),
    (
        "sig",
        "Ieri il Sig. Donati ha aperto la seduta. È durata un'ora.",
        ["Ieri il Sig. Donati ha aperto la seduta.", "È durata un'ora."],
    ),
    (
        "elision_title",
        "Sono l'Ing. Ferrante. È presente l'Avv. Lupi?",
        ["Sono l'Ing. Ferrante.", "È presente l'Avv. Lupi?"],
    ),
    (
        "dott",
        "Ha parlato il dott. Riva e poi la Dott.ssa Neri.",
        ["Ha parlato il dott. Riva e poi la Dott.ssa Neri."],
    ),
    (
        "dott_cap",
        "Il Dott. Sala ha visitato i bambini. Stanno bene.",
        ["Il Dott. Sala ha visitato i bambini.", "Stanno bene."],
    ),
    (
        "ecc_end",
        "Hanno comprato pane, formaggio, frutta ecc. Poi sono tornati.",
        ["Hanno comprato pane, formaggio, frutta ecc.", "Poi sono tornati."],
    ),
    (
        "ad_es",
        "Alcuni quartieri (ad es. il porto, la stazione) resteranno chiusi.",
        ["Alcuni quartieri (ad es. il porto, la stazione) resteranno chiusi."],
    ),
    (
        "ad_es_caps",
        "Servono componenti, ad es. RAM e CPU, per il server.",
        ["Servono componenti, ad es. RAM e CPU, per il server."],
    ),
    (
        "cfr",
        "I numeri calano (cfr. tabella 2). Il comune è soddisfatto.",
        ["I numeri calano (cfr. tabella 2).", "Il comune è soddisfatto."],
    ),
    ("pag", "La tabella è a pag. 42 dell'allegato.", ["La tabella è a pag. 42 dell'allegato."]),
    (
        "double_period_abbrev",
        "Ci vediamo il 23 nov.. Grazie.",
        ["Ci vediamo il 23 nov..", "Grazie."],
    ),
    (
        "month_abbrev_lower",
        "Ricordate che dom. 25 set. ci sarà la festa.",
        ["Ricordate che dom. 25 set. ci sarà la festa."],
    ),
    (
        "tel",
        "Il mio tel.:0123456. Mi saluti la Sig.na Conti.",
        ["Il mio tel.:0123456.", "Mi saluti la Sig.na Conti."],
    ),
    (
        "guillemets",
        "«Restiamo qui.» Lo ha detto la sindaca.",
        ["«Restiamo qui.»", "Lo ha detto la sindaca."],
    ),
    (
        "guillemets_comma",
        "«Stasera no», ha detto il gestore. Siamo usciti.",
        ["«Stasera no», ha detto il gestore.", "Siamo usciti."],
    ),
    (
        "quote_final_period",
        'L\'avvocato ha gridato "Mi oppongo!". Il giudice ha taciuto.',
        ['L\'avvocato ha gridato "Mi oppongo!".', "Il giudice ha taciuto."],
    ),
    (
        "thousands",
        "Il comune ha raccolto 1.250.000 euro. È un record.",
        ["Il comune ha raccolto 1.250.000 euro.", "È un record."],
    ),
    (
        "decimal",
        "Il biglietto costa 3,20 euro! I bambini viaggiano gratis.",
        ["Il biglietto costa 3,20 euro!", "I bambini viaggiano gratis."],
    ),
    (
        "year_end",
        "Il ponte è stato costruito nel 1998. Nel 2004 è arrivata una passerella.",
        ["Il ponte è stato costruito nel 1998.", "Nel 2004 è arrivata una passerella."],
    ),
    (
        "elision_starter",
        "La riunione è finita tardi. L'assemblea ha votato dopo.",
        ["La riunione è finita tardi.", "L'assemblea ha votato dopo."],
    ),
    ("ellipsis", "Ha aspettato... Poi se n'è andata.", ["Ha aspettato...", "Poi se n'è andata."]),
    (
        "list",
        "1. Il piano è pronto. 2. Mancano i fondi.",
        ["1. Il piano è pronto.", "2. Mancano i fondi."],
    ),
    (
        "url",
        "Tutto è su www.citta-esempio.it. Il sito è chiaro.",
        ["Tutto è su www.citta-esempio.it.", "Il sito è chiaro."],
    ),
    (
        "prof",
        "La lezione del Prof. Galli è stata rinviata.",
        ["La lezione del Prof. Galli è stata rinviata."],
    ),
    (
        "psicol",
        "Si ringrazia lo psicol. Benassi. La sala era piena.",
        ["Si ringrazia lo psicol. Benassi.", "La sala era piena."],
    ),
    (
        "dir_amm",
        "Egregio Dir. Amm., la informo che il cancello è rotto.",
        ["Egregio Dir. Amm., la informo che il cancello è rotto."],
    ),
    (
        "spa",
        "La Rossi S.p.A. ha chiuso il bilancio in utile.",
        ["La Rossi S.p.A. ha chiuso il bilancio in utile."],
    ),
    (
        "lower_abbrevs",
        "La centrale idr. si è fermata. Gli operai sono arrivati.",
        ["La centrale idr. si è fermata.", "Gli operai sono arrivati."],
    ),
    (
        "st_d_arte",
        "È un sistema allo st. d. arte. Si ringrazia il team.",
        ["È un sistema allo st. d. arte.", "Si ringrazia il team."],
    ),
    ("dialogue_dash", "— Vieni domani? — Sì, certo.", ["— Vieni domani?", "— Sì, certo."]),
    (
        "glued_list",
        "L'elenco: 1.pane, 2.latte, 3.riso. Quanto costa?",
        ["L'elenco: 1.pane, 2.latte, 3.riso.", "Quanto costa?"],
    ),
    (
        "sig_na",
        "Mi saluti la Sig.na Conti. Arrivederci.",
        ["Mi saluti la Sig.na Conti.", "Arrivederci."],
    ),
    (
        "etc_paren",
        "I componenti (es. RAM, disco, etc.) sono nuovi.",
        ["I componenti (es. RAM, disco, etc.) sono nuovi."],
    ),
    (
        "spa_end",
        "Ha chiuso la Brambilla S.p.A. Il giorno dopo le azioni sono salite.",
        ["Ha chiuso la Brambilla S.p.A.", "Il giorno dopo le azioni sono salite."],
    ),
    (
        "elision_on",
        "Ha parlato dell'On. Bianchi. Poi è uscito.",
        ["Ha parlato dell'On. Bianchi.", "Poi è uscito."],
    ),
    (
        "n_number",
        "Il prof. Rossi ha letto il n. 5 della rivista.",
        ["Il prof. Rossi ha letto il n. 5 della rivista."],
    ),
    # --- more kinds of the golden-rule lists (written for this project)
    (
        "sig_ra_bang",
        "Buonasera Sig.ra Vitali! Tutto bene?",
        ["Buonasera Sig.ra Vitali!", "Tutto bene?"],
    ),
    (
        "ing_avv",
        "Salve! Sono l'Ing. Bortolo. C'è l'Avv. Ferri?",
        ["Salve!", "Sono l'Ing. Bortolo.", "C'è l'Avv. Ferri?"],
    ),
    (
        "double_period_month",
        "Ci vediamo gio. 12 Dic.. A presto.",
        ["Ci vediamo gio. 12 Dic..", "A presto."],
    ),
    (
        "tel_colon",
        "Il mio tel.:0456789. Saluti alla Sig.na Dori. Ciao.",
        ["Il mio tel.:0456789.", "Saluti alla Sig.na Dori.", "Ciao."],
    ),
    (
        "lower_abbrevs_2",
        "La stazione meteor. è chiusa. Gli idraul. sono arrivati tardi.",
        ["La stazione meteor. è chiusa.", "Gli idraul. sono arrivati tardi."],
    ),
    (
        "dotted_caps",
        "Avvisate il V.Cte. delle F.P., subito!",
        ["Avvisate il V.Cte. delle F.P., subito!"],
    ),
    (
        "double_period_end",
        "Marta ha superato l'esame di econ. az..",
        ["Marta ha superato l'esame di econ. az.."],
    ),
    (
        "kmh_dott",
        "Andava a 80 km/h verso la provincia di PD quando il Dott. Rossi ha frenato!",
        ["Andava a 80 km/h verso la provincia di PD quando il Dott. Rossi ha frenato!"],
    ),
    (
        "dir_amm_2",
        "Gentile Dir. Amm., la informo che il cancello è rotto.",
        ["Gentile Dir. Amm., la informo che il cancello è rotto."],
    ),
    ("e_o", "Voleva leggere e/o scrivere.", ["Voleva leggere e/o scrivere."]),
    (
        "month_abbrev_lower_next",
        "Ricorda che sab 14 Ott. arriva il nonno; prepariamo la torta.",
        ["Ricorda che sab 14 Ott. arriva il nonno; prepariamo la torta."],
    ),
    (
        "quote_bang_period",
        'In aula l\'Avv. Conti ha gridato "Io, il difensore, mi oppongo!".',
        ['In aula l\'Avv. Conti ha gridato "Io, il difensore, mi oppongo!".'],
    ),
    (
        "ad_es_etc_paren",
        "I dispositivi di rete (ad es. router, switch, etc.) sono detti apparati.",
        ["I dispositivi di rete (ad es. router, switch, etc.) sono detti apparati."],
    ),
    (
        "single_quotes",
        "La parola 'porto' indica un approdo.",
        ["La parola 'porto' indica un approdo."],
    ),
    (
        "verse",
        '"Il mare tace. Nessuna vela / solo il vento / [...]" (Anonimo).',
        ['"Il mare tace. Nessuna vela / solo il vento / [...]" (Anonimo).'],
    ),
    (
        "guillemets_ellipsis",
        "Il modulo comincia così «Il/la richiedente ... residente a ...».",
        ["Il modulo comincia così «Il/la richiedente ... residente a ...»."],
    ),
    ("arith", 'Sul quaderno c\'era "2 + (12/4) = 5"', ['Sul quaderno c\'era "2 + (12/4) = 5"']),
    (
        "nested_question",
        "Il maestro chiese: \"Ragazzi, quanto fa '3/4 + 1/4?'\".",
        ["Il maestro chiese: \"Ragazzi, quanto fa '3/4 + 1/4?'\"."],
    ),
    ("degrees", "L'acqua era a 40°C.", ["L'acqua era a 40°C."]),
    ("cubic", "La vasca contiene 5m³.", ["La vasca contiene 5m³."]),
    ("degree_f", "2°C corrispondono a 35.6°F.", ["2°C corrispondono a 35.6°F."]),
    ("date_dash", "Oggi è il 12-03-25.", ["Oggi è il 12-03-25."]),
    ("money_bang", "L'auto costa 23.400,50€!", ["L'auto costa 23.400,50€!"]),
    ("ordinal_degree", "La ciclista 57 è arrivata 2°.", ["La ciclista 57 è arrivata 2°."]),
    ("glued_list_2", "La lista: 1.pane, 2.latte, 3.uova.", ["La lista: 1.pane, 2.latte, 3.uova."]),
    ("paren_list", "Devi prendere : 1)olio 2)pane.", ["Devi prendere : 1)olio 2)pane."]),
    (
        "st_d_arte_2",
        "Hanno fatto un progetto allo st. d. arte. Si ringrazia lo psicol. Neri.",
        ["Hanno fatto un progetto allo st. d. arte.", "Si ringrazia lo psicol. Neri."],
    ),
    (
        "email",
        "Scrivete a info@comune-asti.it. Risponderemo presto.",
        ["Scrivete a info@comune-asti.it.", "Risponderemo presto."],
    ),
    (
        "ellipsis_capital",
        "Aspettammo a lungo... Poi arrivò il treno.",
        ["Aspettammo a lungo...", "Poi arrivò il treno."],
    ),
    (
        "initials",
        "Il libro di G. B. Ferri uscì nel 1970.",
        ["Il libro di G. B. Ferri uscì nel 1970."],
    ),
    (
        "sec",
        "La chiesa risale al sec. XII e fu restaurata.",
        ["La chiesa risale al sec. XII e fu restaurata."],
    ),
    ("pag_2", "Vedi a pag. 45 del rapporto.", ["Vedi a pag. 45 del rapporto."]),
    (
        "guillemets_period_out",
        "Disse: «Il ponte è chiuso». Nessuno passò.",
        ["Disse: «Il ponte è chiuso».", "Nessuno passò."],
    ),
    (
        "url_2",
        "Il sito è www.porto-genova.it. Contiene gli orari.",
        ["Il sito è www.porto-genova.it.", "Contiene gli orari."],
    ),
    ("sig_ri", "I Sigg. Bianchi sono arrivati.", ["I Sigg. Bianchi sono arrivati."]),
    (
        "prof_ssa",
        "La Prof.ssa Galli insegna storia. Gli studenti la stimano.",
        ["La Prof.ssa Galli insegna storia.", "Gli studenti la stimano."],
    ),
    ("dott_ssa", "Ha parlato la dott.ssa Greco.", ["Ha parlato la dott.ssa Greco."]),
    ("on", "L'On. Martini ha votato contro.", ["L'On. Martini ha votato contro."]),
    (
        "ecc_end_2",
        "Compra pane, latte, uova ecc. Poi torna a casa.",
        ["Compra pane, latte, uova ecc.", "Poi torna a casa."],
    ),
    ("question_then", "Chi ha vinto? Nessuno lo sa.", ["Chi ha vinto?", "Nessuno lo sa."]),
]

CASES: dict[str, list[Case]] = {"de": GERMAN, "fr": FRENCH, "es": SPANISH, "it": ITALIAN}
