"""Write the import fixtures: files shaped like the ones shops bring from their old systems.

Run ``python tests/resources/import/make_fixtures.py`` to make them again; the files are committed, and
each has its expected result in ``tests/integration/test_import_fixtures.py``.
"""

from __future__ import annotations

import base64
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent


def write(name: str, text: str, encoding: str = "utf-8", *, newline: str = "\r\n") -> None:
    (HERE / name).write_bytes(text.replace("\n", newline).encode(encoding))


def csv_files() -> None:
    # Excel's "CSV UTF-8": a BOM, commas, CRLF.
    write(
        "customers_utf8_bom.csv",
        "\ufeffName,Phone,Email,City,Customer ID\n"
        "Zoë Øster,+32 470 12 34 56,zoe@example.be,Gent,C-001\n"
        "Łukasz Żółć,0471 22 33 44,lukasz@example.pl,Brugge,C-002\n"
        '"Smith & Sons <VIP>",+44 20 7946 0958,office@smith.example,London,C-003\n',
    )
    # A Google Contacts-like export: UTF-8 without BOM, tab separated.
    write(
        "customers_utf8_tab.tsv",
        "Given Name\tFamily Name\tMobile\tE-mail Address\n"
        "Ana\tGarcía Núñez\t0470 99 88 77\tana@example.es\n"
        "Jürgen\tMüller\t0470 55 44 33\t\n",
        newline="\n",
    )
    # An old Windows program: cp1252, semicolons, French headers, a € and curly quotes (0x80-0x9F).
    write(
        "customers_cp1252.csv",
        "Nom;Téléphone;Courriel;Adresse;Code postal;Ville;Remarques\n"
        "Hélène Dupré;0470 11 22 33;helene@example.fr;12 rue de l’Église;1000;Bruxelles;"
        "A payé 25 € d’acompte\n"
        "François Œuvray;0472 44 55 66;;3 place du Marché;4000;Liège;“client fidèle”\n",
        encoding="cp1252",
    )
    # A Latin-1 file (no character of 0x80-0x9F): read as Windows-1252, the same letters.
    write(
        "customers_latin1.csv",
        "Name;Telefon;Stadt\nBjörn Größe;0470 10 20 30;Köln\nSøren Åberg;0470 10 20 31;Århus\n",
        encoding="latin-1",
    )
    # Products with decimal commas and thousands dots, semicolons (a Belgian or German Excel).
    write(
        "products_decimal_comma.csv",
        "Artikelnummer;Bezeichnung;Kategorie;Preis;Garantie\n"
        "PH-100;Smartphone X;Telefone;1.299,50;24\n"
        "CB-1;USB-C Kabel;Zubehör;9,99;\n"
        "BAD-1;Hülle;Zubehör;zwölf;12\n",
    )
    # Notes over several lines, inside quotes; the row after keeps its own line number (5).
    write(
        "customers_quoted_newlines.csv",
        "Name,Phone,Notes\n"
        'Anna Smith,0470 12 12 12,"Prefers calls after 5pm\nCalls back, always\n""VIP"""\n'
        "Bob Jones,0470 13 13 13,\n",
    )
    # Columns missing from some rows, a column nobody asked for, a blank line.
    write(
        "customers_missing_extra.csv",
        "Name,Email,Phone,Loyalty points,Favourite colour\n"
        "Carla Diaz,carla@example.com,0470 20 20 20,120,blue\n"
        "Dirk Peeters,dirk@example.com\n"
        "\n"
        ",nobody@example.com,0470 21 21 21,5,red\n"
        "Eva Janssens,,,0\n",
    )
    # Duplicates: a phone already in the shop (set up by the test), the same e-mail twice in the file,
    # the same reference twice.
    write(
        "customers_duplicates.csv",
        "Ref,Name,Phone,Email\n"
        "D-1,Frank First,0470 30 30 30,frank@example.com\n"
        "D-2,Frank Again,0470 31 31 31,FRANK@example.com\n"
        "D-3,Gina Grey,0470 32 32 32,gina@example.com\n"
        "D-3,Gina Grey (copy),0470 33 33 33,gina2@example.com\n"
        "D-4,Already Here,0470 99 00 99,\n",
    )
    # Sales: ambiguous dates only (03/04/2024 reads two ways), a bad date, a date that does not exist.
    write(
        "sales_ambiguous_dates.csv",
        "Invoice,Customer,Phone,Date,Product,Serial,Qty,Price\n"
        "INV-1,Anna Smith,0470 12 12 12,03/04/2024,Smartphone X,IMEI-0001,1,499.00\n"
        "INV-2,Bob Jones,0470 13 13 13,05/06/2024,Case,,2,15.00\n",
    )
    write(
        "sales_bad_dates.csv",
        "Invoice,Customer,Phone,Date,Product,Serial,Qty,Price\n"
        "INV-10,Anna Smith,0470 12 12 12,25/04/2024,Smartphone X,IMEI-0010,1,499.00\n"
        "INV-11,Anna Smith,0470 12 12 12,03/04/2024,Case,,1,15.00\n"
        "INV-12,Bob Jones,0470 13 13 13,yesterday,Case,,1,15.00\n"
        "INV-13,Bob Jones,0470 13 13 13,31/02/2024,Case,,1,15.00\n",
    )
    # Dates as spreadsheet serial numbers (45292 is 2024-01-01), two lines of one sale, warranty ends.
    write(
        "sales_serial_dates.csv",
        "Sale,Customer ID,Customer,Date,SKU,Description,Serial,Quantity,Unit price,Warranty end\n"
        "S1,C-001,Zoë Øster,45292,PH-100,,IMEI-1001,1,1299.50,2026-01-01\n"
        "S1,C-001,Zoë Øster,45292,CB-1,,,2,9.99,\n"
        "S2,C-009,Nina New,45300,,Screen repair (old system),,1,80.00,\n",
    )


def xlsx_files() -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(HERE / "customers_title_row.xlsx"))
    sheet = book.add_worksheet("Export 2024")
    bold = book.add_format({"bold": True})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write(0, 0, "Customer list — exported from OldShop 3.2", bold)
    sheet.write_row(2, 0, ["Kundennummer", "Name", "Telefon", "E-Mail", "Kunde seit"], bold)
    sheet.write_row(3, 0, ["K-1", "Greta Gärtner", "0470 40 40 40", "greta@example.de"])
    sheet.write_datetime(3, 4, date(2021, 5, 17), day)
    sheet.write_row(4, 0, ["K-2", "Hans Huber", 470414141, "hans@example.de", 44562])
    book.add_worksheet("Notes").write(0, 0, "nothing here")
    book.close()

    book = xlsxwriter.Workbook(str(HERE / "sales.xlsx"))
    sheet = book.add_worksheet("Sales")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write(0, 0, "Sales 2024")
    sheet.write_row(1, 0, ["Invoice", "Customer", "Phone", "Date", "Product", "Serial", "Qty", "Price"])
    sheet.write_row(2, 0, ["X-1", "Ivo Ivanov", "0470 50 50 50"])
    sheet.write_datetime(2, 3, date(2024, 3, 4), day)
    sheet.write_row(2, 4, ["Smartphone X", "IMEI-2001", 1, 499.5])
    sheet.write_row(3, 0, ["X-2", "Ivo Ivanov", "0470 50 50 50", 45400, "Case", None, 3, 12.25])
    book.close()


def _cell(value: object) -> str:
    if isinstance(value, date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value:%d.%m.%Y}</text:p></table:table-cell>"
        )
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if value is None:
        return "<table:table-cell/>"
    text = escape(str(value))
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def ods_file() -> None:
    """A LibreOffice spreadsheet, built by hand: a zip with mimetype (first, not compressed), the
    manifest and content.xml."""
    rows: list[list[object]] = [
        ["Liste des clients (export du 01/02/2024)"],
        [],
        ["Référence", "Nom", "Téléphone portable", "Courriel", "Ville", "Client depuis"],
        ["F-1", "Inès Lefèvre", "0470 60 60 60", "ines@example.fr", "Namur", date(2020, 1, 15)],
        ["F-2", "Jean Dubois", "0470 61 61 61", None, "Mons", 43831],
    ]
    body = "".join(
        "<table:table-row>" + "".join(_cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet>"
        f'<table:table table:name="Clients">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(HERE / "customers_title_row.ods", "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype", (2024, 1, 1, 0, 0, 0)),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        for name, text in (("META-INF/manifest.xml", manifest), ("content.xml", content)):
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)


def _folded(line: str, width: int = 75) -> str:
    """A vCard line folded as phones write them: CRLF and one space."""
    parts = [line[:width]] + [" " + line[i : i + width - 1] for i in range(width, len(line), width - 1)]
    return "\r\n".join(parts)


PHOTO = base64.b64encode(bytes(range(256)) * 8).decode()


def vcards() -> None:
    # Android's contacts app: vCard 2.1, quoted-printable UTF-8 names, a base64 photo folded over lines.
    android = "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=98ster;Zo=C3=AB;;;",
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB =C3=98ster",
            "TEL;CELL:+32 470 70 70 70",
            "TEL;HOME:02 123 45 67",
            "EMAIL;HOME:zoe.oster@example.be",
            _folded("PHOTO;ENCODING=BASE64;JPEG:" + PHOTO),
            "",
            "END:VCARD",
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N:Klein;Karl;;;",
            "FN:Karl Klein",
            "TEL;CELL;PREF:0470 71 71 71",
            "ORG:Klein Bikes",
            "END:VCARD",
            "",
        ]
    )
    (HERE / "contacts_android.vcf").write_bytes(android.encode("utf-8"))
    # The iPhone's "Export vCard": vCard 3.0, item-grouped labels, a folded photo, a folded note.
    iphone = "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            "PRODID:-//Apple Inc.//iPhone OS 17.4//EN",
            "N:Lindqvist;Lena;;;",
            "FN:Lena Lindqvist",
            "ORG:Lindqvist Design AB;",
            "EMAIL;type=INTERNET;type=HOME;type=pref:lena@example.se",
            "TEL;type=CELL;type=VOICE;type=pref:+46 70 123 45 67",
            "item1.TEL:+46 8 123 456 78",
            "item1.X-ABLabel:studio",
            "item2.ADR;type=HOME;type=pref:;;Storgatan 1;Stockholm;;111 22;Sweden",
            _folded(
                "NOTE:Bought the blue one. Wants a call when the new model arrives\\; prefers e-mail "
                "for anything else\\, never before ten in the morning."
            ),
            _folded("PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO, 74),
            "END:VCARD",
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:Mäkinen;Matti;;;",
            "FN:Matti Mäkinen",
            "TEL;type=IPHONE;type=CELL;type=VOICE:040 123 4567",
            "END:VCARD",
            "",
        ]
    )
    (HERE / "contacts_iphone.vcf").write_bytes(iphone.encode("utf-8"))


if __name__ == "__main__":
    csv_files()
    xlsx_files()
    ods_file()
    vcards()
