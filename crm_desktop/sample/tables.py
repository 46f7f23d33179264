"""The sample shop's fixed tables: its staff, follow-up plans, catalogue, procedures and settings.

Days are counted from ``today`` (negative: in the past), so that the shop is always about three years
old. Nothing here is random; the generator draws from these tables.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from crm_desktop.domain.enums import AssigneeRule, FollowUpKind, StaffRole, StepAnchor
from crm_desktop.domain.plans import PlanStep
from crm_desktop.services.jobs import DEFAULT_PROCEDURES

DEMO_COUNTRY: Final = "BE"  # the sample shop is in Brussels; its customers' numbers are mostly Belgian
OPENED_DAY: Final = -1200  # the day the shop opened: the first staff, plans and products

SETTINGS: Final = {
    "business.name": "Demo Shop — sample data",
    "business.address": "Rue de l'Exemple 12, 1000 Bruxelles, Belgique (sample address)",
    "business.phone": "+32 2 555 01 23",
    "business.email": "hello@demo-shop.example",
    "currency": "EUR",
    "shop.country": DEMO_COUNTRY,
    "cost_per_contact_minor": "450",
    "demo": "1",
}

STAFF: Final = (
    # name, role, e-mail, first day (days before today), last day or None while still employed
    ("Hélène Marchand", StaffRole.OWNER, "helene@demo-shop.example", -1200, None),
    ("Tomás Ferreira", StaffRole.SALES, "tomas@demo-shop.example", -1150, None),
    ("Agnieszka Wójcik", StaffRole.SALES, "agnieszka@demo-shop.example", -880, None),
    ("Jonas Becker", StaffRole.SALES, "jonas@demo-shop.example", -1150, -420),
    ("Karim Haddad", StaffRole.TECHNICIAN, "karim@demo-shop.example", -1180, None),
    ("Dimitris Papadakis", StaffRole.TECHNICIAN, "dimitris@demo-shop.example", -700, None),
)

# The plans' steps, as the app stores and expands them (crm_desktop.domain.plans).
_THANKS = PlanStep(None, FollowUpKind.CALL, "Thank-you call", StepAnchor.SALE, 3)
_SATISFACTION = PlanStep(
    None,
    FollowUpKind.SATISFACTION,
    "Satisfaction check",
    StepAnchor.SALE,
    30,
    assignee_rule=AssigneeRule.SALES,
)
_WARRANTY = PlanStep(
    None,
    FollowUpKind.WARRANTY_NOTICE,
    "Warranty ends in 30 days",
    StepAnchor.WARRANTY_END,
    -30,
    assignee_rule=AssigneeRule.SALES,
)
_YEARLY = PlanStep(
    None,
    FollowUpKind.SERVICE_REMINDER,
    "Yearly service reminder",
    StepAnchor.SALE,
    365,
    repeat_every_months=12,
    repeat_limit=3,
    assignee_rule=AssigneeRule.TECHNICIAN,
)

PLANS: Final = (
    # name, description, active, steps
    (
        "Phone aftercare",
        "Thank the customer, check they are happy after a month, warn them before the warranty ends.",
        True,
        (_THANKS, _SATISFACTION, _WARRANTY),
    ),
    (
        "Computer aftercare",
        "Thank-you call, satisfaction check, and a call before the warranty ends.",
        True,
        (_THANKS, _SATISFACTION, _WARRANTY),
    ),
    (
        "Appliance aftercare",
        "Thank-you call, satisfaction check, warranty notice and a yearly service reminder (3 years).",
        True,
        (_THANKS, _SATISFACTION, replace(_WARRANTY, assignee_rule=AssigneeRule.OWNER), _YEARLY),
    ),
    (
        "Bike aftercare",
        "Free check after running-in, warranty notice and a yearly service reminder (3 years).",
        True,
        (
            _THANKS,
            PlanStep(
                None,
                FollowUpKind.SERVICE_REMINDER,
                "Free first service after running-in",
                StepAnchor.SALE,
                45,
                assignee_rule=AssigneeRule.TECHNICIAN,
            ),
            _WARRANTY,
            _YEARLY,
        ),
    ),
    ("Tool aftercare", "One satisfaction check a month after the sale.", True, (_SATISFACTION,)),
    ("Thank-you call only", "A single call three days after the sale.", True, (_THANKS,)),
    (
        "Old phone plan (2022)",
        "Replaced by 'Phone aftercare'; kept for the history of old follow-ups.",
        False,
        (PlanStep(None, FollowUpKind.CALL, "Call one week after the sale", StepAnchor.SALE, 7),),
    ),
)

CATEGORIES: Final = (
    # name, default warranty months, default plan
    ("Phones", 24, "Phone aftercare"),
    ("Appliances", 24, "Appliance aftercare"),
    ("Bikes", 24, "Bike aftercare"),
    ("Computers", 24, "Computer aftercare"),
    ("Tools", 12, "Tool aftercare"),
    ("Accessories", 12, None),
)


@dataclass(frozen=True, slots=True)
class Spec:
    """A catalogue line, with what the generator needs to know about it."""

    sku: str
    name: str
    category: str
    price: int
    months: int | None = None  # None: the category's default
    serial: bool = False
    plan: str | None = None  # None: the category's default
    since: int = -1200  # first day it was sold
    retired_day: int | None = None  # last day it was sold, if it is retired
    on_site: bool = False  # repaired at the customer's home
    tac: str = ""  # phones: type allocation code, the first 8 digits of the IMEI
    weight: int = 10


PRODUCTS: Final = (
    Spec("PH-SGA15", "Samsung Galaxy A15 128 GB", "Phones", 19900, serial=True, tac="35332811", weight=16),
    Spec("PH-IP13", "Apple iPhone 13 128 GB", "Phones", 62900, serial=True, tac="35467210", weight=12),
    Spec("PH-IP15", "Apple iPhone 15 128 GB", "Phones", 86900, serial=True, tac="35870312", since=-480),
    Spec("PH-RN13", "Xiaomi Redmi Note 13 256 GB", "Phones", 24900, serial=True, tac="86420305", since=-600),
    Spec("PH-PX8", "Google Pixel 8 128 GB", "Phones", 59900, 24, serial=True, tac="35209117", since=-520),
    Spec(
        "PH-FP5", "Fairphone 5 256 GB", "Phones", 69900, 60, serial=True, tac="35781544", since=-800, weight=4
    ),
    Spec("PH-DORO", "Doro 8100 senior phone", "Phones", 17900, serial=True, tac="35160233", weight=6),
    Spec(
        "PH-G22", "Nokia G22 64 GB", "Phones", 14900, serial=True, tac="35998807", retired_day=-400, weight=8
    ),
    Spec("AP-WM8", "Bosch Serie 4 washing machine 8 kg", "Appliances", 54900, serial=True, on_site=True),
    Spec("AP-DW", "Miele G 5110 dishwasher", "Appliances", 69900, serial=True, on_site=True, weight=7),
    Spec("AP-FF", "Samsung RB34 fridge-freezer", "Appliances", 62900, serial=True, on_site=True, weight=7),
    Spec("AP-VAC", "Dyson V11 cordless vacuum", "Appliances", 49900, serial=True, weight=8),
    Spec("AP-COF", "De'Longhi Magnifica S coffee machine", "Appliances", 37900, serial=True, weight=12),
    Spec("AP-AF", "Philips Airfryer XL", "Appliances", 13900, 24, serial=True, weight=9),
    Spec("BK-CITY", "Gazelle Esprit city bike", "Bikes", 74900, serial=True, weight=14),
    Spec("BK-EBK", "Riese & Müller Charger4 e-bike", "Bikes", 529900, serial=True, weight=6),
    Spec("BK-MTB", "Cube Aim mountain bike", "Bikes", 69900, serial=True),
    Spec("BK-KID", "Kids' bike 20 inch", "Bikes", 27900, serial=True, weight=8),
    Spec("BK-ROAD", "Giant Contend road bike", "Bikes", 99900, serial=True, weight=5),
    Spec("PC-TP14", "Lenovo ThinkPad E14", "Computers", 89900, serial=True, weight=12),
    Spec("PC-MBA", "Apple MacBook Air 13 M2", "Computers", 119900, serial=True, since=-700),
    Spec("PC-CB", "Acer Chromebook 314", "Computers", 32900, 12, serial=True, weight=6),
    Spec("PC-DESK", "HP Pavilion desktop", "Computers", 74900, serial=True, weight=5),
    Spec("PC-MON", "Dell 24 inch monitor", "Computers", 18900, 36, serial=True, weight=8),
    Spec("TL-DRL", "Bosch GSR 18V cordless drill", "Tools", 12900, 24, weight=14),
    Spec("TL-GRD", "Makita angle grinder 125 mm", "Tools", 8900),
    Spec("TL-PW", "Kärcher K4 pressure washer", "Tools", 27900, 24, weight=8),
    Spec("TL-SAW", "Stihl MS 170 chainsaw", "Tools", 24900, weight=6),
    Spec("TL-SET", "Hand tool set 108 pieces", "Tools", 5900, 0, weight=8),
    Spec("AC-CHG", "USB-C charger 25 W", "Accessories", 2490),
    Spec("AC-SP", "Screen protector, fitted", "Accessories", 1990, 0),
    Spec("AC-CASE", "Phone case", "Accessories", 1990, 0),
    Spec("AC-BUDS", "Wireless earbuds", "Accessories", 7990, plan="Thank-you call only"),
    Spec("AC-WATCH", "Smartwatch", "Accessories", 19900, 24, plan="Thank-you call only", weight=6),
    Spec("AC-HELM", "Bike helmet", "Accessories", 5990),
    Spec("AC-LOCK", "Bike lock, folding", "Accessories", 6990),
    Spec("AC-BAG", "Laptop bag 14 inch", "Accessories", 3990),
    Spec("AC-MOUSE", "Wireless mouse", "Accessories", 2490),
    Spec("AC-HDMI", "HDMI cable 2 m", "Accessories", 990, 0),
    Spec("AC-DESC", "Descaling kit", "Accessories", 1490, 0, weight=5),
    Spec("AC-OLD", "Wired earphones", "Accessories", 1490, 12, retired_day=-700, weight=5),
)

# Units customers bring in that were bought elsewhere (their serials come from their own ranges).
FOREIGN_UNITS: Final = (
    Spec("X-S21", "Samsung Galaxy S21 (bought elsewhere)", "Phones", 0, serial=True, tac="35298710"),
    Spec("X-IP11", "Apple iPhone 11 (bought elsewhere)", "Phones", 0, serial=True, tac="35391110"),
    Spec("X-P30", "Huawei P30 (bought elsewhere)", "Phones", 0, serial=True, tac="86754203", weight=5),
    Spec("X-LAT", "Dell Latitude laptop (bought elsewhere)", "Computers", 0, serial=True),
    Spec("X-WPL", "Whirlpool washing machine (bought elsewhere)", "Appliances", 0, serial=True, on_site=True),
    Spec("X-NES", "Nespresso coffee machine (bought elsewhere)", "Appliances", 0, serial=True),
    Spec("X-TRK", "Trek city bike (bought elsewhere)", "Bikes", 0, serial=True),
    Spec("X-BDK", "Black+Decker drill (bought elsewhere)", "Tools", 0, serial=True, weight=6),
)

_MAIN_CATEGORY_WEIGHTS: Final = {
    False: (
        ("Phones", 33),
        ("Accessories", 15),
        ("Computers", 11),
        ("Appliances", 15),
        ("Bikes", 13),
        ("Tools", 13),
    ),
    True: (
        ("Phones", 40),
        ("Computers", 30),
        ("Accessories", 10),
        ("Appliances", 8),
        ("Tools", 10),
        ("Bikes", 2),
    ),
}

MAIN_CATEGORIES: Final = {
    business: (tuple(name for name, _ in pairs), tuple(weight for _, weight in pairs))
    for business, pairs in _MAIN_CATEGORY_WEIGHTS.items()
}

# Add-ons sold with a main product: a catalogue SKU, or "*key" for a free-text line.
ADDONS: Final = {
    "Phones": (("AC-CASE", 0.5), ("AC-SP", 0.4), ("AC-CHG", 0.2), ("*transfer", 0.15)),
    "Computers": (("AC-BAG", 0.3), ("AC-MOUSE", 0.4), ("*setup", 0.25)),
    "Bikes": (("AC-HELM", 0.4), ("AC-LOCK", 0.5)),
    "Appliances": (("*delivery", 0.5), ("*takeback", 0.15), ("AC-DESC", 0.15)),
    "Tools": (),
    "Accessories": (),
}
FREE_TEXT: Final = {
    "*transfer": ("Data transfer from the old phone", 2900),
    "*setup": ("Set-up and e-mail accounts", 4900),
    "*delivery": ("Delivery and installation", 4900),
    "*takeback": ("Take-back of the old appliance", 0),
}

PROCEDURES: Final = (
    # name, description, active, steps: the procedures every shop starts with, and one retired since
    *((name, description, True, steps) for name, description, steps in DEFAULT_PROCEDURES),
    (
        "Intake form (paper, 2022)",
        "The old paper intake form, before the checklist moved into the app.",
        False,
        ("Fill in the paper form", "Staple the form to the unit"),
    ),
)
