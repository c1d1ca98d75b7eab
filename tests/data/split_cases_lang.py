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
        ["• 1. Planen Sie früh!", "• 2. Essen Sie gut!", "• 3. Schlafen Sie viel!"],
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
]

CASES: dict[str, list[Case]] = {"de": GERMAN, "fr": FRENCH, "es": SPANISH, "it": ITALIAN}
