#!/usr/bin/python3
"""Generate the benchmark corpus: business/technology news prose in seven languages.

    /usr/bin/python3 bench/make_corpus.py OUT.db [--mb 60] [--seed N] [--force]
                                          [--langs fr,en,de,es,it,pt,zh]

Writes OUT.db with a table articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT)
holding ~5 KB articles until the bodies total at least --mb megabytes (10^6 bytes
of UTF-8): a quarter French, a quarter English, and a tenth each German, Spanish,
Italian, Portuguese and Chinese (LANG_SHARES, counted in articles), an index
articles_lang on lang, and a table corpus_meta(key, value) (money_mentions in all
and money_mentions_LANG per language).

The text is built from the sentence templates in bench/templates_LANG.txt (prose,
sentences with numbers that are not money, and sentences with money), their slots
filled from lists of companies, people, places, years, dates, percentages, counts,
model numbers, phone numbers and money amounts written in the many forms the
extractor is meant to read. About 7 % of sentences carry money, i.e. one amount every
~200 words. French text uses French typography: ’ apostrophes, « » with U+00A0
inside, U+00A0 or U+202F before : ; ! ? % and as thousands separators. Some
languages have per-article variants (VARIANTS): Spanish of Spain or Mexico, Brazilian
or European Portuguese ([br] / [pt] template lines, R$ 1,2 bilhão or 1,2 mil milhões
de euros), simplified (mainland) or traditional (Hong Kong, [hk] lines) Chinese.

French and English articles come from the same random stream as when the corpus held
only them: for a given seed their bodies are byte-identical, in the same order, to
those of the French-English corpus (which --langs fr,en still writes, exactly); the
other languages have their own streams (see build()).

Deterministic: the same seed, templates, languages and script give the same bytes. If
OUT.db already exists and was made by the same script, templates, seed, languages and
size, it is reused (the check is cheap); --force rebuilds it.
"""
import argparse
import hashlib
import math
import os
import random
import re
import sqlite3
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP, NNBSP = '\u00a0', '\u202f'
GENERATOR_VERSION = '1'

# Share of sentences drawn from each template section.
SECTION_WEIGHTS = {'prose': 0.63, 'numbers': 0.30, 'money': 0.07}

# --------------------------------------------------------------------------
# Slot vocabularies
# --------------------------------------------------------------------------
COMPANIES = [
    'Nvidia', 'Microsoft', 'Alphabet', 'Google', 'Amazon', 'Meta', 'Apple', 'Oracle',
    'OpenAI', 'Anthropic', 'Mistral AI', 'OVHcloud', 'Scaleway', 'Iliad', 'Orange',
    'Bouygues Telecom', 'SFR', 'Capgemini', 'Atos', 'Dassault Systèmes',
    'Schneider Electric', 'STMicroelectronics', 'Soitec', 'ASML', 'TSMC',
    'Samsung Electronics', 'SK hynix', 'Intel', 'AMD', 'Arm', 'SoftBank', 'ByteDance',
    'Alibaba', 'Tencent', 'Baidu', 'Huawei', 'Xiaomi', 'DeepSeek', 'Moonshot AI',
    'Zhipu AI', 'SAP', 'Deutsche Telekom', 'Vodafone', 'Ericsson', 'Nokia', 'Equinix',
    'Digital Realty', 'Data4', 'Brookfield', 'Blackstone', 'CoreWeave', 'Nebius',
    'Cohere', 'Aleph Alpha', 'Helsing', 'Hugging Face', 'Thales', 'Reliance Jio',
    'Foxconn', 'Broadcom', 'Qualcomm', 'Micron', 'Infineon', 'Telefónica', 'Swisscom',
]
PEOPLE = [
    'Jensen Huang', 'Satya Nadella', 'Sundar Pichai', 'Sam Altman', 'Lisa Su',
    'Arthur Mensch', 'Xavier Niel', 'Octave Klaba', 'Masayoshi Son', 'Eddie Wu',
    'Pony Ma', 'Liang Rubo', 'C.C. Wei', 'Christel Heydemann', 'Clara Chappaz',
    'Claire Dumont', 'Marc Lefebvre', 'Sophie Martin', 'Julien Moreau', 'Nadia Benali',
    'Emily Carter', 'David Chen', 'Priya Raman', 'Kenji Watanabe', 'Laura Schmidt',
    'Tomás García', 'Hélène Rousseau', 'Olivier Girard', 'Min-jun Park', 'Wei Zhang',
]
ROLES = {
    'fr': ['directeur général', 'directrice financière', 'président', 'directeur de la stratégie',
           'vice-présidente chargée du cloud', 'directeur technique', 'présidente du directoire'],
    'en': ['chief executive', 'chief financial officer', 'chairman', 'head of strategy',
           'president of cloud', 'chief technology officer', 'chief operating officer'],
}
CITIES = {
    'fr': ['Paris', 'Lyon', 'Marseille', 'Lille', 'Grenoble', 'Toulouse', 'Bordeaux', 'Nantes',
           'Londres', 'Berlin', 'Munich', 'Amsterdam', 'Dublin', 'Francfort', 'Milan', 'Madrid',
           'Stockholm', 'Helsinki', 'Shenzhen', 'Pékin', 'Shanghai', 'Hangzhou', 'Hong Kong',
           'Taipei', 'Séoul', 'Tokyo', 'Singapour', 'Bangalore', 'Bombay', 'San Francisco',
           'Seattle', 'Austin', 'New York', 'Montréal', 'Toronto'],
    'en': ['Paris', 'Lyon', 'London', 'Manchester', 'Berlin', 'Munich', 'Amsterdam', 'Dublin',
           'Frankfurt', 'Milan', 'Madrid', 'Stockholm', 'Helsinki', 'Shenzhen', 'Beijing',
           'Shanghai', 'Hangzhou', 'Hong Kong', 'Taipei', 'Hsinchu', 'Seoul', 'Tokyo',
           'Singapore', 'Bengaluru', 'Mumbai', 'San Francisco', 'Seattle', 'Austin',
           'New York', 'Montreal', 'Toronto', 'Sydney'],
}
COUNTRIES = {
    'fr': ['France', 'Allemagne', 'Chine', 'Inde', 'Corée du Sud', 'Japon', 'Brésil', 'Finlande'],
    'en': ['France', 'Germany', 'China', 'India', 'South Korea', 'Japan', 'Brazil', 'Finland'],
}
MONTHS = {
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
           'septembre', 'octobre', 'novembre', 'décembre'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December'],
}
MONTH_ABBR_EN = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.',
                 'Oct.', 'Nov.', 'Dec.']
WEEKDAYS = {
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
}
QUARTERS = {
    'fr': ['premier trimestre', 'deuxième trimestre', 'troisième trimestre',
           'quatrième trimestre', 'premier semestre', 'second semestre'],
    'en': ['first quarter', 'second quarter', 'third quarter', 'fourth quarter',
           'first half', 'second half', 'three months to June'],
}
MODELS = ['H100', 'H200', 'H20', 'B200', 'B300', 'GB200', 'GB300', 'A100', 'L40S', 'MI300X',
          'MI355X', 'RTX 5090', 'RTX 4090', 'RTX 5080', 'Ascend 910C', 'Ascend 950PR',
          'TPU v5p', 'Trainium2', 'Gaudi 3', 'Xeon 6980P', 'Epyc 9965', 'Snapdragon 8 Elite']
PHONES = {
    'fr': ['01 42 68 53 00', '+33 1 84 88 20 00', '06 12 34 56 78', '0 800 123 456',
           '04 72 10 30 30', '+33 (0)5 61 22 29 22', '09 70 80 90 10'],
    'en': ['+1 415 555 0142', '(212) 555-0187', '+44 20 7946 0958', '1-800-555-0199',
           '+65 6123 4567', '+81 3-1234-5678', '020 7946 0321'],
}
NUMBER_WORDS = {
    'fr': {1: 'un', 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six', 7: 'sept',
           8: 'huit', 9: 'neuf', 10: 'dix', 20: 'vingt', 50: 'cinquante', 100: 'cent'},
    'en': {1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven',
           8: 'eight', 9: 'nine', 10: 'ten', 20: 'twenty', 50: 'fifty', 100: 'a hundred'},
}

# Currency → how it may be written. sym_pre: symbols written before the number;
# sym_post: after it (French style); names: (singular-or-invariable, plural).
CURRENCY_FORMS = {
    'en': {
        'USD': dict(w=50, sym_pre=['$', '$', '$', 'US$'], code='USD', names=['dollars', 'US dollars']),
        'EUR': dict(w=15, sym_pre=['€'], code='EUR', names=['euros']),
        'CNY': dict(w=9, sym_pre=['CN¥', 'RMB'], code='CNY', names=['yuan', 'renminbi']),
        'GBP': dict(w=8, sym_pre=['£'], code='GBP', names=['pounds', 'pounds sterling']),
        'JPY': dict(w=5, sym_pre=['¥'], code='JPY', names=['yen']),
        'INR': dict(w=3, sym_pre=['₹'], code='INR', names=['rupees']),
        'KRW': dict(w=2, sym_pre=['₩'], code='KRW', names=['won']),
        'HKD': dict(w=2, sym_pre=['HK$'], code='HKD', names=['Hong Kong dollars']),
        'AUD': dict(w=1, sym_pre=['A$'], code='AUD', names=['Australian dollars']),
        'CAD': dict(w=1, sym_pre=['C$'], code='CAD', names=['Canadian dollars']),
        'SGD': dict(w=1, sym_pre=['S$'], code='SGD', names=['Singapore dollars']),
        'TWD': dict(w=1, sym_pre=['NT$'], code='TWD', names=['Taiwan dollars']),
        'CHF': dict(w=1, sym_pre=['CHF '], code='CHF', names=['Swiss francs']),
    },
    'fr': {
        'EUR': dict(w=45, sym_pre=['€'], sym_post=['€'], code='EUR', names=['euros']),
        'USD': dict(w=30, sym_pre=['$', 'US$'], sym_post=['$', '$US', 'dollars'], code='USD',
                    names=['dollars', 'dollars', 'dollars américains', 'dollars US']),
        'CNY': dict(w=8, sym_pre=['CN¥'], sym_post=['yuans'], code='CNY',
                    names=['yuans', 'yuans', 'yuan', 'renminbi', 'RMB']),
        'GBP': dict(w=4, sym_pre=['£'], sym_post=['£'], code='GBP', names=['livres sterling', 'livres']),
        'JPY': dict(w=3, sym_pre=['¥'], sym_post=['yens'], code='JPY', names=['yens']),
        'CHF': dict(w=3, sym_pre=['CHF '], sym_post=['CHF', 'francs suisses'], code='CHF',
                    names=['francs suisses']),
        'HKD': dict(w=2, sym_pre=['HK$'], sym_post=['dollars de Hong Kong'], code='HKD',
                    names=['dollars de Hong Kong']),
        'KRW': dict(w=2, sym_pre=['₩'], sym_post=['wons'], code='KRW', names=['wons']),
        'INR': dict(w=1, sym_pre=['₹'], sym_post=['roupies'], code='INR', names=['roupies']),
        'CAD': dict(w=1, sym_pre=['C$'], sym_post=['dollars canadiens'], code='CAD',
                    names=['dollars canadiens']),
        'BRL': dict(w=1, sym_pre=['R$ '], sym_post=['reais'], code='BRL', names=['reais']),
    },
}
QUALIFIERS = {
    'fr': ['environ ', 'près de ', 'quelque ', 'autour de ', 'plus de ', 'au moins ',
           'pas moins de ', 'jusqu’à ', "jusqu'à ", 'pouvant atteindre ', 'moins de ', 'au plus '],
    'en': ['about ', 'around ', 'roughly ', 'nearly ', 'some ', '~', 'more than ', 'over ',
           'at least ', 'upwards of ', 'up to ', 'as much as ', 'less than '],
}
# Scale names: (singular, plural, value).
SCALES = {
    'fr': {'thousand': ('mille', 'mille', 1e3), 'million': ('million', 'millions', 1e6),
           'billion': ('milliard', 'milliards', 1e9), 'trillion': ('billion', 'billions', 1e12)},
    'en': {'thousand': ('thousand', 'thousand', 1e3), 'million': ('million', 'million', 1e6),
           'billion': ('billion', 'billion', 1e9), 'trillion': ('trillion', 'trillion', 1e12)},
}
ABBR_EN = {'thousand': ['k'], 'million': ['m', 'mn', 'M', ' million'],
           'billion': ['bn', 'bn', ' bn', 'B'], 'trillion': ['tn', 'tn', ' trillion']}
ABBR_FR = {'thousand': ['k'], 'million': ['M', 'M'], 'billion': ['Md', 'Mds', 'Md'],
           'trillion': []}

# --------------------------------------------------------------------------
# German, Spanish, Italian, Portuguese and Chinese (the fr/en data above is left as
# it was, so that the French and English articles stay byte-identical for a seed).
# Companies and people are fictional, with a few generic big names of the sector.
# --------------------------------------------------------------------------
INTL_LANGS = ('de', 'es', 'it', 'pt', 'zh')
LANGS = ('fr', 'en') + INTL_LANGS
# Share of the corpus's articles per language (fr and en keep half between them).
LANG_SHARES = {'fr': 0.25, 'en': 0.25, 'de': 0.10, 'es': 0.10, 'it': 0.10, 'pt': 0.10, 'zh': 0.10}
# Per-article variants: (name, weight). es: Spain / Mexico (number format, pesos);
# pt: Brazil / Portugal (templates tagged [br] / [pt], R$ bilhão / mil milhões);
# zh: mainland (simplified) / Hong Kong (traditional, only the [hk] lines).
VARIANTS = {'es': [('es', 7), ('mx', 3)], 'pt': [('br', 55), ('pt', 45)],
            'zh': [('cn', 8), ('hk', 2)]}
EXCLUSIVE_VARIANTS = {'hk'}  # these articles use only their tagged lines
GENERIC_COMPANIES = ['Nvidia', 'Microsoft', 'Alphabet', 'Amazon', 'Meta', 'OpenAI', 'SAP',
                     'Samsung Electronics', 'TSMC', 'Intel', 'ASML', 'Huawei']
_LATIN_FICTIONAL = ['Kelvora', 'Vantora', 'Orvane', 'Talvex', 'Brenmoor', 'Quillon']
INTL = {
    'de': dict(
        companies=_LATIN_FICTIONAL + ['Vantora AG', 'Orvane Systems', 'Strelitz Datenwerk',
                                      'Hallbrunn Technologies', 'Nordwerk Digital', 'Falkenau Chips',
                                      'Arvelo', 'Mendrik Cloud', 'Brenmoor Energie'] + GENERIC_COMPANIES,
        people=['Katrin Albers', 'Jonas Wendler', 'Miriam Hollstein', 'Florian Dietz',
                'Sabine Kranz', 'Tobias Renner', 'Heike Brandauer', 'Matthias Leuthold'],
        roles=['Vorstandschef', 'Finanzvorständin', 'Aufsichtsratsvorsitzender', 'Strategiechef',
               'Technikvorstand', 'Geschäftsführerin'],
        cities=['Berlin', 'München', 'Frankfurt', 'Hamburg', 'Düsseldorf', 'Stuttgart', 'Köln',
                'Leipzig', 'Dresden', 'Wien', 'Zürich', 'Paris', 'London', 'Amsterdam', 'Shenzhen',
                'Peking', 'Schanghai', 'Tokio', 'Seoul', 'San Francisco', 'New York'],
        countries=['Deutschland', 'Frankreich', 'China', 'Indien', 'Südkorea', 'Japan', 'Österreich'],
        months=['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
                'September', 'Oktober', 'November', 'Dezember'],
        weekdays=['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'],
        quarters=['ersten Quartal', 'zweiten Quartal', 'dritten Quartal', 'vierten Quartal',
                  'ersten Halbjahr', 'zweiten Halbjahr', 'abgelaufenen Geschäftsjahr'],
        phones=['+49 30 2345 6789', '030 20 45 67 89', '+49 (0)69 9876 5432', '0800 123 4567',
                '089/12 34 56-0', '+41 44 123 45 67'],
        words={1: 'eine', 2: 'zwei', 3: 'drei', 5: 'fünf', 10: 'zehn', 11: 'elf', 20: 'zwanzig',
               50: 'fünfzig', 100: 'hundert'},
        scales={'thousand': ('Tausend', 'Tausend'), 'million': ('Million', 'Millionen'),
                'billion': ('Milliarde', 'Milliarden'), 'trillion': ('Billion', 'Billionen')},
        abbr={'thousand': 'Tsd.', 'million': 'Mio.', 'billion': 'Mrd.', 'trillion': 'Bio.'},
        currencies={'EUR': (45, ['Euro']), 'USD': (30, ['Dollar', 'US-Dollar', 'Dollar']),
                    'CHF': (6, ['Franken', 'Schweizer Franken']), 'CNY': (6, ['Yuan', 'Renminbi']),
                    'GBP': (4, ['Pfund', 'britische Pfund']), 'JPY': (4, ['Yen']), 'KRW': (2, ['Won'])},
        symbols={'EUR': '€', 'USD': '$', 'GBP': '£', 'JPY': '¥'},
        qualifiers=['rund ', 'etwa ', 'knapp ', 'mehr als ', 'über ', 'bis zu ', 'fast ',
                    'mindestens ', 'gut ', 'annähernd ', 'weniger als ', 'ca. ', 'rd. '],
    ),
    'es': dict(
        companies=_LATIN_FICTIONAL + ['Vantora Ibérica', 'Grupo Orvane', 'Talvex Digital',
                                      'Solmarea', 'Cierzo Datos', 'Alcaraz Semiconductores',
                                      'Telmira', 'Brenmoor Energía'] + GENERIC_COMPANIES,
        people=['Lucía Ferrer', 'Javier Montoya', 'Carmen Ibáñez', 'Andrés Villalba',
                'Marta Ocaña', 'Diego Salcedo', 'Rocío Landaburu', 'Hernán Quiroga'],
        roles=['consejero delegado', 'directora financiera', 'presidente', 'director de estrategia',
               'director de tecnología', 'directora general'],
        cities=['Madrid', 'Barcelona', 'Valencia', 'Bilbao', 'Sevilla', 'Málaga', 'Zaragoza',
                'Lisboa', 'París', 'Londres', 'Berlín', 'Shenzhen', 'Pekín', 'San Francisco',
                'Nueva York'],
        cities_mx=['Ciudad de México', 'Monterrey', 'Guadalajara', 'Querétaro', 'Buenos Aires',
                   'Bogotá', 'Santiago de Chile', 'Lima', 'Madrid', 'San Francisco', 'Nueva York'],
        countries=['España', 'Francia', 'China', 'India', 'México', 'Argentina', 'Japón'],
        months=['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
                'septiembre', 'octubre', 'noviembre', 'diciembre'],
        weekdays=['lunes', 'martes', 'miércoles', 'jueves', 'viernes'],
        quarters=['primer trimestre', 'segundo trimestre', 'tercer trimestre', 'cuarto trimestre',
                  'primer semestre', 'segundo semestre'],
        phones=['+34 91 123 45 67', '91 123 45 67', '900 123 456', '+34 93 765 43 21'],
        phones_mx=['+52 55 1234 5678', '55 1234 5678', '800 123 4567', '+54 11 4321-5678'],
        words={1: 'un', 2: 'dos', 3: 'tres', 5: 'cinco', 10: 'diez', 20: 'veinte',
               50: 'cincuenta', 100: 'cien'},
        currencies={'EUR': (45, ['euros']), 'USD': (35, ['dólares', 'dólares estadounidenses']),
                    'GBP': (4, ['libras', 'libras esterlinas']), 'CNY': (6, ['yuanes']),
                    'JPY': (3, ['yenes']), 'BRL': (2, ['reales'])},
        currencies_mx={'USD': (45, ['dólares', 'dólares estadounidenses']),
                       'MXN': (35, ['pesos', 'pesos mexicanos']), 'EUR': (10, ['euros']),
                       'ARS': (5, ['pesos argentinos']), 'CNY': (3, ['yuanes'])},
        symbols={'EUR': '€', 'USD': 'US$', 'GBP': '£', 'MXN': '$', 'ARS': '$'},
        qualifiers=['unos ', 'cerca de ', 'alrededor de ', 'casi ', 'más de ', 'al menos ',
                    'hasta ', 'aproximadamente ', 'en torno a ', 'menos de ', 'poco más de '],
    ),
    'it': dict(
        companies=_LATIN_FICTIONAL + ['Vantora Italia', 'Orvane Spa', 'Talvex Group',
                                      'Serravalle Digitale', 'Borgonovo Semiconduttori', 'Lumetra',
                                      'Ardesia Cloud', 'Brenmoor Energia'] + GENERIC_COMPANIES,
        people=['Giulia Ferraris', 'Marco Bellandi', 'Chiara Ventura', 'Luca Marchetti',
                'Federica Riva', 'Paolo Gentili', 'Elena Castellucci', 'Stefano Orlandini'],
        roles=['amministratore delegato', 'direttrice finanziaria', 'presidente',
               'responsabile della strategia', 'direttore tecnico', 'direttrice generale'],
        cities=['Milano', 'Roma', 'Torino', 'Bologna', 'Napoli', 'Firenze', 'Genova', 'Bari',
                'Trieste', 'Parigi', 'Londra', 'Berlino', 'Monaco di Baviera', 'Zurigo', 'Shenzhen',
                'Pechino', 'Tokyo', 'San Francisco', 'New York'],
        countries=['Italia', 'Francia', 'Germania', 'Cina', 'India', 'Giappone', 'Spagna'],
        months=['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
                'settembre', 'ottobre', 'novembre', 'dicembre'],
        weekdays=['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì'],
        quarters=['primo trimestre', 'secondo trimestre', 'terzo trimestre', 'quarto trimestre',
                  'primo semestre', 'secondo semestre'],
        phones=['+39 02 1234 5678', '06 1234 5678', '800 123 456', '+39 347 123 4567',
                '011 765 4321'],
        words={1: 'un', 2: 'due', 3: 'tre', 5: 'cinque', 10: 'dieci', 20: 'venti',
               50: 'cinquanta', 100: 'cento'},
        scales={'thousand': ('mila', 'mila'), 'million': ('milione', 'milioni'),
                'billion': ('miliardo', 'miliardi'), 'trillion': ('trilione', 'trilioni')},
        abbr={'million': 'mln', 'billion': 'mld'},
        currencies={'EUR': (50, ['euro']), 'USD': (30, ['dollari', 'dollari statunitensi']),
                    'GBP': (4, ['sterline']), 'CNY': (6, ['yuan']), 'JPY': (3, ['yen']),
                    'CHF': (4, ['franchi svizzeri'])},
        symbols={'EUR': '€', 'USD': '$', 'GBP': '£'},
        qualifiers=['circa ', 'quasi ', 'oltre ', 'più di ', 'almeno ', 'fino a ', 'poco meno di ',
                    'meno di ', 'non meno di ', 'poco più di '],
    ),
    'pt': dict(
        companies=_LATIN_FICTIONAL + ['Vantora Brasil', 'Orvane Tecnologia', 'Talvex Digital',
                                      'Jacarandá Dados', 'Serra Azul Energia', 'Lusotrix',
                                      'Atlântica Cloud', 'Brenmoor Energia'] + GENERIC_COMPANIES,
        people=['Ana Beatriz Lacerda', 'Rafael Quintela', 'Mariana Sobral', 'João Pedro Valadares',
                'Inês Carvalhal', 'Tiago Mourão', 'Luíza Barreto', 'Duarte Figueiral'],
        roles=['presidente-executivo', 'diretora financeira', 'presidente do conselho',
               'diretor de estratégia', 'diretor de tecnologia', 'CEO'],
        cities_br=['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Porto Alegre',
                   'Recife', 'Campinas', 'Florianópolis', 'Brasília', 'Lisboa', 'Nova York',
                   'Shenzhen'],
        cities_pt=['Lisboa', 'Porto', 'Braga', 'Coimbra', 'Aveiro', 'Sines', 'Covilhã', 'Madrid',
                   'Londres', 'Paris', 'São Paulo', 'Xangai'],
        countries=['Brasil', 'Portugal', 'China', 'Índia', 'Espanha', 'Japão', 'Angola'],
        months=['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto',
                'setembro', 'outubro', 'novembro', 'dezembro'],
        weekdays=['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira'],
        quarters=['primeiro trimestre', 'segundo trimestre', 'terceiro trimestre',
                  'quarto trimestre', 'primeiro semestre', 'segundo semestre'],
        phones_br=['(11) 3456-7890', '+55 11 91234-5678', '0800 123 4567', '(21) 2345-6789'],
        phones_pt=['+351 21 123 4567', '21 123 4567', '800 123 456', '+351 912 345 678'],
        words={1: 'um', 2: 'dois', 3: 'três', 5: 'cinco', 10: 'dez', 20: 'vinte',
               50: 'cinquenta', 100: 'cem'},
        currencies_br={'BRL': (55, ['reais']), 'USD': (35, ['dólares']), 'EUR': (6, ['euros']),
                       'CNY': (2, ['yuans']), 'JPY': (2, ['ienes'])},
        currencies_pt={'EUR': (60, ['euros']), 'USD': (30, ['dólares']), 'GBP': (4, ['libras']),
                       'JPY': (3, ['ienes']), 'BRL': (3, ['reais'])},
        symbols={'BRL': 'R$ ', 'USD': 'US$ ', 'EUR': '€ ', 'GBP': '£'},
        qualifiers=['cerca de ', 'quase ', 'mais de ', 'pelo menos ', 'até ', 'aproximadamente ',
                    'perto de ', 'menos de ', 'acima de ', 'em torno de '],
    ),
    'zh': dict(
        companies=['凯沃拉', '万托拉', '奥尔文', '塔尔维', '博恩摩尔', '奎隆科技', '星衡智能',
                   '云岚数据', '澜芯半导体', '启衡算力', '华为', '腾讯', '阿里巴巴', '百度'],
        companies_hk=['凱沃拉', '萬托拉', '奧爾文', '塔爾維', '博恩摩爾', '星衡智能', '雲嵐數據',
                      '瀾芯半導體', '騰訊', '阿里巴巴'],
        people=['张伟明', '李婉清', '陈志远', '王晓峰', '刘思琪', '赵海峰', '周文博', '吴佳怡'],
        people_hk=['陳志遠', '李婉清', '黃家豪', '梁詠欣', '何俊傑', '林美玲'],
        roles=['首席执行官', '董事长', '首席财务官', '总裁', '首席技术官', '副总裁'],
        roles_hk=['行政總裁', '主席', '財務總監', '總裁'],
        cities=['北京', '上海', '深圳', '杭州', '广州', '成都', '苏州', '合肥', '武汉', '南京',
                '西安', '香港', '新加坡', '东京', '首尔', '硅谷'],
        cities_hk=['香港', '深圳', '台北', '新竹', '澳門', '新加坡', '東京'],
        countries=['中国', '美国', '德国', '日本', '韩国', '印度', '法国'],
        quarters=['第一季度', '第二季度', '第三季度', '第四季度', '上半年', '下半年', '前三季度'],
        quarters_hk=['第一季', '第二季', '第三季', '第四季', '上半年', '下半年', '中期'],
        phones=['010-6552 1234', '400-820-1234', '+86 21 5888 1234', '(0755) 8765 4321'],
        phones_hk=['(852) 2123 4567', '+852 3123 4567', '(02) 2345-6789'],
        words={1: '一', 2: '两', 3: '三', 5: '五', 10: '十', 20: '二十', 50: '五十', 100: '一百',
               300: '三百', 1000: '一千'},
        currencies={'CNY': (65, ['元']), 'USD': (22, ['美元']), 'HKD': (4, ['港元']),
                    'EUR': (4, ['欧元']), 'JPY': (2, ['日元']), 'GBP': (1, ['英镑']),
                    'KRW': (1, ['韩元'])},
        currencies_hk={'HKD': (45, ['港元', '港元', '港幣']), 'USD': (35, ['美元']),
                       'CNY': (15, ['元人民幣', '人民幣']), 'TWD': (5, ['新台幣'])},
        qualifiers=['约', '近', '超过', '逾', '超', '至少', '最高', '不超过', '高达', '将近', '大约'],
        qualifiers_hk=['約', '近', '超過', '逾', '最多', '高達'],
        suffixes=['左右', '以上'],
    ),
}
SCALE_VALUE = {'unit': 1, 'thousand': 1e3, 'million': 1e6, 'billion': 1e9, 'trillion': 1e12}


class Filler(dict):
    """Mapping for str.format_map: each missing slot is generated on demand,
    with state shared within one sentence (the last amount's currency and scale)."""

    def __init__(self, gen):
        super().__init__()
        self.gen = gen

    def __missing__(self, key):
        value = self.gen.slot(key, self)
        self[key] = value
        return value


class IntlMixin:
    """Slots, numbers and money of the German, Spanish, Italian, Portuguese and Chinese
    articles (Generator's methods for French and English are left untouched).
    self.variant is the current article's variant (VARIANTS) or None."""

    variant = None

    def v(self, lang, name):
        d = INTL[lang]
        return d.get(f'{name}_{self.variant}', d.get(name))

    def pick(self, forms):
        """One of [(text, weight), ...]."""
        return self.rng.choices([t for t, _ in forms], [w for _, w in forms])[0]

    def num_l(self, x, decimals, lang):
        """x with `decimals` digits after the mark, in the article's number format."""
        rng = self.rng
        whole, _, frac = f'{x:.{decimals}f}'.partition('.')
        if lang == 'zh':
            grp, dec = (',' if rng.random() < 0.3 else ''), '.'
        elif lang == 'es' and self.variant == 'mx':
            grp, dec = ',', '.'
        elif lang == 'de':
            grp, dec = rng.choices(['.', NNBSP, NBSP], [90, 6, 4])[0], ','
        elif lang == 'pt' and self.variant == 'pt':
            grp, dec = rng.choices(['.', ' ', NBSP], [7, 2, 1])[0], ','
        else:
            grp, dec = '.', ','
        n = int(whole)
        if grp and n >= 1000 and not (n < 10000 and lang in ('es', 'de', 'it')
                                      and rng.random() < 0.3):  # "4500" is common too
            parts = []
            while whole:
                parts.append(whole[-3:])
                whole = whole[:-3]
            whole = grp.join(reversed(parts))
        return whole + (dec + frac if frac else '')

    def price_mantissa(self):
        x, d = self.mantissa(1, 9999)
        if self.rng.random() < 0.3:
            x, d = self.rng.choice([9.99, 19.99, 49.9, 0.5, 2.5, 1299]), 2
            if x == 1299:
                d = 0
        return x, d

    def large_mantissa(self, cur, scale):
        return self.mantissa(1, 5 if scale == 'trillion' and cur not in ('JPY', 'KRW') else 999)

    # ---------------------------------------------------------------- currency
    def pick_currency_l(self, lang):
        table = self.v(lang, 'currencies')
        codes = list(table)
        return self.rng.choices(codes, [table[c][0] for c in codes])[0]

    def cur_name(self, lang, cur):
        return self.rng.choice(self.v(lang, 'currencies')[cur][1])

    # ---------------------------------------------------------------- German
    def money_de(self, cur, scale):
        rng, L = self.rng, INTL['de']
        name, sym = self.cur_name('de', cur), L['symbols'].get(cur)
        if scale == 'unit':
            num = self.num_l(*self.price_mantissa(), 'de')
            forms = [(f'{num} {name}', 6), (f'{cur} {num}', 1)]
            if sym:
                forms.append((f'{num} {sym}', 3))
            if cur == 'USD':
                forms.append((f'${num}', 1))
            return self.pick(forms)
        if scale == 'thousand':
            k = rng.randint(2, 950)
            num = self.num_l(k * 1000, 0, 'de')
            forms = [(f'{num} {name}', 6), (f'{k} Tsd. {name}', 1)]
            if sym:
                forms.append((f'{num} {sym}', 3))
            return self.pick(forms)
        sing, plur = L['scales'][scale]
        if rng.random() < 0.05:
            if scale in ('million', 'billion') and rng.random() < 0.25:
                return f'eine halbe {sing} {name}'
            k = rng.choice([1, 1, 2, 3, 5, 10, 11, 20, 100])
            return f'{L["words"][k]} {sing if k == 1 else plur} {name}'
        x, d = self.large_mantissa(cur, scale)
        num, ab = self.num_l(x, d, 'de'), L['abbr'][scale]
        forms = [(f'{num} {sing if x == 1 else plur} {name}', 12), (f'{num} {ab} {name}', 6),
                 (f'{cur} {num} {ab}', 1)]
        if sym:
            forms.append((f'{num} {ab} {sym}', 2))
        if cur == 'USD':
            forms.append((f'${num} {ab}', 1))
        return self.pick(forms)

    # ---------------------------------------------------------------- Spanish
    def money_es(self, cur, scale):
        rng, L, mx = self.rng, INTL['es'], self.variant == 'mx'
        name, sym = self.cur_name('es', cur), L['symbols'].get(cur)
        if cur == 'USD' and mx and rng.random() < 0.2:
            sym = rng.choice(['u$s', 'USD '])
        if scale == 'unit':
            num = self.num_l(*self.price_mantissa(), 'es')
            forms = [(f'{num} {name}', 6)]
            if sym:
                forms.append((f'{sym}{num}', 3 if mx else 1))
            if cur == 'EUR':
                forms.append((f'{num} €', 3))
            return self.pick(forms)
        if scale == 'thousand':
            k = rng.randint(2, 950)
            num = self.num_l(k * 1000, 0, 'es')
            forms = [(f'{num} {name}', 6), (f'{k} mil {name}', 4 if mx else 1)]
            if sym:
                forms.append((f'{sym}{num}', 1))
            return self.pick(forms)
        if rng.random() < 0.05:
            k = rng.choice([1, 1, 2, 3, 5, 10, 20, 100])
            w = L['words'][k]
            if scale == 'billion':
                return f'{"" if k == 1 else w + " "}mil millones de {name}'
            if scale == 'million' and rng.random() < 0.2:
                return f'medio millón de {name}'
            return f'{w} {"millón" if k == 1 else "millones"} de {name}'
        x, d = self.large_mantissa(cur, scale)
        num = self.num_l(x, d, 'es')
        if scale == 'million':
            forms = [(f'{num} {"millón" if x == 1 else "millones"} de {name}', 12)]
            if sym and not mx:
                forms.append((f'{sym.strip()}{num}M', 2))
            if cur == 'EUR':
                forms.append((f'{num} M€', 1))
            if cur == 'MXN':
                forms.append((f'{num} mdp', 2))
            return self.pick(forms)
        if scale == 'trillion':
            return f'{num} {"billón" if x == 1 else "billones"} de {name}'
        millions = self.num_l(round(x * 1000), 0, 'es')
        if mx:
            forms = [(f'{num} mil millones de {name}', 10), (f'{millions} millones de {name}', 2)]
            whole, rest = int(x), round((x - int(x)) * 1000)
            if whole and rest:
                forms.append((f'{whole} mil {rest} millones de {name}', 2))
            if cur == 'USD':
                forms.append((f'{num} mmdd', 1))
            if sym:
                forms.append((f'{sym}{num} mil millones', 1))
            return self.pick(forms)
        forms = [(f'{millions} millones de {name}', 12), (f'{num} mil millones de {name}', 3)]
        if sym:
            forms += [(f'{sym}{millions} millones', 2), (f'{sym.strip()}{millions}M', 1)]
        return self.pick(forms)

    # ---------------------------------------------------------------- Italian
    def money_it(self, cur, scale):
        rng, L = self.rng, INTL['it']
        name, sym = self.cur_name('it', cur), L['symbols'].get(cur)
        if scale == 'unit':
            num = self.num_l(*self.price_mantissa(), 'it')
            forms = [(f'{num} {name}', 6), (f'{cur} {num}', 1)]
            if sym:
                forms += [(f'{sym} {num}', 1), (f'{num} {sym}', 1)]
            return self.pick(forms)
        if scale == 'thousand':
            k = rng.randint(2, 950)
            num = self.num_l(k * 1000, 0, 'it')
            forms = [(f'{k}mila {name}', 4), (f'{num} {name}', 3), (f'{k} mila {name}', 1)]
            if sym:
                forms.append((f'{sym} {num}', 1))
            return self.pick(forms)
        sing, plur = L['scales'][scale]
        if rng.random() < 0.05:
            if scale in ('million', 'billion') and rng.random() < 0.25:
                return f'mezzo {sing} di {name}'
            k = rng.choice([1, 1, 2, 3, 5, 10, 20, 100])
            return f'{L["words"][k]} {sing if k == 1 else plur} di {name}'
        x, d = self.large_mantissa(cur, scale)
        num = self.num_l(x, d, 'it')
        word = sing if x == 1 else plur
        if scale == 'trillion':
            return self.pick([(f'{num} {word} di {name}', 5),
                              (f'{self.num_l(round(x * 1000), 0, "it")} miliardi di {name}', 2),
                              (f'{round(x)}mila miliardi di {name}', 2)])
        ab = L['abbr'][scale]
        forms = [(f'{num} {word} di {name}', 12), (f'{num} {ab} di {name}', 3),
                 (f'{num} {ab} {name}', 1)]
        if sym:
            forms.append((f'{sym} {num} {word}', 1))
        return self.pick(forms)

    # ---------------------------------------------------------------- Portuguese
    PT_SCALES = {'br': {'million': ('milhão', 'milhões', 'mi'), 'billion': ('bilhão', 'bilhões', 'bi'),
                        'trillion': ('trilhão', 'trilhões', 'tri')},
                 'pt': {'million': ('milhão', 'milhões', 'M'), 'billion': ('mil milhões', 'mil milhões', ''),
                        'trillion': ('bilião', 'biliões', '')}}

    def money_pt(self, cur, scale):
        rng, L, br = self.rng, INTL['pt'], self.variant == 'br'
        name, sym = self.cur_name('pt', cur), L['symbols'].get(cur, cur + ' ')
        if scale == 'unit':
            num = self.num_l(*self.price_mantissa(), 'pt')
            if br:
                return self.pick([(f'{sym}{num}', 6), (f'{num} {name}', 2)])
            forms = [(f'{num} {name}', 5), (f'{sym}{num}', 1)]
            if cur == 'EUR':
                forms.append((f'{num} €', 2))
            return self.pick(forms)
        if scale == 'thousand':
            k = rng.randint(2, 950)
            num = self.num_l(k * 1000, 0, 'pt')
            if br:
                return self.pick([(f'{sym}{k} mil', 5), (f'{sym}{self.num_l(k / 10, 1, "pt")} mil', 1),
                                  (f'{sym}{num}', 2), (f'{k} mil {name}', 1)])
            return self.pick([(f'{k} mil {name}', 5), (f'{num} {name}', 2), (f'{sym}{num}', 1)])
        sing, plur, ab = self.PT_SCALES['br' if br else 'pt'][scale]
        if rng.random() < 0.05:
            if scale in ('million', 'billion') and br and rng.random() < 0.25:
                return f'meio {sing} de {name}'
            k = rng.choice([1, 1, 2, 3, 5, 10, 20, 100])
            w = L['words'][k]
            if scale == 'billion' and not br:
                return f'{"" if k == 1 else w + " "}mil milhões de {name}'
            if k in (1, 2) and sing.endswith('ão'):
                w = {1: 'um', 2: 'dois'}[k]
            return f'{w} {sing if k == 1 else plur} de {name}'
        x, d = self.large_mantissa(cur, scale)
        num = self.num_l(x, d, 'pt')
        word = sing if (x < 2 if br else x == 1) else plur  # R$ 1,5 bilhão; 1,5 milhões de euros
        if br:
            return self.pick([(f'{sym}{num} {word}', 12), (f'{sym}{num} {ab}', 2),
                              (f'{num} {word} de {name}', 3)])
        forms = [(f'{num} {word} de {name}', 12)]
        if scale == 'billion':
            forms.append((f'{self.num_l(round(x * 1000), 0, "pt")} milhões de {name}', 2))
        if scale == 'million' and cur == 'EUR':
            forms.append((f'{num} M€', 1))
        if scale == 'million':
            forms.append((f'{sym}{num} {word}', 1))
        return self.pick(forms)

    # ---------------------------------------------------------------- Chinese
    def zh_units(self):
        return ('万', '亿', '万亿') if self.variant != 'hk' else ('萬', '億', '萬億')

    def zh_amount(self, x, d, scale):
        """A large amount's number and unit: (number text, unit)."""
        wan, yi, wanyi = self.zh_units()
        if scale == 'thousand':
            return self.num_l(x / 10, 1 if x % 10 else 0, 'zh'), wan
        if scale == 'million':
            if x >= 100:
                return self.num_l(x / 100, 2 if x % 100 else 0, 'zh').rstrip('0').rstrip('.'), yi
            w = x * 100
            dd = 2 if self.rng.random() < 0.2 else 0
            if dd:
                w += self.rng.randint(1, 99) / 100
            return self.num_l(w, dd, 'zh'), wan
        if scale == 'billion':
            return self.num_l(x * 10, max(0, d - 1), 'zh'), yi
        return self.num_l(x, d, 'zh'), wanyi

    def money_zh(self, cur, scale):
        rng, L, hk = self.rng, INTL['zh'], self.variant == 'hk'
        name = self.cur_name('zh', cur)
        rmb = '人民幣' if hk else '人民币'
        sp = ' ' if hk and rng.random() < 0.3 else ''
        if scale == 'unit':
            num = self.num_l(*self.price_mantissa(), 'zh')
            forms = [(f'{num}{name}', 6)]
            if cur == 'CNY':
                forms += [(f'¥{num}', 1), (f'{rmb}{num}元', 1)]
            if cur == 'USD':
                forms.append((f'US${num}', 1))
            if cur == 'HKD':
                forms.append((f'HK${num}', 1))
            return self.pick(forms)
        if scale == 'thousand':
            k = rng.randint(2, 950)
            n10k, wan = self.zh_amount(k, 0, 'thousand')
            return self.pick([(f'{n10k}{wan}{name}', 5), (f'{self.num_l(k * 1000, 0, "zh")}{name}', 3)])
        wan, yi, wanyi = self.zh_units()
        if rng.random() < 0.05:
            if scale == 'billion':
                k = rng.choice([1, 2, 3, 5, 10, 20, 50, 100, 300, 1000])
                return f'{L["words"][k]}{yi}{name}'
            if scale == 'million':
                k = rng.choice([1, 2, 3, 5])
                return f'{L["words"][k]}{rng.choice(["千", "百"])}{wan}{name}'
        x, d = self.large_mantissa(cur, scale)
        num, unit = self.zh_amount(x, d, scale)
        forms = [(f'{num}{sp}{unit}{name}', 12)]
        if cur == 'CNY':
            forms += [(f'{rmb}{num}{unit}元', 2), (f'{num}{unit}{rmb}', 1)]
            if scale == 'million' and x == int(x):
                forms.append((f'{rmb}{int(x * 1e6):,}元', 1))
        if cur == 'HKD' and scale == 'million' and x == int(x):
            forms.append((f'{int(x * 1e6):,}{name}', 1))
        return self.pick(forms)

    # ---------------------------------------------------------------- qualifiers, ranges
    def qualified_l(self, lang, state, size='large'):
        m = self.money(lang, state, size=size)
        if self.rng.random() < 0.35:
            if lang == 'zh' and self.rng.random() < 0.2:
                return m + self.rng.choice(INTL['zh']['suffixes'])
            return self.rng.choice(self.v(lang, 'qualifiers')) + m
        return m

    def money_range_l(self, lang, state):
        rng = self.rng
        cur = self.pick_currency_l(lang)
        scale = rng.choice(['million', 'billion', 'billion'])
        state['currency'], state['scale'] = cur, scale
        self.money_written += 1
        lo = rng.randint(1, 80)
        hi = lo + rng.randint(1, 20)
        name = self.cur_name(lang, cur)
        if lang == 'zh':
            if scale == 'million':
                lo, hi = lo * 100, hi * 100
            unit = self.zh_units()[0 if scale == 'million' else 1]
            sep = rng.choice(['至', '至', '-', '~'])
            return rng.choice([f'{lo}{unit}{sep}{hi}{unit}{name}', f'{lo}{sep}{hi}{unit}{name}'])
        if lang == 'de':
            plur, ab = INTL['de']['scales'][scale][1], INTL['de']['abbr'][scale]
            return rng.choice([f'zwischen {lo} und {hi} {plur} {name}',
                               f'zwischen {lo} und {hi} {ab} {name}',
                               f'von {lo} bis {hi} {plur} {name}'])
        if lang == 'es':
            if scale == 'billion' and self.variant != 'mx':
                lo_s, hi_s = self.num_l(lo * 1000, 0, 'es'), self.num_l(hi * 1000, 0, 'es')
                return f'entre {lo_s} y {hi_s} millones de {name}'
            word = 'mil millones' if scale == 'billion' else 'millones'
            return rng.choice([f'entre {lo} y {hi} {word} de {name}',
                               f'de entre {lo} y {hi} {word} de {name}'])
        if lang == 'it':
            plur = INTL['it']['scales'][scale][1]
            if scale == 'million' and rng.random() < 0.3:
                return f'tra {lo * 10}mila {name} e {hi * 10}mila {name}'
            return rng.choice([f'tra {lo} e {hi} {plur} di {name}', f'fra {lo} e {hi} {plur} di {name}',
                               f'da {lo} a {hi} {plur} di {name}'])
        # pt
        br = self.variant == 'br'
        plur = self.PT_SCALES['br' if br else 'pt'][scale][1]
        if br:
            sym = INTL['pt']['symbols'].get(cur, cur + ' ')
            return rng.choice([f'entre {sym}{lo} {plur} e {sym}{hi} {plur}',
                               f'de {sym}{lo} {plur} a {sym}{hi} {plur}'])
        return rng.choice([f'entre {lo} e {hi} {plur} de {name}', f'de {lo} a {hi} {plur} de {name}'])

    def bare(self, lang, scale, x, d):
        """A number with its scale word and no currency: '3,2 Milliarden', '12亿'."""
        num = self.num_l(x, d, lang)
        if lang == 'zh':
            n, unit = self.zh_amount(x, d, scale)
            return f'{n}{unit}'
        if lang == 'de':
            sing, plur = INTL['de']['scales'][scale]
            return self.pick([(f'{num} {sing if x == 1 else plur}', 4), (f'{num} {INTL["de"]["abbr"][scale]}', 1)])
        if lang == 'es':
            if scale == 'billion':
                if self.variant == 'mx':
                    return f'{num} mil millones'
                return f'{self.num_l(round(x * 1000), 0, "es")} millones'
            return f'{num} {"millón" if x == 1 else "millones"}'
        if lang == 'it':
            sing, plur = INTL['it']['scales'][scale]
            return f'{num} {sing if x == 1 else plur}'
        br = self.variant == 'br'
        sing, plur, _ = self.PT_SCALES['br' if br else 'pt'][scale]
        return f'{num} {sing if (x < 2 if br else x == 1) else plur}'

    def versus_l(self, lang, state):
        cur, scale = state.get('currency'), state.get('scale')
        if cur is None:
            return self.money(lang, state)
        if scale in ('million', 'billion') and self.rng.random() < 0.7:
            x, d = self.mantissa(1, 999)
            self.money_written += 1
            return self.bare(lang, scale, x, d)
        return self.money(lang, state, cur, scale)

    # ---------------------------------------------------------------- other slots
    def date_l(self, lang):
        rng = self.rng
        day, m, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2019, 2026)
        if lang == 'zh':
            return rng.choice([f'{year}年{m + 1}月{day}日', f'{m + 1}月{day}日'])
        month = INTL[lang]['months'][m]
        if lang == 'de':
            return rng.choice([f'{day}. {month} {year}', f'{day}. {month}',
                               f'{day:02d}.{m + 1:02d}.{year}'])
        if lang == 'it':
            d = '1°' if day == 1 else str(day)
            return rng.choice([f'{d} {month} {year}', f'{d} {month}'])
        forms = [f'{day} de {month} de {year}', f'{day} de {month}']
        if lang == 'pt' and self.variant == 'br':
            forms.append(f'{day}/{m + 1}/{year}')
        return rng.choice(forms)

    def time_l(self, lang):
        rng = self.rng
        h, m = rng.randint(7, 22), rng.choice([0, 0, 15, 30, 45])
        if lang == 'zh':
            hk = self.variant == 'hk'
            part = '上午' if h < 12 else ('下午' if h < 18 else '晚上')
            h12 = h - 12 if h > 12 else h
            dian, fen = ('時', '分') if hk else ('点', '分')
            return rng.choice([f'{part}{h12}{dian}' + (f'{m}{fen}' if m else ''), f'{h}:{m:02d}'])
        if lang == 'de':
            return rng.choice([f'{h} Uhr' if not m else f'{h}.{m:02d} Uhr', f'{h}:{m:02d} Uhr'])
        if lang == 'es':
            return rng.choice([f'{h}.{m:02d}', f'{h}:{m:02d} horas', f'{h}:{m:02d}'])
        if lang == 'it':
            return rng.choice([f'{h}' if not m else f'{h}.{m:02d}', f'{h}:{m:02d}'])
        return rng.choice([f'{h}h{m:02d}' if m else f'{h}h', f'{h}h{m:02d}'])

    def pct_l(self, lang):
        x, d = self.mantissa(1, 15 if self.rng.random() < 0.7 else 90, max_decimals=1)
        num = self.num_l(x, d, lang)
        if lang == 'de':
            return self.pick([(f'{num} Prozent', 3), (f'{num} %', 2), (f'{num}%', 1)])
        if lang == 'es':
            return self.pick([(f'{num}%', 4), (f'{num} %', 1)])
        if lang == 'it':
            return self.pick([(f'{num}%', 4), (f'{num} per cento', 1)])
        return f'{num}%'

    def big_l(self, lang):
        rng = self.rng
        n = rng.choice([rng.randint(100, 999), rng.randint(1000, 99999), rng.randint(1, 950) * 1000])
        if lang == 'zh' and n >= 10000 and rng.random() < 0.4:
            return self.num_l(n / 10000, 1 if n % 10000 else 0, 'zh') + self.zh_units()[0]
        return self.num_l(n, 0, lang)

    def money_slot(self, key, base, lang, state, qualified, money_range, versus):
        """The money slots of a template (the same for every language; qualified,
        money_range and versus write lang's forms), or None for another slot."""
        if key == 'money2':
            return self.money(lang, state, state.get('currency'), state.get('scale'))
        if base == 'money':
            return self.money(lang, state)
        if base == 'qmoney':
            return qualified(lang, state)
        if base == 'price':
            return self.money(lang, state, size='price')
        if base == 'qprice':
            return qualified(lang, state, size='price')
        if base == 'kmoney':
            return self.money(lang, state, size='thousand')
        if base == 'qkmoney':
            return qualified(lang, state, size='thousand')
        if base == 'range':
            return money_range(lang, state)
        if base == 'vs':
            return versus(lang, state)
        return None

    def slot_l(self, key, filled):
        rng, lang = self.rng, filled['_lang']
        state = filled.setdefault('_state', {})
        base = key.rstrip('2')
        if base == 'co':
            while True:
                v = rng.choice(self.v(lang, 'companies'))
                if v != filled.get('co') or key == 'co':
                    return v
        if base in ('person', 'role', 'city', 'country', 'quarter', 'phone', 'weekday'):
            table = self.v(lang, 'people' if base == 'person' else
                           'cities' if base == 'city' else
                           'countries' if base == 'country' else base + 's')
            if base == 'city' and key == 'city2':
                while True:
                    v = rng.choice(table)
                    if v != filled.get('city'):
                        return v
            return rng.choice(table)
        if base == 'year':
            return str(rng.randint(2008, 2030))
        if base == 'date':
            return self.date_l(lang)
        if base == 'month':
            m = rng.randrange(12)
            return f'{m + 1}月' if lang == 'zh' else INTL[lang]['months'][m]
        if base == 'pct':
            return self.pct_l(lang)
        if base == 'n':
            return str(rng.randint(2, 40))
        if base == 'big':
            return self.big_l(lang)
        if base == 'mil':
            scale = rng.choices(['million', 'billion'], [5, 1])[0]
            x, d = self.mantissa(1, 900 if scale == 'million' else 3, max_decimals=1)
            return self.bare(lang, scale, x, d)
        if base == 'mw':
            return self.num_l(rng.choice([20, 40, 90, 120, 150, 300, 500, 1000, 1400]), 0, lang)
        if base == 'model':
            return rng.choice(MODELS)
        if base == 'time':
            return self.time_l(lang)
        v = self.money_slot(key, base, lang, state, self.qualified_l, self.money_range_l,
                            self.versus_l)
        if v is not None:
            return v
        raise KeyError(f'unknown template slot {{{key}}} ({lang})')

    # ---------------------------------------------------------------- articles
    def pools_for(self, lang, variant):
        """The template lines of lang's sections that an article of `variant` may use."""
        key = (lang, variant)
        if key not in self._pools:
            pools = {}
            for section, lines in self.templates[lang].items():
                pool = []
                for line in lines:
                    tag, text = None, line
                    m = re.match(r'\[(\w+)\]\s*', line)
                    if m:
                        tag, text = m.group(1), line[m.end():]
                    if tag == variant or (tag is None and variant not in EXCLUSIVE_VARIANTS):
                        pool.append(text)
                pools[section] = pool
            self._pools[key] = pools
        return self._pools[key]

    def article_l(self, lang, target_bytes):
        rng = self.rng
        if lang in VARIANTS:
            names, weights = zip(*VARIANTS[lang])
            self.variant = rng.choices(names, weights)[0]
        else:
            self.variant = None
        sections = self.pools_for(lang, self.variant)
        names = list(SECTION_WEIGHTS)
        used, paragraphs, size = set(), [], 0
        joiner = '' if lang == 'zh' else ' '
        while size < target_bytes:
            sentences = []
            for _ in range(rng.randint(3, 6)):
                section = rng.choices(names, [SECTION_WEIGHTS[n] for n in names])[0]
                pool = sections[section]
                for _ in range(4):
                    i = rng.randrange(len(pool))
                    if (section, i) not in used:
                        break
                used.add((section, i))
                filled = Filler(self)
                filled['_lang'] = lang
                text = pool[i].format_map(filled)
                sentences.append(text[0].upper() + text[1:])
            p = joiner.join(sentences)
            paragraphs.append(p)
            size += len(p.encode('utf-8')) + 2
        self.variant = None
        body = '\n\n'.join(paragraphs)
        if lang == 'it':  # "dell'8%", "all'1,5%", "dall'11 marzo"
            body = re.sub(r"\b(del|al|sul|dal|nel) (?=8|11(?!\d)|1(?![\d.]))", r"\1l'", body)
        return body



class Generator(IntlMixin):
    def __init__(self, seed, langs=('fr', 'en')):
        self.rng = random.Random(seed)
        self.money_written = 0  # money mentions put into the text (a range counts once)
        self.templates = {lang: self._load(lang) for lang in langs}
        self._pools = {}

    @staticmethod
    def _load(lang):
        sections, current = {}, None
        with open(os.path.join(HERE, f'templates_{lang}.txt'), encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if line.startswith('## '):
                    current = line[3:].strip()
                    sections.setdefault(current, [])
                elif line and not line.startswith('#'):
                    sections[current].append(line)
        return sections

    # ---------------------------------------------------------------- numbers
    def group_sep(self, lang):
        if lang == 'en':
            return ','
        return self.rng.choices([NNBSP, NBSP, ' ', '.'], [4, 3, 2, 1])[0]

    def fmt_int(self, n, lang, sep=None):
        s = str(n)
        if n < 1000 or (lang == 'fr' and n < 10000 and self.rng.random() < 0.3):
            return s  # "4500" without grouping is common in French
        sep = sep or self.group_sep(lang)
        parts = []
        while s:
            parts.append(s[-3:])
            s = s[:-3]
        return sep.join(reversed(parts))

    def fmt_dec(self, x, decimals, lang):
        """x with `decimals` digits after the point, locale decimal mark, grouping."""
        s = f'{x:.{decimals}f}'
        whole, _, frac = s.partition('.')
        sep = self.group_sep(lang)
        if lang == 'fr' and sep == '.' and frac:
            sep = NNBSP
        out = self.fmt_int(int(whole), lang, sep)
        if frac:
            out += (',' if lang == 'fr' else '.') + frac
        return out

    def mantissa(self, lo, hi, max_decimals=2):
        """A number between lo and hi, drawn log-uniformly (small values are more
        common, as in real text), and how many decimals to print."""
        x = math.exp(self.rng.uniform(math.log(lo), math.log(hi)))
        r = self.rng.random()
        if r < 0.6 or x >= 100:
            return max(lo, round(x)), 0
        d = min(max_decimals, 1 if r < 0.9 else 2)
        x = round(x, d)
        return (int(x), 0) if x == int(x) else (x, d)

    # ---------------------------------------------------------------- money
    def pick_currency(self, lang):
        if lang in INTL:
            return self.pick_currency_l(lang)
        forms = CURRENCY_FORMS[lang]
        codes = list(forms)
        return self.rng.choices(codes, [forms[c]['w'] for c in codes])[0]

    def pick_scale(self, currency, size):
        """size: 'price' (units), 'thousand', or 'large' (mostly millions and billions)."""
        if size == 'price':
            return 'unit'
        if size == 'thousand':
            return 'thousand'
        if currency in ('JPY', 'KRW'):
            return self.rng.choices(['million', 'billion', 'trillion'], [20, 50, 30])[0]
        return self.rng.choices(['thousand', 'million', 'billion', 'trillion'], [4, 45, 48, 3])[0]

    def money(self, lang, state, currency=None, scale=None, size='large'):
        currency = currency or self.pick_currency(lang)
        scale = scale or self.pick_scale(currency, size)
        state['currency'], state['scale'] = currency, scale
        self.money_written += 1
        return getattr(self, 'money_' + lang)(currency, scale)

    def money_en(self, cur, scale):
        rng, f = self.rng, CURRENCY_FORMS['en'][cur]
        sym = rng.choice(f['sym_pre'])
        name = rng.choice(f['names'])
        if cur == 'INR' and scale in ('million', 'billion') and rng.random() < 0.6:
            unit = rng.choice(['crore', 'crore', 'lakh'])
            m = self.fmt_int(rng.choice([12, 50, 75, 500, 2500, 10372, 75000]), 'en')
            return rng.choice([f'₹{m} {unit}', f'{m} {unit} rupees', f'INR {m} {unit}',
                               f'Rs {m} {unit}'])
        if scale == 'unit':
            x, d = self.mantissa(1, 9999)
            if rng.random() < 0.3:
                x, d = rng.choice([9.99, 19.99, 49.99, 0.5, 2.5]), 2
            num = self.fmt_dec(x, d, 'en')
            return rng.choices([f'{sym}{num}', f'{num} {name}', f'{f["code"]} {num}',
                                f'{num} {f["code"]}'], [6, 2, 1, 1])[0]
        if scale == 'thousand':
            if rng.random() < 0.7:
                num = self.fmt_int(rng.randint(10, 999) * rng.choice([100, 1000]), 'en')
                return rng.choice([f'{sym}{num}', f'{num} {name}'])
            return f'{sym}{rng.randint(20, 900)}k'
        word = SCALES['en'][scale][0]
        if rng.random() < 0.05:
            if scale in ('million', 'billion') and rng.random() < 0.3:
                return f'half a {word} {name}'
            k = rng.choice([1, 2, 3, 5, 10, 20, 50, 100])
            words = NUMBER_WORDS['en'][k]
            if k == 1:
                words = rng.choice(['one', 'a'])
            return f'{words} {word} {name}'
        x, d = self.mantissa(1, 5 if scale == 'trillion' and cur not in ('JPY', 'KRW') else 999)
        num = self.fmt_dec(x, d, 'en')
        abbr = rng.choice(ABBR_EN[scale])
        return rng.choices([
            f'{sym}{num} {word}', f'{sym}{num}{abbr}', f'{f["code"]} {num} {word}',
            f'{f["code"]}{num}{abbr}', f'{num} {word} {name}', f'{num} {word} {f["code"]}',
        ], [10, 8, 2, 1, 4, 1])[0]

    def money_fr(self, cur, scale):
        rng, f = self.rng, CURRENCY_FORMS['fr'][cur]
        name = rng.choice(f['names'])
        de = ('d’' if rng.random() < 0.9 else "d'") if name[0] in 'aeiou' else 'de '
        post = rng.choice(f['sym_post'])
        space = rng.choice([NBSP, NBSP, NNBSP, ' '])
        if scale == 'unit':
            x, d = self.mantissa(1, 9999)
            if rng.random() < 0.3:
                x, d = rng.choice([9.99, 19.99, 2.73, 0.5, 149]), (0 if x == 149 else 2)
            if rng.random() < 0.08 and cur in ('EUR', 'USD'):  # English formatting
                return f'{rng.choice(f["sym_pre"])}{self.fmt_dec(x, d, "en")}'
            num = self.fmt_dec(x, d, 'fr')
            return rng.choices([f'{num}{space}{post}', f'{num} {name}',
                                f'{f["code"]} {num}'], [6, 3, 1])[0]
        if scale == 'thousand':
            r = rng.random()
            k = rng.randint(2, 950)
            if r < 0.6:
                num = self.fmt_int(k * 1000, 'fr')
                return rng.choice([f'{num}{space}{post}', f'{num} {name}'])
            if r < 0.8 and cur == 'EUR':
                return f'{k}{space}k€'
            if r < 0.9:
                return f'{k} mille {name}'
            return f'{rng.choice(f["sym_pre"])}{self.fmt_dec(k * 1000, 0, "en")}'
        if scale == 'trillion':
            if rng.random() < 0.5:
                x, d = self.mantissa(1, 9)
                word = 'billion' if x < 2 else 'billions'
                return f'{self.fmt_dec(x, d, "fr")} {word} {de}{name}'
            return f'{self.fmt_int(rng.randint(1, 20) * 100, "fr")} milliards {de}{name}'
        sing, plur, _ = SCALES['fr'][scale]
        if rng.random() < 0.05:
            k = rng.choice([1, 1, 2, 3, 5, 10, 20, 100])
            words = NUMBER_WORDS['fr'][k]
            return f'{words} {sing if k == 1 else plur} {de}{name}'
        x, d = self.mantissa(1, 999)
        num = self.fmt_dec(x, d, 'fr')
        word = sing if x < 2 else plur
        forms = [(f'{num} {word} {de}{name}', 12)]
        if cur in ('EUR', 'USD'):
            sym = '€' if cur == 'EUR' else '$'
            forms.append((f'{num}{space}{rng.choice(ABBR_FR[scale])}{sym}', 4))
        if cur == 'USD':
            forms.append((f'{num} {word} $US', 1))
        forms.append((f'{f["code"]} {num} {word}', 1))
        forms.append((f'{rng.choice(f["sym_pre"])}{num} {word}', 1))
        return rng.choices([t for t, _ in forms], [w for _, w in forms])[0]

    def qualified(self, lang, state, size='large'):
        m = self.money(lang, state, size=size)
        if self.rng.random() < 0.35:
            q = self.rng.choice(QUALIFIERS[lang])
            if lang == 'fr' and q.endswith('de ') and m[0] in 'aeiou':
                q = q[:-3] + 'd’'
            return q + m
        return m

    def money_range(self, lang, state):
        if lang in INTL:
            return self.money_range_l(lang, state)
        rng = self.rng
        cur = self.pick_currency(lang)
        scale = rng.choice(['million', 'billion', 'billion'])
        state['currency'], state['scale'] = cur, scale
        self.money_written += 1
        lo = rng.randint(1, 80)
        hi = lo + rng.randint(1, 20)
        if lang == 'en':
            f = CURRENCY_FORMS['en'][cur]
            sym, word = rng.choice(f['sym_pre']), SCALES['en'][scale][0]
            return rng.choice([f'between {sym}{lo} {word} and {sym}{hi} {word}',
                               f'{sym}{lo}-{hi} {word}', f'{sym}{lo}–{sym}{hi} {word}',
                               f'between {lo} and {hi} {word} {rng.choice(f["names"])}'])
        f = CURRENCY_FORMS['fr'][cur]
        name = rng.choice(f['names'])
        de = 'd’' if name[0] in 'aeiou' else 'de '
        plur = SCALES['fr'][scale][1]
        return rng.choice([f'entre {lo} et {hi} {plur} {de}{name}',
                           f'de {lo} à {hi} {plur} {de}{name}'])

    def versus(self, lang, state):
        """A previous-year figure: bare number with the same scale (it inherits the
        currency of the sentence's earlier amount) or a full amount."""
        cur, scale = state.get('currency'), state.get('scale')
        if cur is None:
            return self.money(lang, state)
        if scale in ('million', 'billion') and (lang == 'fr' or self.rng.random() < 0.5):
            x, d = self.mantissa(1, 999)
            sing, plur, _ = SCALES[lang][scale]
            word = sing if (lang == 'fr' and x < 2) else plur
            self.money_written += 1
            return f'{self.fmt_dec(x, d, lang)} {word}'
        return self.money(lang, state, cur, scale)

    # ---------------------------------------------------------------- other slots
    def date(self, lang):
        rng = self.rng
        day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2019, 2026)
        if lang == 'fr':
            d = '1er' if day == 1 else str(day)
            return rng.choice([f'{d} {MONTHS["fr"][month]} {year}', f'{d} {MONTHS["fr"][month]}'])
        return rng.choice([f'{MONTHS["en"][month]} {day}, {year}', f'{MONTH_ABBR_EN[month]} {day}',
                           f'{day} {MONTHS["en"][month]} {year}',
                           f'{year}-{month + 1:02d}-{day:02d}'])

    def time_of_day(self, lang):
        rng = self.rng
        h, m = rng.randint(7, 22), rng.choice([0, 0, 15, 30, 45])
        if lang == 'fr':
            return rng.choice([f'{h} h {m:02d}' if m else f'{h} heures', f'{h}h{m:02d}'])
        h12 = h - 12 if h > 12 else h
        ampm = 'p.m.' if h >= 12 else 'a.m.'
        return rng.choice([f'{h12}:{m:02d} {ampm}', f'{h12} {ampm}', f'{h}:{m:02d} GMT'])

    def pct(self, lang):
        x, d = self.mantissa(1, 15 if self.rng.random() < 0.7 else 90, max_decimals=1)
        if lang == 'fr':
            return f'{self.fmt_dec(x, d, "fr")} %'
        return self.rng.choice([f'{self.fmt_dec(x, d, "en")}%'] * 3 +
                               [f'{self.fmt_dec(x, d, "en")} per cent'])

    def slot(self, key, filled):
        rng, lang = self.rng, filled['_lang']
        state = filled.setdefault('_state', {})
        if lang in INTL:
            return self.slot_l(key, filled)
        base = key.rstrip('2')
        if base == 'co':
            while True:
                v = rng.choice(COMPANIES)
                if v != filled.get('co') or key == 'co':
                    return v
        if base == 'person':
            return rng.choice(PEOPLE)
        if base == 'role':
            return rng.choice(ROLES[lang])
        if base == 'city':
            return rng.choice(CITIES[lang])
        if base == 'country':
            return rng.choice(COUNTRIES[lang])
        if base == 'year':
            return str(rng.randint(2008, 2030))
        if base == 'date':
            return self.date(lang)
        if base == 'month':
            return rng.choice(MONTHS[lang])
        if base == 'weekday':
            return rng.choice(WEEKDAYS[lang])
        if base == 'quarter':
            return rng.choice(QUARTERS[lang])
        if base == 'pct':
            return self.pct(lang)
        if base == 'n':
            return str(rng.randint(2, 40))
        if base == 'big':
            return self.fmt_int(rng.choice([rng.randint(100, 999), rng.randint(1000, 99999),
                                            rng.randint(1, 950) * 1000]), lang)
        if base == 'mil':
            scale = rng.choices(['million', 'billion'], [5, 1])[0]
            x, d = self.mantissa(1, 900 if scale == 'million' else 3, max_decimals=1)
            sing, plur, _ = SCALES[lang][scale]
            word = sing if (lang == 'fr' and x < 2) else plur
            return f'{self.fmt_dec(x, d, lang)} {word}'
        if base == 'mw':
            return self.fmt_int(rng.choice([20, 40, 90, 120, 150, 300, 500, 1000, 1400]), lang)
        if base == 'model':
            return rng.choice(MODELS)
        if base == 'time':
            return self.time_of_day(lang)
        if base == 'phone':
            return rng.choice(PHONES[lang])
        v = self.money_slot(key, base, lang, state, self.qualified, self.money_range,
                            self.versus)
        if v is not None:
            return v
        raise KeyError(f'unknown template slot {{{key}}}')

    # ---------------------------------------------------------------- articles
    def sentence(self, lang, used):
        rng = self.rng
        sections = self.templates[lang]
        names = list(SECTION_WEIGHTS)
        section = rng.choices(names, [SECTION_WEIGHTS[n] for n in names])[0]
        pool = sections[section]
        for _ in range(4):  # avoid repeating a template inside one article
            i = rng.randrange(len(pool))
            if (section, i) not in used:
                break
        used.add((section, i))
        filled = Filler(self)
        filled['_lang'] = lang
        text = pool[i].format_map(filled)
        return text[0].upper() + text[1:]

    def article(self, lang, target_bytes):
        if lang in INTL:
            return self.article_l(lang, target_bytes)
        rng = self.rng
        used = set()
        paragraphs, size = [], 0
        while size < target_bytes:
            sentences = [self.sentence(lang, used) for _ in range(rng.randint(3, 6))]
            p = ' '.join(sentences)
            paragraphs.append(p)
            size += len(p.encode('utf-8')) + 2
        body = '\n\n'.join(paragraphs)
        return french_typography(body) if lang == 'fr' else body


def french_typography(s):
    s = s.replace('« ', '«' + NBSP).replace(' »', NBSP + '»')
    s = re.sub(r' ([;!?])', NNBSP + r'\1', s)
    s = s.replace(' :', NBSP + ':')
    s = re.sub(r'(\d) %', r'\1' + NBSP + '%', s)
    return s


def fingerprint(seed, mb, langs=LANGS):
    h = hashlib.sha256()
    for name in ['make_corpus.py'] + [f'templates_{lang}.txt' for lang in langs]:
        with open(os.path.join(HERE, name), 'rb') as f:
            h.update(f.read())
    h.update(f'{GENERATOR_VERSION}/{seed}/{mb}'.encode())
    if tuple(langs) != ('fr', 'en'):
        h.update(('/' + ','.join(langs)).encode())
    return h.hexdigest()


def existing_ok(path, fp, mb):
    try:
        db = sqlite3.connect(f'file:{path}?mode=ro', uri=True)
        try:
            meta = dict(db.execute('SELECT key, value FROM corpus_meta'))
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return meta.get('fingerprint') == fp and float(meta.get('bytes', 0)) >= mb * 1e6


def parse_langs(text):
    langs = tuple(dict.fromkeys(s.strip() for s in text.split(',') if s.strip()))
    unknown = [lang for lang in langs if lang not in LANGS]
    if unknown or not langs:
        raise ValueError(f'--langs: unknown language(s) {unknown}; choose among {",".join(LANGS)}')
    return tuple(lang for lang in LANGS if lang in langs)  # canonical order


def build(path, mb, seed, articles=None, fp=None, langs=LANGS, lang_index=True):
    """Writes articles until their bodies reach `mb` MB, or exactly `articles` of them
    (bench/store.py); `fp` is the fingerprint to record (default: fingerprint(seed, mb,
    langs)). Articles are in the languages `langs`, in the shares of LANG_SHARES.

    French and English come from one generator seeded with `seed`, exactly as when the
    corpus held only them (each article: fr or en with one draw, then the article), so
    their bodies are byte-identical, in the same order, to those of a French-English
    corpus of the same seed; each other language has its own generator (seed
    'SEED/lang'), and a third random stream ('SEED/mix') decides which generator writes
    the next article. With langs = ('fr', 'en') the result is the old corpus exactly.
    lang_index: also CREATE INDEX articles_lang ON articles(lang) (bench.py's
    per-language rows read one language's articles through it)."""
    fr_en = [lang for lang in ('fr', 'en') if lang in langs]
    others = [lang for lang in langs if lang not in ('fr', 'en')]
    main_gen = Generator(seed, fr_en) if fr_en else None
    gens = {lang: Generator(f'{seed}/{lang}', (lang,)) for lang in others}
    mix = random.Random(f'{seed}/mix')
    share_main = sum(LANG_SHARES[lang] for lang in fr_en)
    cumulative, acc = [], share_main
    for lang in others:
        acc += LANG_SHARES[lang]
        cumulative.append((acc, lang))
    scale = acc  # the shares of the languages present, normalised
    tmp = path + '.tmp'
    if os.path.exists(tmp):
        os.remove(tmp)
    db = sqlite3.connect(tmp)
    db.executescript('''
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);
        CREATE TABLE corpus_meta(key TEXT PRIMARY KEY, value TEXT);
    ''')
    total, n, rows = 0, 0, []
    written = dict.fromkeys(langs, 0)
    target = mb * 1e6
    db.execute('BEGIN')
    while (n < articles) if articles is not None else (total < target):
        n += 1
        r = mix.random() * scale if others else 0.0
        if r < share_main:
            gen = main_gen
            lang = 'fr' if gen.rng.random() < 0.5 else 'en'
            if lang not in fr_en:
                lang = fr_en[0]
        else:
            lang = next((lang for bound, lang in cumulative if r < bound), others[-1])
            gen = gens[lang]
        before = gen.money_written
        body = gen.article(lang, gen.rng.randint(4000, 6000))
        written[lang] += gen.money_written - before
        total += len(body.encode('utf-8'))
        rows.append((n, lang, body))
        if len(rows) == 1000:
            db.executemany('INSERT INTO articles VALUES (?, ?, ?)', rows)
            rows.clear()
    db.executemany('INSERT INTO articles VALUES (?, ?, ?)', rows)
    if lang_index:
        db.execute('CREATE INDEX articles_lang ON articles(lang)')
    meta = [('fingerprint', fp or fingerprint(seed, mb, langs)), ('bytes', str(total)),
            ('articles', str(n)), ('seed', str(seed)), ('mb', str(mb)),
            ('money_mentions', str(sum(written.values()))), ('langs', ','.join(langs))]
    meta += [(f'money_mentions_{lang}', str(k)) for lang, k in written.items()]
    db.executemany('INSERT INTO corpus_meta VALUES (?, ?)', meta)
    db.commit()
    db.close()
    os.replace(tmp, path)
    return n, total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('out', help='database file to write')
    ap.add_argument('--mb', type=float, default=60, help='minimum total body size in MB (default 60)')
    ap.add_argument('--seed', type=int, default=20251123)
    ap.add_argument('--force', action='store_true', help='rebuild even if OUT is up to date')
    ap.add_argument('--langs', default=','.join(LANGS),
                    help=f'comma-separated languages (default {",".join(LANGS)}; '
                         'fr,en gives the French-English corpus of before)')
    args = ap.parse_args(argv)
    try:
        langs = parse_langs(args.langs)
    except ValueError as e:
        ap.error(str(e))
    fp = fingerprint(args.seed, args.mb, langs)
    if not args.force and existing_ok(args.out, fp, args.mb):
        print(f'make_corpus: {args.out} is up to date, reused', file=sys.stderr)
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    t0 = time.perf_counter()
    n, total = build(args.out, args.mb, args.seed, langs=langs)
    print(f'make_corpus: wrote {args.out}: {n} articles ({",".join(langs)}), {total / 1e6:.1f} MB '
          f'in {time.perf_counter() - t0:.1f} s', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
