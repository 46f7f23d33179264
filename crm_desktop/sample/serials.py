"""Serial numbers and IMEIs for the units the sample shop sells, repairs and exchanges.

Each product has a counter scrambled by a bijection of its range, so that every unit gets a serial no
other unit has, and the serials look random. Phones get a 15-digit IMEI: their type allocation code, six
digits and a Luhn check digit, as real IMEIs have.
"""

from __future__ import annotations

import random
from typing import Final

from crm_desktop.sample.tables import Spec

_BASE36: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_IMEI_RANGE: Final = 1_000_000
_SERIAL_RANGE: Final = 36**7


def luhn_digit(payload: str) -> str:
    """The check digit that makes ``payload + digit`` pass the Luhn test (IMEIs use it)."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


class Serials:
    """The serial counters of every product: sku -> (next up, next down, offset)."""

    def __init__(self) -> None:
        self.counters: dict[str, tuple[int, int, int]] = {}

    def start(self, spec: Spec, rng: random.Random) -> None:
        """Give ``spec`` its counters, with an offset drawn from ``rng`` (one draw per product)."""
        size = _IMEI_RANGE if spec.tac else _SERIAL_RANGE
        self.counters[spec.sku] = (0, size - 1, rng.randrange(size))

    def next(self, spec: Spec, *, replacement: bool = False) -> str:
        """A serial no other unit has.

        Units sold count up from the bottom of the range, replacement units down from its top, so that
        an exchange (which depends on dates) never moves the serials of the units sold after it.
        """
        up, down, offset = self.counters[spec.sku]
        counter = down if replacement else up
        self.counters[spec.sku] = (up, down - 1, offset) if replacement else (up + 1, down, offset)
        if spec.tac:
            body = spec.tac + f"{(counter * 387_163 + offset) % _IMEI_RANGE:06d}"
            return body + luhn_digit(body)
        value = (counter * 7_777_777 + offset) % _SERIAL_RANGE
        chars = []
        for _ in range(7):
            value, digit = divmod(value, 36)
            chars.append(_BASE36[digit])
        return spec.sku.replace("-", "") + "".join(reversed(chars))
