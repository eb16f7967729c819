#!/usr/bin/python3
"""Generate the benchmark corpus: French and English business/technology news prose.

    /usr/bin/python3 bench/make_corpus.py OUT.db [--mb 60] [--seed N] [--force]

Writes OUT.db with a table articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT)
holding ~5 KB articles until the bodies total at least --mb megabytes (10^6 bytes
of UTF-8), half French, half English, plus a table corpus_meta(key, value).

The text is built from the sentence templates in bench/templates_fr.txt and
bench/templates_en.txt (prose, sentences with numbers that are not money, and
sentences with money), their slots filled from lists of companies, people, places,
years, dates, percentages, counts, model numbers, phone numbers and money amounts
written in the many forms the extractor is meant to read. About 7 % of sentences
carry money, i.e. one amount every ~200 words. French text uses French typography:
’ apostrophes, « » with U+00A0 inside, U+00A0 or U+202F before : ; ! ? % and as
thousands separators.

Deterministic: the same seed, templates and script give the same bytes. If OUT.db
already exists and was made by the same script, templates, seed and size, it is
reused (the check is cheap); --force rebuilds it.
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


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.money_written = 0  # money mentions put into the text (a range counts once)
        self.templates = {lang: self._load(lang) for lang in ('fr', 'en')}

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
        return (self.money_en if lang == 'en' else self.money_fr)(currency, scale)

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
        if key == 'money2':
            return self.money(lang, state, state.get('currency'), state.get('scale'))
        if base == 'money':
            return self.money(lang, state)
        if base == 'qmoney':
            return self.qualified(lang, state)
        if base == 'price':
            return self.money(lang, state, size='price')
        if base == 'qprice':
            return self.qualified(lang, state, size='price')
        if base == 'kmoney':
            return self.money(lang, state, size='thousand')
        if base == 'qkmoney':
            return self.qualified(lang, state, size='thousand')
        if base == 'range':
            return self.money_range(lang, state)
        if base == 'vs':
            return self.versus(lang, state)
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


def fingerprint(seed, mb):
    h = hashlib.sha256()
    for name in ('make_corpus.py', 'templates_fr.txt', 'templates_en.txt'):
        with open(os.path.join(HERE, name), 'rb') as f:
            h.update(f.read())
    h.update(f'{GENERATOR_VERSION}/{seed}/{mb}'.encode())
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


def build(path, mb, seed, articles=None, fp=None):
    """Writes articles until their bodies reach `mb` MB, or exactly `articles` of them
    (bench/store.py); `fp` is the fingerprint to record (default: fingerprint(seed, mb))."""
    gen = Generator(seed)
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
    target = mb * 1e6
    db.execute('BEGIN')
    while (n < articles) if articles is not None else (total < target):
        n += 1
        lang = 'fr' if gen.rng.random() < 0.5 else 'en'
        body = gen.article(lang, gen.rng.randint(4000, 6000))
        total += len(body.encode('utf-8'))
        rows.append((n, lang, body))
        if len(rows) == 1000:
            db.executemany('INSERT INTO articles VALUES (?, ?, ?)', rows)
            rows.clear()
    db.executemany('INSERT INTO articles VALUES (?, ?, ?)', rows)
    db.executemany('INSERT INTO corpus_meta VALUES (?, ?)', [
        ('fingerprint', fp or fingerprint(seed, mb)), ('bytes', str(total)), ('articles', str(n)),
        ('seed', str(seed)), ('mb', str(mb)), ('money_mentions', str(gen.money_written))])
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
    args = ap.parse_args(argv)
    fp = fingerprint(args.seed, args.mb)
    if not args.force and existing_ok(args.out, fp, args.mb):
        print(f'make_corpus: {args.out} is up to date, reused', file=sys.stderr)
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    t0 = time.perf_counter()
    n, total = build(args.out, args.mb, args.seed)
    print(f'make_corpus: wrote {args.out}: {n} articles, {total / 1e6:.1f} MB '
          f'in {time.perf_counter() - t0:.1f} s', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
