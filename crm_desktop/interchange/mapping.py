"""Which column of a file holds which field, guessed from the header, and how cells become values.

* :data:`FIELDS` — the fields an import of customers, products or sales can fill, each with the
  column names that mean it in English, French, German, Spanish and Dutch (compared folded: without
  case, accents, spaces or punctuation), so "Téléphone", "Telefoonnummer" and "phone no." all map to
  the phone;
* :class:`ColumnMapping` — field → column, plus the date order and the decimal separator; saved as JSON
  (the wizard remembers it, ``crm-desktop import --mapping FILE.json`` reads it);
* :func:`parse_date` — ISO dates, day/month/year or month/day/year (never guessed: the order is given,
  or read from the file when some date settles it, see :func:`settle_date_order`), spreadsheet dates
  and dates stored as spreadsheet serial numbers (days since 1899-12-30);
* :func:`parse_decimal` — "1.234,50" or "1,234.50" with the decimal separator given.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Final

from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import N_, _
from crm_desktop.interchange.readers import Cell, Table


class ImportKind(StrEnum):
    CUSTOMERS = "customers"
    PRODUCTS = "products"
    SALES = "sales"


class DateOrder(StrEnum):
    DMY = "DMY"  # 03/04/2024 is 3 April
    MDY = "MDY"  # 03/04/2024 is 4 March
    YMD = "YMD"  # 2024/04/03


DATE_ORDER_TEXT: Final = {
    DateOrder.DMY: N_("day/month/year (31/12/2024)"),
    DateOrder.MDY: N_("month/day/year (12/31/2024)"),
    DateOrder.YMD: N_("year/month/day (2024/12/31)"),
}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # as a shopkeeper reads it, in English (marked): shown through _()
    names: tuple[str, ...]  # column names that mean it, in the five languages
    required: bool = False


def _spec(key: str, label: str, names: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(key, label, tuple(n.strip() for n in names.split("|") if n.strip()), required)


_REF = (
    "id|ref|reference|référence|customer id|client id|customer number|"
    "customer no|klantnummer|kundennummer|numéro client|code client|"
    "número de cliente|id cliente|kunden nr|klant id|klantcode"
)

FIELDS: Final[dict[ImportKind, tuple[FieldSpec, ...]]] = {
    ImportKind.CUSTOMERS: (
        _spec("external_ref", N_("Reference in the old system"), _REF),
        _spec(
            "name",
            N_("Name"),
            (
                "name|full name|customer|customer name|contact|display name|nom|"
                "nom complet|client|nom du client|name des kunden|vollständiger name|"
                "kunde|nombre|nombre completo|cliente|naam|volledige naam|klant|"
                "klantnaam"
            ),
        ),
        _spec(
            "first_name",
            N_("First name"),
            (
                "first name|given name|firstname|forename|prénom|vorname|nombre de pila|"
                "nombre propio|voornaam|roepnaam"
            ),
        ),
        _spec(
            "last_name",
            N_("Last name"),
            (
                "last name|surname|family name|lastname|nom de famille|nachname|"
                "familienname|apellido|apellidos|achternaam"
            ),
        ),
        _spec(
            "company",
            N_("Company"),
            (
                "company|company name|organisation|organization|business|société|"
                "entreprise|firma|unternehmen|empresa|compañía|bedrijf|bedrijfsnaam|"
                "organisatie"
            ),
        ),
        _spec(
            "email",
            N_("E-mail"),
            (
                "email|e-mail|email address|e-mail address|mail|courriel|adresse e-mail|"
                "adresse mail|e-mail-adresse|correo|correo electrónico|email adres|"
                "e-mailadres"
            ),
        ),
        _spec(
            "mobile",
            N_("Mobile"),
            (
                "mobile|mobile phone|cell|cell phone|gsm|portable|téléphone portable|"
                "mobiltelefon|handy|móvil|celular|teléfono móvil|mobiel|"
                "mobiele telefoon|mobiel nummer"
            ),
        ),
        _spec(
            "phone",
            N_("Phone"),
            (
                "phone|telephone|phone number|tel|tel.|home phone|téléphone|"
                "numéro de téléphone|telefon|telefonnummer|teléfono|telefono|"
                "número de teléfono|telefoon|telefoonnummer"
            ),
        ),
        _spec(
            "phone_2",
            N_("Other phone"),
            (
                "other phone|phone 2|second phone|work phone|business phone|phone 3|"
                "autre téléphone|téléphone 2|téléphone travail|telefon 2|"
                "telefon geschäftlich|otro teléfono|teléfono 2|teléfono trabajo|"
                "telefoon 2|ander telefoonnummer|telefoon werk"
            ),
        ),
        _spec("phone_label", N_("Label of the phone"), "phone 1 label|phone label|label 1|phone type"),
        _spec("phone_2_label", N_("Label of the other phone"), "phone 2 label|label 2|phone 2 type"),
        _spec("kind", N_("Person or business"), "kind|customer kind|customer type|type de client|kundentyp"),
        _spec(
            "address",
            N_("Address"),
            (
                "address|street address|street|adresse|rue|adresse postale|straße|"
                "strasse|anschrift|dirección|direccion|calle|adres|straat"
            ),
        ),
        _spec(
            "postcode",
            N_("Postcode"),
            (
                "postcode|postal code|zip|zip code|code postal|cp|plz|postleitzahl|"
                "código postal|codigo postal|postcode nl|postcode|postnummer"
            ),
        ),
        _spec(
            "city",
            N_("Town"),
            (
                "city|town|ville|localité|commune|stadt|ort|wohnort|ciudad|localidad|"
                "población|plaats|stad|woonplaats|gemeente"
            ),
        ),
        _spec(
            "notes",
            N_("Notes"),
            (
                "notes|note|comments|comment|remarks|remarques|commentaire|commentaires|"
                "notizen|bemerkungen|anmerkungen|notas|comentarios|observaciones|"
                "opmerkingen|notities"
            ),
        ),
        _spec(
            "tags",
            N_("Tags"),
            (
                "tags|tag|labels|groups|group|catégorie client|étiquettes|groupes|"
                "schlagwörter|gruppen|etiquetas|grupos|labels nl|groepen"
            ),
        ),
        _spec(
            "contact_consent",
            N_("Contact consent"),
            (
                "contact consent|consent|agrees to be contacted|opt-in|opt in|marketing consent|"
                "consentement|accepte d'être contacté|einwilligung|kontakt erlaubt|consentimiento|"
                "toestemming|contact toegestaan"
            ),
        ),
    ),
    ImportKind.PRODUCTS: (
        _spec(
            "sku",
            N_("SKU"),
            (
                "sku|product code|item code|code|article number|part number|"
                "référence article|code article|artikelnummer|art nr|código|"
                "código de producto|referencia|artikelcode"
            ),
            required=True,
        ),
        _spec(
            "name",
            N_("Name"),
            (
                "name|product|product name|item|description|désignation|produit|"
                "nom du produit|libellé|bezeichnung|produkt|artikel|produktname|nombre|"
                "producto|descripción|artículo|naam|product nl|omschrijving|productnaam"
            ),
            required=True,
        ),
        _spec(
            "category",
            N_("Category"),
            (
                "category|product category|group|type|catégorie|famille|kategorie|"
                "warengruppe|categoría|familia|categorie|productgroep|groep"
            ),
        ),
        _spec(
            "price",
            N_("Price"),
            (
                "price|unit price|sale price|retail price|prix|prix unitaire|"
                "prix de vente|prix ttc|preis|verkaufspreis|einzelpreis|precio|"
                "precio unitario|pvp|prijs|verkoopprijs|stukprijs"
            ),
        ),
        _spec(
            "warranty_months",
            N_("Warranty (months)"),
            (
                "warranty|warranty months|guarantee|garantie|garantie mois|"
                "durée garantie|garantie monate|gewährleistung|garantía|meses garantía|"
                "garantie maanden|garantietermijn"
            ),
        ),
        _spec(
            "serial_required",
            N_("Needs a serial"),
            (
                "serial required|needs serial|serialized|numéro de série requis|"
                "seriennummer erforderlich|requiere número de serie|"
                "serienummer verplicht"
            ),
        ),
    ),
    ImportKind.SALES: (
        _spec(
            "sale_ref",
            N_("Sale reference"),
            (
                "sale|sale id|sale number|sale ref|invoice|invoice number|receipt|"
                "receipt number|order|order number|facture|numéro de facture|ticket|"
                "vente|n° vente|rechnung|rechnungsnummer|beleg|bon|verkauf|factura|"
                "número de factura|venta|ticket de venta|factuur|factuurnummer|"
                "bonnummer|verkoop"
            ),
        ),
        _spec(
            "customer_ref",
            N_("Customer's reference"),
            (
                "customer id|customer ref|customer number|client id|numéro client|"
                "code client|kundennummer|kunden nr|número de cliente|id cliente|"
                "klantnummer|klant id|klantcode"
            ),
        ),
        _spec(
            "customer_name",
            N_("Customer"),
            (
                "customer|customer name|client|nom du client|nom client|kunde|"
                "kundenname|cliente|nombre del cliente|klant|klantnaam|name|nom|nombre|"
                "naam"
            ),
        ),
        _spec(
            "customer_phone",
            N_("Customer's phone"),
            (
                "phone|customer phone|telephone|mobile|tel|téléphone|portable|gsm|"
                "telefon|handy|teléfono|móvil|telefoon|mobiel"
            ),
        ),
        _spec(
            "customer_email",
            N_("Customer's e-mail"),
            ("email|e-mail|customer email|mail|courriel|correo|correo electrónico|e-mailadres"),
        ),
        _spec(
            "date",
            N_("Date"),
            (
                "date|sale date|invoice date|purchase date|sold on|date de vente|"
                "date d'achat|date facture|datum|verkaufsdatum|kaufdatum|rechnungsdatum|"
                "fecha|fecha de venta|fecha de compra|verkoopdatum|aankoopdatum|"
                "factuurdatum"
            ),
            required=True,
        ),
        _spec(
            "sku",
            N_("SKU"),
            (
                "sku|product code|item code|code|article number|référence article|"
                "code article|artikelnummer|código|código de producto|artikelcode"
            ),
        ),
        _spec(
            "product",
            N_("Product"),
            (
                "product|product name|item|article|produit|désignation|produkt|artikel|"
                "producto|artículo|product nl"
            ),
        ),
        _spec(
            "description",
            N_("Description"),
            ("description|details|libellé|description article|beschreibung|descripción|omschrijving"),
        ),
        _spec(
            "serial",
            N_("Serial / IMEI"),
            (
                "serial|serial number|serial no|imei|sn|s/n|numéro de série|n° de série|"
                "seriennummer|número de serie|serienummer"
            ),
        ),
        _spec(
            "quantity",
            N_("Quantity"),
            ("quantity|qty|qté|quantité|nombre|menge|anzahl|stück|cantidad|cant|aantal|hoeveelheid"),
        ),
        _spec(
            "price",
            N_("Unit price"),
            (
                "price|unit price|amount|prix|prix unitaire|montant|preis|einzelpreis|"
                "betrag|precio|precio unitario|importe|prijs|stukprijs|bedrag"
            ),
        ),
        _spec(
            "warranty_end",
            N_("Warranty end"),
            (
                "warranty end|warranty until|warranty expires|guarantee until|"
                "fin de garantie|garantie jusqu'au|garantie bis|garantieende|"
                "fin de garantía|garantía hasta|einde garantie|garantie tot"
            ),
        ),
    ),
}

# Not a field: at least one of these groups must be mapped.
NEEDS_ONE_OF: Final[dict[ImportKind, tuple[tuple[str, ...], ...]]] = {
    ImportKind.CUSTOMERS: (("name", "first_name", "last_name", "company"),),
    ImportKind.PRODUCTS: (),
    ImportKind.SALES: (
        ("customer_ref", "customer_name", "customer_phone", "customer_email"),
        ("sku", "product", "description"),
    ),
}


class MappingError(UserFacingError):
    """The mapping cannot be used with this file."""


def folded(text: str) -> str:
    """A column name as compared: lowercase, without accents, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def header_words() -> frozenset[str]:
    """Every known column name, folded: what tells the header row from a title row above it."""
    return frozenset(folded(n) for specs in FIELDS.values() for spec in specs for n in spec.names)


@dataclass(frozen=True)
class ColumnMapping:
    """Field key → column name as written in the file's header; what is not mapped is not imported."""

    kind: ImportKind
    columns: dict[str, str] = field(default_factory=dict)
    date_order: DateOrder | None = None
    decimal: str | None = None  # "." or ","; None: "," when the file is split by semicolons, else "."

    def to_json(self) -> str:
        return json.dumps(
            {
                "kind": self.kind.value,
                "columns": self.columns,
                "date_order": self.date_order.value if self.date_order else None,
                "decimal": self.decimal,
            },
            indent=2,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, *, source: str | None = None) -> ColumnMapping:
        """The mapping saved as ``text``; ``source`` names it in an error (default: "the mapping")."""
        source = source or _("the mapping")
        try:
            data = json.loads(text)
            kind = ImportKind(data["kind"])
            columns = {str(k): str(v) for k, v in dict(data.get("columns", {})).items()}
            order = data.get("date_order")
            decimal = data.get("decimal")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise MappingError(
                _("{source} is not a column mapping saved by crm-desktop ({why}).").format(
                    source=source, why=exc
                )
            ) from None
        known = {spec.key for spec in FIELDS[kind]}
        unknown = sorted(set(columns) - known)
        if unknown:
            raise MappingError(
                _("{source} names fields an import of {kind} does not have: {fields}.").format(
                    source=source, kind=kind, fields=", ".join(unknown)
                )
            )
        if decimal not in (None, ".", ","):
            raise MappingError(_("{source}: the decimal separator must be '.' or ','.").format(source=source))
        try:
            date_order = DateOrder(order) if order else None
        except ValueError:
            raise MappingError(
                _("{source}: the date order must be DMY, MDY or YMD.").format(source=source)
            ) from None
        return cls(kind, columns, date_order, decimal)

    @classmethod
    def load(cls, path: Path | str) -> ColumnMapping:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise MappingError(
                _("The mapping {path} cannot be read: {why}.").format(path=path, why=exc.strerror or exc)
            ) from None
        return cls.from_json(text, source=_("The mapping {file}").format(file=path.name))

    def with_columns(self, **changes: str | None) -> ColumnMapping:
        columns = dict(self.columns)
        for key, value in changes.items():
            if value:
                columns[key] = value
            else:
                columns.pop(key, None)
        return ColumnMapping(self.kind, columns, self.date_order, self.decimal)


def guess_mapping(kind: ImportKind, header: Sequence[str]) -> ColumnMapping:
    """Each field mapped to the first column whose name means it; each column used once. Exact names
    first, then names that start with a known name ("Téléphone mobile" is a mobile)."""
    specs = FIELDS[kind]
    by_name = {folded(h): h for h in reversed(header)}
    taken: set[str] = set()
    columns: dict[str, str] = {}
    for spec in specs:
        for name in spec.names:
            column = by_name.get(folded(name))
            if column is not None and column not in taken:
                columns[spec.key] = column
                taken.add(column)
                break
    for spec in specs:
        if spec.key in columns:
            continue
        for column in header:
            if column in taken:
                continue
            if any(folded(column).startswith(folded(n)) and len(folded(n)) >= 4 for n in spec.names):
                columns[spec.key] = column
                taken.add(column)
                break
    return ColumnMapping(kind, columns)


def check_mapping(mapping: ColumnMapping, header: Sequence[str]) -> list[str]:
    """Sentences for what keeps ``mapping`` from being used with a file with this header."""
    problems: list[str] = []
    present = set(header)
    for key, column in mapping.columns.items():
        if column not in present:
            problems.append(
                _("The file has no column {column} (for {field}).").format(
                    column=repr(column), field=label_of(mapping.kind, key)
                )
            )
    for spec in FIELDS[mapping.kind]:
        if spec.required and spec.key not in mapping.columns:
            problems.append(
                _("No column holds the {field}; choose one (a column named for example {examples}).").format(
                    field=_(spec.label).lower(), examples=", ".join(repr(n.title()) for n in spec.names[:3])
                )
            )
    for group in NEEDS_ONE_OF[mapping.kind]:
        if not any(key in mapping.columns for key in group):
            # "name or first name or last name or company"
            # Translators: joins alternatives: "name or company" (spaces included).
            names = _(" or ").join(label_of(mapping.kind, key).lower() for key in group)
            problems.append(_("No column holds the {fields}; choose at least one.").format(fields=names))
    return problems


def label_of(kind: ImportKind, key: str) -> str:
    """The field's label in the language of the moment (its key when there is no such field)."""
    return next((_(spec.label) for spec in FIELDS[kind] if spec.key == key), key)


def unused_columns(mapping: ColumnMapping, header: Sequence[str]) -> list[str]:
    used = set(mapping.columns.values())
    return [column for column in header if column not in used]


def records(table: Table, mapping: ColumnMapping) -> Iterable[tuple[int, dict[str, Cell]]]:
    """(line, field → cell) for each row of ``table``; fields whose column is missing from a short row
    are None."""
    index = {column: i for i, column in enumerate(table.header)}
    where = [(key, index[column]) for key, column in mapping.columns.items() if column in index]
    for line, cells in table.rows():
        yield line, {key: cells[i] if i < len(cells) else None for key, i in where}


# --------------------------------------------------------------------------------------------- values

SPREADSHEET_EPOCH: Final = date(1899, 12, 30)  # day 0 of Excel's and LibreOffice's serial numbers
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")


class ValueProblem(ValueError):
    """A cell that cannot be read as the value its column holds; the message is the reason."""


def text_of(cell: Cell) -> str:
    """A cell as text: numbers without a trailing ".0", dates as ISO."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"  # untranslated: a cell's value, as the file would write it
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def needs_date_order(cell: Cell) -> tuple[int, int] | None:
    """The two leading numbers of a date such as 03/04/2024, or None when the cell is no such date."""
    if not isinstance(cell, str):
        return None
    match = _NUMERIC.match(cell.strip())
    return (int(match[1]), int(match[2])) if match else None


def settle_date_order(cells: Iterable[Cell]) -> tuple[DateOrder | None, str | None]:
    """(order, the cell that settles it): a first number above 12 means day first, a second above 12
    month first. (None, None) when no date of the column settles it (every one reads both ways) or
    when none needs an order."""
    for cell in cells:
        parts = needs_date_order(cell)
        if parts is None:
            continue
        first, second = parts
        if first > 12 >= second:
            return DateOrder.DMY, str(cell).strip()
        if second > 12 >= first:
            return DateOrder.MDY, str(cell).strip()
    return None, None


def parse_date(cell: Cell, order: DateOrder | None) -> date | None:
    """The date in ``cell`` (None when blank); :class:`ValueProblem` when it is not one or when it reads
    two ways and no order was chosen."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, bool):
        raise ValueProblem(_("'{value}' is not a date").format(value=text_of(cell)))
    if isinstance(cell, int | float):
        return _serial(float(cell), text_of(cell))
    text = str(cell).strip()
    if _SERIAL.match(text):
        return _serial(float(text), text)
    match = _ISO.match(text)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]), text)
    match = _NUMERIC.match(text)
    if match:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if len(match[3]) == 2:
            year += 2000 if year < 70 else 1900
        if order is None or order is DateOrder.YMD:
            if first <= 12 and second <= 12 and first != second:
                raise ValueProblem(
                    _("'{value}' could be {one} or {other}; choose the date order").format(
                        value=text, one=_long(first, second, year), other=_long(second, first, year)
                    )
                )
            order = DateOrder.DMY if first > 12 else DateOrder.MDY
        day, month = (first, second) if order is DateOrder.DMY else (second, first)
        return _make(year, month, day, text)
    raise ValueProblem(_("'{value}' is not a date").format(value=text[:40]))


def _long(day: int, month: int, year: int) -> str:
    return f"{day} {calendar.month_name[month]} {year}" if 1 <= month <= 12 else f"{day}/{month}/{year}"


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(_("'{value}' is not a date (there is no such day)").format(value=text)) from None


def _serial(number: float, text: str) -> date:
    if not 1 <= number < 2_958_466:  # 9999-12-31
        raise ValueProblem(_("'{value}' is not a date").format(value=text))
    return SPREADSHEET_EPOCH + timedelta(days=int(number))


def parse_decimal(cell: Cell, decimal: str) -> Decimal | None:
    """The number in ``cell`` (None when blank), read with ``decimal`` as the decimal separator; the
    other one groups thousands. Currency signs and spaces are ignored."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, bool | date):
        raise ValueProblem(_("'{value}' is not a number").format(value=text_of(cell)))
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell))
    text = str(cell).strip()
    whole, point, part = text.partition(decimal)
    if whole.isascii() and whole.isdigit() and (not point or (part.isascii() and part.isdigit())):
        return Decimal(f"{whole}.{part}" if point else whole)  # "1999", "19.99": most cells
    body = "".join(c for c in text if c.isdigit() or c in ".,-+")
    grouping = "," if decimal == "." else "."
    body = body.replace(grouping, "").replace(decimal, ".")
    if not body or body.count(".") > 1 or not any(c.isdigit() for c in body):
        raise ValueProblem(_("'{value}' is not a number").format(value=text[:40]))
    try:
        return Decimal(body)
    except InvalidOperation:
        raise ValueProblem(_("'{value}' is not a number").format(value=text[:40])) from None


def parse_whole(cell: Cell, decimal: str, what: str) -> int | None:
    """The whole number in ``cell``; ``what`` names it in a problem, translated, with its article
    ("the quantity")."""
    value = parse_decimal(cell, decimal)
    if value is None:
        return None
    if value != value.to_integral_value():
        # Translators: {what} is a field with its article, e.g. "the quantity".
        raise ValueProblem(_("{what} '{value}' is not a whole number").format(what=what, value=text_of(cell)))
    return int(value)


def parse_yes_no(cell: Cell) -> bool | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float):
        return bool(cell)
    word = folded(str(cell))
    if word in {"yes", "y", "true", "1", "oui", "o", "ja", "j", "si", "sí", "x"}:
        return True
    if word in {"no", "n", "false", "0", "non", "nein", "nee"}:
        return False
    raise ValueProblem(_("'{value}' is not yes or no").format(value=text_of(cell)))


__all__ = [
    "DATE_ORDER_TEXT",
    "FIELDS",
    "NEEDS_ONE_OF",
    "ColumnMapping",
    "DateOrder",
    "FieldSpec",
    "ImportKind",
    "MappingError",
    "ValueProblem",
    "check_mapping",
    "folded",
    "guess_mapping",
    "header_words",
    "label_of",
    "needs_date_order",
    "parse_date",
    "parse_decimal",
    "parse_whole",
    "parse_yes_no",
    "records",
    "settle_date_order",
    "text_of",
    "unused_columns",
]
