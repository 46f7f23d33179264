<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Opening {path}…</source>
            <translation>{path} wird geöffnet…</translation>
        </message>
        <message>
            <source>Opening the shop server…</source>
            <translation>Geschäftsserver wird geöffnet…</translation>
        </message>
        <message>
            <source>crm_desktop: unexpected error</source>
            <translation>crm_desktop: unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something went wrong inside crm_desktop ({kind}: {error}). Nothing that was saved before is lost. The details are in the log file in the data folder.</source>
            <translation>In crm_desktop ist ein Fehler aufgetreten ({kind}: {error}). Bereits Gespeichertes geht nicht verloren. Die Einzelheiten stehen in der Protokolldatei im Datenordner.</translation>
        </message>
        <message>
            <source>crm_desktop cannot open the database</source>
            <translation>crm_desktop kann die Datenbank nicht öffnen</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Damaged: {problem}</source>
            <translation>Beschädigt: {problem}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>crm_desktop backs the database up every day it opens and before every upgrade, in {folder}. Each backup below is checked by SQLite.</source>
            <translation>crm_desktop sichert die Datenbank an jedem Tag, an dem es geöffnet wird, und vor jedem Update in {folder}. Jede Sicherung unten wird von SQLite geprüft.</translation>
        </message>
        <message>
            <source>Second folder…</source>
            <translation>Zweiter Ordner…</translation>
        </message>
        <message>
            <source>A USB stick or a network share that receives a copy of each backup</source>
            <translation>Ein USB-Stick oder eine Netzwerkfreigabe, die eine Kopie jeder Sicherung erhält</translation>
        </message>
        <message>
            <source>No second folder</source>
            <translation>Kein zweiter Ordner</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Ausgewählte Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Aus einer Datei wiederherstellen…</translation>
        </message>
        <message>
            <source>Checking the backups…</source>
            <translation>Sicherungen werden geprüft…</translation>
        </message>
        <message>
            <source>Second folder: {folder}</source>
            <translation>Zweiter Ordner: {folder}</translation>
        </message>
        <message>
            <source>Second folder: none (a USB stick or share is safer)</source>
            <translation>Zweiter Ordner: keiner (ein USB-Stick oder eine Netzwerkfreigabe ist sicherer)</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Noch keine Sicherungen.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), {damaged} damaged</source>
            <translation>
                <numerusform>%n Sicherung, {damaged} beschädigt</numerusform>
                <numerusform>%n Sicherungen, {damaged} beschädigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), all sound</source>
            <translation>
                <numerusform>%n Sicherung, einwandfrei</numerusform>
                <numerusform>%n Sicherungen, alle einwandfrei</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup written to {file}. A copy is in {folder}.</source>
            <translation>Sicherung in {file} gespeichert. Eine Kopie liegt in {folder}.</translation>
        </message>
        <message>
            <source>Backup written to {file}.</source>
            <translation>Sicherung in {file} gespeichert.</translation>
        </message>
        <message>
            <source>The second folder for backups</source>
            <translation>Zweiter Ordner für Sicherungen</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Wählen Sie zuerst eine Sicherung in der Liste aus.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
        </message>
        <message>
            <source>Backups (*.sqlite3)</source>
            <translation>Sicherungen (*.sqlite3)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Replace all the shop's data with the backup of {backup}?

Everything saved since then is replaced. The data as it is now is backed up first (kept in the list as 'Before a restore'), and customers erased since are erased again.</source>
            <translation>Alle Daten des Geschäfts durch die Sicherung vom {backup} ersetzen?

Alles, was seitdem gespeichert wurde, wird ersetzt. Der aktuelle Stand wird vorher gesichert (in der Liste als „Vor einer Wiederherstellung“ geführt), und seitdem gelöschte Kunden werden erneut gelöscht.</translation>
        </message>
        <message>
            <source>Restored the backup of {backup}; the data as it was is kept as 'Before a restore'.</source>
            <translation>Die Sicherung vom {backup} wurde wiederhergestellt; der vorherige Stand ist als „Vor einer Wiederherstellung“ aufbewahrt.</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) erased since (was|were) erased again.</source>
            <translation>
                <numerusform>%n seitdem gelöschter Kunde wurde erneut gelöscht.</numerusform>
                <numerusform>%n seitdem gelöschte Kunden wurden erneut gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar not updated: {error}</source>
            <translation>Kalender nicht aktualisiert: {error}</translation>
        </message>
        <message>
            <source>&amp;Reached</source>
            <translation>&amp;Erreicht</translation>
        </message>
        <message>
            <source>They answered: save their score and words, if given</source>
            <translation>Kunde erreicht: Bewertung und Aussage speichern, falls genannt</translation>
        </message>
        <message>
            <source>&amp;No answer – retry tomorrow</source>
            <translation>&amp;Nicht erreicht – morgen erneut</translation>
        </message>
        <message>
            <source>Logged; the call is due again the next working day</source>
            <translation>Erfasst; der Anruf ist am nächsten Werktag wieder fällig</translation>
        </message>
        <message>
            <source>&amp;Left a message</source>
            <translation>Nachricht &amp;hinterlassen</translation>
        </message>
        <message>
            <source>Logged; the call comes back in two working days</source>
            <translation>Erfasst; der Anruf ist in zwei Werktagen wieder fällig</translation>
        </message>
        <message>
            <source>&amp;Wrong number</source>
            <translation>&amp;Falsche Nummer</translation>
        </message>
        <message>
            <source>Logged; the customer is tagged so someone fixes the number</source>
            <translation>Erfasst; der Kunde wird markiert, damit jemand die Nummer korrigiert</translation>
        </message>
        <message numerus="yes">
            <source>%n reached</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n erreicht</numerusform>
                <numerusform>%n erreicht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no answer</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n nicht erreicht</numerusform>
                <numerusform>%n nicht erreicht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left a message</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n Nachricht hinterlassen</numerusform>
                <numerusform>%n Nachrichten hinterlassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wrong number</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n falsche Nummer</numerusform>
                <numerusform>%n falsche Nummern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent the update instead</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n stattdessen benachrichtigt</numerusform>
                <numerusform>%n stattdessen benachrichtigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (still on Today)</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n übersprungen (bleibt unter Heute)</numerusform>
                <numerusform>%n übersprungen (bleiben unter Heute)</numerusform>
            </translation>
        </message>
        <message>
            <source>customer's words</source>
            <translation>Aussage des Kunden</translation>
        </message>
        <message>
            <source>Call list</source>
            <translation>Anrufliste</translation>
        </message>
        <message>
            <source>Reading today's calls…</source>
            <translation>Anrufe von heute werden geladen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>No phone number on file: open the customer to add one.</source>
            <translation>Keine Telefonnummer hinterlegt: Öffnen Sie den Kunden, um eine hinzuzufügen.</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Nicht gefragt</translation>
        </message>
        <message>
            <source>1 — very unhappy</source>
            <translation>1 — sehr unzufrieden</translation>
        </message>
        <message>
            <source>5 — very happy</source>
            <translation>5 — sehr zufrieden</translation>
        </message>
        <message>
            <source>1 or 2 books a recovery call for the owner</source>
            <translation>Bei 1 oder 2 wird ein Klärungsanruf für den Inhaber angelegt</translation>
        </message>
        <message>
            <source>Send the &amp;update…</source>
            <translation>Nachricht sen&amp;den…</translation>
        </message>
        <message>
            <source>The prepared message, by e-mail or SMS, instead of this call</source>
            <translation>Stattdessen die vorbereitete Nachricht per E-Mail oder SMS senden</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>Über&amp;springen</translation>
        </message>
        <message>
            <source>Next call, recording nothing: this one stays on Today</source>
            <translation>Zum nächsten Anruf, ohne etwas zu erfassen: Dieser bleibt unter Heute</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>Was Sie sagen können</translation>
        </message>
        <message>
            <source>All calls done</source>
            <translation>Alle Anrufe erledigt</translation>
        </message>
        <message>
            <source>Call {number} of {count}</source>
            <translation>Anruf {number} von {count}</translation>
        </message>
        <message>
            <source>Their score — the point of this call</source>
            <translation>Bewertung des Kunden — darum geht es bei diesem Anruf</translation>
        </message>
        <message>
            <source>Their opinion, asked on every call (if they give it)</source>
            <translation>Meinung des Kunden, bei jedem Anruf erfragt (falls er sie nennt)</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Was der Kunde gesagt hat</translation>
        </message>
        <message>
            <source>The customer's own words (kept when they were reached)</source>
            <translation>Die eigenen Worte des Kunden (gespeichert, wenn er erreicht wurde)</translation>
        </message>
        <message>
            <source>What they said about the news (kept when they were reached)</source>
            <translation>Was der Kunde zu der Nachricht gesagt hat (gespeichert, wenn er erreicht wurde)</translation>
        </message>
        <message>
            <source>{number} — click to copy</source>
            <translation>{number} — zum Kopieren klicken</translation>
        </message>
        <message>
            <source>click a number to copy it</source>
            <translation>Nummer anklicken, um sie zu kopieren</translation>
        </message>
        <message>
            <source>No calls are due today.</source>
            <translation>Heute sind keine Anrufe fällig.</translation>
        </message>
        <message numerus="yes">
            <source>{made} of %n call(s) recorded: {outcomes}</source>
            <translation>
                <numerusform>{made} von %n Anruf erfasst: {outcomes}</numerusform>
                <numerusform>{made} von %n Anrufen erfasst: {outcomes}</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <translation>{number} kopiert.</translation>
        </message>
        <message>
            <source>Copied {number} ({customer})</source>
            <translation>{number} kopiert ({customer})</translation>
        </message>
        <message>
            <source>✓ {customer}: the update was sent</source>
            <translation>✓ {customer}: Nachricht gesendet</translation>
        </message>
        <message>
            <source>✓ {customer}: {outcome}</source>
            <translation>✓ {customer}: {outcome}</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Art.-Nr.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Garantie</translation>
        </message>
        <message>
            <source>Serial needed</source>
            <translation>Seriennr. nötig</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>a serial number is needed</comment>
            <translation>ja</translation>
        </message>
        <message>
            <source>retired</source>
            <comment>a product no longer sold</comment>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>on sale</source>
            <translation>im Verkauf</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>Artikel bearbeiten</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Neuer Artikel</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>product</source>
            <translation>Artikeldaten</translation>
        </message>
        <message>
            <source>New category…</source>
            <translation>Neue Kategorie…</translation>
        </message>
        <message>
            <source>In {currency}, e.g. {example}</source>
            <translation>In {currency}, z. B. {example}</translation>
        </message>
        <message>
            <source>as its category</source>
            <translation>wie die Kategorie</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <source>Each unit has a serial number or IMEI, asked at the sale</source>
            <translation>Jedes Stück hat eine Seriennummer oder IMEI, die beim Verkauf abgefragt wird</translation>
        </message>
        <message>
            <source>SKU *</source>
            <translation>Art.-Nr. *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>After-sales plan</source>
            <translation>Nachfassplan</translation>
        </message>
        <message numerus="yes">
            <source>{category} (%n month(s))</source>
            <translation>
                <numerusform>{category} (%n Monat)</numerusform>
                <numerusform>{category} (%n Monate)</numerusform>
            </translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>What the shop sells. A product's warranty and after-sales plan are used when it is sold: the follow-ups are scheduled from the plan. To record a sale, open the customer and choose &lt;b&gt;New sale…&lt;/b&gt;.</source>
            <translation>Was das Geschäft verkauft. Garantie und Nachfassplan eines Artikels gelten, sobald er verkauft wird: Die Wiedervorlagen werden nach dem Plan angelegt. Um einen Verkauf zu erfassen, öffnen Sie den Kunden und wählen &lt;b&gt;Neuer Verkauf…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Show retired products</source>
            <translation>Deaktivierte Artikel anzeigen</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Neuer Artikel…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Kategorien…</translation>
        </message>
        <message>
            <source>A category's default warranty and after-sales plan</source>
            <translation>Standardgarantie und Nachfassplan einer Kategorie</translation>
        </message>
        <message>
            <source>Follow-up plans…</source>
            <translation>Nachfasspläne…</translation>
        </message>
        <message>
            <source>What a sale schedules: thank-you call, satisfaction check, reminders…</source>
            <translation>Was ein Verkauf auslöst: Dankeschön-Anruf, Zufriedenheitsabfrage, Erinnerungen…</translation>
        </message>
        <message>
            <source>Pu&amp;t back on sale</source>
            <translation>&amp;Wieder in den Verkauf</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Category to edit:</source>
            <translation>Zu bearbeitende Kategorie:</translation>
        </message>
        <message>
            <source>Follow-up plans</source>
            <translation>Nachfasspläne</translation>
        </message>
        <message>
            <source>Plan to edit:</source>
            <translation>Zu bearbeitender Plan:</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Neuer Plan…</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Jemand anderes</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt; at {time} on {date}, while you had it open. Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; hat &lt;b&gt;{what}&lt;/b&gt; am {date} um {time} gespeichert, während Sie es geöffnet hatten. Von Ihren Eingaben ist noch nichts gespeichert.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt;, while you had it open. Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; hat &lt;b&gt;{what}&lt;/b&gt; gespeichert, während Sie es geöffnet hatten. Von Ihren Eingaben ist noch nichts gespeichert.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Saved by {who}</source>
            <translation>Gespeichert ({who})</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ihre Eingabe</translation>
        </message>
        <message>
            <source>Reload shows their version (what you typed is discarded). Keep mine saves yours over theirs; the history records that you did. Cancel takes you back to your form.</source>
            <translation>„Neu laden“ zeigt die andere Fassung (Ihre Eingaben werden verworfen). „Meine behalten“ speichert Ihre Fassung über die andere; die Historie vermerkt das. „Abbrechen“ führt zurück zu Ihrem Formular.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Noch nicht gefragt</translation>
        </message>
        <message>
            <source>Yes, agrees to be contacted</source>
            <translation>Ja, mit Kontaktaufnahme einverstanden</translation>
        </message>
        <message>
            <source>No contact, please</source>
            <translation>Bitte kein Kontakt</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Privatperson</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Kunde bearbeiten</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <source>customer details</source>
            <translation>Kundendaten</translation>
        </message>
        <message>
            <source>as the customer says it, e.g. 06 12 34 56 78 or +44 20 7946 0958</source>
            <translation>wie der Kunde sie angibt, z. B. 030 1234567 oder +44 20 7946 0958</translation>
        </message>
        <message>
            <source>comma separated, e.g. vip, business</source>
            <translation>durch Komma getrennt, z. B. vip, firma</translation>
        </message>
        <message>
            <source>The shop's language</source>
            <translation>Die Sprache des Geschäfts</translation>
        </message>
        <message>
            <source>The language of this customer's printed documents and messages</source>
            <translation>Die Sprache der gedruckten Dokumente und Nachrichten dieses Kunden</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Second phone</source>
            <translation>Zweites Telefon</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Contact consent</source>
            <translation>Einwilligung zur Kontaktaufnahme</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Dokumente auf</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Felder mit * sind Pflichtfelder.</translation>
        </message>
        <message>
            <source>&lt;a href='{customer_id}'&gt;{name}&lt;/a&gt; already has this {reason}.</source>
            <translation>Bereits bei &lt;a href='{customer_id}'&gt;{name}&lt;/a&gt; vorhanden: {reason}.</translation>
        </message>
        <message>
            <source>Possible duplicate: {matches} Save anyway, or open them.</source>
            <translation>Möglicherweise doppelt: {matches} Trotzdem speichern oder den vorhandenen Kunden öffnen.</translation>
        </message>
        <message>
            <source>Reloaded: this is their version now. Change it and save, or close.</source>
            <translation>Neu geladen: Das ist jetzt die Fassung des anderen. Ändern und speichern oder schließen.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this customer. Save again to choose.</source>
            <translation>Nicht gespeichert: Jemand anderes hat diesen Kunden geändert. Speichern Sie erneut, um zu wählen.</translation>
        </message>
        <message>
            <source>Save shows their change beside yours, and lets you choose.</source>
            <translation>Beim Speichern sehen Sie die fremde Änderung neben Ihrer und können wählen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Kunde seit</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Verkäufe</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>Zusagen</translation>
        </message>
        <message>
            <source>Service jobs</source>
            <translation>Serviceaufträge</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anliegen</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Einsätze</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n Wiedervorlage</numerusform>
                <numerusform>%n Wiedervorlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s)</source>
            <translation>
                <numerusform>%n Zusage</numerusform>
                <numerusform>%n Zusagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n Auftrag</numerusform>
                <numerusform>%n Aufträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n Anliegen</numerusform>
                <numerusform>%n Anliegen</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} — show them</source>
            <translation>{items} — anzeigen</translation>
        </message>
        <message>
            <source>Log a contact…</source>
            <translation>Kontakt erfassen…</translation>
        </message>
        <message>
            <source>Schedule a follow-up…</source>
            <translation>Wiedervorlage planen…</translation>
        </message>
        <message>
            <source>Record a promise…</source>
            <translation>Zusage erfassen…</translation>
        </message>
        <message>
            <source>New sale…</source>
            <translation>Neuer Verkauf…</translation>
        </message>
        <message>
            <source>Record a sale for this customer; its follow-ups are scheduled</source>
            <translation>Einen Verkauf für diesen Kunden erfassen; seine Wiedervorlagen werden angelegt</translation>
        </message>
        <message>
            <source>New service job…</source>
            <translation>Neuer Serviceauftrag…</translation>
        </message>
        <message>
            <source>Take a unit in for repair: its warranty is checked; select a sold item first to take that one</source>
            <translation>Ein Gerät zur Reparatur annehmen: Die Garantie wird geprüft. Wählen Sie zuerst einen verkauften Artikel, um genau diesen anzunehmen</translation>
        </message>
        <message>
            <source>New request…</source>
            <translation>Neues Anliegen…</translation>
        </message>
        <message>
            <source>Something the customer asks the shop to do or solve that is not a repair: an activation, a duplicate SIM, a billing question, a complaint… It stays on the lists until it is resolved</source>
            <translation>Etwas, worum der Kunde das Geschäft bittet und das keine Reparatur ist: eine Aktivierung, eine Ersatz-SIM, eine Rechnungsfrage, eine Reklamation… Es bleibt auf den Listen, bis es erledigt ist</translation>
        </message>
        <message>
            <source>Print history…</source>
            <translation>Historie drucken…</translation>
        </message>
        <message>
            <source>The customer's whole history (or a period of it) as a PDF</source>
            <translation>Die gesamte Historie des Kunden (oder einen Zeitraum daraus) als PDF</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>Open the selected sale, service job or request (or double-click it)</source>
            <translation>Ausgewählten Verkauf, Serviceauftrag oder ausgewähltes Anliegen öffnen (oder doppelklicken)</translation>
        </message>
        <message>
            <source>Move promise date…</source>
            <translation>Zusagetermin verschieben…</translation>
        </message>
        <message>
            <source>Select an open promise; the new date needs a reason, and every move is kept</source>
            <translation>Wählen Sie eine offene Zusage; der neue Termin braucht einen Grund, und jede Verschiebung wird festgehalten</translation>
        </message>
        <message>
            <source>Tell the customer…</source>
            <translation>Kunden benachrichtigen…</translation>
        </message>
        <message>
            <source>A ready-to-send message on the selected promise or job; logged on the history when sent</source>
            <translation>Eine sendefertige Nachricht zur ausgewählten Zusage oder zum Auftrag; beim Senden in der Historie vermerkt</translation>
        </message>
        <message>
            <source>Promise kept</source>
            <translation>Zusage eingehalten</translation>
        </message>
        <message>
            <source>Broken…</source>
            <translation>Nicht eingehalten…</translation>
        </message>
        <message>
            <source>The promise will not be kept: say what the shop will do about it; the owner gets a recovery call</source>
            <translation>Die Zusage wird nicht eingehalten: Geben Sie an, was das Geschäft unternimmt; der Inhaber erhält einen Klärungsanruf</translation>
        </message>
        <message>
            <source>Cancel promise…</source>
            <translation>Zusage aufheben…</translation>
        </message>
        <message>
            <source>Nothing is owed any more (say why)</source>
            <translation>Es ist nichts mehr geschuldet (Grund angeben)</translation>
        </message>
        <message>
            <source>Void this sale…</source>
            <translation>Verkauf stornieren…</translation>
        </message>
        <message>
            <source>Select a sale in the history first; its open follow-ups are cancelled</source>
            <translation>Wählen Sie zuerst einen Verkauf in der Historie; seine offenen Wiedervorlagen entfallen</translation>
        </message>
        <message>
            <source>Change sale date…</source>
            <translation>Verkaufsdatum ändern…</translation>
        </message>
        <message>
            <source>Correct the date of the selected sale; its open follow-ups move with it</source>
            <translation>Datum des ausgewählten Verkaufs korrigieren; seine offenen Wiedervorlagen verschieben sich mit</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>Merge a duplicate, archive; a vCard for an address book, the customer's own data, or erasing it</source>
            <translation>Dublette zusammenführen, archivieren; vCard für ein Adressbuch, die eigenen Daten des Kunden oder ihn löschen</translation>
        </message>
        <message>
            <source>Merge a duplicate…</source>
            <translation>Dublette zusammenführen…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>Export vCard…</source>
            <translation>vCard exportieren…</translation>
        </message>
        <message>
            <source>The customer's phones, e-mail, address and company, for an address book</source>
            <translation>Telefonnummern, E-Mail, Adresse und Firma des Kunden, für ein Adressbuch</translation>
        </message>
        <message>
            <source>Contact consent…</source>
            <translation>Einwilligung zur Kontaktaufnahme…</translation>
        </message>
        <message>
            <source>E-mails and text messages: what the customer said, and when</source>
            <translation>E-Mails und SMS: was der Kunde gesagt hat und wann</translation>
        </message>
        <message>
            <source>Export this customer's data…</source>
            <translation>Daten dieses Kunden exportieren…</translation>
        </message>
        <message>
            <source>Erase this customer…</source>
            <translation>Diesen Kunden löschen…</translation>
        </message>
        <message>
            <source>With the selected line:</source>
            <translation>Mit der ausgewählten Zeile:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Only open items</source>
            <translation>Nur Offenes</translation>
        </message>
        <message>
            <source>What is still to do or running: follow-ups, promises, jobs, requests</source>
            <translation>Was noch zu tun ist oder läuft: Wiedervorlagen, Zusagen, Aufträge, Anliegen</translation>
        </message>
        <message numerus="yes">
            <source>Plans beyond %n day(s)</source>
            <translation>
                <numerusform>Geplantes über %n Tag hinaus</numerusform>
                <numerusform>Geplantes über %n Tage hinaus</numerusform>
            </translation>
        </message>
        <message>
            <source>Yearly reminders and warranty notices further ahead</source>
            <translation>Jährliche Erinnerungen und Garantiehinweise, die weiter in der Zukunft liegen</translation>
        </message>
        <message>
            <source>Nothing yet: no sales, jobs, promises or contacts for this customer.</source>
            <translation>Noch nichts: keine Verkäufe, Aufträge, Zusagen oder Kontakte für diesen Kunden.</translation>
        </message>
        <message>
            <source>&lt;span style='color:{color}'&gt;(archived)&lt;/span&gt;</source>
            <translation>&lt;span style='color:{color}'&gt;(archiviert)&lt;/span&gt;</translation>
        </message>
        <message>
            <source>No phone or email on file</source>
            <translation>Kein Telefon und keine E-Mail hinterlegt</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Umsatz gesamt</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Offene Punkte</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Zufriedenheit</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Aus dem Archiv zurückholen</translation>
        </message>
        <message>
            <source>Void sale</source>
            <translation>Verkauf stornieren</translation>
        </message>
        <message>
            <source>Why is {sale} voided? Its open follow-ups are cancelled with this reason; what was already done stays in the history.</source>
            <translation>Warum wird {sale} storniert? Die offenen Wiedervorlagen entfallen mit diesem Grund; bereits Erledigtes bleibt in der Historie.</translation>
        </message>
        <message>
            <source>Change sale date</source>
            <translation>Verkaufsdatum ändern</translation>
        </message>
        <message>
            <source>The correct date of {sale} (YYYY-MM-DD). Its open follow-ups and warranty move with it:</source>
            <translation>Das richtige Datum von {sale} (JJJJ-MM-TT). Offene Wiedervorlagen und Garantie verschieben sich mit:</translation>
        </message>
        <message>
            <source>“{text}” is not a date like 2026-03-31.</source>
            <translation>„{text}“ ist kein Datum wie 2026-03-31.</translation>
        </message>
        <message>
            <source>Move promise date</source>
            <translation>Zusagetermin verschieben</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>„{title}“</translation>
        </message>
        <message>
            <source>Promise broken</source>
            <translation>Zusage nicht eingehalten</translation>
        </message>
        <message>
            <source>What will the shop do about it? (kept with the promise; the owner gets a recovery call)</source>
            <translation>Was unternimmt das Geschäft? (wird bei der Zusage gespeichert; der Inhaber erhält einen Klärungsanruf)</translation>
        </message>
        <message>
            <source>Cancel the promise</source>
            <translation>Zusage aufheben</translation>
        </message>
        <message>
            <source>Why is nothing owed any more?</source>
            <translation>Warum ist nichts mehr geschuldet?</translation>
        </message>
        <message>
            <source>Say why: the reason is kept with the promise.</source>
            <translation>Geben Sie einen Grund an: Er wird bei der Zusage gespeichert.</translation>
        </message>
        <message>
            <source>Archive customer</source>
            <translation>Kunden archivieren</translation>
        </message>
        <message>
            <source>Archive {customer}? They disappear from lists but keep their whole history, and search finds them with “Show the archive”. You can restore them any time.</source>
            <translation>{customer} archivieren? Der Kunde verschwindet aus den Listen, behält aber seine gesamte Historie, und die Suche findet ihn mit „Archiv anzeigen“. Sie können ihn jederzeit zurückholen.</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>New customer…</source>
            <translation>Neuer Kunde…</translation>
        </message>
        <message>
            <source>Show only customers with this tag</source>
            <translation>Nur Kunden mit diesem Schlagwort anzeigen</translation>
        </message>
        <message>
            <source>Show the archive</source>
            <translation>Archiv anzeigen</translation>
        </message>
        <message>
            <source>Archived customers are kept with their history but hidden from lists</source>
            <translation>Archivierte Kunden bleiben mit ihrer Historie erhalten, erscheinen aber nicht in den Listen</translation>
        </message>
        <message>
            <source>No customers yet. &lt;b&gt;New customer…&lt;/b&gt; (Ctrl+N) adds the first one.</source>
            <translation>Noch keine Kunden. &lt;b&gt;Neuer Kunde…&lt;/b&gt; (Ctrl+N) legt den ersten an.</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message numerus="yes">
            <source>%Ln archived customer(s)</source>
            <translation>
                <numerusform>%Ln archivierter Kunde</numerusform>
                <numerusform>%Ln archivierte Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln Kunde</numerusform>
                <numerusform>%Ln Kunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Sales, one line per item</source>
            <translation>Verkäufe, eine Zeile pro Artikel</translation>
        </message>
        <message>
            <source>Contacts with customers</source>
            <translation>Kontakte mit Kunden</translation>
        </message>
        <message>
            <source>Calendar: follow-ups, visits, promises (.ics)</source>
            <translation>Kalender: Wiedervorlagen, Einsätze, Zusagen (.ics)</translation>
        </message>
        <message>
            <source>Every customer as a vCard (.vcf)</source>
            <translation>Alle Kunden als vCard (.vcf)</translation>
        </message>
        <message>
            <source>CSV (any spreadsheet, UTF-8)</source>
            <translation>CSV (jede Tabellenkalkulation, UTF-8)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>iCalendar (.ics)</source>
            <translation>iCalendar (.ics)</translation>
        </message>
        <message>
            <source>vCard (.vcf)</source>
            <translation>vCard (.vcf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>vCard (*.vcf)</source>
            <translation>vCard (*.vcf)</translation>
        </message>
        <message>
            <source>Export customers</source>
            <translation>Kunden exportieren</translation>
        </message>
        <message>
            <source>Export sales with items</source>
            <translation>Verkäufe mit Artikeln exportieren</translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation>Wiedervorlagen exportieren</translation>
        </message>
        <message>
            <source>Export service jobs</source>
            <translation>Serviceaufträge exportieren</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>Anliegen exportieren</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>Export vcards</source>
            <translation>vCards exportieren</translation>
        </message>
        <message>
            <source>Customers ({what}) written to {path}</source>
            <translation>Kunden ({what}) gespeichert in {path}</translation>
        </message>
        <message>
            <source>Sales with items ({what}) written to {path}</source>
            <translation>Verkäufe mit Artikeln ({what}) gespeichert in {path}</translation>
        </message>
        <message>
            <source>Follow-ups ({what}) written to {path}</source>
            <translation>Wiedervorlagen ({what}) gespeichert in {path}</translation>
        </message>
        <message>
            <source>Service jobs ({what}) written to {path}</source>
            <translation>Serviceaufträge ({what}) gespeichert in {path}</translation>
        </message>
        <message>
            <source>Requests ({what}) written to {path}</source>
            <translation>Anliegen ({what}) gespeichert in {path}</translation>
        </message>
        <message>
            <source>Contacts ({what}) written to {path}</source>
            <translation>Kontakte ({what}) gespeichert in {path}</translation>
        </message>
        <message>
            <source>Calendar ({what}) written to {path}</source>
            <translation>Kalender ({what}) gespeichert in {path}</translation>
        </message>
        <message>
            <source>vCards ({what}) written to {path}</source>
            <translation>vCards ({what}) gespeichert in {path}</translation>
        </message>
        <message>
            <source>Keep the calendar in this folder</source>
            <translation>Kalender in diesem Ordner aktuell halten</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Whose:</source>
            <translation>Zuständig:</translation>
        </message>
        <message>
            <source>Keep it up to date in a folder, for a calendar app to subscribe to</source>
            <translation>In einem Ordner aktuell halten, damit eine Kalender-App ihn abonnieren kann</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Ordner wählen…</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Was:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Name, company, e-mail, phones as typed, address, tags, notes: the columns an import reads back. Archived customers are left out.</source>
            <translation>Name, Firma, E-Mail, Telefonnummern wie eingegeben, Adresse, Schlagwörter, Notizen: die Spalten, die ein Import wieder einliest. Archivierte Kunden sind nicht enthalten.</translation>
        </message>
        <message>
            <source>Sale numbers, items with serials, prices and warranty dates.</source>
            <translation>Verkaufsnummern, Artikel mit Seriennummern, Preise und Garantiedaten.</translation>
        </message>
        <message>
            <source>Open follow-ups and promises on their day, visits at their hours. A calendar that imports the file again updates its events instead of doubling them.</source>
            <translation>Offene Wiedervorlagen und Zusagen an ihrem Tag, Einsätze zu ihrer Uhrzeit. Ein Kalender, der die Datei erneut importiert, aktualisiert seine Termine, statt sie zu verdoppeln.</translation>
        </message>
        <message>
            <source>Phones (mobile, home, work), e-mail, address and company, for a phone's address book; the shop's notes stay here.</source>
            <translation>Telefonnummern (mobil, privat, geschäftlich), E-Mail, Adresse und Firma, für das Adressbuch eines Telefons; die Notizen des Geschäfts bleiben hier.</translation>
        </message>
        <message>
            <source>The numbers people see (S-0042, J-0042, R-0042), names and dates.</source>
            <translation>Die Nummern, die man sieht (S-0042, J-0042, R-0042), Namen und Daten.</translation>
        </message>
        <message>
            <source>Kept up to date: {path}</source>
            <translation>Wird aktuell gehalten: {path}</translation>
        </message>
        <message>
            <source>No folder: the calendar is written only when you export it.</source>
            <translation>Kein Ordner: Der Kalender wird nur beim Exportieren geschrieben.</translation>
        </message>
        <message>
            <source>The calendar will be kept in {folder}.</source>
            <translation>Der Kalender wird in {folder} aktuell gehalten.</translation>
        </message>
        <message>
            <source>The calendar is no longer kept.</source>
            <translation>Der Kalender wird nicht mehr aktuell gehalten.</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben…</translation>
        </message>
        <message>
            <source>vCard of {name}</source>
            <translation>vCard von {name}</translation>
        </message>
        <message>
            <source>vCard of {name} written to {path}</source>
            <translation>vCard von {name} gespeichert in {path}</translation>
        </message>
        <message>
            <source>Export vCard</source>
            <translation>vCard exportieren</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Complete: {follow_up}</source>
            <translation>Erledigen: {follow_up}</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>Angaben zum Ergebnis</translation>
        </message>
        <message>
            <source>What happened, what the customer said</source>
            <translation>Was passiert ist, was der Kunde gesagt hat</translation>
        </message>
        <message>
            <source>The customer's own words about the product or the service</source>
            <translation>Die eigenen Worte des Kunden über den Artikel oder den Service</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Outcome *</source>
            <translation>Ergebnis *</translation>
        </message>
        <message>
            <source>In their words</source>
            <translation>In seinen Worten</translation>
        </message>
        <message>
            <source>A score of 1 or 2 schedules a recovery call for the owner.</source>
            <translation>Eine Bewertung von 1 oder 2 legt einen Klärungsanruf für den Inhaber an.</translation>
        </message>
        <message>
            <source>Reschedule: {follow_up}</source>
            <translation>Verschieben: {follow_up}</translation>
        </message>
        <message>
            <source>new date and reason</source>
            <translation>Angaben zu neuem Datum und Grund</translation>
        </message>
        <message>
            <source>Why it moves (kept with the follow-up)</source>
            <translation>Warum sie verschoben wird (wird bei der Wiedervorlage gespeichert)</translation>
        </message>
        <message>
            <source>New date</source>
            <translation>Neues Datum</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Grund *</translation>
        </message>
        <message>
            <source>Skip: {follow_up}</source>
            <translation>Auslassen: {follow_up}</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Why this follow-up is not needed</source>
            <translation>Warum diese Wiedervorlage nicht nötig ist</translation>
        </message>
        <message numerus="yes">
            <source>Reschedule %n follow-up(s)</source>
            <translation>
                <numerusform>%n Wiedervorlage verschieben</numerusform>
                <numerusform>%n Wiedervorlagen verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skip %n follow-up(s)</source>
            <translation>
                <numerusform>%n Wiedervorlage auslassen</numerusform>
                <numerusform>%n Wiedervorlagen auslassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hand over %n follow-up(s)</source>
            <translation>
                <numerusform>%n Wiedervorlage übergeben</numerusform>
                <numerusform>%n Wiedervorlagen übergeben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers} and {more} more.</source>
            <translation>
                <numerusform>%n Wiedervorlage, für {customers} und {more} weitere.</numerusform>
                <numerusform>%n Wiedervorlagen, für {customers} und {more} weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers}.</source>
            <translation>
                <numerusform>%n Wiedervorlage, für {customers}.</numerusform>
                <numerusform>%n Wiedervorlagen, für {customers}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why they move (kept with each follow-up)</source>
            <translation>Warum sie verschoben werden (wird bei jeder Wiedervorlage gespeichert)</translation>
        </message>
        <message>
            <source>To</source>
            <comment>hand the follow-ups over to a person</comment>
            <translation>An</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Warum (optional)</translation>
        </message>
        <message>
            <source>Why they are not needed any more</source>
            <translation>Warum sie nicht mehr nötig sind</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Print the customer's history</source>
            <translation>Historie des Kunden drucken</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the last day of a period</comment>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Gesamte Historie</translation>
        </message>
        <message>
            <source>Everything since the customer's first visit</source>
            <translation>Alles seit dem ersten Besuch des Kunden</translation>
        </message>
        <message>
            <source>Shop's copy: include the internal notes (not for the customer)</source>
            <translation>Exemplar für das Geschäft: mit internen Notizen (nicht für den Kunden)</translation>
        </message>
        <message>
            <source>The customer's copy leaves out tags, notes, warranty-override reasons, the diagnosis, staff names, follow-ups and what was said in each contact</source>
            <translation>Das Exemplar für den Kunden lässt Schlagwörter, Notizen, Gründe für Garantieabweichungen, die Diagnose, Namen der Mitarbeiter, Wiedervorlagen und den Inhalt der einzelnen Kontakte weg</translation>
        </message>
        <message>
            <source>History of {customer}: the last 12 months unless you choose otherwise.</source>
            <translation>Historie von {customer}: die letzten 12 Monate, sofern Sie nichts anderes wählen.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>The period ends before it starts; swap the dates.</source>
            <translation>Der Zeitraum endet, bevor er beginnt; tauschen Sie die Daten.</translation>
        </message>
        <message>
            <source>History of {customer}</source>
            <translation>Historie von {customer}</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>new</source>
            <comment>an import row's status</comment>
            <translation>neu</translation>
        </message>
        <message>
            <source>already here</source>
            <comment>an import row's status</comment>
            <translation>bereits vorhanden</translation>
        </message>
        <message>
            <source>update</source>
            <comment>an import row's status</comment>
            <translation>Aktualisierung</translation>
        </message>
        <message>
            <source>error</source>
            <comment>an import row's status</comment>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>the button that starts it</comment>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Some rows have problems: correct the file, or tick 'Skip the rows with problems'.</source>
            <translation>Einige Zeilen haben Probleme: Korrigieren Sie die Datei oder setzen Sie das Häkchen bei „Zeilen mit Problemen überspringen“.</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be saved.</source>
            <translation>Wird abgebrochen… Es wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Datei wählen</translation>
        </message>
        <message>
            <source>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) or contacts exported as vCard (.vcf).</source>
            <translation>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) oder als vCard exportierte Kontakte (.vcf).</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>Die zu importierende Datei</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Tabellenblatt</translation>
        </message>
        <message>
            <source>Customer files (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)</source>
            <translation>Kundendateien (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Die Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>{file}. Column names found on line {line}: {columns}</source>
            <translation>{file}. Spaltennamen in Zeile {line} gefunden: {columns}</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Welche Spalte was enthält</translation>
        </message>
        <message>
            <source>Guessed from the column names; the choice is remembered for next time.</source>
            <translation>Aus den Spaltennamen erraten; die Auswahl wird für das nächste Mal gespeichert.</translation>
        </message>
        <message>
            <source>Save the mapping…</source>
            <translation>Zuordnung speichern…</translation>
        </message>
        <message>
            <source>Load a mapping…</source>
            <translation>Zuordnung laden…</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(nicht importiert)</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Choose when the file needs it</source>
            <translation>Wählen, wenn die Datei es erfordert</translation>
        </message>
        <message>
            <source>Point: 1234.50</source>
            <translation>Punkt: 1234.50</translation>
        </message>
        <message>
            <source>Comma: 1234,50</source>
            <translation>Komma: 1234,50</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datumsangaben</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Dezimaltrennzeichen</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Zuordnung speichern</translation>
        </message>
        <message>
            <source>Mapping (*.json)</source>
            <translation>Zuordnung (*.json)</translation>
        </message>
        <message>
            <source>The mapping cannot be saved: {reason}.</source>
            <translation>Die Zuordnung kann nicht gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>Load a mapping</source>
            <translation>Zuordnung laden</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Vor dem Import prüfen</translation>
        </message>
        <message>
            <source>Nothing is saved until you click Import.</source>
            <translation>Es wird nichts gespeichert, bis Sie auf Importieren klicken.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Datei wird gelesen…</translation>
        </message>
        <message>
            <source>Leave what is already here as it is</source>
            <translation>Vorhandenes unverändert lassen</translation>
        </message>
        <message>
            <source>Update it from the file</source>
            <translation>Aus der Datei aktualisieren</translation>
        </message>
        <message>
            <source>Skip the rows with problems</source>
            <translation>Zeilen mit Problemen überspringen</translation>
        </message>
        <message>
            <source>Sales: only schedule follow-ups still ahead</source>
            <translation>Verkäufe: nur noch anstehende Wiedervorlagen anlegen</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>Import &amp;abbrechen</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Alle Zeilen werden geprüft…</translation>
        </message>
        <message>
            <source>Stop &amp;checking</source>
            <translation>&amp;Prüfung anhalten</translation>
        </message>
        <message>
            <source>Checking stopped. Nothing was saved; click Check again to see the rows.</source>
            <translation>Prüfung angehalten. Es wurde nichts gespeichert; klicken Sie auf „Erneut prüfen“, um die Zeilen zu sehen.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Already here — {duplicate}</source>
            <translation>Bereits vorhanden — {duplicate}</translation>
        </message>
        <message>
            <source>No problems, nothing already here.</source>
            <translation>Keine Probleme, nichts bereits vorhanden.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <source>Start diagnosis</source>
            <translation>Diagnose beginnen</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>Wartet auf Ersatzteile</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>Wartet auf Kunden</translation>
        </message>
        <message>
            <source>Repairing</source>
            <translation>In Reparatur</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>Abholbereit</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Abgeholt</translation>
        </message>
        <message>
            <source>Cancel job…</source>
            <translation>Auftrag stornieren…</translation>
        </message>
        <message>
            <source>As the warranty check says</source>
            <translation>Laut Garantieprüfung</translation>
        </message>
        <message>
            <source>Covered: the shop pays</source>
            <translation>Garantie: Das Geschäft zahlt</translation>
        </message>
        <message>
            <source>Billable: the customer pays</source>
            <translation>Kostenpflichtig: Der Kunde zahlt</translation>
        </message>
        <message>
            <source>Goodwill: free, not a warranty claim</source>
            <translation>Kulanz: kostenlos, kein Garantiefall</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>a priority</comment>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>Normal</source>
            <comment>a priority</comment>
            <translation>Normal</translation>
        </message>
        <message>
            <source>High</source>
            <comment>a priority</comment>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Urgent</source>
            <comment>a priority</comment>
            <translation>Dringend</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a promise</comment>
            <translation>offen</translation>
        </message>
        <message>
            <source>kept</source>
            <comment>a promise</comment>
            <translation>eingehalten</translation>
        </message>
        <message>
            <source>broken</source>
            <comment>a promise</comment>
            <translation>nicht eingehalten</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a promise</comment>
            <translation>aufgehoben</translation>
        </message>
        <message>
            <source>covered</source>
            <comment>warranty found at intake</comment>
            <translation>unter Garantie</translation>
        </message>
        <message>
            <source>expired</source>
            <comment>warranty found at intake</comment>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>not sold here</source>
            <comment>warranty found at intake</comment>
            <translation>nicht hier gekauft</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>warranty found at intake</comment>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>covered</source>
            <comment>who pays for a job</comment>
            <translation>Garantie</translation>
        </message>
        <message>
            <source>billable</source>
            <comment>who pays for a job</comment>
            <translation>kostenpflichtig</translation>
        </message>
        <message>
            <source>goodwill</source>
            <comment>who pays for a job</comment>
            <translation>Kulanz</translation>
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit</comment>
            <translation>geplant</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a visit</comment>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit</comment>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>New service job</source>
            <translation>Neuer Serviceauftrag</translation>
        </message>
        <message>
            <source>service job</source>
            <translation>Auftragsdaten</translation>
        </message>
        <message>
            <source>Another unit (type it below)</source>
            <translation>Anderes Gerät (unten eingeben)</translation>
        </message>
        <message>
            <source>Make and model, e.g. Samsung Galaxy A54</source>
            <translation>Marke und Modell, z. B. Samsung Galaxy A54</translation>
        </message>
        <message>
            <source>Serial or IMEI (scan it): the warranty is looked up</source>
            <translation>Seriennummer oder IMEI (scannen): Die Garantie wird nachgeschlagen</translation>
        </message>
        <message>
            <source>Why the decision differs from the warranty check</source>
            <translation>Warum die Entscheidung von der Garantieprüfung abweicht</translation>
        </message>
        <message>
            <source>What the customer says is wrong, in their words</source>
            <translation>Was laut Kunde nicht funktioniert, in seinen Worten</translation>
        </message>
        <message>
            <source>Charger, case, SIM card… (what stays with the unit)</source>
            <translation>Ladegerät, Hülle, SIM-Karte… (was beim Gerät bleibt)</translation>
        </message>
        <message>
            <source>Scratches, dents, cracked glass…</source>
            <translation>Kratzer, Dellen, gesprungenes Glas…</translation>
        </message>
        <message>
            <source>No preference</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>how a contact happened</comment>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Not assigned yet</source>
            <translation>Noch nicht zugewiesen</translation>
        </message>
        <message>
            <source>Promise a date</source>
            <translation>Termin zusagen</translation>
        </message>
        <message>
            <source>Unit sold here</source>
            <translation>Hier verkauftes Gerät</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>Serial / IMEI</source>
            <translation>Seriennr. / IMEI</translation>
        </message>
        <message>
            <source>Who pays</source>
            <translation>Abrechnung</translation>
        </message>
        <message>
            <source>Reported problem</source>
            <translation>Gemeldetes Problem</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>Abgegebenes Zubehör</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Contact by</source>
            <translation>Kontakt per</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Techniker</translation>
        </message>
        <message>
            <source>Ready by</source>
            <translation>Fertig bis</translation>
        </message>
        <message>
            <source>{warranty} · bought by another customer</source>
            <translation>{warranty} · von einem anderen Kunden gekauft</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Qty / h</source>
            <translation>Menge / Std.</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Bezahlt von</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Ersatzteil</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Arbeitszeit</translation>
        </message>
        <message>
            <source>warranty</source>
            <comment>who pays for a line</comment>
            <translation>Garantie</translation>
        </message>
        <message>
            <source>customer</source>
            <comment>who pays for a line</comment>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Add a part or labour</source>
            <translation>Ersatzteil oder Arbeitszeit hinzufügen</translation>
        </message>
        <message>
            <source>part or labour</source>
            <translation>Angaben zu Ersatzteil oder Arbeitszeit</translation>
        </message>
        <message>
            <source>Labour (hours)</source>
            <translation>Arbeitszeit (Stunden)</translation>
        </message>
        <message>
            <source>what it costs the shop, e.g. {amount}</source>
            <translation>was es das Geschäft kostet, z. B. {amount}</translation>
        </message>
        <message>
            <source>what the customer would pay, e.g. {amount}</source>
            <translation>was der Kunde zahlen würde, z. B. {amount}</translation>
        </message>
        <message>
            <source>Covered by the warranty (the shop pays)</source>
            <translation>Durch die Garantie abgedeckt (das Geschäft zahlt)</translation>
        </message>
        <message>
            <source>Quantity / hours</source>
            <translation>Menge / Stunden</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Kosten je Einheit</translation>
        </message>
        <message>
            <source>Quantity: “{text}” is not a number like 1 or 0.5.</source>
            <translation>Menge: „{text}“ ist keine Zahl wie 1 oder 0,5.</translation>
        </message>
        <message>
            <source>Schedule a visit</source>
            <translation>Einsatz planen</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>Einsatzdaten</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Nicht zugewiesen</translation>
        </message>
        <message>
            <source>From</source>
            <comment>a time</comment>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <comment>a time</comment>
            <translation>Bis</translation>
        </message>
        <message>
            <source>At the customer's (on site)</source>
            <translation>Beim Kunden (vor Ort)</translation>
        </message>
        <message>
            <source>Blank: the customer's address</source>
            <translation>Leer: Adresse des Kunden</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between two times</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Changes are saved in this person's name; switch at the bottom of the main window.</source>
            <translation>Änderungen werden im Namen dieser Person gespeichert; wechseln können Sie unten im Hauptfenster.</translation>
        </message>
        <message>
            <source>Move to:</source>
            <translation>Status ändern:</translation>
        </message>
        <message>
            <source>Parts and labour</source>
            <translation>Ersatzteile und Arbeitszeit</translation>
        </message>
        <message>
            <source>Add part or labour…</source>
            <translation>Ersatzteil oder Arbeitszeit hinzufügen…</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Zeile entfernen</translation>
        </message>
        <message>
            <source>Take the selected line off (kept in the job's audit trail)</source>
            <translation>Die ausgewählte Zeile entfernen (bleibt im Änderungsprotokoll des Auftrags erhalten)</translation>
        </message>
        <message>
            <source>Technician's notes</source>
            <translation>Notizen des Technikers</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>Notizen speichern</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>Ausgeführte Arbeiten</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>Apply a procedure…</source>
            <translation>Ablauf anwenden…</translation>
        </message>
        <message>
            <source>Schedule a visit…</source>
            <translation>Einsatz planen…</translation>
        </message>
        <message>
            <source>Visit done…</source>
            <translation>Einsatz erledigt…</translation>
        </message>
        <message>
            <source>Cancel visit</source>
            <translation>Einsatz absagen</translation>
        </message>
        <message>
            <source>Move ready-by date…</source>
            <translation>Fertigstellungstermin verschieben…</translation>
        </message>
        <message>
            <source>Record exchange…</source>
            <translation>Austausch erfassen…</translation>
        </message>
        <message>
            <source>Another promise about this job, e.g. “we call you Friday”</source>
            <translation>Eine weitere Zusage zu diesem Auftrag, z. B. „Wir rufen Sie am Freitag an“</translation>
        </message>
        <message>
            <source>Print job sheet…</source>
            <translation>Auftragsblatt drucken…</translation>
        </message>
        <message>
            <source>Print receipt…</source>
            <translation>Beleg drucken…</translation>
        </message>
        <message>
            <source>The intake receipt for the customer (format: File → Shop details)</source>
            <translation>Der Annahmebeleg für den Kunden (Format: Datei → Geschäftsdaten)</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation>Etikett drucken…</translation>
        </message>
        <message>
            <source>A label for the unit: the job's, or the serial's</source>
            <translation>Ein Etikett für das Gerät: mit der Auftrags- oder der Seriennummer</translation>
        </message>
        <message>
            <source>Job label</source>
            <translation>Auftragsetikett</translation>
        </message>
        <message>
            <source>Serial label</source>
            <translation>Seriennummern-Etikett</translation>
        </message>
        <message>
            <source>saving the notes shows their change beside yours.</source>
            <translation>Beim Speichern der Notizen sehen Sie die fremde Änderung neben Ihrer.</translation>
        </message>
        <message>
            <source>You: {person}</source>
            <translation>Sie: {person}</translation>
        </message>
        <message>
            <source>You: not chosen yet</source>
            <translation>Sie: noch nicht gewählt</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;für {customer}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Serial: {serial} → replaced by {replacement}</source>
            <translation>Seriennr.: {serial} → ersetzt durch {replacement}</translation>
        </message>
        <message>
            <source>Serial: {serial}</source>
            <translation>Seriennr.: {serial}</translation>
        </message>
        <message>
            <source>Warranty at intake: {status}; now: {found}</source>
            <translation>Garantie bei Annahme: {status}; jetzt: {found}</translation>
        </message>
        <message>
            <source>Who pays: {decision} (override: {reason})</source>
            <translation>Abrechnung: {decision} (abweichend: {reason})</translation>
        </message>
        <message>
            <source>Who pays: {decision}</source>
            <translation>Abrechnung: {decision}</translation>
        </message>
        <message>
            <source>Problem: {problem}</source>
            <translation>Problem: {problem}</translation>
        </message>
        <message>
            <source>Ready by {date} · {promise} · {status}</source>
            <translation>Fertig bis {date} · {promise} · {status}</translation>
        </message>
        <message>
            <source>moved {old} → {new}: {reason}</source>
            <translation>verschoben {old} → {new}: {reason}</translation>
        </message>
        <message>
            <source>Closed {date}</source>
            <translation>Abgeschlossen am {date}</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Last action today</source>
            <translation>Letzte Aktion heute</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last action</source>
            <translation>
                <numerusform>%n Tag seit der letzten Aktion</numerusform>
                <numerusform>%n Tage seit der letzten Aktion</numerusform>
            </translation>
        </message>
        <message>
            <source>Parts {parts} · labour {labour} · customer pays {billable} · warranty cost to the shop {covered}</source>
            <translation>Ersatzteile {parts} · Arbeitszeit {labour} · Kunde zahlt {billable} · Garantiekosten für das Geschäft {covered}</translation>
        </message>
        <message>
            <source>Ticked {when}</source>
            <translation>Abgehakt {when}</translation>
        </message>
        <message>
            <source>No checklist yet: apply a procedure</source>
            <translation>Noch keine Checkliste: Wenden Sie einen Ablauf an</translation>
        </message>
        <message>
            <source>no technician</source>
            <translation>kein Techniker</translation>
        </message>
        <message>
            <source>Cancel the job</source>
            <translation>Auftrag stornieren</translation>
        </message>
        <message>
            <source>Why is the job cancelled?</source>
            <translation>Warum wird der Auftrag storniert?</translation>
        </message>
        <message>
            <source>Select the line to remove first.</source>
            <translation>Wählen Sie zuerst die Zeile aus, die entfernt werden soll.</translation>
        </message>
        <message>
            <source>Select a visit in the list first.</source>
            <translation>Wählen Sie zuerst einen Einsatz in der Liste aus.</translation>
        </message>
        <message>
            <source>Visit done</source>
            <translation>Einsatz erledigt</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>Was wurde gemacht?</translation>
        </message>
        <message>
            <source>There are no procedures yet; add one from the Service page (Procedures…).</source>
            <translation>Es gibt noch keine Abläufe; legen Sie einen auf der Seite Service an („Abläufe…“).</translation>
        </message>
        <message>
            <source>Apply a procedure</source>
            <translation>Ablauf anwenden</translation>
        </message>
        <message>
            <source>Procedure:</source>
            <translation>Ablauf:</translation>
        </message>
        <message>
            <source>Record an exchange</source>
            <translation>Austausch erfassen</translation>
        </message>
        <message>
            <source>Serial or IMEI of the replacement unit
(the warranty end of the original sale is kept):</source>
            <translation>Seriennummer oder IMEI des Ersatzgeräts
(das Garantieende des ursprünglichen Verkaufs bleibt erhalten):</translation>
        </message>
        <message>
            <source>The replacement keeps the original warranty end, {date}. Keep it?</source>
            <translation>Das Ersatzgerät behält das ursprüngliche Garantieende, {date}. Beibehalten?</translation>
        </message>
        <message>
            <source>New warranty end (YYYY-MM-DD):</source>
            <translation>Neues Garantieende (JJJJ-MM-TT):</translation>
        </message>
        <message>
            <source>Why does the replacement's warranty end differ?</source>
            <translation>Warum weicht das Garantieende des Ersatzgeräts ab?</translation>
        </message>
        <message>
            <source>Record a promise</source>
            <translation>Zusage erfassen</translation>
        </message>
        <message>
            <source>What was promised?</source>
            <translation>Was wurde zugesagt?</translation>
        </message>
        <message>
            <source>By when? (YYYY-MM-DD)</source>
            <translation>Bis wann? (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>Move the ready-by date</source>
            <translation>Fertigstellungstermin verschieben</translation>
        </message>
        <message>
            <source>the job's ready-by</source>
            <translation>den Fertigstellungstermin des Auftrags</translation>
        </message>
        <message>
            <source>Job sheet {number}</source>
            <translation>Auftragsblatt {number}</translation>
        </message>
        <message>
            <source>Serial label ({serial})</source>
            <translation>Seriennummern-Etikett ({serial})</translation>
        </message>
        <message>
            <source>Serial label (no serial)</source>
            <translation>Seriennummern-Etikett (keine Seriennummer)</translation>
        </message>
        <message>
            <source>This unit has no serial number to print.</source>
            <translation>Dieses Gerät hat keine Seriennummer, die gedruckt werden kann.</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Etikett drucken</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>Beleg drucken</translation>
        </message>
        <message>
            <source>Intake receipt</source>
            <translation>Annahmebeleg</translation>
        </message>
        <message>
            <source>Print the intake receipt of {job} for the customer?</source>
            <translation>Annahmebeleg von {job} für den Kunden drucken?</translation>
        </message>
        <message>
            <source>Tell the customer · {ref}</source>
            <translation>Kunden benachrichtigen · {ref}</translation>
        </message>
        <message>
            <source>Tell the customer</source>
            <translation>Kunden benachrichtigen</translation>
        </message>
        <message>
            <source>Check the message, then send it, copy it or open it in your e-mail program:</source>
            <translation>Prüfen Sie die Nachricht und senden Sie sie dann, kopieren Sie sie oder öffnen Sie sie in Ihrem E-Mail-Programm:</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail</source>
            <translation>Per &amp;E-Mail senden</translation>
        </message>
        <message>
            <source>Send by &amp;SMS</source>
            <translation>Per &amp;SMS senden</translation>
        </message>
        <message>
            <source>&amp;Copy and log as sent</source>
            <translation>&amp;Kopieren und als gesendet vermerken</translation>
        </message>
        <message>
            <source>&amp;Open in e-mail…</source>
            <translation>Im E-Mail-Programm ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>The customer has no e-mail address</source>
            <translation>Der Kunde hat keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Your repair {job}</source>
            <translation>Ihre Reparatur {job}</translation>
        </message>
        <message>
            <source>News from the shop</source>
            <translation>Neuigkeiten aus unserem Geschäft</translation>
        </message>
        <message>
            <source>Send it now from the shop to {recipient}</source>
            <translation>Jetzt vom Geschäft aus an {recipient} senden</translation>
        </message>
        <message>
            <source>As an SMS: {size}</source>
            <translation>Als SMS: {size}</translation>
        </message>
        <message>
            <source>Already in the outbox</source>
            <translation>Bereits im Postausgang</translation>
        </message>
        <message>
            <source>Not sent yet: {error} It is in the outbox (Settings → Outbox), tried again by itself.</source>
            <translation>Noch nicht gesendet: {error} Die Nachricht liegt im Postausgang (Einstellungen → Postausgang) und wird automatisch erneut versucht.</translation>
        </message>
        <message>
            <source>the server did not take it</source>
            <translation>der Server hat sie nicht angenommen</translation>
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation>Nicht gesendet: {error}</translation>
        </message>
        <message>
            <source>No e-mail program answered; the message is copied instead.</source>
            <translation>Kein E-Mail-Programm hat reagiert; die Nachricht wurde stattdessen kopiert.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language of the window, of the printed documents and of the command line on this computer. A customer whose record names a language gets their documents in it.</source>
            <translation>Die Sprache des Fensters, der gedruckten Dokumente und der Befehlszeile auf diesem Computer. Ein Kunde, in dessen Datensatz eine Sprache angegeben ist, erhält seine Dokumente in dieser Sprache.</translation>
        </message>
        <message>
            <source>As the computer ({language})</source>
            <translation>Wie der Computer ({language})</translation>
        </message>
        <message>
            <source>It takes effect when crm_desktop starts again.</source>
            <translation>Die Änderung wird beim nächsten Start von crm_desktop wirksam.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Warranties</source>
            <translation>Garantien</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Auswertungen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Neuer Kunde…</translation>
        </message>
        <message>
            <source>New &amp;sale…</source>
            <translation>Neuer &amp;Verkauf…</translation>
        </message>
        <message>
            <source>New service &amp;job…</source>
            <translation>Neuer Serviceauf&amp;trag…</translation>
        </message>
        <message>
            <source>On a customer's page: take a unit in; elsewhere: scan its serial</source>
            <translation>Auf der Seite eines Kunden: ein Gerät annehmen; sonst: seine Seriennummer scannen</translation>
        </message>
        <message>
            <source>New &amp;request…</source>
            <translation>Neues An&amp;liegen…</translation>
        </message>
        <message>
            <source>On a customer's page: something they ask the shop to do or solve (an activation, a duplicate SIM, a complaint…); elsewhere: find the customer first</source>
            <translation>Auf der Seite eines Kunden: etwas, worum er das Geschäft bittet (eine Aktivierung, eine Ersatz-SIM, eine Reklamation…); sonst: zuerst den Kunden suchen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Customers, sales, follow-ups, jobs, requests, contacts (CSV, Excel); the calendar; vCards</source>
            <translation>Kunden, Verkäufe, Wiedervorlagen, Aufträge, Anliegen, Kontakte (CSV, Excel); den Kalender; vCards</translation>
        </message>
        <message>
            <source>The customer's history, the day's job sheets on the Service page, or the metrics on Reports</source>
            <translation>Die Historie des Kunden, die Auftragsblätter des Tages auf der Seite Service oder die Kennzahlen unter Auswertungen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;About crm_desktop</source>
            <translation>Ü&amp;ber crm_desktop</translation>
        </message>
        <message>
            <source>Shop &amp;details…</source>
            <translation>&amp;Geschäftsdaten…</translation>
        </message>
        <message>
            <source>Shop ser&amp;ver…</source>
            <translation>Geschäfts&amp;server…</translation>
        </message>
        <message>
            <source>Share the shop between several computers on a PostgreSQL server</source>
            <translation>Das Geschäft auf einem PostgreSQL-Server mit mehreren Computern teilen</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Explore a sample s&amp;hop</source>
            <translation>Beis&amp;pielgeschäft erkunden</translation>
        </message>
        <message>
            <source>Back to &amp;my shop's database</source>
            <translation>&amp;Zurück zur eigenen Datenbank</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Include the archive</source>
            <translation>Archiv einbeziehen</translation>
        </message>
        <message>
            <source>Also find archived customers (merged duplicates, old accounts)</source>
            <translation>Auch archivierte Kunden finden (zusammengeführte Dubletten, alte Konten)</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>This copy can't be changed: {reason}. You can look customers up and print; saving is refused. To work in it, copy it to a folder you can write in, or ask for write access.</source>
            <translation>Diese Kopie kann nicht geändert werden: {reason}. Sie können Kunden nachschlagen und drucken; Speichern ist nicht möglich. Um darin zu arbeiten, kopieren Sie sie in einen Ordner mit Schreibrechten oder lassen Sie sich Schreibzugriff geben.</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Datenbank: {database}</translation>
        </message>
        <message>
            <source>Changes made on other workstations no longer appear by themselves: reopen the app.</source>
            <translation>Änderungen an anderen Arbeitsplätzen erscheinen nicht mehr automatisch: Öffnen Sie das Programm neu.</translation>
        </message>
        <message>
            <source>Updated with what another workstation saved.</source>
            <translation>Mit den Änderungen eines anderen Arbeitsplatzes aktualisiert.</translation>
        </message>
        <message>
            <source>Nothing due today</source>
            <translation>Heute nichts fällig</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;{overdue} overdue&lt;/b&gt; · &lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation>&lt;b style='color:{color}'&gt;{overdue} überfällig&lt;/b&gt; · &lt;b&gt;{due_today} heute fällig&lt;/b&gt; — siehe Heute (Ctrl+1)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation>&lt;b&gt;{due_today} heute fällig&lt;/b&gt; — siehe Heute (Ctrl+1)</translation>
        </message>
        <message>
            <source>Today's automatic backup is made: {file}. {problem}</source>
            <translation>Die automatische Sicherung von heute ist erstellt: {file}. {problem}</translation>
        </message>
        <message>
            <source>Today's automatic backup is made: {file}</source>
            <translation>Die automatische Sicherung von heute ist erstellt: {file}</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made: {reason}</source>
            <translation>Die automatische Sicherung von heute konnte nicht erstellt werden: {reason}</translation>
        </message>
        <message>
            <source>Scan or type the unit's serial, or open the customer's page first.</source>
            <translation>Scannen oder tippen Sie die Seriennummer des Geräts ein, oder öffnen Sie zuerst die Seite des Kunden.</translation>
        </message>
        <message>
            <source>Find the customer (name, phone…) and open them, then New request… (Ctrl+R).</source>
            <translation>Suchen Sie den Kunden (Name, Telefon…) und öffnen Sie ihn, dann Neues Anliegen… (Ctrl+R).</translation>
        </message>
        <message>
            <source>To print, open a customer's page (their history), Service (the day's job sheets) or Reports (the metrics).</source>
            <translation>Zum Drucken öffnen Sie die Seite eines Kunden (seine Historie), Service (die Auftragsblätter des Tages) oder Auswertungen (die Kennzahlen).</translation>
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Your own data is in its own database (File → Back to my shop's database).</source>
            <translation>Beispielgeschäft: Diese Kunden und Verkäufe sind erfunden, zum Ausprobieren. Ihre eigenen Daten liegen in einer eigenen Datenbank (Datei → Zurück zur eigenen Datenbank).</translation>
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Keep your own shop's records in a database of their own, not in this one.</source>
            <translation>Beispielgeschäft: Diese Kunden und Verkäufe sind erfunden, zum Ausprobieren. Führen Sie die Daten Ihres Geschäfts in einer eigenen Datenbank, nicht in dieser.</translation>
        </message>
        <message>
            <source>{shop} — crm_desktop</source>
            <translation>{shop} — crm_desktop</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Neuer Verkauf</translation>
        </message>
        <message>
            <source>Open the customer first (search with Ctrl+K, or Ctrl+N for a new one), then choose New sale.</source>
            <translation>Öffnen Sie zuerst den Kunden (Suche mit Ctrl+K oder Ctrl+N für einen neuen) und wählen Sie dann Neuer Verkauf.</translation>
        </message>
        <message>
            <source>Preparing the sample shop…</source>
            <translation>Beispielgeschäft wird vorbereitet…</translation>
        </message>
        <message>
            <source>Sample shop</source>
            <translation>Beispielgeschäft</translation>
        </message>
        <message>
            <source>About crm_desktop</source>
            <translation>Über crm_desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;After-sales service for small shops.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Data folder: {data_folder}&lt;br&gt;Backups: {backups}&lt;br&gt;Schema revision: {revision}</source>
            <translation>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;Kundendienst nach dem Verkauf für kleine Geschäfte.&lt;br&gt;&lt;br&gt;Datenbank: {database}&lt;br&gt;Datenordner: {data_folder}&lt;br&gt;Sicherungen: {backups}&lt;br&gt;Schema-Version: {revision}</translation>
        </message>
        <message>
            <source>Merge a duplicate</source>
            <translation>Dublette zusammenführen</translation>
        </message>
        <message>
            <source>Find the duplicate of &lt;b&gt;{customer}&lt;/b&gt;. All its sales, service jobs, promises, follow-ups and contacts move here; the duplicate is archived with a note saying where it went.</source>
            <translation>Suchen Sie die Dublette von &lt;b&gt;{customer}&lt;/b&gt;. Alle ihre Verkäufe, Serviceaufträge, Zusagen, Wiedervorlagen und Kontakte werden hierher übernommen; die Dublette wird mit einem Hinweis archiviert, wohin sie übernommen wurde.</translation>
        </message>
        <message>
            <source>name, phone or email of the duplicate</source>
            <translation>Name, Telefon oder E-Mail der Dublette</translation>
        </message>
        <message>
            <source>Merge into this customer</source>
            <translation>In diesen Kunden zusammenführen</translation>
        </message>
        <message>
            <source>Merge customers</source>
            <translation>Kunden zusammenführen</translation>
        </message>
        <message>
            <source>Move everything of “{duplicate}” (#{duplicate_id}) into “{customer}” (#{customer_id}) and archive the duplicate? This cannot be undone in one click.</source>
            <translation>Alles von „{duplicate}“ (#{duplicate_id}) nach „{customer}“ (#{customer_id}) übernehmen und die Dublette archivieren? Das lässt sich nicht mit einem Klick rückgängig machen.</translation>
        </message>
        <message>
            <source>STARTTLS (port 587, the usual)</source>
            <translation>STARTTLS (Port 587, üblich)</translation>
        </message>
        <message>
            <source>TLS from the start (port 465)</source>
            <translation>TLS von Anfang an (Port 465)</translation>
        </message>
        <message>
            <source>None: a server on the shop's own network only</source>
            <translation>Keine: nur für einen Server im eigenen Netzwerk des Geschäfts</translation>
        </message>
        <message>
            <source>Waiting</source>
            <comment>state of a message</comment>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Sending</source>
            <comment>state of a message</comment>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>Sent</source>
            <comment>state of a message</comment>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>state of a message</comment>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>state of a message</comment>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <source>message settings</source>
            <translation>Nachrichteneinstellungen</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>crm_desktop can tell customers that their job is ready, that a promised date moved, or ask how their product works — by e-mail through your own mail server, and by SMS through your SMS provider. Passwords are kept in this computer's keyring, never in the shop's file.</source>
            <translation>crm_desktop kann Kunden mitteilen, dass ihr Auftrag fertig ist oder sich ein zugesagter Termin verschoben hat, oder fragen, wie sie mit ihrem Artikel zufrieden sind — per E-Mail über Ihren eigenen Mailserver und per SMS über Ihren SMS-Anbieter. Passwörter werden im Schlüsselbund (keyring) dieses Computers aufbewahrt, nie in der Datei des Geschäfts.</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <source>&amp;SMS</source>
            <translation>&amp;SMS</translation>
        </message>
        <message>
            <source>smtp.example.com (your e-mail provider tells you)</source>
            <translation>smtp.example.com (erfahren Sie bei Ihrem E-Mail-Anbieter)</translation>
        </message>
        <message>
            <source>the usual one</source>
            <translation>der übliche</translation>
        </message>
        <message>
            <source>usually the shop's e-mail address</source>
            <translation>meist die E-Mail-Adresse des Geschäfts</translation>
        </message>
        <message>
            <source>shop@example.com: customers see it and can reply to it</source>
            <translation>shop@example.com: Kunden sehen sie und können darauf antworten</translation>
        </message>
        <message>
            <source>default: the shop's name</source>
            <translation>Standard: der Name des Geschäfts</translation>
        </message>
        <message>
            <source>Mail &amp;server</source>
            <translation>&amp;Mailserver</translation>
        </message>
        <message>
            <source>Se&amp;curity</source>
            <translation>Si&amp;cherheit</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Benutzername</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Pass&amp;wort</translation>
        </message>
        <message>
            <source>&amp;From address</source>
            <translation>&amp;Absenderadresse</translation>
        </message>
        <message>
            <source>From &amp;name</source>
            <translation>Absender&amp;name</translation>
        </message>
        <message>
            <source>Save e-mail settings</source>
            <translation>E-Mail-Einstellungen speichern</translation>
        </message>
        <message>
            <source>your own address</source>
            <translation>Ihre eigene Adresse</translation>
        </message>
        <message>
            <source>Send a &amp;test message</source>
            <translation>&amp;Testnachricht senden</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>An:</translation>
        </message>
        <message>
            <source>Your SMS provider's documentation gives its web address and the names of its fields. Write each field as name=value; {to} is the customer's mobile number, {text} the message, {sender} the sender name.</source>
            <translation>In der Dokumentation Ihres SMS-Anbieters finden Sie seine Webadresse und die Namen seiner Felder. Schreiben Sie jedes Feld als Name=Wert; {to} ist die Mobilnummer des Kunden, {text} die Nachricht, {sender} der Absendername.</translation>
        </message>
        <message>
            <source>POST as a form</source>
            <translation>POST als Formular</translation>
        </message>
        <message>
            <source>POST as JSON</source>
            <translation>POST als JSON</translation>
        </message>
        <message>
            <source>up to 11 letters, e.g. VeloCo</source>
            <translation>bis zu 11 Buchstaben, z. B. VeloCo</translation>
        </message>
        <message>
            <source>e.g. Bearer 1234abcd (kept in the keyring)</source>
            <translation>z. B. Bearer 1234abcd (im Schlüsselbund gespeichert)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Methode</translation>
        </message>
        <message>
            <source>&amp;Fields</source>
            <translation>&amp;Felder</translation>
        </message>
        <message>
            <source>Sender &amp;name</source>
            <translation>Absender&amp;name</translation>
        </message>
        <message>
            <source>Authentication &amp;header</source>
            <translation>Authentifizierungs-&amp;Header</translation>
        </message>
        <message>
            <source>Its &amp;value</source>
            <translation>&amp;Wert</translation>
        </message>
        <message>
            <source>Save SMS settings</source>
            <translation>SMS-Einstellungen speichern</translation>
        </message>
        <message>
            <source>kept in the keyring: leave empty to keep it</source>
            <translation>im Schlüsselbund gespeichert: leer lassen, um es beizubehalten</translation>
        </message>
        <message>
            <source>Saved: e-mail goes through {host}:{port}. Send a test message to check it.</source>
            <translation>Gespeichert: E-Mails gehen über {host}:{port}. Senden Sie eine Testnachricht, um es zu prüfen.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Sent to {recipient}. The server said: {answer}</source>
            <translation>An {recipient} gesendet. Antwort des Servers: {answer}</translation>
        </message>
        <message>
            <source>Saved: text messages go through {address}.</source>
            <translation>Gespeichert: SMS gehen über {address}.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>To</source>
            <comment>whom a message goes to</comment>
            <translation>An</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message numerus="yes">
            <source>{state} (%n tr(y|ies))</source>
            <translation>
                <numerusform>{state} (%n Versuch)</numerusform>
                <numerusform>{state} (%n Versuche)</numerusform>
            </translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>Fehlgeschlagen: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Waiting to be tried again (%n tr(y|ies) so far): {error}</source>
            <translation>
                <numerusform>Wartet auf erneuten Versuch (bisher %n Versuch): {error}</numerusform>
                <numerusform>Wartet auf erneuten Versuch (bisher %n Versuche): {error}</numerusform>
            </translation>
        </message>
        <message>
            <source>{state}: to {recipient}</source>
            <translation>{state}: an {recipient}</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Postausgang</translation>
        </message>
        <message>
            <source>Only the &amp;failed ones</source>
            <translation>Nur &amp;fehlgeschlagene</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>&amp;Jetzt senden</translation>
        </message>
        <message>
            <source>Send what is waiting now, instead of within the minute</source>
            <translation>Wartende Nachrichten jetzt senden, statt innerhalb der nächsten Minute</translation>
        </message>
        <message>
            <source>Send &amp;again</source>
            <translation>&amp;Erneut senden</translation>
        </message>
        <message>
            <source>Queue a failed message again (check first whether it arrived)</source>
            <translation>Eine fehlgeschlagene Nachricht erneut einreihen (prüfen Sie vorher, ob sie nicht doch angekommen ist)</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Zurückziehen</translation>
        </message>
        <message>
            <source>Do not send this message</source>
            <translation>Diese Nachricht nicht senden</translation>
        </message>
        <message>
            <source>Every message to a customer, newest first. A message waits its turn, is sent within the minute while crm_desktop is open, and is tried again for half a day if the server does not answer.</source>
            <translation>Alle Nachrichten an Kunden, die neueste zuerst. Eine Nachricht wartet, bis sie an der Reihe ist, wird innerhalb einer Minute gesendet, solange crm_desktop geöffnet ist, und wird einen halben Tag lang erneut versucht, wenn der Server nicht antwortet.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n failed&lt;/b&gt;: select one to read why.</source>
            <translation>
                <numerusform>&lt;b&gt;%n fehlgeschlagen&lt;/b&gt;: Wählen Sie sie aus, um den Grund zu lesen.</numerusform>
                <numerusform>&lt;b&gt;%n fehlgeschlagen&lt;/b&gt;: Wählen Sie eine aus, um den Grund zu lesen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting.</source>
            <translation>
                <numerusform>%n wartet.</numerusform>
                <numerusform>%n warten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask before sending</source>
            <translation>Vor dem Senden fragen</translation>
        </message>
        <message>
            <source>Send by itself</source>
            <translation>Automatisch senden</translation>
        </message>
        <message>
            <source>Never offer it</source>
            <translation>Nie anbieten</translation>
        </message>
        <message>
            <source>template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>Nachrichtenvorlagen</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Nachricht:</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;Kanal:</translation>
        </message>
        <message>
            <source>&amp;When it happens:</source>
            <translation>&amp;Wenn es eintritt:</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Betreff</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <source>a customer's name, phone or e-mail</source>
            <translation>Name, Telefon oder E-Mail eines Kunden</translation>
        </message>
        <message>
            <source>&amp;Preview for</source>
            <translation>&amp;Vorschau für</translation>
        </message>
        <message>
            <source>Back to the built-in te&amp;xt</source>
            <translation>Zurück zum Standardte&amp;xt</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>It can use: {placeholders}</source>
            <translation>Verwendbar: {placeholders}</translation>
        </message>
        <message>
            <source>No customer found to show it for.</source>
            <translation>Kein Kunde gefunden, für den sie angezeigt werden kann.</translation>
        </message>
        <message>
            <source>Subject: {subject}</source>
            <translation>Betreff: {subject}</translation>
        </message>
        <message>
            <source>To {customer}</source>
            <translation>An {customer}</translation>
        </message>
        <message>
            <source>SMS: {size}</source>
            <translation>SMS: {size}</translation>
        </message>
        <message>
            <source>Tell the customer?</source>
            <translation>Kunden benachrichtigen?</translation>
        </message>
        <message>
            <source>Tell {customer}? The message goes from the shop now.</source>
            <translation>{customer} benachrichtigen? Die Nachricht wird jetzt vom Geschäft aus gesendet.</translation>
        </message>
        <message>
            <source>E-mail to {recipient}</source>
            <translation>E-Mail an {recipient}</translation>
        </message>
        <message>
            <source>SMS to {recipient}</source>
            <translation>SMS an {recipient}</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <source>As the general answer</source>
            <translation>Wie die allgemeine Antwort</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>widerrufen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Contact in general</source>
            <translation>Kontakt allgemein</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-Mails</translation>
        </message>
        <message>
            <source>Text messages</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>consent answers</source>
            <translation>Angaben zur Einwilligung</translation>
        </message>
        <message>
            <source>Contact consent · {customer}</source>
            <translation>Einwilligung zur Kontaktaufnahme · {customer}</translation>
        </message>
        <message>
            <source>not asked yet</source>
            <translation>noch nicht gefragt</translation>
        </message>
        <message>
            <source>agrees to be contacted</source>
            <translation>mit Kontaktaufnahme einverstanden</translation>
        </message>
        <message>
            <source>no contact, please</source>
            <translation>bitte kein Kontakt</translation>
        </message>
        <message>
            <source>In general (the customer's form): &lt;b&gt;{answer}&lt;/b&gt;. An answer for one channel overrides it for that channel: a customer who said no is never sent a message there.</source>
            <translation>Allgemein (Kundenformular): &lt;b&gt;{answer}&lt;/b&gt;. Eine Antwort für einen einzelnen Kanal hat für diesen Kanal Vorrang: Einem Kunden, der Nein gesagt hat, wird dort nie eine Nachricht gesendet.</translation>
        </message>
        <message>
            <source>asked at the counter</source>
            <translation>an der Theke gefragt</translation>
        </message>
        <message>
            <source>&amp;E-mails</source>
            <translation>&amp;E-Mails</translation>
        </message>
        <message>
            <source>&amp;Text messages</source>
            <translation>&amp;SMS</translation>
        </message>
        <message>
            <source>&amp;Where the answer comes from</source>
            <translation>&amp;Herkunft der Antwort</translation>
        </message>
        <message>
            <source>No answer recorded yet.</source>
            <translation>Noch keine Antwort erfasst.</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Welcome to crm_desktop</source>
            <translation>Willkommen bei crm_desktop</translation>
        </message>
        <message>
            <source>crm_desktop links every sale to what must happen after it: the thank-you call, the satisfaction check, warranty dates, service jobs and the promises made to the customer. Nothing depends on someone remembering, and the whole history of a customer is one search away.</source>
            <translation>crm_desktop verknüpft jeden Verkauf mit allem, was danach geschehen muss: dem Dankeschön-Anruf, der Zufriedenheitsabfrage, den Garantiedaten, den Serviceaufträgen und den Zusagen an den Kunden. Nichts hängt davon ab, dass jemand daran denkt, und die gesamte Historie eines Kunden ist nur eine Suche entfernt.</translation>
        </message>
        <message>
            <source>Enter my shop details</source>
            <translation>Meine Geschäftsdaten eingeben</translation>
        </message>
        <message>
            <source>Import customers from a spreadsheet</source>
            <translation>Kunden aus einer Tabelle importieren</translation>
        </message>
        <message>
            <source>CSV, Excel, LibreOffice or vCard: check everything before it is saved.</source>
            <translation>CSV, Excel, LibreOffice oder vCard: Alles wird geprüft, bevor es gespeichert wird.</translation>
        </message>
        <message>
            <source>Explore a sample shop</source>
            <translation>Beispielgeschäft erkunden</translation>
        </message>
        <message>
            <source>Opens a separate database filled with made-up customers, sales and repairs. Your own database is not touched.</source>
            <translation>Öffnet eine separate Datenbank mit erfundenen Kunden, Verkäufen und Reparaturen. Ihre eigene Datenbank bleibt unberührt.</translation>
        </message>
        <message>
            <source>Or start right away: &lt;b&gt;Ctrl+N&lt;/b&gt; adds a customer, &lt;b&gt;Ctrl+K&lt;/b&gt; searches.</source>
            <translation>Oder legen Sie gleich los: &lt;b&gt;Ctrl+N&lt;/b&gt; legt einen Kunden an, &lt;b&gt;Ctrl+K&lt;/b&gt; sucht.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN of {person}:</source>
            <translation>PIN von {person}:</translation>
        </message>
        <message>
            <source>Who is at the keyboard?</source>
            <translation>Wer ist am Computer?</translation>
        </message>
        <message>
            <source>Choose yourself, so the shop knows who did what. You can switch at any time from the bottom right of the window.</source>
            <translation>Wählen Sie sich selbst aus, damit das Geschäft weiß, wer was getan hat. Sie können jederzeit unten rechts im Fenster wechseln.</translation>
        </message>
        <message>
            <source>The shop has no staff yet. Add yourself in Settings → Staff first.</source>
            <translation>Das Geschäft hat noch keine Mitarbeiter. Tragen Sie sich zuerst unter Einstellungen → Mitarbeiter ein.</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>Falsche PIN</translation>
        </message>
        <message>
            <source>That is not {person}'s PIN. Nothing changed.</source>
            <translation>Das ist nicht die PIN von {person}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Choose who is at the keyboard first: nothing was saved.</source>
            <translation>Wählen Sie zuerst aus, wer am Computer ist: Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Who is at the keyboard: every change is saved in their name. Click to switch.</source>
            <translation>Wer am Computer ist: Jede Änderung wird in seinem Namen gespeichert. Zum Wechseln klicken.</translation>
        </message>
        <message>
            <source>At the &amp;keyboard: {person}</source>
            <translation>Am &amp;Computer: {person}</translation>
        </message>
        <message>
            <source>At the &amp;keyboard: choose…</source>
            <translation>Am &amp;Computer: auswählen…</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>Noch niemand</translation>
        </message>
        <message>
            <source>Staff…</source>
            <translation>Mitarbeiter…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Gezählt ab</translation>
        </message>
        <message>
            <source>Repeat every (months)</source>
            <translation>Wiederholen alle (Monate)</translation>
        </message>
        <message>
            <source>Times in all</source>
            <translation>Anzahl insgesamt</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Zugewiesen an</translation>
        </message>
        <message>
            <source>Call</source>
            <comment>kind of follow-up</comment>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>kind of follow-up</comment>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>kind of follow-up</comment>
            <translation>Einsatz</translation>
        </message>
        <message>
            <source>Satisfaction check</source>
            <translation>Zufriedenheitsabfrage</translation>
        </message>
        <message>
            <source>Warranty notice</source>
            <translation>Garantiehinweis</translation>
        </message>
        <message>
            <source>Service reminder</source>
            <translation>Service-Erinnerung</translation>
        </message>
        <message>
            <source>days after the sale</source>
            <translation>Tage nach dem Verkauf</translation>
        </message>
        <message>
            <source>days from the warranty end</source>
            <translation>Tage ab Garantieende</translation>
        </message>
        <message>
            <source>the seller</source>
            <translation>der Verkäufer</translation>
        </message>
        <message>
            <source>the owner</source>
            <translation>der Inhaber</translation>
        </message>
        <message>
            <source>sales staff</source>
            <translation>das Verkaufsteam</translation>
        </message>
        <message>
            <source>a technician</source>
            <translation>ein Techniker</translation>
        </message>
        <message>
            <source>Edit follow-up plan</source>
            <translation>Nachfassplan bearbeiten</translation>
        </message>
        <message>
            <source>New follow-up plan</source>
            <translation>Neuer Nachfassplan</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>Angaben zum Plan</translation>
        </message>
        <message>
            <source>Used for new sales</source>
            <translation>Für neue Verkäufe verwendet</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>Example: a call 3 days after the sale; a warranty notice −30 days from the warranty end; a service reminder 365 days after the sale, repeated every 12 months, 5 times in all. Changes apply to sales recorded from now on.</source>
            <translation>Beispiel: ein Anruf 3 Tage nach dem Verkauf; ein Garantiehinweis −30 Tage ab Garantieende; eine Service-Erinnerung 365 Tage nach dem Verkauf, alle 12 Monate wiederholt, insgesamt 5-mal. Änderungen gelten für Verkäufe, die ab jetzt erfasst werden.</translation>
        </message>
        <message>
            <source>no repeat</source>
            <translation>keine Wiederholung</translation>
        </message>
        <message>
            <source>default</source>
            <comment>times in all: as many as the plan usually repeats</comment>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Edit category</source>
            <translation>Kategorie bearbeiten</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Neue Kategorie</translation>
        </message>
        <message>
            <source>category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>no warranty</source>
            <translation>keine Garantie</translation>
        </message>
        <message>
            <source>no follow-ups</source>
            <translation>keine Wiedervorlagen</translation>
        </message>
        <message>
            <source>Default warranty</source>
            <translation>Standardgarantie</translation>
        </message>
        <message>
            <source>Default after-sales plan</source>
            <translation>Standard-Nachfassplan</translation>
        </message>
        <message>
            <source>The printer did not start. Check that it is switched on and ready, then print again.</source>
            <translation>Der Drucker hat nicht angefangen zu drucken. Prüfen Sie, ob er eingeschaltet und bereit ist, und drucken Sie dann erneut.</translation>
        </message>
        <message>
            <source>the file {path}</source>
            <translation>Datei {path}</translation>
        </message>
        <message>
            <source>{paper}, landscape</source>
            <translation>{paper}, Querformat</translation>
        </message>
        <message>
            <source>{paper}, portrait</source>
            <translation>{paper}, Hochformat</translation>
        </message>
        <message>
            <source>Paper…</source>
            <translation>Papier…</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Ganze Seite</translation>
        </message>
        <message>
            <source>Page width</source>
            <translation>Seitenbreite</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Als PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>no printer set up yet (Print… can write a PDF file)</source>
            <translation>noch kein Drucker eingerichtet (Drucken… kann eine PDF-Datei schreiben)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) on {paper} · {where}</source>
            <translation>
                <numerusform>%n Seite auf {paper} · {where}</numerusform>
                <numerusform>%n Seiten auf {paper} · {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>Sent {document} to {where} ({paper})</source>
            <translation>{document} gesendet an {where} ({paper})</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>The document has no pages to print.</source>
            <translation>Das Dokument hat keine Seiten zum Drucken.</translation>
        </message>
        <message>
            <source>Preparing {document} for printing…</source>
            <translation>{document} wird für den Druck vorbereitet…</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert in {path}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Erasing removes &lt;b&gt;{name}&lt;/b&gt;'s personal data everywhere: name, company, e-mail, phones, address, notes and tags; what they said in contacts, requests, follow-ups and promises; the problem, accessories and condition written on their jobs; visit addresses; and their entries in search and in the audit trail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays, for the books:&lt;/b&gt; their sales (items, serials, amounts) and service jobs (the work done, parts and labour), under the name &lt;i&gt;Erased customer&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;This cannot be undone. Older backups still hold the data; restoring one erases them again.&lt;/p&gt;&lt;p&gt;Type the customer's name to confirm:&lt;/p&gt;</source>
            <translation>&lt;p&gt;Beim Löschen werden die persönlichen Daten von &lt;b&gt;{name}&lt;/b&gt; überall entfernt: Name, Firma, E-Mail, Telefonnummern, Adresse, Notizen und Schlagwörter; was der Kunde in Kontakten, Anliegen, Wiedervorlagen und Zusagen gesagt hat; Problem, Zubehör und Zustand auf seinen Aufträgen; Einsatzadressen; sowie seine Einträge in der Suche und im Änderungsprotokoll.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was für die Buchhaltung bleibt:&lt;/b&gt; seine Verkäufe (Artikel, Seriennummern, Beträge) und Serviceaufträge (ausgeführte Arbeiten, Ersatzteile und Arbeitszeit), unter dem Namen &lt;i&gt;Gelöschter Kunde&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Das kann nicht rückgängig gemacht werden. Ältere Sicherungen enthalten die Daten noch; wird eine davon wiederhergestellt, werden sie erneut gelöscht.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen des Kunden ein:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Erase this customer</source>
            <translation>Diesen Kunden löschen</translation>
        </message>
        <message>
            <source>Type the customer's name to confirm</source>
            <translation>Geben Sie zur Bestätigung den Namen des Kunden ein</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Customer erased</source>
            <translation>Kunde gelöscht</translation>
        </message>
        <message>
            <source>{name}'s personal data is erased. {sales} and {jobs} stay for the books under 'Erased customer'.</source>
            <translation>Die persönlichen Daten von {name} sind gelöscht. {sales} und {jobs} bleiben für die Buchhaltung unter „Gelöschter Kunde“ erhalten.</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s)</source>
            <translation>
                <numerusform>%n Verkauf</numerusform>
                <numerusform>%n Verkäufe</numerusform>
            </translation>
        </message>
        <message>
            <source>Where to save the customer's data</source>
            <translation>Wo die Daten des Kunden gespeichert werden sollen</translation>
        </message>
        <message>
            <source>Customer's data</source>
            <translation>Daten des Kunden</translation>
        </message>
        <message>
            <source>Written to {data} and {history}.</source>
            <translation>Gespeichert in {data} und {history}.</translation>
        </message>
        <message>
            <source>Could not write {path}: the disk is full.</source>
            <translation>{path} konnte nicht geschrieben werden: Der Datenträger ist voll.</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>Im Geschäft</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>how a contact happened</comment>
            <translation>Vor Ort</translation>
        </message>
        <message>
            <source>Log a contact</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>Angaben zum Kontakt</translation>
        </message>
        <message>
            <source>The customer contacted us</source>
            <translation>Der Kunde hat sich gemeldet</translation>
        </message>
        <message>
            <source>We contacted the customer</source>
            <translation>Wir haben uns beim Kunden gemeldet</translation>
        </message>
        <message>
            <source>What was said, what was agreed</source>
            <translation>Was gesagt wurde, was vereinbart wurde</translation>
        </message>
        <message>
            <source>Needs action: open a request for it</source>
            <translation>Handlungsbedarf: ein Anliegen dafür anlegen</translation>
        </message>
        <message>
            <source>It stays on Today's lists until it is resolved, with its owner</source>
            <translation>Es bleibt mit seinem Zuständigen auf den Listen unter Heute, bis es erledigt ist</translation>
        </message>
        <message>
            <source>{kind} — applies “{procedure}”</source>
            <translation>{kind} — wendet „{procedure}“ an</translation>
        </message>
        <message>
            <source>Who started it</source>
            <translation>Wer hat sich gemeldet</translation>
        </message>
        <message>
            <source>Summary *</source>
            <translation>Zusammenfassung *</translation>
        </message>
        <message>
            <source>Kind of request</source>
            <translation>Art des Anliegens</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Zusage</translation>
        </message>
        <message>
            <source>There are no kinds of request; add one in Settings.</source>
            <translation>Es gibt keine Anliegenarten; legen Sie eine unter Einstellungen an.</translation>
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation>Wiedervorlage planen</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>Wiedervorlage</translation>
        </message>
        <message>
            <source>e.g. Ask how the new washing machine works out</source>
            <translation>z. B. Fragen, wie sich die neue Waschmaschine bewährt</translation>
        </message>
        <message>
            <source>What *</source>
            <translation>Was *</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>promise</source>
            <translation>Zusage</translation>
        </message>
        <message>
            <source>What the shop promised, e.g. SIM active by Friday</source>
            <translation>Was das Geschäft zugesagt hat, z. B. SIM bis Freitag aktiv</translation>
        </message>
        <message>
            <source>Promised *</source>
            <translation>Zugesagt *</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Every later change of this date will be kept, with its reason.</source>
            <translation>Jede spätere Änderung dieses Datums wird mit ihrem Grund festgehalten.</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>Nichts in diesem Zeitraum</translation>
        </message>
        <message>
            <source>{label} {value} (so far)</source>
            <translation>{label} {value} (bisher)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Export tables to CSV…</source>
            <translation>Tabellen als CSV exportieren…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>The metrics as a document: print it, or save it as a PDF (Ctrl+P)</source>
            <translation>Die Kennzahlen als Dokument: drucken oder als PDF speichern (Ctrl+P)</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the first day of the report</comment>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <comment>the last day</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>Sales by month</source>
            <translation>Verkäufe nach Monat</translation>
        </message>
        <message>
            <source>Satisfaction scores</source>
            <translation>Zufriedenheitsbewertungen</translation>
        </message>
        <message>
            <source>Sales by category</source>
            <translation>Verkäufe nach Kategorie</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Nach Kategorie</translation>
        </message>
        <message>
            <source>By staff member</source>
            <translation>Nach Mitarbeiter</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Nach Monat</translation>
        </message>
        <message>
            <source>Requests by kind</source>
            <translation>Anliegen nach Art</translation>
        </message>
        <message>
            <source>Requests by owner</source>
            <translation>Anliegen nach Zuständigem</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <source>Sales by month ({currency})</source>
            <translation>Verkäufe nach Monat ({currency})</translation>
        </message>
        <message>
            <source>Satisfaction scores, average {average}</source>
            <translation>Zufriedenheit, Durchschnitt {average}</translation>
        </message>
        <message>
            <source>Sales by category ({currency})</source>
            <translation>Verkäufe nach Kategorie ({currency})</translation>
        </message>
        <message>
            <source>Export the tables</source>
            <translation>Tabellen exportieren</translation>
        </message>
        <message>
            <source>Could not write {folder}: {why}.</source>
            <translation>{folder} konnte nicht geschrieben werden: {why}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in {folder}</source>
            <translation>
                <numerusform>%n CSV-Datei in {folder} gespeichert</numerusform>
                <numerusform>%n CSV-Dateien in {folder} gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>The figures are still being worked out: print again in a moment.</source>
            <translation>Die Zahlen werden noch berechnet: Drucken Sie gleich noch einmal.</translation>
        </message>
        <message>
            <source>Metrics, {date}</source>
            <translation>Kennzahlen, {date}</translation>
        </message>
        <message>
            <source>low</source>
            <comment>a priority</comment>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>normal</source>
            <comment>a priority</comment>
            <translation>normal</translation>
        </message>
        <message>
            <source>high</source>
            <comment>a priority</comment>
            <translation>hoch</translation>
        </message>
        <message>
            <source>urgent</source>
            <comment>a priority</comment>
            <translation>dringend</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Neues Anliegen</translation>
        </message>
        <message>
            <source>request</source>
            <translation>Angaben zum Anliegen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>What the customer asks, in their words</source>
            <translation>Was der Kunde möchte, in seinen Worten</translation>
        </message>
        <message>
            <source>No particular item</source>
            <translation>Kein bestimmter Artikel</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Ich</translation>
        </message>
        <message>
            <source>Who follows it up until it is solved</source>
            <translation>Wer sich darum kümmert, bis es gelöst ist</translation>
        </message>
        <message>
            <source>What is promised, e.g. New SIM active (default: the request)</source>
            <translation>Was zugesagt wird, z. B. Neue SIM aktiv (Standard: das Anliegen)</translation>
        </message>
        <message>
            <source>Anything staff should know (not shown to the customer)</source>
            <translation>Was das Team wissen sollte (für den Kunden nicht sichtbar)</translation>
        </message>
        <message>
            <source>Kind *</source>
            <translation>Art *</translation>
        </message>
        <message>
            <source>What is asked *</source>
            <translation>Was gewünscht wird *</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Zugesagt</translation>
        </message>
        <message>
            <source>Pick what kind of request this is.</source>
            <translation>Wählen Sie die Art des Anliegens aus.</translation>
        </message>
        <message>
            <source>changes to the owner, priority and notes</source>
            <translation>Änderungen an Zuständigem, Priorität und Notizen</translation>
        </message>
        <message>
            <source>Mark as:</source>
            <translation>Markieren als:</translation>
        </message>
        <message>
            <source>Promise to the customer</source>
            <translation>Zusage an den Kunden</translation>
        </message>
        <message>
            <source>Promise a date…</source>
            <translation>Termin zusagen…</translation>
        </message>
        <message>
            <source>Move date…</source>
            <translation>Termin verschieben…</translation>
        </message>
        <message>
            <source>Kept</source>
            <comment>a promise</comment>
            <translation>Eingehalten</translation>
        </message>
        <message>
            <source>Broken…</source>
            <comment>a promise</comment>
            <translation>Nicht eingehalten…</translation>
        </message>
        <message>
            <source>Say what the shop will do about it; the owner gets a recovery call</source>
            <translation>Geben Sie an, was das Geschäft unternimmt; der Inhaber erhält einen Klärungsanruf</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <source>Owner, priority and notes</source>
            <translation>Zuständig, Priorität und Notizen</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>A call or message about this request (counts as an action on it)</source>
            <translation>Ein Anruf oder eine Nachricht zu diesem Anliegen (zählt als Aktion dazu)</translation>
        </message>
        <message>
            <source>Take the unit in…</source>
            <translation>Gerät annehmen…</translation>
        </message>
        <message>
            <source>A unit must come in for service: open a job; this request is resolved</source>
            <translation>Ein Gerät muss zum Service: Einen Auftrag anlegen; dieses Anliegen ist damit erledigt</translation>
        </message>
        <message>
            <source>The receipt for the customer: the request's number and what was asked</source>
            <translation>Der Beleg für den Kunden: die Nummer des Anliegens und was gewünscht wurde</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;für {customer}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Status: {status} · priority {priority}</source>
            <translation>Status: {status} · Priorität {priority}</translation>
        </message>
        <message>
            <source>Asked: {summary}</source>
            <translation>Gewünscht: {summary}</translation>
        </message>
        <message>
            <source>Opened {date} by {who} · owner: {owner}</source>
            <translation>Angelegt am {date} von {who} · zuständig: {owner}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>jemand</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>About: {item}</source>
            <translation>Betrifft: {item}</translation>
        </message>
        <message>
            <source>Why cancelled: {resolution}</source>
            <translation>Grund für den Abbruch: {resolution}</translation>
        </message>
        <message>
            <source>Done: {resolution}</source>
            <translation>Erledigt: {resolution}</translation>
        </message>
        <message>
            <source>Taken in for service as {job}</source>
            <translation>Zum Service angenommen als {job}</translation>
        </message>
        <message>
            <source>Ticked by {who} {when}</source>
            <translation>Abgehakt von {who} {when}</translation>
        </message>
        <message>
            <source>No checklist for this kind of request</source>
            <translation>Keine Checkliste für diese Art von Anliegen</translation>
        </message>
        <message>
            <source>No date promised.</source>
            <translation>Kein Termin zugesagt.</translation>
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation>Warum wird es abgebrochen?</translation>
        </message>
        <message>
            <source>Why is it reopened?</source>
            <translation>Warum wird es wieder geöffnet?</translation>
        </message>
        <message>
            <source>Say why: the reason is kept with the request.</source>
            <translation>Geben Sie einen Grund an: Er wird beim Anliegen gespeichert.</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>What was done? (optional)</source>
            <translation>Was wurde gemacht? (optional)</translation>
        </message>
        <message>
            <source>What is promised?</source>
            <translation>Was wird zugesagt?</translation>
        </message>
        <message>
            <source>{kind}: done</source>
            <translation>{kind}: erledigt</translation>
        </message>
        <message>
            <source>Move the promised date</source>
            <translation>Zugesagten Termin verschieben</translation>
        </message>
        <message>
            <source>What will the shop do about it? (the owner gets a recovery call)</source>
            <translation>Was unternimmt das Geschäft? (der Inhaber erhält einen Klärungsanruf)</translation>
        </message>
        <message>
            <source>What was said about {request}?</source>
            <translation>Was wurde zu {request} gesagt?</translation>
        </message>
        <message>
            <source>kind of request</source>
            <translation>Anliegenart</translation>
        </message>
        <message>
            <source>Kinds of request</source>
            <translation>Anliegenarten</translation>
        </message>
        <message>
            <source>No checklist</source>
            <translation>Keine Checkliste</translation>
        </message>
        <message>
            <source>Offered for new requests</source>
            <translation>Für neue Anliegen angeboten</translation>
        </message>
        <message>
            <source>New kind</source>
            <translation>Neue Art</translation>
        </message>
        <message>
            <source>A kind's checklist is copied onto each new request of that kind (edit checklists on the Service page → Procedures). A retired kind is no longer offered; requests keep it.</source>
            <translation>Die Checkliste einer Art wird in jedes neue Anliegen dieser Art kopiert (Checklisten bearbeiten Sie auf der Seite Service → Abläufe). Eine deaktivierte Art wird nicht mehr angeboten; bestehende Anliegen behalten sie.</translation>
        </message>
        <message>
            <source>{kind} (retired)</source>
            <translation>{kind} (deaktiviert)</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Warranty ends</source>
            <translation>Garantie bis</translation>
        </message>
        <message>
            <source>Why different</source>
            <translation>Grund der Abweichung</translation>
        </message>
        <message>
            <source>sale</source>
            <translation>Verkaufsdaten</translation>
        </message>
        <message>
            <source>New sale — {customer}</source>
            <translation>Neuer Verkauf — {customer}</translation>
        </message>
        <message>
            <source>Sold by</source>
            <translation>Verkauft von</translation>
        </message>
        <message>
            <source>Lines of the sale</source>
            <translation>Positionen des Verkaufs</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Position hinzufügen</translation>
        </message>
        <message>
            <source>Saving schedules the after-sales follow-ups of each product's plan (thank-you call, satisfaction check, warranty-ending call, service reminders).</source>
            <translation>Beim Speichern werden die Wiedervorlagen aus dem Nachfassplan jedes Artikels angelegt (Dankeschön-Anruf, Zufriedenheitsabfrage, Anruf zum Garantieende, Service-Erinnerungen).</translation>
        </message>
        <message>
            <source>(typed line, not in the catalogue)</source>
            <translation>(frei eingegebene Position, nicht im Katalog)</translation>
        </message>
        <message>
            <source>The unit price in {currency}, e.g. {example}</source>
            <translation>Der Einzelpreis in {currency}, z. B. {example}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty end date</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Proposed from the product; change it only with a reason (kept in the audit trail)</source>
            <translation>Vom Artikel vorgeschlagen; nur mit Grund ändern (wird im Änderungsprotokoll festgehalten)</translation>
        </message>
        <message>
            <source>only if the date was changed</source>
            <translation>nur, wenn das Datum geändert wurde</translation>
        </message>
        <message>
            <source>{column}, line {line}</source>
            <translation>{column}, Zeile {line}</translation>
        </message>
        <message>
            <source>required</source>
            <translation>erforderlich</translation>
        </message>
        <message>
            <source>Line {line}: a warranty cannot be removed here; keep its end date.</source>
            <translation>Zeile {line}: Eine Garantie kann hier nicht entfernt werden; behalten Sie ihr Enddatum bei.</translation>
        </message>
        <message>
            <source>Line {line}: '{text}' is not a date like 2028-03-14.</source>
            <translation>Zeile {line}: „{text}“ ist kein Datum wie 2028-03-14.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>Total: —</source>
            <translation>Summe: —</translation>
        </message>
        <message>
            <source>&lt;b&gt;Total: {amount}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Summe: {amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Change date…</source>
            <translation>Datum ändern…</translation>
        </message>
        <message>
            <source>Correct the sale's date; its open follow-ups and warranties move with it</source>
            <translation>Das Datum des Verkaufs korrigieren; seine offenen Wiedervorlagen und Garantien verschieben sich mit</translation>
        </message>
        <message>
            <source>Say why; its open follow-ups are cancelled, what was done stays</source>
            <translation>Geben Sie einen Grund an; die offenen Wiedervorlagen entfallen, Erledigtes bleibt</translation>
        </message>
        <message>
            <source>Open the customer</source>
            <translation>Kunden öffnen</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Warranty from</source>
            <translation>Garantie ab</translation>
        </message>
        <message>
            <source>Warranty to</source>
            <translation>Garantie bis</translation>
        </message>
        <message>
            <source>Print warranty certificate…</source>
            <translation>Garantieschein drucken…</translation>
        </message>
        <message>
            <source>The selected item's warranty certificate, as a PDF</source>
            <translation>Der Garantieschein des ausgewählten Artikels als PDF</translation>
        </message>
        <message>
            <source>New service job for this item…</source>
            <translation>Neuer Serviceauftrag für diesen Artikel…</translation>
        </message>
        <message>
            <source>Take the selected item in for repair; its warranty is checked</source>
            <translation>Den ausgewählten Artikel zur Reparatur annehmen; seine Garantie wird geprüft</translation>
        </message>
        <message>
            <source>Follow-ups it scheduled</source>
            <translation>Angelegte Wiedervorlagen</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Double-click a job to open it</source>
            <translation>Doppelklicken Sie auf einen Auftrag, um ihn zu öffnen</translation>
        </message>
        <message>
            <source>Sale {number} — {customer}</source>
            <translation>Verkauf {number} — {customer}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;VOID&lt;/b&gt; since {date}: {reason}</source>
            <translation>&lt;b style='color:{color}'&gt;STORNIERT&lt;/b&gt; seit {date}: {reason}</translation>
        </message>
        <message>
            <source>active</source>
            <comment>a sale that is not void</comment>
            <translation>gültig</translation>
        </message>
        <message>
            <source>&lt;i&gt;no seller recorded&lt;/i&gt;</source>
            <translation>&lt;i&gt;kein Verkäufer erfasst&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notizen: {notes}</translation>
        </message>
        <message>
            <source>Seller</source>
            <translation>Verkäufer</translation>
        </message>
        <message>
            <source>{warranty} (changed: {reason})</source>
            <translation>{warranty} (geändert: {reason})</translation>
        </message>
        <message>
            <source>Print the warranty certificate</source>
            <translation>Garantieschein drucken</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>VOID</source>
            <comment>a sale cancelled</comment>
            <translation>STORNIERT</translation>
        </message>
        <message>
            <source>any</source>
            <comment>no limit on a date of a period</comment>
            <translation>beliebig</translation>
        </message>
        <message>
            <source>Every sale, newest first. To record one, open the customer (Ctrl+K) and choose &lt;b&gt;New sale…&lt;/b&gt; (Ctrl+Shift+S). Double-click a sale (or press Enter) to open it.</source>
            <translation>Alle Verkäufe, die neuesten zuerst. Um einen Verkauf zu erfassen, öffnen Sie den Kunden (Ctrl+K) und wählen &lt;b&gt;Neuer Verkauf…&lt;/b&gt; (Ctrl+Shift+S). Doppelklicken Sie auf einen Verkauf (oder drücken Sie Enter), um ihn zu öffnen.</translation>
        </message>
        <message>
            <source>Open the selected sale (or double-click it, or press Enter)</source>
            <translation>Den ausgewählten Verkauf öffnen (oder doppelklicken oder Enter drücken)</translation>
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation>Als CSV exportieren…</translation>
        </message>
        <message>
            <source>The sales shown, with the filters as they are, to a spreadsheet</source>
            <translation>Die angezeigten Verkäufe mit den aktuellen Filtern in eine Tabelle exportieren</translation>
        </message>
        <message>
            <source>Sale number (S-0042, 42), product or serial</source>
            <translation>Verkaufsnummer (S-0042, 42), Artikel oder Seriennummer</translation>
        </message>
        <message>
            <source>The first day of the period (“any”: from the first sale)</source>
            <translation>Der erste Tag des Zeitraums („beliebig“: ab dem ersten Verkauf)</translation>
        </message>
        <message>
            <source>The last day of the period (“any”: up to today)</source>
            <translation>Der letzte Tag des Zeitraums („beliebig“: bis heute)</translation>
        </message>
        <message>
            <source>Only the sales of this seller</source>
            <translation>Nur die Verkäufe dieses Verkäufers</translation>
        </message>
        <message>
            <source>Only sales with an item of this product category</source>
            <translation>Nur Verkäufe mit einem Artikel dieser Kategorie</translation>
        </message>
        <message>
            <source>Only sales with an item of this product</source>
            <translation>Nur Verkäufe mit diesem Artikel</translation>
        </message>
        <message>
            <source>Show void</source>
            <translation>Stornierte anzeigen</translation>
        </message>
        <message>
            <source>Also list voided sales (greyed out; never counted in the total)</source>
            <translation>Auch stornierte Verkäufe auflisten (ausgegraut; nie in der Summe enthalten)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the start of a period of dates</comment>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <comment>the end of a period of dates</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>All sellers</source>
            <translation>Alle Verkäufer</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>Alle Artikel</translation>
        </message>
        <message>
            <source>The period ends before it starts: nothing to show.</source>
            <translation>Der Zeitraum endet, bevor er beginnt: nichts anzuzeigen.</translation>
        </message>
        <message>
            <source>No sale matches these filters.</source>
            <translation>Kein Verkauf entspricht diesen Filtern.</translation>
        </message>
        <message>
            <source>No sales yet. {explanation}</source>
            <translation>Noch keine Verkäufe. {explanation}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sale(s) shown · adding up…</source>
            <translation>
                <numerusform>%Ln Verkauf angezeigt · wird summiert…</numerusform>
                <numerusform>%Ln Verkäufe angezeigt · wird summiert…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown ({void}, not in the total) · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Verkauf angezeigt ({void}, nicht in der Summe) · Summe &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Verkäufe angezeigt ({void}, nicht in der Summe) · Summe &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln void</source>
            <comment>sales cancelled</comment>
            <translation>
                <numerusform>%Ln storniert</numerusform>
                <numerusform>%Ln storniert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Verkauf angezeigt · Summe &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Verkäufe angezeigt · Summe &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the sales</source>
            <translation>Verkäufe exportieren</translation>
        </message>
        <message>
            <source>Could not write {path}: {problem}.</source>
            <translation>{path} konnte nicht geschrieben werden: {problem}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln sale(s) to {path}</source>
            <translation>
                <numerusform>%Ln Verkauf in {path} gespeichert</numerusform>
                <numerusform>%Ln Verkäufe in {path} gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Search: name, company, phone, email, serial/IMEI, product, S-0042, J-0042, R-0042   (Ctrl+K)</source>
            <translation>Suche: Name, Firma, Telefon, E-Mail, Seriennr./IMEI, Artikel, S-0042, J-0042, R-0042   (Ctrl+K)</translation>
        </message>
        <message>
            <source>No customer, phone, serial or number matches “{text}”.</source>
            <translation>Kein Kunde, keine Telefonnummer, Seriennummer oder Nummer passt zu „{text}“.</translation>
        </message>
        <message>
            <source>Encrypt when the server can (prefer)</source>
            <translation>Verschlüsseln, wenn der Server es kann (prefer)</translation>
        </message>
        <message>
            <source>Always encrypt (require)</source>
            <translation>Immer verschlüsseln (require)</translation>
        </message>
        <message>
            <source>Encrypt and check the server's certificate (verify-full)</source>
            <translation>Verschlüsseln und das Zertifikat des Servers prüfen (verify-full)</translation>
        </message>
        <message>
            <source>Never encrypt, trusted network only (disable)</source>
            <translation>Nie verschlüsseln, nur im vertrauenswürdigen Netzwerk (disable)</translation>
        </message>
        <message>
            <source>Shop server</source>
            <translation>Geschäftsserver</translation>
        </message>
        <message>
            <source>This computer uses the shop server &lt;b&gt;{server}&lt;/b&gt;.</source>
            <translation>Dieser Computer nutzt den Geschäftsserver &lt;b&gt;{server}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This computer uses the shop's own file on this computer, &lt;b&gt;{file}&lt;/b&gt;.</source>
            <translation>Dieser Computer nutzt die eigene Datei des Geschäfts auf diesem Computer, &lt;b&gt;{file}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This computer uses the server &lt;b&gt;{server}&lt;/b&gt; (given when crm_desktop was started).</source>
            <translation>Dieser Computer nutzt den Server &lt;b&gt;{server}&lt;/b&gt; (beim Start von crm_desktop angegeben).</translation>
        </message>
        <message>
            <source>Several computers (the counter, the back office, a technician's laptop) can share one shop on a PostgreSQL server: everyone sees the same customers, and nobody's save overwrites another's.</source>
            <translation>Mehrere Computer (die Theke, das Büro, der Laptop eines Technikers) können ein Geschäft auf einem PostgreSQL-Server gemeinsam nutzen: Alle sehen dieselben Kunden, und niemand überschreibt beim Speichern die Arbeit eines anderen.</translation>
        </message>
        <message>
            <source>the server's name or address, e.g. shop-server or 192.168.1.20</source>
            <translation>Name oder Adresse des Servers, z. B. shop-server oder 192.168.1.20</translation>
        </message>
        <message>
            <source>leave empty if it is already kept, or the server needs none</source>
            <translation>leer lassen, wenn es bereits gespeichert ist oder der Server keines braucht</translation>
        </message>
        <message>
            <source>in the system keyring</source>
            <translation>im Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>in the password file ({file})</source>
            <translation>in der Passwortdatei ({file})</translation>
        </message>
        <message>
            <source>nowhere: the server needs none</source>
            <translation>nirgends: Der Server braucht keines</translation>
        </message>
        <message>
            <source>in the system keyring (not available: {problem})</source>
            <translation>im Schlüsselbund des Systems (nicht verfügbar: {problem})</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Password kept</source>
            <translation>Passwort gespeichert</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Verschlüsselung (TLS)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>&amp;Move this shop to the server…</source>
            <translation>Dieses Geschäft auf den Server &amp;umziehen…</translation>
        </message>
        <message>
            <source>Copies every customer, sale, job and setting onto the empty server database, checks each table, then opens the shop from there. The file on this computer is left as it is.</source>
            <translation>Kopiert alle Kunden, Verkäufe, Aufträge und Einstellungen in die leere Datenbank auf dem Server, prüft jede Tabelle und öffnet das Geschäft dann von dort. Die Datei auf diesem Computer bleibt unverändert.</translation>
        </message>
        <message>
            <source>&amp;Connect to this server</source>
            <translation>Mit diesem Server &amp;verbinden</translation>
        </message>
        <message>
            <source>Use this computer's &amp;file again</source>
            <translation>Wieder die &amp;Datei dieses Computers verwenden</translation>
        </message>
        <message>
            <source>The shop's own file on this computer; the server and its data stay as they are</source>
            <translation>Die eigene Datei des Geschäfts auf diesem Computer; der Server und seine Daten bleiben unverändert</translation>
        </message>
        <message>
            <source>Connecting to {host}:{port}…</source>
            <translation>Verbindung zu {host}:{port} wird hergestellt…</translation>
        </message>
        <message>
            <source>Start a new shop on the server?</source>
            <translation>Ein neues Geschäft auf dem Server anlegen?</translation>
        </message>
        <message>
            <source>The database {database} on {host} is empty: connecting starts a new, empty shop there. To take this shop's customers along, choose Move this shop to the server instead.

Start a new shop on the server?</source>
            <translation>Die Datenbank {database} auf {host} ist leer: Beim Verbinden wird dort ein neues, leeres Geschäft angelegt. Um die Kunden dieses Geschäfts mitzunehmen, wählen Sie stattdessen „Dieses Geschäft auf den Server umziehen“.

Ein neues Geschäft auf dem Server anlegen?</translation>
        </message>
        <message>
            <source>Opening the shop on {host}…</source>
            <translation>Das Geschäft auf {host} wird geöffnet…</translation>
        </message>
        <message>
            <source>Move this shop to the server?</source>
            <translation>Dieses Geschäft auf den Server umziehen?</translation>
        </message>
        <message>
            <source>Every customer, sale, job and setting of this shop is copied to the database {database} on {host}, then checked table by table. From then on this computer uses the server; the file on this computer is left as it is, as a way back.

Do this while nobody else is using the shop. Move it now?</source>
            <translation>Alle Kunden, Verkäufe, Aufträge und Einstellungen dieses Geschäfts werden in die Datenbank {database} auf {host} kopiert und dann Tabelle für Tabelle geprüft. Danach nutzt dieser Computer den Server; die Datei auf diesem Computer bleibt unverändert, als Weg zurück.

Tun Sie das, während niemand sonst mit dem Geschäft arbeitet. Jetzt umziehen?</translation>
        </message>
        <message>
            <source>Moving the shop to the server and checking every table…</source>
            <translation>Das Geschäft wird auf den Server umgezogen und jede Tabelle geprüft…</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n Tabelle</numerusform>
                <numerusform>%n Tabellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) in {tables}, each checked</source>
            <translation>
                <numerusform>%Ln Datensatz in {tables}, geprüft</numerusform>
                <numerusform>%Ln Datensätze in {tables}, jeder einzeln geprüft</numerusform>
            </translation>
        </message>
        <message>
            <source>The shop is on the server</source>
            <translation>Das Geschäft ist auf dem Server</translation>
        </message>
        <message>
            <source>Moved: {moved}. This computer now uses the server; connect the other computers with Settings → Shop server.</source>
            <translation>Umgezogen: {moved}. Dieser Computer nutzt jetzt den Server; verbinden Sie die anderen Computer über Einstellungen → Geschäftsserver.</translation>
        </message>
        <message>
            <source>Opening the shop's file on this computer…</source>
            <translation>Die Datei des Geschäfts auf diesem Computer wird geöffnet…</translation>
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit's status</comment>
            <translation>geplant</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a visit's status</comment>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit's status</comment>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>No action for</source>
            <translation>Ohne Aktion seit</translation>
        </message>
        <message>
            <source>today</source>
            <comment>no action for: none since today</comment>
            <translation>heute</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>How many days</source>
            <translation>Wie viele Tage</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Print the day's job sheets…</source>
            <translation>Auftragsblätter des Tages drucken…</translation>
        </message>
        <message>
            <source>One PDF: a job sheet for each visit of the day and each open job due by then (it says how many)</source>
            <translation>Ein PDF: ein Auftragsblatt für jeden Einsatz des Tages und jeden offenen Auftrag, der bis dahin fällig ist (mit Angabe der Anzahl)</translation>
        </message>
        <message>
            <source>Procedures…</source>
            <translation>Abläufe…</translation>
        </message>
        <message>
            <source>Edit the checklist templates technicians apply to jobs</source>
            <translation>Die Checklisten-Vorlagen bearbeiten, die Techniker auf Aufträge anwenden</translation>
        </message>
        <message>
            <source>Take a unit in: scan its serial/IMEI ⏎</source>
            <translation>Gerät annehmen: Seriennummer/IMEI scannen ⏎</translation>
        </message>
        <message>
            <source>Open service jobs</source>
            <translation>Offene Serviceaufträge</translation>
        </message>
        <message>
            <source>&lt;b&gt;Visits, week of {monday} – {sunday}&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Einsätze, Woche {monday} – {sunday}&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Visits on {day}&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Einsätze am {day}&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; (everyone's, {count}): the longest without action first</source>
            <translation>&lt;b&gt;Offene Aufträge&lt;/b&gt; (alle, {count}): die am längsten ohne Aktion zuerst</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; ({technician}'s, {count}): the longest without action first</source>
            <translation>&lt;b&gt;Offene Aufträge&lt;/b&gt; (von {technician}, {count}): die am längsten ohne Aktion zuerst</translation>
        </message>
        <message>
            <source>Double-click a visit or a job to open it.</source>
            <translation>Doppelklicken Sie auf einen Einsatz oder Auftrag, um ihn zu öffnen.</translation>
        </message>
        <message>
            <source>Nothing here yet. Service jobs are opened from a customer's page (New service job…); visits are booked from the job.</source>
            <translation>Hier ist noch nichts. Serviceaufträge werden auf der Seite eines Kunden angelegt (Neuer Serviceauftrag…); Einsätze werden im Auftrag geplant.</translation>
        </message>
        <message>
            <source>{serial} was not sold here: open the customer's page (or create them), then New service job…</source>
            <translation>{serial} wurde nicht hier verkauft: Öffnen Sie die Seite des Kunden (oder legen Sie ihn an), dann Neuer Serviceauftrag…</translation>
        </message>
        <message>
            <source>Print the day's job sheets</source>
            <translation>Auftragsblätter des Tages drucken</translation>
        </message>
        <message>
            <source>No visits on {day} and no open job due by then: nothing to print.
{left_out}</source>
            <translation>Keine Einsätze am {day} und kein offener Auftrag, der bis dahin fällig ist: nichts zu drucken.
{left_out}</translation>
        </message>
        <message>
            <source>Print {sheets}?</source>
            <translation>{sheets} drucken?</translation>
        </message>
        <message>
            <source>Job sheets of {technician}, {date}</source>
            <translation>Auftragsblätter von {technician}, {date}</translation>
        </message>
        <message>
            <source>procedure</source>
            <translation>Angaben zum Ablauf</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Abläufe</translation>
        </message>
        <message>
            <source>One step per line</source>
            <translation>Ein Schritt pro Zeile</translation>
        </message>
        <message>
            <source>New procedure</source>
            <translation>Neuer Ablauf</translation>
        </message>
        <message>
            <source>Retired procedures are no longer offered; jobs keep their checklists</source>
            <translation>Deaktivierte Abläufe werden nicht mehr angeboten; Aufträge behalten ihre Checklisten</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>shop details</source>
            <translation>Geschäftsdaten</translation>
        </message>
        <message>
            <source>Shop details</source>
            <translation>Geschäftsdaten</translation>
        </message>
        <message>
            <source>e.g. Hélène Marchand</source>
            <translation>z. B. Anna Schneider</translation>
        </message>
        <message>
            <source>Two letters, e.g. FR, GB, US: phone numbers typed without +country use it</source>
            <translation>Zwei Buchstaben, z. B. DE, AT, CH: gilt für Telefonnummern, die ohne +Ländervorwahl eingegeben werden</translation>
        </message>
        <message>
            <source>How amounts are written on screen and on paper: grouping, decimal mark, where the symbol goes</source>
            <translation>Wie Beträge auf dem Bildschirm und auf Papier geschrieben werden: Tausendertrennzeichen, Dezimalzeichen, Stellung des Währungssymbols</translation>
        </message>
        <message>
            <source>Printed on warranty certificates; leave empty for the standard text</source>
            <translation>Wird auf Garantiescheine gedruckt; leer lassen für den Standardtext</translation>
        </message>
        <message>
            <source>A PNG or JPEG printed at the top of job sheets (optional)</source>
            <translation>Ein PNG oder JPEG, das oben auf Auftragsblätter gedruckt wird (optional)</translation>
        </message>
        <message>
            <source>As usual in the shop's country</source>
            <translation>Wie im Land des Geschäfts üblich</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>paper size</comment>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Printed on intake receipts; leave empty for the standard text</source>
            <translation>Wird auf Annahmebelege gedruckt; leer lassen für den Standardtext</translation>
        </message>
        <message>
            <source>Half a page (the paper above)</source>
            <translation>Halbe Seite (das Papier oben)</translation>
        </message>
        <message>
            <source>80 mm thermal roll</source>
            <translation>80-mm-Thermorolle</translation>
        </message>
        <message>
            <source>No (print it from the job when wanted)</source>
            <translation>Nein (bei Bedarf aus dem Auftrag drucken)</translation>
        </message>
        <message>
            <source>Ask each time</source>
            <translation>Jedes Mal fragen</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Immer</translation>
        </message>
        <message>
            <source>Width x height of the labels in millimetres, e.g. 62x29</source>
            <translation>Breite x Höhe der Etiketten in Millimetern, z. B. 62x29</translation>
        </message>
        <message>
            <source>What one call or message costs you, e.g. {example} (for the Reports page)</source>
            <translation>Was Sie ein Anruf oder eine Nachricht kostet, z. B. {example} (für die Seite Auswertungen)</translation>
        </message>
        <message>
            <source>Your name (owner) *</source>
            <translation>Ihr Name (Inhaber) *</translation>
        </message>
        <message>
            <source>You are the shop's first person: owner, sales and technician until colleagues join (Settings → Staff). Everything is saved in the name of the person at the keyboard.</source>
            <translation>Sie sind die erste Person im Geschäft: Inhaber, Verkauf und Techniker, bis Kollegen dazukommen (Einstellungen → Mitarbeiter). Alles wird im Namen der Person am Computer gespeichert.</translation>
        </message>
        <message>
            <source>Shop name *</source>
            <translation>Name des Geschäfts *</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Money format</source>
            <translation>Betragsformat</translation>
        </message>
        <message>
            <source>Warranty terms</source>
            <translation>Garantiebedingungen</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Receipt terms</source>
            <translation>Belegbedingungen</translation>
        </message>
        <message>
            <source>Receipt format</source>
            <translation>Belegformat</translation>
        </message>
        <message>
            <source>Receipt at intake</source>
            <translation>Beleg bei Annahme</translation>
        </message>
        <message>
            <source>Label size (mm)</source>
            <translation>Etikettengröße (mm)</translation>
        </message>
        <message>
            <source>Cost per contact</source>
            <translation>Kosten pro Kontakt</translation>
        </message>
        <message>
            <source>Type a currency code such as EUR, GBP or USD.</source>
            <translation>Geben Sie einen Währungscode wie EUR, CHF oder USD ein.</translation>
        </message>
        <message>
            <source>Amounts look like {formatted}; typed as {typed}</source>
            <translation>Beträge sehen so aus: {formatted}; eingegeben als {typed}</translation>
        </message>
        <message>
            <source>Cost per contact: {problem}</source>
            <translation>Kosten pro Kontakt: {problem}</translation>
        </message>
        <message>
            <source>Choose the shop's logo</source>
            <translation>Logo des Geschäfts wählen</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>set</source>
            <comment>a PIN is set</comment>
            <translation>gesetzt</translation>
        </message>
        <message>
            <source>working</source>
            <comment>a person's status</comment>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>retired {date}</source>
            <translation>deaktiviert seit {date}</translation>
        </message>
        <message>
            <source>person's details</source>
            <translation>Angaben zur Person</translation>
        </message>
        <message>
            <source>Edit a person</source>
            <translation>Person bearbeiten</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <source>e.g. Tomás Ferreira</source>
            <translation>z. B. Tomás Ferreira</translation>
        </message>
        <message>
            <source>from the name when left blank</source>
            <translation>aus dem Namen, wenn leer gelassen</translation>
        </message>
        <message>
            <source>Roles *</source>
            <translation>Rollen *</translation>
        </message>
        <message>
            <source>A one-person shop is owner, sales and technician. Follow-ups “for a technician” go to the technician with the least open work; with nobody in a role, they go to the owner.</source>
            <translation>In einem Ein-Personen-Geschäft ist man Inhaber, Verkauf und Techniker. Wiedervorlagen „für einen Techniker“ gehen an den Techniker mit den wenigsten offenen Aufgaben; ist eine Rolle nicht besetzt, gehen sie an den Inhaber.</translation>
        </message>
        <message>
            <source>optional: 4 to 8 digits, asked when switching to this person</source>
            <translation>optional: 4 bis 8 Ziffern, abgefragt beim Wechsel zu dieser Person</translation>
        </message>
        <message>
            <source>Retire {name}</source>
            <translation>{name} deaktivieren</translation>
        </message>
        <message>
            <source>{name} still has {work}. All of it goes to the colleague chosen here.</source>
            <translation>{name} hat noch {work}. All das geht an den hier gewählten Kollegen.</translation>
        </message>
        <message>
            <source>{name} has no open work. Their name stays on everything they did.</source>
            <translation>{name} hat keine offenen Aufgaben. Der Name bleibt bei allem erhalten, was diese Person getan hat.</translation>
        </message>
        <message>
            <source>— nobody —</source>
            <translation>— niemand —</translation>
        </message>
        <message>
            <source>— choose a colleague —</source>
            <translation>— Kollegen wählen —</translation>
        </message>
        <message>
            <source>Hand the work to</source>
            <translation>Aufgaben übergeben an</translation>
        </message>
        <message>
            <source>crm_desktop will speak {language} from its next start. Restart it now?</source>
            <translation>crm_desktop spricht ab dem nächsten Start {language}. Jetzt neu starten?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Jetzt neu starten</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Your shop's name, address, currency, money format, logo and paper.</source>
            <translation>Name, Adresse, Währung, Betragsformat, Logo und Papier Ihres Geschäfts.</translation>
        </message>
        <message>
            <source>Edit shop details…</source>
            <translation>Geschäftsdaten bearbeiten…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Sprache…</translation>
        </message>
        <message>
            <source>What customers ask that is not a repair, and the checklist each kind applies.</source>
            <translation>Was Kunden wünschen, das keine Reparatur ist, und die Checkliste, die jede Art mitbringt.</translation>
        </message>
        <message>
            <source>Kinds of request…</source>
            <translation>Anliegenarten…</translation>
        </message>
        <message>
            <source>E-mail and SMS to customers: the mail server, the SMS provider, the outbox.</source>
            <translation>E-Mail und SMS an Kunden: Mailserver, SMS-Anbieter, Postausgang.</translation>
        </message>
        <message>
            <source>Messages…</source>
            <translation>Nachrichten…</translation>
        </message>
        <message>
            <source>Outbox…</source>
            <translation>Postausgang…</translation>
        </message>
        <message>
            <source>Templates…</source>
            <translation>Vorlagen…</translation>
        </message>
        <message>
            <source>What each message says, and whether it goes by itself or after asking</source>
            <translation>Was jede Nachricht sagt und ob sie automatisch oder nach Rückfrage gesendet wird</translation>
        </message>
        <message>
            <source>The automatic backups, Back up now, a second folder, Restore.</source>
            <translation>Die automatischen Sicherungen, Jetzt sichern, ein zweiter Ordner, Wiederherstellen.</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Sicherungen…</translation>
        </message>
        <message>
            <source>Shop server…</source>
            <translation>Geschäftsserver…</translation>
        </message>
        <message>
            <source>Several computers share this shop on a PostgreSQL server: {server}.</source>
            <translation>Mehrere Computer nutzen dieses Geschäft gemeinsam auf einem PostgreSQL-Server: {server}.</translation>
        </message>
        <message>
            <source>One computer: the shop is a file on this computer. Share it between several on a server.</source>
            <translation>Ein Computer: Das Geschäft ist eine Datei auf diesem Computer. Über einen Server können mehrere Computer es gemeinsam nutzen.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Everyone who serves customers or repairs units. Every change in crm_desktop is saved in the name of the person at the keyboard (bottom right of the window). People are retired, never deleted: their names stay on what they did.</source>
            <translation>Alle, die Kunden bedienen oder Geräte reparieren. Jede Änderung in crm_desktop wird im Namen der Person am Computer gespeichert (unten rechts im Fenster). Personen werden deaktiviert, nie gelöscht: Ihr Name bleibt bei allem erhalten, was sie getan haben.</translation>
        </message>
        <message>
            <source>Show retired people</source>
            <translation>Deaktivierte Personen anzeigen</translation>
        </message>
        <message>
            <source>Add a person…</source>
            <translation>Person hinzufügen…</translation>
        </message>
        <message>
            <source>Set or remove PIN…</source>
            <translation>PIN setzen oder entfernen…</translation>
        </message>
        <message>
            <source>Retire…</source>
            <translation>Deaktivieren…</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <source>This computer speaks {now}; {next} from the next start.</source>
            <translation>Dieser Computer spricht {now}; ab dem nächsten Start {next}.</translation>
        </message>
        <message>
            <source>This computer speaks {language}: the window, the documents, the command line.</source>
            <translation>Dieser Computer spricht {language}: das Fenster, die Dokumente, die Befehlszeile.</translation>
        </message>
        <message>
            <source>New PIN for {name} (4 to 8 digits; leave empty to remove the PIN):</source>
            <translation>Neue PIN für {name} (4 bis 8 Ziffern; leer lassen, um die PIN zu entfernen):</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Calls and messages</source>
            <translation>Anrufe und Nachrichten</translation>
        </message>
        <message>
            <source>Satisfaction checks</source>
            <translation>Zufriedenheitsabfragen</translation>
        </message>
        <message>
            <source>Warranty notices</source>
            <translation>Garantiehinweise</translation>
        </message>
        <message>
            <source>Service reminders</source>
            <translation>Service-Erinnerungen</translation>
        </message>
        <message>
            <source>Recovery calls</source>
            <translation>Klärungsanrufe</translation>
        </message>
        <message numerus="yes">
            <source>{section} ({count}) — showing the %n most urgent</source>
            <translation>
                <numerusform>{section} ({count}) — nur der %n dringendste Eintrag wird angezeigt</numerusform>
                <numerusform>{section} ({count}) — die %n dringendsten Einträge werden angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>idle %n d</source>
            <translation>
                <numerusform>%n Tag ohne Aktion</numerusform>
                <numerusform>%n Tage ohne Aktion</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{date} (%n d late)</source>
            <translation>
                <numerusform>{date} (%n Tag überfällig)</numerusform>
                <numerusform>{date} (%n Tage überfällig)</numerusform>
            </translation>
        </message>
        <message>
            <source>{phone} — click to copy</source>
            <translation>{phone} — zum Kopieren klicken</translation>
        </message>
        <message>
            <source>Only the follow-ups assigned to one person</source>
            <translation>Nur die Wiedervorlagen, die einer bestimmten Person zugewiesen sind</translation>
        </message>
        <message>
            <source>Which kinds of work</source>
            <translation>Welche Arten von Aufgaben</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>Erledigen…</translation>
        </message>
        <message>
            <source>Reschedule…</source>
            <translation>Verschieben…</translation>
        </message>
        <message>
            <source>Skip…</source>
            <translation>Auslassen…</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Übergeben…</translation>
        </message>
        <message>
            <source>Give the selected follow-ups to a colleague</source>
            <translation>Die ausgewählten Wiedervorlagen an einen Kollegen übergeben</translation>
        </message>
        <message>
            <source>Select several follow-ups (Ctrl or Shift + click) to do them all at once</source>
            <translation>Wählen Sie mehrere Wiedervorlagen aus (Ctrl oder Shift + Klick), um sie alle auf einmal zu bearbeiten</translation>
        </message>
        <message>
            <source>The message telling the customer where it stands, ready to send</source>
            <translation>Die Nachricht, die dem Kunden den aktuellen Stand mitteilt, sendefertig</translation>
        </message>
        <message>
            <source>Select the long overdue</source>
            <translation>Lange Überfällige auswählen</translation>
        </message>
        <message>
            <source>Follow-ups more than 90 days late: select them all to reschedule, skip or hand them over</source>
            <translation>Wiedervorlagen, die mehr als 90 Tage überfällig sind: alle auswählen, um sie zu verschieben, auszulassen oder zu übergeben</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Call list…</source>
            <translation>Anrufliste…</translation>
        </message>
        <message>
            <source>Work through today's calls one at a time (Ctrl+L)</source>
            <translation>Die Anrufe von heute einen nach dem anderen abarbeiten (Ctrl+L)</translation>
        </message>
        <message>
            <source>Today's work, most urgent first</source>
            <translation>Die Arbeit von heute, das Dringendste zuerst</translation>
        </message>
        <message>
            <source>Loading today's work…</source>
            <translation>Die Arbeit von heute wird geladen…</translation>
        </message>
        <message>
            <source>Today — {date}</source>
            <translation>Heute — {date}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n message(s) to customers could not be sent.&lt;/b&gt; &lt;a href='outbox'&gt;Open the outbox&lt;/a&gt; to read why and send again.</source>
            <translation>
                <numerusform>&lt;b&gt;%n Nachricht an Kunden konnte nicht gesendet werden.&lt;/b&gt; &lt;a href='outbox'&gt;Öffnen Sie den Postausgang&lt;/a&gt;, um den Grund zu lesen und sie erneut zu senden.</numerusform>
                <numerusform>&lt;b&gt;%n Nachrichten an Kunden konnten nicht gesendet werden.&lt;/b&gt; &lt;a href='outbox'&gt;Öffnen Sie den Postausgang&lt;/a&gt;, um den Grund zu lesen und sie erneut zu senden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n overdue&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b style='color:{color}'&gt;%n überfällig&lt;/b&gt;</numerusform>
                <numerusform>&lt;b style='color:{color}'&gt;%n überfällig&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing overdue</source>
            <translation>nichts überfällig</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n due today&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n heute fällig&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n heute fällig&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the next 7 days</source>
            <translation>
                <numerusform>%n in den nächsten 7 Tagen</numerusform>
                <numerusform>%n in den nächsten 7 Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n broken promise(s)</source>
            <translation>
                <numerusform>%n nicht eingehaltene Zusage</numerusform>
                <numerusform>%n nicht eingehaltene Zusagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n slipping promise(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b style='color:{color}'&gt;%n Zusage verschiebt sich&lt;/b&gt;</numerusform>
                <numerusform>&lt;b style='color:{color}'&gt;%n Zusagen verschieben sich&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for news</source>
            <translation>
                <numerusform>%n wartet auf Neuigkeiten</numerusform>
                <numerusform>%n warten auf Neuigkeiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open with no action for {days} days</source>
            <translation>
                <numerusform>%n offen ohne Aktion seit {days} Tagen</numerusform>
                <numerusform>%n offen ohne Aktion seit {days} Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n long overdue</source>
            <translation>
                <numerusform>%n lange überfällig</numerusform>
                <numerusform>%n lange überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open request</source>
            <translation>Anliegen &amp;öffnen</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>Kunden &amp;öffnen</translation>
        </message>
        <message>
            <source>Copied {phone} ({customer})</source>
            <translation>{phone} kopiert ({customer})</translation>
        </message>
        <message>
            <source>There is no message to send for “{what}”: it is not a reminder, the customer said no or has no address for it, or messages are not set up (Settings → Messages). Call them, or log the contact.</source>
            <translation>Für „{what}“ gibt es keine Nachricht zum Senden: Es ist keine Erinnerung, der Kunde hat abgelehnt oder hat keine Adresse dafür, oder Nachrichten sind nicht eingerichtet (Einstellungen → Nachrichten). Rufen Sie ihn an oder erfassen Sie den Kontakt.</translation>
        </message>
        <message>
            <source>Ending within</source>
            <translation>Endet innerhalb von</translation>
        </message>
        <message>
            <source>Ended in the last</source>
            <translation>Endete in den letzten</translation>
        </message>
        <message>
            <source>All active</source>
            <translation>Alle laufenden</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Verkauf</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Endet</translation>
        </message>
        <message>
            <source>Scan or type a serial / IMEI and press Enter</source>
            <translation>Seriennummer / IMEI scannen oder eingeben und Enter drücken</translation>
        </message>
        <message>
            <source>Within how many days</source>
            <translation>Innerhalb wie vieler Tage</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tagen</translation>
        </message>
        <message>
            <source>Open customer</source>
            <translation>Kunden öffnen</translation>
        </message>
        <message>
            <source>Print certificate…</source>
            <translation>Garantieschein drucken…</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) — the first %n</source>
            <translation>
                <numerusform>%n Artikel — die ersten %n</numerusform>
                <numerusform>%n Artikel — die ersten %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Artikel</numerusform>
                <numerusform>%n Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sold item(s) with serial {serial}</source>
            <translation>
                <numerusform>%n verkaufter Artikel mit Seriennummer {serial}</numerusform>
                <numerusform>%n verkaufte Artikel mit Seriennummer {serial}</numerusform>
            </translation>
        </message>
        <message>
            <source>No sold item has the serial “{serial}”.</source>
            <translation>Kein verkaufter Artikel hat die Seriennummer „{serial}“.</translation>
        </message>
        <message>
            <source>Warranty certificate, {number}</source>
            <translation>Garantieschein, {number}</translation>
        </message>
        <message>
            <source>“{text}” is not a date like {example}.</source>
            <translation>„{text}“ ist kein Datum wie {example}.</translation>
        </message>
        <message>
            <source>Discard the typed {what}?</source>
            <translation>Eingegebene {what} verwerfen?</translation>
        </message>
        <message>
            <source>It has not been saved.</source>
            <translation>Es wurde noch nichts gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Weiter bearbeiten</translation>
        </message>
        <message>
            <source>details</source>
            <translation>Angaben</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>jemand anderem</translation>
        </message>
        <message>
            <source>Changed elsewhere by {who} at {time}. What you typed is kept: {what}</source>
            <translation>Anderswo um {time} von {who} geändert. Ihre Eingaben bleiben erhalten: {what}</translation>
        </message>
        <message>
            <source>Changed elsewhere by {who}. What you typed is kept: {what}</source>
            <translation>Anderswo von {who} geändert. Ihre Eingaben bleiben erhalten: {what}</translation>
        </message>
        <message>
            <source>New date for {what}:</source>
            <translation>Neues Datum für {what}:</translation>
        </message>
        <message>
            <source>Why the date moves — told to the customer, kept in the history</source>
            <translation>Warum sich der Termin verschiebt — wird dem Kunden mitgeteilt und in der Historie festgehalten</translation>
        </message>
        <message>
            <source>It is already due on {date}: pick the new date.</source>
            <translation>Es ist bereits am {date} fällig: Wählen Sie ein neues Datum.</translation>
        </message>
        <message>
            <source>Say why the date moves: the customer is told, and it is kept with the promise.</source>
            <translation>Geben Sie an, warum sich der Termin verschiebt: Der Kunde wird informiert, und der Grund wird bei der Zusage gespeichert.</translation>
        </message>
    </context>
</TS>
