"""Money on screen: integer minor units shown in the shop's currency, formatted for the user's locale."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥", "PLN": "zł", "SEK": "kr"}
NO_DECIMALS = {"JPY", "KRW", "VND", "CLP", "ISK"}


def format_money(minor: int, currency: str) -> str:
    digits = 0 if currency in NO_DECIMALS else 2
    amount = Decimal(minor) / (10**digits)
    return QLocale().toCurrencyString(float(amount), SYMBOLS.get(currency, currency), digits)
