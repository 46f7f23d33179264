<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Opening {path}…</source>
            <translation>{path} openen…</translation>
        </message>
        <message>
            <source>Opening the shop server…</source>
            <translation>De winkelserver openen…</translation>
        </message>
        <message>
            <source>crm_desktop: unexpected error</source>
            <translation>crm_desktop: onverwachte fout</translation>
        </message>
        <message>
            <source>Something went wrong inside crm_desktop ({kind}: {error}). Nothing that was saved before is lost. The details are in the log file in the data folder.</source>
            <translation>Er is iets misgegaan in crm_desktop ({kind}: {error}). Wat eerder is opgeslagen, gaat niet verloren. De details staan in het logbestand in de gegevensmap.</translation>
        </message>
        <message>
            <source>crm_desktop cannot open the database</source>
            <translation>crm_desktop kan de database niet openen</translation>
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
            <translation>Gemaakt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Damaged: {problem}</source>
            <translation>Beschadigd: {problem}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <source>crm_desktop backs the database up every day it opens and before every upgrade, in {folder}. Each backup below is checked by SQLite.</source>
            <translation>crm_desktop maakt elke dag dat het wordt geopend en vóór elke upgrade een back-up van de database, in {folder}. Elke back-up hieronder is door SQLite gecontroleerd.</translation>
        </message>
        <message>
            <source>Second folder…</source>
            <translation>Tweede map…</translation>
        </message>
        <message>
            <source>A USB stick or a network share that receives a copy of each backup</source>
            <translation>Een USB-stick of netwerkmap die van elke back-up een kopie krijgt</translation>
        </message>
        <message>
            <source>No second folder</source>
            <translation>Geen tweede map</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Nu back-up maken</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Geselecteerde back-up terugzetten…</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Terugzetten uit een bestand…</translation>
        </message>
        <message>
            <source>Checking the backups…</source>
            <translation>Back-ups controleren…</translation>
        </message>
        <message>
            <source>Second folder: {folder}</source>
            <translation>Tweede map: {folder}</translation>
        </message>
        <message>
            <source>Second folder: none (a USB stick or share is safer)</source>
            <translation>Tweede map: geen (een USB-stick of netwerkmap is veiliger)</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Nog geen back-ups.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), {damaged} damaged</source>
            <translation>
                <numerusform>%n back-up, {damaged} beschadigd</numerusform>
                <numerusform>%n back-ups, {damaged} beschadigd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), all sound</source>
            <translation>
                <numerusform>%n back-up, in orde</numerusform>
                <numerusform>%n back-ups, alle in orde</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup written to {file}. A copy is in {folder}.</source>
            <translation>Back-up geschreven naar {file}. Er staat een kopie in {folder}.</translation>
        </message>
        <message>
            <source>Backup written to {file}.</source>
            <translation>Back-up geschreven naar {file}.</translation>
        </message>
        <message>
            <source>The second folder for backups</source>
            <translation>De tweede map voor back-ups</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Kies eerst een back-up in de lijst.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Terugzetten uit een back-upbestand</translation>
        </message>
        <message>
            <source>Backups (*.sqlite3)</source>
            <translation>Back-ups (*.sqlite3)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Een back-up terugzetten</translation>
        </message>
        <message>
            <source>Replace all the shop's data with the backup of {backup}?

Everything saved since then is replaced. The data as it is now is backed up first (kept in the list as 'Before a restore'), and customers erased since are erased again.</source>
            <translation>Alle gegevens van de winkel vervangen door de back-up van {backup}?

Alles wat sindsdien is opgeslagen, wordt vervangen. Van de gegevens zoals ze nu zijn, wordt eerst een back-up gemaakt (in de lijst bewaard als 'Vóór het terugzetten'), en klanten die sindsdien zijn gewist, worden opnieuw gewist.</translation>
        </message>
        <message>
            <source>Restored the backup of {backup}; the data as it was is kept as 'Before a restore'.</source>
            <translation>De back-up van {backup} is teruggezet; de gegevens zoals ze waren, zijn bewaard als 'Vóór het terugzetten'.</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) erased since (was|were) erased again.</source>
            <translation>
                <numerusform>%n klant die sindsdien was gewist, is opnieuw gewist.</numerusform>
                <numerusform>%n klanten die sindsdien waren gewist, zijn opnieuw gewist.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar not updated: {error}</source>
            <translation>Agenda niet bijgewerkt: {error}</translation>
        </message>
        <message>
            <source>&amp;Reached</source>
            <translation>&amp;Bereikt</translation>
        </message>
        <message>
            <source>They answered: save their score and words, if given</source>
            <translation>De klant nam op: score en eigen woorden opslaan, als die gegeven zijn</translation>
        </message>
        <message>
            <source>&amp;No answer – retry tomorrow</source>
            <translation>&amp;Geen gehoor – morgen opnieuw</translation>
        </message>
        <message>
            <source>Logged; the call is due again the next working day</source>
            <translation>Wordt vastgelegd; het gesprek komt de volgende werkdag terug</translation>
        </message>
        <message>
            <source>&amp;Left a message</source>
            <translation>Bericht &amp;ingesproken</translation>
        </message>
        <message>
            <source>Logged; the call comes back in two working days</source>
            <translation>Wordt vastgelegd; het gesprek komt over twee werkdagen terug</translation>
        </message>
        <message>
            <source>&amp;Wrong number</source>
            <translation>&amp;Verkeerd nummer</translation>
        </message>
        <message>
            <source>Logged; the customer is tagged so someone fixes the number</source>
            <translation>Wordt vastgelegd; de klant krijgt een label zodat iemand het nummer corrigeert</translation>
        </message>
        <message numerus="yes">
            <source>%n reached</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n bereikt</numerusform>
                <numerusform>%n bereikt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no answer</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n geen gehoor</numerusform>
                <numerusform>%n geen gehoor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left a message</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n bericht ingesproken</numerusform>
                <numerusform>%n berichten ingesproken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wrong number</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n verkeerd nummer</numerusform>
                <numerusform>%n verkeerde nummers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent the update instead</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n kreeg in plaats daarvan het bericht</numerusform>
                <numerusform>%n kregen in plaats daarvan het bericht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (still on Today)</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n overgeslagen (staat nog op Vandaag)</numerusform>
                <numerusform>%n overgeslagen (staan nog op Vandaag)</numerusform>
            </translation>
        </message>
        <message>
            <source>customer's words</source>
            <translation>woorden van de klant</translation>
        </message>
        <message>
            <source>Call list</source>
            <translation>Bellijst</translation>
        </message>
        <message>
            <source>Reading today's calls…</source>
            <translation>Gesprekken van vandaag ophalen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>No phone number on file: open the customer to add one.</source>
            <translation>Geen telefoonnummer bekend: open de klant om er een toe te voegen.</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Niet gevraagd</translation>
        </message>
        <message>
            <source>1 — very unhappy</source>
            <translation>1 — zeer ontevreden</translation>
        </message>
        <message>
            <source>5 — very happy</source>
            <translation>5 — zeer tevreden</translation>
        </message>
        <message>
            <source>1 or 2 books a recovery call for the owner</source>
            <translation>Bij 1 of 2 wordt een herstelgesprek voor de eigenaar ingepland</translation>
        </message>
        <message>
            <source>Send the &amp;update…</source>
            <translation>Bericht &amp;sturen…</translation>
        </message>
        <message>
            <source>The prepared message, by e-mail or SMS, instead of this call</source>
            <translation>Het voorbereide bericht, per e-mail of SMS, in plaats van dit gesprek</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;Overslaan</translation>
        </message>
        <message>
            <source>Next call, recording nothing: this one stays on Today</source>
            <translation>Volgend gesprek, zonder iets vast te leggen: dit gesprek blijft op Vandaag staan</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>Wat te zeggen</translation>
        </message>
        <message>
            <source>All calls done</source>
            <translation>Alle gesprekken gedaan</translation>
        </message>
        <message>
            <source>Call {number} of {count}</source>
            <translation>Gesprek {number} van {count}</translation>
        </message>
        <message>
            <source>Their score — the point of this call</source>
            <translation>Hun score — waar dit gesprek om draait</translation>
        </message>
        <message>
            <source>Their opinion, asked on every call (if they give it)</source>
            <translation>Hun mening, bij elk gesprek gevraagd (als ze die geven)</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Wat de klant zei</translation>
        </message>
        <message>
            <source>The customer's own words (kept when they were reached)</source>
            <translation>De eigen woorden van de klant (bewaard als de klant is bereikt)</translation>
        </message>
        <message>
            <source>What they said about the news (kept when they were reached)</source>
            <translation>Wat de klant over het nieuws zei (bewaard als de klant is bereikt)</translation>
        </message>
        <message>
            <source>{number} — click to copy</source>
            <translation>{number} — klik om te kopiëren</translation>
        </message>
        <message>
            <source>click a number to copy it</source>
            <translation>klik op een nummer om het te kopiëren</translation>
        </message>
        <message>
            <source>No calls are due today.</source>
            <translation>Er staan vandaag geen gesprekken gepland.</translation>
        </message>
        <message numerus="yes">
            <source>{made} of %n call(s) recorded: {outcomes}</source>
            <translation>
                <numerusform>{made} van %n gesprek vastgelegd: {outcomes}</numerusform>
                <numerusform>{made} van %n gesprekken vastgelegd: {outcomes}</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <translation>{number} gekopieerd.</translation>
        </message>
        <message>
            <source>Copied {number} ({customer})</source>
            <translation>{number} gekopieerd ({customer})</translation>
        </message>
        <message>
            <source>✓ {customer}: the update was sent</source>
            <translation>✓ {customer}: het bericht is verstuurd</translation>
        </message>
        <message>
            <source>✓ {customer}: {outcome}</source>
            <translation>✓ {customer}: {outcome}</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prijs</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Garantie</translation>
        </message>
        <message>
            <source>Serial needed</source>
            <translation>Serienummer vereist</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n maand</numerusform>
                <numerusform>%n maanden</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty</comment>
            <translation>geen</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>a serial number is needed</comment>
            <translation>ja</translation>
        </message>
        <message>
            <source>retired</source>
            <comment>a product no longer sold</comment>
            <translation>uit assortiment</translation>
        </message>
        <message>
            <source>on sale</source>
            <translation>in assortiment</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>Product bewerken</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Nieuw product</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>wijzigingen</translation>
        </message>
        <message>
            <source>product</source>
            <translation>product</translation>
        </message>
        <message>
            <source>New category…</source>
            <translation>Nieuwe categorie…</translation>
        </message>
        <message>
            <source>In {currency}, e.g. {example}</source>
            <translation>In {currency}, bijv. {example}</translation>
        </message>
        <message>
            <source>as its category</source>
            <translation>zoals de categorie</translation>
        </message>
        <message>
            <source> months</source>
            <translation> maanden</translation>
        </message>
        <message>
            <source>Each unit has a serial number or IMEI, asked at the sale</source>
            <translation>Elk exemplaar heeft een serienummer of IMEI, dat bij de verkoop wordt gevraagd</translation>
        </message>
        <message>
            <source>SKU *</source>
            <translation>Artikelnr. *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Naam *</translation>
        </message>
        <message>
            <source>After-sales plan</source>
            <translation>Opvolgplan</translation>
        </message>
        <message numerus="yes">
            <source>{category} (%n month(s))</source>
            <translation>
                <numerusform>{category} (%n maand)</numerusform>
                <numerusform>{category} (%n maanden)</numerusform>
            </translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Catalogus</translation>
        </message>
        <message>
            <source>What the shop sells. A product's warranty and after-sales plan are used when it is sold: the follow-ups are scheduled from the plan. To record a sale, open the customer and choose &lt;b&gt;New sale…&lt;/b&gt;.</source>
            <translation>Wat de winkel verkoopt. De garantie en het opvolgplan van een product worden gebruikt wanneer het verkocht wordt: de opvolgingen worden volgens het plan ingepland. Om een verkoop vast te leggen, opent u de klant en kiest u &lt;b&gt;Nieuwe verkoop…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Show retired products</source>
            <translation>Producten uit assortiment tonen</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Nieuw product…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Uit assortiment nemen</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Categorieën…</translation>
        </message>
        <message>
            <source>A category's default warranty and after-sales plan</source>
            <translation>Standaardgarantie en -opvolgplan van een categorie</translation>
        </message>
        <message>
            <source>Follow-up plans…</source>
            <translation>Opvolgplannen…</translation>
        </message>
        <message>
            <source>What a sale schedules: thank-you call, satisfaction check, reminders…</source>
            <translation>Wat een verkoop inplant: bedankgesprek, tevredenheidspeiling, herinneringen…</translation>
        </message>
        <message>
            <source>Pu&amp;t back on sale</source>
            <translation>&amp;Terug in assortiment</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Uit assortiment nemen</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorieën</translation>
        </message>
        <message>
            <source>Category to edit:</source>
            <translation>Te bewerken categorie:</translation>
        </message>
        <message>
            <source>Follow-up plans</source>
            <translation>Opvolgplannen</translation>
        </message>
        <message>
            <source>Plan to edit:</source>
            <translation>Te bewerken plan:</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Nieuw plan…</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Gewijzigd door iemand anders</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Iemand anders</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt; at {time} on {date}, while you had it open. Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; heeft &lt;b&gt;{what}&lt;/b&gt; opgeslagen om {time} op {date}, terwijl u het open had. Van uw wijzigingen is nog niets opgeslagen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt;, while you had it open. Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; heeft &lt;b&gt;{what}&lt;/b&gt; opgeslagen terwijl u het open had. Van uw wijzigingen is nog niets opgeslagen.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Saved by {who}</source>
            <translation>Opgeslagen door {who}</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Uw versie</translation>
        </message>
        <message>
            <source>Reload shows their version (what you typed is discarded). Keep mine saves yours over theirs; the history records that you did. Cancel takes you back to your form.</source>
            <translation>Opnieuw laden toont hun versie (wat u hebt ingevoerd, vervalt). Mijn versie behouden slaat uw versie op over de hunne; de geschiedenis legt vast dat u dat deed. Annuleren brengt u terug naar uw formulier.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Opnieuw laden</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Mijn versie behouden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Nog niet gevraagd</translation>
        </message>
        <message>
            <source>Yes, agrees to be contacted</source>
            <translation>Ja, wil benaderd worden</translation>
        </message>
        <message>
            <source>No contact, please</source>
            <translation>Liever geen contact</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Particulier</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Klant bewerken</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nieuwe klant</translation>
        </message>
        <message>
            <source>customer details</source>
            <translation>klantgegevens</translation>
        </message>
        <message>
            <source>as the customer says it, e.g. 06 12 34 56 78 or +44 20 7946 0958</source>
            <translation>zoals de klant het opgeeft, bijv. 06 12 34 56 78 of +44 20 7946 0958</translation>
        </message>
        <message>
            <source>comma separated, e.g. vip, business</source>
            <translation>gescheiden door komma's, bijv. vip, zakelijk</translation>
        </message>
        <message>
            <source>The shop's language</source>
            <translation>De taal van de winkel</translation>
        </message>
        <message>
            <source>The language of this customer's printed documents and messages</source>
            <translation>De taal van de afgedrukte documenten en berichten van deze klant</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Second phone</source>
            <translation>Tweede telefoon</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Contact consent</source>
            <translation>Toestemming voor contact</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documenten in</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Velden met * zijn verplicht.</translation>
        </message>
        <message>
            <source>&lt;a href='{customer_id}'&gt;{name}&lt;/a&gt; already has this {reason}.</source>
            <translation>&lt;a href='{customer_id}'&gt;{name}&lt;/a&gt; heeft ook {reason}.</translation>
        </message>
        <message>
            <source>Possible duplicate: {matches} Save anyway, or open them.</source>
            <translation>Mogelijk een dubbele klant: {matches} Sla toch op, of open die klant.</translation>
        </message>
        <message>
            <source>Reloaded: this is their version now. Change it and save, or close.</source>
            <translation>Opnieuw geladen: dit is nu hun versie. Wijzig en sla op, of sluit.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this customer. Save again to choose.</source>
            <translation>Niet opgeslagen: iemand anders heeft deze klant gewijzigd. Sla opnieuw op om te kiezen.</translation>
        </message>
        <message>
            <source>Save shows their change beside yours, and lets you choose.</source>
            <translation>Bij opslaan ziet u hun wijziging naast de uwe en kunt u kiezen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Klant sinds</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Verkopen</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Opvolgingen</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>Toezeggingen</translation>
        </message>
        <message>
            <source>Service jobs</source>
            <translation>Serviceopdrachten</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Verzoeken</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Bezoeken</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactmomenten</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n opvolging</numerusform>
                <numerusform>%n opvolgingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s)</source>
            <translation>
                <numerusform>%n toezegging</numerusform>
                <numerusform>%n toezeggingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n opdracht</numerusform>
                <numerusform>%n opdrachten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n verzoek</numerusform>
                <numerusform>%n verzoeken</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} — show them</source>
            <translation>{items} — tonen</translation>
        </message>
        <message>
            <source>Log a contact…</source>
            <translation>Contactmoment vastleggen…</translation>
        </message>
        <message>
            <source>Schedule a follow-up…</source>
            <translation>Opvolging inplannen…</translation>
        </message>
        <message>
            <source>Record a promise…</source>
            <translation>Toezegging vastleggen…</translation>
        </message>
        <message>
            <source>New sale…</source>
            <translation>Nieuwe verkoop…</translation>
        </message>
        <message>
            <source>Record a sale for this customer; its follow-ups are scheduled</source>
            <translation>Een verkoop voor deze klant vastleggen; de opvolgingen ervan worden ingepland</translation>
        </message>
        <message>
            <source>New service job…</source>
            <translation>Nieuwe serviceopdracht…</translation>
        </message>
        <message>
            <source>Take a unit in for repair: its warranty is checked; select a sold item first to take that one</source>
            <translation>Een apparaat innemen voor reparatie: de garantie wordt gecontroleerd; selecteer eerst een verkocht artikel om juist dat in te nemen</translation>
        </message>
        <message>
            <source>New request…</source>
            <translation>Nieuw verzoek…</translation>
        </message>
        <message>
            <source>Something the customer asks the shop to do or solve that is not a repair: an activation, a duplicate SIM, a billing question, a complaint… It stays on the lists until it is resolved</source>
            <translation>Iets wat de klant de winkel vraagt te doen of op te lossen en dat geen reparatie is: een activering, een duplicaat-simkaart, een vraag over een factuur, een klacht… Het blijft op de lijsten staan tot het is opgelost</translation>
        </message>
        <message>
            <source>Print history…</source>
            <translation>Historie afdrukken…</translation>
        </message>
        <message>
            <source>The customer's whole history (or a period of it) as a PDF</source>
            <translation>De volledige historie van de klant (of een periode daarvan) als PDF</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Openen…</translation>
        </message>
        <message>
            <source>Open the selected sale, service job or request (or double-click it)</source>
            <translation>De geselecteerde verkoop, serviceopdracht of het geselecteerde verzoek openen (of dubbelklik erop)</translation>
        </message>
        <message>
            <source>Move promise date…</source>
            <translation>Datum toezegging verzetten…</translation>
        </message>
        <message>
            <source>Select an open promise; the new date needs a reason, and every move is kept</source>
            <translation>Selecteer een openstaande toezegging; voor de nieuwe datum is een reden nodig en elke verschuiving wordt bewaard</translation>
        </message>
        <message>
            <source>Tell the customer…</source>
            <translation>Klant informeren…</translation>
        </message>
        <message>
            <source>A ready-to-send message on the selected promise or job; logged on the history when sent</source>
            <translation>Een verzendklaar bericht over de geselecteerde toezegging of opdracht; na verzenden vastgelegd in de historie</translation>
        </message>
        <message>
            <source>Promise kept</source>
            <translation>Toezegging nagekomen</translation>
        </message>
        <message>
            <source>Broken…</source>
            <translation>Niet nagekomen…</translation>
        </message>
        <message>
            <source>The promise will not be kept: say what the shop will do about it; the owner gets a recovery call</source>
            <translation>De toezegging wordt niet nagekomen: geef aan wat de winkel eraan doet; de eigenaar krijgt een herstelgesprek</translation>
        </message>
        <message>
            <source>Cancel promise…</source>
            <translation>Toezegging annuleren…</translation>
        </message>
        <message>
            <source>Nothing is owed any more (say why)</source>
            <translation>Er hoeft niets meer te gebeuren (geef de reden)</translation>
        </message>
        <message>
            <source>Void this sale…</source>
            <translation>Deze verkoop ongeldig maken…</translation>
        </message>
        <message>
            <source>Select a sale in the history first; its open follow-ups are cancelled</source>
            <translation>Selecteer eerst een verkoop in de historie; de openstaande opvolgingen ervan worden geannuleerd</translation>
        </message>
        <message>
            <source>Change sale date…</source>
            <translation>Verkoopdatum wijzigen…</translation>
        </message>
        <message>
            <source>Correct the date of the selected sale; its open follow-ups move with it</source>
            <translation>De datum van de geselecteerde verkoop corrigeren; de openstaande opvolgingen schuiven mee</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Meer</translation>
        </message>
        <message>
            <source>Merge a duplicate, archive; a vCard for an address book, the customer's own data, or erasing it</source>
            <translation>Een dubbele klant samenvoegen, archiveren; een vCard voor een adresboek, de eigen gegevens van de klant, of wissen</translation>
        </message>
        <message>
            <source>Merge a duplicate…</source>
            <translation>Dubbele klant samenvoegen…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <source>Export vCard…</source>
            <translation>vCard exporteren…</translation>
        </message>
        <message>
            <source>The customer's phones, e-mail, address and company, for an address book</source>
            <translation>Telefoonnummers, e-mail, adres en bedrijf van de klant, voor een adresboek</translation>
        </message>
        <message>
            <source>Contact consent…</source>
            <translation>Toestemming voor contact…</translation>
        </message>
        <message>
            <source>E-mails and text messages: what the customer said, and when</source>
            <translation>E-mails en SMS-berichten: wat de klant heeft aangegeven, en wanneer</translation>
        </message>
        <message>
            <source>Export this customer's data…</source>
            <translation>Gegevens van deze klant exporteren…</translation>
        </message>
        <message>
            <source>Erase this customer…</source>
            <translation>Deze klant wissen…</translation>
        </message>
        <message>
            <source>With the selected line:</source>
            <translation>Met de geselecteerde regel:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Tonen:</translation>
        </message>
        <message>
            <source>Only open items</source>
            <translation>Alleen openstaande zaken</translation>
        </message>
        <message>
            <source>What is still to do or running: follow-ups, promises, jobs, requests</source>
            <translation>Wat nog moet gebeuren of loopt: opvolgingen, toezeggingen, opdrachten, verzoeken</translation>
        </message>
        <message numerus="yes">
            <source>Plans beyond %n day(s)</source>
            <translation>
                <numerusform>Gepland over meer dan %n dag</numerusform>
                <numerusform>Gepland over meer dan %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Yearly reminders and warranty notices further ahead</source>
            <translation>Jaarlijkse herinneringen en garantieberichten verder vooruit</translation>
        </message>
        <message>
            <source>Nothing yet: no sales, jobs, promises or contacts for this customer.</source>
            <translation>Nog niets: geen verkopen, opdrachten, toezeggingen of contactmomenten voor deze klant.</translation>
        </message>
        <message>
            <source>&lt;span style='color:{color}'&gt;(archived)&lt;/span&gt;</source>
            <translation>&lt;span style='color:{color}'&gt;(gearchiveerd)&lt;/span&gt;</translation>
        </message>
        <message>
            <source>No phone or email on file</source>
            <translation>Geen telefoon of e-mail bekend</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Totaal besteed</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Openstaande zaken</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Laatste contact</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Tevredenheid</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Terughalen uit archief</translation>
        </message>
        <message>
            <source>Void sale</source>
            <translation>Verkoop ongeldig maken</translation>
        </message>
        <message>
            <source>Why is {sale} voided? Its open follow-ups are cancelled with this reason; what was already done stays in the history.</source>
            <translation>Waarom wordt {sale} ongeldig gemaakt? De openstaande opvolgingen worden met deze reden geannuleerd; wat al gedaan is, blijft in de historie.</translation>
        </message>
        <message>
            <source>Change sale date</source>
            <translation>Verkoopdatum wijzigen</translation>
        </message>
        <message>
            <source>The correct date of {sale} (YYYY-MM-DD). Its open follow-ups and warranty move with it:</source>
            <translation>De juiste datum van {sale} (JJJJ-MM-DD). De openstaande opvolgingen en de garantie schuiven mee:</translation>
        </message>
        <message>
            <source>“{text}” is not a date like 2026-03-31.</source>
            <translation>“{text}” is geen datum zoals 2026-03-31.</translation>
        </message>
        <message>
            <source>Move promise date</source>
            <translation>Datum toezegging verzetten</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
        <message>
            <source>Promise broken</source>
            <translation>Toezegging niet nagekomen</translation>
        </message>
        <message>
            <source>What will the shop do about it? (kept with the promise; the owner gets a recovery call)</source>
            <translation>Wat doet de winkel eraan? (wordt bij de toezegging bewaard; de eigenaar krijgt een herstelgesprek)</translation>
        </message>
        <message>
            <source>Cancel the promise</source>
            <translation>Toezegging annuleren</translation>
        </message>
        <message>
            <source>Why is nothing owed any more?</source>
            <translation>Waarom hoeft er niets meer te gebeuren?</translation>
        </message>
        <message>
            <source>Say why: the reason is kept with the promise.</source>
            <translation>Geef de reden: die wordt bij de toezegging bewaard.</translation>
        </message>
        <message>
            <source>Archive customer</source>
            <translation>Klant archiveren</translation>
        </message>
        <message>
            <source>Archive {customer}? They disappear from lists but keep their whole history, and search finds them with “Show the archive”. You can restore them any time.</source>
            <translation>{customer} archiveren? De klant verdwijnt uit de lijsten maar behoudt de volledige historie, en de zoekfunctie vindt de klant met “Archief tonen”. U kunt de klant altijd terughalen.</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Klanten</translation>
        </message>
        <message>
            <source>New customer…</source>
            <translation>Nieuwe klant…</translation>
        </message>
        <message>
            <source>Show only customers with this tag</source>
            <translation>Alleen klanten met dit label tonen</translation>
        </message>
        <message>
            <source>Show the archive</source>
            <translation>Archief tonen</translation>
        </message>
        <message>
            <source>Archived customers are kept with their history but hidden from lists</source>
            <translation>Gearchiveerde klanten worden met hun historie bewaard, maar niet in de lijsten getoond</translation>
        </message>
        <message>
            <source>No customers yet. &lt;b&gt;New customer…&lt;/b&gt; (Ctrl+N) adds the first one.</source>
            <translation>Nog geen klanten. &lt;b&gt;Nieuwe klant…&lt;/b&gt; (Ctrl+N) voegt de eerste toe.</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle labels</translation>
        </message>
        <message numerus="yes">
            <source>%Ln archived customer(s)</source>
            <translation>
                <numerusform>%Ln gearchiveerde klant</numerusform>
                <numerusform>%Ln gearchiveerde klanten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln klant</numerusform>
                <numerusform>%Ln klanten</numerusform>
            </translation>
        </message>
        <message>
            <source>Sales, one line per item</source>
            <translation>Verkopen, één regel per artikel</translation>
        </message>
        <message>
            <source>Contacts with customers</source>
            <translation>Contactmomenten met klanten</translation>
        </message>
        <message>
            <source>Calendar: follow-ups, visits, promises (.ics)</source>
            <translation>Agenda: opvolgingen, bezoeken, toezeggingen (.ics)</translation>
        </message>
        <message>
            <source>Every customer as a vCard (.vcf)</source>
            <translation>Elke klant als vCard (.vcf)</translation>
        </message>
        <message>
            <source>CSV (any spreadsheet, UTF-8)</source>
            <translation>CSV (elk spreadsheetprogramma, UTF-8)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-werkmap (.xlsx)</translation>
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
            <translation>Klanten exporteren</translation>
        </message>
        <message>
            <source>Export sales with items</source>
            <translation>Verkopen met artikelen exporteren</translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation>Opvolgingen exporteren</translation>
        </message>
        <message>
            <source>Export service jobs</source>
            <translation>Serviceopdrachten exporteren</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>Verzoeken exporteren</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Contactmomenten exporteren</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Agenda exporteren</translation>
        </message>
        <message>
            <source>Export vcards</source>
            <translation>vCards exporteren</translation>
        </message>
        <message>
            <source>Customers ({what}) written to {path}</source>
            <translation>Klanten ({what}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Sales with items ({what}) written to {path}</source>
            <translation>Verkopen met artikelen ({what}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Follow-ups ({what}) written to {path}</source>
            <translation>Opvolgingen ({what}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Service jobs ({what}) written to {path}</source>
            <translation>Serviceopdrachten ({what}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Requests ({what}) written to {path}</source>
            <translation>Verzoeken ({what}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Contacts ({what}) written to {path}</source>
            <translation>Contactmomenten ({what}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Calendar ({what}) written to {path}</source>
            <translation>Agenda ({what}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>vCards ({what}) written to {path}</source>
            <translation>vCards ({what}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Keep the calendar in this folder</source>
            <translation>De agenda in deze map bijhouden</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Iedereen</translation>
        </message>
        <message>
            <source>Whose:</source>
            <translation>Van wie:</translation>
        </message>
        <message>
            <source>Keep it up to date in a folder, for a calendar app to subscribe to</source>
            <translation>Actueel houden in een map, zodat een agenda-app zich erop kan abonneren</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Map kiezen…</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Wat:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formaat:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Name, company, e-mail, phones as typed, address, tags, notes: the columns an import reads back. Archived customers are left out.</source>
            <translation>Naam, bedrijf, e-mail, telefoonnummers zoals ingevoerd, adres, labels, notities: de kolommen die een import weer inleest. Gearchiveerde klanten worden weggelaten.</translation>
        </message>
        <message>
            <source>Sale numbers, items with serials, prices and warranty dates.</source>
            <translation>Verkoopnummers, artikelen met serienummers, prijzen en garantiedatums.</translation>
        </message>
        <message>
            <source>Open follow-ups and promises on their day, visits at their hours. A calendar that imports the file again updates its events instead of doubling them.</source>
            <translation>Openstaande opvolgingen en toezeggingen op hun dag, bezoeken op hun tijdstip. Een agenda die het bestand opnieuw importeert, werkt de afspraken bij in plaats van ze dubbel op te nemen.</translation>
        </message>
        <message>
            <source>Phones (mobile, home, work), e-mail, address and company, for a phone's address book; the shop's notes stay here.</source>
            <translation>Telefoonnummers (mobiel, thuis, werk), e-mail, adres en bedrijf, voor het adresboek van een telefoon; de notities van de winkel blijven hier.</translation>
        </message>
        <message>
            <source>The numbers people see (S-0042, J-0042, R-0042), names and dates.</source>
            <translation>De nummers die mensen zien (S-0042, J-0042, R-0042), namen en datums.</translation>
        </message>
        <message>
            <source>Kept up to date: {path}</source>
            <translation>Wordt bijgehouden: {path}</translation>
        </message>
        <message>
            <source>No folder: the calendar is written only when you export it.</source>
            <translation>Geen map: de agenda wordt alleen geschreven als u exporteert.</translation>
        </message>
        <message>
            <source>The calendar will be kept in {folder}.</source>
            <translation>De agenda wordt bijgehouden in {folder}.</translation>
        </message>
        <message>
            <source>The calendar is no longer kept.</source>
            <translation>De agenda wordt niet meer bijgehouden.</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} schrijven…</translation>
        </message>
        <message>
            <source>vCard of {name}</source>
            <translation>vCard van {name}</translation>
        </message>
        <message>
            <source>vCard of {name} written to {path}</source>
            <translation>vCard van {name} opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Export vCard</source>
            <translation>vCard exporteren</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Complete: {follow_up}</source>
            <translation>Afronden: {follow_up}</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>resultaat</translation>
        </message>
        <message>
            <source>What happened, what the customer said</source>
            <translation>Wat er gebeurde, wat de klant zei</translation>
        </message>
        <message>
            <source>The customer's own words about the product or the service</source>
            <translation>De eigen woorden van de klant over het product of de service</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Hoe</translation>
        </message>
        <message>
            <source>Outcome *</source>
            <translation>Resultaat *</translation>
        </message>
        <message>
            <source>In their words</source>
            <translation>In eigen woorden</translation>
        </message>
        <message>
            <source>A score of 1 or 2 schedules a recovery call for the owner.</source>
            <translation>Een score van 1 of 2 plant een herstelgesprek voor de eigenaar in.</translation>
        </message>
        <message>
            <source>Reschedule: {follow_up}</source>
            <translation>Verzetten: {follow_up}</translation>
        </message>
        <message>
            <source>new date and reason</source>
            <translation>nieuwe datum en reden</translation>
        </message>
        <message>
            <source>Why it moves (kept with the follow-up)</source>
            <translation>Waarom het verschuift (wordt bij de opvolging bewaard)</translation>
        </message>
        <message>
            <source>New date</source>
            <translation>Nieuwe datum</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Reden *</translation>
        </message>
        <message>
            <source>Skip: {follow_up}</source>
            <translation>Overslaan: {follow_up}</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reden</translation>
        </message>
        <message>
            <source>Why this follow-up is not needed</source>
            <translation>Waarom deze opvolging niet nodig is</translation>
        </message>
        <message numerus="yes">
            <source>Reschedule %n follow-up(s)</source>
            <translation>
                <numerusform>%n opvolging verzetten</numerusform>
                <numerusform>%n opvolgingen verzetten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skip %n follow-up(s)</source>
            <translation>
                <numerusform>%n opvolging overslaan</numerusform>
                <numerusform>%n opvolgingen overslaan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hand over %n follow-up(s)</source>
            <translation>
                <numerusform>%n opvolging overdragen</numerusform>
                <numerusform>%n opvolgingen overdragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers} and {more} more.</source>
            <translation>
                <numerusform>%n opvolging, voor {customers} en nog {more} anderen.</numerusform>
                <numerusform>%n opvolgingen, voor {customers} en nog {more} anderen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers}.</source>
            <translation>
                <numerusform>%n opvolging, voor {customers}.</numerusform>
                <numerusform>%n opvolgingen, voor {customers}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why they move (kept with each follow-up)</source>
            <translation>Waarom ze verschuiven (wordt bij elke opvolging bewaard)</translation>
        </message>
        <message>
            <source>To</source>
            <comment>hand the follow-ups over to a person</comment>
            <translation>Aan</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Waarom (optioneel)</translation>
        </message>
        <message>
            <source>Why they are not needed any more</source>
            <translation>Waarom ze niet meer nodig zijn</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Print the customer's history</source>
            <translation>Historie van de klant afdrukken</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the last day of a period</comment>
            <translation>Tot</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Laatste 12 maanden</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Volledige historie</translation>
        </message>
        <message>
            <source>Everything since the customer's first visit</source>
            <translation>Alles sinds het eerste bezoek van de klant</translation>
        </message>
        <message>
            <source>Shop's copy: include the internal notes (not for the customer)</source>
            <translation>Exemplaar voor de winkel: met de interne notities (niet voor de klant)</translation>
        </message>
        <message>
            <source>The customer's copy leaves out tags, notes, warranty-override reasons, the diagnosis, staff names, follow-ups and what was said in each contact</source>
            <translation>Het exemplaar voor de klant laat labels, notities, redenen voor een afwijkende garantie, de diagnose, namen van medewerkers, opvolgingen en wat er bij elk contactmoment is gezegd weg</translation>
        </message>
        <message>
            <source>History of {customer}: the last 12 months unless you choose otherwise.</source>
            <translation>Historie van {customer}: de laatste 12 maanden, tenzij u anders kiest.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>The period ends before it starts; swap the dates.</source>
            <translation>De periode eindigt vóór het begin; verwissel de datums.</translation>
        </message>
        <message>
            <source>History of {customer}</source>
            <translation>Historie van {customer}</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Producten</translation>
        </message>
        <message>
            <source>new</source>
            <comment>an import row's status</comment>
            <translation>nieuw</translation>
        </message>
        <message>
            <source>already here</source>
            <comment>an import row's status</comment>
            <translation>al aanwezig</translation>
        </message>
        <message>
            <source>update</source>
            <comment>an import row's status</comment>
            <translation>bijwerken</translation>
        </message>
        <message>
            <source>error</source>
            <comment>an import row's status</comment>
            <translation>fout</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>the button that starts it</comment>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Some rows have problems: correct the file, or tick 'Skip the rows with problems'.</source>
            <translation>Sommige rijen hebben problemen: corrigeer het bestand, of vink 'Rijen met problemen overslaan' aan.</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be saved.</source>
            <translation>Annuleren… er wordt niets opgeslagen.</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Kies het bestand</translation>
        </message>
        <message>
            <source>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) or contacts exported as vCard (.vcf).</source>
            <translation>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) of contacten die als vCard (.vcf) zijn geëxporteerd.</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Wat erin staat</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>Het te importeren bestand</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Werkblad</translation>
        </message>
        <message>
            <source>Customer files (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)</source>
            <translation>Klantbestanden (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} lezen…</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Het bestand kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>{file}. Column names found on line {line}: {columns}</source>
            <translation>{file}. Kolomnamen gevonden op regel {line}: {columns}</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Welke kolom bevat wat</translation>
        </message>
        <message>
            <source>Guessed from the column names; the choice is remembered for next time.</source>
            <translation>Geraden op basis van de kolomnamen; de keuze wordt onthouden voor de volgende keer.</translation>
        </message>
        <message>
            <source>Save the mapping…</source>
            <translation>Koppeling opslaan…</translation>
        </message>
        <message>
            <source>Load a mapping…</source>
            <translation>Koppeling laden…</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(niet geïmporteerd)</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Choose when the file needs it</source>
            <translation>Kies dit als het bestand het nodig heeft</translation>
        </message>
        <message>
            <source>Point: 1234.50</source>
            <translation>Punt: 1234.50</translation>
        </message>
        <message>
            <source>Comma: 1234,50</source>
            <translation>Komma: 1234,50</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datums</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Decimaalteken</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Koppeling opslaan</translation>
        </message>
        <message>
            <source>Mapping (*.json)</source>
            <translation>Koppeling (*.json)</translation>
        </message>
        <message>
            <source>The mapping cannot be saved: {reason}.</source>
            <translation>De koppeling kan niet worden opgeslagen: {reason}.</translation>
        </message>
        <message>
            <source>Load a mapping</source>
            <translation>Koppeling laden</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Controleren vóór het importeren</translation>
        </message>
        <message>
            <source>Nothing is saved until you click Import.</source>
            <translation>Er wordt niets opgeslagen totdat u op Importeren klikt.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Bestand lezen…</translation>
        </message>
        <message>
            <source>Leave what is already here as it is</source>
            <translation>Wat al aanwezig is zo laten</translation>
        </message>
        <message>
            <source>Update it from the file</source>
            <translation>Bijwerken vanuit het bestand</translation>
        </message>
        <message>
            <source>Skip the rows with problems</source>
            <translation>Rijen met problemen overslaan</translation>
        </message>
        <message>
            <source>Sales: only schedule follow-ups still ahead</source>
            <translation>Verkopen: alleen opvolgingen inplannen die nog moeten komen</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>Import &amp;annuleren</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Opnieuw controleren</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Elke rij controleren…</translation>
        </message>
        <message>
            <source>Stop &amp;checking</source>
            <translation>&amp;Controle stoppen</translation>
        </message>
        <message>
            <source>Checking stopped. Nothing was saved; click Check again to see the rows.</source>
            <translation>Controle gestopt. Er is niets opgeslagen; klik op Opnieuw controleren om de rijen te zien.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Already here — {duplicate}</source>
            <translation>Al aanwezig — {duplicate}</translation>
        </message>
        <message>
            <source>No problems, nothing already here.</source>
            <translation>Geen problemen, niets al aanwezig.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importeren…</translation>
        </message>
        <message>
            <source>Start diagnosis</source>
            <translation>Diagnose starten</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>Wacht op onderdelen</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>Wacht op klant</translation>
        </message>
        <message>
            <source>Repairing</source>
            <translation>In reparatie</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>Klaar om op te halen</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Opgehaald</translation>
        </message>
        <message>
            <source>Cancel job…</source>
            <translation>Opdracht annuleren…</translation>
        </message>
        <message>
            <source>As the warranty check says</source>
            <translation>Volgens de garantiecontrole</translation>
        </message>
        <message>
            <source>Covered: the shop pays</source>
            <translation>Gedekt: de winkel betaalt</translation>
        </message>
        <message>
            <source>Billable: the customer pays</source>
            <translation>Te factureren: de klant betaalt</translation>
        </message>
        <message>
            <source>Goodwill: free, not a warranty claim</source>
            <translation>Coulance: gratis, geen garantieclaim</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>a priority</comment>
            <translation>Laag</translation>
        </message>
        <message>
            <source>Normal</source>
            <comment>a priority</comment>
            <translation>Normaal</translation>
        </message>
        <message>
            <source>High</source>
            <comment>a priority</comment>
            <translation>Hoog</translation>
        </message>
        <message>
            <source>Urgent</source>
            <comment>a priority</comment>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a promise</comment>
            <translation>open</translation>
        </message>
        <message>
            <source>kept</source>
            <comment>a promise</comment>
            <translation>nagekomen</translation>
        </message>
        <message>
            <source>broken</source>
            <comment>a promise</comment>
            <translation>niet nagekomen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a promise</comment>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>covered</source>
            <comment>warranty found at intake</comment>
            <translation>gedekt</translation>
        </message>
        <message>
            <source>expired</source>
            <comment>warranty found at intake</comment>
            <translation>verlopen</translation>
        </message>
        <message>
            <source>not sold here</source>
            <comment>warranty found at intake</comment>
            <translation>niet hier verkocht</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>warranty found at intake</comment>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>covered</source>
            <comment>who pays for a job</comment>
            <translation>gedekt</translation>
        </message>
        <message>
            <source>billable</source>
            <comment>who pays for a job</comment>
            <translation>te factureren</translation>
        </message>
        <message>
            <source>goodwill</source>
            <comment>who pays for a job</comment>
            <translation>coulance</translation>
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit</comment>
            <translation>gepland</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a visit</comment>
            <translation>uitgevoerd</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit</comment>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>New service job</source>
            <translation>Nieuwe serviceopdracht</translation>
        </message>
        <message>
            <source>service job</source>
            <translation>serviceopdracht</translation>
        </message>
        <message>
            <source>Another unit (type it below)</source>
            <translation>Ander apparaat (typ het hieronder)</translation>
        </message>
        <message>
            <source>Make and model, e.g. Samsung Galaxy A54</source>
            <translation>Merk en model, bijv. Samsung Galaxy A54</translation>
        </message>
        <message>
            <source>Serial or IMEI (scan it): the warranty is looked up</source>
            <translation>Serienummer of IMEI (scan het): de garantie wordt opgezocht</translation>
        </message>
        <message>
            <source>Why the decision differs from the warranty check</source>
            <translation>Waarom de beslissing afwijkt van de garantiecontrole</translation>
        </message>
        <message>
            <source>What the customer says is wrong, in their words</source>
            <translation>Wat er volgens de klant mis is, in eigen woorden</translation>
        </message>
        <message>
            <source>Charger, case, SIM card… (what stays with the unit)</source>
            <translation>Lader, hoesje, simkaart… (wat bij het apparaat blijft)</translation>
        </message>
        <message>
            <source>Scratches, dents, cracked glass…</source>
            <translation>Krassen, deuken, gebarsten glas…</translation>
        </message>
        <message>
            <source>No preference</source>
            <translation>Geen voorkeur</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefoongesprek</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>how a contact happened</comment>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Not assigned yet</source>
            <translation>Nog niet toegewezen</translation>
        </message>
        <message>
            <source>Promise a date</source>
            <translation>Datum toezeggen</translation>
        </message>
        <message>
            <source>Unit sold here</source>
            <translation>Hier verkocht apparaat</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Apparaat</translation>
        </message>
        <message>
            <source>Serial / IMEI</source>
            <translation>Serienummer / IMEI</translation>
        </message>
        <message>
            <source>Who pays</source>
            <translation>Wie betaalt</translation>
        </message>
        <message>
            <source>Reported problem</source>
            <translation>Gemeld probleem</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>Achtergelaten accessoires</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Staat</translation>
        </message>
        <message>
            <source>Contact by</source>
            <translation>Contact via</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteit</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technicus</translation>
        </message>
        <message>
            <source>Ready by</source>
            <translation>Klaar op</translation>
        </message>
        <message>
            <source>{warranty} · bought by another customer</source>
            <translation>{warranty} · gekocht door een andere klant</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Qty / h</source>
            <translation>Aantal / u</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stukprijs</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Betaald door</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Arbeid</translation>
        </message>
        <message>
            <source>warranty</source>
            <comment>who pays for a line</comment>
            <translation>garantie</translation>
        </message>
        <message>
            <source>customer</source>
            <comment>who pays for a line</comment>
            <translation>klant</translation>
        </message>
        <message>
            <source>Add a part or labour</source>
            <translation>Onderdeel of arbeid toevoegen</translation>
        </message>
        <message>
            <source>part or labour</source>
            <translation>onderdeel of arbeid</translation>
        </message>
        <message>
            <source>Labour (hours)</source>
            <translation>Arbeid (uren)</translation>
        </message>
        <message>
            <source>what it costs the shop, e.g. {amount}</source>
            <translation>wat het de winkel kost, bijv. {amount}</translation>
        </message>
        <message>
            <source>what the customer would pay, e.g. {amount}</source>
            <translation>wat de klant zou betalen, bijv. {amount}</translation>
        </message>
        <message>
            <source>Covered by the warranty (the shop pays)</source>
            <translation>Gedekt door de garantie (de winkel betaalt)</translation>
        </message>
        <message>
            <source>Quantity / hours</source>
            <translation>Aantal / uren</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Kostprijs per stuk</translation>
        </message>
        <message>
            <source>Quantity: “{text}” is not a number like 1 or 0.5.</source>
            <translation>Aantal: “{text}” is geen getal zoals 1 of 0,5.</translation>
        </message>
        <message>
            <source>Schedule a visit</source>
            <translation>Bezoek inplannen</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>bezoek</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Niet toegewezen</translation>
        </message>
        <message>
            <source>From</source>
            <comment>a time</comment>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <comment>a time</comment>
            <translation>Tot</translation>
        </message>
        <message>
            <source>At the customer's (on site)</source>
            <translation>Bij de klant (op locatie)</translation>
        </message>
        <message>
            <source>Blank: the customer's address</source>
            <translation>Leeg: het adres van de klant</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between two times</comment>
            <translation>tot</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notities</translation>
        </message>
        <message>
            <source>Changes are saved in this person's name; switch at the bottom of the main window.</source>
            <translation>Wijzigingen worden opgeslagen op naam van deze persoon; wisselen kan onderaan het hoofdvenster.</translation>
        </message>
        <message>
            <source>Move to:</source>
            <translation>Doorzetten naar:</translation>
        </message>
        <message>
            <source>Parts and labour</source>
            <translation>Onderdelen en arbeid</translation>
        </message>
        <message>
            <source>Add part or labour…</source>
            <translation>Onderdeel of arbeid toevoegen…</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Regel verwijderen</translation>
        </message>
        <message>
            <source>Take the selected line off (kept in the job's audit trail)</source>
            <translation>De geselecteerde regel verwijderen (blijft bewaard in het auditlog van de opdracht)</translation>
        </message>
        <message>
            <source>Technician's notes</source>
            <translation>Notities technicus</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>Notities opslaan</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>Uitgevoerd werk</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Apply a procedure…</source>
            <translation>Procedure toepassen…</translation>
        </message>
        <message>
            <source>Schedule a visit…</source>
            <translation>Bezoek inplannen…</translation>
        </message>
        <message>
            <source>Visit done…</source>
            <translation>Bezoek uitgevoerd…</translation>
        </message>
        <message>
            <source>Cancel visit</source>
            <translation>Bezoek annuleren</translation>
        </message>
        <message>
            <source>Move ready-by date…</source>
            <translation>Klaardatum verzetten…</translation>
        </message>
        <message>
            <source>Record exchange…</source>
            <translation>Omruiling vastleggen…</translation>
        </message>
        <message>
            <source>Another promise about this job, e.g. “we call you Friday”</source>
            <translation>Nog een toezegging over deze opdracht, bijv. “we bellen u vrijdag”</translation>
        </message>
        <message>
            <source>Print job sheet…</source>
            <translation>Werkbon afdrukken…</translation>
        </message>
        <message>
            <source>Print receipt…</source>
            <translation>Bon afdrukken…</translation>
        </message>
        <message>
            <source>The intake receipt for the customer (format: File → Shop details)</source>
            <translation>De innamebon voor de klant (opmaak: Bestand → Winkelgegevens)</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation>Etiket afdrukken…</translation>
        </message>
        <message>
            <source>A label for the unit: the job's, or the serial's</source>
            <translation>Een etiket voor het apparaat: dat van de opdracht, of dat van het serienummer</translation>
        </message>
        <message>
            <source>Job label</source>
            <translation>Opdrachtetiket</translation>
        </message>
        <message>
            <source>Serial label</source>
            <translation>Serienummeretiket</translation>
        </message>
        <message>
            <source>saving the notes shows their change beside yours.</source>
            <translation>bij het opslaan van de notities ziet u hun wijziging naast de uwe.</translation>
        </message>
        <message>
            <source>You: {person}</source>
            <translation>U: {person}</translation>
        </message>
        <message>
            <source>You: not chosen yet</source>
            <translation>U: nog niet gekozen</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;voor {customer}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Serial: {serial} → replaced by {replacement}</source>
            <translation>Serienummer: {serial} → vervangen door {replacement}</translation>
        </message>
        <message>
            <source>Serial: {serial}</source>
            <translation>Serienummer: {serial}</translation>
        </message>
        <message>
            <source>Warranty at intake: {status}; now: {found}</source>
            <translation>Garantie bij inname: {status}; nu: {found}</translation>
        </message>
        <message>
            <source>Who pays: {decision} (override: {reason})</source>
            <translation>Wie betaalt: {decision} (afwijking: {reason})</translation>
        </message>
        <message>
            <source>Who pays: {decision}</source>
            <translation>Wie betaalt: {decision}</translation>
        </message>
        <message>
            <source>Problem: {problem}</source>
            <translation>Probleem: {problem}</translation>
        </message>
        <message>
            <source>Ready by {date} · {promise} · {status}</source>
            <translation>Klaar op {date} · {promise} · {status}</translation>
        </message>
        <message>
            <source>moved {old} → {new}: {reason}</source>
            <translation>verzet {old} → {new}: {reason}</translation>
        </message>
        <message>
            <source>Closed {date}</source>
            <translation>Afgesloten op {date}</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Last action today</source>
            <translation>Laatste actie vandaag</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last action</source>
            <translation>
                <numerusform>%n dag sinds de laatste actie</numerusform>
                <numerusform>%n dagen sinds de laatste actie</numerusform>
            </translation>
        </message>
        <message>
            <source>Parts {parts} · labour {labour} · customer pays {billable} · warranty cost to the shop {covered}</source>
            <translation>Onderdelen {parts} · arbeid {labour} · klant betaalt {billable} · garantiekosten voor de winkel {covered}</translation>
        </message>
        <message>
            <source>Ticked {when}</source>
            <translation>Afgevinkt {when}</translation>
        </message>
        <message>
            <source>No checklist yet: apply a procedure</source>
            <translation>Nog geen checklist: pas een procedure toe</translation>
        </message>
        <message>
            <source>no technician</source>
            <translation>geen technicus</translation>
        </message>
        <message>
            <source>Cancel the job</source>
            <translation>Opdracht annuleren</translation>
        </message>
        <message>
            <source>Why is the job cancelled?</source>
            <translation>Waarom wordt de opdracht geannuleerd?</translation>
        </message>
        <message>
            <source>Select the line to remove first.</source>
            <translation>Selecteer eerst de regel die u wilt verwijderen.</translation>
        </message>
        <message>
            <source>Select a visit in the list first.</source>
            <translation>Selecteer eerst een bezoek in de lijst.</translation>
        </message>
        <message>
            <source>Visit done</source>
            <translation>Bezoek uitgevoerd</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>Wat is er gedaan?</translation>
        </message>
        <message>
            <source>There are no procedures yet; add one from the Service page (Procedures…).</source>
            <translation>Er zijn nog geen procedures; voeg er een toe via de pagina Service (Procedures…).</translation>
        </message>
        <message>
            <source>Apply a procedure</source>
            <translation>Procedure toepassen</translation>
        </message>
        <message>
            <source>Procedure:</source>
            <translation>Procedure:</translation>
        </message>
        <message>
            <source>Record an exchange</source>
            <translation>Omruiling vastleggen</translation>
        </message>
        <message>
            <source>Serial or IMEI of the replacement unit
(the warranty end of the original sale is kept):</source>
            <translation>Serienummer of IMEI van het vervangende apparaat
(de garantie-einddatum van de oorspronkelijke verkoop blijft behouden):</translation>
        </message>
        <message>
            <source>The replacement keeps the original warranty end, {date}. Keep it?</source>
            <translation>Het vervangende apparaat behoudt de oorspronkelijke garantie-einddatum, {date}. Behouden?</translation>
        </message>
        <message>
            <source>New warranty end (YYYY-MM-DD):</source>
            <translation>Nieuwe garantie-einddatum (JJJJ-MM-DD):</translation>
        </message>
        <message>
            <source>Why does the replacement's warranty end differ?</source>
            <translation>Waarom wijkt de garantie-einddatum van het vervangende apparaat af?</translation>
        </message>
        <message>
            <source>Record a promise</source>
            <translation>Toezegging vastleggen</translation>
        </message>
        <message>
            <source>What was promised?</source>
            <translation>Wat is er toegezegd?</translation>
        </message>
        <message>
            <source>By when? (YYYY-MM-DD)</source>
            <translation>Uiterlijk wanneer? (JJJJ-MM-DD)</translation>
        </message>
        <message>
            <source>Move the ready-by date</source>
            <translation>Klaardatum verzetten</translation>
        </message>
        <message>
            <source>the job's ready-by</source>
            <translation>de klaardatum van de opdracht</translation>
        </message>
        <message>
            <source>Job sheet {number}</source>
            <translation>Werkbon {number}</translation>
        </message>
        <message>
            <source>Serial label ({serial})</source>
            <translation>Serienummeretiket ({serial})</translation>
        </message>
        <message>
            <source>Serial label (no serial)</source>
            <translation>Serienummeretiket (geen serienummer)</translation>
        </message>
        <message>
            <source>This unit has no serial number to print.</source>
            <translation>Dit apparaat heeft geen serienummer om af te drukken.</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Etiket afdrukken</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>Bon afdrukken</translation>
        </message>
        <message>
            <source>Intake receipt</source>
            <translation>Innamebon</translation>
        </message>
        <message>
            <source>Print the intake receipt of {job} for the customer?</source>
            <translation>De innamebon van {job} voor de klant afdrukken?</translation>
        </message>
        <message>
            <source>Tell the customer · {ref}</source>
            <translation>Klant informeren · {ref}</translation>
        </message>
        <message>
            <source>Tell the customer</source>
            <translation>Klant informeren</translation>
        </message>
        <message>
            <source>Check the message, then send it, copy it or open it in your e-mail program:</source>
            <translation>Controleer het bericht en verstuur het, kopieer het of open het in uw e-mailprogramma:</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail</source>
            <translation>Per &amp;e-mail versturen</translation>
        </message>
        <message>
            <source>Send by &amp;SMS</source>
            <translation>Per &amp;SMS versturen</translation>
        </message>
        <message>
            <source>&amp;Copy and log as sent</source>
            <translation>&amp;Kopiëren en als verstuurd vastleggen</translation>
        </message>
        <message>
            <source>&amp;Open in e-mail…</source>
            <translation>&amp;Openen in e-mail…</translation>
        </message>
        <message>
            <source>The customer has no e-mail address</source>
            <translation>De klant heeft geen e-mailadres</translation>
        </message>
        <message>
            <source>Your repair {job}</source>
            <translation>Uw reparatie {job}</translation>
        </message>
        <message>
            <source>News from the shop</source>
            <translation>Nieuws van de winkel</translation>
        </message>
        <message>
            <source>Send it now from the shop to {recipient}</source>
            <translation>Nu vanuit de winkel versturen naar {recipient}</translation>
        </message>
        <message>
            <source>As an SMS: {size}</source>
            <translation>Als SMS: {size}</translation>
        </message>
        <message>
            <source>Already in the outbox</source>
            <translation>Staat al in het postvak uit</translation>
        </message>
        <message>
            <source>Not sent yet: {error} It is in the outbox (Settings → Outbox), tried again by itself.</source>
            <translation>Nog niet verstuurd: {error} Het staat in het postvak uit (Instellingen → Postvak uit) en wordt vanzelf opnieuw geprobeerd.</translation>
        </message>
        <message>
            <source>the server did not take it</source>
            <translation>de server heeft het niet aangenomen</translation>
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation>Niet verstuurd: {error}</translation>
        </message>
        <message>
            <source>No e-mail program answered; the message is copied instead.</source>
            <translation>Er reageerde geen e-mailprogramma; het bericht is in plaats daarvan gekopieerd.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>The language of the window, of the printed documents and of the command line on this computer. A customer whose record names a language gets their documents in it.</source>
            <translation>De taal van het venster, van de afgedrukte documenten en van de opdrachtregel op deze computer. Een klant bij wie een taal is vastgelegd, krijgt de documenten in die taal.</translation>
        </message>
        <message>
            <source>As the computer ({language})</source>
            <translation>Zoals de computer ({language})</translation>
        </message>
        <message>
            <source>It takes effect when crm_desktop starts again.</source>
            <translation>Dit gaat in wanneer crm_desktop opnieuw wordt gestart.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Warranties</source>
            <translation>Garanties</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Nieuwe klant…</translation>
        </message>
        <message>
            <source>New &amp;sale…</source>
            <translation>Nieuwe &amp;verkoop…</translation>
        </message>
        <message>
            <source>New service &amp;job…</source>
            <translation>Nieuwe service&amp;opdracht…</translation>
        </message>
        <message>
            <source>On a customer's page: take a unit in; elsewhere: scan its serial</source>
            <translation>Op de pagina van een klant: een apparaat innemen; elders: het serienummer scannen</translation>
        </message>
        <message>
            <source>New &amp;request…</source>
            <translation>Nieuw ve&amp;rzoek…</translation>
        </message>
        <message>
            <source>On a customer's page: something they ask the shop to do or solve (an activation, a duplicate SIM, a complaint…); elsewhere: find the customer first</source>
            <translation>Op de pagina van een klant: iets wat de klant de winkel vraagt te doen of op te lossen (een activering, een duplicaat-simkaart, een klacht…); elders: eerst de klant zoeken</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Zoeken…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Af&amp;drukken…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>Customers, sales, follow-ups, jobs, requests, contacts (CSV, Excel); the calendar; vCards</source>
            <translation>Klanten, verkopen, opvolgingen, opdrachten, verzoeken, contactmomenten (CSV, Excel); de agenda; vCards</translation>
        </message>
        <message>
            <source>The customer's history, the day's job sheets on the Service page, or the metrics on Reports</source>
            <translation>De historie van de klant, de werkbonnen van de dag op de pagina Service, of de cijfers op Rapporten</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;About crm_desktop</source>
            <translation>&amp;Over crm_desktop</translation>
        </message>
        <message>
            <source>Shop &amp;details…</source>
            <translation>&amp;Winkelgegevens…</translation>
        </message>
        <message>
            <source>Shop ser&amp;ver…</source>
            <translation>Winkel&amp;server…</translation>
        </message>
        <message>
            <source>Share the shop between several computers on a PostgreSQL server</source>
            <translation>De winkel delen tussen meerdere computers op een PostgreSQL-server</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>Explore a sample s&amp;hop</source>
            <translation>Een voorbeeldwinkel ver&amp;kennen</translation>
        </message>
        <message>
            <source>Back to &amp;my shop's database</source>
            <translation>Terug naar de database van &amp;mijn winkel</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Include the archive</source>
            <translation>Inclusief archief</translation>
        </message>
        <message>
            <source>Also find archived customers (merged duplicates, old accounts)</source>
            <translation>Ook gearchiveerde klanten vinden (samengevoegde dubbele klanten, oude accounts)</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <source>This copy can't be changed: {reason}. You can look customers up and print; saving is refused. To work in it, copy it to a folder you can write in, or ask for write access.</source>
            <translation>Deze kopie kan niet worden gewijzigd: {reason}. U kunt klanten opzoeken en afdrukken; opslaan wordt geweigerd. Om erin te werken, kopieert u hem naar een map waarin u kunt schrijven, of vraagt u om schrijfrechten.</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Database: {database}</translation>
        </message>
        <message>
            <source>Changes made on other workstations no longer appear by themselves: reopen the app.</source>
            <translation>Wijzigingen op andere werkplekken verschijnen niet meer vanzelf: open de app opnieuw.</translation>
        </message>
        <message>
            <source>Updated with what another workstation saved.</source>
            <translation>Bijgewerkt met wat een andere werkplek heeft opgeslagen.</translation>
        </message>
        <message>
            <source>Nothing due today</source>
            <translation>Vandaag niets gepland</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;{overdue} overdue&lt;/b&gt; · &lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation>&lt;b style='color:{color}'&gt;{overdue} te laat&lt;/b&gt; · &lt;b&gt;{due_today} voor vandaag&lt;/b&gt; — zie Vandaag (Ctrl+1)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation>&lt;b&gt;{due_today} voor vandaag&lt;/b&gt; — zie Vandaag (Ctrl+1)</translation>
        </message>
        <message>
            <source>Today's automatic backup is made: {file}. {problem}</source>
            <translation>De automatische back-up van vandaag is gemaakt: {file}. {problem}</translation>
        </message>
        <message>
            <source>Today's automatic backup is made: {file}</source>
            <translation>De automatische back-up van vandaag is gemaakt: {file}</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made: {reason}</source>
            <translation>De automatische back-up van vandaag kon niet worden gemaakt: {reason}</translation>
        </message>
        <message>
            <source>Scan or type the unit's serial, or open the customer's page first.</source>
            <translation>Scan of typ het serienummer van het apparaat, of open eerst de pagina van de klant.</translation>
        </message>
        <message>
            <source>Find the customer (name, phone…) and open them, then New request… (Ctrl+R).</source>
            <translation>Zoek de klant (naam, telefoon…) en open die, en kies dan Nieuw verzoek… (Ctrl+R).</translation>
        </message>
        <message>
            <source>To print, open a customer's page (their history), Service (the day's job sheets) or Reports (the metrics).</source>
            <translation>Om af te drukken opent u de pagina van een klant (de historie), Service (de werkbonnen van de dag) of Rapporten (de cijfers).</translation>
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Your own data is in its own database (File → Back to my shop's database).</source>
            <translation>Voorbeeldwinkel: deze klanten en verkopen zijn verzonnen, om rond te kijken. Uw eigen gegevens staan in een eigen database (Bestand → Terug naar de database van mijn winkel).</translation>
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Keep your own shop's records in a database of their own, not in this one.</source>
            <translation>Voorbeeldwinkel: deze klanten en verkopen zijn verzonnen, om rond te kijken. Houd de gegevens van uw eigen winkel bij in een eigen database, niet in deze.</translation>
        </message>
        <message>
            <source>{shop} — crm_desktop</source>
            <translation>{shop} — crm_desktop</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Nieuwe verkoop</translation>
        </message>
        <message>
            <source>Open the customer first (search with Ctrl+K, or Ctrl+N for a new one), then choose New sale.</source>
            <translation>Open eerst de klant (zoeken met Ctrl+K, of Ctrl+N voor een nieuwe klant) en kies dan Nieuwe verkoop.</translation>
        </message>
        <message>
            <source>Preparing the sample shop…</source>
            <translation>De voorbeeldwinkel voorbereiden…</translation>
        </message>
        <message>
            <source>Sample shop</source>
            <translation>Voorbeeldwinkel</translation>
        </message>
        <message>
            <source>About crm_desktop</source>
            <translation>Over crm_desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;After-sales service for small shops.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Data folder: {data_folder}&lt;br&gt;Backups: {backups}&lt;br&gt;Schema revision: {revision}</source>
            <translation>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;Service na verkoop voor kleine winkels.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Gegevensmap: {data_folder}&lt;br&gt;Back-ups: {backups}&lt;br&gt;Schemaversie: {revision}</translation>
        </message>
        <message>
            <source>Merge a duplicate</source>
            <translation>Dubbele klant samenvoegen</translation>
        </message>
        <message>
            <source>Find the duplicate of &lt;b&gt;{customer}&lt;/b&gt;. All its sales, service jobs, promises, follow-ups and contacts move here; the duplicate is archived with a note saying where it went.</source>
            <translation>Zoek de dubbele klant van &lt;b&gt;{customer}&lt;/b&gt;. Alle verkopen, serviceopdrachten, toezeggingen, opvolgingen en contactmomenten ervan worden hierheen verplaatst; de dubbele klant wordt gearchiveerd met een notitie waar alles naartoe is gegaan.</translation>
        </message>
        <message>
            <source>name, phone or email of the duplicate</source>
            <translation>naam, telefoon of e-mail van de dubbele klant</translation>
        </message>
        <message>
            <source>Merge into this customer</source>
            <translation>Samenvoegen met deze klant</translation>
        </message>
        <message>
            <source>Merge customers</source>
            <translation>Klanten samenvoegen</translation>
        </message>
        <message>
            <source>Move everything of “{duplicate}” (#{duplicate_id}) into “{customer}” (#{customer_id}) and archive the duplicate? This cannot be undone in one click.</source>
            <translation>Alles van “{duplicate}” (#{duplicate_id}) naar “{customer}” (#{customer_id}) verplaatsen en de dubbele klant archiveren? Dit kan niet met één klik ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>STARTTLS (port 587, the usual)</source>
            <translation>STARTTLS (poort 587, de gebruikelijke)</translation>
        </message>
        <message>
            <source>TLS from the start (port 465)</source>
            <translation>TLS vanaf het begin (poort 465)</translation>
        </message>
        <message>
            <source>None: a server on the shop's own network only</source>
            <translation>Geen: alleen een server op het eigen netwerk van de winkel</translation>
        </message>
        <message>
            <source>Waiting</source>
            <comment>state of a message</comment>
            <translation>In wachtrij</translation>
        </message>
        <message>
            <source>Sending</source>
            <comment>state of a message</comment>
            <translation>Wordt verstuurd</translation>
        </message>
        <message>
            <source>Sent</source>
            <comment>state of a message</comment>
            <translation>Verstuurd</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>state of a message</comment>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>state of a message</comment>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>message settings</source>
            <translation>berichtinstellingen</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Berichten</translation>
        </message>
        <message>
            <source>crm_desktop can tell customers that their job is ready, that a promised date moved, or ask how their product works — by e-mail through your own mail server, and by SMS through your SMS provider. Passwords are kept in this computer's keyring, never in the shop's file.</source>
            <translation>crm_desktop kan klanten laten weten dat hun opdracht klaar is of dat een toegezegde datum is verschoven, of vragen hoe hun product bevalt — per e-mail via uw eigen mailserver, en per SMS via uw SMS-aanbieder. Wachtwoorden worden bewaard in de keyring van deze computer, nooit in het bestand van de winkel.</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;SMS</source>
            <translation>&amp;SMS</translation>
        </message>
        <message>
            <source>smtp.example.com (your e-mail provider tells you)</source>
            <translation>smtp.example.com (dit hoort u van uw e-mailprovider)</translation>
        </message>
        <message>
            <source>the usual one</source>
            <translation>de gebruikelijke</translation>
        </message>
        <message>
            <source>usually the shop's e-mail address</source>
            <translation>meestal het e-mailadres van de winkel</translation>
        </message>
        <message>
            <source>shop@example.com: customers see it and can reply to it</source>
            <translation>shop@example.com: klanten zien het en kunnen erop antwoorden</translation>
        </message>
        <message>
            <source>default: the shop's name</source>
            <translation>standaard: de naam van de winkel</translation>
        </message>
        <message>
            <source>Mail &amp;server</source>
            <translation>&amp;Mailserver</translation>
        </message>
        <message>
            <source>Se&amp;curity</source>
            <translation>&amp;Beveiliging</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Poort</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Gebruikersnaam</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>&amp;Wachtwoord</translation>
        </message>
        <message>
            <source>&amp;From address</source>
            <translation>&amp;Afzenderadres</translation>
        </message>
        <message>
            <source>From &amp;name</source>
            <translation>Afzender&amp;naam</translation>
        </message>
        <message>
            <source>Save e-mail settings</source>
            <translation>E-mailinstellingen opslaan</translation>
        </message>
        <message>
            <source>your own address</source>
            <translation>uw eigen adres</translation>
        </message>
        <message>
            <source>Send a &amp;test message</source>
            <translation>&amp;Testbericht versturen</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Aan:</translation>
        </message>
        <message>
            <source>Your SMS provider's documentation gives its web address and the names of its fields. Write each field as name=value; {to} is the customer's mobile number, {text} the message, {sender} the sender name.</source>
            <translation>De documentatie van uw SMS-aanbieder vermeldt het webadres en de namen van de velden. Schrijf elk veld als naam=waarde; {to} is het mobiele nummer van de klant, {text} het bericht, {sender} de afzendernaam.</translation>
        </message>
        <message>
            <source>POST as a form</source>
            <translation>POST als formulier</translation>
        </message>
        <message>
            <source>POST as JSON</source>
            <translation>POST als JSON</translation>
        </message>
        <message>
            <source>up to 11 letters, e.g. VeloCo</source>
            <translation>maximaal 11 letters, bijv. VeloCo</translation>
        </message>
        <message>
            <source>e.g. Bearer 1234abcd (kept in the keyring)</source>
            <translation>bijv. Bearer 1234abcd (bewaard in de keyring)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Methode</translation>
        </message>
        <message>
            <source>&amp;Fields</source>
            <translation>&amp;Velden</translation>
        </message>
        <message>
            <source>Sender &amp;name</source>
            <translation>Afzender&amp;naam</translation>
        </message>
        <message>
            <source>Authentication &amp;header</source>
            <translation>Authenticatie&amp;header</translation>
        </message>
        <message>
            <source>Its &amp;value</source>
            <translation>&amp;Waarde ervan</translation>
        </message>
        <message>
            <source>Save SMS settings</source>
            <translation>SMS-instellingen opslaan</translation>
        </message>
        <message>
            <source>kept in the keyring: leave empty to keep it</source>
            <translation>bewaard in de keyring: laat leeg om het te behouden</translation>
        </message>
        <message>
            <source>Saved: e-mail goes through {host}:{port}. Send a test message to check it.</source>
            <translation>Opgeslagen: e-mail gaat via {host}:{port}. Stuur een testbericht om het te controleren.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Versturen…</translation>
        </message>
        <message>
            <source>Sent to {recipient}. The server said: {answer}</source>
            <translation>Verstuurd naar {recipient}. De server antwoordde: {answer}</translation>
        </message>
        <message>
            <source>Saved: text messages go through {address}.</source>
            <translation>Opgeslagen: SMS-berichten gaan via {address}.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>To</source>
            <comment>whom a message goes to</comment>
            <translation>Aan</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Bericht</translation>
        </message>
        <message numerus="yes">
            <source>{state} (%n tr(y|ies))</source>
            <translation>
                <numerusform>{state} (%n poging)</numerusform>
                <numerusform>{state} (%n pogingen)</numerusform>
            </translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>Mislukt: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Waiting to be tried again (%n tr(y|ies) so far): {error}</source>
            <translation>
                <numerusform>Wacht op een nieuwe poging (tot nu toe %n poging): {error}</numerusform>
                <numerusform>Wacht op een nieuwe poging (tot nu toe %n pogingen): {error}</numerusform>
            </translation>
        </message>
        <message>
            <source>{state}: to {recipient}</source>
            <translation>{state}: aan {recipient}</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Postvak uit</translation>
        </message>
        <message>
            <source>Only the &amp;failed ones</source>
            <translation>Alleen de &amp;mislukte</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>&amp;Nu versturen</translation>
        </message>
        <message>
            <source>Send what is waiting now, instead of within the minute</source>
            <translation>Wat klaarstaat nu versturen, in plaats van binnen een minuut</translation>
        </message>
        <message>
            <source>Send &amp;again</source>
            <translation>&amp;Opnieuw versturen</translation>
        </message>
        <message>
            <source>Queue a failed message again (check first whether it arrived)</source>
            <translation>Een mislukt bericht opnieuw in de wachtrij zetten (controleer eerst of het toch is aangekomen)</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Intrekken</translation>
        </message>
        <message>
            <source>Do not send this message</source>
            <translation>Dit bericht niet versturen</translation>
        </message>
        <message>
            <source>Every message to a customer, newest first. A message waits its turn, is sent within the minute while crm_desktop is open, and is tried again for half a day if the server does not answer.</source>
            <translation>Elk bericht aan een klant, nieuwste eerst. Een bericht wacht op zijn beurt, wordt binnen een minuut verstuurd zolang crm_desktop open is, en wordt een halve dag lang opnieuw geprobeerd als de server niet antwoordt.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n failed&lt;/b&gt;: select one to read why.</source>
            <translation>
                <numerusform>&lt;b&gt;%n mislukt&lt;/b&gt;: selecteer het om te lezen waarom.</numerusform>
                <numerusform>&lt;b&gt;%n mislukt&lt;/b&gt;: selecteer er een om te lezen waarom.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting.</source>
            <translation>
                <numerusform>%n in de wachtrij.</numerusform>
                <numerusform>%n in de wachtrij.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask before sending</source>
            <translation>Vragen vóór verzenden</translation>
        </message>
        <message>
            <source>Send by itself</source>
            <translation>Automatisch versturen</translation>
        </message>
        <message>
            <source>Never offer it</source>
            <translation>Nooit aanbieden</translation>
        </message>
        <message>
            <source>template</source>
            <translation>sjabloon</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>Berichtsjablonen</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Bericht:</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;Via:</translation>
        </message>
        <message>
            <source>&amp;When it happens:</source>
            <translation>&amp;Wanneer het gebeurt:</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Onderwerp</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Tekst</translation>
        </message>
        <message>
            <source>a customer's name, phone or e-mail</source>
            <translation>naam, telefoon of e-mail van een klant</translation>
        </message>
        <message>
            <source>&amp;Preview for</source>
            <translation>Voorbeel&amp;d voor</translation>
        </message>
        <message>
            <source>Back to the built-in te&amp;xt</source>
            <translation>Terug naar de standaardte&amp;kst</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Op&amp;slaan</translation>
        </message>
        <message>
            <source>It can use: {placeholders}</source>
            <translation>Te gebruiken: {placeholders}</translation>
        </message>
        <message>
            <source>No customer found to show it for.</source>
            <translation>Geen klant gevonden om het voor te tonen.</translation>
        </message>
        <message>
            <source>Subject: {subject}</source>
            <translation>Onderwerp: {subject}</translation>
        </message>
        <message>
            <source>To {customer}</source>
            <translation>Aan {customer}</translation>
        </message>
        <message>
            <source>SMS: {size}</source>
            <translation>SMS: {size}</translation>
        </message>
        <message>
            <source>Tell the customer?</source>
            <translation>Klant informeren?</translation>
        </message>
        <message>
            <source>Tell {customer}? The message goes from the shop now.</source>
            <translation>{customer} informeren? Het bericht wordt nu door de winkel verstuurd.</translation>
        </message>
        <message>
            <source>E-mail to {recipient}</source>
            <translation>E-mail aan {recipient}</translation>
        </message>
        <message>
            <source>SMS to {recipient}</source>
            <translation>SMS aan {recipient}</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Versturen</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Niet nu</translation>
        </message>
        <message>
            <source>As the general answer</source>
            <translation>Zoals het algemene antwoord</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>ingetrokken</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Contact in general</source>
            <translation>Contact in het algemeen</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Text messages</source>
            <translation>SMS-berichten</translation>
        </message>
        <message>
            <source>consent answers</source>
            <translation>antwoorden over toestemming</translation>
        </message>
        <message>
            <source>Contact consent · {customer}</source>
            <translation>Toestemming voor contact · {customer}</translation>
        </message>
        <message>
            <source>not asked yet</source>
            <translation>nog niet gevraagd</translation>
        </message>
        <message>
            <source>agrees to be contacted</source>
            <translation>wil benaderd worden</translation>
        </message>
        <message>
            <source>no contact, please</source>
            <translation>liever geen contact</translation>
        </message>
        <message>
            <source>In general (the customer's form): &lt;b&gt;{answer}&lt;/b&gt;. An answer for one channel overrides it for that channel: a customer who said no is never sent a message there.</source>
            <translation>In het algemeen (het klantformulier): &lt;b&gt;{answer}&lt;/b&gt;. Een antwoord voor één kanaal gaat daar voor: een klant die nee heeft gezegd, krijgt via dat kanaal nooit een bericht.</translation>
        </message>
        <message>
            <source>asked at the counter</source>
            <translation>gevraagd aan de balie</translation>
        </message>
        <message>
            <source>&amp;E-mails</source>
            <translation>&amp;E-mails</translation>
        </message>
        <message>
            <source>&amp;Text messages</source>
            <translation>&amp;SMS-berichten</translation>
        </message>
        <message>
            <source>&amp;Where the answer comes from</source>
            <translation>&amp;Herkomst van het antwoord</translation>
        </message>
        <message>
            <source>No answer recorded yet.</source>
            <translation>Nog geen antwoord vastgelegd.</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;Historie&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <source>Welcome to crm_desktop</source>
            <translation>Welkom bij crm_desktop</translation>
        </message>
        <message>
            <source>crm_desktop links every sale to what must happen after it: the thank-you call, the satisfaction check, warranty dates, service jobs and the promises made to the customer. Nothing depends on someone remembering, and the whole history of a customer is one search away.</source>
            <translation>crm_desktop koppelt elke verkoop aan wat er daarna moet gebeuren: het bedankgesprek, de tevredenheidspeiling, garantiedatums, serviceopdrachten en de toezeggingen aan de klant. Niets hangt af van iemands geheugen, en de volledige historie van een klant vindt u met één zoekopdracht.</translation>
        </message>
        <message>
            <source>Enter my shop details</source>
            <translation>Mijn winkelgegevens invoeren</translation>
        </message>
        <message>
            <source>Import customers from a spreadsheet</source>
            <translation>Klanten importeren uit een spreadsheet</translation>
        </message>
        <message>
            <source>CSV, Excel, LibreOffice or vCard: check everything before it is saved.</source>
            <translation>CSV, Excel, LibreOffice of vCard: controleer alles voordat het wordt opgeslagen.</translation>
        </message>
        <message>
            <source>Explore a sample shop</source>
            <translation>Een voorbeeldwinkel verkennen</translation>
        </message>
        <message>
            <source>Opens a separate database filled with made-up customers, sales and repairs. Your own database is not touched.</source>
            <translation>Opent een aparte database met verzonnen klanten, verkopen en reparaties. Uw eigen database blijft onaangeroerd.</translation>
        </message>
        <message>
            <source>Or start right away: &lt;b&gt;Ctrl+N&lt;/b&gt; adds a customer, &lt;b&gt;Ctrl+K&lt;/b&gt; searches.</source>
            <translation>Of begin meteen: &lt;b&gt;Ctrl+N&lt;/b&gt; voegt een klant toe, &lt;b&gt;Ctrl+K&lt;/b&gt; zoekt.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>PIN of {person}:</source>
            <translation>Pincode van {person}:</translation>
        </message>
        <message>
            <source>Who is at the keyboard?</source>
            <translation>Wie zit er achter het toetsenbord?</translation>
        </message>
        <message>
            <source>Choose yourself, so the shop knows who did what. You can switch at any time from the bottom right of the window.</source>
            <translation>Kies uzelf, zodat de winkel weet wie wat heeft gedaan. U kunt op elk moment wisselen via de rechterbenedenhoek van het venster.</translation>
        </message>
        <message>
            <source>The shop has no staff yet. Add yourself in Settings → Staff first.</source>
            <translation>De winkel heeft nog geen personeel. Voeg uzelf eerst toe via Instellingen → Personeel.</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>Onjuiste pincode</translation>
        </message>
        <message>
            <source>That is not {person}'s PIN. Nothing changed.</source>
            <translation>Dat is niet de pincode van {person}. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Choose who is at the keyboard first: nothing was saved.</source>
            <translation>Kies eerst wie er achter het toetsenbord zit: er is niets opgeslagen.</translation>
        </message>
        <message>
            <source>Who is at the keyboard: every change is saved in their name. Click to switch.</source>
            <translation>Wie er achter het toetsenbord zit: elke wijziging wordt op diens naam opgeslagen. Klik om te wisselen.</translation>
        </message>
        <message>
            <source>At the &amp;keyboard: {person}</source>
            <translation>Achter het &amp;toetsenbord: {person}</translation>
        </message>
        <message>
            <source>At the &amp;keyboard: choose…</source>
            <translation>Achter het &amp;toetsenbord: kiezen…</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>Nog niemand</translation>
        </message>
        <message>
            <source>Staff…</source>
            <translation>Personeel…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Geteld vanaf</translation>
        </message>
        <message>
            <source>Repeat every (months)</source>
            <translation>Herhalen om de (maanden)</translation>
        </message>
        <message>
            <source>Times in all</source>
            <translation>Aantal keer in totaal</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Toegewezen aan</translation>
        </message>
        <message>
            <source>Call</source>
            <comment>kind of follow-up</comment>
            <translation>Gesprek</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>kind of follow-up</comment>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>kind of follow-up</comment>
            <translation>Bezoek</translation>
        </message>
        <message>
            <source>Satisfaction check</source>
            <translation>Tevredenheidspeiling</translation>
        </message>
        <message>
            <source>Warranty notice</source>
            <translation>Garantiebericht</translation>
        </message>
        <message>
            <source>Service reminder</source>
            <translation>Onderhoudsherinnering</translation>
        </message>
        <message>
            <source>days after the sale</source>
            <translation>dagen na de verkoop</translation>
        </message>
        <message>
            <source>days from the warranty end</source>
            <translation>dagen vanaf het einde van de garantie</translation>
        </message>
        <message>
            <source>the seller</source>
            <translation>de verkoper</translation>
        </message>
        <message>
            <source>the owner</source>
            <translation>de eigenaar</translation>
        </message>
        <message>
            <source>sales staff</source>
            <translation>baliemedewerkers</translation>
        </message>
        <message>
            <source>a technician</source>
            <translation>een technicus</translation>
        </message>
        <message>
            <source>Edit follow-up plan</source>
            <translation>Opvolgplan bewerken</translation>
        </message>
        <message>
            <source>New follow-up plan</source>
            <translation>Nieuw opvolgplan</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>plan</translation>
        </message>
        <message>
            <source>Used for new sales</source>
            <translation>Gebruikt voor nieuwe verkopen</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Stappen</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Stap toevoegen</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Stap verwijderen</translation>
        </message>
        <message>
            <source>Example: a call 3 days after the sale; a warranty notice −30 days from the warranty end; a service reminder 365 days after the sale, repeated every 12 months, 5 times in all. Changes apply to sales recorded from now on.</source>
            <translation>Voorbeeld: een gesprek 3 dagen na de verkoop; een garantiebericht −30 dagen vanaf het einde van de garantie; een onderhoudsherinnering 365 dagen na de verkoop, om de 12 maanden herhaald, 5 keer in totaal. Wijzigingen gelden voor verkopen die vanaf nu worden vastgelegd.</translation>
        </message>
        <message>
            <source>no repeat</source>
            <translation>niet herhalen</translation>
        </message>
        <message>
            <source>default</source>
            <comment>times in all: as many as the plan usually repeats</comment>
            <translation>standaard</translation>
        </message>
        <message>
            <source>Edit category</source>
            <translation>Categorie bewerken</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nieuwe categorie</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categorie</translation>
        </message>
        <message>
            <source>no warranty</source>
            <translation>geen garantie</translation>
        </message>
        <message>
            <source>no follow-ups</source>
            <translation>geen opvolgingen</translation>
        </message>
        <message>
            <source>Default warranty</source>
            <translation>Standaardgarantie</translation>
        </message>
        <message>
            <source>Default after-sales plan</source>
            <translation>Standaard-opvolgplan</translation>
        </message>
        <message>
            <source>The printer did not start. Check that it is switched on and ready, then print again.</source>
            <translation>De printer is niet gestart. Controleer of hij aanstaat en gereed is, en druk opnieuw af.</translation>
        </message>
        <message>
            <source>the file {path}</source>
            <translation>het bestand {path}</translation>
        </message>
        <message>
            <source>{paper}, landscape</source>
            <translation>{paper}, liggend</translation>
        </message>
        <message>
            <source>{paper}, portrait</source>
            <translation>{paper}, staand</translation>
        </message>
        <message>
            <source>Paper…</source>
            <translation>Papier…</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Hele pagina</translation>
        </message>
        <message>
            <source>Page width</source>
            <translation>Paginabreedte</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Inzoomen</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Uitzoomen</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Op&amp;slaan als PDF…</translation>
        </message>
        <message>
            <source>no printer set up yet (Print… can write a PDF file)</source>
            <translation>nog geen printer ingesteld (Afdrukken… kan een PDF-bestand schrijven)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) on {paper} · {where}</source>
            <translation>
                <numerusform>%n pagina op {paper} · {where}</numerusform>
                <numerusform>%n pagina's op {paper} · {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>de printer</translation>
        </message>
        <message>
            <source>Sent {document} to {where} ({paper})</source>
            <translation>{document} verzonden naar {where} ({paper})</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Opslaan als PDF</translation>
        </message>
        <message>
            <source>The document has no pages to print.</source>
            <translation>Het document heeft geen pagina's om af te drukken.</translation>
        </message>
        <message>
            <source>Preparing {document} for printing…</source>
            <translation>{document} voorbereiden voor afdrukken…</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>Kan {path} niet schrijven: {reason}.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Opgeslagen in {path}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Erasing removes &lt;b&gt;{name}&lt;/b&gt;'s personal data everywhere: name, company, e-mail, phones, address, notes and tags; what they said in contacts, requests, follow-ups and promises; the problem, accessories and condition written on their jobs; visit addresses; and their entries in search and in the audit trail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays, for the books:&lt;/b&gt; their sales (items, serials, amounts) and service jobs (the work done, parts and labour), under the name &lt;i&gt;Erased customer&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;This cannot be undone. Older backups still hold the data; restoring one erases them again.&lt;/p&gt;&lt;p&gt;Type the customer's name to confirm:&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wissen verwijdert de persoonsgegevens van &lt;b&gt;{name}&lt;/b&gt; overal: naam, bedrijf, e-mail, telefoonnummers, adres, notities en labels; wat de klant zei in contactmomenten, verzoeken, opvolgingen en toezeggingen; het probleem, de accessoires en de staat zoals genoteerd op de opdrachten; bezoekadressen; en de vermeldingen in de zoekfunctie en in het auditlog.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wat blijft, voor de boekhouding:&lt;/b&gt; de verkopen (artikelen, serienummers, bedragen) en serviceopdrachten (het uitgevoerde werk, onderdelen en arbeid), onder de naam &lt;i&gt;Erased customer&lt;/i&gt; (gewiste klant).&lt;/p&gt;&lt;p&gt;Dit kan niet ongedaan worden gemaakt. Oudere back-ups bevatten de gegevens nog; bij het terugzetten van zo'n back-up worden ze opnieuw gewist.&lt;/p&gt;&lt;p&gt;Typ de naam van de klant om te bevestigen:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Erase this customer</source>
            <translation>Deze klant wissen</translation>
        </message>
        <message>
            <source>Type the customer's name to confirm</source>
            <translation>Typ de naam van de klant om te bevestigen</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>Customer erased</source>
            <translation>Klant gewist</translation>
        </message>
        <message>
            <source>{name}'s personal data is erased. {sales} and {jobs} stay for the books under 'Erased customer'.</source>
            <translation>De persoonsgegevens van {name} zijn gewist. {sales} en {jobs} blijven voor de boekhouding bewaard onder 'Erased customer'.</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s)</source>
            <translation>
                <numerusform>%n verkoop</numerusform>
                <numerusform>%n verkopen</numerusform>
            </translation>
        </message>
        <message>
            <source>Where to save the customer's data</source>
            <translation>Waar de gegevens van de klant opslaan</translation>
        </message>
        <message>
            <source>Customer's data</source>
            <translation>Gegevens van de klant</translation>
        </message>
        <message>
            <source>Written to {data} and {history}.</source>
            <translation>Opgeslagen in {data} en {history}.</translation>
        </message>
        <message>
            <source>Could not write {path}: the disk is full.</source>
            <translation>Kan {path} niet schrijven: de schijf is vol.</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>In de winkel</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>how a contact happened</comment>
            <translation>Bezoek</translation>
        </message>
        <message>
            <source>Log a contact</source>
            <translation>Contactmoment vastleggen</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contactmoment</translation>
        </message>
        <message>
            <source>The customer contacted us</source>
            <translation>De klant nam contact met ons op</translation>
        </message>
        <message>
            <source>We contacted the customer</source>
            <translation>Wij namen contact op met de klant</translation>
        </message>
        <message>
            <source>What was said, what was agreed</source>
            <translation>Wat er is gezegd, wat er is afgesproken</translation>
        </message>
        <message>
            <source>Needs action: open a request for it</source>
            <translation>Actie nodig: open er een verzoek voor</translation>
        </message>
        <message>
            <source>It stays on Today's lists until it is resolved, with its owner</source>
            <translation>Het blijft op de lijsten van Vandaag staan tot het is opgelost, bij de behandelaar ervan</translation>
        </message>
        <message>
            <source>{kind} — applies “{procedure}”</source>
            <translation>{kind} — past “{procedure}” toe</translation>
        </message>
        <message>
            <source>Who started it</source>
            <translation>Wie het initiatief nam</translation>
        </message>
        <message>
            <source>Summary *</source>
            <translation>Samenvatting *</translation>
        </message>
        <message>
            <source>Kind of request</source>
            <translation>Soort verzoek</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Toezegging</translation>
        </message>
        <message>
            <source>There are no kinds of request; add one in Settings.</source>
            <translation>Er zijn geen soorten verzoek; voeg er een toe in Instellingen.</translation>
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation>Opvolging inplannen</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>opvolging</translation>
        </message>
        <message>
            <source>e.g. Ask how the new washing machine works out</source>
            <translation>bijv. Vragen hoe de nieuwe wasmachine bevalt</translation>
        </message>
        <message>
            <source>What *</source>
            <translation>Wat *</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>promise</source>
            <translation>toezegging</translation>
        </message>
        <message>
            <source>What the shop promised, e.g. SIM active by Friday</source>
            <translation>Wat de winkel heeft toegezegd, bijv. simkaart actief vóór vrijdag</translation>
        </message>
        <message>
            <source>Promised *</source>
            <translation>Toegezegd *</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Every later change of this date will be kept, with its reason.</source>
            <translation>Elke latere wijziging van deze datum wordt bewaard, met de reden.</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>Niets in deze periode</translation>
        </message>
        <message>
            <source>{label} {value} (so far)</source>
            <translation>{label} {value} (tot nu toe)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Export tables to CSV…</source>
            <translation>Tabellen exporteren naar CSV…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>The metrics as a document: print it, or save it as a PDF (Ctrl+P)</source>
            <translation>De cijfers als document: druk het af of sla het op als PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the first day of the report</comment>
            <translation>Van</translation>
        </message>
        <message>
            <source>to</source>
            <comment>the last day</comment>
            <translation>tot</translation>
        </message>
        <message>
            <source>Sales by month</source>
            <translation>Verkopen per maand</translation>
        </message>
        <message>
            <source>Satisfaction scores</source>
            <translation>Tevredenheidsscores</translation>
        </message>
        <message>
            <source>Sales by category</source>
            <translation>Verkopen per categorie</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Per categorie</translation>
        </message>
        <message>
            <source>By staff member</source>
            <translation>Per medewerker</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Per maand</translation>
        </message>
        <message>
            <source>Requests by kind</source>
            <translation>Verzoeken per soort</translation>
        </message>
        <message>
            <source>Requests by owner</source>
            <translation>Verzoeken per behandelaar</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Berekenen…</translation>
        </message>
        <message>
            <source>Sales by month ({currency})</source>
            <translation>Verkopen per maand ({currency})</translation>
        </message>
        <message>
            <source>Satisfaction scores, average {average}</source>
            <translation>Tevredenheidsscores, gemiddeld {average}</translation>
        </message>
        <message>
            <source>Sales by category ({currency})</source>
            <translation>Verkopen per categorie ({currency})</translation>
        </message>
        <message>
            <source>Export the tables</source>
            <translation>Tabellen exporteren</translation>
        </message>
        <message>
            <source>Could not write {folder}: {why}.</source>
            <translation>Kan {folder} niet schrijven: {why}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in {folder}</source>
            <translation>
                <numerusform>%n CSV-bestand opgeslagen in {folder}</numerusform>
                <numerusform>%n CSV-bestanden opgeslagen in {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>The figures are still being worked out: print again in a moment.</source>
            <translation>De cijfers worden nog berekend: druk zo dadelijk opnieuw af.</translation>
        </message>
        <message>
            <source>Metrics, {date}</source>
            <translation>Cijfers, {date}</translation>
        </message>
        <message>
            <source>low</source>
            <comment>a priority</comment>
            <translation>laag</translation>
        </message>
        <message>
            <source>normal</source>
            <comment>a priority</comment>
            <translation>normaal</translation>
        </message>
        <message>
            <source>high</source>
            <comment>a priority</comment>
            <translation>hoog</translation>
        </message>
        <message>
            <source>urgent</source>
            <comment>a priority</comment>
            <translation>urgent</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nieuw verzoek</translation>
        </message>
        <message>
            <source>request</source>
            <translation>verzoek</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>What the customer asks, in their words</source>
            <translation>Wat de klant vraagt, in eigen woorden</translation>
        </message>
        <message>
            <source>No particular item</source>
            <translation>Geen specifiek artikel</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Ikzelf</translation>
        </message>
        <message>
            <source>Who follows it up until it is solved</source>
            <translation>Wie het opvolgt tot het is opgelost</translation>
        </message>
        <message>
            <source>What is promised, e.g. New SIM active (default: the request)</source>
            <translation>Wat er wordt toegezegd, bijv. Nieuwe simkaart actief (standaard: het verzoek)</translation>
        </message>
        <message>
            <source>Anything staff should know (not shown to the customer)</source>
            <translation>Wat het personeel moet weten (niet zichtbaar voor de klant)</translation>
        </message>
        <message>
            <source>Kind *</source>
            <translation>Soort *</translation>
        </message>
        <message>
            <source>What is asked *</source>
            <translation>Wat wordt er gevraagd *</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Betreft</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Behandelaar</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Toegezegd</translation>
        </message>
        <message>
            <source>Pick what kind of request this is.</source>
            <translation>Kies wat voor soort verzoek dit is.</translation>
        </message>
        <message>
            <source>changes to the owner, priority and notes</source>
            <translation>wijzigingen in behandelaar, prioriteit en notities</translation>
        </message>
        <message>
            <source>Mark as:</source>
            <translation>Markeren als:</translation>
        </message>
        <message>
            <source>Promise to the customer</source>
            <translation>Toezegging aan de klant</translation>
        </message>
        <message>
            <source>Promise a date…</source>
            <translation>Datum toezeggen…</translation>
        </message>
        <message>
            <source>Move date…</source>
            <translation>Datum verzetten…</translation>
        </message>
        <message>
            <source>Kept</source>
            <comment>a promise</comment>
            <translation>Nagekomen</translation>
        </message>
        <message>
            <source>Broken…</source>
            <comment>a promise</comment>
            <translation>Niet nagekomen…</translation>
        </message>
        <message>
            <source>Say what the shop will do about it; the owner gets a recovery call</source>
            <translation>Geef aan wat de winkel eraan doet; de eigenaar krijgt een herstelgesprek</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Wat er gebeurde</translation>
        </message>
        <message>
            <source>Owner, priority and notes</source>
            <translation>Behandelaar, prioriteit en notities</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>A call or message about this request (counts as an action on it)</source>
            <translation>Een gesprek of bericht over dit verzoek (telt als actie)</translation>
        </message>
        <message>
            <source>Take the unit in…</source>
            <translation>Apparaat innemen…</translation>
        </message>
        <message>
            <source>A unit must come in for service: open a job; this request is resolved</source>
            <translation>Er moet een apparaat binnenkomen voor service: open een opdracht; dit verzoek is dan opgelost</translation>
        </message>
        <message>
            <source>The receipt for the customer: the request's number and what was asked</source>
            <translation>De bon voor de klant: het nummer van het verzoek en wat er is gevraagd</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;voor {customer}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Status: {status} · priority {priority}</source>
            <translation>Status: {status} · prioriteit {priority}</translation>
        </message>
        <message>
            <source>Asked: {summary}</source>
            <translation>Gevraagd: {summary}</translation>
        </message>
        <message>
            <source>Opened {date} by {who} · owner: {owner}</source>
            <translation>Geopend op {date} door {who} · behandelaar: {owner}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>iemand</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>About: {item}</source>
            <translation>Betreft: {item}</translation>
        </message>
        <message>
            <source>Why cancelled: {resolution}</source>
            <translation>Reden van annulering: {resolution}</translation>
        </message>
        <message>
            <source>Done: {resolution}</source>
            <translation>Gedaan: {resolution}</translation>
        </message>
        <message>
            <source>Taken in for service as {job}</source>
            <translation>Ingenomen voor service als {job}</translation>
        </message>
        <message>
            <source>Ticked by {who} {when}</source>
            <translation>Afgevinkt door {who} {when}</translation>
        </message>
        <message>
            <source>No checklist for this kind of request</source>
            <translation>Geen checklist voor deze soort verzoek</translation>
        </message>
        <message>
            <source>No date promised.</source>
            <translation>Geen datum toegezegd.</translation>
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation>Waarom wordt het geannuleerd?</translation>
        </message>
        <message>
            <source>Why is it reopened?</source>
            <translation>Waarom wordt het heropend?</translation>
        </message>
        <message>
            <source>Say why: the reason is kept with the request.</source>
            <translation>Geef de reden: die wordt bij het verzoek bewaard.</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Opgelost</translation>
        </message>
        <message>
            <source>What was done? (optional)</source>
            <translation>Wat is er gedaan? (optioneel)</translation>
        </message>
        <message>
            <source>What is promised?</source>
            <translation>Wat wordt er toegezegd?</translation>
        </message>
        <message>
            <source>{kind}: done</source>
            <translation>{kind}: gedaan</translation>
        </message>
        <message>
            <source>Move the promised date</source>
            <translation>Toegezegde datum verzetten</translation>
        </message>
        <message>
            <source>What will the shop do about it? (the owner gets a recovery call)</source>
            <translation>Wat doet de winkel eraan? (de eigenaar krijgt een herstelgesprek)</translation>
        </message>
        <message>
            <source>What was said about {request}?</source>
            <translation>Wat is er gezegd over {request}?</translation>
        </message>
        <message>
            <source>kind of request</source>
            <translation>soort verzoek</translation>
        </message>
        <message>
            <source>Kinds of request</source>
            <translation>Soorten verzoek</translation>
        </message>
        <message>
            <source>No checklist</source>
            <translation>Geen checklist</translation>
        </message>
        <message>
            <source>Offered for new requests</source>
            <translation>Aangeboden voor nieuwe verzoeken</translation>
        </message>
        <message>
            <source>New kind</source>
            <translation>Nieuwe soort</translation>
        </message>
        <message>
            <source>A kind's checklist is copied onto each new request of that kind (edit checklists on the Service page → Procedures). A retired kind is no longer offered; requests keep it.</source>
            <translation>De checklist van een soort wordt naar elk nieuw verzoek van die soort gekopieerd (checklists bewerkt u op de pagina Service → Procedures). Een soort die buiten gebruik is, wordt niet meer aangeboden; bestaande verzoeken behouden hem.</translation>
        </message>
        <message>
            <source>{kind} (retired)</source>
            <translation>{kind} (buiten gebruik)</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Warranty ends</source>
            <translation>Garantie tot</translation>
        </message>
        <message>
            <source>Why different</source>
            <translation>Reden afwijking</translation>
        </message>
        <message>
            <source>sale</source>
            <translation>verkoop</translation>
        </message>
        <message>
            <source>New sale — {customer}</source>
            <translation>Nieuwe verkoop — {customer}</translation>
        </message>
        <message>
            <source>Sold by</source>
            <translation>Verkocht door</translation>
        </message>
        <message>
            <source>Lines of the sale</source>
            <translation>Regels van de verkoop</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Regel toevoegen</translation>
        </message>
        <message>
            <source>Saving schedules the after-sales follow-ups of each product's plan (thank-you call, satisfaction check, warranty-ending call, service reminders).</source>
            <translation>Bij opslaan worden de opvolgingen uit het opvolgplan van elk product ingepland (bedankgesprek, tevredenheidspeiling, gesprek bij einde garantie, onderhoudsherinneringen).</translation>
        </message>
        <message>
            <source>(typed line, not in the catalogue)</source>
            <translation>(ingetypte regel, niet uit de catalogus)</translation>
        </message>
        <message>
            <source>The unit price in {currency}, e.g. {example}</source>
            <translation>De stukprijs in {currency}, bijv. {example}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty end date</comment>
            <translation>geen</translation>
        </message>
        <message>
            <source>Proposed from the product; change it only with a reason (kept in the audit trail)</source>
            <translation>Overgenomen van het product; wijzig dit alleen met een reden (wordt bewaard in het auditlog)</translation>
        </message>
        <message>
            <source>only if the date was changed</source>
            <translation>alleen als de datum is gewijzigd</translation>
        </message>
        <message>
            <source>{column}, line {line}</source>
            <translation>{column}, regel {line}</translation>
        </message>
        <message>
            <source>required</source>
            <translation>verplicht</translation>
        </message>
        <message>
            <source>Line {line}: a warranty cannot be removed here; keep its end date.</source>
            <translation>Regel {line}: een garantie kan hier niet worden verwijderd; laat de einddatum staan.</translation>
        </message>
        <message>
            <source>Line {line}: '{text}' is not a date like 2028-03-14.</source>
            <translation>Regel {line}: '{text}' is geen datum zoals 2028-03-14.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Regel {line}: {problem}</translation>
        </message>
        <message>
            <source>Total: —</source>
            <translation>Totaal: —</translation>
        </message>
        <message>
            <source>&lt;b&gt;Total: {amount}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Totaal: {amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Change date…</source>
            <translation>Datum wijzigen…</translation>
        </message>
        <message>
            <source>Correct the sale's date; its open follow-ups and warranties move with it</source>
            <translation>De datum van de verkoop corrigeren; de openstaande opvolgingen en garanties schuiven mee</translation>
        </message>
        <message>
            <source>Say why; its open follow-ups are cancelled, what was done stays</source>
            <translation>Geef de reden; de openstaande opvolgingen worden geannuleerd, wat al gedaan is blijft</translation>
        </message>
        <message>
            <source>Open the customer</source>
            <translation>Klant openen</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Artikelen</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Warranty from</source>
            <translation>Garantie vanaf</translation>
        </message>
        <message>
            <source>Warranty to</source>
            <translation>Garantie tot</translation>
        </message>
        <message>
            <source>Print warranty certificate…</source>
            <translation>Garantiebewijs afdrukken…</translation>
        </message>
        <message>
            <source>The selected item's warranty certificate, as a PDF</source>
            <translation>Het garantiebewijs van het geselecteerde artikel, als PDF</translation>
        </message>
        <message>
            <source>New service job for this item…</source>
            <translation>Nieuwe serviceopdracht voor dit artikel…</translation>
        </message>
        <message>
            <source>Take the selected item in for repair; its warranty is checked</source>
            <translation>Het geselecteerde artikel innemen voor reparatie; de garantie wordt gecontroleerd</translation>
        </message>
        <message>
            <source>Follow-ups it scheduled</source>
            <translation>Opvolgingen die deze verkoop heeft ingepland</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Opdracht</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Double-click a job to open it</source>
            <translation>Dubbelklik op een opdracht om die te openen</translation>
        </message>
        <message>
            <source>Sale {number} — {customer}</source>
            <translation>Verkoop {number} — {customer}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;VOID&lt;/b&gt; since {date}: {reason}</source>
            <translation>&lt;b style='color:{color}'&gt;ONGELDIG&lt;/b&gt; sinds {date}: {reason}</translation>
        </message>
        <message>
            <source>active</source>
            <comment>a sale that is not void</comment>
            <translation>actief</translation>
        </message>
        <message>
            <source>&lt;i&gt;no seller recorded&lt;/i&gt;</source>
            <translation>&lt;i&gt;geen verkoper vastgelegd&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notities: {notes}</translation>
        </message>
        <message>
            <source>Seller</source>
            <translation>Verkoper</translation>
        </message>
        <message>
            <source>{warranty} (changed: {reason})</source>
            <translation>{warranty} (gewijzigd: {reason})</translation>
        </message>
        <message>
            <source>Print the warranty certificate</source>
            <translation>Garantiebewijs afdrukken</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>VOID</source>
            <comment>a sale cancelled</comment>
            <translation>ONGELDIG</translation>
        </message>
        <message>
            <source>any</source>
            <comment>no limit on a date of a period</comment>
            <translation>onbeperkt</translation>
        </message>
        <message>
            <source>Every sale, newest first. To record one, open the customer (Ctrl+K) and choose &lt;b&gt;New sale…&lt;/b&gt; (Ctrl+Shift+S). Double-click a sale (or press Enter) to open it.</source>
            <translation>Elke verkoop, nieuwste eerst. Om er een vast te leggen, opent u de klant (Ctrl+K) en kiest u &lt;b&gt;Nieuwe verkoop…&lt;/b&gt; (Ctrl+Shift+S). Dubbelklik op een verkoop (of druk op Enter) om die te openen.</translation>
        </message>
        <message>
            <source>Open the selected sale (or double-click it, or press Enter)</source>
            <translation>De geselecteerde verkoop openen (of dubbelklik erop, of druk op Enter)</translation>
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation>Exporteren naar CSV…</translation>
        </message>
        <message>
            <source>The sales shown, with the filters as they are, to a spreadsheet</source>
            <translation>De getoonde verkopen, met de filters zoals ze staan, naar een spreadsheet</translation>
        </message>
        <message>
            <source>Sale number (S-0042, 42), product or serial</source>
            <translation>Verkoopnummer (S-0042, 42), product of serienummer</translation>
        </message>
        <message>
            <source>The first day of the period (“any”: from the first sale)</source>
            <translation>De eerste dag van de periode (“onbeperkt”: vanaf de eerste verkoop)</translation>
        </message>
        <message>
            <source>The last day of the period (“any”: up to today)</source>
            <translation>De laatste dag van de periode (“onbeperkt”: tot en met vandaag)</translation>
        </message>
        <message>
            <source>Only the sales of this seller</source>
            <translation>Alleen de verkopen van deze verkoper</translation>
        </message>
        <message>
            <source>Only sales with an item of this product category</source>
            <translation>Alleen verkopen met een artikel uit deze productcategorie</translation>
        </message>
        <message>
            <source>Only sales with an item of this product</source>
            <translation>Alleen verkopen met een artikel van dit product</translation>
        </message>
        <message>
            <source>Show void</source>
            <translation>Ongeldige tonen</translation>
        </message>
        <message>
            <source>Also list voided sales (greyed out; never counted in the total)</source>
            <translation>Ook ongeldig gemaakte verkopen tonen (grijs; nooit meegeteld in het totaal)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filters wissen</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the start of a period of dates</comment>
            <translation>Van</translation>
        </message>
        <message>
            <source>to</source>
            <comment>the end of a period of dates</comment>
            <translation>tot</translation>
        </message>
        <message>
            <source>All sellers</source>
            <translation>Alle verkopers</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle categorieën</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>Alle producten</translation>
        </message>
        <message>
            <source>The period ends before it starts: nothing to show.</source>
            <translation>De periode eindigt vóór het begin: niets te tonen.</translation>
        </message>
        <message>
            <source>No sale matches these filters.</source>
            <translation>Geen verkoop voldoet aan deze filters.</translation>
        </message>
        <message>
            <source>No sales yet. {explanation}</source>
            <translation>Nog geen verkopen. {explanation}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sale(s) shown · adding up…</source>
            <translation>
                <numerusform>%Ln verkoop getoond · optellen…</numerusform>
                <numerusform>%Ln verkopen getoond · optellen…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown ({void}, not in the total) · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; verkoop getoond ({void}, niet in het totaal) · totaal &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; verkopen getoond ({void}, niet in het totaal) · totaal &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln void</source>
            <comment>sales cancelled</comment>
            <translation>
                <numerusform>%Ln ongeldig</numerusform>
                <numerusform>%Ln ongeldig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; verkoop getoond · totaal &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; verkopen getoond · totaal &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the sales</source>
            <translation>Verkopen exporteren</translation>
        </message>
        <message>
            <source>Could not write {path}: {problem}.</source>
            <translation>Kan {path} niet schrijven: {problem}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln sale(s) to {path}</source>
            <translation>
                <numerusform>%Ln verkoop opgeslagen in {path}</numerusform>
                <numerusform>%Ln verkopen opgeslagen in {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Search: name, company, phone, email, serial/IMEI, product, S-0042, J-0042, R-0042   (Ctrl+K)</source>
            <translation>Zoeken: naam, bedrijf, telefoon, e-mail, serienummer/IMEI, product, S-0042, J-0042, R-0042   (Ctrl+K)</translation>
        </message>
        <message>
            <source>No customer, phone, serial or number matches “{text}”.</source>
            <translation>Geen klant, telefoonnummer, serienummer of nummer komt overeen met “{text}”.</translation>
        </message>
        <message>
            <source>Encrypt when the server can (prefer)</source>
            <translation>Versleutelen als de server dat kan (prefer)</translation>
        </message>
        <message>
            <source>Always encrypt (require)</source>
            <translation>Altijd versleutelen (require)</translation>
        </message>
        <message>
            <source>Encrypt and check the server's certificate (verify-full)</source>
            <translation>Versleutelen en het certificaat van de server controleren (verify-full)</translation>
        </message>
        <message>
            <source>Never encrypt, trusted network only (disable)</source>
            <translation>Nooit versleutelen, alleen op een vertrouwd netwerk (disable)</translation>
        </message>
        <message>
            <source>Shop server</source>
            <translation>Winkelserver</translation>
        </message>
        <message>
            <source>This computer uses the shop server &lt;b&gt;{server}&lt;/b&gt;.</source>
            <translation>Deze computer gebruikt de winkelserver &lt;b&gt;{server}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This computer uses the shop's own file on this computer, &lt;b&gt;{file}&lt;/b&gt;.</source>
            <translation>Deze computer gebruikt het eigen bestand van de winkel op deze computer, &lt;b&gt;{file}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This computer uses the server &lt;b&gt;{server}&lt;/b&gt; (given when crm_desktop was started).</source>
            <translation>Deze computer gebruikt de server &lt;b&gt;{server}&lt;/b&gt; (opgegeven bij het starten van crm_desktop).</translation>
        </message>
        <message>
            <source>Several computers (the counter, the back office, a technician's laptop) can share one shop on a PostgreSQL server: everyone sees the same customers, and nobody's save overwrites another's.</source>
            <translation>Meerdere computers (de balie, het kantoor, de laptop van een technicus) kunnen één winkel delen op een PostgreSQL-server: iedereen ziet dezelfde klanten, en niemand overschrijft bij het opslaan het werk van een ander.</translation>
        </message>
        <message>
            <source>the server's name or address, e.g. shop-server or 192.168.1.20</source>
            <translation>de naam of het adres van de server, bijv. shop-server of 192.168.1.20</translation>
        </message>
        <message>
            <source>leave empty if it is already kept, or the server needs none</source>
            <translation>laat leeg als het al bewaard is of als de server er geen nodig heeft</translation>
        </message>
        <message>
            <source>in the system keyring</source>
            <translation>in de keyring van het systeem</translation>
        </message>
        <message>
            <source>in the password file ({file})</source>
            <translation>in het wachtwoordbestand ({file})</translation>
        </message>
        <message>
            <source>nowhere: the server needs none</source>
            <translation>nergens: de server heeft er geen nodig</translation>
        </message>
        <message>
            <source>in the system keyring (not available: {problem})</source>
            <translation>in de keyring van het systeem (niet beschikbaar: {problem})</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Poort</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Password kept</source>
            <translation>Wachtwoord bewaard</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Versleuteling (TLS)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbinding &amp;testen</translation>
        </message>
        <message>
            <source>&amp;Move this shop to the server…</source>
            <translation>Deze winkel naar de server ver&amp;huizen…</translation>
        </message>
        <message>
            <source>Copies every customer, sale, job and setting onto the empty server database, checks each table, then opens the shop from there. The file on this computer is left as it is.</source>
            <translation>Kopieert elke klant, verkoop, opdracht en instelling naar de lege serverdatabase, controleert elke tabel en opent de winkel daarna vanaf de server. Het bestand op deze computer blijft zoals het is.</translation>
        </message>
        <message>
            <source>&amp;Connect to this server</source>
            <translation>&amp;Verbinden met deze server</translation>
        </message>
        <message>
            <source>Use this computer's &amp;file again</source>
            <translation>Het &amp;bestand van deze computer weer gebruiken</translation>
        </message>
        <message>
            <source>The shop's own file on this computer; the server and its data stay as they are</source>
            <translation>Het eigen bestand van de winkel op deze computer; de server en de gegevens daarop blijven zoals ze zijn</translation>
        </message>
        <message>
            <source>Connecting to {host}:{port}…</source>
            <translation>Verbinden met {host}:{port}…</translation>
        </message>
        <message>
            <source>Start a new shop on the server?</source>
            <translation>Een nieuwe winkel starten op de server?</translation>
        </message>
        <message>
            <source>The database {database} on {host} is empty: connecting starts a new, empty shop there. To take this shop's customers along, choose Move this shop to the server instead.

Start a new shop on the server?</source>
            <translation>De database {database} op {host} is leeg: door te verbinden start daar een nieuwe, lege winkel. Om de klanten van deze winkel mee te nemen, kiest u in plaats daarvan Deze winkel naar de server verhuizen.

Een nieuwe winkel starten op de server?</translation>
        </message>
        <message>
            <source>Opening the shop on {host}…</source>
            <translation>De winkel op {host} openen…</translation>
        </message>
        <message>
            <source>Move this shop to the server?</source>
            <translation>Deze winkel naar de server verhuizen?</translation>
        </message>
        <message>
            <source>Every customer, sale, job and setting of this shop is copied to the database {database} on {host}, then checked table by table. From then on this computer uses the server; the file on this computer is left as it is, as a way back.

Do this while nobody else is using the shop. Move it now?</source>
            <translation>Elke klant, verkoop, opdracht en instelling van deze winkel wordt gekopieerd naar de database {database} op {host} en daarna tabel voor tabel gecontroleerd. Vanaf dat moment gebruikt deze computer de server; het bestand op deze computer blijft zoals het is, als weg terug.

Doe dit terwijl niemand anders de winkel gebruikt. Nu verhuizen?</translation>
        </message>
        <message>
            <source>Moving the shop to the server and checking every table…</source>
            <translation>De winkel naar de server verhuizen en elke tabel controleren…</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n tabel</numerusform>
                <numerusform>%n tabellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) in {tables}, each checked</source>
            <translation>
                <numerusform>%Ln record in {tables}, gecontroleerd</numerusform>
                <numerusform>%Ln records in {tables}, elk gecontroleerd</numerusform>
            </translation>
        </message>
        <message>
            <source>The shop is on the server</source>
            <translation>De winkel staat op de server</translation>
        </message>
        <message>
            <source>Moved: {moved}. This computer now uses the server; connect the other computers with Settings → Shop server.</source>
            <translation>Verhuisd: {moved}. Deze computer gebruikt nu de server; verbind de andere computers via Instellingen → Winkelserver.</translation>
        </message>
        <message>
            <source>Opening the shop's file on this computer…</source>
            <translation>Het bestand van de winkel op deze computer openen…</translation>
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit's status</comment>
            <translation>gepland</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a visit's status</comment>
            <translation>uitgevoerd</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit's status</comment>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>No action for</source>
            <translation>Laatste actie</translation>
        </message>
        <message>
            <source>today</source>
            <comment>no action for: none since today</comment>
            <translation>vandaag</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag geleden</numerusform>
                <numerusform>%n dagen geleden</numerusform>
            </translation>
        </message>
        <message>
            <source>How many days</source>
            <translation>Hoeveel dagen</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Print the day's job sheets…</source>
            <translation>Werkbonnen van de dag afdrukken…</translation>
        </message>
        <message>
            <source>One PDF: a job sheet for each visit of the day and each open job due by then (it says how many)</source>
            <translation>Eén PDF: een werkbon voor elk bezoek van de dag en voor elke openstaande opdracht die dan klaar moet zijn (er staat bij hoeveel)</translation>
        </message>
        <message>
            <source>Procedures…</source>
            <translation>Procedures…</translation>
        </message>
        <message>
            <source>Edit the checklist templates technicians apply to jobs</source>
            <translation>De checklistsjablonen bewerken die technici op opdrachten toepassen</translation>
        </message>
        <message>
            <source>Take a unit in: scan its serial/IMEI ⏎</source>
            <translation>Apparaat innemen: scan het serienummer/IMEI ⏎</translation>
        </message>
        <message>
            <source>Open service jobs</source>
            <translation>Openstaande serviceopdrachten</translation>
        </message>
        <message>
            <source>&lt;b&gt;Visits, week of {monday} – {sunday}&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Bezoeken, week van {monday} – {sunday}&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Visits on {day}&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Bezoeken op {day}&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; (everyone's, {count}): the longest without action first</source>
            <translation>&lt;b&gt;Openstaande opdrachten&lt;/b&gt; (van iedereen, {count}): langst zonder actie eerst</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; ({technician}'s, {count}): the longest without action first</source>
            <translation>&lt;b&gt;Openstaande opdrachten&lt;/b&gt; (van {technician}, {count}): langst zonder actie eerst</translation>
        </message>
        <message>
            <source>Double-click a visit or a job to open it.</source>
            <translation>Dubbelklik op een bezoek of opdracht om die te openen.</translation>
        </message>
        <message>
            <source>Nothing here yet. Service jobs are opened from a customer's page (New service job…); visits are booked from the job.</source>
            <translation>Hier staat nog niets. Serviceopdrachten worden geopend vanaf de pagina van een klant (Nieuwe serviceopdracht…); bezoeken worden vanuit de opdracht geboekt.</translation>
        </message>
        <message>
            <source>{serial} was not sold here: open the customer's page (or create them), then New service job…</source>
            <translation>{serial} is hier niet verkocht: open de pagina van de klant (of maak de klant aan) en kies dan Nieuwe serviceopdracht…</translation>
        </message>
        <message>
            <source>Print the day's job sheets</source>
            <translation>Werkbonnen van de dag afdrukken</translation>
        </message>
        <message>
            <source>No visits on {day} and no open job due by then: nothing to print.
{left_out}</source>
            <translation>Geen bezoeken op {day} en geen openstaande opdracht die dan klaar moet zijn: niets af te drukken.
{left_out}</translation>
        </message>
        <message>
            <source>Print {sheets}?</source>
            <translation>{sheets} afdrukken?</translation>
        </message>
        <message>
            <source>Job sheets of {technician}, {date}</source>
            <translation>Werkbonnen van {technician}, {date}</translation>
        </message>
        <message>
            <source>procedure</source>
            <translation>procedure</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Procedures</translation>
        </message>
        <message>
            <source>One step per line</source>
            <translation>Eén stap per regel</translation>
        </message>
        <message>
            <source>New procedure</source>
            <translation>Nieuwe procedure</translation>
        </message>
        <message>
            <source>Retired procedures are no longer offered; jobs keep their checklists</source>
            <translation>Procedures die buiten gebruik zijn, worden niet meer aangeboden; opdrachten behouden hun checklists</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Waarvoor het dient</translation>
        </message>
        <message>
            <source>shop details</source>
            <translation>winkelgegevens</translation>
        </message>
        <message>
            <source>Shop details</source>
            <translation>Winkelgegevens</translation>
        </message>
        <message>
            <source>e.g. Hélène Marchand</source>
            <translation>bijv. Sanne de Vries</translation>
        </message>
        <message>
            <source>Two letters, e.g. FR, GB, US: phone numbers typed without +country use it</source>
            <translation>Twee letters, bijv. NL, BE, DE: telefoonnummers die zonder +landcode worden getypt, gebruiken dit land</translation>
        </message>
        <message>
            <source>How amounts are written on screen and on paper: grouping, decimal mark, where the symbol goes</source>
            <translation>Hoe bedragen op het scherm en op papier worden geschreven: groepering, decimaalteken, plaats van het valutasymbool</translation>
        </message>
        <message>
            <source>Printed on warranty certificates; leave empty for the standard text</source>
            <translation>Afgedrukt op garantiebewijzen; laat leeg voor de standaardtekst</translation>
        </message>
        <message>
            <source>A PNG or JPEG printed at the top of job sheets (optional)</source>
            <translation>Een PNG of JPEG die bovenaan werkbonnen wordt afgedrukt (optioneel)</translation>
        </message>
        <message>
            <source>As usual in the shop's country</source>
            <translation>Zoals gebruikelijk in het land van de winkel</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>paper size</comment>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Printed on intake receipts; leave empty for the standard text</source>
            <translation>Afgedrukt op innamebonnen; laat leeg voor de standaardtekst</translation>
        </message>
        <message>
            <source>Half a page (the paper above)</source>
            <translation>Een halve pagina (het papier hierboven)</translation>
        </message>
        <message>
            <source>80 mm thermal roll</source>
            <translation>Thermische rol van 80 mm</translation>
        </message>
        <message>
            <source>No (print it from the job when wanted)</source>
            <translation>Nee (druk hem af vanuit de opdracht wanneer nodig)</translation>
        </message>
        <message>
            <source>Ask each time</source>
            <translation>Elke keer vragen</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Altijd</translation>
        </message>
        <message>
            <source>Width x height of the labels in millimetres, e.g. 62x29</source>
            <translation>Breedte x hoogte van de etiketten in millimeters, bijv. 62x29</translation>
        </message>
        <message>
            <source>What one call or message costs you, e.g. {example} (for the Reports page)</source>
            <translation>Wat één gesprek of bericht u kost, bijv. {example} (voor de pagina Rapporten)</translation>
        </message>
        <message>
            <source>Your name (owner) *</source>
            <translation>Uw naam (eigenaar) *</translation>
        </message>
        <message>
            <source>You are the shop's first person: owner, sales and technician until colleagues join (Settings → Staff). Everything is saved in the name of the person at the keyboard.</source>
            <translation>U bent de eerste persoon van de winkel: eigenaar, balie en technicus, totdat er collega's bijkomen (Instellingen → Personeel). Alles wordt opgeslagen op naam van de persoon achter het toetsenbord.</translation>
        </message>
        <message>
            <source>Shop name *</source>
            <translation>Naam winkel *</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Money format</source>
            <translation>Geldnotatie</translation>
        </message>
        <message>
            <source>Warranty terms</source>
            <translation>Garantievoorwaarden</translation>
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
            <translation>Voorwaarden op de bon</translation>
        </message>
        <message>
            <source>Receipt format</source>
            <translation>Formaat bon</translation>
        </message>
        <message>
            <source>Receipt at intake</source>
            <translation>Bon bij inname</translation>
        </message>
        <message>
            <source>Label size (mm)</source>
            <translation>Etiketformaat (mm)</translation>
        </message>
        <message>
            <source>Cost per contact</source>
            <translation>Kosten per contact</translation>
        </message>
        <message>
            <source>Type a currency code such as EUR, GBP or USD.</source>
            <translation>Typ een valutacode zoals EUR, GBP of USD.</translation>
        </message>
        <message>
            <source>Amounts look like {formatted}; typed as {typed}</source>
            <translation>Bedragen zien eruit als {formatted}; getypt als {typed}</translation>
        </message>
        <message>
            <source>Cost per contact: {problem}</source>
            <translation>Kosten per contact: {problem}</translation>
        </message>
        <message>
            <source>Choose the shop's logo</source>
            <translation>Kies het logo van de winkel</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialen</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>set</source>
            <comment>a PIN is set</comment>
            <translation>ingesteld</translation>
        </message>
        <message>
            <source>working</source>
            <comment>a person's status</comment>
            <translation>in dienst</translation>
        </message>
        <message>
            <source>retired {date}</source>
            <translation>uit dienst sinds {date}</translation>
        </message>
        <message>
            <source>person's details</source>
            <translation>persoonsgegevens</translation>
        </message>
        <message>
            <source>Edit a person</source>
            <translation>Persoon bewerken</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Persoon toevoegen</translation>
        </message>
        <message>
            <source>e.g. Tomás Ferreira</source>
            <translation>bijv. Daan Jansen</translation>
        </message>
        <message>
            <source>from the name when left blank</source>
            <translation>uit de naam als u dit leeg laat</translation>
        </message>
        <message>
            <source>Roles *</source>
            <translation>Rollen *</translation>
        </message>
        <message>
            <source>A one-person shop is owner, sales and technician. Follow-ups “for a technician” go to the technician with the least open work; with nobody in a role, they go to the owner.</source>
            <translation>Wie alleen een winkel runt, is eigenaar, balie én technicus. Opvolgingen “voor een technicus” gaan naar de technicus met het minste openstaande werk; is er niemand in een rol, dan gaan ze naar de eigenaar.</translation>
        </message>
        <message>
            <source>optional: 4 to 8 digits, asked when switching to this person</source>
            <translation>optioneel: 4 tot 8 cijfers, gevraagd bij het wisselen naar deze persoon</translation>
        </message>
        <message>
            <source>Retire {name}</source>
            <translation>{name} uit dienst melden</translation>
        </message>
        <message>
            <source>{name} still has {work}. All of it goes to the colleague chosen here.</source>
            <translation>{name} heeft nog {work}. Dat gaat allemaal naar de collega die u hier kiest.</translation>
        </message>
        <message>
            <source>{name} has no open work. Their name stays on everything they did.</source>
            <translation>{name} heeft geen openstaand werk. De naam blijft staan bij alles wat deze persoon heeft gedaan.</translation>
        </message>
        <message>
            <source>— nobody —</source>
            <translation>— niemand —</translation>
        </message>
        <message>
            <source>— choose a colleague —</source>
            <translation>— kies een collega —</translation>
        </message>
        <message>
            <source>Hand the work to</source>
            <translation>Werk overdragen aan</translation>
        </message>
        <message>
            <source>crm_desktop will speak {language} from its next start. Restart it now?</source>
            <translation>crm_desktop spreekt {language} vanaf de volgende start. Nu opnieuw starten?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Nu opnieuw starten</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Your shop's name, address, currency, money format, logo and paper.</source>
            <translation>Naam, adres, valuta, geldnotatie, logo en papier van uw winkel.</translation>
        </message>
        <message>
            <source>Edit shop details…</source>
            <translation>Winkelgegevens bewerken…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Taal…</translation>
        </message>
        <message>
            <source>What customers ask that is not a repair, and the checklist each kind applies.</source>
            <translation>Wat klanten vragen dat geen reparatie is, en de checklist die elke soort toepast.</translation>
        </message>
        <message>
            <source>Kinds of request…</source>
            <translation>Soorten verzoek…</translation>
        </message>
        <message>
            <source>E-mail and SMS to customers: the mail server, the SMS provider, the outbox.</source>
            <translation>E-mail en SMS aan klanten: de mailserver, de SMS-aanbieder, het postvak uit.</translation>
        </message>
        <message>
            <source>Messages…</source>
            <translation>Berichten…</translation>
        </message>
        <message>
            <source>Outbox…</source>
            <translation>Postvak uit…</translation>
        </message>
        <message>
            <source>Templates…</source>
            <translation>Sjablonen…</translation>
        </message>
        <message>
            <source>What each message says, and whether it goes by itself or after asking</source>
            <translation>Wat elk bericht zegt, en of het automatisch of na een vraag wordt verstuurd</translation>
        </message>
        <message>
            <source>The automatic backups, Back up now, a second folder, Restore.</source>
            <translation>De automatische back-ups, Nu back-up maken, een tweede map, Terugzetten.</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Back-ups…</translation>
        </message>
        <message>
            <source>Shop server…</source>
            <translation>Winkelserver…</translation>
        </message>
        <message>
            <source>Several computers share this shop on a PostgreSQL server: {server}.</source>
            <translation>Meerdere computers delen deze winkel op een PostgreSQL-server: {server}.</translation>
        </message>
        <message>
            <source>One computer: the shop is a file on this computer. Share it between several on a server.</source>
            <translation>Eén computer: de winkel is een bestand op deze computer. Deel hem tussen meerdere computers via een server.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personeel</translation>
        </message>
        <message>
            <source>Everyone who serves customers or repairs units. Every change in crm_desktop is saved in the name of the person at the keyboard (bottom right of the window). People are retired, never deleted: their names stay on what they did.</source>
            <translation>Iedereen die klanten helpt of apparaten repareert. Elke wijziging in crm_desktop wordt opgeslagen op naam van de persoon achter het toetsenbord (rechtsonder in het venster). Mensen worden uit dienst gemeld, nooit verwijderd: hun naam blijft staan bij wat ze hebben gedaan.</translation>
        </message>
        <message>
            <source>Show retired people</source>
            <translation>Mensen uit dienst tonen</translation>
        </message>
        <message>
            <source>Add a person…</source>
            <translation>Persoon toevoegen…</translation>
        </message>
        <message>
            <source>Set or remove PIN…</source>
            <translation>Pincode instellen of verwijderen…</translation>
        </message>
        <message>
            <source>Retire…</source>
            <translation>Uit dienst melden…</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Terug in dienst</translation>
        </message>
        <message>
            <source>This computer speaks {now}; {next} from the next start.</source>
            <translation>Deze computer spreekt {now}; {next} vanaf de volgende start.</translation>
        </message>
        <message>
            <source>This computer speaks {language}: the window, the documents, the command line.</source>
            <translation>Deze computer spreekt {language}: het venster, de documenten, de opdrachtregel.</translation>
        </message>
        <message>
            <source>New PIN for {name} (4 to 8 digits; leave empty to remove the PIN):</source>
            <translation>Nieuwe pincode voor {name} (4 tot 8 cijfers; laat leeg om de pincode te verwijderen):</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Calls and messages</source>
            <translation>Gesprekken en berichten</translation>
        </message>
        <message>
            <source>Satisfaction checks</source>
            <translation>Tevredenheidspeilingen</translation>
        </message>
        <message>
            <source>Warranty notices</source>
            <translation>Garantieberichten</translation>
        </message>
        <message>
            <source>Service reminders</source>
            <translation>Onderhoudsherinneringen</translation>
        </message>
        <message>
            <source>Recovery calls</source>
            <translation>Herstelgesprekken</translation>
        </message>
        <message numerus="yes">
            <source>{section} ({count}) — showing the %n most urgent</source>
            <translation>
                <numerusform>{section} ({count}) — de %n meest dringende getoond</numerusform>
                <numerusform>{section} ({count}) — de %n meest dringende getoond</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>idle %n d</source>
            <translation>
                <numerusform>%n d zonder actie</numerusform>
                <numerusform>%n d zonder actie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{date} (%n d late)</source>
            <translation>
                <numerusform>{date} (%n d te laat)</numerusform>
                <numerusform>{date} (%n d te laat)</numerusform>
            </translation>
        </message>
        <message>
            <source>{phone} — click to copy</source>
            <translation>{phone} — klik om te kopiëren</translation>
        </message>
        <message>
            <source>Only the follow-ups assigned to one person</source>
            <translation>Alleen de opvolgingen die aan één persoon zijn toegewezen</translation>
        </message>
        <message>
            <source>Which kinds of work</source>
            <translation>Welke soorten werk</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>Afronden…</translation>
        </message>
        <message>
            <source>Reschedule…</source>
            <translation>Verzetten…</translation>
        </message>
        <message>
            <source>Skip…</source>
            <translation>Overslaan…</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Overdragen…</translation>
        </message>
        <message>
            <source>Give the selected follow-ups to a colleague</source>
            <translation>De geselecteerde opvolgingen aan een collega geven</translation>
        </message>
        <message>
            <source>Select several follow-ups (Ctrl or Shift + click) to do them all at once</source>
            <translation>Selecteer meerdere opvolgingen (Ctrl of Shift + klik) om ze in één keer af te handelen</translation>
        </message>
        <message>
            <source>The message telling the customer where it stands, ready to send</source>
            <translation>Het bericht dat de klant laat weten hoe het ervoor staat, klaar om te versturen</translation>
        </message>
        <message>
            <source>Select the long overdue</source>
            <translation>Lang achterstallige selecteren</translation>
        </message>
        <message>
            <source>Follow-ups more than 90 days late: select them all to reschedule, skip or hand them over</source>
            <translation>Opvolgingen die meer dan 90 dagen te laat zijn: selecteer ze allemaal om ze te verzetten, over te slaan of over te dragen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Call list…</source>
            <translation>Bellijst…</translation>
        </message>
        <message>
            <source>Work through today's calls one at a time (Ctrl+L)</source>
            <translation>De gesprekken van vandaag één voor één afwerken (Ctrl+L)</translation>
        </message>
        <message>
            <source>Today's work, most urgent first</source>
            <translation>Het werk van vandaag, dringendste eerst</translation>
        </message>
        <message>
            <source>Loading today's work…</source>
            <translation>Werk van vandaag laden…</translation>
        </message>
        <message>
            <source>Today — {date}</source>
            <translation>Vandaag — {date}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n message(s) to customers could not be sent.&lt;/b&gt; &lt;a href='outbox'&gt;Open the outbox&lt;/a&gt; to read why and send again.</source>
            <translation>
                <numerusform>&lt;b&gt;%n bericht aan klanten kon niet worden verstuurd.&lt;/b&gt; &lt;a href='outbox'&gt;Open het postvak uit&lt;/a&gt; om te lezen waarom en het opnieuw te versturen.</numerusform>
                <numerusform>&lt;b&gt;%n berichten aan klanten konden niet worden verstuurd.&lt;/b&gt; &lt;a href='outbox'&gt;Open het postvak uit&lt;/a&gt; om te lezen waarom en ze opnieuw te versturen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n overdue&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b style='color:{color}'&gt;%n te laat&lt;/b&gt;</numerusform>
                <numerusform>&lt;b style='color:{color}'&gt;%n te laat&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing overdue</source>
            <translation>niets te laat</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n due today&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n voor vandaag&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n voor vandaag&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the next 7 days</source>
            <translation>
                <numerusform>%n in de komende 7 dagen</numerusform>
                <numerusform>%n in de komende 7 dagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n broken promise(s)</source>
            <translation>
                <numerusform>%n niet nagekomen toezegging</numerusform>
                <numerusform>%n niet nagekomen toezeggingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n slipping promise(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b style='color:{color}'&gt;%n toezegging die uitloopt&lt;/b&gt;</numerusform>
                <numerusform>&lt;b style='color:{color}'&gt;%n toezeggingen die uitlopen&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for news</source>
            <translation>
                <numerusform>%n wacht op nieuws</numerusform>
                <numerusform>%n wachten op nieuws</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open with no action for {days} days</source>
            <translation>
                <numerusform>%n open, al {days} dagen zonder actie</numerusform>
                <numerusform>%n open, al {days} dagen zonder actie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n long overdue</source>
            <translation>
                <numerusform>%n lang achterstallig</numerusform>
                <numerusform>%n lang achterstallig</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open request</source>
            <translation>Verzoek &amp;openen</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>Klant &amp;openen</translation>
        </message>
        <message>
            <source>Copied {phone} ({customer})</source>
            <translation>{phone} gekopieerd ({customer})</translation>
        </message>
        <message>
            <source>There is no message to send for “{what}”: it is not a reminder, the customer said no or has no address for it, or messages are not set up (Settings → Messages). Call them, or log the contact.</source>
            <translation>Er is geen bericht te versturen voor “{what}”: het is geen herinnering, de klant heeft nee gezegd of heeft er geen adres voor, of berichten zijn niet ingesteld (Instellingen → Berichten). Bel de klant, of leg het contactmoment vast.</translation>
        </message>
        <message>
            <source>Ending within</source>
            <translation>Eindigt binnen</translation>
        </message>
        <message>
            <source>Ended in the last</source>
            <translation>Geëindigd in de afgelopen</translation>
        </message>
        <message>
            <source>All active</source>
            <translation>Alle actieve</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Verkoop</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Eindigt</translation>
        </message>
        <message>
            <source>Scan or type a serial / IMEI and press Enter</source>
            <translation>Scan of typ een serienummer / IMEI en druk op Enter</translation>
        </message>
        <message>
            <source>Within how many days</source>
            <translation>Binnen hoeveel dagen</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagen</translation>
        </message>
        <message>
            <source>Open customer</source>
            <translation>Klant openen</translation>
        </message>
        <message>
            <source>Print certificate…</source>
            <translation>Garantiebewijs afdrukken…</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) — the first %n</source>
            <translation>
                <numerusform>%n artikel — de eerste %n</numerusform>
                <numerusform>%n artikelen — de eerste %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sold item(s) with serial {serial}</source>
            <translation>
                <numerusform>%n verkocht artikel met serienummer {serial}</numerusform>
                <numerusform>%n verkochte artikelen met serienummer {serial}</numerusform>
            </translation>
        </message>
        <message>
            <source>No sold item has the serial “{serial}”.</source>
            <translation>Geen verkocht artikel heeft het serienummer “{serial}”.</translation>
        </message>
        <message>
            <source>Warranty certificate, {number}</source>
            <translation>Garantiebewijs, {number}</translation>
        </message>
        <message>
            <source>“{text}” is not a date like {example}.</source>
            <translation>“{text}” is geen datum zoals {example}.</translation>
        </message>
        <message>
            <source>Discard the typed {what}?</source>
            <translation>De ingevoerde gegevens ({what}) weggooien?</translation>
        </message>
        <message>
            <source>It has not been saved.</source>
            <translation>Dit is nog niet opgeslagen.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Weggooien</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Verder bewerken</translation>
        </message>
        <message>
            <source>details</source>
            <translation>details</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>iemand anders</translation>
        </message>
        <message>
            <source>Changed elsewhere by {who} at {time}. What you typed is kept: {what}</source>
            <translation>Elders gewijzigd door {who} om {time}. Wat u hebt ingevoerd, blijft staan: {what}</translation>
        </message>
        <message>
            <source>Changed elsewhere by {who}. What you typed is kept: {what}</source>
            <translation>Elders gewijzigd door {who}. Wat u hebt ingevoerd, blijft staan: {what}</translation>
        </message>
        <message>
            <source>New date for {what}:</source>
            <translation>Nieuwe datum voor {what}:</translation>
        </message>
        <message>
            <source>Why the date moves — told to the customer, kept in the history</source>
            <translation>Waarom de datum verschuift — wordt aan de klant gemeld en in de historie bewaard</translation>
        </message>
        <message>
            <source>It is already due on {date}: pick the new date.</source>
            <translation>Dit staat al gepland op {date}: kies de nieuwe datum.</translation>
        </message>
        <message>
            <source>Say why the date moves: the customer is told, and it is kept with the promise.</source>
            <translation>Geef aan waarom de datum verschuift: de klant wordt op de hoogte gebracht en de reden wordt bij de toezegging bewaard.</translation>
        </message>
    </context>
</TS>
