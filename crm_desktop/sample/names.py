"""Who the sample shop's customers are: names in the scripts of Brussels' many communities, the ways
they write their phone numbers, and the streets, towns and businesses of the neighbourhood.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from crm_desktop.domain.text import fold


def _firsts(spec: str) -> tuple[tuple[str, str, bool], ...]:
    """``"Zoé:f, Γιώργος=Giorgos:m"`` -> ``(("Zoé", "zoe", True), ("Γιώργος", "giorgos", False))``: the
    name as written, in Latin letters folded as the search folds them (ASCII for Latin scripts), and
    whether it is a woman's name."""
    out = []
    for entry in spec.split(","):
        names, gender = entry.strip().rsplit(":", 1)
        display, _, roman = names.partition("=")
        out.append((display, fold(roman or display), gender == "f"))
    return tuple(out)


def _lasts(spec: str) -> tuple[tuple[tuple[str, str], tuple[str, str]], ...]:
    """``"Nowak, Dvořák/Dvořáková"`` -> male and female forms, each (display, roman)."""
    out = []
    for entry in spec.split(","):
        forms = []
        for form in entry.strip().split("/"):
            display, _, roman = form.partition("=")
            forms.append((display, roman or display))
        male = forms[0]
        out.append((male, forms[1] if len(forms) > 1 else male))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Locale:
    weight: int
    order: str  # "w": First Last; "cjk": family name first, no space; "ja": family name first; "vi"
    native: bool  # written in a non-Latin script (sometimes typed in Latin letters instead)
    firsts: tuple[tuple[str, str, bool], ...]
    lasts: tuple[tuple[tuple[str, str], tuple[str, str]], ...]
    phones: tuple[str, ...]  # formats for a number from home; "#" is a digit


LOCALES: Final = (
    Locale(
        22,
        "w",
        False,
        _firsts(
            "Élodie:f, Léa:f, Chloé:f, Zoé:f, Amélie:f, Inès:f, Maëlle:f, Céline:f, Anaïs:f, Thérèse:f, "
            "François:m, Jérôme:m, Théo:m, Loïc:m, Noël:m, Benoît:m, Gaëtan:m, Raphaël:m, Stéphane:m, "
            "Mathéo:m"
        ),
        _lasts(
            "Lefèvre, Dubois, Moreau, Girard, Lambert, Fontaine, Rousseau, Mercier, Bélanger, Gauthier, "
            "Lemaître, Duchêne, Péron, Leroy, Dupont, Martin, Bernard, Petit, Laurent, Deschênes"
        ),
        ("06 ## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##"),
    ),
    Locale(
        9,
        "w",
        False,
        _firsts("Sofie:f, Lotte:f, Anouk:f, Fien:f, Eline:f, Jens:m, Pieter:m, Bram:m, Wout:m, Ruben:m"),
        _lasts(
            "Janssens, Peeters, Maes, Jacobs, Willems, Claes, Goossens, Wouters, De Smet, Van den Broeck, "
            "Vermeulen, D'Hondt"
        ),
        ("+31 6 ########", "06-########"),
    ),
    Locale(
        6,
        "w",
        False,
        _firsts("Käthe:f, Sophie:f, Franziska:f, Jürgen:m, Günther:m, Björn:m, Jörg:m, Lukas:m, Sören:m"),
        _lasts("Müller, Schröder, Weiß, Groß, Köhler, Schäfer, Krämer, Böhm, Weber, Fuchs, Hoffmann, Strauß"),
        ("+49 151 ########", "0151 ########", "+49 30 ########"),
    ),
    Locale(
        7,
        "w",
        False,
        _firsts(
            "María:f, Ángela:f, Begoña:f, Lucía:f, Nuria:f, Rocío:f, José:m, Íñigo:m, Martín:m, Andrés:m"
        ),
        _lasts("García, Muñoz, Pérez, Gómez, Sánchez, Núñez, Ibáñez, Rodríguez, Fernández, Castaño"),
        ("+34 6## ## ## ##", "+34 6## ### ###"),
    ),
    Locale(
        4,
        "w",
        False,
        _firsts("Inês:f, Conceição:f, Luísa:f, Beatriz:f, João:m, Gonçalo:m, Sebastião:m, Tomás:m"),
        _lasts("Gonçalves, Simões, Magalhães, Araújo, Fernandes, Brandão"),
        ("+351 91# ### ###",),
    ),
    Locale(
        5,
        "w",
        False,
        _firsts("Giulia:f, Chiara:f, Francesca:f, Alessandro:m, Lorenzo:m, Niccolò:m, Matteo:m"),
        _lasts("Rossi, Bianchi, Esposito, Ricci, Colombo, Romano, Galli, Fabbri, D'Angelo"),
        ("+39 3## ### ####",),
    ),
    Locale(
        7,
        "w",
        False,
        _firsts(
            "Małgorzata:f, Agnieszka:f, Żaneta:f, Bożena:f, Zofia:f, Łukasz:m, Zbigniew:m, Krzysztof:m, "
            "Wojciech:m, Paweł:m, Grzegorz:m, Jędrzej:m"
        ),
        _lasts(
            "Nowak, Wójcik, Kowalczyk, Woźniak, Mazur, Krawczyk, Kaczmarek, Zając, Król, Wróbel, "
            "Kowalski/Kowalska, Wiśniewski/Wiśniewska, Dąbrowski/Dąbrowska"
        ),
        ("+48 5## ### ###", "+48 6## ### ###"),
    ),
    Locale(
        2,
        "w",
        False,
        _firsts("Tereza:f, Lucie:f, Kateřina:f, Jiří:m, Petr:m, Tomáš:m"),
        _lasts("Dvořák/Dvořáková, Novák/Nováková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová"),
        ("+420 6## ### ###",),
    ),
    Locale(
        4,
        "w",
        True,
        _firsts(
            "Γιώργος=Giorgos:m, Δημήτρης=Dimitris:m, Νίκος=Nikos:m, Γιάννης=Giannis:m, Μαρία=Maria:f, "
            "Ελένη=Eleni:f, Κατερίνα=Katerina:f, Σοφία=Sofia:f"
        ),
        _lasts(
            "Παπαδόπουλος=Papadopoulos/Παπαδοπούλου=Papadopoulou, Οικονόμου=Oikonomou, "
            "Γεωργίου=Georgiou, Νικολάου=Nikolaou, Παπαδάκης=Papadakis/Παπαδάκη=Papadaki"
        ),
        ("+30 69# ### ####",),
    ),
    Locale(
        4,
        "w",
        True,
        _firsts(
            "Алексей=Aleksei:m, Дмитрий=Dmitrii:m, Сергей=Sergei:m, Иван=Ivan:m, Наталья=Natalia:f, "
            "Ольга=Olga:f, Екатерина=Ekaterina:f, Анна=Anna:f"
        ),
        _lasts(
            "Иванов=Ivanov/Иванова=Ivanova, Смирнов=Smirnov/Смирнова=Smirnova, "
            "Кузнецов=Kuznetsov/Кузнецова=Kuznetsova, Попов=Popov/Попова=Popova, "
            "Соколов=Sokolov/Соколова=Sokolova, Волков=Volkov/Волкова=Volkova"
        ),
        ("+7 9## ###-##-##", "+7 (9##) ###-##-##"),
    ),
    Locale(
        3,
        "w",
        True,
        _firsts(
            "Олександр=Oleksandr:m, Тарас=Taras:m, Богдан=Bohdan:m, Оксана=Oksana:f, Ірина=Iryna:f, "
            "Юлія=Yuliia:f"
        ),
        _lasts(
            "Шевченко=Shevchenko, Коваленко=Kovalenko, Бондаренко=Bondarenko, Ткаченко=Tkachenko, "
            "Мельник=Melnyk"
        ),
        ("+380 6# ### ## ##", "+380 9# ### ## ##"),
    ),
    Locale(
        5,
        "cjk",
        True,
        _firsts(
            "伟=Wei:m, 强=Qiang:m, 磊=Lei:m, 建国=Jianguo:m, 晓明=Xiaoming:m, 芳=Fang:f, 静=Jing:f, 娜=Na:f, "
            "秀英=Xiuying:f, 丽=Li:f"
        ),
        _lasts("王=Wang, 李=Li, 张=Zhang, 刘=Liu, 陈=Chen, 杨=Yang, 黄=Huang, 赵=Zhao, 吴=Wu, 周=Zhou"),
        ("+86 13# #### ####", "+86 15# #### ####"),
    ),
    Locale(
        2,
        "ja",
        True,
        _firsts(
            "太郎=Taro:m, 翔=Sho:m, 大輔=Daisuke:m, 健=Ken:m, "
            "花子=Hanako:f, 陽菜=Hina:f, 結衣=Yui:f, さくら=Sakura:f"
        ),
        _lasts("佐藤=Sato, 鈴木=Suzuki, 高橋=Takahashi, 田中=Tanaka, 渡辺=Watanabe, 伊藤=Ito, 山本=Yamamoto"),
        ("+81 90-####-####", "+81 80-####-####"),
    ),
    Locale(
        1,
        "cjk",
        True,
        _firsts("민준=Minjun:m, 도윤=Doyun:m, 서연=Seoyeon:f, 지우=Jiwoo:f"),
        _lasts("김=Kim, 이=Lee, 박=Park, 최=Choi"),
        ("+82 10-####-####",),
    ),
    Locale(
        7,
        "w",
        True,
        _firsts(
            "محمد=Mohammed:m, أحمد=Ahmed:m, يوسف=Youssef:m, عمر=Omar:m, خالد=Khaled:m, فاطمة=Fatima:f, "
            "ليلى=Layla:f, مريم=Maryam:f, نور=Nour:f, سلمى=Salma:f"
        ),
        _lasts(
            "حداد=Haddad, منصور=Mansour, الخطيب=El Khatib, بنعلي=Benali, العمري=El Amri, صالح=Saleh, "
            "ناصر=Nasser, التازي=Tazi"
        ),
        ("+212 6##-######", "+212 6## ## ## ##"),
    ),
    Locale(
        4,
        "vi",
        False,
        _firsts("Lan:f, Hương:f, Thảo:f, Ngọc:f, Minh:m, Tuấn:m, Dũng:m, Quang:m"),
        _lasts("Nguyễn, Trần, Lê, Phạm, Hoàng, Phan, Vũ, Đặng"),
        ("+84 9# ### ## ##", "+84 ## ### ####"),
    ),
    Locale(
        4,
        "w",
        False,
        _firsts("Ayşe:f, Çağla:f, Şule:f, Özge:f, Mehmet:m, Gökhan:m, Emre:m, İbrahim:m"),
        _lasts("Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Doğan"),
        ("+90 5## ### ## ##",),
    ),
    Locale(
        4,
        "w",
        False,
        _firsts("Emily:f, Charlotte:f, Siobhán:f, Niamh:f, Oliver:m, Jack:m, Harry:m, Seán:m"),
        _lasts("Smith, O'Brien, Johnson, Taylor, Murphy, Walsh, Clarke"),
        ("+44 20 7946 0###", "+44 7700 900###", "(555) 010-####", "+1 555-010-####"),
    ),
    Locale(
        2,
        "w",
        True,
        _firsts("आरव=Aarav:m, राहुल=Rahul:m, प्रिया=Priya:f, अनन्या=Ananya:f"),
        _lasts("शर्मा=Sharma, पटेल=Patel, गुप्ता=Gupta, सिंह=Singh"),
        ("+91 9#### #####",),
    ),
)
LOCALE_WEIGHTS: Final = tuple(locale.weight for locale in LOCALES)

# Most customers live near the shop and give a Belgian number, typed every way people type them.
LOCAL_PHONES: Final = (
    "+32 47# ## ## ##",
    "047# ## ## ##",
    "048#/##.##.##",
    "049# ## ## ##",
    "+32 49# ## ## ##",
    "0032 47# ## ## ##",
    "02 ### ## ##",
    "+32 2 ### ## ##",
    "0475######",
)

STREETS: Final = (
    "Rue de la Loi",
    "Avenue Louise",
    "Chaussée de Wavre",
    "Rue Haute",
    "Boulevard Anspach",
    "Rue du Marché aux Herbes",
    "Kerkstraat",
    "Rue Royale",
    "Avenue des Arts",
    "Place Flagey",
    "Rue Sainte-Catherine",
    "Rue de Flandre",
    "Rue Neuve",
    "Chaussée d'Ixelles",
    "Avenue de la Toison d'Or",
    "Rue des Éperonniers",
    "Steenweg op Gent",
    "Rue Émile Féron",
)
PLACES: Final = (
    ("1000", "Bruxelles"),
    ("1050", "Ixelles"),
    ("1060", "Saint-Gilles"),
    ("1030", "Schaerbeek"),
    ("1080", "Molenbeek-Saint-Jean"),
    ("1190", "Forest"),
    ("1200", "Woluwe-Saint-Lambert"),
    ("1180", "Uccle"),
    ("1040", "Etterbeek"),
    ("1070", "Anderlecht"),
    ("1150", "Woluwe-Saint-Pierre"),
    ("1090", "Jette"),
)
BUSINESS_KINDS: Final = (
    "Boulangerie",
    "Garage",
    "Cabinet dentaire",
    "Plomberie",
    "Menuiserie",
    "Épicerie",
    "Taxis",
    "Pharmacie",
    "Atelier",
    "Studio",
    "Café",
    "Restaurant",
    "Transports",
    "Électricité",
    "Fleuriste",
    "Bureau d'architecture",
)
LEGAL_FORMS: Final = ("SRL", "SA", "SRL", "ASBL", "", "SComm")
MAIL_DOMAINS: Final = ("example.com", "example.org", "example.net", "mail.example", "post.example")
