<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Opening {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the shop server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crm_desktop: unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside crm_desktop ({kind}: {error}). Nothing that was saved before is lost. The details are in the log file in the data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crm_desktop cannot open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Damaged: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crm_desktop backs the database up every day it opens and before every upgrade, in {folder}. Each backup below is checked by SQLite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A USB stick or a network share that receives a copy of each backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No second folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second folder: none (a USB stick or share is safer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backups yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n backup(s), {damaged} damaged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), all sound</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Backup written to {file}. A copy is in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The second folder for backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups (*.sqlite3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace all the shop's data with the backup of {backup}?

Everything saved since then is replaced. The data as it is now is backed up first (kept in the list as 'Before a restore'), and customers erased since are erased again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup of {backup}; the data as it was is kept as 'Before a restore'.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n customer(s) erased since (was|were) erased again.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They answered: save their score and words, if given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No answer – retry tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged; the call is due again the next working day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Left a message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged; the call comes back in two working days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Wrong number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged; the customer is tagged so someone fixes the number</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n reached</source>
            <comment>calls of the call list</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no answer</source>
            <comment>calls of the call list</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left a message</source>
            <comment>calls of the call list</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wrong number</source>
            <comment>calls of the call list</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent the update instead</source>
            <comment>calls of the call list</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (still on Today)</source>
            <comment>calls of the call list</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>customer's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading today's calls…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No phone number on file: open the customer to add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 — very unhappy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 — very happy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 or 2 books a recovery call for the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the &amp;update…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The prepared message, by e-mail or SMS, instead of this call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next call, recording nothing: this one stays on Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All calls done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their score — the point of this call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their opinion, asked on every call (if they give it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's own words (kept when they were reached)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they said about the news (kept when they were reached)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} — click to copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>click a number to copy it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No calls are due today.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{made} of %n call(s) recorded: {outcomes}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied {number} ({customer})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ {customer}: the update was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ {customer}: {outcome}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <comment>a serial number is needed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired</source>
            <comment>a product no longer sold</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New category…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In {currency}, e.g. {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as its category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each unit has a serial number or IMEI, asked at the sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After-sales plan</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{category} (%n month(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the shop sells. A product's warranty and after-sales plan are used when it is sold: the follow-ups are scheduled from the plan. To record a sale, open the customer and choose &lt;b&gt;New sale…&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show retired products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New product…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A category's default warranty and after-sales plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up plans…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What a sale schedules: thank-you call, satisfaction check, reminders…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pu&amp;t back on sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category to edit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan to edit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt; at {time} on {date}, while you had it open. Nothing of yours has been saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt;, while you had it open. Nothing of yours has been saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload shows their version (what you typed is discarded). Keep mine saves yours over theirs; the history records that you did. Cancel takes you back to your form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, agrees to be contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact, please</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>customer details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as the customer says it, e.g. 06 12 34 56 78 or +44 20 7946 0958</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma separated, e.g. vip, business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;a href='{customer_id}'&gt;{name}&lt;/a&gt; already has this {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicate: {matches} Save anyway, or open them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reloaded: this is their version now. Change it and save, or close.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: someone else changed this customer. Save again to choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save shows their change beside yours, and lets you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{items} — show them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule a follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a promise…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New sale…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a sale for this customer; its follow-ups are scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New service job…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a unit in for repair: its warranty is checked; select a sold item first to take that one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New request…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something the customer asks the shop to do or solve that is not a repair: an activation, a duplicate SIM, a billing question, a complaint… It stays on the lists until it is resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's whole history (or a period of it) as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected sale, service job or request (or double-click it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move promise date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an open promise; the new date needs a reason, and every move is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A ready-to-send message on the selected promise or job; logged on the history when sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broken…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The promise will not be kept: say what the shop will do about it; the owner gets a recovery call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel promise…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is owed any more (say why)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void this sale…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a sale in the history first; its open follow-ups are cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change sale date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the date of the selected sale; its open follow-ups move with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge a duplicate, archive; a vCard for an address book, the customer's own data, or erasing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge a duplicate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export vCard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's phones, e-mail, address and company, for an address book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails and text messages: what the customer said, and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export this customer's data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase this customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With the selected line:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only open items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is still to do or running: follow-ups, promises, jobs, requests</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Plans beyond %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Yearly reminders and warranty notices further ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing yet: no sales, jobs, promises or contacts for this customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;span style='color:{color}'&gt;(archived)&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No phone or email on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is {sale} voided? Its open follow-ups are cancelled with this reason; what was already done stays in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change sale date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The correct date of {sale} (YYYY-MM-DD). Its open follow-ups and warranty move with it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a date like 2026-03-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move promise date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will the shop do about it? (kept with the promise; the owner gets a recovery call)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is nothing owed any more?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why: the reason is kept with the promise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive {customer}? They disappear from lists but keep their whole history, and search finds them with “Show the archive”. You can restore them any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only customers with this tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived customers are kept with their history but hidden from lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customers yet. &lt;b&gt;New customer…&lt;/b&gt; (Ctrl+N) adds the first one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln archived customer(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sales, one line per item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts with customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar: follow-ups, visits, promises (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every customer as a vCard (.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (any spreadsheet, UTF-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iCalendar (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard (.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard (*.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export sales with items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export service jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export vcards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers ({what}) written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales with items ({what}) written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups ({what}) written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service jobs ({what}) written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests ({what}) written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts ({what}) written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar ({what}) written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCards ({what}) written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the calendar in this folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it up to date in a folder, for a calendar app to subscribe to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, company, e-mail, phones as typed, address, tags, notes: the columns an import reads back. Archived customers are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale numbers, items with serials, prices and warranty dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open follow-ups and promises on their day, visits at their hours. A calendar that imports the file again updates its events instead of doubling them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones (mobile, home, work), e-mail, address and company, for a phone's address book; the shop's notes stay here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The numbers people see (S-0042, J-0042, R-0042), names and dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept up to date: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No folder: the calendar is written only when you export it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar will be kept in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar is no longer kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard of {name} written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export vCard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar not updated: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete: {follow_up}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, what the customer said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's own words about the product or the service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A score of 1 or 2 schedules a recovery call for the owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule: {follow_up}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new date and reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it moves (kept with the follow-up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip: {follow_up}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this follow-up is not needed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Reschedule %n follow-up(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Skip %n follow-up(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Hand over %n follow-up(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers} and {more} more.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Why they move (kept with each follow-up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <comment>hand the follow-ups over to a person</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why they are not needed any more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the customer's history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <comment>the last day of a period</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything since the customer's first visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop's copy: include the internal notes (not for the customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's copy leaves out tags, notes, warranty-override reasons, the diagnosis, staff names, follow-ups and what was said in each contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of {customer}: the last 12 months unless you choose otherwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends before it starts; swap the dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <comment>an import row's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already here</source>
            <comment>an import row's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>update</source>
            <comment>an import row's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <comment>an import row's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <comment>the button that starts it</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some rows have problems: correct the file, or tick 'Skip the rows with problems'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling… nothing will be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) or contacts exported as vCard (.vcf).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer files (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}. Column names found on line {line}: {columns}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which column holds what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guessed from the column names; the choice is remembered for next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the mapping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a mapping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose when the file needs it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point: 1234.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma: 1234,50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decimal separator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mapping (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping cannot be saved: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check before importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is saved until you click Import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave what is already here as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update it from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the rows with problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales: only schedule follow-ups still ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop &amp;checking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking stopped. Nothing was saved; click Check again to see the rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already here — {duplicate}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems, nothing already here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start diagnosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repairing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel job…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the warranty check says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covered: the shop pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billable: the customer pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goodwill: free, not a warranty claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <comment>a priority</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <comment>a priority</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <comment>a priority</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent</source>
            <comment>a priority</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <comment>a promise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept</source>
            <comment>a promise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>broken</source>
            <comment>a promise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <comment>a promise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>covered</source>
            <comment>warranty found at intake</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expired</source>
            <comment>warranty found at intake</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sold here</source>
            <comment>warranty found at intake</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <comment>warranty found at intake</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>covered</source>
            <comment>who pays for a job</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>billable</source>
            <comment>who pays for a job</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goodwill</source>
            <comment>who pays for a job</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <comment>a visit</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New service job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>service job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another unit (type it below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make and model, e.g. Samsung Galaxy A54</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial or IMEI (scan it): the warranty is looked up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the decision differs from the warranty check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer says is wrong, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charger, case, SIM card… (what stays with the unit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scratches, dents, cracked glass…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No preference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <comment>how a contact happened</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assigned yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit sold here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial / IMEI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accessories left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{warranty} · bought by another customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qty / h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Labour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warranty</source>
            <comment>who pays for a line</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>customer</source>
            <comment>who pays for a line</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a part or labour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part or labour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Labour (hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what it costs the shop, e.g. {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what the customer would pay, e.g. {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covered by the warranty (the shop pays)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity / hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity: “{text}” is not a number like 1 or 0.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <comment>a time</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <comment>a time</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the customer's (on site)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank: the customer's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <comment>between two times</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes are saved in this person's name; switch at the bottom of the main window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts and labour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add part or labour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected line off (kept in the job's audit trail)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technician's notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply a procedure…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule a visit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit done…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move ready-by date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record exchange…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another promise about this job, e.g. “we call you Friday”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print job sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print receipt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The intake receipt for the customer (format: File → Shop details)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print label…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A label for the unit: the job's, or the serial's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the notes shows their change beside yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You: {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You: not chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial: {serial} → replaced by {replacement}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial: {serial}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty at intake: {status}; now: {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who pays: {decision} (override: {reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who pays: {decision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready by {date} · {promise} · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moved {old} → {new}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last action today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last action</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Parts {parts} · labour {labour} · customer pays {billable} · warranty cost to the shop {covered}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticked {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No checklist yet: apply a procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is the job cancelled?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the line to remove first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a visit in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no procedures yet; add one from the Service page (Procedures…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply a procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Procedure:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record an exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial or IMEI of the replacement unit
(the warranty end of the original sale is kept):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The replacement keeps the original warranty end, {date}. Keep it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New warranty end (YYYY-MM-DD):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why does the replacement's warranty end differ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was promised?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By when? (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the ready-by date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the job's ready-by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job sheet {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial label ({serial})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial label (no serial)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This unit has no serial number to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the intake receipt of {job} for the customer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the customer · {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the message, then send it, copy it or open it in your e-mail program:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send by &amp;e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send by &amp;SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy and log as sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open in e-mail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer has no e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your repair {job}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>News from the shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send it now from the shop to {recipient}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As an SMS: {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in the outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent yet: {error} It is in the outbox (Settings → Outbox), tried again by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server did not take it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No e-mail program answered; the message is copied instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the window, of the printed documents and of the command line on this computer. A customer whose record names a language gets their documents in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the computer ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It takes effect when crm_desktop starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;sale…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New service &amp;job…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a customer's page: take a unit in; elsewhere: scan its serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;request…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a customer's page: something they ask the shop to do or solve (an activation, a duplicate SIM, a complaint…); elsewhere: find the customer first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers, sales, follow-ups, jobs, requests, contacts (CSV, Excel); the calendar; vCards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's history, the day's job sheets on the Service page, or the metrics on Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About crm_desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop &amp;details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop ser&amp;ver…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share the shop between several computers on a PostgreSQL server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore a sample s&amp;hop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to &amp;my shop's database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also find archived customers (merged duplicates, old accounts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This copy can't be changed: {reason}. You can look customers up and print; saving is refused. To work in it, copy it to a folder you can write in, or ask for write access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: {database}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes made on other workstations no longer appear by themselves: reopen the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated with what another workstation saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;{overdue} overdue&lt;/b&gt; · &lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's automatic backup is made: {file}. {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's automatic backup is made: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's automatic backup could not be made: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or type the unit's serial, or open the customer's page first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find the customer (name, phone…) and open them, then New request… (Ctrl+R).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To print, open a customer's page (their history), Service (the day's job sheets) or Reports (the metrics).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Your own data is in its own database (File → Back to my shop's database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Keep your own shop's records in a database of their own, not in this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shop} — crm_desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the customer first (search with Ctrl+K, or Ctrl+N for a new one), then choose New sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the sample shop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About crm_desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;After-sales service for small shops.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Data folder: {data_folder}&lt;br&gt;Backups: {backups}&lt;br&gt;Schema revision: {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge a duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find the duplicate of &lt;b&gt;{customer}&lt;/b&gt;. All its sales, service jobs, promises, follow-ups and contacts move here; the duplicate is archived with a note saying where it went.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name, phone or email of the duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge into this customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move everything of “{duplicate}” (#{duplicate_id}) into “{customer}” (#{customer_id}) and archive the duplicate? This cannot be undone in one click.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STARTTLS (port 587, the usual)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TLS from the start (port 465)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: a server on the shop's own network only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <comment>state of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <comment>state of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <comment>state of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <comment>state of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>state of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crm_desktop can tell customers that their job is ready, that a promised date moved, or ask how their product works — by e-mail through your own mail server, and by SMS through your SMS provider. Passwords are kept in this computer's keyring, never in the shop's file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smtp.example.com (your e-mail provider tells you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the usual one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>usually the shop's e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shop@example.com: customers see it and can reply to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default: the shop's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mail &amp;server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;curity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save e-mail settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your own address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a &amp;test message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your SMS provider's documentation gives its web address and the names of its fields. Write each field as name=value; {to} is the customer's mobile number, {text} the message, {sender} the sender name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>POST as a form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>POST as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>up to 11 letters, e.g. VeloCo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Bearer 1234abcd (kept in the keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authentication &amp;header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its &amp;value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save SMS settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept in the keyring: leave empty to keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: e-mail goes through {host}:{port}. Send a test message to check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to {recipient}. The server said: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: text messages go through {address}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <comment>whom a message goes to</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{state} (%n tr(y|ies))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Waiting to be tried again (%n tr(y|ies) so far): {error}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{state}: to {recipient}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the &amp;failed ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send what is waiting now, instead of within the minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue a failed message again (check first whether it arrived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not send this message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every message to a customer, newest first. A message waits its turn, is sent within the minute while crm_desktop is open, and is tried again for half a day if the server does not answer.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n failed&lt;/b&gt;: select one to read why.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Ask before sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send by itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never offer it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;By:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When it happens:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a customer's name, phone or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preview for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the built-in te&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It can use: {placeholders}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer found to show it for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject: {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS: {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the customer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell {customer}? The message goes from the shop now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail to {recipient}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS to {recipient}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the general answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact in general</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>consent answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact consent · {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agrees to be contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no contact, please</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In general (the customer's form): &lt;b&gt;{answer}&lt;/b&gt;. An answer for one channel overrides it for that channel: a customer who said no is never sent a message there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>asked at the counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Where the answer comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to crm_desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crm_desktop links every sale to what must happen after it: the thank-you call, the satisfaction check, warranty dates, service jobs and the promises made to the customer. Nothing depends on someone remembering, and the whole history of a customer is one search away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter my shop details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import customers from a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, Excel, LibreOffice or vCard: check everything before it is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore a sample shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens a separate database filled with made-up customers, sales and repairs. Your own database is not touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or start right away: &lt;b&gt;Ctrl+N&lt;/b&gt; adds a customer, &lt;b&gt;Ctrl+K&lt;/b&gt; searches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN of {person}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is at the keyboard?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose yourself, so the shop knows who did what. You can switch at any time from the bottom right of the window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shop has no staff yet. Add yourself in Settings → Staff first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not {person}'s PIN. Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who is at the keyboard first: nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is at the keyboard: every change is saved in their name. Click to switch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the &amp;keyboard: {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the &amp;keyboard: choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat every (months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assigned to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <comment>kind of follow-up</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <comment>kind of follow-up</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <comment>kind of follow-up</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days after the sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days from the warranty end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sales staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit follow-up plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New follow-up plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used for new sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Example: a call 3 days after the sale; a warranty notice −30 days from the warranty end; a service reminder 365 days after the sale, repeated every 12 months, 5 times in all. Changes apply to sales recorded from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default</source>
            <comment>times in all: as many as the plan usually repeats</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no warranty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default warranty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default after-sales plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer did not start. Check that it is switched on and ready, then print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{paper}, landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{paper}, portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no printer set up yet (Print… can write a PDF file)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n page(s) on {paper} · {where}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent {document} to {where} ({paper})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document has no pages to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing {document} for printing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Erasing removes &lt;b&gt;{name}&lt;/b&gt;'s personal data everywhere: name, company, e-mail, phones, address, notes and tags; what they said in contacts, requests, follow-ups and promises; the problem, accessories and condition written on their jobs; visit addresses; and their entries in search and in the audit trail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays, for the books:&lt;/b&gt; their sales (items, serials, amounts) and service jobs (the work done, parts and labour), under the name &lt;i&gt;Erased customer&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;This cannot be undone. Older backups still hold the data; restoring one erases them again.&lt;/p&gt;&lt;p&gt;Type the customer's name to confirm:&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase this customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the customer's name to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer erased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}'s personal data is erased. {sales} and {jobs} stay for the books under 'Erased customer'.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sale(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Where to save the customer's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written to {data} and {history}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}: the disk is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <comment>how a contact happened</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer contacted us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We contacted the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said, what was agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs action: open a request for it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It stays on Today's lists until it is resolved, with its owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} — applies “{procedure}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who started it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no kinds of request; add one in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Ask how the new washing machine works out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the shop promised, e.g. SIM active by Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promised *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every later change of this date will be kept, with its reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {value} (so far)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export tables to CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The metrics as a document: print it, or save it as a PDF (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <comment>the first day of the report</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <comment>the last day</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales by category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests by kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests by owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales by month ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction scores, average {average}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales by category ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {folder}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in {folder}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The figures are still being worked out: print again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low</source>
            <comment>a priority</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>normal</source>
            <comment>a priority</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high</source>
            <comment>a priority</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>urgent</source>
            <comment>a priority</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer asks, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No particular item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who follows it up until it is solved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is promised, e.g. New SIM active (default: the request)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything staff should know (not shown to the customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is asked *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick what kind of request this is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changes to the owner, priority and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise to the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise a date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept</source>
            <comment>a promise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broken…</source>
            <comment>a promise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the shop will do about it; the owner gets a recovery call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner, priority and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A call or message about this request (counts as an action on it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the unit in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A unit must come in for service: open a job; this request is resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt for the customer: the request's number and what was asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: {status} · priority {priority}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {date} by {who} · owner: {owner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About: {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why cancelled: {resolution}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {resolution}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken in for service as {job}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticked by {who} {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No checklist for this kind of request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No date promised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is it reopened?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why: the reason is kept with the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is promised?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the promised date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will the shop do about it? (the owner gets a recovery call)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said about {request}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind of request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kinds of request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offered for new requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A kind's checklist is copied onto each new request of that kind (edit checklists on the Service page → Procedures). A retired kind is no longer offered; requests keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} (retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why different</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New sale — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sold by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines of the sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving schedules the after-sales follow-ups of each product's plan (thank-you call, satisfaction check, warranty-ending call, service reminders).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(typed line, not in the catalogue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unit price in {currency}, e.g. {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <comment>no warranty end date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed from the product; change it only with a reason (kept in the audit trail)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only if the date was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}, line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: a warranty cannot be removed here; keep its end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: '{text}' is not a date like 2028-03-14.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Total: {amount}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the sale's date; its open follow-ups and warranties move with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why; its open follow-ups are cancelled, what was done stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print warranty certificate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected item's warranty certificate, as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New service job for this item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected item in for repair; its warranty is checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups it scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a job to open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale {number} — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;VOID&lt;/b&gt; since {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <comment>a sale that is not void</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;i&gt;no seller recorded&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{warranty} (changed: {reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the warranty certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VOID</source>
            <comment>a sale cancelled</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any</source>
            <comment>no limit on a date of a period</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every sale, newest first. To record one, open the customer (Ctrl+K) and choose &lt;b&gt;New sale…&lt;/b&gt; (Ctrl+Shift+S). Double-click a sale (or press Enter) to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected sale (or double-click it, or press Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sales shown, with the filters as they are, to a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale number (S-0042, 42), product or serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first day of the period (“any”: from the first sale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day of the period (“any”: up to today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the sales of this seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only sales with an item of this product category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only sales with an item of this product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also list voided sales (greyed out; never counted in the total)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <comment>the start of a period of dates</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <comment>the end of a period of dates</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sellers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends before it starts: nothing to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sale matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sales yet. {explanation}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln sale(s) shown · adding up…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown ({void}, not in the total) · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln void</source>
            <comment>sales cancelled</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export the sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %Ln sale(s) to {path}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Search: name, company, phone, email, serial/IMEI, product, S-0042, J-0042, R-0042   (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer, phone, serial or number matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt when the server can (prefer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always encrypt (require)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt and check the server's certificate (verify-full)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never encrypt, trusted network only (disable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer uses the shop server &lt;b&gt;{server}&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer uses the shop's own file on this computer, &lt;b&gt;{file}&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer uses the server &lt;b&gt;{server}&lt;/b&gt; (given when crm_desktop was started).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several computers (the counter, the back office, a technician's laptop) can share one shop on a PostgreSQL server: everyone sees the same customers, and nobody's save overwrites another's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server's name or address, e.g. shop-server or 192.168.1.20</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave empty if it is already kept, or the server needs none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the password file ({file})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nowhere: the server needs none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the system keyring (not available: {problem})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move this shop to the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies every customer, sale, job and setting onto the empty server database, checks each table, then opens the shop from there. The file on this computer is left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect to this server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this computer's &amp;file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shop's own file on this computer; the server and its data stay as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to {host}:{port}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new shop on the server?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {database} on {host} is empty: connecting starts a new, empty shop there. To take this shop's customers along, choose Move this shop to the server instead.

Start a new shop on the server?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the shop on {host}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move this shop to the server?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every customer, sale, job and setting of this shop is copied to the database {database} on {host}, then checked table by table. From then on this computer uses the server; the file on this computer is left as it is, as a way back.

Do this while nobody else is using the shop. Move it now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving the shop to the server and checking every table…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) in {tables}, each checked</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The shop is on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved: {moved}. This computer now uses the server; connect the other computers with Settings → Shop server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the shop's file on this computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <comment>a visit's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No action for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <comment>no action for: none since today</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>How many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the day's job sheets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One PDF: a job sheet for each visit of the day and each open job due by then (it says how many)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Procedures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the checklist templates technicians apply to jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a unit in: scan its serial/IMEI ⏎</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open service jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Visits, week of {monday} – {sunday}&lt;/b&gt; ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Visits on {day}&lt;/b&gt; ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; (everyone's, {count}): the longest without action first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; ({technician}'s, {count}): the longest without action first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a visit or a job to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here yet. Service jobs are opened from a customer's page (New service job…); visits are booked from the job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{serial} was not sold here: open the customer's page (or create them), then New service job…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the day's job sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits on {day} and no open job due by then: nothing to print.
{left_out}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print {sheets}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job sheets of {technician}, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Procedures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One step per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired procedures are no longer offered; jobs keep their checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shop details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Hélène Marchand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two letters, e.g. FR, GB, US: phone numbers typed without +country use it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How amounts are written on screen and on paper: grouping, decimal mark, where the symbol goes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed on warranty certificates; leave empty for the standard text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PNG or JPEG printed at the top of job sheets (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As usual in the shop's country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <comment>paper size</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed on intake receipts; leave empty for the standard text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Half a page (the paper above)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>80 mm thermal roll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No (print it from the job when wanted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask each time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Width x height of the labels in millimetres, e.g. 62x29</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What one call or message costs you, e.g. {example} (for the Reports page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name (owner) *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are the shop's first person: owner, sales and technician until colleagues join (Settings → Staff). Everything is saved in the name of the person at the keyboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Money format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt at intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label size (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost per contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a currency code such as EUR, GBP or USD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts look like {formatted}; typed as {typed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost per contact: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the shop's logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set</source>
            <comment>a PIN is set</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>working</source>
            <comment>a person's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>person's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Tomás Ferreira</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the name when left blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roles *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A one-person shop is owner, sales and technician. Follow-ups “for a technician” go to the technician with the least open work; with nobody in a role, they go to the owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional: 4 to 8 digits, asked when switching to this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} still has {work}. All of it goes to the colleague chosen here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no open work. Their name stays on everything they did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— nobody —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose a colleague —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand the work to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crm_desktop will speak {language} from its next start. Restart it now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your shop's name, address, currency, money format, logo and paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit shop details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What customers ask that is not a repair, and the checklist each kind applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kinds of request…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail and SMS to customers: the mail server, the SMS provider, the outbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbox…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What each message says, and whether it goes by itself or after asking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The automatic backups, Back up now, a second folder, Restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several computers share this shop on a PostgreSQL server: {server}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One computer: the shop is a file on this computer. Share it between several on a server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone who serves customers or repairs units. Every change in crm_desktop is saved in the name of the person at the keyboard (bottom right of the window). People are retired, never deleted: their names stay on what they did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show retired people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set or remove PIN…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer speaks {now}; {next} from the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer speaks {language}: the window, the documents, the command line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN for {name} (4 to 8 digits; leave empty to remove the PIN):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls and messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery calls</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{section} ({count}) — showing the %n most urgent</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>idle %n d</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{date} (%n d late)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{phone} — click to copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the follow-ups assigned to one person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which kinds of work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the selected follow-ups to a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select several follow-ups (Ctrl or Shift + click) to do them all at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message telling the customer where it stands, ready to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the long overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups more than 90 days late: select them all to reschedule, skip or hand them over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work through today's calls one at a time (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's work, most urgent first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading today's work…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today — {date}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n message(s) to customers could not be sent.&lt;/b&gt; &lt;a href='outbox'&gt;Open the outbox&lt;/a&gt; to read why and send again.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n overdue&lt;/b&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>nothing overdue</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n due today&lt;/b&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the next 7 days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n broken promise(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n slipping promise(s)&lt;/b&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for news</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open with no action for {days} days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n long overdue</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Open request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied {phone} ({customer})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no message to send for “{what}”: it is not a reminder, the customer said no or has no address for it, or messages are not set up (Settings → Messages). Call them, or log the contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ending within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended in the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or type a serial / IMEI and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Within how many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print certificate…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) — the first %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sold item(s) with serial {serial}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No sold item has the serial “{serial}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty certificate, {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a date like {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the typed {what}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has not been saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed elsewhere by {who} at {time}. What you typed is kept: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed elsewhere by {who}. What you typed is kept: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New date for {what}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the date moves — told to the customer, kept in the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is already due on {date}: pick the new date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the date moves: the customer is told, and it is kept with the promise.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
