"""Repairs the sample shop's workshop sees: what customers report, what is found and done, and the path
each job takes through the workflow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from crm_desktop.domain.enums import JobStatus

LABOUR_COST: Final = 2800  # per hour, what the technician costs the shop
LABOUR_PRICE: Final = 6500  # per hour, what the customer pays


@dataclass(frozen=True, slots=True)
class Case:
    """A typical repair: what the customer says, what the technician finds, what it takes."""

    problem: str
    diagnosis: str
    work_done: str
    parts: tuple[tuple[str, int, int, str], ...]  # description, unit cost, unit price, quantity
    hours: tuple[str, ...]
    fits: tuple[str, ...] = ()  # the SKUs it happens to; empty: every product of the category
    not_covered: str | None = None  # why the warranty does not pay, even while it runs
    procedure: str | None = None
    exchangeable: bool = False
    weight: int = 10


_DROP = "Accidental damage (drop) is not covered by the warranty"
_WEAR = "Wear parts and servicing are not covered by the warranty"
_LIQUID = "Liquid damage is not covered by the warranty"
_LAPTOPS = ("PC-TP14", "PC-MBA", "PC-CB", "X-LAT")
_COMPUTERS = (*_LAPTOPS, "PC-DESK")
_WASHERS = ("AP-WM8", "AP-DW", "X-WPL")
_COFFEE = ("AP-COF", "X-NES")
_CHARGING = "Device not charging"

CASES: Final = {
    "Phones": (
        Case(
            "Screen cracked after a drop",
            "Display assembly broken; frame and cameras intact",
            "Replaced the display assembly; tested touch, cameras and sensors",
            (("Display assembly", 8500, 14900, "1"),),
            ("0.75", "1.00"),
            not_covered=_DROP,
            weight=30,
        ),
        Case(
            "Battery drains within a few hours",
            "Battery health at 71 %; the cell is slightly swollen",
            "Replaced the battery; ran a full charge cycle test",
            (("Battery", 2200, 5900, "1"),),
            ("0.50", "0.75"),
            exchangeable=True,
            weight=20,
        ),
        Case(
            "Does not charge any more",
            "Charging port blocked with lint; contacts worn",
            "Cleaned the port and replaced the charging flex; charges at full speed",
            (("Charging port flex cable", 900, 3900, "1"),),
            ("0.50", "0.75"),
            procedure=_CHARGING,
            weight=20,
        ),
        Case(
            "No sound from the earpiece during calls",
            "Earpiece speaker faulty",
            "Replaced the earpiece speaker; test call OK",
            (("Earpiece speaker", 700, 2900, "1"),),
            ("0.50",),
            exchangeable=True,
        ),
        Case(
            "Restarts by itself several times a day",
            "System files corrupted after a failed update",
            "Reinstalled the system and restored the customer's backup",
            (),
            ("1.00", "1.50"),
            exchangeable=True,
        ),
        Case(
            "Fell in water",
            "Liquid damage indicators triggered; corrosion on the board",
            "Cleaned the board in the ultrasonic bath and replaced the battery",
            (("Battery", 2200, 5900, "1"),),
            ("1.50", "2.00"),
            not_covered=_LIQUID,
            weight=6,
        ),
    ),
    "Computers": (
        Case(
            "Laptop does not charge",
            "Charger fine; DC-in board faulty",
            "Replaced the DC-in board",
            (("DC-in board", 1500, 4900, "1"),),
            ("0.75", "1.00"),
            fits=_LAPTOPS,
            procedure=_CHARGING,
        ),
        Case(
            "Very slow and the fan is loud",
            "Dust in the cooling system; hard disk close to failing",
            "Cleaned the cooling system, new thermal paste, cloned the disk to a new SSD",
            (("SSD 512 GB", 3500, 7900, "1"), ("Thermal paste", 100, 500, "1")),
            ("1.50", "2.00"),
            fits=_COMPUTERS,
            not_covered="Cleaning and upgrades are not warranty repairs",
            weight=14,
        ),
        Case(
            "Several keys do not work",
            "Keyboard membrane damaged by a spill",
            "Replaced the keyboard",
            (("Keyboard", 4500, 9900, "1"),),
            ("1.00",),
            fits=_LAPTOPS,
            not_covered=_LIQUID,
        ),
        Case(
            "Does not start, no lights at all",
            "Power circuit on the motherboard failed",
            "Replaced the motherboard",
            (("Motherboard", 18000, 29900, "1"),),
            ("1.50",),
            fits=_COMPUTERS,
            exchangeable=True,
            weight=6,
        ),
        Case(
            "Screen flickers when the lid moves",
            "Display cable pinched in the hinge",
            "Replaced the display cable",
            (("Display cable", 1200, 3900, "1"),),
            ("1.00",),
            fits=_LAPTOPS,
        ),
        Case(
            "No picture, the power light blinks",
            "Power board of the monitor failed",
            "Replaced the power board",
            (("Monitor power board", 2500, 5900, "1"),),
            ("0.75",),
            fits=("PC-MON",),
            exchangeable=True,
        ),
    ),
    "Appliances": (
        Case(
            "Leaks water during the wash",
            "Door seal torn",
            "Replaced the door seal; tested a full cycle",
            (("Door seal", 2500, 5900, "1"),),
            ("1.00",),
            fits=_WASHERS,
            weight=14,
        ),
        Case(
            "Very noisy when spinning",
            "Drum bearings worn",
            "Replaced the bearing kit and the shaft seal",
            (("Bearing kit", 4500, 8900, "1"),),
            ("2.00", "2.50"),
            fits=("AP-WM8", "X-WPL"),
        ),
        Case(
            "Does not heat",
            "Heating element open circuit",
            "Replaced the heating element",
            (("Heating element", 3200, 6900, "1"),),
            ("1.00",),
            fits=(*_WASHERS, *_COFFEE, "AP-AF"),
            exchangeable=True,
        ),
        Case(
            "Annual maintenance and descaling",
            "Limescale build-up; seals gone hard",
            "Descaled, replaced the seals, cleaned the unit",
            (("Seal kit", 800, 2400, "1"), ("Descaling agent", 400, 1490, "1")),
            ("0.75", "1.00"),
            fits=_COFFEE,
            not_covered=_WEAR,
            procedure="Annual maintenance",
            weight=20,
        ),
        Case(
            "Control panel does not respond",
            "Control board faulty",
            "Replaced the control board and updated the firmware",
            (("Control board", 9000, 16900, "1"),),
            ("1.00", "1.50"),
            fits=(*_WASHERS, "AP-FF", "AP-AF"),
            exchangeable=True,
            weight=6,
        ),
        Case(
            "Does not cool enough",
            "Thermostat faulty; gas charge fine",
            "Replaced the thermostat; checked temperatures after 24 hours",
            (("Thermostat", 2800, 5900, "1"),),
            ("1.00",),
            fits=("AP-FF",),
        ),
        Case(
            "Loses suction",
            "Cyclone clogged and the filter worn out",
            "Cleaned the cyclone and replaced the filter",
            (("Filter", 1200, 2990, "1"),),
            ("0.50",),
            fits=("AP-VAC",),
            not_covered=_WEAR,
        ),
        Case(
            "Battery runs out after five minutes",
            "Battery worn: 40 % of its capacity left",
            "Replaced the battery",
            (("Vacuum battery", 4500, 8900, "1"),),
            ("0.25",),
            fits=("AP-VAC",),
            procedure=_CHARGING,
            exchangeable=True,
        ),
    ),
    "Bikes": (
        Case(
            "Annual service",
            "Chain stretched; brake pads at 20 %",
            "Full service: drivetrain cleaned and oiled, new chain and brake pads, gears adjusted",
            (("Chain", 1500, 2990, "1"), ("Brake pads (pair)", 800, 1990, "2")),
            ("1.00", "1.50"),
            not_covered=_WEAR,
            procedure="Annual maintenance",
            weight=25,
        ),
        Case(
            "Brakes squeal and feel soft",
            "Pads glazed; air in the hydraulic line",
            "Replaced the pads and bled the brakes",
            (("Brake pads (pair)", 800, 1990, "2"),),
            ("0.75",),
            not_covered=_WEAR,
        ),
        Case(
            "Gears skip under load",
            "Chain and cassette worn",
            "Replaced the chain and the cassette; adjusted the derailleur",
            (("Chain", 1500, 2990, "1"), ("Cassette 9-speed", 2500, 4990, "1")),
            ("0.75", "1.00"),
            not_covered=_WEAR,
        ),
        Case(
            "E-bike battery does not charge",
            "Battery management system fault",
            "Replaced the battery",
            (("E-bike battery 500 Wh", 42000, 64900, "1"),),
            ("0.50",),
            fits=("BK-EBK",),
            procedure=_CHARGING,
            exchangeable=True,
            weight=30,
        ),
        Case(
            "Rear wheel buckled after hitting a kerb",
            "Rim bent; three spokes broken",
            "Rebuilt the rear wheel on a new rim",
            (("Rim", 2500, 4900, "1"), ("Spoke", 50, 150, "3")),
            ("1.50",),
            not_covered="Accidental damage is not covered by the warranty",
            weight=6,
        ),
    ),
    "Tools": (
        Case(
            "Stops under load",
            "Carbon brushes worn out",
            "Replaced the carbon brushes and cleaned the motor",
            (("Carbon brushes (pair)", 600, 1900, "1"),),
            ("0.50",),
            fits=("TL-DRL", "TL-GRD", "X-BDK"),
            not_covered=_WEAR,
        ),
        Case(
            "Battery does not hold a charge",
            "One dead cell in the battery pack",
            "Replaced the battery pack",
            (("Battery pack 18 V", 3500, 7900, "1"),),
            ("0.25",),
            fits=("TL-DRL", "X-BDK"),
            procedure=_CHARGING,
            exchangeable=True,
        ),
        Case(
            "Loses pressure after a few minutes",
            "Pump seals worn",
            "Replaced the pump seals",
            (("Pump seal kit", 1200, 3500, "1"),),
            ("1.00",),
            fits=("TL-PW",),
        ),
        Case(
            "Cuts crooked and smokes",
            "Chain blunt; guide bar worn on one side",
            "Replaced the chain and the guide bar; adjusted the oiler",
            (("Saw chain", 1500, 2990, "1"), ("Guide bar", 2500, 4490, "1")),
            ("0.50",),
            fits=("TL-SAW",),
            not_covered=_WEAR,
        ),
    ),
}

SIM_CASE: Final = Case(
    "Phone lost; the line must be blocked and a duplicate SIM ordered",
    "Identity checked; line blocked with the operator",
    "Duplicate SIM activated and handed over",
    (("Duplicate SIM card", 500, 1500, "1"),),
    ("0.25",),
    procedure="Lost phone / duplicate SIM",
)

ACCESSORIES_LEFT: Final = {
    "Phones": ("None", "Case", "Case and charger", "SIM removed by the customer", "Charger and cable"),
    "Computers": ("Charger", "Charger and bag", "None", "Charger and mouse"),
    "Appliances": ("None", "Power cable", "Removable parts in a bag"),
    "Bikes": ("None", "Lock key", "Bag and lights"),
    "Tools": ("Battery and charger", "Case", "None"),
}
CONDITIONS: Final = (
    "Good condition",
    "Light scratches",
    "Scratches on the back",
    "Dent on one corner",
    "Very dirty",
    "Like new",
    "Worn, used daily",
)

# Job workflows: (status, fewest days, most days) after the previous step.
PATHS: Final[dict[str, tuple[tuple[JobStatus, int, int], ...]]] = {
    "standard": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.REPAIRING, 0, 2),
        (JobStatus.READY, 0, 2),
        (JobStatus.COLLECTED, 0, 6),
    ),
    "parts": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.WAITING_PARTS, 0, 1),
        (JobStatus.REPAIRING, 3, 25),
        (JobStatus.READY, 0, 2),
        (JobStatus.COLLECTED, 0, 6),
    ),
    "quote": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.WAITING_CUSTOMER, 0, 1),
        (JobStatus.REPAIRING, 1, 8),
        (JobStatus.READY, 0, 2),
        (JobStatus.COLLECTED, 0, 6),
    ),
    "declined": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.WAITING_CUSTOMER, 0, 1),
        (JobStatus.CANCELLED, 2, 14),
    ),
    "nofault": ((JobStatus.DIAGNOSING, 0, 2), (JobStatus.READY, 1, 3), (JobStatus.COLLECTED, 0, 6)),
    "exchange": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.WAITING_PARTS, 0, 1),
        (JobStatus.READY, 3, 10),
        (JobStatus.COLLECTED, 0, 4),
    ),
    "sim": ((JobStatus.WAITING_PARTS, 0, 0), (JobStatus.READY, 1, 3), (JobStatus.COLLECTED, 0, 3)),
}
PROMISED_DAYS: Final = {
    "standard": 3,
    "parts": 3,
    "quote": 4,
    "declined": 4,
    "nofault": 3,
    "exchange": 5,
    "sim": 2,
}
SLIP_REASONS: Final = {
    "standard": (
        "More damage found once the unit was opened",
        "Technician off sick for two days",
        "More repairs in the queue than planned",
    ),
    "parts": (
        "The part is on back-order at the supplier",
        "The supplier sent the wrong part",
        "The part was damaged in transit; a new one is on its way",
    ),
    "quote": ("Waiting for the customer to approve the quote", "Customer asked for time to decide"),
    "declined": ("Waiting for the customer to approve the quote",),
    "nofault": ("The fault is intermittent; testing for longer",),
    "exchange": (
        "The manufacturer is still processing the exchange",
        "The replacement unit has not been delivered yet",
    ),
    "sim": (
        "The operator needs another day to activate the SIM",
        "The ID copy was unreadable; new copy asked",
    ),
}
